package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound51HomeCountry51 covers a state's bureau named bare ("the Bureau
// of <Field>") in a story of its own country, which the registry does not
// list: the convention names it with its country, as it does the
// country's ministries and departments; a bureau a city's or a company's
// name owns stays as the article names it.
func TestRound51HomeCountry51(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Vellmar"}},
		{Name: "Ministry of Agriculture of Norland", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Trade of Norland", Kind: "organisation", Role: "Ministry"},
		{Name: "Department of Customs of Norland", Kind: "organisation", Role: "Department"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a bare bureau of a field in a story of the home country",
			reg:  reg,
			paras: []string{
				"Orchard growers fear new export checks",
				"VELLMAR, Norland — Orchard growers in the north said on Monday that new inspection rules would cost them their export season.",
				"The Bureau of Plant Quarantine said in a statement that \"every grower will get a free orientation before the rules apply\".",
			},
			want: map[string]string{"every grower will get a free orientation before the rules apply": "Bureau of Plant Quarantine of Norland"},
		},
		{
			name: "near miss: a city's bureau keeps the city's name",
			reg:  reg,
			paras: []string{
				"Orchard growers fear new export checks",
				"VELLMAR, Norland — Orchard growers in the north said on Monday that new inspection rules would cost them their export season.",
				"The Vellmar City Bureau of Markets said in a statement that \"stalls will stay open through the season\".",
			},
			want: map[string]string{"stalls will stay open through the season": "Vellmar City Bureau of Markets"},
		},
	})
}
