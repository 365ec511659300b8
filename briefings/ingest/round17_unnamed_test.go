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

// TestFansAreNoBodysVoice: "one <Club> supporter … summed up the mood. “…,”
// he said" — a fan, a customer or a student named with a body speaks for
// no body, and stays unknown; one who gives a first name after a long
// description is that name.
func TestFansAreNoBodysVoice(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a club's supporter, then he", paras: []string{
			"Rovers lift the cup",
			"Harbour Rovers beat Millbank Town 3-1 in the cup final on Saturday in front of 9,000 fans at the national stadium.",
			"Rovers coach Dario Fenwick-Lutz said his players had \"earned every minute of this\".",
			"On the train home, one Rovers fan who had driven down from the coast summed up the night. \"Three goals, one cup, no sleep,\" he said.",
		}, want: map[string]string{"Three goals, one cup, no sleep": "unknown"}},
		{name: "a long description, then the one name she gives", paras: []string{
			"Night market returns",
			"The night market in the old quarter reopened on Friday after a two-year closure, with more than sixty stalls.",
			"A shopper from the east side of the city centre, who gave her name only as Marisol, said she had come for the street food. \"I have missed this place more than I can say,\" she said.",
		}, want: map[string]string{"I have missed this place more than I can say": "Marisol"}},
	})
}

// TestUnnamedWithAPlace: "The father of one of the crew, in <Town>, said
// … “…,” he said" — a relative described by whose relative they are, with
// where they are set off in commas, is still unnamed, and "he" after them
// is no one the article named.
func TestUnnamedWithAPlace(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a victim's father, where he lives set off", paras: []string{
			"Trawler crew to be flown home",
			"Consul General Tomás Arrieta-Voss said the bodies of the four crew would be flown home on Friday.",
			"The father of one of the crew, in Puerto Lirio, said the family had been kept informed every day. \"We only want him home, where he belongs,\" he said.",
		}, want: map[string]string{"We only want him home, where he belongs": "unknown"}},
	})
}

// TestUnnamedAfterAPlace: "Last week, when I was in <Town>, a mother came
// to me and she said, “…”" — a place ending a clause before the comma is
// no name the description is set off after; the mother is unnamed, and
// "she" is not the last woman the transcript named.
func TestUnnamedAfterAPlace(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a minister retells an unnamed voter's words", paras: []string{
			"DOORSTEP TRANSCRIPT",
			"MINISTER: Good afternoon. Deputy Minister Halia Ferreira-Tuck is with me today, and we will take a few questions after this.",
			"The bridge has been shut for a month. On Sunday, when I was in Port Orrin, a woman stopped me outside the market and she said, \"Minister, I walk two hours to reach the clinic now.\" We hear that every day.",
		}, want: map[string]string{"Minister, I walk two hours to reach the clinic now.": "unknown"}},
	})
}
