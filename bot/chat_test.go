package bot_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/golden"
)

// draftID is the id of the draft a card's buttons act on.
func draftID(t *testing.T, card bot.Reply) int64 {
	t.Helper()
	var id int64
	var v int
	if _, err := fmt.Sscanf(strings.ReplaceAll(do(card, "Publish"), ":", " "), "publish %d %d", &id, &v); err != nil {
		t.Fatalf("no Publish button on the card: %v", err)
	}
	return id
}

func (c *chat) stored(id int64) bot.Draft {
	c.t.Helper()
	d, err := c.store.Draft(c.t.Context(), id)
	if err != nil {
		c.t.Fatal(err)
	}
	return d
}

// TestDraftReviewPublish is a curator's whole path: /draft of a link shows
// the review card; Publish (after its confirmation) publishes it through
// the store, /quote shows the new speaker's quote at once, the card says
// who published it and has no buttons left, and a second click publishes
// nothing more.
func TestDraftReviewPublish(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	card := c.draft(ana, "01-grain-corridor.txt")
	got := text(card)
	for _, want := range []string{
		"Grain corridor talks stall as Valdor and Kesh trade blame", // the title
		"Diplomacy · Trade", // the topics, by name
		"“They want to check our ships and keep the keys to the port” Daran Osei",
		"New speakers it adds", "Daran Osei Keshi chief negotiator",
		"Drafted by Ana at 09:00 UTC on 2 Mar 2026 from https://news.example/01-grain-corridor.txt.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the card lacks %q:\n%s", want, got)
		}
	}
	if want := []string{"Publish", "Edit", "Speakers 1–5", "Speakers 6–9", "Discard"}; !slices.Equal(dos(card), want) {
		t.Errorf("buttons %v, want %v", dos(card), want)
	}
	for _, a := range card.Actions {
		switch a.Label {
		case "Publish":
			if a.Style != bot.Primary || a.Confirm == nil || a.Confirm.Yes != "Publish" {
				t.Errorf("Publish is %+v; want a primary button that asks first", a)
			}
		case "Discard":
			if a.Style != bot.Danger || a.Confirm == nil {
				t.Errorf("Discard is %+v; want a danger button that asks first", a)
			}
		}
		if len(a.Do) > 100 {
			t.Errorf("%s's Do is %d characters, over the platforms' 100", a.Label, len(a.Do))
		}
	}
	if card.Public {
		t.Error("the card is shown to the channel; it is the curator's")
	}
	if got := c.ask(eve, "/quote osei"); got.Kind != bot.NotFound {
		t.Fatalf("before publishing, /quote osei: %s", text(got))
	}

	e := c.act(ana, do(card, "Publish"))
	if e.Card == nil || e.Notice != nil || e.Form != nil {
		t.Fatalf("Publish: %+v", e)
	}
	pub := text(*e.Card)
	if !strings.Contains(pub, "Published by Ana at 09:00 UTC on 2 Mar 2026, as 2025-03-14-grain-corridor-talks-stall-as-valdor-and-kesh (version 1).") {
		t.Errorf("the card after publishing:\n%s", pub)
	}
	if len(dos(*e.Card)) != 0 {
		t.Errorf("a published card still has buttons %v", dos(*e.Card))
	}
	quotes := c.ask(eve, "/quote osei")
	if !strings.Contains(text(quotes), "“They want to check our ships and keep the keys to the port” Daran Osei") {
		t.Fatalf("after publishing, /quote osei:\n%s", text(quotes))
	}
	vs := c.published("2025-03-14-grain-corridor-talks-stall-as-valdor-and-kesh")
	if len(vs) != 1 || vs[0].By != "slack:T1/U1" || !vs[0].At.Equal(t0Chat) {
		t.Fatalf("history %+v; want one version by slack:T1/U1 at %s", vs, t0Chat)
	}

	again := c.act(bo, do(card, "Publish"))
	if again.Card == nil || again.Notice == nil || again.Notice.Kind != bot.Refused ||
		!strings.Contains(again.Notice.Text, "Published by Ana") || !strings.Contains(again.Notice.Text, "It was not published again.") {
		t.Fatalf("a second Publish: %+v", again)
	}
	if len(dos(*again.Card)) != 0 {
		t.Errorf("the card shown after a second click has buttons %v", dos(*again.Card))
	}
	if n := len(c.published("2025-03-14-grain-corridor-talks-stall-as-valdor-and-kesh")); n != 1 {
		t.Errorf("%d versions after a second click, want 1", n)
	}
	if got := c.drafted(); !slices.Equal(got, []string{"drafted", "published"}) {
		t.Errorf("events %v", got)
	}
}

