package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound51GovernmentsLowerBody covers a state body described in lower
// case as its government's ("the interim government's <field> ministry"):
// it is that state's ministry, named with its country as the registry
// names the state bodies it lists, not the country itself.
func TestRound51GovernmentsLowerBody(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Vellport"}},
		{Name: "Ministry of Health of Norland", Kind: "organisation", Role: "Norland's health ministry"},
		{Name: "Ministry of Defence of Norland", Kind: "organisation", Role: "Norland's defence ministry"},
		{Name: "Ministry of Finance of Norland", Kind: "organisation", Role: "Norland's finance ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the interim government's field ministry after the country's capital spoke",
			reg:  reg,
			paras: []string{
				"Fuel queues lengthen in Norland",
				"Raiders burned a column of tankers on the coast road on Monday, the army said.",
				"Vellport said last month that it had opened new supply routes. The interim government's information ministry insisted on Tuesday that the situation was \"under control\" and that deliveries would \"soon return to normal\".",
			},
			want: map[string]string{
				"under control":         "Ministry of Information of Norland",
				"soon return to normal": "Ministry of Information of Norland",
			},
		},
		{
			name: "the government's field department in a story about the country",
			reg:  reg,
			paras: []string{
				"Norland rations water as reservoirs dry up",
				"Norland will cut household water supply to six hours a day from next week.",
				"The government's water ministry said the cuts were \"a last resort\".",
			},
			want: map[string]string{"a last resort": "Ministry of Water of Norland"},
		},
	})
}

// TestRound51AccordingToSpokespersonFor covers "according to a
// spokesperson for the <noun>, <Firm> must … “…”": the source is the body
// the spokesperson speaks for, as after "a spokesperson for the <noun>
// said", not the firm the clause after the comma is about.
func TestRound51AccordingToSpokespersonFor(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland Competition Board", Kind: "organisation", Role: "Competition authority", Aliases: []string{"NCB"}},
		{Name: "Tessaro Maps", Kind: "organisation", Role: "Navigation firm"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the clause after the source names a firm",
			reg:  reg,
			paras: []string{
				"Tessaro Maps must open its platform, regulator rules",
				"The Norland Competition Board has for the first time designated a domestic firm under its platform rules. According to the authority, Tessaro Maps holds a position of special weight in the market.",
				"\"Tessaro decides who reaches drivers,\" said vice-chair Odile Marchetti-Roos on Tuesday.",
				"Marchetti-Roos said the authority had received complaints from three rivals. The rivals had told the office they could not install their own apps.",
				"According to a spokesperson for the authority, Tessaro Maps must submit a plan within four months setting out how it will grant \"access on equal terms\". If it does not, the board can impose obligations itself.",
			},
			want: map[string]string{"access on equal terms": "Norland Competition Board"},
		},
	})
}
