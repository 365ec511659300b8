package bot

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// PostTime returns the instant a post at local time at on the local date
// (YYYY-MM-DD) happens in loc. A time skipped by a daylight-saving change
// (02:30 on a spring-forward night) moves to the first instant after the
// gap; a time that happens twice (on a fall-back night) is its first
// occurrence. Go's time.Date leaves both cases unspecified, hence this.
func PostTime(date string, at TimeOfDay, loc *time.Location) (time.Time, error) {
	d, err := time.Parse(DateLayout, date)
	if err != nil {
		return time.Time{}, fmt.Errorf("post date %q: %w", date, err)
	}
	return postTime(d, at, loc), nil
}

// postTime is PostTime on a date given as UTC midnight.
func postTime(date time.Time, at TimeOfDay, loc *time.Location) time.Time {
	wall := date.Add(time.Duration(at) * time.Minute) // the wall clock, written as if in UTC
	// The instant is wall minus the UTC offset in force then. Collect the
	// offsets in force within a day either side: any zone's offset is
	// within ±14h of UTC, so one of them is the right one.
	var offsets []int
	for h := -30; h <= 30; h += 6 {
		_, off := wall.Add(time.Duration(h) * time.Hour).In(loc).Zone()
		if !containsInt(offsets, off) {
			offsets = append(offsets, off)
		}
	}
	var best, gapEnd time.Time
	for _, off := range offsets {
		t := wall.Add(-time.Duration(off) * time.Second)
		lt := t.In(loc)
		got := time.Date(lt.Year(), lt.Month(), lt.Day(), lt.Hour(), lt.Minute(), 0, 0, time.UTC)
		switch {
		case got.Equal(wall):
			if best.IsZero() || t.Before(best) {
				best = t
			}
		case got.After(wall):
			// t reads later than wall: wall fell in a gap that ends at the
			// start of t's zone period.
			if start, _ := lt.ZoneBounds(); !start.IsZero() && !start.After(t) && (gapEnd.IsZero() || start.Before(gapEnd)) {
				gapEnd = start
			}
		}
	}
	if !best.IsZero() {
		return best
	}
	if !gapEnd.IsZero() {
		return gapEnd
	}
	// Unreachable with a sane zone database; time.Date's answer is still a
	// reasonable instant.
	return time.Date(date.Year(), date.Month(), date.Day(), int(at)/60, int(at)%60, 0, 0, loc)
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// NextPost returns the first post strictly after after, at local time at in
// loc, on notBefore (YYYY-MM-DD) or later when notBefore is set, with its
// local date. A post falling exactly at after is not "next": a subscription
// made at 08:00 for 08:00 starts tomorrow, and the post after one at 08:00
// is the following day's.
func NextPost(after time.Time, at TimeOfDay, loc *time.Location, notBefore string) (time.Time, string) {
	lt := after.In(loc)
	date := time.Date(lt.Year(), lt.Month(), lt.Day(), 0, 0, 0, 0, time.UTC)
	if nb, err := time.Parse(DateLayout, notBefore); err == nil && nb.After(date) {
		date = nb
	}
	for {
		if t := postTime(date, at, loc); t.After(after) {
			return t, date.Format(DateLayout)
		}
		date = date.AddDate(0, 0, 1)
	}
}

// nextDay returns the date after date (YYYY-MM-DD).
func nextDay(date string) string {
	d, err := time.Parse(DateLayout, date)
	if err != nil {
		return ""
	}
	return d.AddDate(0, 0, 1).Format(DateLayout)
}

// errZone explains an unknown time zone.
var errZone = errors.New("not a time zone I know")

// LoadZone finds an IANA time zone by name, forgiving case
// (europe/berlin) and spaces for underscores (America/New York). "Local"
// is refused: it would mean the server's zone, which users cannot see.
func LoadZone(name string) (*time.Location, error) {
	name = strings.TrimSpace(name)
	if name == "" || strings.EqualFold(name, "local") || strings.Contains(name, "..") {
		return nil, fmt.Errorf("%q: %w", name, errZone)
	}
	if strings.EqualFold(name, "utc") || strings.EqualFold(name, "gmt") || strings.EqualFold(name, "z") {
		return time.UTC, nil
	}
	for _, cand := range []string{name, zoneCase(name)} {
		if loc, err := time.LoadLocation(cand); err == nil {
			return loc, nil
		}
	}
	return nil, fmt.Errorf("%q: %w", name, errZone)
}

// zoneCase writes a zone name the way the database spells most of them:
// each word capitalised, words joined by underscores (america/new york ->
// America/New_York).
func zoneCase(name string) string {
	var b strings.Builder
	upper := true
	for _, r := range strings.ReplaceAll(strings.TrimSpace(name), " ", "_") {
		switch {
		case r == '/' || r == '_' || r == '-':
			upper = true
			b.WriteRune(r)
		case upper:
			b.WriteString(strings.ToUpper(string(r)))
			upper = false
		default:
			b.WriteString(strings.ToLower(string(r)))
		}
	}
	return b.String()
}
