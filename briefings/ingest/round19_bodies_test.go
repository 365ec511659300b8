package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound19BodiesCourtPanel: the judges a court or an arbitral tribunal
// sits as ("the <ACR> Panel", "the <Court> Panel", then "the Panel") give
// the court's award; copy reports it as the court's, not as a body of its
// own and not as a person called "Panel".
func TestRound19BodiesCourtPanel(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Equestrian Tribunal for Disputes and Transfers", Kind: "organisation", Role: "Arbitral tribunal for horse sport", Aliases: []string{"ETDT"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the acronym's panel, then the Panel", reg: reg, paras: []string{
			"Tribunal upholds rider's suspension",
			"The Equestrian Tribunal for Disputes and Transfers (ETDT) has dismissed the appeal of the show jumper Lorcan Fitzmaurice-Oyelaran against a six-month suspension.",
			"The ETDT Panel, composed of three arbitrators, heard the parties in March.",
			`The Panel found that the rider's explanation was "neither credible nor supported by the stable records".`,
		}, want: map[string]string{"neither credible nor supported by the stable records": "Equestrian Tribunal for Disputes and Transfers"}},
		{name: "an arbitration court the article names", paras: []string{
			"Transfer ban confirmed",
			"The Court of Football Arbitration (CFA) on Monday confirmed a transfer ban on the club Atlético Serranía.",
			`The CFA Panel held that the club had "ignored four payment deadlines in a row".`,
		}, want: map[string]string{"ignored four payment deadlines in a row": "Court of Football Arbitration"}},
	})
}

// TestRound19BodiesBracketedShortForm: "<Body> (the <Short Form>)" gives
// the short name a release uses for the body after; the body speaks under
// it, however generic its words ("the Central Bank", "the Authority").
func TestRound19BodiesBracketedShortForm(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Reserve Bank of Vanuatu", Kind: "organisation", Role: "Vanuatu's central bank"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a registry bank's short form", reg: reg, paras: []string{
			"Policy rate held",
			"The Reserve Bank of Vanuatu (the Central Bank) kept its policy rate unchanged on Thursday.",
			`The Central Bank said price pressures were "easing but not yet gone".`,
		}, want: map[string]string{"easing but not yet gone": "Reserve Bank of Vanuatu"}},
		{name: "an article's authority", paras: []string{
			"Fishing season opens late",
			"The Lake Malawi Fisheries Management Authority (the Fisheries Authority) delayed the opening of the season by two weeks.",
			`The Fisheries Authority said the chambo stocks needed "one more month of quiet water".`,
		}, want: map[string]string{"one more month of quiet water": "Lake Malawi Fisheries Management Authority"}},
	})
}

// TestRound19BodiesPlacedBodyName: "The <Name> said", where the registry
// lists "<Name> of <Country>" and the name's head word ("Prosecution")
// names no body by itself, is that state's body, not a person.
func TestRound19BodiesPlacedBodyName(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Public Prosecution of Qatar", Kind: "organisation", Role: "Qatar's prosecution service"},
		{Name: "Qatar", Kind: "place", Role: "Country", Aliases: []string{"Doha"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the prosecution without its country", reg: reg, paras: []string{
			"Forgers jailed in Doha",
			"A court in Qatar jailed four men on Sunday for forging residence permits.",
			`The Public Prosecution said the sentences should "deter anyone who trades in false papers".`,
		}, want: map[string]string{"deter anyone who trades in false papers": "Public Prosecution of Qatar"}},
	})
}

// TestRound19BodiesCompanyWithoutLegalForm: a company named once with its
// legal form ("<Name> JSC", "<Name> PJSC") and then by its one-word name
// alone is the same company, not a person of that name.
func TestRound19BodiesCompanyWithoutLegalForm(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a joint-stock company", paras: []string{
			"Water cuts in the north",
			"Residents of three districts have had no running water since Monday, according to Suvtaminotkanal JSC.",
			`In a reply to questions, Suvtaminotkanal said the pump station would be repaired "within the current quarter".`,
		}, want: map[string]string{"within the current quarter": "Suvtaminotkanal JSC"}},
		{name: "a public joint-stock company", paras: []string{
			"Power plant unit restarted",
			"The third unit of the Zarafshan plant restarted on Friday, Issiqlikenergo PJSC said in a statement.",
			`Issiqlikenergo said the unit would run "at half load until the spring inspection".`,
		}, want: map[string]string{"at half load until the spring inspection": "Issiqlikenergo PJSC"}},
	})
}

