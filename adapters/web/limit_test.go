package web

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/synctest"
	"time"
)

// heldTransport answers each request only when the test lets it, so the
// test decides how many fetches are running.
type heldTransport struct {
	started chan string
	release chan struct{}
}

func (h *heldTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	h.started <- req.URL.Path
	<-h.release
	return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("page")), Request: req}, nil
}

// TestLimiter: at most MaxConcurrent fetches run; the next waits for a
// slot (given back when a body is closed or read to its end), and fails
// with ErrBusy after QueueWait, or with the context's error when the
// caller gives up first.
func TestLimiter(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		held := &heldTransport{started: make(chan string, 10), release: make(chan struct{})}
		o := Options{MaxConcurrent: 2, QueueWait: 3 * time.Second}.withDefaults()
		l := &limiter{next: held, slots: make(chan struct{}, o.MaxConcurrent), opts: o}
		get := func(ctx context.Context, path string) (*http.Response, error) {
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://example.com"+path, nil)
			return l.RoundTrip(req)
		}
		type result struct {
			resp *http.Response
			err  error
		}
		start := func(path string) chan result {
			c := make(chan result, 1)
			go func() {
				resp, err := get(context.Background(), path)
				c <- result{resp, err}
			}()
			return c
		}

		a, b := start("/a"), start("/b")
		synctest.Wait()
		if len(held.started) != 2 {
			t.Fatalf("%d fetches started, want 2", len(held.started))
		}
		<-held.started
		<-held.started

		// A third waits: it has not reached the transport.
		c := start("/c")
		synctest.Wait()
		if len(held.started) != 0 {
			t.Fatal("a third fetch ran while two were running")
		}
		held.release <- struct{}{} // one of a, b answers
		held.release <- struct{}{} // and the other
		ra, rb := <-a, <-b
		if ra.err != nil || rb.err != nil {
			t.Fatal(ra.err, rb.err)
		}
		synctest.Wait()
		if len(held.started) != 0 {
			t.Fatal("the third fetch ran while the first two still held their bodies")
		}
		io.ReadAll(ra.resp.Body) // read to the end: gives the slot back
		synctest.Wait()
		if got := <-held.started; got != "/c" {
			t.Fatalf("started %s", got)
		}

		// Both slots taken (b's body still open, c running): a fourth waits
		// QueueWait, then gives up.
		before := time.Now()
		_, err := get(context.Background(), "/d")
		if !errors.Is(err, ErrBusy) || time.Since(before) != 3*time.Second {
			t.Errorf("got %v after %s, want ErrBusy after 3s", err, time.Since(before))
		}
		// It says it may pass, so a feed's item is tried again later.
		var says interface{ Transient() bool }
		if !errors.As(err, &says) || !says.Transient() {
			t.Errorf("ErrBusy does not say it is transient: %v", err)
		}
		// One whose caller gives up first gets the context's error.
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if _, err := get(ctx, "/e"); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("got %v, want the context's deadline", err)
		}

		rb.resp.Body.Close() // closing gives b's slot back
		rb.resp.Body.Close() // and closing twice gives back nothing more
		held.release <- struct{}{}
		rc := <-c
		rc.resp.Body.Close()
		if len(l.slots) != 0 {
			t.Errorf("%d slots still taken after every body was closed", len(l.slots))
		}
	})
}

// TestNoProxy: a proxy from the environment (HTTP_PROXY) would make the
// connection for the client, to an address the client never checks.
func TestNoProxy(t *testing.T) {
	t.Parallel()
	c := New(Options{})
	tr := c.Transport.(*checker).next.(*limiter).next.(*http.Transport)
	if tr.Proxy != nil {
		t.Error("the transport takes a proxy")
	}
	if tr.DialContext == nil || tr.DialTLSContext != nil {
		t.Error("some connection does not go through the guarded dialer")
	}
	// The deprecated Dial and DialTLS are tried rather than read: the
	// transport alone, without the check on the URL in front of it, has
	// its connections to a loopback server, plain and TLS, refused by the
	// guarded dialer. A DialTLS would make the TLS one itself, unchecked.
	h := http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})
	for _, srv := range []*httptest.Server{httptest.NewServer(h), httptest.NewTLSServer(h)} {
		defer srv.Close()
		req, err := http.NewRequest(http.MethodGet, srv.URL, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := tr.RoundTrip(req)
		if err == nil {
			resp.Body.Close()
		}
		if re := (*RefusedError)(nil); !errors.As(err, &re) {
			t.Errorf("%s: %v, want the guarded dialer's refusal", srv.URL, err)
		}
	}
}
