package bot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/briefbot/briefbot/briefings"
)

// Publishing a draft: it becomes a briefing file in the curated format,
// with the speakers and topics it adds as new_speakers and new_topics, and
// goes through Publish, the same path and the same checks as briefbot
// publish.

// The front matter of a published draft. The field names are the curated
// format's (docs/curating.md). pubSpeaker and pubPoint have DraftSpeaker's
// and DraftPoint's fields, with the file's names, so that BriefingText
// converts one to the other and a field added to either stops the build.
type (
	pubFile struct {
		ID          string       `yaml:"id"`
		Title       string       `yaml:"title"`
		Date        yamlDate     `yaml:"date"`
		Topics      []string     `yaml:"topics,flow"`
		NewSpeakers []pubSpeaker `yaml:"new_speakers,omitempty"`
		NewTopics   []pubTopic   `yaml:"new_topics,omitempty"`
		KeyPoints   []pubPoint   `yaml:"key_points,omitempty"`
		Quotes      []pubQuote   `yaml:"quotes,omitempty"`
		Sources     []pubSource  `yaml:"sources"`
	}
	pubSpeaker struct {
		Name    string   `yaml:"name"`
		Role    string   `yaml:"role,omitempty"`
		Kind    string   `yaml:"kind,omitempty"`
		Aliases []string `yaml:"aliases,omitempty,flow"`
	}
	pubTopic struct {
		Name string `yaml:"name"`
		ID   string `yaml:"id"`
	}
	pubPoint struct {
		Text    string `yaml:"text"`
		Speaker string `yaml:"speaker,omitempty"`
	}
	pubQuote struct {
		Speaker string   `yaml:"speaker"`
		Text    string   `yaml:"text"`
		Said    yamlDate `yaml:"said,omitempty"`
	}
	pubSource struct {
		ID        string   `yaml:"id"`
		Title     string   `yaml:"title"`
		Outlet    string   `yaml:"outlet,omitempty"`
		Author    string   `yaml:"author,omitempty"`
		URL       string   `yaml:"url,omitempty"`
		Published yamlDate `yaml:"published,omitempty"`
	}
)

// yamlDate is a YYYY-MM-DD date, written plain (date: 2026-03-02) as
// curators write it, not quoted as a string that looks like a date.
type yamlDate string

func (d yamlDate) MarshalYAML() (any, error) {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: string(d)}, nil
}

func (d yamlDate) IsZero() bool { return d == "" }

// settle fits a draft's additions to the registry as it is now, which may
// have grown since the draft was made: a new speaker or topic the registry
// has meanwhile (by name or id) is the registry's, and a new speaker keeps
// only the aliases nobody else has, since a briefing may add names, never
// take one. Only the new speakers a quote or key point names are kept.
func settle(c *briefings.Catalog, dc DraftContent) DraftContent {
	taken := map[string]bool{}
	var ns []DraftSpeaker
	for _, s := range usedNewSpeakers(dc) {
		if c.SpeakerNamed(s.Name) != nil || taken[briefings.Fold(s.Name)] {
			continue // the registry's now: the quotes' name finds them
		}
		taken[briefings.Fold(s.Name)] = true
		var aliases []string
		for _, a := range s.Aliases {
			if k := briefings.Fold(a); k != "" && !taken[k] && c.SpeakerNamed(a) == nil {
				taken[k] = true
				aliases = append(aliases, a)
			}
		}
		s.Aliases = aliases
		ns = append(ns, s)
	}
	dc.NewSpeakers = ns
	var nts []DraftTopic
	topics := slices.Clone(dc.Topics)
	for _, t := range dc.NewTopics {
		if !slices.Contains(topics, t.ID) {
			continue
		}
		if old := c.TopicNamed(t.Name); old != nil || c.TopicNamed(t.ID) != nil {
			if old != nil && old.ID != t.ID {
				topics[slices.Index(topics, t.ID)] = old.ID
			}
			continue
		}
		nts = append(nts, t)
	}
	dc.Topics, dc.NewTopics = slices.Compact(topics), nts
	return dc
}

