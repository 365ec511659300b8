package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestReleaseMetaLines: a page with no machine date is dated by the line
// of facts under its headline that its markup calls "meta", when that
// line reads as a time stamp — "News release" and the release's number
// ("#24-117") beside the date count as the stamp's own words; a meta line
// holding a sentence dates nothing.
func TestReleaseMetaLines(t *testing.T) {
	t.Parallel()
	page := func(header string) []byte {
		return []byte(`<!doctype html><html><head><meta charset="utf-8"><title>Ferry timetable extended</title></head><body>
<main><h1>Ferry timetable extended</h1>` + header + `
<div class="body"><p>The winter ferry timetable will run two extra sailings a day from January, the island council said.</p>
<p>“Commuters asked for an earlier boat and we listened,” council leader Mairead Okafor-Lindqvist said.</p>
<p>The extra sailings will be reviewed after three months, the council said in its notice to passengers.</p></div></main></body></html>`)
	}
	for _, tc := range []struct{ name, header, date string }{
		{"a release number beside the date", `<div class="release-meta"><span>News release #24-117</span> <span>March 9, 2025</span></div>`, "2025-03-09"},
		{"an entry meta line with a byline", `<p class="entry-meta">By Corrin Abernethy-Vu | 14 May 2025</p>`, "2025-05-14"},
		{"a meta line that is a sentence", `<p class="story-meta">Ferries have sailed here since 1921 and will keep sailing</p>`, "0001-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadHTML(page(tc.header), "https://islandnotice.example/news/ferry")
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}
