package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound33LeadInCapitals: a newspaper lead that opens in capitals ("A
// FORMER <Council> officer") and goes on in ordinary case leaves the role's
// modifier out of the body's name the council's spokesperson speaks for.
func TestRound33LeadInCapitals(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a modifier in capitals before the council", paras: []string{
			"Taxi permits sold from a car boot, jury told",
			"A FORMER Bristol City Council licensing clerk sold taxi permits from the boot of his car, a jury heard on Monday.",
			"Owain Pritchard-Soyinka, 38, denies misconduct in a public office.",
			"A council spokesperson said: \"Every permit issued since 2019 is being checked by hand.\"",
		}, want: map[string]string{"Every permit issued since 2019 is being checked by hand.": "Bristol City Council"}},
		{name: "the lead's modifier before a board", paras: []string{
			"Surgical gloves resold online for a decade",
			"A FORMER Cardiff and Vale University Health Board stores manager resold surgical gloves online for ten years, magistrates heard.",
			"Gethin Lloyd-Abara, 57, pleaded guilty to theft by an employee.",
			"A health board spokeswoman said: \"Stock is now counted every week by two people.\"",
		}, want: map[string]string{"Stock is now counted every week by two people.": "Cardiff and Vale University Health Board"}},
	})
}

// TestRound33LoneCourtOfHomeCountry: a bench named "<Kind> Chamber of the
// <Court>" in a story datelined in a country the registry lists one
// "<Court> of <Country>" for is that court, though no sentence names the
// country: the dateline says whose court it is.
func TestRound33LoneCourtOfHomeCountry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Portugal", Kind: "place", Role: "Country", Aliases: []string{"Lisbon"}},
		{Name: "Supreme Court of Portugal", Kind: "organisation", Role: "Portugal's top court"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the chamber and its court, the country only in the dateline", reg: reg, paras: []string{
			"Algarve irrigation licences to be reviewed again",
			"LISBON, 3 March (Lusa) - Farmers in the Algarve will have their irrigation licences looked at afresh after a ruling published on Tuesday.",
			"The Civil Chamber of the Supreme Court sent the case back because the appeal judges had \"set the drought reports aside without reasons\", the ruling says.",
			"The Civil Chamber of the Supreme Court said the review must end \"within ninety days of notice\".",
		}, want: map[string]string{"set the drought reports aside without reasons": "Supreme Court of Portugal", "within ninety days of notice": "Supreme Court of Portugal"}},
	})
}

// TestRound33MonetaryOrgan: a rate decision's "Monetary Board" or
// "Monetary Policy Committee", named bare after the lead named the bank,
// speaks for the bank; the registry's own listing of the organ still wins.
func TestRound33MonetaryOrgan(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Central Bank of Eswatini", Kind: "organisation", Role: "Eswatini's central bank", Aliases: []string{"CBE"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the board in a statement", reg: reg, paras: []string{
			"Maize prices keep Eswatini rate on hold",
			"The Central Bank of Eswatini (CBE) kept its discount rate where it was for a third meeting in a row.",
			"\"Food inflation is the risk we are watching most closely this quarter,\" the Monetary Board said.",
		}, want: map[string]string{"Food inflation is the risk we are watching most closely this quarter": "Central Bank of Eswatini"}},
		{name: "the policy committee, partial quote", reg: reg, paras: []string{
			"Eswatini makes first cut in two years",
			"Borrowers in Eswatini will pay less from Friday after the Central Bank of Eswatini lowered its discount rate for the first time since 2023.",
			"The Monetary Policy Committee said price pressures were \"fading faster than we expected\" as bus fares fell.",
		}, want: map[string]string{"fading faster than we expected": "Central Bank of Eswatini"}},
	})
}

