package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestReferRound46: words that refer back to a speaker the article named
// — a pronoun, "the minister" — resolve when the speaker's title ran over
// a list of fields whose last takes "the".
func TestReferRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	for _, tc := range []struct {
		name  string
		paras []string
		want  map[string]string
	}{
		{"title's last listed field after the", []string{
			`Speaking at the harbour on Friday, Minister for Fisheries, Ports and the Marine Eoghan Dervaley said the quota talks had "barely started".`,
			`"We will not sign anything that empties our harbours," he said.`,
			`The minister said a deal was "still some way off".`,
		}, map[string]string{
			"barely started": "Eoghan Dervaley",
			"We will not sign anything that empties our harbours": "Eoghan Dervaley",
			"still some way off": "Eoghan Dervaley",
		}},
		{"a body's listed fields after the stay one body", []string{
			`The Department of Fisheries, Ports and the Marine said the survey vessel would "sail again in spring".`,
		}, map[string]string{"sail again in spring": "Department of Fisheries, Ports and the Marine"}},
		{"and the before another body is no field", []string{
			`Minister for Fisheries, Ports and Harbours Eoghan Dervaley met the Harbour Board on Monday.`,
			`"The board has our support," Dervaley said.`,
		}, map[string]string{"The board has our support": "Eoghan Dervaley"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftOf(t, reg, append([]string{lead}, tc.paras...)...)
			wantSpeakers(t, d, tc.want)
		})
	}
}
