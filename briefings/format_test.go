package briefings

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefbot/briefbot/internal/golden"
)

// view is what a parsed briefing means, in a form a golden file can hold.
type view struct {
	ID, Title, Date, Updated string
	Draft                    bool `json:",omitempty"`
	Topics                   []string
	Summary                  string
	Points                   []pointView `json:",omitempty"`
	Quotes                   []quoteView `json:",omitempty"`
	Sources                  []sourceView
	Problems                 []string `json:",omitempty"`
}

type pointView struct {
	Text            string
	Speaker, Source string `json:",omitempty"`
}

type quoteView struct {
	ID, Speaker, Text, Context, Said string
	Source                           string `json:",omitempty"`
}

type sourceView struct {
	ID, Title, Outlet, Author, URL, Published string
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format(DateLayout)
	}
	return t.Format(time.RFC3339)
}

func viewOf(b *Briefing, ps Problems) view {
	v := view{ID: b.ID, Title: b.Title, Date: day(b.Date), Updated: day(b.Updated), Draft: b.Draft, Summary: b.Summary}
	for _, t := range b.Topics {
		v.Topics = append(v.Topics, t.ID)
	}
	srcID := func(s *Source) string {
		if s == nil {
			return ""
		}
		return s.ID
	}
	for _, p := range b.Points {
		pv := pointView{Text: p.Text, Source: srcID(p.Source)}
		if p.Speaker != nil {
			pv.Speaker = p.Speaker.ID
		}
		v.Points = append(v.Points, pv)
	}
	for _, q := range b.Quotes {
		v.Quotes = append(v.Quotes, quoteView{ID: q.ID, Speaker: q.Speaker.ID, Text: q.Text, Context: q.Context, Said: day(q.Said), Source: srcID(q.Source)})
	}
	for _, s := range b.Sources {
		v.Sources = append(v.Sources, sourceView{s.ID, s.Title, s.Outlet, s.Author, s.URL, day(s.Published)})
	}
	for _, p := range ps {
		v.Problems = append(v.Problems, p.String())
	}
	return v
}

// TestParseGolden parses every briefing of the built-in corpus and of a
// fixture folder that uses every form of the format, and compares what they
// mean with golden files.
func TestParseGolden(t *testing.T) {
	t.Parallel()
	corpora := map[string]string{"corpus": "corpus", "good": filepath.Join("testdata", "good")}
	for name, dir := range corpora {
		fsys := os.DirFS(dir)
		data, err := os.ReadFile(filepath.Join(dir, RegistryFile))
		if err != nil {
			t.Fatal(err)
		}
		reg, ps := ParseRegistry(RegistryFile, data)
		if len(ps) != 0 {
			t.Fatalf("%s registry: %v", name, ps)
		}
		files, err := briefingFiles(fsys)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			t.Run(name+"/"+f, func(t *testing.T) {
				t.Parallel()
				data, err := os.ReadFile(filepath.Join(dir, f))
				if err != nil {
					t.Fatal(err)
				}
				b, ps := ParseBriefing(f, data, reg)
				if err := ps.Err(); err != nil {
					t.Fatalf("parse: %v", err)
				}
				out, err := json.MarshalIndent(viewOf(b, ps), "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				golden.Check(t, filepath.Join("testdata", "golden", name+"-"+strings.TrimSuffix(f, ".md")+".json"), append(out, '\n'))
			})
		}
	}
}

const testRegistry = `speakers:
  - name: Vladimir Putin
    aliases: [Putin]
topics:
  - name: Ukraine
    description: x
`

