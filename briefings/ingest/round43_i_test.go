package ingest_test

import (
	"testing"
)

// TestRound43iProsecutorIsTheStatesAttorney: "the prosecutor said" is the
// lawyer whose title names them as the state's ("Deputy <County> County
// Attorney <Name>"), never a defence lawyer whose title is plain
// "attorney".
func TestRound43iProsecutorIsTheStatesAttorney(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "county attorney is the prosecutor",
		paras: []string{"Dealer jailed over overdose death\n\n" +
			"BOZEMAN — A man who sold pills to a friend who died was sent to prison for 20 years on Monday.\n\n" +
			"Deputy Gallatin County Attorney Marissa Quenneville-Hart had asked for 25 years. She told the court the man had sold pills for months.\n\n" +
			"\"He knew exactly what he was selling and to whom,\" the prosecutor said.\n\n" +
			"The defence asked for treatment."},
		want: map[string]string{
			"He knew exactly what he was selling and to whom": "Marissa Quenneville-Hart",
		},
	}, {
		name: "a defence attorney is not the prosecutor",
		paras: []string{"Dealer jailed over overdose death\n\n" +
			"BOZEMAN — A man who sold pills to a friend who died was sent to prison for 20 years on Monday.\n\n" +
			"Defense attorney Marissa Quenneville-Hart had asked for a suspended term. She told the court her client had been addicted for years.\n\n" +
			"\"He knew exactly what he was selling and to whom,\" the prosecutor said.\n\n" +
			"The judge agreed with the state."},
		want: map[string]string{
			"He knew exactly what he was selling and to whom": "unknown",
		},
	}})
}

// TestRound43iQuotedAnswerUnderQuestion: a Q&A whose questions stand
// unmarked in paragraphs of their own and whose answers are in quotation
// marks with no verb: each answer is the interviewee's.
func TestRound43iQuotedAnswerUnderQuestion(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "quoted answers under unmarked questions",
		paras: []string{"'The river keeps its own calendar': a ferryman on floods and fares\n\n" +
			"Q&A by Staff Writer\n\n" +
			"PORT ALLEN — Theo Marchetti-Dubois has run the small car ferry across the bayou for 31 years. Marchetti-Dubois says this winter's floods were the worst he has seen. We spoke in his wheelhouse between crossings.\n\n" +
			"How bad was the flooding?\n\n" +
			"\"We lost nine days of crossings in January. The landing on the east side was under a foot of water and nobody could drive on.\"\n\n" +
			"Has the parish helped?\n\n" +
			"\"They sent a man with a clipboard. He measured the water and left, and that was the last we heard of it.\"\n\n" +
			"Would you raise the fare?\n\n" +
			"\"Two dollars has been two dollars since my first year. I would sooner sell the boat than charge my neighbours more.\"\n\n" +
			"The parish council meets next month."},
		want: map[string]string{
			"We lost nine days of crossings in January. The landing on the east side was under a foot of water and nobody could drive on.": "Theo Marchetti-Dubois",
			"They sent a man with a clipboard. He measured the water and left, and that was the last we heard of it.":                      "Theo Marchetti-Dubois",
			"Two dollars has been two dollars since my first year. I would sooner sell the boat than charge my neighbours more.":           "Theo Marchetti-Dubois",
		},
	}})
}

// TestRound43iDescriptionThenNameBeforeQuoteParagraph: "<Body>’s chief
// <title> for <Body>, <Given> <Surname>, <verb>ed … ." over a paragraph
// that is only a quote: the name set off after the description speaks.
func TestRound43iDescriptionThenNameBeforeQuoteParagraph(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "appositive name after a title, then a quote alone",
		paras: []string{"Hamburg port strike: live updates\n\n" +
			"Cranes at the container terminals stood still on Tuesday as dock workers walked out for a second day.\n\n" +
			"Unia’s chief negotiator for the HHLA, Katrin Oberländer-Voss, defended the stoppage at the Waltershof gate before dawn.\n\n" +
			"“Nobody here wants to strike, but the offer on the table would not even cover the rise in rents.”\n\n" +
			"The port authority said ships were being diverted to Bremerhaven."},
		want: map[string]string{
			"Nobody here wants to strike, but the offer on the table would not even cover the rise in rents.": "Katrin Oberländer-Voss",
		},
	}})
}

