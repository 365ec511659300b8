package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// TestShutdownWaitsShareOneDeadline: with a Slack answer and a Discord
// answer both stuck in flight when the bot is told to stop, the waits for
// them at shutdown end together at the one shared deadline, not one after
// the other (nor, for Discord, never).
func TestShutdownWaitsShareOneDeadline(t *testing.T) {
	t.Parallel()
	const grace = 300 * time.Millisecond
	const secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
	fake := discordtest.NewServer(t, wireApp, wireToken)
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := loadConfig(func(k string) string {
		return map[string]string{
			"SLACK_SIGNING_SECRET": secret,
			"DISCORD_APP_ID":       wireApp, "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "DISCORD_API_URL": fake.APIURL(),
		}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(briefings.NewLive(c))
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	b.Observe = func(bot.Request, bot.Reply, time.Duration) { <-release } // every answer is stuck

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
	srv := httptest.NewServer(w.mux)
	defer srv.Close()

	// One command on each platform; each is acknowledged (Slack) or
	// deferred (Discord) after a couple of seconds, its answer still to come.
	var asked sync.WaitGroup
	asked.Go(func() {
		body := slashCommand("/topics", "")
		if code, got := postSigned(t, srv.URL+"/slack/commands", secret, time.Now(), body, body); code != http.StatusOK || len(got) != 0 {
			t.Errorf("slack: %d %s, want an empty acknowledgement", code, got)
		}
	})
	asked.Go(func() {
		body := []byte(`{"id":"1300000000000000011","application_id":"` + wireApp + `","type":2,"token":"tok11","guild_id":"` + wireGuild + `","channel_id":"5",` +
			`"member":{"permissions":"0","user":{"id":"7"}},"data":{"name":"topics","type":1}}`)
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/discord/interactions", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...))))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			return
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("discord: %s", resp.Status)
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
	if took := time.Since(start); took > grace+time.Second {
		t.Errorf("shutdown took %v; the waits share one deadline %v after the signal", took, grace)
	}
}

// TestGraceAfter: the shared deadline starts when the bot is told to stop,
// not before.
func TestGraceAfter(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	stop, release := graceAfter(ctx, 50*time.Millisecond)
	defer release()
	select {
	case <-stop.Done():
		t.Fatal("the shutdown deadline passed before the bot was told to stop")
	case <-time.After(100 * time.Millisecond):
	}
	cancel()
	start := time.Now()
	select {
	case <-stop.Done():
		if took := time.Since(start); took < 40*time.Millisecond {
			t.Errorf("the deadline came %v after the signal, want 50ms", took)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the shutdown deadline never came")
	}
	if !strings.Contains(stop.Err().Error(), "canceled") {
		t.Errorf("err = %v", stop.Err())
	}
}
