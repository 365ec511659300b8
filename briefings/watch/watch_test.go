package watch_test

import (
	"bytes"
	"context"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/internal/testutil"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/watch"
)

// TestReloadGoodBrokenGood edits a curated folder the way a curator would
// (a good change, a broken file, the fix) while readers keep asking, and
// checks that the catalog always answers and changes only when the folder
// is clean, with the broken file's name and line in the log.
func TestReloadGoodBrokenGood(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	c, ps := briefings.Load(os.DirFS(dir))
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	live := briefings.NewLive(c)
	var logs testutil.SyncBuffer
	results := make(chan error, 16)
	w := &watch.Watcher{
		Dir:      dir,
		Live:     live,
		Logger:   slog.New(slog.NewTextHandler(&logs, nil)),
		Debounce: 20 * time.Millisecond,
		OnReload: func(err error) { results <- err },
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	start(t, w, ctx, done)

	// Readers: the catalog must answer /status ukraine at every moment.
	var stop atomic.Bool
	var reads atomic.Int64
	var readers sync.WaitGroup
	for range 4 {
		readers.Go(func() {
			for !stop.Load() {
				cat := live.Catalog()
				tp, err := cat.Topic("ukraine")
				if err != nil || len(cat.On(tp)) == 0 {
					t.Errorf("a reader found no Ukraine briefing: %v", err)
					return
				}
				reads.Add(1)
			}
		})
	}

	wait := func(step string) error {
		t.Helper()
		select {
		case err := <-results:
			return err
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: no reload happened", step)
			return nil
		}
	}
	// write saves as editors and git do, into a hidden file renamed over
	// the old one: os.WriteFile's truncate and write are two changes, and
	// on a loaded machine the short test debounce can fall between them
	// and reload an empty file, which is a broken file, not the step.
	write := func(name, body string) {
		t.Helper()
		f, err := os.CreateTemp(dir, ".save-*")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteString(body); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(f.Name(), filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	newBriefing := "---\nid: new-one\ntitle: A new development\ndate: 2022-02-02\ntopics: [ukraine]\nsources:\n  - title: T\n    outlet: O\n---\nSomething happened.\n"

	// 1. Good: a new briefing appears.
	write("2022-02-02-new.md", newBriefing)
	if err := wait("good"); err != nil {
		t.Fatalf("good change: %v", err)
	}
	if live.Catalog().Briefing("new-one") == nil {
		t.Fatal("the new briefing is not served")
	}
	good := live.Catalog()

	// 2. Broken: a typo in a field name, on line 5.
	write("2022-02-02-new.md", strings.Replace(newBriefing, "topics:", "topcs:", 1))
	err := wait("broken")
	if err == nil {
		t.Fatal("a broken file reloaded without error")
	}
	if live.Catalog() != good {
		t.Fatal("the catalog changed although the folder is broken")
	}
	if !strings.Contains(err.Error(), "2022-02-02-new.md:5:") {
		t.Errorf("error does not name file and line: %v", err)
	}
	if l := logs.String(); !strings.Contains(l, "2022-02-02-new.md") || !strings.Contains(l, "line=5") {
		t.Errorf("log does not name file and line:\n%s", l)
	}

	// 3. Good again: fixed, with a new title.
	write("2022-02-02-new.md", strings.Replace(newBriefing, "A new development", "A fixed development", 1))
	if err := wait("fixed"); err != nil {
		t.Fatalf("fixed: %v", err)
	}
	if b := live.Catalog().Briefing("new-one"); b == nil || b.Title != "A fixed development" {
		t.Fatalf("the fix is not served: %+v", b)
	}

	stop.Store(true)
	readers.Wait()
	cancel()
	if err := <-done; err != context.Canceled {
		t.Errorf("Run returned %v, want context.Canceled", err)
	}
	if reads.Load() == 0 {
		t.Error("readers never ran")
	}
}

// start runs w until ctx is done, sending Run's result to done, and returns
// once the folder is watched.
func start(t *testing.T, w *watch.Watcher, ctx context.Context, done chan error) {
	t.Helper()
	watching := make(chan struct{})
	w.Watching = func() { close(watching) }
	go func() { done <- w.Run(ctx) }()
	select {
	case <-watching:
	case err := <-done:
		t.Fatalf("Run: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("the watcher never started watching")
	}
}

// Editors' swap files, hidden folders and other files do not trigger
// reloads; a briefing saved after them does, once. The watcher reports each
// change it skips, so the test knows it has seen them before checking that
// no reload came.
func TestIgnoresNonCorpusFiles(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	c, _ := briefings.Load(os.DirFS(dir))
	reloads := make(chan error, 4)
	skipped := make(chan string, 64)
	w := &watch.Watcher{Dir: dir, Live: briefings.NewLive(c), Debounce: 10 * time.Millisecond,
		OnReload: func(err error) { reloads <- err },
		Skipped:  func(path string) { skipped <- filepath.Base(path) }}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	start(t, w, ctx, done)
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	// .git/index.md may be written before the watcher adds the new folder,
	// and then it sees no change there at all: only the others are awaited.
	awaited := map[string]bool{".status.md.swp": true, "notes.txt": true, "2022-02-01-missile-ban-proposal.md~": true}
	for _, name := range []string{".status.md.swp", "notes.txt", "2022-02-01-missile-ban-proposal.md~", ".git/index.md"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for len(awaited) > 0 {
		select {
		case name := <-skipped:
			delete(awaited, name)
		case err := <-reloads:
			t.Fatalf("reloaded (%v) for a file that is not part of the corpus", err)
		case <-time.After(10 * time.Second):
			t.Fatalf("the watcher never skipped %v", awaited)
		}
	}
	select {
	case err := <-reloads:
		t.Errorf("reloaded (%v) for a file that is not part of the corpus", err)
	default:
	}
	// The control: the same watcher does react to a briefing, so the quiet
	// above was the filter's doing, not a watcher that never ran.
	b, err := os.ReadFile(filepath.Join(dir, "2022-02-01-missile-ban-proposal.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "2022-02-01-missile-ban-proposal.md"), append(b, "\nMore.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	awaitGoodReload(t, reloads, done, "a briefing changed")
}

// awaitGoodReload waits for a reload that succeeds. os.WriteFile creates or
// truncates the file before it writes it: on a loaded machine the debounce
// may end in between, and the watcher reads an empty briefing, refuses it
// (keeping the last good catalog) and reloads again when the write lands.
// What the tests wait for is that good reload.
func awaitGoodReload(t *testing.T, reloads <-chan error, done <-chan error, after string) {
	t.Helper()
	timeout := time.After(10 * time.Second)
	var last error
	for {
		select {
		case err := <-reloads:
			if err == nil {
				return
			}
			last = err
		case err := <-done:
			t.Fatalf("Run ended: %v", err)
		case <-timeout:
			t.Fatalf("no good reload after %s (last: %v)", after, last)
		}
	}
}

// catchUp is a bot starting on a folder: prepare arranges the folder as it sat before start-up
// (and may return another path to serve it through; "" is dir), every file and folder is then
// dated an hour back with age, the catalog is loaded, change runs (the folder changing while
// the bot connects to its store), and the watcher starts with Since at the load. It returns the
// reloads done once the folder is watched, and how many briefings more are served than loaded.
func catchUp(t *testing.T, dir string, age func(path string, at time.Time) error, prepare func() string, change func()) (reloads int32, added int) {
	t.Helper()
	served := dir
	if prepare != nil {
		if p := prepare(); p != "" {
			served = p
		}
	}
	old := time.Now().Add(-time.Hour)
	if err := filepath.WalkDir(dir, func(path string, _ os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return age(path, old)
	}); err != nil {
		t.Fatal(err)
	}
	c, ps := briefings.Load(os.DirFS(served))
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	since := time.Now()
	live := briefings.NewLive(c)
	before, _ := c.Len()
	if change != nil {
		change()
	}
	var n atomic.Int32
	w := &watch.Watcher{Dir: served, Live: live, Since: since, Debounce: time.Hour, OnReload: func(err error) {
		n.Add(1)
		if err != nil {
			t.Errorf("reload at start: %v", err)
		}
	}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	start(t, w, ctx, done)
	after, _ := live.Catalog().Len()
	cancel()
	<-done
	return n.Load(), after - before
}

func chtimes(path string, at time.Time) error { return os.Chtimes(path, at, at) }

// newBriefing is a briefing of the corpus under another id, to add to a folder.
func newBriefing(t *testing.T) []byte {
	t.Helper()
	b, err := fs.ReadFile(briefings.DefaultCorpus(), "2022-02-01-missile-ban-proposal.md")
	if err != nil {
		t.Fatal(err)
	}
	added := strings.Replace(string(b), "id: 2022-02-01-missile-ban-proposal", "id: 2022-02-02-missile-ban-follow-up", 1)
	if added == string(b) {
		t.Fatal("the fixture's id line changed; update this test")
	}
	return []byte(added)
}

// A briefing saved, deleted or moved after the first load but before the watch began (the bot
// was still connecting to its store, say) is picked up as soon as the watcher starts, wherever
// in the folder it happened; an untouched folder is not read again, nor is one where only a
// hidden folder changed.
func TestCatchesUpOnChangesBeforeTheWatch(t *testing.T) {
	t.Parallel()
	type folder struct {
		t   *testing.T
		dir string
	}
	write := func(f folder, name string, b []byte) {
		f.t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(f.dir, name)), 0o755); err != nil {
			f.t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(f.dir, name), b, 0o644); err != nil {
			f.t.Fatal(err)
		}
	}
	move := func(f folder, from, to string) {
		f.t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(f.dir, to)), 0o755); err != nil {
			f.t.Fatal(err)
		}
		if err := os.Rename(filepath.Join(f.dir, from), filepath.Join(f.dir, to)); err != nil {
			f.t.Fatal(err)
		}
	}
	const briefing = "2022-02-01-missile-ban-proposal.md"
	tests := []struct {
		name           string
		prepare        func(f folder) string
		change         func(f folder)
		reloads, added int
	}{
		{name: "untouched"},
		{
			name:    "a briefing added",
			change:  func(f folder) { write(f, "2022-02-02-missile-ban-follow-up.md", newBriefing(f.t)) },
			reloads: 1, added: 1,
		},
		{
			// Only the sub-folder's time changes: no file is left to carry a new one.
			name:    "a briefing deleted from a sub-folder",
			prepare: func(f folder) string { move(f, briefing, "archive/"+briefing); return "" },
			change: func(f folder) {
				if err := os.Remove(filepath.Join(f.dir, "archive", briefing)); err != nil {
					f.t.Fatal(err)
				}
			},
			reloads: 1, added: -1,
		},
		{
			// Only the briefing's own time changes; its folder's name has a dot.
			name:    "a briefing rewritten in place in a folder with a dot",
			prepare: func(f folder) string { move(f, briefing, "2022.archive/"+briefing); return "" },
			change: func(f folder) {
				b := bytes.Replace(newBriefing(f.t), []byte("id: 2022-02-02-missile-ban-follow-up"), []byte("id: 2022-02-01-missile-ban-proposal"), 1)
				b = append(b, "\nOne more paragraph.\n"...)
				write(f, "2022.archive/"+briefing, b)
				// Overwriting keeps the folder's entries, so no folder's time changed.
				for _, d := range []string{f.dir, filepath.Join(f.dir, "2022.archive")} {
					if st, err := os.Stat(d); err != nil || time.Since(st.ModTime()) < time.Minute {
						f.t.Fatalf("%s changed (%v): this case no longer tests a file's own time", d, err)
					}
				}
			},
			reloads: 1, added: 0,
		},
		{
			name:    "only a hidden folder changed",
			prepare: func(f folder) string { write(f, ".git/HEAD", []byte("ref: main")); return "" },
			change:  func(f folder) { write(f, ".git/index.md", []byte("x")) },
		},
		{
			// BRIEFINGS_DIR=/srv/briefings/current, a link to the release being served. The
			// link itself was just made: the folder's times are what count.
			name:    "an untouched folder served through a symbolic link",
			prepare: func(f folder) string { return symlinkTo(f.t, f.dir) },
		},
		{
			name:    "a briefing added to a folder served through a symbolic link",
			prepare: func(f folder) string { return symlinkTo(f.t, f.dir) },
			change:  func(f folder) { write(f, "2022-02-02-missile-ban-follow-up.md", newBriefing(f.t)) },
			reloads: 1, added: 1,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := folder{t, testutil.CopyCorpus(t)}
			var prepare func() string
			if tc.prepare != nil {
				prepare = func() string { return tc.prepare(f) }
			}
			var change func()
			if tc.change != nil {
				change = func() { tc.change(f) }
			}
			reloads, added := catchUp(t, f.dir, chtimes, prepare, change)
			if int(reloads) != tc.reloads || added != tc.added {
				t.Errorf("%d reloads at start, %+d briefings served; want %d and %+d", reloads, added, tc.reloads, tc.added)
			}
		})
	}
}

// symlinkTo returns a new symbolic link to dir, or skips the test where there are none.
func symlinkTo(t *testing.T, dir string) string {
	t.Helper()
	link := filepath.Join(t.TempDir(), "current")
	if err := os.Symlink(dir, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	return link
}

// A folder given as a symbolic link is watched where it points: a briefing saved there is
// served.
func TestWatchesThroughASymbolicLink(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	link := symlinkTo(t, dir)
	c, _ := briefings.Load(os.DirFS(link))
	live := briefings.NewLive(c)
	reloads := make(chan error, 4)
	w := &watch.Watcher{Dir: link, Live: live, Debounce: 10 * time.Millisecond, OnReload: func(err error) { reloads <- err }}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	start(t, w, ctx, done)
	if err := os.WriteFile(filepath.Join(dir, "2022-02-02-missile-ban-follow-up.md"), newBriefing(t), 0o644); err != nil {
		t.Fatal(err)
	}
	awaitGoodReload(t, reloads, done, "a briefing was saved in the linked folder")
	if live.Catalog().Briefing("2022-02-02-missile-ban-follow-up") == nil {
		t.Error("the new briefing is not served")
	}
}

// TestStuckReportsAHungReload holds a reload in its OnReload hook, the way a
// file system that stops answering would, and moves the watcher's clock:
// Stuck says nothing while the reload is young, reports it past
// watch.StuckAfter, and clears once the reload returns.
func TestStuckReportsAHungReload(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	c, ps := briefings.LoadDir(dir)
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	now := time.Date(2022, 2, 1, 8, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); defer mu.Unlock(); now = now.Add(d) }
	entered, release := make(chan struct{}), make(chan struct{})
	w := &watch.Watcher{Dir: dir, Live: briefings.NewLive(c), Now: clock, OnReload: func(error) {
		close(entered)
		<-release
	}}
	if err := w.Stuck(); err != nil {
		t.Fatalf("before any reload: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- w.Reload() }()
	<-entered
	advance(watch.StuckAfter)
	if err := w.Stuck(); err != nil {
		t.Errorf("a reload exactly StuckAfter old is reported: %v", err)
	}
	advance(time.Second)
	err := w.Stuck()
	if err == nil || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "has not finished") {
		t.Errorf("a hung reload: Stuck() = %v", err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := w.Stuck(); err != nil {
		t.Errorf("after the reload returned: %v", err)
	}
}
