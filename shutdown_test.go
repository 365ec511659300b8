package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"golang.org/x/sync/errgroup"

	slackbot "github.com/briefbot/briefbot/adapters/slack"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// TestShutdownWaitsShareOneDeadline: with a Slack answer and a Discord
// answer both stuck in flight when the bot is told to stop, the waits for
// them at shutdown end together at the one shared deadline, not one after
// the other (nor, for Discord, never). The requests go straight to the
// handlers, with no socket, so the test runs in a synctest bubble and the
// shutdown's length is exact virtual time.
func TestShutdownWaitsShareOneDeadline(t *testing.T) {
	t.Parallel()
	const secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
	// Nothing listens at the platforms' addresses: the stuck answers, once
	// released at the end, fail at once to reach them, with no socket left
	// open in the bubble.
	nowhere := "http://" + freeAddr(t)
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := loadConfig(func(k string) string {
		return map[string]string{
			"SLACK_SIGNING_SECRET": secret,
			"DISCORD_APP_ID":       wireApp, "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "DISCORD_API_URL": nowhere + "/api/v10",
		}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	synctest.Test(t, func(t *testing.T) {
		const grace = 10 * time.Second
		b := bot.New(briefings.NewLive(c))
		release := make(chan struct{})
		b.Observe = func(bot.Request, bot.Reply, time.Duration) { <-release } // every answer is stuck
		defer func() {
			close(release)
			time.Sleep(time.Hour) // the released answers give up delivering
		}()

		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		stop, done := graceAfter(ctx, grace)
		defer done()
		w := &wiring{cfg: cfg, bot: b, log: slog.New(slog.DiscardHandler), mux: http.NewServeMux(), group: new(errgroup.Group), posters: map[string]bot.Poster{}, stop: stop}
		if err := w.slack(ctx); err != nil {
			t.Fatal(err)
		}
		if err := w.discord(ctx); err != nil {
			t.Fatal(err)
		}

		// One command on each platform; each is acknowledged (Slack) or
		// deferred (Discord) after a couple of seconds, its answer still to come.
		var asked sync.WaitGroup
		asked.Go(func() {
			form, _ := url.ParseQuery(string(slashCommand("/topics", "")))
			form.Set("response_url", nowhere+"/commands/T0001/1/x")
			body := []byte(form.Encode())
			stamp := strconv.FormatInt(time.Now().Unix(), 10)
			req := httptest.NewRequest(http.MethodPost, "/slack/commands", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("X-Slack-Request-Timestamp", stamp)
			req.Header.Set("X-Slack-Signature", slackbot.Sign(secret, stamp, body))
			rec := httptest.NewRecorder()
			w.mux.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK || rec.Body.Len() != 0 {
				t.Errorf("slack: %d %s, want an empty acknowledgement", rec.Code, rec.Body)
			}
		})
		asked.Go(func() {
			body := []byte(`{"id":"1300000000000000011","application_id":"` + wireApp + `","type":2,"token":"tok11","guild_id":"` + wireGuild + `","channel_id":"5",` +
				`"member":{"permissions":"0","user":{"id":"7"}},"data":{"name":"topics","type":1}}`)
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			req := httptest.NewRequest(http.MethodPost, "/discord/interactions", bytes.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("X-Signature-Timestamp", ts)
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...))))
			rec := httptest.NewRecorder()
			w.mux.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				t.Errorf("discord: %d %s", rec.Code, rec.Body)
			}
		})
		asked.Wait()

		cancel() // SIGTERM
		start := time.Now()
		if err := w.drain(); err != nil {
			t.Error(err)
		}
		for i := len(w.closers) - 1; i >= 0; i-- {
			w.closers[i]()
		}
		if took := time.Since(start); took != grace {
			t.Errorf("shutdown took %v; the waits share one deadline %v after the signal", took, grace)
		}
	})
}

// TestGraceAfter: the shared deadline starts when the bot is told to stop,
// not before, and ends exactly the grace period after (virtual time, in a
// synctest bubble).
func TestGraceAfter(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		const grace = 20 * time.Second
		ctx, cancel := context.WithCancel(context.Background())
		stop, release := graceAfter(ctx, grace)
		defer release()
		time.Sleep(time.Hour)
		synctest.Wait()
		if stop.Err() != nil {
			t.Fatal("the shutdown deadline passed before the bot was told to stop")
		}
		cancel()
		start := time.Now()
		<-stop.Done()
		if took := time.Since(start); took != grace {
			t.Errorf("the deadline came %v after the signal, want %v", took, grace)
		}
		if !strings.Contains(stop.Err().Error(), "canceled") {
			t.Errorf("err = %v", stop.Err())
		}
	})
}
