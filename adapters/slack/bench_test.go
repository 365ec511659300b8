package slack

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// The figures in form.go and verify.go compare two builds of this package, with the hand-written
// piece and with the library in its place, run in turn on one machine so both see its load:
//
//	go test -c -o with.test ./adapters/slack      # and likewise without.test
//	for i in 1 2 3 4 5 6; do for v in with without; do
//		./$v.test -test.run '^$' -test.bench BenchmarkCommand -test.benchmem >> $v.txt
//	done; done
//	benchstat with.txt without.txt

// A recorded slash command: /status ukraine, as Slack posts it.
var benchBody = []byte(url.Values{
	"token": {"gIkuvaNzQIHg97ATvDxqgjtO"}, "team_id": {"T0001"}, "team_domain": {"example"},
	"channel_id": {"C2147483705"}, "channel_name": {"test"}, "user_id": {"U2147483697"}, "user_name": {"Steve"},
	"command": {"/status"}, "text": {"ukraine"}, "api_app_id": {"A0001"}, "is_enterprise_install": {"false"},
	"response_url": {"https://hooks.slack.com/commands/T0001/1/x"}, "trigger_id": {"13345224609.738474920.8088930838d88f008e0"},
}.Encode())

const (
	benchSecret = "8f742231b10e8888abcd99yyyzzz85a5"
	benchTS     = "1700000000"
)

// discardWriter is an http.ResponseWriter that keeps only what the benchmark checks.
type discardWriter struct {
	h      http.Header
	status int
	n      int
}

func (w *discardWriter) Header() http.Header { return w.h }
func (w *discardWriter) WriteHeader(s int)   { w.status = s }
func (w *discardWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	w.n += len(b)
	return len(b), nil
}

// rewinder is a request body that can be read again.
type rewinder struct{ bytes.Reader }

func (*rewinder) Close() error { return nil }

// benchRequest serves the recorded request through handler b.N times.
func benchRequest(b *testing.B, handler http.Handler, body []byte) {
	sig := Sign(benchSecret, benchTS, body)
	r, _ := http.NewRequest(http.MethodPost, "http://bot.example/slack/commands", nil)
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("X-Slack-Request-Timestamp", benchTS)
	r.Header.Set("X-Slack-Signature", sig)
	rb := &rewinder{}
	r.Body = rb
	r.ContentLength = int64(len(body))
	w := &discardWriter{h: http.Header{}}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		rb.Reset(body)
		clear(w.h)
		w.status, w.n = 0, 0
		handler.ServeHTTP(w, r)
		if w.status != http.StatusOK || w.n < 1000 {
			b.Fatalf("status %d, %d bytes", w.status, w.n)
		}
	}
}

func benchClock() time.Time { return time.Unix(1700000000, 0) }

// BenchmarkCommand is the whole HTTP handler on a recorded /status ukraine: read the body,
// verify the signature, parse the form, answer with the real bot and catalog, render Block Kit
// and write the response.
func BenchmarkCommand(b *testing.B) {
	for _, cached := range []bool{false, true} {
		name := "uncached"
		if cached {
			name = "cached"
		}
		b.Run(name, func(b *testing.B) {
			bt, _ := newBot(b)
			app := New(bt, nil)
			if cached {
				app.Cache = NewCache(1024, 16<<20)
			}
			v := NewVerifier(benchSecret)
			v.Now = benchClock
			mux := http.NewServeMux()
			NewHTTP(app, v).Mount(mux)
			benchRequest(b, mux, benchBody)
		})
	}
}

// BenchmarkBare is the floor the load test compares against: a handler that only reads the
// body, verifies its signature and returns fixed JSON.
func BenchmarkBare(b *testing.B) {
	v := NewVerifier(benchSecret)
	v.Now = benchClock
	fixed := bytes.Repeat([]byte("x"), 4000)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/commands", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(io.LimitReader(r.Body, MaxBody+1))
		if v.Verify(r.Header.Get("X-Slack-Signature"), r.Header.Get("X-Slack-Request-Timestamp"), body) != nil {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(fixed)
	})
	benchRequest(b, mux, benchBody)
}

// BenchmarkRender is rendering alone: a /status answer to Block Kit JSON.
func BenchmarkRender(b *testing.B) {
	bt, _ := newBot(b)
	r := bt.Handle(context.Background(), mustParse("/status ukraine"))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf = Render(r, "/status ukraine").AppendJSON(buf[:0], false)
	}
}

func mustParse(line string) bot.Request {
	cmd, text := bot.ParseCommand(line)
	return bot.Request{Platform: bot.Slack, Command: cmd, Text: text}
}
