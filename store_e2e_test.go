package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/bot"
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
	b := startConsole(t, map[string]string{"DATABASE_URL": u.String(), "LOG_FORMAT": "json"}, bot.SystemClock{})
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

// TestSubscribeWhereTheBotCannotPost: a Slack app configured with only
// SLACK_SIGNING_SECRET, and a Discord one with only DISCORD_PUBLIC_KEY,
// answer commands but have no token to post with. /subscribe says so, for
// the channel and in the operator's log, instead of storing a briefing that
// would never arrive.
func TestSubscribeWhereTheBotCannotPost(t *testing.T) {
	t.Parallel()
	t.Run("Slack", func(t *testing.T) {
		t.Parallel()
		const secret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
		base, logs := startBot(t, map[string]string{"SLACK_SIGNING_SECRET": secret})
		got := slackCommand(t, base, secret, "/subscribe", "ukraine at 08:00")
		if !strings.Contains(got, "Daily briefings are not set up on this Slack workspace: the bot's administrator needs to add SLACK_BOT_TOKEN.") {
			t.Errorf("/subscribe answered: %s", got)
		}
		if got := slackCommand(t, base, secret, "/subscriptions", ""); !strings.Contains(got, "This channel gets no daily briefing yet.") {
			t.Errorf("after the refusal, /subscriptions: %s", got)
		}
		if !strings.Contains(logs.String(), "set SLACK_BOT_TOKEN to turn daily posts on") {
			t.Errorf("the log does not tell the operator:\n%s", logs)
		}
	})
	t.Run("Discord", func(t *testing.T) {
		t.Parallel()
		pub, priv, err := ed25519.GenerateKey(nil)
		if err != nil {
			t.Fatal(err)
		}
		const appID = "1234567890123456789"
		fake := discordtest.NewServer(t, appID, "unused")
		addr := freeAddr(t)
		_, logs := startBot(t, map[string]string{
			"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub),
			"DISCORD_APP_ID":     appID,
			"HTTP_ADDR":          addr,
			"DISCORD_API_URL":    fake.APIURL(),
		})
		// A member with Manage Channels (16) types /subscribe topics:ukraine at:08:00.
		body := []byte(`{"application_id":"` + appID + `","channel_id":"998877665544332211","guild_id":"112233445566778899","id":"1300000000000000009",` +
			`"member":{"permissions":"83984","user":{"id":"80351110224678912","username":"ada"}},` +
			`"data":{"id":"1","name":"subscribe","type":1,"options":[{"name":"topics","type":3,"value":"ukraine"},{"name":"at","type":3,"value":"08:00"}]},` +
			`"token":"tok","type":2,"version":1}`)
		stamp := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/discord/interactions", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(stamp), body...))))
		req.Header.Set("X-Signature-Timestamp", stamp)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		var answer struct {
			Data struct {
				Embeds []struct{ Description string } `json:"embeds"`
			} `json:"data"`
		}
		if err := json.Unmarshal(raw, &answer); err != nil || len(answer.Data.Embeds) == 0 {
			t.Fatalf("/subscribe answered %d: %s (%v)", resp.StatusCode, raw, err)
		}
		// As the member reads it: Markdown escapes undone.
		got := strings.ReplaceAll(answer.Data.Embeds[0].Description, `\`, "")
		if !strings.Contains(got, "Daily briefings are not set up on this Discord server: the bot's administrator needs to add DISCORD_BOT_TOKEN.") {
			t.Errorf("/subscribe answered: %s", got)
		}
		if !strings.Contains(logs.String(), "set DISCORD_BOT_TOKEN to turn daily posts on") {
			t.Errorf("the log does not tell the operator:\n%s", logs)
		}
	})
}
