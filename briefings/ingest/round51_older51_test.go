package ingest_test

import "testing"

// TestRound51Older51 covers a quote that copy hangs a clause on after it
// closes, naming the words with a noun ("“…”, a line <Name> repeated",
// "a claim <Name> has rejected"): the one said to repeat, use or reject
// the words is not their speaker, and the subject of the sentence's own
// verb of saying keeps them. A name that calls the words something in
// marks of its own still speaks those.
func TestRound51Older51(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a line a minister repeated after the body's quote",
			paras: []string{
				"Dunmarch sets terms for its new offshore block",
				"The Dunmarch Port Authority signed a lease with Korvath Energy on Thursday.",
				"The Dunmarch Port Authority says its new fees are \"fair and stable\", a line Talia Brenning-Okafor repeated on Thursday.",
				"Talia Brenning-Okafor is the harbour minister of Dunmarch.",
			},
			want: map[string]string{"fair and stable": "Dunmarch Port Authority"},
		},
		{
			name: "a claim a firm has rejected, the comma inside the marks",
			paras: []string{
				"Dunmarch sets terms for its new offshore block",
				"The Dunmarch Port Authority signed a lease with Korvath Energy on Thursday.",
				"The Dunmarch Port Authority says the old fees were \"far below the regional average,\" a claim Korvath Energy has rejected.",
			},
			want: map[string]string{"far below the regional average": "Dunmarch Port Authority"},
		},
		{
			name: "near miss: a position the name calls something in marks",
			paras: []string{
				"Dunmarch sets terms for its new offshore block",
				"The Dunmarch Port Authority signed a lease with Korvath Energy on Thursday.",
				"The Dunmarch Port Authority has described the fee review as \"a matter for the ministry\", a position Talia Brenning-Okafor called \"passing the buck\".",
			},
			want: map[string]string{"passing the buck": "Talia Brenning-Okafor"},
		},
	})
}
