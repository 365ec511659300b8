package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound49Home49 covers a bare ministry in its state's own order
// ("the Ministry of <Field>") in a story that opens in one state and names
// no other: the home state's ministry, named "<Body> of <Country>" as the
// registry names the states' bodies it lists; and a state's former name
// (in an older union's name) counted as the state it is now.
func TestRound49Home49(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Mines of Ghana", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Transport of Peru", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Health of Kenya", Kind: "organisation", Role: "Ministry"},
		{Name: "Ghana", Kind: "place", Role: "Country"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a bare ministry of a story that opens in the state",
			reg:  reg,
			paras: []string{
				"Farmers wait for fertiliser coupons",
				"Thousands of maize farmers in Malawi are still waiting for subsidised fertiliser, three weeks after planting began.",
				"The Ministry of Agriculture said in a statement: \"Every registered farmer will receive a coupon before the end of the month.\"",
			},
			want: map[string]string{"Every registered farmer will receive a coupon before the end of the month.": "Ministry of Agriculture of Malawi"},
		},
		{
			name: "a state's former name in a union's name is the same state",
			reg:  reg,
			paras: []string{
				"Nurses return to clinics after pay deal",
				"Nurses in Eswatini returned to rural clinics on Monday after a week-long stayaway over allowances.",
				"The Swaziland Democratic Nurses Union said its members had accepted the offer.",
				"The Ministry of Health said: \"The allowances will be paid in the next salary run.\"",
			},
			want: map[string]string{"The allowances will be paid in the next salary run.": "Ministry of Health of Eswatini"},
		},
		{
			name: "near miss: a story that opens on no state keeps the ministry bare",
			reg:  reg,
			paras: []string{
				"Maize farmers wait for fertiliser coupons",
				"Thousands of maize farmers are still waiting for subsidised fertiliser, three weeks after planting began.",
				"Farmers' groups in Malawi say the delay will cut the harvest.",
				"The Ministry of Agriculture said in a statement: \"Every registered farmer will receive a coupon before the end of the month.\"",
			},
			want: map[string]string{"Every registered farmer will receive a coupon before the end of the month.": "Ministry of Agriculture"},
		},
		{
			name: "near miss: a story that names a second state keeps the ministry bare",
			reg:  reg,
			paras: []string{
				"Farmers wait for fertiliser coupons",
				"Thousands of maize farmers in Malawi are still waiting for subsidised fertiliser, three weeks after planting began.",
				"Most of the fertiliser is shipped through Mozambique, traders said.",
				"The Ministry of Agriculture said in a statement: \"Every registered farmer will receive a coupon before the end of the month.\"",
			},
			want: map[string]string{"Every registered farmer will receive a coupon before the end of the month.": "Ministry of Agriculture"},
		},
		{
			name: "near miss: a title that names another state keeps the ministry bare",
			reg:  reg,
			paras: []string{
				"Ghana farmers wait for fertiliser coupons",
				"Thousands of maize farmers in Malawi are still waiting for subsidised fertiliser, three weeks after planting began.",
				"The Ministry of Agriculture said in a statement: \"Every registered farmer will receive a coupon before the end of the month.\"",
			},
			want: map[string]string{"Every registered farmer will receive a coupon before the end of the month.": "Ministry of Agriculture"},
		},
	})
}
