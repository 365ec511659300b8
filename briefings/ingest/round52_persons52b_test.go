package ingest_test

import "testing"

// TestRound52KinAsidesNamed covers the aside that names the relative
// ("X, <Name>'s nephew,"): the sentence names two people and no pronoun,
// and the kin noun still gives X's sex, so a "he" in the next sentence
// finds X over a body's spokesperson quoted before.
func TestRound52KinAsidesNamed(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a ranger named as someone's nephew, then he",
			paras: []string{
				"Rangers bring back the springs",
				"The Northern Territory Department of Water says the springs have recovered. \"The ranger data has been essential,\" a department spokesperson said.",
				"Younger ranger Tobin Marrawa-Kent, Aunty Delma's nephew, joined the team in 2023. \"It is hard work out here,\" he grins.",
			},
			want: map[string]string{"It is hard work out here": "Tobin Marrawa-Kent"},
		},
	})
}
