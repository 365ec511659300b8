package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRunOnStampDate: copy taken off a page often runs the byline into the
// stamp under it, the page's line break lost ("Staff Writer<d> <Month>
// <yyyy>"): the date is still the header's, and the draft must not fall
// back to today (2025-03-04 here). A figure run into a word that starts no
// date ("Budget2025") dates nothing.
func TestRunOnStampDate(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe harbour board approved a new pontoon for the marina on Monday, the board said.\n\n" +
		"\"Visiting yachts have doubled in five years and the old berths cannot cope,\" harbour master Ilse Brandvold-Achebe said.\n\n" +
		"Work on the pontoon is expected to begin in spring."
	const head = "Harbour board backs new pontoon\n\n"
	for _, tc := range []struct{ name, text, date string }{
		{"a desk byline run into a day-first stamp", head + "Staff Writer11 March 2025" + body, "2025-03-11"},
		{"under a standfirst", head + "The marina's old berths cannot take the yachts that now call every summer.\n\nStaff Writer11 March 2025" + body, "2025-03-11"},
		{"an author's name run into a day-first stamp", head + "Teodor Halvorsen-Ama11 March 2025" + body, "2025-03-11"},
		{"a figure run into a word", head + "Budget2025 plans unveiled" + body, "2025-03-04"},
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
