package ingest_test

import "testing"

// r22cFiller is a neutral paragraph that puts the story's people after the
// headline and lede, as the articles do.
const r22cFiller = "The figures were released on Wednesday after a fortnight of delays, and officials said a fuller account would follow before the end of the month."

// TestRound22SpokespersonForJoinedBody: "A spokesperson for <Words> and
// <Words>" names a body whose name has no head word to end it — a
// department named for two fields, a board named for two services — so
// the title takes the name in; the capitals after "for" are the body the
// unnamed spokesperson speaks for, not no one. Two capitals that may be a
// person's name are left to the rules for people.
func TestRound22SpokespersonForJoinedBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a provincial department named for two fields", paras: []string{
			"Ferry crossings cut as the lake stays open", r22cFiller,
			`A spokesperson for Lakeland Ports and Waterways said crews were "clearing the channel as fast as the weather allows" and that the ferry would run again "within a fortnight."`,
		}, want: map[string]string{
			"clearing the channel as fast as the weather allows": "Lakeland Ports and Waterways",
			"within a fortnight.":                                "Lakeland Ports and Waterways",
		}},
		{name: "a spokesman for a body named for two services", paras: []string{
			"Bridge closed for repairs", r22cFiller,
			`Engineers found cracks in two supports last week. A spokesman for Brennford Roads and Bridges said the crossing would stay shut "until every bearing has been replaced."`,
		}, want: map[string]string{"until every bearing has been replaced.": "Brennford Roads and Bridges"}},
		{name: "a spokesperson for a person keeps the person's", paras: []string{
			"Councillor to stand again", r22cFiller,
			`Councillor Marta Kowalczyk has served two terms. A spokesperson for Marta Kowalczyk said she would "stand again in the spring."`,
		}, want: map[string]string{"stand again in the spring.": "Marta Kowalczyk"}},
	})
}

// TestRound22IrregularDemonymEpithet: sports copy names a coach or player
// with their country's name as a title ("<Country> coach <Name>") and
// then calls them by the people's word ("the <Demonym> tactician said"),
// which for some states no suffix makes from the country's name. The
// description agrees with the title's country and means the person; it
// used to disagree, and the quote had no speaker.
func TestRound22IrregularDemonymEpithet(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a renamed state's people", paras: []string{
			"Hosts hold on for a draw", r22cFiller,
			`Eswatini coach Sipho Mavimbela-Dube said his side had "run out of legs" in the second half.`,
			`"We gave everything, but the heat beat us in the end," the Swazi tactician said.`,
		}, want: map[string]string{"We gave everything, but the heat beat us in the end": "Sipho Mavimbela-Dube"}},
		{name: "a people's word with its own prefix", paras: []string{
			"Crocodiles edged out in the cup", r22cFiller,
			`Lesotho coach Teboho Ramakatsa-Lebona admitted his defenders had been "caught sleeping" twice.`,
			`"We will learn from this and come back stronger," the Mosotho coach said.`,
		}, want: map[string]string{"We will learn from this and come back stronger": "Teboho Ramakatsa-Lebona"}},
	})
}

// TestRound22FirmCalledIt: a firm named with no head word ("<Place>
// <Products>") reads as a person's name, so "which it said put it …"
// found no one, or the country in its name. The sentence itself calls
// its subject "it" right after the subject's speech verb ("<Name> said it
// had …"), as no person is called: the name is a body's, and the clause's
// "it" goes back to it. A person named so keeps "he".
func TestRound22FirmCalledIt(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a dairy firm's clause", paras: []string{
			"Drought rules tightened", r22cFiller,
			`Velmar Dairies said it had cut the water it uses per litre of milk by a tenth, which it said put it "comfortably inside the new limits".`,
		}, want: map[string]string{"comfortably inside the new limits": "Velmar Dairies"}},
		{name: "a cement maker named after its region", paras: []string{
			"Kilns to run on waste heat", r22cFiller,
			`Ostrava Highlands Cement said it would recover heat from two kilns, a step which it said would make the plant "the cleanest in the region".`,
		}, want: map[string]string{"the cleanest in the region": "Ostrava Highlands Cement"}},
		{name: "a person who is he", paras: []string{
			"Farmer counts the cost", r22cFiller,
			`Tomas Riebeck said he had lost half his herd, which he said left him "starting again from nothing".`,
		}, want: map[string]string{"starting again from nothing": "Tomas Riebeck"}},
	})
}

