package briefings

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
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
	return NewCatalog(c.Registry, c.Briefings), ps
}

// Corpus is what a folder of curated files gives the catalog, before it is
// merged with the store's briefings: its registry and its briefings.
type Corpus struct {
	// Origin is OriginBuiltin or OriginFolder.
	Origin string
	// Dir is the folder, for messages; "" for the built-in corpus.
	Dir string
	// Registry is registry.yaml with every new_speakers and new_topics
	// entry of the files.
	Registry *Registry
	// Briefings are the files' briefings, drafts included: a draft's id is
	// taken too.
	Briefings []*Briefing
}

// ReadCorpus reads and checks a corpus folder as Load does, and returns
// what it holds rather than a catalog. The corpus is usable only when no
// problem is an Error.
func ReadCorpus(fsys fs.FS) (*Corpus, Problems) {
	return parseCorpus(fsys, time.Now())
}

// Where names a briefing file of the corpus for messages: the folder and
// the file, or the built-in corpus's file.
func (c *Corpus) Where(file string) string {
	if c.Origin == OriginBuiltin {
		return "the built-in corpus's " + file
	}
	return filepath.Join(c.Dir, filepath.FromSlash(file))
}

// parseCorpus parses and checks every file. Registry entries that files
// bring (new_speakers, new_topics) are gathered from every file first, so
// a briefing may name a speaker another file introduces, whatever their
// order.
func parseCorpus(fsys fs.FS, now time.Time) (*Corpus, Problems) {
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

	files, err := briefingFiles(fsys)
	if err != nil {
		return nil, append(ps, Problem{File: ".", Severity: Error, Msg: err.Error()})
	}
	if len(files) == 0 {
		ps = append(ps, Problem{File: ".", Severity: Warning, Msg: "no briefing files (*.md) found"})
	}
	texts := make([][]byte, len(files))
	rb := newRegBuilder(reg)
	for i, f := range files {
		data, err := readFile(fsys, f)
		if err != nil {
			ps = append(ps, Problem{File: f, Severity: Error, Msg: err.Error()})
			continue
		}
		texts[i] = data
		// A clash is left for the briefing's own parse to report, at its line.
		ss, ts := entriesOf(data)
		for _, s := range ss {
			rb.addSpeaker(s)
		}
		for _, t := range ts {
			rb.addTopic(t)
		}
	}
	reg = rb.registry()
	rs := newResolver(reg)

	var briefings []*Briefing
	firstByID := map[string]*Briefing{}
	for i, f := range files {
		if texts[i] == nil {
			continue
		}
		b, bps := parseBriefing(f, texts[i], rs, now)
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
		b.Origin = OriginFolder
		briefings = append(briefings, b)
	}
	sortProblems(ps)
	return &Corpus{Origin: OriginFolder, Registry: reg, Briefings: briefings}, ps
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
