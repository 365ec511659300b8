package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/internal/testutil"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// recordingHandler is the real bot, counting and keeping the requests it gets, optionally slow.
type recordingHandler struct {
	*bot.Bot
	// stall, when set, runs before the bot answers: a command or store that stalls.
	stall func(ctx context.Context)

	mu   sync.Mutex
	reqs []bot.Request
	n    atomic.Int64
}

func (h *recordingHandler) Handle(ctx context.Context, req bot.Request) bot.Reply {
	h.n.Add(1)
	h.mu.Lock()
	h.reqs = append(h.reqs, req)
	h.mu.Unlock()
	if h.stall != nil {
		h.stall(ctx)
	}
	return h.Bot.Handle(ctx, req)
}

func (h *recordingHandler) last() bot.Request {
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.reqs) == 0 {
		return bot.Request{}
	}
	return h.reqs[len(h.reqs)-1]
}

// responseSink stands in for Slack's response_url endpoint: it records what is posted to it.
type responseSink struct {
	srv  *httptest.Server
	mu   sync.Mutex
	msgs [][]byte
}

func newResponseSink(t *testing.T) *responseSink {
	s := &responseSink{}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json; charset=utf-8" {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		s.mu.Lock()
		s.msgs = append(s.msgs, b)
		s.mu.Unlock()
		io.WriteString(w, "ok")
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *responseSink) url() string { return s.srv.URL + "/commands/T1/1/secret" }

func (s *responseSink) posts() [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]byte(nil), s.msgs...)
}

// slackWeb is slack-go's slacktest server with chat.postMessage recorded and answered by
// reply (nil: ok).
type slackWeb struct {
	srv   *slacktest.Server
	mu    sync.Mutex
	posts []url.Values
	auth  []string
	reply func(n int) (status int, header http.Header, body string)
}

func newSlackWeb(t *testing.T, reply func(n int) (int, http.Header, string)) *slackWeb {
	s := &slackWeb{reply: reply}
	s.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			s.mu.Lock()
			s.posts = append(s.posts, r.PostForm)
			s.auth = append(s.auth, r.Header.Get("Authorization"))
			n := len(s.posts)
			s.mu.Unlock()
			status, hdr, body := http.StatusOK, http.Header{}, ""
			if s.reply != nil {
				status, hdr, body = s.reply(n)
			}
			if body == "" {
				body = `{"ok":true,"channel":"` + r.PostForm.Get("channel") + `","ts":"1700000000.00` + strconv.Itoa(n) + `"}`
			}
			for k, v := range hdr {
				w.Header()[k] = v
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			io.WriteString(w, body)
		})
	})
	s.srv.Start()
	t.Cleanup(s.srv.Stop)
	return s
}

func (s *slackWeb) client(token string) *slackapi.Client {
	return slackapi.New(token, slackapi.OptionAPIURL(s.srv.GetAPIURL()))
}

func (s *slackWeb) received() []url.Values {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]url.Values(nil), s.posts...)
}

// testApp is an App on the real bot behind the HTTP endpoints, on a local server.
type testApp struct {
	t       *testing.T
	app     *App
	h       *recordingHandler
	live    *briefings.Live
	srv     *httptest.Server
	secret  string
	logs    *testutil.SyncBuffer
	replies *responseSink
}

func newTestApp(t *testing.T, configure func(*App)) *testApp {
	t.Helper()
	b, live := newBot(t)
	ta := &testApp{t: t, h: &recordingHandler{Bot: b}, live: live, secret: "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", logs: &testutil.SyncBuffer{}}
	ta.replies = newResponseSink(t)
	ta.app = New(ta.h, slog.New(slog.NewTextHandler(ta.logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if configure != nil {
		configure(ta.app)
	}
	mux := http.NewServeMux()
	NewHTTP(ta.app, NewVerifier(ta.secret)).Mount(mux)
	ta.srv = httptest.NewServer(mux)
	t.Cleanup(ta.srv.Close)
	return ta
}

// signed builds a request signed as Slack would sign it now.
func (ta *testApp) signed(path string, body []byte) *http.Request {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	r, _ := http.NewRequest(http.MethodPost, ta.srv.URL+path, bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("X-Slack-Request-Timestamp", ts)
	r.Header.Set("X-Slack-Signature", Sign(ta.secret, ts, body))
	return r
}

func (ta *testApp) do(r *http.Request) (*http.Response, []byte) {
	ta.t.Helper()
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		ta.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

// command is the body of a slash command as Slack sends it.
func (ta *testApp) command(cmd, text, user string) []byte {
	v := url.Values{
		"token": {"unused"}, "team_id": {"T0001"}, "team_domain": {"example"}, "channel_id": {"C2147483705"},
		"channel_name": {"test"}, "user_id": {user}, "user_name": {"Steve"}, "command": {cmd}, "text": {text},
		"response_url": {ta.replies.url()}, "trigger_id": {"13345224609.738474920.8088930838d88f008e0"},
	}
	return []byte(v.Encode())
}

// wait waits for the App's background work (late answers, clicks, mentions).
func (ta *testApp) wait() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ta.app.Wait(ctx)
}

func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	return m
}

func containsAll(s string, subs ...string) bool {
	for _, x := range subs {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}
