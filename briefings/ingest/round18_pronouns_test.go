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
			"You wrote in 2019 that \"a gas flame makes polite glass.\" Do you still think so?",
			"I do. The colour comes out too even, and a customer can see it.",
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

// TestNameGivenInAWhoClause: "A passenger on the quay, who would give
// only his first name, X, said … “…,” he said" — the one name a
// who-clause after a description gives is the person the next "he" or
// "she" means: the clause's "his" or "her" gives the gender, a verb of
// asking inside the clause ("and asked to be called only X") does not
// end it, and a relative set off after "his" or "her" ("His sister, who
// would give only her first name, X,") is named so too. A
// clause that withholds the name still leaves the speaker unknown.
func TestNameGivenInAWhoClause(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "only his first name, set off in commas", paras: []string{
			"Border queues grow before the holiday",
			"Lorries waited up to nine hours at the Velmar crossing on Sunday, the customs office said.",
			"A passenger stranded on the quay, who would give only his first name, Ognyan, said the ferry had not sailed since dawn. \"If it stays like this, I will be home for New Year, not for Christmas,\" he said.",
		}, want: map[string]string{"If it stays like this, I will be home for New Year, not for Christmas": "Ognyan"}},
		{name: "a student of a named university gives her name", paras: []string{
			"Book fair draws record crowds",
			"The city's book fair closed on Sunday after drawing more than 40,000 visitors in four days.",
			"A second-year student from the Polytechnic of Varna, who would only give her name as Zlatina, said she had bought three bags of books. \"I spent my whole month's allowance in one afternoon,\" she said.",
		}, want: map[string]string{"I spent my whole month's allowance in one afternoon": "Zlatina"}},
		{name: "a clause that asks to be identified only as a name", paras: []string{
			"Warehouse staff win rest breaks",
			"Workers at the Kestrel Logistics depot in Orvane will get two paid breaks a shift under a deal signed on Monday.",
			"A packer on the night shift, who joined the depot in 2019 and asked to be called only Liesel, said the breaks mattered more than the pay.",
			"\"By four in the morning your hands stop working. Now I can sit down for ten minutes,\" she said.",
		}, want: map[string]string{"By four in the morning your hands stop working. Now I can sit down for ten minutes": "Liesel"}},
		{name: "a wife set off, named by her first name", paras: []string{
			"Fisherman held for a week without charge",
			"Police in Port Salvo have held the fisherman Amadou Keita-Brunel for seven days without charge, his lawyer said.",
			"His sister, who would give only her first name, Nadira, said nobody had told the family where he was held. \"The children ask every night when he is coming home,\" she said.",
		}, want: map[string]string{"The children ask every night when he is coming home": "Nadira"}},
		{name: "a clause that withholds the name", paras: []string{
			"Border queues grow before the holiday",
			"Customs officer Radka Velinova-Stoll said the new scanners would be working by Friday.",
			"A lorry driver waiting on the northern side, who asked not to be named, told local radio that he had slept in his cab. \"Nobody tells us anything,\" he said.",
		}, want: map[string]string{"Nobody tells us anything": "unknown"}},
	})
}

// TestTitleLabelledTurns: a transcript that lists its speakers with their
// titles ("Speakers:" over one "Name, title" a line, or an introduction
// naming "the Secretary for X, Mr Y") and then labels each turn by title
// alone ("MINISTER:", "CHAIR:", "Secretary for X:") — the "I" of a turn
// is the one person introduced with that title. The list's lines are
// items of their own, not one sentence; a "Related:" heading over
// headlines in quotation marks is no such list; and "the Prime Minister",
// whom the transcript never names, is not the minister who speaks.
func TestTitleLabelledTurns(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a speakers' list, then turns labelled by title", paras: []string{
			"Transcript of the press conference on the ports reform",
			"Speakers:\nIlse Marchetti-Dahl, Minister of Transport and Ports, Veloria\nOrlando Baptiste-Kwan, Chair of the Harbour Users' Council\nModerator: Fenna Okoro-Lind, Press Office",
			"MODERATOR: Good morning. The Minister will speak first, then the Chair.",
			"MINISTER: Thank you. The reform is ready.",
			"As the Prime Minister said last week, \"ports are public goods.\" I said in Parliament in March that \"no berth will be sold to a single operator\", and I stand by that.",
			"CHAIR: We welcome the reform. I told the council in April that \"users want dredging, not speeches\", and that has not changed.",
		}, want: map[string]string{
			"no berth will be sold to a single operator": "Ilse Marchetti-Dahl",
			"users want dredging, not speeches":          "Orlando Baptiste-Kwan",
			"ports are public goods.":                    "unknown",
		}},
		{name: "an introduction names the title, the turns use it", paras: []string{
			"Transcript of remarks by the Secretary for Housing at a media session",
			"Below is what the Secretary for Housing, Mr Tobias Achterberg-Lau, told reporters after the council meeting today.",
			"Reporter: Secretary, will the waiting list come down this year?",
			"Secretary for Housing: It will. We met the developers on Monday, and I said to them, \"Flats that stand empty are no help to anyone.\" We will publish the figures in June.",
		}, want: map[string]string{"Flats that stand empty are no help to anyone.": "Tobias Achterberg-Lau"}},
	})
}

