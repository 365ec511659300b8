package briefings

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// reader walks a parsed YAML tree and records problems with their file line,
// so every finding points at what the curator wrote. Decoding into structs
// would lose the lines of nested values and silently drop misspelt fields.
type reader struct {
	file     string
	offset   int // lines before the YAML starts in the file
	problems Problems
}

func (r *reader) errorf(n *yaml.Node, format string, args ...any) {
	r.add(n, Error, format, args...)
}

func (r *reader) warnf(n *yaml.Node, format string, args ...any) {
	r.add(n, Warning, format, args...)
}

func (r *reader) add(n *yaml.Node, sev Severity, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line + r.offset
	}
	r.problems = append(r.problems, Problem{File: r.file, Line: line, Severity: sev, Msg: fmt.Sprintf(format, args...)})
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

// yamlParserProblems are the messages of go-yaml's parser (as opposed to its
// scanner). go-yaml reports a parser error's line counted from 0 ("line 2"
// for the third line), and leaves the line out when it is the first; scanner
// errors are counted from 1. Without this correction lint would send an
// editor to the line above a missing "]". TestYAMLErrorLines feeds go-yaml
// an input for each and fails, naming it, when an upgrade changes a message
// or its line. (The parser's "did not find expected <stream-start>" is left
// out: its scanner always starts the stream, so no input produces it.)
var yamlParserProblems = []string{
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
	"did not find expected key",
	"did not find expected node content",
	"found duplicate %TAG directive",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found undefined tag handle",
}

// parse parses YAML text and returns its top node, reporting a syntax error
// at its line in the file.
func (r *reader) parse(text []byte) *yaml.Node {
	var doc yaml.Node
	if err := yaml.Unmarshal(text, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 0
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = strings.Replace(msg, m[0], "", 1)
		}
		if slices.Contains(yamlParserProblems, msg) {
			line++
		}
		p := Problem{File: r.file, Severity: Error, Msg: "invalid YAML: " + msg}
		if line > 0 {
			p.Line = line + r.offset
		}
		r.problems = append(r.problems, p)
		return nil
	}
	if len(doc.Content) == 0 {
		return &yaml.Node{Kind: yaml.MappingNode, Line: 1}
	}
	return doc.Content[0]
}

// fields returns the values of a mapping by key, reporting keys that are not
// allowed (with the closest allowed one) and keys given twice.
func (r *reader) fields(n *yaml.Node, where string, allowed ...string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	if n == nil {
		return out
	}
	if n.Kind != yaml.MappingNode {
		r.errorf(n, "%s must be a set of fields (key: value)", where)
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !contains(allowed, k.Value) {
			hint := ""
			if s := closest(k.Value, allowed); s != "" {
				hint = fmt.Sprintf(" (did you mean %q?)", s)
			}
			r.errorf(k, "%s: unknown field %q%s; allowed: %s", where, k.Value, hint, strings.Join(allowed, ", "))
			continue
		}
		if _, dup := out[k.Value]; dup {
			r.errorf(k, "%s: field %q is given twice", where, k.Value)
			continue
		}
		out[k.Value] = v
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func closest(s string, options []string) string {
	best, bestD := "", 3
	for _, o := range options {
		if d := distance(s, o, 2); d < bestD {
			best, bestD = o, d
		}
	}
	return best
}

// str returns a scalar's text; a missing or empty required value is an error.
func (r *reader) str(m map[string]*yaml.Node, key, where string, required bool, at *yaml.Node) string {
	n, ok := m[key]
	if !ok || n.Tag == "!!null" {
		if required {
			r.errorf(at, "%s: %s is missing", where, key)
		}
		return ""
	}
	if n.Kind != yaml.ScalarNode {
		r.errorf(n, "%s: %s must be text, not a list or a set of fields", where, key)
		return ""
	}
	v := strings.TrimSpace(n.Value)
	if v == "" && required {
		r.errorf(n, "%s: %s is empty", where, key)
	}
	return v
}

// boolean returns a yes/no scalar.
func (r *reader) boolean(m map[string]*yaml.Node, key, where string) bool {
	n, ok := m[key]
	if !ok {
		return false
	}
	switch strings.ToLower(n.Value) {
	case "true", "yes":
		return true
	case "false", "no", "":
		return false
	}
	r.errorf(n, "%s: %s must be true or false, not %q", where, key, n.Value)
	return false
}

// list returns the items of a sequence; a single scalar counts as a list of
// one, which is what editors mean by "topics: ukraine".
func (r *reader) list(m map[string]*yaml.Node, key, where string) []*yaml.Node {
	n, ok := m[key]
	if !ok || n.Tag == "!!null" {
		return nil
	}
	switch n.Kind {
	case yaml.SequenceNode:
		return n.Content
	case yaml.ScalarNode:
		return []*yaml.Node{n}
	}
	r.errorf(n, "%s: %s must be a list (lines starting with \"- \")", where, key)
	return nil
}

// strings returns a list of short texts.
func (r *reader) strs(m map[string]*yaml.Node, key, where string) []string {
	var out []string
	for _, n := range r.list(m, key, where) {
		if n.Kind != yaml.ScalarNode {
			r.errorf(n, "%s: each entry of %s must be text", where, key)
			continue
		}
		if v := strings.TrimSpace(n.Value); v != "" {
			out = append(out, v)
		}
	}
	return out
}

var dateLayouts = []string{DateLayout, time.RFC3339, "2006-01-02 15:04", "2006-01-02T15:04"}

// date parses YYYY-MM-DD (or a full timestamp) into UTC.
func (r *reader) date(m map[string]*yaml.Node, key, where string, required bool, at *yaml.Node) time.Time {
	n, ok := m[key]
	if !ok || n.Tag == "!!null" {
		if required {
			r.errorf(at, "%s: %s is missing (write it as YYYY-MM-DD)", where, key)
		}
		return time.Time{}
	}
	v := strings.TrimSpace(n.Value)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			return t.UTC()
		}
	}
	r.errorf(n, "%s: %s %q is not a date; write it as YYYY-MM-DD, e.g. 2022-02-01", where, key, v)
	return time.Time{}
}

// webURL checks that a URL is an absolute http or https address.
func (r *reader) webURL(m map[string]*yaml.Node, key, where string) string {
	v := r.str(m, key, where, false, nil)
	if v == "" {
		return ""
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		r.errorf(m[key], "%s: %s %q must be a full web address starting with https://", where, key, v)
		return ""
	}
	return v
}

func sortProblems(ps Problems) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
}
