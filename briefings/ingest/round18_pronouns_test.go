package ingest_test

import "testing"

// TestQuestionsYouAreTheAnswerer: "You said in May that … “…”. Is that
// still so?" — in an interview's question, "you" is whoever answers it:
// the speaker of the labelled turn under it, or, in a Q&A set out with
// no labels, the person its introduction is about. A "you" in a quote's
// own words, or in a paragraph that asks nothing, names no one.
func TestQuestionsYouAreTheAnswerer(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an unlabelled Q&A: the one introduced answers", paras: []string{
			"The glassblower who will not use gas",
			"For thirty years the furnaces of the valley burned wood, then coal, then gas.",
			"Teodora Vasquez-Lindqvist has run a wood-fired glass workshop in Orrefors Nedre since 2004. Vasquez-Lindqvist trained in Murano and came home to restart her grandfather's furnace.",
			"This interview has been edited for length.",
			"Last spring, you told a trade fair that \"a gas flame makes polite glass.\" What did you mean?",
			"That the colour is too even. Wood gives you a breath in the glass that a customer can see.",
		}, want: map[string]string{"a gas flame makes polite glass.": "Teodora Vasquez-Lindqvist"}},
		{name: "a labelled transcript: the turn under the question answers", paras: []string{
			"Transcript: harbour authority briefing",
			"MODERATOR: We will take questions now.",
			"Q (Pieter Oduya-Smit, Coastal Daily): Director, you said in January that the dredging would be \"finished before the first storms\". Will it be?",
			"Director Marguerite Lanz-Okello: It will. The second barge arrives on Monday.",
			"Q (Pieter Oduya-Smit, Coastal Daily): And the cost?",
			"Director Marguerite Lanz-Okello: Within the budget the board set.",
		}, want: map[string]string{"finished before the first storms": "Marguerite Lanz-Okello"}},
		{name: "no question: a you that asks nothing names no one", paras: []string{
			"Ferry timetable changes",
			"The ferry company cut its winter sailings on Tuesday, and islanders were quick to answer.",
			"Councillor Beatrix Holm-Adeyemi said the cuts would isolate the island.",
			"All week the letters kept coming. You said the new sailings were \"a timetable for tourists\", and the company has not replied.",
			"What happens next is up to the council.",
		}, want: map[string]string{"a timetable for tourists": "unknown"}},
	})
}
