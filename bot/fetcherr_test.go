package bot_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// roundTrip is a transport that fails every request with its error.
type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// timeoutError is a network error that timed out.
type timeoutError struct{}

func (timeoutError) Error() string   { return "i/o timeout" }
func (timeoutError) Timeout() bool   { return true }
func (timeoutError) Temporary() bool { return true }

// sayError is an error that says whether it may pass, as adapters/web's
// ErrBusy does.
type sayError bool

func (e sayError) Error() string   { return fmt.Sprintf("says transient: %v", bool(e)) }
func (e sayError) Transient() bool { return bool(e) }

// refusedError stands for adapters/web's refusal of an address.
type refusedError struct{}

func (refusedError) Error() string { return "refused: 10.0.0.7 is a private address" }

// ClientFetcher tells a failure that may pass (ErrFetchTransient) from one
// that will not, whatever words ingest.Fetch gives it.
func TestClientFetcherTransient(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			w.Header().Set("Content-Type", "text/plain")
			io.WriteString(w, "An article.")
		case "/image":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte{0x89, 'P', 'N', 'G'})
		case "/huge":
			w.Header().Set("Content-Type", "text/plain")
			io.WriteString(w, strings.Repeat("x", ingest.MaxBytes+1))
		case "/moved-to-503":
			http.Redirect(w, r, "/status/503", http.StatusFound)
		case "/cut":
			// Promises more than it sends, then hangs up.
			w.Header().Set("Content-Type", "text/plain")
			w.Header().Set("Content-Length", "1000")
			io.WriteString(w, "An art")
			w.(http.Flusher).Flush()
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
		default:
			var code int
			fmt.Sscanf(r.URL.Path, "/status/%d", &code)
			http.Error(w, http.StatusText(code), code)
		}
	}))
	t.Cleanup(srv.Close)

	// An address nothing listens on: the connection is refused.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/"
	ln.Close()

	failing := func(err error) *http.Client {
		return &http.Client{Transport: roundTrip(func(*http.Request) (*http.Response, error) { return nil, err })}
	}
	tests := []struct {
		name      string
		client    *http.Client // nil: the server's
		link      string
		transient bool
		ok        bool
	}{
		{"an article", nil, srv.URL + "/ok", false, true},
		{"500", nil, srv.URL + "/status/500", true, false},
		{"502", nil, srv.URL + "/status/502", true, false},
		{"503", nil, srv.URL + "/status/503", true, false},
		{"504", nil, srv.URL + "/status/504", true, false},
		{"408", nil, srv.URL + "/status/408", true, false},
		{"429", nil, srv.URL + "/status/429", true, false},
		{"redirected to a 503", nil, srv.URL + "/moved-to-503", true, false},
		{"404", nil, srv.URL + "/status/404", false, false},
		{"410", nil, srv.URL + "/status/410", false, false},
		{"403", nil, srv.URL + "/status/403", false, false},
		{"not an article page", nil, srv.URL + "/image", false, false},
		{"too large", nil, srv.URL + "/huge", false, false},
		{"body cut short", nil, srv.URL + "/cut", true, false},
		{"not a web address", nil, "ftp://example.com/x", false, false},
		{"connection refused", nil, closed, true, false},
		{"timeout", failing(timeoutError{}), "https://example.com/", true, false},
		{"deadline", failing(context.DeadlineExceeded), "https://example.com/", true, false},
		{"no such host", failing(&net.DNSError{Err: "no such host", Name: "nope.example", IsNotFound: true}), "https://nope.example/", false, false},
		{"DNS timeout", failing(&net.DNSError{Err: "timeout", Name: "slow.example", IsTimeout: true}), "https://slow.example/", true, false},
		{"refused address", failing(refusedError{}), "http://10.0.0.7/", false, false},
		{"busy, and says so", failing(fmt.Errorf("wrapped: %w", sayError(true))), "https://example.com/", true, false},
		{"says it is final", failing(sayError(false)), "https://example.com/", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.client
			if c == nil {
				c = srv.Client()
			}
			page, err := bot.ClientFetcher(c).Fetch(t.Context(), tt.link)
			if tt.ok {
				if err != nil || page == nil {
					t.Fatalf("Fetch(%s) = %v, want the page", tt.link, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Fetch(%s) succeeded, want an error", tt.link)
			}
			if got := errors.Is(err, bot.ErrFetchTransient); got != tt.transient {
				t.Errorf("Fetch(%s) = %q: transient %v, want %v", tt.link, err, got, tt.transient)
			}
			if strings.Contains(err.Error(), bot.ErrFetchTransient.Error()) {
				t.Errorf("the mark changed the error's words: %q", err)
			}
		})
	}
}

// A fetch the caller gave up on (a poll cut short) may succeed later.
func TestClientFetcherCancelledIsTransient(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	t.Cleanup(srv.Close)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err := bot.ClientFetcher(srv.Client()).Fetch(ctx, srv.URL)
	if !errors.Is(err, bot.ErrFetchTransient) {
		t.Errorf("Fetch with an ended context = %v, want it transient", err)
	}
}

func TestTransientFetch(t *testing.T) {
	if bot.TransientFetch(nil) != nil {
		t.Errorf("TransientFetch(nil) is not nil")
	}
	base := &bot.FeedError{Why: "x"}
	err := bot.TransientFetch(fmt.Errorf("fetch: %w", base))
	var fe *bot.FeedError
	if !errors.Is(err, bot.ErrFetchTransient) || !errors.As(err, &fe) || fe != base || err.Error() != "fetch: x" {
		t.Errorf("TransientFetch = %q: Is %v, As %v", err, errors.Is(err, bot.ErrFetchTransient), errors.As(err, &fe))
	}
}

// A fetch that failed for a reason of its own (a refused address, a link
// that is not a web address) stays final when the caller's context has
// ended meanwhile (a poll cut short): only the context's own error is
// one that may pass.
func TestClientFetcherEndedContextKeepsFinalErrors(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	refusing := &http.Client{Transport: roundTrip(func(*http.Request) (*http.Response, error) { return nil, refusedError{} })}
	for _, link := range []string{"http://10.0.0.7/", "ftp://example.com/x"} {
		_, err := bot.ClientFetcher(refusing).Fetch(ctx, link)
		if err == nil || errors.Is(err, bot.ErrFetchTransient) {
			t.Errorf("Fetch(%s) with an ended context = %v: transient, want final", link, err)
		}
	}
}
