package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
)

var ukraineCatalog = []brief{
	{id: "b1", date: "2026-03-01", topics: []string{"ukraine"}, quotes: []string{"ann: First words on Ukraine", "bo: Envoy words on Ukraine"}},
	{id: "b2", date: "2026-02-27", topics: []string{"nato"}, quotes: []string{"ann: Words on NATO"}},
}

func TestFirstPostTodayOrTomorrow(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		start     time.Time
		wantReply string
		wantPost  time.Time
	}{
		{"subscribed before today's time", utc(2026, 3, 2, 7, 30), "The first arrives today at 08:00 UTC", utc(2026, 3, 2, 8, 0)},
		{"subscribed after today's time", utc(2026, 3, 2, 9, 0), "The first arrives tomorrow at 08:00 UTC", utc(2026, 3, 3, 8, 0)},
		{"subscribed at today's time", utc(2026, 3, 2, 8, 0), "The first arrives tomorrow at 08:00 UTC", utc(2026, 3, 3, 8, 0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, tc.start, catalog(t, ukraineCatalog...))
			r := h.mustDo("/subscribe ukraine at 08:00")
			if !strings.Contains(r.Text, tc.wantReply) {
				t.Errorf("reply says %q, want it to say %q", r.Text, tc.wantReply)
			}
			h.runTo(utc(2026, 3, 3, 12, 0), time.Minute)
			got := h.poster.got()
			if len(got) == 0 || !got[0].at.Equal(tc.wantPost) {
				t.Fatalf("posts: %v, want the first at %s", got, tc.wantPost)
			}
			if got[0].channel != "C1" {
				t.Errorf("posted to %s, want C1", got[0].channel)
			}
		})
	}
}

func TestCatchUpAfterDowntime(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		catchup   time.Duration
		backAt    time.Time // when the bot runs again after being down from 07:30
		wantPosts []time.Time
		wantLast  bot.PostState
		wantNext  time.Time
		wantSays  string // what /subscriptions says about a missed post
	}{
		{"back 5h late: posts late, inside the 6h window", 6 * time.Hour, utc(2026, 3, 2, 13, 0),
			[]time.Time{utc(2026, 3, 2, 13, 0)}, bot.PostSent, utc(2026, 3, 3, 8, 0), ""},
		{"back 7h late: missed, beyond the window", 6 * time.Hour, utc(2026, 3, 2, 15, 0),
			nil, bot.PostMissed, utc(2026, 3, 3, 8, 0),
			"missed Mon 2 Mar 2026: the bot was not running at 08:00 and came back 7 hours later, beyond the catch-up window of 6 hours"},
		{"back three days later: one missed record, then today's post late", 6 * time.Hour, utc(2026, 3, 5, 10, 0),
			[]time.Time{utc(2026, 3, 5, 10, 0)}, bot.PostSent, utc(2026, 3, 6, 8, 0), ""},
		{"a 90-minute window, back 2h30m late", 90 * time.Minute, utc(2026, 3, 2, 10, 30),
			nil, bot.PostMissed, utc(2026, 3, 3, 8, 0),
			"missed Mon 2 Mar 2026: the bot was not running at 08:00 and came back 2 hours 30 minutes later, beyond the catch-up window of 1 hour 30 minutes"},
		{"no catch-up, back 2 minutes late", 0, utc(2026, 3, 2, 8, 2),
			nil, bot.PostMissed, utc(2026, 3, 3, 8, 0),
			"missed Mon 2 Mar 2026: the bot was not running at 08:00 and came back 2 minutes later, and late posts are turned off"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, utc(2026, 3, 2, 7, 30), catalog(t, ukraineCatalog...))
			h.sched.Catchup = tc.catchup
			h.mustDo("/subscribe ukraine at 08:00")
			h.clock.Set(tc.backAt) // nothing ran in between
			h.tick()
			h.tick() // a second look finds nothing more
			var got []time.Time
			for _, p := range h.poster.got() {
				got = append(got, p.at)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.wantPosts) {
				t.Errorf("posts at %v, want %v", got, tc.wantPosts)
			}
			s := h.subs("C1")[0]
			if s.Last.State != tc.wantLast || !s.Next.Equal(tc.wantNext) {
				t.Errorf("Last %+v, Next %s; want %s, %s", s.Last, s.Next, tc.wantLast, tc.wantNext)
			}
			if tc.wantLast == bot.PostMissed {
				r := h.mustDo("/subscriptions")
				if !strings.Contains(text(r), tc.wantSays) {
					t.Errorf("/subscriptions does not say the post was missed:\n%s\nwant it to say\n%s", text(r), tc.wantSays)
				}
				// The next day goes out on time.
				h.runTo(utc(2026, 3, 3, 8, 5), time.Minute)
				if got := h.poster.got(); len(got) != 1 || !got[0].at.Equal(utc(2026, 3, 3, 8, 0)) {
					t.Errorf("after a miss, posts %v; want one at 08:00 the next day", got)
				}
			}
		})
	}
}

