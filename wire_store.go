package main

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"
	_ "time/tzdata" // time zones even where the host has no zone database (scratch images)

	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
)

// postLimits keep the daily posts within each platform's rate limits: Slack
// allows about one message a second per channel and a few hundred a minute
// per workspace (https://docs.slack.dev/reference/methods/chat.postMessage,
// "Rate limiting"); Discord 50 requests a second per bot
// (https://discord.com/developers/docs/topics/rate-limits, "Global Rate Limit").
//
// They are per replica. N replicas sharing PostgreSQL split a busy minute
// between them: Slack's per-channel limit still holds (each post is claimed
// by one replica, and a channel seldom has two due the same minute), but
// its workspace limit may not. Replicas serving Discord each run one shard
// of DISCORD_SHARD_COUNT (README, "Running several replicas"), so the
// shard count is the number of replicas sharing the bot's global limit and
// postLimitsFor divides Discord's pace by it. Beyond these each replica's
// poster honours the platform's 429 and Retry-After (Discord's session
// pauses every request after a global 429), so posts are delayed, not lost
// or doubled.
var postLimits = map[string]bot.Limit{
	bot.Slack:   {Workers: 4, PerSecond: 4, Burst: 8, PerChannel: time.Second},
	bot.Discord: {Workers: 16, PerSecond: 50, Burst: 1},
	bot.Console: {Workers: 1},
}

// postLimitsFor returns postLimits with Discord's global pace shared among
// the replicas that run its shards.
func postLimitsFor(discordShards int) map[string]bot.Limit {
	out := make(map[string]bot.Limit, len(postLimits))
	for p, l := range postLimits {
		out[p] = l
	}
	if discordShards > 1 {
		d := out[bot.Discord]
		d.PerSecond /= float64(discordShards)
		d.Workers = max(1, d.Workers/discordShards)
		out[bot.Discord] = d
	}
	return out
}

// store opens the subscription store (DATABASE_URL) and gives it, with the
// scheduler that will post from it, to the bot.
func (w *wiring) store(ctx context.Context) error {
	st, where, err := openStore(ctx, w.cfg.DatabaseURL)
	if err != nil {
		return &exitError{1, fmt.Sprintf("DATABASE_URL: %v", err)}
	}
	w.log.Info("subscription store open", "store", where)
	w.db = st
	w.onClose(func() {
		if err := st.Close(); err != nil {
			w.log.Warn("closing the subscription store", "err", err)
		}
	})
	cst := countingStore{Store: st, m: w.metrics}
	w.ready.add("store", func(ctx context.Context) error {
		if err := cst.Ping(ctx); err != nil {
			return fmt.Errorf("store unreachable: %w", err)
		}
		return nil
	})
	if c, ok := st.(bot.CredentialStore); ok {
		w.creds = countingCreds{CredentialStore: c, m: w.metrics}
	}
	s := bot.NewScheduler(cst, w.bot, w.posters)
	s.Logger = w.log.With("component", "scheduler")
	s.Catchup = w.cfg.Catchup
	s.Limits = postLimitsFor(w.cfg.Discord.ShardCount)
	s.Drain = shutdownGrace
	s.Observe = func(platform string, state bot.PostState, _ time.Duration) {
		w.metrics.Post(platform, string(state))
	}
	s.OnRetry = func(platform string) { w.metrics.Post(platform, "retried") }
	if w.clock != nil {
		s.Clock = w.clock
	}
	w.bot.Store = cst
	w.bot.DefaultTZ = w.cfg.DefaultTZ
	w.bot.Scheduler = s
	w.bot.PostsOff = postsOff(w.cfg)
	return nil
}

// postsOff names the configured platforms that will have no poster, with
// the variable that gives them one, so that /subscribe there says so rather
// than storing a briefing that never arrives. It is worked out from the
// configuration, before any adapter starts, because commands may arrive
// (Slack Socket Mode) while later adapters are still adding their posters
// to w.posters, which may not be read meanwhile. It mirrors wire_slack.go
// and wire_discord.go: a platform posts exactly when its bot token is set,
// or, on Slack, when workspaces install the app (SLACK_CLIENT_ID), each
// with its own token (config.go refuses SLACK_APP_TOKEN without
// SLACK_BOT_TOKEN, so a Slack channel without a poster can only reach the
// bot over HTTP). The console always has its poster.
func postsOff(cfg Config) map[string]string {
	off := map[string]string{}
	if cfg.SlackOn() && cfg.Slack.BotToken == "" && !cfg.Slack.OAuthOn() {
		off[bot.Slack] = "SLACK_BOT_TOKEN"
	}
	if cfg.DiscordOn() && cfg.Discord.BotToken == "" {
		off[bot.Discord] = "DISCORD_BOT_TOKEN"
	}
	return off
}

// database is what DATABASE_URL holds: the subscriptions, the published
// briefings and the drafts.
type database interface {
	bot.Store
	bot.ContentStore
	bot.DraftStore
}

// openStore opens the store DATABASE_URL names: "" is the SQLite file
// briefbot.db, sqlite:PATH another file, postgres://… a shared database. It
// also returns a description for the log, without any password.
func openStore(ctx context.Context, dsn string) (database, string, error) {
	switch {
	case dsn == "":
		s, err := sqlite.Open(ctx, "briefbot.db")
		return s, "sqlite:briefbot.db", err
	case strings.HasPrefix(dsn, "sqlite:"):
		path := strings.TrimPrefix(dsn, "sqlite:")
		s, err := sqlite.Open(ctx, path)
		return s, dsn, err
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		where := "postgres"
		if u, err := url.Parse(dsn); err == nil {
			where = u.Redacted()
		}
		s, err := postgres.Open(ctx, dsn)
		return s, where, err
	}
	return nil, "", fmt.Errorf("expected sqlite:PATH or postgres://user:password@host:5432/dbname")
}

// scheduler starts posting the daily briefings through the posters wired
// so far. On shutdown it keeps posting what it had claimed for up to
// shutdownGrace and hands the rest back for the next start or another
// replica.
func (w *wiring) scheduler(ctx context.Context) error {
	s := w.bot.Scheduler
	if s == nil {
		return nil
	}
	w.group.Go(func() error { return s.Run(ctx) })
	return nil
}
