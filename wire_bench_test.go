package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strconv"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	slackbot "github.com/briefbot/briefbot/adapters/slack"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// BenchmarkWiredCommand answers /status ukraine, on Slack and on Discord, through the
// production wiring as serve builds it (metrics, JSON logs, both adapters on one mux) beside
// the load benchmark's bare handler (bench/bare: verify the signature, write the same fixed
// reply), with net/http's work for the connection, the same for both, left out. Its
// allocations per request are what briefbot adds to the bare handler's garbage, and
// allocations set how often the collector runs under load:
//
//	go test -run - -bench WiredCommand -benchmem -count 10 . | benchstat -
func BenchmarkWiredCommand(b *testing.B) {
	const secret = "8f742231b10e8888abcd99yyyzzz85a5"
	priv := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))
	pub := priv.Public().(ed25519.PublicKey)
	cfg, err := loadConfig(func(k string) string {
		return map[string]string{
			"SLACK_SIGNING_SECRET": secret,
			"DISCORD_APP_ID":       wireApp, "DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "DISCORD_API_URL": "http://127.0.0.1:1/api/v10",
			"LOG_FORMAT": "json",
		}[k]
	})
	if err != nil {
		b.Fatal(err)
	}
	c, err := briefings.Default()
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	bt := bot.New(briefings.NewLive(c))
	bt.Logger = newLogger(cfg, io.Discard, false)
	w := &wiring{cfg: cfg, clock: bot.SystemClock{}, bot: bt, log: bt.Logger, mux: http.NewServeMux(), group: new(errgroup.Group), posters: map[string]bot.Poster{}}
	w.ops()
	if err := w.slack(ctx); err != nil {
		b.Fatal(err)
	}
	if err := w.discord(ctx); err != nil {
		b.Fatal(err)
	}

	ts := strconv.FormatInt(time.Now().Unix(), 10)
	slackBody := slashCommand("/status", "ukraine")
	slackHeader := http.Header{
		"Content-Type":              {"application/x-www-form-urlencoded"},
		"X-Slack-Request-Timestamp": {ts},
		"X-Slack-Signature":         {slackbot.Sign(secret, ts, slackBody)},
	}
	discordBody := []byte(`{"id":"1300000000000000011","application_id":"` + wireApp + `","type":2,"token":"tok11","guild_id":"` + wireGuild + `","channel_id":"5",` +
		`"member":{"permissions":"0","user":{"id":"7"}},"data":{"name":"status","type":1,"options":[{"name":"topic","type":3,"value":"ukraine"}]}}`)
	discordHeader := http.Header{
		"Content-Type":          {"application/json"},
		"X-Signature-Timestamp": {ts},
		"X-Signature-Ed25519":   {hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), discordBody...)))},
	}

	for _, ep := range []struct {
		name, path string
		header     http.Header
		body       []byte
		verify     func(h http.Header, body []byte) bool
	}{
		{"slack", "/slack/commands", slackHeader, slackBody, func(h http.Header, body []byte) bool {
			// As bench/bare checks it (the timestamp's window aside).
			mac := hmac.New(sha256.New, []byte(secret))
			mac.Write([]byte("v0:" + h.Get("X-Slack-Request-Timestamp") + ":"))
			mac.Write(body)
			return hmac.Equal([]byte(h.Get("X-Slack-Signature")), hex.AppendEncode([]byte("v0="), mac.Sum(nil)))
		}},
		{"discord", "/discord/interactions", discordHeader, discordBody, func(h http.Header, body []byte) bool {
			sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
			return err == nil && ed25519.Verify(pub, append([]byte(h.Get("X-Signature-Timestamp")), body...), sig)
		}},
	} {
		// The reply the bare handler writes is briefbot's own, as in bench/replies.
		rec := &benchWriter{h: http.Header{}}
		serveOnce(w.mux, rec, ep.path, ep.header, ep.body)
		if rec.status != http.StatusOK {
			b.Fatalf("%s: %d", ep.name, rec.status)
		}
		reply := append([]byte(nil), rec.body.Bytes()...)
		bare := http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(http.MaxBytesReader(rw, r.Body, 64<<10))
			if err != nil || !ep.verify(r.Header, body) {
				http.Error(rw, "invalid signature", http.StatusUnauthorized)
				return
			}
			rw.Header().Set("Content-Type", "application/json")
			rw.Header().Set("Content-Length", strconv.Itoa(len(reply)))
			rw.Write(reply)
		})
		for _, target := range []struct {
			name string
			h    http.Handler
		}{{"bare", bare}, {"briefbot", w.mux}} {
			b.Run(ep.name+"/"+target.name, func(b *testing.B) {
				rw := &benchWriter{h: http.Header{}}
				b.ReportAllocs()
				for b.Loop() {
					serveOnce(target.h, rw, ep.path, ep.header, ep.body)
					if rw.status != http.StatusOK || rw.body.Len() != len(reply) {
						b.Fatalf("%d, %d bytes", rw.status, rw.body.Len())
					}
				}
			})
		}
	}
}

// serveOnce serves one request as net/http would hand it over: a fresh *http.Request with
// its own header map and body.
func serveOnce(h http.Handler, rw *benchWriter, path string, header http.Header, body []byte) {
	r, _ := http.NewRequest(http.MethodPost, "http://127.0.0.1"+path, bytes.NewReader(body))
	for k, v := range header {
		r.Header[k] = v
	}
	clear(rw.h)
	rw.status = 0
	rw.body.Reset()
	h.ServeHTTP(rw, r)
}

// benchWriter is an http.ResponseWriter that keeps the status and the body.
type benchWriter struct {
	h      http.Header
	status int
	body   bytes.Buffer
}

func (w *benchWriter) Header() http.Header { return w.h }
func (w *benchWriter) WriteHeader(s int) {
	if w.status == 0 {
		w.status = s
	}
}
func (w *benchWriter) Write(p []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.body.Write(p)
}
