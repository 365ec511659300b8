package briefings

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// MaxFileSize caps one curated file, briefing or registry. The largest
// briefing of the built-in corpus is under 4 KiB; a file past the cap is a
// mistake (a log, a video, a link to a device), and reading it whole could
// take the bot's memory with it.
const MaxFileSize = 1 << 20

// LoadDir is Load for a folder on disk, confined to it: a file is read only
// when it is a regular file, or a link whose target (relative, and resolved
// step by step) stays inside the folder. Links out of the folder, named
// pipes, devices and files over MaxFileSize are errors naming the file, so
// a reload keeps the catalog it was serving.
func LoadDir(dir string) (*Catalog, Problems) {
	fsys, closeDir, ps := openDir(dir)
	if fsys == nil {
		return nil, ps
	}
	defer closeDir()
	return Load(fsys)
}

// ReadDir is ReadCorpus for a folder on disk, with LoadDir's confinement;
// the corpus's Dir is dir.
func ReadDir(dir string) (*Corpus, Problems) {
	fsys, closeDir, ps := openDir(dir)
	if fsys == nil {
		return nil, ps
	}
	defer closeDir()
	c, ps := ReadCorpus(fsys)
	if c != nil {
		c.Dir = dir
	}
	return c, ps
}

// LintDir is Lint for a folder on disk, with LoadDir's confinement.
func LintDir(dir string) Problems {
	fsys, closeDir, ps := openDir(dir)
	if fsys == nil {
		return ps
	}
	defer closeDir()
	return Lint(fsys)
}

func openDir(dir string) (fs.FS, func(), Problems) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, nil, Problems{{File: ".", Severity: Error, Msg: fmt.Sprintf("cannot open the folder: %v", unwrapPath(err))}}
	}
	return rootFS{root}, func() { root.Close() }, nil
}

// rootFS is an os.Root's file system whose Open never waits: it opens with
// O_NONBLOCK, so a named pipe swapped in after readFile's Stat opens at once
// and is then refused by its mode, instead of blocking the reload until a
// writer comes. O_NONBLOCK changes nothing for regular files and folders.
type rootFS struct{ root *os.Root }

func (r rootFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return r.root.OpenFile(name, os.O_RDONLY|nonBlock, 0)
}

func (r rootFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(r.root.FS(), name) }
func (r rootFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(r.root.FS(), name) }
func (r rootFS) Lstat(name string) (fs.FileInfo, error)     { return fs.Lstat(r.root.FS(), name) }
func (r rootFS) ReadLink(name string) (string, error)       { return fs.ReadLink(r.root.FS(), name) }

// readFile reads one curated file: only a regular file (or a link to one
// that fsys lets through), never more than MaxFileSize bytes, and never by
// opening something that can block. The mode is checked before the open,
// so a named pipe is not opened at all with an fs.FS that would wait on it,
// and again on the opened file, which is what is actually read.
func readFile(fsys fs.FS, name string) ([]byte, error) {
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, explainOpen(fsys, name, err)
	}
	if err := checkFile(fi); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, explainOpen(fsys, name, err)
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, fmt.Errorf("cannot read: %v", unwrapPath(err))
	}
	if err := checkFile(fi); err != nil {
		return nil, err
	}
	// The size was only what Stat said: a file growing while it is read is
	// cut at the cap all the same.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", unwrapPath(err))
	}
	if len(data) > MaxFileSize {
		return nil, errTooBig(-1)
	}
	return data, nil
}

// checkFile refuses what is not a regular file, or is over the cap.
func checkFile(fi fs.FileInfo) error {
	if m := fi.Mode(); !m.IsRegular() {
		return fmt.Errorf("not a regular file but %s; the bot reads only regular files (and links to them inside the folder)", kindOf(m))
	}
	if fi.Size() > MaxFileSize {
		return errTooBig(fi.Size())
	}
	return nil
}

func errTooBig(size int64) error {
	if size < 0 {
		return fmt.Errorf("larger than the %d MiB cap for one curated file; split it", MaxFileSize>>20)
	}
	return fmt.Errorf("%d bytes, over the %d MiB cap for one curated file; split it", size, MaxFileSize>>20)
}

func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a link"
	default:
		return "a special file"
	}
}

// explainOpen turns a failed Stat or Open into a curator's reason. A link
// that os.Root refused is the usual case: its error ("path escapes from
// parent") says nothing to a curator, and the link's target is not worth
// logging.
func explainOpen(fsys fs.FS, name string, err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return errors.New("cannot read: permission denied")
	}
	if li, lerr := fs.Lstat(fsys, name); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
		if errors.Is(err, fs.ErrNotExist) {
			return errors.New("a link to a file that does not exist")
		}
		return errors.New("a link that leads outside the briefings folder (or is absolute); the bot follows only relative links that stay inside the folder")
	}
	return fmt.Errorf("cannot read: %v", unwrapPath(err))
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadFolder reads a folder to publish from (briefbot import): its
// registry.yaml, when it has one (nil otherwise), and every briefing file
// Load would read, with LoadDir's confinement. The briefings are not
// checked here: Validator.Check checks them against the registry the bot
// serves, with the folder's beside it.
func ReadFolder(dir string) (*Registry, []File, Problems) {
	fsys, closeDir, ps := openDir(dir)
	if fsys == nil {
		return nil, nil, ps
	}
	defer closeDir()
	var reg *Registry
	if _, err := fs.Lstat(fsys, RegistryFile); err == nil {
		data, err := readFile(fsys, RegistryFile)
		if err != nil {
			return nil, nil, Problems{{File: RegistryFile, Severity: Error, Msg: err.Error()}}
		}
		var rps Problems
		reg, rps = ParseRegistry(RegistryFile, data)
		ps = append(ps, rps...)
	}
	names, err := briefingFiles(fsys)
	if err != nil {
		return nil, nil, append(ps, Problem{File: ".", Severity: Error, Msg: err.Error()})
	}
	var files []File
	for _, name := range names {
		data, err := readFile(fsys, name)
		if err != nil {
			ps = append(ps, Problem{File: name, Severity: Error, Msg: err.Error()})
			continue
		}
		files = append(files, File{Name: name, Text: data})
	}
	return reg, files, ps
}
