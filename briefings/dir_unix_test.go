//go:build unix

package briefings_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/testutil"
)

func unixHazards(t *testing.T) []hazard {
	return []hazard{
		{
			// Read whole, it never ends: the process would die of OOM.
			name: "link to /dev/zero", file: "zero.md", reason: "leads outside the briefings folder",
			make: func(t *testing.T, dir string) { symlink(t, "/dev/zero", filepath.Join(dir, "zero.md")) },
		},
		{
			// Opened for reading, it waits for a writer that never comes.
			name: "named pipe", file: "pipe.md", reason: "not a regular file but a named pipe",
			make: func(t *testing.T, dir string) { mkfifo(t, filepath.Join(dir, "pipe.md")) },
		},
		{
			name: "link to a named pipe inside", file: "pipe.md", reason: "not a regular file but a named pipe",
			make: func(t *testing.T, dir string) {
				mkfifo(t, filepath.Join(dir, "pipe"))
				symlink(t, "pipe", filepath.Join(dir, "pipe.md"))
			},
		},
	}
}

func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
}

// Load over a plain os.DirFS, which follows every link, still refuses a
// device and a pipe by their mode, before opening them.
func TestLoadRefusesDevicesAndPipesThroughAnyFS(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	symlink(t, "/dev/zero", filepath.Join(dir, "zero.md"))
	mkfifo(t, filepath.Join(dir, "pipe.md"))
	done := make(chan briefings.Problems, 1)
	go func() {
		_, ps := briefings.Load(os.DirFS(dir))
		done <- ps
	}()
	var ps briefings.Problems
	select {
	case ps = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Load did not return")
	}
	err := ps.Err()
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"pipe.md: error: not a regular file but a named pipe", "zero.md: error: not a regular file but a device"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
}
