package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound8NamePatterns checks how round 8 reads the names of people,
// bodies and places — registry descriptions, bodies' units, titles with
// their fields and acronyms, courtesy titles, unnamed people — one pattern
// a case, each on invented copy: the quote and the speaker a reader gives
// it.
func TestRound8NamePatterns(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{
			// A description the registry lists verbatim as an alias ("the
			// <adjective> government" of a territory whose adjective is not made
			// from its name) is that entry, not a body the article reads from
			// the description's capitalised word.
			name: "RegistryDescription",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Vestmark Isles", Role: "Self-governing territory", Kind: "place", Aliases: []string{"Skarvik", "Vestic government"}},
			}},
			paras: []string{
				`Talks on the ferry link ended in Skarvik on Friday. In a statement issued afterwards, the Vestic government called the timetable "a fair start".`,
			},
			want: map[string]string{
				"a fair start": "Vestmark Isles",
			},
		},
		{
			// A body's unit named with the body's possessive ("<Body>'s General
			// Inspectorate") or after the body's name and its acronym in
			// brackets ("The X Y Authority (XYA) Secretariat") speaks for the
			// body, as its spokesperson does.
			name: "BodyUnitSpeaksForBody",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Korvan Fair Trade Office", Role: "Competition regulator", Kind: "organisation", Aliases: []string{"KFTO"}},
			}},
			paras: []string{
				`The merger was cleared by the Korvan Fair Trade Office (KFTO) in May.`,
				`In its review, KFTO's General Inspectorate stated that the deal "leaves buyers with real choice" in the region.`,
				`The Lake Selvo Basin Authority (LSBA) Secretariat said in a bulletin that inflows were "lower than in any year on record".`,
			},
			want: map[string]string{
				"leaves buyers with real choice":   "Korvan Fair Trade Office",
				"lower than in any year on record": "Lake Selvo Basin Authority",
			},
		},
		{
			// "In a statement signed by its secretary, Mr X, the <body's kind>
			// said …" — the words after the signer's comma are the clause's
			// subject and verb, not an aside making the signer a body; the body
			// speaks, and "the statement" after it is the body's.
			name: "SignerBeforeClauseSubject",
			paras: []string{
				`The Coastal Fishers Union of Varnia (CFUV) welcomed the ban on trawling near the shore.`,
				`In a statement signed by its General Secretary, Mr Obinna Chukwu-Lange, the union said the trawlers had been "emptying the bays".`,
				`"Our members have waited ten years for this," the statement read.`,
			},
			want: map[string]string{
				"emptying the bays":                          "Coastal Fishers Union of Varnia",
				"Our members have waited ten years for this": "Coastal Fishers Union of Varnia",
			},
		},
		{
			// "<Party> TD for <Constituency> <Name>", "<Party> MP for <Seat>
			// <Name>": the letters after the party are the member's title, whose
			// complement runs into the name, not a person called by the party's
			// name; "she" after it is the member.
			name: "PartyMemberForSeat",
			paras: []string{
				`"Nobody in this town was asked," said Green Party TD for Sligo Áine Ní Fhearghail.`,
				`She said the plan ignored "every family without a car".`,
				`Liberal MP for Harbour West Tomasz Ferreira-Oduya said the fares were "a tax on the night shift".`,
				`"The depot will stay open," said Jane Morrow MP for Eastfield.`,
			},
			want: map[string]string{
				"Nobody in this town was asked": "Áine Ní Fhearghail",
				"every family without a car":    "Áine Ní Fhearghail",
				"a tax on the night shift":      "Tomasz Ferreira-Oduya",
				"The depot will stay open":      "Jane Morrow",
			},
		},
		{
			// After a quote, "said <Body> spokesman on <field>, X Y, who …" —
			// the title's field in lower case, then the holder's name set off in
			// commas: the holder speaks, not the body.
			name: "TitleFieldThenName",
			paras: []string{
				`"Every winter it is the same story," said Opposition spokeswoman on housing, Delphine Achterberg-Mole, who called the plan "paper walls".`,
				`"The buses are late again," said the council's spokesman for roads and bridges, Emeka Villanueva-Holt.`,
			},
			want: map[string]string{
				"Every winter it is the same story": "Delphine Achterberg-Mole",
				"paper walls":                       "Delphine Achterberg-Mole",
				"The buses are late again":          "Emeka Villanueva-Holt",
			},
		},
		{
			// A title spelt out with its acronym in brackets ("The District
			// Chief Executive (DCE) for X, Mr Y Z, said") makes "the DCE" its
			// holder, not a body called by the acronym; capitals that end in a
			// body's head word keep their acronym a body's.
			name: "TitleAcronym",
			paras: []string{
				`The District Chief Executive (DCE) for Wenchi North, Mr Kofi Adomako-Sarpong, said the bridge would be "ready before the rains".`,
				`"Nobody will pay a toll on it," the DCE said.`,
				`The Volta Basin Authority (VBA) said the river was "rising slowly".`,
				`"Farmers should move their pumps," the VBA said.`,
			},
			want: map[string]string{
				"ready before the rains":          "Kofi Adomako-Sarpong",
				"Nobody will pay a toll on it":    "Kofi Adomako-Sarpong",
				"rising slowly":                   "Volta Basin Authority",
				"Farmers should move their pumps": "Volta Basin Authority",
			},
		},
		{
			// Khmer courtesy titles ("Lok", "Lok Chumteav", "Oknha") and a
			// lawyer's "Barrister" are not part of the name, and an office set
			// off after a name that had only a courtesy title is the person's
			// role, which "the provincial governor" finds.
			name: "CourtesyTitleThenOffice",
			paras: []string{
				`Lok Chumteav Chan Sophea, Governor of Prey Veng province, said the canals were "cleared in time".`,
				`"Every village will have water by June," the provincial governor affirmed.`,
				`Oknha Ly Vanna, whose company built the pumps, called the project "a duty".`,
				`"The notice was never served," Barrister Ngozi Adebayo-Khan told the court.`,
			},
			want: map[string]string{
				"cleared in time":                       "Chan Sophea",
				"Every village will have water by June": "Chan Sophea",
				"a duty":                                "Ly Vanna",
				"The notice was never served":           "Ngozi Adebayo-Khan",
			},
		},
		{
			// An unnamed person described with where they are ("A ferry hand at
			// the Kessling quay, who asked not to be named,", "A Tallinn-based
			// broker who declined to be named …") is whom the next "he" or "she"
			// means, not the person named before, nor a place in the
			// description; an official in a named body still speaks for it.
			name: "AnonymousWithPlace",
			paras: []string{
				`"The timetable is a joke," said Ruairi Castellano-Webb, chair of the Kessling Ferry Users Group.`,
				`A ferry hand at the Kessling quay, who asked not to be named, said the crew had not been paid. "We work for nothing this month," he said.`,
				`A Tallinn-based broker who declined to be named because of her firm's rules called the sale "a bargain". "Nobody else will bid," she said.`,
				`A deckhand at Port Aldery, who did not want to be named, said the nets were old. "These are not ours," he said.`,
				`An official in the Harbour Works Department, who did not wish to be named, said repairs would start soon. "We have the steel," the official said.`,
			},
			want: map[string]string{
				"The timetable is a joke":        "Ruairi Castellano-Webb",
				"We work for nothing this month": "unknown",
				"Nobody else will bid":           "unknown",
				"These are not ours":             "unknown",
				"We have the steel":              "Harbour Works Department",
			},
		},
		{
			// "the Minister" is the minister, not the deputy minister named
			// after them; "the deputy minister" is the deputy.
			name: "TitleNotDeputy",
			paras: []string{
				`The Minister of Fisheries, Hon. Marguerite Osei-Lindqvist, said the closed season would be "enforced on every beach".`,
				`The Deputy Minister of Fisheries, Hon. Bartholomew K. Dahn-Ferreira, said patrol boats had been repaired. He added that fuel was "no longer the problem".`,
				`"We will publish the catch figures every month," the Minister said in closing.`,
				`"The boats are ready," the deputy minister said.`,
			},
			want: map[string]string{
				"enforced on every beach":                       "Marguerite Osei-Lindqvist",
				"no longer the problem":                         "Bartholomew K. Dahn-Ferreira",
				"We will publish the catch figures every month": "Marguerite Osei-Lindqvist",
				"The boats are ready":                           "Bartholomew K. Dahn-Ferreira",
			},
		},
		{
			// "X from the village of Y says" — the place named after its kind
			// says where X lives; X speaks, and "she" after it is X, not a
			// person called by the village's name.
			name: "PlaceNamedByKind",
			paras: []string{
				`Apple grower Zuzana Hromadkova-Lind from the village of Velke Brezno says she has lost half of her blossom this spring.`,
				`"The frost came early and the cold stayed late," she said.`,
				`Dairy farmer Piotr Wasiak-Moreau in the district of Lower Brenna said the price of feed had "doubled since March".`,
			},
			want: map[string]string{
				"The frost came early and the cold stayed late": "Zuzana Hromadkova-Lind",
				"doubled since March":                           "Piotr Wasiak-Moreau",
			},
		},
		{
			// "criticised … as "…"" attributes the quote to its subject, and a
			// capitalised plural of people opening the sentence
			// ("Conservationists", "Economists") is a group, no one person: the
			// quote has no speaker, rather than the person who spoke before in
			// the paragraph.
			name: "GroupCriticises",
			paras: []string{
				`Transport minister Halvor Brennan-Osei said the new road would open in spring. Brennan-Osei also said tolls would be low. Conservationists have criticised the route as "a motorway through a marsh".`,
				`The opposition leader, Mariam Quist-Oduya, criticised the plan as "reckless and rushed".`,
			},
			want: map[string]string{
				"a motorway through a marsh": "unknown",
				"reckless and rushed":        "Mariam Quist-Oduya",
			},
		},
		{
			// "The Chairman of X Y Z (XYZ), A B C, welcomed … but warned that …
			// "…"" — the verb after "but" has the clause's subject, the holder
			// named after the body's acronym, not a person read from the body's
			// last words.
			name: "TitleAcronymThenNameBeforeAnd",
			paras: []string{
				`The Chairman of Koperasi Tani Lestari (KTL), Bambang Suryo Wibisono, welcomed the subsidy but warned that it must be paid "before the planting starts," or the farmers would borrow again.`,
			},
			want: map[string]string{
				"before the planting starts": "Bambang Suryo Wibisono",
			},
		},
		{
			// "<Body>'s sub-committee on <ACRONYM> said" — the body's unit
			// speaks for the body, not a body called by its field.
			name: "BodyCommitteeOn",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "River Basin Water Board", Role: "Statutory water regulator", Kind: "organisation", Aliases: []string{"RBWB"}},
			}},
			paras: []string{
				`Pumping from the river was cut by half on Monday.`,
				`In its notice, the RBWB's sub-committee on EFLOW said the cut was needed because of "the lowest flows in thirty years".`,
			},
			want: map[string]string{
				"the lowest flows in thirty years": "River Basin Water Board",
			},
		},
		{
			// "She asks not to be named." after a quote from someone described
			// but not named says she is that unnamed person; the quote after it
			// is nobody's the article names, not the last woman named.
			name: "PronounAsksAnonymity",
			paras: []string{
				`Welfare Secretary Ma. Lourdes Pascual-Ibarra says relief packs will reach the islands by Sunday.`,
				`"The water came through the windows," a grandmother at the school shelter tells reporters. She asks not to be named.`,
				`"We carried the children on our shoulders."`,
			},
			want: map[string]string{
				"We carried the children on our shoulders.": "unknown",
			},
		},
	})
}
