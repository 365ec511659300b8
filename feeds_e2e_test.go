package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/feeds"
	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/testutil"
)

// Following feeds end to end: a local site serving RSS feeds and their
// articles over HTTP, read by adapters/feeds through the guarded client.

// feedArticles are the test articles the site's items link to: item k of
// any feed is article k (mod the list), so a feed's items are distinct
// stories.
var feedArticles = []string{"01-grain-corridor.txt", "02-rate-rise.txt", "03-expulsions.txt", "04-storm.txt",
	"05-court-ruling.txt", "06-climate-talks.txt", "07-layoffs.txt", "08-ceasefire-talks.txt", "09-mayoral-race.txt", "12-wildfire.txt"}

// feedSite serves /feed/NAME.xml, an RSS 2.0 feed of the items the test
// set for NAME (newest first), with an ETag answered by 304; /a/NAME/K,
// item K's article; and /story/K, article K under a neutral address. It
// counts the requests of each kind.
type feedSite struct {
	srv *httptest.Server

	mu     sync.Mutex
	items  map[string][]int // feed -> article numbers, newest first
	status map[string]int   // feed -> status to answer instead
	extra  map[string][]string
	raw    map[string]http.HandlerFunc // feed -> its own answer
	// answers are statuses an article's path answers, one per request,
	// before the article; requests counts each article path's requests.
	answers  map[string][]int
	requests map[string]int
	// retryAfter is the Retry-After an article's path sends with them.
	retryAfter map[string]string

	feedReads, notModified, articles atomic.Int64
}

