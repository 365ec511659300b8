package main

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"

	slackbot "github.com/briefbot/briefbot/adapters/slack"
	"github.com/briefbot/briefbot/bot"
)

// Bounds of the Slack answer cache: pure commands' rendered answers, per catalog.
const (
	slackCacheEntries = 1024
	slackCacheBytes   = 16 << 20
)

// slackAPITimeout bounds each call to Slack's Web API: slack-go's default client has none, and
// a call that hangs would hold a daily post, or Socket Mode's reconnect (apps.connections.open),
// for good. Slack answers within a second or two. A variable only so a test can shorten it.
var slackAPITimeout = 30 * time.Second

// slack starts the Slack adapter when SLACK_* is configured: the HTTP endpoints with
// SLACK_SIGNING_SECRET, Socket Mode with SLACK_APP_TOKEN, and the poster for daily briefings
// and mentions with SLACK_BOT_TOKEN.
func (w *wiring) slack(ctx context.Context) error {
	cfg := w.cfg.Slack
	if !w.cfg.SlackOn() {
		return nil
	}
	log := w.log.With("adapter", "slack")
	app := slackbot.New(w.bot, log)
	app.Admins = cfg.Admins
	app.Cache = slackbot.NewCache(slackCacheEntries, slackCacheBytes)
	app.Observe = func(req bot.Request, r bot.Reply, took time.Duration) {
		if f := w.bot.Observe; f != nil {
			f(req, r, took)
		}
	}
	w.onClose(func() {
		// Answers still on their way through response_url, after the listener stopped.
		app.Wait(w.stopping())
	})

	var api *slackapi.Client
	if cfg.BotToken != "" {
		opts := []slackapi.Option{slackapi.OptionHTTPClient(&http.Client{Timeout: slackAPITimeout})}
		if cfg.APIURL != "" {
			// slack-go joins the base and the method name, so the base must end with a slash.
			opts = append(opts, slackapi.OptionAPIURL(strings.TrimSuffix(cfg.APIURL, "/")+"/"))
		}
		if cfg.AppToken != "" {
			opts = append(opts, slackapi.OptionAppLevelToken(cfg.AppToken))
		}
		api = slackapi.New(cfg.BotToken, opts...)
		poster := slackbot.NewPoster(api, log.With("component", "poster"))
		app.Poster = poster
		w.posters[bot.Slack] = poster
		// A refused token stops every post and mention answer, so it makes the replica unready.
		w.ready.add("slack_poster", func(context.Context) error { return poster.Healthy() })
	}

	if cfg.SigningSecret != "" {
		h := slackbot.NewHTTP(app, slackbot.NewVerifier(cfg.SigningSecret))
		h.OnRefuse = func(reason string) { w.metrics.SignatureFailure(bot.Slack, reason) }
		h.Mount(w.mux)
		log.Info("Slack HTTP mode: POST /slack/commands, /slack/interactions, /slack/events")
	}
	if cfg.AppToken != "" {
		sock := slackbot.NewSocket(app, api)
		w.ready.add("slack_socket_mode", func(context.Context) error {
			if !sock.Connected() {
				return errors.New("not connected to Slack (Socket Mode)")
			}
			return nil
		})
		w.group.Go(func() error { return sock.Run(ctx) })
		log.Info("Slack Socket Mode: connecting")
	}
	switch {
	case cfg.SigningSecret == "" && cfg.AppToken == "":
		log.Info("Slack: posting only; set SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode) to answer commands")
	case cfg.BotToken == "":
		log.Info("Slack: mentions are not answered and daily posts are off until SLACK_BOT_TOKEN is set")
	}
	return nil
}