// TestRound19BodiesBareBeforeForeign: a story names its own country's body
// bare ("the Ministry of <Field> said") and a neighbour's with the
// country ("the <Demonym> Ministry of <Field>"); the bare one is the other
// registry body of that name, however often the story names the
// neighbour. A body named with its country first and bare after is still
// that body.
func TestRound19BodiesBareBeforeForeign(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Water Resources of Tajikistan", Kind: "organisation", Role: "Tajikistan's water ministry",
			Aliases: []string{"Tajik Ministry of Water Resources"}},
		{Name: "Ministry of Water Resources of Uzbekistan", Kind: "organisation", Role: "Uzbekistan's water ministry",
			Aliases: []string{"Uzbek Ministry of Water Resources"}},
		{Name: "Tajikistan", Kind: "place", Role: "Country", Aliases: []string{"Dushanbe"}},
		{Name: "Uzbekistan", Kind: "place", Role: "Country", Aliases: []string{"Tashkent"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the home ministry bare, the neighbour's named", reg: reg, paras: []string{
			"Canal breach floods cotton fields",
			"A canal wall gave way near the border on Tuesday night, flooding some 400 hectares of Tajik cotton, the Ministry of Water Resources said.",
			`"Repair crews reached the breach within two hours and the flow was cut by morning," the ministry said in a statement.`,
			"Uzbekistan offered pumps. Tashkent is ready to help, the Uzbek Ministry of Water Resources said, and Uzbekistan will send engineers.",
		}, want: map[string]string{"Repair crews reached the breach within two hours and the flow was cut by morning": "Ministry of Water Resources of Tajikistan"}},
		{name: "named with the country first, bare after", reg: reg, paras: []string{
			"Reservoir levels fall",
			"The Uzbek Ministry of Water Resources warned farmers on Monday that reservoirs in Uzbekistan stood at half their usual level.",
			`The Ministry of Water Resources said the summer would be "the driest in a decade".`,
		}, want: map[string]string{"the driest in a decade": "Ministry of Water Resources of Uzbekistan"}},
	})
}

// TestRound19BodiesDroppedLetterAdjective: a registry alias "<Adjective>
// Ministry of <Field>" whose adjective drops the country's last letters
// ("Lebanese", "Togolese") names that country, so the alias does not fit
// the same ministry of any other country.
func TestRound19BodiesDroppedLetterAdjective(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Agriculture of Togo", Kind: "organisation", Role: "Togo's farm ministry",
			Aliases: []string{"Togolese Ministry of Agriculture"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "another country's farm ministry", reg: reg, paras: []string{
			"Locust swarms reach the coast",
			"Swarms of desert locusts reached farms near Mombasa on Sunday, officials in Kenya said.",
			`The Agriculture Ministry said spraying would start "as soon as the wind drops".`,
		}, want: map[string]string{"as soon as the wind drops": "Agriculture Ministry"}},
	})
}

// TestRound19BodiesDocFromUnnamed: a document the article names as one
// "from" someone it does not name ("a letter from a resident", "a
// statement from one of the victims") is that person's when "the <doc>
// said" quotes it: unknown, not the body or the lawyer who read it out.
func TestRound19BodiesDocFromUnnamed(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a statement read in court", paras: []string{
			"Care home manager jailed for fraud",
			"The Harbourside Magistrates' Court on Friday jailed a care home manager for two years for taking money from residents.",
			"The prosecution read a statement from one of the residents, an 87-year-old former teacher.",
			`"I gave her my bank card because she was kind to me," the statement said.`,
		}, want: map[string]string{"I gave her my bank card because she was kind to me": "unknown"}},
		{name: "a letter to the council", paras: []string{
			"Bus route cut despite protests",
			"The Lindenfield District Council voted on Tuesday to end the number 14 bus route in March.",
			"The council published a letter from a resident of the estate the route serves.",
			`"Without the bus I cannot reach the clinic," the letter said.`,
		}, want: map[string]string{"Without the bus I cannot reach the clinic": "unknown"}},
	})
}

