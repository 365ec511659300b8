package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/briefbot/briefbot/bot"
)

const (
	wire  = "https://wire.example/feed.xml"
	daily = "https://daily.example/feed.xml"
)

// Following a feed of 5 items posts 3 review cards, the newest three, in
// the order of the news; a new item posts one more at the next interval;
// a restarted poller (same store) posts nothing again.
func TestFollowFirstFetchDraftsNewestThree(t *testing.T) {
	c := newFeedChat(t)
	c.feed(wire, "Wire", 4, 3, 2, 1, 0)
	r := c.follow("/follow " + wire + " energy")
	if !strings.Contains(r.Text, "newest 3 stories") || !strings.Contains(r.Text, "posted in this channel") {
		t.Errorf("/follow says: %s", text(r))
	}
	c.tick()
	cards, notices, _ := c.cards.split()
	if len(cards) != 3 || len(notices) != 0 {
		t.Fatalf("first fetch: %d cards and %d notices, want 3 and 0: %+v", len(cards), len(notices), c.cards.msgs)
	}
	// The newest three (4, 3, 2), the oldest of them first.
	for i, want := range []string{"story/2", "story/3", "story/4"} {
		if !strings.Contains(cards[i].reply.Note, want) {
			t.Errorf("card %d: %q, want the article %s", i, cards[i].reply.Note, want)
		}
		if cards[i].ch != (bot.ChannelKey{Platform: bot.Slack, Workspace: "T1", Channel: "C1"}) {
			t.Errorf("card %d posted in %v", i, cards[i].ch)
		}
		if !strings.Contains(cards[i].reply.Note, "Drafted by the feed “Wire”") {
			t.Errorf("card %d does not say the feed drafted it: %q", i, cards[i].reply.Note)
		}
		if !strings.Contains(text(cards[i].reply), "Energy") {
			t.Errorf("card %d lacks the feed's topic: %s", i, text(cards[i].reply))
		}
	}
	if n := c.pages.count(); n != 3 {
		t.Errorf("%d articles fetched on the first fetch, want 3", n)
	}

	// Nothing new: nothing posted.
	c.next()
	if cards, _, _ := c.cards.split(); len(cards) != 3 {
		t.Fatalf("an unchanged feed posted %d cards", len(cards)-3)
	}
	// A new item: one card at the next interval.
	c.feed(wire, "Wire", 5, 4, 3, 2, 1, 0)
	c.next()
	cards, _, _ = c.cards.split()
	if len(cards) != 4 || !strings.Contains(cards[3].reply.Note, "story/5") {
		t.Fatalf("after a new item: %d cards, want 4, the last of story/5", len(cards))
	}
	// A restart: another poller on the same store posts nothing again,
	// even when an old item's date changes.
	c.reader.set(wire, func(f *fakeFeed) { f.items[3].Published = c.clock.Now() })
	c.poller = c.newPoller("replica-restarted")
	c.next()
	if cards, _, _ := c.cards.split(); len(cards) != 4 {
		t.Fatalf("after a restart: %d cards, want still 4", len(cards))
	}
	f := c.feedState(wire)
	if f.Drafts != 4 || !f.Primed || f.LastError != "" {
		t.Errorf("feed state: drafts %d, primed %v, error %q", f.Drafts, f.Primed, f.LastError)
	}
	r = c.ask(ana, "/feeds")
	for _, want := range []string{"1. Wire", wire, "Topics: Energy", "Last fetched:", "Next fetch:", "Drafts made: 4"} {
		if !strings.Contains(text(r), want) {
			t.Errorf("/feeds lacks %q:\n%s", want, text(r))
		}
	}
}

// The same story in a second followed feed posts no new card: the first
// draft gets the second source, and its card is updated in place.
func TestSameStoryJoinsTheFirstDraft(t *testing.T) {
	c := newFeedChat(t)
	c.feed(wire, "Wire", 0)
	c.follow("/follow " + wire)
	c.tick()
	c.feed(daily, "Daily", 6) // another story, drafted when followed
	c.follow("/follow " + daily)
	c.tick()
	// Daily carries the wire's story 0 under its own address.
	c.feed(daily, "Daily", 0, 6)
	c.next()
	cards, _, updates := c.cards.split()
	if len(cards) != 2 {
		t.Fatalf("%d cards, want 2 (one per story)", len(cards))
	}
	if len(updates) != 1 || updates[0].ref != cards[0].ref {
		t.Fatalf("updates %+v, want one of the first card %s", updates, cards[0].ref)
	}
	var urls []string
	for _, s := range updates[0].reply.Sources {
		urls = append(urls, s.URL)
	}
	if len(urls) != 2 || urls[0] != "https://wire.example/story/0" || urls[1] != "https://daily.example/story/0" {
		t.Errorf("the updated card's sources: %v", urls)
	}
	if do(updates[0].reply, "Publish") == "" {
		t.Errorf("the updated card lost its buttons: %s", text(updates[0].reply))
	}
	// Its buttons are of the draft's new version: publishing works.
	e := c.act(ana, do(updates[0].reply, "Publish"))
	if e.Card == nil || e.Notice != nil && e.Notice.Title == "Nothing was changed" {
		t.Fatalf("publishing from the updated card: %+v", e.Notice)
	}
}

