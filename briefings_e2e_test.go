package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/watch"
	"github.com/briefbot/briefbot/internal/testutil"
)

// TestReadyzFailsWhileAReloadIsStuck: the watcher the bot wires for
// BRIEFINGS_DIR has a reload held in its hook, as a file system that stops
// answering would hold it. /readyz stays 200 while the reload is young,
// turns 503 naming the folder once it has run past watch.StuckAfter, and is
// 200 again when the reload returns; the catalog is served throughout.
func TestReadyzFailsWhileAReloadIsStuck(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	c, ps := briefings.ReadDir(dir)
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	lib := briefings.NewLibrary(c)
	w := &wiring{cfg: Config{BriefingsDir: dir}, bot: bot.New(lib), log: slog.New(slog.DiscardHandler), lib: lib}
	w.ops()
	wt := w.watchBriefings(time.Time{})

	var mu sync.Mutex
	now := time.Date(2022, 2, 1, 8, 0, 0, 0, time.UTC)
	wt.Now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); defer mu.Unlock(); now = now.Add(d) }
	entered, release := make(chan struct{}), make(chan struct{})
	hook := wt.OnReload
	wt.OnReload = func(err error) {
		close(entered)
		<-release
		hook(err)
	}

	readyz := func(want int, what string) map[string]string {
		t.Helper()
		rec := httptest.NewRecorder()
		w.ready.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/readyz", nil))
		var checks map[string]string
		if err := json.Unmarshal(rec.Body.Bytes(), &checks); err != nil {
			t.Fatalf("%s: /readyz body %q: %v", what, rec.Body, err)
		}
		if rec.Code != want {
			t.Errorf("%s: /readyz = %d %v, want %d", what, rec.Code, checks, want)
		}
		return checks
	}
	readyz(http.StatusOK, "before any reload")

	done := make(chan error, 1)
	go func() { done <- wt.Reload() }()
	<-entered
	readyz(http.StatusOK, "a reload just started")
	advance(watch.StuckAfter + time.Second)
	checks := readyz(http.StatusServiceUnavailable, "a reload stuck past StuckAfter")
	if got := checks["briefings"]; !strings.Contains(got, dir) || !strings.Contains(got, "has not finished") {
		t.Errorf("the briefings check says %q; want the folder and that its reload has not finished", got)
	}
	if checks["catalog"] != "ok" {
		t.Errorf("catalog check: %q; the last good catalog is still served", checks["catalog"])
	}
	if w.bot.Catalog() == nil {
		t.Error("no catalog is served during the stuck reload")
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	readyz(http.StatusOK, "after the reload returned")
}

// TestLintEscapesControlCharactersInFileNames: a file whose name holds a
// newline and a terminal escape is named quoted, on its own line, so it
// cannot forge a clean result or another file's error.
func TestLintEscapesControlCharactersInFileNames(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	name := "x.md\nregistry.yaml:1: warning: all fine\x1b[2K.md"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("no front matter\n"), 0o644); err != nil {
		t.Skipf("this file system does not take such a name: %v", err)
	}
	var out bytes.Buffer
	err := lint([]string{dir}, func(string) string { return "" }, &out)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 1 {
		t.Fatalf("lint: %v, want exit 1\n%s", err, out.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 1 {
		t.Fatalf("lint printed %d lines for one problem:\n%s", len(lines), out.String())
	}
	want := `"` + dir + `/x.md\nregistry.yaml:1: warning: all fine\x1b[2K.md":1: error: `
	if !strings.HasPrefix(lines[0], want) {
		t.Errorf("lint printed\n%s\nwant it to start with\n%s", lines[0], want)
	}
}
