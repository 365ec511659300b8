package bot_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// articleSite is a local web site serving test article n at /story/n,
// through the bot's real fetcher (ClientFetcher). A path may be given
// answers to give first, one per request: a status, or hangUp to cut the
// connection before any answer.
type articleSite struct {
	srv *httptest.Server

	mu      sync.Mutex
	script  map[string][]int // path -> answers still to give before the article
	fetches map[string]int   // path -> requests
	holding chan struct{}    // told when a request holds (answer hold)
	// retryAfter is the Retry-After sent with a path's error answers.
	retryAfter map[string]string
	// clock, when set, dates each request in at.
	clock *clocktest.Clock
	at    map[string][]time.Time
}

// Answers in a script besides a status: hangUp cuts the connection
// instead of answering; hold answers nothing until the client gives up,
// after telling holding.
const (
	hangUp = -1
	hold   = -2
)

func newArticleSite(t *testing.T) *articleSite {
	s := &articleSite{script: map[string][]int{}, fetches: map[string]int{}, holding: make(chan struct{}, 1),
		retryAfter: map[string]string{}, at: map[string][]time.Time{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *articleSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.fetches[r.URL.Path]++
	if s.clock != nil {
		s.at[r.URL.Path] = append(s.at[r.URL.Path], s.clock.Now())
	}
	answer := 0
	if q := s.script[r.URL.Path]; len(q) > 0 {
		answer, s.script[r.URL.Path] = q[0], q[1:]
	}
	retryAfter := s.retryAfter[r.URL.Path]
	s.mu.Unlock()
	switch answer {
	case 0:
	case hangUp:
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
		return
	case hold:
		s.holding <- struct{}{}
		<-r.Context().Done()
		return
	default:
		if retryAfter != "" {
			w.Header().Set("Retry-After", retryAfter)
		}
		http.Error(w, http.StatusText(answer), answer)
		return
	}
	var n int
	if _, err := fmt.Sscanf(r.URL.Path, "/story/%d", &n); err != nil || n < 0 || n >= len(articleFiles) {
		http.NotFound(w, r)
		return
	}
	data, err := os.ReadFile(filepath.Join(articles, articleFiles[n]))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write(data)
}

// item is the feed item of article n, answering script first.
func (s *articleSite) item(n int, script ...int) bot.FeedItem {
	path := "/story/" + strconv.Itoa(n)
	s.mu.Lock()
	s.script[path] = script
	s.mu.Unlock()
	return bot.FeedItem{Key: "tag:site," + strconv.Itoa(n), Link: s.srv.URL + path, Title: articleFiles[n]}
}

func (s *articleSite) fetched(n int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fetches["/story/"+strconv.Itoa(n)]
}

// fetchedAt is when article n was requested, by the site's clock.
func (s *articleSite) fetchedAt(n int) []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.at["/story/"+strconv.Itoa(n)])
}

