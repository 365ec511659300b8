package main

import (
	"net"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
)

// freezingProxy stands between the bot and PostgreSQL and can stop
// passing bytes while keeping every connection open, as a network that
// drops packets does: the case where a store call hangs rather than fails.
type freezingProxy struct {
	addr string
	mu   sync.Mutex
	cond *sync.Cond
	cold bool
}

func newFreezingProxy(t *testing.T, target string) *freezingProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &freezingProxy{addr: ln.Addr().String()}
	p.cond = sync.NewCond(&p.mu)
	var conns []net.Conn
	var cmu sync.Mutex
	t.Cleanup(func() {
		p.freeze(false)
		ln.Close()
		cmu.Lock()
		for _, c := range conns {
			c.Close()
		}
		cmu.Unlock()
	})
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			cmu.Lock()
			conns = append(conns, c, s)
			cmu.Unlock()
			go p.pipe(s, c)
			go p.pipe(c, s)
		}
	}()
	return p
}

// pipe copies src to dst, holding each chunk while frozen.
func (p *freezingProxy) pipe(dst, src net.Conn) {
	defer dst.Close()
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			p.mu.Lock()
			for p.cold {
				p.cond.Wait()
			}
			p.mu.Unlock()
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

func (p *freezingProxy) freeze(on bool) {
	p.mu.Lock()
	p.cold = on
	p.mu.Unlock()
	p.cond.Broadcast()
}

// TestSubscribeWhileTheStoreHangs: PostgreSQL stops answering mid-session.
// /subscribe answers that the store could not be reached, within the store
// timeout, rather than hanging; once it answers again, so does /subscribe.
func TestSubscribeWhileTheStoreHangs(t *testing.T) {
	t.Parallel()
	u, err := url.Parse(pgtest.FreshSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	proxy := newFreezingProxy(t, u.Host)
	u.Host = proxy.addr
	b := startConsole(t, map[string]string{"DATABASE_URL": u.String(), "LOG_FORMAT": "json"})
	b.say("/subscribe ukraine at 08:00")
	b.waitFor("Daily briefing on Ukraine at 08:00 (UTC)", 1)

	proxy.freeze(true)
	start := time.Now()
	b.say("/subscribe nato at 09:00")
	b.waitFor("The subscription store is not answering", 1)
	b.waitFor("I could not reach the subscription store, so nothing changed.", 1)
	if took := time.Since(start); took > 9*time.Second {
		t.Errorf("the answer took %s; the store timeout is 5s", took.Round(time.Second))
	}
	proxy.freeze(false)
	b.say("/subscribe nato at 09:00")
	b.waitFor("Daily briefing on NATO at 09:00 (UTC)", 1)
	b.stop()
	if !strings.Contains(b.err.String(), "context deadline exceeded") {
		t.Errorf("the log does not say the store call timed out:\n%s", b.err)
	}
}
