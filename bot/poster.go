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
// matches ErrPermanent (errors.Is) means retrying cannot help: the channel
// is gone, the bot was removed from it, or its token was revoked. Any other
// error is worth retrying later.
type Poster interface {
	Post(ctx context.Context, channel string, r Reply) error
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
