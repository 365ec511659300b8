package bot

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefings"
)

// The forms a draft is edited with, and what their values do. The main
// form holds the parts a curator writes (title, date, topics, summary, key
// points: five fields, Discord's most); each page of speakers names up to
// five quotes' speakers. Quote text is never a field: a quote stays the
// article's exact words.

// fieldMax is the most a field takes.
func fieldMax(f Field) int {
	if f.MaxLen > 0 {
		return f.MaxLen
	}
	return MaxFieldValue
}

// editForm is the main form, filled with the draft as it stands.
func editForm(c *briefings.Catalog, d Draft) *Form {
	dc := d.Content
	topics := make([]string, 0, len(dc.Topics))
	for _, id := range dc.Topics {
		name, isNew := draftTopicName(c, dc, id)
		if isNew {
			name = "+" + name // as the curator types a new topic
		}
		topics = append(topics, name)
	}
	points := make([]string, len(dc.Points))
	for i, p := range dc.Points {
		points[i] = p.Text
	}
	return &Form{
		ID:     doID("edit", d.ID, d.Version),
		Title:  "Edit the draft",
		Submit: "Save",
		Fields: []Field{
			{Name: "title", Label: "Title", Value: dc.Title, Required: true, MaxLen: maxTitle},
			{Name: "date", Label: "Date of the news (YYYY-MM-DD)", Value: dc.Date.Format(briefings.DateLayout), Required: true, MaxLen: 10, Placeholder: "2026-03-02"},
			{Name: "topics", Label: "Topics, separated by commas", Value: strings.Join(topics, ", "), Required: true, MaxLen: 500,
				Placeholder: "ukraine, nato (+Name adds a new topic)"},
			{Name: "summary", Label: "Summary, in your own words", Value: dc.Summary, Multiline: true, Required: true},
			{Name: "points", Label: "Key points, one per line", Value: strings.Join(points, "\n"), Multiline: true},
		},
	}
}

// pages is how many speakers forms a draft's quotes need.
func pages(d Draft) int { return (len(d.Content.Quotes) + quotesPerForm - 1) / quotesPerForm }

// speakersForm is page p (from 1) of the speakers forms, or nil when the
// draft has no such page.
func speakersForm(c *briefings.Catalog, d Draft, p int) *Form {
	qs := d.Content.Quotes
	start := (p - 1) * quotesPerForm
	if p < 1 || start >= len(qs) {
		return nil
	}
	title := "Who said it"
	if n := pages(d); n > 1 {
		title = fmt.Sprintf("Who said it (%d of %d)", p, n)
	}
	f := &Form{ID: doID("speakers", d.ID, d.Version, p), Title: title, Submit: "Save"}
	for i := start; i < min(len(qs), start+quotesPerForm); i++ {
		q := qs[i]
		v := q.Speaker
		switch {
		case q.Dropped:
			v = "-"
		case q.Speaker != UnknownSpeaker:
			if s := c.SpeakerNamed(q.Speaker); s != nil {
				v = s.Name
			}
		}
		f.Fields = append(f.Fields, Field{
			Name:        "q" + strconv.Itoa(i+1),
			Label:       fmt.Sprintf("Quote %d: who said it", i+1),
			Context:     "“" + clip(q.Text, maxQuoteContext) + "”",
			Placeholder: "A name, +Name for someone new, - to leave it out",
			Value:       v,
			MaxLen:      maxSpeakerName + 1,
		})
	}
	return f
}

