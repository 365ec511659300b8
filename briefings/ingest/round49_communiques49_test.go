package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound49Communiques49 covers joint texts of two parties: a name that
// runs over "and" from a body of a known place into a second party is two
// parties, the first of which speaks; and a document's noun that only
// modifies the noun after it is no document "the statement" points back
// to over the joint one.
func TestRound49Communiques49(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Kenya", Kind: "place", Role: "Country", Aliases: []string{"Government of Kenya"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a government and a firm in one subject: the first-named party speaks",
			reg:  reg,
			paras: []string{
				"Kenya, Zentrix Minerals agree to cut output at shared mine",
				"The government of Kenya and Zentrix Minerals have agreed to reduce output at their jointly owned copper mine this year.",
				"“Both owners see the need to match supply with what smelters can take,” the Government of Kenya and Zentrix Minerals said in a joint statement on Monday.",
			},
			want: map[string]string{"Both owners see the need to match supply with what smelters can take": "Kenya"},
		},
		{
			name: "the same with no registry: the government's own name",
			paras: []string{
				"Kenya, Zentrix Minerals agree to cut output at shared mine",
				"The government of Kenya and Zentrix Minerals have agreed to reduce output at their jointly owned copper mine this year.",
				"“Both owners see the need to match supply with what smelters can take,” the Government of Kenya and Zentrix Minerals said in a joint statement on Monday.",
			},
			want: map[string]string{"Both owners see the need to match supply with what smelters can take": "Government of Kenya"},
		},
		{
			name: "near miss: a ministry of two fields stays one body",
			paras: []string{
				"Copper levy raised",
				"The levy on exported copper concentrate will rise in July.",
				"“Smelting at home earns the country more than shipping ore abroad,” the Ministry of Mining and Industry said on Monday.",
			},
			want: map[string]string{"Smelting at home earns the country more than shipping ore abroad": "Ministry of Mining and Industry"},
		},
		{
			name: "near miss: a state of two islands stays one place's government",
			paras: []string{
				"Fishing quota extended",
				"Boats from the islands may fish the northern banks for another year.",
				"“Our fleet has waited long enough for this,” the Government of Trinidad and Tobago said on Monday.",
			},
			want: map[string]string{"Our fleet has waited long enough for this": "Government of Trinidad and Tobago"},
		},
		{
			name: "a joint statement at the end of a visit named by a document's noun",
			reg:  reg,
			paras: []string{
				"Kenya and lake commission issue joint statement on fisheries",
				"The Government of Kenya and the Lakeshore Fisheries Commission on Tuesday issued a joint statement at the close of a two-day review visit to Kisumu.",
				"“The two sides will share catch data every month,” the statement said.",
			},
			want: map[string]string{"The two sides will share catch data every month": "Kenya"},
		},
		{
			name: "a state's government named first of two issuers of a joint statement",
			reg:  reg,
			paras: []string{
				"Kenya and lake commission agree on fisheries",
				"The Government of Kenya and the Lakeshore Fisheries Commission issued a joint statement on Tuesday.",
				"“Closed seasons will be enforced on every beach,” the statement said.",
			},
			want: map[string]string{"Closed seasons will be enforced on every beach": "Kenya"},
		},
		{
			name: "near miss: the commission whose session adopted the statement speaks",
			reg:  reg,
			paras: []string{
				"Lake states agree on fisheries",
				"Ministers from the lake states met at the ninth session of the Lakeshore Fisheries Commission and adopted a joint statement on Tuesday.",
				"“Closed seasons will be enforced on every beach,” the statement said.",
			},
			want: map[string]string{"Closed seasons will be enforced on every beach": "Lakeshore Fisheries Commission"},
		},
		{
			name: "near miss: a statement named after the joint one is that one",
			reg:  reg,
			paras: []string{
				"Kenya and lake commission agree on fisheries",
				"The Government of Kenya and the Lakeshore Fisheries Commission issued a joint statement on Tuesday, a day after a statement released by the Lakeside Boat Owners Union.",
				"“We were not consulted on the closed seasons,” the statement said.",
			},
			want: map[string]string{"We were not consulted on the closed seasons": "Lakeside Boat Owners Union"},
		},
	})
}
