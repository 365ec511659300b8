//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// fanOutSubs is how many subscriptions fall due at once in the benchmarks.
const fanOutSubs = 10_000

// seedDue stores n Discord subscriptions, one per channel, all due at due.
func seedDue(b *testing.B, st bot.Store, n int, due time.Time) {
	b.Helper()
	ctx := context.Background()
	for i := range n {
		ch := bot.ChannelKey{Platform: bot.Discord, Workspace: "G1", Channel: fmt.Sprintf("%d", 100000+i)}
		_, err := st.UpdateChannel(ctx, ch, func([]bot.Subscription) ([]bot.Subscription, error) {
			return []bot.Subscription{{ChannelKey: ch, Topics: []string{"ukraine"}, At: bot.TimeOfDay(due.Hour()*60 + due.Minute()),
				TZ: "UTC", Created: due.Add(-time.Hour), Next: due, NextDate: due.Format(bot.DateLayout)}}, nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// globalLimit is a fake Discord REST API with its global rate limit: 50
// requests a second per bot, answering 429 with retry_after beyond it.
type globalLimit struct {
	mu       sync.Mutex
	tokens   float64
	last     time.Time
	ok, over atomic.Int64
}

func (g *globalLimit) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var body struct{ Content string }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&body); err != nil || body.Content == "" {
		http.Error(w, `{"message":"Cannot send an empty message"}`, http.StatusBadRequest)
		return
	}
	g.mu.Lock()
	now := time.Now()
	g.tokens = min(50, g.tokens+now.Sub(g.last).Seconds()*50)
	g.last = now
	allowed := g.tokens >= 1
	if allowed {
		g.tokens--
	}
	g.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	if !allowed {
		g.over.Add(1)
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"message":"You are being rate limited.","retry_after":0.02,"global":true}`)
		return
	}
	g.ok.Add(1)
	fmt.Fprint(w, `{"id":"1"}`)
}

// httpPoster posts a reply as a channel message to the fake API, the way
// a Discord poster does: one request per post.
type httpPoster struct {
	url    string
	client *http.Client
}

func (p *httpPoster) Post(ctx context.Context, channel string, r bot.Reply) error {
	body, _ := json.Marshal(map[string]string{"content": r.Title + "\n" + r.Text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url+"/channels/"+channel+"/messages", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return fmt.Errorf("post to %s: %w", channel, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("post to %s: %s", channel, resp.Status)
	}
	return nil
}

// BenchmarkFanOutDiscord50rps: 10,000 subscriptions due at once, posted to
// a fake Discord API that allows 50 requests a second, with the limits the
// bot runs with. The limit alone sets a floor of 200 s; the figures are how
// long the fan-out took beside it, and the process's CPU time (the
// scheduler, the SQLite store, the HTTP client and the fake server). Run:
//
//	go test -run '^$' -bench FanOutDiscord50rps -benchtime 1x -timeout 30m .
func BenchmarkFanOutDiscord50rps(b *testing.B) {
	cat, err := briefings.Default()
	if err != nil {
		b.Fatal(err)
	}
	for range b.N {
		b.StopTimer()
		st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		due := time.Now().Truncate(time.Minute)
		seedDue(b, st, fanOutSubs, due)
		api := &globalLimit{tokens: 50, last: time.Now()} // a full bucket, as at rest
		srv := httptest.NewServer(api)
		poster := &httpPoster{url: srv.URL, client: srv.Client()}
		s := bot.NewScheduler(st, briefings.NewLive(cat), map[string]bot.Poster{bot.Discord: poster})
		s.Limits, s.Catchup = postLimits, 6*time.Hour

		b.StartTimer()
		cpu0, start := cpuTime(), time.Now()
		if err := s.Tick(context.Background()); err != nil {
			b.Fatal(err)
		}
		took, cpu := time.Since(start), cpuTime()-cpu0
		b.StopTimer()

		if n := api.ok.Load(); n != fanOutSubs {
			b.Fatalf("%d posts accepted (%d refused with 429), want %d", n, api.over.Load(), fanOutSubs)
		}
		b.ReportMetric(took.Seconds(), "s/fanout")
		b.ReportMetric(took.Seconds()-float64(fanOutSubs)/50, "s-over-floor")
		b.ReportMetric(cpu.Seconds(), "cpu-s/fanout")
		b.ReportMetric(float64(api.over.Load()), "429s")
		srv.Close()
		st.Close()
	}
}

// countPoster accepts every post at once.
type countPoster struct{ n atomic.Int64 }

func (p *countPoster) Post(context.Context, string, bot.Reply) error { p.n.Add(1); return nil }

// BenchmarkSchedulerCPUPerPost is the scheduler's own cost: 10,000 posts
// due at once, to a poster that accepts at once, on each store. It reports
// wall and CPU time per post: claim, digest, take a turn under the limits,
// mark sending, record the outcome. "paced" runs the limiter (a platform
// rate and a per-channel gap) at a rate it never reaches, so what it adds
// is its bookkeeping; "unpaced" has no limiter.
//
//	go test -run '^$' -bench SchedulerCPUPerPost -benchtime 3x .
func BenchmarkSchedulerCPUPerPost(b *testing.B) {
	cat, err := briefings.Default()
	if err != nil {
		b.Fatal(err)
	}
	stores := []struct {
		name string
		open func(b *testing.B) bot.Store
	}{
		{"memory", func(*testing.B) bot.Store { return bot.NewMemStore() }},
		{"sqlite", func(b *testing.B) bot.Store {
			st, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			return st
		}},
	}
	pacings := []struct {
		name  string
		limit bot.Limit
	}{
		{"unpaced", bot.Limit{Workers: 16}},
		{"paced", bot.Limit{Workers: 16, PerSecond: 1e9, Burst: 16, PerChannel: time.Second}},
	}
	for _, sc := range stores {
		for _, pc := range pacings {
			b.Run(sc.name+"/"+pc.name, func(b *testing.B) {
				var wall, cpu time.Duration
				for range b.N {
					b.StopTimer()
					st := sc.open(b)
					due := time.Now().Truncate(time.Minute)
					seedDue(b, st, fanOutSubs, due)
					poster := &countPoster{}
					s := bot.NewScheduler(st, briefings.NewLive(cat), map[string]bot.Poster{bot.Discord: poster})
					s.Limits, s.Catchup = map[string]bot.Limit{bot.Discord: pc.limit}, 6*time.Hour
					b.StartTimer()
					cpu0, start := cpuTime(), time.Now()
					if err := s.Tick(context.Background()); err != nil {
						b.Fatal(err)
					}
					wall += time.Since(start)
					cpu += cpuTime() - cpu0
					b.StopTimer()
					if poster.n.Load() != fanOutSubs {
						b.Fatalf("%d posts, want %d", poster.n.Load(), fanOutSubs)
					}
					st.Close()
				}
				posts := float64(b.N * fanOutSubs)
				b.ReportMetric(float64(wall.Microseconds())/posts, "µs/post")
				b.ReportMetric(float64(cpu.Microseconds())/posts, "cpu-µs/post")
			})
		}
	}
}
