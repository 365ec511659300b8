package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound32cBylineLabelWithColon: a byline whose label closes on a colon
// ("<Label> by: <Author>") over a line with a weekday and a date in
// figures dates the article, as the same lines without the colon do.
func TestRound32cBylineLabelWithColon(t *testing.T) {
	t.Parallel()
	const text = "Ferry operator adds a winter sailing\n\nStory by: Marit Oyelaran-Voss\nThursday 13/03/2025\n\n" +
		"The island ferry company will run a second daily sailing through the winter, its manager said.\n\n" +
		"\"Bookings on the morning boat have been full since October,\" operations manager Kasimir Dunleavy-Obi said.\n\n" +
		"The extra sailing starts next month."
	a := ingest.ReadText(text)
	if got := a.Date.Format(briefings.DateLayout); got != "2025-03-13" {
		t.Errorf("date %s, want 2025-03-13 (%s)", got, a.DateFrom)
	}
}
