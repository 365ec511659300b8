// Package testutil holds small helpers that several packages' tests share.
package testutil

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// SyncBuffer is a bytes.Buffer that goroutines may write while a test reads
// it: logs, console output.
type SyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *SyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// CopyCorpus copies the built-in corpus into a new temporary folder, as a
// curator's checkout would hold it, and returns the folder.
func CopyCorpus(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	corpus := briefings.DefaultCorpus()
	err := fs.WalkDir(corpus, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(corpus, p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, p), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
