package slack

import (
	"context"

	"github.com/briefbot/briefbot/bot"
)

// ask runs req, giving up when ctx ends (and bot.ApologyGrace more passes) without an answer: a
// stalled store or command then leaves the asker an apology rather than nothing. The handler
// keeps its goroutine until it returns.
func (a *App) ask(ctx context.Context, req bot.Request) bot.Reply {
	ch := make(chan bot.Reply, 1)
	go func() { ch <- a.handler.Handle(ctx, req) }()
	r, ok := bot.Within(ctx, ch)
	if !ok {
		a.log.Error("command took too long; apologising to the asker", "request_id", req.ID, "command", req.Command)
		return bot.TooSlow()
	}
	return r
}
