package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestPluralBodyHeads: a body whose name holds its head in the plural
// ("<Town> Chambers of Commerce") keeps the "of" phrase after it, and is
// called back in the singular ("a spokesperson for the chamber").
func TestPluralBodyHeads(t *testing.T) {
	t.Parallel()
	text := `Ferry strike enters second day

Ferry crews in Lornport stayed ashore on Wednesday for a second day.

The Lornport Chambers of Commerce said the stoppage was costing shops "a fortune in lost custom".

"Half the cafés on the quay have shut early," a spokesperson for the chamber said.`
	wantSpeakers(t, draftWith(t, &briefings.Registry{}, text), map[string]string{
		"a fortune in lost custom":                   "Lornport Chambers of Commerce",
		"Half the cafés on the quay have shut early": "Lornport Chambers of Commerce",
	})
}

// TestBodyNamedWithCountryAfterHead: a firm's national arm named with
// the country after its head word ("<Brand> <Trade> <Country>") is a
// body, not a person, so "a spokesperson for the company" after it
// speaks for it rather than for a bank named earlier.
func TestBodyNamedWithCountryAfterHead(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ghana", Kind: "place", Role: "Country", Aliases: []string{"Accra"}},
		{Name: "Bank of Ghana", Kind: "organisation"},
	}}
	text := `Card fees cut

The Bank of Ghana cut the fees banks may charge on card payments on Monday.

The Governor said the Bank would review the cap in a year.

Volta Telecom Ghana said it would match the cut on its own wallet. "We want every trader to take payments by phone," a spokesperson for the company said.`
	wantSpeakers(t, draftWith(t, reg, text), map[string]string{
		"We want every trader to take payments by phone": "Volta Telecom Ghana",
	})
}

// TestAliasWithoutCountryKeepsItsCountry: a registry body named with its
// country ("Ministry of Foreign Affairs of <Country>") whose alias leaves
// the country out (the state's own long form of the name) is not the body
// a story placed in another country names bare.
func TestAliasWithoutCountryKeepsItsCountry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Velna"}},
		{Name: "Ardmoria", Kind: "place", Role: "Country", Aliases: []string{"Port Lorne"}},
		{Name: "Ministry of Foreign Affairs of Ardmoria", Kind: "organisation",
			Aliases: []string{"Ministry of Foreign Affairs and Ardmorians Abroad"}},
	}}
	text := `Smoke over the border

VELNA, 3 February 2026 – Norland's cabinet approved new limits on field burning on Tuesday after a week of smoke in the northern valleys.

The Ministry of Foreign Affairs said it would raise the smoke "at the next regional meeting".`
	d := draftWith(t, reg, text)
	for _, q := range d.Quotes {
		if q.Speaker == "Ministry of Foreign Affairs of Ardmoria" {
			t.Errorf("%q: speaker %q, another country's ministry", q.Text, q.Speaker)
		}
	}
	if len(d.Quotes) != 1 {
		t.Errorf("%d quotes, want 1", len(d.Quotes))
	}
}

// TestHomeDepartmentOfUnlistedCountry: a registry that names every state
// body with its state, and some of the home country's bodies so, but not
// the country itself, still has the home country's department named bare
// take the country as those bodies write it; a national institute, whose
// bare name another country's copy keeps, is left as it is.
func TestHomeDepartmentOfUnlistedCountry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Finance of Ghana", Kind: "organisation"},
		{Name: "Ministry of Health of Peru", Kind: "organisation"},
		{Name: "Ministry of Energy of Chile", Kind: "organisation"},
		{Name: "Fair Trading Board of Kenya", Kind: "organisation"},
		{Name: "Ghana", Kind: "place", Role: "Country"},
	}}
	text := `Sugar importers fined

The Fair Trading Board of Kenya fined three sugar importers on Tuesday for fixing prices in Kenya's coastal towns between 2022 and 2024.

The Department of Trade and Enterprise said in a statement that it "welcomes the fines" and would review import licences.

The National Institute of Food Research said prices had risen "far faster than costs".`
	wantSpeakers(t, draftWith(t, reg, text), map[string]string{
		"welcomes the fines":    "Department of Trade and Enterprise of Kenya",
		"far faster than costs": "National Institute of Food Research",
	})
}

