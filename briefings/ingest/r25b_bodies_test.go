package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestPluralBodyHeads: a body whose name holds its head in the plural
// ("<Town> Chambers of Commerce") keeps the "of" phrase after it, and is
// called back in the singular ("a spokesperson for the chamber").
func TestPluralBodyHeads(t *testing.T) {
	t.Parallel()
	text := `Ferry strike enters second day

Ferry crews in Lornport stayed ashore on Wednesday for a second day.

The Lornport Chambers of Commerce said the stoppage was costing shops "a fortune in lost custom".

"Half the cafés on the quay have shut early," a spokesperson for the chamber said.`
	wantSpeakers(t, draftWith(t, &briefings.Registry{}, text), map[string]string{
		"a fortune in lost custom":                   "Lornport Chambers of Commerce",
		"Half the cafés on the quay have shut early": "Lornport Chambers of Commerce",
	})
}
