package ingest_test

import "testing"

// TestRound36aGermanOfficeTitle: "<Seat><Office> <Given> <Surname>", a
// German-language title of office of one compound word kept
// untranslated before the name, is no part of the name.
func TestRound36aGermanOfficeTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "cantonal councillor",
		paras: []string{"Lake ferry timetable cut for winter\n\n" +
			"The ferry between Arbon and the German shore will sail twice a day from November, the canton said on Monday.\n\n" +
			"Thurgau's transport director, Regierungsrätin Annelies Brunschwiler, spoke of \"a painful but necessary step\".\n\n" +
			"\"We will look at the numbers again in spring,\" she said.\n\n" +
			"The operator lost money on the route for three years."},
		want: map[string]string{
			"a painful but necessary step":                "Annelies Brunschwiler",
			"We will look at the numbers again in spring": "Annelies Brunschwiler",
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
		paras: []string{"Stadium ticket prices to be reviewed\n\n" +
			"The stadium's operator will review ticket prices next month, it said on Monday.\n\n" +
			"The chairman of the Supporters Trust (ZST), Juma Kilonzo, welcomed the review. “Prices must fall. Everyone knows it,” Kilonzo said.\n\n" +
			"The Minister of State in the Prime Minister's Office (Youth and Sport), Halima Ndekwa, last month urged the club to cut prices. The minister had said the club should “listen to the fans”.\n\n" +
			"The review ends in May."},
		want: map[string]string{
			"Prices must fall. Everyone knows it": "Juma Kilonzo",
			"listen to the fans":                  "Halima Ndekwa",
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
		paras: []string{"Island council and Madrid agree on port plan\n\n" +
			"The island council's president met the transport minister in Madrid on Friday. Below, the statement issued by the council.\n\n" +
			"\"The President of the Island Council, Rogério Vilaça Tavares, met today in Madrid with the Minister of Transport. Both sides agreed to a timetable for the new breakwater.\"\n\n" +
			"Speaking at the harbour on his return, Vilaça Tavares said the talks had been \"long but honest\". \"We have a date at last,\" he said.\n\n" +
			"The fishermen's guild said it would wait to see the money."},
		want: map[string]string{
			"long but honest":        "Rogério Vilaça Tavares",
			"We have a date at last": "Rogério Vilaça Tavares",
		},
	}})
}
