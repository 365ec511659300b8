package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound31HeaderLinesJoined: a header block whose lines the page set
// with no blank line between, so they are read as one paragraph, and the
// line above the date ends in lower case — an author's e-mail address
// over a weekday's date, an outlet's service line over a place-and-date
// line with its time — still dates the article; a standfirst whose
// sentence runs on past its date does not.
func TestRound31HeaderLinesJoined(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe harbour board approved a new breakwater for the fishing quay on Tuesday after a long dispute with the town.\n\n" +
		"\"The quay has waited thirty years for this wall,\" board chair Odile Maranta-Vesk said.\n\n" +
		"Work is due to begin in the spring."
	for _, tc := range []struct{ name, text, date string }{
		{"an e-mail address over a weekday's date",
			"Breakwater approved for the fishing quay\n\nThe harbour of Velmora finally gets its wall. A report from the quay.\n\nTamsin Orrebye\ntorrebye@harbourpost.example\nThursday 12 February 2026" + body, "2026-02-12"},
		{"an outlet's service line over a place-and-date line",
			"Breakwater approved for the fishing quay\n\nHarbour Post online, English edition\nVelmora, 12 February 2026, 16:40" + body, "2026-02-12"},
		{"a standfirst running on past its date",
			"Breakwater approved for the fishing quay\n\nHarbour Post online reports the quay closes Velmora, 12 February 2026, for a week of works" + body, "2024-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ingest.New(nil).Draft(ingest.ReadText(tc.text), ingest.Options{Now: func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}
