package bot_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// briefingsOf returns the catalog's briefings by id.
func briefingsOf(t *testing.T, bs ...brief) map[string]*briefings.Briefing {
	t.Helper()
	out := map[string]*briefings.Briefing{}
	for _, b := range catalog(t, bs...).Briefings() {
		out[b.ID] = b
	}
	return out
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestWatermarkCovers(t *testing.T) {
	t.Parallel()
	bs := briefingsOf(t,
		brief{id: "posted", date: "2026-02-02", topics: []string{"ukraine"}},
		brief{id: "late", date: "2026-02-01", topics: []string{"ukraine"}}, // filed after the post, dated earlier
		brief{id: "sameday", date: "2026-02-02", topics: []string{"ukraine"}},
		brief{id: "updated", date: "2026-01-30", updated: "2026-02-03", topics: []string{"ukraine"}},
		brief{id: "ancient", date: "2025-11-01", topics: []string{"ukraine"}},
		brief{id: "newer", date: "2026-02-03", topics: []string{"ukraine"}},
	)
	// One post on 2 Feb at 08:00 carried "posted" and "updated" (as it
	// stood then, last dated 30 Jan).
	stale := *bs["updated"]
	stale.Updated = time.Time{}
	w := bot.Watermark{}.Add([]*briefings.Briefing{bs["posted"], &stale}, time.Date(2026, 2, 2, 8, 0, 0, 0, time.UTC))
	tests := []struct {
		id   string
		want bool
	}{
		{"posted", true},
		{"late", false},    // dated before the newest posted: still new
		{"sameday", false}, // same date, not posted
		{"updated", false}, // updated since it was posted
		{"ancient", true},  // beyond the window: old history
		{"newer", false},
	}
	for _, tc := range tests {
		if got := w.Covers(bs[tc.id]); got != tc.want {
			t.Errorf("Covers(%s) = %v, want %v (watermark %+v)", tc.id, got, tc.want, w)
		}
	}
	if (bot.Watermark{}).Covers(bs["ancient"]) {
		t.Errorf("an empty watermark covers a briefing; nothing has been posted")
	}
}

// TestWatermarkReadsOlderEntries: a watermark stored by an older version
// holds bare ids of briefings dated exactly its Date.
func TestWatermarkReadsOlderEntries(t *testing.T) {
	t.Parallel()
	bs := briefingsOf(t,
		brief{id: "b1", date: "2026-02-02", topics: []string{"ukraine"}},
		brief{id: "b2", date: "2026-02-02", topics: []string{"ukraine"}},
		brief{id: "b0", date: "2026-02-01", topics: []string{"ukraine"}},
	)
	old := bot.Watermark{Date: day(2026, 2, 2), IDs: []string{"b1"}}
	for id, want := range map[string]bool{"b1": true, "b2": false, "b0": true} {
		if got := old.Covers(bs[id]); got != want {
			t.Errorf("older watermark: Covers(%s) = %v, want %v", id, got, want)
		}
	}
	w := old.Add([]*briefings.Briefing{bs["b2"]}, time.Date(2026, 2, 3, 8, 0, 0, 0, time.UTC))
	for id, want := range map[string]bool{"b1": true, "b2": true} {
		if got := w.Covers(bs[id]); got != want {
			t.Errorf("after a post: Covers(%s) = %v, want %v (%+v)", id, got, want, w)
		}
	}
}

// TestWatermarkStaysBounded: a year of daily posts with ten briefings a
// day keeps the watermark within a month's ids, and never forgets one
// within it.
func TestWatermarkStaysBounded(t *testing.T) {
	t.Parallel()
	var w bot.Watermark
	var all []*briefings.Briefing
	start := day(2026, 1, 1)
	for d := range 365 {
		date := start.AddDate(0, 0, d)
		var today []*briefings.Briefing
		for i := range 10 {
			today = append(today, &briefings.Briefing{ID: fmt.Sprintf("b%d-%d", d, i), Date: date})
		}
		all = append(all, today...)
		w = w.Add(today, date.Add(8*time.Hour))
		if n := len(w.IDs); n > 256 {
			t.Fatalf("day %d: %d ids kept, want at most 256", d, n)
		}
	}
	for _, b := range all {
		if !w.Covers(b) {
			t.Fatalf("%s (dated %s) is no longer covered", b.ID, b.Date.Format(bot.DateLayout))
		}
	}
	late := &briefings.Briefing{ID: "late", Date: all[len(all)-1].Date.AddDate(0, 0, -3)}
	if w.Covers(late) {
		t.Errorf("a briefing filed late, dated three days back, is taken as posted")
	}

	// A flood: 300 briefings in one day, more than the ids kept. The oldest
	// days fall under the date; none of the flood is posted twice.
	var flood []*briefings.Briefing
	for i := range 300 {
		flood = append(flood, &briefings.Briefing{ID: fmt.Sprintf("f%03d", i), Date: day(2027, 1, 5)})
	}
	w = w.Add(flood, day(2027, 1, 5).Add(8*time.Hour))
	if len(w.IDs) > 256 {
		t.Errorf("%d ids kept after a flood, want at most 256", len(w.IDs))
	}
	for _, b := range flood {
		if !w.Covers(b) {
			t.Fatalf("%s of the flood is not covered", b.ID)
		}
	}
}

func TestWatermarkMerge(t *testing.T) {
	t.Parallel()
	bs := briefingsOf(t,
		brief{id: "u", date: "2026-02-02", topics: []string{"ukraine"}},
		brief{id: "n", date: "2026-02-01", topics: []string{"nato"}},
		brief{id: "fresh", date: "2026-02-01", topics: []string{"nato"}},
	)
	a := bot.Watermark{}.Add([]*briefings.Briefing{bs["u"]}, time.Date(2026, 2, 2, 8, 0, 0, 0, time.UTC))
	b := bot.Watermark{}.Add([]*briefings.Briefing{bs["n"]}, time.Date(2026, 2, 4, 8, 0, 0, 0, time.UTC))
	m := a.Merge(b)
	for id, want := range map[string]bool{"u": true, "n": true, "fresh": false} {
		if got := m.Covers(bs[id]); got != want {
			t.Errorf("merged: Covers(%s) = %v, want %v (%+v)", id, got, want, m)
		}
	}
	if z := (bot.Watermark{}).Merge(bot.Watermark{}); !z.IsZero() {
		t.Errorf("merging two empty watermarks gives %+v, want an empty one", z)
	}
}

// TestWatermarkStoreVersions: a briefing published in the store counts as
// updated when it is published; a second version published the same day as
// the post that carried the first is new, although its date is the same.
// An imported briefing (no revision) is matched as a curated file is, so
// moving a folder into the store does not make what was posted new again.
func TestWatermarkStoreVersions(t *testing.T) {
	t.Parallel()
	bs := briefingsOf(t, brief{id: "b", date: "2026-02-01", topics: []string{"ukraine"}}, brief{id: "f", date: "2026-02-02", topics: []string{"ukraine"}})
	version := func(rev string, at time.Time) *briefings.Briefing {
		b := *bs["b"]
		b.Revision, b.Updated = rev, at
		return &b
	}
	v1 := version("1", time.Date(2026, 2, 2, 7, 0, 0, 0, time.UTC))
	v2 := version("2", time.Date(2026, 2, 2, 10, 0, 0, 0, time.UTC))
	w := bot.Watermark{}.Add([]*briefings.Briefing{v1, bs["f"]}, time.Date(2026, 2, 2, 8, 0, 0, 0, time.UTC))
	if !w.Covers(v1) {
		t.Errorf("the posted version is not covered: %+v", w)
	}
	if w.Covers(v2) {
		t.Errorf("version 2, published after the post on the same day, is covered: %+v", w)
	}
	if want := []string{"2026-02-02 b#1", "2026-02-02 f"}; fmt.Sprint(w.IDs) != fmt.Sprint(want) {
		t.Errorf("entries %q, want %q", w.IDs, want)
	}
	imported := *bs["f"] // the file, imported: same dates, no revision
	imported.Origin = briefings.OriginStore
	if !w.Covers(&imported) {
		t.Error("an imported briefing posted as a file is new again")
	}
	// An entry without a date (older versions) never covers a version.
	old := bot.Watermark{Date: day(2026, 2, 2), IDs: []string{"b"}}
	if old.Covers(v2) {
		t.Error("a bare id covers a published version")
	}
	w = w.Add([]*briefings.Briefing{v2}, time.Date(2026, 2, 3, 8, 0, 0, 0, time.UTC))
	if !w.Covers(v2) {
		t.Errorf("after the next post, version 2 is not covered: %+v", w)
	}
}
