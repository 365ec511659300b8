package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound22BuiltTitles: a title no list holds, made of words the lists
// know — a hyphened rank ("Sub-<Rank>", "Vice-<Title>") or a body's head
// word run into a title ("<Council><member>") — opens a name without
// being part of it; the draft names the person without it.
func TestRound22BuiltTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a hyphened sub-rank", paras: []string{
			"Harbour police close the old ferry ramp",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Harbour police spokesman Sub-Superintendent Oskar Velmiro told reporters the ramp had been closed since Sunday.",
			`"The ramp is not safe for cars, and we will not reopen it until the engineers say so," he said.`,
		}, want: map[string]string{"The ramp is not safe for cars, and we will not reopen it until the engineers say so": "Oskar Velmiro"}},
		{name: "a hyphened vice-title", paras: []string{
			"University delays the new library",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"We would rather open a year late than open a building that leaks," said Vice-Rector Tamsin Orlebar, who chairs the works committee.`,
		}, want: map[string]string{"We would rather open a year late than open a building that leaks": "Tamsin Orlebar"}},
		{name: "a body's head run into a title", paras: []string{
			"County votes to keep the bus depot open",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"Closing the depot would have cut the night routes in half," said Councilmember Dolores Ybarra-Quist, whose ward includes the depot.`,
			"Ybarra-Quist said the vote was closer than she had expected.",
		}, want: map[string]string{"Closing the depot would have cut the night routes in half": "Dolores Ybarra-Quist"}},
	})
}

// TestRound22UnstoppedHonorifics: a stopped courtesy title of the closed
// list written without its stops — run together ("Eng <Given> <Surname>")
// or as spaced capitals ("H E <Surname>") — is no part of the name it
// opens, and the surname after it is the full name given elsewhere.
func TestRound22UnstoppedHonorifics(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an engineer's title without its stop", paras: []string{
			"Water utility awards the desalination contract",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The utility's chief executive, Eng Rashida bint Khalfan al Saadi, said the plant would be built in two phases.",
			`"The first phase will be running before the summer peak," she said.`,
		}, want: map[string]string{"The first phase will be running before the summer peak": "Rashida bint Khalfan al Saadi"}},
		{name: "an excellency's letters spaced", paras: []string{
			"Ministry signs three port agreements",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The agreements were signed in the presence of H E Faisal bin Nasser al Kindi, Minister of Transport.",
			`H E Kindi said the new berths were "the start of a decade of work on the coast."`,
		}, want: map[string]string{"the start of a decade of work on the coast.": "Faisal bin Nasser al Kindi"}},
	})
}

// TestRound22GluedInitials: "<I>.<Surname>", a given name's initial run
// into the surname as official readouts print it, is the person the
// article names in full by that surname with a given name opening with
// the initial; two people of that surname with other initials stay apart.
func TestRound22GluedInitials(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "one initial run into the surname", paras: []string{
			"Neighbours meet on the shared canal",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The first delegation was headed by Deputy Minister of Water Resources Bakhtiyor Olimzhonov, the second by Deputy Minister of Agriculture Dauren Kaspakov.",
			`Opening the meeting, Deputy Minister B.Olimzhonov noted that the canal "serves every farmer downstream, whichever side of the border he lives on."`,
			`Deputy Minister D.Kaspakov noted: "The lining of the canal must be finished before the spring floods."`,
		}, want: map[string]string{
			"serves every farmer downstream, whichever side of the border he lives on.": "Bakhtiyor Olimzhonov",
			"The lining of the canal must be finished before the spring floods.":        "Dauren Kaspakov",
		}},
	})
}