func newFeedSite(t testing.TB) *feedSite {
	s := &feedSite{items: map[string][]int{}, status: map[string]int{}, extra: map[string][]string{}, raw: map[string]http.HandlerFunc{},
		answers: map[string][]int{}, requests: map[string]int{}, retryAfter: map[string]string{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *feedSite) url(name string) string { return s.srv.URL + "/feed/" + name + ".xml" }

// set gives feed name the articles ns, newest first.
func (s *feedSite) set(name string, ns ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items[name] = ns
}

// link adds an item linking to link (another site's article) atop the feed.
func (s *feedSite) link(name, link string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.extra[name] = append([]string{link}, s.extra[name]...)
}

func (s *feedSite) fail(name string, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.status[name] = status
}

func (s *feedSite) serve(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	switch {
	case strings.HasPrefix(path, "/feed/"):
		s.feedReads.Add(1)
		name := strings.TrimSuffix(strings.TrimPrefix(path, "/feed/"), ".xml")
		s.mu.Lock()
		ns, ok := s.items[name]
		status := s.status[name]
		extra := s.extra[name]
		raw := s.raw[name]
		s.mu.Unlock()
		if raw != nil {
			raw(w, r)
			return
		}
		if status != 0 {
			http.Error(w, http.StatusText(status), status)
			return
		}
		if !ok {
			http.NotFound(w, r)
			return
		}
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed %s</title><link>%s/</link><description>test</description>`, name, s.srv.URL)
		for i, link := range extra {
			fmt.Fprintf(&b, `<item><title>Extra %d</title><link>%s</link><guid>%s-extra-%d</guid></item>`, i, link, name, len(extra)-i)
		}
		for _, k := range ns {
			fmt.Fprintf(&b, `<item><title>Item %d</title><link>%s/a/%s/%d</link><guid>%s-%d</guid></item>`, k, s.srv.URL, name, k, name, k)
		}
		b.WriteString(`</channel></rss>`)
		sum := sha256.Sum256([]byte(b.String()))
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			s.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write([]byte(b.String()))
	case strings.HasPrefix(path, "/a/") || strings.HasPrefix(path, "/story/"):
		s.articles.Add(1)
		s.mu.Lock()
		s.requests[path]++
		status := 0
		if q := s.answers[path]; len(q) > 0 {
			status, s.answers[path] = q[0], q[1:]
		}
		retryAfter := s.retryAfter[path]
		s.mu.Unlock()
		if status != 0 {
			if retryAfter != "" {
				w.Header().Set("Retry-After", retryAfter)
			}
			http.Error(w, http.StatusText(status), status)
			return
		}
		k, err := strconv.Atoi(path[strings.LastIndexByte(path, '/')+1:])
		if err != nil || k < 0 {
			http.NotFound(w, r)
			return
		}
		data, err := os.ReadFile(filepath.Join(testArticles, feedArticles[k%len(feedArticles)]))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write(data)
	default:
		http.NotFound(w, r)
	}
}

// countingCards is a CardPoster that counts the cards posted, by the
// draft link their note names.
type countingCards struct {
	mu      sync.Mutex
	cards   map[string]int // link -> cards
	notices []bot.Reply
	updates int
}

func (c *countingCards) PostCard(_ context.Context, _ bot.ChannelKey, r bot.Reply) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(r.Actions) == 0 {
		c.notices = append(c.notices, r)
		return "n", nil
	}
	_, link, _ := strings.Cut(r.Note, " from ")
	link = strings.TrimSuffix(strings.Fields(link)[0], ".")
	if c.cards == nil {
		c.cards = map[string]int{}
	}
	c.cards[link]++
	return "m" + strconv.Itoa(len(c.cards)), nil
}

func (c *countingCards) UpdateCard(context.Context, bot.ChannelKey, string, bot.Reply) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.updates++
	return nil
}

// feedStore is what a replica's poller needs of its store.
type feedStore interface {
	bot.FeedStore
	bot.DraftStore
	bot.ContentStore
}

// feedReplica is one bot process's poller on st, posting to cards.
func feedReplica(t testing.TB, st feedStore, owner string, clock bot.Clock, cards bot.CardPoster) *bot.FeedPoller {
	t.Helper()
	corpus, err := briefings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(briefings.NewLibrary(corpus))
	b.Now = clock.Now
	client := web.New(web.Options{AllowPrivate: true, MaxConcurrent: 16})
	b.Content, b.Drafts, b.Feeds = st, st, st
	b.Fetcher = bot.ClientFetcher(client)
	b.FeedReader = feeds.New(client, feeds.Options{Clock: clock})
	return &bot.FeedPoller{Bot: b, Store: st, Reader: b.FeedReader, Cards: map[string]bot.CardPoster{bot.Slack: cards},
		Owner: owner, Interval: 15 * time.Minute, Clock: clock, Concurrency: 8}
}

// aheadClock reads the time d ahead of its clock.
type aheadClock struct {
	c *clocktest.Clock
	d time.Duration
}

func (a aheadClock) Now() time.Time                     { return a.c.Now().Add(a.d) }
func (a aheadClock) NewTimer(d time.Duration) bot.Timer { return a.c.NewTimer(d) }

// Three replicas on one PostgreSQL schema follow the same 200 feeds (each
// in a workspace of its own, so no two are one story): their pollers,
// ticking at the same moments, draft every item exactly once: the newest 3
// of each feed when it is primed, then each new one.
func TestFeedsThreeReplicasDraftEachItemOnce(t *testing.T) {
	dsn := pgtest.FreshSchema(t)
	ctx := t.Context()
	site := newFeedSite(t)
	clock := clocktest.New(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	const nFeeds = 200
	var stores []*postgres.Store
	for range 3 {
		st, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		stores = append(stores, st)
	}
	for i := range nFeeds {
		name := "f" + strconv.Itoa(i)
		site.set(name, 4, 3, 2, 1, 0)
		_, err := stores[0].AddFeed(ctx, bot.Feed{Platform: bot.Slack, Workspace: "T" + strconv.Itoa(i), Channel: "C1",
			URL: site.url(name), By: "slack:T/U1", At: clock.Now(), FeedState: bot.FeedState{Next: clock.Now()}})
		if err != nil {
			t.Fatal(err)
		}
	}
	cards := make([]*countingCards, 3)
	pollers := make([]*bot.FeedPoller, 3)
	for i := range 3 {
		cards[i] = &countingCards{}
		// The third replica's clock runs 6 minutes ahead: it takes the
		// feeds the others hold as if their 5-minute leases had ended, so
		// some feeds are polled by two replicas at once, and only SeeItem
		// keeps their items from being drafted twice.
		var c bot.Clock = clock
		if i == 2 {
			c = aheadClock{clock, 6 * time.Minute}
		}
		pollers[i] = feedReplica(t, stores[i], "replica-"+strconv.Itoa(i), c, cards[i])
	}
	tickAll := func() {
		t.Helper()
		var wg sync.WaitGroup
		for _, p := range pollers {
			wg.Go(func() {
				if err := p.Tick(ctx); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
	}
	tickAll()
	// A new item in every feed, then the next round.
	for i := range nFeeds {
		site.set("f"+strconv.Itoa(i), 5, 4, 3, 2, 1, 0)
	}
	clock.Advance(20 * time.Minute)
	tickAll()
	// And a round with nothing new: 304s, nothing drafted.
	clock.Advance(20 * time.Minute)
	before := site.articles.Load()
	tickAll()
	if got := site.articles.Load() - before; got != 0 {
		t.Errorf("a round of unchanged feeds fetched %d articles", got)
	}

	total := map[string]int{}
	perReplica := []int{}
	for _, c := range cards {
		n := 0
		for link, k := range c.cards {
			total[link] += k
			n += k
		}
		perReplica = append(perReplica, n)
	}
	if len(total) != nFeeds*4 {
		t.Errorf("%d items drafted, want %d (3 when primed and 1 new, per feed)", len(total), nFeeds*4)
	}
	for link, n := range total {
		if n != 1 {
			t.Errorf("%s: %d cards", link, n)
		}
	}
	for i := range nFeeds {
		for _, k := range []int{5, 4, 3} {
			link := fmt.Sprintf("%s/a/f%d/%d", site.srv.URL, i, k)
			if total[link] != 1 {
				t.Fatalf("%s drafted %d times, want once", link, total[link])
			}
		}
		ds, err := stores[1].OpenDrafts(ctx, bot.Slack, "T"+strconv.Itoa(i))
		if err != nil {
			t.Fatal(err)
		}
		if len(ds) != 4 {
			t.Fatalf("workspace T%d has %d drafts, want 4", i, len(ds))
		}
	}
	t.Logf("cards per replica: %v; feed reads %d (304: %d), article fetches %d", perReplica, site.feedReads.Load(), site.notModified.Load(), site.articles.Load())
}

// startStoppable runs the console bot like startTypist, and returns a
// stop that ends its input and waits until it has stopped: a restart.
func startStoppable(t *testing.T, env map[string]string) (*typist, func()) {
	t.Helper()
	r, w := io.Pipe()
	tp := &typist{t: t, in: w, out: &testutil.SyncBuffer{}, logs: &testutil.SyncBuffer{}}
	done := make(chan error, 1)
	go func() {
		done <- run(context.Background(), nil, func(k string) string { return env[k] }, bot.SystemClock{}, r, tp.out, tp.logs)
	}()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			w.Close()
			if err := <-done; err != nil {
				t.Errorf("run: %v\n%s", err, tp.logs)
			}
		})
	}
	t.Cleanup(stop)
	return tp, stop
}

// The "Done when", on the console with SQLite, against a local
// feed site: following a feed of 5 items posts 3 review cards; a new item
// posts one more within an interval; the same story in a second feed posts
// no card and adds the source to the first; a restart posts nothing again;
// an address that is no feed gets a clear answer.
func TestFollowFeedsOnTheConsole(t *testing.T) {
	site := newFeedSite(t)
	site.set("wire", 4, 3, 2, 1, 0)
	env := map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "bot.db"), "INGEST_ALLOW_PRIVATE": "true",
		"FEED_INTERVAL": "1s", "LOG_FORMAT": "json", "LOG_LEVEL": "warn"}
	tp, stop := startStoppable(t, env)

	out := tp.typeLine("/follow "+site.srv.URL+"/story/1", "Nothing was followed.")
	if !strings.Contains(out, "That is not a feed") {
		t.Errorf("/follow of an article:\n%s", out)
	}
	tp.typeLine("/follow "+site.url("wire"), "Its newest 3 stories are being drafted now")
	out = tp.waitFor("/follow", "--- review card 3 in #", 20*time.Second)
	out += tp.waitFor("/follow", "Choices:", 5*time.Second)
	for _, k := range []int{2, 3, 4} { // the newest three, oldest first
		if !strings.Contains(out, fmt.Sprintf("/a/wire/%d", k)) {
			t.Errorf("the first cards lack item %d:\n%s", k, out)
		}
	}
	if strings.Contains(out, "/a/wire/1") || strings.Contains(out, "/a/wire/0") {
		t.Errorf("the first fetch drafted more than the newest 3:\n%s", out)
	}

	site.set("wire", 5, 4, 3, 2, 1, 0)
	tp.waitFor("a new item", "--- review card 4 in #", 20*time.Second)
	out = tp.waitFor("a new item", "Choices:", 5*time.Second)
	if !strings.Contains(out, "/a/wire/5") || strings.Contains(out, "/a/wire/1") || strings.Contains(out, "/a/wire/0") {
		t.Errorf("card 4 is not the new item 5's alone:\n%s", out)
	}

	// A second feed carrying item 5's story under another address.
	site.set("daily")
	site.link("daily", site.srv.URL+"/story/5")
	tp.typeLine("/follow "+site.url("daily"), "Its newest 3 stories are being drafted now")
	out = tp.waitFor("the same story", "--- review card 4 in #console, updated ---", 20*time.Second)
	if strings.Contains(out, "--- review card 5") {
		t.Errorf("the same story in a second feed posted a card of its own:\n%s", out)
	}
	out = tp.waitFor("the same story", "Choices:", 5*time.Second)
	if !strings.Contains(out, "/story/5") || !strings.Contains(out, "/a/wire/5") {
		t.Errorf("the updated card does not list both sources:\n%s", out)
	}
	out = tp.typeLine("/feeds", "Drafts made: 0")
	if !strings.Contains(out, "Drafts made: 4") {
		t.Errorf("/feeds:\n%s", out)
	}

	// A restart: the same store, nothing posted again, however often the
	// feeds are read.
	stop()
	tp, _ = startStoppable(t, env)
	reads := site.feedReads.Load()
	waitUntil(t, "six more feed reads after the restart", func() bool { return site.feedReads.Load() >= reads+6 }, tp.logs)
	tp.typeLine("/feeds", "Drafts made: 0")
	if all := tp.out.String(); strings.Contains(all, "review card") {
		t.Errorf("the restarted bot posted again:\n%s", all)
	}
}

// Malformed input and a failing feed, through adapters/feeds and the
// SQLite store: a 50 MB feed, a feed of 100,000 items, broken XML, a feed
// whose items all point to one article; the poller stays up and each
// feed's state says what went wrong. A feed answering 500 for a day gets
// one notice, and one more when it works again.
func TestFeedsMalformedAndFailing(t *testing.T) {
	ctx := t.Context()
	site := newFeedSite(t)
	site.raw["big"] = func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><description>`)
		chunk := strings.Repeat("x", 1<<20)
		for range 50 {
			io.WriteString(w, chunk)
		}
		io.WriteString(w, `</description></channel></rss>`)
	}
	site.raw["many"] = func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title><link>x</link><description>d</description>`)
		for i := range 100_000 {
			fmt.Fprintf(&b, `<item><guid>m%d</guid><link>%s/a/many/%d</link></item>`, i, site.srv.URL, 99_999-i)
		}
		b.WriteString(`</channel></rss>`)
		io.WriteString(w, b.String())
	}
	site.raw["broken"] = func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>a</ti`)
	}
	site.set("same")
	for range 4 {
		site.link("same", site.srv.URL+"/story/1")
	}
	site.set("fail", 0)

	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "bot.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	clock := clocktest.New(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	for _, name := range []string{"big", "many", "broken", "same", "fail"} {
		if _, err := st.AddFeed(ctx, bot.Feed{Platform: bot.Slack, Workspace: "T-" + name, Channel: "C1", URL: site.url(name),
			By: "slack:T/U1", At: clock.Now(), FeedState: bot.FeedState{Next: clock.Now()}}); err != nil {
			t.Fatal(err)
		}
	}
	cards := &countingCards{}
	p := feedReplica(t, st, "replica", clock, cards)
	if err := p.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	state := func(name string) bot.Feed {
		t.Helper()
		fs, err := st.ChannelFeeds(ctx, bot.Slack, "T-"+name, "C1")
		if err != nil || len(fs) != 1 {
			t.Fatalf("%s: %v %v", name, fs, err)
		}
		return fs[0]
	}
	for _, tt := range []struct {
		name, lastError, itemError string
		drafts                     int
	}{
		{"big", "the feed is larger than 10 MB", "", 0},
		{"many", "", "", 3}, // the newest 3 of 100,000
		{"broken", "the XML is broken", "", 0},
		{"same", "", "several items point to the same article", 1},
	} {
		f := state(tt.name)
		if tt.lastError == "" && f.LastError != "" || !strings.Contains(f.LastError, tt.lastError) ||
			tt.itemError == "" && f.ItemError != "" || !strings.Contains(f.ItemError, tt.itemError) || f.Drafts != tt.drafts {
			t.Errorf("%s: last error %q, item error %q, %d drafts; want %q, %q, %d", tt.name, f.LastError, f.ItemError, f.Drafts, tt.lastError, tt.itemError, tt.drafts)
		}
	}

	site.fail("fail", http.StatusInternalServerError)
	start := clock.Now()
	for clock.Now().Sub(start) < 30*time.Hour {
		clock.Set(state("fail").Next)
		if err := p.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	notices := func() []bot.Reply {
		cards.mu.Lock()
		defer cards.mu.Unlock()
		var out []bot.Reply
		for _, r := range cards.notices {
			if strings.Contains(r.Text, site.url("fail")) {
				out = append(out, r)
			}
		}
		return out
	}
	if ns := notices(); len(ns) != 1 || !strings.Contains(ns[0].Text, "the server answered 500") {
		t.Fatalf("notices after 30 hours of 500s: %+v", ns)
	}
	site.fail("fail", 0)
	clock.Set(state("fail").Next)
	if err := p.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	clock.Advance(time.Hour)
	if err := p.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if ns := notices(); len(ns) != 2 || !strings.Contains(ns[1].Text, "works again") {
		t.Fatalf("notices after the recovery: %+v", ns)
	}
}

