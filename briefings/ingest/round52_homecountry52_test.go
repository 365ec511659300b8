package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound52HomeCountry52 covers a local story that names its county,
// province or towns and never its country: a bare state body the registry
// does not list takes the one country those places lie in, as it takes a
// dateline's, as it does when the copy names other countries only as often
// as each other (visitors' homes, a supplier's). Places of two countries
// give no home, and the body stays as the article names it.
func TestRound52HomeCountry52(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ireland", Kind: "place", Role: "Country", Aliases: []string{"Dublin"}},
		{Name: "New Zealand", Kind: "place", Role: "Country", Aliases: []string{"Wellington"}},
		{Name: "Department of Transport of Ireland", Kind: "organisation", Role: "Department"},
		{Name: "Department of Conservation of New Zealand", Kind: "organisation", Role: "Department"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a county's towns give the home country of a bare department",
			reg:  reg,
			paras: []string{
				"Harbour wall repairs delayed again in Killybegs",
				"Fishermen in Killybegs say repairs to the harbour wall have slipped to next spring, the third delay since the storm.",
				"At a meeting of Donegal County Council on Monday, Cllr Aoife Brennock said the crews were \"running out of patience\".",
				"A spokesperson for the Department of Marine Works said it was \"reviewing the contractor's revised schedule\".",
			},
			want: map[string]string{"reviewing the contractor's revised schedule": "Department of Marine Works of Ireland"},
		},
		{
			name: "countries named as often as each other leave the towns to say it",
			reg:  reg,
			paras: []string{
				"Lake operators told to fit new lifejackets before summer",
				"Tour boat operators in Rotorua have until December to replace their lifejackets after a visitor from Germany was pulled from the lake last month.",
				"A spokesperson for the Department of Marine Works said the new rules were \"overdue and will be enforced\".",
				"The operators' association said most of its members had already placed orders, some with a supplier in Canada.",
			},
			want: map[string]string{"overdue and will be enforced": "Department of Marine Works of New Zealand"},
		},
		{
			name: "places of two countries give none",
			reg:  reg,
			paras: []string{
				"Trawler crews from Killybegs and Tauranga meet at fishing expo",
				"Skippers from Killybegs and Tauranga compared notes on quota rules at a trade expo on Tuesday.",
				"A spokesperson for the Department of Marine Works said it was \"reviewing the contractor's revised schedule\".",
			},
			want: map[string]string{"reviewing the contractor's revised schedule": "Department of Marine Works"},
		},
	})
}
