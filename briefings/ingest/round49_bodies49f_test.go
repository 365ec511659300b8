package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound49Bodies49f covers a national body's country: a body of a
// nation with no government of its own is its governing state's; an
// acronym that keeps the "of" among a department's initials ("DO<F>") is
// the department the article spells out. Near misses: a bare ministry or
// council of a story that names no state stays as written.
func TestRound49Bodies49f(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "United Kingdom", Kind: "place", Role: "Country"},
		{Name: "Department of Rivers and Canals of the United Kingdom", Kind: "organisation", Role: "Department"},
		{Name: "Department of Energy of Ghana", Kind: "organisation", Role: "Department"},
		{Name: "Ministry of Fisheries of Portugal", Kind: "organisation", Role: "Ministry"},
		{Name: "Ghana", Kind: "place", Role: "Country"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a department in a story of a nation without a government is the state's",
			reg:  reg,
			paras: []string{
				"Boaters warned over low canal levels",
				"Canal users in England have been told to expect closures after a dry spring left several locks short of water.",
				"A Department of Rivers and Canals spokesperson said the closures were \"a last resort to protect the channel\".",
			},
			want: map[string]string{"a last resort to protect the channel": "Department of Rivers and Canals of the United Kingdom"},
		},
		{
			name: "an acronym keeping the of of a department spelt before it",
			reg:  reg,
			paras: []string{
				"Power tariffs to stay flat in Ghana",
				"Electricity tariffs in Ghana will not rise this quarter, the regulator said on Tuesday.",
				"The Department of Energy backed the decision. In a statement, the DOE said the freeze \"gives households room to plan\".",
			},
			want: map[string]string{"gives households room to plan": "Department of Energy of Ghana"},
		},
		{
			name: "near miss: a bare council of a story naming no state stays as written",
			reg: &briefings.Registry{Speakers: []*briefings.Speaker{
				{Name: "Fisheries Council of Portugal", Kind: "organisation"},
			}},
			paras: []string{
				"Trawler crews wait for quota decision",
				"Trawler crews in the harbour town have been tied up for a fortnight while they wait to hear how much hake they may land.",
				"The Fisheries Council said in a written reply that the quota \"will be published before the end of the month\".",
			},
			want: map[string]string{"will be published before the end of the month": "Fisheries Council"},
		},
	})
}
