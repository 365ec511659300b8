package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

// How much one /status answer shows; the rest is a command away.
const (
	statusTimeline = 5
	statusQuotes   = 2
)

func status(_ context.Context, b *Bot, c *briefings.Catalog, req Request) Reply {
	name := req.Arg("topic")
	if name == "" {
		name = req.Text
	}
	if name == "" {
		r := usage(req, lookup("status"), "Which topic? Name one, for example "+req.cmd("/status ukraine")+".")
		r.Note = "Topics: " + topicList(c, 8) + ". " + req.cmd("/topics") + " lists them all."
		return r
	}
	t, err := c.Topic(name)
	if err != nil {
		return topicNotFound(req, c, err, "status")
	}
	on := c.On(t)
	if len(on) == 0 {
		return Reply{
			Kind:  Answer,
			Title: t.Name,
			Topic: t.ID,
			Text:  fmt.Sprintf("Nothing has been filed under %s yet.", t.Name),
			Note:  req.cmd("/topics") + " lists the topics with briefings.",
		}
	}
	latest := on[0]
	r := Reply{
		Kind:  Answer,
		Title: fmt.Sprintf("%s: %s", t.Name, latest.Title),
		Topic: t.ID,
		AsOf:  latest.LatestDate(),
		Text:  latest.Summary,
	}
	if pts := points(latest); len(pts.Items) > 0 {
		r.Sections = append(r.Sections, pts)
	}
	tl := Section{Title: "Timeline"}
	for _, b := range on[:min(len(on), statusTimeline)] {
		tl.Items = append(tl.Items, Item{Text: b.Title, Date: b.Date})
	}
	r.Sections = append(r.Sections, tl)
	for _, s := range latest.Sources {
		r.addSource(s)
	}

	// A quote or two from the newest briefings on the topic that have any.
	seenSpeaker := map[*briefings.Speaker]bool{}
	for _, b := range on {
		for _, q := range b.Quotes {
			if len(r.Quotes) == statusQuotes {
				break
			}
			r.Quotes = append(r.Quotes, quoteOf(q))
			r.addSource(q.Source)
			if !seenSpeaker[q.Speaker] {
				seenSpeaker[q.Speaker] = true
				r.Actions = append(r.Actions, Action{Label: "More from " + shortName(q.Speaker), Command: "/quote " + q.Speaker.ID})
			}
		}
		if len(r.Quotes) == statusQuotes {
			break
		}
	}
	r.Actions = append(r.Actions, Action{Label: "Digest on " + t.Name, Command: "/brief " + t.ID})
	r.Actions = append(r.Actions, b.retractActions(req, on[:min(len(on), statusTimeline)])...)
	if len(on) > statusTimeline {
		r.Note = fmt.Sprintf("%d briefings on %s in all; %s finds older ones.", len(on), t.Name, req.cmd("/search"))
	}
	return r
}

// points turns a briefing's key points into a section.
func points(b *briefings.Briefing) Section {
	sec := Section{Title: "Key points"}
	for _, p := range b.Points {
		it := Item{Text: p.Text}
		if p.Speaker != nil {
			it.By = p.Speaker.Name
		}
		sec.Items = append(sec.Items, it)
	}
	return sec
}

// shortName is how buttons name a speaker: a person's surname, or an
// organisation's full name.
func shortName(s *briefings.Speaker) string {
	if s.Kind == "person" {
		if f := strings.Fields(s.Name); len(f) > 1 {
			return f[len(f)-1]
		}
	}
	return s.Name
}

// topicList names the first n topics, for usage lines.
func topicList(c *briefings.Catalog, n int) string {
	var names []string
	for _, t := range c.Topics() {
		if len(names) == n {
			names = append(names, "…")
			break
		}
		names = append(names, t.Name)
	}
	return strings.Join(names, ", ")
}

// topicNotFound answers an unknown topic with the closest ones, offered as
// buttons running the same command.
func topicNotFound(req Request, c *briefings.Catalog, err error, command string) Reply {
	var nf *briefings.NotFoundError
	if !errors.As(err, &nf) {
		return Reply{Kind: Failed, Title: "Something went wrong", Text: "Sorry, I could not look that up."}
	}
	r := Reply{Kind: NotFound, Title: fmt.Sprintf("No topic called “%s”", nf.Name), Note: req.cmd("/topics") + " lists every topic."}
	if s, err := c.Speaker(nf.Name); err == nil {
		// "/status putin": the asker wants the person, not the topics
		// whose names happen to look a little like "putin".
		r.Text = fmt.Sprintf("%s is a speaker, not a topic: try %s.", s.Name, req.cmd("/quote "+s.ID))
		r.Actions = []Action{{Label: "Quotes from " + shortName(s), Command: "/quote " + s.ID}}
		return r
	}
	for _, s := range nf.Suggestions {
		if t := c.TopicNamed(s); t != nil {
			r.Actions = append(r.Actions, Action{Label: t.Name, Command: fmt.Sprintf("/%s %s", command, t.ID)})
		}
	}
	switch {
	case len(nf.Suggestions) > 0:
		r.Text = fmt.Sprintf("Did you mean %s?", joinOr(nf.Suggestions))
	default:
		r.Text = "I don't know that topic. Topics I follow: " + topicList(c, 8) + "."
	}
	return r
}

// speakerNotFound answers an unknown speaker with the closest ones.
func speakerNotFound(req Request, c *briefings.Catalog, err error, rest string) Reply {
	var nf *briefings.NotFoundError
	if !errors.As(err, &nf) {
		return Reply{Kind: Failed, Title: "Something went wrong", Text: "Sorry, I could not look that up."}
	}
	r := Reply{Kind: NotFound, Title: fmt.Sprintf("No speaker called “%s”", nf.Name), Note: req.cmd("/speakers") + " lists everyone I can quote."}
	if t, err := c.Topic(nf.Name); err == nil {
		// "/quote ukraine": the asker wants the topic, not the speakers
		// whose names happen to look a little like "ukraine".
		r.Text = fmt.Sprintf("%s is a topic, not a speaker: try %s.", t.Name, req.cmd("/status "+t.ID))
		r.Actions = []Action{{Label: "Status of " + t.Name, Command: "/status " + t.ID}}
		return r
	}
	for _, s := range nf.Suggestions {
		if sp := c.SpeakerNamed(s); sp != nil {
			cmd := "/quote " + sp.ID
			if rest != "" {
				cmd += " " + rest
			}
			r.Actions = append(r.Actions, Action{Label: sp.Name, Command: cmd})
		}
	}
	if len(nf.Suggestions) > 0 {
		r.Text = fmt.Sprintf("Did you mean %s?", joinOr(nf.Suggestions))
	} else {
		r.Text = "I have no quotes from anyone by that name. Speakers I can quote: " + speakerList(c, 8) + "."
	}
	return r
}