// TestRelatedHeadingIsNoList: a "Related:" heading over headlines in
// quotation marks stays a line of links, not a list of speakers, and its
// headline's quote is no quote.
func TestRelatedHeadingIsNoList(t *testing.T) {
	t.Parallel()
	d := draftArticle(t, nil,
		"Water cuts extended in the capital",
		"The water board extended night-time cuts to twelve more districts on Monday.",
		"\"We cannot make rain,\" board chairman Desmond Achebe-Rowe told reporters.",
		"RELATED:\n'Four hours for one bucket' - Hillcrest families on the cuts\nDry season: what the reservoirs hold")
	wantFurniture(t, d, []string{"Four hours for one bucket"}, "We cannot make rain")
}

// TestWithheldNameBeforeTheVerb: "A negotiator from the <Forum>, who asked
// not to be named, was blunter: “…”", "A cousin of <Name>, who asked that
// his name not be printed, summed it up: “…”" — a description
// opening the sentence, set off with a who-clause that withholds the name,
// is the unnamed speaker, not a state or a person the description names;
// a body's official who withholds their name still speaks for the body.
func TestWithheldNameBeforeTheVerb(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a delegate from a state, unnamed, then a colon", paras: []string{
			"Ministers agree on a seed reserve",
			"Agriculture ministers meeting in Port Selwyn agreed on Thursday to set up a regional seed reserve.",
			"A negotiator from one Southern Member State, who asked not to be named, was blunter over coffee: \"We agree on a new fund every year. Farmers would settle for one that pays out.\"",
		}, want: map[string]string{"We agree on a new fund every year. Farmers would settle for one that pays out.": "unknown"}},
		{name: "a neighbour of a named man, her name withheld", paras: []string{
			"Residents win right to sue over depot fumes",
			"A judge on Monday allowed residents of Kettlebrook to bring a class action over fumes from a bus depot.",
			"Retired welder Anselm Kowalczyk-Reyes, who lives opposite the depot, said the smell reached his kitchen most mornings.",
			"A cousin of Kowalczyk-Reyes, who asked that his name not be printed, summed it up in one line: \"You learn to close the windows before breakfast.\"",
		}, want: map[string]string{"You learn to close the windows before breakfast.": "unknown"}},
		{name: "an official who withholds the name speaks for the body", paras: []string{
			"Ministry delays port tender",
			"The Ministry of Ports of Veloria has postponed the tender for the new container terminal, officials said on Tuesday.",
			"An official at the ministry, who asked not to be named, said the delay was \"purely technical\".",
		}, want: map[string]string{"purely technical": "Ministry of Ports of Veloria"}},
	})
}

// TestCrowdsChantNoOnesWords: "<Nationality> fans banged drums and
// chanted “…”", "When the referee blew for time, the <Club> fans sang
// “…”", "<Nationality> fans … were still singing “…”" — what a crowd chants or sings
// is no one's words: not the country or the club its modifier names, and
// the chooser does not name anyone either. A named singer is unchanged.
func TestCrowdsChantNoOnesWords(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a nationality's supporters chanted", paras: []string{
			"Oduya wins in Rotterdam",
			"Kenya's Faith Oduya-Lemaire won the Rotterdam marathon on Sunday in two hours and 19 minutes.",
			"\"The last five kilometres were the hardest of my life,\" Oduya-Lemaire said.",
			"Along the last kilometre, Ugandan fans banged drums and chanted \"Oduya, Oduya!\" as she passed.",
		}, want: map[string]string{"Oduya, Oduya!": "unknown"}},
		{name: "a club's supporters sang after an opening clause", paras: []string{
			"Rovers take the derby",
			"Harbour Rovers beat Millbank Town 2-0 on Saturday to go top of the table.",
			"Rovers coach Dario Fenwick-Lutz said his side had \"earned the points\".",
			"When the referee blew for time, the Rovers fans sang \"Blue and white, we own this town!\" in the east stand.",
		}, want: map[string]string{"Blue and white, we own this town!": "unknown"}},
		{name: "fans stayed singing, nothing attributes it", paras: []string{
			"Portugal edge past Fiji",
			"Portugal beat Fiji 24-21 in Auckland on Saturday to reach the quarter-finals for the first time.",
			"Portugal captain Tomás Aveiro-Lins said: \"We came here to make history, and we did.\"",
			"An hour after the match, Portuguese fans in the north stand were still singing \"Olé, olé, os Lobos!\"",
		}, want: map[string]string{"Olé, olé, os Lobos!": "unknown"}},
		{name: "a named singer still sings her own words", paras: []string{
			"Anthem singer steals the show",
			"The cup final in Port Selwyn drew a record crowd of 41,000 on Saturday afternoon.",
			"Before kick-off, soprano Ilaria Benedetti-Moss sang \"we rise with the tide, we stand by the shore\" to a full stadium.",
		}, want: map[string]string{"we rise with the tide, we stand by the shore": "Ilaria Benedetti-Moss"}},
	})
}

