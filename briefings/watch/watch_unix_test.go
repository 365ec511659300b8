//go:build unix

package watch_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/briefbot/briefbot/internal/testutil"
)

// lutimes dates a file, folder or symbolic link itself: os.Chtimes would date a link's target.
func lutimes(path string, at time.Time) error {
	tv := unix.NsecToTimeval(at.UnixNano())
	return unix.Lutimes(path, []unix.Timeval{tv, tv})
}

// TestCatchesUpOnAConfigMapUpdate: a Kubernetes ConfigMap volume is a "..<timestamp>" folder
// holding the files, a "..data" link to it, and one link per file through "..data". The kubelet
// updates it by writing a new "..<timestamp>" folder and swapping "..data"; an update between
// the first load and the watch is picked up at start, and an untouched volume is not reloaded.
func TestCatchesUpOnAConfigMapUpdate(t *testing.T) {
	t.Parallel()
	const added = "2022-02-02-missile-ban-follow-up.md"
	for _, update := range []bool{false, true} {
		corpus := testutil.CopyCorpus(t)
		dir := t.TempDir()
		names, err := os.ReadDir(corpus)
		if err != nil {
			t.Fatal(err)
		}
		link := func(target, name string) {
			t.Helper()
			if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
				t.Fatal(err)
			}
		}
		prepare := func() string {
			if err := os.Rename(corpus, filepath.Join(dir, "..2022_02_01_08_00_00.1")); err != nil {
				t.Fatal(err)
			}
			link("..2022_02_01_08_00_00.1", "..data")
			for _, n := range names {
				link(filepath.Join("..data", n.Name()), n.Name())
			}
			return ""
		}
		change := func() {
			next := filepath.Join(dir, "..2022_02_02_08_00_00.2")
			if err := os.CopyFS(next, os.DirFS(filepath.Join(dir, "..2022_02_01_08_00_00.1"))); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(next, added), newBriefing(t), 0o644); err != nil {
				t.Fatal(err)
			}
			link("..2022_02_02_08_00_00.2", "..data_tmp")
			if err := os.Rename(filepath.Join(dir, "..data_tmp"), filepath.Join(dir, "..data")); err != nil {
				t.Fatal(err)
			}
			link(filepath.Join("..data", added), added)
			if err := os.RemoveAll(filepath.Join(dir, "..2022_02_01_08_00_00.1")); err != nil {
				t.Fatal(err)
			}
		}
		if !update {
			change = nil
		}
		reloads, more := catchUp(t, dir, lutimes, prepare, change)
		switch {
		case update && (reloads != 1 || more != 1):
			t.Errorf("updated ConfigMap: %d reloads at start, %+d briefings served; want 1 and +1", reloads, more)
		case !update && reloads != 0:
			t.Errorf("untouched ConfigMap: reloaded %d times at start", reloads)
		}
	}
}
