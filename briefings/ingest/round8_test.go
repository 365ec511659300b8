package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRegistryDescription: a description the registry lists verbatim as
// an alias ("the <adjective> government" of a territory whose adjective
// is not made from its name) is that entry, not a body the article reads
// from the description's capitalised word.
func TestRegistryDescription(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Vestmark Isles", Role: "Self-governing territory", Kind: "place", Aliases: []string{"Skarvik", "Vestic government"}},
	}}
	d := draftOf(t, reg, `Talks on the ferry link ended in Skarvik on Friday. In a statement issued afterwards, the Vestic government called the timetable "a fair start".`)
	wantSpeakers(t, d, map[string]string{
		"a fair start": "Vestmark Isles",
	})
}
