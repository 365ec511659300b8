package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http/httptrace"
	"sync/atomic"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// ChatAPI is the part of slack-go's *slack.Client the poster uses: chat.postMessage, and
// chat.update for the review cards feeds post and later change.
type ChatAPI interface {
	PostMessageContext(ctx context.Context, channelID string, options ...slackapi.MsgOption) (string, string, error)
	UpdateMessageContext(ctx context.Context, channelID, timestamp string, options ...slackapi.MsgOption) (string, string, string, error)
}

var _ ChatAPI = (*slackapi.Client)(nil)

// Poster sends replies to channels with chat.postMessage and a bot token: the daily briefings,
// and answers to mentions in their thread. It is safe for concurrent use.
//
// Slack has no idempotency key for chat.postMessage, so the poster resends a message only when
// Slack surely did not take it: the connection could not be made, Slack answered 429 or 503, or
// Slack answered with an error saying nothing was done. Once the request was written out and the
// answer is lost (a timeout, a reset connection, a cut-off response) or Slack says the post may
// have half happened (internal_error, fatal_error), Post returns an error matching
// bot.ErrMaybeDelivered and does not retry: a lost post is better than a double one.
//
// Failures are reported as the bot.Poster outcomes: bot.ErrUnauthorized when Slack refuses the
// token (every channel is affected; see Healthy), *bot.PermanentError when the channel cannot be
// posted to, and bot.ErrUndeliverable when Slack refuses the message itself.
type Poster struct {
	api ChatAPI
	log *slog.Logger

	// Attempts is how many times one message is tried; 0 means 4.
	Attempts int
	// Backoff is the wait after the first transient failure, doubled after each; 0 means 1s.
	Backoff time.Duration
	// MaxWait is the longest the poster waits before one retry, Retry-After included; a longer
	// Retry-After fails the post (retryable) instead. 0 means 2 minutes.
	MaxWait time.Duration

	unauthorized atomic.Pointer[error] // the latest refusal of the token, until Slack accepts it

	ws *Workspaces // when set, each workspace is posted to with its own token
}

var (
	_ bot.Poster          = (*Poster)(nil)
	_ bot.WorkspacePoster = (*Poster)(nil)
	_ bot.CardPoster      = (*Poster)(nil)
)

// NewPoster returns a poster sending through api, typically slack.New(botToken, …).
func NewPoster(api ChatAPI, log *slog.Logger) *Poster {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Poster{api: api, log: log}
}

// NewWorkspacePoster returns a poster that posts in each workspace with the token that serves
// it (Workspaces): the token its install stored, or SLACK_BOT_TOKEN in that token's workspace.
func NewWorkspacePoster(ws *Workspaces, log *slog.Logger) *Poster {
	p := NewPoster(nil, log)
	if ws.single != nil {
		p.api = ws.single
	}
	p.ws = ws
	return p
}

// Healthy returns nil while Slack accepts the bot token, and Slack's refusal (invalid_auth,
// token_revoked, missing_scope, …) from the moment a post gets one until a later post is
// accepted: for /readyz, since no channel can be posted to meanwhile.
func (p *Poster) Healthy() error {
	if err := p.unauthorized.Load(); err != nil {
		return *err
	}
	return nil
}

// Post sends r to the channel (an id such as C0123456789) with SLACK_BOT_TOKEN.
func (p *Poster) Post(ctx context.Context, channel string, r bot.Reply) error {
	if p.api == nil {
		return fmt.Errorf("post to %s: %w", channel, &bot.PermanentError{Reason: uninstalledReason, Err: ErrNotInstalled})
	}
	_, err := p.send(ctx, message{channel: channel}, r)
	return err
}

// PostTo sends r to a channel of a workspace, with the token that serves the workspace.
func (p *Poster) PostTo(ctx context.Context, ch bot.ChannelKey, r bot.Reply) error {
	_, err := p.postIn(ctx, ch.Workspace, "", message{channel: ch.Channel}, r)
	return err
}