// TestRound22TitleAlone: a title alone as the subject ("<Title> said"),
// which the article put before one person's name and which the rules drop
// from that name, is that person addressed by the title.
func TestRound22TitleAlone(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a local title alone", paras: []string{
			"Chief backs the new borehole rules",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Speaking at the kgotla on Saturday, the paramount chief of the district, Kgosi Tumelo Seretse-Mokgwathi, said the village had waited ten years for the boreholes.",
			`"Water is not a favour the government does us. It is our right," Kgosi said.`,
		}, want: map[string]string{"Water is not a favour the government does us. It is our right": "Tumelo Seretse-Mokgwathi"}},
		{name: "a local title alone for a registry person", reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Pema Choedron Wangmo", Role: "Minister for Agriculture of Druksland", Kind: "person", Aliases: []string{"Dasho Pema Choedron Wangmo"}},
		}}, paras: []string{
			"Ministry lifts the ban on potato exports",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Speaking to farmers in the valley, the Minister for Agriculture, Dasho Pema Choedron Wangmo, said the ban would end in May.",
			`"The harvest was better than anyone feared, and the farmers should sell where they like," Dasho said.`,
		}, want: map[string]string{"The harvest was better than anyone feared, and the farmers should sell where they like": "Pema Choedron Wangmo"}},
		{name: "a built title alone", paras: []string{
			"Depot vote goes to a second reading",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Councilmember Ignatius Pell-Arroyo, who chairs the transit committee, asked for a second reading.",
			`"We owe the drivers one more week of hearings," Councilmember said.`,
		}, want: map[string]string{"We owe the drivers one more week of hearings": "Ignatius Pell-Arroyo"}},
		{name: "a given name alone stays the person's name", paras: []string{
			"Young chess player wins the county title",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Eleven-year-old Maria Okonkwo-Tierney won the county title on Sunday.",
			`"I only wanted to beat my brother," Maria said.`,
		}, want: map[string]string{"I only wanted to beat my brother": "Maria Okonkwo-Tierney"}},
	})
}

// TestRound22OfficeOfTheTitle: a ruler's or an elder's title no list
// holds, before a given name and a surname, is a title when the article
// writes the office's word made of it in lower case ("the <title>ate",
// "<title>ship"), even a title shaped like a nationality ("-an").
func TestRound22OfficeOfTheTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a ruler's title and its realm", paras: []string{
			"River towns ask for a say on the dam",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Khan Altynbek R. Serikbayev of Koktal, who speaks for the old khanates of the valley, said the towns had not been asked.",
			`"The river was ours before there was a dam," he said.`,
		}, want: map[string]string{"The river was ours before there was a dam": "Altynbek R. Serikbayev"}},
		{name: "a nationality-shaped title and its office", paras: []string{
			"Highland council meets over the grazing lands",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Toran Makoa D. Letsie of Ha Ramabanta, a member of the highland toranates' council, said the herders had not been asked about the fences.",
			`"The grazing was shared before there were fences," he said.`,
		}, want: map[string]string{"The grazing was shared before there were fences": "Makoa D. Letsie"}},
	})
}

