package ingest_test

import "testing"

// TestRound23LineageAndLocalTitles: "anak" joins an Iban given name to the
// father's ("<Given> anak <Father>"), one name the draft keeps whole;
// religious, Karen and Sarawak titles of address before a name
// ("<Mawlawi> <Given> <Surname>", "<Padoh> Saw <Given>", "<Tuai> <Rumah>
// <Given> anak <Father>") are no part of it.
func TestRound23LineageAndLocalTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a longhouse headman", paras: []string{
			"Longhouse residents ask for a new jetty",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Tuai Rumah Jelani anak Belayong of Rumah Jelani in Sungai Ensiring said the old jetty had been washed away twice since March.",
			`"Our children cross the river every morning in a boat with no engine," he said.`,
		}, want: map[string]string{"Our children cross the river every morning in a boat with no engine": "Jelani anak Belayong"}},
		{name: "a patronymic with anak", paras: []string{
			"Assistant minister opens the new bridge",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Assistant Minister for Rural Roads Dennis Ngumbang anak Lasah, who opened the bridge on Friday, said a second crossing would follow.",
			`"Nobody should have to wait for the tide to reach the clinic," said Dennis.`,
			`He said the second crossing would need "a bigger budget than this one."`,
		}, want: map[string]string{
			"Nobody should have to wait for the tide to reach the clinic": "Dennis Ngumbang anak Lasah",
			"a bigger budget than this one.":                              "Dennis Ngumbang anak Lasah",
		}},
		{name: "a resident named with anak alone", paras: []string{
			"Farmers count the cost of the rains",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Menggi anak Sulang, a pepper farmer from Ulu Sebuyau, said half her vines had rotted. "We planted them again in April and lost them again in May," she said.`,
		}, want: map[string]string{"We planted them again in April and lost them again in May": "Menggi anak Sulang"}},
		{name: "a scholar's religious title", paras: []string{
			"Border crossing reopens to returning families",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Mawlawi Nasrullah Zahid Karimi, head of the provincial migrants department, told reporters that the camp was full.",
			`"We have tents for three hundred families and more than five hundred have arrived," he said.`,
		}, want: map[string]string{"We have tents for three hundred families and more than five hundred have arrived": "Nasrullah Zahid Karimi"}},
		{name: "a reciter's title before a spokesman's name", paras: []string{
			"Ministry promises work for returnees",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Deputy spokesman Qari Habibullah Sarwari wrote on X: "Every province has been told to find places for them."`,
		}, want: map[string]string{"Every province has been told to find places for them.": "Habibullah Sarwari"}},
		{name: "a Karen title of office", paras: []string{
			"Aid convoy waits at the river crossing",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The trucks have been standing here for nine days and the rice is going bad," union spokesperson Padoh Saw Htoo Lwin said.`,
		}, want: map[string]string{"The trucks have been standing here for nine days and the rice is going bad": "Saw Htoo Lwin"}},
	})
}

// TestRound23BodyInitialsInTitle: "the <ACR> <title>" points back to the
// person introduced as "The <Title> of the <Word> <Word> <Body> (<ACR>),
// <Name>": the initials are the body the title spelt out.
func TestRound23BodyInitialsInTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a federation's president by its initials", paras: []string{
			"Islands to host the regional cup",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The President of the Pemba Netball Association (PNA), Mwanaisha Khamis Said, thanked the council for its confidence in the islands.",
			`"Every seat will be filled and every team will be welcome," the PNA president added.`,
		}, want: map[string]string{"Every seat will be filled and every team will be welcome": "Mwanaisha Khamis Said"}},
		{name: "initials that spell another body", paras: []string{
			"Islands to host the regional cup",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The President of the Pemba Netball Association (PNA), Mwanaisha Khamis Said, thanked the council for its confidence in the islands.",
			`"We were not asked about the dates," the KFA president said.`,
		}, want: map[string]string{"We were not asked about the dates": "unknown"}},
	})
}

// TestRound23Convener: a Scottish council's "Convener <Name>" is a title,
// and "the convener" after it is that person.
func TestRound23Convener(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the convener calls for order", paras: []string{
			"Island council agrees to borrow for new boats",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The council voted on Thursday to borrow £9 million after a long debate in which the convener called for order three times.",
			"Convener Torvald Isbister-Rendall intervened as members began shouting across the chamber.",
			"'Let us hear the member for the north isles, please,' the convener said.",
		}, want: map[string]string{"Let us hear the member for the north isles, please": "Torvald Isbister-Rendall"}},
	})
}

