package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

// quotesShown is how many quotes one /quote answer lists.
const quotesShown = 5

func quote(_ context.Context, _ *Bot, c *briefings.Catalog, req Request) Reply {
	var (
		sp     *briefings.Speaker
		filter string
		err    error
	)
	if name := req.Arg("speaker"); name != "" {
		sp, err = c.Speaker(name)
		filter = req.Arg("words")
		if err != nil {
			return speakerNotFound(req, c, err, filter)
		}
	} else {
		ws := words(req.Text)
		if len(ws) == 0 {
			r := usage(req, lookup("quote"), "Whose quotes? Name a speaker, for example "+req.cmd("/quote putin")+".")
			r.Note = "Speakers: " + speakerList(c, 8) + ". " + req.cmd("/speakers") + " lists them all."
			return r
		}
		var n int
		sp, n, err = leadingName(ws, c.SpeakerNamed, c.Speaker)
		if err != nil {
			return speakerNotFound(req, c, err, strings.Join(ws[1:], " "))
		}
		filter = strings.Join(ws[n:], " ")
	}

	qs, total := c.QuotesMatching(sp, filter, quotesShown)
	r := Reply{Kind: Answer, Title: "Quotes: " + sp.Name, Text: speakerLine(sp)}
	switch {
	case total == 0 && filter != "":
		r.Kind = NotFound
		r.Text = fmt.Sprintf("No quotes from %s mention “%s”.", sp.Name, filter)
		r.Actions = []Action{{Label: "All quotes from " + shortName(sp), Command: "/quote " + sp.ID}}
		return r
	case total == 0:
		// Briefings may still report what they said (key points), so point
		// to them rather than end the conversation.
		find := "/search " + strings.ToLower(shortName(sp))
		r.Text = fmt.Sprintf("I have no direct quotes from %s yet. %s finds the briefings that mention them.", sp.Name, req.cmd(find))
		r.Actions = []Action{{Label: "Briefings on " + shortName(sp), Command: find}}
		return r
	}
	for _, q := range qs {
		r.Quotes = append(r.Quotes, quoteOf(q))
		r.addSource(q.Source)
		if q.Said.After(r.AsOf) {
			r.AsOf = q.Said
		}
	}
	what := "quotes"
	if filter != "" {
		what = fmt.Sprintf("quotes mentioning “%s”", filter)
	}
	if total > len(qs) {
		r.Note = fmt.Sprintf("The newest %d of %d %s. Add words to narrow: %s.", len(qs), total, what, req.cmd("/quote "+sp.ID+" <words>"))
	} else if total == 1 {
		r.Note = fmt.Sprintf("1 %s.", strings.Replace(what, "quotes", "quote", 1))
	} else {
		r.Note = fmt.Sprintf("%d %s, newest first.", total, what)
	}
	return r
}

// speakerLine describes a speaker in one line: "President of Russia".
func speakerLine(s *briefings.Speaker) string {
	switch {
	case s.Role != "" && s.Organisation != "" && !strings.Contains(s.Role, s.Organisation):
		return s.Role + ", " + s.Organisation
	case s.Role != "":
		return s.Role
	}
	return s.Organisation
}

func speakerList(c *briefings.Catalog, n int) string {
	var names []string
	for _, s := range c.Speakers() {
		if len(names) == n {
			names = append(names, "…")
			break
		}
		names = append(names, s.Name)
	}
	return strings.Join(names, ", ")
}
