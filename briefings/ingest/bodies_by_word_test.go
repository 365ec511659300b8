package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestBodiesByShortName: a body's head word in capitals alone ("the
// Police", "the Court") is the body the story named first with that word
// in its name, not a body called by the word; "the Government of
// <Country>" or "the <Country> Government" is the country when the
// registry lists the country and not the government; and a country that
// ends a title after "to" ("Ambassador of <A> to <B> X Y") is not the
// first word of the name after it.
func TestBodiesByShortName(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Tarvos", Kind: "place", Aliases: []string{"Port Lenne"}},
	}}
	for _, tc := range []struct {
		name  string
		paras []string
		want  map[string]string
	}{
		{"the police by its head word", []string{
			`The Norland Police Service has arrested 14 suspects in a raid on illegal sawmills, the force said.`,
			`The District Police Command said the raid followed weeks of surveillance.`,
			`After the briefing, the Police posted on X: "Illegal logging is a crime. Report it."`,
		}, map[string]string{"Illegal logging is a crime. Report it.": "Norland Police Service"}},
		{"the court that ruled, not the court below", []string{
			`The Court of Justice of the Coastal States ruled on Tuesday that the fishing ban breached the treaty.`,
			`The Harbourside District Court had upheld the ban in 2023.`,
			`The Court said the ban had been "imposed without hearing the fishers."`,
		}, map[string]string{"imposed without hearing the fishers.": "Court of Justice of the Coastal States"}},
		{"a government the registry lists as its country", []string{
			`The Government of Tarvos has described the storm as "the worst in a generation".`,
		}, map[string]string{"the worst in a generation": "Tarvos"}},
		{"a country ending an ambassador's title", []string{
			`The Ambassador of Norland to Kenya Idris Mwangi-Solberg said the new flights were "good for trade."`,
		}, map[string]string{"good for trade.": "Idris Mwangi-Solberg"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "Raid ends\n\n" + lead
			for _, p := range tc.paras {
				text += "\n\n" + p
			}
			wantSpeakers(t, draftWith(t, reg, text), tc.want)
		})
	}
}