// A feed answering 304 costs no article fetch and no draft.
func TestNotModifiedFetchesNothing(t *testing.T) {
	c := newFeedChat(t)
	c.feed(wire, "Wire", 1, 0)
	c.reader.set(wire, func(f *fakeFeed) { f.etag = `"v1"` })
	c.follow("/follow " + wire)
	c.tick()
	fetched := c.pages.count()
	// The feed changes, but its server still answers 304 to the validator.
	c.feed(wire, "Wire", 2, 1, 0)
	c.next()
	if n := c.pages.count(); n != fetched {
		t.Errorf("a 304 fetched %d articles", n-fetched)
	}
	if cards, _, _ := c.cards.split(); len(cards) != 2 {
		t.Errorf("a 304 posted %d cards", len(cards)-2)
	}
	if f := c.feedState(wire); !f.LastOK.Equal(c.clock.Now()) || f.ETag != `"v1"` {
		t.Errorf("after a 304: last ok %v (now %v), etag %q", f.LastOK, c.clock.Now(), f.ETag)
	}
}

// A feed failing for 24 hours gets exactly one notice, and one recovery
// notice when it works again.
func TestFailingFeedNoticeOnceAndRecovery(t *testing.T) {
	c := newFeedChat(t)
	c.feed(wire, "Wire", 0)
	c.follow("/follow " + wire)
	c.tick()
	c.reader.set(wire, func(f *fakeFeed) { f.err = errServer })
	start := c.clock.Now()
	for c.clock.Now().Sub(start) < 40*time.Hour {
		c.clock.Set(c.feedState(wire).Next)
		c.tick()
	}
	_, notices, _ := c.cards.split()
	if len(notices) != 1 {
		t.Fatalf("%d notices in 40 hours of failures, want 1: %+v", len(notices), notices)
	}
	n := notices[0].reply.Text
	for _, want := range []string{"“Wire” (" + wire + ")", "has failed for 2", "the server answered 500", "I keep trying; /feeds shows its state"} {
		if !strings.Contains(n, want) {
			t.Errorf("notice %q lacks %q", n, want)
		}
	}
	f := c.feedState(wire)
	if !f.Notified || f.Failures < 5 || f.LastError == "" {
		t.Errorf("failing feed: %+v", f.FeedState)
	}
	// Backoff: never more than 6 hours between tries.
	if gap := f.Next.Sub(f.LastFetch); gap > bot.FeedMaxBackoff {
		t.Errorf("next try %s after the last", gap)
	}
	if r := c.ask(ana, "/feeds"); !strings.Contains(text(r), "Failing: the server answered 500") {
		t.Errorf("/feeds does not say it fails:\n%s", text(r))
	}

	c.reader.set(wire, func(f *fakeFeed) { f.err = nil })
	c.clock.Set(f.Next)
	c.tick()
	c.next()
	_, notices, _ = c.cards.split()
	if len(notices) != 2 || !strings.Contains(notices[1].reply.Text, "works again") {
		t.Fatalf("after recovery: %d notices, want 2, the last saying it works again: %+v", len(notices), notices)
	}
	if f := c.feedState(wire); f.Notified || f.Failures != 0 || f.LastError != "" {
		t.Errorf("recovered feed: %+v", f.FeedState)
	}
}

// Ten failures in a row get the notice before 24 hours have passed, when
// the interval is short.
func TestTenFailuresInARow(t *testing.T) {
	c := newFeedChat(t)
	c.poller.Interval = time.Minute
	c.reader.set(wire, func(f *fakeFeed) { f.title = "Wire" })
	c.follow("/follow " + wire)
	c.reader.set(wire, func(f *fakeFeed) { f.err = &bot.FeedError{Why: "the server answered 404 Not Found"} })
	for range 10 {
		c.clock.Set(c.feedState(wire).Next)
		c.tick()
	}
	_, notices, _ := c.cards.split()
	if len(notices) != 1 || !strings.Contains(notices[0].reply.Text, "has failed 10 times in a row: the server answered 404 Not Found") {
		t.Fatalf("notices %+v", notices)
	}
}

