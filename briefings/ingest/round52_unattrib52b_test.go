package ingest_test

import "testing"

// TestRound52QuoteBoxLines covers a box of quotes set one a line under a
// rubric no list of box headings knows, each line "“<Quote>” – <Name>,
// <what they are>" or "“<Quote>” – <Title> <Name>" with no blank line
// between: each line is a paragraph of its own, so each quote is signed
// by the name on its own line, the first no longer run into the rubric
// and the second no longer given the first line's name.
func TestRound52QuoteBoxLines(t *testing.T) {
	head := "Harbourline Telecom widens its airtime advance"
	lead := "KISUMU — Harbourline Telecom on Monday raised the limit on its airtime advance for prepaid customers and added a seven-day grace period, the company said in a statement."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "name, comma and what the person is",
			paras: []string{head, lead,
				"Customers who repay on time will see their limit rise each month, the company said.",
				"Voices from the counter\n\u201cI top up my stall's float on Thursday and settle the advance by Saturday.\u201d \u2013 Wanjiru Odhiambo-Keya, shopkeeper, Kisumu\n\u201cThe seven days make all the difference.\u201d \u2013 Baraka Ochieng Were, taxi driver, Siaya",
				"About Harbourline Telecom\nHarbourline Telecom is a mobile operator based in Kisumu.",
			},
			want: map[string]string{
				"I top up my stall's float on Thursday and settle the advance by Saturday.": "Wanjiru Odhiambo-Keya",
				"The seven days make all the difference.":                                   "Baraka Ochieng Were",
			},
		},
		{
			name: "title before the name, no comma",
			paras: []string{"Lake Stars hold Highlanders to a goalless draw",
				"BLANTYRE \u2014 The Lake Stars held the Highlanders 0-0 at Kamuzu Stadium on Saturday, coach Tiyamike Banda said afterwards that his side had \u201cearned the point\u201d.",
				"MATCH DAY BOX\n\u201cOur back four never gave them a sniff.\u201d \u2013 Lake Stars captain Chisomo Phiri-Kanyama\n\u201cA draw away from home keeps us in the race.\u201d \u2013 Highlanders assistant coach Mphatso Gondwe-Lungu",
				"The Lake Stars play again on Wednesday.",
			},
			want: map[string]string{
				"Our back four never gave them a sniff.":      "Chisomo Phiri-Kanyama",
				"A draw away from home keeps us in the race.": "Mphatso Gondwe-Lungu",
			},
		},
	})
}
