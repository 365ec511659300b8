package slack

import (
	"context"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// Curation is what the bot does with a click on a curation button and with a submitted form;
// *bot.Bot is one. It decides everything, again on every click and submit, from the request the
// adapter read from Slack's signed payload: the adapter only shows what it answers.
type Curation interface {
	Act(ctx context.Context, req bot.Request, do string) bot.Effect
	Submit(ctx context.Context, req bot.Request, form string, values map[string]string) bot.Effect
}

// ShortcutDraft is the callback_id of the message shortcut "Draft a briefing" (manifest.yaml):
// drafting a briefing from the link in any message.
const ShortcutDraft = "draft_briefing"

// draftCommand is the command that drafts a briefing from a link; a message shortcut asks it
// with the message's text.
const draftCommand = "draft"

// interactionRequest is the bot request of a click, a shortcut or a submitted form, read from
// its signed payload: who, in which workspace and channel, and whether they curate there.
func (a *App) interactionRequest(ctx context.Context, cb *slackapi.InteractionCallback, name, text string) bot.Request {
	channel := cb.Channel.ID
	if channel == "" {
		channel = cb.Container.ChannelID
	}
	team := cb.Team.ID
	if team == "" {
		// Null on org-wide installs; the user's own workspace stands for it.
		team = cb.User.TeamID
	}
	spelling := slashSpelling
	if cb.Container.ThreadTs != "" || cb.Message.ThreadTimestamp != "" {
		// A button on an answer in a thread: the answer stays there, where Slack runs no
		// slash commands.
		spelling = mentionSpelling
	}
	userName := cb.User.Username
	if userName == "" {
		userName = cb.User.Name
	}
	return bot.Request{
		Platform:  bot.Slack,
		Command:   name,
		Text:      text,
		User:      cb.User.ID,
		UserName:  userName,
		Channel:   channel,
		Workspace: team,
		CanManage: a.canManage(cb.User.ID),
		CanCurate: a.canCurate(ctx, team, cb.Enterprise.ID, cb.User.ID),
		ID:        a.newID(),
		Spell:     spelling,
	}
}

// interact handles an interaction payload (block_actions, message_action, view_submission),
// over HTTP or Socket Mode, and returns the body to acknowledge it with: nil for an empty 200,
// which is all Slack needs but for a submitted form, whose answer (errors on its fields, the
// next form, or closing it) rides on the acknowledgement. Slow work goes on in the background.
func (a *App) interact(ctx context.Context, cb *slackapi.InteractionCallback) []byte {
	switch cb.Type {
	case slackapi.InteractionTypeBlockActions:
		a.click(ctx, cb)
	case slackapi.InteractionTypeMessageAction:
		a.shortcut(ctx, cb)
	case slackapi.InteractionTypeViewSubmission:
		return a.submitted(ctx, cb)
	}
	return nil
}

// act hands a click on a curation button (its value, do) to the bot and shows the effect.
// Slack gave the click a trigger_id good for 3 seconds: a form the click opens (Edit) is opened
// before anything else is sent.
func (a *App) act(ctx context.Context, cb *slackapi.InteractionCallback, do string) {
	req := a.interactionRequest(ctx, cb, "", "")
	if a.curation == nil {
		a.log.Error("a curation button was clicked, but the handler does not curate", "request_id", req.ID)
		return
	}
	e, ok := within(ctx, func(ctx context.Context) bot.Effect { return a.curation.Act(ctx, req, do) })
	if !ok {
		a.log.Error("a curation click took too long; apologising to the clicker", "request_id", req.ID)
		e = bot.Effect{Notice: ptr(bot.TooSlow())}
	}
	a.show(ctx, req, shown{
		responseURL: cb.ResponseURL,
		trigger:     cb.TriggerID,
		org:         cb.Enterprise.ID,
		meta:        formMeta{ResponseURL: cb.ResponseURL, Channel: req.Channel, Thread: cb.Container.ThreadTs != "" || cb.Message.ThreadTimestamp != ""},
	}, e)
}

// shown is where an effect is shown: the message a click came from (or the card a submitted
// form was opened from), through its response_url, and for a form, the click's trigger.
type shown struct {
	responseURL string
	trigger     string // "" after a submitted form: a form then replaces the modal instead
	org         string
	meta        formMeta // what a form opened from here carries
}

// show delivers an effect: the form first (its trigger is running out), then the card in place
// of the clicked message, then the notice to the person who acted.
func (a *App) show(ctx context.Context, req bot.Request, at shown, e bot.Effect) {
	if e.Form != nil && at.trigger != "" {
		if err := a.openForm(ctx, req, at, *e.Form); err != nil {
			a.log.Error("a form did not open", "request_id", req.ID, "form", e.Form.ID, "err", err)
			a.respond(ctx, req.ID, at.responseURL, Render(formFailed(err), "").AppendJSON(nil, true))
		}
	}
	if e.Card != nil {
		a.respond(ctx, req.ID, at.responseURL, Render(*e.Card, "").AppendReplaceJSON(nil))
	}
	if e.Notice != nil {
		n := *e.Notice
		n.Public = false
		a.respond(ctx, req.ID, at.responseURL, Render(n, "").AppendJSON(nil, true))
	}
}

// errNoPoster means no Web API token can open a form: neither SLACK_BOT_TOKEN nor installs.
var errNoPoster = errors.New("slack: opening a form needs a bot token (SLACK_BOT_TOKEN, or the app installed through /slack/install)")

func (a *App) openForm(ctx context.Context, req bot.Request, at shown, f bot.Form) error {
	if a.Poster == nil {
		return errNoPoster
	}
	return a.Poster.OpenView(ctx, req.Workspace, at.org, at.trigger, renderForm(f, at.meta))
}

// formFailed tells a curator their form did not open.
func formFailed(err error) bot.Reply {
	r := bot.Reply{Kind: bot.Failed, Title: "The form did not open"}
	var se slackapi.SlackErrorResponse
	switch {
	case errors.Is(err, errNoPoster):
		r.Text = "Editing in a form needs the bot's token, which this server does not have. Its operator can set SLACK_BOT_TOKEN."
	case errors.As(err, &se) && (se.Err == "expired_trigger_id" || se.Err == "exchanged_trigger_id"):
		r.Text = "Slack gives a click three seconds to open a form, and this one took longer. Please click the button again."
	default:
		r.Text = "Slack did not open the form. Please click the button again in a moment; the failure has been logged."
	}
	return r
}

// submitted handles a submitted form (view_submission). The bot's answer is awaited for
// AckAfter, since Slack shows errors on the form's fields, or the next form, only when they
// come with the acknowledgement; a later answer closes the form and follows through the
// response_url of the card it was opened from.
func (a *App) submitted(ctx context.Context, cb *slackapi.InteractionCallback) []byte {
	meta := decodeMeta(cb.View.PrivateMetadata)
	req := a.interactionRequest(ctx, cb, "", "")
	req.Channel = meta.Channel
	if meta.Thread {
		req.Spell = mentionSpelling
	}
	if a.curation == nil {
		a.log.Error("a form was submitted, but the handler does not curate", "request_id", req.ID)
		return nil
	}
	at := shown{responseURL: meta.ResponseURL, org: cb.Enterprise.ID, meta: meta}
	form, values := cb.View.CallbackID, formValues(cb.View)

	hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.lateLimit())
	ready := make(chan bot.Effect, 1)
	go func() {
		defer cancel()
		ready <- a.curation.Submit(hctx, req, form, values)
	}()
	t := time.NewTimer(a.ackAfter())
	defer t.Stop()
	select {
	case e := <-ready:
		if len(e.Errors) > 0 {
			if errs := viewErrors(e.Errors, cb.View); len(errs) > 0 {
				return mustJSON(slackapi.NewErrorsViewSubmissionResponse(errs))
			}
		}
		var next []byte
		if e.Form != nil {
			next = mustJSON(slackapi.NewUpdateViewSubmissionResponse(ptr(renderForm(*e.Form, meta))))
			e.Form = nil
		}
		a.background(ctx, func(ctx context.Context) { a.show(ctx, req, at, e) })
		return next
	case <-t.C:
	}
	a.log.Info("a submitted form is slow; closed it, the answer follows through response_url", "request_id", req.ID, "form", form)
	a.inflight.Add(1)
	go func() {
		defer a.inflight.Done()
		e, ok := bot.Within(hctx, ready)
		if !ok {
			a.log.Error("a submitted form took too long; apologising to the curator", "request_id", req.ID, "form", form)
			e = bot.Effect{Notice: ptr(bot.TooSlow())}
		}
		if len(e.Errors) > 0 && e.Notice == nil {
			e.Notice = ptr(notSaved(e.Errors))
		}
		e.Form = nil // the form is closed, and its trigger long gone
		a.show(ctx, req, at, e)
	}()
	return nil
}

