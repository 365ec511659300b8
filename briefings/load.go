package briefings

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
)

// Load reads a corpus folder: RegistryFile at its top and every briefing
// file (*.md) below it, leaving out README.md and folders whose name starts
// with a dot. It returns the catalog when no problem is an Error, and
// otherwise nil; the problems (warnings included) come back either way, in
// file and line order. Only regular files of at most MaxFileSize bytes are
// read; for a folder on disk use LoadDir, which also keeps links inside it.
func Load(fsys fs.FS) (*Catalog, Problems) {
	return load(fsys, time.Now())
}

// Lint checks a corpus folder the way Load does, without building a catalog.
func Lint(fsys fs.FS) Problems {
	_, ps := parseCorpus(fsys, time.Now())
	return ps
}

func load(fsys fs.FS, now time.Time) (*Catalog, Problems) {
	c, ps := parseCorpus(fsys, now)
	if len(ps.Errors()) > 0 {
		return nil, ps
	}
	return c(), ps
}

// parseCorpus parses and checks every file; the returned function builds the
// catalog, which is only worth doing when nothing is in error.
func parseCorpus(fsys fs.FS, now time.Time) (func() *Catalog, Problems) {
	var ps Problems
	data, err := readFile(fsys, RegistryFile)
	if err != nil {
		if _, serr := fs.Lstat(fsys, RegistryFile); errors.Is(serr, fs.ErrNotExist) {
			err = fmt.Errorf("missing: every corpus folder needs a %s listing its speakers and topics", RegistryFile)
		}
		return nil, Problems{{File: RegistryFile, Severity: Error, Msg: err.Error()}}
	}
	reg, regPs := ParseRegistry(RegistryFile, data)
	ps = append(ps, regPs...)
	rs := newResolver(reg)

	files, err := briefingFiles(fsys)
	if err != nil {
		return nil, append(ps, Problem{File: ".", Severity: Error, Msg: err.Error()})
	}
	if len(files) == 0 {
		ps = append(ps, Problem{File: ".", Severity: Warning, Msg: "no briefing files (*.md) found"})
	}
	var briefings []*Briefing
	firstByID := map[string]*Briefing{}
	for _, f := range files {
		data, err := readFile(fsys, f)
		if err != nil {
			ps = append(ps, Problem{File: f, Severity: Error, Msg: err.Error()})
			continue
		}
		b, bps := parseBriefing(f, data, rs, now)
		ps = append(ps, bps...)
		if b == nil {
			continue
		}
		if first, dup := firstByID[b.ID]; dup {
			ps = append(ps, Problem{File: f, Line: b.Line, Severity: Error,
				Msg: fmt.Sprintf("id %q is already used by %s:%d; ids must be unique", b.ID, first.File, first.Line)})
			continue
		}
		firstByID[b.ID] = b
		briefings = append(briefings, b)
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
	return func() *Catalog { return NewCatalog(reg, briefings) }, ps
}

// briefingFiles lists the *.md files of a corpus, sorted.
func briefingFiles(fsys fs.FS) ([]string, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != "." && strings.HasPrefix(name, ".") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.EqualFold(path.Ext(name), ".md") && !strings.EqualFold(name, "README.md") && !strings.HasPrefix(name, ".") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// IsCorpusFile reports whether a change to the named file (relative to the
// corpus folder) can change the catalog; watchers use it to ignore editors'
// swap files.
func IsCorpusFile(name string) bool {
	base := path.Base(name)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") {
		return false
	}
	return base == RegistryFile || strings.EqualFold(path.Ext(base), ".md")
}
