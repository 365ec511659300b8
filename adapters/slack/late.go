package slack

import (
	"context"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// apologyGrace is how long past its deadline a command may still deliver its own answer (a
// command that honours the deadline says what failed) before the asker gets a general apology.
const apologyGrace = time.Second

// ask runs req, giving up when ctx ends (and apologyGrace more passes) without an answer: a
// stalled store or command then leaves the asker an apology rather than nothing. The handler
// keeps its goroutine until it returns.
func (a *App) ask(ctx context.Context, req bot.Request) bot.Reply {
	ch := make(chan bot.Reply, 1)
	go func() { ch <- a.handler.Handle(ctx, req) }()
	r, ok := within(ctx, ch)
	if !ok {
		a.log.Error("command took too long; apologising to the asker", "request_id", req.ID, "command", req.Command)
		return tooSlow()
	}
	return r
}

// within returns what ch delivers, or false once ctx has ended and apologyGrace more has passed
// without it.
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

// tooSlow is the answer to a command that did not finish in time.
func tooSlow() bot.Reply {
	return bot.Reply{Kind: bot.Failed, Title: "That took too long", Text: "Sorry, I could not answer in time. The delay has been logged; please try again in a moment."}
}
