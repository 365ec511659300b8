package ingest_test

import "testing"

// TestRound23PersonAmongGroup: an aside "the only <person noun> in the
// <group>" describes one person among a body's people, not the body; the
// name it follows stays a person, and a "she" after it means them. An age
// opening the sentence ("<Number>-year-old <Name>") is no part of the
// name.
func TestRound23PersonAmongGroup(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the only girl in the group", paras: []string{
			"Weaving school takes on new pupils",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Orvelle Tamsin-Ruick, the only girl in the club, says she signed up because her cousins would not.",
			`"My aunt told me the looms would stop if nobody came. So I came," she says.`,
		}, want: map[string]string{"My aunt told me the looms would stop if nobody came. So I came": "Orvelle Tamsin-Ruick"}},
		{name: "a worker at the company", paras: []string{
			"Depot staff wait for the new rota",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Kelvaro Dunmirren-Voss, a worker at the company, says she has not seen the new rota.",
			`"They tell us on Friday what we work on Monday," she says.`,
		}, want: map[string]string{"They tell us on Friday what we work on Monday": "Kelvaro Dunmirren-Voss"}},
		{name: "a resident at the association, with an age before the name", paras: []string{
			"Tenants press the landlord on repairs",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Seventy-year-old Brisane Okotelu, the oldest tenant and a resident at the association, says the lift has been broken since March.",
			`"I climb nine floors with my shopping. Nobody should have to," she says.`,
		}, want: map[string]string{"I climb nine floors with my shopping. Nobody should have to": "Brisane Okotelu"}},
	})
}
