package ingest_test

import (
	"strings"
	"testing"
)

// TestUnnamedOfficialFromBody: "A[n] [<adjective>] <role> from the <Body>
// said …" is the body's unnamed voice, as "<role> of the <Body>" is: the
// key point and the new speaker are the body, never "<role> from the
// <Body>" read whole as one body's name.
func TestUnnamedOfficialFromBody(t *testing.T) {
	t.Parallel()
	for _, lead := range []string{"An official from the", "A senior official from the"} {
		d := draftWith(t, nil, "Night buses cut\n\nThe city dropped three night bus routes on Monday after a budget vote.\n\n"+
			lead+" Kestrel Valley Transit Agency told riders that a shuttle would replace one route by June.")
		const body = "Kestrel Valley Transit Agency"
		for _, n := range d.New {
			if strings.Contains(n.Name, " from ") || n.Name != body && strings.Contains(n.Name, body) {
				t.Errorf("%q: new speaker %q (%s), want %q or none", lead, n.Name, n.Kind, body)
			}
		}
		found := false
		for _, pt := range d.Points {
			if strings.Contains(pt.Text, "a shuttle would replace") {
				found = true
				if pt.Speaker != body {
					t.Errorf("%q: key point given to %q, want %q", lead, pt.Speaker, body)
				}
			}
		}
		if !found {
			t.Errorf("%q: no key point from the sentence: %+v", lead, d.Points)
		}
	}
}
