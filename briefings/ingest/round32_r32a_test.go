package ingest_test

import "testing"

// TestRound32MonthWordInName: a month's three-letter short form between
// two words of a name ("<Name> Mar <Name>", "<Name> Jun <Name>", as
// Burmese names have them, with or without a courtesy title before) is one
// of the name's words, not a date: a date never has a name after its month.
func TestRound32MonthWordInName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "courtesy title, month word inside the name", paras: []string{
			"Weavers count the cost of dearer yarn",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The cooperative's treasurer, Daw Nilar Mar Lwin, said only four of its looms still ran every day.`,
			`"We weave at dawn because the power comes at dawn," she said.`,
		}, want: map[string]string{"We weave at dawn because the power comes at dawn": "Nilar Mar Lwin"}},
		{name: "month word inside a name without a title", paras: []string{
			"Ferry fares rise on the river",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Ferry owner Zaw Jun Aung said the new fares would start next week.`,
			`"Nobody wants to pay more, but the diesel costs more," he said.`,
		}, want: map[string]string{"Nobody wants to pay more, but the diesel costs more": "Zaw Jun Aung"}},
	})
}
