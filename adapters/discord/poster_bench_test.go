//go:build unix

package discord_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// BenchmarkPost is a whole daily post: render the digest as embeds, sign it
// with its nonce, take a turn under the session's global limit (unpaced, so
// the figure is the bot's cost and not Discord's 50 a second), send it over
// HTTP to a local server answering as Discord does, and read the answer.
//
//	go test -run '^$' -bench Post -count 6 ./adapters/discord
func BenchmarkPost(b *testing.B) {
	c, err := briefings.Default()
	if err != nil {
		b.Fatal(err)
	}
	r, _ := bot.Digest(c, bot.DigestOptions{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		if r.Method != http.MethodPost || r.URL.Path != "/api/v10/channels/998877665544332211/messages" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"1","channel_id":"998877665544332211","content":""}`)
	}))
	defer srv.Close()
	s, err := discord.NewSession("bench-token", srv.URL+"/api/v10")
	if err != nil {
		b.Fatal(err)
	}
	discord.Unpaced(s)
	p := discord.NewPoster(s)
	ctx := context.Background()
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		if err := p.Post(ctx, "998877665544332211", r); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time, the server's share included, tells a change from the noise
	// of a shared machine better than wall time.
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
