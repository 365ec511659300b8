package testutil

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/briefbot/briefbot/briefings/ingest"
)

// ArticleFetcher serves the article files in Dir at
// https://news.example/NAME, as the bot's fetcher serves a page (HTML by
// its .html name, else plain text), and answers 404 for anything else. It
// remembers the links asked for, so a test can say nothing was fetched.
type ArticleFetcher struct {
	Dir string

	mu      sync.Mutex
	fetched []string
}

// Fetch returns the article file the link names.
func (f *ArticleFetcher) Fetch(_ context.Context, link string) (*ingest.Page, error) {
	f.mu.Lock()
	f.fetched = append(f.fetched, link)
	f.mu.Unlock()
	name, ok := strings.CutPrefix(link, "https://news.example/")
	if !ok || strings.Contains(name, "/") {
		return nil, fmt.Errorf("fetch %s: the server answered 404 Not Found", link)
	}
	data, err := os.ReadFile(filepath.Join(f.Dir, name))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: the server answered 404 Not Found", link)
	}
	ct := "text/plain; charset=utf-8"
	if strings.HasSuffix(name, ".html") {
		ct = "text/html; charset=utf-8"
	}
	return &ingest.Page{Body: data, ContentType: ct, URL: link}, nil
}

// Links returns the links fetched so far, in order.
func (f *ArticleFetcher) Links() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.fetched...)
}
