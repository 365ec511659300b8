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

// TestSubjectAheadOfReportedIt: the subject of a verb that reports a
// clause speaks, not what the clause's "it" or the verb's object is read
// as — a body named with its short name in marks and brackets before an
// aside, a subject before an aside that names a note as the vehicle, and
// a state's side in talks before "which it described as"; the subject
// set after a plain speech verb ("…, said X") is still read.
func TestSubjectAheadOfReportedIt(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a short name in marks and brackets, an aside, informed the company that it", paras: []string{
			"Mine audit backed",
			"The Brightwater Growers Association (\"BGA\"), which holds a tenth of the licences, informed the Company in a letter dated 3 May that it \"backs the quota cut and expects a review within a year.\"",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"backs the quota cut and expects a review within a year.": "Brightwater Growers Association"}},
		{name: "an aside naming a note, said it would (in no set)", paras: []string{
			"Harbour fees to rise",
			"The Marden Harbour Board, in a note to members of the Coastal Fisheries Council at the close of the season, said it would \"raise mooring fees before the spring\".",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"raise mooring fees before the spring": "Marden Harbour Board"}},
		{name: "a state's side, which it described as", paras: []string{
			"Grain deal reviewed",
			"The Minister of Foreign Affairs of Chile, Rosa Undurraga-Vial, held a telephone conversation with her Peruvian counterpart on Monday.",
			"The Chilean side thanked Peru for the grain shipped in April, which it described as \"a lifeline for the northern valleys\".",
		}, want: map[string]string{"a lifeline for the northern valleys": "Chile"}},
		{name: "a subject after a plain speech verb is still read", paras: []string{
			"Rates held",
			"The cut was long overdue, said Marta Ilves-Saar, an economist at Norbank, who called it \"a relief for savers at last\".",
			"Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.",
		}, want: map[string]string{"a relief for savers at last": "Marta Ilves-Saar"}},
	})
}
