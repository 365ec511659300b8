package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"
	"golang.org/x/sync/errgroup"

	slackbot "github.com/briefbot/briefbot/adapters/slack"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/testutil"
)

// slashCommand is the form body Slack posts for a slash command.
func slashCommand(command, text string) []byte {
	return []byte(url.Values{
		"token": {"unused"}, "team_id": {"T0001"}, "team_domain": {"example"}, "channel_id": {"C2147483705"},
		"channel_name": {"test"}, "user_id": {"U2147483697"}, "user_name": {"Steve"}, "command": {command},
		"text": {text}, "response_url": {"https://hooks.slack.com/commands/T0001/1/x"}, "trigger_id": {"1.2.3"},
	}.Encode())
}

func postSigned(t *testing.T, u, secret string, ts time.Time, body []byte, sendBody []byte) (int, []byte) {
	t.Helper()
	stamp := strconv.FormatInt(ts.Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, u, bytes.NewReader(sendBody))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", slackbot.Sign(secret, stamp, body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, got
}

// TestSlackRunAsAUserWould: SLACK_SIGNING_SECRET=… HTTP_ADDR=… go run ., then signed slash
// commands over real HTTP, and requests Slack never sends.
func TestSlackRunAsAUserWould(t *testing.T) {
	t.Parallel()
	const secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
	base, logs := startBot(t, map[string]string{"SLACK_SIGNING_SECRET": secret})
	commands := base + "/slack/commands"
	// What Slack sends for "/briefbot status ukraine": the manifest cannot register /status.
	status := slashCommand("/briefbot", "status ukraine")
	now := time.Now()

	answered := func(what string) {
		t.Helper()
		code, body := postSigned(t, commands, secret, time.Now(), status, status)
		var m struct {
			ResponseType string            `json:"response_type"`
			Blocks       []json.RawMessage `json:"blocks"`
		}
		if code != http.StatusOK || json.Unmarshal(body, &m) != nil || len(m.Blocks) == 0 || m.ResponseType != "ephemeral" {
			t.Fatalf("%s: %d %s", what, code, body)
		}
		if !bytes.Contains(body, []byte(`"text":"Ukraine: Blinken and Lavrov agree to keep talking after Tuesday's call"`)) {
			t.Errorf("%s: not the answer about Ukraine: %s", what, body)
		}
	}
	answered("/briefbot status ukraine")

	tampered := bytes.Replace(status, []byte("ukraine"), []byte("russia"), 1)
	refusals := []struct {
		name       string
		ts         time.Time
		secret     string
		body, sent []byte
		want       int
	}{
		{"tampered body", now, secret, status, tampered, http.StatusUnauthorized},
		{"wrong secret", now, "not-the-signing-secret", status, status, http.StatusUnauthorized},
		{"10 minutes old", now.Add(-10 * time.Minute), secret, status, status, http.StatusUnauthorized},
		{"3 MB body", now, secret, bytes.Repeat([]byte("x"), 3<<20), bytes.Repeat([]byte("x"), 3<<20), http.StatusRequestEntityTooLarge},
	}
	for _, r := range refusals {
		code, body := postSigned(t, commands, r.secret, r.ts, r.body, r.sent)
		if code != r.want || bytes.Contains(body, []byte("blocks")) {
			t.Errorf("%s: %d %q, want %d", r.name, code, body, r.want)
		}
		answered("after " + r.name)
	}
	if strings.Contains(logs.String(), secret) {
		t.Error("the signing secret is in the log")
	}
}

// TestSlackMentionThroughAPIURL: with SLACK_BOT_TOKEN and SLACK_API_URL (no trailing slash),
// a mention is answered in its thread through the Web API at that URL.
func TestSlackMentionThroughAPIURL(t *testing.T) {
	t.Parallel()
	posts := make(chan url.Values, 4)
	web := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			posts <- r.PostForm
			io.WriteString(w, `{"ok":true,"channel":"C1","ts":"1700000001.000100"}`)
		})
	})
	web.Start()
	t.Cleanup(web.Stop)

	const secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
	base, _ := startBot(t, map[string]string{
		"SLACK_SIGNING_SECRET": secret,
		"SLACK_BOT_TOKEN":      "xoxb-1-test",
		"SLACK_API_URL":        strings.TrimSuffix(web.GetAPIURL(), "/"),
	})
	ev := []byte(`{"token":"unused","team_id":"T0001","api_app_id":"A0001","type":"event_callback","event_id":"Ev0E2E","event_time":1700000000,"event":{"type":"app_mention","user":"U2147483697","text":"<@U0BOT> status ukraine","ts":"1700000000.000100","channel":"C2147483705","event_ts":"1700000000.000100"}}`)
	if code, body := postSigned(t, base+"/slack/events", secret, time.Now(), ev, ev); code != http.StatusOK {
		t.Fatalf("event: %d %s", code, body)
	}
	select {
	case p := <-posts:
		if p.Get("channel") != "C2147483705" || p.Get("thread_ts") != "1700000000.000100" || !strings.HasPrefix(p.Get("text"), "Ukraine:") {
			t.Errorf("answered with %v", p)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the mention was not answered")
	}
}

