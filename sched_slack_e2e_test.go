package main

import (
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"

	"github.com/briefbot/briefbot/bot/clocktest"
	"github.com/briefbot/briefbot/internal/testutil"
)

// fakeSlackWeb is Slack's Web API as far as daily posts use it: it records
// every chat.postMessage.
type fakeSlackWeb struct {
	srv   *slacktest.Server
	mu    sync.Mutex
	posts []url.Values
}

func newFakeSlackWeb(t *testing.T) *fakeSlackWeb {
	f := &fakeSlackWeb{}
	f.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			if r.Header.Get("Authorization") != "Bearer xoxb-1-test" && r.PostForm.Get("token") != "xoxb-1-test" {
				io.WriteString(w, `{"ok":false,"error":"invalid_auth"}`)
				return
			}
			f.mu.Lock()
			f.posts = append(f.posts, r.PostForm)
			f.mu.Unlock()
			io.WriteString(w, `{"ok":true,"channel":"`+r.PostForm.Get("channel")+`","ts":"1700000001.000100"}`)
		})
	})
	f.srv.Start()
	t.Cleanup(f.srv.Stop)
	return f
}

func (f *fakeSlackWeb) postsTo(channel string) []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []url.Values
	for _, p := range f.posts {
		if p.Get("channel") == channel {
			out = append(out, p)
		}
	}
	return out
}

// slackCommand sends a signed slash command and returns the answer's text
// (blocks included).
func slackCommand(t *testing.T, base, secret, command, text string) string {
	t.Helper()
	body := slashCommand(command, text)
	code, got := postSigned(t, base+"/slack/commands", secret, time.Now(), body, body)
	if code != http.StatusOK {
		t.Fatalf("%s %s: %d %s", command, text, code, got)
	}
	return string(got)
}

// TestDailyPostThroughSlack is the daily post as a Slack user gets it, with
// the bot's clock in virtual time: /subscribe for the coming minute in
// Tokyo, exactly one chat.postMessage to the channel at that minute, none
// after a restart the same day, and /unsubscribe removes it.
func TestDailyPostThroughSlack(t *testing.T) {
	t.Parallel()
	clock := clocktest.New(time.Date(2026, 3, 2, 8, 58, 30, 0, time.UTC)) // 17:58:30 in Tokyo
	web := newFakeSlackWeb(t)
	const secret = "8f742231b10e8888abcd99yyyzzz85a5"
	const channel = "C2147483705" // where slashCommand says the command was typed
	db := "sqlite:" + filepath.Join(t.TempDir(), "briefbot.db")
	env := func() map[string]string {
		return map[string]string{
			"SLACK_SIGNING_SECRET": secret,
			"SLACK_BOT_TOKEN":      "xoxb-1-test",
			"SLACK_API_URL":        web.srv.GetAPIURL(),
			"DATABASE_URL":         db,
		}
	}

	// First run: subscribe, and the post goes out at 17:59 Tokyo time.
	stop := startRunningBot(t, env(), clock)
	base := stop.base
	answer := slackCommand(t, base, secret, "/subscribe", "ukraine at 17:59 tz Asia/Tokyo")
	if !strings.Contains(answer, "today at 17:59 JST") {
		t.Fatalf("/subscribe answered: %s", answer)
	}
	clock.WaitAsleep(t, sleepers)
	if n := len(web.postsTo(channel)); n != 0 {
		t.Fatalf("%d posts before 17:59", n)
	}
	clock.Set(time.Date(2026, 3, 2, 8, 59, 0, 0, time.UTC))
	waitUntil(t, "the daily post", func() bool { return len(web.postsTo(channel)) >= 1 }, stop.logs)
	for _, at := range []time.Time{time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)} {
		clock.Set(at)
		clock.WaitAsleep(t, sleepers)
	}
	stop.stop()
	posts := web.postsTo(channel)
	if len(posts) != 1 {
		t.Fatalf("%d chat.postMessage calls to %s, want exactly 1", len(posts), channel)
	}
	if txt := posts[0].Get("text"); !strings.Contains(txt, "Ukraine") || posts[0].Get("blocks") == "" {
		t.Errorf("the post is not the Ukraine briefing in Block Kit: %v", posts[0])
	}

	// Second run, the same day: no second post.
	again := startRunningBot(t, env(), clock)
	clock.WaitAsleep(t, sleepers)
	clock.Set(time.Date(2026, 3, 2, 14, 59, 0, 0, time.UTC)) // 23:59 in Tokyo
	clock.WaitAsleep(t, sleepers)
	if n := len(web.postsTo(channel)); n != 1 {
		t.Fatalf("after a restart the same day: %d posts, want still 1", n)
	}
	if got := slackCommand(t, again.base, secret, "/subscriptions", ""); !strings.Contains(got, "Next: tomorrow at 17:59 JST") {
		t.Errorf("/subscriptions: %s", got)
	}
	if got := slackCommand(t, again.base, secret, "/unsubscribe", "ukraine"); !strings.Contains(got, "Unsubscribed from Ukraine") {
		t.Errorf("/unsubscribe: %s", got)
	}
	clock.Set(time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)) // 18:00 the next day in Tokyo
	clock.WaitAsleep(t, sleepers)
	again.stop()
	if n := len(web.postsTo(channel)); n != 1 {
		t.Errorf("after /unsubscribe: %d posts, want still 1", n)
	}
}

