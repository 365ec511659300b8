package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound12DateLines: date lines in forms the rules missed — a stamp in
// figures with dashes inside brackets, a journal's citation line with its
// bracketed publication date, a reading time between an author's name
// and the stamp, and a weekly's closing line saying when and under what
// headline the story ran in print — each dates the article.
func TestRound12DateLines(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe river authority opened a new flood gauge on the upper reach on Monday, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	for _, tc := range []struct{ name, text, date string }{
		{"a stamp in figures with dashes inside brackets",
			"River authority\n\nPress release\n\nNew flood gauge opens on the upper reach\n\n[ 17-03-2025 - 09:40 ]" + body, "2025-03-17"},
		{"a journal's citation line",
			"News\n\nNew flood gauge opens on the upper reach\n\nWater J 2025; 88 doi: https://doi.org/10.9999/wj.n118 (Published 17 March 2025)\nCite this as: Water J 2025;88:n118" + body, "2025-03-17"},
		{"a reading time between the author's name and the stamp",
			"New flood gauge opens on the upper reach\n\nMaren Oduya-Strand\n4 min read · Monday, 17 March 2025, 09:40" + body, "2025-03-17"},
		{"a weekly's print-edition line at the foot",
			"New flood gauge opens on the upper reach" + body + "\n\nThis article was first published in the print edition of The Valley Weekly on March 17, 2025 as \"Two hours of warning\".", "2025-03-17"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadText(tc.text)
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}
