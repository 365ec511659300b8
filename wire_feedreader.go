package main

import (
	"net/http"

	"github.com/briefbot/briefbot/adapters/feeds"
	"github.com/briefbot/briefbot/bot"
)

// newFeedReader reads feeds through c, the process's one guarded client,
// counting a Retry-After date from clock.
func newFeedReader(c *http.Client, clock bot.Clock) bot.FeedReader {
	opts := feeds.Options{}
	if clock != nil {
		opts.Clock = clock
	}
	return feeds.New(c, opts)
}
