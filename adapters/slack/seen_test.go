package slack

import (
	"fmt"
	"testing"
)

// TestSeenSet: an id is new once; the set remembers the last n ids, so an id delivered again
// after n others is answered again, and one within them is not.
func TestSeenSet(t *testing.T) {
	t.Parallel()
	s := newSeenSet(3)
	for _, tc := range []struct {
		id  string
		new bool
	}{
		{"Ev1", true}, {"Ev1", false}, {"Ev2", true}, {"Ev3", true}, {"Ev1", false},
		{"Ev4", true}, // Ev1 falls out
		{"Ev1", true}, // and is new again; Ev2 falls out
		{"Ev3", false}, {"Ev4", false}, {"Ev2", true},
	} {
		if got := s.add(tc.id); got != tc.new {
			t.Errorf("add(%s) = %v, want %v", tc.id, got, tc.new)
		}
	}
	big := newSeenSet(1000)
	for i := range 5000 {
		if !big.add(fmt.Sprint("Ev", i)) {
			t.Fatalf("Ev%d taken for a repeat", i)
		}
	}
	if len(big.ring) != 1000 || len(big.m) != 1000 {
		t.Errorf("holds %d ids in the ring and %d in the map, want the last 1000", len(big.ring), len(big.m))
	}
}