func TestTransientFailureRetriesThenSucceeds(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 3, 2, 7, 59), catalog(t, ukraineCatalog...))
	h.poster.fail = func(n int) error {
		if n < 2 {
			return errors.New("connection reset by peer")
		}
		return nil
	}
	h.mustDo("/subscribe ukraine at 08:00")
	h.runTo(utc(2026, 3, 2, 8, 10), 10*time.Second)
	calls, _ := h.poster.state()
	got := h.poster.got()
	// 08:00 fails, 08:00:30 fails (backoff 30s), 08:01:30 succeeds (backoff 1m).
	if calls != 3 || len(got) != 1 || !got[0].at.Equal(utc(2026, 3, 2, 8, 0).Add(90*time.Second)) {
		t.Fatalf("%d calls, posts %v; want 3 calls and one post at 08:01:30", calls, got)
	}
	if s := h.subs("C1")[0]; s.Last.State != bot.PostSent || s.Paused != "" {
		t.Errorf("Last %+v, Paused %q; want sent, active", s.Last, s.Paused)
	}
}

func TestTransientFailuresGiveUpWithoutPausing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 3, 2, 7, 59), catalog(t, ukraineCatalog...))
	down := true
	var mu sync.Mutex
	h.poster.fail = func(int) error {
		mu.Lock()
		defer mu.Unlock()
		if down {
			return errors.New("503 service unavailable")
		}
		return nil
	}
	h.mustDo("/subscribe ukraine at 08:00")
	h.runTo(utc(2026, 3, 2, 14, 0), 30*time.Second)
	calls, _ := h.poster.state()
	s := h.subs("C1")[0]
	if s.Last.State != bot.PostFailed || s.Paused != "" || calls != 8 {
		t.Fatalf("after a day of errors: %d calls, Last %+v, Paused %q; want 8 attempts, failed, not paused", calls, s.Last, s.Paused)
	}
	if !strings.Contains(text(h.mustDo("/subscriptions")), "failed Mon 2 Mar 2026: Slack could not be reached after 8 attempts") {
		t.Errorf("/subscriptions does not say why it failed:\n%s", text(h.mustDo("/subscriptions")))
	}
	mu.Lock()
	down = false
	mu.Unlock()
	h.runTo(utc(2026, 3, 3, 8, 1), time.Minute)
	if got := h.poster.got(); len(got) != 1 || !got[0].at.Equal(utc(2026, 3, 3, 8, 0)) {
		t.Errorf("the next day: posts %v, want one at 08:00", got)
	}
}

func TestPermanentFailurePausesUntilResubscribed(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 3, 2, 7, 59), catalog(t, ukraineCatalog...))
	const reason = "the bot is not in this channel; invite it with /invite @briefbot"
	removed := true
	var mu sync.Mutex
	h.poster.fail = func(int) error {
		mu.Lock()
		defer mu.Unlock()
		if removed {
			return &bot.PermanentError{Reason: reason, Err: errors.New("not_in_channel")}
		}
		return nil
	}
	h.mustDo("/subscribe ukraine at 08:00")
	h.runTo(utc(2026, 3, 4, 9, 0), time.Minute)
	if calls, _ := h.poster.state(); calls != 1 {
		t.Fatalf("%d calls to the poster; a permanent failure must not be retried, nor later days tried", calls)
	}
	list := text(h.mustDo("/subscriptions"))
	if !strings.Contains(list, "Paused: "+reason) || !strings.Contains(list, "/subscribe ukraine at 08:00 tz UTC to resume") {
		t.Errorf("/subscriptions does not explain the pause:\n%s", list)
	}
	mu.Lock()
	removed = false
	mu.Unlock()
	r := h.mustDo("/subscribe ukraine at 08:00")
	if !strings.Contains(r.Text, "Resumed: posting had stopped because "+reason) || !strings.Contains(r.Text, "The next arrives tomorrow at 08:00 UTC") {
		t.Errorf("resubscribing says:\n%s", r.Text)
	}
	h.runTo(utc(2026, 3, 5, 8, 1), time.Minute)
	if got := h.poster.got(); len(got) != 1 || !got[0].at.Equal(utc(2026, 3, 5, 8, 0)) {
		t.Errorf("after resuming: posts %v, want one at 08:00 on 5 March", got)
	}
}