// TestRound33FieldFirstMinistry: a home state's ministry named field first
// ("the <Field> Ministry", an industry's word too), which the registry
// does not list, is drafted as the registry names the state's other
// ministries: "Ministry of <Field> of <Country>".
func TestRound33FieldFirstMinistry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Peru", Kind: "place", Role: "Country", Aliases: []string{"Lima"}},
		{Name: "Ministry of Economy and Finance of Peru", Kind: "organisation", Role: "Peru's finance ministry"},
		{Name: "Ministry of Foreign Affairs of Peru", Kind: "organisation", Role: "Peru's foreign ministry"},
		{Name: "Bolivia", Kind: "place", Role: "Country", Aliases: []string{"La Paz"}},
		{Name: "Ministry of Foreign Affairs of Bolivia", Kind: "organisation", Role: "Bolivia's foreign ministry"},
		{Name: "Ministry of Health of Bolivia", Kind: "organisation", Role: "Bolivia's health ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the field before the ministry", reg: reg, paras: []string{
			"Lima raises gold export levy",
			"LIMA, 4 May - Peru will raise its levy on gold exports from next year, the government said on Monday.",
			"The Tourism Ministry said in a statement that it would send \"a detailed proposal to Congress\" before July.",
		}, want: map[string]string{"a detailed proposal to Congress": "Ministry of Tourism of Peru"}},
		{name: "an industry's word as the field", reg: reg, paras: []string{
			"Bolivia delays lithium auction",
			"LA PAZ, 12 June - Bolivia has postponed the auction of three lithium blocks in the Uyuni salt flat until the autumn.",
			"The Energy Ministry said the delay would give bidders \"time to meet the new water rules\".",
		}, want: map[string]string{"time to meet the new water rules": "Ministry of Energy of Bolivia"}},
	})
}

// TestRound33ArmedForcesOrgan: "<Country>'s <Kind> Command of the Armed
// Forces" is a state's body by the possessive, drafted "<Body> of
// <Country>" where the registry names state bodies with their state.
func TestRound33ArmedForcesOrgan(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ecuador", Kind: "place", Role: "Country", Aliases: []string{"Quito"}},
		{Name: "Colombia", Kind: "place", Role: "Country", Aliases: []string{"Bogotá"}},
		{Name: "Ministry of Foreign Affairs of Ecuador", Kind: "organisation", Role: "Ecuador's foreign ministry"},
		{Name: "Ministry of Defence of Colombia", Kind: "organisation", Role: "Colombia's defence ministry"},
		{Name: "Ministry of Foreign Affairs of Colombia", Kind: "organisation", Role: "Colombia's foreign ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the command through its country's possessive", reg: reg, paras: []string{
			"Timber barge stopped on the Putumayo",
			"A barge with undeclared hardwood was stopped on the Putumayo river near the Colombian bank, local radio reported.",
			"Ecuador's Joint Command of the Armed Forces told reporters on Sunday that the barge carried \"three times the load its licence allows\", and that its owner would be fined.",
		}, want: map[string]string{"three times the load its licence allows": "Joint Command of the Armed Forces of Ecuador"}},
	})
}

// TestRound33MinistryWithPortfolio: "<Country>'s Ministry of <Field> and
// <Portfolio>" is the registry's "Ministry of <Field> of <Country>": a state
// has one ministry of a field, whatever its full name adds.
func TestRound33MinistryWithPortfolio(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Paraguay", Kind: "place", Role: "Country", Aliases: []string{"Asunción"}},
		{Name: "Bolivia", Kind: "place", Role: "Country", Aliases: []string{"La Paz"}},
		{Name: "Ministry of Foreign Affairs of Paraguay", Kind: "organisation", Role: "Paraguay's foreign ministry"},
		{Name: "Ministry of Foreign Affairs of Bolivia", Kind: "organisation", Role: "Bolivia's foreign ministry"},
		{Name: "Ministry of Defence of Bolivia", Kind: "organisation", Role: "Bolivia's defence ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the ministry's longer name", reg: reg, paras: []string{
			"Paraguay asks for joint survey of the Pilcomayo",
			"ASUNCIÓN, 8 May - Paraguay wants a joint survey of the Pilcomayo after an upstream weir left the river low for a month.",
			"Bolivia's Ministry of Defence and Civil Protection said the weir was \"a temporary flood measure\" that would be opened in June.",
		}, want: map[string]string{"a temporary flood measure": "Ministry of Defence of Bolivia"}},
	})
}

// TestRound33CouncilConfiguration: the Council of the European Union
// meeting in one of its configurations ("the <Field> Council") is the
// Council the registry lists, by the configuration's name and by "the
// Council" after it.
func TestRound33CouncilConfiguration(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Council of the European Union", Kind: "organisation", Role: "EU institution of member states' ministers", Aliases: []string{"Council of the EU"}},
		{Name: "European Commission", Kind: "organisation", Role: "EU executive"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the configuration, then the Council", reg: reg, paras: []string{
			"EU ministers agree rules on cross-border evidence",
			"Interior and justice ministers meeting in Luxembourg on Friday agreed their position on a law letting prosecutors request cloud data across borders.",
			"The Justice and Home Affairs Council said the text would \"close a gap criminals have used for years\".",
			"Talks with Parliament would \"start before the summer\", the Council added.",
		}, want: map[string]string{"close a gap criminals have used for years": "Council of the European Union", "start before the summer": "Council of the European Union"}},
	})
}