// TestRound19BodiesStateOrgan: "the presidency" of a
// story that names no body ending so is the registry's "<Head> of
// <Country>" whose country the story names, when it is the only one.
func TestRound19BodiesStateOrgan(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Presidency of the Republic of Montenegro", Kind: "organisation", Role: "Office of Montenegro's head of state"},
		{Name: "Montenegro", Kind: "place", Role: "Country", Aliases: []string{"Podgorica", "Republic of Montenegro"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the presidency of the country the story is about", reg: reg, paras: []string{
			"Power cuts hit the coast",
			"Large parts of Montenegro's coast were without electricity on Saturday after a storm brought down two transmission lines.",
			`"Repair crews are working through the night," the presidency said in a statement.`,
		}, want: map[string]string{"Repair crews are working through the night": "Presidency of the Republic of Montenegro"}},
		{name: "the presidency after a quoted minister", reg: reg, paras: []string{
			"Border crossing reopens",
			"Trucks queued for twelve kilometres on Sunday as the crossing into Montenegro reopened after a week of repairs.",
			`"We expect the queue to clear by Tuesday," the presidency said, adding that extra customs staff had been sent.`,
		}, want: map[string]string{"We expect the queue to clear by Tuesday": "Presidency of the Republic of Montenegro"}},
	})
}

// TestRound19BodiesOwnedName: "<Country>'s <Body Name>" and "<Body>'s
// <Unit Name>", for a body the registry does not list, are the body by
// its own capitalised name: whose it is is no part of it. A title's or a
// people's possessive inside a name ("<Trade>men's Federation",
// "Employers' Association") stays.
func TestRound19BodiesOwnedName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a country's administration", paras: []string{
			"Durian exports approved",
			"Vietnam's General Department of Plant Protection said on Monday that four more packing houses had met \"every phytosanitary requirement\" after an inspection.",
		}, want: map[string]string{"every phytosanitary requirement": "General Department of Plant Protection"}},
		{name: "a ministry's directorate", paras: []string{
			"Smuggling ring broken up",
			"The Finance Ministry's Central Directorate of Excise said the ring had moved \"at least two tonnes of cigarettes a month\" across the border.",
		}, want: map[string]string{"at least two tonnes of cigarettes a month": "Central Directorate of Excise"}},
		{name: "a trade's federation keeps its name", paras: []string{
			"Boat fuel prices rise",
			"Diesel for fishing boats will cost a fifth more from next month after the state cut its subsidy, officials said on Friday.",
			"The Coastal Boatmen's Federation of Kerala said the rise would \"tie up half the fleet by March\".",
		}, want: map[string]string{"tie up half the fleet by March": "Coastal Boatmen's Federation of Kerala"}},
	})
}

// TestRound19BodiesCountryWithLowerWord: a country whose name holds a word
// in lower case ("Côte d'Ivoire") speaks as the subject of "said", as a
// delegation does at a multilateral meeting, like one named in capitals.
func TestRound19BodiesCountryWithLowerWord(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a delegation speaking for a group", paras: []string{
			"Cotton talks stall again",
			"Members of the trade body met in Geneva on Thursday to discuss subsidies for cotton growers, without agreement.",
			`Speaking on behalf of the Cotton Four, Côte d'Ivoire said the talks "cannot wait for another ministerial".`,
		}, want: map[string]string{"cannot wait for another ministerial": "Côte d'Ivoire"}},
		{name: "the country after a comma", paras: []string{
			"Cocoa price floor raised",
			"Farm-gate cocoa prices will rise by a tenth from October, officials in Abidjan said on Monday.",
			`At the council's session in London, Côte d'Ivoire said the rise was "owed to the growers".`,
		}, want: map[string]string{"owed to the growers": "Côte d'Ivoire"}},
	})
}

