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
			"Planning officer jailed over building bribes",
			"A FORMER Leeds City Council planning officer who took bribes from a builder has been jailed for three years.",
			"Marcus Thwaite-Jones, 51, admitted the charges at Leeds Crown Court.",
			"A council spokesperson said: \"We have reviewed every contract he signed and will recover what we can.\"",
		}, want: map[string]string{"We have reviewed every contract he signed and will recover what we can.": "Leeds City Council"}},
		{name: "the lead's modifier before a board", paras: []string{
			"Ex-manager fined over hospital car park takings",
			"A FORMER Cardiff and Vale University Health Board car park manager who kept cash from the machines has been fined.",
			"Dylan Ap-Rhys Owen, 44, was ordered to repay £12,000.",
			"A health board spokeswoman said: \"Every machine is now emptied by two members of staff.\"",
		}, want: map[string]string{"Every machine is now emptied by two members of staff.": "Cardiff and Vale University Health Board"}},
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
			"Top court annuls Porto bridge tender",
			"LISBON, 3 March (Lusa) - The Administrative Litigation Chamber of the Supreme Court has annulled the tender for the new bridge in Porto.",
			"The chamber found that the ministry had used criteria that \"favoured one bidder over the others\", according to the judgment.",
			"The Administrative Litigation Chamber of the Supreme Court said the process \"lacked the transparency the law demands\".",
		}, want: map[string]string{"favoured one bidder over the others": "Supreme Court of Portugal", "lacked the transparency the law demands": "Supreme Court of Portugal"}},
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
			"CBE holds discount rate at 7%",
			"The Central Bank of Eswatini (CBE) on Thursday left its discount rate unchanged at 7 per cent.",
			"In a statement, the Monetary Board said: \"The Board judged that the current stance remains appropriate given the outlook for food prices and the rand.\"",
		}, want: map[string]string{"The Board judged that the current stance remains appropriate given the outlook for food prices and the rand.": "Central Bank of Eswatini"}},
		{name: "the policy committee, partial quote", reg: reg, paras: []string{
			"CBE cuts rate by a quarter point",
			"The Central Bank of Eswatini cut its discount rate by 25 basis points to 6.75 per cent on Thursday.",
			"The Monetary Policy Committee said inflation was \"well anchored within the target range\" after two quarters of easing fuel prices.",
		}, want: map[string]string{"well anchored within the target range": "Central Bank of Eswatini"}},
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
			"Fishing boat seized off the border",
			"Colombian fishermen from Tumaco were held for two days after their boat crossed the maritime border, their families said.",
			"In a statement, Ecuador's Joint Command of the Armed Forces said the crew had been stopped for \"operating without a permit in Ecuadorian waters\" and had been handed to prosecutors.",
		}, want: map[string]string{"operating without a permit in Ecuadorian waters": "Joint Command of the Armed Forces of Ecuador"}},
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
			"Asunción protests river barrier",
			"ASUNCIÓN, 8 May - Paraguay has protested against a floating barrier placed on the Pilcomayo river.",
			"Bolivia's Ministry of Foreign Affairs and Worship called the protest \"without foundation\" in a note to the embassy.",
		}, want: map[string]string{"without foundation": "Ministry of Foreign Affairs of Bolivia"}},
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
			"The Council said in a press release that talks with Parliament would \"start before the summer\".",
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
			"Residents of the Sino district have complained of power cuts every evening since the first frosts.",
			"The Dushanbe City Hall press service told reporters that new cables would be laid in March. \"The work will be finished before the spring holidays,\" it said.",
		}, want: map[string]string{"The work will be finished before the spring holidays": "Dushanbe City Hall"}},
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
			"The UN Office for Rural Water Supply said on Monday that three bridges on the road to the camps had been washed away.",
			"\"We can reach the camps only by boat for now,\" an ORWS spokeswoman said.",
		}, want: map[string]string{"We can reach the camps only by boat for now": "UN Office for Rural Water Supply"}},
	})
}

// TestRound33SaintsPossessive: "a spokesperson for St <Name>'s" speaks for
// the school named for its saint, the possessive part of its name, also
// after "a former St <Name>'s <role>" read the name without it.
func TestRound33SaintsPossessive(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the school's spokesperson", paras: []string{
			"Tributes to long-serving caretaker",
			"Tributes have been paid to Seamus Doherty-Quinn, caretaker at a Strabane primary school for 40 years, who has died aged 71.",
			"The former St Columba's caretaker retired in 2019 and ran the parish football team until last summer.",
			"A spokesperson for St Columba's said: \"Every child who passed through our gates knew his name.\"",
		}, want: map[string]string{"Every child who passed through our gates knew his name.": "St Columba's"}},
	})
}

// TestRound33ChoirByHead: "the choir" after the article named "the <Name>
// Choir" is that choir, a body as a club is, by its head word.
func TestRound33ChoirByHead(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the choir named, then by its head", paras: []string{
			"Tributes to choir's first conductor",
			"Tributes have been paid to Maura Kilbride-Ennis, who founded the Ballyshannon Harbour Choir in 1979 and conducted it for 30 years.",
			"In a post on its website, the choir said: \"She taught three generations of this town to sing together.\"",
		}, want: map[string]string{"She taught three generations of this town to sing together.": "Ballyshannon Harbour Choir"}},
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
			"Court orders return of forest land in Nepal's hills",
			"The High Court has ordered a former ward chairman to return 1.4 hectares of community forest he registered in his own name, in one of the largest such cases in Nepal this year.",
			"The High Court said the registration had been made \"without any lawful basis\" and ordered the land office to cancel it.",
		}, want: map[string]string{"without any lawful basis": "High Court of Nepal"}},
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