// TestRound22NamesNotQuotes: marks around what a thing is called are no
// one's words — a name in another language with its translation in
// brackets, each in marks ("the “<Name>” (“<Gloss>”) campaign"), and a
// name people habitually give a place, its article before the marks
// ("the pass that drivers call the “<words>”"). A quote beside them stays.
func TestRound22NamesNotQuotes(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"a campaign's name and its gloss", []string{
			`The city launched the "Toza havo" ("Clean air") campaign last spring, with sensors on forty rooftops.`,
			`"The sensors tell us where the smoke comes from," deputy mayor Dilnoza Rakhimova-Sato said.`,
		}, []string{"Toza havo", "Clean air"}, "The sensors tell us where the smoke comes from"},
		{"a film's title and its gloss, not capitalised", []string{
			`Harbourlight Pictures has bought "La casa del viento" ("The house of the wind") for release next spring.`,
			`"It is the film we wanted most this year," said acquisitions head Corinne Maddox-Leal.`,
		}, []string{"La casa del viento", "The house of the wind"}, "It is the film we wanted most this year"},
		{"a nickname with its article before the marks", []string{
			`The ridge road, which truckers call the "spine of the valley", was shut by rockfall on Sunday.`,
			`"We expect to clear it by Thursday," works supervisor Anselm Kovacic-Ndlovu said.`,
		}, []string{"spine of the valley"}, "We expect to clear it by Thursday"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound22FrontedAnonymousSubject: "In <Place>, a <noun> … who did not
// want his name published <verb>ed …", then a quote closed by "he said":
// the sentence's opening phrase, set off by a comma, stands before the
// subject the sentence says is not named. The pronoun means that unnamed
// person, who stays unknown — not the last man the article named.
func TestRound22FrontedAnonymousSubject(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a place phrase before the anonymous subject", paras: []string{
			"Quarry expansion approved", r22cFiller,
			`"The blasting will start in May," says Evert Lindqvist-Moe, site manager at the quarry.`,
			`In Harrowby, a crew member on a Velsk-registered barge who did not want his name published shook his head at the news.`,
			`"Nobody asked the people who drive past it every day," he said.`,
		}, want: map[string]string{"Nobody asked the people who drive past it every day": "unknown"}},
		{name: "a time phrase before a subject who asked not to be named", paras: []string{
			"Clinic to close its night ward", r22cFiller,
			`"The ward will close at the end of March," says Dr Halima Osei-Brandt, the clinic's director.`,
			`On Tuesday, a ward member on the night rota who asked not to be named described the mood as grim.`,
			`"We found out from a notice on the wall," she said.`,
		}, want: map[string]string{"We found out from a notice on the wall": "unknown"}},
	})
}

// TestRound22TitleOfTheBodyThenName: "The <title> of the <Words> <Words>,
// <Name>, said": the capitals after "of the" read as the end of a title
// and a name ("… Electric Networks" was a person, "Networks"), when the
// holder's name follows, set off by commas. A person's name takes no
// article: the capitals are the body, the name after the comma speaks.
func TestRound22TitleOfTheBodyThenName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a surname alone after a grid operator", paras: []string{
			"Power cuts to continue in the north", r22cFiller,
			`The head of the Varzob Regional Grids, Nazarov, told reporters on Monday that the limits would be "lifted only when the reservoir recovers."`,
		}, want: map[string]string{"lifted only when the reservoir recovers.": "Nazarov"}},
		{name: "a full name after a region's council", paras: []string{
			"Border towns to share a hospital", r22cFiller,
			`The President of the Upper Saar Region, Mathilde Kessler-Roux, who attended the signing, called the deal "a new start for the valley".`,
		}, want: map[string]string{"a new start for the valley": "Mathilde Kessler-Roux"}},
	})
}