// TestRound19BodiesSeveralOnASide: a caption that names the first of
// several parties on a side ("<Body> and Others v <Body> and Another")
// and "the applicants" or "the respondents" after it: the side speaks by
// its first named party.
func TestRound19BodiesSeveralOnASide(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the applicants of a caption with others", paras: []string{
			"Judgment summary",
			"Harbour Fishers' Association and Others v Saldanha Port Authority and Another",
			"The Court today handed down judgment in an application about the closure of the old slipway to small boats.",
			`The applicants contended that the closure had been decided "behind closed doors and without a word to the fishers".`,
		}, want: map[string]string{"behind closed doors and without a word to the fishers": "Harbour Fishers' Association"}},
		{name: "the respondents of a caption with another", paras: []string{
			"Judgment summary",
			"Mthatha Taxi Owners' Forum v Eastern Cape Roads Agency and Another",
			"The Court today handed down judgment in an application about new taxi ranks in the town centre.",
			`The respondents argued that the ranks were "a matter of traffic safety, not of trade".`,
		}, want: map[string]string{"a matter of traffic safety, not of trade": "Eastern Cape Roads Agency"}},
	})
}

// TestRound19BodiesBodyAndIts: "<Body> and its affiliate in <Country>
// condemned …", "<Body> and its members said": the body leads the pair
// its unnamed unit or members join, and the quote is the body's.
func TestRound19BodiesBodyAndIts(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a federation and its affiliate", paras: []string{
			"Newspaper shut down",
			"The Global Union of Press Workers (GUPW) and its affiliate in Chad have condemned the closure of a weekly in N'Djamena, calling it \"a warning to every newsroom in the country\".",
		}, want: map[string]string{"a warning to every newsroom in the country": "Global Union of Press Workers"}},
		{name: "a council and its members", paras: []string{
			"Port strike called off",
			"The Dockworkers' Council and its members said on Friday that the strike would end, calling the offer \"the best we will get this year\".",
		}, want: map[string]string{"the best we will get this year": "Dockworkers' Council"}},
	})
}

// TestRound19BodiesReadoutIssuer: a readout's summary of both sides ("the
// ministers") speaks for the ministry that issued it, found from the
// first minister's title; the ministry may go by a name of its own that
// only the registry's role ties to the field ("<Country>'s foreign affairs
// department"), and the phrase reader may have taken the sentence's verb
// into the subject ("The ministers reviewed the …").
func TestRound19BodiesReadoutIssuer(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Foreign Relations Office of Belize", Kind: "organisation", Role: "Belize's foreign affairs department"},
		{Name: "Belize", Kind: "place", Role: "Country", Aliases: []string{"Belmopan"}},
		{Name: "Ministry of Foreign Affairs of Chile", Kind: "organisation", Role: "Chile's foreign ministry"},
		{Name: "Chile", Kind: "place", Role: "Country", Aliases: []string{"Santiago"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a department known by its role", reg: reg, paras: []string{
			"Readout: Minister of Foreign Affairs meets Guatemalan counterpart",
			"BELMOPAN, March 3, 2028 – Today, the Minister of Foreign Affairs, Dorian Castellanos-Reyes, met with Guatemala's Foreign Minister Lucía Ixcoy Tzul at the Sarstoon border post.",
			`The two ministers agreed that the joint patrols had made the river "safer for fishers from both countries".`,
		}, want: map[string]string{"safer for fishers from both countries": "Foreign Relations Office of Belize"}},
		{name: "the verb read into the subject", reg: reg, paras: []string{
			"Readout: Minister of Foreign Affairs meets Argentine counterpart",
			"SANTIAGO, June 9, 2028 – Today, the Minister of Foreign Affairs, Tomás Huenchullán Soto, met with Argentina's Foreign Minister Valeria Quiroga-Benítez in Mendoza.",
			`The ministers reviewed the new border crossing schedule and called it "a relief for every lorry driver in the Andes".`,
		}, want: map[string]string{"a relief for every lorry driver in the Andes": "Ministry of Foreign Affairs of Chile"}},
	})
}
