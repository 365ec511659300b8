package ingest_test

import "testing"

// TestRound26TitleRunOfFields: a title whose portfolio is two fields
// joined by "and" ("<ACR> <Title> <Field> and <Field> <Given> <Surname>")
// ends at the second field: the name starts at the given name.
func TestRound26TitleRunOfFields(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a commander of two fields", paras: []string{
			"Customs seize cigarettes at container terminal",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`NCS Superintendent Coastal and Inspections Priya Castellano-Reid said the shipment had been "flagged early" by analysts.`,
			`"We read every manifest twice," Ms Castellano-Reid said.`,
		}, want: map[string]string{"flagged early": "Priya Castellano-Reid", "We read every manifest twice": "Priya Castellano-Reid"}},
		{name: "a heading over the quotes", paras: []string{
			"Customs seize cigarettes at container terminal",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`NCS Superintendent Priya Castellano-Reid said the shipment had been "flagged early" by analysts.`,
			`Quotes attributable to NCS Superintendent Coastal and Inspections Priya Castellano-Reid:`,
			`"We read every manifest twice, and this one did not add up."`,
		}, want: map[string]string{"flagged early": "Priya Castellano-Reid", "We read every manifest twice, and this one did not add up.": "Priya Castellano-Reid"}},
	})
}

// TestRound26WestAfricanHonorifics: the Gambian, Senegalese and Guinean
// spellings of the pilgrim's honorific ("Alhagie", "El Hadji", "Elhadj")
// open a name without being part of it, as "Alhaji" does.
func TestRound26WestAfricanHonorifics(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a Gambian spelling", paras: []string{
			"Fishers protest over beach pollution",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Alhagie Lamin Jobarteh, who leads the Kartong fishers' association, said the boats had been idle for a week.`,
			`"Nobody has answered us," he said.`,
		}, want: map[string]string{"Nobody has answered us": "Lamin Jobarteh"}},
		{name: "a Guinean spelling", paras: []string{
			"Traders protest over market fees",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Elhadj Mamadou Sylla, who heads the traders' union, said the new fees were "simply unaffordable".`,
		}, want: map[string]string{"simply unaffordable": "Mamadou Sylla"}},
	})
}

// TestRound26ClickInAName: a Khoekhoe name's click letter, written "!"
// before a capital or as its own letter ("ǃ"), is part of the name.
func TestRound26ClickInAName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an exclamation mark for the click", paras: []string{
			"Council passes housing budget",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Councillor Anna !Gawises said the housing budget was "not negotiable".`,
		}, want: map[string]string{"not negotiable": "Anna !Gawises"}},
		{name: "the click letter", paras: []string{
			"Council passes housing budget",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Councillor Anna ǃGawises said the housing budget was "not negotiable".`,
		}, want: map[string]string{"not negotiable": "Anna ǃGawises"}},
	})
}

// TestRound26TitlesPossessiveOwnsAThing: "<Title>'s <Word>" ("<Paper>
// Editor's <Word>:" over a column) names a thing the title's holder owns,
// no person, so a later "he" does not reach it.
func TestRound26TitlesPossessiveOwnsAThing(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an editor's label over a column", paras: []string{
			"OPINION: Safety on the Quays Is Still an Afterthought",
			"By Mara Ellison",
			"QRT Editor's Note: This piece is part of our series on harbour safety.",
			"Last spring, the port authority published its second safety plan in four years.",
			"I spent a week on the quays asking dockers what had changed since then.",
			"Budi, a welder on the night shift, frowned when I asked about the plan.",
			`"Nobody checks the cranes after dark," he told me by the gate.`,
		}, want: map[string]string{"Nobody checks the cranes after dark": "Budi"}},
	})
}

// TestRound26ProvincialExecutiveTitle: South African copy's "MEC" (a
// province's minister) and "MMC" (a member of a city's mayoral committee)
// are titles before a name, and "the MEC" points back to the holder.
func TestRound26ProvincialExecutiveTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the MEC, named then pointed back to", paras: []string{
			"Province asks for drought declaration",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Northern Cape Agriculture MEC Thandeka Mabuza told farmers in Upington that feed would be trucked in from Friday.`,
			`The MEC called the feed scheme "only a start".`,
		}, want: map[string]string{"only a start": "Thandeka Mabuza"}},
		{name: "a mayoral committee member", paras: []string{
			"City cuts water to leaking blocks",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Water MMC Sipho Ndaba said the city had "no other choice" after months of warnings.`,
			`The MMC added that repairs would be "done block by block".`,
		}, want: map[string]string{"no other choice": "Sipho Ndaba", "done block by block": "Sipho Ndaba"}},
	})
}

