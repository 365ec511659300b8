package ingest_test

import "testing"

// TestRound49Teams49JointFirms: "the two companies" or "the companies
// said in a joint statement" speak for the first-named of the pair of
// firms the copy names, not for the venture they form.
func TestRound49Teams49JointFirms(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the two companies after a pair read as people's names",
			paras: []string{
				"Shipping pair team up on methanol barges",
				"Norway’s Fjellvik Tankers and Japan’s Kurosaki Kisen have set up a joint venture to run methanol barges in the Port of Rotterdam.",
				"\u201cNobody will order methanol ships until someone can fill them,\u201d the two companies said in a joint statement on Monday.",
			},
			want: map[string]string{"Nobody will order methanol ships until someone can fill them": "Fjellvik Tankers"},
		},
		{
			name: "the companies in a joint statement, a bracket after the first",
			paras: []string{
				"Glassmakers form solar panel venture",
				"Brightwater Glass Corporation (NYSE: BWG) and Tarvik Solar Holdings today announced a joint venture to make panel glass in Ohio.",
				"\u201cTogether we can make the glass where the panels are built,\u201d the companies said in a joint statement.",
			},
			want: map[string]string{"Together we can make the glass where the panels are built": "Brightwater Glass Corporation"},
		},
		{
			name: "near miss: a list of places is no pair of firms",
			paras: []string{
				"Cold stores planned for the delta",
				"The venture plans warehouses in Kelso Drift, Marrow Vane and Tull Ferris by 2028.",
				"\u201cFreshness is what our customers pay for,\u201d the companies said in a joint statement.",
			},
			want: map[string]string{"Freshness is what our customers pay for": "unknown"},
		},
		{
			name: "near miss: the companies with no joint statement stay unresolved",
			paras: []string{
				"Suppliers warn on steel prices",
				"Harwell Steel and Crossford Metals both raised prices this month.",
				"\u201cCosts are rising faster than we can pass them on,\u201d the companies said.",
			},
			want: map[string]string{"Costs are rising faster than we can pass them on": "unknown"},
		},
	})
}
