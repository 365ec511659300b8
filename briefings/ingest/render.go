package ingest

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefings"
)

// Markdown writes the draft in the curated format (docs/curating.md): YAML
// front matter marked draft: true, with the speakers the registry lacks as
// new_speakers entries (data the parser reads, which publishing adds to the
// registry), notes for the editor as comments at its top and beside the
// quotes to check, then the summary.
func (d *Draft) Markdown() []byte {
	var b bytes.Buffer
	b.Grow(8192)
	b.WriteString("---\n")
	d.writeNotes(&b)
	// field writes a line of the front matter: its indent, key and ": "
	// in one constant string, two writes fewer each of a draft's hundred
	// and more lines (some 17 K instructions of a 5 KB article's 2.5 M).
	field := func(key, value string) {
		b.WriteString(key)
		b.WriteString(value)
		b.WriteByte('\n')
	}
	field("id: ", yamlText(d.ID, false))
	field("title: ", yamlText(d.Title, false))
	// The draft's day, formatted once: most quotes were said that day,
	// and the source was published on it (Format is some 1 K
	// instructions a call).
	day := d.Date.Format(briefings.DateLayout)
	field("date: ", day)
	field("draft: ", "true")
	ids := make([]string, len(d.Topics))
	for i, t := range d.Topics {
		ids[i] = yamlText(t.ID, true)
	}
	field("topics: ", "["+strings.Join(ids, ", ")+"]")
	if len(d.New) > 0 {
		b.WriteString("new_speakers:\n")
		for _, s := range d.New {
			field("  - name: ", yamlText(s.Name, false))
			if s.Role != "" {
				field("    role: ", yamlText(s.Role, false))
			}
			if s.Kind != "" {
				field("    kind: ", yamlText(s.Kind, false))
			}
			if len(s.Aliases) > 0 {
				aliases := make([]string, len(s.Aliases))
				for i, a := range s.Aliases {
					aliases[i] = yamlText(a, true)
				}
				field("    aliases: ", "["+strings.Join(aliases, ", ")+"]")
			}
		}
	}
	if len(d.Points) > 0 {
		b.WriteString("key_points:\n")
		for _, p := range d.Points {
			field("  - text: ", yamlText(p.Text, false))
			if p.Speaker != "" {
				field("    speaker: ", yamlText(p.Speaker, false))
			}
		}
	}
	if len(d.Quotes) > 0 {
		b.WriteString("quotes:\n")
		var saidDay time.Time // the quotes' days repeat: each written once
		var said string
		source := yamlText(d.Source.ID, false) // every quote's: written once
		// A speaker's quotes mostly follow one another: the speaker's
		// name is made safe once for the run of them.
		var speaker, speakerText string
		for _, q := range d.Quotes {
			switch {
			case said != "" && q.Said == saidDay: // the same instant in the same place: the same day
			case q.Said == d.Date:
				saidDay, said = q.Said, day
			default:
				saidDay, said = q.Said, q.Said.Format(briefings.DateLayout)
			}
			if q.Check != "" {
				b.WriteString("  # check: ")
				b.WriteString(oneLine(q.Check))
				b.WriteByte('\n')
			}
			if q.Speaker != speaker || speakerText == "" {
				speaker, speakerText = q.Speaker, yamlText(q.Speaker, false)
			}
			field("  - speaker: ", speakerText)
			field("    text: ", yamlText(q.Text, false))
			field("    said: ", said)
			field("    source: ", source)
		}
	}
	b.WriteString("sources:\n")
	field("  - id: ", yamlText(d.Source.ID, false))
	field("    title: ", yamlText(d.Source.Title, false))
	for _, kv := range [][2]string{{"    outlet: ", d.Source.Outlet}, {"    author: ", d.Source.Author}, {"    url: ", d.Source.URL}} {
		if kv[1] != "" {
			field(kv[0], yamlText(kv[1], false))
		}
	}
	if p := d.Source.Published; p == d.Date && !p.IsZero() {
		field("    published: ", day) // as it is when the draft's date is the article's (Draft)
	} else if !p.IsZero() {
		field("    published: ", p.Format(briefings.DateLayout))
	}
	b.WriteString("---\n")
	b.WriteString(wrap(strings.Join(d.Summary, " "), 78))
	b.WriteString("\n")
	return b.Bytes()
}

// oneLine keeps a comment on its line: squeeze, which gives
// strings.Join(strings.Fields(s), " ") without building it when s is
// spaced so already, as nearly every note is.
func oneLine(s string) string {
	return squeeze(s)
}

// writeNotes writes what the editor must do and check, as YAML comments.
// Its lines are written piece by piece rather than through fmt, whose
// formatting of a few %s and %d took some 8 K instructions of a 5 KB
// article's 2.6 M.
func (d *Draft) writeNotes(b *bytes.Buffer) {
	from := d.Source.URL
	if from == "" {
		from = "an article"
	}
	line := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
		b.WriteByte('\n')
	}
	line("# Draft made by briefbot ingest from ", from, ".")
	b.WriteString("# Before publishing: check each quote and its speaker against the article, add\n")
	b.WriteString("# a context to each quote, make the summary your own, then delete draft: true.\n")
	if d.DateFrom != "" {
		line("# date: from ", d.DateFrom, ".")
	}
	for _, n := range d.Notes {
		line("# Note: ", n, ".")
	}
	if len(d.New) > 0 {
		line("# new_speakers lists the speakers ", briefings.RegistryFile, " lacks: check each one's name, role")
		b.WriteString("# and kind; publishing the briefing adds them to the registry.\n")
	}
	unknown := 0
	for _, q := range d.Quotes {
		if q.Speaker == Unknown {
			unknown++
		}
	}
	if unknown > 0 {
		line("# Quotes whose speaker the article does not name: ", strconv.Itoa(unknown), " (speaker: ", Unknown, ").")
	}
	if len(d.Topics) == 0 {
		b.WriteString("# No registry topic is named in the article: add at least one to topics.\n")
	}
	if d.Source.Outlet == "" && d.Source.URL == "" {
		b.WriteString("# The source has no outlet or address: add one so readers can find it.\n")
	}
	if len(d.Names) > 0 {
		b.WriteString("# Names the article uses often that are not topics: ")
		for i, n := range d.Names {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(n.Name)
			b.WriteString(" (")
			b.WriteString(strconv.Itoa(n.Count))
			b.WriteByte(')')
		}
		b.WriteString(".\n")
	}
}

// wrap breaks text into lines of at most width columns at spaces; words are
// never cut.
func wrap(text string, width int) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/width + 1)
	col := 0
	// The words of a line that stand one space apart in text are written
	// in one piece, text[seg:end], when the line or the run ends: a write
	// of each word and of each space between was some 9 K instructions of
	// a 5 KB article's 2.6 M.
	seg, end := 0, 0
	for i := 0; i < len(text); {
		gap := i
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if i == len(text) {
			break
		}
		j := len(text)
		if k := strings.IndexByte(text[i:], ' '); k >= 0 {
			j = i + k
		}
		n := utf8.RuneCountInString(text[i:j])
		switch {
		case col > 0 && col+1+n > width:
			b.WriteString(text[seg:end])
			b.WriteByte('\n')
			col, seg = 0, i
		case col > 0 && i-gap == 1 && end == gap:
			col++ // one space after the run: the run goes on
		case col > 0:
			b.WriteString(text[seg:end])
			b.WriteByte(' ')
			col++
			seg = i
		default:
			seg = i
		}
		end = j
		col += n
		i = j
	}
	b.WriteString(text[seg:end])
	return b.String()
}