// TestRound43iClubNamedAtTheTop: a match report that names "AS <Place>"
// in its first paragraph and has "the club said" many paragraphs on:
// the one club the article names so, however far back; none when it
// names two.
func TestRound43iClubNamedAtTheTop(t *testing.T) {
	t.Parallel()
	report := func(opening string) []string {
		return []string{"Late run sinks the leaders in Limoges\n\n" +
			opening + "\n\n" +
			"The hosts trailed by eleven at half-time before a 20-4 run in the third quarter turned the game.\n\n" +
			"“We found our legs after the break,” Delacroix-Moreau told reporters.\n\n" +
			"“The crowd carried us in the last five minutes,” the coach added.\n\n" +
			"Forward Bastien Okafor-Lemaire led the scoring with 22 points.\n\n" +
			"“I only had to finish what the guards created,” Okafor-Lemaire said.\n\n" +
			"The visiting coach, Piotr Wasilewski-Nowak, did not hide his anger.\n\n" +
			"“We gave the game away in six minutes,” Wasilewski-Nowak said. “That cannot happen at this level.”\n\n" +
			"There was bad news late on. Guard Mathis Ndiaye-Roux went off holding his wrist.\n\n" +
			"On Sunday evening, the club said: “Mathis Ndiaye-Roux has a fractured wrist and will be out for about six weeks.”"}
	}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name:  "one club named with AS, far back",
		paras: report("AS Limoges Vienne beat the league leaders 84-77 on Saturday night, their fourth win in a row."),
		want: map[string]string{
			"Mathis Ndiaye-Roux has a fractured wrist and will be out for about six weeks.": "AS Limoges Vienne",
		},
	}, {
		name:  "two clubs named, neither is meant",
		paras: report("AS Limoges Vienne beat AS Brive Corrèze 84-77 on Saturday night, their fourth win in a row."),
		want: map[string]string{
			"Mathis Ndiaye-Roux has a fractured wrist and will be out for about six weeks.": "unknown",
		},
	}})
}

// TestRound43iEpithetOfSomeoneUnnamed: "the <noun> said" when the article
// brought that person in as "a <noun>" and never named them: no one, not
// the lawyer who spoke just before.
func TestRound43iEpithetOfSomeoneUnnamed(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a cyclist, later the cyclist",
		paras: []string{"Courier fined over Ring Road collision\n\n" +
			"A parcel courier has been fined $2,400 after his van clipped a cyclist at a roundabout on the Ring Road in Palmerston North.\n\n" +
			"The magistrate was told the van had moved off before the roundabout was clear.\n\n" +
			"Defence counsel Hemi Rautahi-Brooks said his client had offered to pay for a new bicycle.\n\n" +
			"\"He has not driven for the company since,\" Mr Rautahi-Brooks said.\n\n" +
			"In a statement read to the magistrate, the cyclist said: \"I ride to work on the footpath now, and I hate it.\"\n\n" +
			"The courier company did not respond to questions."},
		want: map[string]string{"I ride to work on the footpath now, and I hate it.": "unknown"},
	}})
}

// TestRound43iJointReleasePair: in a release whose heading says it is
// issued jointly, "<ACR A> and <ACR B> said: “…”" is the first-named
// party's; in a plain report the pair stays no one's.
func TestRound43iJointReleasePair(t *testing.T) {
	t.Parallel()
	body := func(heading string) []string {
		return []string{heading + "\n\n" +
			"Power cut at Harbourside rail depot resolved\n\n" +
			"1. The Maritime and Rail Authority of Norland (MRAN) and Harbourside Rail Company (HRC) said on Friday that power at the depot had been restored at 6pm.\n\n" +
			"2. About 40 trains were held for an hour.\n\n" +
			"3. MRAN and HRC said: \"We are sorry for the delays this caused to commuters. The cause of the fault will be studied in full.\"\n\n" +
			"4. The findings will be published by December."}
	}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name:  "joint release",
		paras: body("JOINT MEDIA RELEASE BY THE MARITIME AND RAIL AUTHORITY OF NORLAND AND HARBOURSIDE RAIL COMPANY"),
		want: map[string]string{
			"We are sorry for the delays this caused to commuters. The cause of the fault will be studied in full.": "Maritime and Rail Authority of Norland",
		},
	}, {
		name:  "not a joint release",
		paras: body("Norland rail news"),
		want: map[string]string{
			"We are sorry for the delays this caused to commuters. The cause of the fault will be studied in full.": "unknown",
		},
	}})
}

// TestRound43iJointDocThenPair: "In a joint statement …, the <Body A>
// and <Body B> urged …, saying <the thing> “…”": the joint text speaks
// for its first-named party.
func TestRound43iJointDocThenPair(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "joint statement before the pair",
		paras: []string{"Council delays harbour walkway\n\n" +
			"NANAIMO — City council voted 5-4 on Monday night to put off the harbour walkway for a year.\n\n" +
			"In a joint statement released on Sunday, the Nanaimo Walking Alliance and PATH Mobility asked council to hold to the plan, saying the walkway \"would give the waterfront back to the people who live here.\"\n\n" +
			"Council will take up the item again in the spring."},
		want: map[string]string{
			"would give the waterfront back to the people who live here.": "Nanaimo Walking Alliance",
		},
	}})
}
