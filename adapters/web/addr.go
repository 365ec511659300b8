package web

import (
	"net/netip"
	"strings"
)

// A rule refuses the addresses in one prefix, saying what they are. The
// prefixes are the special-purpose blocks of the IANA IPv4 and IPv6
// registries (RFC 6890 and its updates) that are not the public internet.
type rule struct {
	prefix netip.Prefix
	what   string // completes "… is …"
}

var v4Rules = []rule{
	{netip.MustParsePrefix("0.0.0.0/32"), "the unspecified address"},
	{netip.MustParsePrefix("0.0.0.0/8"), `a "this network" address`}, // Linux connects 0.x.x.x to the host itself
	{netip.MustParsePrefix("10.0.0.0/8"), "a private address"},
	{netip.MustParsePrefix("100.64.0.0/10"), "a shared (carrier-grade NAT) address"},
	{netip.MustParsePrefix("127.0.0.0/8"), "a loopback address"},
	{netip.MustParsePrefix("169.254.169.254/32"), "the cloud metadata address"},
	{netip.MustParsePrefix("169.254.0.0/16"), "a link-local address"},
	{netip.MustParsePrefix("172.16.0.0/12"), "a private address"},
	{netip.MustParsePrefix("192.0.0.0/24"), "an IETF protocol address"},
	{netip.MustParsePrefix("192.0.2.0/24"), "a documentation address"},
	{netip.MustParsePrefix("192.88.99.0/24"), "a 6to4 relay address"},
	{netip.MustParsePrefix("192.168.0.0/16"), "a private address"},
	{netip.MustParsePrefix("198.18.0.0/15"), "a benchmarking address"},
	{netip.MustParsePrefix("198.51.100.0/24"), "a documentation address"},
	{netip.MustParsePrefix("203.0.113.0/24"), "a documentation address"},
	{netip.MustParsePrefix("224.0.0.0/4"), "a multicast address"},
	{netip.MustParsePrefix("255.255.255.255/32"), "the broadcast address"},
	{netip.MustParsePrefix("240.0.0.0/4"), "a reserved address"},
}

var v6Rules = []rule{
	{netip.MustParsePrefix("::/128"), "the unspecified address"},
	{netip.MustParsePrefix("::1/128"), "a loopback address"},
	{netip.MustParsePrefix("fe80::/10"), "a link-local address"},
	{netip.MustParsePrefix("fec0::/10"), "a site-local address"},
	{netip.MustParsePrefix("fc00::/7"), "a unique-local address"},
	{netip.MustParsePrefix("ff00::/8"), "a multicast address"},
	{netip.MustParsePrefix("100::/64"), "a discard-only address"},
	{netip.MustParsePrefix("64:ff9b:1::/48"), "a local-use NAT64 address"},
	// Inside 2000::/3, the global unicast space:
	{netip.MustParsePrefix("2001:db8::/32"), "a documentation address"},
	{netip.MustParsePrefix("3fff::/20"), "a documentation address"},
	{netip.MustParsePrefix("2001::/23"), "an IETF protocol address"}, // Teredo, ORCHID, AS112, …
}

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96") // RFC 6052: the IPv4 address is the last 32 bits
	sixToFour = netip.MustParsePrefix("2002::/16")    // RFC 3056: the IPv4 address follows the prefix
	global6   = netip.MustParsePrefix("2000::/3")
)

// refusal says why the fetcher must not connect to a, or "" when a is a
// public internet address. An IPv4 address written as IPv6 (::ffff:a.b.c.d),
// behind the NAT64 prefix or inside a 6to4 address is judged as the IPv4
// address it reaches.
func refusal(a netip.Addr) string {
	a = a.WithZone("")
	if a.Is4In6() {
		return refusal(a.Unmap())
	}
	if a.Is4() {
		for _, r := range v4Rules {
			if r.prefix.Contains(a) {
				return r.what
			}
		}
		return ""
	}
	if !a.IsValid() {
		return "not an address"
	}
	for _, r := range v6Rules {
		if r.prefix.Contains(a) {
			return r.what
		}
	}
	b := a.As16()
	switch {
	case nat64.Contains(a):
		v4 := netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
		if why := refusal(v4); why != "" {
			return "a NAT64 address for " + v4.String() + ", " + why
		}
		return ""
	case sixToFour.Contains(a):
		v4 := netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]})
		if why := refusal(v4); why != "" {
			return "a 6to4 address for " + v4.String() + ", " + why
		}
		return ""
	case !global6.Contains(a):
		return "a reserved address"
	}
	return ""
}

// numericHost reports whether host is a number that some resolvers read
// as an IPv4 address (2130706433, 0177.0.0.1, 0x7f.1, 127.1) without being
// the one form every program reads alike, a dotted quad of decimals. No
// domain name ends in a numeric label, so such a host is never a name.
func numericHost(host string) bool {
	if _, err := netip.ParseAddr(host); err == nil {
		return false
	}
	host = strings.TrimSuffix(host, ".")
	last := host[strings.LastIndexByte(host, '.')+1:]
	if last == "" {
		return false
	}
	if l := strings.ToLower(last); strings.HasPrefix(l, "0x") {
		return strings.Trim(l[2:], "0123456789abcdef") == ""
	}
	return strings.Trim(last, "0123456789") == ""
}