// /follow of an address that is not a feed answers why, and follows
// nothing; a refused address is refused.
func TestFollowNotAFeed(t *testing.T) {
	c := newFeedChat(t)
	tests := []struct {
		name, line string
		kind       bot.Kind
		want       string
	}{
		{"not a feed", "/follow https://example.com/about", bot.Usage, "https://example.com/about is not a feed: the page is HTML and advertises none."},
		{"private", "/follow https://intranet.example/feed", bot.Refused, "10.0.0.7 is a private address"},
		{"no address", "/follow", bot.Usage, "Which feed?"},
		{"no web address", "/follow ftp://example.com/feed", bot.Usage, "not ftp:// ones"},
		{"unknown topic", "/follow " + wire + " astronomy", bot.NotFound, "No topic called “astronomy”"},
	}
	c.reader.set("https://intranet.example/feed", func(f *fakeFeed) {
		f.err = &bot.FeedError{Why: "refused: 10.0.0.7 is a private address"}
	})
	c.feed(wire, "Wire", 0)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.ask(ana, tt.line)
			if r.Kind != tt.kind || !strings.Contains(text(r), tt.want) {
				t.Errorf("%s: kind %v, %s\nwant kind %v with %q", tt.line, r.Kind, text(r), tt.kind, tt.want)
			}
		})
	}
	if fs, _ := c.store.ChannelFeeds(t.Context(), bot.Slack, "T1", "C1"); len(fs) != 0 {
		t.Errorf("followed %d feeds", len(fs))
	}
	if r := c.ask(eve, "/follow "+wire); r.Kind != bot.Refused || !strings.Contains(r.Title, "Only curators") {
		t.Errorf("a non-curator's /follow: %s", text(r))
	}
	c.follow("/follow " + wire)
	if r := c.ask(ana, "/follow "+wire); !strings.Contains(r.Title, "already follows it") {
		t.Errorf("a second /follow: %s", text(r))
	}
}

// Malformed input: a feed that cannot be parsed says so in /feeds; an
// item whose link is refused is the feed's ItemError, the feed healthy;
// items all pointing to one article draft it once.
func TestMalformedFeedsAndItems(t *testing.T) {
	c := newFeedChat(t)
	c.feed(wire, "Wire", 0)
	c.follow("/follow " + wire)
	c.tick()

	c.reader.set(wire, func(f *fakeFeed) {
		f.err = &bot.FeedError{Why: "the feed is broken: XML syntax error on line 3"}
	})
	c.next()
	if r := c.ask(ana, "/feeds"); !strings.Contains(text(r), "Failing: the feed is broken: XML syntax error on line 3") {
		t.Errorf("/feeds:\n%s", text(r))
	}

	c.reader.set(wire, func(f *fakeFeed) {
		f.err = nil
		bad := bot.FeedItem{Key: "bad", Link: "http://10.0.0.7/x"}
		same1 := bot.FeedItem{Key: "s1", Link: "https://wire.example/story/1"}
		same2 := bot.FeedItem{Key: "s2", Link: "https://wire.example/story/1"}
		f.items = append([]bot.FeedItem{same2, same1, bad}, f.items...)
	})
	c.item("https://wire.example", 1)
	c.pages.refused["http://10.0.0.7/x"] = true
	c.clock.Set(c.feedState(wire).Next)
	c.tick()
	f := c.feedState(wire)
	if f.LastError != "" || f.Failures != 0 {
		t.Errorf("an item's problem made the feed fail: %+v", f.FeedState)
	}
	if !strings.Contains(f.ItemError, "same article") && !strings.Contains(f.ItemError, "private address") {
		t.Errorf("item error %q", f.ItemError)
	}
	cards, _, _ := c.cards.split()
	if len(cards) != 2 {
		t.Errorf("%d cards, want 2 (story 0, then story 1 once)", len(cards))
	}
	r := c.ask(ana, "/feeds")
	if !strings.Contains(text(r), "Last problem with an item:") {
		t.Errorf("/feeds does not show the item's problem:\n%s", text(r))
	}
}

