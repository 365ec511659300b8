package bot_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// The harness of following feeds: the curation harness (newChat) with a
// fake feed reader serving feeds the test writes, a fetcher serving the
// ingest test articles at any link the test maps, and a card poster that
// records what the channel sees.

// fakeFeed is a feed as the fake reader serves it.
type fakeFeed struct {
	title string
	items []bot.FeedItem // newest first
	etag  string         // "" serves no validators
	err   error          // when set, every read fails with it
	// url, when set, is the address the page advertises (FeedPage.URL).
	url string
}

type fakeReader struct {
	mu    sync.Mutex
	feeds map[string]*fakeFeed
	reads []string
}

func (r *fakeReader) Read(_ context.Context, link string, v bot.FeedValidators) (*bot.FeedPage, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reads = append(r.reads, link)
	f := r.feeds[link]
	switch {
	case f == nil:
		return nil, &bot.FeedError{Why: "not a feed: the page is HTML and advertises none", NotAFeed: true}
	case f.err != nil:
		return nil, f.err
	case f.etag != "" && v.ETag == f.etag:
		return &bot.FeedPage{URL: link, NotModified: true, FeedValidators: v}, nil
	}
	page := &bot.FeedPage{URL: link, Title: f.title, Items: slices.Clone(f.items), FeedValidators: bot.FeedValidators{ETag: f.etag}}
	if f.url != "" {
		page.URL = f.url
	}
	return page, nil
}

// set changes a feed: f is called with the reader locked.
func (r *fakeReader) set(link string, f func(*fakeFeed)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.feeds[link] == nil {
		r.feeds[link] = &fakeFeed{}
	}
	f(r.feeds[link])
}

// pages serves the ingest test articles at the links the test maps to
// them; an unmapped link fails as a page that is not there, and
// refused ones as adapters/web refuses a private address.
type pages struct {
	mu      sync.Mutex
	files   map[string]string // link -> article file
	refused map[string]bool
	fetched []string
}

func (p *pages) Fetch(_ context.Context, link string) (*ingest.Page, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.fetched = append(p.fetched, link)
	if p.refused[link] {
		return nil, fmt.Errorf("fetch %s: refused: 10.0.0.7 is a private address", link)
	}
	name, ok := p.files[link]
	if !ok {
		return nil, fmt.Errorf("fetch %s: the server answered 404 Not Found", link)
	}
	data, err := os.ReadFile(filepath.Join(articles, name))
	if err != nil {
		return nil, err
	}
	ct := "text/plain; charset=utf-8"
	if strings.HasSuffix(name, ".html") {
		ct = "text/html; charset=utf-8"
	}
	return &ingest.Page{Body: data, ContentType: ct, URL: link}, nil
}

func (p *pages) count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.fetched)
}

// posted is a message the card poster was given.
type posted struct {
	ch     bot.ChannelKey
	ref    string
	update bool // an UpdateCard of ref
	reply  bot.Reply
}

type fakeCards struct {
	mu    sync.Mutex
	msgs  []posted
	n     int
	tried int // PostCard calls, refused ones included
	fail  error
	// onPost, when set, is called as a card is posted, before it is
	// recorded (with nothing locked): a test holds a poller there.
	onPost func()
}

func (c *fakeCards) PostCard(_ context.Context, ch bot.ChannelKey, r bot.Reply) (string, error) {
	c.mu.Lock()
	hook := c.onPost
	c.mu.Unlock()
	if hook != nil {
		hook()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tried++
	if c.fail != nil {
		return "", c.fail
	}
	c.n++
	ref := fmt.Sprintf("m%d", c.n)
	c.msgs = append(c.msgs, posted{ch: ch, ref: ref, reply: r})
	return ref, nil
}

func (c *fakeCards) UpdateCard(_ context.Context, ch bot.ChannelKey, ref string, r bot.Reply) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.msgs = append(c.msgs, posted{ch: ch, ref: ref, update: true, reply: r})
	return nil
}

