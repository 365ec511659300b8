package storetest

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// testHistoryMoves: when topics move between a channel's subscriptions,
// the one they join takes the post history of the one they leave: its
// watermark and last post as given, and its quote history through Inherit,
// even when the one left is deleted by the same update.
func testHistoryMoves(t *testing.T, s bot.Store) {
	x := add(t, s, chA, sub(chA, "07:00", t0, "ukraine", "nato"))[0]
	y := add(t, s, chA, sub(chA, "09:00", t0.Add(2*time.Hour), "sanctions"))[0]
	// x posts with quote q1 at 07:00, y with q2 at 09:00.
	finish := func(id int64, at time.Time, quote string) {
		t.Helper()
		for _, c := range claim(t, s, bot.Slack, at, "o-"+quote+at.Format("1504"), 10) {
			o := sentOutcome(at)
			if c.Sub.ID != id {
				t.Fatalf("claimed %d at %s, want %d", c.Sub.ID, at.Format(time.TimeOnly), id)
			}
			o.QuoteID, o.Next, o.NextDate = quote, c.Due.Add(24*time.Hour), day1
			if err := s.Finish(ctx(t), c, o); err != nil {
				t.Fatal(err)
			}
		}
	}
	finish(x.ID, t0, "q1")
	finish(y.ID, t0.Add(2*time.Hour), "q2")

	seen := bot.Watermark{Date: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), IDs: []string{"2026-03-01 b1", "2026-03-02 b9"}}
	posted := t0.Add(90 * time.Second)
	// nato leaves x for a new subscription at 10:00; ukraine leaves x for y,
	// and x, left with nothing, is deleted.
	got, err := s.UpdateChannel(ctx(t), chA, func(cur []bot.Subscription) ([]bot.Subscription, error) {
		yy := cur[1]
		yy.Topics = append(yy.Topics, "ukraine")
		yy.Seen, yy.LastPosted, yy.Inherit = seen, posted, []int64{x.ID}
		n := sub(chA, "10:00", t0.Add(27*time.Hour), "nato")
		n.Seen, n.LastPosted, n.Inherit = seen, posted, []int64{x.ID, y.ID}
		return []bot.Subscription{yy, n}, nil
	})
	if err != nil {
		t.Fatalf("UpdateChannel: %v", err)
	}
	if len(got) != 2 || got[0].ID != y.ID {
		t.Fatalf("after the move: %v, want %d and a new one", ids(got), y.ID)
	}
	for _, g := range got {
		if !g.Seen.Date.Equal(seen.Date) || !slices.Equal(g.Seen.IDs, seen.IDs) || !g.LastPosted.Equal(posted) {
			t.Errorf("subscription %d: Seen %+v, LastPosted %s; want %+v, %s as given", g.ID, g.Seen, g.LastPosted, seen, posted)
		}
		if g.Inherit != nil {
			t.Errorf("subscription %d reads back Inherit %v; it is not kept", g.ID, g.Inherit)
		}
	}
	if g := one(t, s, chA, y.ID); g.Last.State != bot.PostSent {
		t.Errorf("y's own post record was lost: %+v", g.Last)
	}
	hy, err := s.QuoteHistory(ctx(t), y.ID)
	if err != nil {
		t.Fatal(err)
	}
	// q1: x used it at t0, y never; q2: y's own.
	if len(hy) != 2 || !hy["q1"].Equal(t0) || !hy["q2"].Equal(t0.Add(2*time.Hour)) {
		t.Errorf("y's quote history = %v, want q1 at %s (from x) and q2 at %s", hy, t0, t0.Add(2*time.Hour))
	}
	hn, _ := s.QuoteHistory(ctx(t), got[1].ID)
	if len(hn) != 2 || !hn["q1"].Equal(t0) || !hn["q2"].Equal(t0.Add(2*time.Hour)) {
		t.Errorf("the new subscription's quote history = %v, want x's and y's", hn)
	}
	if hx, _ := s.QuoteHistory(ctx(t), x.ID); len(hx) != 0 {
		t.Errorf("the deleted subscription kept its quote history: %v", hx)
	}

	_, err = s.UpdateChannel(ctx(t), chA, func(cur []bot.Subscription) ([]bot.Subscription, error) {
		cur[0].Inherit = []int64{x.ID} // deleted above
		return cur, nil
	})
	if !errors.Is(err, bot.ErrInvalid) {
		t.Errorf("inheriting from a subscription that is no longer the channel's: %v, want ErrInvalid", err)
	}
}