// TestProblems checks that each kind of mistake is reported at the line it
// is on, with words an editor can act on.
func TestProblems(t *testing.T) {
	t.Parallel()
	future := time.Now().AddDate(1, 0, 0).Format(DateLayout)
	cases := []struct {
		name string
		file string
		want []string // substrings of the problem lines, in order
	}{
		{"no front matter", "Just text.\n", []string{"b.md:1: error: the file must start with a line of three dashes"}},
		{"unclosed", "---\ntitle: x\n", []string{"b.md:1: error: the front matter is never closed"}},
		{"bad yaml", "---\ntitle: x\ndate: x\n bad: : :\n---\nbody\n", []string{"b.md:4: error: invalid YAML: mapping values are not allowed"}},
		// go-yaml counts its parser's lines from 0 and its scanner's from 1;
		// each must come out as the line the editor has to fix.
		{"unclosed list", "---\ntitle: x\ndate: 2022-02-01\ntopics: [ukraine\nsources: []\n---\nbody\n",
			[]string{"b.md:4: error: invalid YAML: did not find expected ',' or ']'"}},
		{"list item out of line", "---\ntitle: x\ndate: 2022-02-01\ntopics:\n  - ukraine\n - nato\n---\nbody\n",
			[]string{"b.md:6: error: invalid YAML: did not find expected key"}},
		{"field after a list", "---\n- ukraine\ntitle: x\n---\nbody\n",
			[]string{"b.md:3: error: invalid YAML: did not find expected '-' indicator"}},
		{"unclosed quotation", "---\ntitle: x\ndate: 2022-02-01\nsummary: \"abc\n---\nbody\n",
			[]string{"b.md:4: error: invalid YAML: found unexpected end of stream"}},
		{"misspelt field", "---\ntitle: x\ndate: 2022-02-01\ntopics: [ukraine]\nqoutes: []\n---\nbody\n",
			[]string{`b.md:5: error: front matter: unknown field "qoutes" (did you mean "quotes"?)`}},
		{"missing title and date", "---\ntopics: [ukraine]\n---\nbody\n",
			[]string{"b.md:2: error: front matter: title is missing", "b.md:2: error: front matter: date is missing"}},
		{"bad date", "---\ntitle: x\ndate: 1 Feb 2022\ntopics: [ukraine]\n---\nbody\n",
			[]string{`b.md:3: error: front matter: date "1 Feb 2022" is not a date; write it as YYYY-MM-DD`}},
		{"unknown topic", "---\ntitle: x\ndate: 2022-02-01\ntopics: [ukrane]\n---\nbody\n",
			[]string{`b.md:4: error: topic "ukrane" is not in registry.yaml (did you mean Ukraine?)`}},
		{"unknown speaker", "---\ntitle: x\ndate: 2022-02-01\ntopics: [ukraine]\nquotes:\n  - speaker: Lavrov\n    text: Hello.\n---\nbody\n",
			[]string{`b.md:6: error: quotes[1]: speaker "Lavrov" is not in registry.yaml; add them there or fix the name`}},
		{"quote without text", "---\ntitle: x\ndate: 2022-02-01\ntopics: [ukraine]\nquotes:\n  - speaker: Putin\n---\nbody\n",
			[]string{"b.md:6: error: quotes[1]: text is missing"}},
		{"unknown source", "---\ntitle: x\ndate: 2022-02-01\ntopics: [ukraine]\nquotes:\n  - speaker: Putin\n    text: Hi.\n    source: nyt\nsources:\n  - id: wire\n    title: T\n    outlet: O\n---\nbody\n",
			[]string{`b.md:8: error: quotes[1]: source "nyt" is not one of this file's sources (wire)`}},
		{"unused source", "---\ntitle: x\ndate: 2022-02-01\ntopics: [ukraine]\nquotes:\n  - speaker: Putin\n    text: Hi.\n    source: a\nsources:\n  - id: a\n    title: A\n    outlet: O\n  - id: b\n    title: B\n    outlet: O\n---\nbody\n",
			[]string{`b.md:13: warning: source "b" is never referenced`}},
		{"future date", "---\ntitle: x\ndate: " + future + "\ntopics: [ukraine]\nsources:\n  - title: T\n    outlet: O\n---\nbody\n",
			[]string{"b.md:3: warning: date " + future + " is in the future"}},
		{"bad url", "---\ntitle: x\ndate: 2022-02-01\ntopics: [ukraine]\nsources:\n  - title: T\n    url: www.example.com\n---\nbody\n",
			[]string{`b.md:7: error: sources[1]: url "www.example.com" must be a full web address`}},
		{"no summary", "---\ntitle: x\ndate: 2022-02-01\ntopics: [ukraine]\nsources:\n  - title: T\n    outlet: O\n---\n\n",
			[]string{"b.md:2: error: the summary is missing"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fsys := fstest.MapFS{
				RegistryFile: {Data: []byte(testRegistry)},
				"b.md":       {Data: []byte(tc.file)},
			}
			ps := Lint(fsys)
			var lines []string
			for _, p := range ps {
				lines = append(lines, p.String())
			}
			all := strings.Join(lines, "\n")
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("want a problem containing\n  %s\ngot:\n  %s", w, strings.ReplaceAll(all, "\n", "\n  "))
				}
			}
		})
	}
}

func TestDuplicateIDsAndRegistryClashes(t *testing.T) {
	t.Parallel()
	b := "---\nid: same\ntitle: x\ndate: 2022-02-01\ntopics: [ukraine]\nsources:\n  - title: T\n    outlet: O\n---\nbody\n"
	fsys := fstest.MapFS{
		RegistryFile: {Data: []byte(testRegistry + "  - name: Kyiv\n    description: x\n    aliases: [ukraine]\n")},
		"a.md":       {Data: []byte(b)},
		"b.md":       {Data: []byte(b)},
	}
	c, ps := Load(fsys)
	if c != nil {
		t.Error("Load returned a catalog despite errors")
	}
	all := ""
	for _, p := range ps {
		all += p.String() + "\n"
	}
	for _, w := range []string{
		`b.md:2: error: id "same" is already used by a.md:2`,
		`registry.yaml:7: error: topic "Kyiv": the name "ukraine" already belongs to "Ukraine"`,
	} {
		if !strings.Contains(all, w) {
			t.Errorf("want %q in\n%s", w, all)
		}
	}
}

