package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

const (
	wireApp   = "1234567890123456789"
	wireGuild = "112233445566778899"
	wireToken = "the-real-token"
)

// TestDiscordStartupRefusals: a wrong token or application id stops
// start-up with a message naming the variable to fix, and never the token.
func TestDiscordStartupRefusals(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, token, app, want string
	}{
		{"bad token", "a-revoked-token", wireApp, "DISCORD_BOT_TOKEN"},
		{"other application", wireToken, "42", "DISCORD_APP_ID=42"},
	}
	for _, tc := range tests {
		fake := discordtest.NewServer(t, wireApp, wireToken)
		env := map[string]string{
			"DISCORD_BOT_TOKEN": tc.token, "DISCORD_APP_ID": tc.app, "DISCORD_API_URL": fake.APIURL(),
			"HTTP_ADDR": freeAddr(t), "DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "b.db"),
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err := run(ctx, nil, func(k string) string { return env[k] }, bot.SystemClock{}, strings.NewReader(""), io.Discard, io.Discard)
		cancel()
		var ee *exitError
		if !errors.As(err, &ee) || ee.code == 0 || !strings.Contains(ee.msg, tc.want) {
			t.Errorf("%s: run = %v, want an exit naming %s", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), tc.token) {
			t.Errorf("%s: the message repeats the token: %v", tc.name, err)
		}
		if len(fake.RequestsTo(http.MethodPut, "/applications/")) != 0 {
			t.Errorf("%s: commands were registered with a refused token", tc.name)
		}
	}
}

