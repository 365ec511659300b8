package ingest_test

import "testing"

// TestRound52NamesNotPersons covers words that are no person read as a
// person's name or cutting one short: a capitalised "Even" inside a name
// ("<Title> <Given> Even <Surname>,") is a Norwegian given name, not the
// adverb, so the name runs on to the surname.
func TestRound52NamesNotPersons(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a Norwegian given name Even inside a titled name",
			paras: []string{
				"Coast guard detains trawler off Bear Island",
				"The Norwegian Coast Guard detained a fishing vessel near Bear Island on Tuesday over its catch records.",
				"\"The logbook and the hold did not match by a long way,\" said Captain Lars Even Haugland, a spokesperson for the coast guard.",
				"After a few hours, he said, the skipper agreed to sail to Tromsø. \"There was no force used at any point,\" he said.",
			},
			want: map[string]string{
				"The logbook and the hold did not match by a long way": "Lars Even Haugland",
				"There was no force used at any point":                 "Lars Even Haugland",
			},
		},
	})
}