// TestRound23ElidedParticle: a surname behind its elided article in lower
// case ("<Given> d'<Surname>") is part of the name, and "she" after it is
// that person, not the given name alone.
func TestRound23ElidedParticle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an Acadian surname", paras: []string{
			"Crab season delayed by storm",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Josephine d'Eon, president of the Southwest Crab Association, said most boats were already loaded.",
			`"Nobody likes to wait, but the sea decides," she said. "A week is nothing."`,
		}, want: map[string]string{
			"Nobody likes to wait, but the sea decides": "Josephine d'Eon",
			"A week is nothing.":                        "Josephine d'Eon",
		}},
		{name: "an Italian surname with the curly apostrophe", paras: []string{
			"Village bakery closes after eighty years",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Graziella dell’Acqua, who ran the ovens for thirty years, said the rent had tripled. "We could not make bread at those prices," she said.`,
		}, want: map[string]string{"We could not make bread at those prices": "Graziella dell’Acqua"}},
	})
}

// TestRound23LongTitleApposition: an unnamed title whose complement runs
// long ("<Place>'s deputy <title> for the <field> and the <field>, <Name>,")
// is named by the apposition after it, and "she" in the sentence is that
// person.
func TestRound23LongTitleApposition(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a deputy mayor for two fields", paras: []string{
			"Fishermen protest the cable route",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Brest's deputy mayor for the sea and the port, Marie-Claude Le Bihan, came to support the crews on the quay. "We want the cable, but not at any price," she told the Telegramme.`,
		}, want: map[string]string{"We want the cable, but not at any price": "Marie-Claude Le Bihan"}},
		{name: "an adviser for three fields", paras: []string{
			"Town hall backs the night market",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The town's adviser for culture, trade and the old quarter, Teodoro Villaseñor, walked the stalls on Friday. "This is what a square is for," he said.`,
		}, want: map[string]string{"This is what a square is for": "Teodoro Villaseñor"}},
	})
}

// TestRound23SceneThenNamed: a feature's opening scene describes someone
// unnamed ("an <adjective> man <verb>s …"), gives their first words with
// "he", and names them in the paragraph after ("The <adjective> man is
// <Name>, …"): "he" is that person, not a capitalised word of the scene.
func TestRound23SceneThenNamed(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the old man named after his words", paras: []string{
			"The last canoe builder",
			"Under a tin roof by the river, five teenagers are bent over a cedar log while an old man in a faded Harbour Regatta cap walks slowly around them.",
			`"Not so deep. You are opening a door," he tells one of the boys.`,
			"The old man is Aukusitino Faleolo-Vaai, 77, who learned to build canoes from his uncle.",
		}, want: map[string]string{"Not so deep. You are opening a door": "Aukusitino Faleolo-Vaai"}},
		{name: "a woman named after her words", paras: []string{
			"The keeper of the salt pans",
			"At the edge of the lagoon, a woman in a wide straw hat rakes the crust of salt into low white ridges.",
			`"The sun does the work. I only follow it," she says without looking up.`,
			"The woman is Prudence Mbatha-Okoro, 66, who has worked the pans since she was twelve.",
		}, want: map[string]string{"The sun does the work. I only follow it": "Prudence Mbatha-Okoro"}},
	})
}

// TestRound23QuoteBoxLines: a release's quotes box with each quotation on a
// line of its own and its signature on the line under it, no blank line
// between ("“<Sentence>.”" over "<Name>, <Title>, <Body>"): the signature
// signs the quotation above it.
func TestRound23QuoteBoxLines(t *testing.T) {
	t.Parallel()
	text := `Regional bank backs a new lithium refinery

The Continental Trade Bank has signed a loan of 140 million euros for a lithium refinery in the south of the country, the bank said on Monday.

The refinery will process ore from three mines and is expected to employ 600 people when it opens in 2028.

Quotes

"This loan reflects our belief that the continent must refine what it digs."
Adaeze Okonjo-Mbeki, Executive Vice President, Project Finance, Continental Trade Bank

"With this refinery, our country moves up the value chain."
Teodora Mbasogo Nsue, Minister of Mines of the Republic of Norvania

Notes to Editors:

The Continental Trade Bank is a multilateral lender.`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"This loan reflects our belief that the continent must refine what it digs.": "Adaeze Okonjo-Mbeki",
		"With this refinery, our country moves up the value chain.":                  "Teodora Mbasogo Nsue",
	})
}

// TestRound23FaroeseParticle: a Faroese name with "á" before the farm or
// village it is taken from ("<Given> á <Place>-<Surname>") is one name;
// "Minister á <Surname>" and "he" after it are that person.
func TestRound23FaroeseParticle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a minister with á", paras: []string{
			"Islands and neighbour sign a herring deal",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The agreement was signed in Klaksvík on Monday by the Minister of Fisheries, Sjúrður á Nesi-Joensen, and his counterpart.",
			"Minister á Nesi-Joensen said:",
			`"This gives our boats a season they can plan for."`,
			`He said that the herring stock "is healthier than it has been for a decade."`,
		}, want: map[string]string{
			"This gives our boats a season they can plan for.": "Sjúrður á Nesi-Joensen",
			"is healthier than it has been for a decade.":      "Sjúrður á Nesi-Joensen",
		}},
	})
}
