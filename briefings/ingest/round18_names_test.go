package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound18NamesEpithetOpensSentence: a sentence opening with the noun
// sports copy calls a player by ("Rookie", "Veteran", "Opposite") or a
// craft's ("Videographer"), capitalised only because it comes first,
// before a name whose given name the lists lack, says what the person is;
// the name is the words after it.
func TestRound18NamesEpithetOpensSentence(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a rookie wins a race", paras: []string{
			"Rookie takes the sprint",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Rookie Tendai Mukwashi won the 100 metres in Bulawayo on Saturday, a tenth ahead of the field.",
			`"I only wanted to reach the final," Mukwashi said.`,
		}, want: map[string]string{"I only wanted to reach the final": "Tendai Mukwashi"}},
		{name: "a veteran keeps his place", paras: []string{
			"Old hand steers the boat home",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Veteran Osvaldo Petrakis-Lund steered the crew to a third straight title on the lake.",
			`"The young ones did the hard work," he said.`,
		}, want: map[string]string{"The young ones did the hard work": "Osvaldo Petrakis-Lund"}},
		{name: "a volleyball opposite", paras: []string{
			"Home side sweeps the final",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Opposite Brisleidy Quiroga-Vidal scored 24 points for the home side in Lima.",
			`"We found the middle early and never let it go," Quiroga-Vidal said.`,
		}, want: map[string]string{"We found the middle early and never let it go": "Brisleidy Quiroga-Vidal"}},
		{name: "a film's photographer", paras: []string{
			"Border film wins a prize",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Videographer Aram Ter-Ghazaryan, who shot the film over two winters, called it "a lesson in waiting".`,
		}, want: map[string]string{"a lesson in waiting": "Aram Ter-Ghazaryan"}},
	})
}

// TestRound18AmharicHonorifics: Ethiopian copy puts "Ato" (Mr) or
// "Woizero" (Mrs) before a full name and then uses the given name alone;
// the form of address is no part of the name the draft shows.
func TestRound18AmharicHonorifics(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "Ato before a trader's name", paras: []string{
			"Grain prices rise again",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Ato Tesfaye Alemu, who sells teff in Merkato, said buyers had halved their orders.",
			`"People buy for the week, not the month," Tesfaye said.`,
		}, want: map[string]string{"People buy for the week, not the month": "Tesfaye Alemu"}},
		{name: "Woizero before a teacher's name", paras: []string{
			"School meals cut",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Woizero Meseret Hailu, a teacher in Adama, said pupils had started fainting in class.",
			`"Hungry children cannot learn," she said.`,
		}, want: map[string]string{"Hungry children cannot learn": "Meseret Hailu"}},
	})
}

// TestRound18ServantNameAfterGiven: an Arabic name opening a sentence
// whose second word is "Abdel" or "Abdul" (servant of, the first half of
// a two-word name) has a given name first, though the lists lack it; the
// later short form in two words is the same person.
func TestRound18ServantNameAfterGiven(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a baker named in full, then by his family name", paras: []string{
			"Bread queues return",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Sherif Abdel Wahab has baked bread in Damanhour for thirty years, and he says flour has never cost so much.",
			`"We sell at a loss every morning," he says.`,
			"Abdel Wahab, 58, employs four men.",
			`"I cannot keep them past the summer," he says.`,
		}, want: map[string]string{
			"We sell at a loss every morning":    "Sherif Abdel Wahab",
			"I cannot keep them past the summer": "Sherif Abdel Wahab",
		}},
		{name: "a description before a servant name is still cut", paras: []string{
			"Goal in the last minute",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"Striker Abdul Karim Mensah scored in the last minute to win the cup for Tamale.",
			`"I saw the gap and I went," Mensah said.`,
		}, want: map[string]string{"I saw the gap and I went": "Abdul Karim Mensah"}},
	})
}

// TestRound18MonthInsideName: a month that is also a given name ("Jan",
// "June") between a capitalised given name and a surname is part of the
// name, not a date: a date has no name after its month.
func TestRound18MonthInsideName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a Pashto name with Jan inside", paras: []string{
			"Dried fruit exports stall",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Gul Jan Wardakzai-Niazi, who exports raisins from Kandahar, said: "Our trucks have waited at the border for nine days."`,
		}, want: map[string]string{"Our trucks have waited at the border for nine days.": "Gul Jan Wardakzai-Niazi"}},
		{name: "a Dutch name with Jan second", paras: []string{
			"Dyke repairs finished",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Pieter Jan Vermeulen-Smit, the water board's engineer, said: "The dyke will hold a storm twice as strong."`,
		}, want: map[string]string{"The dyke will hold a storm twice as strong.": "Pieter Jan Vermeulen-Smit"}},
	})
}

