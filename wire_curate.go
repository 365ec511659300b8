package main

import (
	"context"
	"net/http"
	"time"

	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
)

// fetchesAtOnce is how many fetches the guarded client runs at once per
// replica, for chat and feeds together: the feed poller's feedPolls, each
// one fetch at a time (a feed, then its new articles), use at most half,
// so curators' /draft never waits behind the feeds. 10,000 feeds every 15
// minutes are 11 polls a second, which 8 at once sustain while a feed takes
// under 0.7 s to answer.
const fetchesAtOnce = 16

// draftSweep is how often each replica discards the drafts nobody changed
// for bot.DraftTTL: an hour late at most, of fourteen days.
const draftSweep = time.Hour

// curation turns curating in chat on: drafts kept in the store beside the
// published briefings, links fetched through the process's one guarded
// client, who may curate on each platform, and the sweep of old drafts.
func (w *wiring) curation(ctx context.Context) {
	if w.cfg.IngestAllowPrivate {
		w.log.Warn("INGEST_ALLOW_PRIVATE=true: links from chat may reach private and loopback addresses, this machine's network included")
	}
	w.web = enableCuration(w.bot, w.cfg, w.db, w.follower)
	// Feeds are part of curating, and the sweep purges their stories: the
	// bot gets them before the sweep starts reading it.
	w.feedsOn()
	// The sweep judges a draft's age by the bot's clock, and waits for its
	// next round in real time: an hour is a cadence, not a deadline, and a
	// test living through days on a virtual clock (whose every waiting
	// timer it counts) sweeps with Bot.SweepDrafts when it means to.
	w.group.Go(func() error { return w.bot.RunDraftSweeper(ctx, bot.SystemClock{}, draftSweep) })
}

// enableCuration gives the bot what curating in chat needs, and returns
// the guarded client it fetches links with: the one of this process.
func enableCuration(b *bot.Bot, cfg Config, db database, f *bot.Follower) *http.Client {
	client := web.New(web.Options{AllowPrivate: cfg.IngestAllowPrivate, MaxConcurrent: fetchesAtOnce})
	b.Fetcher = bot.ClientFetcher(client)
	b.Content = db
	b.Drafts = db
	if f != nil {
		b.Sync = f.Sync
	}
	b.Curators = curators(cfg)
	return client
}

// curators says who may curate on each platform, for the refusal everyone
// else gets. The adapters decide Request.CanCurate by the same settings.
func curators(cfg Config) map[string]string {
	m := map[string]string{
		bot.Console: "the person at the console",
		bot.Discord: "members with the Manage Messages permission",
	}
	if len(cfg.Slack.Curators) > 0 {
		m[bot.Slack] = "the people the bot's administrator lists in SLACK_CURATORS"
	} else {
		m[bot.Slack] = "the people listed in SLACK_CURATORS, and nobody is listed yet: ask the bot's administrator"
	}
	if cfg.Discord.CuratorRole != "" {
		m[bot.Discord] = "members with the curators' role (DISCORD_CURATOR_ROLE)"
	}
	return m
}
