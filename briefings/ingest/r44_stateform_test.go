package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestR44StateformOpposition: "the Opposition" of a parliamentary state,
// named bare with a capital (and read, one capitalised word, as a
// surname), is the home state's organ, named as the registry names the
// state bodies it lists, "<Body> of <Country>"; after a country whose
// name may take "the", the registry's own bodies say whether it does.
func TestR44StateformOpposition(t *testing.T) {
	t.Parallel()
	islands := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Marshall Islands", Role: "Country", Kind: "place", Aliases: []string{"Majuro"}},
		{Name: "Ministry of Works of Marshall Islands", Kind: "organisation"},
		{Name: "Ministry of Health of Marshall Islands", Kind: "organisation"},
		{Name: "Ministry of Education of Marshall Islands", Kind: "organisation"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the opposition of an inland state", reg: r44BodyformRegistry(), paras: []string{
			"Toll roads plan goes to a vote",
			"LORVAINE, Quessany — Lawmakers will vote next week on a plan to put tolls on the two northern highways.",
			`The Opposition said in a short reply that the tolls were "a tax on every farmer who drives to market."`,
		}, want: map[string]string{"a tax on every farmer who drives to market.": "Opposition of Quessany"}},
		{name: "the opposition of an island state, as its bodies are named", reg: islands, paras: []string{
			"Ferry subsidy cut draws fire",
			"The government in Majuro will halve the subsidy on the outer-island ferries from the next financial year.",
			`The Opposition said the cut was "a blow to every family on the outer atolls."`,
		}, want: map[string]string{"a blow to every family on the outer atolls.": "Opposition of Marshall Islands"}},
	})
}

// TestR44StateformMinistryOfNationalBody: a bare "Ministry of <Field>" of
// a two-word state the registry does not list, though it lists another
// body of that state by its name and names the state bodies it
// lists with their state, is that state's ministry under the convention.
func TestR44StateformMinistryOfNationalBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Tembrook", Role: "Country", Kind: "place"},
		{Name: "Ministry of Trade of Tembrook", Kind: "organisation"},
		{Name: "Ministry of Health of Tembrook", Kind: "organisation"},
		{Name: "Ministry of Energy of Tembrook", Kind: "organisation"},
		{Name: "New Zealand Central Bank", Role: "Central bank of New Zealand", Kind: "organisation"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a bare ministry of the registry's body's state", reg: reg, paras: []string{
			"Cheaper loans for fishing fleets",
			"The New Zealand Central Bank will lend to fishing cooperatives in New Zealand at a lower rate from the first of next month.",
			`The Central Bank said the loans would "pay for new engines and cold stores" at the main harbours.`,
			`The Ministry of Fisheries said it would "watch the effect on small boat owners" over the season.`,
		}, want: map[string]string{"watch the effect on small boat owners": "Ministry of Fisheries of New Zealand"}},
	})
}
