package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// u48Registry lists offices by their holder's title, as the registry's
// convention does for an office-holder the copy leaves unnamed: "<Title>
// of <Body>" with an alias ending in the title, "<Title>'s Office of
// <Place>", and a second league, when asked, that makes a title fit two
// entries.
func u48Registry(twoLeagues bool) *briefings.Registry {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Role: "Country", Kind: "place"},
		{Name: "Secretary-General of the Coastal League", Role: "Office", Kind: "organisation", Aliases: []string{"League Secretary-General"}},
		{Name: "Ombudsman's Office of Norland", Role: "Office", Kind: "organisation"},
	}}
	if twoLeagues {
		reg.Speakers = append(reg.Speakers, &briefings.Speaker{Name: "Secretary-General of the River Union", Role: "Office", Kind: "organisation"})
	}
	return reg
}

// TestRound47Unknown48: "the <Title>" whose holder the article never
// names speaks for the one office the registry lists under that title
// ("<Title> of <Body>", "<Title>'s Office of <Place>", an alias ending in
// the title): readouts and briefings relay an office's words by its
// holder's title alone. Near misses: a holder the article names keeps the
// words, and a title two entries fit, or none, stays unknown.
func TestRound47Unknown48(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an unnamed title is the registry's office", reg: u48Registry(false), paras: []string{
			"Readout of the Secretary-General's call with the premier of Norland",
			"The Secretary-General spoke on Tuesday with the premier of Norland about the fishing dispute.",
			`The Secretary-General "urged both fleets to stay out of the closed zone" and said that "talks must resume within the month."`,
		}, want: map[string]string{
			"urged both fleets to stay out of the closed zone": "Secretary-General of the Coastal League",
			"talks must resume within the month.":              "Secretary-General of the Coastal League",
		}},
		{name: "an unnamed title is its office of a place", reg: u48Registry(false), paras: []string{
			"Prison visits to resume",
			"Visits to the island's two prisons will resume in March after a year-long halt.",
			`The Ombudsman said the halt "went far beyond what the health rules ever required."`,
		}, want: map[string]string{
			"went far beyond what the health rules ever required.": "Ombudsman's Office of Norland",
		}},
		// Near misses: the rule must not over-fire.
		{name: "near-miss: a named holder keeps the words", reg: u48Registry(false), paras: []string{
			"League chief calls for calm",
			"Secretary-General Aldric Venhoeve-Marr spoke on Tuesday with the premier of Norland.",
			`The Secretary-General said "no fleet gains from another week at sea like this one."`,
		}, want: map[string]string{
			"no fleet gains from another week at sea like this one.": "Aldric Venhoeve-Marr",
		}},
		{name: "near-miss: a title two entries fit stays unknown", reg: u48Registry(true), paras: []string{
			"Readout of the Secretary-General's call with the premier of Norland",
			"The Secretary-General spoke on Tuesday with the premier of Norland about the fishing dispute.",
			`The Secretary-General "urged both fleets to stay out of the closed zone."`,
		}, want: map[string]string{
			"urged both fleets to stay out of the closed zone.": "unknown",
		}},
		{name: "near-miss: a title no entry fits stays unknown", reg: u48Registry(false), paras: []string{
			"Readout of the Chancellor's call with the premier of Norland",
			"The Chancellor spoke on Tuesday with the premier of Norland about the fishing dispute.",
			`The Chancellor "urged both fleets to stay out of the closed zone."`,
		}, want: map[string]string{
			"urged both fleets to stay out of the closed zone.": "unknown",
		}},
	})
}
