package briefings_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/corpusgen"
	"github.com/briefbot/briefbot/internal/testutil"
)

// briefingText is a briefing file with one quote.
func briefingText(id, speaker, quote string, extra ...string) []byte {
	return []byte(fmt.Sprintf(`---
id: %s
title: Talks continue in Geneva
date: 2022-02-03
topics: [ukraine]
%squotes:
  - speaker: %s
    text: %s
sources:
  - title: Wire report
    outlet: Example Wire
---
Talks continued.
`, id, strings.Join(extra, ""), speaker, quote))
}

const ainoSpeaker = `new_speakers:
  - name: Aino Lahti
    role: Prime Minister of Estmark
    aliases: [Lahti]
`

func builtin(t *testing.T) *briefings.Corpus {
	t.Helper()
	c, err := briefings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func quoteTexts(c *briefings.Catalog, speaker string) []string {
	s, err := c.Speaker(speaker)
	if err != nil {
		return nil
	}
	var out []string
	for _, q := range c.QuotesBy(s) {
		out = append(out, q.Text)
	}
	return out
}

// TestFolderNewSpeakers: a briefing file brings a speaker the registry
// lacks, as data; another file, read before it, quotes the same speaker,
// and a third brings the same entry again. The folder loads, with one
// speaker holding both quotes.
func TestFolderNewSpeakers(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("2022-02-03-a.md", briefingText("a", "Lahti", "We stand ready."))
	write("2022-02-03-b.md", briefingText("b", "Aino Lahti", "The door is open.", ainoSpeaker))
	write("2022-02-03-c.md", briefingText("c", "Aino Lahti", "Talks must go on.", ainoSpeaker))
	c, ps := briefings.Load(os.DirFS(dir))
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	got := quoteTexts(c, "lahti")
	slices.Sort(got)
	if want := []string{"Talks must go on.", "The door is open.", "We stand ready."}; !slices.Equal(got, want) {
		t.Errorf("Lahti's quotes = %q, want %q", got, want)
	}
	if s, _ := c.Speaker("Lahti"); s == nil || s.Role != "Prime Minister of Estmark" || s.Kind != "person" {
		t.Errorf("speaker = %+v", s)
	}
}

// TestNewSpeakerClashes: a briefing never renames or merges a speaker or
// topic the registry has; each clash is an error at the entry, naming it.
func TestNewSpeakerClashes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, entry, want string
	}{
		{"same id, other role", "new_speakers:\n  - name: Vladimir Putin\n    id: vladimir-putin\n    role: Prime Minister\n",
			`new_speakers[1]: speaker id "vladimir-putin" is already in the registry with other details (role "President of Russia" there, "Prime Minister" here)`},
		{"another's alias", "new_speakers:\n  - name: Pat Putin\n    aliases: [Putin]\n",
			`new_speakers[1]: the name "Putin" already belongs to speaker "Vladimir Putin"`},
		{"another's name as id", "new_speakers:\n  - name: Someone\n    id: sergey lavrov\n",
			`already belongs to speaker "Sergey Lavrov"`},
		{"a topic's alias", "new_topics:\n  - name: Missiles in Europe\n    description: x\n    aliases: [INF]\n",
			`new_topics[1]: the name "INF" already belongs to topic "Arms control"`},
		{"bad kind", "new_speakers:\n  - name: Ghost\n    kind: ghost\n", `new_speakers[1]: kind must be person, organisation or place, not "ghost"`},
		{"twice in one file", "new_speakers:\n  - name: Twin One\n    aliases: [Twin]\n  - name: Twin Two\n    aliases: [Twin]\n", `new_speakers[2]: the name "Twin" already belongs to speaker "Twin One"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, _ := briefings.NewValidator(builtin(t), nil, nil)
			_, ps := v.Check([]briefings.File{{Name: "x.md", Text: briefingText("x", "Putin", "Words.", tc.entry)}}, nil)
			if !strings.Contains(ps.Errors().String(), tc.want) {
				t.Errorf("problems:\n%s\nwant one containing %q", ps, tc.want)
			}
		})
	}
	// The registry's own entry, repeated exactly, is that entry.
	v, _ := briefings.NewValidator(builtin(t), nil, nil)
	same := "new_speakers:\n  - name: Sergey Lavrov\n    id: sergey-lavrov\n    role: Russian Foreign Minister\n    organisation: Ministry of Foreign Affairs of the Russian Federation\n    aliases: [Lavrov, Sergei Lavrov, Foreign Minister Lavrov, Russian Foreign Minister Sergey Lavrov]\n"
	got, ps := v.Check([]briefings.File{{Name: "x.md", Text: briefingText("x", "Lavrov", "Words.", same)}}, nil)
	if err := ps.Err(); err != nil || len(got.Speakers) != 0 {
		t.Errorf("repeating a registry entry: %v, %d to add", err, len(got.Speakers))
	}
}

// TestValidatorRules: what publishing refuses beyond lint's rules, and
// files published together sharing a new speaker.
func TestValidatorRules(t *testing.T) {
	t.Parallel()
	v, ps := briefings.NewValidator(builtin(t), nil, nil)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	check := func(files ...briefings.File) (*briefings.Checked, string) {
		got, ps := v.Check(files, nil)
		return got, ps.Errors().String()
	}
	if _, errs := check(briefings.File{Name: "x.md", Text: briefingText("2022-02-01-putin-security-demands", "Putin", "Words.")}); !strings.Contains(errs, `id "2022-02-01-putin-security-demands" is taken by the built-in corpus's 2022-02-01-putin-security-demands.md`) {
		t.Errorf("an id of the built-in corpus: %s", errs)
	}
	if _, errs := check(briefings.File{Name: "x.md", Text: briefingText("x", "Putin", "Words.", "draft: true\n")}); !strings.Contains(errs, "x.md:2: error: draft: this briefing is marked draft: true") {
		t.Errorf("a draft: %s", errs)
	}
	if _, errs := check(briefings.File{Name: "x.md", Text: briefingText("x", "Putn", "Words.")}); !strings.Contains(errs, `quotes[1]: speaker "Putn" is not in registry.yaml (did you mean Vladimir Putin?)`) {
		t.Errorf("a typo, as lint says it: %s", errs)
	}
	got, errs := check(
		briefings.File{Name: "a.md", Text: briefingText("a", "Lahti", "We stand ready.")},
		briefings.File{Name: "b.md", Text: briefingText("b", "Aino Lahti", "The door is open.", ainoSpeaker)},
	)
	if errs != "" || len(got.Briefings) != 2 || len(got.Speakers) != 1 || got.Speakers[0].Name != "Aino Lahti" {
		t.Errorf("two files sharing a new speaker: %s %+v", errs, got)
	}
	if _, errs := check(briefings.File{Name: "a.md", Text: briefingText("a", "Putin", "A.")}, briefings.File{Name: "b.md", Text: briefingText("a", "Putin", "B.")}); !strings.Contains(errs, `id "a" is also the id of a.md`) {
		t.Errorf("one id twice: %s", errs)
	}
	if v.FileHolding("2022-02-01-missile-ban-proposal") == "" || v.FileHolding("nope") != "" {
		t.Error("FileHolding")
	}
}

