//go:build unix

package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
)

// Benchmarks of following feeds: what one poll costs in CPU, through the
// poller with the SQLite store and adapters/feeds reading a local site
// over HTTP (the site's own CPU, in this process, is counted too), and
// what 10,000 followed feeds take in memory and on disk.
//
//	go test -run '^$' -bench 'FeedPoll|FeedsMemory' -benchtime 2000x .

// benchFeed is one followed, primed feed on a SQLite store, with a poller
// whose clock the benchmark moves past the feed's next fetch.
type benchFeed struct {
	site   *feedSite
	poller *bot.FeedPoller
	clock  *clocktest.Clock
	cards  *countingCards
	items  []int
}

func newBenchFeed(b *testing.B) *benchFeed {
	b.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bot.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	bf := &benchFeed{site: newFeedSite(b), clock: clocktest.New(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)), cards: &countingCards{}}
	bf.items = []int{4, 3, 2, 1, 0}
	bf.site.set("wire", bf.items...)
	if _, err := st.AddFeed(ctx, bot.Feed{Platform: bot.Slack, Workspace: "T1", Channel: "C1", URL: bf.site.url("wire"),
		By: "slack:T1/U1", At: bf.clock.Now(), FeedState: bot.FeedState{Next: bf.clock.Now()}}); err != nil {
		b.Fatal(err)
	}
	bf.poller = feedReplica(b, st, "bench", bf.clock, bf.cards)
	bf.tick(b) // primed: 3 drafts
	return bf
}

// tick moves the clock past every feed's next fetch and polls.
func (bf *benchFeed) tick(b *testing.B) {
	bf.clock.Advance(bot.FeedMaxBackoff + 2*time.Hour) // 8 h: ten polls span more than bot.StoryWindow, so the articles, which repeat every ten items, are new stories again
	if err := bf.poller.Tick(context.Background()); err != nil {
		b.Fatal(err)
	}
}

// reportCPU reports the process's CPU time per poll, from start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/poll")
}

// An unchanged feed: the site answers 304; no article fetched, nothing
// drafted.
func BenchmarkFeedPollUnchanged(b *testing.B) {
	bf := newBenchFeed(b)
	arts := bf.site.articles.Load()
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for b.Loop() {
		bf.tick(b)
	}
	reportCPU(b, start)
	if bf.site.notModified.Load() < int64(b.N) || bf.site.articles.Load() != arts {
		b.Fatalf("%d 304s for %d polls, %d articles fetched", bf.site.notModified.Load(), b.N, bf.site.articles.Load()-arts)
	}
}

// A changed feed whose items are all known (a publisher touching its
// feed): the feed is read and parsed, its keys looked up in one query.
func BenchmarkFeedPollChangedKnown(b *testing.B) {
	bf := newBenchFeed(b)
	arts := bf.site.articles.Load()
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	i := 0
	for b.Loop() {
		i++
		// The same items, another order: a new ETag, nothing new.
		if i%2 == 0 {
			bf.site.set("wire", bf.items...)
		} else {
			bf.site.set("wire", 3, 4, 2, 1, 0)
		}
		bf.tick(b)
	}
	reportCPU(b, start)
	if bf.site.articles.Load() != arts {
		b.Fatalf("known items fetched %d articles", bf.site.articles.Load()-arts)
	}
}

// A changed feed with one new item: the feed read, the article fetched,
// ingested, compared with the workspace's stories, drafted, its card
// posted and its story stored.
func BenchmarkFeedPollNewItem(b *testing.B) {
	bf := newBenchFeed(b)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	next := 5
	for b.Loop() {
		bf.items = append([]int{next}, bf.items...)
		if len(bf.items) > 50 {
			bf.items = bf.items[:50]
		}
		next++
		bf.site.set("wire", bf.items...)
		bf.tick(b)
	}
	reportCPU(b, start)
	total := 0
	for _, n := range bf.cards.cards {
		total += n
	}
	// An item whose article repeats one primed a few polls earlier (within
	// bot.StoryWindow) joins that draft: an update, not a card.
	if total+bf.cards.updates != 3+b.N {
		b.Fatalf("%d cards and %d updates for %d new items", total-3, bf.cards.updates, b.N)
	}
}

// 10,000 followed feeds, each with 50 items seen: the heap the poller
// needs for them (it keeps no state per feed: one claim query a look)
// and the SQLite file; and what a look at the store for due feeds costs
// when none is due.
func BenchmarkFeedsMemory10k(b *testing.B) {
	const n, seen = 10_000, 50
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "bot.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	for i := range n {
		f, err := st.AddFeed(ctx, bot.Feed{Platform: bot.Slack, Workspace: "T1", Channel: "C" + strconv.Itoa(i%500),
			URL: fmt.Sprintf("https://site%d.example/feed.xml", i), Title: "Feed " + strconv.Itoa(i), Topics: []string{"ukraine"},
			By: "slack:T1/U1", At: t0, FeedState: bot.FeedState{Next: t0.Add(time.Duration(i%900) * time.Second)}})
		if err != nil {
			b.Fatal(err)
		}
		for k := range seen {
			if _, err := st.SeeItem(ctx, f.ID, fmt.Sprintf("https://site%d.example/story/%d", i, k), t0); err != nil {
				b.Fatal(err)
			}
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	wal, _ := os.Stat(path + "-wal")
	size := fi.Size()
	if wal != nil {
		size += wal.Size()
	}
	b.ResetTimer()
	start := cpuTime()
	for b.Loop() {
		// A look when none is due.
		fs, err := st.ClaimFeeds(ctx, "bench", t0.Add(-time.Hour), t0.Add(-time.Hour+5*time.Minute), 32)
		if err != nil || len(fs) != 0 {
			b.Fatal(len(fs), err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/look")
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
	b.ReportMetric(float64(size)/(1<<20), "sqlite-MB")
}
