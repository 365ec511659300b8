package web

import (
	"net/netip"
	"strings"
	"testing"
)

// TestRefusal: which addresses the rule refuses, and what it calls them.
// "" means a public address, which is fetched.
func TestRefusal(t *testing.T) {
	t.Parallel()
	tests := []struct{ addr, want string }{
		// public
		{"8.8.8.8", ""},
		{"1.1.1.1", ""},
		{"93.184.215.14", ""},
		{"100.63.255.255", ""},  // just below 100.64.0.0/10
		{"100.128.0.0", ""},     // just above it
		{"172.15.255.255", ""},  // just below 172.16.0.0/12
		{"172.32.0.0", ""},      // just above it
		{"169.253.255.255", ""}, // just below link-local
		{"223.255.255.255", ""}, // just below multicast
		{"2606:4700:4700::1111", ""},
		{"2a00:1450:4001:80b::200e", ""},
		{"64:ff9b::808:808", ""},     // NAT64 for 8.8.8.8: an IPv6-only network's way to the IPv4 internet
		{"2002:808:808::1", ""},      // 6to4 for 8.8.8.8
		{"::ffff:8.8.8.8", ""},       // IPv4-mapped public address
		{"2001:4860:4860::8888", ""}, // 2001:4860:: is outside 2001::/23

		// IPv4
		{"0.0.0.0", "the unspecified address"},
		{"0.1.2.3", `a "this network" address`},
		{"10.0.0.5", "a private address"},
		{"10.255.255.255", "a private address"},
		{"100.64.0.1", "a shared (carrier-grade NAT) address"},
		{"100.127.255.255", "a shared (carrier-grade NAT) address"},
		{"127.0.0.1", "a loopback address"},
		{"127.255.255.254", "a loopback address"},
		{"169.254.169.254", "the cloud metadata address"},
		{"169.254.0.1", "a link-local address"},
		{"172.16.0.1", "a private address"},
		{"172.31.255.255", "a private address"},
		{"192.0.0.8", "an IETF protocol address"},
		{"192.0.2.1", "a documentation address"},
		{"192.88.99.1", "a 6to4 relay address"},
		{"192.168.1.1", "a private address"},
		{"198.18.0.1", "a benchmarking address"},
		{"198.51.100.7", "a documentation address"},
		{"203.0.113.9", "a documentation address"},
		{"224.0.0.1", "a multicast address"},
		{"239.255.255.250", "a multicast address"},
		{"240.0.0.1", "a reserved address"},
		{"255.255.255.255", "the broadcast address"},

		// IPv6
		{"::", "the unspecified address"},
		{"::1", "a loopback address"},
		{"fe80::1", "a link-local address"},
		{"fe80::1%eth0", "a link-local address"},
		{"febf::1", "a link-local address"},
		{"fec0::1", "a site-local address"},
		{"fc00::1", "a unique-local address"},
		{"fd12:3456:789a::1", "a unique-local address"},
		{"ff02::1", "a multicast address"},
		{"ff05::1:3", "a multicast address"},
		{"100::1", "a discard-only address"},
		{"2001:db8::1", "a documentation address"},
		{"3fff::1", "a documentation address"},
		{"2001::1", "an IETF protocol address"},    // Teredo
		{"2001:20::1", "an IETF protocol address"}, // ORCHIDv2
		{"64:ff9b:1::a00:5", "a local-use NAT64 address"},
		{"::127.0.0.1", "a reserved address"}, // IPv4-compatible, deprecated
		{"::8.8.8.8", "a reserved address"},
		{"4000::1", "a reserved address"}, // outside 2000::/3

		// IPv4 inside IPv6
		{"::ffff:127.0.0.1", "a loopback address"},
		{"::ffff:7f00:1", "a loopback address"},
		{"::ffff:169.254.169.254", "the cloud metadata address"},
		{"::ffff:10.0.0.5", "a private address"},
		{"::ffff:0.0.0.0", "the unspecified address"},
		{"64:ff9b::7f00:1", "a NAT64 address for 127.0.0.1, a loopback address"},
		{"64:ff9b::a9fe:a9fe", "a NAT64 address for 169.254.169.254, the cloud metadata address"},
		{"64:ff9b::c0a8:101", "a NAT64 address for 192.168.1.1, a private address"},
		{"2002:7f00:1::", "a 6to4 address for 127.0.0.1, a loopback address"},
		{"2002:a00:5::1", "a 6to4 address for 10.0.0.5, a private address"},
		{"2002:a9fe:a9fe::", "a 6to4 address for 169.254.169.254, the cloud metadata address"},
	}
	for _, tc := range tests {
		a := netip.MustParseAddr(tc.addr)
		if got := refusal(a); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.addr, got, tc.want)
		}
	}
}

// TestNumericHost: hosts that some resolvers read as IPv4 addresses in
// forms other than the dotted quad are caught; names and addresses are not.
func TestNumericHost(t *testing.T) {
	t.Parallel()
	for host, want := range map[string]bool{
		"2130706433":      true, // 127.0.0.1 as one number
		"0177.0.0.1":      true, // octal
		"0x7f.0.0.1":      true, // hex
		"0x7f000001":      true,
		"0X7F000001":      true,
		"127.1":           true, // short form
		"127.0.1":         true,
		"10.0.0.5.":       true, // a trailing dot
		"017700000001":    true,
		"0":               true,
		"127.0.0.1":       false, // the usual form: the address rule judges it
		"::1":             false,
		"example.com":     false,
		"example.com.":    false,
		"1.example":       false,
		"123.com":         false,
		"news.example.co": false,
		"0x.example":      false,
		"oxford":          false,
		"localhost":       false,
	} {
		if got := numericHost(host); got != want {
			t.Errorf("numericHost(%q) = %v, want %v", host, got, want)
		}
	}
}

// TestRefusedErrorText: the reason reads as a sentence in each shape.
func TestRefusedErrorText(t *testing.T) {
	t.Parallel()
	a := netip.MustParseAddr("10.0.0.5")
	for _, tc := range []struct {
		err  RefusedError
		want string
	}{
		{RefusedError{Addr: a, Reason: "a private address"}, "refused: 10.0.0.5 is a private address"},
		{RefusedError{Host: "10.0.0.5", Addr: a, Reason: "a private address"}, "refused: 10.0.0.5 is a private address"},
		{RefusedError{Host: "db.internal", Addr: a, Reason: "a private address"}, "refused: db.internal resolves to 10.0.0.5, a private address"},
		{RefusedError{Addr: a, Reason: "a private address", Redirect: true}, "refused: it redirects to 10.0.0.5, a private address"},
		{RefusedError{Host: "db.internal", Addr: a, Reason: "a private address", Redirect: true}, "refused: it redirects to db.internal, which resolves to 10.0.0.5, a private address"},
		{RefusedError{Reason: "a file:// address; only http and https are fetched", Redirect: true}, "refused: it redirects to a file:// address; only http and https are fetched"},
		{RefusedError{Host: "0177.0.0.1", Reason: "not a host name"}, "refused: 0177.0.0.1 is not a host name"},
	} {
		if got := tc.err.Error(); got != tc.want || strings.Contains(got, "\n") {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}
