package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound25CDates: a page's date written where no date rule looked — a
// date line under the headline naming who posted it, a byline under the
// headline with the page's stamp after a dash (the year in two figures,
// month first, with the time beside it), and the block of labelled fields
// an agency's copy closes with, its lines joined — dates the draft. A
// two-figure year with no time beside it, and a sentence holding "Date:",
// date nothing: today's date (2025-03-04) stands in.
func TestRound25CDates(t *testing.T) {
	t.Parallel()
	const story = "The harbour board approved on Monday a second ferry berth on the north quay of the port.\n\n" +
		"\"The new berth ends the queues of the summer season,\" harbour master Ilka Provenzano-Dahl said."
	for _, tc := range []struct{ name, text, date string }{
		{"a date line under the headline naming its poster",
			"Harbour board approves a second berth\n\nPosted on 17th March, 2025 by Harbour Board Media\n\n" + story, "2025-03-17"},
		{"a byline with a two-figure year stamp after a dash",
			"Harbour board approves a second berth\n\nby Tove Arnesen-Lind, opinion contributor - 03/17/25 8:00 AM ET\n\n" + story, "2025-03-17"},
		{"a byline with a two-figure year and no time",
			"Harbour board approves a second berth\n\nby Tove Arnesen-Lind, opinion contributor - 03/17/25\n\n" + story, "2025-03-04"},
		{"an agency's closing field block",
			"Harbour board approves a second berth\n\n" + story + "\n\nSource : HBA\nAuthor : Tove Arnesen-Lind\nLocation : PUERTO LINDO\nDate : 17 March 2025", "2025-03-17"},
		{"a sentence holding a date label",
			"Harbour board approves a second berth\n\n" + story + "\n\nThe board said: Date : 17 March 2025 is when it starts.", "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}
