package ingest

import "testing"

// TestSuggestKnownPlaceIsNoPerson: whatever construction drafted a known
// city as a person, the new speaker a curator is offered is a place with
// no person's aliases; a person's name is left as it is.
func TestSuggestKnownPlaceIsNoPerson(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name, kind, want string
	}{
		{"Benghazi", "person", "place"},
		{"Amina Diallo", "person", "person"},
		{"Benghazi", "place", "place"},
	} {
		ns := suggest(&entity{name: c.name, kind: c.kind, role: "the city's council"})
		if ns.Kind != c.want {
			t.Errorf("suggest(%s, %s): kind %q, want %q", c.name, c.kind, ns.Kind, c.want)
		}
		if c.want == "place" && len(ns.Aliases) > 0 {
			t.Errorf("suggest(%s): aliases %v for a place", c.name, ns.Aliases)
		}
	}
}
