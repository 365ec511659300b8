package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound42qSurnameNoNationality: "<Given> Abdul <Stem>i", a surname
// made like a nationality from a state's name ending in another vowel, is
// no mention of that state: the story stays in the country it names, and
// a body named bare there is the registry's "<Body> of <Country>".
func TestRound42qSurnameNoNationality(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Malaysia", Role: "Country", Kind: "place", Aliases: []string{"Kuala Lumpur"}},
		{Name: "Ghana", Role: "Country", Kind: "place", Aliases: []string{"Accra"}},
		{Name: "Water Services Commission of Malaysia", Role: "Malaysia's water regulator", Kind: "organisation"},
		{Name: "Ministry of Finance of Malaysia", Role: "Malaysia's finance ministry", Kind: "organisation"},
		{Name: "Ministry of Health of Ghana", Role: "Ghana's health ministry", Kind: "organisation"},
		{Name: "Water Services Commission of Ghana", Role: "Ghana's water regulator", Kind: "organisation"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a surname shaped like a nationality",
		reg:  reg,
		paras: []string{"Water operators told to publish outage schedules\n\n" +
			"Water operators will have to publish their outage schedules a week ahead from January under rules announced on Monday.\n\n" +
			"The Minister of Natural Resources, Datuk Seri Ahmad Abdul Ghani, said the rules followed complaints from households left without piped water for days during the last dry spell. Ghani said operators that missed the deadline would be fined.\n\n" +
			"The Water Services Commission said in a statement that operators \"must give households time to store water\".\n\n" +
			"Operators in Kuala Lumpur said they would need more tankers to meet the rules."},
		want: map[string]string{
			"must give households time to store water": "Water Services Commission of Malaysia",
		},
	}})
}
