package slack

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

func TestCommandAnswers(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	tests := []struct {
		command, text string
		responseType  string
		header        string
	}{
		{"/status", "ukraine", "ephemeral", "Ukraine: Blinken and Lavrov agree to keep talking after Tuesday's call"},
		{"/status", "ukraine public", "in_channel", "Ukraine: Blinken and Lavrov agree to keep talking after Tuesday's call"},
		{"/quote", "putin", "ephemeral", "Quotes: Vladimir Putin"},
		{"/search", "missiles", "ephemeral", "Search: missiles"},
		{"/help", "", "ephemeral", "Briefbot commands"},
		{"/weather", "berlin", "ephemeral", "I don't know /weather"},
		// Slack refuses a manifest that registers /status or /search: the umbrella reaches them.
		{"/briefbot", "status ukraine", "ephemeral", "Ukraine: Blinken and Lavrov agree to keep talking after Tuesday's call"},
		{"/briefbot", "status ukraine public", "in_channel", "Ukraine: Blinken and Lavrov agree to keep talking after Tuesday's call"},
		{"/briefbot", "search missiles", "ephemeral", "Search: missiles"},
		{"/briefbot", "", "ephemeral", "Briefbot commands"},
		{"/briefbot", "weather berlin", "ephemeral", "I don't know /weather"},
		// "public" alone is help, shown to the channel; before a question it still means public.
		{"/briefbot", "public", "in_channel", "Briefbot commands"},
		{"/briefbot", "public status ukraine", "in_channel", "Ukraine: Blinken and Lavrov agree to keep talking after Tuesday's call"},
		// What the asker typed is shown as typed: only the bot's own hints are spelled for Slack.
		{"/briefbot", "search /status", "ephemeral", "Search: /status"},
		{"/briefbot", "status /search", "ephemeral", "No topic called “/search”"},
		// Slack sends &, < and > escaped; the bot must see what was typed, shown escaped once.
		{"/search", "sanctions &amp; &lt;!channel&gt;", "ephemeral", "Search: sanctions &amp; &lt;!channel&gt;"},
	}
	for _, tc := range tests {
		t.Run(tc.command+" "+tc.text, func(t *testing.T) {
			resp, body := ta.do(ta.signed("/slack/commands", ta.command(tc.command, tc.text, "U2147483697")))
			if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json" {
				t.Fatalf("%s %s: %s", resp.Status, resp.Header.Get("Content-Type"), body)
			}
			m := checkMessage(t, body)
			if m.ResponseType != tc.responseType {
				t.Errorf("response_type %q, want %q", m.ResponseType, tc.responseType)
			}
			if h := m.header(); h != tc.header {
				t.Errorf("header %q, want %q", h, tc.header)
			}
		})
	}
	req := ta.h.last()
	if req.Platform != bot.Slack || req.Workspace != "T0001" || req.Channel != "C2147483705" || req.User != "U2147483697" || req.ID == "" {
		t.Errorf("the bot got %+v", req)
	}
	if req.Text != "sanctions & <!channel>" {
		t.Errorf("the bot got the text %q, want it unescaped", req.Text)
	}
}

func TestCommandCanManage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		admins []string
		user   string
		want   bool
	}{
		{nil, "U1", true},
		{[]string{"U2", "U3"}, "U1", false},
		{[]string{"U2", "U3"}, "U3", true},
	}
	for _, tc := range tests {
		ta := newTestApp(t, func(a *App) { a.Admins = tc.admins })
		ta.do(ta.signed("/slack/commands", ta.command("/help", "", tc.user)))
		if got := ta.h.last().CanManage; got != tc.want {
			t.Errorf("admins %v, user %s: CanManage %v, want %v", tc.admins, tc.user, got, tc.want)
		}
	}
}

