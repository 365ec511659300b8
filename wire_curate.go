package main

import (
	"context"
	"time"

	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
)

// draftSweep is how often each replica discards the drafts nobody changed
// for bot.DraftTTL: an hour late at most, of fourteen days.
const draftSweep = time.Hour

// curation turns curating in chat on: drafts kept in the store beside the
// published briefings, links fetched through the process's one guarded
// client, who may curate on each platform, and the sweep of old drafts.
func (w *wiring) curation(ctx context.Context) {
	w.web = web.New(web.Options{AllowPrivate: w.cfg.IngestAllowPrivate})
	if w.cfg.IngestAllowPrivate {
		w.log.Warn("INGEST_ALLOW_PRIVATE=true: links from chat may reach private and loopback addresses, this machine's network included")
	}
	w.bot.Fetcher = bot.ClientFetcher(w.web)
	w.bot.Content = w.db
	w.bot.Drafts = w.db
	if w.follower != nil {
		w.bot.Sync = w.follower.Sync
	}
	w.bot.Curators = curators(w.cfg)
	w.group.Go(func() error { return w.bot.RunDraftSweeper(ctx, w.clock, draftSweep) })
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
