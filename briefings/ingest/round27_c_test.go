package ingest_test

import "testing"

// TestRound27TermsNotQuotes: marks round a grade in a scheme of classes
// ("classed as a “<Grade>” <thing>") or round a field's own word for a
// thing ("what the <field> calls “<term>”") hold a term, not speech, even
// in a sentence a speaker says; the speaker's own words stay a quote.
func TestRound27TermsNotQuotes(t *testing.T) {
	t.Parallel()
	lead := "Harbour board sets out its plans for the coming year"
	for _, tc := range []furnitureCase{
		{"a grade after classed as", []string{
			`A spokesman for the harbour board said the vessel had been classed as a "Tier 3" wreck and would be raised before winter.`,
			`"We will clear the channel before the season," harbour master Odile Varga-Penn said.`,
		}, []string{"Tier 3"}, "We will clear the channel before the season"},
		{"a grade after rated", []string{
			`Inspectors rated the quay "Category C" last spring, the board said.`,
			`"We will clear the channel before the season," harbour master Odile Varga-Penn said.`,
		}, []string{"Category C"}, "We will clear the channel before the season"},
		{"a grade in lower case with a figure", []string{
			`The sandbar has been classed as a "level 4" hazard by the pilots' guild, Varga-Penn said.`,
			`"We will clear the channel before the season," harbour master Odile Varga-Penn said.`,
		}, []string{"level 4"}, "We will clear the channel before the season"},
		{"what the industry calls", []string{
			`Varga-Penn said the new berth would take what the industry calls "ro-ro" traffic off the older quay.`,
			`"We will clear the channel before the season," harbour master Odile Varga-Penn said.`,
		}, []string{"ro-ro"}, "We will clear the channel before the season"},
		{"what the trade calls, no article", []string{
			`The yard will specialise in what shipping calls "dry-docking" for older ferries, Varga-Penn said.`,
			`"We will clear the channel before the season," harbour master Odile Varga-Penn said.`,
		}, []string{"dry-docking"}, "We will clear the channel before the season"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound27OwnCoinageStaysQuote: "what she calls “<words>”" is one
// speaker's own phrase, a quote with its speaker, unlike a field's term;
// so are plain words after "classified as", unlike a grade's code.
func TestRound27OwnCoinageStaysQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a speaker's coinage", paras: []string{
			"Harbour board sets out its plans for the coming year",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Harbour master Odile Varga-Penn said the berth would end what she calls "the long wait".`,
		}, want: map[string]string{"the long wait": "Odile Varga-Penn"}},
		{name: "plain words after classified as", paras: []string{
			"Harbour board sets out its plans for the coming year",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Harbour master Odile Varga-Penn said the quay had been classified as a "manageable hazard" site, which needs yearly checks.`,
		}, want: map[string]string{"manageable hazard": "Odile Varga-Penn"}},
	})
}
