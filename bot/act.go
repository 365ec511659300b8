package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// Clicks and submitted forms. A button's Do and a form's ID say what they
// act on: a verb, the draft's id and the version the card showed (and, for
// a page of speakers, its number), or for Retract the briefing's version
// and id:
//
//	publish:ID:V  edit:ID:V  speakers:ID:V:P  discard:ID:V  again:ID:V:FORM
//	view:ID  show:ID  retract:V:BRIEFING
//
// Nothing in them is trusted: every click and submit is checked again
// against the request (a curator, of the draft's workspace) and the store
// (the draft still open, at that version).

// doID writes a Do or a Form ID.
func doID(verb string, id int64, version int, more ...int) string {
	s := verb + ":" + strconv.FormatInt(id, 10) + ":" + strconv.Itoa(version)
	for _, m := range more {
		s += ":" + strconv.Itoa(m)
	}
	return s
}

// action is a parsed Do or Form ID.
type action struct {
	verb     string
	draft    int64
	version  int
	page     int    // speakers: the page, from 1
	form     string // again: which form ("edit", or "speakers" and page)
	briefing string // retract
}

// parseAction reads a Do or Form ID; ok is false for anything we did not
// write.
func parseAction(s string) (a action, ok bool) {
	if len(s) > 100 {
		return a, false
	}
	verb, rest, _ := strings.Cut(s, ":")
	a.verb = verb
	if verb == "retract" {
		v, id, found := strings.Cut(rest, ":")
		n, err := strconv.Atoi(v)
		if !found || err != nil || n <= 0 || id == "" {
			return a, false
		}
		a.version, a.briefing = n, id
		return a, true
	}
	parts := strings.Split(rest, ":")
	id, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil || id <= 0 {
		return a, false
	}
	a.draft = id
	want := map[string]int{"view": 1, "show": 1, "publish": 2, "edit": 2, "discard": 2, "speakers": 3, "again": 3}[verb]
	if want == 0 || len(parts) != want {
		return a, false
	}
	if want >= 2 {
		if a.version, err = strconv.Atoi(parts[1]); err != nil || a.version <= 0 {
			return a, false
		}
	}
	switch verb {
	case "speakers":
		if a.page, err = strconv.Atoi(parts[2]); err != nil || a.page <= 0 {
			return a, false
		}
	case "again":
		a.form = parts[2]
	}
	return a, true
}

// Act does what a click on a button with Action.Do asked, for the person
// in req (the adapter builds req from the platform's signed payload). It
// never trusts do: a non-curator, a draft of another workspace, or a card
// older than the draft changes nothing, and gets a notice saying why.
func (b *Bot) Act(ctx context.Context, req Request, do string) (eff Effect) {
	log := b.logger().With("request_id", req.ID, "platform", req.Platform, "user", req.User)
	defer b.recoverEffect(log, &eff)
	start := time.Now()
	defer func() { log.Info("act", "do", do, "took", time.Since(start)) }()
	a, ok := parseAction(do)
	if !ok {
		return notice(expired())
	}
	if !req.CanCurate {
		log.Warn("refused a click of a curator's button", "do", do)
		return notice(b.notCurator(req))
	}
	if a.verb == "retract" {
		return b.retractForm(ctx, req, a)
	}
	c := b.catalog.Catalog()
	d, fail := b.loadDraft(ctx, req, a.draft)
	if fail != nil {
		return *fail
	}
	switch a.verb {
	case "view":
		card := b.card(c, d)
		return Effect{Card: &card}
	case "show":
		card := b.card(c, d)
		return Effect{Notice: &card}
	}
	if stale := b.stale(c, d, a.version, req); stale != nil {
		return *stale
	}
	switch a.verb {
	case "publish":
		return b.publishDraft(ctx, c, req, d)
	case "edit":
		return Effect{Form: editForm(c, d)}
	case "speakers":
		f := speakersForm(c, d, a.page)
		if f == nil {
			return notice(expired())
		}
		return Effect{Form: f}
	case "discard":
		return b.discard(ctx, c, req, d)
	case "again":
		return b.again(c, req, d, a)
	}
	return notice(expired())
}

