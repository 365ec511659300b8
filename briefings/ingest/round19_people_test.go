package ingest_test

import "testing"

// TestRound19PeopleGivenNameOnly: copy that withholds a surname says so
// ("a <noun> who gave only her first name, <Name>", "asked to be
// identified only as <Name>", "She asked <Paper> to call her <Name>");
// the one name given is who speaks, in the quote's own sentence or when
// the sentence naming them follows the description.
func TestRound19PeopleGivenNameOnly(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a trader who gave only his first name", paras: []string{
			"Ferry fares double",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"Nobody crosses for fun any more," said a fish trader who gave only his first name, Baraka.`,
		}, want: map[string]string{"Nobody crosses for fun any more": "Baraka"}},
		{name: "a nurse who asked to be identified only by a name", paras: []string{
			"Night shifts cut",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"We cover two wards with one pair of hands," said a ward nurse, who asked to be identified only as Ilse.`,
		}, want: map[string]string{"We cover two wards with one pair of hands": "Ilse"}},
		{name: "the woman named in the paragraph after", paras: []string{
			"The last weavers of the valley",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The loom does not care if you are tired," the woman says, tying off a thread before the light goes.`,
			"She is 67 and has woven blankets in the same room since her wedding. She asked the paper to call her Marisol and not to print her surname.",
		}, want: map[string]string{"The loom does not care if you are tired": "Marisol"}},
		{name: "asked not to be named: no name", paras: []string{
			"Ferry fares double",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"Nobody crosses for fun any more," said a fish trader who asked not to be named, Baraka Mwita's neighbour.`,
		}, want: map[string]string{"Nobody crosses for fun any more": "unknown"}},
	})
}

// TestRound19PeopleBodyInitialsAnonymous: "A <BODY> technician who …, and
// who spoke on condition of anonymity, gave a different account" leaves
// the person unnamed, though the body's initials stand before the noun;
// the "he" of the quote after it is that unnamed person, not the man named
// last.
func TestRound19PeopleBodyInitialsAnonymous(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an agency's technician", paras: []string{
			"Dam sluices opened late",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Tobias Wennergren, who farms below the dam, says he wrote to the Water Resources Authority (DWRA) twice. He keeps the replies in a biscuit tin.",
			"A DWRA technician who was on duty that night, and who spoke on condition of anonymity because he is not allowed to talk to reporters, remembered it differently. \"The siren was tested in the morning and it worked,\" he said.",
		}, want: map[string]string{"The siren was tested in the morning and it worked": "unknown"}},
	})
}

// TestRound19PeopleFrontedPrepositionObject: a sentence that opens on a
// preposition ("Of the <role>, …, she says only that …", "About the
// <role>, he says …") puts the person it describes in the preposition's
// object; the pronoun after the comma is the subject, whom the sentences
// before name, not that unnamed official.
func TestRound19PeopleFrontedPrepositionObject(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "of the treasurer", paras: []string{
			"The councillor who walked out",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Ingeborg Salvesen-Okoro left the council cabinet in June. She still sits on the planning committee.",
			`She avoids naming names. Of the treasurer, who is said to have blocked the budget line, she says only that he is "a careful man with careful friends".`,
		}, want: map[string]string{"a careful man with careful friends": "Ingeborg Salvesen-Okoro"}},
		{name: "about the coach", paras: []string{
			"Striker ends his silence",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Dumisani Khathide has scored eleven goals this season for the club.",
			`He chooses his words. About the coach, who dropped him twice in March, he says "we have made our peace".`,
		}, want: map[string]string{"we have made our peace": "Dumisani Khathide"}},
	})
}

