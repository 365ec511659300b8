package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestNewSpeakerKinds: countries, cities and bodies that speak ("Ukraine
// says …", "Moscow warned …") are suggested to the registry as places and
// organisations, never as people; a surname the article never introduces
// is a person.
func TestNewSpeakerKinds(t *testing.T) {
	t.Parallel()
	text := `Ukraine says drones hit grain silos as Moscow warns of reprisals

KYIV, May 2 — Ukraine said on Thursday that Russian drones had destroyed two grain silos in the port of Odesa overnight. "This is an attack on the world's food," Ukraine said in a statement.

Moscow warned of "a response that will be felt" after a Ukrainian strike on a fuel depot in Crimea. Beijing called on both sides to show "restraint and calm."

The Pentagon said it was "watching the situation closely." The White House said the strikes on grain stores were "a new low."

Officials in Dremia, which borders the region, said they had closed two crossings. "We will not let this war spill over," Dremia said later. The Dremian army was put on alert.

"There is nothing to discuss until the attacks stop," Lyubimov told reporters in Moscow.`
	a := ingest.ReadText(text)
	d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, n := range d.New {
		got[n.Name] = n.Kind
	}
	want := map[string]string{
		"Ukraine": "place", "Moscow": "place", "Beijing": "place", "Dremia": "place",
		"Pentagon": "organisation", "White House": "organisation", "Lyubimov": "person",
	}
	for name, kind := range want {
		if got[name] != kind {
			t.Errorf("new speaker %q: kind %q, want %q (all: %v)", name, got[name], kind, got)
		}
	}
	for name, kind := range got {
		if kind == "person" && want[name] != "person" {
			t.Errorf("new speaker %q is typed a person", name)
		}
	}
	wantSpeakers(t, d, map[string]string{
		"This is an attack on the world's food":              "Ukraine",
		"a response that will be felt":                       "Moscow",
		"restraint and calm.":                                "Beijing",
		"watching the situation closely.":                    "Pentagon",
		"a new low.":                                         "White House",
		"We will not let this war spill over":                "Dremia",
		"There is nothing to discuss until the attacks stop": "Lyubimov",
	})
}

// wantSpeakers checks the speaker the draft gives each quote, by its text.
func wantSpeakers(t *testing.T, d *ingest.Draft, want map[string]string) {
	t.Helper()
	speakers := map[string]string{}
	for _, q := range d.Quotes {
		speakers[q.Text] = q.Speaker
	}
	for text, who := range want {
		if speakers[text] != who {
			t.Errorf("%q: speaker %q, want %q", text, speakers[text], who)
		}
	}
}
