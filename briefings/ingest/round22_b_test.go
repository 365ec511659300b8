package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound22BodiesSpelledAcronym: a body that speaks by an acronym the
// registry does not know is named as the article spells it out, wherever
// it does (a quote included), not only in brackets after the acronym; a
// two-letter acronym and an interview's initials are left as they are.
func TestRound22BodiesSpelledAcronym(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "spelled out in a quote before", paras: []string{
			"Millers warn of a flour shortage",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`A spokesman for the mills said the quota was "a term set by the Grain Export Council in the spring".`,
			`The GEC has insisted that the quota stay "at last year's level until the harvest is in".`,
		}, want: map[string]string{"at last year's level until the harvest is in": "Grain Export Council"}},
		{name: "spelled out after, with a function word", paras: []string{
			"Ferry fares to rise",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The FAN said the increase was "unavoidable after two years of losses".`,
			"The Federation of Atlantic Navigators represents some forty ferry operators.",
		}, want: map[string]string{"unavoidable after two years of losses": "Federation of Atlantic Navigators"}},
		{name: "spelled out two ways", paras: []string{
			"Ferry fares to rise",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The FAN said the increase was "unavoidable after two years of losses".`,
			"The Federation of Atlantic Navigators and the Fund for Aging Nets both wrote to the minister.",
		}, want: map[string]string{"unavoidable after two years of losses": "FAN"}},
	})
}

// TestRound22BodiesVoice: "<Body> management", "<ACRONYM> mission" and
// the like are the body speaking through its people, when the article or
// the registry knows the body.
func TestRound22BodiesVoice(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Harbour Board of Tarvania", Kind: "organisation", Role: "Tarvania's harbour authority", Aliases: []string{"HBT"}},
		{Name: "Northern Credit Union", Kind: "organisation", Role: "Regional lender", Aliases: []string{"NCU"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "management by an alias", reg: reg, paras: []string{
			"Dock fees under review",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			"The HBT management, for its part, said in a release:",
			`"The Board has cooperated fully and will not comment on a matter before the court."`,
		}, want: map[string]string{"The Board has cooperated fully and will not comment on a matter before the court.": "Harbour Board of Tarvania"}},
		{name: "a mission", reg: reg, paras: []string{
			"Lender tightens its rules",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The NCU mission, which visited the valley in May, called the new rules "long overdue".`,
		}, want: map[string]string{"long overdue": "Northern Credit Union"}},
	})
}
