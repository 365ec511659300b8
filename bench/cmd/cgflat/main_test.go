package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCosts reads self costs by address from a profile in callgrind's format, absolute and
// compressed positions alike, leaving out the inclusive cost written after each call.
func TestCosts(t *testing.T) {
	t.Parallel()
	profile := `# callgrind format
version: 1
positions: instr line
events: Ir
summary: 1000

ob=(1) /bin/x
fl=(1) a.go
fn=(1) main.a
0x401000 10 5
+4 10 7
* 11 1
cfn=(2) main.b
calls=3 0x402000 20
+2 12 900
0x401010 13 2

fn=(2) main.b
0x402000 20 30
-0x1000 10 4
`
	dir := t.TempDir()
	path := filepath.Join(dir, "callgrind.out")
	if err := os.WriteFile(path, []byte(profile), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := costs(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[uint64]int64{0x401000: 9, 0x401004: 8, 0x401010: 2, 0x402000: 30}
	if len(got) != len(want) {
		t.Errorf("costs = %v, want %v", got, want)
	}
	for a, c := range want {
		if got[a] != c {
			t.Errorf("cost at %#x = %d, want %d (all: %v)", a, got[a], c, got)
		}
	}

	noInstr := filepath.Join(dir, "lines.out")
	os.WriteFile(noInstr, []byte(strings.Replace(profile, "positions: instr line", "positions: line", 1)), 0o644)
	if _, err := costs(noInstr); err == nil || !strings.Contains(err.Error(), "--dump-instr=yes") {
		t.Errorf("a profile without addresses: %v, want a hint at --dump-instr=yes", err)
	}
}
