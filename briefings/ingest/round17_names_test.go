package ingest_test

import "testing"

// TestRound17NameParticles: a lower-case particle that joins the parts of
// a surname in Catalan ("i") or Faroese ("í", "við") keeps the name whole,
// and a later mention by one part finds it.
func TestRound17NameParticles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a Catalan double surname joined by i", paras: []string{
			"Port strike called off",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Harbour director Jordi Ferrer i Soler met the dockers' union on Monday evening.",
			`"Nobody wants the cranes to stop in August," Ferrer said after the meeting.`,
		}, want: map[string]string{"Nobody wants the cranes to stop in August": "Jordi Ferrer i Soler"}},
		{name: "a Faroese name with í", paras: []string{
			"Islanders win again",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The crowd carried us through the last ten minutes," said Hanus í Dali, who scored seven.`,
		}, want: map[string]string{"The crowd carried us through the last ten minutes": "Hanus í Dali"}},
	})
}

// TestRound17SurnamePrefix: a capitalised prefix that opens a Caribbean
// surname ("Jno", for Jean) after a title of a place the lists lack
// belongs to the surname, and the given name before it stays on the name.
func TestRound17SurnamePrefix(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a mayor of a town the lists lack", paras: []string{
			"Market moved",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Speaking on Tuesday, Mayor of Vieux Fort Clarissa Jno Charles-Walters said the council had consulted traders.",
			`"We are not chasing anybody out of town," she said.`,
		}, want: map[string]string{"We are not chasing anybody out of town": "Clarissa Jno Charles-Walters"}},
	})
}

// TestRound17SecondTitleAfterAnd: "and" after a titled name of three
// words, before a possessive and a second title ("<Country>'s Consul
// General"), joins two people; the first keeps all of their name.
func TestRound17SecondTitleAfterAnd(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a minister and another country's consul sign", paras: []string{
			"Deal signed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The deal was signed at the ministry in Borama by Deputy Foreign Minister Abdikarim Ismail Warsame and Kenya's Consul General in Borama, Ambassador Otieno Kamau.",
			`"This is a good day for trade," Warsame said at the ceremony.`,
		}, want: map[string]string{"This is a good day for trade": "Abdikarim Ismail Warsame"}},
	})
}

// TestRound17TitleAlone: a title copy uses alone for the person it
// introduced, in full ("the Consul", "the Counsellor-Minister") or by its
// initials ("the GM", "the DPM"), is that person, never a speaker's name.
func TestRound17TitleAlone(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a consul general, then the Consul", paras: []string{
			"Bodies of migrants to be flown home",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The Consul General of Honduras in Veracruz, Marisol Andrade de Paz, said the identification had been completed on Monday.",
			`"The families have waited long enough," the Consul said.`,
		}, want: map[string]string{"The families have waited long enough": "Marisol Andrade de Paz"}},
		{name: "a principality's counsellor-minister", paras: []string{
			"Tunnel to close for repairs",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The Government Counsellor-Minister for the Interior, Hélène Roussel-Bianchi, said the works would start in March.",
			`"Winter is the only season we can close it," the Counsellor-Minister said.`,
		}, want: map[string]string{"Winter is the only season we can close it": "Hélène Roussel-Bianchi"}},
		{name: "a utility's general manager, then the GM", paras: []string{
			"Water hours cut",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Utility General Manager Tomasi Rabuka-Lee said the reservoirs were at a third of their capacity.",
			`"Every household should store what it can," the GM said.`,
		}, want: map[string]string{"Every household should store what it can": "Tomasi Rabuka-Lee"}},
		{name: "a deputy prime minister, then the DPM", paras: []string{
			"Reef closed to boats",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Deputy Prime Minister Maeva Tetuanui-Brel said the decision had not been easy.",
			`"The reef feeds this island, and it needs a rest," the DPM said.`,
		}, want: map[string]string{"The reef feeds this island, and it needs a rest": "Maeva Tetuanui-Brel"}},
	})
}

// TestRound17ForeignHonorifics: a form of address from Sesotho, Setswana,
// Swahili or Pacific copy before a name of two words or more ("Ntate",
// "Rra", "Mzee", "Mama") is no part of the name.
func TestRound17ForeignHonorifics(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a Sesotho form of address for a minister", paras: []string{
			"Dam works resume",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Minister of Public Works, Ntate Lerato Mokhehle-Thabo, called the bridge "a road to the future".`,
		}, want: map[string]string{"a road to the future": "Lerato Mokhehle-Thabo"}},
		{name: "a Pacific elder", paras: []string{
			"Lagoon closed to swimmers",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Mama Teina Marsters, who has fished the lagoon for fifty years, said the water had changed.",
			`"We used to see the bottom from the boat," she said.`,
		}, want: map[string]string{"We used to see the bottom from the boat": "Teina Marsters"}},
		{name: "a Swahili elder", paras: []string{
			"Ferry fares rise",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"I have crossed on this ferry since I was a boy," said Mzee Juma Athumani Mrisho at the jetty.`,
		}, want: map[string]string{"I have crossed on this ferry since I was a boy": "Juma Athumani Mrisho"}},
	})
}