func waitUntil(t *testing.T, what string, cond func() bool, logs *testutil.SyncBuffer) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); !cond(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s; log:\n%s", what, logs)
		}
	}
}

// TestSlackAdminsManageSubscriptions: with SLACK_ADMINS set, only those
// users start or stop a channel's daily briefings; anyone else is refused
// politely and may still list them.
func TestSlackAdminsManageSubscriptions(t *testing.T) {
	t.Parallel()
	web := newFakeSlackWeb(t)
	const secret = "5c4b3a29180f7e6d5c4b3a29180f7e6d"
	base, _ := startBot(t, map[string]string{
		"SLACK_SIGNING_SECRET": secret,
		"SLACK_BOT_TOKEN":      "xoxb-1-test",
		"SLACK_API_URL":        web.srv.GetAPIURL(),
		"SLACK_ADMINS":         "U0ADMIN1, W0ADMIN2",
	})
	as := func(user, command, text string) string {
		t.Helper()
		v, err := url.ParseQuery(string(slashCommand(command, text)))
		if err != nil {
			t.Fatal(err)
		}
		v.Set("user_id", user)
		body := []byte(v.Encode())
		code, got := postSigned(t, base+"/slack/commands", secret, time.Now(), body, body)
		if code != http.StatusOK {
			t.Fatalf("%s %s as %s: %d %s", command, text, user, code, got)
		}
		return string(got)
	}
	const refused = "only the people who manage this channel can start or stop its daily briefings"
	steps := []struct {
		user, command, text, want string
	}{
		{"U2147483697", "/subscribe", "ukraine at 08:00", refused},
		{"U2147483697", "/subscriptions", "", "This channel gets no daily briefing yet."},
		{"U0ADMIN1", "/subscribe", "ukraine at 08:00", "Daily briefing on Ukraine at 08:00 (UTC)"},
		{"U2147483697", "/unsubscribe", "ukraine", refused},
		{"U2147483697", "/unsubscribe", "", refused},
		{"U2147483697", "/subscriptions", "", "Ukraine, daily at 08:00 (UTC)"},
		{"W0ADMIN2", "/unsubscribe", "ukraine", "Unsubscribed from Ukraine"},
	}
	for _, s := range steps {
		if got := as(s.user, s.command, s.text); !strings.Contains(got, s.want) {
			t.Errorf("%s %s as %s: answered\n%s\nwant it to say %q", s.command, s.text, s.user, got, s.want)
		}
	}
}