// TestCommandRefused sends what Slack never sends: each is refused before the bot sees it, with
// one log line that holds neither the secret nor the signature, and the bot keeps serving.
func TestCommandRefused(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	body := ta.command("/status", "ukraine", "U1")
	now := time.Now()
	at := func(d time.Duration) string { return strconv.FormatInt(now.Add(d).Unix(), 10) }
	big := bytes.Repeat([]byte("a"), 3<<20)
	tests := []struct {
		name   string
		req    func() *http.Request
		status int
	}{
		{"tampered body", func() *http.Request {
			r := ta.signed("/slack/commands", body)
			r.Body = io.NopCloser(bytes.NewReader(bytes.Replace(body, []byte("ukraine"), []byte("ukrainE"), 1)))
			return r
		}, 401},
		{"wrong secret", func() *http.Request {
			r := ta.signed("/slack/commands", body)
			r.Header.Set("X-Slack-Signature", Sign("not the secret", r.Header.Get("X-Slack-Request-Timestamp"), body))
			return r
		}, 401},
		{"10 minutes old", func() *http.Request {
			r := ta.signed("/slack/commands", body)
			r.Header.Set("X-Slack-Request-Timestamp", at(-10*time.Minute))
			r.Header.Set("X-Slack-Signature", Sign(ta.secret, at(-10*time.Minute), body))
			return r
		}, 401},
		{"6 minutes ahead", func() *http.Request {
			r := ta.signed("/slack/commands", body)
			r.Header.Set("X-Slack-Request-Timestamp", at(6*time.Minute))
			r.Header.Set("X-Slack-Signature", Sign(ta.secret, at(6*time.Minute), body))
			return r
		}, 401},
		{"no signature", func() *http.Request {
			r := ta.signed("/slack/commands", body)
			r.Header.Del("X-Slack-Signature")
			return r
		}, 401},
		{"no timestamp", func() *http.Request {
			r := ta.signed("/slack/commands", body)
			r.Header.Del("X-Slack-Request-Timestamp")
			return r
		}, 401},
		{"3 MB body", func() *http.Request { return ta.signed("/slack/commands", big) }, 413},
		{"3 MB body without a length", func() *http.Request {
			r := ta.signed("/slack/commands", big)
			r.ContentLength = -1
			r.Body = io.NopCloser(bytes.NewReader(big))
			return r
		}, 413},
		{"one byte over the cap", func() *http.Request {
			return ta.signed("/slack/commands", append(ta.command("/status", "ukraine", "U1"), bytes.Repeat([]byte("&x=1"), MaxBody)[:MaxBody+1-len(body)]...))
		}, 413},
		{"signed, but not a command", func() *http.Request { return ta.signed("/slack/commands", []byte(`{"command":"/status"}`)) }, 400},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := ta.h.n.Load()
			resp, got := ta.do(tc.req())
			if resp.StatusCode != tc.status {
				t.Fatalf("status %s, want %d: %s", resp.Status, tc.status, got)
			}
			if ta.h.n.Load() != before {
				t.Error("the bot answered a refused request")
			}
			if bytes.Contains(got, []byte("blocks")) {
				t.Errorf("a refusal carries an answer: %s", got)
			}
			// Still serving.
			resp, got = ta.do(ta.signed("/slack/commands", body))
			if resp.StatusCode != http.StatusOK || !bytes.Contains(got, []byte(`"blocks":[`)) {
				t.Fatalf("after the refusal: %s %s", resp.Status, got)
			}
		})
	}
	logs := ta.logs.String()
	if n := strings.Count(logs, "slack request refused"); n != len(tests) {
		t.Errorf("%d refusals logged, want %d:\n%s", n, len(tests), logs)
	}
	if strings.Contains(logs, ta.secret) || strings.Contains(logs, "v0=") {
		t.Errorf("the log holds the secret or a signature:\n%s", logs)
	}
	// The body cap is exact: a body of MaxBody bytes is read and verified.
	exact := append(ta.command("/status", "ukraine", "U1"), bytes.Repeat([]byte("&x=1"), MaxBody)[:MaxBody-len(body)]...)
	if resp, got := ta.do(ta.signed("/slack/commands", exact)); resp.StatusCode != http.StatusOK {
		t.Errorf("a body of exactly %d bytes: %s %s", MaxBody, resp.Status, got)
	}
}

func TestCommandWrongMethod(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	resp, _ := ta.do(must(http.NewRequest(http.MethodGet, ta.srv.URL+"/slack/commands", nil)))
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET: %s", resp.Status)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestCommandSlowAnswer: an answer not ready within AckAfter is acknowledged at once, with an
// empty body, and delivered through response_url when ready. The answer is held back until the
// acknowledgement has arrived, so the test does not depend on how fast the machine is: an
// acknowledgement that waited for the answer would come only at LateLimit, carrying it.
func TestCommandSlowAnswer(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, func(a *App) {
		a.AckAfter = 50 * time.Millisecond
		a.LateLimit = 5 * time.Second
	})
	release := make(chan struct{})
	ta.h.stall = func(ctx context.Context) {
		select {
		case <-release:
		case <-ctx.Done():
		}
	}
	resp, body := ta.do(ta.signed("/slack/commands", ta.command("/status", "ukraine public", "U1")))
	if resp.StatusCode != http.StatusOK || len(body) != 0 {
		t.Fatalf("acknowledgement: %s %q", resp.Status, body)
	}
	if n := len(ta.replies.posts()); n != 0 {
		t.Fatalf("%d posts to response_url before the answer was ready", n)
	}
	close(release)
	ta.wait()
	posts := ta.replies.posts()
	if len(posts) != 1 {
		t.Fatalf("%d posts to response_url, want 1", len(posts))
	}
	m := checkMessage(t, posts[0])
	if m.ResponseType != "in_channel" || m.ReplaceOriginal == nil || *m.ReplaceOriginal {
		t.Errorf("late answer: response_type %q, replace_original %v", m.ResponseType, m.ReplaceOriginal)
	}
	if !strings.HasPrefix(m.header(), "Ukraine:") {
		t.Errorf("late answer: header %q", m.header())
	}
}

