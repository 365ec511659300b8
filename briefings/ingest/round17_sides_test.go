package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestSideOfAStateByAdjective: a readout's "the <adjective> side" is the
// state, also when the state's name has two words or its adjective is no
// suffix on its name ("Salvadoran", "Monegasque", "Burkinabe").
func TestSideOfAStateByAdjective(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "El Salvador", Kind: "place", Role: "Country"},
		{Name: "Monaco", Kind: "place", Role: "Country"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a state of two words", reg: reg, paras: []string{
			"Ministers review ferry link",
			"The foreign ministers of Chile and El Salvador met on Thursday in Santiago to review the ferry link and the mutual recognition of nursing diplomas.",
			"The Salvadoran side said the link had been \"a lifeline for the coast\".",
		}, want: map[string]string{"a lifeline for the coast": "El Salvador"}},
		{name: "an adjective no suffix makes", reg: reg, paras: []string{
			"Talks on maritime rescue",
			"Delegations from Monaco and Malta met on Friday to coordinate search and rescue at sea in the western Mediterranean during the summer season.",
			"The Monegasque side stressed that the agreement was \"long overdue\".",
		}, want: map[string]string{"long overdue": "Monaco"}},
		{name: "a state the registry does not list", paras: []string{
			"Talks on cotton prices",
			"Trade officials from Mali and Burkina Faso met in Bamako on Tuesday to discuss the price of cotton and the road link between the two capitals.",
			"The Burkinabe side called the talks \"frank and useful\".",
		}, want: map[string]string{"frank and useful": "Burkina Faso"}},
	})
}

// TestExpressedWords: a readout's "<side> expressed its <feeling> for
// “…”", "<Government> expressed its “…”": the quoted words are the
// subject's, as after "welcomed".
func TestExpressedWords(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Chile", Kind: "place", Role: "Country"},
		{Name: "Peru", Kind: "place", Role: "Country"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a side's appreciation for quoted words", reg: reg, paras: []string{
			"Ministers talk by phone",
			"On 3 March 2026, a telephone conversation took place between the Minister of Foreign Affairs of Peru and the Minister of Foreign Affairs of Chile on trade and the coastal road.",
			"The Chilean side expressed its appreciation for the \"steady and generous cooperation of Peru on the border\".",
		}, want: map[string]string{"steady and generous cooperation of Peru on the border": "Chile"}},
		{name: "a government's quoted solidarity", reg: reg, paras: []string{
			"Bus crash kills nine",
			"Nine people died when a bus carrying seasonal workers overturned on the coastal road north of the border on Saturday night, officials said.",
			"The Government of Chile expressed its \"deep sorrow and solidarity with the families\" and offered to fly the bodies home.",
		}, want: map[string]string{"deep sorrow and solidarity with the families": "Chile"}},
	})
}
