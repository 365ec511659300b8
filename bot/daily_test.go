package bot_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// TestBackdatedBriefingIsPostedOnce: the 08:00 post carries a briefing
// dated 2 March; at 10:00 a curator files news dated 1 March. It is new to
// the channel, so the next day's post carries it, once.
func TestBackdatedBriefingIsPostedOnce(t *testing.T) {
	t.Parallel()
	first := brief{id: "mar2", date: "2026-03-02", topics: []string{"ukraine"}, quotes: []string{"ann: Words of the second"}}
	h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, first))
	h.mustDo("/subscribe ukraine at 08:00")
	h.runTo(utc(2026, 3, 2, 10, 0), time.Minute)
	h.live.Swap(catalog(t, first, brief{id: "mar1", date: "2026-03-01", topics: []string{"ukraine"}, quotes: []string{"bo: Words of the first"}}))
	h.runTo(utc(2026, 3, 4, 9, 0), time.Minute)

	got := h.poster.got()
	if len(got) != 3 {
		t.Fatalf("%d posts in three days, want 3", len(got))
	}
	carried := map[string][]int{}
	for i, p := range got {
		for _, s := range p.reply.Sections {
			carried[s.Title] = append(carried[s.Title], i+1)
		}
	}
	if days := carried["1 Mar 2026 · Title of mar1"]; fmt.Sprint(days) != "[2]" {
		t.Errorf("the briefing filed late went out on days %v, want [2] (posts: %v)", days, carried)
	}
	if days := carried["2 Mar 2026 · Title of mar2"]; fmt.Sprint(days) != "[1]" {
		t.Errorf("the first briefing went out on days %v, want [1]", days)
	}
	if r := got[1].reply; r.Text != "1 update on Ukraine since 2 March 2026." {
		t.Errorf("day 2 says %q", r.Text)
	}
	if r := got[2].reply; r.Text != "No new developments on Ukraine since 3 March 2026." {
		t.Errorf("day 3 says %q", r.Text)
	}
}

// TestMovingATopicLaterTheSameDay: /subscribe ukraine at 08:00 posts at
// 08:00; at 08:30 /subscribe ukraine at 09:00 moves it. Today's briefing
// has gone out, so the 09:00 one starts tomorrow, carrying on from it: no
// repeat of what was posted, nor of the quote of the day.
func TestMovingATopicLaterTheSameDay(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		move      string
		wantReply string
		wantPosts []time.Time
	}{
		{"to a new time", "/subscribe ukraine at 09:00",
			"The first arrives tomorrow at 09:00 UTC. Today's has already been made.",
			[]time.Time{utc(2026, 3, 2, 8, 0), utc(2026, 3, 3, 9, 0)}},
		{"to a new zone's morning", "/subscribe ukraine at 10:00 tz Europe/Berlin",
			"The first arrives tomorrow at 10:00 CET. Today's has already been made.",
			[]time.Time{utc(2026, 3, 2, 8, 0), utc(2026, 3, 3, 9, 0)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
			h.mustDo("/subscribe ukraine at 08:00")
			h.runTo(utc(2026, 3, 2, 8, 30), time.Minute)
			r := h.mustDo(tc.move)
			if !strings.Contains(r.Text, tc.wantReply) {
				t.Errorf("the move answers:\n%s\nwant it to say %q", r.Text, tc.wantReply)
			}
			h.runTo(utc(2026, 3, 3, 12, 0), time.Minute)
			got := h.poster.got()
			var at []time.Time
			for _, p := range got {
				at = append(at, p.at)
			}
			if fmt.Sprint(at) != fmt.Sprint(tc.wantPosts) {
				t.Fatalf("posts at %v, want %v", at, tc.wantPosts)
			}
			second := got[1].reply
			if second.Text != "No new developments on Ukraine since 2 March 2026." {
				t.Errorf("the moved briefing's first post says %q; it should carry on from the last one", second.Text)
			}
			if got[0].reply.Quotes[0].Text == second.Quotes[0].Text {
				t.Errorf("the quote of the day repeats after the move: %q", second.Quotes[0].Text)
			}
		})
	}
}