// An item link refused as a private address: the feed's ItemError says
// so, and nothing is drafted.
func TestItemLinkRefused(t *testing.T) {
	c := newFeedChat(t)
	c.reader.set(wire, func(f *fakeFeed) {
		f.title = "Wire"
		f.items = []bot.FeedItem{{Key: "x", Link: "http://10.0.0.7/x"}}
	})
	c.pages.refused["http://10.0.0.7/x"] = true
	c.follow("/follow " + wire)
	c.tick()
	f := c.feedState(wire)
	if !strings.Contains(f.ItemError, "refused: 10.0.0.7 is a private address") || f.LastError != "" || f.Drafts != 0 {
		t.Errorf("feed state %+v", f.FeedState)
	}
	if cards, _, _ := c.cards.split(); len(cards) != 0 {
		t.Errorf("%d cards", len(cards))
	}
}

// raceDrafts publishes the draft right after the poller added a source to
// it, before its card is updated: the card must then show it published,
// never open again.
type raceDrafts struct {
	bot.DraftStore
	c    *feedChat
	done bool
}

func (r *raceDrafts) UpdateDraft(ctx context.Context, d bot.Draft) (bot.Draft, error) {
	saved, err := r.DraftStore.UpdateDraft(ctx, d)
	if err != nil || r.done || len(saved.Content.Sources) == 0 {
		return saved, err
	}
	r.done = true
	pub := saved
	pub.State, pub.Published, pub.Briefing = bot.DraftPublished, 1, "x"
	pub.ChangedBy, pub.ChangedByName, pub.Changed = "slack:T1/U2", "Bo", r.c.clock.Now()
	return saved, func() error { _, err := r.DraftStore.UpdateDraft(ctx, pub); return err }()
}

func TestJoinRaceWithPublish(t *testing.T) {
	c := newFeedChat(t)
	c.bot.Drafts = &raceDrafts{DraftStore: c.store, c: c}
	c.feed(wire, "Wire", 0)
	c.follow("/follow " + wire)
	c.tick()
	c.feed(daily, "Daily")
	c.follow("/follow " + daily)
	c.tick()
	c.feed(daily, "Daily", 0)
	c.next()
	_, _, updates := c.cards.split()
	if len(updates) != 1 {
		t.Fatalf("%d updates, want 1", len(updates))
	}
	u := updates[0].reply
	if do(u, "Publish") != "" || !strings.Contains(u.Note, "Published by Bo") {
		t.Errorf("the card was put back open after it was published: %s", text(u))
	}
}

// Run in virtual time: /follow wakes the poller, which primes the feed at
// once; a new item is drafted within one interval.
func TestPollerRun(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		c := newFeedChat(t)
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error)
		go func() { done <- c.poller.Run(ctx) }()
		synctest.Wait()
		c.feed(wire, "Wire", 4, 3, 2, 1, 0)
		c.follow("/follow " + wire)
		synctest.Wait()
		if cards, _, _ := c.cards.split(); len(cards) != 3 {
			t.Fatalf("%d cards after /follow, want 3", len(cards))
		}
		c.feed(wire, "Wire", 5, 4, 3, 2, 1, 0)
		for i := 0; i < 40; i++ { // the poller's looks, 30 s apart
			c.clock.Advance(30 * time.Second)
			synctest.Wait()
		}
		if cards, _, _ := c.cards.split(); len(cards) != 4 {
			t.Fatalf("%d cards after one interval and a half, want 4", len(cards))
		}
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	})
}

// /unfollow by number or address; an unknown one lists what is followed.
func TestUnfollow(t *testing.T) {
	c := newFeedChat(t)
	c.feed(wire, "Wire", 0)
	c.feed(daily, "Daily", 1)
	c.follow("/follow " + wire)
	c.follow("/follow " + daily)
	if r := c.ask(ana, "/unfollow https://nope.example/feed"); r.Kind != bot.Answer || !strings.Contains(text(r), "1. Wire") || !strings.Contains(text(r), "2. Daily") {
		t.Errorf("unknown feed: %s", text(r))
	}
	if r := c.ask(eve, "/unfollow 1"); r.Kind != bot.Refused {
		t.Errorf("a non-curator's /unfollow: %s", text(r))
	}
	if r := c.ask(ana, "/unfollow 2"); !strings.Contains(r.Title, "Stopped following “Daily”") {
		t.Errorf("/unfollow 2: %s", text(r))
	}
	if r := c.ask(ana, "/unfollow "+wire+"/"); !strings.Contains(r.Title, "Stopped following “Wire”") {
		t.Errorf("/unfollow by address: %s", text(r))
	}
	if r := c.ask(ana, "/feeds"); r.Title != "No feeds here" {
		t.Errorf("/feeds after: %s", text(r))
	}
	c.tick()
	if cards, _, _ := c.cards.split(); len(cards) != 0 {
		t.Errorf("an unfollowed feed posted %d cards", len(cards))
	}
}