// Submit does what a submitted Form asks: form is its ID as given, and
// values its fields by Name. Like Act, it checks everything again. A value
// that does not pass comes back in Effect.Errors, with a Notice and the
// Form as typed; the draft is left as it was.
func (b *Bot) Submit(ctx context.Context, req Request, form string, values map[string]string) (eff Effect) {
	log := b.logger().With("request_id", req.ID, "platform", req.Platform, "user", req.User)
	defer b.recoverEffect(log, &eff)
	start := time.Now()
	defer func() { log.Info("submit", "form", form, "took", time.Since(start)) }()
	a, ok := parseAction(form)
	if !ok || a.verb != "edit" && a.verb != "speakers" && a.verb != "retract" {
		return notice(expired())
	}
	if !req.CanCurate {
		log.Warn("refused a curator's form", "form", form)
		return notice(b.notCurator(req))
	}
	for k, v := range values {
		if len(v) > 4*MaxFieldValue { // characters, at most four bytes each
			return notice(Reply{Kind: Usage, Title: "That is too long", Text: fmt.Sprintf("The field %s holds more than a form takes; nothing was changed.", k)})
		}
	}
	if a.verb == "retract" {
		return b.retract(ctx, req, a, values)
	}
	c := b.catalog.Catalog()
	d, fail := b.loadDraft(ctx, req, a.draft)
	if fail != nil {
		return *fail
	}
	if stale := b.stale(c, d, a.version, req); stale != nil {
		return *stale
	}
	var (
		next Draft
		errs map[string]string
		f    *Form
	)
	switch a.verb {
	case "edit":
		next, errs = applyEdit(c, d, values)
		if errs != nil {
			f = editForm(c, d)
		}
	case "speakers":
		if speakersForm(c, d, a.page) == nil {
			return notice(expired())
		}
		next, errs = applySpeakers(c, d, a.page, values)
		if errs != nil {
			f = speakersForm(c, d, a.page)
		}
	}
	if errs != nil {
		return b.refuseForm(ctx, req, d, f, values, errs)
	}
	next.ChangedBy, next.ChangedByName, next.Changed = Actor(req.Platform, req.Workspace, req.User), req.UserName, b.now()
	saved, err := b.update(ctx, next)
	var ce *DraftConflictError
	switch {
	case errors.As(err, &ce):
		return b.staleEffect(c, ce.Current, req)
	case err != nil:
		log.Error("saving a draft", "draft", d.ID, "err", err)
		return notice(storeFailed())
	}
	card := b.card(c, saved)
	return Effect{Card: &card}
}

