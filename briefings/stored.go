package briefings

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// normalize gives a briefing file's text in one form: without a byte-order
// mark, with \n line ends, no spaces at line ends, and one final newline.
func normalize(text []byte) []byte {
	text = bytes.TrimPrefix(text, []byte("\xef\xbb\xbf"))
	text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
	lines := bytes.Split(text, []byte("\n"))
	for i, l := range lines {
		lines[i] = bytes.TrimRight(l, " \t\r")
	}
	out := bytes.Join(lines, []byte("\n"))
	out = bytes.TrimRight(out, "\n")
	return append(out, '\n')
}

// ContentKey identifies what a briefing file says: the same text, whatever
// its version and updated fields (which the store sets), line ends and
// trailing spaces, gives the same key. Publishing text whose key is the
// served version's is not a new version.
func ContentKey(text []byte) string {
	t := normalize(text)
	for _, k := range []string{"version", "updated"} {
		if s, err := SetField(t, k, ""); err == nil {
			t = s
		}
	}
	h := sha256.Sum256(t)
	return hex.EncodeToString(h[:])
}

// SetField sets a top-level field of a briefing file's front matter to a
// plain value, in place of the field's old lines, or after the id field
// (or at the top) when there was none; an empty value removes the field.
// The rest of the text is kept as it is. The text must have front matter.
func SetField(text []byte, key, value string) ([]byte, error) {
	t := normalize(text)
	if !bytes.HasPrefix(t, []byte("---\n")) {
		return nil, fmt.Errorf("the file must start with a line of three dashes (---) opening the front matter")
	}
	front, _, _, err := splitFrontMatter(t)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(string(t), "\n")
	// lines[0] is "---"; the front matter is lines[1:1+n].
	n := strings.Count(string(front), "\n")
	start, end := fieldLines(lines[1:1+n], key)
	var repl []string
	if value != "" {
		repl = []string{key + ": " + value}
	}
	if start < 0 {
		if value == "" {
			return t, nil
		}
		at := 0
		if s, e := fieldLines(lines[1:1+n], "id"); s >= 0 {
			at = e
		}
		start, end = at, at
	}
	out := make([]string, 0, len(lines)+1)
	out = append(out, lines[:1+start]...)
	out = append(out, repl...)
	out = append(out, lines[1+end:]...)
	return []byte(strings.Join(out, "\n")), nil
}

// fieldLines returns the lines [start, end) of front matter that hold a
// top-level field: its key's line and the indented lines after it; -1 when
// there is none.
func fieldLines(front []string, key string) (int, int) {
	for i, l := range front {
		k, _, ok := strings.Cut(l, ":")
		if !ok || k != key {
			continue
		}
		j := i + 1
		for j < len(front) && front[j] != "" && (front[j][0] == ' ' || front[j][0] == '\t') {
			j++
		}
		return i, j
	}
	return -1, -1
}

// FieldValue returns a top-level front-matter field's text as written, or
// "".
func FieldValue(text []byte, key string) string {
	front, _, _, err := splitFrontMatter(text)
	if err != nil {
		return ""
	}
	var doc yaml.Node
	if yaml.Unmarshal(front, &doc) != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return ""
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key && m.Content[i+1].Kind == yaml.ScalarNode {
			return m.Content[i+1].Value
		}
	}
	return ""
}

// outline is what a version of a briefing says, for the history's account
// of what changed. It is read leniently: history shows old versions that
// the registry of today might not accept.
type outline struct {
	title, date, summary string
	topics, points       []string
	quotes, sources      []string
}

func outlineOf(text []byte) outline {
	var o outline
	front, body, _, err := splitFrontMatter(text)
	if err != nil {
		return o
	}
	o.summary = strings.Join(strings.Fields(string(body)), " ")
	r := &reader{}
	root := r.parse(front)
	if root == nil {
		return o
	}
	f := r.fields(root, "", briefingFields...)
	o.title = r.str(f, "title", "", false, root)
	o.date = r.str(f, "date", "", false, root)
	for _, n := range r.list(f, "topics", "") {
		o.topics = append(o.topics, n.Value)
	}
	for _, n := range r.list(f, "key_points", "") {
		if n.Kind == yaml.ScalarNode {
			o.points = append(o.points, strings.TrimSpace(n.Value))
			continue
		}
		m := r.fields(n, "", "text", "speaker", "source")
		o.points = append(o.points, r.str(m, "text", "", false, n))
	}
	for _, n := range r.list(f, "quotes", "") {
		m := r.fields(n, "", "speaker", "text", "context", "said", "source")
		o.quotes = append(o.quotes, r.str(m, "speaker", "", false, n)+": “"+r.str(m, "text", "", false, n)+"”")
	}
	for _, n := range r.list(f, "sources", "") {
		m := r.fields(n, "", "id", "title", "outlet", "author", "url", "published")
		o.sources = append(o.sources, r.str(m, "title", "", false, n))
	}
	return o
}

// Changes describes what changed from one version of a briefing file to
// the next, one line per change, for people: a new title, topics, key
// points and quotes added or removed, a rewritten summary. A nil old means
// the first version.
func Changes(old, new []byte) []string {
	if old == nil {
		o := outlineOf(new)
		return []string{fmt.Sprintf("first version: “%s”, %s, %d key point(s), %d quote(s)", o.title, plural(len(o.topics), "topic"), len(o.points), len(o.quotes))}
	}
	a, b := outlineOf(old), outlineOf(new)
	var out []string
	if a.title != b.title {
		out = append(out, fmt.Sprintf("title: “%s” → “%s”", a.title, b.title))
	}
	if a.date != b.date {
		out = append(out, fmt.Sprintf("date: %s → %s", a.date, b.date))
	}
	listDiff := func(what string, x, y []string) {
		for _, s := range minus(y, x) {
			out = append(out, fmt.Sprintf("+ %s: %s", what, short(s)))
		}
		for _, s := range minus(x, y) {
			out = append(out, fmt.Sprintf("- %s: %s", what, short(s)))
		}
	}
	listDiff("topic", a.topics, b.topics)
	listDiff("key point", a.points, b.points)
	listDiff("quote", a.quotes, b.quotes)
	listDiff("source", a.sources, b.sources)
	if a.summary != b.summary {
		out = append(out, "summary rewritten")
	}
	if len(out) == 0 {
		out = append(out, "no change in what it says (its layout or notes changed)")
	}
	return out
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// minus returns the entries of x not in y, in x's order.
func minus(x, y []string) []string {
	in := map[string]int{}
	for _, s := range y {
		in[s]++
	}
	var out []string
	for _, s := range x {
		if in[s] > 0 {
			in[s]--
			continue
		}
		out = append(out, s)
	}
	return out
}

// short cuts a line for the history to about 100 characters.
func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= 100 {
		return s
	}
	r := []rune(s)
	return string(r[:99]) + "…"
}
