package bot_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// The tries of an article that fails for now are spaced in time, not in
// polls: these tests move the harness's clock a minute at a time and poll
// whatever is due at each step, so a try made too soon, or a feed read
// too often, shows.

// every polls what is due once a minute, on the harness's clock, for d,
// and calls each after every poll.
func (c *feedChat) every(d time.Duration, each func()) {
	c.t.Helper()
	end := c.clock.Now().Add(d)
	for c.clock.Now().Before(end) {
		c.clock.Advance(time.Minute)
		c.tick()
		if each != nil {
			each()
		}
	}
}

func (c *feedChat) reads(link string) int {
	c.reader.mu.Lock()
	defer c.reader.mu.Unlock()
	n := 0
	for _, r := range c.reader.reads {
		if r == link {
			n++
		}
	}
	return n
}

// waits are the waits between an item's tries: FeedItemRetryWait, three
// times as long at each.
func waits() []time.Duration {
	out := []time.Duration{bot.FeedItemRetryWait}
	for len(out) < bot.FeedItemAttempts-1 {
		out = append(out, 3*out[len(out)-1])
	}
	return out
}

// An article that keeps failing is tried FeedItemAttempts times, each try
// at the feed's first poll after a wait that triples (5 min, 15 min,
// 45 min, 2 h 15), though the poller looks every minute. The feed is read
// at its own pace meanwhile, not every minute, and in full (its old
// validator kept), so that no 304 hides the item waiting.
func TestFeedItemRetriesBackOffInTime(t *testing.T) {
	c := newFeedChat(t)
	site := newArticleSite(t)
	site.clock = c.clock
	c.bot.Fetcher = bot.ClientFetcher(site.srv.Client())
	c.reader.set(wire, func(f *fakeFeed) {
		f.title, f.etag = "Wire", `"v1"`
		f.items = []bot.FeedItem{site.item(0)}
	})
	c.follow("/follow " + wire)
	c.tick()
	always := make([]int, 3*bot.FeedItemAttempts)
	for i := range always {
		always[i] = http.StatusServiceUnavailable
	}
	c.reader.set(wire, func(f *fakeFeed) {
		f.etag = `"v2"`
		f.items = append([]bot.FeedItem{site.item(1, always...)}, f.items...)
	})
	reads := c.reads(wire)
	const span = 5 * time.Hour
	c.every(span, func() {
		if f := c.feedState(wire); f.ItemError == "" && f.ETag != `"v1"` {
			t.Fatalf("at %v, with the item still to try, the feed's validator %q was kept: its next fetch may be a 304 that hides the item",
				c.clock.Now(), f.ETag)
		}
	})

	at := site.fetchedAt(1)
	if len(at) != bot.FeedItemAttempts {
		t.Fatalf("the article was requested %d times in %v, want %d", len(at), span, bot.FeedItemAttempts)
	}
	pace := feedInterval + feedInterval/10 // the longest a feed waits for its next poll
	for i, wait := range waits() {
		if gap := at[i+1].Sub(at[i]); gap < wait || gap > wait+pace+time.Minute {
			t.Errorf("try %d came %v after the one before, want %v, at the feed's first poll after (within %v)", i+2, gap, wait, pace)
		}
	}
	if got, max := c.reads(wire)-reads, int(span/(feedInterval*9/10))+2; got > max {
		t.Errorf("the feed was read %d times in %v, want at most %d: at its pace, not every minute while an item waits", got, span, max)
	}
	f := c.feedState(wire)
	if !strings.Contains(f.ItemError, "in 5 tries over more than 3 hours 20 minutes: the server answered 503") {
		t.Errorf("item error %q, want it given up after its tries", f.ItemError)
	}
	if f.ETag != `"v2"` || f.LastError != "" || f.Failures != 0 {
		t.Errorf("feed state once the item was given up: %+v; want its validator kept, the feed healthy", f.FeedState)
	}
	if cards, _, _ := c.cards.split(); len(cards) != 1 {
		t.Errorf("%d cards, want 1 (the first item's)", len(cards))
	}
}

// flakyFetcher fails the first fails fetches of one link as failures that
// may pass, and fetches the rest with the harness's pages, dating each
// fetch of the link on the clock.
type flakyFetcher struct {
	bot.Fetcher
	link  string
	fails int
	clock *clocktest.Clock

	mu sync.Mutex
	at []time.Time
}

func (f *flakyFetcher) Fetch(ctx context.Context, link string) (*ingest.Page, error) {
	if link != f.link {
		return f.Fetcher.Fetch(ctx, link)
	}
	f.mu.Lock()
	f.at = append(f.at, f.clock.Now())
	fail := len(f.at) <= f.fails
	f.mu.Unlock()
	if fail {
		return nil, bot.TransientFetch(errors.New("fetch " + link + ": the server answered 502 Bad Gateway"))
	}
	return f.Fetcher.Fetch(ctx, link)
}

func (f *flakyFetcher) tries() []time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Time(nil), f.at...)
}

