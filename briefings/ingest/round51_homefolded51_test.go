package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound51HomeFolded51 covers the story's home country read from a
// large city the registry does not list, by the dateline or by the
// sentences that keep naming it, and from a lead whose first word is a
// capitalised "THE" before the country's name: a bare state body the
// registry does not list is the home country's.
func TestRound51HomeFolded51(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Palau", Kind: "place", Role: "Country", Aliases: []string{"Ngerulmud"}},
		{Name: "Taiwan", Kind: "place", Role: "Country", Aliases: []string{"Taipei"}},
		{Name: "Brazil", Kind: "place", Role: "Country", Aliases: []string{"Brasilia"}},
		{Name: "Tanzania", Kind: "place", Role: "Country", Aliases: []string{"Dodoma"}},
		{Name: "Uganda", Kind: "place", Role: "Country", Aliases: []string{"Kampala"}},
		{Name: "Niger", Kind: "place", Role: "Country", Aliases: []string{"Niamey"}},
		{Name: "Ministry of Finance of Uganda", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Health of Taiwan", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Energy of Niger", Kind: "organisation", Role: "Ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a dateline's large city the registry does not list gives its country",
			reg:  reg,
			paras: []string{
				"Lawmakers question fisheries officials over reef closures",
				"KOROR — Members of the Senate on Thursday pressed fisheries officials over the closure of three reefs to commercial boats.",
				"Senator Delbert Ngiraiwet asked why the closures had been announced without notice.",
				"Taiwan's technical mission will lend two patrol boats to monitor the reefs, its head said.",
				"The Ministry of Marine Resources said in a statement that the closures would \"last until the spawning season ends.\"",
			},
			want: map[string]string{"last until the spawning season ends.": "Ministry of Marine Resources of Palau"},
		},
		{
			name: "a city the sentences keep naming counts for its country",
			reg:  reg,
			paras: []string{
				"Bus drivers walk out over new shift rules",
				"Bus drivers in São Paulo stopped work on Monday over a new schedule that adds two hours to their shifts.",
				"In São Paulo, more than 3,000 buses stayed in their depots, the operators' union said.",
				"The Ministry of Transport said it would \"call both sides to a meeting this week.\"",
			},
			want: map[string]string{"call both sides to a meeting this week.": "Ministry of Transport of Brazil"},
		},
		{
			name: "a lead's capitalised THE is no part of the country's name after it",
			reg:  reg,
			paras: []string{
				"Coach names squad for qualifiers",
				"THE Tanzania Volleyball Federation yesterday named a 16-woman squad for next month's qualifiers against Uganda and Niger.",
				"Coach Amina Kisanga said the squad \"mixes experience and youth.\"",
				"The team will fly to Niamey for the away leg, officials said.",
				"The Ministry of Youth and Sports said the government would \"pay every player's travel costs.\"",
			},
			want: map[string]string{"pay every player's travel costs.": "Ministry of Youth and Sports of Tanzania"},
		},
	})
}
