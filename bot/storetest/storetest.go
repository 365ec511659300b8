// Package storetest is the contract every bot.Store (and the
// bot.CredentialStore beside it) must keep. Each store's
// tests call Run with a function opening a fresh, empty store, so the
// in-memory, SQLite and PostgreSQL stores are held to the same promises:
// what is kept, what is rejected, and above all that a post is claimed by
// one caller at a time however many race for it.
package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// Run runs the contract against stores made by open, one per subtest. open
// must return a new, empty store; Run closes it.
func Run(t *testing.T, open func(t *testing.T) bot.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s bot.Store)
	}{
		{"EmptyChannel", testEmpty},
		{"AddAndRead", testAddAndRead},
		{"UpdateAndDelete", testUpdateAndDelete},
		{"InvalidUpdateChangesNothing", testInvalidUpdate},
		{"ClaimDue", testClaimDue},
		{"ClaimLimit", testClaimLimit},
		{"SendAndFinish", testSendAndFinish},
		{"FinishWithoutSending", testFinishWithoutSending},
		{"ReleaseForRetry", testRelease},
		{"ExpiredLeaseIsTakenOver", testExpiredLease},
		{"ExpiredSendingIsNotResent", testExpiredSending},
		{"PauseStopsClaims", testPause},
		{"ScheduleChangeWinsOverFinish", testScheduleChangeWins},
		{"DeletedSubscriptionLosesClaim", testDeleteDuringClaim},
		{"ConcurrentClaimsAreUnique", testConcurrentClaims},
		{"QuoteHistory", testQuoteHistory},
		{"TimesInUTC", testTimesInUTC},
		{"HistoryMovesWithTopics", testHistoryMoves},
		{"PauseWorkspace", testPauseWorkspace},
		{"ResumeWorkspace", testResumeWorkspace},
		{"CredentialsEmpty", testCredentialsEmpty},
		{"CredentialPutAndGet", testCredentialPutAndGet},
		{"CredentialConditionalPut", testCredentialConditionalPut},
		{"CredentialDelete", testCredentialDelete},
		{"CredentialsDueForRefresh", testCredentialsDue},
		{"ClaimRefresh", testClaimRefresh},
		{"ConcurrentRefreshClaimsAreUnique", testConcurrentRefreshClaims},
		{"UseOnce", testUseOnce},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tc.fn(t, s)
		})
	}
}

// t0 is a Monday morning; posts in these tests are due around it.
var t0 = time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC)

const day0, day1 = "2026-03-02", "2026-03-03"

var (
	chA = bot.ChannelKey{Platform: bot.Slack, Workspace: "T1", Channel: "C1"}
	chB = bot.ChannelKey{Platform: bot.Slack, Workspace: "T1", Channel: "C2"}
)

func ctx(t *testing.T) context.Context { return t.Context() }

// sub is a new subscription in ch at HH:MM UTC, due at next on day0.
func sub(ch bot.ChannelKey, at string, next time.Time, topics ...string) bot.Subscription {
	tod, err := bot.ParseTimeOfDay(at)
	if err != nil {
		panic(err)
	}
	return bot.Subscription{
		ChannelKey: ch, Topics: topics, At: tod, TZ: "UTC",
		CreatedBy: "U1", Created: t0.Add(-24 * time.Hour), Next: next, NextDate: next.Format(bot.DateLayout),
	}
}

// add stores subscriptions for a channel and returns them with their ids.
func add(t *testing.T, s bot.Store, ch bot.ChannelKey, subs ...bot.Subscription) []bot.Subscription {
	t.Helper()
	got, err := s.UpdateChannel(ctx(t), ch, func(cur []bot.Subscription) ([]bot.Subscription, error) {
		return append(cur, subs...), nil
	})
	if err != nil {
		t.Fatalf("UpdateChannel: %v", err)
	}
	return got[len(got)-len(subs):]
}

func list(t *testing.T, s bot.Store, ch bot.ChannelKey) []bot.Subscription {
	t.Helper()
	got, err := s.Subscriptions(ctx(t), ch)
	if err != nil {
		t.Fatalf("Subscriptions: %v", err)
	}
	return got
}

func one(t *testing.T, s bot.Store, ch bot.ChannelKey, id int64) bot.Subscription {
	t.Helper()
	for _, x := range list(t, s, ch) {
		if x.ID == id {
			return x
		}
	}
	t.Fatalf("subscription %d not in %s", id, ch)
	return bot.Subscription{}
}

func claim(t *testing.T, s bot.Store, platform string, now time.Time, owner string, limit int) []bot.Claim {
	t.Helper()
	cs, err := s.ClaimDue(ctx(t), bot.ClaimQuery{Platform: platform, Now: now, Owner: owner, Until: now.Add(2 * time.Minute), Limit: limit})
	if err != nil {
		t.Fatalf("ClaimDue: %v", err)
	}
	return cs
}

func claimOne(t *testing.T, s bot.Store, now time.Time, owner string) bot.Claim {
	t.Helper()
	cs := claim(t, s, bot.Slack, now, owner, 10)
	if len(cs) != 1 {
		t.Fatalf("ClaimDue at %s: %d claims, want 1", now.Format(time.TimeOnly), len(cs))
	}
	return cs[0]
}

func sentOutcome(at time.Time) bot.Outcome {
	next := t0.Add(24 * time.Hour)
	return bot.Outcome{
		State: bot.PostSent, At: at, QuoteID: "q1",
		Seen: bot.Watermark{Date: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), IDs: []string{"b1", "b2"}},
		Next: next, NextDate: day1,
	}
}

func ids(subs []bot.Subscription) []int64 {
	out := make([]int64, len(subs))
	for i, s := range subs {
		out[i] = s.ID
	}
	return out
}