// BriefingText is the briefing file a draft publishes as, with the id
// given, against the registry of c: its quotes left out are left out, and
// only the new speakers and topics it still adds are added (see settle).
func BriefingText(c *briefings.Catalog, d Draft, id string) ([]byte, error) {
	dc := settle(c, d.Content)
	f := pubFile{ID: id, Title: dc.Title, Date: yamlDate(dc.Date.Format(briefings.DateLayout)), Topics: dc.Topics}
	if f.Topics == nil {
		f.Topics = []string{}
	}
	for _, s := range dc.NewSpeakers {
		f.NewSpeakers = append(f.NewSpeakers, pubSpeaker(s))
	}
	for _, t := range dc.NewTopics {
		f.NewTopics = append(f.NewTopics, pubTopic{Name: t.Name, ID: t.ID})
	}
	for _, p := range dc.Points {
		f.KeyPoints = append(f.KeyPoints, pubPoint(p))
	}
	for _, q := range dc.Quotes {
		if q.Dropped {
			continue
		}
		pq := pubQuote{Speaker: q.Speaker, Text: q.Text}
		if !q.Said.IsZero() {
			pq.Said = yamlDate(q.Said.Format(briefings.DateLayout))
		}
		f.Quotes = append(f.Quotes, pq)
	}
	src := pubSource{ID: dc.Source.ID, Title: dc.Source.Title, Outlet: dc.Source.Outlet, Author: dc.Source.Author, URL: dc.Source.URL}
	if src.ID == "" {
		src.ID = "article"
	}
	if src.Title == "" {
		src.Title = dc.Title
	}
	if src.Outlet == "" && src.URL == "" {
		src.URL = d.URL
	}
	if !dc.Source.Published.IsZero() {
		src.Published = yamlDate(dc.Source.Published.Format(briefings.DateLayout))
	}
	f.Sources = []pubSource{src}
	ids := map[string]bool{src.ID: true}
	for i, more := range dc.Sources {
		ps := pubSource{ID: more.ID, Title: more.Title, Outlet: more.Outlet, Author: more.Author, URL: more.URL}
		if ps.ID == "" || ids[ps.ID] {
			ps.ID = fmt.Sprintf("%s-%d", src.ID, i+2)
		}
		ids[ps.ID] = true
		if ps.Title == "" {
			ps.Title = dc.Title
		}
		if !more.Published.IsZero() {
			ps.Published = yamlDate(more.Published.Format(briefings.DateLayout))
		}
		f.Sources = append(f.Sources, ps)
	}

	var b bytes.Buffer
	b.WriteString("---\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(f); err != nil {
		return nil, fmt.Errorf("draft %d: %w", d.ID, err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("draft %d: %w", d.ID, err)
	}
	b.WriteString("---\n")
	b.WriteString(strings.TrimSpace(dc.Summary))
	b.WriteString("\n")
	return b.Bytes(), nil
}

// notReady lists what must be settled before a draft can be published,
// each with the button that settles it.
func notReady(d Draft) (Reply, bool) {
	dc := d.Content
	r := Reply{Kind: Usage, Title: "Not ready to publish"}
	var why []string
	first := -1
	unknown := 0
	for i, q := range dc.Quotes {
		if !q.Dropped && q.Speaker == UnknownSpeaker {
			unknown++
			if first < 0 {
				first = i
			}
		}
	}
	if unknown > 0 {
		why = append(why, fmt.Sprintf("%s no speaker: name who said %s, or leave %s out.", countWord(unknown, "quote has", "quotes have"),
			pick(unknown == 1, "it", "each"), pick(unknown == 1, "it", "them")))
		label := "Speakers"
		if pages(d) > 1 {
			label = fmt.Sprintf("Speakers %d–%d", first/quotesPerForm*quotesPerForm+1, min(len(dc.Quotes), (first/quotesPerForm+1)*quotesPerForm))
		}
		r.Actions = append(r.Actions, Action{Label: label, Do: doID("speakers", d.ID, d.Version, first/quotesPerForm+1)})
	}
	missing := []string{}
	if strings.TrimSpace(dc.Title) == "" {
		missing = append(missing, "a title")
	}
	if len(dc.Topics) == 0 {
		missing = append(missing, "a topic")
	}
	if strings.TrimSpace(dc.Summary) == "" {
		missing = append(missing, "a summary")
	}
	if len(missing) > 0 {
		why = append(why, "It needs "+strings.Join(missing, " and ")+": add "+pick(len(missing) == 1, "it", "them")+" with Edit.")
		r.Actions = append(r.Actions, Action{Label: "Edit", Do: doID("edit", d.ID, d.Version)})
	}
	if len(why) == 0 {
		return Reply{}, true
	}
	r.Text = strings.Join(why, " ")
	r.Note = "Nothing was published."
	return r, false
}

// validatorSource is what serves the catalog and knows the curated files
// (*briefings.Library), so a publish is checked as briefbot publish checks
// it.
type validatorSource interface {
	Validator() *briefings.Validator
}

func (b *Bot) validator() *briefings.Validator {
	var v *briefings.Validator
	if vs, ok := b.catalog.(validatorSource); ok {
		v = vs.Validator()
	} else {
		c := b.catalog.Catalog()
		v, _ = briefings.NewValidator(nil, c.Speakers(), c.Topics())
	}
	v.Now = b.now
	return v
}

// briefingFile picks the id a draft publishes as, and writes the file: the
// id chosen when it was drafted or, when a curated file or another
// briefing in the store has it, the first of id-2, id-3, … that is free. A
// briefing in the store with this very text (a publish cut short) is this
// draft's own.
func (b *Bot) briefingFile(ctx context.Context, c *briefings.Catalog, v *briefings.Validator, d Draft) (string, []byte, error) {
	base := d.Briefing
	if base == "" {
		base = d.Content.Date.Format(briefings.DateLayout) + "-" + briefings.Slug(clip(d.Content.Title, 60))
	}
	ids := []string{base}
	for i := 2; i <= 20; i++ {
		ids = append(ids, base+"-"+strconv.Itoa(i))
	}
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	held, err := b.Content.Current(sctx, ids)
	if err != nil {
		return "", nil, err
	}
	for _, id := range ids {
		if v.FileHolding(id) != "" {
			continue
		}
		text, err := BriefingText(c, d, id)
		if err != nil {
			return "", nil, err
		}
		if h, ok := held[id]; ok && h.Key != briefings.ContentKey(text) {
			continue
		}
		return id, text, nil
	}
	return "", nil, fmt.Errorf("no free id from %s to %s", ids[0], ids[len(ids)-1])
}

// publishDraft publishes an open draft. The draft is marked published
// first, with a version check, so that of two clicks (on two replicas)
// one publishes and the other is told; if publishing then fails, the
// draft is opened again.
func (b *Bot) publishDraft(ctx context.Context, c *briefings.Catalog, req Request, d Draft) Effect {
	log := b.logger().With("request_id", req.ID, "draft", d.ID)
	if r, ok := notReady(d); !ok {
		return notice(r)
	}
	v := b.validator()
	id, text, err := b.briefingFile(ctx, c, v, d)
	if err != nil {
		log.Error("choosing the briefing's id", "err", err)
		return notice(storeFailed())
	}
	file := briefings.File{Name: id + ".md", Text: text}
	if _, ps := v.Check([]briefings.File{file}, nil); ps.Err() != nil {
		return notice(doesNotPass(ps.Errors()))
	}

	who, now := Actor(req.Platform, req.Workspace, req.User), b.now()
	claim := d
	claim.State, claim.Briefing, claim.Published = DraftPublished, id, 0
	claim.ChangedBy, claim.ChangedByName, claim.Changed = who, req.UserName, now
	claimed, err := b.update(ctx, claim)
	var ce *DraftConflictError
	switch {
	case errors.As(err, &ce):
		return b.staleEffect(c, ce.Current, req)
	case err != nil:
		log.Error("claiming a draft to publish it", "err", err)
		return notice(storeFailed())
	}

	pctx, cancel := storeCtx(ctx, b.StoreTimeout)
	outs, err := Publish(pctx, b.Content, v, PublishRequest{Files: []briefings.File{file}, By: who, At: now})
	cancel()
	if err != nil {
		log.Warn("publishing a draft", "briefing", id, "err", err)
		n := publishRefused(err)
		reopen := claimed
		reopen.State = DraftOpen
		reopen.Changed = b.now()
		if back, rerr := b.update(context.WithoutCancel(ctx), reopen); rerr == nil {
			card := b.card(c, back)
			return Effect{Card: &card, Notice: &n}
		} else {
			log.Error("opening a draft again after its publish failed", "err", rerr)
		}
		return Effect{Notice: &n}
	}
	b.synced(ctx)
	done := claimed
	done.Published = outs[0].Version
	saved, err := b.update(context.WithoutCancel(ctx), done)
	if err != nil {
		log.Error("recording a published draft's version", "briefing", id, "err", err)
		saved = done
		saved.Version++
	}
	b.event("published")
	log.Info("draft published", "briefing", id, "version", outs[0].Version, "unchanged", outs[0].Unchanged)
	card := b.card(b.catalog.Catalog(), saved)
	return Effect{Card: &card}
}

// doesNotPass answers a draft whose file the checks refuse: what lint says,
// without the file's lines (the curator never saw the file).
func doesNotPass(ps briefings.Problems) Reply {
	r := Reply{Kind: Usage, Title: "Not published: the briefing does not pass the checks", Note: "Nothing was published. Fix it with Edit or Speakers, and publish again."}
	sec := Section{Title: "To fix"}
	for _, p := range ps {
		sec.Items = append(sec.Items, Item{Text: capitalise(p.Msg)})
	}
	r.Sections = []Section{sec}
	return r
}

// publishRefused says why Publish refused a draft's briefing.
func publishRefused(err error) Reply {
	var (
		corpus *briefings.CorpusError
		cf     *ConflictError
		rc     *RegistryConflictError
	)
	switch {
	case errors.As(err, &corpus):
		return doesNotPass(corpus.Problems)
	case errors.As(err, &cf):
		return Reply{Kind: Refused, Title: "Not published", Text: capitalise(cf.Error()) + ".", Note: "Nothing was published; the draft is open again. Publish again to try the next free id."}
	case errors.As(err, &rc):
		return Reply{Kind: Refused, Title: "Not published", Text: capitalise(rc.Error()) + ". A briefing may add speakers and topics, never rename or merge one: in Speakers, name the one the registry has, or give yours another name.",
			Note: "Nothing was published; the draft is open again."}
	}
	return storeFailed()
}
