package ingest_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestDraftConcurrent: one Ingester serves /draft and every feed at once,
// and a draft reuses memory an earlier one gave back. Drafting the tuning
// articles from many goroutines at once must give each the same Markdown
// as drafting it alone (run with -race, as CI does, to catch sharing).
func TestDraftConcurrent(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("testdata", "articles")
	in := ingest.New(setRegistry(t, dir))
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) < 20 {
		t.Fatalf("only %d tuning articles", len(files))
	}
	files = files[:20]
	opt := ingest.Options{Now: func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }}
	draft := func(f string) string {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Error(err)
			return ""
		}
		a, err := ingest.Read(data, "text/plain", "")
		if err != nil {
			t.Error(err)
			return ""
		}
		d, err := in.Draft(a, opt)
		if err != nil {
			t.Error(err)
			return ""
		}
		return string(d.Markdown())
	}
	alone := make([]string, len(files))
	for i, f := range files {
		alone[i] = draft(f)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for k := range files {
				i := (k + g*3) % len(files) // each goroutine in another order
				if got := draft(files[i]); got != alone[i] {
					t.Errorf("%s drafted beside others differs from drafted alone", filepath.Base(files[i]))
				}
			}
		})
	}
	wg.Wait()
}
