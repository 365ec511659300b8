package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// The review card: a draft shown as it would be posted, with what it
// would add and what to check, who drafted it, and the buttons that act
// on it (their Do carries the draft's id and version, so a click on an
// old card is known for one).

// card renders a draft as its review card.
func (b *Bot) card(c *briefings.Catalog, d Draft) Reply {
	dc := d.Content
	if d.State == DraftOpen {
		dc = settle(c, dc)
	}
	r := Reply{Kind: Answer, Title: dc.Title, AsOf: dc.Date}
	if r.Title == "" {
		r.Title = "Draft " + fmt.Sprint(d.ID)
	}
	src := dc.Source.reply()
	if src.Title != "" || src.URL != "" {
		r.Sources = []Source{src}
	}
	for _, more := range dc.Sources {
		r.Sources = append(r.Sources, more.reply())
	}
	if d.State == DraftDiscarded || d.State == DraftExpired {
		r.AsOf = time.Time{}
		r.Text = b.closedLine(d) + " Nothing was published."
		r.Note = b.draftedLine(d)
		return r
	}
	r.Text = dc.Summary
	r.Sections = append(r.Sections, Section{Title: "Topics", Items: []Item{{Text: draftTopicNames(c, dc)}}})
	if len(dc.Points) > 0 {
		sec := Section{Title: "Key points"}
		for _, p := range dc.Points {
			sec.Items = append(sec.Items, Item{Text: p.Text, By: p.Speaker})
		}
		r.Sections = append(r.Sections, sec)
	}
	if ns := dc.NewSpeakers; len(ns) > 0 && d.State == DraftOpen {
		sec := Section{Title: "New speakers it adds"}
		for _, s := range ns {
			it := Item{Text: s.Name, Detail: s.Role}
			if len(s.Aliases) > 0 {
				it.Detail = strings.TrimPrefix(it.Detail+"; also called "+strings.Join(s.Aliases, ", "), "; ")
			}
			sec.Items = append(sec.Items, it)
		}
		r.Sections = append(r.Sections, sec)
	}
	for i, q := range dc.Quotes {
		if q.Dropped {
			continue
		}
		rq := Quote{ID: fmt.Sprintf("q%d", i+1), Speaker: q.Speaker, Text: q.Text, Said: q.Said, Source: &src}
		if s := c.SpeakerNamed(q.Speaker); s != nil {
			rq.Speaker, rq.Role = s.Name, s.Role
		}
		switch {
		case q.Speaker == UnknownSpeaker:
			rq.Speaker = "⚠ speaker not found"
			why := ""
			if rest, ok := strings.CutPrefix(q.Check, "no speaker found: "); ok {
				why = " (" + rest + ")"
			}
			rq.Context = fmt.Sprintf("Quote %d has no speaker%s: name who said it with Speakers, or leave it out; it cannot be published without one.", i+1, why)
		case q.Check != "":
			rq.Context = fmt.Sprintf("Quote %d: check who said it (%s).", i+1, strings.TrimSuffix(q.Check, "."))
		}
		r.Quotes = append(r.Quotes, rq)
	}
	if check := b.toCheck(d); len(check) > 0 {
		sec := Section{Title: "To check"}
		for _, s := range check {
			sec.Items = append(sec.Items, Item{Text: s})
		}
		r.Sections = append(r.Sections, sec)
	}
	r.Note = b.draftedLine(d)
	if d.State == DraftPublished {
		r.Note = b.closedLine(d) + " " + r.Note
		if len(dc.Topics) > 0 {
			if t := c.TopicNamed(dc.Topics[0]); t != nil {
				r.Actions = append(r.Actions, Action{Label: "Status of " + t.Name, Command: "/status " + t.ID})
			}
		}
		return r
	}
	r.Actions = b.cardActions(d)
	return r
}

// cardActions are an open draft's buttons.
func (b *Bot) cardActions(d Draft) []Action {
	v := d.Version
	acts := []Action{
		{Label: "Publish", Do: doID("publish", d.ID, v), Style: Primary, Confirm: &Confirm{
			Title: "Publish this briefing?",
			Text:  "It goes into answers and daily posts at once, and any new speakers and topics join the registry. A published briefing can be retracted, not unpublished.",
			Yes:   "Publish", No: "Not yet",
		}},
		{Label: "Edit", Do: doID("edit", d.ID, v)},
	}
	n := len(d.Content.Quotes)
	for p := 0; p*quotesPerForm < n; p++ {
		label := "Speakers"
		if n > quotesPerForm {
			label = fmt.Sprintf("Speakers %d–%d", p*quotesPerForm+1, min(n, (p+1)*quotesPerForm))
		}
		acts = append(acts, Action{Label: label, Do: doID("speakers", d.ID, v, p+1)})
	}
	acts = append(acts, Action{Label: "Discard", Do: doID("discard", d.ID, v), Style: Danger, Confirm: &Confirm{
		Title: "Discard this draft?",
		Text:  "Nothing of it is published, and nobody can publish it afterwards; drafting the link again starts over.",
		Yes:   "Discard", No: "Keep it",
	}})
	return acts
}

