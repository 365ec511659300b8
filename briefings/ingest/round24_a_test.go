package ingest_test

import "testing"

// TestRound24NameAfterPlaceHead: a title's complement that ends in a
// body's or a place's head word ("<Title> of <Place> <Adjective> City",
// "<Title> of the <Words> Council") ends there; the three or four
// capitals after it are the person's name whole, not its last two.
func TestRound24NameAfterPlaceHead(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a mayor of a metropolitan city", paras: []string{
			"Lake town mourns its ferryman",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Mayor of Kestrova Metropolitan City Dorje Lhamu Thapa, who visited the family on Friday, described the ferryman as "the town's best neighbour".`,
			`"We will name the new jetty after him," Thapa said.`,
		}, want: map[string]string{
			"the town's best neighbour":            "Dorje Lhamu Thapa",
			"We will name the new jetty after him": "Dorje Lhamu Thapa",
		}},
		{name: "a chair of a district council", paras: []string{
			"Valley roads to close for repairs",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The bridge will be shut for six weeks," Chairman of Ostrava Valley District Council Bheki Tshabalala Rokaya said.`,
		}, want: map[string]string{"The bridge will be shut for six weeks": "Bheki Tshabalala Rokaya"}},
	})
}

// TestRound24ApposedTitleHolder: capitals the lists do not know as a
// title, set with an article or a complement before a name in commas
// ("the <Title>, <Given> <Surname>,", "<Title> for <Field>, <Field> and
// <Field>, <Given> <Surname>,"), are that person's title: "The <Title>
// said" later is the person, not someone called <Title>. Without the
// article or the complement, a name before a name is a list of people.
func TestRound24ApposedTitleHolder(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a local title with an article", paras: []string{
			"Atoll leaders sign the new compact",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Foreign Minister Helen Marsh-Tavita and the Faipule-o-Nukuvai, Tavita Lemalu, signed the compact in Apia on Monday.`,
			`The Faipule-o-Nukuvai said the compact carried "the hopes of every family on the atoll" and thanked the minister.`,
		}, want: map[string]string{"the hopes of every family on the atoll": "Tavita Lemalu"}},
		{name: "a title with its portfolio", paras: []string{
			"Quota for the northern fjords cut again",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Landsstyremedlem for Fisheries, Hunting and Trade, Aqqaluk Berthelsen-Kleist, says the cut balances the advice against the settlements' income.`,
			`The Landsstyremedlem stresses that the smaller boats will be checked first:`,
			`"Every landing must be logged on the day it is made. Without figures we cannot manage anything."`,
		}, want: map[string]string{"Every landing must be logged on the day it is made. Without figures we cannot manage anything.": "Aqqaluk Berthelsen-Kleist"}},
		{name: "a chief of a place, then a pronoun", paras: []string{
			"Cattle returned to their owners",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Umphatsi Wesigodzi of Mabuleni, Lwazi Dlamini-Shabangu, said the community would keep working with the police.`,
			`"Every stranger who moves cattle at night must be reported," he said.`,
		}, want: map[string]string{"Every stranger who moves cattle at night must be reported": "Lwazi Dlamini-Shabangu"}},
	})
}

// TestRound24LoneWordOfAFullName: a person called later by one word of a
// name the article printed in full. Bare ("<W> asked"), it is a family
// name that opens the full name ("<W> <Given> <Given>"), as Chinese,
// Korean and Malaysian copy writes them; after "the" ("the <W> said"),
// it is a title that stood before a given name and a surname.
func TestRound24LoneWordOfAFullName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a family name first", paras: []string{
			"Assembly passes the drainage bill after a long night",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Toh Kai Ming (DAP-Seri Kembangan) rose to ask whether the states that had already cut their losses would be rewarded.`,
			`"Will a state that did its homework be treated like one that did nothing at all?" Toh asked.`,
		}, want: map[string]string{"Will a state that did its homework be treated like one that did nothing at all?": "Toh Kai Ming"}},
		{name: "a title in another language", paras: []string{
			"Valley waits for a ruling on the ski lift",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The provincial government has not ruled yet. Bezirksrat Florian Oberhauser-Thaler, responsible for planning, told reporters the decision would follow the law.`,
			`"I understand both sides, but I am nobody's lawyer," the Bezirksrat said.`,
		}, want: map[string]string{"I understand both sides, but I am nobody's lawyer": "Florian Oberhauser-Thaler"}},
	})
}

// TestRound24TitleBeforeName: what stands between a title and the given
// name is the title's, not the name's: a councillor's "Clr" (Zimbabwean
// and South African copy), and a field a police or army title is
// shortened with ("<ACR> <Field> <Given> <Surname>").
func TestRound24TitleBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "Clr before a surname", paras: []string{
			"Councillors clash over the water schedule",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Ward 12 councillor Tinashe Chikwanha told the meeting that residents had gone a week without water.`,
			`Clr Chikwanha interjected, saying: "Then tell me why the eastern suburbs had water on Monday."`,
		}, want: map[string]string{"Then tell me why the eastern suburbs had water on Monday.": "Tinashe Chikwanha"}},
		{name: "a police title with its field", paras: []string{
			"Police seize guns at a beach landing",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The exercise was coordinated by ACP Investigations Marcus Baptiste-Ramdeen and officers of the Northern Division.`,
			`ACP Baptiste-Ramdeen urged the public to come forward. "You need not tell us who you are," he said.`,
		}, want: map[string]string{"You need not tell us who you are": "Marcus Baptiste-Ramdeen"}},
	})
}

// TestRound24PlaceNounOf: a lower-case place noun before "of" ("a
// district of <Name>", "the island of <Name>") makes the name a place,
// as "the residents of <Name>" does: a sentence that opens "In <Place>, a
// district of <City>, a <person> who asked not to be named told <Outlet>
// …" has the unnamed person as its subject, whom "he" then means, not the
// outlet; and a place so named is no one "she" can mean.
func TestRound24PlaceNounOf(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an unnamed resident after a fronted place", paras: []string{
			"Power returns to the eastern districts",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Utility spokesperson Hana Osei-Darko told reporters that supply would stay on a rota. "Generation is still short of demand," she said.`,
			`In Kafr Amin, a district of Wadi Sella, a shopkeeper who asked not to be named told Horizon Daily that the lights came on after dusk. "The children ran into the street. We had forgotten the hum of a fridge," he said.`,
		}, want: map[string]string{"The children ran into the street. We had forgotten the hum of a fridge": "unknown"}},
	})
}

