package feeds

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
)

// Read fetches link, conditionally when v holds validators, and parses
// the feed it holds, or the feed an HTML page at link advertises (one hop,
// unconditional: validators belong to link). Errors are *bot.FeedError.
func (r *Reader) Read(ctx context.Context, link string, v bot.FeedValidators) (*bot.FeedPage, error) {
	link = strings.TrimSpace(link)
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &bot.FeedError{Why: "not a web address (http:// or https://)", NotAFeed: true, Err: err}
	}
	ans, err := r.get(ctx, u, v)
	if err != nil {
		return nil, err
	}
	if ans.notModified {
		return &bot.FeedPage{URL: link, NotModified: true, FeedValidators: ans.validators(v)}, nil
	}
	page, feedURL, err := r.parse(ans)
	if err != nil {
		return nil, err
	}
	if page != nil {
		page.URL = link
		page.FeedValidators = ans.validators(bot.FeedValidators{})
		return page, nil
	}
	// An HTML page advertising feedURL: read that one instead.
	hop, err := r.get(ctx, feedURL, bot.FeedValidators{})
	if err != nil {
		return nil, advertised(feedURL, err)
	}
	page, _, err = r.parse(hop)
	if err != nil {
		return nil, advertised(feedURL, err)
	}
	if page == nil {
		return nil, &bot.FeedError{NotAFeed: true,
			Why: fmt.Sprintf("not a feed: the page advertises %s, which is a web page too", feedURL.Redacted())}
	}
	page.URL = feedURL.String()
	page.FeedValidators = hop.validators(bot.FeedValidators{})
	return page, nil
}

// advertised says that err is about the feed a page advertised.
func advertised(feedURL *url.URL, err error) error {
	var fe *bot.FeedError
	if !errors.As(err, &fe) {
		return err
	}
	fe.Why = fmt.Sprintf("the feed the page advertises (%s): %s", feedURL.Redacted(), fe.Why)
	return fe
}

// answer is a successful response, its body read.
type answer struct {
	url          *url.URL // after redirects
	contentType  string
	body         []byte
	notModified  bool
	etag, lastMo string
}

// validators are the answer's, or old's where the answer gives none (a
// 304 need not repeat them).
func (a *answer) validators(old bot.FeedValidators) bot.FeedValidators {
	v := old
	if a.etag != "" {
		v.ETag = a.etag
	}
	if a.lastMo != "" {
		v.LastModified = a.lastMo
	}
	return v
}

// get fetches u and reads its body, at most r.max bytes; any answer but
// 2xx and 304 is a *bot.FeedError.
func (r *Reader) get(ctx context.Context, u *url.URL, v bot.FeedValidators) (*answer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &bot.FeedError{Why: "not a web address (http:// or https://)", NotAFeed: true, Err: err}
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", accept)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := r.c.Do(req)
	if err != nil {
		return nil, &bot.FeedError{Why: problem(err, r.c.Timeout), Err: fmt.Errorf("fetch %s: %w", u.Redacted(), err)}
	}
	defer resp.Body.Close()
	a := &answer{url: u, etag: header(resp, "ETag"), lastMo: header(resp, "Last-Modified")}
	if resp.Request != nil && resp.Request.URL != nil {
		a.url = resp.Request.URL
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		a.notModified = true
		return a, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, r.statusError(resp)
	}
	a.contentType = resp.Header.Get("Content-Type")
	a.body, err = r.readBody(resp)
	if err != nil {
		return nil, err
	}
	return a, nil
}

// header is a response header, trimmed and bounded: validators are stored
// and sent back, so a server cannot make them huge.
func header(resp *http.Response, name string) string {
	h := strings.TrimSpace(resp.Header.Get(name))
	if len(h) > 512 {
		return ""
	}
	return h
}

