package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound24StampForms: a page's time stamp dates the article when it
// names the town the page dates itself from with a particle in the town's
// name ("<Town> am <River>, <date>", in an element the markup calls a
// date), or closes on the hours mark and a count of views ("<date> at
// <hh:mm>hrs | <n> Views"); a line that is a sentence ending in a date
// still dates nothing.
func TestRound24StampForms(t *testing.T) {
	t.Parallel()
	const story = "The river authority opened a new flood gauge on the upper reach on Monday, the authority said.\n\n" +
		"\"The gauge gives the valley two more hours of warning,\" hydrologist Maren Oduya-Strand said.\n\n" +
		"A second gauge is planned for the estuary."
	for _, tc := range []struct{ name, text, date string }{
		{"a stamp with the hours mark and a count of views",
			"New flood gauge opens on the upper reach\n\nby Staff reporter\n14 Mar 2025 at 07:45hrs | 2,310 Views\n\n" + story, "2025-03-14"},
		{"a stamp with the hours mark apart from the time",
			"New flood gauge opens on the upper reach\n\n14 Mar 2025, 07:45 hrs\n\n" + story, "2025-03-14"},
		{"a sentence ending in a date is no stamp",
			"New flood gauge opens on the upper reach\n\nComments on the gauge close at noon on 30 April 2025\n\n" + story, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
	for _, tc := range []struct{ name, stamp, date string }{
		{"a town with a German particle", "Lindau am Brunnsee, 14 March 2025", "2025-03-14"},
		{"a town with a two-word particle", "Halden an der Vell, 14 March 2025", "2025-03-14"},
		{"a town with a French particle", "Saint-Rémy en Vaudrois, 14 March 2025", "2025-03-14"},
		{"a sentence is no stamp", "Comments close on 30 April 2025", "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<!DOCTYPE html><html><head><title>New flood gauge opens</title></head><body>
<main><div class="title"><h1>New flood gauge opens on the upper reach</h1>
<p class="page-publicationDate">` + tc.stamp + `</p></div>
<div class="section"><p>The river authority opened a new flood gauge on the upper reach on Monday, the authority said in its weekly bulletin to the valley's councils.</p>
<p>"The gauge gives the valley two more hours of warning," hydrologist Maren Oduya-Strand said at the opening.</p>
<p>A second gauge is planned for the estuary next year, when the authority's budget allows it.</p></div></main></body></html>`
			a, err := ingest.Read([]byte(page), "text/html", "https://river.example/news/gauge")
			if err != nil {
				t.Fatal(err)
			}
			d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}
