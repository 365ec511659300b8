package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound51DateLineOverByline: a think tank's or a magazine's date line
// that names its series after the date, set straight over the byline with
// no blank line between, dates the draft; the byline under it is not read
// as the date's tail.
func TestRound51DateLineOverByline(t *testing.T) {
	t.Parallel()
	const text = "Harbour towns weigh the cost of a second pontoon\n\n" +
		"Visiting yachts have doubled, but the fees have not.\n\n" +
		"Published on 11 March 2025 in Coastal Review\nBy Ilse Brandvold-Achebe, Researcher, Harbours Programme, Northshire Institute\n\n" +
		"\"Visiting yachts have doubled in five years,\" harbour master Pål Vennesland said."
	d := draftWith(t, &briefings.Registry{}, text)
	if got := d.Date.Format(briefings.DateLayout); got != "2025-03-11" {
		t.Errorf("date %s, want 2025-03-11 (from %q)", got, d.DateFrom)
	}
}