// TestDigestCarriesOnlyWhatIsNew follows one channel for four days while
// a curator files a briefing after the second day's post.
func TestDigestCarriesOnlyWhatIsNew(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
	h.mustDo("/subscribe ukraine at 08:00")
	want := h.do("/brief ukraine")
	h.runTo(utc(2026, 3, 3, 9, 0), time.Minute)
	// Filed at noon on 3 March, dated that day: after that morning's post.
	h.live.Swap(catalog(t, append(ukraineCatalog, brief{id: "b3", date: "2026-03-03", topics: []string{"ukraine"}, quotes: []string{"bo: Fresh words"}})...))
	h.runTo(utc(2026, 3, 5, 9, 0), time.Minute)

	got := h.poster.got()
	if len(got) != 4 {
		t.Fatalf("%d posts in four days, want 4", len(got))
	}
	first := got[0].reply
	if first.Title != want.Title || first.Text != want.Text || fmt.Sprint(first.Sections) != fmt.Sprint(want.Sections) || !first.Public {
		t.Errorf("the first post is not /brief's reply, shown to the channel:\n%s\nwant\n%s", text(first), text(want))
	}
	checks := []struct {
		says, quote string
	}{
		{"The latest on Ukraine.", "First words on Ukraine"},
		{"No new developments on Ukraine since 2 March 2026.", "Envoy words on Ukraine"},
		{"1 update on Ukraine since 3 March 2026.", "Fresh words"},
		// Every quote has had its turn: the one used longest ago returns.
		{"No new developments on Ukraine since 4 March 2026.", "First words on Ukraine"},
	}
	for i, c := range checks {
		r := got[i].reply
		if r.Text != c.says {
			t.Errorf("day %d says %q, want %q", i+1, r.Text, c.says)
		}
		if len(r.Quotes) != 1 || r.Quotes[0].Text != c.quote {
			t.Errorf("day %d quote of the day %v, want %q", i+1, r.Quotes, c.quote)
		}
	}
	if s := got[2].reply.Sections; len(s) != 1 || !strings.Contains(s[0].Title, "Title of b3") {
		t.Errorf("day 3 shows %v, want only the new briefing b3", s)
	}
}

func TestSkipDaysWithNothingNew(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
	r := h.mustDo("/subscribe ukraine at 08:00 skip")
	if !strings.Contains(r.Text, "Days with nothing new are skipped.") {
		t.Errorf("reply does not mention skipping:\n%s", r.Text)
	}
	h.runTo(utc(2026, 3, 3, 9, 0), time.Minute)
	if got := h.poster.got(); len(got) != 1 {
		t.Fatalf("%d posts, want 1: the second day had nothing new", len(got))
	}
	if s := h.subs("C1")[0]; s.Last.State != bot.PostSkipped || s.Last.Date != "2026-03-03" {
		t.Errorf("Last = %+v, want skipped on 3 March", s.Last)
	}
}

