package discord

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// Poster posts replies to Discord channels with the bot token: the daily
// briefings. It implements bot.Poster and is safe for concurrent use.
//
// Rate limits: discordgo keeps a bucket per channel's messages route and
// waits out what Discord's X-RateLimit headers say; the session's transport
// paces all routes under the global limit and pauses them all after a
// global 429; and a 429 that still happens is retried after its
// retry_after, up to MaxAttempts sends in all.
//
// Duplicates: every post carries a nonce derived from the channel and the
// message, with enforce_nonce, so when a send is repeated after the first
// may have reached Discord (discordgo resends after a 502; the scheduler
// retries a failed post within minutes) Discord returns that message
// instead of posting again. The poster itself resends only after a 429,
// which Discord answers without handling the request.
//
// Failures are reported as the bot.Poster outcomes: bot.ErrUnauthorized
// when Discord refuses the token (401; every channel is affected, see
// Healthy), *bot.PermanentError when the channel cannot be posted to, and
// bot.ErrUndeliverable when Discord refuses the message itself (400).
type Poster struct {
	s *discordgo.Session

	unauthorized atomic.Pointer[error] // the latest refusal of the token, until Discord accepts it

	// MaxAttempts bounds the sends of one post while Discord answers 429;
	// zero means 5.
	MaxAttempts int
	// Logger receives a line per rate-limited attempt; nil discards.
	Logger *slog.Logger
}

var (
	_ bot.Poster     = (*Poster)(nil)
	_ bot.CardPoster = (*Poster)(nil)
)

// NewPoster returns a poster sending through s, which must carry the bot
// token (see NewSession).
func NewPoster(s *discordgo.Session) *Poster { return &Poster{s: s} }

// Healthy returns nil while Discord accepts the bot token, and the refusal
// from the moment a post gets a 401 until a later post is accepted: for
// /readyz, since no channel can be posted to meanwhile.
func (p *Poster) Healthy() error {
	if err := p.unauthorized.Load(); err != nil {
		return *err
	}
	return nil
}

// Post sends the reply to the channel as embeds, pinging no one. An error
// matching bot.ErrPermanent means the post can never succeed as things
// stand (the channel is gone, the bot cannot see or post in it, or the
// token was revoked); its Reason says what to do.
func (p *Poster) Post(ctx context.Context, channel string, r bot.Reply) error {
	_, err := p.PostCard(ctx, bot.ChannelKey{Platform: bot.Discord, Channel: channel}, r)
	return err
}

// PostCard posts r in the channel as Post does, its curation actions
// (Action.Do) as buttons that any curator there may press: each click is
// answered like a click on a card /draft showed (Interactions.curate, the
// core checking the clicker again), and updates this message in place. The
// ref it returns is the message's id (a snowflake, "1300000000000000001"),
// which UpdateCard takes. Errors mean what Post's do.
func (p *Poster) PostCard(ctx context.Context, ch bot.ChannelKey, r bot.Reply) (string, error) {
	channel := ch.Channel
	if _, err := strconv.ParseUint(channel, 10, 64); err != nil {
		return "", &bot.PermanentError{Reason: fmt.Sprintf("%q is not a Discord channel id", channel)}
	}
	endpoint := discordgo.EndpointChannelMessages(channel)
	resp, err := p.send(ctx, channel, http.MethodPost, endpoint, endpoint, postBody(channel, NewMessage(r, "")), "post to Discord channel "+channel)
	if err != nil {
		return "", err
	}
	var m struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(resp, &m); err != nil || m.ID == "" {
		// Posted, but which message it is cannot be told: the card stays as
		// it is posted.
		return "", fmt.Errorf("post to Discord channel %s: Discord's answer names no message: %w", channel, bot.ErrMaybeDelivered)
	}
	return m.ID, nil
}

// UpdateCard replaces the message ref, which PostCard posted in the
// channel, with r (PATCH /channels/{channel}/messages/{ref}): its embeds and
// buttons, and no content, so a confirm step's question left on it goes.
// A message that is gone (deleted) or not the bot's is
// bot.ErrUndeliverable: the channel is fine.
func (p *Poster) UpdateCard(ctx context.Context, ch bot.ChannelKey, ref string, r bot.Reply) error {
	channel := ch.Channel
	if _, err := strconv.ParseUint(channel, 10, 64); err != nil {
		return &bot.PermanentError{Reason: fmt.Sprintf("%q is not a Discord channel id", channel)}
	}
	if _, err := strconv.ParseUint(ref, 10, 64); err != nil {
		return fmt.Errorf("update a card in Discord channel %s: %w: %q is not a message id", channel, bot.ErrUndeliverable, ref)
	}
	endpoint := discordgo.EndpointChannelMessage(channel, ref)
	_, err := p.send(ctx, channel, http.MethodPatch, endpoint, discordgo.EndpointChannelMessage(channel, ""), encode(cardUpdate(r)),
		"update message "+ref+" in Discord channel "+channel)
	return err
}

