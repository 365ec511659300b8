package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

// searchShown is how many results one /search answer lists.
const searchShown = 8

func search(_ context.Context, _ *Bot, c *briefings.Catalog, req Request) Reply {
	q := req.Arg("words")
	if q == "" {
		q = req.Text
	}
	if strings.TrimSpace(q) == "" {
		return usage(req, lookup("search"), "What should I look for? Give a word or two, for example "+req.cmd("/search missiles")+".")
	}
	if len(briefings.Terms(q)) == 0 {
		return usage(req, lookup("search"), fmt.Sprintf("“%s” has only very common words; give a more specific word.", q))
	}
	hits, total := c.Search(q, searchShown)
	r := Reply{Kind: Answer, Title: fmt.Sprintf("Search: %s", q)}
	if total == 0 {
		r.Kind = NotFound
		r.Text = fmt.Sprintf("Nothing matches “%s”.", q)
		if t, err := c.Topic(q); err == nil {
			r.Text += fmt.Sprintf(" %s is a topic: try %s.", t.Name, req.cmd("/status "+t.ID))
			r.Actions = []Action{{Label: t.Name, Command: "/status " + t.ID}}
		}
		r.Note = "Try fewer or other words; " + req.cmd("/topics") + " and " + req.cmd("/speakers") + " list what I know."
		return r
	}
	sec := Section{Title: "Briefings"}
	for _, h := range hits {
		switch {
		case h.Briefing != nil:
			b := h.Briefing
			sec.Items = append(sec.Items, Item{Text: b.Title, Detail: firstParagraph(b.Summary), Date: b.Date})
			for _, s := range b.Sources {
				r.addSource(s)
			}
		case h.Quote != nil:
			r.Quotes = append(r.Quotes, quoteOf(h.Quote))
			r.addSource(h.Quote.Source)
		}
	}
	if len(sec.Items) > 0 {
		r.Sections = []Section{sec}
	}
	if total > len(hits) {
		r.Note = fmt.Sprintf("The best %d of %d matches.", len(hits), total)
	} else {
		r.Note = fmt.Sprintf("%s, best first.", plural(total, "match"))
	}
	r.Note = strings.Replace(r.Note, "matchs", "matches", 1)
	return r
}
