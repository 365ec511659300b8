package ingest_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestFetch runs Fetch against a local web server: what it accepts, and the
// one-line reason for everything it refuses.
func TestFetch(t *testing.T) {
	t.Parallel()
	page := "<html><head><title>Talks</title></head><body><p>" + strings.Repeat("Words of the story. ", 30) + "</p></body></html>"
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story", http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Repeat("a", 2048)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	// A port nothing listens on: open one, note it, close it.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String() + "/story"
	l.Close()

	client := &http.Client{Timeout: 200 * time.Millisecond}
	tests := []struct {
		name, url, wantErr, wantURL string
	}{
		{name: "a page", url: srv.URL + "/story", wantURL: srv.URL + "/story"},
		{name: "a redirect ends at the page", url: srv.URL + "/moved", wantURL: srv.URL + "/story"},
		{name: "not found", url: srv.URL + "/missing", wantErr: "the server answered 404 Not Found"},
		{name: "not a page", url: srv.URL + "/report.pdf", wantErr: "it is application/pdf, not an article page"},
		{name: "too large", url: srv.URL + "/huge", wantErr: "the page is larger than"},
		{name: "too slow", url: srv.URL + "/slow", wantErr: "no answer within 200ms"},
		{name: "unreachable", url: closed, wantErr: "cannot connect: connection refused"},
		{name: "not http", url: "ftp://example.com/story", wantErr: "is not a web address"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p, err := ingest.Fetch(context.Background(), client, tc.url, 1024)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || strings.Contains(err.Error(), "\n") {
					t.Fatalf("got error %v, want one line with %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.URL != tc.wantURL || !strings.HasPrefix(p.ContentType, "text/html") || string(p.Body) != page {
				t.Errorf("got %s (%s), %d bytes", p.URL, p.ContentType, len(p.Body))
			}
		})
	}
}

// TestFetchErrorKeepsRetryAfter: a 429 or 503 that says when to try again
// is reported with its Retry-After, so a feed's poller can wait that long.
func TestFetchErrorKeepsRetryAfter(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	}))
	defer srv.Close()
	_, err := ingest.Fetch(context.Background(), srv.Client(), srv.URL+"/story", ingest.MaxBytes)
	var fe *ingest.FetchError
	if !errors.As(err, &fe) {
		t.Fatalf("error %v, want a *FetchError", err)
	}
	if fe.Status != http.StatusTooManyRequests || fe.RetryAfter != "120" {
		t.Errorf("status %d, Retry-After %q; want 429 and \"120\"", fe.Status, fe.RetryAfter)
	}
}
