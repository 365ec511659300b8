// Package watch reloads a curators' folder when its files change, swapping
// the served catalog only when the whole folder loads cleanly.
package watch

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/briefbot/briefbot/briefings"
)

// Debounce is how long the folder must stay quiet before a reload: editors
// and git write several files, and a save is often a delete plus a create.
const Debounce = 300 * time.Millisecond

// StuckAfter is how long a reload may run before Stuck reports it. Indexing
// the largest corpus the bot is built for (100,000 briefings, a million
// quotes) takes about 9 s on a shared 2-CPU machine (BenchmarkCatalogBuild
// in package briefings), reading and parsing the files a few seconds more; a
// reload still running after two minutes is hung, on a file system that no
// longer answers, say, and the folder is no longer being followed.
const StuckAfter = 2 * time.Minute

// Watcher reloads Dir into Library (or, without one, Live) when it
// changes.
type Watcher struct {
	Dir  string
	Live *briefings.Live
	// Library, when set, receives the folder in place of Live: it serves
	// it with the store's published briefings, and refuses a folder that
	// clashes with them.
	Library *briefings.Library

	// Logger receives one line per reload and one per problem; nil discards.
	Logger *slog.Logger
	// OnReload, when set, is called after each reload attempt with its
	// result: nil, or the *briefings.CorpusError that kept the old catalog.
	OnReload func(err error)
	// Debounce overrides the package's Debounce when non-zero (tests).
	Debounce time.Duration
	// Since is when Live's catalog was read from Dir. Run reloads once as
	// soon as it watches the folder if anything in it changed after Since,
	// so a file saved between the first load and the watch is not missed
	// until the next save. Zero skips the check.
	Since time.Time
	// Watching, when set, is called once Run watches the folder: every
	// change after that call is seen. Tests wait for it instead of sleeping.
	Watching func()
	// Skipped, when set, is told of each change Run sees and ignores, not
	// being part of the corpus (an editor's swap file, a hidden folder):
	// tests wait for it to show that nothing follows, instead of sleeping.
	Skipped func(path string)
	// Now is the clock Stuck measures a reload with; nil means time.Now.
	Now func() time.Time

	mu      sync.Mutex
	started time.Time // when the reload in progress began; zero when none
}

// Stuck returns an error when a reload began more than StuckAfter ago and
// has not finished, and nil otherwise. The catalog being served is still
// the last good one, but changes to the folder are no longer picked up, and
// Run cannot stop until the reload returns: a readiness check reports it.
func (w *Watcher) Stuck() error {
	w.mu.Lock()
	started := w.started
	w.mu.Unlock()
	if started.IsZero() {
		return nil
	}
	if d := w.now().Sub(started); d > StuckAfter {
		return fmt.Errorf("a reload of %s started %s ago and has not finished; still serving the last good catalog", w.Dir, d.Round(time.Second))
	}
	return nil
}

func (w *Watcher) now() time.Time {
	if w.Now != nil {
		return w.Now()
	}
	return time.Now()
}

// Reload loads the folder once and swaps it in when it is clean. On failure
// the catalog being served stays, and every problem is logged with its file
// and line.
func (w *Watcher) Reload() (err error) {
	log := w.logger()
	w.mu.Lock()
	w.started = w.now()
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		w.started = time.Time{}
		w.mu.Unlock()
	}()
	defer func() {
		// A bug in the parser must not take the bot down with the catalog
		// it is serving: keep serving, and say so.
		if p := recover(); p != nil {
			err = fmt.Errorf("reload %s: the briefings could not be read (%v); still serving the last good catalog", w.Dir, p)
			log.Error("catalog not reloaded: still serving the last good one", "dir", w.Dir, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			if w.OnReload != nil {
				w.OnReload(err)
			}
		}
	}()
	var c *briefings.Catalog
	var ps briefings.Problems
	if w.Library != nil {
		ps = w.Library.LoadDir(w.Dir)
		c = w.Library.Catalog()
	} else {
		c, ps = briefings.LoadDir(w.Dir)
	}
	for _, p := range ps {
		level := slog.LevelWarn
		if p.Severity == briefings.Error {
			level = slog.LevelError
		}
		file := p.File
		if !strings.HasPrefix(file, "store") {
			file = filepath.Join(w.Dir, p.File)
		}
		log.Log(context.Background(), level, "curated file problem", "file", file, "line", p.Line, "problem", p.Msg)
	}
	err = ps.Err()
	if err == nil {
		if w.Library == nil {
			w.Live.Swap(c)
		}
		nb, nq := c.Len()
		log.Info("catalog loaded", "dir", w.Dir, "briefings", nb, "quotes", nq)
	} else {
		log.Error("catalog not reloaded: still serving the last good one", "dir", w.Dir, "errors", len(ps.Errors()))
	}
	if w.OnReload != nil {
		w.OnReload(err)
	}
	return err
}

