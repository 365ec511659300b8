package bot_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// An item waiting for its next try may leave a busy feed before its wait
// is over (a wire service's lists an item for less than an hour): it is
// drafted from what the store kept of it, at its time, as if the feed
// still listed it. These tests run on the harness's clock, a minute at a
// time, as those of feed_backoff_test.go do.

// events records a poller's Observe events.
type events struct {
	mu  sync.Mutex
	all []string
}

func (e *events) observe(event string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.all = append(e.all, event)
}

func (e *events) since(n int) []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return slices.Clone(e.all[n:])
}

func (e *events) len() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.all)
}

// An item whose article failed, and which the feed then dropped, is tried
// again at the feed's first poll after each wait, from the store: first at
// a read of the feed that no longer lists it, then, after the longer wait,
// at a poll the server answers 304 (the feed, unchanged, is not read in
// full for an item it no longer lists). It is drafted then, once, with a
// card like any other.
func TestFeedItemThatLeftTheFeedIsDraftedAtItsTime(t *testing.T) {
	c := newFeedChat(t)
	ev := &events{}
	c.poller.Observe = ev.observe
	flaky := c.itemLeaves(2)
	if tries := flaky.tries(); len(tries) != 1 {
		t.Fatalf("the new item's article was tried %d times, want once", len(tries))
	}

	reads := c.reads(wire)
	var drafting []string // the events of the poll that drafted it
	seen, tried := ev.len(), 1
	const span = 2 * time.Hour
	c.every(span, func() {
		if n := len(flaky.tries()); n != tried {
			tried = n
			if n == 3 {
				drafting = ev.since(seen)
			}
		}
		seen = ev.len()
	})
	tries := flaky.tries()
	if len(tries) != 3 {
		t.Fatalf("the article of the item that left the feed was tried %d times in %v, want 3 (twice more, after each wait)", len(tries), span)
	}
	pace := feedInterval + feedInterval/10
	for i, wait := range waits()[:2] {
		if gap := tries[i+1].Sub(tries[i]); gap < wait || gap > wait+pace+time.Minute {
			t.Errorf("try %d came %v after the one before, want %v, at the feed's first poll after (within %v)", i+2, gap, wait, pace)
		}
	}
	if !slices.Equal(drafting, []string{"drafted", "unchanged"}) {
		t.Errorf("the poll that drafted the item observed %q, want [drafted unchanged]: drafted at a 304", drafting)
	}
	if cards, _, _ := c.cards.split(); len(cards) != 2 {
		t.Errorf("%d cards, want 2: the old item's and the one that left the feed", len(cards))
	}
	f := c.feedState(wire)
	if f.ItemError != "" || f.LastError != "" || f.Drafts != 2 {
		t.Errorf("feed state %+v; want no errors, 2 drafts", f.FeedState)
	}
	if f.ETag != `"v3"` {
		t.Errorf("the feed's validator is %q, want \"v3\": an item it no longer lists does not keep it read in full", f.ETag)
	}
	if got, max := c.reads(wire)-reads, int(span/(feedInterval*9/10))+2; got > max {
		t.Errorf("the feed was read %d times in %v, want at most %d: at its pace, not every minute", got, span, max)
	}
}

// An item that left the feed and keeps failing is given up after its
// FeedItemAttempts tries, as one the feed lists is.
func TestFeedItemThatLeftTheFeedIsGivenUp(t *testing.T) {
	c := newFeedChat(t)
	flaky := c.itemLeaves(100)
	c.every(5*time.Hour, nil)
	if got := len(flaky.tries()); got != bot.FeedItemAttempts {
		t.Errorf("the article was tried %d times, want %d", got, bot.FeedItemAttempts)
	}
	if f := c.feedState(wire); f.ItemError == "" || f.Drafts != 1 {
		t.Errorf("feed state %+v; want the item given up, shown, and 1 draft", f.FeedState)
	}
}

// failsOnce fails the first fetch of each of its links as a failure that
// may pass, fetching everything else with the harness's pages; it records
// every fetch.
type failsOnce struct {
	bot.Fetcher
	mu      sync.Mutex
	links   map[string]bool
	fetched []string
}

func (f *failsOnce) Fetch(ctx context.Context, link string) (*ingest.Page, error) {
	f.mu.Lock()
	f.fetched = append(f.fetched, link)
	fail := f.links[link]
	delete(f.links, link)
	f.mu.Unlock()
	if fail {
		return nil, bot.TransientFetch(errors.New("fetch " + link + ": the server answered 502 Bad Gateway"))
	}
	return f.Fetcher.Fetch(ctx, link)
}

