package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/testutil"
)

// slowSlack is Slack's Web API answering chat.postMessage after a delay,
// or, when hold is set, once hold is closed; it records each call as it
// arrives.
type slowSlack struct {
	*httptest.Server
	delay   time.Duration
	hold    chan struct{}
	mu      sync.Mutex
	posts   []string // channel of each call
	arrived chan string
}

func newSlowSlack(t *testing.T, delay time.Duration, hold chan struct{}) *slowSlack {
	s := &slowSlack{delay: delay, hold: hold, arrived: make(chan string, 1000)}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, "/chat.postMessage") {
			http.NotFound(w, r)
			return
		}
		r.ParseForm()
		ch := r.PostForm.Get("channel")
		s.mu.Lock()
		s.posts = append(s.posts, ch)
		s.mu.Unlock()
		s.arrived <- ch
		if s.hold != nil {
			select {
			case <-s.hold:
			case <-r.Context().Done():
				return
			}
		}
		time.Sleep(s.delay)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000001.000100"}`, ch)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *slowSlack) count() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := map[string]int{}
	for _, ch := range s.posts {
		n[ch]++
	}
	return n
}

// dueSubscriptions stores n Slack subscriptions whose post was due ten
// seconds ago (well inside the catch-up window), in channels C0…Cn-1.
func dueSubscriptions(t *testing.T, st bot.Store, n int) {
	t.Helper()
	now := time.Now().UTC()
	at := bot.TimeOfDay(now.Hour()*60 + now.Minute())
	for i := range n {
		ch := bot.ChannelKey{Platform: bot.Slack, Workspace: "T0001", Channel: fmt.Sprintf("C%d", i)}
		_, err := st.UpdateChannel(context.Background(), ch, func([]bot.Subscription) ([]bot.Subscription, error) {
			return []bot.Subscription{{
				ChannelKey: ch, Topics: []string{"ukraine"}, At: at, TZ: "UTC",
				Created: now.Add(-time.Hour), Next: now.Add(-10 * time.Second), NextDate: now.Format(bot.DateLayout),
			}}, nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// botProcess is briefbot running as its own process.
type botProcess struct {
	cmd    *exec.Cmd
	base   string
	stderr *testutil.SyncBuffer
	exited chan error
}

func startProcess(t *testing.T, env ...string) *botProcess {
	t.Helper()
	addr := freeAddr(t)
	cmd := exec.Command(binary(t))
	cmd.Dir = t.TempDir()
	cmd.Env = userEnv(append(env, "HTTP_ADDR="+addr, "LOG_FORMAT=json")...)
	p := &botProcess{cmd: cmd, base: "http://" + addr, stderr: &testutil.SyncBuffer{}, exited: make(chan error, 1)}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.exited <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-p.exited
		}
	})
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if resp, err := http.Get(p.base + "/healthz"); err == nil {
			resp.Body.Close()
			return p
		}
		select {
		case err := <-p.exited:
			t.Fatalf("briefbot exited at start-up: %v\n%s", err, p.stderr)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("briefbot never answered on %s\n%s", p.base, p.stderr)
		}
	}
}

// TestSIGTERMFinishesTheClaimedPost sends SIGTERM while a daily post is
// half-way to Slack: the process says it is stopping and waits; once Slack
// answers, the post is recorded as sent and the process exits 0.
func TestSIGTERMFinishesTheClaimedPost(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "briefbot.db")
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	dueSubscriptions(t, st, 1)
	st.Close()
	hold := make(chan struct{})
	slack := newSlowSlack(t, 0, hold)
	p := startProcess(t, "SLACK_SIGNING_SECRET=s", "SLACK_BOT_TOKEN=xoxb-1-test", "SLACK_API_URL="+slack.URL, "DATABASE_URL=sqlite:"+db)

	select {
	case <-slack.arrived:
	case <-time.After(20 * time.Second):
		t.Fatalf("the due post never reached Slack\n%s", p.stderr)
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		close(hold)
		t.Fatal(err)
	}
	waitUntil(t, "the log to say the bot is stopping", func() bool { return strings.Contains(p.stderr.String(), `"msg":"stopping`) }, p.stderr)
	select {
	case err := <-p.exited:
		close(hold)
		t.Fatalf("exited (%v) while the post was still on its way to Slack\n%s", err, p.stderr)
	default:
	}
	close(hold) // Slack answers
	select {
	case err := <-p.exited:
		if err != nil {
			t.Fatalf("exit: %v (want 0)\n%s", err, p.stderr)
		}
	case <-time.After(30 * time.Second):
		t.Fatalf("the process did not exit within 30s of SIGTERM\n%s", p.stderr)
	}
	// The operator's log says the bot is stopping, and that it stopped (the store closed)
	// after the post was recorded.
	logs := p.stderr.String()
	stopping, posted, stopped := strings.Index(logs, `"msg":"stopping`), strings.Index(logs, `"state":"sent"`), strings.Index(logs, `"msg":"stopped"`)
	if stopping < 0 || posted < stopping || stopped < posted {
		t.Errorf("want \"stopping\", the post recorded as sent, then \"stopped\", in that order\n%s", logs)
	}
	st, err = sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	subs, err := st.Subscriptions(context.Background(), bot.ChannelKey{Platform: bot.Slack, Workspace: "T0001", Channel: "C0"})
	if err != nil || len(subs) != 1 {
		t.Fatalf("subscriptions: %v %v", subs, err)
	}
	if subs[0].Last.State != bot.PostSent {
		t.Errorf("the post was recorded as %q (%s), want sent\n%s", subs[0].Last.State, subs[0].Last.Detail, p.stderr)
	}
	if n := slack.count()["C0"]; n != 1 {
		t.Errorf("%d posts to C0, want 1", n)
	}
}

