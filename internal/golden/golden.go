// Package golden compares test output with golden files in testdata, rewritten by -update.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// update is the -update flag of every package whose tests compare with golden files.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Check compares got with the golden file at path, or, with -update, writes got there
// (creating its folder). A difference fails the test and shows a diff from the file to
// what was made now, so an intended change is read once before the files are rewritten.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what the code makes now; if the change is intended, go test -update rewrites it.\n%s", path, Diff(path, "now", want, got))
	}
}