// TestRound19PeopleProfileSubjectOverPassingVoice: in a profile, a
// paragraph that opens on "she" doing something other than speaking,
// after a paragraph quoting a voice of no gender ("A spokesperson said",
// "One councillor told me"), goes back to the woman the story is about;
// "She added" after the voice is still the voice's.
func TestRound19PeopleProfileSubjectOverPassingVoice(t *testing.T) {
	t.Parallel()
	profile := []string{
		"The Saturday Interview",
		"Hanne Oduya-Lindqvist on leaving the ministry",
		`Hanne Oduya-Lindqvist orders black coffee and sits by the window. "I have not slept properly since June," she says.`,
		`She left the transport ministry after the rail budget was cut. "I could not defend it," she tells me.`,
		`The department's reply was short. A spokesperson said: "The minister wishes her well in her next role."`,
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "she laughs after a spokesperson", paras: append(profile[:len(profile):len(profile)],
			`She laughs when I read it out. "That is what they say to everyone," she says.`,
		), want: map[string]string{
			"That is what they say to everyone":              "Hanne Oduya-Lindqvist",
			"The minister wishes her well in her next role.": "unknown",
		}},
		{name: "she added: the spokesperson", paras: append(profile[:len(profile):len(profile)],
			`She added: "The door remains open."`,
		), want: map[string]string{"The door remains open.": "unknown"}},
	})
}

// TestRound19PeopleEpithetAfterNamesSide: "<Name>'s team lost the final
// two years ago. “…,” the 29-year-old said": the sentence before the
// epithet is about the person whose side it names, read as a body for its
// noun; the epithet is that person.
func TestRound19PeopleEpithetAfterNamesSide(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a skip's rink", paras: []string{
			"Hosts reach the final",
			"Japan skip Haruto Miyazawa-Kent beat Italy 7-5 in the first semi-final, and Miyazawa-Kent will face the winner on Sunday.",
			`Norway skip Kristoffer Aasheim-Dahl drew the last stone to the button. "I only saw it curl at the end," Aasheim-Dahl said.`,
			"Aasheim-Dahl's team lost the semi-final to Japan in Gangneung last season.",
			`"Last year we went home early. This time we stay for the last day," the 31-year-old said.`,
		}, want: map[string]string{"Last year we went home early. This time we stay for the last day": "Kristoffer Aasheim-Dahl"}},
		{name: "a coach's side", paras: []string{
			"Cup holders knocked out",
			"Striker Anselmo Duarte-Ruiz scored twice in the second half, and Duarte-Ruiz now leads the scoring table.",
			`Coach Mirela Vukovic-Hart had promised a fast start. "We were slow for an hour," Vukovic-Hart said.`,
			"Vukovic-Hart's side won the cup in the spring without losing a game.",
			`"Nobody remembers the spring now," the 44-year-old said.`,
		}, want: map[string]string{"Nobody remembers the spring now": "Mirela Vukovic-Hart"}},
	})
}

// TestRound19PeopleCurlingSkip: a curling team's captain is its "skip";
// "said <Country> skip <Name>" is the skip speaking, as "said <Country>
// captain <Name>" is, not the country. The verb "skip" stays a verb.
func TestRound19PeopleCurlingSkip(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a country's skip", paras: []string{
			"Hosts reach the final",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"We kept the house clean for nine ends," said Denmark skip Magnus Thorsager-Holm.`,
			`"The ice was quicker than yesterday," said the skip, who turns 30 next month.`,
		}, want: map[string]string{
			"We kept the house clean for nine ends": "Magnus Thorsager-Holm",
			"The ice was quicker than yesterday":    "Magnus Thorsager-Holm",
		}},
		{name: "skip as a verb", paras: []string{
			"Bus strike goes on",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The buses are late again," said Abena Owusu-Ansah, who will skip Monday's council session in protest.`,
		}, want: map[string]string{"The buses are late again": "Abena Owusu-Ansah"}},
	})
}

// TestRound19PeopleTimePhraseBeforePronoun: "An hour after the vote he
// wrote on Facebook: “…”": the indefinite phrase opening the sentence is a
// time, and the pronoun after it is the verb's subject, the man the
// sentence before named; no unnamed person speaks.
func TestRound19PeopleTimePhraseBeforePronoun(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an hour after the vote", paras: []string{
			"Council removes mayor",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Mayor Tigran Oskanyan-Beck, who took office last year, did not attend the session. An hour after the vote he wrote on his page:",
			`"The council did not vote today. It obeyed. I will see them in court."`,
		}, want: map[string]string{"The council did not vote today. It obeyed. I will see them in court.": "Tigran Oskanyan-Beck"}},
		{name: "a day later she told", paras: []string{
			"Clinic closes its doors",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Dr Wanjiru Kamau-Leclerc ran the clinic for twelve years.",
			`A day after the closure she told reporters: "We treated forty people a morning here."`,
		}, want: map[string]string{"We treated forty people a morning here.": "Wanjiru Kamau-Leclerc"}},
	})
}

