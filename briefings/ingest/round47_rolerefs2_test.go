package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// r47FederationRegistry lists a sports federation and, for the near miss,
// a committee the registry names as a body of its own.
func r47FederationRegistry() *briefings.Registry {
	return &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland Hockey Federation", Kind: "organisation", Aliases: []string{"NHF"}},
		{Name: "Norland Rowing Union", Kind: "organisation", Aliases: []string{"NRU"}},
		{Name: "NRU Committee on Safety and Equipment", Kind: "organisation"},
	}}
}

// TestRound47RoleRefs2: bodies called back by a word that is not their
// name. An unnamed official answering right after the copy named one body
// speaks for it (and a transport operator named for what it runs in the
// plural is a body); "the committee" after "The <Kind> Committee of the
// <Body>" is the body whose organ it is; "the city" in a story filed from
// a city is "City of <City>". Near misses: two bodies named, an organ the
// registry lists itself, a dateline city the copy never names again.
func TestRound47RoleRefs2(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an official of the body just named", paras: []string{
			"Residents fight bus depot noise",
			"Neighbours of the Marlow Road depot have complained for a year about buses idling at night.",
			`When residents wrote to the Eastvale Transit Company, an official replied that the firm "checks engine noise every month" and that new buses would be "nearly silent".`,
		}, want: map[string]string{"checks engine noise every month": "Eastvale Transit Company", "nearly silent": "Eastvale Transit Company"}},
		{name: "an operator named for what it runs", paras: []string{
			"Letters: the night boats",
			"Your October article described the new night crossings as a success.",
			`When I wrote to the Lisbon Ferries in March, an official answered that the company "checks engine noise every month".`,
		}, want: map[string]string{"checks engine noise every month": "Lisbon Ferries"}},
		{name: "the committee of a federation", reg: r47FederationRegistry(), paras: []string{
			"Striker banned for six matches",
			"The Disciplinary Committee of the Norland Hockey Federation (NHF) on Friday banned Rovers striker Tomas Keller-Brandt for six matches.",
			`In its ruling, the committee said the player had "struck an opponent after the whistle had gone," citing the match report.`,
		}, want: map[string]string{"struck an opponent after the whistle had gone": "Norland Hockey Federation"}},
		{name: "the city of the dateline", paras: []string{
			"Tram talks collapse",
			"SPLIT, 5 Feb 2026 (Hina) - Talks between Split Bus Company and the unions broke down on Thursday.",
			`The unions said buses would run on two lines, which the city described as "insufficient".`,
		}, want: map[string]string{"insufficient": "City of Split"}},
		// Near misses: the rules must not over-fire.
		{name: "an official after two bodies stays unknown", paras: []string{
			"Residents fight bus depot noise",
			"Neighbours of the Marlow Road depot have complained for a year about buses idling at night.",
			`When residents wrote to the Eastvale Transit Company and the Eastvale Borough Council, an official replied that "engine noise is checked every month".`,
		}, want: map[string]string{"engine noise is checked every month": "unknown"}},
		{name: "an organ the registry lists speaks as itself", reg: r47FederationRegistry(), paras: []string{
			"Rowing boats to carry trackers",
			"The NRU Committee on Safety and Equipment met in Harlow on Friday.",
			"Meeting there, the NRU's Safety and Equipment Committee ordered trackers fitted to every racing boat.",
			`The committee said the rule would apply "from the first regatta of the season".`,
		}, want: map[string]string{"from the first regatta of the season": "NRU Committee on Safety and Equipment"}},
		{name: "a city the copy never names again", paras: []string{
			"Tram talks collapse",
			"SPLIT, 5 Feb 2026 (Hina) - Talks between the bus company and the unions broke down on Thursday.",
			`The unions said buses would run on two lines, which the city described as "insufficient".`,
		}, want: map[string]string{"insufficient": "unknown"}},
	})
}
