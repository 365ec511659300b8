package ingest_test

import "testing"

// TestRound15CountryOfSeveralWords: a registry body named without its
// country ("the Ministry of Finance") is the home country's, also when
// that country's name is more than one word, which the sentences name
// only as a whole ("Sierra Leone", "Isle of Man", "Papua New Guinea's").
// A country none of whose words alone is a country was never read as the
// story's home.
func TestRound15CountryOfSeveralWords(t *testing.T) {
	t.Parallel()
	reg := r13Registry(
		r13Place("Sierra Leone"), r13Place("Liberia"), r13Place("Costa Rica"), r13Place("Nicaragua"),
		r13Place("Isle of Man"), r13Place("Papua New Guinea"),
		r13Body("Ministry of Finance of Sierra Leone", "Sierra Leone's finance ministry"),
		r13Body("Ministry of Finance of Liberia", "Liberia's finance ministry"),
		r13Body("National Emergency Commission of Costa Rica", "Costa Rica's disaster agency"),
		r13Body("National Emergency Commission of Nicaragua", "Nicaragua's disaster agency"),
		r13Body("Department of Health and Social Care of the Isle of Man", "Isle of Man health department"),
		r13Body("Independent Electoral Commission of Papua New Guinea", "Papua New Guinea's electoral body"),
	)
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a ministry in a story at home in a two-word country", reg: reg, paras: []string{
			"Rate cut welcomed",
			"Sierra Leone's central bank cut its policy rate by a full point on Wednesday.",
			`The Ministry of Finance said the cut would help "bring borrowing costs back to earth".`,
		}, want: map[string]string{"bring borrowing costs back to earth": "Ministry of Finance of Sierra Leone"}},
		{name: "a commission in a story whose country is named by its possessive", reg: reg, paras: []string{
			"Volcano stays closed",
			"Costa Rica's busiest national park will stay shut after another eruption on Sunday.",
			`The National Emergency Commission said the crater was "stable but restless".`,
		}, want: map[string]string{"stable but restless": "National Emergency Commission of Costa Rica"}},
		{name: "a body of a country with 'of' in its name (wording in no set)", reg: reg, paras: []string{
			"Island budget under strain",
			"Spending on the Isle of Man's hospitals rose by a tenth last year, figures show.",
			`The Department of Health and Social Care said the rise was "not sustainable beyond next spring".`,
		}, want: map[string]string{"not sustainable beyond next spring": "Department of Health and Social Care of the Isle of Man"}},
		{name: "a three-word country (wording in no set)", reg: reg, paras: []string{
			"Count delayed in highlands",
			"Ballot boxes from three districts of Papua New Guinea have yet to reach the counting centres.",
			`The Independent Electoral Commission said the delay was "a matter of roads, not of trust".`,
		}, want: map[string]string{"a matter of roads, not of trust": "Independent Electoral Commission of Papua New Guinea"}},
		{name: "a bare kind after one of the country's two such bodies spoke", reg: r13Registry(
			r13Place("Malta"),
			r13Body("Transport Department of Malta", "Malta government department for roads"),
			r13Body("Environment Department of Malta", "Malta government environment department"),
		), paras: []string{
			"Cup charge from June",
			"Cafes in Malta will charge for every takeaway cup from June.",
			`The Environment Department said a ban would have been "too much, too soon".`,
			`"Reusable cups need time to catch on," a department spokesperson said.`,
		}, want: map[string]string{"Reusable cups need time to catch on": "Environment Department of Malta"}},
		{name: "negative: a story that names no country leaves the ministry as named", reg: reg, paras: []string{
			"Rate cut welcomed",
			"The central bank cut its policy rate by a full point on Wednesday.",
			`The Ministry of Finance said the cut would help "bring borrowing costs back to earth".`,
		}, want: map[string]string{"bring borrowing costs back to earth": "Ministry of Finance"}},
	})
}

// TestRound15LocalTitles: a capitalised word before a person's given name
// that is no given name and that the article also uses as a noun — after
// "the", in lower case, or by its stem for a doer's noun — is a title, a
// craft or a local office, and no part of the name. Without that use, or
// when the first word is a given name, the name is kept whole.
func TestRound15LocalTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a court's local title used again after 'the'", paras: []string{
			"Treasurer jailed for charity theft",
			`Passing sentence on Tuesday, Deemster Andrew Kerruish-Quayle said the thefts were "a betrayal of every donor".`,
			"The Deemster said the defendant had repaid nothing.",
		}, want: map[string]string{"a betrayal of every donor": "Andrew Kerruish-Quayle"}},
		{name: "a craft whose stem the article uses in lower case", paras: []string{
			"Chapel ceiling restored",
			"The painted ceiling of the chapel has been restored after six years of work.",
			`Restorer Joaquim Vale Pimentel, who led the team, said: "Every panel had its own surprise."`,
		}, want: map[string]string{"Every panel had its own surprise.": "Joaquim Vale Pimentel"}},
		{name: "a chief's title used in lower case elsewhere (wording in no set)", paras: []string{
			"Village backs new well",
			"Each headman in the district was asked to name a site for the new wells.",
			`Headman Peter Osei Ankrah said the village had chosen "the old market ground, where everyone can reach it".`,
		}, want: map[string]string{"the old market ground, where everyone can reach it": "Peter Osei Ankrah"}},
		{name: "a local office used after 'the' (wording in no set)", paras: []string{
			"Harbour dues to rise",
			`Harbourmaster Maria Lind-Olsen said the new dues were "the first rise in twelve years".`,
			"The Harbourmaster added that fishing boats would be exempt.",
		}, want: map[string]string{"the first rise in twelve years": "Maria Lind-Olsen"}},
		{name: "negative: a two-word given name stays whole", paras: []string{
			"Festival programme announced",
			`Director Mary Anne Whitlow said the festival would be "the biggest yet".`,
			"Mary Anne Whitlow has run the festival since 2011.",
		}, want: map[string]string{"the biggest yet": "Mary Anne Whitlow"}},
		{name: "negative: a word the article never uses as a noun is kept", paras: []string{
			"Chapel ceiling cleaned",
			"The painted ceiling of the chapel has been cleaned after six years of work, and the scaffolding came down on Friday.",
			`"Every panel had its own surprise," said Dexter John Halloran, who led the team.`,
		}, want: map[string]string{"Every panel had its own surprise": "Dexter John Halloran"}},
		{name: "negative: a peer's title is kept", paras: []string{
			"Peer criticises bill",
			"The housing bill passed its second reading in the upper house on Monday night after a long debate.",
			`Lord Ashby-Crane said the bill was "badly drafted".`,
			"The lord spoke for ten minutes.",
		}, want: map[string]string{"badly drafted": "Lord Ashby-Crane"}},
	})
}
