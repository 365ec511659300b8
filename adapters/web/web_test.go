package web_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/briefings/ingest"
)

const secret = "<html><body><p>internal admin page</p></body></html>"

// countingServer is an internal service: a web server on addr that counts
// every connection it accepts, so a test can prove none was made.
type countingServer struct {
	accepted atomic.Int64
	addr     netip.AddrPort
}

func listenCounting(t *testing.T, addr string) (*countingServer, error) {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s := &countingServer{addr: netip.MustParseAddrPort(l.Addr().String())}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, secret)
	})}
	go srv.Serve(countingListener{l, s})
	t.Cleanup(func() { srv.Close() })
	return s, nil
}

type countingListener struct {
	net.Listener
	s *countingServer
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.s.accepted.Add(1)
	}
	return c, err
}

// bomb is 1 MB of zeros, gzipped to about a kilobyte.
var bomb = sync.OnceValue(func() []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(make([]byte, 1<<20))
	zw.Close()
	return b.Bytes()
})

// publicSite is a test server that the client treats as a site on the
// internet (Options.TestPublicAddr): it redirects wherever it is told.
type publicSite struct {
	*httptest.Server
	addr netip.AddrPort
	hits atomic.Int64
}

func startPublic(t *testing.T) *publicSite {
	t.Helper()
	p := &publicSite{}
	mux := http.NewServeMux()
	mux.HandleFunc("/to", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("u"), http.StatusFound)
	})
	mux.HandleFunc("/loop/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/loop/%d", n-1), http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<html><body><p>arrived</p></body></html>")
	})
	mux.HandleFunc("/size/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		w.Header().Set("Content-Type", "text/plain")
		w.Write(bytes.Repeat([]byte("a"), n))
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb())
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<html><body><p>The beginning")
		w.(http.Flusher).Flush()
		<-r.Context().Done() // the rest never comes
	})
	mux.HandleFunc("/agent", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, r.UserAgent())
	})
	p.Server = httptest.NewUnstartedServer(mux)
	p.Server.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			p.hits.Add(1)
		}
	}
	p.Server.Start()
	t.Cleanup(p.Server.Close)
	p.addr = netip.MustParseAddrPort(p.Listener.Addr().String())
	return p
}

// via is the public site's address that redirects to u.
func (p *publicSite) via(u string) string {
	return p.URL + "/to?u=" + url.QueryEscape(u)
}

