package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// ChatAPI is the part of slack-go's *slack.Client the poster uses.
type ChatAPI interface {
	PostMessageContext(ctx context.Context, channelID string, options ...slackapi.MsgOption) (string, string, error)
}

var _ ChatAPI = (*slackapi.Client)(nil)

// Poster sends replies to channels with chat.postMessage and a bot token: the daily briefings,
// and answers to mentions in their thread. It waits out rate limits (429 with Retry-After),
// retries transient failures with backoff, and reports failures that retrying cannot fix as
// *bot.PermanentError. It is safe for concurrent use.
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
}

var _ bot.Poster = (*Poster)(nil)

// NewPoster returns a poster sending through api, typically slack.New(botToken, …).
func NewPoster(api ChatAPI, log *slog.Logger) *Poster {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Poster{api: api, log: log}
}

// Post sends r to the channel (an id such as C0123456789).
func (p *Poster) Post(ctx context.Context, channel string, r bot.Reply) error {
	return p.post(ctx, channel, "", r)
}

// PostThread sends r as a reply in the thread of the message with timestamp ts.
func (p *Poster) PostThread(ctx context.Context, channel, ts string, r bot.Reply) error {
	return p.post(ctx, channel, ts, r)
}

func (p *Poster) post(ctx context.Context, channel, threadTS string, r bot.Reply) error {
	r.Public = true // a post is for the channel: no "Share in channel"
	msg := Render(r, "")
	var blocks slackapi.Blocks
	if err := json.Unmarshal(msg.AppendBlocksJSON(nil), &blocks); err != nil {
		return fmt.Errorf("post to %s: render blocks: %w", channel, err)
	}
	opts := []slackapi.MsgOption{
		slackapi.MsgOptionText(msg.Text, false),
		slackapi.MsgOptionBlocks(blocks.BlockSet...),
		// Sources are links; unfurling each would bury the briefing.
		slackapi.MsgOptionDisableLinkUnfurl(),
		slackapi.MsgOptionDisableMediaUnfurl(),
	}
	if threadTS != "" {
		opts = append(opts, slackapi.MsgOptionTS(threadTS))
	}

	attempts := p.Attempts
	if attempts <= 0 {
		attempts = 4
	}
	backoff := p.Backoff
	if backoff <= 0 {
		backoff = time.Second
	}
	maxWait := p.MaxWait
	if maxWait <= 0 {
		maxWait = 2 * time.Minute
	}
	for attempt := 1; ; attempt++ {
		_, _, err := p.api.PostMessageContext(ctx, channel, opts...)
		if err == nil {
			return nil
		}
		if perm := permanent(err); perm != nil {
			return fmt.Errorf("post to %s: %w", channel, perm)
		}
		wait, retry := retryable(err, backoff)
		if !retry || attempt >= attempts {
			return fmt.Errorf("post to %s (attempt %d of %d): %w", channel, attempt, attempts, err)
		}
		if wait > maxWait {
			return fmt.Errorf("post to %s: Slack asks to wait %s, longer than %s: %w", channel, wait, maxWait, err)
		}
		p.log.Warn("post failed; retrying", "channel", channel, "attempt", attempt, "wait", wait, "err", err)
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return fmt.Errorf("post to %s: %w (after: %v)", channel, ctx.Err(), err)
		}
		if _, ok := errors.AsType[*slackapi.RateLimitedError](err); !ok {
			backoff *= 2
		}
	}
}

// retryable says whether a failed post is worth trying again, and after how long.
func retryable(err error, backoff time.Duration) (time.Duration, bool) {
	if rl, ok := errors.AsType[*slackapi.RateLimitedError](err); ok {
		return max(rl.RetryAfter, time.Second), true
	}
	if sc, ok := errors.AsType[slackapi.StatusCodeError](err); ok {
		return backoff, sc.Code >= 500 || sc.Code == http.StatusTooManyRequests
	}
	if se, ok := errors.AsType[slackapi.SlackErrorResponse](err); ok {
		switch se.Err {
		case "internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited", "team_added_to_org":
			return backoff, true
		}
		return 0, false
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return 0, false
	}
	return backoff, true // the network: connection refused or reset, timeouts, DNS
}

// permanentReasons are Slack's chat.postMessage errors that retrying cannot fix, with what the
// channel's managers can do about them.
// https://docs.slack.dev/reference/methods/chat.postMessage#errors
var permanentReasons = map[string]string{
	"channel_not_found":       "the channel does not exist or the bot cannot see it; for a private channel, invite the bot with /invite @briefbot",
	"not_in_channel":          "the bot is not in this channel; invite it with /invite @briefbot",
	"is_archived":             "the channel is archived",
	"invalid_auth":            "Slack refused the bot token (SLACK_BOT_TOKEN); reinstall the app and update the token",
	"not_authed":              "no bot token was sent (SLACK_BOT_TOKEN)",
	"token_revoked":           "the bot token (SLACK_BOT_TOKEN) was revoked; reinstall the app and update the token",
	"token_expired":           "the bot token (SLACK_BOT_TOKEN) has expired; reinstall the app and update the token",
	"account_inactive":        "the bot's Slack account is deactivated; reinstall the app",
	"missing_scope":           "the bot token lacks the chat:write scope; add it (see the app manifest) and reinstall",
	"restricted_action":       "a workspace setting stops the bot from posting in this channel",
	"ekm_access_denied":       "the workspace's encryption keys refuse the post",
	"team_access_not_granted": "the bot has no access to this workspace",
}

func permanent(err error) *bot.PermanentError {
	se, ok := errors.AsType[slackapi.SlackErrorResponse](err)
	if !ok {
		return nil
	}
	reason, ok := permanentReasons[se.Err]
	if !ok {
		return nil
	}
	return &bot.PermanentError{Reason: reason, Err: err}
}
