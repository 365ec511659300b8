package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestNameFormPatterns checks the forms names take in copy — titles and
// courtesy titles before a name, bodies named whole, a government's
// spokesperson by its nationality, a relative or a specialist named once,
// unnamed and anonymous people, a body's rank and file — one pattern a
// case, each on invented copy: the quote and the speaker a reader gives it.
func TestNameFormPatterns(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftOf, []speakerCase{
		{
			// What stands between a title and a name is not the name — a title's
			// fields listed with "and" or commas, a courtesy title ("H.E.",
			// "Eng.", "Raden Mas"), a British councillor's "Coun", a "co-" title
			// opening a sentence, a body's head word after its possessive, a
			// rank and a job in lower case after a body, a capitalised title
			// after a title's complement ("… to the UN in Vienna Ambassador X Y
			// Z") — and a name keeps its particle ("bin", "dela"), a Vietnamese
			// name its four words and a name after a title's last field all its
			// words, though one inside is a given name. A pronoun after such a
			// title means the person named, not the country it opens with.
			name: "TitleNameForms",
			paras: []string{
				`Minister of Fisheries and Aquaculture Tomasz Wierzbicki-Lund said the accord was "overdue by a decade".

"We will rebuild the causeway," Deputy Minister for Roads and Bridges Kwabena Asante-Boakye said.

Minister of Finance Efua Mensah-Bonsu and Minister of Health Yaw Darko-Appiah met on Monday. "The budget is agreed," Mensah-Bonsu said.

"We will count every tonne," Minister for Transport, Ports and Shipping Adaeze Okonkwo-Reyes said on Friday.

The accord was signed by H.E. Rashed Saif Al Nuaimi. "This is a day for the river," H.E. Al Nuaimi said.

Chief Executive of the Delta Authority Eng. Khalid bin Rashid Al-Harbi said the dams were "ready for the floods".

Director of Water Resources Nguyen Thi Lan Anh said the new gauges were "accurate to the centimetre".

Chairman of the Can Tho city People's Committee Tran Quoc Dung said the city "will not wait for the rains".

Coun Imogen Radcliffe, who chairs the harbour committee, said: "The quay must be rebuilt." "Nobody will be moved," Coun Radcliffe added.

Co-founder Halvard Brekke-Oyelaran calls the agreement "a lifeline for the fishers".

"The surge will peak overnight," Coastal Forecasting Service senior hydrographer Ilse Vandermeer told reporters.

Malawi's Permanent Representative to the UN in Vienna Ambassador Chisomo Banda Mwale thanked the donors for what he called their "steady hand".

Minister of State for Home Affairs Farzana Iqbal Siddiqui said the border posts would reopen "within the week".

Undersecretary and spokesperson Ma. Teresa dela Paz-Ocampo said the bureau was "ready to inspect every cargo".

The fishers' union has called a strike. Its chairman, Raden Mas Bagus Prakoso, said the quotas were unfair. "We will stay in port," Bagus said.`,
			},
			want: map[string]string{
				"overdue by a decade":           "Tomasz Wierzbicki-Lund",
				"We will count every tonne":     "Adaeze Okonkwo-Reyes",
				"This is a day for the river":   "Rashed Saif Al Nuaimi",
				"ready for the floods":          "Khalid bin Rashid Al-Harbi",
				"accurate to the centimetre":    "Nguyen Thi Lan Anh",
				"will not wait for the rains":   "Tran Quoc Dung",
				"The quay must be rebuilt.":     "Imogen Radcliffe",
				"Nobody will be moved":          "Imogen Radcliffe",
				"a lifeline for the fishers":    "Halvard Brekke-Oyelaran",
				"We will rebuild the causeway":  "Kwabena Asante-Boakye",
				"The budget is agreed":          "Efua Mensah-Bonsu",
				"within the week":               "Farzana Iqbal Siddiqui",
				"ready to inspect every cargo":  "Ma. Teresa dela Paz-Ocampo",
				"We will stay in port":          "Bagus Prakoso",
				"steady hand":                   "Chisomo Banda Mwale",
				"The surge will peak overnight": "Ilse Vandermeer",
			},
		},
		{
			// A relative introduced by the noun and a comma after the person
			// they belong to ("X and his wife, Y,"), by given name only, is whom
			// "she" means after a sentence that opens with "His wife".
			name: "KinByGivenName",
			paras: []string{
				`Down the lane, Tomasz Wierzbowski and his wife, Halina, run the last bakery in the valley. Wierzbowski said the flour price had doubled since spring.`,
				`"We bake at four and sell out by ten," he said.`,
				`His wife was less patient. "If the mill closes, so do we," she said.`,
			},
			want: map[string]string{
				"We bake at four and sell out by ten": "Tomasz Wierzbowski",
				"If the mill closes, so do we":        "Halina",
			},
		},
		{
			// A lead that describes a ministry's spokesman ("<Country>'s Foreign
			// Ministry spokesman says …") and a next paragraph that names him by
			// surname alone as its first speaker mean one person; a fronted
			// adverb ("Elsewhere in …,") opens no subject.
			name: "SpokesmanNamedNext",
			paras: []string{
				`Chile's Foreign Ministry spokesman says Santiago will not sign the fisheries pact "under pressure from anyone," calling the latest offer "a step backwards."`,
				`Speaking at his weekly briefing on Tuesday, Valderrama said talks would resume "when the other side is serious."`,
				`Elsewhere in the briefing, Valderrama praised the coast guard and urged fishing crews to show "patience and calm" at sea.`,
			},
			want: map[string]string{
				"under pressure from anyone":      "Valderrama",
				"a step backwards.":               "Valderrama",
				"when the other side is serious.": "Valderrama",
				"patience and calm":               "Valderrama",
			},
		},
		{
			// A bracket after a name or a body (a ward, a party, an acronym)
			// does not hide the subject from its verb, whether an aside follows
			// it ("X (Ward), who …, called …") or where the body sits ("The X
			// Federation (XF) in <Place> said").
			name: "BracketBeforeAside",
			paras: []string{
				`Coun. Priyanka Selvaraj (Riverdale), who chairs the parks committee, called the closure "a slap in the face for families".`,
				`The Federation of Small Retailers (FSR) in Kerala said in a statement that sales had fallen, and called the new tax "a gift to the big chains."`,
				`The Coastal Ferry Users Group (CFUG), a volunteer body, warned of "weeks of chaos" on the islands.`,
				`Also speaking was Okonkwo Adebayo-Lind, Director of Programmes at the Office for Rural Development (ORD), who said funding had halved. "We are choosing which villages to leave behind," he said.`,
			},
			want: map[string]string{
				"a slap in the face for families":                "Priyanka Selvaraj",
				"a gift to the big chains.":                      "Federation of Small Retailers",
				"weeks of chaos":                                 "Coastal Ferry Users Group",
				"We are choosing which villages to leave behind": "Okonkwo Adebayo-Lind",
			},
		},
		{
			// A body is named whole though its words look like a person's or run
			// over "for the" ("The Combined Chiefs of Staff (CCS)", whose
			// acronym spells its initials; "the Office for the Protection of
			// …"); a country's possessive before a registry body's name is the
			// registry body; a body named again without "of <Country>" is the
			// body named with it; a Spanish name keeps "por la"; the Board of
			// Directors of a company speaks as the company, and "the Board"
			// after it too.
			name: "BodyNameForms",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Fisheries Management Council", Kind: "organisation", Role: "Norway's fisheries regulator"},
				{Name: "Kestrel Mining", Kind: "organisation", Role: "Listed gold miner", Aliases: []string{"Kestrel"}},
				{Name: "Office for the Protection of Competition", Kind: "organisation", Role: "Czech competition authority", Aliases: []string{"UOHS"}},
			}},
			paras: []string{
				`The Combined Chiefs of Staff (CCS) said the exercise would go ahead "on schedule".`,
				`The Office for the Protection of Competition (UOHS) said the merger was "a clear threat to consumers".`,
				`Norway's Fisheries Management Council said the cod quota was "the lowest in thirty years".`,
				`The review was announced by the Office of the Chief Minister of Malaysia on Friday.`,
				`"Work on the corridor will resume next month," the Office of the Chief Minister said in a statement.`,
				`In Madrid, the pensioners' group Mujeres Unidas por la Dignidad called the reform "an insult".`,
				`The Board of Directors of Kestrel ("the Board") announced a new chief executive. The Board notes that the gold price has "risen sharply" since June.`,
			},
			want: map[string]string{
				"on schedule":                                 "Combined Chiefs of Staff",
				"a clear threat to consumers":                 "Office for the Protection of Competition",
				"the lowest in thirty years":                  "Fisheries Management Council",
				"Work on the corridor will resume next month": "Office of the Chief Minister of Malaysia",
				"an insult":                                   "Mujeres Unidas por la Dignidad",
				"risen sharply":                               "Kestrel Mining",
			},
		},
		{
			// "the expert", "the analyst" or another specialist's word after a
			// sentence that names a specialist who has not spoken yet is that
			// specialist, and so is "his" or "her" after it, not the person who
			// spoke before.
			name: "ExpertJustNamed",
			paras: []string{
				`Port director Rustam Aliyev said exports had fallen. "The ships are waiting," Rustam Aliyev told reporters.`,
				`Economist Dilnoza Karimova-Ward believes the fall will last until the spring.`,
				`"Households have already cut spending, and importers will follow," the analyst said.`,
				`In her view, prices will ease only "once the new terminal opens".`,
				`Analyst Tomasz Okafor-Lindqvist thinks the rally will fade. "Investors are far too optimistic," the strategist said.`,
			},
			want: map[string]string{
				"The ships are waiting": "Rustam Aliyev",
				"Households have already cut spending, and importers will follow": "Dilnoza Karimova-Ward",
				"once the new terminal opens":                                     "Dilnoza Karimova-Ward",
				"Investors are far too optimistic":                                "Tomasz Okafor-Lindqvist",
			},
		},
		{
			// A person described after a comma by what they are and where they
			// work, with their place set off after it, is the subject, not the
			// body they work for; a forum or a movement at the end of a person's
			// title is a body, not the person's name.
			name: "PersonBeforeDescription",
			paras: []string{
				`Ingrid Solberg-Mwangi, a glaciologist at the Institute of Polar Studies in Tromsø, Norway, calls the melt "a point of no return."`,
				`Rahim Uddin Chowdhury, general secretary of Jute Mill Workers Solidarity Forum, blamed the owners. "They lock the gates and disappear," he said.`,
			},
			want: map[string]string{
				"a point of no return.":             "Ingrid Solberg-Mwangi",
				"They lock the gates and disappear": "Rahim Uddin Chowdhury",
			},
		},
		{
			// Words set out after a colon in a sentence that says someone read a
			// statement or a letter from another are the other's.
			name: "StatementReadOut",
			paras: []string{
				`Prosecutor Helen Abernathy-Quist also read a letter from Mayor Tobias Reinholt, who was abroad: "The town trusted him with its savings, and he spent them."`,
			},
			want: map[string]string{
				"The town trusted him with its savings, and he spent them.": "Tobias Reinholt",
			},
		},
		{
			// "the department" as the subject of the clause a named spokesperson
			// reports ("X said the department had asked Y to hold “…”") is the
			// spokesperson talking: the quoted words are theirs.
			name: "ReportedDescription",
			paras: []string{
				`The Department of Fisheries suspended all landings on Monday.`,
				`Fisheries spokesperson Ma. Cristina dela Rosa-Uy said the department had asked the coast guard to stop "all vessels without valid catch certificates."`,
			},
			want: map[string]string{
				"all vessels without valid catch certificates.": "Ma. Cristina dela Rosa-Uy",
			},
		},
		{
			// "a <nationality> government spokesperson" speaks for that
			// government, and "the spokesperson" after it too, not for a company
			// whose spokesperson spoke before.
			name: "NationalityBodySpokesperson",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Flemish Government", Kind: "organisation", Role: "Regional government of Flanders"},
				{Name: "Cambrian Rail Ltd", Kind: "organisation", Role: "Train operator", Aliases: []string{"Cambrian Rail"}},
			}},
			paras: []string{
				`Cambrian Rail said the line would reopen in May.`,
				`A spokesperson said: "We are sorry for the disruption."`,
				`A Flemish government spokesperson said new trains would arrive by 2027, which would "end the years of breakdowns".`,
				`The spokesperson added: "We are working closely with the operator."`,
			},
			want: map[string]string{
				"We are sorry for the disruption.":          "Cambrian Rail Ltd",
				"end the years of breakdowns":               "Flemish Government",
				"We are working closely with the operator.": "Flemish Government",
			},
		},
		{
			// A body's whole name in capitals before a role ("a Friends of the
			// Coast campaigner", "A Transport for Cumbria spokesman") speaks for
			// the body, and "the spokesman" after it too.
			name: "BodyNameBeforeRole",
			paras: []string{
				`Councillor Mairead Oyelowo-Finch said the council had "lost its way" on buses.`,
				`A Transport for Cumbria spokesman said most services had run but warned of "long delays" on the coast line. "Passengers should check before they travel," the spokesman said.`,
			},
			want: map[string]string{
				"lost its way": "Mairead Oyelowo-Finch",
				"long delays":  "Transport for Cumbria",
				"Passengers should check before they travel": "Transport for Cumbria",
			},
		},
		{
			// An unnamed person who is the subject after an opening phrase that
			// ends in a place's name ("At X School, a father of four who asked
			// not to be named said …") is whom "he" means next, and has no name,
			// rather than the person named before.
			name: "UnnamedAfterOpeningPhrase",
			paras: []string{
				`"The river rose faster than anyone expected," Dr. Samuel Otieno-Baraza said.`,
				`At Kisumu Central Market, a father of four who asked not to be named said his stall had been washed away.`,
				`"We have nothing left to sell," he said.`,
			},
			want: map[string]string{
				"The river rose faster than anyone expected": "Samuel Otieno-Baraza",
				"We have nothing left to sell":               "unknown",
			},
		},
		{
			// "who" opening a relative clause is no one's name, though the
			// registry knows the WHO by its acronym; an unnamed person whose
			// relative clauses say they asked not to be named has no name, and
			// neither has "he" after them.
			name: "RelativeWhoIsNoBody",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "World Health Organization", Kind: "organisation", Role: "UN health agency", Aliases: []string{"WHO"}},
			}},
			paras: []string{
				`"The clinic has no clean water," Dr. Samuel Nwankwo-Reid said.`,
				`A ferry engineer who has worked on the fleet for years, and who asked not to be named because he still does contract work for the operator, said the vessel was "beyond repair".`,
				`"Nobody wants to hear it," he said.`,
			},
			want: map[string]string{
				"The clinic has no clean water": "Samuel Nwankwo-Reid",
				"beyond repair":                 "unknown",
				"Nobody wants to hear it":       "unknown",
			},
		},
		{
			// "A <body-kind> official, speaking on condition of anonymity, said"
			// speaks for no body, and neither does "the official" after it,
			// though a body was named just before.
			name: "AnonymousOfficial",
			paras: []string{
				`The Allied Military Command said the patrols would continue "as long as necessary".`,
				`A military official, speaking on condition of anonymity, said the patrols had seen nothing unusual. "They test us every spring. So far it is noise," the official said.`,
			},
			want: map[string]string{
				"as long as necessary":                          "Allied Military Command",
				"They test us every spring. So far it is noise": "unknown",
			},
		},
		{
			// "the workers of X" or "the residents of X" are people of X who do
			// not speak for it, unlike "leaders of X".
			name: "RankAndFile",
			paras: []string{
				`The employees of Harbourline Textiles Ltd, a supplier of uniforms to hospitals, said the managers had "disappeared" after the gates were locked.`,
				`Leaders of the Garment Exporters Association called the closure "a disgrace".`,
			},
			want: map[string]string{
				"disappeared": "unknown",
				"a disgrace":  "Garment Exporters Association",
			},
		},
		{
			// A function word capitalised inside a sentence, after "of" and
			// before a capital ("the Sisters of Our Lady of the Harbour"),
			// belongs to the name, so "it" after it finds the body.
			name: "CapitalisedFunctionWordInName",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Union of Our Coastal Towns", Kind: "organisation", Role: "Association of coastal councils", Aliases: []string{"UOCT"}},
			}},
			paras: []string{
				`The Union of Our Coastal Towns (UOCT) backed the fishers in a statement and rejected what it called "a tax on the sea".`,
			},
			want: map[string]string{
				"a tax on the sea": "Union of Our Coastal Towns",
			},
		},
		{
			// A Gaelic surname with "a'" after "Nic" or "Mac" ("Catriona Nic a'
			// Ghobhainn") is one name, which "she" means next.
			name: "GaelicSurname",
			paras: []string{
				`Catriona Nic a' Ghobhainn, a fisher from Eriskay and mother of two, said the boats had not sailed for a week.`,
				`"We are tired of waiting," she said.`,
			},
			want: map[string]string{
				"We are tired of waiting": "Catriona Nic a' Ghobhainn",
			},
		},
		{
			// "the top government spokesman" right after a titled minister spoke
			// is that minister, not another country's spokesman named only
			// paragraphs later.
			name: "TitleVariesLastSpeaker",
			paras: []string{
				`"It is deeply regrettable that the vessel entered our waters," Chief Cabinet Secretary Hiroto Nakagawa told a press conference.`,
				`The top government spokesman said Tokyo would "respond firmly but calmly" and keep watching the ship.`,
				`Seoul has not commented. Oceania has stayed out of the dispute.`,
				`At a briefing in Beijing, Foreign Ministry spokesman Liu Wenjie said the islet is "a rock, not an island".`,
			},
			want: map[string]string{
				"respond firmly but calmly": "Hiroto Nakagawa",
				"a rock, not an island":     "Liu Wenjie",
			},
		},
		{
			// "…," a senior company official said on condition of anonymity — an
			// official who is not named speaks for no body, wherever the
			// sentence says so.
			name: "AnonymityAfterVerb",
			paras: []string{
				`Kestrel Motors is in talks with a rival carmaker, people familiar with the matter said. "The talks are at an early stage," a senior company official said on condition of anonymity.`,
			},
			want: map[string]string{
				"The talks are at an early stage": "unknown",
			},
		},
	})
}

