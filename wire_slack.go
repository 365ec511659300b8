package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
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
	app.Curators = cfg.Curators
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

	httpClient := &http.Client{Timeout: slackAPITimeout}
	opts := []slackapi.Option{slackapi.OptionHTTPClient(httpClient)}
	if cfg.APIURL != "" {
		// slack-go joins the base and the method name, so the base must end with a slash.
		opts = append(opts, slackapi.OptionAPIURL(strings.TrimSuffix(cfg.APIURL, "/")+"/"))
	}
	var api *slackapi.Client
	if cfg.BotToken != "" {
		botOpts := opts
		if cfg.AppToken != "" {
			botOpts = append(slices.Clip(opts), slackapi.OptionAppLevelToken(cfg.AppToken))
		}
		api = slackapi.New(cfg.BotToken, botOpts...)
	}
	var poster *slackbot.Poster
	if cfg.OAuthOn() {
		p, err := w.slackOAuth(ctx, app, api, httpClient, opts, log)
		if err != nil {
			return err
		}
		poster = p
	} else if api != nil {
		poster = slackbot.NewPoster(api, log.With("component", "poster"))
	}
	if poster != nil {
		app.Poster = poster
		w.posters[bot.Slack] = poster
	}
	if api != nil {
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
		w.group.Go(func() error {
			err := sock.Run(ctx)
			if te := (*slackbot.AppTokenError)(nil); errors.As(err, &te) {
				return &exitError{2, fmt.Sprintf("Slack Socket Mode: Slack refused SLACK_APP_TOKEN (%v); create an app-level token with the connections:write scope on the app's Basic Information page", te.Err)}
			}
			return err
		})
		log.Info("Slack Socket Mode: connecting")
	}
	switch {
	case cfg.SigningSecret == "" && cfg.AppToken == "":
		log.Info("Slack: posting only; set SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode) to answer commands")
	case cfg.BotToken == "" && !cfg.OAuthOn():
		log.Info("Slack: mentions are not answered and daily posts are off until SLACK_BOT_TOKEN is set")
	}
	return nil
}

// slackOAuth serves the installs of the app in other workspaces (SLACK_CLIENT_ID): the install
// flow on GET /slack/install and /slack/oauth/callback, their tokens sealed in the store under
// ENCRYPTION_KEY, and a poster that posts in each workspace with its own token (and with
// SLACK_BOT_TOKEN in that token's workspace).
func (w *wiring) slackOAuth(ctx context.Context, app *slackbot.App, api *slackapi.Client, httpClient *http.Client, opts []slackapi.Option, log *slog.Logger) (*slackbot.Poster, error) {
	cfg := w.cfg.Slack
	if w.creds == nil {
		return nil, &exitError{1, "SLACK_CLIENT_ID: installing the app in other workspaces needs a store that keeps credentials (DATABASE_URL)"}
	}
	oc := &slackbot.OAuthConfig{
		ClientID: cfg.ClientID, ClientSecret: cfg.ClientSecret, RedirectURL: cfg.RedirectURL,
		APIURL: cfg.APIURL, HTTPClient: httpClient,
	}
	ws := slackbot.NewWorkspaces(w.creds, w.cfg.Keys, api, log.With("component", "workspaces"))
	ws.NewClient = func(token string) *slackapi.Client { return slackapi.New(token, opts...) }
	if w.clock != nil {
		ws.Now = w.clock.Now
	}
	ws.Pauser = w.bot
	ws.OAuth = oc
	app.Workspaces = ws
	slackbot.NewOAuth(*oc, ws, log.With("component", "install")).Mount(w.mux)
	w.group.Go(func() error {
		// Tokens sealed under a key now in ENCRYPTION_KEYS_PREVIOUS are sealed again under
		// ENCRYPTION_KEY, so that the previous key can be dropped.
		n, err := ws.Reseal(ctx)
		if err != nil && ctx.Err() == nil {
			log.Error("could not seal every stored token again under ENCRYPTION_KEY; the previous keys are still needed", "err", err)
		} else if n > 0 {
			log.Info("stored tokens sealed again under ENCRYPTION_KEY", "tokens", n)
		}
		return nil
	})
	log.Info("Slack: other workspaces install the app from GET /slack/install", "redirect_url", cfg.RedirectURL, "encryption_key_id", w.cfg.Keys.ID())
	return slackbot.NewWorkspacePoster(ws, log.With("component", "poster")), nil
}