// applyEdit checks the main form's values and returns the draft they make,
// or the errors by field. A field the values lack is left as it was.
func applyEdit(c *briefings.Catalog, d Draft, values map[string]string) (Draft, map[string]string) {
	dc := d.Content
	errs := map[string]string{}
	if v, ok := values["title"]; ok {
		v = oneLine(v)
		switch n := utf8.RuneCountInString(v); {
		case v == "":
			errs["title"] = "Give the briefing a title."
		case n > maxTitle:
			errs["title"] = fmt.Sprintf("Keep it to %d characters; it has %d.", maxTitle, n)
		default:
			dc.Title = v
		}
	}
	if v, ok := values["date"]; ok {
		t, err := time.Parse(briefings.DateLayout, strings.TrimSpace(v))
		switch {
		case err != nil:
			errs["date"] = "Write the date as YYYY-MM-DD, for example 2026-03-02."
		case !t.Equal(dc.Date):
			// Quotes dated by the draft's date (none of their own) move
			// with it.
			qs := slices.Clone(dc.Quotes)
			for i := range qs {
				if qs[i].Said.Equal(dc.Date) {
					qs[i].Said = t
				}
			}
			dc.Quotes, dc.Date, dc.DateFrom = qs, t, "a curator"
		}
	}
	if v, ok := values["topics"]; ok {
		ids, added, msg := parseTopics(c, dc, v)
		if msg != "" {
			errs["topics"] = msg
		} else {
			dc.Topics, dc.NewTopics = ids, added
		}
	}
	if v, ok := values["summary"]; ok {
		v = paragraphs(v)
		switch n := utf8.RuneCountInString(v); {
		case v == "":
			errs["summary"] = "Write a summary: a paragraph or two in your own words."
		case n > MaxFieldValue:
			errs["summary"] = fmt.Sprintf("Keep it to %d characters; it has %d.", MaxFieldValue, n)
		default:
			dc.Summary = v
		}
	}
	if v, ok := values["points"]; ok {
		ps, msg := parsePoints(dc.Points, v)
		if msg != "" {
			errs["points"] = msg
		} else {
			dc.Points = ps
		}
	}
	if len(errs) > 0 {
		return d, errs
	}
	d.Content = dc
	return d, nil
}

// paragraphs tidies a summary: lines trimmed, paragraphs separated by one
// blank line.
func paragraphs(v string) string {
	v = strings.ReplaceAll(v, "\r\n", "\n")
	var paras []string
	for _, p := range strings.Split(v, "\n\n") {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			paras = append(paras, strings.Join(lines, "\n"))
		}
	}
	return strings.Join(paras, "\n\n")
}

// parseTopics reads the topics field: registry topics by any of their
// names (forgiving small typos), and +Name for a new one.
func parseTopics(c *briefings.Catalog, dc DraftContent, v string) (ids []string, added []DraftTopic, msg string) {
	var bad []string
	add := func(id string) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, p := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
		p = oneLine(p)
		if p == "" {
			continue
		}
		if name, ok := strings.CutPrefix(p, "+"); ok {
			name = strings.TrimSpace(name)
			if t := c.TopicNamed(name); t != nil {
				add(t.ID)
				continue
			}
			id := briefings.Slug(name)
			switch {
			case id == "" || !strings.ContainsFunc(name, unicode.IsLetter):
				bad = append(bad, fmt.Sprintf("“%s” needs a name after the +", p))
				continue
			case utf8.RuneCountInString(name) > maxTopicName:
				bad = append(bad, fmt.Sprintf("a topic's name may have up to %d characters", maxTopicName))
				continue
			case c.TopicNamed(id) != nil:
				bad = append(bad, fmt.Sprintf("the new topic %q would have the id %q, which %s has; choose another name", name, id, c.TopicNamed(id).Name))
				continue
			}
			if !slices.ContainsFunc(added, func(t DraftTopic) bool { return t.ID == id }) {
				added = append(added, DraftTopic{ID: id, Name: name})
			}
			add(id)
			continue
		}
		if i := slices.IndexFunc(dc.NewTopics, func(t DraftTopic) bool {
			return briefings.Fold(t.Name) == briefings.Fold(p) || t.ID == briefings.Slug(p)
		}); i >= 0 {
			if !slices.ContainsFunc(added, func(t DraftTopic) bool { return t.ID == dc.NewTopics[i].ID }) {
				added = append(added, dc.NewTopics[i])
			}
			add(dc.NewTopics[i].ID)
			continue
		}
		t, err := c.Topic(p)
		if err != nil {
			bad = append(bad, notKnown(err, p, "topic"))
			continue
		}
		add(t.ID)
	}
	switch {
	case len(bad) > 0:
		return nil, nil, capitalise(strings.Join(bad, "; ")) + "."
	case len(ids) == 0:
		return nil, nil, "Name at least one topic, for example " + topicList(c, 3) + "; +Name adds a new one."
	case len(ids) > maxDraftTopics:
		return nil, nil, fmt.Sprintf("At most %d topics; you named %d.", maxDraftTopics, len(ids))
	}
	return ids, added, ""
}

