package ingest_test

import "testing"

// TestIntroducedQuoteEndsItsSentence: "X said to me, '…?' I told him …" —
// the verb that opens the quote names who spoke it; the quote ends its
// sentence, and the capitalised subject after it starts the next one, the
// answer, not an attribution. A quote a verb after it attributes, with no
// opening verb, is unchanged.
func TestIntroducedQuoteEndsItsSentence(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an unnamed fisher's question, then the minister's answer", paras: []string{
			"Q&A: the fisheries minister on the new quotas",
			"The minister, Oskar Brekkan-Lie, spoke to us at the harbour about the cuts to next year's quotas.",
			"Brekkan-Lie: I went to the co-operative in March, and one of the older skippers said to me, 'My grandfather fished this bank, what gives you the right to close it?' I told him that is the very reason we must.",
		}, want: map[string]string{"My grandfather fished this bank, what gives you the right to close it?": "unknown"}},
		{name: "no opening verb: the one after still attributes", paras: []string{
			"Harbour dues rise",
			"The harbour board raised its dues by a tenth on Monday, its first rise in six years.",
			"\"Who pays for the new pier, then?\" Captain Ines Morvaan-Berg asked the board.",
		}, want: map[string]string{"Who pays for the new pier, then?": "Ines Morvaan-Berg"}},
	})
}
