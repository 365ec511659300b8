//go:build unix

package watch_test

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/watch"
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

// TestReloadRefusesUnsafeFiles: what a curator with write access (or a
// mistake in a shared volume) can put into the folder to take the bot down
// or leak a file is refused by the reload. The reload returns, the last good
// catalog keeps serving, and the error and the log name the file and why.
func TestReloadRefusesUnsafeFiles(t *testing.T) {
	t.Parallel()
	const secret = "DATABASE_PASSWORD=hunter2"
	outside := filepath.Join(t.TempDir(), "outside.md")
	if err := os.WriteFile(outside, []byte("---\ntitle: "+secret+"\n---\n"+secret+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, file, reason string
		make               func(t *testing.T, path string) error
	}{
		{"link to /dev/zero", "zero.md", "a link that leads outside the briefings folder",
			func(t *testing.T, path string) error { return os.Symlink("/dev/zero", path) }},
		{"50 MB file", "big.md", "52428800 bytes, over the 1 MiB cap",
			func(t *testing.T, path string) error {
				if err := os.WriteFile(path, nil, 0o644); err != nil {
					return err
				}
				return os.Truncate(path, 50<<20)
			}},
		{"link to a file outside", "leak.md", "a link that leads outside the briefings folder",
			func(t *testing.T, path string) error { return os.Symlink(outside, path) }},
		{"named pipe", "pipe.md", "not a regular file but a named pipe",
			func(t *testing.T, path string) error { return unix.Mkfifo(path, 0o644) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := testutil.CopyCorpus(t)
			good, ps := briefings.LoadDir(dir)
			if err := ps.Err(); err != nil {
				t.Fatal(err)
			}
			live := briefings.NewLive(good)
			var logs testutil.SyncBuffer
			w := &watch.Watcher{Dir: dir, Live: live, Logger: slog.New(slog.NewTextHandler(&logs, nil))}
			if err := c.make(t, filepath.Join(dir, c.file)); err != nil {
				t.Skipf("cannot make the hazard here: %v", err)
			}
			done := make(chan error, 1)
			go func() { done <- w.Reload() }()
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("the reload never returned")
			}
			if want := c.file + ": error: " + c.reason; err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("reload error %v, want it to say %q", err, want)
			}
			if live.Catalog() != good {
				t.Error("the catalog changed although the folder holds an unsafe file")
			}
			l := logs.String()
			if !strings.Contains(l, "file="+filepath.Join(dir, c.file)) || !strings.Contains(l, c.reason) {
				t.Errorf("the log does not name the file and the reason:\n%s", l)
			}
			if strings.Contains(l, secret) || strings.Contains(err.Error(), secret) {
				t.Errorf("the outside file's contents reached the log or the error:\n%s", l)
			}
		})
	}
}