// notKnown says that name is not a topic or speaker, with the closest
// ones, and how to add it.
func notKnown(err error, name, kind string) string {
	s := fmt.Sprintf("“%s” is not a %s I know", name, kind)
	var nf *briefings.NotFoundError
	if errors.As(err, &nf) && len(nf.Suggestions) > 0 {
		s += " (did you mean " + joinOr(nf.Suggestions) + "?)"
	}
	return s + fmt.Sprintf("; to add a new %s, write +%s", kind, name)
}

// parsePoints reads the key points, one per line; a point kept as it was
// keeps its speaker.
func parsePoints(old []DraftPoint, v string) ([]DraftPoint, string) {
	var out []DraftPoint
	for _, l := range strings.Split(strings.ReplaceAll(v, "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(l)
		for _, bullet := range []string{"- ", "• ", "* "} {
			l = strings.TrimPrefix(l, bullet)
		}
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if n := utf8.RuneCountInString(l); n > maxPoint {
			return nil, fmt.Sprintf("Key point %d has %d characters; keep each to %d.", len(out)+1, n, maxPoint)
		}
		p := DraftPoint{Text: l}
		for _, o := range old {
			if briefings.Fold(o.Text) == briefings.Fold(l) {
				p.Speaker = o.Speaker
				break
			}
		}
		out = append(out, p)
	}
	if len(out) > maxDraftPoints {
		return nil, fmt.Sprintf("At most %d key points; you wrote %d.", maxDraftPoints, len(out))
	}
	return out, ""
}

// applySpeakers checks a page of speakers and returns the draft they make,
// or the errors by field.
func applySpeakers(c *briefings.Catalog, d Draft, p int, values map[string]string) (Draft, map[string]string) {
	dc := d.Content
	qs := slices.Clone(dc.Quotes)
	news := slices.Clone(dc.NewSpeakers)
	errs := map[string]string{}
	start := (p - 1) * quotesPerForm
	for i := start; i < min(len(qs), start+quotesPerForm); i++ {
		name := "q" + strconv.Itoa(i+1)
		v, ok := values[name]
		if !ok {
			continue
		}
		v = oneLine(v)
		q := &qs[i]
		switch {
		case v == "" || v == "-":
			q.Dropped = true
			continue
		case briefings.Fold(v) == UnknownSpeaker:
			q.Dropped = false
			q.Speaker = UnknownSpeaker
			continue
		}
		speaker, msg := resolveSpeaker(c, &news, v)
		if msg != "" {
			errs[name] = msg
			continue
		}
		if speaker != q.Speaker {
			q.Speaker, q.Check = speaker, "" // the curator named them: nothing left to check
		}
		q.Dropped = false
	}
	if len(errs) > 0 {
		return d, errs
	}
	dc.Quotes, dc.NewSpeakers = qs, news
	d.Content = dc
	return d, nil
}

// resolveSpeaker reads a speaker's name: a new speaker of the draft, a
// registry speaker by any of their names (forgiving small typos), or +Name
// for someone new, whom it adds to news.
func resolveSpeaker(c *briefings.Catalog, news *[]DraftSpeaker, v string) (string, string) {
	plus := strings.HasPrefix(v, "+")
	name := strings.TrimSpace(strings.TrimPrefix(v, "+"))
	if utf8.RuneCountInString(name) > maxSpeakerName {
		return "", fmt.Sprintf("A name may have up to %d characters.", maxSpeakerName)
	}
	if !strings.ContainsFunc(name, unicode.IsLetter) {
		return "", "Write a name, +Name for someone new, or - to leave the quote out."
	}
	for _, s := range *news {
		for _, n := range append([]string{s.Name}, s.Aliases...) {
			if briefings.Fold(n) == briefings.Fold(name) {
				return s.Name, ""
			}
		}
	}
	if s := c.SpeakerNamed(name); s != nil {
		return s.Name, ""
	}
	if plus {
		*news = append(*news, DraftSpeaker{Name: name, Kind: "person"})
		return name, ""
	}
	s, err := c.Speaker(name)
	if err != nil {
		return "", capitalise(notKnown(err, name, "speaker")) + "."
	}
	return s.Name, ""
}