// Run watches the folder until ctx is done, reloading after each burst of
// changes. It returns ctx.Err() at the end, or an error if the folder
// cannot be watched at all.
func (w *Watcher) Run(ctx context.Context) error {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch %s: %w", w.Dir, err)
	}
	defer fw.Close()
	// A folder given as a symbolic link (a release directory behind "current", say) is watched
	// where it points: WalkDir does not follow a link, so the tree would otherwise be empty.
	dir := w.Dir
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	if err := addTree(fw, dir); err != nil {
		return fmt.Errorf("watch %s: %w", w.Dir, err)
	}
	wait := w.Debounce
	if wait == 0 {
		wait = Debounce
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	if !w.Since.IsZero() && changedSince(dir, w.Since) {
		_ = w.Reload()
	}
	if w.Watching != nil {
		w.Watching()
	}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case ev, ok := <-fw.Events:
			if !ok {
				return nil
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					_ = addTree(fw, ev.Name) // a new sub-folder of briefings
				}
			}
			rel, err := filepath.Rel(dir, ev.Name)
			if err != nil || !relevant(rel) {
				if w.Skipped != nil {
					w.Skipped(ev.Name)
				}
				continue
			}
			timer.Reset(wait)
		case err, ok := <-fw.Errors:
			if !ok {
				return nil
			}
			w.logger().Warn("watching the briefings folder", "dir", w.Dir, "err", err)
		case <-timer.C:
			_ = w.Reload()
		}
	}
}

// mtimeSlack allows for file systems whose timestamps come from a coarser
// clock than time.Now: a file written just after Since may carry a time just
// before it. A save that old reloads once more than needed; nothing is missed.
const mtimeSlack = 2 * time.Second

// changedSince reports whether a file or folder of the corpus under dir
// changed after since. Folders count too: removing or renaming a file
// changes its folder's time, not any file's. Every folder the loader reads
// is looked at, whatever its name ("2022.archive" too); hidden ones are not,
// except Kubernetes' "..data" and the "..<timestamp>" folder it points to.
func changedSince(dir string, since time.Time) bool {
	after := since.Add(-mtimeSlack)
	changed := false
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || changed {
			return nil
		}
		rel, rerr := filepath.Rel(dir, path)
		if rerr != nil {
			return nil
		}
		if d.IsDir() {
			if name := d.Name(); rel != "." && strings.HasPrefix(name, ".") && !strings.HasPrefix(name, "..") {
				return filepath.SkipDir
			}
		} else if !relevant(rel) {
			return nil
		}
		if info, ierr := d.Info(); ierr == nil && info.ModTime().After(after) {
			changed = true
			return filepath.SkipAll
		}
		return nil
	})
	return changed
}

// relevant reports whether a change can affect the catalog: a briefing, the
// registry, or a folder (whose removal takes briefings with it).
func relevant(rel string) bool {
	rel = filepath.ToSlash(rel)
	if strings.HasPrefix(rel, "..") && rel != ".." && !strings.HasPrefix(rel, "../") {
		// Kubernetes updates ConfigMap and Secret volumes by swapping the
		// ..data symlink the visible files point through.
		return true
	}
	for _, part := range strings.Split(rel, "/") {
		if strings.HasPrefix(part, ".") && part != "." {
			return false
		}
	}
	return briefings.IsCorpusFile(rel) || filepath.Ext(rel) == ""
}

func addTree(fw *fsnotify.Watcher, root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		return fw.Add(p)
	})
}

func (w *Watcher) logger() *slog.Logger {
	if w.Logger != nil {
		return w.Logger
	}
	return slog.New(slog.DiscardHandler)
}
