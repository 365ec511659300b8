package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/briefbot/briefbot/bot"
)

// maxSocketPayload is the largest answer sent in a Socket Mode acknowledgement. Slack silently
// drops responses of 20 KB or more (slack-go's socketmode refuses them); larger answers go
// through response_url instead. The margin covers the envelope around the payload.
const maxSocketPayload = 20*1024 - 256

// Socket runs Socket Mode: the bot opens a WebSocket to Slack (apps.connections.open with the
// app-level token) and receives commands, clicks and events over it, so it needs no public URL.
// slack-go's client reconnects when Slack asks it to or the connection drops; Run restarts it
// when it gives up.
type Socket struct {
	app       *App
	client    *socketmode.Client
	log       *slog.Logger
	connected atomic.Bool
	started   atomic.Bool // a connection was up once: a refused token is no longer start-up's

	// MaxBackoff bounds the wait between restarts after the client gave up; 0 means 5 minutes.
	MaxBackoff time.Duration
}

// NewSocket returns Socket Mode for app over api, a client made with
// slack.OptionAppLevelToken(xapp-…).
func NewSocket(app *App, api *slackapi.Client) *Socket {
	log := app.log.With("mode", "socket")
	client := socketmode.New(api, socketmode.OptionLog(slog.NewLogLogger(log.Handler(), slog.LevelDebug)))
	return &Socket{app: app, client: client, log: log}
}

// Run serves until ctx ends. It returns an error, an *AppTokenError, only when Slack refuses the
// app-level token before the first connection: a wrong SLACK_APP_TOKEN should stop start-up,
// not retry forever.
func (s *Socket) Run(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- s.keepRunning(ctx) }()
	for {
		select {
		case err := <-errc:
			return err
		case evt := <-s.client.Events:
			s.dispatch(ctx, evt)
		}
	}
}

// AppTokenError is Run's error when Slack refuses the app-level token (SLACK_APP_TOKEN) before
// the first connection; Err is Slack's answer. Start-up tells the operator what to do about it.
type AppTokenError struct{ Err error }

func (e *AppTokenError) Error() string { return "app-level token refused by Slack: " + e.Err.Error() }
func (e *AppTokenError) Unwrap() error { return e.Err }

// Connected reports whether the WebSocket to Slack is up now, for /readyz.
func (s *Socket) Connected() bool { return s.connected.Load() }

func (s *Socket) keepRunning(ctx context.Context) error {
	retry := bot.Retry{Backoff: time.Second, MaxBackoff: s.MaxBackoff,
		OnRetry: func(_ int, wait time.Duration, err error) {
			s.log.Error("Socket Mode connection lost; reconnecting", "err", err, "in", wait)
		}}
	if retry.MaxBackoff <= 0 {
		retry.MaxBackoff = 5 * time.Minute
	}
	err := retry.Do(ctx, func(int) error {
		// RunContext reconnects by itself, backing off, and returns only with an error: when
		// ctx ends, or when opening a connection fails in a way it does not retry (Slack
		// refused the token, or answered 404).
		err := s.client.RunContext(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if !s.started.Load() && authFailure(err) {
			return &AppTokenError{Err: err}
		}
		// A new connection repeats nothing: Slack sends again what was not acknowledged.
		return bot.Retryable(err)
	})
	if ctx.Err() != nil {
		return nil
	}
	return err
}

func authFailure(err error) bool {
	var se slackapi.SlackErrorResponse
	if errors.As(err, &se) {
		switch se.Err {
		case "invalid_auth", "not_authed", "account_inactive", "token_revoked", "not_allowed_token_type":
			return true
		}
	}
	switch err.Error() {
	case "invalid_auth", "not_authed", "account_inactive", "token_revoked":
		return true
	}
	var sc slackapi.StatusCodeError
	return errors.As(err, &sc) && sc.Code == 404
}

// dispatch handles one event from the socket. Requests are acknowledged within Slack's 3 seconds;
// a slash command's answer rides on its acknowledgement when it is ready and small enough.
func (s *Socket) dispatch(ctx context.Context, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnected:
		s.connected.Store(true)
		s.started.Store(true)
		s.log.Info("connected to Slack")
	case socketmode.EventTypeConnecting, socketmode.EventTypeDisconnect:
		s.connected.Store(false)
	case socketmode.EventTypeConnectionError:
		s.connected.Store(false)
		s.log.Warn("cannot connect to Slack; retrying", "err", fmt.Sprint(evt.Data))
	case socketmode.EventTypeInvalidAuth:
		s.log.Error("Slack refused SLACK_APP_TOKEN")
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorBadMessage, socketmode.EventTypeErrorWriteFailed:
		s.log.Warn("Socket Mode error", "type", string(evt.Type), "detail", fmt.Sprint(evt.Data))
	case socketmode.EventTypeSlashCommand:
		sc, ok := evt.Data.(slackapi.SlashCommand)
		if !ok || evt.Request == nil {
			return
		}
		env := evt.Request.EnvelopeID
		s.app.background(ctx, func(ctx context.Context) { s.command(ctx, env, sc) })
	case socketmode.EventTypeInteractive:
		cb, ok := evt.Data.(slackapi.InteractionCallback)
		if !ok || evt.Request == nil {
			return
		}
		env := evt.Request.EnvelopeID
		if cb.Type == slackapi.InteractionTypeViewSubmission {
			// A submitted form is answered in its acknowledgement (errors on its fields, the
			// next form), which may take the bot a moment: off the event loop.
			s.app.background(ctx, func(ctx context.Context) {
				if body := s.app.interact(ctx, &cb); body != nil {
					s.ack(ctx, env, json.RawMessage(body))
				} else {
					s.ack(ctx, env, nil)
				}
			})
			return
		}
		s.ack(ctx, env, nil)
		s.app.interact(ctx, &cb)
	case socketmode.EventTypeEventsAPI:
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok || evt.Request == nil {
			return
		}
		s.ack(ctx, evt.Request.EnvelopeID, nil)
		if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
			s.app.event(ctx, ev, cb.EventID, evt.Request.RetryAttempt, evt.Request.RetryReason)
		}
	}
}

func (s *Socket) command(ctx context.Context, envelope string, sc slackapi.SlashCommand) {
	c := command{
		Command:     sc.Command,
		Text:        sc.Text,
		TeamID:      sc.TeamID,
		OrgID:       sc.EnterpriseID,
		ChannelID:   sc.ChannelID,
		UserID:      sc.UserID,
		UserName:    sc.UserName,
		ResponseURL: sc.ResponseURL,
	}
	body := s.app.answer(ctx, c).body
	if body == nil {
		s.ack(ctx, envelope, nil) // the answer follows through response_url
		return
	}
	if len(body) > maxSocketPayload {
		s.ack(ctx, envelope, nil)
		s.app.respond(ctx, envelope, c.ResponseURL, rewrap(body))
		return
	}
	s.ack(ctx, envelope, json.RawMessage(body))
}

// rewrap turns an acknowledgement body into a response_url post of a new message.
func rewrap(body []byte) []byte {
	const prefix = `{"response_type":`
	if len(body) < len(prefix) || string(body[:len(prefix)]) != prefix {
		return body
	}
	out := make([]byte, 0, len(body)+32)
	out = append(out, `{"replace_original":false,`...)
	return append(out, body[1:]...)
}

func (s *Socket) ack(ctx context.Context, envelope string, payload any) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := s.client.AckCtx(ctx, envelope, payload); err != nil {
		s.log.Warn("acknowledgement not sent", "envelope_id", envelope, "err", err)
	}
}
