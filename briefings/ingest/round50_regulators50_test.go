package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound50Regulators50 covers a state's ministry or department named
// bare ("the Department of <Field>") in a story that names no country and
// no other body of one: the registry's one body of those words and a
// country is the state's, named so.
func TestRound50Regulators50(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Portugal", Kind: "place", Role: "Country", Aliases: []string{"Lisbon"}},
		{Name: "Department of Fisheries of Portugal", Kind: "organisation", Role: "Portugal's fisheries department"},
		{Name: "Ministry of Finance of Portugal", Kind: "organisation", Role: "Portugal's finance ministry"},
		{Name: "Ministry of Defence of Estonia", Kind: "organisation", Role: "Estonia's defence ministry"},
		{Name: "Ministry of Health of Chile", Kind: "organisation", Role: "Chile's health ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a bare department the registry lists with its country alone",
			reg:  reg,
			paras: []string{
				"Harbour quota talks stall as boats stay tied up",
				"Skippers at the harbour in Vilarinho said on Monday that half the fleet had not left port in a fortnight.",
				"A Department of Fisheries spokesperson said the new quotas would be published \"before the end of the month\".",
			},
			want: map[string]string{"before the end of the month": "Department of Fisheries of Portugal"},
		},
	})
}
