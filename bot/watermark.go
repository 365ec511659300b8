package bot

import (
	"slices"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// Bounds of a Watermark. A month of ids is enough to catch briefings filed
// late with an earlier date (a curator filing yesterday's news this
// afternoon); older news is not "what is new since the last post". The
// count bounds a channel whose topics get a flood of briefings: what it
// drops falls under the date instead.
const (
	seenWindow = 31 * 24 * time.Hour
	maxSeenIDs = 256
)

// Watermark records which briefings a channel's posts have carried, in
// bounded space: every briefing last dated before Date (the old history),
// and from Date on exactly those listed in IDs.
//
// Why both: briefing dates are whole days and curators file late, so a date
// alone cannot tell a briefing a post carried from one dated earlier but
// filed after it (news dated 1 February filed at 10:00, after an 08:00 post
// that carried 2 February's). Only the ids of what was posted can. But a
// list of every id ever posted would grow without end, so ids are kept for
// briefings dated within seenWindow of the latest post, at most maxSeenIDs
// of them, and Date moves up behind them: a briefing backdated beyond that
// is taken as old history, never posted.
//
// Each entry of IDs is "YYYY-MM-DD id": the briefing's latest date when it
// was posted, then its id. The date makes a briefing updated since (a later
// latest date) new again, and keeps the list in date order. An entry
// without a date, as older versions wrote them, is a briefing dated Date.
//
// A briefing published in the store carries its version too: "YYYY-MM-DD
// id#3". Publishing counts as an update, dated the day it happens, so a
// second version published the same day as a post that carried the first
// has the same date; only the version tells them apart. Curated files and
// imported versions have no revision, and keep the plain form, so entries
// written before the store existed still match them.
type Watermark struct {
	Date time.Time
	IDs  []string
}

// seenKey is a briefing's entry in Watermark.IDs.
func seenKey(b *briefings.Briefing) string {
	k := b.LatestDate().Format(DateLayout) + " " + b.ID
	if b.Revision != "" {
		k += "#" + b.Revision
	}
	return k
}

// entryDate reads the date of an entry; ok is false for an entry without
// one (an older version's).
func entryDate(e string) (time.Time, bool) {
	if len(e) < len(DateLayout)+1 || e[len(DateLayout)] != ' ' {
		return time.Time{}, false
	}
	d, err := time.Parse(DateLayout, e[:len(DateLayout)])
	return d, err == nil
}

// Covers reports whether an earlier post carried the briefing as it now
// stands. A briefing updated since is not covered.
func (w Watermark) Covers(b *briefings.Briefing) bool {
	d := day(b.LatestDate())
	switch {
	case !w.Date.IsZero() && d.Before(day(w.Date)):
		return true
	case slices.Contains(w.IDs, seenKey(b)):
		return true
	}
	return b.Revision == "" && d.Equal(day(w.Date)) && slices.Contains(w.IDs, b.ID) // an older version's entry
}

// Add returns the watermark after a post at asOf that carried bs.
func (w Watermark) Add(bs []*briefings.Briefing, asOf time.Time) Watermark {
	ids := w.entries()
	for _, b := range bs {
		ids = append(ids, seenKey(b))
	}
	floor := day(w.Date)
	if f := day(asOf).Add(-seenWindow); f.After(floor) {
		floor = f
	}
	return bounded(floor, ids)
}

// Merge returns a watermark covering what either covers, for a briefing
// that takes on another's topics. The later Date wins: everything below it
// is old history to both.
func (w Watermark) Merge(o Watermark) Watermark {
	floor := day(w.Date)
	if d := day(o.Date); d.After(floor) {
		floor = d
	}
	return bounded(floor, append(w.entries(), o.entries()...))
}

// IsZero reports whether no post has been recorded.
func (w Watermark) IsZero() bool { return w.Date.IsZero() && len(w.IDs) == 0 }

// entries returns a copy of the ids, each with its date.
func (w Watermark) entries() []string {
	out := make([]string, 0, len(w.IDs))
	for _, e := range w.IDs {
		if _, ok := entryDate(e); !ok {
			e = day(w.Date).Format(DateLayout) + " " + e
		}
		out = append(out, e)
	}
	return out
}

// bounded makes a watermark of floor and ids: sorted, without repeats or
// entries below the floor, and at most maxSeenIDs of them. Beyond that the
// oldest days are dropped whole and the floor moves above them, so nothing
// dropped is ever taken as new.
func bounded(floor time.Time, ids []string) Watermark {
	slices.Sort(ids)
	ids = slices.Compact(ids)
	ids = slices.DeleteFunc(ids, func(e string) bool {
		d, _ := entryDate(e)
		return d.Before(floor)
	})
	if n := len(ids) - maxSeenIDs; n > 0 {
		last, _ := entryDate(ids[n-1]) // the newest day that must go
		floor = last.AddDate(0, 0, 1)
		ids = slices.DeleteFunc(ids, func(e string) bool {
			d, _ := entryDate(e)
			return d.Before(floor)
		})
	}
	if len(ids) == 0 {
		ids = nil
	}
	return Watermark{Date: floor, IDs: slices.Clip(ids)}
}

// day is t's date at midnight UTC: briefing dates are whole days.
func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
