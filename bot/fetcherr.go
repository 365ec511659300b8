package bot

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/briefbot/briefbot/briefings/ingest"
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
	return transientFetch{err: err}
}

// transientFetch is an error marked with ErrFetchTransient. retryAfter is
// the Retry-After of the server's 429 or 503, as it wrote it ("" when
// none): read against the poller's clock by retryAfterOf.
type transientFetch struct {
	err        error
	retryAfter string
}

func (e transientFetch) Error() string   { return e.err.Error() }
func (e transientFetch) Unwrap() []error { return []error{e.err, ErrFetchTransient} }

// retryAfterOf is how long, from now, the server asked to wait before a
// fetch that failed with err is tried again (the Retry-After of a 429 or
// 503, in seconds or as an HTTP date: RFC 9110 §10.2.3), up to limit; zero
// when it did not ask, or asked for a time past or unreadable.
func retryAfterOf(err error, now time.Time, limit time.Duration) time.Duration {
	var tf transientFetch
	if !errors.As(err, &tf) {
		return 0
	}
	h := strings.TrimSpace(tf.retryAfter)
	if h == "" {
		return 0
	}
	var d time.Duration
	if secs, err := strconv.ParseInt(h, 10, 64); err == nil || errors.Is(err, strconv.ErrRange) {
		if secs > int64(limit/time.Second) { // a number past int64 is its largest
			return limit
		}
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(h); err == nil {
		d = t.Sub(now)
	}
	return min(max(d, 0), limit)
}

// retryAfterHeader is the Retry-After of the 429 or 503 that err
// reports, as the server wrote it; "" for any other error.
func retryAfterHeader(err error) string {
	var fe *ingest.FetchError
	if !errors.As(err, &fe) || fe.Status != http.StatusTooManyRequests && fe.Status != http.StatusServiceUnavailable {
		return ""
	}
	return fe.RetryAfter
}

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

// cutShort reports whether err is ctx's own ending (a poll cut short,
// the bot shutting down mid-fetch), which may pass. Only the context's
// error counts: a fetch refused (an internal address, a link that is not
// a web address) or answered 404 before or as the context ended stays
// final, rather than being tried again at the next poll.
func cutShort(ctx context.Context, err error) bool {
	if ctx.Err() == nil {
		return false
	}
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Cause(ctx))
}

// transientStatus reports whether a server's answer asks to be tried
// again later: 408, 429 and 5xx.
func transientStatus(code int) bool {
	return code == http.StatusRequestTimeout || code == http.StatusTooManyRequests || code >= 500 && code <= 599
}

// fetchMayPass reports whether ingest.Fetch's error is one that may pass:
// a server's answer asking to be tried again later, or a request or body
// that failed for a reason that may (transientErr).
func fetchMayPass(err error) bool {
	var fe *ingest.FetchError
	if !errors.As(err, &fe) {
		return transientErr(err)
	}
	if fe.Status != 0 {
		return transientStatus(fe.Status)
	}
	return transientErr(fe.Err)
}