// TestRound18UnitAside: a person's unit or department set off in commas
// after their title and name ("<Title> X Y, <Place> Division,") or
// between a title and the titled name ("<Body> Vice President,
// Operations, Dr. X Y") is where they serve, never the speaker's name.
func TestRound18UnitAside(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a superintendent and his division", paras: []string{
			"Cocaine found in lorry",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Chief Inspector Tadhg Ó Broin, Kilbeggan Division, thanked the dog unit for their work, saying the search showed "how much a trained nose is worth".`,
			`"The driver had no idea what he was carrying," he said.`,
		}, want: map[string]string{
			"how much a trained nose is worth":            "Tadhg Ó Broin",
			"The driver had no idea what he was carrying": "Tadhg Ó Broin",
		}},
		{name: "a bank's vice president and her portfolio", paras: []string{
			"Loan for irrigation approved",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"Water on time is worth more than fertiliser," said Fund Vice President, Partnerships, Dr. Amina Lawal-Osei.`,
		}, want: map[string]string{"Water on time is worth more than fertiliser": "Amina Lawal-Osei"}},
	})
}

// TestRound18GovernmentOfPlace: "the Government" of a territory the
// registry lists as "Government of <Place>" is that body, not the place
// speaking for it.
func TestRound18GovernmentOfPlace(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Saint Aurel", Kind: "place", Role: "Island territory"},
		{Name: "Government of Saint Aurel", Kind: "organisation", Role: "The territory's government"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a territory's government", reg: reg, paras: []string{
			"Coast road shut after landslip",
			`The coast road of Saint Aurel will stay shut "until the slope has been made safe" after a landslip on Sunday night, the Government said.`,
			"Bus services will run along the inland route until further notice.",
		}, want: map[string]string{"until the slope has been made safe": "Government of Saint Aurel"}},
	})
}

// TestRound18CountryAfterOpeningThe: a sentence opening "The <Country>
// <Body> …" names the country, so a body the article names without its
// place ("the <Body>") finds the registry's "<Body> of <Country>".
func TestRound18CountryAfterOpeningThe(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ghana", Kind: "place", Role: "Country"},
		{Name: "Coastal Rescue Service of Ghana", Kind: "organisation", Role: "Ghana's coastal rescue service"},
		{Name: "Coastal Rescue Service of Kenya", Kind: "organisation", Role: "Kenya's coastal rescue service"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a rescue service after the weather office", reg: reg, paras: []string{
			"Gales close the harbours",
			"The Ghana Weather Office issued its highest warning for the coast on Sunday.",
			"Ferries to the islands were cancelled until Tuesday.",
			`"Two crews are standing by at each harbour," the Coastal Rescue Service said.`,
		}, want: map[string]string{"Two crews are standing by at each harbour": "Coastal Rescue Service of Ghana"}},
	})
}

