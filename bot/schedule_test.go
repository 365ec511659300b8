package bot_test

import (
	"slices"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("zone %s: %v", name, err)
	}
	return loc
}

func TestPostTime(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, zone, date, at string
		want                 time.Time
	}{
		{"Berlin winter", "Europe/Berlin", "2026-01-15", "08:00", utc(2026, 1, 15, 7, 0)},
		{"Berlin summer", "Europe/Berlin", "2026-07-15", "08:00", utc(2026, 7, 15, 6, 0)},
		{"Berlin spring forward: 02:30 does not exist, so 03:00", "Europe/Berlin", "2026-03-29", "02:30", utc(2026, 3, 29, 1, 0)},
		{"Berlin spring forward: 02:00 itself does not exist", "Europe/Berlin", "2026-03-29", "02:00", utc(2026, 3, 29, 1, 0)},
		{"Berlin spring forward: 03:00 exists", "Europe/Berlin", "2026-03-29", "03:00", utc(2026, 3, 29, 1, 0)},
		{"Berlin fall back: 02:30 happens twice, the first", "Europe/Berlin", "2026-10-25", "02:30", utc(2026, 10, 25, 0, 30)},
		{"New York spring forward: 02:30 becomes 03:00 EDT", "America/New_York", "2026-03-08", "02:30", utc(2026, 3, 8, 7, 0)},
		{"New York fall back: 01:30 twice, the first (EDT)", "America/New_York", "2026-11-01", "01:30", utc(2026, 11, 1, 5, 30)},
		{"Tokyo has no DST; 08:00 is the evening before in UTC", "Asia/Tokyo", "2026-03-02", "08:00", utc(2026, 3, 1, 23, 0)},
		{"Lord Howe moves 30 minutes: 02:15 becomes 02:30", "Australia/Lord_Howe", "2026-10-04", "02:15", utc(2026, 10, 3, 15, 30)},
		{"midnight", "UTC", "2026-03-02", "00:00", utc(2026, 3, 2, 0, 0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			at, err := bot.ParseTimeOfDay(tc.at)
			if err != nil {
				t.Fatal(err)
			}
			got, err := bot.PostTime(tc.date, at, zone(t, tc.zone))
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.want) {
				t.Errorf("PostTime(%s %s %s) = %s (%s), want %s", tc.date, tc.at, tc.zone, got.UTC(), got.In(zone(t, tc.zone)), tc.want)
			}
		})
	}
}

func TestNextPost(t *testing.T) {
	t.Parallel()
	berlin := zone(t, "Europe/Berlin")
	eight := bot.TimeOfDay(8 * 60)
	tests := []struct {
		name      string
		after     time.Time
		notBefore string
		want      time.Time
		wantDate  string
	}{
		{"before today's time: today", utc(2026, 3, 2, 6, 59), "", utc(2026, 3, 2, 7, 0), "2026-03-02"},
		{"exactly at it: tomorrow", utc(2026, 3, 2, 7, 0), "", utc(2026, 3, 3, 7, 0), "2026-03-03"},
		{"after it: tomorrow", utc(2026, 3, 2, 9, 0), "", utc(2026, 3, 3, 7, 0), "2026-03-03"},
		{"not before a later date", utc(2026, 3, 2, 6, 0), "2026-03-04", utc(2026, 3, 4, 7, 0), "2026-03-04"},
		{"local date differs from UTC date", utc(2026, 3, 2, 23, 30), "", utc(2026, 3, 3, 7, 0), "2026-03-03"},
		{"across spring forward", utc(2026, 3, 28, 7, 0), "", utc(2026, 3, 29, 6, 0), "2026-03-29"},
	}
	for _, tc := range tests {
		got, date := bot.NextPost(tc.after, eight, berlin, tc.notBefore)
		if !got.Equal(tc.want) || date != tc.wantDate {
			t.Errorf("%s: NextPost = %s %s, want %s %s", tc.name, got.UTC(), date, tc.want, tc.wantDate)
		}
	}
}