// readBody reads at most r.max+1 bytes, refusing a body over r.max.
func (r *Reader) readBody(resp *http.Response) ([]byte, error) {
	var buf bytes.Buffer
	if n := resp.ContentLength; n > r.max {
		return nil, r.tooLarge(nil)
	} else if n > 0 {
		buf.Grow(int(n) + 1)
	}
	_, err := buf.ReadFrom(io.LimitReader(resp.Body, r.max+1))
	switch {
	case errors.Is(err, web.ErrTooLarge):
		// The client's own cap, smaller than or equal to ours: it says
		// "… (over N MB)".
		fe := r.tooLarge(err)
		if _, over, ok := strings.Cut(err.Error(), "(over "); ok {
			fe.Why = "the feed is larger than " + strings.TrimSuffix(over, ")")
		}
		return nil, fe
	case err != nil:
		return nil, &bot.FeedError{Why: problem(err, r.c.Timeout), Err: err}
	case int64(buf.Len()) > r.max:
		return nil, r.tooLarge(nil)
	}
	return buf.Bytes(), nil
}

func (r *Reader) tooLarge(err error) *bot.FeedError {
	return &bot.FeedError{Why: "the feed is larger than " + size(r.max), Err: err}
}

// statusError says what a server's answer other than 2xx and 304 was,
// with the pause it asked for on 429 and 503.
func (r *Reader) statusError(resp *http.Response) *bot.FeedError {
	text := http.StatusText(resp.StatusCode)
	if text == "" {
		text = "an unknown status"
	}
	fe := &bot.FeedError{Why: fmt.Sprintf("the server answered %d (%s)", resp.StatusCode, text)}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
		fe.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), r.clock.Now())
		if fe.RetryAfter > 0 {
			fe.Why += " and asked to wait " + wait(fe.RetryAfter)
		}
	}
	return fe
}

// retryAfter reads a Retry-After header, seconds or an HTTP date (RFC 9110
// §10.2.3), as a wait from now, capped at maxRetryAfter; zero when absent,
// unreadable or past.
func retryAfter(h string, now time.Time) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	var d time.Duration
	if secs, err := strconv.ParseInt(h, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		if secs > int64(maxRetryAfter/time.Second) {
			return maxRetryAfter
		}
		d = time.Duration(secs) * time.Second
	} else if t, err := http.ParseTime(h); err == nil {
		d = t.Sub(now)
	}
	return min(max(d, 0), maxRetryAfter)
}

// wait writes a duration for people, rounded up.
func wait(d time.Duration) string {
	switch {
	case d < 2*time.Minute:
		return fmt.Sprintf("%d seconds", int((d+time.Second-1)/time.Second))
	case d < 2*time.Hour:
		return fmt.Sprintf("%d minutes", int((d+time.Minute-1)/time.Minute))
	}
	return fmt.Sprintf("%.1f hours", d.Hours())
}

// problem says in a few words why a request failed: the refusal of the
// guarded client as it words it, a timeout, or what the network said.
func problem(err error, timeout time.Duration) string {
	var re *web.RefusedError
	if errors.As(err, &re) {
		return re.Error()
	}
	var ne net.Error
	switch {
	case errors.Is(err, web.ErrBusy):
		return "not fetched: " + web.ErrBusy.Error()
	case errors.Is(err, web.ErrTooManyRedirects):
		return web.ErrTooManyRedirects.Error()
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout():
		if timeout > 0 {
			return fmt.Sprintf("timed out: no complete answer within %s", timeout)
		}
		return "timed out"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		if dns.IsNotFound {
			return "no such host: " + dns.Name
		}
		return "cannot look up the host: " + dns.Err
	}
	var cert *tls.CertificateVerificationError
	if errors.As(err, &cert) {
		return "its certificate is not valid: " + cert.Err.Error()
	}
	var op *net.OpError
	if errors.As(err, &op) {
		why := op.Err
		var sys *os.SyscallError // "connect: connection refused": the call's name is no news
		if errors.As(why, &sys) {
			why = sys.Err
		}
		return "cannot connect: " + why.Error()
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	return err.Error()
}

// size writes a byte count for people.
func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
