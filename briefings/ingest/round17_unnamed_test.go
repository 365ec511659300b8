package ingest_test

import "testing"

// TestNotNamedKeepsNoName: someone the article says is not named keeps no name —
// a description after the quote set off with "who did not want to be
// named", and a quote after a sentence about an unnamed subject whose "his"
// or "her" is theirs, not the named speaker's of the paragraph before.
func TestNotNamedKeepsNoName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a role after the quote, anonymity in a who-clause", paras: []string{
			"Low river strands barges",
			"Shipping on the river slowed to a crawl this week as the water level fell to its lowest in a decade.",
			"Captain Ilse Brandauer-Moll, who runs the harbour master's office, said the channel was being dredged.",
			"\"Half loaded and still scraping the bed,\" said the skipper of a grain barge moored at the east quay, who asked not to be identified.",
		}, want: map[string]string{"Half loaded and still scraping the bed": "unknown"}},
		{name: "an anonymous subject's his, then the quote", paras: []string{
			"Bakeries run short of flour",
			"\"We opened at five and sold out by seven,\" says Rosalind Okafor-Haye, who runs a bakery on the high street.",
			"A delivery driver who spoke on condition of anonymity says his van now carries half its usual load. \"Some shops get nothing at all. We tell them to try again next week.\"",
		}, want: map[string]string{"Some shops get nothing at all. We tell them to try again next week.": "unknown"}},
	})
}
