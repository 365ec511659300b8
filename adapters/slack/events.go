package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack/slackevents"

	"github.com/briefbot/briefbot/bot"
)

// Events serves the Events API: it answers Slack's url_verification challenge, and acknowledges
// an app_mention at once, answering it in the mention's thread.
func (h *HTTP) Events(w http.ResponseWriter, r *http.Request) {
	buf, ok := h.verified(w, r, MaxBody)
	if !ok {
		return
	}
	raw := json.RawMessage(bytes.Clone(*buf))
	putBuf(buf)
	ev, err := slackevents.ParseEvent(raw, slackevents.OptionNoVerifyToken())
	if err != nil {
		// slack-go refuses a callback whose event type it does not know, or whose event does
		// not decode into its type. The request is verified, so it is Slack's: a refusal would
		// only make Slack retry it, and repeated failures can turn the app's subscription off.
		if typ, ok := callbackType(raw); ok {
			h.log.Warn("acknowledged an event this bot cannot read", "event_type", typ, "err", err)
			w.WriteHeader(http.StatusOK)
			return
		}
		h.refuse(w, r, http.StatusBadRequest, errNotEvent)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		uv, _ := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if uv == nil {
			h.refuse(w, r, http.StatusBadRequest, errNotEvent)
			return
		}
		w.Header()["Content-Type"] = plainType
		io.WriteString(w, uv.Challenge)
	case slackevents.CallbackEvent:
		cb, _ := ev.Data.(*slackevents.EventsAPICallbackEvent)
		if cb != nil {
			retry, _ := strconv.Atoi(r.Header.Get("X-Slack-Retry-Num"))
			h.app.event(r.Context(), ev, cb.EventID, retry, r.Header.Get("X-Slack-Retry-Reason"))
		}
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// callbackType reports whether raw is an Events API callback envelope, and its event's type.
func callbackType(raw []byte) (string, bool) {
	var env struct {
		Type  string `json:"type"`
		Event struct {
			Type string `json:"type"`
		} `json:"event"`
	}
	if json.Unmarshal(raw, &env) != nil || env.Type != slackevents.CallbackEvent {
		return "", false
	}
	return env.Event.Type, true
}

// event handles one Events API callback, delivered over HTTP or Socket Mode: mentions of the
// bot are answered, and a workspace removing the app (app_uninstalled, tokens_revoked) has its
// token deleted and its daily briefings paused. Other events it was not subscribed to are
// ignored.
func (a *App) event(ctx context.Context, ev slackevents.EventsAPIEvent, id string, retry int, reason string) {
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppUninstalledEvent:
		a.uninstalled(ctx, ev, nil)
		return
	case *slackevents.TokensRevokedEvent:
		if len(e.Tokens.Bot) > 0 {
			a.uninstalled(ctx, ev, e.Tokens.Bot)
		}
		return
	}
	m, ok := ev.InnerEvent.Data.(*slackevents.AppMentionEvent)
	if !ok || m.BotID != "" {
		return // bots (this one included) do not get answers: no loops
	}
	if id == "" {
		id = mentionKey(ev.TeamID, m)
	}
	if !a.firstDelivery(id, retry, reason) {
		a.log.Debug("event already handled; not answering again", "event_id", id, "retry", retry, "retry_reason", reason)
		return
	}
	a.background(ctx, func(ctx context.Context) { a.mention(ctx, ev.TeamID, ev.EnterpriseID, botUser(ev), m) })
}

// uninstalled handles app_uninstalled, and tokens_revoked for the bot users in bots: the
// workspace's install (or its org's, for an org-wide install) is deleted and its daily
// briefings pause until it installs the app again. Slack gets its acknowledgement first.
func (a *App) uninstalled(ctx context.Context, ev slackevents.EventsAPIEvent, bots []string) {
	if a.Workspaces == nil {
		a.log.Warn("Slack says the app was removed from a workspace or its tokens were revoked; SLACK_BOT_TOKEN no longer works there", "team", ev.TeamID)
		return
	}
	orgWide := false
	var at time.Time
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
		for _, au := range cb.Authorizations {
			orgWide = orgWide || au.IsEnterpriseInstall
		}
		if cb.EventTime > 0 {
			at = time.Unix(int64(cb.EventTime), 0)
		}
	}
	a.background(ctx, func(ctx context.Context) {
		if bots != nil {
			in, err := a.Workspaces.lookup(ctx, ev.TeamID, ev.EnterpriseID, false)
			switch {
			case err == nil && in.BotUser != "" && !slices.Contains(bots, in.BotUser):
				return // another app's bot, or a bot user this install no longer has
			case err == nil:
				orgWide = in.OrgWide
			}
		}
		a.Workspaces.Uninstalled(ctx, ev.TeamID, ev.EnterpriseID, orgWide, at)
	})
}

// botUser returns the bot's own user id from the event's authorizations, so the command is read
// after the mention of the bot rather than after whoever was mentioned first; "" when Slack did
// not say.
func botUser(ev slackevents.EventsAPIEvent) string {
	cb, _ := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if cb == nil {
		return ""
	}
	for _, au := range cb.Authorizations {
		if au.IsBot && au.UserID != "" {
			return au.UserID
		}
	}
	return ""
}

