package main

import (
	"io"
	"net"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
)

// tcpProxy stands between the bot and PostgreSQL so a test can cut the
// database off and bring it back, as a network failure would.
type tcpProxy struct {
	t      *testing.T
	addr   string
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  []net.Conn
}

func newTCPProxy(t *testing.T, target string) *tcpProxy {
	p := &tcpProxy{t: t, target: target, addr: freeAddr(t)}
	p.up()
	t.Cleanup(p.down)
	return p
}

func (p *tcpProxy) up() {
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		p.t.Fatal(err)
	}
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, s)
			p.mu.Unlock()
			go func() { io.Copy(s, c); s.Close() }()
			go func() { io.Copy(c, s); c.Close() }()
		}
	}()
}

// down refuses new connections and cuts the open ones.
func (p *tcpProxy) down() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// TestReadyzFollowsTheStore cuts the bot off from PostgreSQL and restores
// it: /readyz turns 503 naming the store, then 200 again, while /healthz
// stays 200 throughout.
func TestReadyzFollowsTheStore(t *testing.T) {
	t.Parallel()
	dsn := pgtest.FreshSchema(t)
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	proxy := newTCPProxy(t, u.Host)
	u.Host = proxy.addr
	base, _ := startBot(t, map[string]string{"SLACK_SIGNING_SECRET": "s", "DATABASE_URL": u.String()})

	waitReady := func(want int, what string) string {
		t.Helper()
		var body string
		for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			var code int
			code, body = get(t, base+"/readyz")
			if code == want {
				return body
			}
		}
		t.Fatalf("%s: /readyz never answered %d; last: %s", what, want, body)
		return ""
	}
	waitReady(200, "at start")
	proxy.down()
	body := waitReady(503, "database cut off")
	if !strings.Contains(body, `"store":"store unreachable`) || !strings.Contains(body, `"catalog":"ok"`) {
		t.Errorf("503 body does not name the store: %s", body)
	}
	if code, _ := get(t, base+"/healthz"); code != 200 {
		t.Errorf("/healthz = %d while the store is down; the process is up", code)
	}
	proxy.up()
	waitReady(200, "database back")
	_, metrics := get(t, base+"/metrics")
	if !strings.Contains(metrics, `briefbot_store_errors_total{op="ping"}`) {
		t.Error("/metrics does not count the failed store checks")
	}
}
