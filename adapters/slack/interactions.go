package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// Interactions serves Slack's interaction payloads. A button click and a message shortcut are
// acknowledged at once and answered through their response_url: "Share in channel" reposts the
// answer for everyone, a curation button goes to the bot (Bot.Act), and any other button runs
// the command it carries and answers the person who clicked. A submitted form (view_submission)
// is answered in the acknowledgement, which is where Slack takes errors on its fields.
func (h *HTTP) Interactions(w http.ResponseWriter, r *http.Request) {
	buf, ok := h.verified(w, r, MaxInteractionBody)
	if !ok {
		return
	}
	form, err := url.ParseQuery(string(*buf))
	putBuf(buf)
	var cb slackapi.InteractionCallback
	if err == nil {
		err = json.Unmarshal([]byte(form.Get("payload")), &cb)
	}
	if err != nil {
		h.refuse(w, r, http.StatusBadRequest, errNotPayload)
		return
	}
	body := h.app.interact(r.Context(), &cb)
	if body == nil {
		w.Header()["Content-Length"] = zeroLength
		w.WriteHeader(http.StatusOK)
		return
	}
	w.Header()["Content-Type"] = jsonType
	w.Write(body)
}

// deleteOriginal removes the ephemeral message whose button was clicked.
var deleteOriginal = []byte(`{"delete_original":true}`)

// click handles the buttons of a block_actions interaction in the background; Slack only needs
// the acknowledgement.
func (a *App) click(ctx context.Context, cb *slackapi.InteractionCallback) {
	for _, act := range cb.ActionCallback.BlockActions {
		value := act.Value
		switch {
		case act.ActionID == actionShare:
			a.background(ctx, func(ctx context.Context) { a.share(ctx, cb, value) })
		case strings.HasPrefix(act.ActionID, actionRun):
			a.background(ctx, func(ctx context.Context) { a.run(ctx, cb, value) })
		case strings.HasPrefix(act.ActionID, actionDo) && value != "":
			a.background(ctx, func(ctx context.Context) { a.act(ctx, cb, value) })
		}
	}
}

// clickRequest is the request of a button that runs a command line.
func (a *App) clickRequest(ctx context.Context, cb *slackapi.InteractionCallback, line string) bot.Request {
	name, text := bot.ParseCommand(line)
	return a.interactionRequest(ctx, cb, name, text)
}

// run answers the command a button carries, to the person who clicked.
func (a *App) run(ctx context.Context, cb *slackapi.InteractionCallback, line string) {
	req := a.clickRequest(ctx, cb, line)
	a.mayManage(ctx, &req, cb.Enterprise.ID)
	reply := a.ask(ctx, req)
	msg := Render(reply, line)
	a.respond(ctx, req.ID, cb.ResponseURL, msg.AppendJSON(nil, true))
}

// share posts the answer to the channel and removes the ephemeral copy it was offered in. The
// command runs again rather than the message being copied: the button carries only the command
// line, and the answer is whatever the catalog says now.
func (a *App) share(ctx context.Context, cb *slackapi.InteractionCallback, line string) {
	req := a.clickRequest(ctx, cb, line)
	// What is shared is for everyone: asked as anyone would ask it, without a curator's buttons.
	req.CanCurate = false
	if !shareable(line) {
		// No answer of ours offers this (see buttons): the click is forged or from an older
		// version, and running a command that changes things again is not what sharing means.
		a.log.Warn("refused to share a command that is not a pure question", "request_id", req.ID, "command", req.Command, "user", req.User)
		msg := Render(notShareable(), "")
		a.respond(ctx, req.ID, cb.ResponseURL, msg.AppendJSON(nil, true))
		return
	}
	reply := a.ask(ctx, req)
	if reply.Kind != bot.Answer {
		// What there was to share is gone (the catalog changed): tell the clicker only.
		msg := Render(reply, "")
		a.respond(ctx, req.ID, cb.ResponseURL, msg.AppendJSON(nil, true))
		return
	}
	reply.Public = true
	msg := Render(reply, "")
	body := msg.AppendJSON(nil, true)
	if a.respond(ctx, req.ID, cb.ResponseURL, body) && cb.Container.IsEphemeral {
		a.respond(ctx, req.ID, cb.ResponseURL, bytes.Clone(deleteOriginal))
	}
}

// notShareable answers a click on "Share in channel" for a command that is not a question.
func notShareable() bot.Reply {
	return bot.Reply{
		Kind:  bot.Refused,
		Title: "That cannot be shared",
		Text:  "Only answers to questions, such as a topic's status or someone's quotes, can be shared with the channel. Nothing was run again.",
	}
}
