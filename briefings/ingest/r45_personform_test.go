package ingest_test

import "testing"

// TestR45TitleFromPlaceBeforeName: "<Title> from <Place> <Given>
// <Surname> said …", then the surname alone: the place after "from" ends
// the title, and the given name no list knows opens the person's name.
func TestR45TitleFromPlaceBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "title from a city, unknown given name",
		paras: []string{"Ferry fares to rise in spring\n\n" +
			"The island operator will raise its fares by a tenth from April, it said on Monday.\n\n" +
			"Economist from Tirana Ardit Kelmendi said the rise was smaller than islanders had feared.\n\n" +
			"\"Fuel has doubled in two years, so a tenth is modest,\" Kelmendi said.\n\n" +
			"The operator runs four boats a day in summer."},
		want: map[string]string{
			"Fuel has doubled in two years, so a tenth is modest": "Ardit Kelmendi",
		},
	}})
}
