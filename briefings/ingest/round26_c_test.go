package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound26DateLinesWithBars: a page's stamp line that holds two
// labelled stamps split by a bar ("Posted at <date> <time> | Updated as of
// <date> <time>"), on a line of its own or joined to the outlet's name,
// is dated by the first; a court's summary headed by the case's citation,
// a bar and "Judgment rendered <date>" is dated by the judgment.
func TestRound26DateLinesWithBars(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe harbour board approved a new pontoon for the marina on Monday, the board said.\n\n" +
		"\"Visiting yachts have doubled in five years and the old berths cannot cope,\" harbour master Ilse Brandvold-Achebe said.\n\n" +
		"Work on the pontoon is expected to begin in spring."
	for _, tc := range []struct{ name, text, date string }{
		{"posted at and updated as of, on a line of their own",
			"Harbour board backs new pontoon\n\nPosted at Mar 11 2025 09:12 AM | Updated as of Mar 12 2025 10:40 AM" + body, "2025-03-11"},
		{"posted at and updated as of, joined to the outlet's name",
			"Harbour board backs new pontoon\n\nVellin Post News\nPosted at Mar 11 2025 09:12 AM | Updated as of Mar 12 2025 10:40 AM" + body, "2025-03-11"},
		{"a citation, a bar and the day the judgment was rendered",
			"Cases in Brief\n\nHarbour Users v. Vellin (Harbour Board)\n\n2025 VSC 12 | Judgment rendered March 11, 2025" + body, "2025-03-11"},
		{"judgment rendered in a sentence is no date line",
			"Harbour board backs new pontoon" + body + "\n\nThe judgment rendered March 11, 2025 was appealed.", "0001-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadText(tc.text)
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}
