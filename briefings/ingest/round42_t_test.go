package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound42tDates: three ways a release or a page gives its date that
// the date rules misread — a heading in capitals naming an event's day
// over the release's own date line, a signature block whose office has a
// word in brackets, and a page's date element with the year in two
// figures after "Published".
func TestRound42tDates(t *testing.T) {
	t.Parallel()
	const story = "\n\nThe water board said a burst main had cut supply to the eastern districts for nine hours.\n\n" +
		"\"Crews worked through the night to repair the main,\" the board's chief engineer, Halvard Osei-Lindqvist, said.\n\n" +
		"Supply was back in every district by morning."
	for _, tc := range []struct{ name, text, date string }{
		{"a heading naming the event's day over the date line",
			"PRESS RELEASE\n\nWATER SUPPLY INTERRUPTION OF 9TH MARCH 2025\n\nVellin, Tuesday 10th March 2025" + story, "2025-03-10"},
		{"a signature block whose office has its country in brackets",
			"PRESS STATEMENT\n\nWORKERS REJECT WATER TARIFF RISE" + story + strings.Repeat("\n\nThe union said the rise would fall hardest on households in the eastern districts.", 10) +
				"\n\nSIGNED\nAMARA KOFI-LINDQVIST\nGENERAL SECRETARY\nWATER WORKERS UNION (NORLAND)\n10TH MARCH, 2025", "2025-03-10"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
	t.Run("a page's date element with a two-figure year", func(t *testing.T) {
		t.Parallel()
		page := `<!DOCTYPE html><html><head><title>Burst main cuts water to eastern districts - Vellin Courier</title></head><body>
<header><div class="logo"><a href="/">Vellin Courier</a></div><nav><a href="/city">City</a> <a href="/sport">Sport</a></nav></header>
<main>
<h1>Burst main cuts water to eastern districts</h1>
<h2 class="standfirst">Board promises a second main before the winter</h2>
<div class="author-time"><span class="author">Halvard Osei</span> <span class="sep">|</span> <span class="place">Vellin</span> <span class="sep">|</span> <span class="time">Published 10.03.25, 05:42 AM</span></div>
<div class="article-body">
<p>The water board said a burst main had cut supply to the eastern districts for nine hours on Sunday, leaving some forty thousand homes without water.</p>
<p>"Crews worked through the night to repair the main, and every district had its supply back by morning," the board's chief engineer, Halvard Osei-Lindqvist, said.</p>
<p>The board said a second main would be laid along the ring road before the winter, at a cost it put at twelve million.</p>
<p>Residents of the eastern districts said the board had been warned about the old main for years.</p>
</div>
</main></body></html>`
		a, err := ingest.Read([]byte(page), "text/html", "https://courier.example/news/burst-main")
		if err != nil {
			t.Fatal(err)
		}
		d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) }})
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Date.Format(briefings.DateLayout); got != "2025-03-10" {
			t.Errorf("date %s, want 2025-03-10 (%s)", got, d.DateFrom)
		}
	})
}
