package ingest_test

import "testing"

// TestRound30WhipTitle: a parliament's whip ("<Side> Chief Whip <Given>
// <Surname>") is a title before the name, not part of it.
func TestRound30WhipTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "chief whip before the name", paras: []string{
			"Assembly passes ferry subsidy after long sitting",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Opposition Chief Whip Tobiah Kersande-Mwale said the subsidy was "a bridge the islands have waited for".`,
		}, want: map[string]string{"a bridge the islands have waited for": "Tobiah Kersande-Mwale"}},
	})
}

// TestRound30HyphenedOfficeTitle: a title run on with the closed tail of
// its office ("<Title>-at-<Field>", "<Title>-at-large") is a title
// before the name.
func TestRound30HyphenedOfficeTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a lawyer's courtesy title", paras: []string{
			"Magistrate extends remand of pearl dealers",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Attorney-at-Law Nirosha Wijeweera-Dantas told the court the buyers had "sold their fishing boats" to pay the dealers.`,
		}, want: map[string]string{"sold their fishing boats": "Nirosha Wijeweera-Dantas"}},
		{name: "a roving envoy's title", paras: []string{
			"Envoy tours reef states ahead of summit",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The reefs do not stop at anyone's border," said Ambassador-at-Large Corwin Abelard-Tusk.`,
		}, want: map[string]string{"The reefs do not stop at anyone's border": "Corwin Abelard-Tusk"}},
	})
}

// TestRound30InitialsAfterTitle: Indian copy's initials without stops
// before a surname, after a title ("<Title> <II> <Surname>"), are the
// person's, not a body's acronym: the name keeps them, and the surname
// alone later finds the full name.
func TestRound30InitialsAfterTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the surname alone after the titled name", paras: []string{
			"Ward council delays vote on market shelter",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Markets committee chairperson RV Pallikara-Menon said the shelter would cost less than the old roof.`,
			`"The vendors have waited through three monsoons already," Pallikara-Menon said.`,
		}, want: map[string]string{"The vendors have waited through three monsoons already": "RV Pallikara-Menon"}},
		{name: "the titled name after the quote", paras: []string{
			"Ward council delays vote on market shelter",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The vendors have waited through three monsoons already," said markets committee chairperson RV Pallikara-Menon.`,
		}, want: map[string]string{"The vendors have waited through three monsoons already": "RV Pallikara-Menon"}},
	})
}

// TestRound30TitledHoldersOffice: "<Title> <Given> <Surname>'s office"
// speaks for its holder, named in full with a title, as "<Honorific>
// <Surname>'s office" does.
func TestRound30TitledHoldersOffice(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a minister's office", paras: []string{
			"Ferry fares to rise after fuel levy",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Coastal Shipping Minister Oriane Kestevan-Lobo's office told reporters the minister would "weigh every objection" before signing.`,
		}, want: map[string]string{"weigh every objection": "Oriane Kestevan-Lobo"}},
		{name: "initials after the title", paras: []string{
			"Ferry fares to rise after fuel levy",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Coastal Shipping Minister DK Kestevan-Lobo's office said the minister would "weigh every objection" before signing.`,
		}, want: map[string]string{"weigh every objection": "DK Kestevan-Lobo"}},
	})
}

// TestRound30StandfirstFullName: a transcript's header line, which the
// reader sets apart as the standfirst, names its speakers in full
// ("<Remarks> by <Title> <Given> <Surname> and <Title> <Given>
// <Surname>"); the labels' "<Title> <Surname>:" is that person.
func TestRound30StandfirstFullName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a label by title and surname", paras: []string{
			"Harbour Board of Westmere\nBriefing transcript — Dredging Report\nMarch 3, 2026",
			"Opening remarks by Chair Helena Ferrand-Kisto and Deputy Chair Callum Brannagh",
			`Chair Ferrand-Kisto: Good morning. I am joined by Deputy Chair Brannagh.`,
			`Reporter (Ines Marr, Coast Radio): Mr. Brannagh, will the dredging resume?`,
			`Deputy Chair Brannagh: "We expect the dredgers back in the spring, weather allowing."`,
			`Reporter (Ines Marr, Coast Radio): And the fees?`,
			`Chair Ferrand-Kisto: "The fees stay where they are until the channel is open."`,
		}, want: map[string]string{
			"We expect the dredgers back in the spring, weather allowing.": "Callum Brannagh",
			"The fees stay where they are until the channel is open.":      "Helena Ferrand-Kisto",
		}},
	})
}

// TestRound30UnnamedNounAfterSpeaker: "the <noun>" said, right after a
// named person spoke, is the one the article introduced unnamed by that
// noun ("a <noun>", "the <ordinal> <field> <noun>"), not the speaker
// before; a noun the article names in apposition ("the <noun>, <Given>
// <Surname>,") still means that person.
func TestRound30UnnamedNounAfterSpeaker(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an unnamed witness after the judge spoke", paras: []string{
			"Trial of depot managers resumes in Kessa",
			"At the hearing on Monday, prosecutor Amadi Oluwole-Reis called the third prosecution witness, a night watchman.",
			"In a brief ruling, Justice Tobenna Achike-Ward overruled the objection.",
			`"The papers were served and the objection fails," the judge said, admitting the log as evidence.`,
			`The witness, who said he had guarded the depot since 2018, told the court he saw the second defendant "more than once" at the gate.`,
			`"He drove a grey van and gave the orders," the witness said.`,
		}, want: map[string]string{
			"The papers were served and the objection fails": "Tobenna Achike-Ward",
			"more than once": "unknown",
			"He drove a grey van and gave the orders": "unknown",
		}},
		{name: "a witness named in apposition", paras: []string{
			"Trial of depot managers resumes in Kessa",
			"Testifying as the third prosecution witness, a night watchman, Kofi Aberdeen-Manu told the court he had guarded the depot since 2018.",
			`"He drove a grey van and gave the orders," the witness said.`,
		}, want: map[string]string{"He drove a grey van and gave the orders": "Kofi Aberdeen-Manu"}},
	})
}

// TestRound30AgentNounFromTitle: "the <stem>er" said is the person whose
// title before the name holds the stem itself ("<stem> <noun> <Given>
// <Surname>"); and a stem word that opens the next clause ("<Name> on
// <score>, but <stem> …") is no verb of the name before the conjunction.
func TestRound30AgentNounFromTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the stem in the title before the name", paras: []string{
			"Visitors spin out hosts on final day",
			"Chasing 290, the hosts were 170-2 at tea with opener Darren Wellbeck-Shaw on 75, but left-arm spinner Ruan Oosthuis-Makana took four wickets in five overs.",
			"The visiting captain praised Oosthuis-Makana, who finished with match figures of 8-120.",
			`Oosthuis-Makana, named player of the match, said the pitch reminded him of home.`,
			`"The ball turned from the first over after tea. I kept it simple," the left-armer said.`,
		}, want: map[string]string{"The ball turned from the first over after tea. I kept it simple": "Ruan Oosthuis-Makana"}},
		{name: "the stem after a clause turn", paras: []string{
			"Visitors spin out hosts on final day",
			"Chasing 290, the hosts were 170-2 at tea with opener Darren Wellbeck-Shaw on 75, but left-arm spin from the far end took four wickets in five overs.",
			"The visitors' coach said the pitch had changed after lunch.",
			`"The ball turned from the first over after tea. I kept it simple," the left-armer said.`,
		}, want: map[string]string{"The ball turned from the first over after tea. I kept it simple": "unknown"}},
	})
}
