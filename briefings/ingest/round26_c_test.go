package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound26DateLinesWithBars: a page's stamp line that holds two
// labelled stamps split by a bar ("Posted at <date> <time> | Updated as of
// <date> <time>"), on a line of its own or joined to the outlet's name,
// is dated by the first; a court's summary headed by the case's citation,
// a bar and "Judgment rendered <date>" is dated by the judgment.
func TestRound26DateLinesWithBars(t *testing.T) {
	t.Parallel()
	const body = "\n\nThe harbour board approved a new pontoon for the marina on Monday, the board said.\n\n" +
		"\"Visiting yachts have doubled in five years and the old berths cannot cope,\" harbour master Ilse Brandvold-Achebe said.\n\n" +
		"Work on the pontoon is expected to begin in spring."
	for _, tc := range []struct{ name, text, date string }{
		{"posted at and updated as of, on a line of their own",
			"Harbour board backs new pontoon\n\nPosted at Mar 11 2025 09:12 AM | Updated as of Mar 12 2025 10:40 AM" + body, "2025-03-11"},
		{"posted at and updated as of, joined to the outlet's name",
			"Harbour board backs new pontoon\n\nVellin Post News\nPosted at Mar 11 2025 09:12 AM | Updated as of Mar 12 2025 10:40 AM" + body, "2025-03-11"},
		{"a citation, a bar and the day the judgment was rendered",
			"Decisions of the Court\n\nHarbour Users v. Vellin (Harbour Board)\n\n2025 VSC 12 | Judgment rendered March 11, 2025" + body, "2025-03-11"},
		{"judgment rendered in a sentence is no date line",
			"Harbour board backs new pontoon" + body + "\n\nThe judgment rendered March 11, 2025 was appealed.", "0001-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := ingest.ReadText(tc.text)
			if got := a.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, a.DateFrom)
			}
		})
	}
}

// TestRound26Inscriptions: the words on placards, banners and signs,
// joined to the noun by linking words ("placards with inscriptions such
// as “<slogan>” and “<slogan>”", "banners reading “<slogan>”"), are no
// one's speech, each quote of the list; a speaker's words after "sign" the
// verb stay quotes. A related story's headline that asks a question
// ("Read: <Topic>: What is a '<term>'?") quotes no one either.
func TestRound26Inscriptions(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"signs with slogans such as two of them", []string{
			`About two hundred tenants marched to the town hall holding signs with slogans such as "Rent is not a luxury" and "Fix the lifts first".`,
			`"Half the building has had no heating since October," tenants' committee secretary Ousman Jarra-Bah said.`,
		}, []string{"Rent is not a luxury", "Fix the lifts first"}, "Half the building has had no heating since October"},
		{"banners reading a list of slogans", []string{
			`Students hung banners reading "No fees", "Free the campus" and "Teach us, don't bill us" from the library windows.`,
			`"We will stay until the council listens," student leader Amara Okafor-Lind said.`,
		}, []string{"No fees", "Free the campus", "Teach us, don't bill us"}, "We will stay until the council listens"},
		{"the verb sign before a quote stays a quote", []string{
			`Union secretary Amara Okafor-Lind said her members would refuse to sign "a blank cheque for the owners" at the next round of talks.`,
		}, nil, "a blank cheque for the owners"},
		{"a related headline that asks a question", []string{
			`"We expect ash falls on the western slopes tonight," volcanologist Teodor Halvorsen-Ama said.`,
			`READ: Ash advisory: Why is a 'lava dome collapse' so feared?`,
			`Schools in three towns will stay closed on Wednesday.`,
		}, []string{"lava dome collapse"}, "We expect ash falls on the western slopes tonight"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}

// TestRound26ItAfterAFrontedPhrase: "it" as the subject after a phrase
// the sentence opens with ("In its <document>, it <verb>s that …") goes
// on with the body the sentence before opens with, as an "It" opening
// the sentence does — also when that body is named in its own language
// by a one-word alias after "the" that only the registry knows.
func TestRound26ItAfterAFrontedPhrase(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Body("Conselho da Concorrência", "Vellinia's competition regulator", "the Conselho"),
		r13Body("Marvane Cimentos", "cement maker"))
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a body's one-word alias in its own language", reg: reg, paras: []string{
			"Regulator fines cement makers",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Marvane Cimentos told the hearing its talks with rivals were "purely about supply" during breakdowns.`,
			`The Conselho fined the four firms a total of 9 million euros. In its ruling, it writes that the price fixing had been "especially damaging" to the towns that bought the cement.`,
		}, want: map[string]string{"especially damaging": "Conselho da Concorrência"}},
		{name: "a body named in English", paras: []string{
			"Regulator fines cement makers",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Vellinian Competition Authority fined the four firms a total of 9 million euros. On Tuesday, it warned that the price fixing had been "especially damaging" to the towns that bought the cement.`,
		}, want: map[string]string{"especially damaging": "Vellinian Competition Authority"}},
	})
}