// One story, one draft, on ingest's story set: another outlet's rewrite
// or the wire's update of a drafted report joins its draft; a different
// event on the same subject, the same day, is a draft of its own.
func TestStoryMatchingOnRewrites(t *testing.T) {
	tests := []struct {
		name, first, second string
		joins               bool
	}{
		{"rewrite", "01-port.txt", "01-port.rewrite.txt", true},
		{"update", "02-rate-cut.txt", "02-rate-cut.update.txt", true},
		{"copy", "03-dam.txt", "03-dam.copy.txt", true},
		{"another bank's decision", "02-rate-cut.txt", "08-rate-other-bank.txt", false},
		{"another flood", "03-dam.txt", "10-other-flood.txt", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newFeedChat(t)
			serve := func(feed, link, file string) {
				c.pages.files[link] = "../stories/" + file
				c.reader.set(feed, func(f *fakeFeed) {
					f.title = feed
					f.items = append([]bot.FeedItem{{Key: link, Link: link}}, f.items...)
				})
			}
			c.reader.set(wire, func(f *fakeFeed) { f.title = "Wire" })
			c.reader.set(daily, func(f *fakeFeed) { f.title = "Daily" })
			c.follow("/follow " + wire)
			c.follow("/follow " + daily)
			c.tick()
			serve(wire, "https://wire.example/1", tt.first)
			c.next()
			serve(daily, "https://daily.example/1", tt.second)
			c.next()
			cards, _, updates := c.cards.split()
			if tt.joins && (len(cards) != 1 || len(updates) != 1 || len(updates[0].reply.Sources) != 2) {
				t.Errorf("%s then %s: %d cards, %d updates; want one card, updated with the second source", tt.first, tt.second, len(cards), len(updates))
			}
			if !tt.joins && (len(cards) != 2 || len(updates) != 0) {
				t.Errorf("%s then %s: %d cards, %d updates; want two cards", tt.first, tt.second, len(cards), len(updates))
			}
		})
	}
}

// /follow where the bot cannot post says so; and reading feeds counts
// against the curator's allowance of fetches, as /draft does.
func TestFollowRefusals(t *testing.T) {
	c := newFeedChat(t)
	c.bot.PostsOff = map[string]string{bot.Slack: "SLACK_BOT_TOKEN"}
	if r := c.ask(ana, "/follow "+wire); r.Kind != bot.Failed || !strings.Contains(r.Text, "needs to add SLACK_BOT_TOKEN") {
		t.Errorf("/follow without a poster: %s", text(r))
	}
	c.bot.PostsOff = nil
	for i := range bot.DraftBurst {
		if r := c.ask(ana, fmt.Sprintf("/follow https://example.com/page%d", i)); r.Title != "That is not a feed" {
			t.Fatalf("follow %d: %s", i, text(r))
		}
	}
	if r := c.ask(ana, "/follow https://example.com/one-more"); r.Kind != bot.Refused || !strings.Contains(r.Text, "you can follow the next in") {
		t.Errorf("past the allowance: %s", text(r))
	}
	if r := c.ask(bo, "/follow https://example.com/bo"); r.Title != "That is not a feed" {
		t.Errorf("another curator's allowance is their own: %s", text(r))
	}
}

// The next fetch: the interval within ±10 % after a success; after
// failures the interval doubled up to 6 hours, or the server's
// Retry-After when it asks for longer.
func TestFeedNextFetch(t *testing.T) {
	tests := []struct {
		name     string
		err      error
		failures int // failed polls in a row
		min, max time.Duration
	}{
		{"success", nil, 0, feedInterval * 9 / 10, feedInterval * 11 / 10},
		{"one failure", errServer, 1, feedInterval, feedInterval},
		{"three failures", errServer, 3, 4 * feedInterval, 4 * feedInterval},
		{"twelve failures", errServer, 12, bot.FeedMaxBackoff, bot.FeedMaxBackoff},
		{"retry after", &bot.FeedError{Why: "the server answered 429 (Too Many Requests)", RetryAfter: 2 * time.Hour}, 1, 2 * time.Hour, 2 * time.Hour},
		{"retry after, shorter than the backoff", &bot.FeedError{Why: "the server answered 503", RetryAfter: time.Minute}, 1, feedInterval, feedInterval},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newFeedChat(t)
			c.feed(wire, "Wire", 0)
			c.follow("/follow " + wire)
			c.tick()
			c.reader.set(wire, func(f *fakeFeed) { f.err = tt.err })
			for range max(tt.failures, 1) {
				c.clock.Set(c.feedState(wire).Next)
				c.tick()
			}
			f := c.feedState(wire)
			if gap := f.Next.Sub(f.LastFetch); gap < tt.min || gap > tt.max || f.Failures != tt.failures {
				t.Errorf("next fetch %s after the last, %d failures; want %s to %s, %d failures", gap, f.Failures, tt.min, tt.max, tt.failures)
			}
		})
	}
}