// answer makes the article at path answer statuses, one per request,
// before it answers with the article.
func (s *feedSite) answer(path string, statuses ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.answers[path] = statuses
}

func (s *feedSite) requested(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path]
}

// A new item whose article answers 503 is drafted, once, at a later poll,
// though its feed answers 304 meanwhile; one whose article is gone (404)
// is given up at once, and one answering 503 at every try after
// FeedItemAttempts tries spread over hours, each with its error in the
// feed's state; one answering 429 with a Retry-After of two hours is
// tried again no sooner; one the feed drops before its next try (a busy
// wire's) is drafted all the same, from what the store kept of it.
// Through adapters/feeds, the guarded client and each SQL store.
func TestFeedsItemTriedAgainWhenArticleFailsForNow(t *testing.T) {
	stores := []struct {
		name string
		open func(t *testing.T) feedStore
	}{
		{"sqlite", func(t *testing.T) feedStore {
			st, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "bot.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		}},
		{"postgres", func(t *testing.T) feedStore {
			st, err := postgres.Open(t.Context(), pgtest.FreshSchema(t))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		}},
	}
	feedsOf := []struct {
		name      string
		answers   []int // the new item's article, before it answers
		cards     int   // of the new item
		requests  int   // for the new item's article
		itemError string
	}{
		{"flaky", []int{503, 502}, 1, 3, ""},
		{"left", []int{503, 502}, 1, 3, ""}, // leaves the feed after its first try
		{"gone", []int{404}, 0, 1, "the server answered 404 Not Found"},
		{"busy", []int{429}, 1, 2, ""}, // Retry-After: 7200
		{"down", slices.Repeat([]int{503}, 2*bot.FeedItemAttempts), 0, bot.FeedItemAttempts, "could not be fetched in 5 tries over more than 3 hours 20 minutes: the server answered 503 Service Unavailable"},
	}
	for _, sc := range stores {
		t.Run(sc.name, func(t *testing.T) {
			ctx := t.Context()
			st := sc.open(t)
			site := newFeedSite(t)
			clock := clocktest.New(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
			for _, f := range feedsOf {
				site.set(f.name, 0)
				if _, err := st.AddFeed(ctx, bot.Feed{Platform: bot.Slack, Workspace: "T-" + f.name, Channel: "C1", URL: site.url(f.name),
					By: "slack:T/U1", At: clock.Now(), FeedState: bot.FeedState{Next: clock.Now()}}); err != nil {
					t.Fatal(err)
				}
			}
			cards := &countingCards{}
			replicas := []*bot.FeedPoller{feedReplica(t, st, "replica-1", clock, cards), feedReplica(t, st, "replica-2", clock, cards)}
			tick := func(i int) {
				t.Helper()
				if err := replicas[i%2].Tick(ctx); err != nil {
					t.Fatal(err)
				}
			}
			tick(0)
			for _, f := range feedsOf {
				site.answer(fmt.Sprintf("/a/%s/1", f.name), f.answers...)
				site.set(f.name, 1, 0)
			}
			const busy = "/a/busy/1"
			site.mu.Lock()
			site.retryAfter[busy] = "7200"
			site.mu.Unlock()
			notModified := site.notModified.Load()
			var busyAt []time.Time       // when the busy article was requested, to the poll
			for i := range 6 * 60 / 20 { // 6 hours: longer than the tries' waits
				clock.Advance(20 * time.Minute)
				tick(i + 1)
				if i == 0 {
					if got := site.requested("/a/left/1"); got != 1 {
						t.Fatalf("left: its article was requested %d times at its first poll, want once", got)
					}
					site.set("left", 0)
				}
				if site.requested(busy) > len(busyAt) {
					busyAt = append(busyAt, clock.Now())
				}
			}
			if len(busyAt) != 2 || busyAt[1].Sub(busyAt[0]) < 2*time.Hour {
				t.Errorf("the article that asked to wait 2 hours was requested at %v, want twice, 2 hours apart or more", busyAt)
			}
			if site.notModified.Load() == notModified {
				t.Errorf("no feed answered 304 once nothing was left to try")
			}
			cards.mu.Lock()
			defer cards.mu.Unlock()
			for _, f := range feedsOf {
				path := fmt.Sprintf("/a/%s/1", f.name)
				if got := cards.cards[site.srv.URL+path]; got != f.cards {
					t.Errorf("%s: the new item made %d cards, want %d", f.name, got, f.cards)
				}
				if got := site.requested(path); got != f.requests {
					t.Errorf("%s: its article was requested %d times, want %d", f.name, got, f.requests)
				}
				fs, err := st.ChannelFeeds(ctx, bot.Slack, "T-"+f.name, "C1")
				if err != nil || len(fs) != 1 {
					t.Fatalf("%s: %v %v", f.name, fs, err)
				}
				if got := fs[0].ItemError; f.itemError == "" && got != "" || !strings.Contains(got, f.itemError) {
					t.Errorf("%s: item error %q, want %q", f.name, got, f.itemError)
				}
				if fs[0].LastError != "" {
					t.Errorf("%s: the feed failed: %q", f.name, fs[0].LastError)
				}
			}
		})
	}
}
