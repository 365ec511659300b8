package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/briefings"
	"go.yaml.in/yaml/v3"
)

// Markdown writes the draft in the curated format (docs/curating.md): YAML
// front matter marked draft: true, with notes for the editor as comments at
// its top and beside the quotes to check, then the summary.
func (d *Draft) Markdown() []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	d.writeNotes(&b)

	root := &yaml.Node{Kind: yaml.MappingNode}
	field := func(k string, v *yaml.Node) { root.Content = append(root.Content, str(k), v) }
	field("id", str(d.ID))
	field("title", str(d.Title))
	field("date", plain(d.Date.Format(briefings.DateLayout)))
	field("draft", plain("true"))
	topics := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, t := range d.Topics {
		topics.Content = append(topics.Content, str(t.ID))
	}
	field("topics", topics)
	if len(d.Points) > 0 {
		points := &yaml.Node{Kind: yaml.SequenceNode}
		for _, p := range d.Points {
			m := mapping("text", str(p.Text))
			if p.Speaker != "" {
				m.Content = append(m.Content, str("speaker"), str(p.Speaker))
			}
			points.Content = append(points.Content, m)
		}
		field("key_points", points)
	}
	if len(d.Quotes) > 0 {
		quotes := &yaml.Node{Kind: yaml.SequenceNode}
		for _, q := range d.Quotes {
			m := mapping("speaker", str(q.Speaker), "text", str(q.Text),
				"said", plain(q.Said.Format(briefings.DateLayout)), "source", str(d.Source.ID))
			if q.Check != "" {
				m.HeadComment = "check: " + q.Check
			}
			quotes.Content = append(quotes.Content, m)
		}
		field("quotes", quotes)
	}
	src := mapping("id", str(d.Source.ID), "title", str(d.Source.Title))
	for _, kv := range [][2]string{{"outlet", d.Source.Outlet}, {"author", d.Source.Author}, {"url", d.Source.URL}} {
		if kv[1] != "" {
			src.Content = append(src.Content, str(kv[0]), str(kv[1]))
		}
	}
	if !d.Source.Published.IsZero() {
		src.Content = append(src.Content, str("published"), plain(d.Source.Published.Format(briefings.DateLayout)))
	}
	field("sources", &yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{src}})

	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		panic(err) // the tree is built above from strings; encoding it cannot fail
	}
	enc.Close()
	b.WriteString("---\n")
	b.WriteString(wrap(strings.Join(d.Summary, " "), 78))
	b.WriteString("\n")
	return b.Bytes()
}

// writeNotes writes what the editor must do and check, as YAML comments.
func (d *Draft) writeNotes(b *bytes.Buffer) {
	from := d.Source.URL
	if from == "" {
		from = "an article"
	}
	fmt.Fprintf(b, "# Draft made by briefbot ingest from %s.\n", from)
	b.WriteString("# Before publishing: check each quote and its speaker against the article, add\n")
	b.WriteString("# a context to each quote, make the summary your own, then delete draft: true.\n")
	if d.DateFrom != "" {
		fmt.Fprintf(b, "# date: from %s.\n", d.DateFrom)
	}
	for _, n := range d.Notes {
		fmt.Fprintf(b, "# Note: %s.\n", n)
	}
	if len(d.New) > 0 {
		fmt.Fprintf(b, "# Speakers to add to %s first (it does not list them yet):\n", briefings.RegistryFile)
		for _, s := range d.New {
			fmt.Fprintf(b, "#   - name: %s\n", s.Name)
			if s.Role != "" {
				fmt.Fprintf(b, "#     role: %s\n", s.Role)
			}
			fmt.Fprintf(b, "#     kind: %s\n", s.Kind)
			if len(s.Aliases) > 0 {
				fmt.Fprintf(b, "#     aliases: [%s]\n", strings.Join(s.Aliases, ", "))
			}
		}
	}
	unknown := 0
	for _, q := range d.Quotes {
		if q.Speaker == Unknown {
			unknown++
		}
	}
	if unknown > 0 {
		fmt.Fprintf(b, "# Quotes whose speaker the article does not name: %d (speaker: %s).\n", unknown, Unknown)
	}
	if len(d.Topics) == 0 {
		b.WriteString("# No registry topic is named in the article: add at least one to topics.\n")
	}
	if len(d.Names) > 0 {
		parts := make([]string, len(d.Names))
		for i, n := range d.Names {
			parts[i] = fmt.Sprintf("%s (%d)", n.Name, n.Count)
		}
		fmt.Fprintf(b, "# Names the article uses often that are not topics: %s.\n", strings.Join(parts, ", "))
	}
}

// str is a text value, quoted when YAML would otherwise read it as
// something else.
func str(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v} }

// plain is a value written as is: dates, true.
func plain(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }

func mapping(kv ...any) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(kv); i += 2 {
		m.Content = append(m.Content, str(kv[i].(string)), kv[i+1].(*yaml.Node))
	}
	return m
}

// wrap breaks text into lines of at most width columns at spaces; words are
// never cut.
func wrap(text string, width int) string {
	var b strings.Builder
	col := 0
	for _, w := range strings.Fields(text) {
		n := len([]rune(w))
		if col > 0 && col+1+n > width {
			b.WriteByte('\n')
			col = 0
		} else if col > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += n
	}
	return b.String()
}
