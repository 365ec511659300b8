package ingest_test

import "testing"

// TestRound39aGivenNamesAfterTitles: a given name of a culture world news
// quotes, after a title no list knows, opens the name ("<Title> <Given>
// <Given> <Surname>"), and a father's given name closing a woman's name
// of two words does not make her a man.
func TestRound39aGivenNamesAfterTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "given name after an unlisted title",
		paras: []string{"Aswan opens new river ferry terminal\n\n" +
			"A new ferry terminal opened in Aswan on Tuesday, replacing a landing stage that had served the river crossing since the 1960s.\n\n" +
			"Deputy Minister of Housing for Villages and Towns Haitham Nabil Abdel-Rahim told reporters at the terminal that the ferries would run \"every twenty minutes from dawn\".\n\n" +
			"\"The old landing stage flooded every summer. This one will not,\" Abdel-Rahim said.\n\n" +
			"The terminal cost 85 million Egyptian pounds."},
		want: map[string]string{
			"every twenty minutes from dawn":                                "Haitham Nabil Abdel-Rahim",
			"The old landing stage flooded every summer. This one will not": "Haitham Nabil Abdel-Rahim",
		},
	}, {
		name: "a father's given name closes a woman's name",
		paras: []string{"Bahir Dar clinic adds maternity ward\n\n" +
			"A health centre in Bahir Dar opened a maternity ward on Monday, the first in the district, after two years of building work.\n\n" +
			"Senait Tadesse, the midwife who runs the ward, said twelve mothers had been admitted on the first day. Dawit Mengistu, the district health officer, attended the opening.\n\n" +
			"\"Mothers used to travel for four hours to give birth,\" she said.\n\n" +
			"The ward has twenty beds."},
		want: map[string]string{
			"Mothers used to travel for four hours to give birth": "Senait Tadesse",
		},
	}})
}
