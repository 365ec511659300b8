package bot

import (
	"context"
	"errors"
)

// Poster delivers a Reply to a channel of one platform, for daily posts.
// Implementations render the reply natively and keep to the platform's
// limits. They must be safe for concurrent use.
//
// Post returns nil once the platform accepted the message. An error that
// matches ErrPermanent (errors.Is) means retrying cannot help this channel:
// it is gone, or the bot was removed from it; the subscription pauses.
// ErrUnauthorized, ErrMaybeDelivered and ErrUndeliverable (below) are
// matched first, even inside a PermanentError. Any other error is worth
// retrying later.
type Poster interface {
	Post(ctx context.Context, channel string, r Reply) error
}

// WorkspacePoster is implemented by a Poster whose platform gives the bot a
// credential per workspace (Slack apps installed with OAuth): the scheduler
// then posts with PostTo, naming the channel's workspace too, and Post is
// not called. Its errors mean what Post's do; a credential the workspace
// withdrew is reported as a PermanentError, not ErrUnauthorized, which
// would hold back every workspace's posts.
type WorkspacePoster interface {
	PostTo(ctx context.Context, ch ChannelKey, r Reply) error
}

// Speller is implemented by a Poster whose platform's users type commands
// otherwise than the command table writes them ("/status ukraine"): the
// commands a daily post, and the reasons recorded about it, suggest are
// written its way (see Request.Spell).
type Speller interface {
	Spell(line string) string
}

// ErrPermanent is matched by delivery errors that retrying cannot fix.
var ErrPermanent = errors.New("permanent delivery failure")

// PermanentError is a delivery failure that retrying cannot fix. Reason is
// written for the channel's managers ("the bot is not in this channel;
// invite it with /invite @briefbot").
type PermanentError struct {
	Reason string
	Err    error
}

func (e *PermanentError) Error() string {
	if e.Err == nil {
		return e.Reason
	}
	return e.Reason + ": " + e.Err.Error()
}

// Unwrap returns the platform's error.
func (e *PermanentError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrPermanent) true.
func (e *PermanentError) Is(target error) bool { return target == ErrPermanent }

// Further delivery outcomes a Poster may report, each matched with
// errors.Is. The scheduler treats them differently from plain transient
// errors (retried) and ErrPermanent (the subscription is paused).
var (
	// ErrMaybeDelivered means the request may have reached the platform
	// (a timeout or a connection lost after it was sent) and the platform
	// offers no way to tell. Sending again could post twice, so the post is
	// recorded as unknown and not retried.
	ErrMaybeDelivered = errors.New("delivery outcome unknown")
	// ErrUndeliverable means the platform refused this message as it is
	// (its content or size), not the channel: retrying the same message
	// cannot help, but tomorrow's post may go through, so the post is
	// recorded as failed without pausing the subscription.
	ErrUndeliverable = errors.New("message refused by the platform")
	// ErrUnauthorized means the platform refused the bot's own credentials
	// (a revoked or rotated token, a missing scope). It concerns every
	// channel, not this one: the post is retried as the operator fixes the
	// token, and no subscription is paused for it.
	ErrUnauthorized = errors.New("platform refused the bot's credentials")
)

// CardPoster is implemented by a Poster that can post a review card in a channel for any
// curator there to act on (its Do buttons work like those of a card shown to one curator), and
// change that message later: feeds post their drafts' cards this way, and update a card in
// place when a second source of the same story is added to its draft. Errors mean what Post's
// do.
type CardPoster interface {
	// PostCard posts r in the channel and returns a reference to the message (Slack: its ts;
	// Discord: its id) for UpdateCard.
	PostCard(ctx context.Context, ch ChannelKey, r Reply) (ref string, err error)
	// UpdateCard replaces the message ref, which PostCard returned for the same channel, with r.
	UpdateCard(ctx context.Context, ch ChannelKey, ref string, r Reply) error
}