func TestParseTimeOfDay(t *testing.T) {
	t.Parallel()
	good := map[string]string{
		"08:00": "08:00", "8:00": "08:00", "17:30": "17:30", "0:05": "00:05", "23:59": "23:59",
		"0800": "08:00", "8": "08:00", "8am": "08:00", "8:30pm": "20:30", "12am": "00:00", "12pm": "12:00", "7.45": "07:45",
	}
	for in, want := range good {
		got, err := bot.ParseTimeOfDay(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseTimeOfDay(%q) = %s, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"", "24:00", "8:60", "8:5", "13pm", "0am", "noon", "-1:00", "123:00", "8:00:00"} {
		if got, err := bot.ParseTimeOfDay(in); err == nil {
			t.Errorf("ParseTimeOfDay(%q) = %s, want an error", in, got)
		}
	}
}

func TestLoadZone(t *testing.T) {
	t.Parallel()
	good := map[string]string{
		"Europe/Berlin": "Europe/Berlin", "europe/berlin": "Europe/Berlin", "America/New York": "America/New_York",
		"america/new_york": "America/New_York", "utc": "UTC", "Asia/Tokyo": "Asia/Tokyo",
	}
	for in, want := range good {
		loc, err := bot.LoadZone(in)
		if err != nil || loc.String() != want {
			t.Errorf("LoadZone(%q) = %v, %v; want %s", in, loc, err, want)
		}
	}
	for _, in := range []string{"Europe/Berln", "Local", "", "../../etc/passwd", "CEST+2"} {
		if loc, err := bot.LoadZone(in); err == nil {
			t.Errorf("LoadZone(%q) = %s, want an error", in, loc)
		}
	}
}

// TestDaylightSavingChanges runs a subscription for days around each change,
// a minute at a time, and checks when its posts went out: one a day, a
// skipped local time moved to the first instant after the gap, a doubled
// one posted once.
func TestDaylightSavingChanges(t *testing.T) {
	t.Parallel()
	c := catalog(t, brief{id: "b1", date: "2026-01-01", topics: []string{"ukraine"}})
	tests := []struct {
		name, zone, at string
		from, to       time.Time
		want           []time.Time
	}{
		{"Berlin spring forward, 02:30", "Europe/Berlin", "02:30", utc(2026, 3, 27, 12, 0), utc(2026, 3, 31, 3, 0),
			[]time.Time{utc(2026, 3, 28, 1, 30), utc(2026, 3, 29, 1, 0), utc(2026, 3, 30, 0, 30), utc(2026, 3, 31, 0, 30)}},
		{"Berlin spring forward, 08:00", "Europe/Berlin", "08:00", utc(2026, 3, 27, 12, 0), utc(2026, 3, 30, 12, 0),
			[]time.Time{utc(2026, 3, 28, 7, 0), utc(2026, 3, 29, 6, 0), utc(2026, 3, 30, 6, 0)}},
		{"Berlin fall back, 02:30", "Europe/Berlin", "02:30", utc(2026, 10, 23, 12, 0), utc(2026, 10, 27, 3, 0),
			[]time.Time{utc(2026, 10, 24, 0, 30), utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30), utc(2026, 10, 27, 1, 30)}},
		{"New York spring forward, 02:30", "America/New_York", "02:30", utc(2026, 3, 6, 12, 0), utc(2026, 3, 10, 8, 0),
			[]time.Time{utc(2026, 3, 7, 7, 30), utc(2026, 3, 8, 7, 0), utc(2026, 3, 9, 6, 30), utc(2026, 3, 10, 6, 30)}},
		{"New York fall back, 01:30", "America/New_York", "01:30", utc(2026, 10, 30, 12, 0), utc(2026, 11, 3, 8, 0),
			[]time.Time{utc(2026, 10, 31, 5, 30), utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30), utc(2026, 11, 3, 6, 30)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, tc.from, c)
			h.mustDo("/subscribe ukraine at " + tc.at + " tz " + tc.zone)
			h.runTo(tc.to, time.Minute)
			var got []time.Time
			for _, p := range h.poster.got() {
				got = append(got, p.at.UTC())
			}
			if !slices.EqualFunc(got, tc.want, time.Time.Equal) {
				t.Errorf("posts at\n%v\nwant\n%v", got, tc.want)
			}
		})
	}
}
