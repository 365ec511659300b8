package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound50Datelines: two datelines of regional wire copy date the
// draft from the article's header — the date in brackets after the place,
// closed by a stop and a dash, as Mexican outlets set it, and the place,
// the date in figures with a two-figure year and the agency between
// slashes, as agencies of the former Soviet states do. A date in brackets
// inside the story's sentence dates nothing.
func TestRound50Datelines(t *testing.T) {
	t.Parallel()
	const head = "Harbour board backs new pontoon\n\nThe marina will take forty more yachts by summer; skippers ask for lower fees\n\n"
	const quote = "\n\n\"Visiting yachts have doubled in five years,\" harbour master Ilse Brandvold-Achebe said."
	for _, tc := range []struct{ name, text, date string }{
		{"the date in brackets after the place, a stop and a dash",
			head + "PORT VELLIN, Northshire (March 11, 2025).- The harbour board approved a new pontoon for the marina." + quote, "2025-03-11"},
		{"place, date and agency between slashes, a two-figure year",
			head + "Port Vellin/11.03.25/Nordpress: The harbour board approved a new pontoon for the marina." + quote, "2025-03-11"},
		{"place, date and agency between slashes, a four-figure year",
			head + "Port Vellin/11.03.2025/Nordpress: The harbour board approved a new pontoon for the marina." + quote, "2025-03-11"},
		{"a bracketed date inside a sentence",
			head + "The harbour board (which met on March 11, 2025) approved a new pontoon for the marina." + quote, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := draftWith(t, &briefings.Registry{}, tc.text)
			if tc.date == "" {
				if d.DateFrom != "" {
					t.Errorf("date %s from %q, want none found", d.Date.Format(briefings.DateLayout), d.DateFrom)
				}
				return
			}
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (from %q)", got, tc.date, d.DateFrom)
			}
		})
	}
}

// TestRound50NumberedReleaseDash: a release numbered and dated on a line
// of its own above the headline, the number and the date split by a dash
// under the issuer's name, dates the draft.
func TestRound50NumberedReleaseDash(t *testing.T) {
	t.Parallel()
	const story = "Ombudsman finds delay in harbour board's handling of complaints from visiting skippers\n\n" +
		"The Harbour Ombudsman, Ilse Brandvold-Achebe, has found that the harbour board took too long to answer skippers' complaints.\n\n" +
		"\"Replying within a month is not a favour to the public; it is the board's duty,\" the Ombudsman said."
	for _, head := range []string{
		"Office of the Harbour Ombudsman\n\nPress release no. 4/2025 - 11 March 2025\n\n",
		"Harbour Ombudsman\n\nPress release no. 4/2025 - 11 March 2025\n\n", // both lines read as labels over the headline
	} {
		d := draftWith(t, &briefings.Registry{}, head+story)
		if got := d.Date.Format(briefings.DateLayout); got != "2025-03-11" {
			t.Errorf("%q: date %s, want 2025-03-11 (from %q)", head, got, d.DateFrom)
		}
	}
}