// A new item whose article cannot be fetched for a reason that may pass
// is tried again at later polls, by whichever replica polls the feed,
// until it is drafted once or FeedItemAttempts tries have failed; one that
// fails for good is given up at once. The feed meanwhile answers 304 to
// its validator, which must not hide the item left to try.
func TestFeedItemRetriedWhenFetchMayPass(t *testing.T) {
	never := make([]int, 2*bot.FeedItemAttempts)
	for i := range never {
		never[i] = http.StatusServiceUnavailable
	}
	tests := []struct {
		name      string
		script    []int // the article's answers before the article itself
		drafted   bool
		fetches   int    // requests for the article, over all the polls
		itemError string // in the feed's ItemError; "" for none
	}{
		{"503 once", []int{503}, true, 2, ""},
		{"a connection cut, then 502 and 504", []int{hangUp, 502, 504}, true, 4, ""},
		{"429 then 408", []int{429, 408}, true, 3, ""},
		{"as many 500s as it has tries, less one", []int{500, 500, 500, 500}, true, bot.FeedItemAttempts, ""},
		{"404: not tried again", []int{404}, false, 1, "the server answered 404 Not Found"},
		{"410: not tried again", []int{410}, false, 1, "410 Gone"},
		{"503 at every try: given up", never, false, bot.FeedItemAttempts, "in 5 tries over more than 3 hours 20 minutes: the server answered 503 Service Unavailable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newFeedChat(t)
			site := newArticleSite(t)
			// A new connection for every fetch: the transport retries a
			// request by itself on a kept-alive one that was cut, which
			// would make the requests counted depend on what it kept.
			tr := site.srv.Client().Transport.(*http.Transport).Clone()
			tr.DisableKeepAlives = true
			c.bot.Fetcher = bot.ClientFetcher(&http.Client{Transport: tr})
			c.reader.set(wire, func(f *fakeFeed) {
				f.title, f.etag = "Wire", `"v1"`
				f.items = []bot.FeedItem{site.item(0)}
			})
			c.follow("/follow " + wire)
			c.tick()
			if cards, _, _ := c.cards.split(); len(cards) != 1 {
				t.Fatalf("the first fetch posted %d cards, want 1", len(cards))
			}
			// A new item; the feed then stays as it is, answering 304 to
			// its validator from the poll that reads it on.
			c.reader.set(wire, func(f *fakeFeed) {
				f.etag = `"v2"`
				f.items = append([]bot.FeedItem{site.item(1, tt.script...)}, f.items...)
			})
			// Polls at the feed's pace for longer than the tries' waits.
			for i := range int(6 * time.Hour / (feedInterval + feedInterval/10)) {
				if i%2 == 1 {
					// Every other poll by another replica: what is left to
					// try is the store's, not one poller's.
					c.poller = c.newPoller("replica-" + strconv.Itoa(i))
				}
				c.next()
			}
			cards, _, _ := c.cards.split()
			if got := len(cards) - 1; got != map[bool]int{true: 1, false: 0}[tt.drafted] {
				t.Errorf("the new item made %d cards, want drafted %v (once)", got, tt.drafted)
			}
			if tt.drafted && len(cards) == 2 && !strings.Contains(cards[1].reply.Note, "/story/1") {
				t.Errorf("the card is not the new item's: %q", cards[1].reply.Note)
			}
			if got := site.fetched(1); got != tt.fetches {
				t.Errorf("the article was requested %d times, want %d", got, tt.fetches)
			}
			f := c.feedState(wire)
			switch {
			case tt.itemError == "" && f.ItemError != "":
				t.Errorf("item error %q, want none", f.ItemError)
			case !strings.Contains(f.ItemError, tt.itemError):
				t.Errorf("item error %q, want it to say %q", f.ItemError, tt.itemError)
			}
			if f.LastError != "" || f.Failures != 0 {
				t.Errorf("an item's problem made the feed fail: %+v", f.FeedState)
			}
			if f.ETag != `"v2"` {
				t.Errorf("the feed's validator is %q once nothing is left to try, want \"v2\" kept", f.ETag)
			}
			if got := site.fetched(0); got != 1 {
				t.Errorf("the item drafted at the first fetch was fetched %d times, want 1", got)
			}
			if tt.itemError != "" {
				r := c.ask(ana, "/feeds")
				if !strings.Contains(text(r), "Last problem with an item:") || !strings.Contains(text(r), tt.itemError) {
					t.Errorf("/feeds does not show the item's problem:\n%s", text(r))
				}
			}
		})
	}
}

