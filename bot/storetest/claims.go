package storetest

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

func testClaimDue(t *testing.T, s bot.Store) {
	subs := add(t, s, chA,
		sub(chA, "07:00", t0, "a"),
		sub(chA, "07:01", t0.Add(time.Minute), "b"),
		sub(chA, "06:59", t0.Add(-time.Minute), "c"),
	)
	paused := sub(chB, "06:00", t0.Add(-time.Hour), "d")
	paused.Paused = "removed from the channel"
	add(t, s, chB, paused)
	dch := bot.ChannelKey{Platform: bot.Discord, Workspace: "G1", Channel: "1"}
	add(t, s, dch, sub(dch, "06:00", t0.Add(-time.Hour), "e"))

	cs := claim(t, s, bot.Slack, t0, "o1", 10)
	if len(cs) != 2 || cs[0].Sub.ID != subs[2].ID || cs[1].Sub.ID != subs[0].ID {
		t.Fatalf("ClaimDue at 07:00 claimed %v, want [%d %d] (due, in Next order; not paused, not Discord)", claimIDs(cs), subs[2].ID, subs[0].ID)
	}
	c := cs[1]
	if c.Date != day0 || !c.Due.Equal(t0) || c.Owner != "o1" || c.Attempts != 0 || c.WasSending {
		t.Errorf("claim = date %s due %s owner %s attempts %d wasSending %v", c.Date, c.Due, c.Owner, c.Attempts, c.WasSending)
	}
	if !slices.Equal(c.Sub.Topics, []string{"a"}) || c.Sub.ChannelKey != chA || c.Sub.TZ != "UTC" {
		t.Errorf("claim carries %+v, want the subscription", c.Sub)
	}
	if again := claim(t, s, bot.Slack, t0, "o2", 10); len(again) != 0 {
		t.Errorf("a second caller claimed %v while the first holds them", claimIDs(again))
	}
	if !one(t, s, chA, subs[0].ID).NextClaimed {
		t.Errorf("NextClaimed is false after the post was claimed")
	}
	if one(t, s, chA, subs[1].ID).NextClaimed {
		t.Errorf("NextClaimed is true for a post not yet due")
	}
	if later := claim(t, s, bot.Slack, t0.Add(time.Minute), "o3", 10); len(later) != 1 || later[0].Sub.ID != subs[1].ID {
		t.Errorf("ClaimDue at 07:01 = %v, want [%d]", claimIDs(later), subs[1].ID)
	}
	if d := claim(t, s, bot.Discord, t0, "o4", 10); len(d) != 1 {
		t.Errorf("ClaimDue on Discord = %d claims, want 1", len(d))
	}
}

func claimIDs(cs []bot.Claim) []int64 {
	out := make([]int64, len(cs))
	for i, c := range cs {
		out[i] = c.Sub.ID
	}
	return out
}

func testClaimLimit(t *testing.T, s bot.Store) {
	for i := range 5 {
		ch := bot.ChannelKey{Platform: bot.Slack, Workspace: "T1", Channel: fmt.Sprintf("C%d", i)}
		add(t, s, ch, sub(ch, "07:00", t0, "a"))
	}
	var got []int
	for i := range 4 {
		got = append(got, len(claim(t, s, bot.Slack, t0, fmt.Sprintf("o%d", i), 2)))
	}
	if !slices.Equal(got, []int{2, 2, 1, 0}) {
		t.Errorf("claims per call with limit 2 = %v, want [2 2 1 0]", got)
	}
}

