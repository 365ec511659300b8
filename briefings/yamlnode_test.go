package briefings

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestYAMLErrorLines pins what parse relies on in go-yaml's errors: the
// exact text of each message in yamlParserProblems, that those (parser)
// messages count lines from 0 and leave out line 0, and that scanner
// messages count from 1. An upgrade of go-yaml that changes any of it
// fails here, naming the message, instead of silently sending lint and the
// log to the wrong line. Each input has its problem on the line given.
func TestYAMLErrorLines(t *testing.T) {
	t.Parallel()
	tests := []struct {
		msg    string // go-yaml's message, without "yaml: line N: "
		parser bool   // a parser error, listed in yamlParserProblems
		yaml   string
		line   int // the line parse reports, in the file (1-based)
	}{
		// An unclosed bracket: the line where it opens.
		{"did not find expected ',' or ']'", true, "title: x\naliases: [a, b\nnext: c\n", 2},
		{"did not find expected ',' or '}'", true, "title: x\nmeta: {a: b\nnext: c\n", 2},
		// A list broken off: the line of its first item.
		{"did not find expected '-' indicator", true, "title: x\nitems:\n  - a\n  - b\n  c: d\n", 3},
		{"did not find expected <document start>", true, "%YAML 1.1\n\n- a\n", 3},
		{"did not find expected key", true, "a:\n  b: c\n d: e\n", 3},
		{"did not find expected node content", true, "a: 1\nb: ]\n", 2},
		{"found duplicate %TAG directive", true, "%TAG ! tag:a,2000:\n%TAG ! tag:b,2000:\n---\na: 1\n", 2},
		{"found duplicate %YAML directive", true, "%YAML 1.1\n%YAML 1.1\n---\na: 1\n", 2},
		{"found incompatible YAML document", true, "%YAML 2.0\n---\na: 1\n", 1},
		{"found incompatible YAML document", true, "# notes\n%YAML 2.0\n---\na: 1\n", 2},
		{"found undefined tag handle", true, "a: 1\nb: !x!foo bar\n", 2},
		// Scanner errors, which count from 1 already.
		{"mapping values are not allowed in this context", false, "a: 1\nb: c: d\n", 2},
		// An unclosed quote: the line where it opens.
		{"found unexpected end of stream", false, "a: 1\nb: \"open\n", 2},
		{"did not find expected alphabetic or numeric character", false, "a: 1\nb: *\n", 2},
	}
	covered := map[string]bool{}
	for _, tc := range tests {
		covered[tc.msg] = true
		var doc yaml.Node
		err := yaml.Unmarshal([]byte(tc.yaml), &doc)
		if err == nil || !strings.HasSuffix(err.Error(), ": "+tc.msg) {
			t.Errorf("go-yaml's message for %q changed: want %q, got %v; update yamlParserProblems in yamlnode.go and this test", tc.yaml, tc.msg, err)
			continue
		}
		r := &reader{file: "x.md"}
		if r.parse([]byte(tc.yaml)) != nil || len(r.problems) != 1 {
			t.Fatalf("parse(%q) reported %v", tc.yaml, r.problems)
		}
		p := r.problems[0]
		if p.Msg != "invalid YAML: "+tc.msg || p.Line != tc.line {
			t.Errorf("go-yaml's line for %q changed: parse(%q) = line %d %q, want line %d; go-yaml said %q", tc.msg, tc.yaml, p.Line, p.Msg, tc.line, err)
		}
		if listed := contains(yamlParserProblems, tc.msg); listed != tc.parser {
			t.Errorf("%q listed in yamlParserProblems: %v, want %v", tc.msg, listed, tc.parser)
		}
	}
	for _, m := range yamlParserProblems {
		if !covered[m] {
			t.Errorf("yamlParserProblems lists %q, which no input here produces", m)
		}
	}
}