// TestRound19PeopleRelationNamedAfterPossessive: "“…,” says <Name>'s
// cousin, <Given> <Family>, who …": the relation named after the comma
// speaks, not the person whose relation they are; the speaker's next
// quote of the paragraph is theirs too.
func TestRound19PeopleRelationNamedAfterPossessive(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a cousin", paras: []string{
			"Vanilla comes back to the hills",
			"For ten years Teodoro Massawe-Reyes drove a taxi in the capital. Today he grows vanilla on the plot his father cleared.",
			`"People laughed when he came back," says Massawe-Reyes's cousin, Imelda Kiwelu, who dries the pods behind her shop. "Now they ask him for cuttings."`,
		}, want: map[string]string{
			"People laughed when he came back": "Imelda Kiwelu",
			"Now they ask him for cuttings.":   "Imelda Kiwelu",
		}},
		{name: "a neighbour", paras: []string{
			"Wells run dry early",
			"Doña Paulina Arancibia Soto has carried water up the hill every morning since August.",
			`"The well was full at Easter. By September we were pulling up mud," said Arancibia's neighbour, Ezequiel Quispe Mamani.`,
		}, want: map[string]string{"The well was full at Easter. By September we were pulling up mud": "Ezequiel Quispe Mamani"}},
	})
}

// TestRound19PeopleStrangerMet: "I had a lady stop me at the market. She
// said, “…”": a stranger the first-person speaker met and never named is
// whom the pronoun opening the next sentence means; the quote's speaker
// stays unknown, not the woman the story is about.
func TestRound19PeopleStrangerMet(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a lady at the ferry", paras: []string{
			"Q&A: the new ferry chief",
			"Orla Quigley-Mensah took over the island ferry company in May. She ran its engine room for a decade.",
			`Q: Do passengers complain?`,
			`A: All the time. I had a lady stop me on the quay in my first week. She said, "I do not mind the price, I mind the waiting." I think about that every day.`,
		}, want: map[string]string{"I do not mind the price, I mind the waiting.": "unknown"}},
		{name: "a man called by name", paras: []string{
			"Heat and the building sites",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`I asked the foreman, a quiet man called Rohan Dasgupta-Lee, what he thought. "Give us shade and we will work," he said.`,
		}, want: map[string]string{"Give us shade and we will work": "Rohan Dasgupta-Lee"}},
	})
}

// TestRound19PeopleSiteNamedAfterPerson: "on <Given> <Surname> Drive", "to
// the Sister Islands": a street or islands whose name holds a person's
// name or a title's word is a place, not a woman or a man whom a pronoun
// could mean; it no longer keeps the article from learning that "she" is
// the woman it has named.
func TestRound19PeopleSiteNamedAfterPerson(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "islands and a drive", paras: []string{
			"Q&A: the new ferry chief",
			"Oriane Bastaki-Loew took over as chief executive of the ferry company in October. A captain by training, she sailed the night crossing to the Sister Islands for nine years.",
			`The board's chairman, Desmond Ferreira, called her "the right person at the right time".`,
			`She sat down with us at the company's offices on Edwin Walcott Drive. She says her first priority is "boats that leave on time".`,
		}, want: map[string]string{"boats that leave on time": "Oriane Bastaki-Loew"}},
	})
}

// TestRound19PeopleBriefingLabelWithTitle: a briefing's transcript labels
// each turn "<Name>, <Title or outlet>:"; such a label names the turn's
// speaker as "<Name>:" does, so "You said …?" in a reporter's question is
// the words of the one whose labelled turn answers it.
func TestRound19PeopleBriefingLabelWithTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a spokesperson answers", paras: []string{
			"Transcript of the weekly media briefing",
			"Ravindra Kulkarni-Shah, Official Spokesperson: Good afternoon. I will take your questions.",
			`Tanvi Oberoi-Nair, The Morning Ledger: Sir, on the border talks. You said the text was "nearly done". Is it signed?`,
			"Ravindra Kulkarni-Shah, Official Spokesperson: Tanvi, not yet. We will tell you when it is.",
		}, want: map[string]string{"nearly done": "Ravindra Kulkarni-Shah"}},
	})
}
