package ingest_test

import "testing"

// TestR44AcronymSpelledOut: a body the copy speaks for by its acronym is
// named by the full name the article spells it out as, when that name
// has a country before it (kept: the body's own name), a sponsor's brand
// before it (dropped: no part of the body's name), or when the acronym
// keeps a word's second letter in lower case.
func TestR44AcronymSpelledOut(t *testing.T) {
	t.Parallel()
	head := []string{
		"Flood season outlook",
		"MERETH — Heavy rain is expected across the northern valleys for the rest of the month, forecasters said on Monday.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a country before the spelled-out name", paras: append(head,
			`The Kenya Rural Roads Authority has closed two bridges near the river.`,
			`"Crews will inspect every span before traffic returns," the RRA said in a notice.`),
			want: map[string]string{"Crews will inspect every span before traffic returns": "Kenya Rural Roads Authority"}},
		{name: "a sponsor before the spelled-out name", paras: append(head,
			`Two fixtures of the Tusker Brewing Northern Football League were called off because of the weather.`,
			`The NFL said in a statement: "No club will be penalised for matches lost to the flooding."`),
			want: map[string]string{"No club will be penalised for matches lost to the flooding.": "Northern Football League"}},
		{name: "a mixed-case acronym", paras: append(head,
			`The Coastal Flood Warning Service (CoFWS) raised its alert to amber.`,
			`"Residents of the lower wards should move their cars to higher ground tonight," CoFWS said in a bulletin.`),
			want: map[string]string{"Residents of the lower wards should move their cars to higher ground tonight": "Coastal Flood Warning Service"}},
	})
}

// TestR44LinkedShortName: a short name whose letters do not spell the
// body's name in English is the body the article ties it to in so many
// words: a foreign acronym in brackets after the English name, one
// introduced with "known as", or a short name in apposition.
func TestR44LinkedShortName(t *testing.T) {
	t.Parallel()
	head := []string{
		"Harvest outlook darkens",
		"SANTA ELENA — Farmers in the western valleys face a third poor harvest in a row, growers' groups warned on Friday.",
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a foreign acronym in brackets", paras: append(head,
			`The Regional Centre for Crop Protection in the Western Valleys (CERPROVA) will publish new pest maps next week. CERPROVA called the outbreak "the worst we have mapped in twenty years."`),
			want: map[string]string{"the worst we have mapped in twenty years.": "Regional Centre for Crop Protection in the Western Valleys"}},
		{name: "an acronym introduced with known as", paras: append(head,
			`The National Institute of Soils, Water and Irrigation, known as INSUAGRI, said in a report that wells were "lower than at any point since records began."`),
			want: map[string]string{"lower than at any point since records began.": "National Institute of Soils, Water and Irrigation"}},
		{name: "a short name in apposition", paras: append(head,
			`Agrofed, the Valley Growers Federation, has said the next season will "decide whether small farms survive at all." Its members meet on Monday.`),
			want: map[string]string{"decide whether small farms survive at all.": "Valley Growers Federation"}},
	})
}
