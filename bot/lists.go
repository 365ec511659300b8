package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

func listTopics(_ context.Context, _ *Bot, c *briefings.Catalog, req Request) Reply {
	ts := c.Topics()
	if len(ts) == 0 {
		return Reply{Kind: Answer, Title: "Topics", Text: "No topics are registered yet."}
	}
	sec := Section{Title: fmt.Sprintf("%d topics", len(ts))}
	for _, t := range ts {
		it := Item{Text: fmt.Sprintf("%s (%s)", t.Name, plural(len(c.On(t)), "briefing")), Detail: t.Description}
		if len(t.Aliases) > 0 {
			it.Detail = strings.TrimSpace(it.Detail + " Also: " + strings.Join(t.Aliases, ", ") + ".")
		}
		sec.Items = append(sec.Items, it)
	}
	return Reply{
		Kind:     Answer,
		Title:    "Topics",
		Sections: []Section{sec},
		Note:     req.cmd("/status <topic>") + " shows one, e.g. " + req.cmd("/status "+ts[0].ID) + ".",
	}
}

func listSpeakers(_ context.Context, _ *Bot, c *briefings.Catalog, req Request) Reply {
	ss := c.Speakers()
	if len(ss) == 0 {
		return Reply{Kind: Answer, Title: "Speakers", Text: "No speakers are registered yet."}
	}
	sec := Section{Title: fmt.Sprintf("%d speakers", len(ss))}
	for _, s := range ss {
		it := Item{Text: fmt.Sprintf("%s (%s)", s.Name, plural(len(c.QuotesBy(s)), "quote")), Detail: speakerLine(s)}
		if len(s.Aliases) > 0 {
			it.Detail = strings.TrimSpace(it.Detail + ". Also: " + strings.Join(s.Aliases, ", ") + ".")
		}
		sec.Items = append(sec.Items, it)
	}
	return Reply{
		Kind:     Answer,
		Title:    "Speakers",
		Sections: []Section{sec},
		Note:     req.cmd("/quote <speaker>") + " lists what they said, e.g. " + req.cmd("/quote "+ss[0].ID) + ".",
	}
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