// TestRound24TitleInitials: a transcript's speaker label "<ACR> <Given>:"
// whose letters open the title the headline spells out before the
// person's full name ("<Minister> of <State> for <Field> Dr <Given>
// <Surname>'s Interview") is that person: the initials are a title, and
// the given name opens the full name the headline prints.
func TestRound24TitleInitials(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a minister of state's label", paras: []string{
			"Transcript of Minister of State for Trade Dr Nurul Hakim's Doorstop Interview with the Media, 3 March 2025",
			"Question: What did Norland hope to achieve at today's meeting?",
			`MOS Nurul: What we wanted was agreement on the border checks. I told my colleagues in the room, "A rule that only exists on paper cannot stop a single truck." I think everyone agreed with that.`,
		}, want: map[string]string{"A rule that only exists on paper cannot stop a single truck.": "Nurul Hakim"}},
	})
}

// TestRound24UnlabelledAnswers: a press conference printed without
// speaker labels, under a heading that says whose the answers are
// ("Transcript of the questions asked and the answers given by <Name>,
// <Title>, and <Name>, <Title>"): "I" in an answer is the first named.
func TestRound24UnlabelledAnswers(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a central bank's press conference", paras: []string{
			"Press conference on the monetary policy decision",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Transcript of the questions asked and the answers given by Maren Holvik, Governor of the Norland Bank, and Teodor Brask, Deputy Governor",
			"You have now kept rates on hold twice. Is the door to a further cut closed?",
			`In March I said that we were "close to the end of the cycle", and this week's figures confirm it. We look at the data, meeting by meeting.`,
		}, want: map[string]string{"close to the end of the cycle": "Maren Holvik"}},
	})
}

// TestRound24FormerPostOfLastSpeaker: "The former <Team> <position>
// added …" right after a named person spoke (sports copy's way of naming
// the coach again by what he once was) is that person: a post no one
// holds now cannot be someone else's current title. "<Name> fumed" is a
// verb of saying, as "blustered" is.
func TestRound24FormerPostOfLastSpeaker(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a coach by his playing days", paras: []string{
			"Leopards fume over late penalty",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Rangers head coach Tobias Mwangi Karanja was less than impressed with the officiating, insisting the penalty was "a gift".`,
			`"The whole ground could see that he went down too easily. We cannot keep losing matches like this," Karanja fumed.`,
			`The former Lakeside Stars defender added that the club would write to the federation "to ask for the footage that nobody has".`,
		}, want: map[string]string{"to ask for the footage that nobody has": "Tobias Mwangi Karanja"}},
	})
}

// TestRound24BracketThenAffiliation: "<Title> <Given> <Surname> (<name
// in its own script>) of the <Party> wrote: “…”" is the person's; the
// party after "of" is theirs, as without the bracket.
func TestRound24BracketThenAffiliation(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a councillor's name in characters, then her party", paras: []string{
			"Residents demand a timetable after another tank leak",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Tainan City Councilor Chen Mei-ling (陳美玲) of the New Harbour Party wrote on Facebook: "Each time the tanks spill, the company pays a fine. When will the tanks finally move?"`,
		}, want: map[string]string{"Each time the tanks spill, the company pays a fine. When will the tanks finally move?": "Chen Mei-ling"}},
	})
}

