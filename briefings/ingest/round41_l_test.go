package ingest_test

import "testing"

// TestRound41lTwoOffices: "the <Title> and <Title> of the <Body>, <Name>"
// names one holder of two offices, whom "the <first title>" names back in
// the paragraphs after, however the release introduces each quote.
func TestRound41lTwoOffices(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "president and chief executive",
		paras: []string{"Port authority reports record container year\n\n" +
			"The Walvis Bay Port Authority on Friday reported its busiest year for containers, handling 1.2 million boxes as shippers avoided congested routes further north.\n\n" +
			"Presenting the annual report, the Director and Chairman of the Board, Ms Ndapewa Hamutenya-Loots, told shareholders that a second berth would open in 2028.\n\n" +
			"\"Transit cargo for Zambia and Botswana grew faster than anything we handle for our own market,\" the Director stated.\n\n" +
			"\"Even so, the Authority is cautious. Freight rates can turn within a season.\"\n\n" +
			"Dredging of the entrance channel will start in March.\n\n" +
			"\"We will not build ahead of the cargo,\" the Director told the meeting."},
		want: map[string]string{
			"Transit cargo for Zambia and Botswana grew faster than anything we handle for our own market": "Ndapewa Hamutenya-Loots",
			"Even so, the Authority is cautious. Freight rates can turn within a season.":                  "Ndapewa Hamutenya-Loots",
			"We will not build ahead of the cargo":                                                         "Ndapewa Hamutenya-Loots",
		},
	}})
}

// TestRound41lLeadNamedNext: a lead that closes on "<Body> …, its <title>
// said" and a next paragraph opening on a full name the article titles
// nowhere: the name is the title's holder, whom "the <title>" and the
// pronoun after mean.
func TestRound41lLeadNamedNext(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "its director, then the name",
		paras: []string{"National library to open its reading rooms on Sundays\n\n" +
			"The National Library of Ghana will open its reading rooms on Sundays from next month so that students who work in the week can use them, its director said on Monday.\n\n" +
			"Abena Owusu-Darkoa, speaking at the opening of a new branch in Kumasi, said the change would need no new staff.\n\n" +
			"\"A library that is shut when people are free is no use to them,\" the director said.\n\n" +
			"\"We had the staff all along; we simply had the hours wrong,\" she said."},
		want: map[string]string{
			"A library that is shut when people are free is no use to them": "Abena Owusu-Darkoa",
			"We had the staff all along; we simply had the hours wrong":     "Abena Owusu-Darkoa",
		},
	}, {
		name: "its chief executive, then the name",
		paras: []string{"Port operator to cut night shifts\n\n" +
			"Tema Harbour Services will cut two night shifts at the container terminal from June as volumes fall, its chief executive said on Tuesday.\n\n" +
			"Kofi Mensah-Arthur, speaking at the firm's annual meeting in Accra, said no jobs would be lost.\n\n" +
			"\"The people on those shifts will move to the day roster,\" the chief executive said."},
		want: map[string]string{
			"The people on those shifts will move to the day roster": "Kofi Mensah-Arthur",
		},
	}})
}

// TestRound41lPronounAfterQuoteParagraph: a paragraph of quote alone goes
// on with the speaker before it, so "she said" opening the paragraph after
// is that speaker, not a woman quoted earlier in the story.
func TestRound41lPronounAfterQuoteParagraph(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "judge, then the wife",
		paras: []string{"Roofer fined after labourer's fall\n\n" +
			"A Moncton roofing contractor was fined $120,000 on Wednesday for a fall that left a labourer unable to walk in 2023.\n\n" +
			"\"The harnesses stayed in the truck while men worked three storeys up,\" Justice Helen Marchetti said in her ruling. \"Nobody made them wear one.\"\n\n" +
			"Justice Marchetti said she had weighed the firm's lack of any earlier conviction.\n\n" +
			"The company's lawyer, Ian Rutherford, said every crew now trains on fall protection.\n\n" +
			"The labourer's wife, Colette Arsenault-Breau, spoke to the court at a hearing in May.\n\n" +
			"\"He used to carry our son on his shoulders,\" she told the court that day.\n\n" +
			"\"Now he cannot lift a cup of tea.\"\n\n" +
			"On Wednesday, she called the fine \"a start.\"\n\n" +
			"\"Nothing gives him back his legs,\" she said."},
		want: map[string]string{
			"The harnesses stayed in the truck while men worked three storeys up": "Helen Marchetti",
			"a start.":                        "Colette Arsenault-Breau",
			"Nothing gives him back his legs": "Colette Arsenault-Breau",
		},
	}})
}

// TestRound41lBodyTitleBack: "The <Club> <title> also <verb>ed …, when <Name>
// …" names back the holder of that title at that club, so "he said" after
// it is the holder, not the player named in the subordinate clause.
func TestRound41lBodyTitleBack(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the club's coach",
		paras: []string{"Falcons coach blasts officials after overtime loss\n\n" +
			"Northside Falcons coach Reuben Achterberg-Mwale was in no mood to be gracious after the Harbour Sharks won 88-86 in overtime on Sunday, Lindiwe Sithole-Barnes hitting the winning jump shot with two seconds left.\n\n" +
			"The Falcons had been eleven points up at the half, with Mateo Ruiz-Chambers scoring 19.\n\n" +
			"\"We threw that one away,\" Achterberg-Mwale said in his press conference.\n\n" +
			"The Falcons coach also questioned why no foul was given when Ruiz-Chambers went down under the basket in the final minute.\n\n" +
			"\"Watch the tape. That's a foul every day of the week,\" he said."},
		want: map[string]string{
			"We threw that one away":                              "Reuben Achterberg-Mwale",
			"Watch the tape. That's a foul every day of the week": "Reuben Achterberg-Mwale",
		},
	}})
}

// TestRound41lSkipperIsCaptain: sports copy's "the <side> skipper" names
// back a side's captain, and "she said" after it is hers.
func TestRound41lSkipperIsCaptain(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "captain, then the skipper",
		paras: []string{"India edge England in Bhubaneswar hockey thriller\n\n" +
			"India beat England 3-2 in the Pro League at Bhubaneswar on Friday, a penalty corner in the last minute deciding it.\n\n" +
			"\"The crowd carried us,\" said India forward Priyanka Deshmukh-Rao, who scored twice.\n\n" +
			"\"A set piece settled it,\" said England captain Harriet Okonedo-Lyle. \"That's hockey.\"\n\n" +
			"The English skipper still praised her goalkeeper, who made nine saves.\n\n" +
			"\"She kept us in it for an hour,\" she said."},
		want: map[string]string{
			"A set piece settled it":        "Harriet Okonedo-Lyle",
			"She kept us in it for an hour": "Harriet Okonedo-Lyle",
		},
	}})
}
