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

// TestRound41lLeadNamedNext: a lead that closes on "<Body> …, its <title>
// said" and a next paragraph opening on a full name the article titles
// nowhere: the name is the title's holder, whom "the <title>" and the
// pronoun after mean.
func TestRound41lLeadNamedNext(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "its governor, then the name",
		paras: []string{"Central bank to sell dollars at weekly auction\n\n" +
			"The Central Bank of Kenya will hold weekly dollar auctions from next month to narrow the gap with the street rate, its governor said on Monday.\n\n" +
			"Wanjiru Odhiambo-Kamau, speaking to reporters after a cabinet meeting, said the auctions would start with dollars and euros.\n\n" +
			"\"Our aim is to let the price be discovered in the open,\" the governor said.\n\n" +
			"\"Those who bring their export earnings home will have nothing to fear,\" she said."},
		want: map[string]string{
			"Our aim is to let the price be discovered in the open":                "Wanjiru Odhiambo-Kamau",
			"Those who bring their export earnings home will have nothing to fear": "Wanjiru Odhiambo-Kamau",
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
		name: "judge, then the mother",
		paras: []string{"Bakery owner fined over oven fire\n\n" +
			"A Halifax bakery was fined $80,000 on Thursday over a fire that badly burned an apprentice baker in 2024.\n\n" +
			"\"The owner knew the oven's thermostat was broken and did nothing,\" Judge Miriam Castellane said in her decision. \"That is the whole case.\"\n\n" +
			"The judge said she had taken into account the bakery's guilty plea.\n\n" +
			"Defence lawyer Paul Devereaux said the bakery had since replaced all of its ovens.\n\n" +
			"The apprentice's mother, Joan Pettipas-Mahar, read a victim impact statement at the June hearing.\n\n" +
			"\"My daughter still cannot hold a rolling pin,\" she told the court then.\n\n" +
			"\"I want every baker in this city to check their ovens.\"\n\n" +
			"Outside court, she said the family felt \"some relief.\"\n\n" +
			"\"It won't heal her hands,\" she said."},
		want: map[string]string{
			"The owner knew the oven's thermostat was broken and did nothing": "Miriam Castellane",
			"some relief.":            "Joan Pettipas-Mahar",
			"It won't heal her hands": "Joan Pettipas-Mahar",
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
		paras: []string{"Rovers coach fumes after late derby winner\n\n" +
			"Harbour Rovers coach Dmitri Vasquez-Lehane did not hide his frustration after City snatched a 2-1 win in the derby on Saturday, with Tomasz Wierzbicki striking in the 93rd minute.\n\n" +
			"Rovers had led through Kwame Asiedu-Boateng's header before the break.\n\n" +
			"\"We gave them the derby,\" Vasquez-Lehane told reporters after the match.\n\n" +
			"The Rovers coach also questioned the decision not to award a penalty when Asiedu-Boateng went down in the box on 61 minutes.\n\n" +
			"\"I saw the replay. It's a penalty,\" he said."},
		want: map[string]string{
			"We gave them the derby":           "Dmitri Vasquez-Lehane",
			"I saw the replay. It's a penalty": "Dmitri Vasquez-Lehane",
		},
	}})
}

// TestRound41lSkipperIsCaptain: sports copy's "the <side> skipper" names
// back a side's captain, and "she said" after it is hers.
func TestRound41lSkipperIsCaptain(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "captain, then the skipper",
		paras: []string{"Australia edge Silver Ferns in Melbourne thriller\n\n" +
			"Australia beat New Zealand 58-57 in the Constellation Cup opener in Melbourne on Wednesday, a late intercept sealing it.\n\n" +
			"\"We just kept believing,\" said Australia goal shooter Grace Whitlam-Oduya, who scored 41 goals.\n\n" +
			"\"One ball decided it,\" said New Zealand captain Aroha Te Rangi-Whitford. \"That is netball.\"\n\n" +
			"The Kiwi skipper was nonetheless proud of her defenders, who forced 14 turnovers.\n\n" +
			"\"They never gave an inch all night,\" she said."},
		want: map[string]string{
			"One ball decided it":               "Aroha Te Rangi-Whitford",
			"They never gave an inch all night": "Aroha Te Rangi-Whitford",
		},
	}})
}
