package ingest_test

import "testing"

// TestRound41lTwoOffices: "the <Title> and <Title> of the <Body>, <Name>"
// names one holder of two offices, whom "the <first title>" names back in
// the paragraphs after, however the release introduces each quote.
func TestRound41lTwoOffices(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "governor and chairman",
		paras: []string{"Central bank holds key rate at 6.5 percent\n\n" +
			"The Bank of Ghana's Monetary Policy Committee on Monday kept its policy rate at 6.5 percent for a third month, citing easing food prices.\n\n" +
			"Announcing the decision, the Governor and Chairman of the Board, Dr Kwabena Asante-Mireku, said that growth was expected at 4.1 percent this year.\n\n" +
			"\"Cocoa receipts were 12 percent higher than a year earlier, and gold exports remain strong,\" the Governor stated.\n\n" +
			"\"However, the Committee remains watchful. Fuel prices remain volatile.\"\n\n" +
			"Inflation eased to 5.2 percent in June.\n\n" +
			"\"We stand ready to act should the need arise,\" the Governor concluded."},
		want: map[string]string{
			"Cocoa receipts were 12 percent higher than a year earlier, and gold exports remain strong": "Kwabena Asante-Mireku",
			"However, the Committee remains watchful. Fuel prices remain volatile.":                     "Kwabena Asante-Mireku",
			"We stand ready to act should the need arise":                                               "Kwabena Asante-Mireku",
		},
	}})
}