// TestBracketedLegalForm: a firm's registered name with its legal form
// in two parts, the first in brackets ("<Name> (Pty) Ltd"), is one name,
// brackets and all, and the firm named again without its legal form
// ("<Name>", or the short form the brackets after it give) is the same firm.
func TestBracketedLegalForm(t *testing.T) {
	t.Parallel()
	text := `Regulator fines two bakers

The Fair Trading Board fined Blue Crane Bakeries (Pty) Ltd (Blue Crane Bakeries) and Ridgeback Flour (Pvt) Ltd (Ridgeback) on Tuesday for sharing price lists.

Blue Crane Bakeries said it had "already changed how prices are set".

Ridgeback said it would "study the ruling".`
	wantSpeakers(t, draftWith(t, &briefings.Registry{}, text), map[string]string{
		"already changed how prices are set": "Blue Crane Bakeries (Pty) Ltd",
		"study the ruling":                   "Ridgeback Flour (Pvt) Ltd",
	})
}

// TestSpokespersonForBodysKind: "a spokesperson for the regulator" after
// a sentence naming an agency speaks for that agency, though the noun is
// no word of its name: the noun says what kind of body it is.
func TestSpokespersonForBodysKind(t *testing.T) {
	t.Parallel()
	text := `Airline seeks creditor protection

A court granted the regional airline a 90-day stay on creditor claims on Monday.

The Maritime and Air Transport Agency said the airline's licence remained valid. A spokesperson for the regulator added that passengers would be "refunded in full" if flights were cancelled.`
	wantSpeakers(t, draftWith(t, &briefings.Registry{}, text), map[string]string{
		"refunded in full": "Maritime and Air Transport Agency",
	})
}

// TestReadoutTheyForBothSides: in a readout of talks, "they" after a
// phrase naming both sides at once ("the two Ministers … which they
// described as …") is the readout's own summary, the issuing ministry's
// words, as "the two Ministers agreed" is.
func TestReadoutTheyForBothSides(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Velna"}},
		{Name: "Ardmoria", Kind: "place", Role: "Country", Aliases: []string{"Port Lorne"}},
		{Name: "Ministry of Foreign Affairs of Norland", Kind: "organisation", Role: "Norland's foreign ministry"},
		{Name: "Tomas Velk", Kind: "person", Role: "Minister of Foreign Affairs of Norland"},
	}}
	text := `Foreign Minister receives his Ardmorian counterpart

The Minister of Foreign Affairs, Mr. Tomas Velk, held talks on Tuesday at the headquarters of the Ministry with the Minister of External Relations of Ardmoria, Mr. Jonas Brell, who is paying a working visit to Norland.

The talks allowed the two Ministers to review the state of bilateral relations, which they described as "close and growing", and to examine new fields of cooperation.`
	wantSpeakers(t, draftWith(t, reg, text), map[string]string{
		"close and growing": "Ministry of Foreign Affairs of Norland",
	})
}

// TestFirmNameEndingInPlaceNoun: "a <Name> Ocean official" names the
// firm the official speaks for: a place noun closing the capitals is the
// name's last word, though it ends like an adjective of nationality
// ("Korean", "European").
func TestFirmNameEndingInPlaceNoun(t *testing.T) {
	t.Parallel()
	text := `Yards short of welders

Shipbuilders on the south coast are short of welders for a third year, the companies said on Monday.

A Kestrel Ocean official also said, "Young people do not want to work on a hull in the summer heat."`
	wantSpeakers(t, draftWith(t, &briefings.Registry{}, text), map[string]string{
		"Young people do not want to work on a hull in the summer heat.": "Kestrel Ocean",
	})
}