// TestPostInFlightWhenReplicaDied: a replica claimed two posts and died,
// one before sending and one while sending. The survivor sends the first
// once its lease ends and never resends the second, whose fate is unknown.
func TestPostInFlightWhenReplicaDied(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
	h.mustDo("/subscribe ukraine at 08:00")
	h.doIn("C2", "/subscribe ukraine at 08:00")
	h.clock.Set(utc(2026, 3, 2, 8, 0))
	cs, err := h.store.ClaimDue(t.Context(), bot.ClaimQuery{Platform: bot.Slack, Now: h.clock.Now(), Owner: "dead", Until: h.clock.Now().Add(2 * time.Minute), Limit: 10})
	if err != nil || len(cs) != 2 {
		t.Fatalf("dead replica claims: %v, %v", cs, err)
	}
	if err := h.store.Sending(t.Context(), cs[1], h.clock.Now().Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	h.tick()
	if calls, _ := h.poster.state(); calls != 0 {
		t.Fatalf("the survivor posted %d while the dead replica's leases held", calls)
	}
	h.runTo(utc(2026, 3, 2, 8, 5), 30*time.Second)
	got := h.poster.got()
	if len(got) != 1 || got[0].channel != cs[0].Sub.Channel {
		t.Fatalf("posts %v; want only %s's (the one never begun)", got, cs[0].Sub.Channel)
	}
	if s := h.subs(cs[1].Sub.Channel)[0]; s.Last.State != bot.PostUnknown {
		t.Errorf("the post being sent when the replica died: Last %+v, want unknown", s.Last)
	}
}

// TestCommandsAnswerDuringFanOut: while hundreds of posts are in flight,
// commands still answer. In a synctest bubble, so "in flight" is a state
// the test waits for, not a poll.
func TestCommandsAnswerDuringFanOut(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
		const n = 300
		for i := range n {
			h.doIn(fmt.Sprintf("F%03d", i), "/subscribe ukraine at 08:00")
		}
		h.poster.block = make(chan struct{})
		release := sync.OnceFunc(func() { close(h.poster.block) })
		defer release() // a failed check leaves no worker blocked
		h.clock.Set(utc(2026, 3, 2, 8, 0))
		done := make(chan error, 1)
		go func() { done <- h.sched.Tick(context.Background()) }()
		synctest.Wait() // every worker is blocked in the poster
		if _, inFlight := h.poster.state(); inFlight != 4 {
			t.Fatalf("%d posts in flight, want the 4 workers'", inFlight)
		}
		if r := h.doIn("C9", "/subscribe nato at 09:00"); r.Kind != bot.Answer {
			t.Errorf("/subscribe during the fan-out: %s", text(r))
		}
		if r := h.doIn("F001", "/subscriptions"); r.Kind != bot.Answer || !strings.Contains(text(r), "Ukraine, daily at 08:00 (UTC)") {
			t.Errorf("/subscriptions during the fan-out: %s", text(r))
		}
		release()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for _, p := range h.poster.got() {
			seen[p.channel]++
		}
		if len(seen) != n {
			t.Errorf("%d channels posted to, want %d", len(seen), n)
		}
		for ch, k := range seen {
			if k != 1 {
				t.Errorf("%s got %d posts", ch, k)
			}
		}
	})
}

