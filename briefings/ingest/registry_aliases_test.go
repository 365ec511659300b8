package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRegistryInnerLowerNames: a registry name or alias with a word in
// lower case between its capitals that the name rules do not read as
// joining ("<Word> o <Word>", "<Word> e <Word>", "<Word> o <Word> <Word>")
// stands whole where the copy writes it as the registry does, before its
// verb, after it or after "according to", so the draft gives the registry's
// canonical name, not the capitals after the inner word.
func TestRegistryInnerLowerNames(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{ID: "storm-trust", Name: "Northern Storm Trust", Kind: "organisation", Role: "weather charity", Aliases: []string{"Te Whare o Tāwhiri"}},
		{ID: "tide-council", Name: "Coastal Tides Council", Kind: "organisation", Role: "harbour authority", Aliases: []string{"Te Kaunihera o Ngā Tai"}},
		{ID: "lake-board", Name: "Lake Shipping Board", Kind: "organisation", Role: "shipping regulator", Aliases: []string{"Conselho Barcos e Cais"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "Maori o", reg: reg, paras: []string{
			"Gales close the harbour road",
			"PORT MERREN, 4 June - Fishing boats stayed tied up for a second day as a deep low crossed the strait and the ferry company cancelled its evening sailings.",
			"Te Whare o Tāwhiri said late on Tuesday the coast was \"likely to see gusts above a hundred kilometres an hour\".",
		}, want: map[string]string{"likely to see gusts above a hundred kilometres an hour": "Northern Storm Trust"}},
		{name: "Portuguese e", reg: reg, paras: []string{
			"Ferry timetable cut for the winter",
			"PORTO CLARO, 2 November - Passengers on the northern lake routes will have to plan their trips around a shorter timetable from next month.",
			"Fewer crossings will run after dark, according to Conselho Barcos e Cais, which wrote that \"the last boat will cast off at dusk each day\".",
		}, want: map[string]string{"the last boat will cast off at dusk each day": "Lake Shipping Board"}},
		{name: "Maori o after the quote", reg: reg, paras: []string{
			"Marina berths to close for dredging",
			"CALA BRAVA, 21 February - Yacht owners have been asked to move their boats to the outer moorings before the spring tides arrive.",
			"\"Silt has narrowed the channel by a third since autumn,\" said Te Kaunihera o Ngā Tai in a statement to berth holders.",
		}, want: map[string]string{"Silt has narrowed the channel by a third since autumn": "Coastal Tides Council"}},
		{name: "Maori o after according to", reg: reg, paras: []string{
			"Marina berths to close for dredging",
			"CALA BRAVA, 21 February - Yacht owners have been asked to move their boats to the outer moorings before the spring tides arrive.",
			"According to Te Kaunihera o Ngā Tai, the dredgers are to keep going \"around the clock till the basin is deep enough again\".",
		}, want: map[string]string{"around the clock till the basin is deep enough again": "Coastal Tides Council"}},
	})
}