// seeFails is a feed store whose SeeItem fails from its nth call on,
// until healed: the store going down in the middle of a poll.
type seeFails struct {
	bot.FeedStore
	mu     sync.Mutex
	calls  int
	from   int  // 0: never fails
	unseen bool // UnseenItems fails
}

func (s *seeFails) SeeItem(ctx context.Context, feed int64, key string, at time.Time) (bool, error) {
	s.mu.Lock()
	s.calls++
	fail := s.from > 0 && s.calls >= s.from
	s.mu.Unlock()
	if fail {
		return false, errors.New("the store is down")
	}
	return s.FeedStore.SeeItem(ctx, feed, key, at)
}

func (s *seeFails) UnseenItems(ctx context.Context, feed int64, keys []string, now time.Time) ([]string, time.Time, error) {
	s.mu.Lock()
	fail := s.unseen
	s.mu.Unlock()
	if fail {
		return nil, time.Time{}, errors.New("the store is down")
	}
	return s.FeedStore.UnseenItems(ctx, feed, keys, now)
}

func (s *seeFails) failFrom(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls, s.from = 0, n
}

// An item this poll was the first to see is drafted even when the store
// fails on a later item: no other poll will ever draft it. The rest are
// drafted the next poll, each once, even though the feed then answers
// 304: the validators of a poll that could not finish are not kept.
func TestStoreFailingMidPollLosesNoItem(t *testing.T) {
	for _, tc := range []struct {
		name      string
		primed    bool // the feed was primed before the store fails
		unseen    bool // the store fails at the first read, not after one item
		failing   int  // cards the poll the store fails in posts
		afterward int  // cards the next poll posts
	}{
		{"new items", true, false, 1, 2},
		{"first fetch", false, false, 1, 2},
		{"reading the seen items", true, true, 0, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newFeedChat(t)
			store := &seeFails{FeedStore: c.store}
			c.poller.Store = store
			before := 0
			if tc.primed {
				c.feed(wire, "Wire", 0)
				c.follow("/follow " + wire)
				c.tick()
				before = 1
				c.feed(wire, "Wire", 3, 2, 1, 0)
				// Unchanged from now on: answered 304 to its validator.
				c.reader.set(wire, func(f *fakeFeed) { f.etag = `"v2"` })
				if tc.unseen {
					store.mu.Lock()
					store.unseen = true
					store.mu.Unlock()
				} else {
					store.failFrom(2) // the first new item is seen, then the store fails
				}
				c.next()
			} else {
				c.feed(wire, "Wire", 4, 3, 2, 1, 0)
				c.reader.set(wire, func(f *fakeFeed) { f.etag = `"v1"` })
				store.failFrom(2)
				c.follow("/follow " + wire)
				c.tick()
			}
			cards, _, _ := c.cards.split()
			if n := len(cards) - before; n != tc.failing {
				t.Fatalf("the poll the store failed in posted %d cards, want %d", n, tc.failing)
			}
			store.failFrom(0)
			store.mu.Lock()
			store.unseen = false
			store.mu.Unlock()
			c.clock.Advance(feedInterval + feedInterval/10)
			c.tick()
			cards, _, _ = c.cards.split()
			if n := len(cards) - before - tc.failing; n != tc.afterward {
				t.Fatalf("after the store came back: %d more cards, want %d", n, tc.afterward)
			}
			seen := map[string]bool{}
			for _, m := range cards {
				if seen[m.reply.Note] {
					t.Errorf("drafted twice: %s", m.reply.Note)
				}
				seen[m.reply.Note] = true
			}
		})
	}
}