func testSendAndFinish(t *testing.T, s bot.Store) {
	x := add(t, s, chA, sub(chA, "07:00", t0, "ukraine"))[0]
	c := claimOne(t, s, t0, "o1")
	wrong := c
	wrong.Owner = "o2"
	if err := s.Sending(ctx(t), wrong, t0.Add(time.Minute)); !errors.Is(err, bot.ErrClaimLost) {
		t.Errorf("Sending by another owner: %v, want ErrClaimLost", err)
	}
	if err := s.Sending(ctx(t), c, t0.Add(time.Minute)); err != nil {
		t.Fatalf("Sending: %v", err)
	}
	if err := s.Sending(ctx(t), c, t0.Add(time.Minute)); !errors.Is(err, bot.ErrClaimLost) {
		t.Errorf("Sending twice: %v, want ErrClaimLost", err)
	}
	if err := s.Finish(ctx(t), wrong, sentOutcome(t0)); !errors.Is(err, bot.ErrClaimLost) {
		t.Errorf("Finish by another owner: %v, want ErrClaimLost", err)
	}
	at := t0.Add(1500 * time.Millisecond)
	o := sentOutcome(at)
	if err := s.Finish(ctx(t), c, o); err != nil {
		t.Fatalf("Finish: %v", err)
	}
	if err := s.Finish(ctx(t), c, o); !errors.Is(err, bot.ErrClaimLost) {
		t.Errorf("Finish twice: %v, want ErrClaimLost", err)
	}
	g := one(t, s, chA, x.ID)
	if g.Last.State != bot.PostSent || g.Last.Date != day0 || !g.Last.At.Equal(at) {
		t.Errorf("Last = %+v, want sent on %s at %s", g.Last, day0, at)
	}
	if !g.LastPosted.Equal(at) || !g.Seen.Date.Equal(o.Seen.Date) || !slices.Equal(g.Seen.IDs, o.Seen.IDs) {
		t.Errorf("LastPosted %s, Seen %+v; want %s, %+v", g.LastPosted, g.Seen, at, o.Seen)
	}
	if !g.Next.Equal(o.Next) || g.NextDate != day1 || g.NextClaimed {
		t.Errorf("Next = %s %s (claimed %v), want %s %s", g.Next, g.NextDate, g.NextClaimed, o.Next, day1)
	}
	if cs := claim(t, s, bot.Slack, t0.Add(time.Hour), "o3", 10); len(cs) != 0 {
		t.Errorf("a finished post was claimed again: %v", claimIDs(cs))
	}
	if next, ok, err := s.NextDue(ctx(t), bot.Slack); err != nil || !ok || !next.Equal(o.Next) {
		t.Errorf("NextDue = %s %v %v, want %s", next, ok, err, o.Next)
	}
	if c2 := claimOne(t, s, o.Next, "o4"); c2.Date != day1 {
		t.Errorf("the next day's claim is for %s, want %s", c2.Date, day1)
	}
}

func testFinishWithoutSending(t *testing.T, s bot.Store) {
	x := add(t, s, chA, sub(chA, "07:00", t0, "ukraine"))[0]
	c := claimOne(t, s, t0, "o1")
	bad := bot.Outcome{State: bot.PostPending, At: t0, Next: t0.Add(24 * time.Hour), NextDate: day1}
	if err := s.Finish(ctx(t), c, bad); err == nil {
		t.Errorf("Finish with state pending succeeded; a post cannot end pending")
	}
	o := bot.Outcome{State: bot.PostSkipped, At: t0, Detail: "nothing new", Next: t0.Add(24 * time.Hour), NextDate: day1}
	if err := s.Finish(ctx(t), c, o); err != nil {
		t.Fatalf("Finish skipped from pending: %v", err)
	}
	g := one(t, s, chA, x.ID)
	if g.Last.State != bot.PostSkipped || g.Last.Detail != "nothing new" || !g.LastPosted.IsZero() || g.NextDate != day1 {
		t.Errorf("after a skipped post: Last %+v, LastPosted %s, NextDate %s", g.Last, g.LastPosted, g.NextDate)
	}
}

