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