// A poll cut short while an article is being fetched (the bot shutting
// down past its drain, or the poll's time limit) hands the item back: the
// next poll drafts it, once.
func TestFeedItemCutShortIsTriedAgain(t *testing.T) {
	c := newFeedChat(t)
	site := newArticleSite(t)
	c.bot.Fetcher = bot.ClientFetcher(site.srv.Client())
	c.reader.set(wire, func(f *fakeFeed) {
		f.title, f.etag = "Wire", `"v1"`
		f.items = []bot.FeedItem{site.item(1, hold), site.item(0)}
	})
	c.follow("/follow " + wire)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- c.poller.Tick(ctx) }()
	<-site.holding // item 0 drafted (the oldest first), item 1 being fetched
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if cards, _, _ := c.cards.split(); len(cards) != 1 {
		t.Fatalf("the poll cut short posted %d cards, want 1 (the item fetched before)", len(cards))
	}
	c.next()
	c.next()
	cards, _, _ := c.cards.split()
	if len(cards) != 2 || !strings.Contains(cards[1].reply.Note, "/story/1") {
		t.Fatalf("after the poll cut short: %d cards, want 2, the last of story 1", len(cards))
	}
	if f := c.feedState(wire); f.ItemError != "" || f.ETag != `"v1"` {
		t.Errorf("feed state after: item error %q, etag %q", f.ItemError, f.ETag)
	}
}

// countingFetcher counts the fetches of each link.
type countingFetcher struct {
	bot.Fetcher
	mu sync.Mutex
	n  map[string]int
}

func (f *countingFetcher) Fetch(ctx context.Context, link string) (*ingest.Page, error) {
	f.mu.Lock()
	f.n[link]++
	f.mu.Unlock()
	return f.Fetcher.Fetch(ctx, link)
}

// An item whose link is refused is given up at once even when the poll
// was cut short before it was fetched: it is not handed back to be
// refused again at the next poll.
func TestFeedItemRefusedInPollCutShortNotTriedAgain(t *testing.T) {
	c := newFeedChat(t)
	site := newArticleSite(t)
	fetcher := &countingFetcher{Fetcher: bot.ClientFetcher(site.srv.Client()), n: map[string]int{}}
	c.bot.Fetcher = fetcher
	const bad = "ftp://example.com/story"
	c.reader.set(wire, func(f *fakeFeed) {
		f.title, f.etag = "Wire", `"v1"`
		f.items = []bot.FeedItem{{Key: "tag:site,ftp", Link: bad, Title: "Not on the web"}, site.item(1, hold), site.item(0)}
	})
	c.follow("/follow " + wire)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- c.poller.Tick(ctx) }()
	<-site.holding
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if f := c.feedState(wire); !strings.Contains(f.ItemError, "not a web address") {
		t.Errorf("after the poll cut short, item error %q, want the refused link's", f.ItemError)
	}
	c.next()
	c.next()
	if got := fetcher.n[bad]; got != 1 {
		t.Errorf("the refused link was fetched %d times, want once", got)
	}
	if cards, _, _ := c.cards.split(); len(cards) != 2 {
		t.Errorf("%d cards, want 2", len(cards))
	}
}

// retryFails is a feed store that cannot hand an item back.
type retryFails struct{ bot.FeedStore }

func (retryFails) RetryItem(context.Context, int64, bot.FeedItem, []time.Time) (bool, error) {
	return false, fmt.Errorf("the store is not answering")
}

// An item that cannot be handed back (the store failed) is given up with
// its fetch's reason, not said to have been tried FeedItemAttempts times.
func TestFeedItemNotHandedBackSaysWhy(t *testing.T) {
	c := newFeedChat(t)
	site := newArticleSite(t)
	c.bot.Fetcher = bot.ClientFetcher(site.srv.Client())
	c.poller.Store = retryFails{c.store}
	c.reader.set(wire, func(f *fakeFeed) {
		f.title, f.etag = "Wire", `"v1"`
		f.items = []bot.FeedItem{site.item(0, 503)}
	})
	c.follow("/follow " + wire)
	c.tick()
	f := c.feedState(wire)
	if !strings.Contains(f.ItemError, "503 Service Unavailable") || strings.Contains(f.ItemError, "tries") {
		t.Errorf("item error %q, want the 503 without a claim of %d polls", f.ItemError, bot.FeedItemAttempts)
	}
}
