package main

import (
	"context"
	"slices"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// feedPolls is how many feeds each replica polls at once: half the
// guarded client's fetchesAtOnce.
const feedPolls = fetchesAtOnce / 2

// feedsOn gives the bot what /follow, /feeds and /unfollow need: the
// store's feeds and a reader on the process's one guarded client. A store
// that keeps no feeds leaves them off (they answer so).
func (w *wiring) feedsOn() {
	fs, ok := w.db.(bot.FeedStore)
	if !ok || w.web == nil {
		w.log.Info("following feeds is off: the store keeps no feeds")
		return
	}
	r := newFeedReader(w.web, w.clock)
	w.bot.Feeds = fs
	w.bot.FeedReader = r
	if w.cfg.FeedInterval < time.Minute {
		w.log.Warn("FEED_INTERVAL is under a minute: fine for a test, too often for publishers' feeds", "interval", w.cfg.FeedInterval)
	}
	// The poller exists from here on so that /follow can wake it and tell
	// its interval; it starts once the platforms' posters are wired
	// (feedPoller).
	p := &bot.FeedPoller{Bot: w.bot, Store: fs, Reader: r, Interval: w.cfg.FeedInterval, Drain: shutdownGrace, Concurrency: feedPolls,
		Logger: w.log.With("component", "feeds"), Cards: map[string]bot.CardPoster{}}
	if w.clock != nil {
		p.Clock = w.clock
	}
	if w.metrics != nil {
		p.Observe = w.metrics.Feed
	}
	w.bot.Poller = p
}

// feedPoller starts polling the followed feeds, as the replica the
// scheduler names, when there is a platform to post their cards to.
func (w *wiring) feedPoller(ctx context.Context) {
	p := w.bot.Poller
	if p == nil {
		return
	}
	var platforms []string
	for name, poster := range w.posters {
		if cp, ok := poster.(bot.CardPoster); ok {
			p.Cards[name] = cp
			platforms = append(platforms, name)
		}
	}
	if len(platforms) == 0 {
		w.log.Info("followed feeds are not polled: no platform here posts review cards")
		return
	}
	slices.Sort(platforms)
	if s := w.bot.Scheduler; s != nil {
		p.Owner = s.Name()
	}
	w.log.Info("followed feeds are polled", "platforms", platforms, "interval", p.Interval)
	w.group.Go(func() error { return p.Run(ctx) })
}
