package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestHomeGovernmentAndParticiples: "the Government", capitalised as copy
// writes its own, is the government of the country the story is filed
// from (its dateline, or the first country it names, when the registry
// lists it) even after a neighbour's capital spoke; and a participle's
// object is not the subject ("Associations tracking the <Plan> said",
// "Observers monitoring …", "Police investigating …": the phrase before
// the participle).
func TestHomeGovernmentAndParticiples(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Montenegro", Kind: "place", Role: "Country", Aliases: []string{"Podgorica"}},
		{Name: "Government of Montenegro", Kind: "organisation", Role: "Montenegro's government"},
		{Name: "Serbia", Kind: "place", Role: "Country", Aliases: []string{"Belgrade"}},
	}}
	text := `Second loan tranche tied to court reforms

Podgorica, 4 March 2025 – Montenegro will receive the second tranche of a regional reform loan only if parliament adopts two court laws by June, the finance minister told reporters after the working group for the Reform Plan met.

Belgrade has repeatedly said it will not back the regional fund's next round until its own tranche is paid.

In a press release, the Government said the first tranche had been spent "openly and under full public scrutiny."

Civic associations tracking the Reform Plan said the ministries had published "barely a third of the documents" on its website.

Observers monitoring the Reform Plan said the courts were "still waiting for judges" in two towns.

Police investigating the Harbour Road crash said the driver had been "well over the limit."`
	wantSpeakers(t, draftWith(t, reg, text), map[string]string{
		"openly and under full public scrutiny.": "Government of Montenegro",
		"barely a third of the documents":        "unknown",
		"still waiting for judges":               "unknown",
		"well over the limit.":                   "Police",
	})
}
