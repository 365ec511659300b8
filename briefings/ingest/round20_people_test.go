package ingest_test

import "testing"

// TestRound20PeopleSurnameConfirms: a name in full whose given name the
// lists lack, set beside another name in the same sentence, is a person's
// once the copy calls them by their surname alone; "the <age>-year-old"
// or "the <Nationality>" after it then means them.
func TestRound20PeopleSurnameConfirms(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an age after the surname alone", paras: []string{
			"Home wrestler takes gold",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Tamerlan Dzhabrailov won the 86kg title with a late takedown against Romania's Sorin Vlădescu-Petre in the final.",
			`"My legs were empty but my head was not," said the 27-year-old.`,
			"Dzhabrailov had lost in the first round a year ago, and the medal lifted the home team to second in the table.",
			"The championships end on Sunday with the team events.",
		}, want: map[string]string{"My legs were empty but my head was not": "Tamerlan Dzhabrailov"}},
		{name: "a nationality after the surname alone", paras: []string{
			"Home rower wins the sculls",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Kairat Zhumabekov beat Serbia's Dušan Kovačević-Ilić by two lengths in the single sculls final.",
			"It was Zhumabekov's third win on the lake since the spring.",
			`"The wind was in our favour today," the Kazakh said.`,
		}, want: map[string]string{"The wind was in our favour today": "Kairat Zhumabekov"}},
	})
}
