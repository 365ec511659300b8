package main

import (
	"context"
	"encoding/json"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/briefbot/briefbot/adapters/prometheus"
	"github.com/briefbot/briefbot/briefings/watch"
)

// readiness is the list of checks behind /readyz: each names a dependency
// (the catalog, the store, each configured platform) and says whether it
// can serve now.
type readiness struct {
	mu     sync.Mutex
	checks map[string]func(ctx context.Context) error
}

func (r *readiness) add(name string, check func(ctx context.Context) error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.checks == nil {
		r.checks = map[string]func(ctx context.Context) error{}
	}
	r.checks[name] = check
}

// ServeHTTP answers 200 when every check passes and 503 otherwise, with
// each check's result as JSON so an operator sees which one failed.
func (r *readiness) ServeHTTP(rw http.ResponseWriter, req *http.Request) {
	ctx, cancel := context.WithTimeout(req.Context(), 2*time.Second)
	defer cancel()
	r.mu.Lock()
	names := make([]string, 0, len(r.checks))
	for n := range r.checks {
		names = append(names, n)
	}
	checks := r.checks
	r.mu.Unlock()
	sort.Strings(names)
	status := http.StatusOK
	out := make(map[string]string, len(names))
	for _, n := range names {
		if err := checks[n](ctx); err != nil {
			out[n] = err.Error()
			status = http.StatusServiceUnavailable
		} else {
			out[n] = "ok"
		}
	}
	rw.Header().Set("Content-Type", "application/json")
	rw.Header().Set("Cache-Control", "no-store")
	rw.WriteHeader(status)
	json.NewEncoder(rw).Encode(out)
}

// ops mounts /readyz and, unless METRICS=off, /metrics, and hooks the
// metrics into the bot.
func (w *wiring) ops() {
	w.metrics = prometheus.New()
	w.metrics.Catalog(w.bot.Catalog())
	w.bot.Observe = w.metrics.Command
	w.bot.OnDraft = w.metrics.Draft
	w.ready.add("catalog", func(context.Context) error {
		if w.bot.Catalog() == nil {
			return errNoCatalog
		}
		return nil
	})
	if w.mux == nil {
		return
	}
	w.mux.Handle("GET /readyz", &w.ready)
	if w.cfg.Metrics {
		w.mux.Handle("GET /metrics", w.metrics.Handler())
	}
}

// watchBriefings returns the watcher that reloads BRIEFINGS_DIR into the
// library, feeding the metrics, and adds its readiness check: a reload
// stuck for longer than watch.StuckAfter fails /readyz, as the folder is
// then no longer followed.
func (w *wiring) watchBriefings(loadedAt time.Time) *watch.Watcher {
	wt := &watch.Watcher{Dir: w.cfg.BriefingsDir, Library: w.lib, Since: loadedAt, Logger: w.log.With("component", "watch"), OnReload: func(err error) {
		w.metrics.Reload(err)
	}}
	if w.clock != nil {
		wt.Now = w.clock.Now
	}
	w.ready.add("briefings", func(context.Context) error { return wt.Stuck() })
	return wt
}

type constError string

func (e constError) Error() string { return string(e) }

const errNoCatalog = constError("no catalog loaded")
