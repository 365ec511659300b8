package main

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
	"github.com/briefbot/briefbot/internal/testutil"
)

// consoleBot is the program running on the console, as `go run .` does,
// driven through run() with its own environment.
type consoleBot struct {
	t        *testing.T
	in       *io.PipeWriter
	out, err *testutil.SyncBuffer
	done     chan error
}

func startConsole(t *testing.T, env map[string]string, clock bot.Clock) *consoleBot {
	t.Helper()
	r, w := io.Pipe()
	b := &consoleBot{t: t, in: w, out: &testutil.SyncBuffer{}, err: &testutil.SyncBuffer{}, done: make(chan error, 1)}
	getenv := func(k string) string { return env[k] }
	go func() { b.done <- run(context.Background(), nil, getenv, clock, r, b.out, b.err) }()
	t.Cleanup(func() { w.Close() })
	return b
}

func (b *consoleBot) say(line string) {
	b.t.Helper()
	if _, err := io.WriteString(b.in, line+"\n"); err != nil {
		b.t.Fatalf("type %q: %v", line, err)
	}
}

// waitFor waits until the output holds want n times in all.
func (b *consoleBot) waitFor(want string, n int) {
	b.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for strings.Count(b.out.String(), want) < n {
		if time.Now().After(deadline) {
			b.t.Fatalf("the console never showed %q (%d times); output:\n%s\nlog:\n%s", want, n, b.out, b.err)
		}
		time.Sleep(time.Millisecond)
	}
}

// stop ends the input, as Ctrl-D does, and waits for the program to exit.
func (b *consoleBot) stop() {
	b.t.Helper()
	b.in.Close()
	select {
	case err := <-b.done:
		if err != nil {
			b.t.Fatalf("run: %v\nlog:\n%s", err, b.err)
		}
	case <-time.After(10 * time.Second):
		b.t.Fatalf("the program did not exit after its input ended")
	}
}

const postBanner = "--- daily post to #console ---"

// sleepers are the goroutines of a running bot that sleep on its clock: the
// scheduler of daily posts, and the poller of followed feeds (on a store
// that keeps feeds, with a platform that posts review cards: here every
// one). A test that moves the clock waits for both to be asleep again.
const sleepers = 2

// TestDailyPostOnTheConsole runs the program twice on one SQLite file, as a
// user would, with the clock in Tokyo running virtually: a subscription
// for the coming minute posts once at that minute, a restart the same day
// does not post again, and /unsubscribe removes it.
func TestDailyPostOnTheConsole(t *testing.T) {
	t.Parallel()
	clock := clocktest.New(time.Date(2026, 3, 2, 8, 58, 30, 0, time.UTC)) // 17:58:30 in Tokyo
	env := map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "briefbot.db")}

	first := startConsole(t, env, clock)
	first.say("/subscribe ukraine at 17:59 tz Asia/Tokyo")
	first.waitFor("The first arrives today at 17:59 JST.", 1)
	clock.WaitAsleep(t, sleepers) // the scheduler sleeps until 17:59
	if strings.Contains(first.out.String(), postBanner) {
		t.Fatalf("posted before 17:59:\n%s", first.out)
	}
	clock.Set(time.Date(2026, 3, 2, 8, 59, 0, 0, time.UTC))
	first.waitFor(postBanner, 1)
	first.waitFor("The latest on Ukraine.", 1)
	// The post is recorded as sent, at 17:59, once the scheduler has gone
	// back to sleep; only then does the clock move on.
	clock.WaitAsleep(t, sleepers)
	for _, at := range []time.Time{time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)} {
		clock.Set(at)
		clock.WaitAsleep(t, sleepers)
	}
	first.stop()
	if n := strings.Count(first.out.String(), postBanner); n != 1 {
		t.Fatalf("%d daily posts in the first run, want 1:\n%s", n, first.out)
	}

	// Started again the same day: nothing more until tomorrow.
	second := startConsole(t, env, clock)
	clock.WaitAsleep(t, sleepers)
	for _, at := range []time.Time{time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC), time.Date(2026, 3, 2, 14, 59, 0, 0, time.UTC)} {
		clock.Set(at) // 19:00 and 23:59 in Tokyo
		clock.WaitAsleep(t, sleepers)
	}
	second.say("/subscriptions")
	second.waitFor("Last: sent today at 17:59 JST", 1)
	second.waitFor("Next: tomorrow at 17:59 JST", 1)
	second.say("/unsubscribe ukraine")
	second.waitFor("Unsubscribed from Ukraine", 1)
	second.say("/subscriptions")
	second.waitFor("This channel gets no daily briefing yet.", 1)
	clock.Set(time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)) // 18:00 the next day in Tokyo
	clock.WaitAsleep(t, sleepers)
	second.stop()
	if strings.Contains(second.out.String(), postBanner) {
		t.Errorf("the second run posted:\n%s", second.out)
	}
}
