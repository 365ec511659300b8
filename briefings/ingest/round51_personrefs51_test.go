package ingest_test

import "testing"

// TestRound51PersonRefs covers people referred back to by a pronoun or a
// description: a Yoruba given name either gender carries takes the
// article's own "she"; a relative brought in by the kin noun alone, then
// called "the boy", is not the person who spoke before.
func TestRound51PersonRefs(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a given name of either gender takes the article's she",
			paras: []string{
				"Clinic nurses ask for more than gloves",
				"The fever season has filled the isolation ward at Ikare General Hospital for three weeks.",
				"Dr Oluwaseun Bakare-Ojo, the ward's lead clinician, has worked there since 2018. \"The first thing people ask for is protective equipment,\" she said. \"But gloves do not help a tired nurse.\"",
			},
			want: map[string]string{
				"The first thing people ask for is protective equipment": "Oluwaseun Bakare-Ojo",
				"But gloves do not help a tired nurse.":                  "Oluwaseun Bakare-Ojo",
			},
		},
		{
			name: "a grandson brought in by the kin noun, then called the boy",
			paras: []string{
				"Village elders settle their disputes over tea",
				"Ousmane Dialloré Kanté chairs the peace committee of Torodi-Kaina, which has settled forty disputes since 2022.",
				"Back in his courtyard, Mr. Kanté pours tea. \"Do not wait to be invited to the table,\" he says.",
				"His grandson, listening from the doorway, laughs. \"He says that to everyone,\" the boy says.",
			},
			want: map[string]string{
				"Do not wait to be invited to the table": "Ousmane Dialloré Kanté",
				"He says that to everyone":               "unknown",
			},
		},
	})
}
