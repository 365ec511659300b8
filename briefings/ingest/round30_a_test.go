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
			`The subsidy was "a bridge the islands have waited for", Opposition Chief Whip Marit Oyelaran-Dunstable told the chamber.`,
		}, want: map[string]string{"a bridge the islands have waited for": "Marit Oyelaran-Dunstable"}},
	})
}

// TestRound30HyphenedOfficeTitle: a title run on with the closed tail of
// its office ("<Title>-at-<Field>", "<Title>-at-large") is a title
// before the name.
func TestRound30HyphenedOfficeTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a lawyer's courtesy title", paras: []string{
			"Port tribunal adjourns salvage claim",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`For the salvors, Attorney-at-Law Corinne Lablache said the tug had "stood by the wreck for nine days" before anyone paid.`,
		}, want: map[string]string{"stood by the wreck for nine days": "Corinne Lablache"}},
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
			"Bus depot plan goes back to the transport panel",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Deputy Mayor GR Venkatavelu said the depot could be built on the old tram yard.`,
			`"Every route in the east starts or ends there anyway," Venkatavelu said.`,
		}, want: map[string]string{"Every route in the east starts or ends there anyway": "GR Venkatavelu"}},
		{name: "the titled name after the quote", paras: []string{
			"Bus depot plan goes back to the transport panel",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"Every route in the east starts or ends there anyway," said Deputy Mayor GR Venkatavelu.`,
		}, want: map[string]string{"Every route in the east starts or ends there anyway": "GR Venkatavelu"}},
	})
}

// TestRound30TitledHoldersOffice: "<Title> <Given> <Surname>'s office"
// speaks for its holder, named in full with a title, as "<Honorific>
// <Surname>'s office" does.
func TestRound30TitledHoldersOffice(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a minister's office", paras: []string{
			"Night trains return to the northern line",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Rail Minister Halvard Osterbye's office confirmed late on Friday that the winter timetable was "not yet settled".`,
		}, want: map[string]string{"not yet settled": "Halvard Osterbye"}},
		{name: "initials after the title", paras: []string{
			"Night trains return to the northern line",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Rail Minister PJ Osterbye's office confirmed late on Friday that the winter timetable was "not yet settled".`,
		}, want: map[string]string{"not yet settled": "PJ Osterbye"}},
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
			"Dunmarrow Water Authority\nHearing record, pipe renewal inquiry\nJune 4, 2026",
			"Evidence given by Commissioner Petra Lindqvale and Chief Engineer Owen Tamm-Halloway",
			`Commissioner Lindqvale: Thank you all for coming. The engineer's report is on the table.`,
			`Question (Noor Eskett, Valley Gazette): Mr. Tamm-Halloway, when do the old mains come out?`,
			`Chief Engineer Tamm-Halloway: "The last cast-iron section goes before the first frost, if the ground stays dry."`,
			`Question (Noor Eskett, Valley Gazette): Will bills rise?`,
			`Commissioner Lindqvale: "Nobody pays more this year for the new pipes."`,
		}, want: map[string]string{
			"The last cast-iron section goes before the first frost, if the ground stays dry.": "Owen Tamm-Halloway",
			"Nobody pays more this year for the new pipes.":                                    "Petra Lindqvale",
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
		{name: "an unnamed witness at an inquiry after the inspector spoke", paras: []string{
			"Quarry road appeal heard in Tollbridge",
			"On the inquiry's second day, the council's barrister Imre Sallow-Dane called a second witness, a retired ferryman.",
			"Inspector Rosalind Quarry-Vane, who is hearing the appeal, refused to admit the late drawings.",
			`"Nobody has had time to read them, so they stay out," the inspector ruled, and the hearing went on.`,
			`The witness, whose cottage stands on the bend by the chapel, said lorries there were "a daily fright" for walkers.`,
			`"I have towed two of them out of the ditch myself," the witness said.`,
		}, want: map[string]string{
			"Nobody has had time to read them, so they stay out": "Rosalind Quarry-Vane",
			"a daily fright": "unknown",
			"I have towed two of them out of the ditch myself": "unknown",
		}},
		{name: "a witness named in apposition", paras: []string{
			"Quarry road appeal heard in Tollbridge",
			"Giving evidence as the second witness, a retired ferryman, Thomas Trugg-Hollis told the inquiry the lane by the chapel flooded every winter.",
			`"I have towed two of them out of the ditch myself," the witness said.`,
		}, want: map[string]string{"I have towed two of them out of the ditch myself": "Thomas Trugg-Hollis"}},
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
			"Valdor-Mack takes the queen stage at Serrat",
			"On the last ramp, hill-climb winner Anna Valdor-Mack went clear and held the chasing group off by eleven seconds.",
			"The race leader kept her yellow jersey after finishing in the group behind.",
			`Valdor-Mack, who rides for a team from her home valley, said the wind had dropped just as she attacked.`,
			`"I waited for the steepest bend because nobody likes to chase there," the hill-climber said.`,
		}, want: map[string]string{"I waited for the steepest bend because nobody likes to chase there": "Anna Valdor-Mack"}},
		{name: "the stem after a clause turn", paras: []string{
			"Valdor-Mack takes the queen stage at Serrat",
			"The stage was shaped by a breakaway with Jonas Pereck-Ulm, but hill-climb riders from the bunch caught him before the last ramp.",
			"The race director said the crowds on the ramp had been the largest in years.",
			`"I waited for the steepest bend because nobody likes to chase there," the hill-climber said.`,
		}, want: map[string]string{"I waited for the steepest bend because nobody likes to chase there": "unknown"}},
	})
}
