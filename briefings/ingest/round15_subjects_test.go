package ingest_test

import "testing"

// TestOpeningPrepPhrase: a phrase opening on a preposition and closed by a
// comma ("For her part,", "By contrast,", "With the vote due,") stands
// before the sentence's subject, which a verb joined to the first by "and"
// shares; the phrase's own noun speaks for no one.
func TestOpeningPrepPhrase(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "for her part, a title and a name set off, and said that", paras: []string{
			"Border markets to reopen",
			"For her part, the Minister of Trade of Lomara, Ana Ruiz-Obando, thanked the visiting delegation for its patience and said that the reopening \"cannot come soon enough for the traders\".",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"cannot come soon enough for the traders": "Ana Ruiz-Obando"}},
		{name: "for his part, a title before the name, and said that", paras: []string{
			"Power exports reviewed",
			"For his part, Minister Tomas Oyelaran-Price expressed his country's willingness to keep exporting power and said that supply \"will depend on the rains\".",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"will depend on the rains": "Tomas Oyelaran-Price"}},
		{name: "by contrast, a body, and warned (in no set)", paras: []string{
			"Harbour fees rise",
			"By contrast, the Marden Harbour Board reviewed the figures on Monday and warned that the season had been \"the worst in twenty years\".",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"the worst in twenty years": "Marden Harbour Board"}},
		{name: "with a clause of time, a person, and said (in no set)", paras: []string{
			"Vote looms on bus lanes",
			"With the vote due on Friday, Councillor Maren Holt-Ibsen met the traders and said the lanes were \"a tax on the high street\".",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"a tax on the high street": "Maren Holt-Ibsen"}},
		{name: "the phrase's own body does not speak", paras: []string{
			"Season ends early",
			"For the Marden Harbour Board, the season ended early, and fishermen met on the quay and said it had been \"a write-off from the first week to the last\".",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"a write-off from the first week to the last": "unknown"}},
	})
}