// TestRound26OnBehalfOfABody: someone the article does not name, whose
// description says they spoke on a body's behalf ("A <title> at <Body>,
// who was speaking on behalf of it, denied …"), is the body's voice: the
// "he" or "she" of the quote after is the body. Without that clause a
// body's member who asks not to be named speaks for no one.
func TestRound26OnBehalfOfABody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an engineer speaking on behalf of the firm", paras: []string{
			"Villagers blame quarry for cracked walls",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A senior engineer at Dunmore Aggregates Ltd, who was speaking on behalf of the firm and would not be named, denied on Friday that any house had been damaged by the blasting.`,
			`"Every blast is measured and logged, and the readings are open to the council," he said.`,
		}, want: map[string]string{"Every blast is measured and logged, and the readings are open to the council": "Dunmore Aggregates Ltd"}},
		{name: "a nurse who asked not to be named", paras: []string{
			"Clinic runs short of beds",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A nurse at Vellin General Hospital, who asked not to be named, described the wards as full.`,
			`"We are seeing more children every day," she said.`,
		}, want: map[string]string{"We are seeing more children every day": "unknown"}},
	})
}

// TestRound26TheyOfABodysOrgan: "they" in a sentence that has just named a
// body's organ or its people ("the <Body> board", "the <Body> elders")
// speaks for the body.
func TestRound26TheyOfABodysOrgan(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a body's elders", paras: []string{
			"Road route changed after talks",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Engineers redrew the route twice last year. In March the contractor sat down with the Kerrow Valley Council elders, and they called the new line "the least bad of the options".`,
		}, want: map[string]string{"the least bad of the options": "Kerrow Valley Council"}},
	})
}

// TestRound26DashInterview: in an interview whose unlabelled turns open
// with a dash, "I" in an answer is the person the question before it
// addresses, the one the introduction is about.
func TestRound26DashInterview(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an answer that reports the speaker's own words", paras: []string{
			`"Nobody reads the tide tables": a ferry captain on the new timetable`,
			`The island ferry's winter timetable starts next month. Ruslan Abenov, who has skippered the route for twenty years, spoke to us about the changes. Ruslan Abenov heads the crews' association.`,
			`– Captain Abenov, what is wrong with the new timetable?`,
			`– It was drawn up by people who have never crossed the strait in January.`,
			`– The operator says the changes save fuel. Is it right?`,
			`– On paper. I wrote to the operator in November: "Sail by the tide, not by the clock, or you will burn the fuel anyway."`,
		}, want: map[string]string{"Sail by the tide, not by the clock, or you will burn the fuel anyway.": "Ruslan Abenov"}},
	})
}

// TestRound26QuoteParagraphAfterTwoQuotes: a paragraph that is one quote
// goes on in the voice of the paragraph before when that paragraph ends
// with its speaker's own words after the speech verb ('"<A>," says
// <Name>, <Title>. "<B>."').
func TestRound26QuoteParagraphAfterTwoQuotes(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a second quote closes the paragraph before", paras: []string{
			"Brewer shuts its oldest site",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The old brewhouse has served us since 1898," says Mateus Varga-Holm, chief executive of Kerrow Ales. "Keeping it running would now cost more than building anew."`,
			`"Every brewer on the site will be offered a job at the new plant."`,
		}, want: map[string]string{"Every brewer on the site will be offered a job at the new plant.": "Mateus Varga-Holm"}},
	})
}

// TestRound26NameWithBracketedTag: a name set off after a title with a
// tag in brackets — a delegate's country, a member's party or seat
// ("<Title>, Mr. <Name> (<Country>), <verb>ed …") — is the speaker, as
// the name without its tag is.
func TestRound26NameWithBracketedTag(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a rapporteur and the country he sits for", paras: []string{
			"Fisheries panel closes its session",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Rapporteur, Mr. Tomas Okafor-Lind (Vellinia), told the plenary after the vote that the drafters had made the text "balanced, if not perfect".`,
		}, want: map[string]string{"balanced, if not perfect": "Tomas Okafor-Lind"}},
		{name: "a member and her party", paras: []string{
			"Budget passes second reading",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The committee's deputy chair, Ilse Brandvold-Achebe (Greens), said the budget was "a missed chance for the coast".`,
		}, want: map[string]string{"a missed chance for the coast": "Ilse Brandvold-Achebe"}},
	})
}

// TestRound26SecondVerbOfARelativeClause: the second verb of a relative
// clause set off after a body ("<Body>, which <verb>s … and calls it
// “…”", or after a dash) has the clause's subject, the body, not the
// sentence's own subject.
func TestRound26SecondVerbOfARelativeClause(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "after a comma", paras: []string{
			"Bridge repair approved",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The design was reviewed by the Vellin Roads Board, which inspected the bridge in June and described its deck as "unsafe for lorries".`,
		}, want: map[string]string{"unsafe for lorries": "Vellin Roads Board"}},
		{name: "after a dash", paras: []string{
			"Bridge repair approved",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The design was reviewed by the county and by the Vellin Roads Board - which inspected the bridge in June and described its deck as "unsafe for lorries" - before the vote.`,
		}, want: map[string]string{"unsafe for lorries": "Vellin Roads Board"}},
	})
}

// TestRound26ReportOfABodyPresented: "<Person> presented <Body>'s report
// …. The report <verb>s “…”": the report speaks for the body whose it is,
// not for whoever presented it.
func TestRound26ReportOfABodyPresented(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a body's report presented by its chair", paras: []string{
			"Panel backs coastal rail line",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Vellin Transport Commission was asked last year to compare the rail line with a wider coast road.`,
			`Ilse Brandvold-Achebe, who chairs it, tabled the Commission's report on Monday. The report calls the line "the cheapest way to take lorries off the coast road".`,
		}, want: map[string]string{"the cheapest way to take lorries off the coast road": "Vellin Transport Commission"}},
	})
}