// TestDiscordGatewayMode starts the bot with a bot token against a fake
// Discord: it registers the commands in the guild with one bulk overwrite,
// identifies on the gateway with no intents, and answers an interaction
// that arrives there.
func TestDiscordGatewayMode(t *testing.T) {
	t.Parallel()
	fake := discordtest.NewServer(t, wireApp, wireToken)
	startBot(t, map[string]string{
		"DISCORD_BOT_TOKEN": wireToken, "DISCORD_APP_ID": wireApp, "DISCORD_GUILD_ID": wireGuild,
		"DISCORD_API_URL": fake.APIURL(), "HTTP_ADDR": freeAddr(t),
		"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "b.db"),
	})

	puts := fake.RequestsTo(http.MethodPut, "/applications/")
	if len(puts) != 1 || puts[0].Path != "/applications/"+wireApp+"/guilds/"+wireGuild+"/commands" {
		t.Fatalf("registration requests: %+v", puts)
	}
	var cmds []struct {
		Name string
		Type int
	}
	json.Unmarshal(puts[0].Body, &cmds)
	if len(cmds) != len(bot.Commands())+1 {
		t.Errorf("registered %d commands, the bot has %d and the context-menu command", len(cmds), len(bot.Commands()))
	}
	if n := len(cmds); n == 0 || cmds[n-1].Name != "Draft a briefing" || cmds[n-1].Type != 3 {
		t.Errorf("the context-menu command is not registered with the slash commands: %+v", cmds)
	}

	var identify struct {
		Intents *int `json:"intents"`
	}
	select {
	case raw := <-fake.Identified():
		json.Unmarshal(raw, &identify)
	case <-time.After(5 * time.Second):
		t.Fatal("the bot never identified on the gateway")
	}
	if identify.Intents == nil || *identify.Intents != 0 {
		t.Errorf("identified with intents %v, want 0", identify.Intents)
	}

	err := fake.Dispatch("INTERACTION_CREATE", map[string]any{
		"id": "1300000000000000009", "application_id": wireApp, "type": 2, "token": "tok9", "guild_id": wireGuild, "channel_id": "5",
		"member": map[string]any{"permissions": "0", "user": map[string]any{"id": "7"}},
		"data":   map[string]any{"name": "quote", "type": 1, "options": []any{map[string]any{"name": "speaker", "type": 3, "value": "lavrov"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for len(fake.RequestsTo(http.MethodPost, "/interactions/1300000000000000009/tok9/callback")) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the interaction was never answered")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cb := fake.RequestsTo(http.MethodPost, "/interactions/1300000000000000009/tok9/callback")[0]
	if !strings.Contains(string(cb.Body), "Sergey Lavrov") || !strings.Contains(string(cb.Body), `"allowed_mentions":{"parse":[]}`) {
		t.Errorf("callback body: %s", cb.Body)
	}
}

// TestDiscordPosterWired: with a bot token, the scheduler gets a Discord
// poster that posts through DISCORD_API_URL; without one, none.
func TestDiscordPosterWired(t *testing.T) {
	t.Parallel()
	fake := discordtest.NewServer(t, wireApp, wireToken)
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range []string{wireToken, ""} {
		cfg, err := loadConfig(func(k string) string {
			return map[string]string{
				"DISCORD_BOT_TOKEN": tok, "DISCORD_APP_ID": wireApp, "DISCORD_API_URL": fake.APIURL(),
				"DISCORD_PUBLIC_KEY": strings.Repeat("ab", 32),
			}[k]
		})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		w := &wiring{cfg: cfg, bot: bot.New(briefings.NewLive(c)), log: slog.New(slog.DiscardHandler), mux: http.NewServeMux(), group: new(errgroup.Group), posters: map[string]bot.Poster{}}
		if err := w.discord(ctx); err != nil {
			t.Fatal(err)
		}
		p, ok := w.posters[bot.Discord]
		if tok == "" {
			if ok {
				t.Error("a Discord poster without a bot token")
			}
		} else {
			if !ok {
				t.Fatal("no Discord poster with a bot token")
			}
			r, _ := bot.Digest(c, bot.DigestOptions{})
			if err := p.Post(ctx, "998877665544332211", r); err != nil {
				t.Errorf("post: %v", err)
			}
			if len(fake.RequestsTo(http.MethodPost, "/channels/998877665544332211/messages")) != 1 {
				t.Error("the poster did not post through DISCORD_API_URL")
			}
		}
		if _, pattern := w.mux.Handler(&http.Request{Method: http.MethodPost, URL: mustURL("/discord/interactions")}); pattern == "" {
			t.Error("POST /discord/interactions is not mounted with DISCORD_PUBLIC_KEY set")
		}
		cancel()
		if err := w.group.Wait(); err != nil {
			t.Error(err)
		}
		for i := len(w.closers) - 1; i >= 0; i-- {
			w.closers[i]()
		}
	}
}

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

// TestDiscordReadyzFollowsTheBotToken: when Discord refuses the bot token
// on a daily post (401), /readyz reports the Discord poster unready, naming
// DISCORD_BOT_TOKEN; once a post goes through, ready again.
func TestDiscordReadyzFollowsTheBotToken(t *testing.T) {
	t.Parallel()
	fake := discordtest.NewServer(t, wireApp, wireToken)
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := loadConfig(func(k string) string {
		return map[string]string{"DISCORD_BOT_TOKEN": wireToken, "DISCORD_APP_ID": wireApp, "DISCORD_API_URL": fake.APIURL()}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	w := &wiring{cfg: cfg, bot: bot.New(briefings.NewLive(c)), log: slog.New(slog.DiscardHandler), mux: http.NewServeMux(), group: new(errgroup.Group), posters: map[string]bot.Poster{}}
	t.Cleanup(func() {
		cancel()
		w.group.Wait()
	})
	if err := w.discord(ctx); err != nil {
		t.Fatal(err)
	}
	poster := func() string {
		rec := httptest.NewRecorder()
		w.ready.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
		var checks map[string]string
		json.Unmarshal(rec.Body.Bytes(), &checks)
		return checks["discord_poster"]
	}
	if got := poster(); got != "ok" {
		t.Fatalf("before any post: discord_poster %q", got)
	}
	const channel = "998877665544332211"
	route := "POST /channels/" + channel + "/messages"
	fake.Fail(route, http.StatusUnauthorized, 0, "401: Unauthorized")
	r, _ := bot.Digest(c, bot.DigestOptions{})
	if err := w.posters[bot.Discord].Post(ctx, channel, r); !errors.Is(err, bot.ErrUnauthorized) {
		t.Fatalf("post with a refused token: %v", err)
	}
	if got := poster(); !strings.Contains(got, "DISCORD_BOT_TOKEN") {
		t.Errorf("after a 401: discord_poster %q", got)
	}
	fake.Handle(route, nil)
	if err := w.posters[bot.Discord].Post(ctx, channel, r); err != nil {
		t.Fatal(err)
	}
	if got := poster(); got != "ok" {
		t.Errorf("after a post went through: discord_poster %q", got)
	}
}
