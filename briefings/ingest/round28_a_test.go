package ingest_test

import "testing"

// TestRound28HonorificGiven: an honorific of address that custom puts
// before the given name ("Khun <Given>", "Daw <Given>", "Pak <Given>")
// after the person was named in full ("<Given> <Surname>") reaches that
// person, not a new one called "<Honorific> <Given>".
func TestRound28HonorificGiven(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an honorific before the given name", paras: []string{
			"Ferry timetable changed after storm",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"I met the harbour master, Somchai Rattanaporn, at the pier where the boats were tied up.",
			`"We moved the last crossing an hour earlier," Khun Somchai said.`,
		}, want: map[string]string{"We moved the last crossing an hour earlier": "Somchai Rattanaporn"}},
		{name: "an honorific before the given name, no title", paras: []string{
			"Market stalls reopen after repairs",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Stallholder Thandiwe Mokoena said trade was slow at first.",
			`"People did not know we were back," Mma Thandiwe said.`,
		}, want: map[string]string{"People did not know we were back": "Thandiwe Mokoena"}},
	})
}

// TestRound28PoliceCommanderInitials: a province's or region's police
// commander named again by the title's initials ("PPC <Surname>", "RPC
// <Surname>") is the person named in full with the rank before.
func TestRound28PoliceCommanderInitials(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a provincial police commander's initials", paras: []string{
			"Highway reopened after standoff",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Western Provincial Police Commander, Superintendent Tobias Kerema Ulato, said the barricade came down before dawn on Friday.",
			`"We gave them a day to clear the road," PPC Ulato said.`,
		}, want: map[string]string{"We gave them a day to clear the road": "Tobias Kerema Ulato"}},
		{name: "a regional police commander's initials", paras: []string{
			"Suspects held after bank raid",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The Regional Police Commander, Amani Joseph Mwakilema, said four men were held.",
			`"More arrests will follow," RPC Mwakilema said.`,
		}, want: map[string]string{"More arrests will follow": "Amani Joseph Mwakilema"}},
	})
}

// TestRound28LineageName: "Sayed" before a given name is, in Afghan and
// South Asian naming, part of the person's name ("<Role> Sayed <Given>
// <Surname>"), not a courtesy title to drop.
func TestRound28LineageName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a lineage name after a role noun", paras: []string{
			"Border closure pushes up prices",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Economic analyst Sayed Karim Wardaki said the closures would push up prices. "Prices go up within a week," he said.`,
		}, want: map[string]string{"Prices go up within a week": "Sayed Karim Wardaki"}},
		{name: "a lineage name in apposition", paras: []string{
			"Wheat stores checked before winter",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The head of the provincial grain office, Sayed Nasir Popalzai, said "the stores will last until spring".`,
		}, want: map[string]string{"the stores will last until spring": "Sayed Nasir Popalzai"}},
	})
}

// TestRound28TitleAcronymThenName: an acronym that is a title or an
// honour ("<Words> MVP", "<Firm> CEO") needs no unlisted title after it:
// the name of two given names and a surname opens right after it, even
// when the lists do not know the first given name.
func TestRound28TitleAcronymThenName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an honour's acronym", paras: []string{
			"Hawks sweep the finals",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Tournament MVP Rexon Paul Dumalagan hit three late free throws to seal the title.",
			`"We did not stop," Dumalagan said.`,
		}, want: map[string]string{"We did not stop": "Rexon Paul Dumalagan"}},
		{name: "a title's acronym", paras: []string{
			"Ferry operator adds two routes",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Harbour Lines CEO Jhunel Ann Dimaculangan announced the routes on Monday.",
			`"Demand has doubled since June," Dimaculangan said.`,
		}, want: map[string]string{"Demand has doubled since June": "Jhunel Ann Dimaculangan"}},
	})
}

// TestRound28BracketedAffiliation: "<Given> <Surname> (<Town>, <ACR>)",
// a club or a constituency in brackets after a name, is no person: the
// words after the closing bracket are no aside about the town, and "he"
// later reaches the person named before the brackets.
func TestRound28BracketedAffiliation(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a club's town and league in brackets", paras: []string{
			"Coach named for the summer camp",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Paul-Andre Leclair (Chicoutimi, QMJHL) stays on as head coach for a second winter. He took the squad to a final a year ago.",
			`"Losing a final on penalties stays with you," said Leclair. "We want a hard team."`,
			`The coach said he expected the returning players to lead. "They have been through the worst of it," he said.`,
		}, want: map[string]string{"They have been through the worst of it": "Paul-Andre Leclair", "Losing a final on penalties stays with you": "Paul-Andre Leclair"}},
		{name: "a party and constituency in brackets", paras: []string{
			"Bill on river levels passes first reading",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Moira Castellane (Northmoor, ALP) will chair the committee that reviews the bill. She proposed it last spring.",
			`"The levels have to be measured whatever it costs," she said.`,
		}, want: map[string]string{"The levels have to be measured whatever it costs": "Moira Castellane"}},
	})
}
