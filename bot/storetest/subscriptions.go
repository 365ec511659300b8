package storetest

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

func testEmpty(t *testing.T, s bot.Store) {
	if got := list(t, s, chA); len(got) != 0 {
		t.Errorf("Subscriptions of an empty store = %d, want 0", len(got))
	}
	if _, ok, err := s.NextDue(ctx(t), bot.Slack); err != nil || ok {
		t.Errorf("NextDue of an empty store = ok %v, err %v; want nothing", ok, err)
	}
	if cs := claim(t, s, bot.Slack, t0, "o1", 10); len(cs) != 0 {
		t.Errorf("ClaimDue of an empty store = %d claims", len(cs))
	}
}

func testAddAndRead(t *testing.T, s bot.Store) {
	a := sub(chA, "08:00", t0.Add(time.Hour), "ukraine", "nato")
	a.TZ = "Europe/Berlin"
	a.SkipEmpty = true
	b := sub(chA, "17:30", t0.Add(10*time.Hour), "sanctions")
	got := add(t, s, chA, a, b)
	if got[0].ID == 0 || got[1].ID == 0 || got[0].ID == got[1].ID {
		t.Fatalf("ids = %d, %d; want two distinct non-zero ids", got[0].ID, got[1].ID)
	}
	read := list(t, s, chA)
	if !slices.Equal(ids(read), ids(got)) {
		t.Fatalf("Subscriptions ids = %v, want %v (oldest first)", ids(read), ids(got))
	}
	for i, want := range []bot.Subscription{a, b} {
		g := read[i]
		if !slices.Equal(g.Topics, want.Topics) || g.At != want.At || g.TZ != want.TZ || g.SkipEmpty != want.SkipEmpty ||
			g.CreatedBy != want.CreatedBy || !g.Created.Equal(want.Created) || !g.Next.Equal(want.Next) ||
			g.NextDate != want.NextDate || g.ChannelKey != chA || g.Paused != "" {
			t.Errorf("read back %+v\nwant        %+v", g, want)
		}
		if g.NextClaimed || !g.LastPosted.IsZero() || g.Last.State != "" || !g.Seen.Date.IsZero() {
			t.Errorf("a new subscription has post history: %+v", g)
		}
	}
	for _, other := range []bot.ChannelKey{chB, {Platform: bot.Discord, Workspace: "T1", Channel: "C1"}, {Platform: bot.Slack, Workspace: "T2", Channel: "C1"}} {
		if n := len(list(t, s, other)); n != 0 {
			t.Errorf("channel %s sees %d of %s's subscriptions", other, n, chA)
		}
	}
}

func testUpdateAndDelete(t *testing.T, s bot.Store) {
	got := add(t, s, chA, sub(chA, "08:00", t0.Add(time.Hour), "ukraine"), sub(chA, "09:00", t0.Add(2*time.Hour), "nato"))
	keep, drop := got[0], got[1]
	keep.Topics = []string{"ukraine", "sanctions"}
	keep.At, keep.SkipEmpty = 10*60, true
	keep.Next, keep.NextDate = t0.Add(3*time.Hour), day0
	keep.Paused = "the bot was removed"
	keep.Created = t0.Add(time.Hour) // not a setting: ignored
	after, err := s.UpdateChannel(ctx(t), chA, func([]bot.Subscription) ([]bot.Subscription, error) {
		return []bot.Subscription{keep}, nil
	})
	if err != nil {
		t.Fatalf("UpdateChannel: %v", err)
	}
	if len(after) != 1 || after[0].ID != keep.ID {
		t.Fatalf("after update: %v, want only %d", ids(after), keep.ID)
	}
	g := one(t, s, chA, keep.ID)
	if !slices.Equal(g.Topics, keep.Topics) || g.At != keep.At || !g.SkipEmpty || !g.Next.Equal(keep.Next) || g.Paused != keep.Paused {
		t.Errorf("updated = %+v, want settings of %+v", g, keep)
	}
	if !g.Created.Equal(got[0].Created) {
		t.Errorf("Created changed by an update: %s, want %s", g.Created, got[0].Created)
	}
	for _, x := range list(t, s, chA) {
		if x.ID == drop.ID {
			t.Errorf("subscription %d left out of the update was not deleted", drop.ID)
		}
	}
}

func testInvalidUpdate(t *testing.T, s bot.Store) {
	orig := add(t, s, chA, sub(chA, "08:00", t0.Add(time.Hour), "ukraine"), sub(chA, "09:00", t0.Add(2*time.Hour), "nato"))
	other := add(t, s, chB, sub(chB, "08:00", t0.Add(time.Hour), "ukraine"))[0]
	tests := []struct {
		name   string
		change func(cur []bot.Subscription) []bot.Subscription
	}{
		{"same time twice", func(cur []bot.Subscription) []bot.Subscription {
			return append(cur, sub(chA, "08:00", t0.Add(time.Hour), "sanctions"))
		}},
		{"another channel's id", func(cur []bot.Subscription) []bot.Subscription {
			x := other
			x.ChannelKey = chA
			x.At = 11 * 60
			return append(cur, x)
		}},
		{"wrong channel", func(cur []bot.Subscription) []bot.Subscription {
			return append(cur, sub(chB, "12:00", t0.Add(time.Hour), "sanctions"))
		}},
		{"no topics", func(cur []bot.Subscription) []bot.Subscription { cur[0].Topics = nil; return cur }},
		{"no next post", func(cur []bot.Subscription) []bot.Subscription { cur[0].Next = time.Time{}; return cur }},
		{"bad date", func(cur []bot.Subscription) []bot.Subscription { cur[0].NextDate = "2 March"; return cur }},
		{"same id twice", func(cur []bot.Subscription) []bot.Subscription {
			x := cur[0]
			x.At = 12 * 60
			return append(cur, x)
		}},
	}
	for _, tc := range tests {
		_, err := s.UpdateChannel(ctx(t), chA, func(cur []bot.Subscription) ([]bot.Subscription, error) {
			return tc.change(cur), nil
		})
		if !errors.Is(err, bot.ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", tc.name, err)
		}
	}
	boom := errors.New("boom")
	_, err := s.UpdateChannel(ctx(t), chA, func([]bot.Subscription) ([]bot.Subscription, error) { return nil, boom })
	if !errors.Is(err, boom) {
		t.Errorf("fn error: got %v, want it returned", err)
	}
	if got := list(t, s, chA); !slices.Equal(ids(got), ids(orig)) || !slices.Equal(got[0].Topics, []string{"ukraine"}) {
		t.Errorf("after rejected updates: %+v, want the original %+v", got, orig)
	}
}
