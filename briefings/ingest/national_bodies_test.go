package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestNationalBodies: "the <nationality> side" in a readout of talks is
// the country, as a country speaks for its government, including the
// nationalities no suffix marks ("Uzbek", "Kazakh", "Thai"); any other
// body a nationality describes ("the <nationality> presidency") is named
// as the article names it, never by the adjective alone. A body whose name
// opens with a field's word ("Arts Council <Nation>") keeps that word, and
// a relative clause set off after it ("…, which funds …,") names no one.
func TestNationalBodies(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Kazakhstan", Kind: "place", Aliases: []string{"Astana"}},
		{Name: "Thailand", Kind: "place", Aliases: []string{"Bangkok"}},
		{Name: "Sri Lanka", Kind: "place", Aliases: []string{"Colombo"}},
	}}
	for _, tc := range []struct {
		name, para string
		want       map[string]string
	}{
		{"a side whose adjective has no suffix",
			`The Kazakh side stressed that the pipeline "serves every country along its route" and proposed a meeting in Aktau.`,
			map[string]string{"serves every country along its route": "Kazakhstan"}},
		{"an adjective that changes the word",
			`The Thai side said the new crossing would be "open to trucks from both countries by June."`,
			map[string]string{"open to trucks from both countries by June.": "Thailand"}},
		{"a side of a country the registry does not list",
			`The Chilean side said the survey was "a first step, not the last."`,
			map[string]string{"a first step, not the last.": "Chile"}},
		{"an adjective a capital could also give",
			`The Colombian side said the border talks had been "frank and useful."`,
			map[string]string{"frank and useful.": "Colombia"}},
		{"a presidency described by its nationality",
			`After a call between the two leaders, the Ghanaian presidency said they had "agreed to meet again before the summit."`,
			map[string]string{"agreed to meet again before the summit.": "Ghanaian presidency"}},
		{"a body named after a field",
			`A spokesperson for Arts Council Norland, which funds the theatre as a regional company, said the cut was "a matter for the board".`,
			map[string]string{"a matter for the board": "Arts Council Norland"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftWith(t, reg, "Talks end\n\n"+lead+"\n\n"+tc.para)
			wantSpeakers(t, d, tc.want)
		})
	}
}
