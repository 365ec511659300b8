package ingest_test

import "testing"

// TestRound31EListedFieldsBody: a body whose name lists its fields before
// its head word ("<Adj> <Field>, <Field> and <Field> <Head> (<ACR>)") is
// one body, not its last field and head alone.
func TestRound31EListedFieldsBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "three fields before the head", paras: []string{
			"Marsh birds return to the estuary",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Coastal Forestry, Fisheries and Wildlife Service (Cofws) said in a note to reporters that "the reed beds are recovering faster than we hoped" after the dredging stopped.`,
		}, want: map[string]string{"the reed beds are recovering faster than we hoped": "Coastal Forestry, Fisheries and Wildlife Service"}},
	})
}