func (f *failsOnce) since(n int) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.fetched[n:])
}

// Items due from the store share a poll's draft budget with the feed's new
// items: new ones first, the due ones oldest due first with what is left,
// and the rest a minute later, as for a backlog, without the feed read in
// full for them.
func TestFeedItemsThatLeftTheFeedShareThePollBudget(t *testing.T) {
	c := newFeedChat(t)
	base := "https://wire.example"
	old, a, b := c.item(base, 0), c.item(base, 1), c.item(base, 2)
	c.reader.set(wire, func(f *fakeFeed) {
		f.title, f.etag, f.items = "Wire", `"v1"`, []bot.FeedItem{old}
	})
	c.follow("/follow " + wire)
	c.tick()
	fetcher := &failsOnce{Fetcher: c.pages, links: map[string]bool{a.Link: true, b.Link: true}}
	c.bot.Fetcher = fetcher
	c.reader.set(wire, func(f *fakeFeed) { f.etag, f.items = `"v2"`, []bot.FeedItem{b, a, old} })
	c.next()
	if got := fetcher.since(0); !slices.Equal(got, []string{a.Link, b.Link}) {
		t.Fatalf("fetched %q, want both new items once, oldest first", got)
	}
	// Both leave the feed; by their time it lists one fewer new item than
	// a poll drafts.
	var fresh []bot.FeedItem
	for i := range 19 {
		link := fmt.Sprintf("%s/fresh/%d", base, i)
		c.pages.mu.Lock()
		c.pages.files[link] = articleFiles[3+i%(len(articleFiles)-3)]
		c.pages.mu.Unlock()
		fresh = append([]bot.FeedItem{{Key: link, Link: link, Title: fmt.Sprint("fresh ", i)}}, fresh...)
	}
	c.reader.set(wire, func(f *fakeFeed) { f.etag, f.items = `"v3"`, fresh })
	n := len(fetcher.since(0))
	c.next()
	got := fetcher.since(n)
	if len(got) != 20 || !slices.Contains(got, a.Link) || slices.Contains(got, b.Link) {
		t.Fatalf("the poll fetched %d articles (%q); want 20: the 19 new, and the item due first", len(got), got)
	}
	if got[0] != a.Link {
		t.Errorf("the poll fetched %s first, want the item due, the oldest news", got[0])
	}
	reads, n := c.reads(wire), len(fetcher.since(0))
	c.clock.Advance(time.Minute)
	c.tick()
	if got := fetcher.since(n); !slices.Equal(got, []string{b.Link}) {
		t.Errorf("a minute later fetched %q, want the other due item only", got)
	}
	if got := c.reads(wire) - reads; got != 1 {
		t.Errorf("the feed was read %d times in that minute, want once", got)
	}
	if f := c.feedState(wire); f.ETag != `"v3"` || f.ItemError != "" {
		t.Errorf("feed state %+v; want its validator kept (v3) and no item error", f.FeedState)
	}
	n = len(fetcher.since(0))
	c.every(time.Hour, nil)
	if got := fetcher.since(n); len(got) != 0 {
		t.Errorf("fetched %q in the hour after, want nothing: each item drafted once", got)
	}
}

// itemLeaves follows a wire feed with one item, then lists a new one whose
// article fails fails times for a reason that may pass, polls once (its
// first try) and drops it from the feed (validator "v3") before its wait
// is over: what a busy wire does to an item it carried for an hour.
func (c *feedChat) itemLeaves(fails int) *flakyFetcher {
	base := "https://wire.example"
	old, gone := c.item(base, 0), c.item(base, 1)
	c.reader.set(wire, func(f *fakeFeed) {
		f.title, f.etag, f.items = "Wire", `"v1"`, []bot.FeedItem{old}
	})
	c.follow("/follow " + wire)
	c.tick()
	flaky := &flakyFetcher{Fetcher: c.pages, link: gone.Link, fails: fails, clock: c.clock}
	c.bot.Fetcher = flaky
	c.reader.set(wire, func(f *fakeFeed) { f.etag, f.items = `"v2"`, []bot.FeedItem{gone, old} })
	c.next()
	c.reader.set(wire, func(f *fakeFeed) { f.etag, f.items = `"v3"`, []bot.FeedItem{old} })
	return flaky
}
