package web_test

import (
	"context"
	"net"
	"net/netip"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/dns/dnsmessage"
)

// fakeDNS is a DNS server on loopback that answers A queries from a table:
// each name has a list of answers, given in turn, the last one from then on
// (a name that changes its answer is how DNS rebinding works).
type fakeDNS struct {
	mu      sync.Mutex
	answers map[string][]netip.Addr // lower-case name without the final dot
	asked   map[string]int
	addr    string
}

// startDNS serves answers until the test ends and returns a resolver that
// asks only it.
func startDNS(t *testing.T, answers map[string][]netip.Addr) *net.Resolver {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pc.Close() })
	d := &fakeDNS{answers: answers, asked: map[string]int{}, addr: pc.LocalAddr().String()}
	go d.serve(pc)
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var dialer net.Dialer
			return dialer.DialContext(ctx, "udp", d.addr)
		},
	}
}

func (d *fakeDNS) serve(pc net.PacketConn) {
	buf := make([]byte, 1500)
	for {
		n, from, err := pc.ReadFrom(buf)
		if err != nil {
			return
		}
		var p dnsmessage.Parser
		h, err := p.Start(buf[:n])
		if err != nil {
			continue
		}
		q, err := p.Question()
		if err != nil {
			continue
		}
		out := d.answer(h, q)
		pc.WriteTo(out, from)
	}
}

func (d *fakeDNS) answer(h dnsmessage.Header, q dnsmessage.Question) []byte {
	name := strings.ToLower(strings.TrimSuffix(q.Name.String(), "."))
	d.mu.Lock()
	list, known := d.answers[name]
	var a netip.Addr
	if known && q.Type == dnsmessage.TypeA {
		i := min(d.asked[name], len(list)-1)
		d.asked[name]++
		a = list[i]
	}
	d.mu.Unlock()

	rh := dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true, RecursionDesired: h.RecursionDesired}
	if !known {
		rh.RCode = dnsmessage.RCodeNameError
	}
	b := dnsmessage.NewBuilder(nil, rh)
	b.EnableCompression()
	b.StartQuestions()
	b.Question(q)
	b.StartAnswers()
	if a.Is4() {
		b.AResource(dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 0}, dnsmessage.AResource{A: a.As4()})
	}
	out, _ := b.Finish()
	return out
}