// mentionKey stands in for the event_id of a mention that came without one: the mention's own
// fields, which a redelivery repeats, so it too is answered once. The prefix keeps it apart from
// Slack's ids ("Ev…").
func mentionKey(team string, m *slackevents.AppMentionEvent) string {
	ts := m.TimeStamp
	if ts == "" {
		ts = m.EventTimeStamp
	}
	return strings.Join([]string{"app_mention", team, m.Channel, m.User, ts}, "/")
}

// firstDelivery decides whether an event is new. Slack delivers an event again when it did not
// get a 2xx within 3 seconds, with X-Slack-Retry-Num and X-Slack-Retry-Reason, and the same
// event_id. An id seen before is never answered again. A retry whose id this process has not
// seen is answered only when the reason says the first delivery never reached a handler
// (connection_failed, ssl_error, too_many_redirects) or was refused (http_error); after a
// timeout it most likely was handled, by this replica before a restart or by another, and
// answering twice is worse than the rare lost answer.
// https://docs.slack.dev/apis/events-api/#retries
func (a *App) firstDelivery(id string, retry int, reason string) bool {
	if id != "" && !a.seen.add(id) {
		return false
	}
	if retry == 0 {
		return true
	}
	switch reason {
	case "connection_failed", "ssl_error", "too_many_redirects", "http_error":
		return true
	}
	return false
}

// mentionPostTimeout bounds the post of a mention's answer, rate-limit waits included.
const mentionPostTimeout = time.Minute

// mention answers "@briefbot status ukraine" in the thread of the message that said it. What
// follows the mention is read as after Umbrella: nothing asks for help, and "@briefbot /briefbot
// status ukraine", typed by someone who read an answer that says /briefbot, asks for status.
//
// A curators' command ("@briefbot draft https://…") is answered to the asker alone, in the
// thread: a review card is for them to act on, and a refusal for them to read. Every other
// answer goes to the thread, and so is asked as anyone would ask it, without a curator's
// buttons.
func (a *App) mention(ctx context.Context, team, org, botID string, m *slackevents.AppMentionEvent) {
	name, text := resolve(Umbrella, mentionText(m.Text, botID))
	if linkCommands[name] {
		// The link as an address, not as the label Slack shows for it.
		_, text = resolve(Umbrella, mentionText(linkURLs(m.Text), botID))
	}
	curate := a.curate[name]
	req := bot.Request{
		Platform:  bot.Slack,
		Command:   name,
		Text:      text,
		User:      m.User,
		Channel:   m.Channel,
		Workspace: team,
		CanManage: a.canManage(m.User),
		ID:        a.newID(),
		// The answer goes in a thread, where Slack runs no slash commands.
		Spell: mentionSpelling,
	}
	if curate {
		req.CanCurate = a.canCurate(ctx, team, org, m.User)
	}
	if a.Poster == nil {
		a.log.Warn("a mention was not answered: answering mentions needs SLACK_BOT_TOKEN", "request_id", req.ID, "channel", m.Channel)
		return
	}
	ts := m.ThreadTimeStamp
	if ts == "" {
		ts = m.TimeStamp
	}
	if ack, ok := slowAck(req, name, text); ok && a.slow[name] {
		if err := a.Poster.PostEphemeral(ctx, team, org, m.Channel, m.User, ts, ack); err != nil {
			a.log.Warn("a mention was not acknowledged", "request_id", req.ID, "err", err)
		}
	}
	a.mayManage(ctx, &req, org)
	reply := a.ask(ctx, req)
	// The post has its own time: answering may have used ctx up, and an apology is still due.
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), mentionPostTimeout)
	defer cancel()
	var err error
	if curate {
		err = a.Poster.PostEphemeral(pctx, team, org, m.Channel, m.User, ts, reply)
	} else {
		err = a.Poster.PostThread(pctx, team, org, m.Channel, ts, reply)
	}
	if err != nil {
		a.log.Error("mention not answered", "request_id", req.ID, "err", err)
	}
}

// mentionText turns the text of a mention into the command it asks: what follows the mention of
// the bot, botID ("<@U0BOT> status ukraine", "thanks <@U1>! <@U0BOT> quote putin"), or of whoever
// is mentioned first when botID is "" or not in the text, with Slack's markup turned back into
// what was typed.
func mentionText(s, botID string) string {
	i := -1
	if botID != "" {
		if i = strings.Index(s, "<@"+botID+">"); i < 0 {
			i = strings.Index(s, "<@"+botID+"|")
		}
	}
	if i < 0 {
		i = strings.Index(s, "<@")
	}
	if i >= 0 {
		if j := strings.IndexByte(s[i:], '>'); j >= 0 {
			if rest := strings.TrimSpace(s[i+j+1:]); rest != "" {
				s = rest
			} else {
				s = s[:i]
			}
		}
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		tok := s[i+1 : i+j]
		label := tok
		if k := strings.IndexByte(tok, '|'); k >= 0 {
			label = tok[k+1:]
		} else if strings.HasPrefix(tok, "@") || strings.HasPrefix(tok, "!") || strings.HasPrefix(tok, "#") {
			label = ""
		}
		if strings.HasPrefix(tok, "#") && label != "" {
			label = "#" + label
		}
		b.WriteString(label)
		s = s[i+j+1:]
	}
	return unescape(strings.Join(strings.Fields(b.String()), " "))
}