// TestRound22SceneThenSubjectThenQuote: a sentence that sets a scene
// before its subject ("In an interview with <Outlet> in <year>, on the
// <occasion>, <Name> spoke of …") and then a paragraph that is only a
// quote: the quote is the subject's, as after one short opening phrase.
// The scene may run to two phrases set off by commas, the first up to
// seven words.
func TestRound22SceneThenSubjectThenQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "two opening phrases before the subject", paras: []string{
			"Tributes for a former minister", r22cFiller,
			"Former health minister Teuila Faleolo-Brandt died on Sunday. She was 79.",
			"In a radio interview in 2015, on the tenth anniversary of the clinic, Faleolo-Brandt spoke of her proudest day.",
			`"When the first nurses graduated, I cried in front of everyone. They were ours, trained at home."`,
		}, want: map[string]string{"When the first nurses graduated, I cried in front of everyone. They were ours, trained at home.": "Teuila Faleolo-Brandt"}},
		{name: "a seven-word opening phrase, then a second", paras: []string{
			"Veteran skipper retires", r22cFiller,
			"Captain Oskar Lindahl-Berg sailed the island route for 31 years.",
			"In an interview with Westvale in 2019, on his last day at sea, Lindahl-Berg recalled his worst crossing.",
			`"The waves came over the bridge and I thought we would not see the harbour again."`,
		}, want: map[string]string{"The waves came over the bridge and I thought we would not see the harbour again.": "Oskar Lindahl-Berg"}},
	})
}

// TestRound22AcronymAndLowerWordFirm: some languages write a company's
// name as an acronym and a word in lower case ("<ACR> <word>"); the word
// stops the run of capitals, so "<ACR> <word>, the state-owned company
// …, said" had only the lower-case word for a subject and no speaker. An
// aside whose head is a business's says the two words name a body.
func TestRound22AcronymAndLowerWordFirm(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a state-owned hydro firm, named before", paras: []string{
			"Dam timetable questioned", r22cFiller,
			`Minister Ana Rovan said the dam would be "built by VEK hidro and nobody else".`,
			`VEK hidro, the state-owned company building the dam, said in a statement that the timetable "remains unchanged in every respect".`,
		}, want: map[string]string{
			"built by VEK hidro and nobody else": "Ana Rovan",
			"remains unchanged in every respect": "VEK hidro",
		}},
		{name: "a gas operator after an opening phrase", paras: []string{
			"Pipeline to open late", r22cFiller,
			`On Tuesday, TPK plin, the national gas operator, said the pipeline would open "no earlier than March".`,
		}, want: map[string]string{"no earlier than March": "TPK plin"}},
		{name: "capitals keep working as before", paras: []string{
			"Pipeline to open late", r22cFiller,
			`TPK Plinovod, the national gas operator, said the pipeline would open "no earlier than March".`,
		}, want: map[string]string{"no earlier than March": "TPK Plinovod"}},
	})
}

// TestRound22DocumentFromBody: "the <document> from <Body>" names who
// issued it, whether the document is the subject ("The latest <document>
// from the <Body> warned …") or a relative clause's antecedent ("…
// refers to the latest <document> from the <Body> (<ACR>), which warned
// …"); the quote is the body's, not the document's left with no author,
// nor the person who pointed to it.
func TestRound22DocumentFromBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a relative clause after the body's acronym", paras: []string{
			"Harbour closed to foreign yachts", r22cFiller,
			`"We have seen things that worry us," Transport Minister Ola Brekken said.`,
			`Brekken would not go into detail, but pointed to the latest risk report from the Coastal Safety Directorate (CSD), which warned that the harbour could be used for "smuggling on an industrial scale."`,
		}, want: map[string]string{
			"We have seen things that worry us": "Ola Brekken",
			"smuggling on an industrial scale.": "Coastal Safety Directorate",
		}},
		{name: "the document as the subject", paras: []string{
			"Harbour closed to foreign yachts", r22cFiller,
			`"We have seen things that worry us," Transport Minister Ola Brekken said.`,
			`The latest risk report from the Coastal Safety Directorate warned that the harbour could be used for "smuggling on an industrial scale."`,
		}, want: map[string]string{"smuggling on an industrial scale.": "Coastal Safety Directorate"}},
		{name: "a threat assessment, a kind of document", paras: []string{
			"Ferry checks stepped up", r22cFiller,
			`"We check every vehicle now," port manager Edda Solvik said.`,
			`She pointed to the latest threat assessment from the Inland Security Bureau (ISB), which warned of "a sharp rise in attempts to photograph the terminals."`,
		}, want: map[string]string{
			"We check every vehicle now":                            "Edda Solvik",
			"a sharp rise in attempts to photograph the terminals.": "Inland Security Bureau",
		}},
	})
}