// TestRound33PressService: "the <Body> press service" speaks for the body
// the registry lists, not as a body of its own.
func TestRound33PressService(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Tajikistan", Kind: "place", Role: "Country", Aliases: []string{"Dushanbe"}},
		{Name: "Dushanbe City Hall", Kind: "organisation", Role: "Dushanbe's city administration"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the body's press service", reg: reg, paras: []string{
			"Dushanbe to replace tram-line cables",
			"Trams will run until midnight from June, after complaints from shift workers at the textile mills.",
			"The Dushanbe City Hall press service said two night routes would open along Rudaki Avenue. \"Drivers for them have already been hired,\" it added.",
		}, want: map[string]string{"Drivers for them have already been hired": "Dushanbe City Hall"}},
	})
}

// TestRound33AcronymAfterParent: an acronym the article spells out after
// its parent's initials ("UN <Office for the …>" for "<OFA>") is drafted
// by the full name, the parent's initials with it.
func TestRound33AcronymAfterParent(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the UN agency named in full, then by its acronym", paras: []string{
			"Floods cut roads to northern camps",
			"Boats are now the only way into three camps, according to the UN Office for Rural Water Supply.",
			"An ORWS spokeswoman told reporters: \"We have fuel for ten more days of trips.\"",
		}, want: map[string]string{"We have fuel for ten more days of trips.": "UN Office for Rural Water Supply"}},
	})
}

// TestRound33SaintsPossessive: "a spokesperson for St <Name>'s" speaks for
// the school named for its saint, the possessive part of its name, also
// after "a former St <Name>'s <role>" read the name without it.
func TestRound33SaintsPossessive(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the school's spokesperson", paras: []string{
			"Strabane pupils win debating cup",
			"Pupils from a Strabane school have won the all-Ireland debating cup for the first time.",
			"The team was coached by the former St Columba's head boy Declan Moriarty-Hale, who now teaches English there.",
			"A spokesperson for St Columba's said: \"The whole school stayed up to watch the final.\"",
		}, want: map[string]string{"The whole school stayed up to watch the final.": "St Columba's"}},
	})
}

// TestRound33ChoirByHead: "the choir" after the article named "the <Name>
// Choir" is that choir, a body as a club is, by its head word.
func TestRound33ChoirByHead(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the choir named, then by its head", paras: []string{
			"Harbour choir to open folk festival",
			"The Ballyshannon Harbour Choir will open the Sligo folk festival in August, conductor Maura Kilbride-Ennis announced.",
			"\"Forty voices and one bus: we are ready,\" the choir said on its website.",
		}, want: map[string]string{"Forty voices and one bus: we are ready": "Ballyshannon Harbour Choir"}},
	})
}

// TestRound33BareCourtOfUnlistedCountry: a state's court named bare ("the
// High Court") in a story of a country the registry does not list, where
// the registry names states' bodies with their state, is "<Court> of
// <Country>".
func TestRound33BareCourtOfUnlistedCountry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "India", Kind: "place", Role: "Country", Aliases: []string{"New Delhi"}},
		{Name: "Ministry of External Affairs of India", Kind: "organisation", Role: "India's foreign ministry"},
		{Name: "Ministry of Finance of India", Kind: "organisation", Role: "India's finance ministry"},
		{Name: "Ministry of Home Affairs of India", Kind: "organisation", Role: "India's interior ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the court bare, the country once", reg: reg, paras: []string{
			"Dam survey halted in Nepal's far west",
			"Work on a survey for a hydropower dam in Nepal must stop until villages downstream are consulted, judges ruled on Thursday.",
			"The High Court said the permit had been issued \"without a single public hearing\".",
		}, want: map[string]string{"without a single public hearing": "High Court of Nepal"}},
	})
}

// TestRound33AcronymOrgan: "<ACR> Council of Ministers" is the organ of the
// registry's body whose initials open it, and speaks for that body.
func TestRound33AcronymOrgan(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Niger Basin Authority", Kind: "organisation", Role: "Intergovernmental body for the Niger river basin", Aliases: []string{"NBA"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the organ after the body's initials", reg: reg, paras: []string{
			"NBA Council of Ministers adopts dam safety rules",
			"Niamey, 3 March 2026 - Ministers of the nine member states closed their annual session in Niamey with new rules on dam safety.",
			"The NBA Council of Ministers \"requests member states to report every release of water from their dams within 24 hours\".",
		}, want: map[string]string{"requests member states to report every release of water from their dams within 24 hours": "Niger Basin Authority"}},
	})
}
