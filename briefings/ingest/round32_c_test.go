package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound32cBylineLabelWithColon: a byline whose label closes on a colon
// ("<Label> by: <Author>") over a line with a weekday and a date in
// figures dates the article, as the same lines without the colon do.
func TestRound32cBylineLabelWithColon(t *testing.T) {
	t.Parallel()
	const text = "Ferry operator adds a winter sailing\n\nReported by: Marit Oyelaran-Voss\nMonday 17/03/2025\n\n" +
		"The island ferry company will run a second daily sailing through the winter, its manager said.\n\n" +
		"\"Bookings on the morning boat have been full since October,\" operations manager Kasimir Dunleavy-Obi said.\n\n" +
		"The extra sailing starts next month."
	a := ingest.ReadText(text)
	if got := a.Date.Format(briefings.DateLayout); got != "2025-03-17" {
		t.Errorf("date %s, want 2025-03-17 (%s)", got, a.DateFrom)
	}
}

// TestRound32cTitleGivenAfterAs: a person named with no title and given
// one after "as" ("<verb> <Given> <Surname> as the new <Body> <title>")
// is the one "the <title>" later means, though other sentences stand
// between.
func TestRound32cTitleGivenAfterAs(t *testing.T) {
	t.Parallel()
	const text = "Museum trust picks a director\n\n" +
		"The Hollin trust has appointed Ilse Marchetti as the new Hollin Museum director from September.\n\n" +
		"\"She has run two smaller galleries and run them well,\" trustee Barnaby Oduya-Fenn says.\n\n" +
		"\"The collection deserves more visitors than it gets. I intend to find them,\" the director says.\n\n" +
		"The museum reopens after its refit in May."
	a := ingest.ReadText(text)
	d, err := ingest.New(&briefings.Registry{}).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, map[string]string{
		"The collection deserves more visitors than it gets. I intend to find them": "Ilse Marchetti",
	})
}

// TestRound32cAnonymousOfficerOfInitialledBody: "An <ACR> <role>, <a
// clause withholding the name>, said …" and then "the <role> said" is the body
// the article named by those initials: the clause withholds the officer's
// name, not whom the officer speaks for.
func TestRound32cAnonymousOfficerOfInitialledBody(t *testing.T) {
	t.Parallel()
	const text = "Harbour dredging put off\n\n" +
		"The Corran Harbour Authority (CHA) postponed dredging of the inner channel on Friday, citing the weather.\n\n" +
		"Pilots said the delay would slow the larger ships.\n\n" +
		"A CHA official, who did not want his name used, told this newspaper the work could slip to the spring.\n\n" +
		"\"The barges cannot work in this swell. Nobody will risk a crew for a few weeks,\" the official said.\n\n" +
		"The channel stays open to smaller boats."
	a := ingest.ReadText(text)
	d, err := ingest.New(&briefings.Registry{}).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, map[string]string{
		"The barges cannot work in this swell. Nobody will risk a crew for a few weeks": "Corran Harbour Authority",
	})
}
