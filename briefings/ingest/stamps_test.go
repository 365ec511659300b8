package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestHeaderStamps: a page's time stamp under a byline whose name opens
// with an accented capital, a stamp with bullets and a byline after it,
// and a header of lines joined into one paragraph (outlet, date, author,
// "Translated by …") date the article and stay out of its story.
func TestHeaderStamps(t *testing.T) {
	t.Parallel()
	story := "The harbour reopened on Monday after a week of storms, the port authority said in a short statement to reporters."
	for _, tc := range []struct{ name, text, date string }{
		{"accented byline over a stamp", "Harbour reopens\n\nÉamonn Ó Ceallaigh, Marine Correspondent\nWed Mar 12 2025 - 07:30\n\n" + story, "2025-03-12"},
		{"bullets and a byline", "Harbour reopens\n\n14 Mar 2025 • 9:15 AM ET • By Siobhán Ní Dhuibhir-Cole\n\n" + story, "2025-03-14"},
		{"header lines joined", "Harbour reopens\n\nCoastal Weekly Review\n2 April 2025\nÅsa Lindqvist-Moreau\nTranslated by Coastal Weekly Review\n\n" + story, "2025-04-02"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadText(tc.text)
			if got := a.Date.Format(briefings.DateLayout); a.Date.IsZero() || got != tc.date {
				t.Errorf("date %v, want %s", a.Date, tc.date)
			}
			if len(a.Body) == 0 || a.Body[0] != story {
				t.Errorf("body starts %q, want the story", a.Body)
			}
		})
	}
}
