package web

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
)

// guard holds the address rule.
type guard struct {
	opts Options
	dial func(ctx context.Context, network, address string) (net.Conn, error)
}

// control runs for every connection the client attempts, with the address
// about to be dialled, after resolution: the one place no name, redirect
// or second DNS answer can get around.
func (g *guard) control(_, address string) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &RefusedError{Host: address, Reason: "not an address that can be checked"}
	}
	a := ap.Addr().WithZone("").Unmap()
	if g.opts.AllowPrivate || g.opts.TestPublicAddr.IsValid() && netip.AddrPortFrom(a, ap.Port()) == g.opts.TestPublicAddr {
		return nil
	}
	if why := refusal(a); why != "" {
		return &RefusedError{Addr: a, Reason: why}
	}
	return nil
}

// dialContext dials through the guarded dialer and, when the rule refused
// the address, returns the refusal alone, naming the host it was for
// (rather than a "dial tcp" error around it).
func (g *guard) dialContext(ctx context.Context, network, address string) (net.Conn, error) {
	conn, err := g.dial(ctx, network, address)
	var re *RefusedError
	if err != nil && errors.As(err, &re) {
		r := *re
		if host, _, err := net.SplitHostPort(address); err == nil {
			r.Host = host
		}
		return nil, &r
	}
	return conn, err
}

// checkURL refuses what can be refused before any connection: a scheme
// other than http and https, no host, a host that is a number some
// resolvers read as an address, and an IP address the rule refuses.
func checkURL(u *url.URL, redirect bool, o Options) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return &RefusedError{Reason: "a " + u.Scheme + ":// address; only http and https are fetched", Redirect: redirect}
	}
	host := u.Hostname()
	if host == "" {
		return &RefusedError{Reason: "an address with no host", Redirect: redirect}
	}
	if numericHost(host) {
		return &RefusedError{Host: host, Reason: "not a host name or an IP address in the usual form", Redirect: redirect}
	}
	a, err := netip.ParseAddr(host)
	if err != nil || o.AllowPrivate {
		return nil
	}
	a = a.WithZone("").Unmap()
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	if p, err := strconv.ParseUint(port, 10, 16); err == nil && netip.AddrPortFrom(a, uint16(p)) == o.TestPublicAddr {
		return nil
	}
	if why := refusal(a); why != "" {
		return &RefusedError{Addr: a, Reason: why, Redirect: redirect}
	}
	return nil
}

// checker refuses a request before it takes a slot or a connection, names
// the bot, and marks a refusal that happened on a redirect as one.
type checker struct {
	next http.RoundTripper
	opts Options
}

func (c *checker) RoundTrip(req *http.Request) (*http.Response, error) {
	redirect := req.Response != nil
	if err := checkURL(req.URL, redirect, c.opts); err != nil {
		closeBody(req)
		return nil, err
	}
	if req.Header.Get("User-Agent") == "" {
		req = req.Clone(req.Context())
		req.Header.Set("User-Agent", c.opts.UserAgent)
	}
	resp, err := c.next.RoundTrip(req)
	var re *RefusedError
	if err != nil && redirect && errors.As(err, &re) {
		r := *re
		r.Redirect = true
		return nil, &r
	}
	return resp, err
}

func closeBody(req *http.Request) {
	if req.Body != nil {
		req.Body.Close()
	}
}
