package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound52Older52b covers two shapes from the older sets' open misses:
// "<Country>'s <Industry> Ministry" in capitals is that state's ministry of
// the field, named as the convention names it, though the field's word
// ("Energy", "Mining") heads a firm's name elsewhere; and a partial quote
// followed by its verb's object and "and <verb>" ("said it was “…” the
// eruption and advised …") leaves the words with the subject before the
// quote, the noun phrase ending in "and" being no subject of the second
// verb.
func TestRound52Older52b(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Vessa"}},
		{Name: "Ostria", Kind: "place", Role: "Country", Aliases: []string{"Kelby"}},
		{Name: "Ministry of Finance of Norland", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Defence of Ostria", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Health of Ostria", Kind: "organisation", Role: "Ministry"},
		{Name: "Tomas Ravnik", Kind: "person", Role: "Energy minister of Norland"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a country's industry ministry in capitals",
			reg:  reg,
			paras: []string{
				"Norland and Ostria agree a winter gas reserve",
				"Norland will keep 80 million cubic metres of gas in Ostrian storage this winter, Energy Minister Tomas Ravnik said on Tuesday.",
				"Ostria's Energy Ministry said in a statement that the deal \"confirms our commitment to the region's energy security\".",
			},
			want: map[string]string{
				"confirms our commitment to the region's energy security": "Ministry of Energy of Ostria",
			},
		},
		{
			name: "a mining ministry by the country's possessive",
			reg:  reg,
			paras: []string{
				"Copper output falls at Norland's largest mine",
				"Copper output at the Halvik pit fell for a third month in October, the operator's figures showed on Monday, as the rains flooded two of its benches.",
				"Norland's Mining Ministry said output at the Halvik pit was \"below the plan for a third month\" and that it would send inspectors to the site this week.",
			},
			want: map[string]string{
				"below the plan for a third month": "Ministry of Mining of Norland",
			},
		},
		{
			name: "a partial, its verb's object and a second verb joined by and",
			paras: []string{
				"Volcano erupts near Port Alder",
				"The Harlow Embassy in Port Alder said on Sunday that it was \"closely monitoring\" the eruption and advised its citizens to avoid the area.",
				"The Ministry of Local Government said it \"fully supports\" the clean-up drive and urged traders to cooperate with council officers.",
			},
			want: map[string]string{
				"closely monitoring": "Harlow Embassy in Port Alder",
				"fully supports":     "Ministry of Local Government",
			},
		},
	})
}