// send makes one request to Discord's REST API with the bot token, waiting
// out and resending after a 429 (up to MaxAttempts sends), and returns the
// answer's body. what names the request in errors, which are those of
// postError about the channel.
func (p *Poster) send(ctx context.Context, channel, method, endpoint, bucket string, body []byte, what string) ([]byte, error) {
	retry := bot.Retry{Attempts: p.MaxAttempts,
		OnRetry: func(attempt int, wait time.Duration, _ error) {
			if p.Logger != nil {
				p.Logger.Info("rate limited by Discord; waiting", "request", what, "retry_after", wait, "attempt", attempt)
			}
		}}
	if retry.Attempts <= 0 {
		retry.Attempts = 5
	}
	var resp []byte
	err := retry.Do(ctx, func(int) error {
		var err error
		resp, err = p.s.RequestRaw(method, endpoint, "application/json", body, bucket, 0,
			discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
		if err == nil {
			p.unauthorized.Store(nil)
			return nil
		}
		if rl, ok := errors.AsType[*discordgo.RateLimitError](err); ok {
			// A 429: Discord turned the request away unread.
			wait := rl.RetryAfter
			if wait <= 0 {
				wait = time.Second
			}
			return bot.RetryableAfter(fmt.Errorf("%s: %w", what, err), wait)
		}
		err = postError(what, channel, actualURL(p.s, err))
		switch {
		case errors.Is(err, bot.ErrUnauthorized):
			p.unauthorized.Store(&err)
		case answered(err):
			p.unauthorized.Store(nil) // Discord read the request, so it took the token
		}
		return err
	})
	return resp, err
}

// answered reports whether Discord answered the request with an error of
// its own (not a failure to reach it).
func answered(err error) bool {
	re, ok := errors.AsType[*discordgo.RESTError](err)
	return ok && re.Response != nil
}

// postBody encodes the message with its nonce: the first 25 hex digits of
// a SHA-256 over the channel and the message, 25 characters being the most
// Discord accepts. Rendering is deterministic, so a retry of the same post
// carries the same nonce.
func postBody(channel string, m Message) []byte {
	plain := encode(m)
	h := sha256.New()
	h.Write([]byte(channel))
	h.Write([]byte{0})
	h.Write(plain)
	m.Nonce = hex.EncodeToString(h.Sum(nil))[:25]
	m.EnforceNonce = true
	return encode(m)
}

// Discord's JSON error codes that no retry can fix
// (developers/topics/opcodes-and-status-codes.mdx).
const (
	codeUnknownChannel     = 10003
	codeUnknownMessage     = 10008 // an update of a deleted message
	codeNotAuthor          = 50005 // an update of a message the bot did not send
	codeUnknownGuild       = 10004
	codeMissingAccess      = 50001
	codeCannotSendToDM     = 50007
	codeNonTextChannel     = 50008
	codeMissingPermissions = 50013
)

// postError wraps a failed request, what (e.g. "post to Discord channel
// 123"): as bot.ErrUnauthorized when Discord refuses the token, as a
// *bot.PermanentError when the channel cannot be posted to, and as
// bot.ErrUndeliverable when Discord refuses the message as it is, or the
// message to update is gone or not the bot's. Other failures (5xx, the
// network) are left to retry: the nonce makes a resend of a post safe, and
// an update sent twice is one update.
func postError(what, channel string, raw error) error {
	err := fmt.Errorf("%s: %w", what, raw)
	var re *discordgo.RESTError
	if !errors.As(err, &re) || re.Response == nil {
		return err
	}
	code := 0
	if re.Message != nil {
		code = re.Message.Code
	}
	reason := ""
	switch {
	case re.Response.StatusCode == http.StatusUnauthorized:
		return fmt.Errorf("%s: %w: Discord refused the bot token (DISCORD_BOT_TOKEN); it was probably reset: copy the new one from the Bot page: %w", what, bot.ErrUnauthorized, raw)
	case code == codeUnknownMessage:
		return fmt.Errorf("%s: %w: the message no longer exists (Unknown Message): %w", what, bot.ErrUndeliverable, raw)
	case code == codeNotAuthor:
		return fmt.Errorf("%s: %w: the message is not the bot's: %w", what, bot.ErrUndeliverable, raw)
	case code == codeUnknownChannel:
		reason = fmt.Sprintf("channel %s no longer exists (Unknown Channel)", channel)
	case code == codeUnknownGuild:
		reason = fmt.Sprintf("the server of channel %s no longer exists or removed the bot (Unknown Guild)", channel)
	case code == codeMissingAccess:
		reason = fmt.Sprintf("the bot cannot see channel %s (Missing Access): add it to the server again, or let it view the channel", channel)
	case code == codeMissingPermissions:
		reason = fmt.Sprintf("the bot may not post in channel %s (Missing Permissions): allow it Send Messages and Embed Links there", channel)
	case code == codeNonTextChannel:
		reason = fmt.Sprintf("channel %s is not a text channel", channel)
	case code == codeCannotSendToDM:
		reason = fmt.Sprintf("the bot may not message %s", channel)
	case re.Response.StatusCode == http.StatusForbidden:
		reason = fmt.Sprintf("Discord refused the post to channel %s (403 Forbidden)", channel)
	case re.Response.StatusCode == http.StatusNotFound:
		reason = fmt.Sprintf("channel %s was not found (404)", channel)
	case re.Response.StatusCode == http.StatusBadRequest, re.Response.StatusCode == http.StatusRequestEntityTooLarge:
		// The message itself: Invalid Form Body (50035), too large, …
		// The same message is refused again; the channel is fine.
		return fmt.Errorf("%s: %w: Discord refused the message as it is: %w", what, bot.ErrUndeliverable, raw)
	default:
		return err
	}
	return &bot.PermanentError{Reason: reason, Err: err}
}