// recoverEffect turns a panic into a notice, as Handle does for commands.
func (b *Bot) recoverEffect(log *slog.Logger, eff *Effect) {
	if p := recover(); p != nil {
		log.Error("click or form panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		*eff = notice(Reply{Kind: Failed, Title: "Something went wrong", Text: "Sorry, that did not work. The error has been logged; please try again in a moment."})
	}
}

func notice(r Reply) Effect { return Effect{Notice: &r} }

func expired() Reply {
	return Reply{Kind: Usage, Title: "That button no longer works", Text: "It is from an older version of the bot, or was changed on the way. /drafts lists the drafts waiting for review."}
}

// loadDraft reads the draft a click or form names, refusing one of
// another workspace as if it did not exist.
func (b *Bot) loadDraft(ctx context.Context, req Request, id int64) (Draft, *Effect) {
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	if b.Drafts == nil {
		e := notice(Reply{Kind: Refused, Title: "Drafting is off", Text: "This bot keeps no drafts."})
		return Draft{}, &e
	}
	d, err := b.Drafts.Draft(sctx, id)
	switch {
	case errors.Is(err, ErrNoDraft) || err == nil && (d.Platform != req.Platform || d.Workspace != req.Workspace):
		e := notice(Reply{Kind: NotFound, Title: "That draft is gone", Text: "It was closed long ago and has been cleared away, or it is not one of this workspace's. /drafts lists the drafts waiting for review."})
		return Draft{}, &e
	case err != nil:
		b.logger().Error("reading a draft", "draft", id, "err", err)
		e := notice(storeFailed())
		return Draft{}, &e
	}
	return d, nil
}

// stale answers a click or form based on another version of the draft
// than the one stored, or on one no longer open: nothing is done; the card
// is shown as it now stands, and the notice says who changed it when.
func (b *Bot) stale(c *briefings.Catalog, d Draft, version int, req Request) *Effect {
	if d.State == DraftOpen && d.Version == version {
		return nil
	}
	e := b.staleEffect(c, d, req)
	return &e
}

func (b *Bot) staleEffect(c *briefings.Catalog, d Draft, req Request) Effect {
	card := b.card(c, d)
	n := Reply{Kind: Refused, Title: "Nothing was changed"}
	switch d.State {
	case DraftOpen:
		n.Text = fmt.Sprintf("%s changed this draft %s, after the card you used was shown. Here it is as it now stands; look at it before you act again.",
			person(d.ChangedByName, d.ChangedBy), b.when(d.Changed))
	default:
		n.Text = b.closedLine(d)
		if d.State == DraftPublished {
			n.Text += " It was not published again."
		}
	}
	return Effect{Card: &card, Notice: &n}
}

// update writes a changed draft, bounded like every store call.
func (b *Bot) update(ctx context.Context, d Draft) (Draft, error) {
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	return b.Drafts.UpdateDraft(sctx, d)
}

// discard closes a draft unpublished, keeping only what its card needs to
// say what it was.
func (b *Bot) discard(ctx context.Context, c *briefings.Catalog, req Request, d Draft) Effect {
	d.State = DraftDiscarded
	d.Content = DraftContent{Title: d.Content.Title, Date: d.Content.Date, Source: d.Content.Source, Sources: d.Content.Sources}
	d.ChangedBy, d.ChangedByName, d.Changed = Actor(req.Platform, req.Workspace, req.User), req.UserName, b.now()
	saved, err := b.update(ctx, d)
	var ce *DraftConflictError
	switch {
	case errors.As(err, &ce):
		return b.staleEffect(c, ce.Current, req)
	case err != nil:
		b.logger().Error("discarding a draft", "draft", d.ID, "err", err)
		return notice(storeFailed())
	}
	b.event("discarded")
	card := b.card(c, saved)
	return Effect{Card: &card}
}

// refuseForm answers a form with values that do not pass: the errors by
// field, a notice listing them with "Edit again", and the form as typed.
// What was typed is kept with the draft, so "Edit again" (a later click,
// perhaps on another replica) offers it.
func (b *Bot) refuseForm(ctx context.Context, req Request, d Draft, f *Form, values map[string]string, errs map[string]string) Effect {
	kind := "edit"
	if a, _ := parseAction(f.ID); a.verb == "speakers" {
		kind = "speakers" + strconv.Itoa(a.page)
	}
	typed := &Typed{Form: f.ID, By: Actor(req.Platform, req.Workspace, req.User), Values: map[string]string{}}
	for _, fl := range f.Fields {
		if v, ok := values[fl.Name]; ok {
			typed.Values[fl.Name] = v
		}
	}
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	if err := b.Drafts.KeepTyped(sctx, d.ID, d.Version, typed); err != nil {
		// The notice and the form still carry what was typed; only a
		// later "Edit again" loses it.
		b.logger().Warn("keeping what was typed into a refused form", "draft", d.ID, "err", err)
	}
	fill(f, typed.Values, errs)
	n := Reply{Kind: Usage, Title: "Not saved: " + countWord(len(errs), "field needs", "fields need") + " a fix"}
	sec := Section{Title: "To fix"}
	for _, fl := range f.Fields {
		if msg, ok := errs[fl.Name]; ok {
			sec.Items = append(sec.Items, Item{Text: fl.Label + ": " + msg})
		}
	}
	n.Sections = []Section{sec}
	n.Note = "Nothing was changed. Edit again opens the form with what you typed."
	n.Actions = []Action{{Label: "Edit again", Do: doID("again", d.ID, d.Version) + ":" + kind}}
	return Effect{Errors: errs, Notice: &n, Form: f}
}

// fill puts typed values and errors into a form.
func fill(f *Form, values, errs map[string]string) {
	for i := range f.Fields {
		fl := &f.Fields[i]
		if v, ok := values[fl.Name]; ok {
			fl.Value = clip(v, fieldMax(*fl))
		}
		fl.Error = errs[fl.Name]
	}
}

// again reopens a refused form with what was typed into it, when that was
// this curator's, and its errors; otherwise the form as the draft stands.
func (b *Bot) again(c *briefings.Catalog, req Request, d Draft, a action) Effect {
	var f *Form
	page := 0
	switch {
	case a.form == "edit":
		f = editForm(c, d)
	case strings.HasPrefix(a.form, "speakers"):
		page, _ = strconv.Atoi(strings.TrimPrefix(a.form, "speakers"))
		f = speakersForm(c, d, page)
	}
	if f == nil {
		return notice(expired())
	}
	t := d.Typed
	if t == nil || t.Form != f.ID || t.By != Actor(req.Platform, req.Workspace, req.User) {
		return Effect{Form: f}
	}
	var errs map[string]string
	if a.form == "edit" {
		_, errs = applyEdit(c, d, t.Values)
	} else {
		_, errs = applySpeakers(c, d, page, t.Values)
	}
	fill(f, t.Values, errs)
	return Effect{Form: f}
}