// cards are the review cards posted (with a Publish button); notices the
// other posts; updates the UpdateCards.
func (c *fakeCards) split() (cards, notices, updates []posted) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, m := range c.msgs {
		switch {
		case m.update:
			updates = append(updates, m)
		case do(m.reply, "Publish") != "":
			cards = append(cards, m)
		default:
			notices = append(notices, m)
		}
	}
	return
}

// feedChat is a curation harness that follows feeds.
type feedChat struct {
	*chat
	reader *fakeReader
	pages  *pages
	cards  *fakeCards
	poller *bot.FeedPoller
}

const feedInterval = 15 * time.Minute

func newFeedChat(t *testing.T) *feedChat {
	c := &feedChat{chat: newChat(t), reader: &fakeReader{feeds: map[string]*fakeFeed{}},
		pages: &pages{files: map[string]string{}, refused: map[string]bool{}}, cards: &fakeCards{}}
	c.bot.Fetcher = c.pages
	c.bot.Feeds = c.store
	c.bot.FeedReader = c.reader
	c.poller = c.newPoller("replica-1")
	c.bot.Poller = c.poller
	return c
}

// newPoller is a poller on the harness's store: another replica, or the
// bot after a restart.
func (c *feedChat) newPoller(owner string) *bot.FeedPoller {
	return &bot.FeedPoller{Bot: c.bot, Store: c.store, Reader: c.reader, Cards: map[string]bot.CardPoster{bot.Slack: c.cards},
		Owner: owner, Interval: feedInterval, Clock: c.clock}
}

// articleFiles are the test articles feeds link to, in order.
var articleFiles = []string{"01-grain-corridor.txt", "02-rate-rise.txt", "03-expulsions.txt", "04-storm.txt", "05-court-ruling.txt",
	"06-climate-talks.txt", "07-layoffs.txt", "08-ceasefire-talks.txt", "09-mayoral-race.txt", "12-wildfire.txt"}

// item is the feed item of test article n (from 0), at base's outlet.
func (c *feedChat) item(base string, n int) bot.FeedItem {
	link := fmt.Sprintf("%s/story/%d", base, n)
	c.pages.mu.Lock()
	c.pages.files[link] = articleFiles[n]
	c.pages.mu.Unlock()
	return bot.FeedItem{Key: link, Link: link, Title: articleFiles[n]}
}

// feed serves a feed at link with test articles ns, the first newest.
func (c *feedChat) feed(link, title string, ns ...int) {
	base := strings.TrimSuffix(link, "/feed.xml")
	c.reader.set(link, func(f *fakeFeed) {
		f.title, f.items = title, nil
		for _, n := range ns {
			f.items = append(f.items, c.item(base, n))
		}
	})
}

// tick polls what is due at the clock's time.
func (c *feedChat) tick() {
	c.t.Helper()
	if err := c.poller.Tick(c.t.Context()); err != nil {
		c.t.Fatal(err)
	}
}

// next moves the clock on by a jittered interval at most, and polls.
func (c *feedChat) next() {
	c.t.Helper()
	c.clock.Advance(feedInterval + feedInterval/10)
	c.tick()
}

// follow runs /follow as Ana and fails the test unless it followed.
func (c *feedChat) follow(line string) bot.Reply {
	c.t.Helper()
	r := c.ask(ana, line)
	if r.Kind != bot.Answer {
		c.t.Fatalf("%s: %s", line, text(r))
	}
	return r
}

func (c *feedChat) feedState(link string) bot.Feed {
	c.t.Helper()
	fs, err := c.store.ChannelFeeds(c.t.Context(), bot.Slack, "T1", "C1")
	if err != nil {
		c.t.Fatal(err)
	}
	for _, f := range fs {
		if f.URL == link {
			return f
		}
	}
	c.t.Fatalf("no feed %s", link)
	return bot.Feed{}
}

var errServer = &bot.FeedError{Why: "the server answered 500 Internal Server Error", Err: errors.New("500")}
