package bot

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"sync"
	"syscall"
	"time"
)

// ErrFetchTransient marks a Fetcher's error as one that may pass: no
// answer in time, a connection refused, reset or cut short, a server
// answering 5xx, 408 (Request Timeout) or 429 (Too Many Requests), a
// fetcher with no free slot. A feed's item whose article fetch fails so is
// tried again at later polls; any other error (a refused or internal
// address, another 4xx, a page too large or not an article, a bad link) is
// final. Match it with errors.Is; TransientFetch marks an error with it.
var ErrFetchTransient = errors.New("the fetch may succeed if tried again")

// TransientFetch returns err marked with ErrFetchTransient: its text is
// err's, and errors.Is and errors.As find both ErrFetchTransient and what
// err wraps. A nil err stays nil.
func TransientFetch(err error) error {
	if err == nil {
		return nil
	}
	return transientFetch{err}
}

type transientFetch struct{ err error }

func (e transientFetch) Error() string   { return e.err.Error() }
func (e transientFetch) Unwrap() []error { return []error{e.err, ErrFetchTransient} }

// transientErr reports whether a request's error (a transport's, or one
// reading a body) may pass. An error that says so itself, with a method
// Transient() bool (adapters/web's ErrBusy), is believed; otherwise
// timeouts, a DNS server that did not answer, and connections refused,
// reset, aborted or cut short are; everything else (a refused address, a
// name that does not exist, a certificate that is not valid, a body over
// its cap) is not.
func transientErr(err error) bool {
	if err == nil {
		return false
	}
	var says interface{ Transient() bool }
	if errors.As(err, &says) {
		return says.Transient()
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return !dns.IsNotFound && (dns.IsTimeout || dns.IsTemporary)
	}
	for _, e := range []error{syscall.ECONNREFUSED, syscall.ECONNRESET, syscall.ECONNABORTED, syscall.EPIPE,
		syscall.ENETUNREACH, syscall.EHOSTUNREACH, syscall.ENETDOWN, io.ErrUnexpectedEOF, io.EOF} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// transientStatus reports whether a server's answer asks to be tried
// again later: 408, 429 and 5xx.
func transientStatus(code int) bool {
	return code == http.StatusRequestTimeout || code == http.StatusTooManyRequests || code >= 500 && code <= 599
}

// fetchWatch is a RoundTripper that remembers how a fetch ended (the
// last answer's status, the last error of a request or of reading its
// body), so that a fetcher whose errors are words for people can still
// tell a failure that may pass from one that will not.
type fetchWatch struct {
	next http.RoundTripper

	mu     sync.Mutex
	status int   // the last answer's status; 0 when none came
	err    error // the last request's or body's error, io.EOF aside
	ended  bool  // a request failed after its context ended (a time limit, or the caller gave up)
}

func (w *fetchWatch) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := w.next.RoundTrip(req)
	w.mu.Lock()
	defer w.mu.Unlock()
	if err != nil {
		w.err = err
		w.ended = w.ended || contextEnded(req.Context())
		return nil, err
	}
	w.status, w.err = resp.StatusCode, nil
	if resp.Body != nil {
		resp.Body = &watchedBody{ReadCloser: resp.Body, w: w, ctx: req.Context()}
	}
	return resp, nil
}

// contextEnded reports whether a request's context has ended or its
// deadline passed: http.Client's Timeout cancels a request in more than
// one way, and the transport may say "request canceled" a moment before
// the context itself says so.
func contextEnded(ctx context.Context) bool {
	if ctx.Err() != nil {
		return true
	}
	dl, ok := ctx.Deadline()
	return ok && !time.Now().Before(dl)
}

// transient reports whether the fetch it watched failed for a reason that
// may pass.
func (w *fetchWatch) transient() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return w.ended || transientErr(w.err)
	}
	return transientStatus(w.status)
}

// watchedBody tells its fetchWatch of an error reading the body.
type watchedBody struct {
	io.ReadCloser
	w   *fetchWatch
	ctx context.Context
}

func (b *watchedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && err != io.EOF {
		b.w.mu.Lock()
		b.w.err = err
		b.w.ended = b.w.ended || contextEnded(b.ctx)
		b.w.mu.Unlock()
	}
	return n, err
}