func published(id string, version int, text []byte) briefings.Published {
	return briefings.Published{ID: id, Version: version, Text: text, Revision: fmt.Sprint(version), By: "cli:alice",
		At: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC), Updated: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)}
}

// TestLibraryStore: the store's briefings join the built-in corpus, with
// the speakers they bring; a change replaces one, a retraction removes it;
// a folder that takes a published id is refused, naming both; a published
// briefing whose id a file has is left out, naming both.
func TestLibraryStore(t *testing.T) {
	t.Parallel()
	lib := briefings.NewLibrary(builtin(t))
	var swaps int
	lib.OnSwap = func(*briefings.Catalog) { swaps++ }
	lahti := &briefings.Speaker{ID: "aino-lahti", Name: "Aino Lahti", Role: "Prime Minister of Estmark", Kind: "person", Aliases: []string{"Lahti"}}
	ps := lib.LoadStore(briefings.StoreUpdate{
		Speakers:  []*briefings.Speaker{lahti},
		Published: []briefings.Published{published("geneva", 1, briefingText("geneva", "Putin", "We will keep talking.")), published("lahti", 1, briefingText("lahti", "Lahti", "The door is open.", ainoSpeaker))},
	})
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	c := lib.Catalog()
	if got := quoteTexts(c, "putin"); !slices.Contains(got, "We will keep talking.") || len(got) != 5 {
		t.Errorf("Putin's quotes: %q", got)
	}
	if got := quoteTexts(c, "lahti"); !slices.Equal(got, []string{"The door is open."}) {
		t.Errorf("Lahti's quotes: %q", got)
	}
	b := c.Briefing("geneva")
	if b == nil || b.Origin != briefings.OriginStore || b.Version != 1 || b.Revision != "1" || !b.Updated.Equal(time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("the published briefing: %+v", b)
	}
	counts := c.Counts()
	if len(counts) != 2 || counts[0] != (briefings.SourceCount{Origin: briefings.OriginBuiltin, Briefings: 3, Quotes: 4}) || counts[1] != (briefings.SourceCount{Origin: briefings.OriginStore, Briefings: 2, Quotes: 2}) {
		t.Errorf("Counts = %+v", counts)
	}

	ps = lib.ApplyStore(briefings.StoreUpdate{Published: []briefings.Published{published("geneva", 2, briefingText("geneva", "Putin", "We will talk again."))}})
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	if got := quoteTexts(lib.Catalog(), "putin"); slices.Contains(got, "We will keep talking.") || !slices.Contains(got, "We will talk again.") {
		t.Errorf("after an edit, Putin's quotes: %q", got)
	}
	lib.ApplyStore(briefings.StoreUpdate{Retracted: []string{"geneva"}})
	if c := lib.Catalog(); c.Briefing("geneva") != nil || len(quoteTexts(c, "putin")) != 4 {
		t.Errorf("after a retraction: %v, %q", c.Briefing("geneva"), quoteTexts(c, "putin"))
	}
	if swaps != 3 {
		t.Errorf("%d swaps, want 3", swaps)
	}

	// A folder holding a published id is refused; the catalog stays.
	dir := testutil.CopyCorpus(t)
	os.WriteFile(filepath.Join(dir, "lahti.md"), briefingText("lahti", "Putin", "Mine."), 0o644)
	before := lib.Catalog()
	ps = lib.LoadDir(dir)
	if want := `lahti.md:2: error: id "lahti" is also published in the store (version 1, by cli:alice on 2026-03-02 10:00 UTC)`; !strings.Contains(ps.Errors().String(), want) {
		t.Errorf("folder with a published id:\n%s\nwant %s", ps, want)
	}
	if lib.Catalog() != before {
		t.Error("a refused folder changed the catalog")
	}
	// Without the clash it is served, with the store's briefings.
	os.Remove(filepath.Join(dir, "lahti.md"))
	if ps := lib.LoadDir(dir); ps.Err() != nil {
		t.Fatal(ps)
	}
	if c := lib.Catalog(); c.Briefing("lahti") == nil || c.Briefing("2022-02-01-missile-ban-proposal").Origin != briefings.OriginFolder {
		t.Error("the folder and the store are not both served")
	}
	// A published briefing whose id a file holds: the file wins.
	ps = lib.ApplyStore(briefings.StoreUpdate{Published: []briefings.Published{published("2022-02-01-missile-ban-proposal", 1, briefingText("2022-02-01-missile-ban-proposal", "Putin", "Not served."))}})
	if want := "store: 2022-02-01-missile-ban-proposal (version 1): error: " + filepath.Join(dir, "2022-02-01-missile-ban-proposal.md") + " has the same id and is served instead"; !strings.Contains(ps.String(), want) {
		t.Errorf("problems %s\nwant %s", ps, want)
	}
	if b := lib.Catalog().Briefing("2022-02-01-missile-ban-proposal"); b.Origin != briefings.OriginFolder {
		t.Error("the store's briefing replaced the file's")
	}
}

