package storetest

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

const uninstalled = "the app was removed from this workspace"

// testPauseWorkspace: pausing a workspace pauses its active subscriptions
// in every channel, and nothing elsewhere; one paused for its own reason
// keeps that reason.
func testPauseWorkspace(t *testing.T, s bot.Store) {
	other := bot.ChannelKey{Platform: bot.Slack, Workspace: "T2", Channel: "C1"}
	discord := bot.ChannelKey{Platform: bot.Discord, Workspace: "T1", Channel: "C1"}
	a := add(t, s, chA, sub(chA, "07:00", t0, "ukraine"), sub(chA, "08:00", t0.Add(time.Hour), "nato"))
	b := add(t, s, chB, sub(chB, "07:00", t0, "ukraine"))[0]
	o := add(t, s, other, sub(other, "07:00", t0, "ukraine"))[0]
	d := add(t, s, discord, sub(discord, "07:00", t0, "ukraine"))[0]
	if _, err := s.UpdateChannel(ctx(t), chA, func(cur []bot.Subscription) ([]bot.Subscription, error) {
		cur[1].Paused = "the bot is not in this channel"
		return cur, nil
	}); err != nil {
		t.Fatal(err)
	}
	n, err := s.PauseWorkspace(ctx(t), bot.Slack, "T1", uninstalled)
	if err != nil || n != 2 {
		t.Fatalf("PauseWorkspace = %d, %v; want 2 (the active ones of T1)", n, err)
	}
	for _, c := range []struct {
		ch   bot.ChannelKey
		id   int64
		want string
	}{
		{chA, a[0].ID, uninstalled},
		{chA, a[1].ID, "the bot is not in this channel"},
		{chB, b.ID, uninstalled},
		{other, o.ID, ""},
		{discord, d.ID, ""},
	} {
		if g := one(t, s, c.ch, c.id); g.Paused != c.want {
			t.Errorf("%s subscription %d: Paused %q, want %q", c.ch, c.id, g.Paused, c.want)
		}
	}
	cs := claim(t, s, bot.Slack, t0.Add(2*time.Hour), "o1", 10)
	if len(cs) != 1 || cs[0].Sub.ID != o.ID {
		t.Errorf("claimed %d posts after pausing T1; want only T2's", len(cs))
	}
}

// testResumeWorkspace: resuming undoes exactly what PauseWorkspace did with
// that reason, moving each to the next post it is given.
func testResumeWorkspace(t *testing.T, s bot.Store) {
	other := bot.ChannelKey{Platform: bot.Slack, Workspace: "T2", Channel: "C1"}
	a := add(t, s, chA, sub(chA, "07:00", t0, "ukraine"), sub(chA, "08:00", t0.Add(time.Hour), "nato"))
	b := add(t, s, chB, sub(chB, "07:00", t0, "ukraine"))[0]
	o := add(t, s, other, sub(other, "07:00", t0, "ukraine"))[0]
	if _, err := s.UpdateChannel(ctx(t), chA, func(cur []bot.Subscription) ([]bot.Subscription, error) {
		cur[1].Paused = "the bot is not in this channel"
		return cur, nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, ws := range []string{"T1", "T2"} {
		if _, err := s.PauseWorkspace(ctx(t), bot.Slack, ws, uninstalled); err != nil {
			t.Fatal(err)
		}
	}
	later := t0.Add(48 * time.Hour)
	var given []int64
	n, err := s.ResumeWorkspace(ctx(t), bot.Slack, "T1", uninstalled, func(x bot.Subscription) (time.Time, string) {
		given = append(given, x.ID)
		return later.Add(time.Duration(x.At) * time.Minute), "2026-03-04"
	})
	if err != nil || n != 2 {
		t.Fatalf("ResumeWorkspace = %d, %v; want 2", n, err)
	}
	if len(given) < 2 {
		t.Errorf("next was called for %v; want both resumed subscriptions", given)
	}
	for _, c := range []struct {
		ch     bot.ChannelKey
		id     int64
		paused string
		next   time.Time
	}{
		{chA, a[0].ID, "", later.Add(7 * time.Hour)},
		{chA, a[1].ID, "the bot is not in this channel", a[1].Next},
		{chB, b.ID, "", later.Add(7 * time.Hour)},
		{other, o.ID, uninstalled, o.Next},
	} {
		g := one(t, s, c.ch, c.id)
		if g.Paused != c.paused || !g.Next.Equal(c.next) {
			t.Errorf("subscription %d: Paused %q, Next %s; want %q, %s", c.id, g.Paused, g.Next, c.paused, c.next)
		}
		if c.paused == "" && g.NextDate != "2026-03-04" {
			t.Errorf("subscription %d: NextDate %q, want the one next gave", c.id, g.NextDate)
		}
	}
	if n, err := s.ResumeWorkspace(ctx(t), bot.Slack, "T1", uninstalled, func(bot.Subscription) (time.Time, string) {
		t.Error("next called with nothing to resume")
		return later, "2026-03-04"
	}); err != nil || n != 0 {
		t.Errorf("resuming again = %d, %v; want 0", n, err)
	}
	if cs := claim(t, s, bot.Slack, later.Add(7*time.Hour), "o1", 10); len(cs) != 2 {
		t.Errorf("%d resumed posts claimed when due, want 2", len(cs))
	}
}