// TestRound18BrandAndLocalArm: a company's local arm named by its brand
// and a country ("<Brand> <Country>") signs a deal; the brand alone, later,
// is the group, which speaks under its own name.
func TestRound18BrandAndLocalArm(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a call-centre group and its local arm", paras: []string{
			"Call-centre workers win pay deal",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The deal, signed on Monday by Vocalys Senegal and the agents' union, raises pay by a tenth.",
			"Vocalys, a Belgian-owned outsourcer, answers calls for energy suppliers in France.",
			`In a statement, Vocalys said it was "pleased with a fair agreement".`,
		}, want: map[string]string{"pleased with a fair agreement": "Vocalys"}},
	})
}

// TestRound18KindsAfterAcronym: a body named by its acronym and then what
// kind of body it is, in lower case and in two words ("the <ACR> union
// confederation"), is the acronym's.
func TestRound18KindsAfterAcronym(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a union confederation by its acronym", paras: []string{
			"Minimum wage to rise",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The CSTV union confederation says the increase is "far too little for families in the cities".`,
		}, want: map[string]string{"far too little for families in the cities": "CSTV"}},
	})
}

// TestRound18DescribedRegistryBody: a registry body's whole name after
// capitalised words that say what it is ("Watchdog <Body>"), at a
// sentence's start, is the body; a Maltese article joined by a hyphen
// inside a name ("l-Art") keeps the name whole.
func TestRound18DescribedRegistryBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Xogħol l-Art Ħadra", Kind: "organisation", Role: "Maltese farmers' group"},
		{Name: "Open Budget Forum", Kind: "organisation", Role: "Budget watchdog"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a Maltese body with an article inside its name", reg: reg, paras: []string{
			"Hotel on the cliffs approved",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Farmers' group Xogħol l-Art Ħadra said in a statement that the permit was "a blow to the last fields on the coast".`,
		}, want: map[string]string{"a blow to the last fields on the coast": "Xogħol l-Art Ħadra"}},
		{name: "a watchdog by what it is, then its name", reg: reg, paras: []string{
			"Budget leaves gaps",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Watchdog Open Budget Forum said the plan was "short by a tenth in every ministry".`,
		}, want: map[string]string{"short by a tenth in every ministry": "Open Budget Forum"}},
	})
}

// TestRound18TitleCasedHyphenWord: a hyphenated word that ends in an
// adjective's tail ("-Based", "-Owned") in title case is a word of a
// body's name, not an adjective like "Oslo-based": the name runs on to
// its head word.
func TestRound18TitleCasedHyphenWord(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an employers' association with a list of fields", paras: []string{
			"Dairy cartel fined",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Employers' Federation of Dairy, Cheese and Milk-Based Foods (Lactafed) said it "rejects any collusion" among its members.`,
		}, want: map[string]string{"rejects any collusion": "Employers' Federation of Dairy, Cheese and Milk-Based Foods"}},
	})
}

// TestRound18SolePlacedBody: a body the article names bare ("the Federal
// Appeals Court") is the registry's one "<Body> of <Place>" when the
// article names the place only where no sentence's country is read: by
// its adjective in a letterhead, or inside a quote. A place the registry
// names with an article ("of the <Islands>") counts as the place.
func TestRound18SolePlacedBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ghana", Kind: "place", Role: "Country"},
		{Name: "Federal Appeals Court of Ghana", Kind: "organisation", Role: "Ghana's appeals court"},
		{Name: "Coral Islands", Kind: "place", Role: "Territory"},
		{Name: "Harbour Board of the Coral Islands", Kind: "organisation", Role: "The territory's port authority"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a court's own release under its letterhead", reg: reg, paras: []string{
			"Ghanaian Federal Appeals Court\nPress release",
			"Appeal against the quarry dismissed",
			"The Federal Appeals Court dismisses the appeal of the residents' association against the quarry's extension.",
			`The Federal Appeals Court notes that the permit "weighed the noise against the jobs with care".`,
		}, want: map[string]string{"weighed the noise against the jobs with care": "Federal Appeals Court of Ghana"}},
		{name: "a body of a place named with its article", reg: reg, paras: []string{
			"Cruise calls cut",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Harbour Board said the new pier would "not be ready before the dry season", and added: "The Coral Islands cannot lose another year of visitors."`,
		}, want: map[string]string{"not be ready before the dry season": "Harbour Board of the Coral Islands"}},
		{name: "negative: the place named nowhere", reg: reg, paras: []string{
			"Quarry appeal fails",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Federal Appeals Court said the permit "stands as issued".`,
		}, want: map[string]string{"stands as issued": "Federal Appeals Court"}},
	})
}

