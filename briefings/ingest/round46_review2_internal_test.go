package ingest

import "testing"

// TestFieldBodyNameOtherSpace: a body's name whose words a tab or a line
// break parts, with no space in it, is read word by word like any other,
// not sliced past its start.
func TestFieldBodyNameOtherSpace(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Water\tAgency", true},
		{"Water\nAgency", true},
		{"European\nAgency", false},
		{"Water Agency", true},
		{"Office of Te", false},
		{"Office of ", false},
		{"President's Media", false},
	} {
		if got := fieldBodyName(c.name); got != c.want {
			t.Errorf("fieldBodyName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