func TestRegistrySyntaxErrorLine(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"speakers:\n  - name: Vladimir Putin\n - name: Sergey Lavrov\ntopics: []\n":         "registry.yaml:3: error: invalid YAML: did not find expected key",
		"speakers:\n  - name: Vladimir Putin\n    aliases: [Putin\ntopics: []\n":            "registry.yaml:3: error: invalid YAML: did not find expected ',' or ']'",
		"speakers: []\ntopics:\n  - name: Ukraine\n    description: \"Russia's demands\n":   "registry.yaml:4: error: invalid YAML: found unexpected end of stream",
		"speakers:\n  - name: Vladimir Putin\n    role: President: of Russia\ntopics: []\n": "registry.yaml:3: error: invalid YAML: mapping values are not allowed in this context",
	}
	for data, want := range cases {
		_, ps := ParseRegistry(RegistryFile, []byte(data))
		if len(ps) != 1 || ps[0].String() != want {
			t.Errorf("%q:\n got %v\nwant %s", data, ps, want)
		}
	}
}

func TestMissingRegistry(t *testing.T) {
	t.Parallel()
	_, ps := Load(fstest.MapFS{"a.md": {Data: []byte("---\ntitle: x\n---\n")}})
	if len(ps) != 1 || !strings.Contains(ps[0].String(), "registry.yaml: error: missing") {
		t.Errorf("got %v", ps)
	}
}

func TestDraftsAreNotServed(t *testing.T) {
	t.Parallel()
	c, ps := Load(os.DirFS(filepath.Join("testdata", "good")))
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	if c.Briefing("budget-draft") != nil {
		t.Error("a draft is served")
	}
	if c.Briefing("strike-begins") == nil {
		t.Error("a published briefing is not served")
	}
}

// Whatever bytes a curator saves, parsing answers with problems, never a
// panic: a panic in the reloader would take the bot down.
func FuzzParseBriefing(f *testing.F) {
	for _, seed := range []string{
		"---\n---", "---\n---\n", "---\n--- \n", "---\n---  ", "---\ntitle: x\n---\nbody",
		"---\n\xef\xbb\xbf---\n", "---\r\n---\r\n", "---\nquotes:\n  - speaker: [\n---\n",
		"---\ntopics: {a: b}\nkey_points: 3\nsources: x\n---\nx",
	} {
		f.Add([]byte(seed))
	}
	reg := &Registry{Topics: []*Topic{{ID: "ukraine", Name: "Ukraine"}}, Speakers: []*Speaker{{ID: "p", Name: "Putin"}}}
	f.Fuzz(func(t *testing.T, data []byte) {
		ParseBriefing("f.md", data, reg)
		ParseRegistry(RegistryFile, data)
	})
}

func TestEmptyFrontMatter(t *testing.T) {
	t.Parallel()
	for _, file := range []string{"---\n---", "---\n---\n", "---\n---   "} {
		_, ps := ParseBriefing("b.md", []byte(file), &Registry{})
		if ps.Err() == nil {
			t.Errorf("%q: no error", file)
		}
	}
	front, body, line, err := splitFrontMatter([]byte("---\na: 1\n---\nbody\n"))
	if err != nil || string(front) != "a: 1\n" || string(body) != "body\n" || line != 4 {
		t.Errorf("split: %q %q %d %v", front, body, line, err)
	}
}

// TestRegistryKinds: a speaker is a person, an organisation (either
// spelling) or a place, and any other kind is an error at its line.
func TestRegistryKinds(t *testing.T) {
	t.Parallel()
	data := "speakers:\n  - name: Moscow\n    kind: place\n  - name: Kremlin\n    kind: organization\n  - name: Ana Ruiz\n  - name: Nowhere\n    kind: planet\n"
	reg, ps := ParseRegistry(RegistryFile, []byte(data))
	got := map[string]string{}
	for _, s := range reg.Speakers {
		got[s.Name] = s.Kind
	}
	for name, kind := range map[string]string{"Moscow": "place", "Kremlin": "organisation", "Ana Ruiz": "person"} {
		if got[name] != kind {
			t.Errorf("%s: kind %q, want %q", name, got[name], kind)
		}
	}
	if err := ps.Err(); err == nil || !strings.Contains(err.Error(), `registry.yaml:8: error: speakers[4]: kind must be person, organisation or place, not "planet"`) {
		t.Errorf("a bad kind gives %v", err)
	}
}