// TestRound17PluralTitle: a title in the plural before several surnames
// ("Judges X and Y appended opinions") is no part of the first surname,
// which a later "Judge X" means.
func TestRound17PluralTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "judges' opinions listed, then one quoted", paras: []string{
			"Court upholds fishing ban",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The ruling was adopted by 15 votes to 6. Judges Marchetti and Okonkwo-Bell appended separate opinions.",
			`In his separate opinion, Judge Marchetti wrote that the court had "gone further than the parties asked".`,
		}, want: map[string]string{"gone further than the parties asked": "Marchetti"}},
	})
}

// TestRound17PlaceInTitle: the last capitals of a title's complement that
// name a sea or a known place ("Governor of the Northern <Sea>") are the
// place the title is for; the name set off after it is the person's.
func TestRound17PlaceInTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a governor of a region named for a sea", paras: []string{
			"Boats handed over",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Governor of the Southern Red Sea region, Mr. Tomas Brandvold, on his part thanked the Ministry and said the catch would reach "every town on the shore".`,
		}, want: map[string]string{"every town on the shore": "Tomas Brandvold"}},
		{name: "a commissioner of a gulf province (wording in no set)", paras: []string{
			"Port dredging to start",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Commissioner for the Western Gulf, Ms. Amira Haddad-Lund, told reporters the dredging would be "finished before the rains".`,
		}, want: map[string]string{"finished before the rains": "Amira Haddad-Lund"}},
	})
}

// TestRound17TitleWordsInNames: "General" after a body's head word is the
// body's name ("Consulate General", "Directorate General"), not a
// general's rank, while "Police General X" stays a rank; and a sports
// award before a name ("<Body> Man of the Match X Y") is a title, so "he"
// after it means the winner.
func TestRound17TitleWordsInNames(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a consulate general with its seat", paras: []string{
			"Salaries row",
			"Aram Kareem Salih, a lawmaker in the regional parliament, told reporters that the court had settled the question.",
			`The British Consulate General in Basra said in a post on X that it was "following closely" the dispute.`,
		}, want: map[string]string{"following closely": "British Consulate General in Basra"}},
		{name: "negative: a police rank before a name", paras: []string{
			"March allowed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Police General Somchai Wongsakul said the march would be "allowed to pass".`,
		}, want: map[string]string{"allowed to pass": "Somchai Wongsakul"}},
		{name: "a confederation's man of the match", paras: []string{
			"Islanders top the group",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`UEFA Man of the Match Tomas Ekberg Lund said the crowd had carried the team. "You cannot be tired when they sing," he said.`,
		}, want: map[string]string{"You cannot be tired when they sing": "Tomas Ekberg Lund"}},
	})
}

// TestRound17SesothoMotherPrefix: a Sesotho woman's name opening with
// "’M" ("’Mamello") keeps its apostrophe and is read as a name, so the
// person set off in commas after her title speaks, not the clause's
// subject after "says".
func TestRound17SesothoMotherPrefix(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a chief executive named after her title", paras: []string{
			"Dam works",
			"THE Valmora Water Authority (VWA) chief executive, ’Mamello Khosi, says Phase II of the Valmora Water Project is “past the point of no return”, despite delays.",
		}, want: map[string]string{"past the point of no return": "’Mamello Khosi"}},
		{name: "negative: a closing single quote before a capital", paras: []string{
			"Ferry fares",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Passengers called the new fare ‘a scandal’. Many said they would drive instead.",
			`"We cannot afford it," said Tomas Brandvold, a fisherman.`,
		}, want: map[string]string{"We cannot afford it": "Tomas Brandvold"}},
	})
}

// TestRound17CompoundTitleSurname: a title whose "of" is its own ("Head
// of Government", "Secretary of State") before a surname alone names
// that person, by the full name the article gave before or by the
// surname when it gave no other.
func TestRound17CompoundTitleSurname(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a secretary of state named in full before", paras: []string{
			"Visit",
			"The Minister for Foreign Affairs, Anna Lindqvist Berg, received on Monday the Secretary of State for Foreign Affairs of the Republic of Valmora, Paolo Ricciardi, on a working visit.",
			`Secretary of State Ricciardi said that Valmora "has always seen Norland as a partner" and proposed more exchanges.`,
		}, want: map[string]string{"has always seen Norland as a partner": "Paolo Ricciardi"}},
		{name: "a head of government by surname only", paras: []string{
			"Visit",
			"In the afternoon, the Deputy Minister was received for a courtesy call by Head of Government Brunhart.",
			`Head of Government Brunhart underlined the importance of the partnership and said the visit showed "how far our relations have come".`,
		}, want: map[string]string{"how far our relations have come": "Brunhart"}},
	})
}
