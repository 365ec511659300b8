package ingest_test

import (
	"strings"
	"testing"
)

// TestRound47UnnamedPersonAtPlace: "A <person noun> at/in/from <Name>
// said …" has an unnamed person for its subject, not the place or body
// after the preposition: the key point is no one's the article names, and
// the name is offered as no new speaker. A spokesperson's or an
// official's words at a body still speak for it.
func TestRound47UnnamedPersonAtPlace(t *testing.T) {
	t.Parallel()
	runPlaceSubjectCases(t, []placeSubjectCase{
		{sentence: "A vendor at Tarrow Kesh said most customers still paid for their bread in foreign currency.", not: "Tarrow Kesh"},
		{sentence: "A trader at Velmo Lunde said the price of cooking oil had doubled since the storm.", not: "Velmo Lunde"},
		{sentence: "A farmer from Orrin Vale said the floodwater had carried away two of his barns.", not: "Orrin Vale"},
		{sentence: "One driver at Kessmoor Depot said the buses had not left the yard since Friday.", not: "Kessmoor Depot"},
		{sentence: "A worker at Brannock Mills said the night shift had been sent home without pay.", not: "Brannock Mills"},
		// Near misses: a body's voice speaks for the body.
		{sentence: "A spokesperson at Tarrow Kesh said most customers still paid for their bread in foreign currency.", want: "Tarrow Kesh"},
		{sentence: "An official at the Harrowgate Water Board said the pumping stations would reopen on Monday.", want: "Harrowgate Water Board"},
		{sentence: "A spokesperson for Brannock Mills said the night shift would resume on Monday.", want: "Brannock Mills"},
	})
}

// TestRound47UnnamedPersonAtPlaceQuoted: the quote path agrees: "A vendor
// at <Name> said: “…”" and "“…,” a vendor at <Name> said" are the
// vendor's words, unknown, while a spokesperson there speaks for it.
func TestRound47UnnamedPersonAtPlaceQuoted(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "vendor at a name, quote after",
			paras: []string{"Bread prices climb again\n\n" +
				"PORT ADELVE, March 2, 2025 — Bread prices rose for a third week on Sunday.\n\n" +
				"A vendor at Tarrow Kesh said: \"Nobody pays in the new notes if they can help it.\"\n\n" +
				"Repair crews are expected to reach the worst-hit areas by the end of the week."},
			want: map[string]string{"Nobody pays in the new notes if they can help it.": "unknown"},
		},
		{
			name: "trader at a name, quote before",
			paras: []string{"Bread prices climb again\n\n" +
				"PORT ADELVE, March 2, 2025 — Bread prices rose for a third week on Sunday.\n\n" +
				"\"Nobody pays in the new notes if they can help it,\" a trader at Tarrow Kesh said.\n\n" +
				"Repair crews are expected to reach the worst-hit areas by the end of the week."},
			want: map[string]string{"Nobody pays in the new notes if they can help it": "unknown"},
		},
		{
			name: "spokesperson at a name",
			paras: []string{"Bread prices climb again\n\n" +
				"PORT ADELVE, March 2, 2025 — Bread prices rose for a third week on Sunday.\n\n" +
				"\"Nobody pays in the new notes if they can help it,\" a spokesperson at Tarrow Kesh said.\n\n" +
				"Repair crews are expected to reach the worst-hit areas by the end of the week."},
			want: map[string]string{"Nobody pays in the new notes if they can help it": "Tarrow Kesh"},
		},
	})
}

// TestRound47PeopleInLowerCasePlace: "Traders in the capital said …", a
// plural noun for people capitalised only as the sentence's first word
// and where they are in lower case, is a group of unnamed people, no
// body called "Traders in the capital", and a later "The central bank
// said" is not theirs: it is the central bank the article named, else no
// one named.
func TestRound47PeopleInLowerCasePlace(t *testing.T) {
	t.Parallel()
	runPlaceSubjectCases(t, []placeSubjectCase{
		{sentence: "Traders in the capital said on Tuesday that the new notes were slowly gaining ground.", not: "Traders in the capital"},
		{sentence: "Traders in the port said on Tuesday that the new notes were slowly gaining ground.", not: "Traders in the port"},
		{sentence: "Residents of the town said on Tuesday that the new notes were slowly gaining ground.", not: "Residents of the town"},
	})
	const head = "Traders adjust as new notes circulate\n\nHARARE, March 3, 2026 — Prices rose again this week in the markets of the city.\n\n"
	const traders = "Traders in the capital said on Tuesday that the new notes were slowly gaining ground.\n\n"
	const bank = "The central bank said it would keep the rate unchanged."
	for _, c := range []struct {
		name, before, want string
	}{
		{"no bank named", "", ""},
		{"reserve bank named", "The Reserve Bank of Zimbabwe raised its policy rate to 35 percent last month.\n\n", "Reserve Bank of Zimbabwe"},
		{"country's central bank named", "Zimbabwe's central bank raised its policy rate to 35 percent last month.\n\n", "Zimbabwe's central bank"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			d := draftWith(t, nil, head+c.before+traders+bank+"\n")
			for _, n := range d.New {
				if strings.EqualFold(n.Name, "Traders in the capital") {
					t.Errorf("%q offered as a new speaker (%s)", n.Name, n.Kind)
				}
			}
			pt := pointOpening(d, bank)
			if pt == nil {
				t.Fatalf("no key point for %q; points: %+v", bank, d.Points)
			}
			if got := pt.Speaker; got != c.want && !(c.want == "" && got == "unknown") {
				t.Errorf("central bank's key point given to %q, want %q", got, c.want)
			}
		})
	}
}