// TestPublishedTextPassesLint drafts and publishes every article of the
// ingest test set (leaving out quotes with no speaker found): each
// publishes, its text passes lint exactly as a file would, and every quote
// it kept is served by /quote.
func TestPublishedTextPassesLint(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	names, err := filepath.Glob(filepath.Join(articles, "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range names {
		name := filepath.Base(path)
		if strings.HasSuffix(name, ".yaml") {
			continue
		}
		n++
		c.clock.Advance(bot.DraftEvery) // within the curator's limit
		card := c.dropUnknown(ana, c.draft(ana, name))
		d := c.stored(draftID(t, card))
		if len(d.Content.Topics) == 0 {
			// The article names no topic of the registry: the curator gives one.
			form := c.act(ana, do(card, "Edit")).Form
			vs := values(form)
			vs["topics"] = "security, +" + strings.TrimSuffix(name, filepath.Ext(name))
			card = *c.submit(ana, form, vs).Card
		}
		e := c.act(ana, do(card, "Publish"))
		if e.Card == nil || e.Notice != nil {
			t.Errorf("%s: Publish: %+v", name, e.Notice)
			continue
		}
		d = c.stored(d.ID)
		vs := c.published(d.Briefing)
		if d.State != bot.DraftPublished || len(vs) != 1 || d.Published != 1 {
			t.Errorf("%s: draft %s, %d versions of %s", name, d.State, len(vs), d.Briefing)
			continue
		}
		reg := c.bot.Catalog().Registry()
		if _, ps := briefings.ParseBriefing(name+".md", []byte(vs[0].Text), reg); len(ps.Errors()) > 0 {
			t.Errorf("%s: the published text does not pass lint: %v\n%s", name, ps, vs[0].Text)
		}
		cat := c.bot.Catalog()
		b := cat.Briefing(d.Briefing)
		kept := 0
		for _, q := range d.Content.Quotes {
			if !q.Dropped {
				kept++
			}
		}
		if b == nil || len(b.Quotes) != kept || b.Title != d.Content.Title {
			t.Errorf("%s: served %+v; want %d quotes", name, b, kept)
		}
	}
	if n < 40 {
		t.Errorf("only %d articles tried", n)
	}
}

// TestNonCuratorChangesNothing: someone who is no curator is refused
// /draft and /drafts, a click on a curator's card (a forged one too) and a
// form they submit, each with a reply saying who may; nothing is fetched,
// stored or published.
func TestNonCuratorChangesNothing(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	r := c.ask(eve, "/draft https://news.example/01-grain-corridor.txt")
	if r.Kind != bot.Refused || !strings.Contains(r.Text, "the people listed in SLACK_CURATORS") {
		t.Errorf("a non-curator's /draft: %s", text(r))
	}
	if n := c.fetch.count(); n != 0 {
		t.Errorf("a refused /draft fetched %d pages", n)
	}
	if r := c.ask(eve, "/drafts"); r.Kind != bot.Refused {
		t.Errorf("a non-curator's /drafts: %s", text(r))
	}
	card := c.draft(ana, "01-grain-corridor.txt")
	id := draftID(t, card)
	edit := c.act(ana, do(card, "Edit")).Form
	for _, d := range []string{do(card, "Publish"), do(card, "Discard"), do(card, "Edit"), fmt.Sprintf("view:%d", id), "retract:1:anything"} {
		e := c.act(eve, d)
		if e.Notice == nil || e.Notice.Kind != bot.Refused || e.Card != nil || e.Form != nil || !strings.Contains(e.Notice.Text, "SLACK_CURATORS") {
			t.Errorf("a non-curator's click on %s: %+v", d, e)
		}
	}
	vs := values(edit)
	vs["title"] = "Eve's title"
	if e := c.submit(eve, edit, vs); e.Notice == nil || e.Notice.Kind != bot.Refused || e.Card != nil {
		t.Errorf("a non-curator's form: %+v", e)
	}
	if d := c.stored(id); d.Version != 1 || d.State != bot.DraftOpen || d.Content.Title == "Eve's title" {
		t.Errorf("after the refusals the draft is %s at version %d, titled %q", d.State, d.Version, d.Content.Title)
	}
	if snap, _ := c.store.Snapshot(t.Context()); len(snap.Versions)+len(snap.Speakers) != 0 {
		t.Errorf("the refusals published %+v", snap)
	}
	// A curator of another workspace clicking this workspace's card finds
	// nothing to act on.
	other := curator("U1", "Ana")
	other.Workspace = "T2"
	if e := c.act(other, do(card, "Publish")); e.Notice == nil || e.Notice.Title != "That draft is gone" || e.Card != nil {
		t.Errorf("a click from another workspace: %+v", e)
	}
	if help := text(c.ask(eve, "/help")); strings.Contains(help, "/draft") {
		t.Errorf("/help offers /draft to someone who may not use it:\n%s", help)
	}
	if help := text(c.ask(ana, "/help")); !strings.Contains(help, "/draft <url>") {
		t.Errorf("/help does not offer /draft to a curator:\n%s", help)
	}
}

// TestStaleClick: a click on a card older than the draft (someone edited it
// since) changes nothing; it shows the card as it now stands and says who
// changed it when. Publishing from the new card publishes their edit.
func TestStaleClick(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	card := c.draft(ana, "01-grain-corridor.txt")
	c.clock.Advance(5 * time.Minute)
	form := c.act(bo, do(card, "Edit")).Form
	vs := values(form)
	vs["title"] = "Grain talks stall"
	e := c.submit(bo, form, vs)
	if e.Card == nil || e.Card.Title != "Grain talks stall" || !strings.Contains(e.Card.Note, "Last changed by Bo at 09:05 UTC") {
		t.Fatalf("Bo's edit: %+v", e)
	}
	newCard := *e.Card
	for _, label := range []string{"Publish", "Discard", "Edit", "Speakers 1"} {
		e := c.act(ana, do(card, label))
		if e.Notice == nil || !strings.Contains(e.Notice.Text, "Bo changed this draft at 09:05 UTC on 2 Mar 2026") || e.Card == nil || e.Card.Title != "Grain talks stall" || e.Form != nil {
			t.Errorf("a stale %s: %+v", label, e)
		}
	}
	// A form opened from the old card, submitted after the edit.
	if e := c.submit(ana, form, values(form)); e.Notice == nil || e.Card == nil || e.Card.Title != "Grain talks stall" {
		t.Errorf("a stale form: %+v", e)
	}
	if snap, _ := c.store.Snapshot(t.Context()); len(snap.Versions) != 0 {
		t.Fatalf("a stale click published %d briefings", len(snap.Versions))
	}
	e = c.act(ana, do(newCard, "Publish"))
	if e.Card == nil || e.Notice != nil {
		t.Fatalf("Publish from the new card: %+v", e)
	}
	d := c.stored(draftID(t, card))
	if vs := c.published(d.Briefing); len(vs) != 1 || !strings.Contains(vs[0].Text, "title: Grain talks stall\n") {
		t.Errorf("published %+v", vs)
	}
}

// TestConcurrentPublishOnce: two curators click Publish on the same card at
// once: one publishes, the other is told, and the store holds one version.
func TestConcurrentPublishOnce(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	card := c.draft(ana, "04-storm.txt")
	card = c.dropUnknown(ana, card)
	var wg sync.WaitGroup
	effects := make([]bot.Effect, 6)
	for i := range effects {
		req := ana
		if i%2 == 1 {
			req = bo
		}
		wg.Go(func() { effects[i] = c.bot.Act(t.Context(), req, do(card, "Publish")) })
	}
	wg.Wait()
	won := 0
	for _, e := range effects {
		switch {
		case e.Card != nil && e.Notice == nil:
			won++
		case e.Notice != nil && e.Notice.Kind == bot.Refused:
		default:
			t.Errorf("a click got %+v", e)
		}
	}
	d := c.stored(draftID(t, card))
	if won != 1 || len(c.published(d.Briefing)) != 1 {
		t.Errorf("%d clicks published, %d versions; want 1 and 1", won, len(c.published(d.Briefing)))
	}
}

// TestEditForm: the main form checks every field and sends mistakes back
// on their field, with a notice offering "Edit again" and the form as
// typed, changing nothing; "Edit again" (a later click) reopens it as
// typed; a good edit, with a new topic, is what is published.
func TestEditForm(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	card := c.dropUnknown(ana, c.draft(ana, "01-grain-corridor.txt"))
	id := draftID(t, card)
	before := c.stored(id)
	e := c.act(ana, do(card, "Edit"))
	f := e.Form
	if f == nil || e.Card != nil || e.Notice != nil {
		t.Fatalf("Edit: %+v", e)
	}
	checkForm(t, f)
	vs := values(f)
	if vs["title"] != before.Content.Title || vs["topics"] != "Diplomacy, Trade" || vs["date"] != "2025-03-14" || !strings.Contains(vs["points"], "\nGrain traders said prices had already risen.\n") {
		t.Errorf("the form opens with %q", vs)
	}
	bad := map[string]string{"title": "  ", "date": "14 March", "topics": "diplomacy, narnia", "summary": "New summary.", "points": vs["points"]}
	e = c.submit(ana, f, bad)
	if len(e.Errors) != 3 || e.Errors["title"] == "" || e.Errors["date"] == "" || !strings.Contains(e.Errors["topics"], "“narnia” is not a topic I know") ||
		!strings.Contains(e.Errors["topics"], "write +narnia") {
		t.Errorf("errors %q", e.Errors)
	}
	if e.Notice == nil || e.Notice.Kind != bot.Usage || do(*e.Notice, "Edit again") == "" || e.Card != nil {
		t.Fatalf("notice %+v", e.Notice)
	}
	if e.Form == nil || e.Form.ID != f.ID || values(e.Form)["topics"] != "diplomacy, narnia" || e.Form.Fields[0].Error == "" || e.Form.Fields[3].Error != "" {
		t.Errorf("the form sent back: %+v", e.Form)
	}
	if d := c.stored(id); d.Version != before.Version || d.Content.Summary != before.Content.Summary {
		t.Errorf("a refused form changed the draft: version %d", d.Version)
	}
	again := c.act(ana, do(*e.Notice, "Edit again"))
	if again.Form == nil || values(again.Form)["date"] != "14 March" || values(again.Form)["summary"] != "New summary." || again.Form.Fields[1].Error == "" {
		t.Errorf("Edit again: %+v", again.Form)
	}
	// Another curator's Edit again gets the form as the draft stands.
	if other := c.act(bo, do(*e.Notice, "Edit again")); other.Form == nil || values(other.Form)["date"] != "2025-03-14" {
		t.Errorf("Edit again by someone else: %+v", other.Form)
	}

	good := values(again.Form)
	good["title"] = "Grain corridor talks stall"
	good["date"] = "2025-03-15"
	good["topics"] = "Trade, +Brenn Strait"
	good["points"] = "- Talks stalled on Tuesday.\nGrain traders said prices had already risen.\n\n"
	e = c.submit(ana, again.Form, good)
	if e.Card == nil || e.Errors != nil || e.Notice != nil {
		t.Fatalf("a good edit: %+v", e)
	}
	got := text(*e.Card)
	for _, want := range []string{"Grain corridor talks stall\nNew summary.", "Trade · Brenn Strait (new)", "Talks stalled on Tuesday.", "Date from a curator."} {
		if !strings.Contains(got, want) {
			t.Errorf("the card after the edit lacks %q:\n%s", want, got)
		}
	}
	d := c.stored(id)
	if len(d.Content.Points) != 2 || d.Content.Points[1].Speaker != "" || d.Content.Date.Format("2006-01-02") != "2025-03-15" {
		t.Errorf("points %+v, date %s", d.Content.Points, d.Content.Date)
	}
	if pub := c.act(ana, do(*e.Card, "Publish")); pub.Card == nil || pub.Notice != nil {
		t.Fatalf("Publish: %+v", pub)
	}
	st := c.ask(eve, "/status brenn strait")
	if st.Kind != bot.Answer || st.Title != "Brenn Strait: Grain corridor talks stall" || st.Text != "New summary." {
		t.Errorf("/status of the new topic: %s", text(st))
	}
}

// checkForm holds a form to the limits both platforms take.
func checkForm(t *testing.T, f *bot.Form) {
	t.Helper()
	if n := len([]rune(f.Title)); n > bot.MaxFormTitle || len(f.ID) > 100 || len(f.Fields) > bot.MaxFormFields || len(f.Fields) == 0 {
		t.Errorf("form %q (%d fields, title %d characters) breaks the limits", f.ID, len(f.Fields), n)
	}
	for _, fl := range f.Fields {
		if len([]rune(fl.Label)) > bot.MaxFieldLabel || len([]rune(fl.Value)) > bot.MaxFieldValue || fl.MaxLen > bot.MaxFieldValue ||
			len([]rune(fl.Placeholder)) > 100 || fl.MaxLen > 0 && len([]rune(fl.Value)) > fl.MaxLen {
			t.Errorf("field %+v breaks the limits", fl)
		}
	}
}

// TestSpeakers: a quote whose speaker was not found keeps Publish waiting;
// the speakers form names them (someone new with +Name) or leaves quotes
// out; what is left out is not published, and the new speaker is.
func TestSpeakers(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	card := c.draft(ana, "10-alliance-summit.html")
	if !strings.Contains(text(card), "⚠ speaker not found") {
		t.Fatalf("the card does not flag the quote with no speaker:\n%s", text(card))
	}
	e := c.act(ana, do(card, "Publish"))
	if e.Notice == nil || e.Notice.Title != "Not ready to publish" || e.Card != nil || !strings.Contains(e.Notice.Text, "1 quote has no speaker") {
		t.Fatalf("Publish with a quote nobody said: %+v", e)
	}
	page := do(*e.Notice, "Speakers")
	f := c.act(ana, page).Form
	if f == nil {
		t.Fatalf("the notice's Speakers button opened %+v", c.act(ana, page))
	}
	checkForm(t, f)
	var unknown string
	for _, fl := range f.Fields {
		if fl.Value == bot.UnknownSpeaker {
			unknown = fl.Name
		}
	}
	if unknown == "" || f.Title != "Who said it (2 of 2)" {
		t.Fatalf("form %q has no quote with no speaker: %+v", f.Title, f.Fields)
	}
	vs := values(f)
	vs[unknown] = "Eve Doe"
	e = c.submit(ana, f, vs)
	if !strings.Contains(e.Errors[unknown], "“Eve Doe” is not a speaker I know") || !strings.Contains(e.Errors[unknown], "+Eve Doe") {
		t.Fatalf("an unknown name: %+v", e.Errors)
	}
	vs[unknown] = "+Eve Doe"
	first := f.Fields[0].Name
	vs[first] = "-"
	e = c.submit(ana, f, vs)
	if e.Card == nil || e.Errors != nil {
		t.Fatalf("naming Eve Doe: %+v", e)
	}
	got := text(*e.Card)
	if !strings.Contains(got, "Eve Doe") || strings.Contains(got, "⚠") || !strings.Contains(got, "1 quote is left out") {
		t.Errorf("the card after naming the speaker:\n%s", got)
	}
	if pub := c.act(ana, do(*e.Card, "Publish")); pub.Card == nil || pub.Notice != nil {
		t.Fatalf("Publish: %+v", pub.Notice)
	}
	if q := text(c.ask(eve, "/quote eve doe")); !strings.Contains(q, "“It went down to the wire” Eve Doe") {
		t.Errorf("/quote eve doe:\n%s", q)
	}
	d := c.stored(draftID(t, card))
	dropped := d.Content.Quotes[5]
	if !dropped.Dropped {
		t.Fatalf("quote 6 is not left out: %+v", d.Content.Quotes)
	}
	if strings.Contains(c.published(d.Briefing)[0].Text, dropped.Text) {
		t.Errorf("the left-out quote %q was published", dropped.Text)
	}
}

// TestDiscard: Discard closes the draft: the card says who discarded it
// and has no buttons, /drafts no longer lists it, nothing is published,
// and a later click is told.
func TestDiscard(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	card := c.draft(ana, "01-grain-corridor.txt")
	c.clock.Advance(time.Minute)
	e := c.act(bo, do(card, "Discard"))
	if e.Card == nil || e.Notice != nil || len(dos(*e.Card)) != 0 || !strings.Contains(e.Card.Text, "Discarded by Bo at 09:01 UTC on 2 Mar 2026. Nothing was published.") {
		t.Fatalf("Discard: %+v", e)
	}
	if r := c.ask(ana, "/drafts"); r.Title != "No drafts waiting" {
		t.Errorf("/drafts after the discard: %s", text(r))
	}
	if snap, _ := c.store.Snapshot(t.Context()); len(snap.Versions)+len(snap.Speakers)+len(snap.Topics) != 0 {
		t.Errorf("a discarded draft published %+v", snap)
	}
	if d := c.stored(draftID(t, card)); len(d.Content.Quotes)+len(d.Content.Points)+len(d.Content.NewSpeakers) != 0 || d.Content.Summary != "" {
		t.Errorf("the discarded draft keeps its content: %+v", d.Content)
	}
	if e := c.act(ana, do(card, "Publish")); e.Notice == nil || !strings.Contains(e.Notice.Text, "Discarded by Bo") {
		t.Errorf("Publish after the discard: %+v", e)
	}
	if q := c.ask(eve, "/quote osei"); q.Kind != bot.NotFound {
		t.Errorf("/quote osei after the discard: %s", text(q))
	}
}

// TestDraftsListAndExpiry: /drafts lists the open drafts, the next to be
// discarded first, saying so when it is near; each has a button showing
// its card. A draft nobody changes for 14 days is discarded by the sweep
// (once, however many sweep), and its card says so.
func TestDraftsListAndExpiry(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	first := c.draft(ana, "01-grain-corridor.txt")
	c.clock.Advance(2 * 24 * time.Hour)
	second := c.draft(bo, "04-storm.txt")
	c.clock.Advance(10 * 24 * time.Hour) // the first is 12 days old, the second 10
	r := c.ask(ana, "/drafts")
	if r.Title != "Drafts waiting for review (2)" || len(r.Sections) != 1 || len(r.Sections[0].Items) != 2 {
		t.Fatalf("/drafts: %s", text(r))
	}
	items := r.Sections[0].Items
	if items[0].Text != first.Title || !strings.HasPrefix(items[0].Detail, "Discarded in 2 days unless someone changes it. Drafted by Ana") {
		t.Errorf("first item %+v", items[0])
	}
	if items[1].Text != second.Title || strings.HasPrefix(items[1].Detail, "Discarded") || !strings.Contains(items[1].Detail, "Drafted by Bo") {
		t.Errorf("second item %+v", items[1])
	}
	show := c.act(bo, do(r, "Show: "+first.Title[:20]))
	if show.Notice == nil || show.Notice.Title != first.Title || do(*show.Notice, "Publish") == "" || show.Card != nil {
		t.Fatalf("Show: %+v", show)
	}
	if v := c.act(bo, fmt.Sprintf("view:%d", draftID(t, first))); v.Card == nil || v.Card.Title != first.Title {
		t.Errorf("view: %+v", v)
	}

	c.clock.Advance(2*24*time.Hour + time.Minute) // the first is past 14 days
	var wg sync.WaitGroup
	for range 3 { // three replicas sweep at once
		wg.Go(func() {
			if err := c.bot.SweepDrafts(t.Context()); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if got := c.drafted(); !slices.Equal(got, []string{"drafted", "drafted", "expired"}) {
		t.Errorf("events %v; want one expiry", got)
	}
	r = c.ask(ana, "/drafts")
	if r.Title != "Drafts waiting for review (1)" || r.Sections[0].Items[0].Text != second.Title {
		t.Errorf("/drafts after the sweep: %s", text(r))
	}
	e := c.act(ana, do(first, "Publish"))
	if e.Notice == nil || !strings.Contains(e.Notice.Text, "nobody had changed it for 14 days") || e.Card == nil || len(dos(*e.Card)) != 0 {
		t.Errorf("Publish of the expired draft: %+v", e)
	}
	// A month later the closed draft is cleared away.
	c.clock.Advance(31 * 24 * time.Hour)
	if err := c.bot.SweepDrafts(t.Context()); err != nil {
		t.Fatal(err)
	}
	if e := c.act(ana, do(first, "Publish")); e.Notice == nil || e.Notice.Title != "That draft is gone" {
		t.Errorf("a click on a purged draft: %+v", e)
	}
}

// TestRetractFromStatus: a curator's /status carries a Retract button under
// each briefing published into the store; it asks why, and retracts
// through the store's history; the briefing is gone from answers. Nobody
// else sees the button, and a public answer has none.
func TestRetractFromStatus(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	card := c.dropUnknown(ana, c.draft(ana, "01-grain-corridor.txt"))
	c.act(ana, do(card, "Publish"))
	d := c.stored(draftID(t, card))
	st := c.ask(ana, "/status trade")
	retract := do(st, "Retract")
	if retract == "" || st.Actions[len(st.Actions)-1].Style != bot.Danger {
		t.Fatalf("a curator's /status has no Retract button: %+v", st.Actions)
	}
	if r := c.ask(eve, "/status trade"); do(r, "Retract") != "" {
		t.Error("a non-curator's /status has a Retract button")
	}
	if r := c.ask(ana, "/status trade public"); len(dos(r)) != 0 {
		t.Error("a public /status has curators' buttons")
	}
	e := c.act(ana, retract)
	if e.Form == nil || e.Form.Submit != "Retract" || len(e.Form.Fields) != 1 {
		t.Fatalf("Retract: %+v", e)
	}
	checkForm(t, e.Form)
	if bad := c.submit(ana, e.Form, map[string]string{"reason": " "}); bad.Errors["reason"] == "" || bad.Form == nil || bad.Notice == nil {
		t.Errorf("no reason: %+v", bad)
	}
	if bad := c.submit(eve, e.Form, map[string]string{"reason": "spite"}); bad.Notice == nil || bad.Notice.Kind != bot.Refused {
		t.Errorf("a non-curator's retraction: %+v", bad)
	}
	c.clock.Advance(time.Hour)
	done := c.submit(bo, e.Form, map[string]string{"reason": "wrong date"})
	if done.Notice == nil || done.Notice.Title != "Retracted" {
		t.Fatalf("Retract: %+v", done)
	}
	vs := c.published(d.Briefing)
	if len(vs) != 2 || vs[1].State != bot.StateRetracted || vs[1].Reason != "wrong date" || vs[1].By != "slack:T1/U2" || !vs[1].At.Equal(t0Chat.Add(time.Hour)) {
		t.Errorf("history %+v", vs)
	}
	if q := c.ask(eve, "/quote osei"); strings.Contains(text(q), "keys to the port") {
		t.Errorf("/quote osei after the retraction: %s", text(q))
	}
	if again := c.submit(ana, e.Form, map[string]string{"reason": "twice"}); again.Notice == nil || again.Notice.Kind == bot.Answer {
		t.Errorf("retracting it again: %+v", again)
	}
}

// TestDraftLinks: where the link comes from (an option, a message with
// words and markup around it) and what is refused, each with an answer
// that says why and nothing fetched from a page that was refused.
func TestDraftLinks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		req   func(bot.Request) bot.Request
		fail  error
		kind  bot.Kind
		title string
		text  string // in the reply's text
	}{
		{"option", func(r bot.Request) bot.Request {
			r.Options = map[string]string{"url": "https://news.example/04-storm.txt"}
			return r
		}, nil, bot.Answer, "", ""},
		{"message", func(r bot.Request) bot.Request {
			r.Text = "Worth a look (see https://news.example/04-storm.txt). " + strings.Repeat("More words. ", 100)
			return r
		}, nil, bot.Answer, "", ""},
		{"no link", func(r bot.Request) bot.Request { r.Text = "No link in this message, sorry."; return r },
			nil, bot.Usage, "No link to draft from", "That message has no link to draft from"},
		{"nothing", func(r bot.Request) bot.Request { return r }, nil, bot.Usage, "Usage: /draft <url>", "Which article?"},
		{"not the web", func(r bot.Request) bot.Request {
			r.Options = map[string]string{"url": "gopher://127.0.0.1:70/_INFO"}
			return r
		}, nil, bot.Usage, "Not a web page's link", "not gopher:// links."},
		{"refused", func(r bot.Request) bot.Request { r.Text = "http://127.0.0.1:8080/admin"; return r },
			errors.New("fetch http://127.0.0.1:8080/admin: refused: 127.0.0.1 is a loopback address"), bot.Refused,
			"I could not draft from that link", "I did not fetch http://127.0.0.1:8080/admin: 127.0.0.1 is a loopback address."},
		{"redirect", func(r bot.Request) bot.Request { r.Text = "https://news.example/moved"; return r },
			errors.New("fetch https://news.example/moved: refused: it redirects to 169.254.169.254, a link-local address (the cloud metadata address among them)"), bot.Refused,
			"", "it redirects to 169.254.169.254"},
		{"missing", func(r bot.Request) bot.Request { r.Text = "https://news.example/nothing-here"; return r },
			nil, bot.Failed, "", "Fetching https://news.example/nothing-here failed: the server answered 404 Not Found."},
		{"empty page", func(r bot.Request) bot.Request { r.Text = "https://news.example/empty"; return r },
			nil, bot.Failed, "That page is not an article I can draft from", "The page at https://news.example/empty is empty."},
		{"too short", func(r bot.Request) bot.Request { r.Text = "https://news.example/short"; return r },
			nil, bot.Failed, "That page is not an article I can draft from", "holds no article text that could be read"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := newChat(t)
			c.fetch.fail = tc.fail
			req := tc.req(ana)
			req.Command = "draft"
			r := c.bot.Handle(t.Context(), req)
			if r.Kind != tc.kind || tc.title != "" && r.Title != tc.title || !strings.Contains(r.Text, tc.text) {
				t.Errorf("reply %v %q: %s", r.Kind, r.Title, text(r))
			}
			if tc.kind == bot.Answer {
				if do(r, "Publish") == "" || !strings.Contains(r.Note, "from https://news.example/04-storm.txt") {
					t.Errorf("no card drafted from the link: %s", text(r))
				}
				return
			}
			if do(r, "Publish") != "" || len(r.Quotes) > 0 {
				t.Errorf("a refused link made a card: %s", text(r))
			}
			if ds, _ := c.store.OpenDrafts(t.Context(), bot.Slack, "T1"); len(ds) != 0 {
				t.Errorf("a refused link left %d drafts", len(ds))
			}
		})
	}
}

// TestDraftRateLimit: a curator drafts DraftBurst links at once, then one
// a minute; another curator is not held back by them.
func TestDraftRateLimit(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	for range bot.DraftBurst {
		c.draft(ana, "04-storm.txt")
	}
	r := c.ask(ana, "/draft https://news.example/04-storm.txt")
	if r.Kind != bot.Refused || !strings.Contains(r.Text, "you can draft the next in 1 minute") && !strings.Contains(r.Text, "next in a minute") {
		t.Errorf("the %dth draft at once: %s", bot.DraftBurst+1, text(r))
	}
	fetched := c.fetch.count()
	c.draft(bo, "04-storm.txt")
	c.clock.Advance(bot.DraftEvery)
	c.draft(ana, "04-storm.txt")
	if c.fetch.count() != fetched+2 {
		t.Errorf("the refused draft fetched its page")
	}
}

// TestSameArticleTwice: two drafts of one article publish as two
// briefings: the second takes the next free id.
func TestSameArticleTwice(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	a := c.dropUnknown(ana, c.draft(ana, "04-storm.txt"))
	b := c.dropUnknown(bo, c.draft(bo, "04-storm.txt"))
	form := c.act(bo, do(b, "Edit")).Form
	vs := values(form)
	vs["title"] = "Storm, the second take"
	b = *c.submit(bo, form, vs).Card
	c.act(ana, do(a, "Publish"))
	e := c.act(bo, do(b, "Publish"))
	if e.Card == nil || !strings.Contains(e.Card.Note, "-2 (version 1)") {
		t.Fatalf("the second draft's Publish: %+v", e)
	}
	first, second := c.stored(draftID(t, a)), c.stored(draftID(t, b))
	if second.Briefing != first.Briefing+"-2" || c.bot.Catalog().Briefing(second.Briefing).Title != "Storm, the second take" {
		t.Errorf("ids %q and %q", first.Briefing, second.Briefing)
	}
}

// TestForgedButtons: ids the core did not write change nothing.
func TestForgedButtons(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	card := c.draft(ana, "01-grain-corridor.txt")
	id := draftID(t, card)
	for _, d := range []string{"", "publish", "publish:x:1", fmt.Sprintf("publish:%d", id), fmt.Sprintf("publish:%d:0", id),
		fmt.Sprintf("publish:%d:1:2", id), fmt.Sprintf("speakers:%d:1:9", id), fmt.Sprintf("unpublish:%d:1", id),
		fmt.Sprintf("publish:%d:1", id) + strings.Repeat(" ", 100), "retract:x:y", "retract:1:"} {
		e := c.bot.Act(t.Context(), ana, d)
		if e.Notice == nil || e.Card != nil || e.Form != nil {
			t.Errorf("%q: %+v", d, e)
		}
	}
	for _, f := range []string{"publish:1:1", fmt.Sprintf("speakers:%d:1:3", id), "view:1"} {
		if e := c.bot.Submit(t.Context(), ana, f, map[string]string{"title": "x"}); e.Notice == nil || e.Card != nil {
			t.Errorf("submit %q: %+v", f, e)
		}
	}
	if d := c.stored(id); d.Version != 1 {
		t.Errorf("forged ids changed the draft: version %d", d.Version)
	}
}

// TestDraftSweeperRuns: the sweeper the wiring runs sweeps at start and
// every interval of its clock, until its context ends.
func TestDraftSweeperRuns(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	card := c.draft(ana, "04-storm.txt")
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- c.bot.RunDraftSweeper(ctx, c.clock, time.Hour) }()
	c.clock.WaitIdle(t, 1) // swept once, and asleep
	if d := c.stored(draftID(t, card)); d.State != bot.DraftOpen {
		t.Fatalf("a new draft was swept: %s", d.State)
	}
	c.clock.Set(t0Chat.Add(bot.DraftTTL + time.Hour))
	c.clock.WaitIdle(t, 1)
	if d := c.stored(draftID(t, card)); d.State != bot.DraftExpired || d.ChangedBy != bot.Expirer {
		t.Errorf("after 14 days the draft is %s, changed by %s", d.State, d.ChangedBy)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("RunDraftSweeper: %v", err)
	}
}

// TestCardGolden keeps the review card, the forms and the closed card as
// the adapters get them (testdata/card-*.json; go test -update rewrites
// them).
func TestCardGolden(t *testing.T) {
	t.Parallel()
	c := newChat(t)
	card := c.draft(ana, "13-mine-collapse.txt")
	edit := c.act(ana, do(card, "Edit")).Form
	speakers := c.act(ana, do(card, "Speakers 6")).Form
	refused := c.submit(ana, edit, map[string]string{"title": "", "date": "2026-11-02", "topics": "disasters, mines", "summary": "Eleven miners are trapped.", "points": ""})
	c.clock.Advance(12 * 24 * time.Hour)
	list := c.ask(bo, "/drafts")
	published := c.act(bo, do(c.dropUnknown(bo, card), "Publish")).Card
	for name, v := range map[string]any{
		"card-open": card, "card-edit-form": edit, "card-speakers-form": speakers, "card-refused-form": refused, "card-published": published,
		"drafts": list,
	} {
		got, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", name+".json"), append(got, '\n'))
	}
}