// TestMovingATopicIntoAnExistingBriefing: ukraine, posted at 08:00, joins
// the channel's 18:00 NATO briefing. That one keeps its time (NATO is due),
// and carries ukraine on from the morning's post instead of repeating it.
func TestMovingATopicIntoAnExistingBriefing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
	h.mustDo("/subscribe ukraine at 08:00")
	h.mustDo("/subscribe nato at 18:00")
	h.runTo(utc(2026, 3, 2, 8, 30), time.Minute)
	h.mustDo("/subscribe ukraine at 18:00")
	h.runTo(utc(2026, 3, 2, 18, 30), time.Minute)
	got := h.poster.got()
	if len(got) != 2 {
		t.Fatalf("%d posts, want 2 (08:00 ukraine, 18:00 NATO and ukraine)", len(got))
	}
	evening := got[1].reply
	for _, s := range evening.Sections {
		if strings.Contains(s.Title, "Title of b1") {
			t.Errorf("the evening post repeats the morning's Ukraine briefing: %v", evening.Sections)
		}
	}
	if got[0].reply.Quotes[0].Text == evening.Quotes[0].Text {
		t.Errorf("the evening repeats the morning's quote of the day %q", evening.Quotes[0].Text)
	}
}

// logRecorder is a slog.Handler keeping every record, for tests of what
// the operator reads.
type logRecorder struct {
	mu   sync.Mutex
	recs []slog.Record
}

func (l *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (l *logRecorder) Handle(_ context.Context, r slog.Record) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.recs = append(l.recs, r)
	return nil
}
func (l *logRecorder) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logRecorder) WithGroup(string) slog.Handler      { return l }

// count returns how many records at level have a message containing s.
func (l *logRecorder) count(level slog.Level, s string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, r := range l.recs {
		if r.Level == level && strings.Contains(r.Message, s) {
			n++
		}
	}
	return n
}

// TestRefusedCredentialsPauseNothing: Slack refuses the bot's token (it was
// revoked) for every channel. No subscription pauses; posts are held and
// tried one at a time with a growing backoff, the operator reads one line
// about it, and once the token is fixed every channel gets its post.
func TestRefusedCredentialsPauseNothing(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		catchup   time.Duration
		fixedAt   time.Time
		wantState bot.PostState
		wantCalls int
	}{
		// Refused at 08:00, 08:00:30, 08:01:30, 08:03:30, 08:07:30 (the
		// hold doubling each time), then accepted at 08:15:30: five refusals
		// and three posts.
		{"fixed within the catch-up window", 6 * time.Hour, utc(2026, 3, 2, 8, 10), bot.PostSent, 5 + 3},
		// The next try after 08:07:30 would be beyond 08:11: failed, not paused.
		{"not fixed in time", 10 * time.Minute, utc(2026, 3, 2, 20, 0), bot.PostFailed, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
			logs := &logRecorder{}
			h.sched.Logger = slog.New(logs)
			h.sched.Catchup = tc.catchup
			h.sched.Limits = map[string]bot.Limit{bot.Slack: {Workers: 1}}
			var mu sync.Mutex
			revoked := true
			h.poster.fail = func(int) error {
				mu.Lock()
				defer mu.Unlock()
				if revoked {
					return fmt.Errorf("slack: token_revoked: %w", bot.ErrUnauthorized)
				}
				return nil
			}
			for _, ch := range []string{"C1", "C2", "C3"} {
				h.mustDoIn(ch, "/subscribe ukraine at 08:00")
			}
			h.runTo(tc.fixedAt, 10*time.Second)
			mu.Lock()
			revoked = false
			mu.Unlock()
			h.runTo(utc(2026, 3, 2, 20, 0), 10*time.Second)

			if calls, _ := h.poster.state(); calls != tc.wantCalls {
				t.Errorf("%d calls to Slack, want %d: one at a time while the token is refused", calls, tc.wantCalls)
			}
			for _, ch := range []string{"C1", "C2", "C3"} {
				s := h.subs(ch)[0]
				if s.Paused != "" || s.Last.State != tc.wantState {
					t.Errorf("%s: Paused %q, Last %+v; want not paused, %s", ch, s.Paused, s.Last, tc.wantState)
				}
			}
			if n := logs.count(slog.LevelError, "Slack refused the bot's credentials"); n != 1 {
				t.Errorf("the operator was told %d times that Slack refused the credentials, want once", n)
			}
			if tc.wantState == bot.PostFailed {
				list := text(h.doIn("C2", "/subscriptions"))
				if !strings.Contains(list, "failed Mon 2 Mar 2026: Slack refused the bot's credentials") {
					t.Errorf("/subscriptions does not say why:\n%s", list)
				}
				// The next day, with the token fixed, posts go out as usual.
				h.runTo(utc(2026, 3, 3, 8, 1), time.Minute)
				if got := h.poster.got(); len(got) != 3 {
					t.Errorf("the next day: %d posts, want 3", len(got))
				}
			} else if n := logs.count(slog.LevelInfo, "accepts the bot's credentials again"); n != 1 {
				t.Errorf("the operator was told %d times that posting resumed, want once", n)
			}
		})
	}
}

