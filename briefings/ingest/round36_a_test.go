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
