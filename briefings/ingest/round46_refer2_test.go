package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRefer2Round46: a title run into a name whose given name is in its
// Ukrainian spelling, and a body named with the Irish article "An" — which
// English writes only before a vowel sound, so "An <Consonant…>" opens a
// name — while "An <vowel…>" stays the indefinite article.
func TestRefer2Round46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	for _, tc := range []struct {
		name  string
		paras []string
		want  map[string]string
	}{
		{"title run into a Ukrainian given name", []string{
			`The Poltava Regional Military Administration said the strike had cut power to "four villages".`,
			`Head of the administration Serhii Tkachuk-Morozenko said at a briefing: "The crews worked until dawn. Not every fire is out."`,
		}, map[string]string{
			"four villages": "Poltava Regional Military Administration",
			"The crews worked until dawn. Not every fire is out.": "Serhii Tkachuk-Morozenko",
		}},
		{"a body named with the Irish article", []string{
			`An Fhoras Uisce said in a submission that "the rivers cannot take more slurry".`,
		}, map[string]string{"the rivers cannot take more slurry": "An Fhoras Uisce"}},
		{"the Irish article opening a sentence before a quote", []string{
			`An Coiste said: "The rivers cannot take more slurry."`,
		}, map[string]string{"The rivers cannot take more slurry.": "An Coiste"}},
		{"an indefinite article before a vowel stays unnamed", []string{
			`An Oxfam spokeswoman said the talks were "going nowhere".`,
		}, map[string]string{"going nowhere": "Oxfam"}},
		{"an indefinite article before an acronym stays unnamed", []string{
			`An RSPB warden said the colony was "smaller than last year".`,
		}, map[string]string{"smaller than last year": "RSPB"}},
		{"an indefinite article before an h stays unnamed", []string{
			`An Hungarian diplomat said the border would stay "open for now".`,
		}, map[string]string{"open for now": "unknown"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftOf(t, reg, append([]string{lead}, tc.paras...)...)
			wantSpeakers(t, d, tc.want)
		})
	}
}
