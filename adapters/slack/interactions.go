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

// Interactions acknowledges a button click at once and answers it through the click's
// response_url: "Share in channel" reposts the answer for everyone, any other button runs the
// command it carries and answers the person who clicked.
func (h *HTTP) Interactions(w http.ResponseWriter, r *http.Request) {
	buf, ok := h.verified(w, r)
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
	h.app.click(r.Context(), &cb)
	w.WriteHeader(http.StatusOK)
}

// deleteOriginal removes the ephemeral message whose button was clicked.
var deleteOriginal = []byte(`{"delete_original":true}`)

// click handles the buttons of a block_actions interaction in the background; Slack only needs
// the acknowledgement.
func (a *App) click(ctx context.Context, cb *slackapi.InteractionCallback) {
	if cb.Type != slackapi.InteractionTypeBlockActions {
		return
	}
	for _, act := range cb.ActionCallback.BlockActions {
		line := act.Value
		switch {
		case act.ActionID == actionShare:
			a.background(ctx, func(ctx context.Context) { a.share(ctx, cb, line) })
		case strings.HasPrefix(act.ActionID, actionRun):
			a.background(ctx, func(ctx context.Context) { a.run(ctx, cb, line) })
		}
	}
}

func (a *App) clickRequest(cb *slackapi.InteractionCallback, line string) bot.Request {
	name, text := bot.ParseCommand(line)
	channel := cb.Channel.ID
	if channel == "" {
		channel = cb.Container.ChannelID
	}
	team := cb.Team.ID
	if team == "" {
		team = cb.User.TeamID
	}
	spelling := slashSpelling
	if cb.Container.ThreadTs != "" || cb.Message.ThreadTimestamp != "" {
		// A button on an answer in a thread: the answer stays there, where Slack runs no
		// slash commands.
		spelling = mentionSpelling
	}
	return bot.Request{
		Platform:  bot.Slack,
		Command:   name,
		Text:      text,
		User:      cb.User.ID,
		Channel:   channel,
		Workspace: team,
		CanManage: a.canManage(cb.User.ID),
		ID:        a.newID(),
		Spell:     spelling,
	}
}

// run answers the command a button carries, to the person who clicked.
func (a *App) run(ctx context.Context, cb *slackapi.InteractionCallback, line string) {
	req := a.clickRequest(cb, line)
	a.mayManage(ctx, &req, cb.Enterprise.ID)
	reply := a.ask(ctx, req)
	msg := Render(reply, line)
	a.respond(ctx, req.ID, cb.ResponseURL, msg.AppendJSON(nil, true))
}

// share posts the answer to the channel and removes the ephemeral copy it was offered in. The
// command runs again rather than the message being copied: the button carries only the command
// line, and the answer is whatever the catalog says now.
func (a *App) share(ctx context.Context, cb *slackapi.InteractionCallback, line string) {
	req := a.clickRequest(cb, line)
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
