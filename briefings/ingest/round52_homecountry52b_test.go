package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound52HomeCountry52b covers a story set in towns and provinces of
// one country that names another country in a single sentence only (where
// a ferry was built, the first of the neighbours a hospital recruits in):
// that country is one the story passes through, and a bare state body the
// registry does not list takes the country its places lie in. A country
// named in two sentences still holds the home.
func TestRound52HomeCountry52b(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Slovakia", Kind: "place", Role: "Country", Aliases: []string{"Bratislava"}},
		{Name: "Guyana", Kind: "place", Role: "Country", Aliases: []string{"Georgetown"}},
		{Name: "Hungary", Kind: "place", Role: "Country", Aliases: []string{"Budapest"}},
		{Name: "India", Kind: "place", Role: "Country", Aliases: []string{"New Delhi"}},
		{Name: "Ministry of Transport of Slovakia", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Transport of Hungary", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Transport of Guyana", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Transport of India", Kind: "organisation", Role: "Ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a country named once gives way to the towns the story is in",
			reg:  reg,
			paras: []string{
				"Night buses cut on the Košice line",
				"Passengers in Prešov and Košice face longer waits after the regional operator cut two night buses, its third cut this year.",
				"The last bus to Prešov now leaves at nine. Shift workers say they walk home. Some have stopped taking night shifts.",
				"The operator has advertised for drivers in Hungary and in Poland, its manager Radovan Kližan said.",
				"The Ministry of Rural Transport said it was \"reviewing the subsidy for regional lines\".",
			},
			want: map[string]string{"reviewing the subsidy for regional lines": "Ministry of Rural Transport of Slovakia"},
		},
		{
			name: "a ferry built abroad leaves the crossing's country its home",
			reg:  reg,
			paras: []string{
				"Parika crossing closed again as ferry breaks down",
				"Commuters were stranded at Parika and Supenaam after the ferry broke down for the second time this month.",
				"Speedboats raised their fares. Vendors lost a day's sales. Schoolchildren missed their exams in Supenaam.",
				"A new vessel being built in India would arrive by the end of the year, officials said.",
				"The Ministry of River Works described the problem as \"a fault in the steering gear\".",
			},
			want: map[string]string{"a fault in the steering gear": "Ministry of River Works of Guyana"},
		},
		{
			name: "a country named in two sentences stays the home",
			reg:  reg,
			paras: []string{
				"Hungary buys regional rail cars",
				"Hungary has ordered 40 regional rail cars, some for lines towards Košice.",
				"The first cars will run in Hungary from next spring.",
				"The Ministry of Rural Transport said the order was \"the largest in a decade\".",
			},
			want: map[string]string{"the largest in a decade": "Ministry of Rural Transport of Hungary"},
		},
	})
}
