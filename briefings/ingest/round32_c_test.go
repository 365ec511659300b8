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
	const text = "Ferry operator adds a winter sailing\n\nStory by: Marit Oyelaran-Voss\nThursday 13/03/2025\n\n" +
		"The island ferry company will run a second daily sailing through the winter, its manager said.\n\n" +
		"\"Bookings on the morning boat have been full since October,\" operations manager Kasimir Dunleavy-Obi said.\n\n" +
		"The extra sailing starts next month."
	a := ingest.ReadText(text)
	if got := a.Date.Format(briefings.DateLayout); got != "2025-03-13" {
		t.Errorf("date %s, want 2025-03-13 (%s)", got, a.DateFrom)
	}
}

// TestRound32cTitleGivenAfterAs: a person named with no title and given
// one after "as" ("<verb> <Given> <Surname> as the new <Team> head
// <title>") is the one "the <title>" later means, though other sentences
// stand between.
func TestRound32cTitleGivenAfterAs(t *testing.T) {
	t.Parallel()
	const text = "Harbour Hawks pick a new coach\n\n" +
		"The Harbour Hawks have confirmed Tobiah Renwick-Osei as the new Hawks head coach on a two-year deal.\n\n" +
		"\"He knows the league and he knows this town,\" club chair Ottilie Brandsma-Kaur says.\n\n" +
		"\"Nobody here needs rescuing. We start from a decent base,\" the coach says.\n\n" +
		"The season opens in March."
	a := ingest.ReadText(text)
	d, err := ingest.New(&briefings.Registry{}).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, map[string]string{
		"Nobody here needs rescuing. We start from a decent base": "Tobiah Renwick-Osei",
	})
}

// TestRound32cAnonymousOfficerOfInitialledBody: "An <ACR> official, who
// asked not to be named, said …" and then "the official said" is the body
// the article named by those initials: the clause withholds the officer's
// name, not whom the officer speaks for.
func TestRound32cAnonymousOfficerOfInitialledBody(t *testing.T) {
	t.Parallel()
	const text = "Grain board lifts export quota\n\n" +
		"The Vellmar Grain Board (VGB) raised the export quota for barley on Monday, the board said in a statement.\n\n" +
		"Farmers' groups welcomed the move.\n\n" +
		"A VGB official, who asked not to be named because he was not allowed to talk to reporters, said the board expected prices to rise.\n\n" +
		"\"Barley is the one crop that pays for the fertiliser. We cannot sit on it,\" the official said.\n\n" +
		"The quota takes effect next week."
	a := ingest.ReadText(text)
	d, err := ingest.New(&briefings.Registry{}).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, map[string]string{
		"Barley is the one crop that pays for the fertiliser. We cannot sit on it": "Vellmar Grain Board",
	})
}
