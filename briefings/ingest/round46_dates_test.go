package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestHeaderFieldDates: a page's labelled date line set under the headline
// or a letterhead's lines with no blank line between ("Date: <yyyy-mm-dd>"
// over "Source: <Office>"), a court's "Date of the judgment: <date>" among
// its header fields, and a date line spaced day first with the month in
// figures ("<Place>, <d>. <m>. <yyyy>.") date the draft; the same label
// inside a sentence, or figures that make no month, do not, and the
// draft keeps today's date.
func TestHeaderFieldDates(t *testing.T) {
	t.Parallel()
	const today = "2025-03-04" // draftWith's clock
	for _, tc := range []struct{ name, text, date string }{
		{"a labelled ISO date under the headline",
			"Norland Cabinet Office\nPress Releases\n\nFerry subsidy approved for the outer islands\nDate: 2025-02-11\nSource: Department of Information, Cabinet Office" + ferryStory, "2025-02-11"},
		{"a labelled date under a letterhead's lines",
			"Norland Cabinet Office\nPublished: 11 February 2025\nSource: Department of Information" + ferryStory, "2025-02-11"},
		{"the label inside a sentence",
			"Ferry subsidy approved\n\nThe board set the date: 2025-02-11 would be the last day for bids, the operator said in its notice to islanders." + ferryStory, today},
		{"a court's header field with the judgment's date",
			"Norland Supreme Court\nJudgments of the Supreme Court\n\nCase number: 2024 (Ferry) No. 17\nCase name: Case on the winter timetable\nDate of the judgment: February 11, 2025\nCourt: The First Bench" + ferryStory, "2025-02-11"},
		{"a spaced day-first date with the month in figures",
			"Ferry timetable adds winter crossings\n\nIsland Courier\nVellin, 11. 2. 2025.\nAuthor: Runa Holm" + ferryStory, "2025-02-11"},
		{"figures that make no month",
			"Ferry timetable adds winter crossings\n\nIsland Courier\nVellin, 11. 14. 2025.\nAuthor: Runa Holm" + ferryStory, today},
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