// TestCommandCache: a pure command's answer is rendered once per catalog; the metrics hook
// still hears of every answer.
func TestCommandCache(t *testing.T) {
	t.Parallel()
	var (
		mu       sync.Mutex
		observed []bot.Reply
	)
	ta := newTestApp(t, func(a *App) {
		a.Cache = NewCache(100, 1<<20)
		a.Observe = func(_ bot.Request, r bot.Reply, _ time.Duration) {
			mu.Lock()
			defer mu.Unlock()
			observed = append(observed, r)
		}
	})
	ask := func(cmd, text string) []byte {
		resp, body := ta.do(ta.signed("/slack/commands", ta.command(cmd, text, "U1")))
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s %s: %s", cmd, text, resp.Status)
		}
		return body
	}
	first := ask("/status", "ukraine")
	second := ask("/status", "ukraine")
	if !bytes.Equal(first, second) {
		t.Error("the cached answer differs")
	}
	if n := ta.h.n.Load(); n != 1 {
		t.Errorf("the bot answered %d times, want 1", n)
	}
	mu.Lock()
	if len(observed) != 1 || observed[0].Kind != bot.Answer {
		t.Errorf("observed %d cached answers, want 1", len(observed))
	}
	mu.Unlock()
	// At debug level the cached answer has its log line, with a request id of its own.
	if n := strings.Count(ta.logs.String(), "cached=true"); n != 1 || !strings.Contains(ta.logs.String(), "request_id=") {
		t.Errorf("%d cached answers logged, want 1 with its request id:\n%s", n, ta.logs.String())
	}
	ask("/status", "ukraine public") // another question
	ask("/weather", "")              // not a command, so not known to be pure
	ask("/weather", "")
	if n := ta.h.n.Load(); n != 4 {
		t.Errorf("the bot answered %d times, want 4", n)
	}
	// Curators saved a file: a new catalog, and the answer is worked out again.
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	ta.live.Swap(c)
	ask("/status", "ukraine")
	if n := ta.h.n.Load(); n != 5 {
		t.Errorf("after a new catalog the bot answered %d times, want 5", n)
	}
}

// failingBody is a request body that breaks off with err after its first bytes, as net/http hands
// a handler a body that arrives too slowly for the server's ReadTimeout.
type failingBody struct {
	first []byte
	err   error
}

func (b *failingBody) Read(p []byte) (int, error) {
	if len(b.first) == 0 {
		return 0, b.err
	}
	n := copy(p, b.first)
	b.first = b.first[n:]
	return n, nil
}

func (*failingBody) Close() error { return nil }

// TestSlowBodyGetsFixedText: a body that arrives too slowly (or breaks off) is refused with 400
// and a fixed text, as the Discord endpoint does: Go's error names the bot's own address, which
// goes to the log only.
func TestSlowBodyGetsFixedText(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	h := NewHTTP(ta.app, NewVerifier(ta.secret))
	self := &net.TCPAddr{IP: net.IPv4(10, 1, 2, 3), Port: 8080}
	timeout := &net.OpError{Op: "read", Net: "tcp", Source: self, Addr: &net.TCPAddr{IP: net.IPv4(10, 9, 9, 9), Port: 51234}, Err: os.ErrDeadlineExceeded}
	for _, path := range []string{CommandsPath, InteractionsPath, EventsPath} {
		r := httptest.NewRequest(http.MethodPost, path, nil)
		signed := ta.signed(path, ta.command("/status", "ukraine", "U1"))
		r.Header = signed.Header
		r.Body = &failingBody{first: []byte("command=%2Fstatus&te"), err: timeout}
		w := httptest.NewRecorder()
		mux := http.NewServeMux()
		h.Mount(mux)
		mux.ServeHTTP(w, r)
		if w.Code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", path, w.Code)
		}
		if got := w.Body.String(); got != "slack: the request body could not be read\n" {
			t.Errorf("%s: answered %q", path, got)
		}
	}
	if n := ta.h.n.Load(); n != 0 {
		t.Errorf("the bot was asked %d times", n)
	}
	// The log keeps Go's detail for whoever runs the bot.
	if logs := ta.logs.String(); !strings.Contains(logs, "i/o timeout") {
		t.Errorf("the log lacks the read error:\n%s", logs)
	}
}