// TestRound26JobBetweenBodyAndName: a job in lower case that the lists do
// not know, a doer by its ending, between a body's acronym or head word
// and a person's name ("<ACR> <job> <Given> <Surname>") is the person's
// title at the body: the person speaks, not the body.
func TestRound26JobBetweenBodyAndName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an agency's job before a name", paras: []string{
			"Snow closes two mountain passes",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The National Weather Bureau (NWB) has warned of snow on the mountain passes this week.`,
			`"Snowploughs should be ready on every pass by Thursday," NWB forecaster Thandiwe Khumalo told reporters.`,
		}, want: map[string]string{"Snowploughs should be ready on every pass by Thursday": "Thandiwe Khumalo"}},
	})
}

// TestRound26ResidentOfAPlace: "a <Place> resident" whose place the lists
// do not know is someone who lives there, speaking for themself, not a
// body called <Place> speaking through one of its people.
func TestRound26ResidentOfAPlace(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an unnamed resident of an unlisted township", paras: []string{
			"Floods cut off riverside township",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Residents of Kwezana spoke to our reporter on Tuesday.",
			`"Our street is a river now," said a Kwezana resident, standing in water up to her knees.`,
		}, want: map[string]string{"Our street is a river now": "unknown"}},
	})
}

// TestRound26GenderedTitleInABodysName: a gendered title word inside a
// body's name before its head word ("<King> <Name> Local Municipality",
// "<Queen> <Name> Hospital") is the namesake's, and gives no gender to
// the person whose own title follows the body.
func TestRound26GenderedTitleInABodysName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a municipality named after a king", paras: []string{
			"Mayor tours flooded wards",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`King Lwazi Mabandla Local Municipality mayor Ntlokwana toured the flooded wards on Monday.`,
			`"We have one pump for twenty villages," Mayor Ntlokwana told reporters.`,
			`She said the schools would stay shut. "Nobody has eaten since yesterday," she said.`,
		}, want: map[string]string{"Nobody has eaten since yesterday": "Ntlokwana"}},
	})
}

// TestRound26InterviewAnswersI: in an interview set out as questions and
// answers with no labels, the "I" of an answer is the interviewee the
// introduction names; a column's one rhetorical question does not make
// the writer's "I" anyone else.
func TestRound26InterviewAnswersI(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "dash-led questions and answers", paras: []string{
			"Island growers wait for freight space",
			"Author: Lena Hartvik",
			"Potato growers on the outer islands cannot get their crop to the mainland. Tobias Lindgaard-Ek chairs the Outer Isles Growers' Co-operative; we spoke to Mr. Lindgaard-Ek about the ferries.",
			"– Mr. Lindgaard-Ek, how bad is the backlog?",
			"– Bad. About 9,000 tons sit in sheds, and the ferries are booked until March.",
			"– What did you ask the transport committee for?",
			`– One thing. Last week I wrote to the committee: "A daily freight sailing would end this."`,
		}, want: map[string]string{"A daily freight sailing would end this.": "Tobias Lindgaard-Ek"}},
		{name: "a column's one rhetorical question", paras: []string{
			"OPINION: The ferries are full and the quays are empty",
			"By Lena Hartvik",
			"Island farmers shipped a record volume of potatoes this season. Tobias Lindgaard-Ek, chairman of the growers' co-operative, has been warning about freight for years, and Mr. Lindgaard-Ek is right.",
			"So why does nothing change?",
			`Last week I asked a harbour official the same thing. "We are doing what we can with two boats," I was told.`,
		}, want: map[string]string{"We are doing what we can with two boats": "unknown"}},
	})
}

// TestRound26NameWithBracketedState: an aside after a title that gives the
// holder's name with their state or party in brackets ("the Chair, Mr.
// <Given> <Surname> (<Country>), told") names the holder, who speaks.
func TestRound26NameWithBracketedState(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a chair with their country in brackets", paras: []string{
			"Delegates adopt fisheries pact",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Chair of the talks, Mr. Tomas Ekwueme-Lind (Ghana), told reporters on Sunday that the fishing nations had shown "that a deal was still possible".`,
		}, want: map[string]string{"that a deal was still possible": "Tomas Ekwueme-Lind"}},
		{name: "a legislator with party and seat in brackets", paras: []string{
			"Senate panel questions port budget",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The panel's ranking member, Sen. Dana Whitcombe-Ruiz (D-Ore.), told reporters after the hearing that the budget was "a promise without a plan".`,
		}, want: map[string]string{"a promise without a plan": "Dana Whitcombe-Ruiz"}},
	})
}

// TestRound26ResidentsAroundAPlace: "residents around <Place>",
// "villagers near <Place>": the capitals are where the people live, no
// person, so neither the people's verb nor a later "he" reaches them.
func TestRound26ResidentsAroundAPlace(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a reporter's question names where residents live", paras: []string{
			"Water plan signed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`REPORTER: Minister, residents around Wattle Creek tell us the creek is "running dry" by February. Will they see any of this money?`,
			`MINISTER: A lot. A farmer stopped me at the show last week and he said "remember the back roads", and we have.`,
		}, want: map[string]string{"running dry": "unknown", "remember the back roads": "unknown"}},
	})
}

