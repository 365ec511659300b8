package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound49Bodies49 covers national bodies in the agreed forms: a union
// state's central ministry ("the Union Ministry of <Field>"), a state body
// named through its country's possessive ("<Country>'s <Field> Board"),
// and a state written by its initials ("the UK"), named by its name.
func TestRound49Bodies49(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Ports, Shipping and Waterways of India", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Ports of Kenya", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Justice of the United Kingdom", Kind: "organisation", Role: "Ministry"},
		{Name: "Kenya", Kind: "place", Role: "Country"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the Union ministry is the union state's, named with it",
			reg:  reg,
			paras: []string{
				"Dredging of river port held up by silt",
				"Work on the river port has stopped for a second month after the barges ran aground, contractors said.",
				"The Union Ministry of Ports, Shipping and Waterways said in an affidavit that the contractor was \"bound to clear the channel first\".",
			},
			want: map[string]string{"bound to clear the channel first": "Ministry of Ports, Shipping and Waterways of India"},
		},
		{
			name: "a country's possessive before a wage board names the country's board",
			reg:  reg,
			paras: []string{
				"Kenya board proposes higher pay for tea pickers",
				"Kenya's Agricultural Wages Review Board has proposed a rise in the daily rate for tea pickers, which growers said they could not afford.",
				"\"The rise follows the cost of maize meal and rent over two years,\" the board said.",
			},
			want: map[string]string{"The rise follows the cost of maize meal and rent over two years": "Agricultural Wages Review Board of Kenya"},
		},
		{
			name: "a state written by its initials is named by its name",
			reg:  reg,
			paras: []string{
				"UK rail timetables to change in May",
				"The UK will run fewer late trains on rural lines from May, operators have said.",
				"The Department for Transport said in a statement that it \"will review the changes with each operator\".",
			},
			want: map[string]string{"will review the changes with each operator": "Department for Transport of the United Kingdom"},
		},
		{
			name: "near miss: a country's possessive before a group stays as written",
			reg:  reg,
			paras: []string{
				"Kenya tea firm cuts jobs",
				"Kenya's Highland Tea Estates Group said on Monday it would close two factories.",
				"\"Prices at auction no longer cover what it costs us to pick,\" the group said.",
			},
			want: map[string]string{"Prices at auction no longer cover what it costs us to pick": "Kenya's Highland Tea Estates Group"},
		},
	})
}