// TestRound22RankGrades: a rank's grade ("<Rank> <Ordinal> Class", in
// words or figures) before a name is the rank's, not the name's, whether
// the speaker is named in full or by the surname after it.
func TestRound22RankGrades(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a grade in figures, then the surname", paras: []string{
			"Navy divers clear the harbour mouth",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Navy diver Petty Officer 3rd Class Renata Oyelaran-Finch said the team had lifted four mines since Monday.",
			`Oyelaran-Finch said the channel would be "open to the ferries by the weekend."`,
		}, want: map[string]string{"open to the ferries by the weekend.": "Renata Oyelaran-Finch"}},
		{name: "a grade in words", paras: []string{
			"Air base reopens its gates to the public",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"Families can come in from ten o'clock, and the hangars will be open until four," said Airman First Class Tobias Wennerholm.`,
		}, want: map[string]string{"Families can come in from ten o'clock, and the hangars will be open until four": "Tobias Wennerholm"}},
	})
}

// TestRound22TitleOfBodyThenName: "The <Title> of the <Body Words>
// <Head>, <Name>," names the person in the aside; the body's last word
// is no one's name.
func TestRound22TitleOfBodyThenName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a surname alone after the body", paras: []string{
			"Rail freight suspended over the holidays",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The chief of the Kisumu Road Networks, Abdrakhmanov, told a briefing on Monday that the yards would be "closed to all lorries until the fifth."`,
		}, want: map[string]string{"closed to all lorries until the fifth.": "Abdrakhmanov"}},
		{name: "a full name after the body", paras: []string{
			"Grain board sets the new floor price",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The head of the Lakeside Gas Networks, Fidelis Omondi-Wekesa, told a briefing that the floor price was "the best the farmers have had in a decade."`,
		}, want: map[string]string{"the best the farmers have had in a decade.": "Fidelis Omondi-Wekesa"}},
	})
}

// TestRound22RelativeWithQuotedTitle: a relative clause between the
// speaker and the verb that holds a title in quotation marks — a
// channel's, a show's, a book's, maybe with a gloss in brackets — is an
// aside about the speaker; the marks hold no one's speech.
func TestRound22RelativeWithQuotedTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a channel's name and its gloss", paras: []string{
			"Fishers protest the new quotas",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Radio presenter Ilkka Rautavaara-Sund, who hosts the weekly show "Open Water" ("Avovesi"), wrote: "Three boats will not feed a village. The quota has to follow the fish."`,
		}, want: map[string]string{"Three boats will not feed a village. The quota has to follow the fish.": "Ilkka Rautavaara-Sund"}},
		{name: "a book's title", paras: []string{
			"Historian backs the museum move",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Local historian Marguerite Okoye-Lindahl, whose book "The Mill Town" came out in March, said: "The old building cannot hold the collection any longer."`,
		}, want: map[string]string{"The old building cannot hold the collection any longer.": "Marguerite Okoye-Lindahl"}},
	})
}

// TestRound22TitleHeldByName: a title in capitals that the reader took
// for a name ("<Body>'s <Title Words> warns …") is the person the article
// names with it in apposition, with its complement ("<Given> <Surname>,
// <Title Words> of <Body>"); a place or body set before a name without
// one ("<Place>, <Given> <Surname>,") holds no one's title.
func TestRound22TitleHeldByName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a standfirst's title, the body's apposition", paras: []string{
			"Envoy warns over the river treaty",
			`The Danube League's Standing Observer warns that the treaty's collapse would leave "every town downstream without a voice".`,
			"Ambassador Ottilie Vasaryova-Brenner, Standing Observer of the Danube League to the River Commission, addressed the commission's plenary on Monday.",
			`"We have seen what happens when upstream states act alone," she told reporters afterwards.`,
		}, want: map[string]string{
			"every town downstream without a voice":                    "Ottilie Vasaryova-Brenner",
			"We have seen what happens when upstream states act alone": "Ottilie Vasaryova-Brenner",
		}},
		{name: "a place before a name holds no title", paras: []string{
			"Fishers wait for the talks to end",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"A trawler owner's wife from Kagoshima Prefecture, Hanae Tokunaga-Mori, waited at the harbour with the other families.",
			`"Our boats have not been out past the point since spring," Hanae Tokunaga-Mori said.`,
		}, want: map[string]string{"Our boats have not been out past the point since spring": "Hanae Tokunaga-Mori"}},
	})
}

// TestRound22ChurchOffices: a church office of the closed class set
// between a clergy courtesy title and a name ("Rev. <Office> <Given>
// <Surname>") is no part of the name; the same word as a surname after
// the courtesy title alone stays.
func TestRound22ChurchOffices(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a deacon after Rev.", paras: []string{
			"Village mourns its old headmaster",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Rev. Deacon Tevita Fonokalafi of the Free Wesleyan Church, who will lead the service, said the headmaster had rung the church bell every Sunday for thirty years.",
			`"He never missed a Sunday, not even in the cyclone," he said.`,
		}, want: map[string]string{"He never missed a Sunday, not even in the cyclone": "Tevita Fonokalafi"}},
		{name: "a canon after Revd", paras: []string{
			"Cathedral roof appeal passes its target",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The lead will be on before the winter rains," said the Revd Canon Hilary Ashcombe-Pryce, who chairs the fabric committee.`,
		}, want: map[string]string{"The lead will be on before the winter rains": "Hilary Ashcombe-Pryce"}},
	})
}
