package bot

import (
	"context"
	"time"
)

// ApologyGrace is how long past its deadline a command may still deliver
// its own answer (a command that honours the deadline says what failed)
// before the asker gets TooSlow instead.
const ApologyGrace = time.Second

// Within returns what ch delivers, or false once ctx has ended and
// ApologyGrace more has passed without it. Adapters use it so a stalled
// command leaves the asker an apology rather than nothing.
func Within[T any](ctx context.Context, ch <-chan T) (T, bool) {
	select {
	case v := <-ch:
		return v, true
	case <-ctx.Done():
	}
	t := time.NewTimer(ApologyGrace)
	defer t.Stop()
	select {
	case v := <-ch:
		return v, true
	case <-t.C:
		var zero T
		return zero, false
	}
}

// TooSlow is the answer to a command that did not finish in time.
func TooSlow() Reply {
	return Reply{Kind: Failed, Title: "That took too long", Text: "Sorry, I could not answer in time. The delay has been logged; please try again in a moment."}
}