func testRelease(t *testing.T, s bot.Store) {
	add(t, s, chA, sub(chA, "07:00", t0, "ukraine"))
	c := claimOne(t, s, t0, "o1")
	if err := s.Sending(ctx(t), c, t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	retryAt := t0.Add(30 * time.Second)
	if err := s.Release(ctx(t), c, retryAt, 1, "attempt 1 failed"); err != nil {
		t.Fatalf("Release: %v", err)
	}
	if err := s.Release(ctx(t), c, retryAt, 1, "again"); !errors.Is(err, bot.ErrClaimLost) {
		t.Errorf("Release by an owner that no longer holds it: %v, want ErrClaimLost", err)
	}
	if next, ok, _ := s.NextDue(ctx(t), bot.Slack); !ok || !next.Equal(retryAt) {
		t.Errorf("NextDue = %s, want the retry time %s", next, retryAt)
	}
	if cs := claim(t, s, bot.Slack, t0.Add(10*time.Second), "o2", 10); len(cs) != 0 {
		t.Errorf("claimed before the retry time")
	}
	c2 := claimOne(t, s, retryAt, "o3")
	if c2.Attempts != 1 || c2.WasSending || !c2.Due.Equal(t0) || c2.Date != day0 {
		t.Errorf("retry claim: attempts %d, wasSending %v, due %s, date %s; want 1, false, %s, %s", c2.Attempts, c2.WasSending, c2.Due, c2.Date, t0, day0)
	}
	if err := s.Sending(ctx(t), c2, retryAt.Add(time.Minute)); err != nil {
		t.Errorf("Sending the retry: %v", err)
	}
}

func testExpiredLease(t *testing.T, s bot.Store) {
	add(t, s, chA, sub(chA, "07:00", t0, "ukraine"))
	c := claimOne(t, s, t0, "o1") // lease until t0+2m
	if cs := claim(t, s, bot.Slack, t0.Add(time.Minute), "o2", 10); len(cs) != 0 {
		t.Errorf("taken over before the lease ended")
	}
	c2 := claimOne(t, s, t0.Add(2*time.Minute), "o3")
	if c2.WasSending || c2.Owner != "o3" {
		t.Errorf("takeover: owner %s, wasSending %v", c2.Owner, c2.WasSending)
	}
	if err := s.Sending(ctx(t), c, t0.Add(3*time.Minute)); !errors.Is(err, bot.ErrClaimLost) {
		t.Errorf("the first owner could still send after losing the claim: %v", err)
	}
	if err := s.Finish(ctx(t), c, sentOutcome(t0)); !errors.Is(err, bot.ErrClaimLost) {
		t.Errorf("the first owner could still finish after losing the claim: %v", err)
	}
}

func testExpiredSending(t *testing.T, s bot.Store) {
	x := add(t, s, chA, sub(chA, "07:00", t0, "ukraine"))[0]
	c := claimOne(t, s, t0, "o1")
	if err := s.Sending(ctx(t), c, t0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if cs := claim(t, s, bot.Slack, t0.Add(30*time.Second), "o2", 10); len(cs) != 0 {
		t.Errorf("a post being sent was claimed before its lease ended")
	}
	c2 := claimOne(t, s, t0.Add(time.Minute), "o3")
	if !c2.WasSending {
		t.Errorf("a post whose sender died came back without WasSending; it could be sent twice")
	}
	o := bot.Outcome{State: bot.PostUnknown, At: t0.Add(time.Minute), Detail: "sender died", Next: t0.Add(24 * time.Hour), NextDate: day1}
	if err := s.Finish(ctx(t), c2, o); err != nil {
		t.Fatalf("Finish unknown: %v", err)
	}
	if g := one(t, s, chA, x.ID); g.Last.State != bot.PostUnknown || g.NextDate != day1 {
		t.Errorf("after the takeover: Last %+v, NextDate %s", g.Last, g.NextDate)
	}
}

func testPause(t *testing.T, s bot.Store) {
	x := add(t, s, chA, sub(chA, "07:00", t0, "ukraine"))[0]
	c := claimOne(t, s, t0, "o1")
	o := bot.Outcome{State: bot.PostFailed, At: t0, Pause: true, Detail: "the bot is not in this channel", Next: t0.Add(24 * time.Hour), NextDate: day1}
	if err := s.Finish(ctx(t), c, o); err != nil {
		t.Fatal(err)
	}
	g := one(t, s, chA, x.ID)
	if g.Paused != o.Detail || g.Last.State != bot.PostFailed {
		t.Errorf("Paused %q, Last %+v; want %q, failed", g.Paused, g.Last, o.Detail)
	}
	if cs := claim(t, s, bot.Slack, o.Next, "o2", 10); len(cs) != 0 {
		t.Errorf("a paused subscription was claimed")
	}
	if _, ok, _ := s.NextDue(ctx(t), bot.Slack); ok {
		t.Errorf("NextDue counts a paused subscription")
	}
	if _, err := s.UpdateChannel(ctx(t), chA, func(cur []bot.Subscription) ([]bot.Subscription, error) {
		cur[0].Paused = ""
		return cur, nil
	}); err != nil {
		t.Fatal(err)
	}
	if cs := claim(t, s, bot.Slack, o.Next, "o3", 10); len(cs) != 1 {
		t.Errorf("a resumed subscription was not claimed when due")
	}
}

func testScheduleChangeWins(t *testing.T, s bot.Store) {
	x := add(t, s, chA, sub(chA, "07:00", t0, "ukraine"))[0]
	c := claimOne(t, s, t0, "o1")
	moved := t0.Add(26 * time.Hour) // 09:00 the next day
	if _, err := s.UpdateChannel(ctx(t), chA, func(cur []bot.Subscription) ([]bot.Subscription, error) {
		if !cur[0].NextClaimed {
			return nil, errors.New("NextClaimed false during a claim")
		}
		cur[0].At, cur[0].Next, cur[0].NextDate = 9*60, moved, day1
		return cur, nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.Finish(ctx(t), c, sentOutcome(t0)); err != nil {
		t.Fatalf("Finish: %v", err)
	}
	if g := one(t, s, chA, x.ID); !g.Next.Equal(moved) || g.Last.State != bot.PostSent {
		t.Errorf("Next = %s, Last %+v; want the new schedule %s kept and the post recorded", g.Next, g.Last, moved)
	}
}

func testDeleteDuringClaim(t *testing.T, s bot.Store) {
	add(t, s, chA, sub(chA, "07:00", t0, "ukraine"))
	c := claimOne(t, s, t0, "o1")
	if _, err := s.UpdateChannel(ctx(t), chA, func([]bot.Subscription) ([]bot.Subscription, error) { return nil, nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.Sending(ctx(t), c, t0.Add(time.Minute)); !errors.Is(err, bot.ErrClaimLost) {
		t.Errorf("Sending for a deleted subscription: %v, want ErrClaimLost", err)
	}
	if err := s.Finish(ctx(t), c, sentOutcome(t0)); !errors.Is(err, bot.ErrClaimLost) {
		t.Errorf("Finish for a deleted subscription: %v, want ErrClaimLost", err)
	}
	if _, ok, _ := s.NextDue(ctx(t), bot.Slack); ok {
		t.Errorf("NextDue still sees a deleted subscription")
	}
}

func testConcurrentClaims(t *testing.T, s bot.Store) {
	const n, callers = 300, 6
	for i := range n {
		ch := bot.ChannelKey{Platform: bot.Slack, Workspace: "T1", Channel: fmt.Sprintf("C%03d", i)}
		add(t, s, ch, sub(ch, "07:00", t0, "ukraine"))
	}
	var mu sync.Mutex
	seen := map[int64]int{}
	var wg sync.WaitGroup
	for w := range callers {
		wg.Go(func() {
			for i := 0; ; i++ {
				cs, err := s.ClaimDue(ctx(t), bot.ClaimQuery{Platform: bot.Slack, Now: t0, Owner: fmt.Sprintf("w%d-%d", w, i), Until: t0.Add(time.Minute), Limit: 25})
				if err != nil {
					t.Errorf("ClaimDue: %v", err)
					return
				}
				if len(cs) == 0 {
					return
				}
				mu.Lock()
				for _, c := range cs {
					seen[c.Sub.ID]++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(seen) != n {
		t.Errorf("%d subscriptions claimed, want %d", len(seen), n)
	}
	for id, k := range seen {
		if k != 1 {
			t.Errorf("subscription %d claimed %d times", id, k)
		}
	}
}

func testQuoteHistory(t *testing.T, s bot.Store) {
	x := add(t, s, chA, sub(chA, "07:00", t0, "ukraine"))[0]
	y := add(t, s, chB, sub(chB, "07:00", t0, "ukraine"))[0]
	for _, id := range []int64{x.ID, y.ID} {
		h, err := s.QuoteHistory(ctx(t), id)
		if err != nil || len(h) != 0 {
			t.Fatalf("QuoteHistory before any post = %v, %v; want empty", h, err)
		}
	}
	for _, c := range claim(t, s, bot.Slack, t0, "o1", 10) {
		o := sentOutcome(t0)
		o.QuoteID = "q-" + c.Sub.Channel
		if err := s.Finish(ctx(t), c, o); err != nil {
			t.Fatal(err)
		}
	}
	c := claim(t, s, bot.Slack, t0.Add(24*time.Hour), "o2", 10)
	if len(c) != 2 {
		t.Fatalf("second day: %d claims, want 2", len(c))
	}
	for _, c := range c {
		if c.Sub.ID != x.ID {
			continue
		}
		o := sentOutcome(t0.Add(24 * time.Hour))
		o.QuoteID, o.Next, o.NextDate = "q-C1", t0.Add(48*time.Hour), "2026-03-04"
		if err := s.Finish(ctx(t), c, o); err != nil {
			t.Fatal(err)
		}
	}
	hx, _ := s.QuoteHistory(ctx(t), x.ID)
	hy, _ := s.QuoteHistory(ctx(t), y.ID)
	if len(hx) != 1 || !hx["q-C1"].Equal(t0.Add(24*time.Hour)) {
		t.Errorf("history of %d = %v, want q-C1 last used on the second day", x.ID, hx)
	}
	if len(hy) != 1 || !hy["q-C2"].Equal(t0) {
		t.Errorf("history of %d = %v, want only its own quote q-C2", y.ID, hy)
	}
}

func testTimesInUTC(t *testing.T, s bot.Store) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zone database:", err)
	}
	next := time.Date(2026, 3, 2, 8, 0, 0, 123456789, berlin)
	x := sub(chA, "08:00", next, "ukraine")
	x.TZ = "Europe/Berlin"
	x.Created = next.Add(-time.Hour)
	got := one(t, s, chA, add(t, s, chA, x)[0].ID)
	if got.Next.Location() != time.UTC || got.Created.Location() != time.UTC {
		t.Errorf("times come back in %s and %s, want UTC", got.Next.Location(), got.Created.Location())
	}
	if want := next.Truncate(time.Millisecond); !got.Next.Equal(want) {
		t.Errorf("Next = %s, want %s (to the millisecond)", got.Next, want)
	}
}