// notSaved lists what was wrong with a form that has already closed.
func notSaved(errs map[string]string) bot.Reply {
	r := bot.Reply{Kind: bot.Usage, Title: "Not saved", Text: "Nothing was changed. Open the form again and correct:"}
	s := bot.Section{}
	for _, name := range slices.Sorted(maps.Keys(errs)) {
		s.Items = append(s.Items, bot.Item{Text: name + ": " + errs[name]})
	}
	r.Sections = []bot.Section{s}
	return r
}

// shortcut drafts a briefing from the message the shortcut "Draft a briefing" was used on, and
// shows the result to whoever used it. Slack has the acknowledgement already.
func (a *App) shortcut(ctx context.Context, cb *slackapi.InteractionCallback) {
	if cb.CallbackID != ShortcutDraft {
		a.log.Warn("a shortcut this bot does not have was used; is the manifest current?", "callback_id", cb.CallbackID)
		return
	}
	text := unescape(linkURLs(cb.Message.Text))
	req := a.interactionRequest(ctx, cb, draftCommand, text)
	if cb.Message.ThreadTimestamp != "" {
		req.Spell = mentionSpelling
	}
	a.background(ctx, func(ctx context.Context) {
		if r, ok := slowAck(req, draftCommand, text); ok {
			a.respond(ctx, req.ID, cb.ResponseURL, Render(r, "").AppendJSON(nil, true))
		}
		reply := a.ask(ctx, req)
		reply.Public = false
		a.respond(ctx, req.ID, cb.ResponseURL, Render(reply, "").AppendJSON(nil, true))
	})
}

