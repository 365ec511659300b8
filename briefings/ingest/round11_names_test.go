package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound11NamePatterns checks how round 11 reads names and bodies in
// naming systems and house styles the earlier rounds did not meet, one
// pattern a case, each on invented copy: the quote and the speaker a reader
// gives it.
func TestRound11NamePatterns(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		paras []string
		reg   *briefings.Registry
		want  map[string]string
	}{
		{
			// Mongolian copy writes a name as the father's initial run on to
			// the given name ("Kh.Batbold", "B.Saruul"): one word that is a
			// whole name, after a title's complement as after a plain title,
			// and "Minister Batbold" later is the same person.
			name: "MongolianRunOnInitial",
			paras: []string{
				`Presenting the plan, Minister of Roads and Transport Kh.Batbold said, "The roads will be cleared by Friday."`,
				`Minister Batbold said the ministry would pay "from the reserve fund".`,
				`Director of the Gobi Herders Association B.Saruul said the group would help. "We have trucks ready," she said.`,
			},
			want: map[string]string{
				"The roads will be cleared by Friday.": "Kh.Batbold",
				"from the reserve fund":                "Kh.Batbold",
				"We have trucks ready":                 "B.Saruul",
			},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			wantSpeakers(t, draftOf(t, c.reg, c.paras...), c.want)
		})
	}
}
