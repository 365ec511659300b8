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
	for _, tc := range []struct {
		name  string
		paras []string
		want  map[string]string
	}{
		{"a body considers that", []string{
			`The Monetary Board considers that the balance of risks remains "tilted to the downside".`,
		}, map[string]string{"tilted to the downside": "Monetary Board"}},
		{"a judge who considers", []string{
			`The ruling carries a dissent by Justice Amelia Corrigan-Wade, who considers that the error "made no real difference to the outcome".`,
		}, map[string]string{"made no real difference to the outcome": "Amelia Corrigan-Wade"}},
		{"a body expects", []string{
			`The Harbour Authority expects the works to be "largely finished by the spring".`,
		}, map[string]string{"largely finished by the spring": "Harbour Authority"}},
		{"a body had flagged", []string{
			`The Reserve Bank of Fiji, in its latest monetary review, had flagged the sector's "persistent skills shortage."`,
		}, map[string]string{"persistent skills shortage.": "Reserve Bank of Fiji"}},
		{"flagged inside what a councillor said", []string{
			`Councillor Ann Berg-Lowe said the Ministry of Works had flagged "serious corrosion in the piles" years ago.`,
		}, map[string]string{"serious corrosion in the piles": "Ann Berg-Lowe"}},
		{"expects inside what a minister stressed", []string{
			`Minister Tomas Errandonea-Vix stressed that the province expects "a fair share of the royalties" from the mine.`,
		}, map[string]string{"a fair share of the royalties": "Tomas Errandonea-Vix"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftOf(t, reg, append([]string{lead}, tc.paras...)...)
			wantSpeakers(t, d, tc.want)
		})
	}
}