// TestRefusesInternalAddresses is issue 13's rule: without AllowPrivate,
// every internal address is refused before a byte is sent to it, whether
// asked for directly, by a name that resolves to it, or by a redirect from
// a public site; the internal servers accept no connection at all.
func TestRefusesInternalAddresses(t *testing.T) {
	t.Parallel()
	v4, err := listenCounting(t, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p4 := strconv.Itoa(int(v4.addr.Port()))
	v6, err := listenCounting(t, "[::1]:0")
	p6 := "1"
	if err != nil {
		t.Logf("no IPv6 loopback here (%v): the [::1] cases check the refusal only", err)
	} else {
		p6 = strconv.Itoa(int(v6.addr.Port()))
	}
	public := startPublic(t)
	resolver := startDNS(t, map[string][]netip.Addr{
		"intranet.test": {netip.MustParseAddr("127.0.0.1")},
		"db.test":       {netip.MustParseAddr("10.0.0.5")},
		"metadata.test": {netip.MustParseAddr("169.254.169.254")},
		"cgnat.test":    {netip.MustParseAddr("100.64.12.34")},
	})
	client := web.New(web.Options{Resolver: resolver, TestPublicAddr: public.addr, Timeout: time.Minute})

	tests := []struct {
		url  string
		want string // the reason, after "refused: " (and "it redirects to " for the redirect)
	}{
		{"http://127.0.0.1:" + p4 + "/admin", "127.0.0.1 is a loopback address"},
		{"http://localhost:" + p4 + "/admin", "localhost resolves to "}, // 127.0.0.1 or ::1, whichever is dialled first
		{"http://[::1]:" + p6 + "/admin", "::1 is a loopback address"},
		{"http://169.254.169.254/", "169.254.169.254 is the cloud metadata address"},
		{"http://intranet.test:" + p4 + "/admin", "intranet.test resolves to 127.0.0.1, a loopback address"},
		{"http://db.test/", "db.test resolves to 10.0.0.5, a private address"},
		{"http://metadata.test/", "metadata.test resolves to 169.254.169.254, the cloud metadata address"},
		{"http://cgnat.test/", "cgnat.test resolves to 100.64.12.34, a shared (carrier-grade NAT) address"},
		{"http://10.0.0.5:6379/", "10.0.0.5 is a private address"},
		{"http://192.168.1.1/", "192.168.1.1 is a private address"},
		{"http://0.0.0.0:" + p4 + "/admin", "0.0.0.0 is the unspecified address"}, // Linux connects it to the host itself
		{"http://[::]:" + p6 + "/admin", ":: is the unspecified address"},
		{"http://255.255.255.255/", "255.255.255.255 is the broadcast address"},
		{"http://224.0.0.251/", "224.0.0.251 is a multicast address"},
		// IPv6 spellings of the same places
		{"http://[::ffff:127.0.0.1]:" + p4 + "/admin", "127.0.0.1 is a loopback address"},
		{"http://[::ffff:7f00:1]:" + p4 + "/admin", "127.0.0.1 is a loopback address"},
		{"http://[0:0:0:0:0:0:0:1]:" + p6 + "/admin", "::1 is a loopback address"},
		{"http://[::1%25lo]:" + p6 + "/admin", "::1 is a loopback address"},
		{"http://[::ffff:169.254.169.254]/", "169.254.169.254 is the cloud metadata address"},
		{"http://[fe80::1%25lo]:" + p6 + "/", "fe80::1 is a link-local address"},
		{"http://[fd00:ec2::254]/", "fd00:ec2::254 is a unique-local address"}, // AWS's IPv6 metadata address
		{"http://[ff02::1]/", "ff02::1 is a multicast address"},
		{"http://[64:ff9b::7f00:1]:" + p4 + "/", "64:ff9b::7f00:1 is a NAT64 address for 127.0.0.1, a loopback address"},
		{"http://[2002:7f00:1::]:" + p4 + "/", "2002:7f00:1:: is a 6to4 address for 127.0.0.1, a loopback address"},
		// Numbers some resolvers (glibc's inet_aton) read as 127.0.0.1; Go's
		// own resolver looks them up as names. Either way: refused.
		{"http://2130706433:" + p4 + "/admin", "2130706433 is not a host name or an IP address in the usual form"},
		{"http://0177.0.0.1:" + p4 + "/admin", "0177.0.0.1 is not a host name or an IP address in the usual form"},
		{"http://0x7f.0.0.1:" + p4 + "/admin", "0x7f.0.0.1 is not a host name or an IP address in the usual form"},
		{"http://0x7f000001:" + p4 + "/admin", "0x7f000001 is not a host name or an IP address in the usual form"},
		{"http://127.1:" + p4 + "/admin", "127.1 is not a host name or an IP address in the usual form"},
	}
	connections := func() int64 {
		n := v4.accepted.Load()
		if v6 != nil {
			n += v6.accepted.Load()
		}
		return n
	}
	for _, tc := range tests {
		for _, redirected := range []bool{false, true} {
			u, want := tc.url, "refused: "+tc.want
			if redirected {
				u = public.via(tc.url)
				want = "refused: it redirects to " + strings.Replace(tc.want, " is ", ", ", 1)
				want = strings.Replace(want, " resolves to ", ", which resolves to ", 1)
			}
			page, err := ingest.Fetch(context.Background(), client, u, ingest.MaxBytes)
			if err == nil {
				t.Errorf("%s: fetched %q", u, page.Body)
				continue
			}
			if !strings.Contains(err.Error(), want) {
				t.Errorf("%s:\n got %v\nwant %q", u, err, want)
			}
			if n := connections(); n != 0 {
				t.Fatalf("%s: the internal servers accepted %d connection(s)", u, n)
			}
		}
	}

	// The refusal can be told apart from other failures.
	_, err = client.Get("http://127.0.0.1:" + p4 + "/")
	var re *web.RefusedError
	if !errors.As(err, &re) || re.Addr != netip.MustParseAddr("127.0.0.1") || re.Reason != "a loopback address" {
		t.Errorf("errors.As: %#v from %v", re, err)
	}
}

// TestRebinding: a name that resolves to a public address for the first
// request and to an internal one for the next (DNS rebinding) is refused
// the second time, because the rule judges the address dialled, not an
// earlier lookup.
func TestRebinding(t *testing.T) {
	t.Parallel()
	if runtime.GOOS != "linux" {
		t.Skip("needs 127.0.0.2 on the loopback interface, as Linux has")
	}
	public := startPublic(t) // 127.0.0.1:P, treated as public
	internal, err := listenCounting(t, fmt.Sprintf("127.0.0.2:%d", public.addr.Port()))
	if err != nil {
		t.Fatalf("listen on 127.0.0.2 at the public site's port: %v", err)
	}
	resolver := startDNS(t, map[string][]netip.Addr{
		"news.test": {netip.MustParseAddr("127.0.0.1"), netip.MustParseAddr("127.0.0.2")},
	})
	client := web.New(web.Options{Resolver: resolver, TestPublicAddr: public.addr})
	base := fmt.Sprintf("http://news.test:%d", public.addr.Port())

	// First lookup: the public site, which redirects to the same host and
	// port and closes the connection, so the redirect needs a new lookup.
	req, _ := http.NewRequest(http.MethodGet, base+"/to?u="+url.QueryEscape(base+"/admin"), nil)
	req.Close = true
	resp, err := client.Do(req)
	if err == nil {
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		t.Fatalf("fetched %q", body)
	}
	want := "refused: it redirects to news.test, which resolves to 127.0.0.2, a loopback address"
	if !strings.Contains(err.Error(), want) {
		t.Errorf("got %v, want %q", err, want)
	}
	if public.hits.Load() != 1 {
		t.Errorf("the public site had %d connections, want 1", public.hits.Load())
	}
	if n := internal.accepted.Load(); n != 0 {
		t.Errorf("the internal server accepted %d connection(s)", n)
	}
}

// TestAllowPrivate: with the address rule lifted, internal addresses are
// fetched; the other rules still hold.
func TestAllowPrivate(t *testing.T) {
	t.Parallel()
	internal, err := listenCounting(t, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	resolver := startDNS(t, map[string][]netip.Addr{"intranet.test": {netip.MustParseAddr("127.0.0.1")}})
	client := web.New(web.Options{AllowPrivate: true, Resolver: resolver, MaxRedirects: 2})
	for _, host := range []string{"127.0.0.1", "localhost", "intranet.test"} {
		u := fmt.Sprintf("http://%s:%d/admin", host, internal.addr.Port())
		page, err := ingest.Fetch(context.Background(), client, u, ingest.MaxBytes)
		if err != nil || string(page.Body) != secret {
			t.Errorf("%s: %v", u, err)
		}
	}
	if internal.accepted.Load() == 0 {
		t.Error("no connection reached the server")
	}

	site := startPublic(t)
	for u, want := range map[string]string{
		site.via("file:///etc/passwd"): "refused: it redirects to a file:// address; only http and https are fetched",
		site.URL + "/loop/3":           "the address redirects too many times (more than 2)",
		"http://2130706433:" + site.URL[strings.LastIndexByte(site.URL, ':')+1:]: "2130706433 is not a host name",
	} {
		if _, err := ingest.Fetch(context.Background(), client, u, ingest.MaxBytes); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", u, err, want)
		}
	}
}

// TestSchemesAndRedirects: only http and https, on the first request and
// on every redirect, and only so many redirects.
func TestSchemesAndRedirects(t *testing.T) {
	t.Parallel()
	site := startPublic(t)
	client := web.New(web.Options{TestPublicAddr: site.addr, MaxRedirects: 3})
	tests := []struct{ url, want string }{
		{site.via("file:///etc/passwd"), "refused: it redirects to a file:// address; only http and https are fetched"},
		{site.via("gopher://127.0.0.1:70/_INFO"), "refused: it redirects to a gopher:// address; only http and https are fetched"},
		{site.via("ftp://example.com/x"), "refused: it redirects to a ftp:// address; only http and https are fetched"},
		{site.via("http:///nohost"), "refused: it redirects to an address with no host"},
		{"file:///etc/passwd", "refused: a file:// address; only http and https are fetched"},
		{"gopher://example.com/", "refused: a gopher:// address; only http and https are fetched"},
		{site.URL + "/loop/4", "the address redirects too many times (more than 3)"},
	}
	for _, tc := range tests {
		resp, err := client.Get(tc.url)
		if err == nil {
			resp.Body.Close()
			t.Errorf("%s: fetched, want %q", tc.url, tc.want)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s:\n got %v\nwant %q", tc.url, err, tc.want)
		}
	}
	var re *web.RefusedError
	if _, err := client.Get(site.via("file:///etc/passwd")); !errors.As(err, &re) || !re.Redirect {
		t.Errorf("a refused redirect: %v", err)
	}
	if _, err := client.Get(site.URL + "/loop/4"); !errors.Is(err, web.ErrTooManyRedirects) {
		t.Errorf("errors.Is(ErrTooManyRedirects): %v", err)
	}
	// Three redirects are fine.
	page, err := ingest.Fetch(context.Background(), client, site.URL+"/loop/3", ingest.MaxBytes)
	if err != nil || page.URL != site.URL+"/loop/0" {
		t.Errorf("three redirects: %v", err)
	}
}

// TestLimits: a body past the cap (also one that only grows when
// decompressed) and one that stops coming are cut off with a reason, and
// the fetch's slot is given back each time.
func TestLimits(t *testing.T) {
	t.Parallel()
	site := startPublic(t)
	client := web.New(web.Options{
		TestPublicAddr: site.addr,
		MaxBody:        1 << 10,
		MaxConcurrent:  1, // a slot not given back would make the next fetch fail with ErrBusy
		Timeout:        time.Minute,
	})
	get := func(path string) ([]byte, error) {
		resp, err := client.Get(site.URL + path)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		return io.ReadAll(resp.Body)
	}
	if body, err := get("/size/1024"); err != nil || len(body) != 1024 {
		t.Errorf("a body at the cap: %d bytes, %v", len(body), err)
	}
	if body, err := get("/size/1025"); !errors.Is(err, web.ErrTooLarge) || len(body) > 1024 || !strings.Contains(err.Error(), "the answer is too large (over 1 KB)") {
		t.Errorf("a body over the cap: %d bytes, %v", len(body), err)
	}
	if body, err := get("/bomb"); !errors.Is(err, web.ErrTooLarge) || len(body) > 1024 {
		t.Errorf("1 MB of gzipped zeros: %d bytes, %v", len(body), err)
	}
	// ingest.Fetch's own, smaller cap still applies and says so.
	if _, err := ingest.Fetch(context.Background(), client, site.URL+"/size/600", 500); err == nil || !strings.Contains(err.Error(), "the page is larger than") {
		t.Errorf("ingest's cap: %v", err)
	}
	if _, err := ingest.Fetch(context.Background(), client, site.URL+"/size/5000", ingest.MaxBytes); err == nil || !strings.Contains(err.Error(), "the answer is too large (over 1 KB)") {
		t.Errorf("the client's cap through ingest: %v", err)
	}
	// Every slot came back.
	if body, err := get("/size/10"); err != nil || len(body) != 10 {
		t.Errorf("after all that: %v", err)
	}

	// A body that stops coming: the timeout ends it.
	slow := web.New(web.Options{TestPublicAddr: site.addr, Timeout: 200 * time.Millisecond})
	if _, err := ingest.Fetch(context.Background(), slow, site.URL+"/slow", ingest.MaxBytes); err == nil || !strings.Contains(err.Error(), "no answer within 200ms") {
		t.Errorf("a slow body: %v", err)
	}
}

// TestUserAgent: the client names the bot when the caller does not.
func TestUserAgent(t *testing.T) {
	t.Parallel()
	site := startPublic(t)
	client := web.New(web.Options{TestPublicAddr: site.addr})
	resp, err := client.Get(site.URL + "/agent")
	if err != nil {
		t.Fatal(err)
	}
	ua, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(ua) != web.DefaultUserAgent || !strings.HasPrefix(web.DefaultUserAgent, "briefbot/") {
		t.Errorf("User-Agent %q", ua)
	}
}
