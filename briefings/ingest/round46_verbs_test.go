package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestJudgementVerbsRound46: a person or body that considers, expects or
// has flagged something in marked words speaks them, unless the verb sits
// in a clause another speaker of the sentence reports, where the reporter
// keeps the words.
func TestJudgementVerbsRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "a body considers that",
			paras: []string{
				`The Monetary Board considers that the balance of risks remains "tilted to the downside".`,
			},
			reg:  reg,
			want: map[string]string{"tilted to the downside": "Monetary Board"},
		},
		{
			name: "a judge who considers",
			paras: []string{
				`The ruling carries a dissent by Justice Amelia Corrigan-Wade, who considers that the error "made no real difference to the outcome".`,
			},
			reg:  reg,
			want: map[string]string{"made no real difference to the outcome": "Amelia Corrigan-Wade"},
		},
		{
			name: "a body expects",
			paras: []string{
				`The Harbour Authority expects the works to be "largely finished by the spring".`,
			},
			reg:  reg,
			want: map[string]string{"largely finished by the spring": "Harbour Authority"},
		},
		{
			name: "a body had flagged",
			paras: []string{
				`The Reserve Bank of Fiji, in its latest monetary review, had flagged the sector's "persistent skills shortage."`,
			},
			reg:  reg,
			want: map[string]string{"persistent skills shortage.": "Reserve Bank of Fiji"},
		},
		{
			name: "flagged inside what a councillor said",
			paras: []string{
				`Councillor Ann Berg-Lowe said the Ministry of Works had flagged "serious corrosion in the piles" years ago.`,
			},
			reg:  reg,
			want: map[string]string{"serious corrosion in the piles": "Ann Berg-Lowe"},
		},
		{
			name: "expects inside what a minister stressed",
			paras: []string{
				`Minister Tomas Errandonea-Vix stressed that the province expects "a fair share of the royalties" from the mine.`,
			},
			reg:  reg,
			want: map[string]string{"a fair share of the royalties": "Tomas Errandonea-Vix"},
		},
	})
}