// TestRound26HonoraryTitleOfAState: "Hero of <Country>", a state's
// honorary title that post-Soviet copy sets before the holder's name, is a
// title, not the person's name, and "she" after it is the holder.
func TestRound26HonoraryTitleOfAState(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a hero of the state before a name", paras: []string{
			"New flour mill opens in the valley",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A wheat farmer, Hero of Norlandia Gulnara Aitmatova, cut the ribbon. "Our wheat no longer travels a thousand kilometres to become bread," she said.`,
		}, want: map[string]string{"Our wheat no longer travels a thousand kilometres to become bread": "Gulnara Aitmatova"}},
	})
}

// TestRound26TitledBuildingAfterThe: "inside the <Place> General Store",
// "at the <Name> Memorial Hall": after a place's preposition and "the", a
// title word with one word after it names a building, not a person, and a
// later "she" does not reach it.
func TestRound26TitledBuildingAfterThe(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a shop named with a title word", paras: []string{
			"The Village That Bought Its Own Shop",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Dorothy Fenwick-Ames, 81, is stacking tins inside the Millbrook General Store, a brick building with one petrol pump.",
			"The historian Agnes Whitlow-Carr has written a book on the decline of village shops. The general store, she writes, was \"where every rumour started,\" and still is.",
		}, want: map[string]string{"where every rumour started": "Agnes Whitlow-Carr"}},
	})
}

// TestRound26AssistantIsAJob: "<Field> assistant <Given> <Surname>" ("care
// assistant", "teaching assistant") is a job before a name, as "<Field>
// worker" is; the person speaks.
func TestRound26AssistantIsAJob(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a field's assistant before a name", paras: []string{
			"Night buses cut from next month",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Teaching assistant Kerry-Ann Mabbott, 34, said: "I finish at six and the last bus has gone by then."`,
		}, want: map[string]string{"I finish at six and the last bus has gone by then.": "Kerry-Ann Mabbott"}},
	})
}

// TestRound26StraightMotherPrefix: a Sesotho woman's name typed with a
// straight apostrophe ("Mrs 'Ma<name> <Surname>") after an honorific or a
// title is one name, as with the curly one, and the title points back to
// her; a straight quote opening a quotation is left alone.
func TestRound26StraightMotherPrefix(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an honorific before the name", paras: []string{
			"Central bank launches instant payments",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The Deputy Governor, Mrs 'Malineo Thabane, who chaired the steering committee, said the system had been tested for months.",
			`"We had two outages during the pilot," the Deputy Governor said.`,
		}, want: map[string]string{"We had two outages during the pilot": "'Malineo Thabane"}},
	})
}

// TestRound26VicePresidentByInitials: "the VP" names again the vice
// president the article introduced, as "the CEO" does a chief executive.
func TestRound26VicePresidentByInitials(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the VP after Vice President X", paras: []string{
			"Lake keeps falling",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"At a forum on Saturday, Vice President and Head of the Department of Forests Maryam Karimova-Nasr said that the lake had lost a tenth of its area.",
			`"We cannot fix this from one shore," Karimova-Nasr said.`,
			`"The reservoirs upstream must be part of the talks," the VP noted.`,
		}, want: map[string]string{"The reservoirs upstream must be part of the talks": "Maryam Karimova-Nasr"}},
	})
}

// TestRound26TwoTitlesOnePerson: "<Title> and <Title> of <Body> <Given>
// <Surname>" is one person who holds both posts, not two speakers joined
// by "and".
func TestRound26TwoTitlesOnePerson(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "two posts before one name", paras: []string{
			"Lake keeps falling",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Vice President and Head of the Department of Forests Maryam Karimova-Nasr said that the lake had shrunk "by a tenth".`,
		}, want: map[string]string{"by a tenth": "Maryam Karimova-Nasr"}},
		{name: "two countries stay two speakers", paras: []string{
			"Neighbours call for talks",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Norland and Westmark called for "talks without conditions" on Friday.`,
		}, want: map[string]string{"talks without conditions": "unknown"}},
	})
}

// TestRound26InChargeOfARemit: "<Title> in charge of <Field> [of <Body>]
// <Given> <Surname>" is a title with its remit before a name, and "the
// <Title>" after it is the holder; "<Title> in charge of the <Words>
// Unit, <Rank> <Surname>," keeps the unit no one's name.
func TestRound26InChargeOfARemit(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a vice mayor's remit, a quote in the paragraph", paras: []string{
			"City relocates families from flood zones",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Vice Mayor in charge of Housing and Transport Claudine Mukamana said that vacated houses would be pulled down. "Those plots will become parks," she said.`,
			`The Vice Mayor added that the city had found new units "at a price families can pay".`,
		}, want: map[string]string{"at a price families can pay": "Claudine Mukamana"}},
		{name: "a commission minister's remit and board", paras: []string{
			"Council eases border checks",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Minister in charge of Customs Cooperation of the Regional Board Aigul Temirbekova said that paper forms still held up lorries.`,
			`"A scanned form clears in an hour, not a day," she said.`,
		}, want: map[string]string{"A scanned form clears in an hour, not a day": "Aigul Temirbekova"}},
		{name: "an officer in charge of a unit", paras: []string{
			"Four arrested after shootings",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Officer in charge of the Harbour Detective Unit, Chief Superintendent Ferguson, told reporters that two cars had been seized.`,
			`The senior officer added that the cars would be "examined inch by inch".`,
		}, want: map[string]string{"examined inch by inch": "Ferguson"}},
	})
}
