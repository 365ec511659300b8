package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// round32bRegistry names state bodies "<Body> of <Country>", but for one
// country whose body it lists bare, its role naming that country; it
// lists no body of the third country.
func round32bRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Quessany", Role: "Country", Kind: "place", Aliases: []string{"Lorvaine"}},
		{Name: "Tembrook", Role: "Country", Kind: "place"},
		{Name: "Vardania", Role: "Country", Kind: "place"},
		{Name: "Ministry of Trade of Lusk", Role: "Lusk's trade ministry", Kind: "organisation"},
		{Name: "Ministry of Health of Quessany", Role: "Quessany's health ministry", Kind: "organisation"},
		{Name: "Ministry of Defence of Quessany", Role: "Quessany's defence ministry", Kind: "organisation"},
		{Name: "Department of Coastal Affairs", Role: "Tembrook's coastal ministry", Kind: "organisation"},
	}}
}

// TestRound32BareMinistryOfHome: a registry that names every state's
// bodies with the state but one, whose department it lists bare (the
// bare body's role naming that state), still follows the convention for the
// other states: a home country's ministry named bare is "<Ministry> of
// <Country>"; the bare state's stays bare, and so does a department.
func TestRound32BareMinistryOfHome(t *testing.T) {
	t.Parallel()
	reg := round32bRegistry()
	home := func(c string) []string {
		return []string{
			"Mine royalties to rise next year",
			"Royalties on copper and tin mined in " + c + " will rise by a fifth from January, officials in " + c + " said on Monday.",
		}
	}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "home ministry bare", reg: reg, paras: append(home("Vardania"),
			`The Ministry of Mines said the rise would "fund the new haul roads" in the north.`),
			want: map[string]string{"fund the new haul roads": "Ministry of Mines of Vardania"}},
		{name: "bare state's ministry", reg: reg, paras: append(home("Tembrook"),
			`The Ministry of Mines said the rise would "fund the new haul roads" in the north.`),
			want: map[string]string{"fund the new haul roads": "Ministry of Mines"}},
		{name: "department under the looser convention", reg: reg, paras: append(home("Vardania"),
			`The Department of Mines said the rise would "fund the new haul roads" in the north.`),
			want: map[string]string{"fund the new haul roads": "Department of Mines"}},
	})
}