// PostThread sends r as a reply in the thread of the message with timestamp ts, in a channel of
// the workspace team (of the org org, on Enterprise Grid).
func (p *Poster) PostThread(ctx context.Context, team, org, channel, ts string, r bot.Reply) error {
	_, err := p.postIn(ctx, team, org, message{channel: channel, thread: ts}, r)
	return err
}

// PostCard posts a review card in a channel of a workspace, for any curator there to act on:
// its buttons are answered like those of a card shown to one curator (App.act, which asks the
// core again on every click who may), and the effect replaces the message through the click's
// response_url. The ref it returns is the message's ts ("1700000000.123456"), which UpdateCard
// takes. Errors mean what PostTo's do.
func (p *Poster) PostCard(ctx context.Context, ch bot.ChannelKey, r bot.Reply) (string, error) {
	return p.postIn(ctx, ch.Workspace, "", message{channel: ch.Channel}, r)
}

// UpdateCard replaces the card PostCard posted as ref (its ts) with r, with chat.update. An
// update is resent whenever its outcome is unknown: sending the same card twice changes
// nothing. A card that is gone (deleted, or too old for Slack to edit) is bot.ErrUndeliverable:
// the channel is fine.
// https://docs.slack.dev/reference/methods/chat.update
func (p *Poster) UpdateCard(ctx context.Context, ch bot.ChannelKey, ref string, r bot.Reply) error {
	if ref == "" {
		return fmt.Errorf("update a card in %s: %w: no message to update", ch.Channel, bot.ErrUndeliverable)
	}
	_, err := p.postIn(ctx, ch.Workspace, "", message{channel: ch.Channel, update: ref}, r)
	return err
}

// message is where a reply goes: a new message in a channel (in the thread of thread when it is
// set), or in place of the message with ts update.
type message struct {
	channel, thread, update string
}

// what names the operation in errors: "post to C…" or "update message TS in C…".
func (m message) what() string {
	if m.update != "" {
		return "update message " + m.update + " in " + m.channel
	}
	return "post to " + m.channel
}

// postIn posts in a workspace with its token. SLACK_BOT_TOKEN's posts are made and reported as
// they always were. An installed workspace's are made by a poster of their own, so that its
// refusals never count against SLACK_BOT_TOKEN (Healthy); a token Slack refuses there deletes
// the install and pauses that workspace's briefings (Workspaces.revoked), and is reported as a
// PermanentError, not bot.ErrUnauthorized, which would hold back every workspace's posts.
func (p *Poster) postIn(ctx context.Context, team, org string, m message, r bot.Reply) (string, error) {
	if p.ws == nil {
		if p.api == nil {
			return "", fmt.Errorf("%s: %w", m.what(), &bot.PermanentError{Reason: uninstalledReason, Err: ErrNotInstalled})
		}
		return p.send(ctx, m, r)
	}
	for try := 0; ; try++ {
		in, api, err := p.ws.token(ctx, team, org)
		switch {
		case errors.Is(err, ErrNotInstalled):
			return "", fmt.Errorf("%s: %w", m.what(), &bot.PermanentError{Reason: uninstalledReason, Err: err})
		case err != nil:
			return "", fmt.Errorf("%s: %w", m.what(), err)
		case in == nil:
			return p.send(ctx, m, r)
		}
		own := &Poster{api: api, log: p.log, Attempts: p.Attempts, Backoff: p.Backoff, MaxWait: p.MaxWait}
		ts, err := own.send(ctx, m, r)
		if !errors.Is(err, bot.ErrUnauthorized) {
			return ts, err
		}
		se, _ := errors.AsType[slackapi.SlackErrorResponse](err)
		switch {
		case se.Err == "token_expired":
			if try > 0 {
				return "", fmt.Errorf("%s: the workspace's token expired and was not renewed yet: %w", m.what(), se)
			}
			in.Expires = p.ws.now() // renew it now, then try once more
			if _, err := p.ws.fresh(ctx, in); err != nil {
				return "", fmt.Errorf("%s: the workspace's token expired: %w", m.what(), err)
			}
			continue
		case isRevoked(se.Err):
			if !p.ws.revoked(ctx, in, se.Err) && try == 0 {
				continue // installed again meanwhile: try the new token
			}
			return "", fmt.Errorf("%s: %w", m.what(), &bot.PermanentError{Reason: uninstalledReason, Err: se})
		}
		return "", fmt.Errorf("%s: %w", m.what(), &bot.PermanentError{
			Reason: "briefbot lacks a permission in this Slack workspace; someone there must install it again from its install link to grant it",
			Err:    se,
		})
	}
}

