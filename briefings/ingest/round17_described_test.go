package ingest_test

import "testing"

// TestDescribedThenNamed: a feature quotes someone it describes ("says the
// man by the nets", "called a tall woman in a red scarf") and names them
// in the paragraph after: "The man is X Y, 70", "Her name is X Y". The
// words are theirs; a sentence that says something else of them ("The
// woman is tired") names no one.
func TestDescribedThenNamed(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the man, then the man is", paras: []string{
			"The last net menders of the harbour",
			"On the quay at dawn, a dozen fishermen sit on upturned crates with their nets across their knees, as their fathers did before them.",
			"\"A net is like a marriage. You mend it every day or you lose it,\" says the man by the bollard, in a cap that has seen better decades.",
			"The man is Tomasz Wierzbicki-Hale, 74, and he has mended nets on this quay since he left school.",
		}, want: map[string]string{"A net is like a marriage. You mend it every day or you lose it": "Tomasz Wierzbicki-Hale"}},
		{name: "an indefinite woman, then her name is", paras: []string{
			"A kitchen for the whole street",
			"The queue outside the community kitchen starts forming at eleven, an hour before the doors open.",
			"\"Careful, it is hot — and take the bread too,\" called a tall woman in a red scarf, handing out bowls of lentil stew.",
			"Her name is Amina Oduya-Brandt. She has run the kitchen for six years, on donations and on her own savings.",
		}, want: map[string]string{"Careful, it is hot — and take the bread too": "Amina Oduya-Brandt"}},
		{name: "the woman is something else", paras: []string{
			"A kitchen for the whole street",
			"The queue outside the community kitchen starts forming at eleven, an hour before the doors open.",
			"\"Careful, it is hot — and take the bread too,\" called a tall woman in a red scarf, handing out bowls of lentil stew.",
			"The woman is 58, and has run the kitchen for six years, on donations and on her own savings.",
		}, want: map[string]string{"Careful, it is hot — and take the bread too": "unknown"}},
	})
}
