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
			"Cases in Brief\n\nHarbour Users v. Vellin (Harbour Board)\n\n2025 VSC 12 | Judgment rendered March 11, 2025" + body, "2025-03-11"},
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
// verb, or after a sign noun and a verb of saying, stay quotes. A related
// story's headline that asks a question ("Read: <Topic>: What is a
// '<term>'?") quotes no one either.
func TestRound26Inscriptions(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"placards with inscriptions such as two slogans", []string{
			`The marchers carried placards with inscriptions such as "Our river is not a sewer" and "Hands off the wetlands", in reference to the reserve beside the plant.`,
			`"We are not against jobs, we are against poison," youth leader Ousman Jarra-Bah said.`,
		}, []string{"Our river is not a sewer", "Hands off the wetlands"}, "We are not against jobs, we are against poison"},
		{"banners reading a list of slogans", []string{
			`Students hung banners reading "No fees", "Free the campus" and "Teach us, don't bill us" from the library windows.`,
			`"We will stay until the council listens," student leader Amara Okafor-Lind said.`,
		}, []string{"No fees", "Free the campus", "Teach us, don't bill us"}, "We will stay until the council listens"},
		{"the verb sign before a quote stays a quote", []string{
			`Union secretary Amara Okafor-Lind said her members would refuse to sign "a blank cheque for the owners" at the next round of talks.`,
		}, nil, "a blank cheque for the owners"},
		{"a related headline that asks a question", []string{
			`"We expect ash falls on the western slopes tonight," volcanologist Teodor Halvorsen-Ama said.`,
			`READ: Ash warning: What is a 'lava dome collapse'?`,
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
			`Marvane Cimentos argued that its talks with rivals were "purely about supply" during breakdowns.`,
			`The Conselho considers that these agreements are among the gravest breaches of the law. In its decision, it stresses that they were "especially damaging" to the towns that bought the cement.`,
		}, want: map[string]string{"especially damaging": "Conselho da Concorrência"}},
		{name: "a body named in English", paras: []string{
			"Regulator fines cement makers",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Vellinian Competition Authority considers that these agreements are among the gravest breaches of the law. On Tuesday, it warned that they were "especially damaging" to the towns that bought the cement.`,
		}, want: map[string]string{"especially damaging": "Vellinian Competition Authority"}},
	})
}

// TestRound26OnBehalfOfABody: someone the article does not name, whose
// description says they spoke on a body's behalf ("A <title> at <Body>,
// who spoke on behalf of the company but declined to give his name"), is
// the body's voice: the "he" of the quote after is the body. Without that
// clause a body's member who asks not to be named speaks for no one.
func TestRound26OnBehalfOfABody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a manager who spoke on behalf of the company", paras: []string{
			"Residents protest at fish plant",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A manager at Kerrow Fish Products Company Ltd, who spoke on behalf of the company but declined to give his name, denied the allegations.`,
			`"Our plant is working and we are ready to show our records to anybody," he said.`,
		}, want: map[string]string{"Our plant is working and we are ready to show our records to anybody": "Kerrow Fish Products Company Ltd"}},
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
		{name: "a body's board", paras: []string{
			"Pipeline route agreed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Minister Tomas Okafor-Lind said: "I met with the Kerrow Land Council board last Thursday, and what they told me was, 'Ask us before the diggers come.' That is what we will do."`,
			`Later, Okafor-Lind met the Kerrow Land Council board again, and they said the route was "acceptable for now".`,
		}, want: map[string]string{"acceptable for now": "Kerrow Land Council"}},
	})
}

// TestRound26DashInterview: in an interview whose unlabelled turns open
// with a dash, "I" in an answer is the person the question before it
// addresses, the one the introduction is about.
func TestRound26DashInterview(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an answer that reports the speaker's own words", paras: []string{
			`"The wagons never come": a grain farmer on the export queue`,
			`Farmers in the north say the railway cannot move the harvest. Ruslan Abenov, chairman of the regional growers' union, has farmed near Vellin for twenty years. We asked Ruslan Abenov what has gone wrong.`,
			`– Mr. Abenov, why are farmers complaining?`,
			`– Because the grain sits in the elevator while we wait for wagons.`,
			`– The ministry says exporters must plan ahead. Do you agree?`,
			`– Partly. I told the deputy minister at the meeting: "Give us a booking system we can see and we will plan."`,
		}, want: map[string]string{"Give us a booking system we can see and we will plan.": "Ruslan Abenov"}},
	})
}

// TestRound26QuoteParagraphAfterTwoQuotes: a paragraph that is one quote
// goes on in the voice of the paragraph before when that paragraph ends
// with its speaker's own words after the speech verb ('"<A>," says
// <Name>, <Title>. "<B>."'); when it ends with a sentence of the story's
// own, the quote after it has no speaker from it.
func TestRound26QuoteParagraphAfterTwoQuotes(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a second quote closes the paragraph before", paras: []string{
			"Wind farm plans dropped",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"We have worked with the authorities for a year," says Mateus Varga-Holm, Group President and CEO of Kerrow Wind. "However, the project would not create value for our shareholders."`,
			`"Vellinia remains our home market, and we will bid again when the conditions are right."`,
		}, want: map[string]string{"Vellinia remains our home market, and we will bid again when the conditions are right.": "Mateus Varga-Holm"}},
	})
}

// TestRound26NameWithBracketedTag: a name set off after a title with a
// tag in brackets — a delegate's country, a member's party or seat
// ("<Title>, Mr. <Name> (<Country>), told …") — is the speaker, as the
// name without its tag is.
func TestRound26NameWithBracketedTag(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a chair and the country he sits for", paras: []string{
			"Talks end with a deal",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Chair of the session, Mr. Tomas Okafor-Lind (Vellinia), told delegates at the close of the meeting that the Committee had shown "that talks can still deliver, even when it is hard".`,
		}, want: map[string]string{"that talks can still deliver, even when it is hard": "Tomas Okafor-Lind"}},
		{name: "a member and her party", paras: []string{
			"Budget passes second reading",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The committee's deputy chair, Ilse Brandvold-Achebe (Greens), said the budget was "a missed chance for the coast".`,
		}, want: map[string]string{"a missed chance for the coast": "Ilse Brandvold-Achebe"}},
	})
}

// TestRound26SecondVerbOfARelativeClause: the second verb of a relative
// clause set off after a body ("<Body>, which has it on its list and calls
// it “…”", or after a dash) has the clause's subject, the body, not the
// sentence's own subject.
func TestRound26SecondVerbOfARelativeClause(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "after a comma", paras: []string{
			"Dam contract signed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The price has been checked by Kerrow Infrastructure, which has the dam on its priority list and calls it "ready to build".`,
		}, want: map[string]string{"ready to build": "Kerrow Infrastructure"}},
		{name: "after a dash", paras: []string{
			"Dam contract signed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The price has been checked by the treasury and by Kerrow Infrastructure - which has the dam on its priority list and calls it "ready to build" - and it is in the contract.`,
		}, want: map[string]string{"ready to build": "Kerrow Infrastructure"}},
	})
}
