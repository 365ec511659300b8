package ingest_test

import "testing"

// TestRound43hHajjiBeforeName: "<Title> Hajji <Given> <Middle> <Surname>
// said" — the pilgrim's title as East African copy spells it opens the
// name without being part of it.
func TestRound43hHajjiBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "hajji before a three-word name",
		paras: []string{"Market traders ask for longer hours\n\n" +
			"KAMPALA — Traders at the Owino market have asked the city to let them open until ten at night.\n\n" +
			"Vendors Union secretary Hajji Musa Lubega Ssempala said: \"Our customers finish work late and we lose them to the roadside sellers.\"\n\n" +
			"The city has not replied."},
		want: map[string]string{
			"Our customers finish work late and we lose them to the roadside sellers.": "Musa Lubega Ssempala",
		},
	}})
}
