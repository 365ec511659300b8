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

// TestMessageSentBy: "She showed us a message he had sent her: “…”" — the
// words set out after the colon are the writer's, whom the pronoun means:
// an unnamed relative the sentence before opens with ("Her only son …")
// stays unknown; a named one is named.
func TestMessageSentBy(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an unnamed son's message", paras: []string{
			"The village kitchen that feeds forty",
			"Every morning at six, Mei Lanfang-Zhou lights the stove in the village hall. Farmer Guo Jianping, 81, is usually first through the door.",
			"Mei, who is paid a small allowance for the work, said she would not stop. Her only son drives a lorry in the south and calls every Saturday.",
			"She showed us a message he had sent her the night before: \"Mum, rest on Sundays. The village can cook for itself one day a week.\"",
		}, want: map[string]string{"Mum, rest on Sundays. The village can cook for itself one day a week.": "unknown"}},
		{name: "a named daughter's message", paras: []string{
			"The village kitchen that feeds forty",
			"Every morning at six, Wang Fulin lights the stove in the village hall. His daughter, Maria Wang, moved to the city in 2019 and writes to him every week.",
			"He showed us a message she had sent him in March: \"Dad, I am proud of you, but please see a doctor about your back.\"",
		}, want: map[string]string{"Dad, I am proud of you, but please see a doctor about your back.": "Maria Wang"}},
	})
}