// send posts r as m says, retrying what Slack surely did not take, and returns the message's ts.
// An update is also retried when its outcome is unknown: it is the same change again.
func (p *Poster) send(ctx context.Context, m message, r bot.Reply) (string, error) {
	r.Public = true // a post is for the channel: no "Share in channel"
	msg := Render(r, "")
	var blocks slackapi.Blocks
	if err := json.Unmarshal(msg.AppendBlocksJSON(nil), &blocks); err != nil {
		return "", fmt.Errorf("%s: render blocks: %w", m.what(), err)
	}
	opts := []slackapi.MsgOption{
		slackapi.MsgOptionText(msg.Text, false),
		slackapi.MsgOptionBlocks(blocks.BlockSet...),
	}
	if m.update == "" {
		// Sources are links; unfurling each would bury the briefing. (chat.update takes no
		// unfurl arguments: a message keeps those it was posted with.)
		opts = append(opts, slackapi.MsgOptionDisableLinkUnfurl(), slackapi.MsgOptionDisableMediaUnfurl())
	}
	if m.thread != "" {
		opts = append(opts, slackapi.MsgOptionTS(m.thread))
	}

	retry := bot.Retry{Attempts: p.Attempts, Backoff: p.Backoff, MaxWait: p.MaxWait,
		OnRetry: func(attempt int, wait time.Duration, err error) {
			p.log.Warn("post failed; retrying", "channel", m.channel, "update", m.update, "attempt", attempt, "wait", wait, "err", err)
		}}
	if retry.Attempts <= 0 {
		retry.Attempts = 4
	}
	if retry.MaxWait <= 0 {
		retry.MaxWait = 2 * time.Minute
	}
	var ts string
	err := retry.Do(ctx, func(int) error {
		wrote := new(atomic.Bool)
		var err error
		if m.update != "" {
			_, ts, _, err = p.api.UpdateMessageContext(traceWrite(ctx, wrote), m.channel, m.update, opts...)
		} else {
			_, ts, err = p.api.PostMessageContext(traceWrite(ctx, wrote), m.channel, opts...)
		}
		if err == nil {
			p.unauthorized.Store(nil)
			return nil
		}
		o := classify(err, wrote.Load())
		if o.kind == outMaybeDelivered && m.update != "" {
			o.kind = outRetry // the same edit again changes nothing more
		}
		switch o.kind {
		case outUnauthorized:
			err = fmt.Errorf("%s: %w: %s: %w", m.what(), bot.ErrUnauthorized, o.reason, err)
			p.unauthorized.Store(&err)
			return err
		case outPermanent:
			p.unauthorized.Store(nil)
			return fmt.Errorf("%s: %w", m.what(), &bot.PermanentError{Reason: o.reason, Err: err})
		case outUndeliverable:
			p.unauthorized.Store(nil)
			return fmt.Errorf("%s: %w: %s: %w", m.what(), bot.ErrUndeliverable, o.reason, err)
		case outMaybeDelivered:
			return fmt.Errorf("%s: %w, not sent again: %s: %w", m.what(), bot.ErrMaybeDelivered, o.reason, err)
		case outFailed:
			return fmt.Errorf("%s: %w", m.what(), err)
		}
		// outRetry: Slack surely did not take the message (or taking it twice is harmless).
		err = fmt.Errorf("%s: %w", m.what(), err)
		if rl, ok := errors.AsType[*slackapi.RateLimitedError](err); ok {
			return bot.RetryableAfter(err, max(rl.RetryAfter, time.Second))
		}
		return bot.Retryable(err)
	})
	if err != nil {
		return "", err
	}
	if ts == "" && m.update != "" {
		ts = m.update
	}
	return ts, nil
}