// TestGoesByAName: "an older man from <Town> who goes by X … “…,” he
// says" — a who-clause that says what name someone goes by names them,
// as "who gave his name as X" does.
func TestGoesByAName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a deckhand who goes only by a name", paras: []string{
			"The last oyster skipper on the bay",
			"Marisol Quintero-Vance has dredged oysters in Copano Bay for twenty-six years, most of them at a loss.",
			"The cook on her boat, an older man from Rockport who goes by Teo, has sailed with her since 2009. \"She reads the water like a newspaper,\" he says.",
		}, want: map[string]string{"She reads the water like a newspaper": "Teo"}},
	})
}

// TestRelativeNamedByGivenName: "Her son X drives a taxi abroad now.
// “…,” he tells her" — a relative named by a given name right after the kin
// noun is a person of the kin noun's gender, whom the "he" or "she" after
// it means.
func TestRelativeNamedByGivenName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a tailor's son, named, then he rings", paras: []string{
			"The tailor who will not leave",
			"Mirta Quiroga-Espinal has run a tailoring shop near the port of Valparaíso for nineteen years.",
			"Her son Anselmo drives a taxi in Lisbon now. \"Come over, Mum, the work is steady here,\" he tells her every Sunday. She laughs it off.",
		}, want: map[string]string{"Come over, Mum, the work is steady here": "Anselmo"}},
	})
}

// TestNationalityInAnUnnamedDescription: "A <nationality> plumber living
// in <City> said … “…,” he said" — a nationality before the noun describes
// the unnamed person; "he" is no one the article named before.
func TestNationalityInAnUnnamedDescription(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a nationality, then he", paras: []string{
			"Migrant register opens with long queues",
			"Interior minister Andrei Volkonsky-Brandt said on Monday the new permit office would be \"fully online by spring\".",
			"A Moldovan plumber living in Yaroslavl said he had waited five months for a new permit.",
			"\"Every week they ask for one more paper, and every week the office is closed early,\" he said.",
		}, want: map[string]string{"Every week they ask for one more paper, and every week the office is closed early": "unknown"}},
	})
}

// TestPronounAroundAFrontedClause: a feature names its subject once and
// fronts a clause or a description before the pronoun that carries them
// on — "In the yard behind his garage in <Village>, X restores …" (the
// "his" before the name is X's, and gives X's gender), "X chairs the
// board. A lawyer by training, she has run …" (the description set off
// before "she" is X's, not someone left unnamed).
func TestPronounAroundAFrontedClause(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a his in the opening clause, the name after it", paras: []string{
			"The last knife-maker of the valley",
			"Orchard owner Piero Lanzoni-Abt said the valley had once had a dozen forges.",
			"In the yard behind his garage in Gasa, Tshewang Pelzang-Norbu restores old motorcycles he buys as scrap.",
			"\"An engine remembers the hand that built it,\" he said, wiping his fingers on a rag.",
		}, want: map[string]string{"An engine remembers the hand that built it": "Tshewang Pelzang-Norbu"}},
		{name: "a fronted description, then she", paras: []string{
			"The pilot who watched the port change",
			"Nalesoni Vuniwaqa-Reed chairs the harbour board at Lautoka.",
			"A lawyer by training, and for a decade the board's secretary, she has run its meetings since 2019.",
			"Speaking to the town council last month, she warned that the harbour risked becoming \"a car park for cruise ships.\"",
		}, want: map[string]string{"a car park for cruise ships.": "Nalesoni Vuniwaqa-Reed"}},
	})
}
