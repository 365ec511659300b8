package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// r47HomeRegistry lists two states and bodies of the first named with it,
// as the registry's convention does; one of them is a "<Field>
// Department".
func r47HomeRegistry(withDepartment bool) *briefings.Registry {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Vastoria", Role: "Country", Kind: "place", Aliases: []string{"Pellmar"}},
		{Name: "Norland", Role: "Country", Kind: "place"},
		{Name: "Ministry of Fisheries of Vastoria", Kind: "organisation"},
		{Name: "Ministry of Trade of Vastoria", Kind: "organisation"},
		{Name: "Ministry of Culture of Vastoria", Kind: "organisation"},
	}}
	if withDepartment {
		reg.Speakers = append(reg.Speakers, &briefings.Speaker{Name: "Harbour Department of Vastoria", Kind: "organisation"})
	}
	return reg
}

// TestR47HomeSuffix: a bare state body takes the home country the
// article shows. A state's formal name with its common name glossed in
// brackets ("the Republic of <Other> (<Country>)") is the glossed state;
// a "<Field> Department" takes the home country when the registry names
// a department of that country with it. Near-misses stay as they were.
func TestR47HomeSuffix(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a formal name glossed in brackets is the glossed state", reg: r47HomeRegistry(false), paras: []string{
			"Reserve bank holds its rate",
			"The Reserve Bank of the Republic of Norland (Vastoria) kept its policy rate at 3% on Thursday.",
			`The Ministry of Ports said it was "reviewing every berth contract this quarter."`,
		}, want: map[string]string{"reviewing every berth contract this quarter.": "Ministry of Ports of Vastoria"}},
		{name: "near-miss: the named state with no gloss stays its own", reg: r47HomeRegistry(false), paras: []string{
			"Reserve bank holds its rate",
			"The Reserve Bank of the Republic of Norland kept its policy rate at 3% on Thursday.",
			`The Ministry of Ports said it was "reviewing every berth contract this quarter."`,
		}, want: map[string]string{"reviewing every berth contract this quarter.": "Ministry of Ports of Norland"}},
		{name: "a field department of a state whose departments the registry names", reg: r47HomeRegistry(true), paras: []string{
			"Storm closes offices",
			"PELLMAR — Offices across Vastoria stayed shut on Monday as the storm passed.",
			`The Labour Department said employers "must not order staff to travel while the warning stands."`,
		}, want: map[string]string{"must not order staff to travel while the warning stands.": "Labour Department of Vastoria"}},
		{name: "near-miss: no department of the state in the registry", reg: r47HomeRegistry(false), paras: []string{
			"Storm closes offices",
			"PELLMAR — Offices across Vastoria stayed shut on Monday as the storm passed.",
			`The Labour Department said employers "must not order staff to travel while the warning stands."`,
		}, want: map[string]string{"must not order staff to travel while the warning stands.": "Labour Department"}},
		{name: "near-miss: another head than the registry's", reg: r47HomeRegistry(true), paras: []string{
			"Storm closes offices",
			"PELLMAR — Offices across Vastoria stayed shut on Monday as the storm passed.",
			`The Labour Council said employers "must not order staff to travel while the warning stands."`,
		}, want: map[string]string{"must not order staff to travel while the warning stands.": "Labour Council"}},
	})
}
