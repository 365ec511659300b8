package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// r33bCase is invented copy and the speakers a user should see drafted.
type r33bCase struct {
	name, text string
	want       map[string]string
}

// runR33b drafts each case's copy with an empty registry and checks its
// speakers.
func runR33b(t *testing.T, cases []r33bCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ingest.ReadText(c.text)
			d, err := ingest.New(&briefings.Registry{}).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			wantSpeakers(t, d, c.want)
		})
	}
}

// TestRound33bSportsPositionBeforeName: a rugby position written before
// the name ("<Position> <Given> <Surname>", New Zealand's "First-five" and
// "Second-five" among them) is no part of it, and "the <position>" later
// is the player.
func TestRound33bSportsPositionBeforeName(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "position opens the sentence",
		text: "Harriers edge the derby\n\n" +
			"The Harriers beat the Ospreys 24-22 in Tauranga on Saturday night.\n\n" +
			"Second-five Tamati Rangiwai scored two tries, the second with a minute left.\n\n" +
			"\"We never stopped believing, not for a second,\" Rangiwai said.\n\n" +
			"The coach praised lock Losa Faleolo, who threw in cleanly all night.\n\n" +
			"Faleolo shrugged it off. \"The forwards made it easy for me,\" the lock said.\n\n" +
			"The Harriers travel to Napier next week.",
		want: map[string]string{
			"We never stopped believing, not for a second": "Tamati Rangiwai",
			"The forwards made it easy for me":             "Losa Faleolo",
		},
	}})
}

// TestRound33bExcellencyBeforeName: "HE" (His or Her Excellency, "H.E."
// without its stops) before "<Particle> <Surname>" is a courtesy title,
// and the name left is the person the article named in full.
func TestRound33bExcellencyBeforeName(t *testing.T) {
	t.Parallel()
	runR33b(t, []r33bCase{{
		name: "HE before particle and surname",
		text: "Ministers sign port accord\n\n" +
			"The accord was signed in Muscat by HE the Minister of Ports Khalid bin Saeed Al Harthy.\n\n" +
			"Speaking after the signing, HE Al Harthy said the berths would open in 2027.\n\n" +
			"\"This is a great day for the two ports and for the workers in them,\" HE Al Harthy said.\n\n" +
			"The berths will take the largest container ships.",
		want: map[string]string{
			"This is a great day for the two ports and for the workers in them": "Khalid bin Saeed Al Harthy",
		},
	}})
}
