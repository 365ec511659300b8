package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestMunicipalVoice: "a city spokesperson", "the city spokeswoman" is the
// municipality's voice — the registry's "City of <Place>" for the place
// the article is about — as "the city" is. Without
// such a body in the registry the spokesperson names no one.
func TestMunicipalVoice(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "City of Marrowby", Kind: "organisation", Role: "Municipal government of Marrowby"},
		{Name: "City of Ellesford", Kind: "organisation", Role: "Municipal government of Ellesford"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a city spokesperson", reg: reg, paras: []string{
			"Warming centre opens in Marrowby",
			"Hundreds of homes in Marrowby were still without heat on Tuesday night after a transformer failed at the substation on the east side, the power company said.",
			"A city spokesperson said the arena had \"room for everyone who needs it\".",
		}, want: map[string]string{"room for everyone who needs it": "City of Marrowby"}},
		{name: "the city spokeswoman, another city", reg: reg, paras: []string{
			"Bridge closed in Ellesford",
			"The old stone bridge in Ellesford was closed to traffic on Monday after engineers found cracks in two of its arches during a routine inspection.",
			"The city spokeswoman said repairs would take \"at least the summer\".",
		}, want: map[string]string{"at least the summer": "City of Ellesford"}},
		{name: "no city body in the registry", paras: []string{
			"Warming centre opens in Marrowby",
			"Hundreds of homes in Marrowby were still without heat on Tuesday night after a transformer failed at the substation on the east side, the power company said.",
			"A city spokesperson said the arena had \"room for everyone who needs it\".",
		}, want: map[string]string{"room for everyone who needs it": "unknown"}},
	})
}
