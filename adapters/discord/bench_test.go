package discord_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord"
)

// The benchmarks replay recorded interactions (testdata/interaction-*.json,
// shaped as Discord sends them from a server channel) through the whole
// endpoint, and compare it with the least any endpoint must do: read the
// body, verify Ed25519, write fixed JSON. Run one core, as the load target
// is stated:
//
//	go test -run '^$' -bench . -cpu 1 ./adapters/discord
//
// The figure in decode.go compares two builds of the package, with the
// walker and with encoding/json into discordgo.Interaction in its place,
// their BenchmarkInteractionsHandler runs (-cpu 1) taken in turn six times
// and compared with benchstat.

// bareHandler only verifies and answers fixed JSON: the yardstick.
func bareHandler(key ed25519.PublicKey) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ts := r.Header.Get("X-Signature-Timestamp")
		sig := r.Header.Get("X-Signature-Ed25519")
		body, err := io.ReadAll(io.LimitReader(r.Body, discord.DefaultMaxBody+1))
		var s [64]byte
		if err != nil || len(sig) != 128 || !hexInto(s[:], sig) || !ed25519.Verify(key, append([]byte(ts), body...), s[:]) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"type":4,"data":{"content":"ok"}}`))
	}
}

func hexInto(dst []byte, s string) bool {
	for i := range dst {
		var v byte
		for _, c := range []byte(s[2*i : 2*i+2]) {
			switch {
			case '0' <= c && c <= '9':
				v = v<<4 | (c - '0')
			case 'a' <= c && c <= 'f':
				v = v<<4 | (c - 'a' + 10)
			default:
				return false
			}
		}
		dst[i] = v
	}
	return true
}

func loadRecorded(b *testing.B, name string) []byte {
	body, err := os.ReadFile("testdata/" + name)
	if err != nil {
		b.Fatal(err)
	}
	return body
}

func benchServe(b *testing.B, h http.Handler, header http.Header, body []byte, want int) {
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		r := httptest.NewRequest(http.MethodPost, "/discord/interactions", bytes.NewReader(body))
		r.Header = header
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != want {
			b.Fatalf("status %d: %s", w.Code, w.Body)
		}
	}
}

func BenchmarkBareVerify(b *testing.B) {
	f := newFixture(b)
	body := loadRecorded(b, "interaction-status.json")
	benchServe(b, bareHandler(f.pub), sign(f.priv, now(), body), body, http.StatusOK)
}

func BenchmarkInteractionsHandler(b *testing.B) {
	f := newFixture(b)
	f.bot.Observe = nil
	status := loadRecorded(b, "interaction-status.json")
	auto := loadRecorded(b, "interaction-autocomplete.json")
	ping := []byte(`{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}`)
	ts := now()

	b.Run("ping", func(b *testing.B) {
		benchServe(b, f.h, sign(f.priv, ts, ping), ping, http.StatusOK)
	})
	b.Run("status", func(b *testing.B) {
		benchServe(b, f.h, sign(f.priv, ts, status), status, http.StatusOK)
	})
	b.Run("status-uncached", func(b *testing.B) {
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			f.ix.ClearCache()
			f.h.ServeHTTP(w, r)
		})
		benchServe(b, h, sign(f.priv, ts, status), status, http.StatusOK)
	})
	b.Run("autocomplete", func(b *testing.B) {
		benchServe(b, f.h, sign(f.priv, ts, auto), auto, http.StatusOK)
	})
	b.Run("refused", func(b *testing.B) {
		_, other, _ := ed25519.GenerateKey(nil)
		benchServe(b, f.h, sign(other, ts, status), status, http.StatusUnauthorized)
	})
}

// BenchmarkVersusBare serves each recorded request through the bare
// handler and the endpoint in turn, so both see the same machine load,
// and reports the endpoint's throughput as a percentage of the bare
// handler's (the load target is at least 90).
func BenchmarkVersusBare(b *testing.B) {
	f := newFixture(b)
	f.bot.Observe = nil
	bare := bareHandler(f.pub)
	ts := now()
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer devnull.Close()
	for _, name := range []string{"status", "autocomplete", "status-logged"} {
		body := loadRecorded(b, "interaction-"+strings.TrimSuffix(name, "-logged")+".json")
		header := sign(f.priv, ts, body)
		b.Run(name, func(b *testing.B) {
			f.ix.Logger = nil
			if strings.HasSuffix(name, "-logged") {
				// As in production: JSON lines at info level, to a file.
				f.ix.Logger = slog.New(slog.NewJSONHandler(devnull, nil))
			}
			var tBare, tOurs time.Duration
			serve := func(h http.Handler) time.Duration {
				r := httptest.NewRequest(http.MethodPost, "/discord/interactions", bytes.NewReader(body))
				r.Header = header
				w := httptest.NewRecorder()
				start := time.Now()
				h.ServeHTTP(w, r)
				took := time.Since(start)
				if w.Code != http.StatusOK {
					b.Fatalf("status %d", w.Code)
				}
				return took
			}
			n := 0
			for b.Loop() {
				tBare += serve(bare)
				tOurs += serve(f.h)
				n++
			}
			b.ReportMetric(float64(tBare.Nanoseconds())/float64(n), "bare-ns/req")
			b.ReportMetric(float64(tOurs.Nanoseconds())/float64(n), "ours-ns/req")
			b.ReportMetric(100*float64(tBare)/float64(tOurs), "%-of-bare-rps")
		})
	}
}

// BenchmarkDecodeInteraction compares the endpoint's decoder with
// encoding/json into discordgo's Interaction on the recorded body.
func BenchmarkDecodeInteraction(b *testing.B) {
	body := loadRecorded(b, "interaction-status.json")
	b.Run("lean", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			var in discord.Interaction
			if err := discord.DecodeInteraction(body, &in); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			var in discordgo.Interaction
			if err := json.Unmarshal(body, &in); err != nil {
				b.Fatal(err)
			}
		}
	})
}