// TestLibraryCompaction: at a size where changes are overlaid, enough of
// them rebuild the base in the background; what is served before and
// after is the same, and changes made while it rebuilds are kept.
func TestLibraryCompaction(t *testing.T) {
	t.Parallel()
	reg, bs, _ := corpusgen.Generate(400, 2000, 5)
	lib := briefings.NewLibrary(&briefings.Corpus{Origin: briefings.OriginFolder, Registry: reg, Briefings: bs})
	lib.RebuildBelow, lib.CompactAbove = 1, 4
	speaker := reg.Speakers[0].Name
	text := func(i int) []byte {
		return []byte(fmt.Sprintf("---\nid: pub-%d\ntitle: Published %d\ndate: 2030-01-0%d\ntopics: [%q]\nquotes:\n  - speaker: %s\n    text: Number %d said.\nsources:\n  - title: T\n    outlet: O\n---\nBody %d.\n", i, i, 1+i%9, reg.Topics[0].Name, speaker, i, i))
	}
	for i := range 4 {
		if ps := lib.ApplyStore(briefings.StoreUpdate{Published: []briefings.Published{published(fmt.Sprintf("pub-%d", i), 1, text(i))}}); len(ps) > 0 {
			t.Fatal(ps)
		}
	}
	if !lib.Catalog().HasOverlay() {
		t.Fatal("changes below CompactAbove should be overlaid")
	}
	for i := 4; i < 10; i++ {
		lib.ApplyStore(briefings.StoreUpdate{Published: []briefings.Published{published(fmt.Sprintf("pub-%d", i), 1, text(i))}})
	}
	lib.ApplyStore(briefings.StoreUpdate{Retracted: []string{"pub-3"}})
	lib.Settle()
	c := lib.Catalog()
	n, _ := c.Len()
	if n != 409 {
		t.Errorf("%d briefings served, want 409", n)
	}
	got := quoteTexts(c, speaker)
	for i := range 10 {
		if want := fmt.Sprintf("Number %d said.", i); slices.Contains(got, want) != (i != 3) {
			t.Errorf("quote %q served: %v", want, !(i != 3))
		}
	}
	if hits, _ := c.Search("number said", 20); len(hits) < 9 {
		t.Errorf("search finds %d of the published quotes", len(hits))
	}
}