// TestDeliveryOutcomes: what a poster reports decides how the post is
// recorded, whether it is tried again, and whether the subscription stays
// on. None of these pauses it.
func TestDeliveryOutcomes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		err        error
		wantState  bot.PostState
		wantDetail string
	}{
		{"maybe delivered", fmt.Errorf("post to C1: read: connection reset: %w", bot.ErrMaybeDelivered),
			bot.PostUnknown, "unknown Mon 2 Mar 2026: it may have been delivered (Slack did not say); it is not sent again to avoid a duplicate"},
		{"undeliverable", fmt.Errorf("post to C1: msg_too_long: %w", bot.ErrUndeliverable),
			bot.PostFailed, "failed Mon 2 Mar 2026: Slack refused this post as it was; the next one is tried as usual"},
		{"undeliverable, with a reason", &bot.PermanentError{Reason: "Slack found the message's blocks invalid", Err: bot.ErrUndeliverable},
			bot.PostFailed, "failed Mon 2 Mar 2026: Slack found the message's blocks invalid"},
		{"unauthorized wrapped as permanent", &bot.PermanentError{Reason: "the token was revoked", Err: bot.ErrUnauthorized},
			"", ""}, // held and retried: see TestRefusedCredentialsPauseNothing
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, utc(2026, 3, 2, 7, 59), catalog(t, ukraineCatalog...))
			h.poster.fail = func(n int) error {
				if n == 0 {
					return tc.err
				}
				return nil
			}
			h.mustDo("/subscribe ukraine at 08:00")
			h.runTo(utc(2026, 3, 2, 8, 0), time.Minute)
			s := h.subs("C1")[0]
			if s.Paused != "" {
				t.Errorf("paused: %q", s.Paused)
			}
			if tc.wantState == "" {
				if s.Last.State != "" || !s.NextClaimed {
					t.Errorf("Last %+v; want the post handed back for a retry", s.Last)
				}
				return
			}
			if s.Last.State != tc.wantState {
				t.Errorf("Last %+v, want %s", s.Last, tc.wantState)
			}
			if list := text(h.mustDo("/subscriptions")); !strings.Contains(list, tc.wantDetail) {
				t.Errorf("/subscriptions does not say %q:\n%s", tc.wantDetail, list)
			}
			h.runTo(utc(2026, 3, 3, 8, 1), time.Minute)
			if calls, _ := h.poster.state(); calls != 2 {
				t.Errorf("%d calls; want the refused post not tried again and the next day's sent", calls)
			}
			if got := h.poster.got(); len(got) != 1 || !got[0].at.Equal(utc(2026, 3, 3, 8, 0)) {
				t.Errorf("posts %v, want the next day's at 08:00", got)
			}
		})
	}
}

// errStalled is what the stalled store's calls end with.
var errStalled = errors.New("stalled")

// stalledStore is a store that stops answering: every call waits until
// its context ends, as a database behind a dropped connection does.
type stalledStore struct{ bot.Store }

