package ingest

import "testing"

// TestRound46TradeDescriptorEdges cuts a trade off names whose spaces
// are doubled or trail: a name read from a span of text may keep either,
// and the cut must not index past a word or the name's end.
func TestRound46TradeDescriptorEdges(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Velna broker ", "Velna broker "},
		{"Velna  broker Ola Capital", "Ola Capital"},
		{"Velna broker  Ola Capital", "Velna broker  Ola Capital"},
		{"Velna broker Ola Capital", "Ola Capital"},
		{"broker", "broker"},
		{"", ""},
	} {
		r := &ref{name: c.in}
		stripTradeDescriptor(r)
		if r.name != c.want {
			t.Errorf("stripTradeDescriptor(%q) = %q, want %q", c.in, r.name, c.want)
		}
	}
}
