package watch_test

import (
	"context"
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
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
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
// reloads; a briefing saved after them does, once.
func TestIgnoresNonCorpusFiles(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	c, _ := briefings.Load(os.DirFS(dir))
	reloads := make(chan error, 4)
	w := &watch.Watcher{Dir: dir, Live: briefings.NewLive(c), Debounce: 10 * time.Millisecond, OnReload: func(err error) { reloads <- err }}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	start(t, w, ctx, done)
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{".status.md.swp", "notes.txt", "2022-02-01-missile-ban-proposal.md~", ".git/index.md"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case err := <-reloads:
		t.Errorf("reloaded (%v) for a file that is not part of the corpus", err)
	case <-time.After(300 * time.Millisecond):
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
	select {
	case err := <-reloads:
		if err != nil {
			t.Errorf("reload after a briefing changed: %v", err)
		}
	case err := <-done:
		t.Fatalf("Run ended: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("no reload after a briefing changed")
	}
}

// A briefing saved after the first load but before the watch began (the bot
// was still connecting to its store, say) is picked up as soon as the
// watcher starts; an untouched folder is not read again.
func TestCatchesUpOnChangesBeforeTheWatch(t *testing.T) {
	t.Parallel()
	for _, changed := range []bool{true, false} {
		dir := testutil.CopyCorpus(t)
		// The copy was just written: date every file back, as a folder that
		// sat unchanged since long before the bot started.
		old := time.Now().Add(-time.Hour)
		if err := filepath.WalkDir(dir, func(path string, _ os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			return os.Chtimes(path, old, old)
		}); err != nil {
			t.Fatal(err)
		}
		c, ps := briefings.Load(os.DirFS(dir))
		if err := ps.Err(); err != nil {
			t.Fatal(err)
		}
		since := time.Now()
		live := briefings.NewLive(c)
		before, _ := c.Len()
		if changed {
			b, err := os.ReadFile(filepath.Join(dir, "2022-02-01-missile-ban-proposal.md"))
			if err != nil {
				t.Fatal(err)
			}
			added := strings.Replace(string(b), "id: 2022-02-01-missile-ban-proposal", "id: 2022-02-02-missile-ban-follow-up", 1)
			if added == string(b) {
				t.Fatal("the fixture's id line changed; update this test")
			}
			if err := os.WriteFile(filepath.Join(dir, "2022-02-02-missile-ban-follow-up.md"), []byte(added), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		var reloads atomic.Int32
		w := &watch.Watcher{Dir: dir, Live: live, Since: since, Debounce: time.Hour, OnReload: func(error) { reloads.Add(1) }}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		start(t, w, ctx, done)
		after, _ := live.Catalog().Len()
		switch {
		case changed && (reloads.Load() != 1 || after != before+1):
			t.Errorf("a briefing saved before the watch: %d reloads, %d briefings served, want 1 and %d", reloads.Load(), after, before+1)
		case !changed && reloads.Load() != 0:
			t.Errorf("an untouched folder was reloaded %d times at start", reloads.Load())
		}
		cancel()
		<-done
	}
}
