package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestIntroducedRecordDates: an excerpt of a press conference or a hearing
// printed with no date line is dated by the full date of the line that
// hands over to the record (it ends with a colon); a date in a sentence of
// the story, or in a line that hands over to nothing, dates nothing, and
// today's date (2025-03-04) stands in.
func TestIntroducedRecordDates(t *testing.T) {
	t.Parallel()
	const record = "Norland Post: Will the ferry levy rise next year?\n\n" +
		"Wenna Castellane-Obi: \"The levy is reviewed each spring. I would not get ahead of that review.\"\n\n" +
		"Harbour Radio: Has the port heard from the hauliers?\n\n" +
		"Wenna Castellane-Obi: \"We meet them every month and they have our number.\""
	for _, tc := range []struct{ name, text, date string }{
		{"a press conference's excerpt introduced with its date",
			"Port authority rules out early levy rise\n\n(NPA) -- Port authority spokesperson Wenna Castellane-Obi on Monday ruled out an early rise in the ferry levy.\n\n" +
				"What follows is an edited record of the port authority's briefing for reporters on March 17, 2025:\n\n" + record, "2025-03-17"},
		{"a transcript's line with the day first",
			"Port authority rules out early levy rise\n\nBelow is the transcript of the weekly briefing of 17 March 2025:\n\n" + record, "2025-03-17"},
		{"a date in a sentence of the story",
			"Port authority rules out early levy rise\n\n(NPA) -- The levy was last raised on March 17, 2023, the port authority said.\n\n" + record, "2025-03-04"},
		{"a date in a line that introduces nothing",
			"Port authority rules out early levy rise\n\n(NPA) -- The following rules took effect on March 17, 2023.\n\n" + record, "2025-03-04"},
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