// toCheck lists what the curator must or should look at before publishing.
func (b *Bot) toCheck(d Draft) []string {
	if d.State != DraftOpen {
		return nil
	}
	dc := d.Content
	var out []string
	unknown, dropped := 0, 0
	for _, q := range dc.Quotes {
		switch {
		case q.Dropped:
			dropped++
		case q.Speaker == UnknownSpeaker:
			unknown++
		}
	}
	if unknown > 0 {
		out = append(out, fmt.Sprintf("%s no speaker: name %s with Speakers, or leave %s out. Publish waits until then.",
			countWord(unknown, "quote has", "quotes have"), pick(unknown == 1, "it", "them"), pick(unknown == 1, "it", "them")))
	}
	if len(dc.Topics) == 0 {
		out = append(out, "No topic yet: add one with Edit (a + before a name adds a new topic). Publish waits until then.")
	}
	if strings.TrimSpace(dc.Summary) == "" {
		out = append(out, "No summary yet: write one with Edit. Publish waits until then.")
	}
	if dropped > 0 {
		out = append(out, fmt.Sprintf("%s left out; Speakers brings %s back.", countWord(dropped, "quote is", "quotes are"), pick(dropped == 1, "it", "them")))
	}
	if dc.DateFrom == "" {
		out = append(out, "The article gives no date: "+dc.Date.Format(DateFormat)+" stands in. Correct it with Edit.")
	} else {
		out = append(out, "Date from "+dc.DateFrom+".")
	}
	for _, n := range dc.Notes {
		if strings.Contains(n, "gives no date") {
			continue // said above
		}
		out = append(out, capitalise(strings.TrimSuffix(n, "."))+".")
	}
	return out
}

// draftedLine says who drafted the draft, when, from which link.
func (b *Bot) draftedLine(d Draft) string {
	s := fmt.Sprintf("Drafted by %s %s from %s.", person(d.ByName, d.By), b.when(d.At), d.URL)
	if d.State == DraftOpen && d.Changed.After(d.At) && d.Version > 1 {
		s += fmt.Sprintf(" Last changed by %s %s.", person(d.ChangedByName, d.ChangedBy), b.when(d.Changed))
	}
	return s
}

// closedLine says who closed the draft, how and when.
func (b *Bot) closedLine(d Draft) string {
	who, when := person(d.ChangedByName, d.ChangedBy), b.when(d.Changed)
	switch d.State {
	case DraftPublished:
		if d.Published == 0 {
			return fmt.Sprintf("Being published by %s (%s).", who, when)
		}
		return fmt.Sprintf("Published by %s %s, as %s (version %d).", who, when, d.Briefing, d.Published)
	case DraftDiscarded:
		return fmt.Sprintf("Discarded by %s %s.", who, when)
	case DraftExpired:
		return fmt.Sprintf("Discarded %s: nobody had changed it for %d days.", when, DraftTTLDays)
	}
	return ""
}

// when writes a moment for a card: "at 09:12 UTC on 2 Mar 2026", in the
// bot's default time zone.
func (b *Bot) when(t time.Time) string {
	loc := b.DefaultTZ
	if loc == nil {
		loc = time.UTC
	}
	t = t.In(loc)
	return "at " + t.Format("15:04 MST") + " on " + t.Format(ShortDateFormat)
}

// person names who did something: their name when the platform gave it,
// else their user id (the actor without platform and workspace).
func person(name, actor string) string {
	if name != "" {
		return name
	}
	if i := strings.LastIndexAny(actor, ":/"); i >= 0 {
		return actor[i+1:]
	}
	return actor
}

// draftTopicNames lists a draft's topics by name, marking the new ones.
func draftTopicNames(c *briefings.Catalog, dc DraftContent) string {
	if len(dc.Topics) == 0 {
		return "none yet"
	}
	names := make([]string, 0, len(dc.Topics))
	for _, id := range dc.Topics {
		name, isNew := draftTopicName(c, dc, id)
		if isNew {
			name += " (new)"
		}
		names = append(names, name)
	}
	return strings.Join(names, " · ")
}

// draftTopicName names one of a draft's topics, for the card and the edit
// form alike: a topic the draft would add by the name the draft gives it,
// else by the registry's name, else by its id.
func draftTopicName(c *briefings.Catalog, dc DraftContent, id string) (name string, isNew bool) {
	name = id
	if t := c.TopicNamed(id); t != nil {
		name = t.Name
	}
	for _, nt := range dc.NewTopics {
		if nt.ID == id {
			name, isNew = nt.Name, true
		}
	}
	return name, isNew
}

// usedNewSpeakers are the new speakers a quote or key point still names.
func usedNewSpeakers(dc DraftContent) []DraftSpeaker {
	used := map[string]bool{}
	for _, q := range dc.Quotes {
		if !q.Dropped {
			used[briefings.Fold(q.Speaker)] = true
		}
	}
	for _, p := range dc.Points {
		used[briefings.Fold(p.Speaker)] = true
	}
	var out []DraftSpeaker
	for _, s := range dc.NewSpeakers {
		for _, n := range append([]string{s.Name}, s.Aliases...) {
			if used[briefings.Fold(n)] {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

func (s DraftSource) reply() Source {
	return Source{Title: s.Title, Outlet: s.Outlet, Author: s.Author, URL: s.URL, Published: s.Published}
}

func countWord(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