// TestSlackSocketModeRefusedToken: a Socket Mode token Slack refuses stops start-up, naming
// SLACK_APP_TOKEN.
func TestSlackSocketModeRefusedToken(t *testing.T) {
	t.Parallel()
	web := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, `{"ok":false,"error":"invalid_auth"}`)
		})
	})
	web.Start()
	t.Cleanup(web.Stop)
	env := map[string]string{
		"SLACK_APP_TOKEN": "xapp-1-revoked",
		"SLACK_BOT_TOKEN": "xoxb-1-test",
		"SLACK_API_URL":   web.GetAPIURL(),
		"HTTP_ADDR":       freeAddr(t),
		"DATABASE_URL":    "sqlite:" + filepath.Join(t.TempDir(), "briefbot.db"),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var logs testutil.SyncBuffer
	err := run(ctx, nil, func(k string) string { return env[k] }, bot.SystemClock{}, strings.NewReader(""), io.Discard, &logs)
	if err == nil || !strings.Contains(err.Error(), "Slack refused SLACK_APP_TOKEN (invalid_auth); create an app-level token with the connections:write scope") || strings.Contains(err.Error()+logs.String(), "xapp-1-revoked") {
		t.Errorf("run = %v, want an error naming SLACK_APP_TOKEN and how to make one, without its value", err)
	}
	// A token to replace is a setting to fix, as a refused Discord token is: exit status 2.
	if ee := (*exitError)(nil); !errors.As(err, &ee) || ee.code != 2 {
		t.Errorf("run = %#v, want exit status 2", err)
	}
}

// TestSlackReadyzFollowsTheBotToken: when Slack refuses SLACK_BOT_TOKEN on a post (here the
// answer to a mention), /readyz turns 503 naming the Slack poster and the token; once Slack
// accepts a post again, 200.
func TestSlackReadyzFollowsTheBotToken(t *testing.T) {
	t.Parallel()
	var refuse atomic.Bool
	refuse.Store(true)
	posted := make(chan bool, 4)
	web := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			if refuse.Load() {
				io.WriteString(w, `{"ok":false,"error":"token_revoked"}`)
				posted <- false
				return
			}
			io.WriteString(w, `{"ok":true,"channel":"C1","ts":"1700000001.000100"}`)
			posted <- true
		})
	})
	web.Start()
	t.Cleanup(web.Stop)

	const secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
	base, _ := startBot(t, map[string]string{
		"SLACK_SIGNING_SECRET": secret,
		"SLACK_BOT_TOKEN":      "xoxb-1-test",
		"SLACK_API_URL":        web.GetAPIURL(),
	})
	mention := func(id string) {
		t.Helper()
		ev := []byte(`{"token":"unused","team_id":"T0001","api_app_id":"A0001","type":"event_callback","event_id":"` + id + `","event_time":1700000000,"event":{"type":"app_mention","user":"U2147483697","text":"<@U0BOT> topics","ts":"1700000000.000100","channel":"C2147483705","event_ts":"1700000000.000100"}}`)
		if code, body := postSigned(t, base+"/slack/events", secret, time.Now(), ev, ev); code != http.StatusOK {
			t.Fatalf("event: %d %s", code, body)
		}
		select {
		case <-posted:
		case <-time.After(10 * time.Second):
			t.Fatal("the mention was not answered")
		}
	}
	readyz := func() (int, map[string]string) {
		t.Helper()
		code, body := get(t, base+"/readyz")
		var checks map[string]string
		if err := json.Unmarshal([]byte(body), &checks); err != nil {
			t.Fatalf("/readyz: %v: %s", err, body)
		}
		return code, checks
	}
	if code, checks := readyz(); code != http.StatusOK || checks["slack_poster"] != "ok" {
		t.Fatalf("before any post: /readyz %d %v", code, checks)
	}
	mention("EvRefused")
	// The poster records the refusal as the post returns, just after Slack answered.
	var code int
	var checks map[string]string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if code, checks = readyz(); code == http.StatusServiceUnavailable {
			break
		}
	}
	if code != http.StatusServiceUnavailable || !strings.Contains(checks["slack_poster"], "SLACK_BOT_TOKEN") {
		t.Errorf("after Slack refused the token: /readyz %d %v", code, checks)
	}
	refuse.Store(false)
	mention("EvAccepted")
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if code, checks = readyz(); code == http.StatusOK {
			break
		}
	}
	if code != http.StatusOK {
		t.Errorf("after Slack accepted a post: /readyz %d %v", code, checks)
	}
}

// TestSlackWebAPICallsTimeOut: a Web API call Slack never answers gives up after the client's
// timeout instead of hanging (here a daily post, which is then reported as maybe delivered,
// since Slack may have it). Not parallel: it shortens the timeout for the wiring it builds.
func TestSlackWebAPICallsTimeOut(t *testing.T) {
	defer func(d time.Duration) { slackAPITimeout = d }(slackAPITimeout)
	slackAPITimeout = 200 * time.Millisecond
	hang := make(chan struct{})
	web := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	}))
	defer web.Close()
	defer close(hang)
	cfg, err := loadConfig(func(k string) string {
		return map[string]string{"SLACK_BOT_TOKEN": "xoxb-1-test", "SLACK_API_URL": web.URL}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	w := &wiring{cfg: cfg, bot: bot.New(briefings.NewLive(c)), log: slog.New(slog.DiscardHandler), mux: http.NewServeMux(), group: new(errgroup.Group), posters: map[string]bot.Poster{}}
	if err := w.slack(ctx); err != nil {
		t.Fatal(err)
	}
	r, _ := bot.Digest(c, bot.DigestOptions{})
	// ctx has no deadline: only the client's timeout can end the post.
	posted := make(chan error, 1)
	go func() { posted <- w.posters[bot.Slack].Post(context.Background(), "C0123456789", r) }()
	select {
	case err := <-posted:
		if !errors.Is(err, bot.ErrMaybeDelivered) {
			t.Errorf("a post Slack never answered: %v, want maybe delivered", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a post Slack never answered was still waiting after 10s; the client's timeout is 200ms")
	}
}