// TestRound22NotificationIssuedBy: a notification is a document a body
// issues; "Under a notification issued by <Body> …. The notification says
// …" gives the body's words, as a statement or a circular would.
func TestRound22NotificationIssuedBy(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a regulator's notification", paras: []string{
			"Water tariff raised for industry", r22cFiller,
			`Under a notification issued by the Lakeshore Water Regulatory Commission (LWRC) on Friday, the tariff will rise by a fifth from March.`,
			`The notification says the new tariff has been set "in line with the cost of treatment and as required by the Water Act."`,
			`"We will pass every cent on to our customers," mill owner Radu Cernat said.`,
		}, want: map[string]string{
			"in line with the cost of treatment and as required by the Water Act.": "Lakeshore Water Regulatory Commission",
			"We will pass every cent on to our customers":                          "Radu Cernat",
		}},
	})
}

// TestRound22ScaleValuesInMarks: values of a scale set in marks as
// alternatives before one noun ("at “<level>” or “<higher level>” risk")
// are a rating's names, not words said, even when the sentence cites a
// body for the rating; the body's own words after stay its quote.
func TestRound22ScaleValuesInMarks(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a risk rating cited from a report", paras: []string{
			"Frost risk rises", r22cFiller,
			`According to the frost risk report released by the National Weather Office (NWO) on May 2, 12 districts are at "high" or "very high" risk. The office warned that temperatures "will fall well below the average" in June.`,
		}, want: map[string]string{
			"will fall well below the average": "National Weather Office",
			"high":                             "",
			"very high":                        "",
		}},
	})
}

// TestRound22TitleClosedByBodyAcronym: "Minister of <Field>, <Field> and
// <Field> of the <Words> Region in <Place> (<ACR>) <Given> <I.> <Surname>
// blamed …": a title opening the sentence whose field list has commas and
// whose body runs on past "in <Place>" is closed by the body's acronym in
// brackets; the full name right after holds the title, so "the minister"
// in the next paragraph is that person.
func TestRound22TitleClosedByBodyAcronym(t *testing.T) {
	t.Parallel()
	q := `"The forest is the lake's sponge. Without it, there is nothing," the minister told reporters in Port Selim.`
	later := `Dorantes said his ministry would plant a million trees.`
	want := map[string]string{"The forest is the lake's sponge. Without it, there is nothing": "Ismael K. Dorantes"}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a field list and a body in a place", paras: []string{"Lake levels fall", r22cFiller,
			`Minister of Agriculture, Forests and Water of the Northern Highlands Autonomous Region in Eastern Valoria (NHARV) Ismael K. Dorantes blamed the decline on logging.`, q, later},
			want: want},
		{name: "one field, a body in a place", paras: []string{"Lake levels fall", r22cFiller,
			`Minister of Agriculture of the Northern Highlands Autonomous Region in Eastern Valoria (NHARV) Ismael K. Dorantes blamed the decline on logging.`, q, later},
			want: want},
		{name: "one field, the body and its acronym", paras: []string{"Lake levels fall", r22cFiller,
			`Minister of Agriculture of the Northern Highlands Autonomous Region (NHAR) Ismael K. Dorantes blamed the decline on logging.`, q, later},
			want: want},
	})
}

// TestRound22VerbTheNameCampaign: a campaign named by what it wants done
// ("Save the <River>", "Protect the <Valley>") opens the clause with a
// capitalised word, "the" and capitals; an aside that says a body or a
// thing ("which …", "a coalition of …") says the words are one body's
// name, not the place after "the" — no person's name has "the" inside
// it. An adverb before "the <Body>" is not part of a name.
func TestRound22VerbTheNameCampaign(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a campaign with a which-clause", paras: []string{
			"Dam plan approved", r22cFiller,
			`The dam would flood the upper Varn Valley, home to 400 families.`,
			`Save the Varn, which has fought the dam for a decade, said in a statement that the plan "ignores the people who live there" and that the group would "fight it in every court."`,
		}, want: map[string]string{
			"ignores the people who live there": "Save the Varn",
			"fight it in every court.":          "Save the Varn",
		}},
		{name: "a campaign described as a coalition", paras: []string{
			"Dam plan approved", r22cFiller,
			`Protect the Valley, a coalition of farmers and anglers, said the plan "ignores the people who live there".`,
		}, want: map[string]string{"ignores the people who live there": "Protect the Valley"}},
		{name: "an adverb before a body", paras: []string{
			"Dam plan approved", r22cFiller,
			`Meanwhile the Varn Land Trust, which owns most of the valley, said it would "not sell a single acre".`,
		}, want: map[string]string{"not sell a single acre": "Varn Land Trust"}},
	})
}