// A feed with more new items than one poll drafts is read again a minute
// later, and again, until they are drafted: those polls do not spend the
// tries of an item that waits. It is tried again after its wait, at the
// feed's next poll after it, and drafted then.
func TestFeedItemWaitsThroughBacklogPolls(t *testing.T) {
	c := newFeedChat(t)
	c.feed(wire, "Wire", 0)
	c.follow("/follow " + wire)
	c.tick()
	const n = 45 // three polls' worth, drafted a minute apart
	items := make([]bot.FeedItem, n)
	for i := range items {
		link := fmt.Sprintf("https://wire.example/backlog/%d", i)
		c.pages.mu.Lock()
		c.pages.files[link] = articleFiles[1+i%(len(articleFiles)-1)]
		c.pages.mu.Unlock()
		items[n-1-i] = bot.FeedItem{Key: link, Link: link, Title: fmt.Sprint("item ", i)} // newest first
	}
	// The oldest fails once: it is drafted first, at the first poll.
	flaky := &flakyFetcher{Fetcher: c.pages, link: items[n-1].Link, fails: 1, clock: c.clock}
	c.bot.Fetcher = flaky
	c.reader.set(wire, func(f *fakeFeed) { f.items = append(items, f.items...) })

	c.next()
	reads := c.reads(wire)
	c.every(bot.FeedItemRetryWait-time.Minute, nil)
	if got := c.reads(wire) - reads; got < 2 {
		t.Fatalf("the feed was read %d times in the minutes after, want its backlog read a minute apart", got)
	}
	if tries := flaky.tries(); len(tries) != 1 {
		t.Fatalf("the failing article was tried %d times within %v, want once: the backlog's polls spent its tries",
			len(tries), bot.FeedItemRetryWait-time.Minute)
	}
	pace := feedInterval + feedInterval/10
	c.every(pace+time.Minute, nil)
	tries := flaky.tries()
	if len(tries) != 2 {
		t.Fatalf("the article was tried %d times, want twice: again at the feed's first poll after its wait", len(tries))
	}
	if gap := tries[1].Sub(tries[0]); gap < bot.FeedItemRetryWait || gap > bot.FeedItemRetryWait+pace {
		t.Errorf("the second try came %v after the first, want %v, at the feed's first poll after (within %v)", gap, bot.FeedItemRetryWait, pace)
	}
	if f := c.feedState(wire); f.ItemError != "" {
		t.Errorf("item error %q, want none: drafted at its second try", f.ItemError)
	}
}

// A server that answers 429 or 503 with a Retry-After longer than the
// item's wait is not asked again sooner (up to 6 hours); a shorter one, an
// unreadable one, or one on another status leaves the wait as it is.
func TestFeedItemHonoursRetryAfter(t *testing.T) {
	pace := feedInterval + feedInterval/10
	tests := []struct {
		name   string
		status int
		header func(try time.Time) string // given the time of the first try
		wait   time.Duration
	}{
		{"503, an hour in seconds", 503, func(time.Time) string { return "3600" }, time.Hour},
		{"429, two hours as a date", 429, func(at time.Time) string { return at.Add(2 * time.Hour).UTC().Format(http.TimeFormat) }, 2 * time.Hour},
		{"503, a day: 6 hours at most", 503, func(time.Time) string { return "86400" }, 6 * time.Hour},
		{"503, a minute: the wait", 503, func(time.Time) string { return "60" }, bot.FeedItemRetryWait},
		{"503, unreadable: the wait", 503, func(time.Time) string { return "later" }, bot.FeedItemRetryWait},
		{"502: not read", 502, func(time.Time) string { return "3600" }, bot.FeedItemRetryWait},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newFeedChat(t)
			site := newArticleSite(t)
			site.clock = c.clock
			c.bot.Fetcher = bot.ClientFetcher(site.srv.Client())
			c.reader.set(wire, func(f *fakeFeed) {
				f.title, f.etag = "Wire", `"v1"`
				f.items = []bot.FeedItem{site.item(0)}
			})
			c.follow("/follow " + wire)
			c.tick()
			c.reader.set(wire, func(f *fakeFeed) {
				f.etag = `"v2"`
				f.items = append([]bot.FeedItem{site.item(1, tt.status)}, f.items...)
			})
			site.mu.Lock()
			site.retryAfter["/story/1"] = tt.header(c.clock.Now().Add(pace))
			site.mu.Unlock()
			c.next() // the first try, at the feed's next poll
			if got := site.fetched(1); got != 1 {
				t.Fatalf("the article was requested %d times at the first poll, want once", got)
			}
			c.every(tt.wait+pace+time.Minute, nil)
			at := site.fetchedAt(1)
			if len(at) != 2 {
				t.Fatalf("the article was requested %d times, want twice", len(at))
			}
			if gap := at[1].Sub(at[0]); gap < tt.wait || gap > tt.wait+pace+time.Minute {
				t.Errorf("the second try came %v after the first, want %v, at the feed's first poll after (within %v)", gap, tt.wait, pace)
			}
			if cards, _, _ := c.cards.split(); len(cards) != 2 {
				t.Errorf("%d cards, want 2: the item drafted at its second try", len(cards))
			}
		})
	}
}
