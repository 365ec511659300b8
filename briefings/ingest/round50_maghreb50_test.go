package ingest_test

import "testing"

// TestRound50Maghreb50 covers a minister's title whose complement lists
// fields and ends in a field that is also a body's head word ("…, <Field>
// and Energy <Given> <Surname>"): the whole list is the holder's title, so
// "the minister" and "he" go back to the holder, not to a ministry.
func TestRound50Maghreb50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a listed title ending in a head-word field, then a given name",
			paras: []string{
				"Dockers stop work at the Velmara ore terminal",
				"Loading at the Velmara ore terminal stopped on Monday after talks on bonuses failed, union officials said.",
				"Minister of Water, Forests and Energy Yusuf Amadou Ould Tervan called on both sides to return to the table.",
				"\"The terminal is the lung of our economy and nobody will hold it hostage,\" the minister said during a visit to the coast.",
				"He said he had asked the labour inspectors to meet the union \"within two days.\"",
			},
			want: map[string]string{
				"The terminal is the lung of our economy and nobody will hold it hostage": "Yusuf Amadou Ould Tervan",
				"within two days.": "Yusuf Amadou Ould Tervan",
			},
		},
		{
			name: "two fields joined by and, the last a head word, before a given name",
			paras: []string{
				"Grid operator warned over summer cuts",
				"Minister of Mines and Energy Karim Bensaleh-Doura told reporters the grid operator had been warned.",
				"\"There will be no more cuts in the hot months,\" the minister said.",
			},
			want: map[string]string{"There will be no more cuts in the hot months": "Karim Bensaleh-Doura"},
		},
		{
			name: "a firm named for a head-word field stays a firm",
			paras: []string{
				"Drill contract signed for the northern basin",
				"Halvern Mining and Energy Partners said on Tuesday it had signed the drilling contract.",
				"\"The first well will be spudded in March,\" the company said.",
			},
			want: map[string]string{"The first well will be spudded in March": "Halvern Mining and Energy Partners"},
		},
	})
}