// TestThreeReplicasOnePostgres runs three bot processes on one PostgreSQL,
// as "Running several replicas" in the README describes: each answers
// commands, and the posts due at once go out once each.
func TestThreeReplicasOnePostgres(t *testing.T) {
	t.Parallel()
	dsn := pgtest.FreshSchema(t)
	st, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	const subs = 30
	dueSubscriptions(t, st, subs)
	slack := newSlowSlack(t, 50*time.Millisecond, nil)
	const secret = "8f742231b10e8888abcd99yyyzzz85a5"
	var ps []*botProcess
	for range 3 {
		ps = append(ps, startProcess(t, "SLACK_SIGNING_SECRET="+secret, "SLACK_BOT_TOKEN=xoxb-1-test", "SLACK_API_URL="+slack.URL, "DATABASE_URL="+dsn))
	}
	for i, p := range ps {
		body := slashCommand("/status", "ukraine")
		code, got := postSigned(t, p.base+"/slack/commands", secret, time.Now(), body, body)
		if code != 200 || !bytes.Contains(got, []byte(`"blocks"`)) {
			t.Errorf("replica %d: /status answered %d %.200s", i, code, got)
		}
	}
	// Every post is recorded as sent and none is claimed any more: no
	// replica holds a post it could still send. Then the replicas stop,
	// finishing whatever they had begun, and only then are the posts
	// counted, so a duplicate has had every chance to reach Slack.
	waitUntil(t, "every due post recorded as sent", func() bool {
		for i := range subs {
			got, err := st.Subscriptions(context.Background(), bot.ChannelKey{Platform: bot.Slack, Workspace: "T0001", Channel: fmt.Sprintf("C%d", i)})
			if err != nil || len(got) != 1 || got[0].Last.State != bot.PostSent || got[0].NextClaimed {
				return false
			}
		}
		return true
	}, ps[0].stderr)
	for _, p := range ps {
		p.cmd.Process.Signal(syscall.SIGTERM)
	}
	posters := 0
	for i, p := range ps {
		if err := <-p.exited; err != nil {
			t.Errorf("replica %d exit: %v", i, err)
		}
		if strings.Contains(p.stderr.String(), `"state":"sent"`) {
			posters++
		}
	}
	if got := slack.count(); len(got) != subs {
		t.Errorf("%d channels posted to, want %d", len(got), subs)
	}
	for ch, n := range slack.count() {
		if n != 1 {
			t.Errorf("%s got %d posts, want 1", ch, n)
		}
	}
	t.Logf("%d of 3 replicas made some of the %d posts", posters, subs)
	var states = map[bot.PostState]int{}
	for i := range subs {
		got, err := st.Subscriptions(context.Background(), bot.ChannelKey{Platform: bot.Slack, Workspace: "T0001", Channel: fmt.Sprintf("C%d", i)})
		if err != nil || len(got) != 1 {
			t.Fatalf("C%d: %v %v", i, got, err)
		}
		states[got[0].Last.State]++
	}
	if states[bot.PostSent] != subs {
		t.Errorf("recorded outcomes %v, want all %d sent", states, subs)
	}
	st.Close()
}
