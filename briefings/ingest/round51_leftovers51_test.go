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