func (stalledStore) wait(ctx context.Context) error {
	<-ctx.Done()
	return fmt.Errorf("%w: %w", errStalled, ctx.Err())
}
func (s stalledStore) Subscriptions(ctx context.Context, _ bot.ChannelKey) ([]bot.Subscription, error) {
	return nil, s.wait(ctx)
}
func (s stalledStore) UpdateChannel(ctx context.Context, _ bot.ChannelKey, _ func([]bot.Subscription) ([]bot.Subscription, error)) ([]bot.Subscription, error) {
	return nil, s.wait(ctx)
}
func (s stalledStore) ClaimDue(ctx context.Context, _ bot.ClaimQuery) ([]bot.Claim, error) {
	return nil, s.wait(ctx)
}
func (s stalledStore) NextDue(ctx context.Context, _ string) (time.Time, bool, error) {
	return time.Time{}, false, s.wait(ctx)
}

// TestStoreThatStopsAnswering: commands answer "try again in a minute"
// once the store timeout passes, instead of hanging, and the scheduler's
// look at the store ends with an error it logs and retries. In a synctest
// bubble, so the default timeout passes in virtual time.
func TestStoreThatStopsAnswering(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
		st := stalledStore{h.store}
		h.bot.Store = st
		for _, line := range []string{"/subscribe ukraine at 08:00", "/unsubscribe ukraine", "/subscriptions"} {
			start := time.Now()
			r := h.do(line) // t.Context() never ends: only the store timeout can
			if r.Kind != bot.Failed || !strings.Contains(r.Text, "I could not reach the subscription store") || !strings.Contains(r.Text, "Try again in a minute.") {
				t.Errorf("%s with the store stalled: %s %s", line, bot.KindName(r.Kind), text(r))
			}
			if took := time.Since(start); took != bot.DefaultStoreTimeout {
				t.Errorf("%s answered after %s, want the store timeout (%s)", line, took, bot.DefaultStoreTimeout)
			}
		}
		s := bot.NewScheduler(st, h.live, map[string]bot.Poster{bot.Slack: h.poster})
		start := time.Now()
		if err := s.Tick(t.Context()); !errors.Is(err, errStalled) || !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Tick with the store stalled: %v, want the store's error after its timeout", err)
		}
		if took := time.Since(start); took != bot.DefaultStoreTimeout {
			t.Errorf("Tick gave up after %s, want the store timeout (%s)", took, bot.DefaultStoreTimeout)
		}
	})
}

// TestSubscribeWhereNothingCanPost: a Slack workspace served without
// SLACK_BOT_TOKEN answers commands but cannot post, so /subscribe is
// refused with what the administrator must do, and nothing is stored.
func TestSubscribeWhereNothingCanPost(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
	h.mustDo("/subscribe nato at 09:00") // while the bot could still post
	logs := &logRecorder{}
	h.bot.Logger = slog.New(logs)
	h.bot.PostsOff = map[string]string{bot.Slack: "SLACK_BOT_TOKEN"}
	r := h.do("/subscribe ukraine at 08:00")
	want := "Daily briefings are not set up on this Slack workspace: the bot's administrator needs to add SLACK_BOT_TOKEN."
	if r.Kind != bot.Failed || !strings.Contains(r.Text, want) {
		t.Errorf("/subscribe: %s %s\nwant it to say %q", bot.KindName(r.Kind), text(r), want)
	}
	if subs := h.subs("C1"); len(subs) != 1 || subs[0].Topics[0] != "nato" {
		t.Errorf("a refused /subscribe changed the subscriptions: %+v", subs)
	}
	if n := logs.count(slog.LevelWarn, "set SLACK_BOT_TOKEN"); n != 1 {
		t.Errorf("the operator's log has %d lines naming SLACK_BOT_TOKEN, want 1", n)
	}
	if list := text(h.mustDo("/subscriptions")); !strings.Contains(list, want) {
		t.Errorf("/subscriptions does not say the posts are off:\n%s", list)
	}
	if r := h.do("/unsubscribe nato"); r.Kind != bot.Answer {
		t.Errorf("/unsubscribe is refused too: %s", text(r))
	}
}
