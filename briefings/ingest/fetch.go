package ingest

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"time"
)

// Page is an article fetched from the web.
type Page struct {
	Body        []byte
	ContentType string
	URL         string // after redirects
}

// FetchError is why a fetch failed once it was sent. Its words are for
// the person who gave the address; Status and the error it wraps are for a
// caller that must tell a failure that may pass (a 5xx, a timeout, a
// connection reset) from one that will not (a 404, a refused address),
// as the feed poller does before it tries an item's article again.
type FetchError struct {
	Status int   // the server's answer, when it was not 2xx; else 0
	Err    error // the request's or the body's error, when there was one
	// RetryAfter is the answer's Retry-After header as the server wrote
	// it (seconds or an HTTP date), when it was not 2xx and had one: a
	// 429 or 503 may say when to try again.
	RetryAfter string
	msg        string
}

func (e *FetchError) Error() string { return e.msg }

// Unwrap returns the request's or the body's error.
func (e *FetchError) Unwrap() error { return e.Err }

// Fetch downloads an article page with client, which sets the timeout. It
// refuses anything but an http(s) address, a non-2xx answer, a body over
// max bytes and content that is not a web page or plain text, each with an
// error that says which; a failed request or answer is a *FetchError.
func Fetch(ctx context.Context, client *http.Client, rawURL string, max int64) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not a web address (http:// or https://)", rawURL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &FetchError{Err: err, msg: fmt.Sprintf("fetch %s: %v", u.Redacted(), err)}
	}
	req.Header.Set("User-Agent", "briefbot-ingest/1 (+https://github.com/briefbot/briefbot)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
	resp, err := client.Do(req)
	if err != nil {
		return nil, &FetchError{Err: err, msg: fmt.Sprintf("fetch %s: %s", u.Redacted(), FetchProblem(err, client.Timeout))}
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &FetchError{Status: resp.StatusCode, RetryAfter: resp.Header.Get("Retry-After"), msg: fmt.Sprintf("fetch %s: the server answered %s", u.Redacted(), resp.Status)}
	}
	ct := resp.Header.Get("Content-Type")
	if media, _, _ := mime.ParseMediaType(ct); ct != "" && media != "text/html" && media != "application/xhtml+xml" && media != "text/plain" {
		return nil, fmt.Errorf("fetch %s: it is %s, not an article page", u.Redacted(), media)
	}
	body, err := ReadLimited(resp.Body, max)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, &FetchError{Err: err, msg: fmt.Sprintf("fetch %s: the page %v", u.Redacted(), err)}
		}
		return nil, &FetchError{Err: err, msg: fmt.Sprintf("fetch %s: %s", u.Redacted(), FetchProblem(err, client.Timeout))}
	}
	final := u.String()
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	return &Page{Body: body, ContentType: ct, URL: final}, nil
}

// FetchProblem says in a few words, for the person who gave the address,
// why a request failed: a timeout (within timeout, when it is known), a
// host that does not exist, a certificate that is not valid, a connection
// refused. adapters/feeds words its feeds' failures with it too, so that a
// link and a feed that fail alike are told alike.
func FetchProblem(err error, timeout time.Duration) string {
	var ne net.Error
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout():
		if timeout > 0 {
			return fmt.Sprintf("no answer within %s", timeout)
		}
		return "no answer in time"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		if dns.IsNotFound {
			return "no such host: " + dns.Name
		}
		return "cannot find the host: " + dns.Err
	}
	var cert *tls.CertificateVerificationError
	if errors.As(err, &cert) {
		return "its certificate is not valid: " + cert.Err.Error()
	}
	var sys *os.SyscallError
	if errors.As(err, &sys) {
		return "cannot connect: " + sys.Err.Error()
	}
	var op *net.OpError
	if errors.As(err, &op) {
		return "cannot connect: " + op.Err.Error()
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	return err.Error()
}
