package ingest_test

import "testing"

// TestRound49Turns49PlaceWordNames covers a person called by one word of
// their name that the lexicon also knows as a word of places ("Park",
// "Hall", "Field"): a family name written first, or a surname, standing
// alone as the subject of a speech verb after the article has named the
// person in full.
func TestRound49Turns49PlaceWordNames(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a family name written first, then alone before the verb",
			paras: []string{
				"Glassmaker picks coastal site for new furnace",
				"Korean glassmaker Doyun Glass will build its first overseas furnace near the port of Veracruz, the company said on Tuesday.",
				"Doyun chief executive Park Min-seo called the site \"the right door into the Americas.\" \"We compared four ports and this one had the gas pipeline already in the ground,\" Park said at the signing.",
			},
			want: map[string]string{
				"the right door into the Americas.":                                              "Park Min-seo",
				"We compared four ports and this one had the gas pipeline already in the ground": "Park Min-seo",
			},
		},
		{
			name: "a surname of the same class, called by it alone",
			paras: []string{
				"Library to close on Sundays",
				"The town library will shut on Sundays from March to save on heating and staff, the borough announced.",
				"Councillor Edith Field, who chairs the leisure committee, defended the cut. \"Sunday visits have halved since the pandemic and the building costs the same to heat,\" Field said.",
			},
			want: map[string]string{"Sunday visits have halved since the pandemic and the building costs the same to heat": "Edith Field"},
		},
		{
			name: "the family name alone before a verb that reports, the quote after",
			paras: []string{
				"Glassmaker picks coastal site for new furnace",
				"Korean glassmaker Doyun Glass will build its first overseas furnace near the port of Veracruz, Doyun chief executive Park Min-seo told reporters on Tuesday.",
				"Park said the pipeline had decided it: \"The gas was already in the ground.\"",
			},
			want: map[string]string{"The gas was already in the ground.": "Park Min-seo"},
		},
		{
			// Never introduced in full, a surname that is a word of places is
			// still the subject of the speech verb: a person known by it, as
			// issue 15's surname-only speaker is (the rule of round49_rest49).
			name: "a place-word surname no one is introduced by is a person of that name",
			paras: []string{
				"Concert moved indoors",
				"Saturday's open-air concert has been moved to the town hall because of the forecast, organisers said.",
				"\"We could not risk the stage in that wind,\" Park said.",
			},
			want: map[string]string{"We could not risk the stage in that wind": "Park"},
		},
		{
			name: "near miss: a firm named with a place word keeps its name",
			paras: []string{
				"Investor backs battery start-up",
				"A London battery start-up has raised 40 million pounds from investors led by a fund manager, it said on Monday, with Maria Park on its board.",
				"\"Grid storage is where the demand is,\" Quarry Park said in a note to clients.",
			},
			want: map[string]string{"Grid storage is where the demand is": "Quarry Park"},
		},
	})
}
