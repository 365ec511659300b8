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

// Fetch downloads an article page with client, which sets the timeout. It
// refuses anything but an http(s) address, a non-2xx answer, a body over
// max bytes and content that is not a web page or plain text, each with an
// error that says which.
func Fetch(ctx context.Context, client *http.Client, rawURL string, max int64) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not a web address (http:// or https://)", rawURL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	req.Header.Set("User-Agent", "briefbot-ingest/1 (+https://github.com/briefbot/briefbot)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %s", u.Redacted(), FetchProblem(err, client.Timeout))
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: the server answered %s", u.Redacted(), resp.Status)
	}
	ct := resp.Header.Get("Content-Type")
	if media, _, _ := mime.ParseMediaType(ct); ct != "" && media != "text/html" && media != "application/xhtml+xml" && media != "text/plain" {
		return nil, fmt.Errorf("fetch %s: it is %s, not an article page", u.Redacted(), media)
	}
	body, err := ReadLimited(resp.Body, max)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, fmt.Errorf("fetch %s: the page %w", u.Redacted(), err)
		}
		return nil, fmt.Errorf("fetch %s: %s", u.Redacted(), FetchProblem(err, client.Timeout))
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
