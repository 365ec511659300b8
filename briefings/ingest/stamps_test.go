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

// TestPageDateElements: a page with no machine date is dated by the
// element its markup calls a date — a label and figures written month
// first, a date beside the author's name — or by a Dublin Core
// "created" meta tag; figures that can be read either way are day first.
func TestPageDateElements(t *testing.T) {
	t.Parallel()
	page := func(head, header string) []byte {
		return []byte(`<!doctype html><html><head><meta charset="utf-8"><title>Lagoon closed to boats</title>` + head + `</head><body>
<header><a href="/">Home</a></header><main><div class="story"><h1>Lagoon closed to boats</h1>` + header + `
<div class="text"><p>The lagoon was closed to motor boats on Monday after an algal bloom spread along its northern shore, the regional water board said.</p>
<p>“We will reopen it as soon as the samples are clean,” board chair Ilse Veenstra-Paredes told reporters at the jetty.</p>
<p>Fishermen said the closure would cost them a week of their best catches in the busiest month of the year.</p></div></div></main>
<footer><p>© 2025 Lagoon Courier</p></footer></body></html>`)
	}
	for _, tc := range []struct{ name, head, header, date string }{
		{"a labelled date, month first", "", `<p class="fecha-nota">Published: 7/23/2025</p>`, "2025-07-23"},
		{"a date beside the author", "", `<div class="byline-row"><span class="writer">Tomasz Wrzosek-Alvarez</span> <span class="post-date">August 2, 2025</span></div>`, "2025-08-02"},
		{"figures either way, day first", "", `<div class="info"><span class="kind">Notice</span> | <span class="datum">Date: 04/09/2025</span></div>`, "2025-09-04"},
		{"a Dublin Core created tag", `<meta name="DC.Date.Created" content="2025-10-14">`, "", "2025-10-14"},
		{"a date class holding no date", "", `<p class="update-time">Updated regularly</p>`, "0001-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadHTML(page(tc.head, tc.header), "https://lagooncourier.example/news/lagoon-closed")
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}
