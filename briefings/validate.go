package briefings

import (
	"fmt"
	"time"
)

// Validator checks briefings for publishing into the store, exactly as lint
// checks a folder (the same parser and rules), against the registry the
// bot serves: the curated files' and the store's. Publishing adds two
// rules: a briefing whose id a curated file holds is refused (the file is
// where it is edited), and so is a draft.
type Validator struct {
	reg     *Registry
	rs      *resolver
	files   *Corpus
	fileIDs map[string]*Briefing
	// Now is the clock of the checks of dates in the future; nil means
	// time.Now.
	Now func() time.Time
}

// NewValidator returns a Validator for files (nil: none) and the store's
// registry entries. The problems are clashes between the two, which
// publishing cannot mend: the files must agree with the store.
func NewValidator(files *Corpus, ss []*Speaker, ts []*Topic) (*Validator, Problems) {
	if files == nil {
		files = &Corpus{Registry: &Registry{}}
	}
	var ps Problems
	rb := newRegBuilder(files.Registry)
	for _, s := range ss {
		if _, why := rb.addSpeaker(s); why != "" {
			ps = append(ps, Problem{File: "store", Severity: Error, Msg: fmt.Sprintf("speaker %q: %s", s.ID, why)})
		}
	}
	for _, t := range ts {
		if _, why := rb.addTopic(t); why != "" {
			ps = append(ps, Problem{File: "store", Severity: Error, Msg: fmt.Sprintf("topic %q: %s", t.ID, why)})
		}
	}
	reg := rb.registry()
	v := &Validator{reg: reg, rs: newResolver(reg), files: files, fileIDs: map[string]*Briefing{}}
	for _, b := range files.Briefings {
		v.fileIDs[b.ID] = b
	}
	return v, ps
}

// Validator returns a Validator for what the library serves now.
func (l *Library) Validator() *Validator {
	l.mu.Lock()
	defer l.mu.Unlock()
	cur := l.cur.Load()
	return &Validator{reg: cur.Registry(), rs: cur.names, files: l.files, fileIDs: l.fileIDs}
}

// Registry returns the registry the Validator checks names against.
func (v *Validator) Registry() *Registry { return v.reg }

// FileHolding returns where the curated file with the id is, or "".
func (v *Validator) FileHolding(id string) string {
	if b := v.fileIDs[id]; b != nil {
		return v.files.Where(b.File)
	}
	return ""
}

// File is a briefing file to check: its name, for messages and as its id
// when it has no id field, and its text.
type File struct {
	Name string
	Text []byte
}

// Checked is what a set of files brings, once checked: the briefings, and
// the registry entries the registry lacks (from their new_speakers and
// new_topics, and from the extra registry).
type Checked struct {
	Briefings []*Briefing
	Speakers  []*Speaker
	Topics    []*Topic
}

// Check reads files to publish together, with extra (a folder's
// registry.yaml, when a folder is imported; may be nil) beside the
// registry. Like a folder, the files may name the speakers and topics any
// of them brings. The result is usable only when no problem is an Error.
func (v *Validator) Check(files []File, extra *Registry) (*Checked, Problems) {
	var ps Problems
	rb := newRegBuilder(v.reg)
	nS, nT := len(rb.speakers), len(rb.topics)
	if extra != nil {
		for _, s := range extra.Speakers {
			if _, why := rb.addSpeaker(s); why != "" {
				ps = append(ps, Problem{File: RegistryFile, Severity: Error, Msg: fmt.Sprintf("speaker %q: %s; a briefing may add speakers, never rename or merge one", s.ID, why)})
			}
		}
		for _, t := range extra.Topics {
			if _, why := rb.addTopic(t); why != "" {
				ps = append(ps, Problem{File: RegistryFile, Severity: Error, Msg: fmt.Sprintf("topic %q: %s; a briefing may add topics, never rename or merge one", t.ID, why)})
			}
		}
	}
	for _, f := range files {
		ss, ts := entriesOf(f.Text)
		for _, s := range ss {
			rb.addSpeaker(s) // a clash is the file's to report, at its line
		}
		for _, t := range ts {
			rb.addTopic(t)
		}
	}
	out := &Checked{Speakers: rb.speakers[nS:], Topics: rb.topics[nT:]}
	rs := v.rs
	if len(out.Speakers)+len(out.Topics) > 0 {
		rs = rs.with(out.Speakers, out.Topics)
	}
	now := time.Now()
	if v.Now != nil {
		now = v.Now()
	}
	first := map[string]*Briefing{}
	for _, f := range files {
		b, bps := parseBriefing(f.Name, f.Text, rs, now)
		ps = append(ps, bps...)
		if b == nil {
			continue
		}
		bad := func(format string, args ...any) {
			ps = append(ps, Problem{File: f.Name, Line: b.Line, Severity: Error, Msg: fmt.Sprintf(format, args...)})
		}
		switch held := v.fileIDs[b.ID]; {
		case b.Draft:
			bad("draft: this briefing is marked draft: true; remove that line (or write draft: false) to publish it")
		case held != nil && v.files.Origin == OriginBuiltin:
			bad("id %q is taken by %s; choose another id", b.ID, v.files.Where(held.File))
		case held != nil:
			bad("id %q is held by the curated file %s; edit the file instead", b.ID, v.files.Where(held.File))
		case first[b.ID] != nil:
			bad("id %q is also the id of %s; ids must be unique", b.ID, first[b.ID].File)
		}
		if first[b.ID] == nil {
			first[b.ID] = b
		}
		out.Briefings = append(out.Briefings, b)
	}
	sortProblems(ps)
	return out, ps
}
