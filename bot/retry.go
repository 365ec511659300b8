package bot

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Retry is how an operation is tried again: the posters' sends, the answer
// to a Slack response_url, the Socket Mode connection, and (through Delay)
// the scheduler's daily posts, whose retries outlive a process.
//
// Only a failure the operation marks with Retryable or RetryableAfter is
// tried again, and never one that matches ErrMaybeDelivered: a request that
// may have reached the platform is not sent twice, since most platforms
// have no way to tell a repeat from a new message. Whatever is not marked
// ends the tries and is returned as it is.
type Retry struct {
	Attempts   int           // tries in all; 0 or less means no limit
	Backoff    time.Duration // the wait after the first failure, doubled after each; 0 means 1s
	MaxBackoff time.Duration // the doubling stops here; 0 means it does not
	// MaxWait is the longest wait the platform may ask for (Retry-After)
	// before the tries end instead; 0 means any.
	MaxWait time.Duration
	Clock   Clock // waits are on it; nil means SystemClock
	// OnRetry, when set, is told of each failure about to be tried again,
	// and the wait before it: for a log line.
	OnRetry func(attempt int, wait time.Duration, err error)
}

// retryable is a failure marked as safe to try again.
type retryable struct {
	err  error
	wait time.Duration // asked for by the platform; 0: the backoff's
}

func (r *retryable) Error() string { return r.err.Error() }
func (r *retryable) Unwrap() error { return r.err }

// Retryable marks err as a failure after which the operation may be tried
// again, because the request surely did not take effect (it never reached
// the platform, or the platform turned it away unread: 429, 503), or
// because taking effect twice is harmless (a request the platform
// deduplicates, a reconnection). A nil err stays nil.
func Retryable(err error) error {
	if err == nil {
		return nil
	}
	return &retryable{err: err}
}

// RetryableAfter is Retryable for a failure whose answer says how long to
// wait (Retry-After): that wait replaces the backoff, and the backoff does
// not grow for it.
func RetryableAfter(err error, wait time.Duration) error {
	if err == nil {
		return nil
	}
	return &retryable{err: err, wait: wait}
}

// Delay is the backoff after the nth failure (n ≥ 1): Backoff doubled n-1
// times, at most MaxBackoff.
func (r Retry) Delay(n int) time.Duration {
	d := r.Backoff
	if d <= 0 {
		d = time.Second
	}
	for i := 1; i < n && d < 1<<61; i++ {
		if r.MaxBackoff > 0 && d >= r.MaxBackoff {
			break
		}
		d *= 2
	}
	if r.MaxBackoff > 0 {
		d = min(d, r.MaxBackoff)
	}
	return d
}

// Do calls try with attempt 1, 2, … until it returns nil or a failure not
// to be tried again, the attempts run out, the platform asks for a wait
// longer than MaxWait, or ctx ends while waiting. A failure ending the
// tries is returned without its mark, with the attempt count added when
// they ran out; ctx's end is returned as an error matching ctx.Err() that
// names the failure before it.
func (r Retry) Do(ctx context.Context, try func(attempt int) error) error {
	clock := r.Clock
	if clock == nil {
		clock = SystemClock{}
	}
	backoffs := 0
	for attempt := 1; ; attempt++ {
		err := try(attempt)
		var m *retryable
		if err == nil || !errors.As(err, &m) {
			return err
		}
		if top, ok := err.(*retryable); ok {
			err = top.err
		}
		if errors.Is(err, ErrMaybeDelivered) {
			return err
		}
		if r.Attempts > 0 && attempt >= r.Attempts {
			return fmt.Errorf("%w (attempt %d of %d)", err, attempt, r.Attempts)
		}
		wait := m.wait
		if wait <= 0 {
			backoffs++
			wait = r.Delay(backoffs)
		} else if r.MaxWait > 0 && wait > r.MaxWait {
			return fmt.Errorf("%w (asked to wait %s before trying again, longer than %s)", err, wait, r.MaxWait)
		}
		if ctx.Err() == nil && r.OnRetry != nil {
			r.OnRetry(attempt, wait, err)
		}
		cerr := ctx.Err()
		if cerr == nil {
			cerr = sleep(ctx, clock, wait)
		}
		if cerr != nil {
			return fmt.Errorf("%w (stopped before attempt %d: %w)", err, attempt+1, cerr)
		}
	}
}
