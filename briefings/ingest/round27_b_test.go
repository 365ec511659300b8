package ingest_test

import "testing"

// TestRound27NationalSideOfTwoWords: "the <Nationality> side" and "the
// <Nationality> delegation" are the country when the adjective is two
// words ("<South|New|Sri> <Adjective>"), as they are when it is one, and
// "the delegation" after them is the same country.
func TestRound27NationalSideOfTwoWords(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a two-word nationality's side", paras: []string{
			"Fisheries talks open",
			"VESTBY, March 3 — Officials of two coastal states met on Monday to discuss fishing quotas in shared waters.",
			"The Sri Lankan side said it wanted “a fair share for small boats” in any deal.",
		}, want: map[string]string{"a fair share for small boats": "Sri Lanka"}},
		{name: "a two-word nationality's delegation", paras: []string{
			"Fisheries talks open",
			"VESTBY, March 3 — Officials of two coastal states met on Monday to discuss fishing quotas in shared waters.",
			"The South African delegation said the quotas were “out of date by a decade”.",
		}, want: map[string]string{"out of date by a decade": "South Africa"}},
		{name: "the delegation after a two-word nationality's side", paras: []string{
			"Fisheries talks open",
			"VESTBY, March 3 — Officials of two coastal states met on Monday to discuss fishing quotas in shared waters.",
			"The New Zealand side proposed a joint survey of the stocks. The delegation said the survey could start “before the winter season”.",
		}, want: map[string]string{"before the winter season": "New Zealand"}},
		{name: "the delegation after a one-word nationality's side", paras: []string{
			"Fisheries talks open",
			"VESTBY, March 3 — Officials of two coastal states met on Monday to discuss fishing quotas in shared waters.",
			"The Kenyan side proposed a joint survey of the stocks. The delegation said the survey could start “before the winter season”.",
		}, want: map[string]string{"before the winter season": "Kenya"}},
	})
}
