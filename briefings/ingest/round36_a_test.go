package ingest_test

import "testing"

// TestRound36aGermanOfficeTitle: "<Seat><Office> <Given> <Surname>", a
// German-language title of office of one compound word kept
// untranslated before the name, is no part of the name.
func TestRound36aGermanOfficeTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "provincial councillor",
		paras: []string{"Avalanche service gets two new forecasters\n\n" +
			"The province will hire two more avalanche forecasters before the ski season, its government announced on Wednesday.\n\n" +
			"At a press conference in Bregenz, Landesrätin Veronika Grabherr announced the posts and called the service \"the best insurance the valleys have\".\n\n" +
			"\"Every forecast spares someone a bad decision,\" she said.\n\n" +
			"The forecasters start in December."},
		want: map[string]string{
			"the best insurance the valleys have":          "Veronika Grabherr",
			"Every forecast spares someone a bad decision": "Veronika Grabherr",
		},
	}, {
		name: "mayor",
		paras: []string{"Old tram depot to become housing\n\n" +
			"The city will turn its old tram depot into 200 flats, the council decided on Tuesday.\n\n" +
			"\"This is the biggest housing project in a generation,\" Oberbürgermeister Friedhelm Auerbach said after the vote.\n\n" +
			"Work begins next year."},
		want: map[string]string{
			"This is the biggest housing project in a generation": "Friedhelm Auerbach",
		},
	}})
}

// TestRound36aSiswatiAddress: the siSwati forms of address "Make" (for a
// woman) and "Babe" (for a man) open a name without being part of it.
func TestRound36aSiswatiAddress(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "Make before a woman's name",
		paras: []string{"Market vendors protest new stall fees\n\n" +
			"Vendors at the Manzini bus rank market marched to the town council on Thursday over a rise in stall fees.\n\n" +
			"The vendors' association secretary, Make Thandiwe Simelane, said many could not pay. \"We sell tomatoes, not gold,\" she said.\n\n" +
			"The council will meet the vendors next week."},
		want: map[string]string{
			"We sell tomatoes, not gold": "Thandiwe Simelane",
		},
	}, {
		name: "Babe before a man's name",
		paras: []string{"Chiefdom opens new water scheme\n\n" +
			"Residents of a chiefdom near Nhlangano have piped water for the first time after a scheme opened on Saturday.\n\n" +
			"\"Our mothers walked four kilometres for water,\" said Babe Sibusiso Mavuso, the chiefdom's inner council member.\n\n" +
			"The scheme serves 300 homesteads."},
		want: map[string]string{
			"Our mothers walked four kilometres for water": "Sibusiso Mavuso",
		},
	}})
}

// TestRound36aPortfolioBracket: "The <Title> in the <Office> (<Field> and
// <Field>), <Given> <Surname>, <verb>" — the bracket spelling out the
// title's portfolio stands between the title and the comma, and the name
// after it still holds the title, which "the <title>" later means (not
// the person named the sentence before).
func TestRound36aPortfolioBracket(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "minister of state with portfolio in brackets",
		paras: []string{"Lake ferries to publish safety checks\n\n" +
			"The lake ferry company will put its safety inspections online from June.\n\n" +
			"The head of the Boat Owners Association (BOA), Salum Mrisho, called the step overdue. “Passengers deserve to read the reports,” Mrisho said.\n\n" +
			"The Minister in the Vice-President's Office (Environment and Water), Neema Lyimo, ordered the inspections in March. The minister had said travellers should “see what the inspectors see”.\n\n" +
			"The first reports are due in July."},
		want: map[string]string{
			"Passengers deserve to read the reports": "Salum Mrisho",
			"see what the inspectors see":            "Neema Lyimo",
		},
	}})
}

// TestRound36aDoubleSurnameInQuotedStatement: a statement the article
// quotes names the person in full in apposition ("<Title>, <Given>
// <Surname> <Surname>, …"), and the report calls them by the double
// surname alone: the speaker is the full name.
func TestRound36aDoubleSurnameInQuotedStatement(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "readout then double surname",
		paras: []string{"Town and rail company sign station deal\n\n" +
			"The town's mayor signed an agreement with the state rail company on Wednesday. The town hall sent out a note on the signing.\n\n" +
			"\"The Mayor of Vale do Sorraia, Inês Quaresma Albuquerque, signed this afternoon an agreement with the board of the rail company. The station will reopen in 2028.\"\n\n" +
			"Back at the town hall that evening, Quaresma Albuquerque called the deal \"worth every trip\". \"The trains are coming back,\" she said.\n\n" +
			"Commuter groups welcomed the news."},
		want: map[string]string{
			"worth every trip":           "Inês Quaresma Albuquerque",
			"The trains are coming back": "Inês Quaresma Albuquerque",
		},
	}})
}
