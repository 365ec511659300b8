package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestHopesAndPlacedBodies: "He expressed hope that the talks would
// conclude with … “…”" gives the quoted words to him, not to "the talks"
// the clause he hopes about has as its subject; and "the <City>-based
// <Name> authorities" is the registry's "<Name> authorities" whatever
// adjective says where they sit.
func TestHopesAndPlacedBodies(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Northern Council", Kind: "organisation", Role: "Rebel administration holding the north", Aliases: []string{"Harran authorities"}},
	}}
	text := `Ceasefire talks open

Foreign Minister Salim Al-Ruwaihi-Baqri welcomed the delegations to the lakeside resort on Sunday.

"Every day of talks is a day without shelling," the Foreign Minister said.

He expressed hope that the talks would conclude with an agreement on "a lasting line of control" before the rains.

The Tarsa-based Harran authorities said they were "ready to talk without conditions," while the government delegation asked for guarantees.`
	wantSpeakers(t, draftWith(t, reg, text), map[string]string{
		"a lasting line of control":        "Salim Al-Ruwaihi-Baqri",
		"ready to talk without conditions": "Northern Council",
	})
}
