package console

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot"
)

// DefaultWidth is the line width replies are wrapped to.
const DefaultWidth = 78

// Render writes a reply as plain text: wrapped paragraphs, bulleted
// sections, quotes set off and attributed, and numbered sources.
func Render(w io.Writer, r bot.Reply, width int) error {
	if width <= 20 {
		width = DefaultWidth
	}
	var b strings.Builder
	title := r.Title
	if title != "" {
		b.WriteString(title + "\n")
		b.WriteString(strings.Repeat("=", min(utf8.RuneCountInString(title), width)) + "\n")
	}
	if !r.AsOf.IsZero() {
		b.WriteString("As of " + r.AsOf.Format(bot.DateFormat) + "\n")
	}
	if r.Text != "" {
		b.WriteString("\n")
		for i, para := range strings.Split(r.Text, "\n\n") {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString(wrap(para, width, "", ""))
		}
	}
	for _, s := range r.Sections {
		b.WriteString("\n" + s.Title + "\n")
		for _, it := range s.Items {
			line := it.Text
			if !it.Date.IsZero() {
				line = it.Date.Format(bot.ShortDateFormat) + " — " + line
			}
			if it.By != "" {
				line += " (" + it.By + ")"
			}
			b.WriteString(wrap(line, width, "  - ", "    "))
			if it.Detail != "" {
				b.WriteString(wrap(it.Detail, width, "    ", "    "))
			}
		}
	}
	if len(r.Quotes) > 0 {
		b.WriteString("\nQuotes\n")
		for _, q := range r.Quotes {
			b.WriteString(wrap("“"+q.Text+"”", width, "  > ", "    "))
			attr := "— " + q.Speaker
			if q.Role != "" {
				attr += ", " + q.Role
			}
			if !q.Said.IsZero() {
				attr += ", " + q.Said.Format(bot.DateFormat)
			}
			if q.Source != nil {
				attr += " [" + sourceLabel(r.Sources, *q.Source) + "]"
			}
			b.WriteString(wrap(attr, width, "    ", "      "))
			if q.Context != "" {
				b.WriteString(wrap("Context: "+q.Context, width, "    ", "      "))
			}
		}
	}
	if len(r.Sources) > 0 {
		b.WriteString("\nSources\n")
		for i, s := range r.Sources {
			b.WriteString(wrap(fmt.Sprintf("[%d] %s", i+1, describeSource(s)), width, "  ", "      "))
		}
	}
	var cmds, choices []string
	for _, a := range r.Actions {
		switch {
		case a.Do != "":
			choices = append(choices, fmt.Sprintf("[%d] %s", len(choices)+1, a.Label))
		case a.Command != "":
			cmds = append(cmds, a.Command)
		}
	}
	if len(cmds) > 0 {
		b.WriteString("\n" + wrap("Try: "+strings.Join(cmds, "  ·  "), width, "", "     "))
	}
	if r.Note != "" {
		b.WriteString("\n" + wrap(r.Note, width, "", ""))
	}
	if len(choices) > 0 {
		b.WriteString("\n" + wrap("Choices: "+strings.Join(choices, "  ")+"  (type /do and a number)", width, "", "         "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func describeSource(s bot.Source) string {
	parts := []string{s.Title}
	if s.Outlet != "" {
		parts = append(parts, s.Outlet)
	}
	if s.Author != "" {
		parts = append(parts, "by "+s.Author)
	}
	if !s.Published.IsZero() {
		parts = append(parts, s.Published.Format(bot.DateFormat))
	}
	out := strings.Join(parts, ", ")
	if s.URL != "" {
		out += " <" + s.URL + ">"
	}
	return out
}

// sourceLabel returns the number a source is listed under.
func sourceLabel(all []bot.Source, s bot.Source) string {
	for i, x := range all {
		if x.Title == s.Title && x.URL == s.URL {
			return fmt.Sprint(i + 1)
		}
	}
	return s.Title
}

// wrap fills text to width, starting with first and indenting the following
// lines with rest.
func wrap(text string, width int, first, rest string) string {
	var b strings.Builder
	line, prefix := "", first
	n := utf8.RuneCountInString(prefix)
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if line != "" && n+1+wl > width {
			b.WriteString(prefix + line + "\n")
			prefix = rest
			line, n = "", utf8.RuneCountInString(rest)
		}
		if line != "" {
			line += " "
			n++
		}
		line += w
		n += wl
	}
	if line != "" {
		b.WriteString(prefix + line + "\n")
	}
	return b.String()
}