// TestRound18ListOfBodiesEndsAtAnd: "and" closing a list of names set off
// by commas ("A, B, C and D Industries") ends the list: the last body is
// one of its own, though its name ends in a body's head word.
func TestRound18ListOfBodiesEndsAtAnd(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "four millers, one of them speaks", paras: []string{
			"Millers fined for price fixing",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The firms - Dunav Mlin, Sava Žito, Tisa Brašno and Morava Grain Industries - agreed on the dates of their price rises, the regulator found.",
			"Morava Grain Industries said it would appeal.",
			`"Our prices followed the cost of wheat," the company said in a statement.`,
		}, want: map[string]string{"Our prices followed the cost of wheat": "Morava Grain Industries"}},
		{name: "a body with \"and\" in an aside after a name", paras: []string{
			"Locusts spread east",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`"The swarms will reach the coast within a week," said Ana Ruiz-Pardo, Food and Agriculture Organization spokeswoman in Rome.`,
		}, want: map[string]string{"The swarms will reach the coast within a week": "Ana Ruiz-Pardo"}},
	})
}

// TestRound18BodyNamedForItsCause: a body named for its cause in title
// case, the preposition capitalised ("<Head> Against <Cause>"), is a
// body, which finds the registry's "<Body> of <Country>".
func TestRound18BodyNamedForItsCause(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country"},
		{Name: "National Commission Against Trafficking of Norland", Kind: "organisation", Role: "Norland's anti-trafficking commission"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a commission against trafficking", reg: reg, paras: []string{
			"Recruiter jailed",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`Outside the court, the National Commission Against Trafficking, which brought the case, said the sentence showed "that the border is no hiding place" for those who traffic workers out of Norland.`,
		}, want: map[string]string{"that the border is no hiding place": "National Commission Against Trafficking of Norland"}},
	})
}

// TestRound18TwoInnerWordsOfAName: a person named in four words is named
// again by the two between the first and the last (a paternal and a
// maternal surname), which only they have.
func TestRound18TwoInnerWordsOfAName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a minister by his two surnames", paras: []string{
			"New ferry reaches the island",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The crossing was attended by the Minister of Fisheries and Ports, His Excellency Crisanto Mbula Nchama Eyang, who travelled with the passengers.",
			`"Nobody on the island will be left behind again," Mbula Nchama said, to applause.`,
		}, want: map[string]string{"Nobody on the island will be left behind again": "Crisanto Mbula Nchama Eyang"}},
	})
}

// TestRound18BodyOfItsGovernment: a ministry named by the government it
// belongs to ("<Ministry> of the <Government>") is the registry's
// "<Ministry> of <Country>", when the registry lists that government as
// "<Government> of <Country>".
func TestRound18BodyOfItsGovernment(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country"},
		{Name: "Government of National Accord of Norland", Kind: "organisation", Role: "Norland's government in the capital", Aliases: []string{"Government of National Accord"}},
		{Name: "Ministry of Water of Norland", Kind: "organisation", Role: "Water ministry of Norland's Government of National Accord"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a ministry of a rival government", reg: reg, paras: []string{
			"Taps run dry in the capital",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Ministry of Water of the Government of National Accord said the pumps would be running again "within three days".`,
		}, want: map[string]string{"within three days": "Ministry of Water of Norland"}},
	})
}