// TestRunPostsOnTimeAndDrains drives Run itself on the virtual clock: a
// subscription for the coming minute posts at that minute, and on shutdown
// a post in flight may finish within the drain while one not yet started
// is handed back. It runs in a synctest bubble: synctest.Wait returns once
// the scheduler is asleep again, so each move of the clock comes after the
// loop has armed its timer.
func TestRunPostsOnTimeAndDrains(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, utc(2026, 3, 2, 7, 59, 30), catalog(t, ukraineCatalog...))
		h.sched.Limits = map[string]bot.Limit{bot.Slack: {Workers: 1}}
		ctx, cancel := context.WithCancel(context.Background())
		ran := make(chan error, 1)
		go func() { ran <- h.sched.Run(ctx) }()
		// stop shuts Run down and lets the drain run out; deferred too, so
		// a failed check leaves no goroutine behind in the bubble.
		var stopped error
		stop := sync.OnceFunc(func() {
			cancel()
			synctest.Wait() // the drain timer is armed
			h.clock.Advance(bot.DefaultDrain)
			stopped = <-ran
		})
		defer stop()
		synctest.Wait()
		h.mustDo("/subscribe ukraine at 08:00")
		synctest.Wait() // woken by the subscription, asleep until 08:00
		if calls, _ := h.poster.state(); calls != 0 {
			t.Fatalf("posted before its time")
		}
		h.clock.Set(utc(2026, 3, 2, 8, 0))
		synctest.Wait()
		if got := h.poster.got(); len(got) != 1 || !got[0].at.Equal(utc(2026, 3, 2, 8, 0)) {
			t.Fatalf("posts %v, want one at 08:00", got)
		}

		// Two more due at 08:01 with one worker: the first blocks in the poster.
		h.poster.block = make(chan struct{})
		h.doIn("C2", "/subscribe ukraine at 08:01")
		h.doIn("C3", "/subscribe ukraine at 08:01")
		synctest.Wait() // asleep until 08:01
		h.clock.Set(utc(2026, 3, 2, 8, 1))
		synctest.Wait()
		if calls, inFlight := h.poster.state(); calls != 2 || inFlight != 1 {
			t.Fatalf("at 08:01: %d posts begun, %d in flight; want the second begun and blocked", calls, inFlight)
		}
		stop()
		if stopped != nil {
			t.Fatalf("Run: %v", stopped)
		}
		states := map[bot.PostState]int{}
		for _, ch := range []string{"C2", "C3"} {
			s := h.subs(ch)[0]
			states[s.Last.State]++
			if s.Last.State == "" && s.NextClaimed {
				// Handed back: claimable at once by the next start.
				cs, err := h.store.ClaimDue(t.Context(), bot.ClaimQuery{Platform: bot.Slack, Now: h.clock.Now(), Owner: "next", Until: h.clock.Now().Add(time.Minute), Limit: 5})
				if err != nil || len(cs) != 1 || cs[0].WasSending {
					t.Errorf("the post not started was not handed back: %v, %v", cs, err)
				}
			}
		}
		if states[bot.PostUnknown] != 1 || states[""] != 1 {
			t.Errorf("after the drain: %v; want one cut off while sending (unknown) and one handed back", states)
		}
	})
}

// TestLimitsPacePosts checks posts start no faster than a platform's limit
// and a channel's.
func TestLimitsPacePosts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		limit    bot.Limit
		channels []string // one subscription each, all due at 08:00 UTC
		minGap   time.Duration
	}{
		{"platform rate", bot.Limit{Workers: 10, PerSecond: 2}, []string{"A", "B", "C", "D", "E", "F"}, 500 * time.Millisecond},
		{"one channel", bot.Limit{Workers: 10, PerChannel: time.Second}, []string{"A", "A", "A"}, time.Second},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			synctest.Test(t, func(t *testing.T) {
				h := newHarness(t, utc(2026, 1, 5, 7, 0), catalog(t, ukraineCatalog...))
				h.sched.Limits = map[string]bot.Limit{bot.Slack: tc.limit}
				// The same instant three ways, so one channel can hold three
				// (with different topics: a topic posts once a day).
				slots := []string{"ukraine at 08:00 tz UTC", "nato at 09:00 tz Europe/Berlin", "sanctions at 17:00 tz Asia/Tokyo"}
				used := map[string]int{}
				for _, ch := range tc.channels {
					h.mustDoIn(ch, "/subscribe "+slots[used[ch]])
					used[ch]++
				}
				h.clock.Set(utc(2026, 1, 5, 8, 0))
				done := make(chan error, 1)
				go func() { done <- h.sched.Tick(context.Background()) }()
				advanceUntilDone(t, h.clock, done)
				got := h.poster.got()
				if len(got) != len(tc.channels) {
					t.Fatalf("%d posts, want %d", len(got), len(tc.channels))
				}
				for i := 1; i < len(got); i++ {
					if gap := got[i].at.Sub(got[i-1].at); gap < tc.minGap {
						t.Errorf("posts %d and %d are %s apart, want at least %s", i-1, i, gap, tc.minGap)
					}
				}
			})
		})
	}
}

// advanceUntilDone runs in a synctest bubble: each time the scheduler is
// blocked, it moves the virtual clock to the next pacing timer's deadline,
// until done delivers.
func advanceUntilDone(t *testing.T, c *clocktest.Clock, done <-chan error) {
	t.Helper()
	for {
		synctest.Wait()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			return
		default:
		}
		at, ok := c.NextTimer()
		if !ok {
			t.Fatal("the scheduler is blocked with no timer to wait for")
		}
		c.Set(at)
	}
}
