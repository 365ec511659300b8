package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestWireDashDatelines: a wire that files in plain text types its
// dateline's dash as three hyphens, after the agency's name in brackets,
// and may set the month in capitals; the date is the dateline's. A place in
// ordinary capitals with a day and no year is no dateline, and three
// hyphens in the story date nothing. The draft's date stands in for today's
// (2025-03-04) when none is read.
func TestWireDashDatelines(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	const title = "New flood gauge opens on the upper reach\n\n"
	for _, tc := range []struct{ name, text, date string }{
		{"day, month in capitals, two agencies and three hyphens",
			title + "PORT LORNE, 17 MARCH 2025 (RADIO ARDMORIA/PACWIRE) --- " + story, "2025-03-17"},
		{"month first in capitals, one agency and three hyphens",
			title + "PORT LORNE, MARCH 17, 2025 (ANA) --- " + story, "2025-03-17"},
		{"a short month in capitals with a spaced dash (in no set)",
			title + "PORT LORNE, 17 MAR 2025 (ARDMORIA NEWS) - " + story, "2025-03-17"},
		{"three hyphens with the month in ordinary capitals",
			title + "PORT LORNE, 17 March 2025 (PACWIRE) --- " + story, "2025-03-17"},
		// No dateline: the place in ordinary capitals with no year, and a
		// rule of hyphens inside the story.
		{"a place in ordinary capitals with no year is no dateline",
			title + "Port Lorne, Mar 17 (ANA) --- " + story, "2025-03-04"},
		{"three hyphens inside the story date nothing",
			title + story + "\n\nThe estuary gauge --- 30 April 2025 at the earliest --- is still being built.", "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}
