package discord

import (
	"context"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// apologyGrace is how long past its deadline a command may still deliver
// its own answer (a command that honours the deadline says what failed)
// before the asker gets a general apology.
const apologyGrace = time.Second

// within returns what ch delivers, or false once ctx has ended and
// apologyGrace more has passed without it.
func within[T any](ctx context.Context, ch <-chan T) (T, bool) {
	select {
	case v := <-ch:
		return v, true
	case <-ctx.Done():
	}
	t := time.NewTimer(apologyGrace)
	defer t.Stop()
	select {
	case v := <-ch:
		return v, true
	case <-t.C:
		var zero T
		return zero, false
	}
}

// tooSlow is the answer edited in when a command did not finish in time.
func tooSlow() bot.Reply {
	return bot.Reply{Kind: bot.Failed, Title: "That took too long", Text: "Sorry, I could not answer in time. The delay has been logged; please try again in a moment."}
}
