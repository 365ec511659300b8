// Package web is the one HTTP client briefbot fetches outside addresses
// with: article links pasted in chat, feeds and their items.
//
// It exists because such an address is chosen by someone else. Fetched
// naively, a link to http://169.254.169.254/ hands out the cloud's
// credentials, and one to http://10.0.0.5:6379/ or http://localhost:8080/
// reaches services that trust the bot's network. So the client refuses,
// at the moment it connects and after DNS has answered, every address
// that is not the public internet (loopback, private, carrier-grade NAT,
// link-local and the metadata address, unique-local, multicast,
// unspecified, broadcast, reserved, and IPv6 forms that lead to any of
// them); it does so on the first request and on every redirect, and a
// name that resolves to a public address once and a private one the next
// time (DNS rebinding) is caught because the check sees the address
// actually dialled. It ignores proxy variables (a proxy would make the
// connection for it, unchecked), fetches only http and https, follows a
// few redirects at most, bounds time and size, and runs only a few
// fetches at once per process.
//
// Options.AllowPrivate lifts the address rule, for a bot whose sources
// are on an intranet and for tests; everything else still applies.
package web

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// Options configure a client. The zero value is the safe default.
type Options struct {
	// AllowPrivate lets the client connect to any address, private and
	// loopback ones included (INGEST_ALLOW_PRIVATE). A host written as a
	// bare number (2130706433, 0177.0.0.1) is refused either way: programs
	// disagree on what it means.
	AllowPrivate bool

	// Timeout bounds a whole fetch: waiting for a slot, connecting, every
	// redirect and reading the body. Default 10 s.
	Timeout time.Duration
	// MaxRedirects is how many redirects a fetch follows. Default 5.
	MaxRedirects int
	// MaxConcurrent is how many fetches run at once; more wait for a
	// slot. Default 4.
	MaxConcurrent int
	// QueueWait is how long a fetch waits for a slot before failing with
	// ErrBusy. Default half of Timeout.
	QueueWait time.Duration
	// MaxBody caps every answer's body, a last guard for callers that read
	// it whole; callers keep their own, smaller caps. Default 10 MB.
	MaxBody int64
	// UserAgent is sent when a request sets none. Default names briefbot.
	UserAgent string

	// Resolver looks names up; nil is the system's (net.DefaultResolver).
	// Whatever it answers, the address rule judges the address dialled.
	Resolver *net.Resolver

	// TestPublicAddr makes the client treat this one address and port as
	// public: a test's loopback server playing a site on the internet, to
	// prove that its redirects to internal addresses are refused. Only
	// tests set it; no configuration reaches it.
	TestPublicAddr netip.AddrPort
}

// DefaultUserAgent names the bot to the sites it fetches from.
const DefaultUserAgent = "briefbot/1 (+https://github.com/briefbot/briefbot)"

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 5
	}
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = 4
	}
	if o.QueueWait <= 0 {
		o.QueueWait = o.Timeout / 2
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 10 << 20
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	return o
}

// New returns the guarded client. Build one per process and share it: the
// limit on fetches at once is the client's. Its Timeout is
// Options.Timeout, so ingest.Fetch reports it.
func New(opts Options) *http.Client {
	o := opts.withDefaults()
	g := &guard{opts: o}
	d := &net.Dialer{
		Timeout:  o.Timeout,
		Resolver: o.Resolver,
		ControlContext: func(ctx context.Context, network, address string, _ syscall.RawConn) error {
			return g.control(network, address)
		},
	}
	g.dial = d.DialContext
	tr := &http.Transport{
		Proxy:                  nil, // a proxy from the environment would connect for us, unchecked
		DialContext:            g.dialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    o.Timeout,
		ResponseHeaderTimeout:  o.Timeout,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 64 << 10,
		MaxIdleConns:           2 * o.MaxConcurrent,
		IdleConnTimeout:        90 * time.Second,
	}
	return &http.Client{
		Transport: &checker{
			next: &limiter{next: tr, slots: make(chan struct{}, o.MaxConcurrent), opts: o},
			opts: o,
		},
		CheckRedirect: g.checkRedirect,
		Timeout:       o.Timeout,
	}
}

// checkRedirect follows at most MaxRedirects redirects, to http and https
// only (the address of each is checked when it is dialled).
func (g *guard) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > g.opts.MaxRedirects {
		return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, g.opts.MaxRedirects)
	}
	return checkURL(req.URL, true, g.opts)
}