// A channel that refuses the cards for good (deleted, the bot removed)
// makes the feed fail in /feeds, in the platform's words, and back off:
// the poll tries one card, not one per item, and the next fetch waits.
func TestChannelGoneFeedFailsAndBacksOff(t *testing.T) {
	c := newFeedChat(t)
	c.cards.fail = fmt.Errorf("post to C1: %w", &bot.PermanentError{Reason: "the channel no longer exists", Err: errors.New("channel_not_found")})
	c.feed(wire, "Wire", 2, 1, 0)
	c.follow("/follow " + wire)
	c.tick()
	if c.cards.tried != 1 {
		t.Errorf("%d cards tried in a channel that refused the first for good, want 1", c.cards.tried)
	}
	f := c.feedState(wire)
	if f.Drafts != 3 {
		t.Errorf("%d drafts made, want 3 (listed by /drafts)", f.Drafts)
	}
	r := c.ask(ana, "/feeds")
	want := "Failing: its review cards cannot be posted in this channel: the channel no longer exists"
	if !strings.Contains(text(r), want) {
		t.Errorf("/feeds lacks %q:\n%s", want, text(r))
	}
	if strings.Contains(text(r), "channel_not_found") {
		t.Errorf("/feeds shows the platform's raw error:\n%s", text(r))
	}
	// A new item, refused again: the second failure in a row doubles the
	// wait, so the interval after it reads nothing.
	c.feed(wire, "Wire", 3, 2, 1, 0)
	c.next()
	if f := c.feedState(wire); f.Failures != 2 || f.Drafts != 4 {
		t.Errorf("after a second refusal: %d failures and %d drafts, want 2 and 4", f.Failures, f.Drafts)
	}
	reads := len(c.reader.reads)
	c.next()
	if n := len(c.reader.reads) - reads; n != 0 {
		t.Errorf("the feed was read %d times within an interval of its second refusal, want 0 (backed off)", n)
	}
}

// What a feed's error says is kept on one line and bounded, whatever the
// reader put in it: /feeds shows it and the notice says it.
func TestFeedErrorBounded(t *testing.T) {
	c := newFeedChat(t)
	c.feed(wire, "Wire", 0)
	c.follow("/follow " + wire)
	long := "the server's certificate is valid for " + strings.Repeat("a.example,\n", 2000) + "not wire.example"
	c.reader.set(wire, func(f *fakeFeed) { f.err = &bot.FeedError{Why: long} })
	c.tick()
	f := c.feedState(wire)
	if n := len([]rune(f.LastError)); n == 0 || n > 500 || strings.Contains(f.LastError, "\n") {
		t.Errorf("LastError is %d characters (want 1 to 500, on one line): %.80q…", n, f.LastError)
	}
}

// A backlog of more new items than one poll drafts is drafted at the next
// poll, a minute later, even when the feed answers that poll with 304.
func TestBacklogDrainsPastNotModified(t *testing.T) {
	c := newFeedChat(t)
	c.feed(wire, "Wire", 0)
	c.follow("/follow " + wire)
	c.tick()
	const n = 45 // more than one poll drafts
	c.reader.set(wire, func(f *fakeFeed) {
		f.etag = `"v2"`
		for i := n; i >= 1; i-- {
			link := fmt.Sprintf("https://wire.example/backlog/%d", i)
			c.pages.mu.Lock()
			c.pages.files[link] = articleFiles[i%len(articleFiles)]
			c.pages.mu.Unlock()
			f.items = append([]bot.FeedItem{{Key: link, Link: link}}, f.items...)
		}
	})
	before := c.pages.count()
	for range 3 {
		c.clock.Advance(feedInterval + feedInterval/10)
		c.tick()
	}
	if got := c.pages.count() - before; got != n {
		t.Errorf("%d of the %d new items' articles fetched after three polls, want all", got, n)
	}
}

// A curator of another workspace (or platform) cannot see or stop a
// channel's feeds, even with the same channel id, by number or address.
func TestFeedsBelongToTheirWorkspace(t *testing.T) {
	c := newFeedChat(t)
	c.feed(wire, "Wire", 0)
	c.follow("/follow " + wire)
	other := curator("U7", "Zoe")
	other.Workspace = "T2"
	discordCurator := curator("U7", "Zoe")
	discordCurator.Platform, discordCurator.Workspace = bot.Discord, "T1"
	for _, who := range []bot.Request{other, discordCurator} {
		if r := c.ask(who, "/feeds"); r.Title != "No feeds here" {
			t.Errorf("%s/%s sees: %s", who.Platform, who.Workspace, text(r))
		}
		for _, line := range []string{"/unfollow 1", "/unfollow " + wire} {
			if r := c.ask(who, line); strings.Contains(r.Title, "Stopped") {
				t.Errorf("%s/%s %s: %s", who.Platform, who.Workspace, line, text(r))
			}
		}
	}
	if f := c.feedState(wire); f.URL != wire {
		t.Fatalf("the feed is gone")
	}
}