// TestNationalityGovernment: "the <nationality> government" is the
// country's government, which speaks as the country, not a body called by
// the adjective.
func TestNationalityGovernment(t *testing.T) {
	t.Parallel()
	d := draftOf(t, nil, `Tallinn shut the last rail crossing on Monday. The Estonian government said it would stay shut "for as long as the drones keep coming".`,
		`Farmers in the south said the decision came too late. The Chilean government called the frost "the worst in forty years".`)
	wantSpeakers(t, d, map[string]string{
		"for as long as the drones keep coming": "Estonia",
		"the worst in forty years":              "Chile",
	})
	for _, n := range d.New {
		if n.Name == "Estonian" || n.Name == "Chilean" {
			t.Errorf("new speaker %q is a nationality", n.Name)
		}
	}
}

// TestTitleAfterName: a title set off after a name, with a field after its
// "for" ("X, Minister of State for Foreign Trade, and Y, …"), names no
// one; "the Minister of State for Foreign Trade" later is X.
func TestTitleAfterName(t *testing.T) {
	t.Parallel()
	d := draftOf(t, nil, `The treaty was signed by Hon. Amani Wekesa-Lind, Minister of State for Foreign Trade, and Rui Tavares-Sousa, Minister of the Sea of Portugal.`,
		`Commenting on the signing, Hon. Wekesa-Lind said, "This opens the Atlantic to our growers."`,
		`The Minister of State for Foreign Trade noted that exports were expected to double "within three years."`)
	wantSpeakers(t, d, map[string]string{
		"This opens the Atlantic to our growers.": "Amani Wekesa-Lind",
		"within three years.":                     "Amani Wekesa-Lind",
	})
	for _, n := range d.New {
		if n.Name == "Foreign Trade" {
			t.Errorf("new speaker %q is a title's field", n.Name)
		}
	}
}

// TestBodyForPlace: capitals, "for" and capitals with no title ("Transport
// for Wales") are a body, not a person called by the first word, whom a
// later "he" could mean.
func TestBodyForPlace(t *testing.T) {
	t.Parallel()
	d := draftOf(t, nil, `Transport for Cumbria says its replacement buses will run "as long as the roads are safe".`,
		`Asked whether the army would help, he said there had been "no request" so far.`)
	wantSpeakers(t, d, map[string]string{
		"as long as the roads are safe": "Transport for Cumbria",
		"no request":                    "unknown",
	})
	for _, n := range d.New {
		if n.Name == "Transport for Cumbria" && n.Kind != "organisation" {
			t.Errorf("new speaker %q is a %s, not an organisation", n.Name, n.Kind)
		}
	}
}
