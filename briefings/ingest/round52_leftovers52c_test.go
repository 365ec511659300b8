package ingest_test

import "testing"

// TestRound52Leftovers52c covers a resident or bystander the copy names
// only by the one name they gave, in a clause right after "the <noun>"
// that signs a quote ("…,” said the resident, who gave only his first
// name, <Name>").
func TestRound52Leftovers52c(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a definite noun signing a quote, then the one name the person gave",
			paras: []string{
				"Quarry traffic angers village",
				"Lorries from the new quarry above Vrellë now pass the school forty times a day, residents say.",
				"A farmer whose fields border the haul road said nothing had been done about the dust.",
				"\u201cWe were promised a bypass. We got a sign that says drive slowly,\u201d said the farmer, who gave only his first name, Bardhyl.",
			},
			want: map[string]string{"We were promised a bypass. We got a sign that says drive slowly": "Bardhyl"},
		},
	})
}