// /follow's answer to a feed that could not be read is bounded, whatever
// the reader's words hold (a page may advertise a feed at an address as
// long as the page).
func TestFollowFailedBounded(t *testing.T) {
	c := newFeedChat(t)
	const link = "https://long.example/"
	huge := "https://long.example/" + strings.Repeat("x", 100_000)
	c.reader.set(link, func(f *fakeFeed) {
		f.err = &bot.FeedError{NotAFeed: true, Why: "not a feed: the page advertises " + huge + ", which is a web page too"}
	})
	r := c.ask(ana, "/follow "+link)
	if n := len(text(r)); r.Kind != bot.Usage || n > 2000 {
		t.Errorf("/follow answered %v in %d bytes, want a usage answer of at most 2,000", r.Kind, n)
	}
}

// A page that advertises a feed at an address longer than any /follow
// takes is not followed: the address would be stored, listed and said in
// every notice.
func TestFollowAdvertisedAddressTooLong(t *testing.T) {
	c := newFeedChat(t)
	const page = "https://long.example/"
	c.feed(page, "Long", 0)
	c.reader.set(page, func(f *fakeFeed) { f.url = page + strings.Repeat("x", 100_000) })
	r := c.ask(ana, "/follow "+page)
	if r.Kind == bot.Answer || len(text(r)) > 2000 {
		t.Errorf("/follow answered %v in %d bytes, want a refusal of at most 2,000", r.Kind, len(text(r)))
	}
	if fs, _ := c.store.ChannelFeeds(t.Context(), bot.Slack, "T1", "C1"); len(fs) != 0 {
		t.Errorf("followed %d feeds", len(fs))
	}
}

// TestSameStoryAcrossReplicas: two replicas drafting one story from two
// feeds at the same moment make one draft. Replica 1 is posting the wire's
// card when replica 2 polls another feed carrying the same story: replica 2
// waits for the workspace's story matching, then joins the first draft
// instead of posting a second card.
func TestSameStoryAcrossReplicas(t *testing.T) {
	c := newFeedChat(t)
	c.feed(wire, "Wire", 0)
	c.follow("/follow " + wire)

	posting, release := make(chan struct{}), make(chan struct{})
	c.cards.mu.Lock()
	c.cards.onPost = func() {
		c.cards.mu.Lock()
		c.cards.onPost = nil // only the first card waits
		c.cards.mu.Unlock()
		close(posting)
		<-release
	}
	c.cards.mu.Unlock()
	first := make(chan error, 1)
	go func() { first <- c.poller.Tick(t.Context()) }()
	<-posting // replica 1 holds the workspace's story matching

	c.feed(daily, "Daily", 0) // story 0 again, under the daily's address
	c.follow("/follow " + daily)
	second := make(chan error, 1)
	p2 := c.newPoller("replica-2")
	refused := make(chan struct{}, 1)
	p2.Store = lockSpy{FeedStore: c.store, refused: refused}
	go func() { second <- p2.Tick(t.Context()) }()
	select {
	case <-refused: // replica 2 asked for the matching and waits
	case err := <-second:
		t.Fatalf("replica 2 finished its poll (%v) while replica 1 was still posting the story's card: it did not wait for the story matching", err)
	}
	if cards, _, _ := c.cards.split(); len(cards) != 0 {
		t.Fatalf("%d cards posted while replica 1 was posting its own", len(cards))
	}

	close(release)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	if err := <-second; err != nil {
		t.Fatal(err)
	}
	cards, _, updates := c.cards.split()
	if len(cards) != 1 {
		t.Fatalf("%d cards, want 1: one story, one draft across replicas", len(cards))
	}
	if len(updates) != 1 || updates[0].ref != cards[0].ref || len(updates[0].reply.Sources) != 2 {
		t.Errorf("updates %+v, want one of card %s with both sources", updates, cards[0].ref)
	}
}

// lockSpy tells when a LockStories was refused.
type lockSpy struct {
	bot.FeedStore
	refused chan struct{}
}

func (s lockSpy) LockStories(ctx context.Context, platform, workspace, owner string, now, until time.Time) (bool, error) {
	ok, err := s.FeedStore.LockStories(ctx, platform, workspace, owner, now, until)
	if err == nil && !ok {
		select {
		case s.refused <- struct{}{}:
		default:
		}
	}
	return ok, err
}

// TestFollowSaysItsTopics: the answer to /follow names the topics every
// draft from the feed gets, in a sentence that agrees with their number.
func TestFollowSaysItsTopics(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"/follow " + wire + " energy", "gets the topic Energy,"},
		{"/follow " + wire + " energy climate", "gets the topics Energy and Climate,"},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			c := newFeedChat(t)
			c.feed(wire, "Wire", 0)
			if r := c.follow(tc.line); !strings.Contains(r.Text, tc.want) {
				t.Errorf("%s says:\n%s\nwant it to say %q", tc.line, text(r), tc.want)
			}
		})
	}
}