// TestSetField: the store's fields are set in the text, the rest kept as
// written; ContentKey ignores them.
func TestSetField(t *testing.T) {
	t.Parallel()
	text := []byte("---\r\n# kept comment\nid: x\ntitle: T  \nupdated: 2022-02-01\ndate: 2022-02-01\n---\nBody.\n")
	got, err := briefings.SetField(text, "version", "3")
	if err != nil {
		t.Fatal(err)
	}
	got, _ = briefings.SetField(got, "updated", "2026-03-02T10:00:00Z")
	want := "---\n# kept comment\nid: x\nversion: 3\ntitle: T\nupdated: 2026-03-02T10:00:00Z\ndate: 2022-02-01\n---\nBody.\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if briefings.ContentKey(got) != briefings.ContentKey(text) {
		t.Error("version and updated changed the content key")
	}
	changed, _ := briefings.SetField(got, "title", "Other")
	if briefings.ContentKey(changed) == briefings.ContentKey(text) {
		t.Error("a new title kept the content key")
	}
	noID := []byte("---\ntitle: T\n---\nB\n")
	if got, _ := briefings.SetField(noID, "id", "y"); string(got) != "---\nid: y\ntitle: T\n---\nB\n" {
		t.Errorf("inserting id: %q", got)
	}
}

// TestChanges: the history's account of an edit.
func TestChanges(t *testing.T) {
	t.Parallel()
	v1 := briefingText("x", "Putin", "We will keep talking.")
	v2 := []byte(strings.Replace(strings.Replace(string(v1), "Talks continue in Geneva", "Talks end", 1), "topics: [ukraine]", "topics: [ukraine, nato]", 1))
	v2 = []byte(strings.Replace(string(v2), "    text: We will keep talking.\n", "    text: We will keep talking.\n  - speaker: Lavrov\n    text: No.\n", 1))
	got := briefings.Changes(v1, v2)
	want := []string{"title: “Talks continue in Geneva” → “Talks end”", "+ topic: nato", "+ quote: Lavrov: “No.”"}
	if !slices.Equal(got, want) {
		t.Errorf("Changes = %q\nwant %q", got, want)
	}
	if got := briefings.Changes(nil, v1); len(got) != 1 || !strings.HasPrefix(got[0], "first version: “Talks continue in Geneva”, 1 topic, 0 key point(s), 1 quote(s)") {
		t.Errorf("first version: %q", got)
	}
}

// TestLibraryKeepsWhatIsPublished: a folder whose registry no longer has a
// topic a published briefing names is refused, naming the briefing, and
// the catalog stays; with the topic back, it is served.
func TestLibraryKeepsWhatIsPublished(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	lib := briefings.NewLibrary(nil)
	if ps := lib.LoadDir(dir); ps.Err() != nil {
		t.Fatal(ps)
	}
	lib.LoadStore(briefings.StoreUpdate{Published: []briefings.Published{published("geneva", 1, briefingText("geneva", "Putin", "We will keep talking."))}})
	reg, err := os.ReadFile(filepath.Join(dir, "registry.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	// The Ukraine topic goes from the registry (and from the folder's own
	// briefings, which would not load otherwise).
	noUkraine := strings.Replace(string(reg), "  - id: ukraine\n    name: Ukraine\n", "  - id: ukraine-old\n    name: Ukraine Old\n", 1)
	noUkraine = strings.Replace(noUkraine, "aliases: [Ukrainian, Kyiv, Kiev, Ukraine crisis]", "aliases: [Kyiv]", 1)
	os.WriteFile(filepath.Join(dir, "registry.yaml"), []byte(noUkraine), 0o644)
	files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		os.WriteFile(f, []byte(strings.Replace(string(data), "ukraine", "ukraine-old", 1)), 0o644)
	}
	before := lib.Catalog()
	ps := lib.LoadDir(dir)
	if want := `store: geneva (version 1):5: error: topic "ukraine" is not in registry.yaml`; !strings.Contains(ps.String(), want) {
		t.Errorf("problems:\n%s\nwant %s", ps, want)
	}
	if lib.Catalog() != before || lib.Catalog().Briefing("geneva") == nil {
		t.Error("the refused folder changed what is served")
	}
}
