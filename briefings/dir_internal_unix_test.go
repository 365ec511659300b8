//go:build unix

package briefings

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A named pipe swapped in between readFile's Stat and its Open is opened
// without waiting for a writer, and refused by the opened file's mode.
func TestOpenDoesNotWaitOnAPipe(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	fsys, closeDir, ps := openDir(dir)
	if fsys == nil {
		t.Fatal(ps)
	}
	defer closeDir()
	done := make(chan error, 1)
	go func() {
		f, err := fsys.Open("pipe.md")
		if err != nil {
			done <- err
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			done <- err
			return
		}
		done <- checkFile(fi)
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("opened pipe: %v, want it refused as a named pipe", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("opening a named pipe waited for a writer")
	}
}