// slowAck acknowledges a curator's slow command at once, naming the link being read: fetching
// it may take seconds. /draft's says the draft follows, /follow's that the feed is being read.
// Nothing is said to anyone else, who is refused as soon as the bot answers, nor when there is
// no link, which the bot answers at once too.
func slowAck(req bot.Request, name, text string) (bot.Reply, bool) {
	if !req.CanCurate {
		return bot.Reply{}, false
	}
	u := firstURL(text)
	if u == "" {
		return bot.Reply{}, false
	}
	switch name {
	case draftCommand:
		return bot.Reply{Kind: bot.Answer, Text: "Drafting a briefing from " + u + " … The draft follows here for you to review."}, true
	case followCommand:
		return bot.Reply{Kind: bot.Answer, Text: "Reading the feed at " + u + " … The answer follows here."}, true
	}
	return bot.Reply{}, false
}

// firstURL is the first http or https address in text, without the punctuation that ends a
// sentence around it.
func firstURL(text string) string {
	for _, f := range strings.Fields(text) {
		f = strings.TrimLeft(f, "(<\"'“")
		if _, ok := cutPrefixFold(f, "https://"); !ok {
			if _, ok := cutPrefixFold(f, "http://"); !ok {
				continue
			}
		}
		return strings.TrimRight(f, ".,;:!?)>\"'”")
	}
	return ""
}

// linkURLs turns Slack's link markup back into the addresses it links: "<https://x.org/a|x.org/a>"
// and "<https://x.org/a>" become "https://x.org/a". Slack writes a link this way in message text,
// and in what a mention or a command says, with the label as typed (often without the scheme);
// drafting needs the address. Mentions of people and channels are left as they are. It reads
// text as Slack sends it, before unescape: an address keeps its "&amp;" until then, and a "<"
// someone typed is still "&lt;".
func linkURLs(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		// The markup starts at the last "<" before its ">": an earlier one is text.
		k := strings.LastIndexByte(s[i:i+j], '<')
		b.WriteString(s[:i+k])
		s, i, j = s[i+k:], 0, j-k
		tok := s[i+1 : i+j]
		addr, _, _ := strings.Cut(tok, "|")
		_, secure := cutPrefixFold(addr, "https://")
		_, plainHTTP := cutPrefixFold(addr, "http://")
		b.WriteString(s[:i])
		if secure || plainHTTP {
			b.WriteString(addr)
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
}

// within runs f, giving up when ctx ends (and bot.ApologyGrace more passes) without an answer.
func within[T any](ctx context.Context, f func(ctx context.Context) T) (T, bool) {
	ch := make(chan T, 1)
	go func() { ch <- f(ctx) }()
	return bot.Within(ctx, ch)
}

func ptr[T any](v T) *T { return &v }

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic("slack: " + err.Error()) // our own types: cannot fail
	}
	return b
}

func (a *App) ackAfter() time.Duration {
	if a.AckAfter > 0 {
		return a.AckAfter
	}
	return DefaultAckAfter
}
