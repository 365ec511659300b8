package ingest

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"go.yaml.in/yaml/v3"
)

// TestYAMLRoundTrip: every text the draft writes reads back, through the
// YAML parser lint uses, as exactly the same text, in a field and in a
// flow list.
func TestYAMLRoundTrip(t *testing.T) {
	t.Parallel()
	texts := []string{
		"plain words", "Putin's “quotes”, curly", `He said "no" twice`, "it's", "a: b", "ends with:", ": starts",
		"#hash", "a #b", "a#b", "- dash", "-dash", "?q", "[x]", "{x}", "x, y", "*star", "&amp", "!bang", "|pipe",
		">gt", "%pct", "@at", "`tick", "'single'", `"double"`, `back\slash`, "tab\tin", "new\nline", " lead",
		"trail ", "yes", "No", "ON", "null", "~", "true", "2022-02-01", "1e3", "0x1F", "1.5", ".5", "+1", "10:30",
		".inf", "-.Inf", ".NaN", "007", "1_000", "emoji 🙂", "line\u2028sep", "bom\ufeff", "del\x7f", "bell\x07",
		"Prime Minister of Estmark", "Sergey Lavrov", "2022-02-01-us-talks", "2022-02-01 10:30:00", "2022-02-01T10:30:00Z", "12abc", "0o17", "0b101", "x: y: z", "a - b", "key_points", "",
	}
	for _, s := range texts {
		doc := "text: " + yamlText(s, false) + "\nlist: [" + yamlText(s, true) + ", other]\n"
		var got struct {
			Text string   `yaml:"text"`
			List []string `yaml:"list"`
		}
		if err := yaml.Unmarshal([]byte(doc), &got); err != nil {
			t.Errorf("%q: written as %q, which does not parse: %v", s, doc, err)
			continue
		}
		if got.Text != s || len(got.List) != 2 || got.List[0] != s {
			t.Errorf("%q: written as %q, read back as %q and %q", s, doc, got.Text, got.List)
		}
		var n yaml.Node
		yaml.Unmarshal([]byte(doc), &n)
		if v := n.Content[0].Content[1]; v.Tag != "!!str" {
			t.Errorf("%q: read back as %s, not text", s, v.Tag)
		}
	}
}

// TestFoldWords: the one-pass fold gives the words briefings.Fold does, on
// every paragraph of the test articles.
func TestFoldWords(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	files = append(files, filepath.Join("testdata", "seed.txt"))
	extra := "Sergéy  LAVROV's café, naïve Zoë; Đorđe Łukasz Ærø — “Ukraine’s” 1,000 ﬁne"
	texts := []string{extra}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n\n")...)
	}
	for _, s := range texts {
		want := strings.Fields(briefings.Fold(s))
		got := foldWords(s, nil)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", s, got, want)
		}
	}
}

// nickname is a nickname in marks inside a name ("Martin 'Spike'
// Halloran"), which the tokens leave out.
var nickname = regexp.MustCompile(`(\p{Lu}\S*) ['‘"“]\p{Lu}[\p{L} ]*['’"”] (\p{Lu})`)

// TestFoldTokens: folding a paragraph's tokens gives the words folding its
// text does, but for nicknames, which are taken out of the names they sit
// in.
func TestFoldTokens(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	files = append(files, filepath.Join("testdata", "seed.txt"))
	texts := []string{"Sergéy  LAVROV's café, naïve Zoë; Đorđe Łukasz — “Ukraine’s” 1,000 short-range U.S. AT&T rock 'n' roll miners' union"}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n\n")...)
	}
	for _, s := range texts {
		d := newDocument([]string{s})
		want := strings.Fields(briefings.Fold(nickname.ReplaceAllString(s, "$1 $2")))
		var got []string
		d.eachFolded(func(words []string) { got = append(got, words...) })
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", s, got, want)
		}
	}
}

// TestFoldASCII: the ASCII fast path folds names as briefings.Fold does.
func TestFoldASCII(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Vladimir Putin", "Russia's", "  O'Brien-Smith, Jr. ", "U.S. State Department", "AT&T", "No. 10", "a--b", "KC", ""} {
		got, ok := foldASCII(s)
		if !ok || got != briefings.Fold(s) {
			t.Errorf("foldASCII(%q) = %q, %v; Fold gives %q", s, got, ok, briefings.Fold(s))
		}
	}
	if _, ok := foldASCII("Ciarán Ó Dálaigh"); ok {
		t.Error("foldASCII took a name with accents")
	}
}
