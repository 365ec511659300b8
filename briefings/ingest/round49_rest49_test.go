package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound49Rest49Surnames: a person whose surname (or whose family name,
// written first) is also a word of places — "Hill", "Park", "Field" — is
// that person as the subject of a speech verb, named in full or by that
// word alone; a place so named, or one with an article before it, does not
// become a person.
func TestRound49Rest49Surnames(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a given name and a place word, then the place word alone",
			paras: []string{
				"Bakery chain to close three shops",
				"“We kept them open as long as the rent allowed,” said Laura Hill, the chain's founder.",
				"“Our staff will be offered jobs in the other shops,” Hill added.",
			},
			want: map[string]string{
				"We kept them open as long as the rent allowed":     "Laura Hill",
				"Our staff will be offered jobs in the other shops": "Laura Hill",
			},
		},
		{
			name: "a family name written first, then alone before the verb",
			paras: []string{
				"Shipyard signs order for two ferries",
				"Tollervik Yards chairman Park Seo-yeon called the order “a turning point for the yard.” “We had no new hulls on the slipway for two years,” Park said at the signing.",
			},
			want: map[string]string{
				"a turning point for the yard.":                    "Park Seo-yeon",
				"We had no new hulls on the slipway for two years": "Park Seo-yeon",
			},
		},
		{
			name: "the place word alone opening the sentence",
			paras: []string{
				"Rowing club wins funding",
				"The club's coach, Morwenna Field, said the grant would pay for two boats.",
				"Field said: “The juniors have waited long enough for boats of their own.”",
			},
			want: map[string]string{"The juniors have waited long enough for boats of their own.": "Morwenna Field"},
		},
		{
			name: "near miss: a street's name cut after a date is no one",
			paras: []string{
				"Queues at heater shops",
				"Shops in the city centre ran out of electric heaters on Tuesday as the gas supply was cut for a third day.",
				"\"The shelves are empty by noon,\" a shopper on 12 May Street told reporters.",
			},
			want: map[string]string{"The shelves are empty by noon": "unknown"},
		},
		{
			name: "near miss: a park with an article does not speak as a person",
			paras: []string{
				"Festival moves to new site",
				"The music festival will move to the riverside this summer.",
				"“Tickets bought for the old site remain valid,” the Park said in a statement, after Ottoline Grieve, its director, met the council.",
			},
			want: map[string]string{"Tickets bought for the old site remain valid": "unknown"},
		},
	})
}

// TestRound49Rest49Epithets: "the pacer", as cricket copy calls a fast
// bowler, is the player the sentences before were about.
func TestRound49Rest49Epithets(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the pacer after the player's given name",
			paras: []string{
				"Board hands out new contracts",
				"Fast bowler Danyal Qureshi was handed a top-grade contract for the first time on Monday.",
				"Danyal said the call-up was “a dream”.",
				"“I used to bowl at a bucket in my uncle's yard,” the pacer said.",
			},
			want: map[string]string{
				"a dream": "Danyal Qureshi",
				"I used to bowl at a bucket in my uncle's yard": "Danyal Qureshi",
			},
		},
	})
}

// TestRound49Rest49WeekdayFigures: a date line in figures after its
// weekday is read the one way whose day falls on that weekday, month first
// as well as day first; without a weekday, or with one that fits the day
// first reading, the figures stay day first.
func TestRound49Rest49WeekdayFigures(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe harbour board approved a new pontoon for the marina on Monday, the board said.\n\n" +
		"\"Visiting yachts have doubled in five years,\" harbour master Ilse Brandvold-Achebe said."
	for _, tc := range []struct{ name, text, date string }{
		{"a short weekday before figures month first, joined to the byline",
			"Harbour board backs new pontoon\n\nBy Teodor Halvorsen-Ama | Maritime Reporter\nThu, 04/03/2025 - 10:20" + body, "2025-04-03"},
		{"a full weekday before figures month first",
			"Harbour board backs new pontoon\n\nWednesday, 11/05/2025 09:12" + body, "2025-11-05"},
		{"near miss: a weekday that fits the day-first reading",
			"Harbour board backs new pontoon\n\nBy Teodor Halvorsen-Ama | Maritime Reporter\nTue, 04/03/2025 - 10:20" + body, "2025-03-04"},
		{"near miss: no weekday, day first",
			"Harbour board backs new pontoon\n\nBy Teodor Halvorsen-Ama | Maritime Reporter\n04/03/2025 - 10:20" + body, "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadText(tc.text)
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}