// traceWrite returns ctx with a trace that sets wrote once net/http has written a request out
// whole: from then on Slack may have it, whatever becomes of the answer.
func traceWrite(ctx context.Context, wrote *atomic.Bool) context.Context {
	return httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteRequest: func(info httptrace.WroteRequestInfo) {
			if info.Err == nil {
				wrote.Store(true)
			}
		},
	})
}

// viewOpener and ephemeralPoster are the parts of slack-go's *slack.Client that open a modal
// and post a message only one person sees.
type (
	viewOpener interface {
		OpenViewContext(ctx context.Context, triggerID string, view slackapi.ModalViewRequest) (*slackapi.ViewResponse, error)
	}
	ephemeralPoster interface {
		PostEphemeralContext(ctx context.Context, channelID, userID string, options ...slackapi.MsgOption) (string, error)
	}
)

// clientIn returns the Web API client serving a workspace, by the path posts take: its install's
// token (renewed first when due), or SLACK_BOT_TOKEN's.
func (p *Poster) clientIn(ctx context.Context, team, org string) (any, error) {
	if p.ws == nil {
		if p.api == nil {
			return nil, ErrNotInstalled
		}
		return p.api, nil
	}
	_, api, err := p.ws.token(ctx, team, org)
	if err != nil {
		return nil, err
	}
	return api, nil
}

// OpenView opens a modal for the person whose click gave triggerID, in their workspace, with the
// token that serves it there. Slack takes a trigger once, within 3 seconds of the click.
// https://docs.slack.dev/reference/methods/views.open
func (p *Poster) OpenView(ctx context.Context, team, org, triggerID string, v slackapi.ModalViewRequest) error {
	c, err := p.clientIn(ctx, team, org)
	if err != nil {
		return fmt.Errorf("open a form in %s: %w", team, err)
	}
	api, ok := c.(viewOpener)
	if !ok {
		return fmt.Errorf("open a form in %s: the Web API client cannot open views", team)
	}
	if _, err := api.OpenViewContext(ctx, triggerID, v); err != nil {
		return fmt.Errorf("open a form in %s: views.open: %w", team, err)
	}
	return nil
}

// PostEphemeral sends r to one person in a channel, in the thread of ts when it is set: Slack
// shows it to them alone, and it goes when they reload. Mentions that ask for something only a
// curator sees (a review card) are answered this way.
// https://docs.slack.dev/reference/methods/chat.postEphemeral
func (p *Poster) PostEphemeral(ctx context.Context, team, org, channel, user, ts string, r bot.Reply) error {
	c, err := p.clientIn(ctx, team, org)
	if err != nil {
		return fmt.Errorf("post to %s in %s: %w", user, channel, err)
	}
	api, ok := c.(ephemeralPoster)
	if !ok {
		return fmt.Errorf("post to %s in %s: the Web API client cannot post ephemeral messages", user, channel)
	}
	r.Public = false
	msg := Render(r, "")
	var blocks slackapi.Blocks
	if err := json.Unmarshal(msg.AppendBlocksJSON(nil), &blocks); err != nil {
		return fmt.Errorf("post to %s in %s: render blocks: %w", user, channel, err)
	}
	opts := []slackapi.MsgOption{slackapi.MsgOptionText(msg.Text, false), slackapi.MsgOptionBlocks(blocks.BlockSet...)}
	if ts != "" {
		opts = append(opts, slackapi.MsgOptionTS(ts))
	}
	if _, err := api.PostEphemeralContext(ctx, channel, user, opts...); err != nil {
		return fmt.Errorf("post to %s in %s: chat.postEphemeral: %w", user, channel, err)
	}
	return nil
}