// TestRound24NumberedUnitTitle: "said Local <n> President <Given>
// <Surname>": a union local's, a region's or a ward's number inside the
// title run before the name is no end of it.
func TestRound24NumberedUnitTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a union local's president after the verb", paras: []string{
			"Refinery workers give their union a strike mandate",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"We did not go looking for this dispute," said Local 812 President Dale Brunsvik. "But our members know exactly what is at stake."`,
		}, want: map[string]string{
			"We did not go looking for this dispute":         "Dale Brunsvik",
			"But our members know exactly what is at stake.": "Dale Brunsvik",
		}},
	})
}

// TestRound24BracketedQualifierOfTitle: "<Title> of <Body> (<Ag.>)
// <Given> <Surname>": an acting holder's bracketed qualifier stands
// between the title and the name, and the stop of "Ag." ends no
// sentence. The title is the person's, so "The <Title> (Ag.) said" and
// "she" after it are that person.
func TestRound24BracketedQualifierOfTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an acting commissioner", paras: []string{
			"Police seize rifles at a beach landing",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Commissioner of Police (Ag.) Rhonda Baptiste-Ollivierre commended the officers involved.`,
			`Snr Supt Ramdial said the operation was the result of "weeks of patient surveillance".`,
			`The Commissioner (Ag.) said the serial numbers had been sent "for tracing through our partners in the region".`,
			`The Commissioner (Ag.) later visited the station, where she told officers: "This is what policing should look like."`,
		}, want: map[string]string{
			"for tracing through our partners in the region": "Rhonda Baptiste-Ollivierre",
			"This is what policing should look like.":        "Rhonda Baptiste-Ollivierre",
		}},
	})
}

// TestRound24RankedOfficialOfLastSpeaker: "The senior <Body> official
// emphasized …" right after a named official spoke is that official (a
// definite description with a rank names one known person), so "she"
// after it is too; "a senior <Body> official" stays the body's voice.
func TestRound24RankedOfficialOfLastSpeaker(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the senior official", paras: []string{
			"Regional commission lowers its growth forecast",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"We are heading for a third slow decade," stated Ines Varela Montes, the commission's Executive Secretary, at a press conference.`,
			`The senior United Nations official emphasized that growth had averaged less than 1% a year. "The region needs a strong start, and it needs it now," she said.`,
		}, want: map[string]string{"The region needs a strong start, and it needs it now": "Ines Varela Montes"}},
	})
}

// TestRound24NameModifiesSpeechNoun: "<Name> said residents had heard
// the <Place> promise “…”": after "the" and a name in the singular, the
// bare "promise" is a noun the name modifies; the words are the
// speaker's of the sentence, not the place's.
func TestRound24NameModifiesSpeechNoun(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a pipeline's promise", paras: []string{
			"Councillors clash over the water schedule",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Ward 4 councillor Tendai Chiweshe said residents had heard the Kaonde-Mvuma promise "since our grandparents were children".`,
		}, want: map[string]string{"since our grandparents were children": "Tendai Chiweshe"}},
	})
}

// TestRound24TitleLettersAroundName: letters around a name that are a
// title's: a Welsh Member of the Senedd's "MS" after the name (in
// capitals; "Ms" before a name stays an honorific), and a rank written as
// two abbreviations joined by a slash ("Ch/Supt <Surname>") after the
// verb.
func TestRound24TitleLettersAroundName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a member of the Senedd", paras: []string{
			"Welsh novel wins translation prize",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Carys Pryce-Morgan MS, the party's spokesperson for culture, posted on X: "Our literature has always been world class."`,
		}, want: map[string]string{"Our literature has always been world class.": "Carys Pryce-Morgan"}},
		{name: "a rank joined by a slash", paras: []string{
			"Search for missing fishermen widens",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Chief Superintendent Peter Taloafa-Kwai says the two men survived on rainwater.`,
			`"Our patrol boat is now searching the area south of the island," says Ch/Supt Taloafa-Kwai.`,
		}, want: map[string]string{"Our patrol boat is now searching the area south of the island": "Peter Taloafa-Kwai"}},
	})
}

// TestRound24JudgeOfAppeal: "Justice of Appeal <Surname> wrote:" is the
// judge named by the surname: an appellate judge's title ends in "of
// Appeal", and the capital after it is no part of it.
func TestRound24JudgeOfAppeal(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a judge of appeal by the surname", paras: []string{
			"Appeal court orders the state to pay for the port land",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`In the judgment of the majority, delivered by Justice of Appeal Beaubrun-Mitchell, the court found for the landowner.`,
			`Justice of Appeal Beaubrun-Mitchell wrote:`,
			`"A Government which takes a citizen's land must either pay him or pay the money into court. It did neither."`,
		}, want: map[string]string{"A Government which takes a citizen's land must either pay him or pay the money into court. It did neither.": "Beaubrun-Mitchell"}},
	})
}
