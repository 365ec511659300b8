package storetest

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// FeedStore is what RunFeeds tests: a bot.FeedStore that can be closed.
type FeedStore interface {
	bot.FeedStore
	Close() error
}

// RunFeeds runs the feeds contract against stores made by open, one per
// subtest. open must return a new, empty store; RunFeeds closes it. Above
// all it checks what the poller builds on: a feed is held by one caller at
// a time, and each item of a feed is first seen by exactly one caller, so
// it is drafted once however many replicas poll.
//
// Beyond the doc comments of bot.FeedStore it holds stores to three
// choices every store makes alike: SaveFetch writes the feed's Title with
// its FeedState (a fetch may rename the feed); SeeItem of a feed that does
// not exist is ErrNoFeed; UnseenItems of one returns every key; RetryItem
// of one hands back nothing, without an error.
func RunFeeds(t *testing.T, open func(t *testing.T) FeedStore) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s bot.FeedStore)
	}{
		{"Empty", testFeedsEmpty},
		{"AddAndRead", testFeedAddAndRead},
		{"OneFollowPerChannelAndURL", testFeedExists},
		{"RemoveKeepsStories", testFeedRemove},
		{"ClaimDueLongestOverdueFirst", testFeedClaim},
		{"ClaimLimit", testFeedClaimLimit},
		{"ExpiredLeaseIsTakenOver", testFeedLeaseExpired},
		{"SaveFetchWritesStateAndReleases", testFeedSaveFetch},
		{"SaveFetchOnlyByTheHolder", testFeedSaveFetchLost},
		{"SeeItemFirstOnce", testFeedSeeItem},
		{"SeeItemRaceOneFirst", testFeedSeeItemRace},
		{"UnseenItems", testFeedUnseen},
		{"RetryItemHandsBackBounded", testFeedRetryItem},
		{"RetryItemRaceOneFirst", testFeedRetryItemRace},
		{"RetryItemWaitsUntilItsTime", testFeedRetryItemWaits},
		{"DueItemsListedOrNot", testFeedDueItems},
		{"DueItemsRaceOneFirst", testFeedDueItemsRace},
		{"Stories", testFeedStories},
		{"ConcurrentClaimsAreUnique", testFeedConcurrentClaims},
		{"StoryLockOneHolder", testStoryLock},
		{"StoryLockRace", testStoryLockRace},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tc.fn(t, s)
		})
	}
}

// berlin is a zone other than UTC, so a store that keeps a time's zone
// instead of converting it is caught.
var berlin = time.FixedZone("CET", 3600)

// newFeed is a feed followed in a Slack channel, due at next.
func newFeed(channel, url string, next time.Time, topics ...string) bot.Feed {
	return bot.Feed{
		Platform: bot.Slack, Workspace: "T1", Channel: channel, URL: url,
		Title: "News of " + url, Topics: topics,
		By: bot.Actor(bot.Slack, "T1", "U1"), ByName: "Ana Ñúñez", At: t0.Add(-time.Hour),
		FeedState: bot.FeedState{Next: next},
	}
}

func addFeed(t *testing.T, s bot.FeedStore, f bot.Feed) bot.Feed {
	t.Helper()
	got, err := s.AddFeed(ctx(t), f)
	if err != nil {
		t.Fatalf("AddFeed(%s in %s): %v", f.URL, f.Channel, err)
	}
	if got.ID == 0 {
		t.Fatalf("AddFeed gave no ID")
	}
	return got
}

func readFeed(t *testing.T, s bot.FeedStore, id int64) bot.Feed {
	t.Helper()
	f, err := s.Feed(ctx(t), id)
	if err != nil {
		t.Fatalf("Feed(%d): %v", id, err)
	}
	return f
}

func channelFeeds(t *testing.T, s bot.FeedStore, channel string) []bot.Feed {
	t.Helper()
	fs, err := s.ChannelFeeds(ctx(t), bot.Slack, "T1", channel)
	if err != nil {
		t.Fatalf("ChannelFeeds(%s): %v", channel, err)
	}
	return fs
}

func claimFeeds(t *testing.T, s bot.FeedStore, owner string, now time.Time, limit int) []int64 {
	t.Helper()
	fs, err := s.ClaimFeeds(ctx(t), owner, now, now.Add(time.Minute), limit)
	if err != nil {
		t.Fatalf("ClaimFeeds(%s): %v", owner, err)
	}
	return feedIDs(fs)
}

func feedIDs(fs []bot.Feed) []int64 {
	out := make([]int64, len(fs))
	for i, f := range fs {
		out[i] = f.ID
	}
	return out
}

func see(t *testing.T, s bot.FeedStore, feed int64, key string) bool {
	t.Helper()
	first, err := s.SeeItem(ctx(t), feed, key, t0)
	if err != nil {
		t.Fatalf("SeeItem(%d, %q): %v", feed, key, err)
	}
	return first
}

// unseen is UnseenItems at t0, when no item handed back is waiting.
func unseen(t *testing.T, s bot.FeedStore, feed int64, keys ...string) []string {
	t.Helper()
	got, waiting := unseenAt(t, s, t0, feed, keys...)
	if !waiting.IsZero() {
		t.Errorf("UnseenItems(%d, %q) at t0: an item waits until %v, want none", feed, keys, waiting)
	}
	return got
}

// unseenAt is UnseenItems at now.
func unseenAt(t *testing.T, s bot.FeedStore, now time.Time, feed int64, keys ...string) ([]string, time.Time) {
	t.Helper()
	got, waiting, err := s.UnseenItems(ctx(t), feed, keys, now)
	if err != nil {
		t.Fatalf("UnseenItems(%d): %v", feed, err)
	}
	return got, waiting
}

// sameFeed compares feeds field by field, nil and empty topics alike.
func sameFeed(t *testing.T, what string, got, want bot.Feed) {
	t.Helper()
	if len(got.Topics) == 0 && len(want.Topics) == 0 {
		got.Topics, want.Topics = nil, nil
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got  %+v\n want %+v", what, got, want)
	}
	for name, at := range map[string]time.Time{"At": got.At, "Next": got.Next, "LastFetch": got.LastFetch, "LastOK": got.LastOK, "ItemErrorAt": got.ItemErrorAt} {
		if at.Location() != time.UTC {
			t.Errorf("%s: %s is in %v, want UTC", what, name, at.Location())
		}
	}
}

func testFeedsEmpty(t *testing.T, s bot.FeedStore) {
	if _, err := s.Feed(ctx(t), 1); !errors.Is(err, bot.ErrNoFeed) {
		t.Errorf("Feed(1) of an empty store = %v, want ErrNoFeed", err)
	}
	if err := s.RemoveFeed(ctx(t), 1); !errors.Is(err, bot.ErrNoFeed) {
		t.Errorf("RemoveFeed(1) of an empty store = %v, want ErrNoFeed", err)
	}
	if fs := channelFeeds(t, s, "C1"); len(fs) != 0 {
		t.Errorf("ChannelFeeds of an empty store = %v", fs)
	}
	if ids := claimFeeds(t, s, "o1", t0, 10); len(ids) != 0 {
		t.Errorf("ClaimFeeds of an empty store = %v", ids)
	}
	if _, err := s.SeeItem(ctx(t), 1, "a", t0); !errors.Is(err, bot.ErrNoFeed) {
		t.Errorf("SeeItem of a feed that does not exist = %v, want ErrNoFeed", err)
	}
	if got := unseen(t, s, 1, "a", "b"); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("UnseenItems of a feed that does not exist = %q, want every key", got)
	}
	if ok, err := s.RetryItem(ctx(t), 1, bot.FeedItem{Key: "a", Link: "https://example.com/a"}, []time.Time{t0, t0, t0}); ok || err != nil {
		t.Errorf("RetryItem of a feed that does not exist = %v, %v; want false, nil", ok, err)
	}
	if got, err := s.DueItems(ctx(t), 1, t0, 10); len(got) != 0 || err != nil {
		t.Errorf("DueItems of a feed that does not exist = %v, %v; want none, nil", got, err)
	}
	if err := s.SaveFetch(ctx(t), "o1", bot.Feed{ID: 1}); !errors.Is(err, bot.ErrFeedLost) {
		t.Errorf("SaveFetch of a feed that does not exist = %v, want ErrFeedLost", err)
	}
	if st, err := s.Stories(ctx(t), bot.Slack, "T1", time.Time{}); err != nil || len(st) != 0 {
		t.Errorf("Stories of an empty store = %v, %v", st, err)
	}
}

func testFeedAddAndRead(t *testing.T, s bot.FeedStore) {
	in := newFeed("C1", "https://example.com/feed.xml", t0.Add(123456789*time.Nanosecond).In(berlin), "ukraine", "elections")
	in.At = in.At.Add(987654321 * time.Nanosecond).In(berlin)
	in.ETag, in.LastModified = `W/"x1"`, "Mon, 02 Mar 2026 06:00:00 GMT"
	a := addFeed(t, s, in)
	b := addFeed(t, s, newFeed("C1", "https://example.org/atom", t0))
	addFeed(t, s, newFeed("C2", "https://example.net/rss", t0))

	want := in
	want.ID = a.ID
	want.At = time.Date(2026, 3, 2, 6, 0, 0, 987e6, time.UTC)
	want.Next = time.Date(2026, 3, 2, 7, 0, 0, 123e6, time.UTC)
	sameFeed(t, "AddFeed's answer", a, want)
	sameFeed(t, "Feed", readFeed(t, s, a.ID), want)
	if a.ID == b.ID {
		t.Errorf("two feeds got the same ID %d", a.ID)
	}
	got := channelFeeds(t, s, "C1")
	if !slices.Equal(feedIDs(got), []int64{a.ID, b.ID}) {
		t.Fatalf("ChannelFeeds(C1) = %v, want [%d %d], oldest first", feedIDs(got), a.ID, b.ID)
	}
	sameFeed(t, "ChannelFeeds[0]", got[0], want)
	if fs, _ := s.ChannelFeeds(ctx(t), bot.Discord, "T1", "C1"); len(fs) != 0 {
		t.Errorf("ChannelFeeds on Discord lists %v, Slack's feeds", feedIDs(fs))
	}
	if fs, _ := s.ChannelFeeds(ctx(t), bot.Slack, "T2", "C1"); len(fs) != 0 {
		t.Errorf("ChannelFeeds of workspace T2 lists %v, T1's feeds", feedIDs(fs))
	}

	// The caller's feed is not the store's: changing it changes nothing.
	a.Topics[0] = "changed"
	if f := readFeed(t, s, a.ID); f.Topics[0] != "ukraine" {
		t.Errorf("changing a returned feed's topics changed the stored feed: %v", f.Topics)
	}
}

func testFeedExists(t *testing.T, s bot.FeedStore) {
	const url = "https://example.com/feed.xml"
	a := addFeed(t, s, newFeed("C1", url, t0, "ukraine"))
	again := newFeed("C1", url, t0.Add(time.Hour), "elections")
	if _, err := s.AddFeed(ctx(t), again); !errors.Is(err, bot.ErrFeedExists) {
		t.Errorf("AddFeed of the same URL in the same channel = %v, want ErrFeedExists", err)
	}
	if fs := channelFeeds(t, s, "C1"); len(fs) != 1 || !slices.Equal(fs[0].Topics, []string{"ukraine"}) || !fs[0].Next.Equal(t0) {
		t.Errorf("after a refused AddFeed the channel follows %+v, want the first feed unchanged", fs)
	}
	other := []bot.Feed{newFeed("C2", url, t0), newFeed("C1", url+"?page=2", t0)}
	other = append(other, newFeed("C1", url, t0), newFeed("C1", url, t0))
	other[2].Workspace = "T2"
	other[3].Platform = bot.Discord
	for _, f := range other {
		if b, err := s.AddFeed(ctx(t), f); err != nil || b.ID == a.ID {
			t.Errorf("AddFeed(%s %s %s %s) = id %d, %v; want a new feed", f.Platform, f.Workspace, f.Channel, f.URL, b.ID, err)
		}
	}
}

func testFeedRemove(t *testing.T, s bot.FeedStore) {
	const url = "https://example.com/feed.xml"
	a := addFeed(t, s, newFeed("C1", url, t0))
	b := addFeed(t, s, newFeed("C1", "https://example.org/atom", t0))
	for _, k := range []string{"x", "y"} {
		see(t, s, a.ID, k)
		see(t, s, b.ID, k)
	}
	story := bot.Story{Platform: bot.Slack, Workspace: "T1", Draft: 7, Channel: "C1", Card: "C1/1.2", Print: []uint64{1, 2}, At: t0}
	if err := s.AddStory(ctx(t), story); err != nil {
		t.Fatalf("AddStory: %v", err)
	}
	if ids := claimFeeds(t, s, "o1", t0, 10); len(ids) != 2 {
		t.Fatalf("ClaimFeeds = %v, want both feeds", ids)
	}

	if err := s.RemoveFeed(ctx(t), a.ID); err != nil {
		t.Fatalf("RemoveFeed: %v", err)
	}
	if _, err := s.Feed(ctx(t), a.ID); !errors.Is(err, bot.ErrNoFeed) {
		t.Errorf("Feed of a removed feed = %v, want ErrNoFeed", err)
	}
	if err := s.RemoveFeed(ctx(t), a.ID); !errors.Is(err, bot.ErrNoFeed) {
		t.Errorf("RemoveFeed twice = %v, want ErrNoFeed", err)
	}
	if err := s.SaveFetch(ctx(t), "o1", a); !errors.Is(err, bot.ErrFeedLost) {
		t.Errorf("SaveFetch of a removed feed by its holder = %v, want ErrFeedLost", err)
	}
	if _, err := s.SeeItem(ctx(t), a.ID, "z", t0); !errors.Is(err, bot.ErrNoFeed) {
		t.Errorf("SeeItem of a removed feed = %v, want ErrNoFeed", err)
	}
	if fs := channelFeeds(t, s, "C1"); !slices.Equal(feedIDs(fs), []int64{b.ID}) {
		t.Errorf("ChannelFeeds after removing %d = %v, want [%d]", a.ID, feedIDs(fs), b.ID)
	}
	if got := unseen(t, s, b.ID, "x", "y", "z"); !slices.Equal(got, []string{"z"}) {
		t.Errorf("the other feed's unseen items = %q, want [z]: removing one feed forgot another's items", got)
	}
	if st, _ := s.Stories(ctx(t), bot.Slack, "T1", time.Time{}); len(st) != 1 || st[0].Draft != 7 {
		t.Errorf("Stories after RemoveFeed = %+v, want the story kept", st)
	}

	// Following the URL again starts afresh: its items are new again.
	c := addFeed(t, s, newFeed("C1", url, t0))
	if got := unseen(t, s, c.ID, "x", "y"); !slices.Equal(got, []string{"x", "y"}) {
		t.Errorf("the re-added feed's unseen items = %q, want [x y]", got)
	}
	if !see(t, s, c.ID, "x") {
		t.Errorf("SeeItem on the re-added feed was not first")
	}
	if ids := claimFeeds(t, s, "o2", t0, 10); !slices.Equal(ids, []int64{c.ID}) {
		t.Errorf("ClaimFeeds after re-adding = %v, want [%d]: the removed feed's claim lingers or b's lease ended early", ids, c.ID)
	}
}

func testFeedClaim(t *testing.T, s bot.FeedStore) {
	now := newFeed("C1", "https://a.example/feed", t0)
	later := newFeed("C1", "https://b.example/feed", t0.Add(time.Millisecond))
	oldest := newFeed("C2", "https://c.example/feed", t0.Add(-2*time.Hour))
	older := newFeed("C1", "https://d.example/feed", t0.Add(-time.Hour))
	never := newFeed("C1", "https://e.example/feed", time.Time{}) // no Next: due at once
	ids := map[string]int64{}
	for name, f := range map[string]bot.Feed{"now": now, "later": later, "oldest": oldest, "older": older, "never": never} {
		ids[name] = addFeed(t, s, f).ID
	}
	fs, err := s.ClaimFeeds(ctx(t), "o1", t0, t0.Add(time.Minute), 10)
	if err != nil {
		t.Fatalf("ClaimFeeds: %v", err)
	}
	if want := []int64{ids["never"], ids["oldest"], ids["older"], ids["now"]}; !slices.Equal(feedIDs(fs), want) {
		t.Fatalf("ClaimFeeds at t0 = %v, want %v (due ones, longest overdue first)", feedIDs(fs), want)
	}
	if !fs[0].Next.IsZero() {
		t.Errorf("a feed added with no Next reads back with Next %v", fs[0].Next)
	}
	if fs[1].URL != oldest.URL || fs[1].Channel != "C2" || !fs[1].Next.Equal(oldest.Next) {
		t.Errorf("a claimed feed carries %+v, want the stored feed", fs[1])
	}
	if got := claimFeeds(t, s, "o2", t0, 10); len(got) != 0 {
		t.Errorf("a second owner claimed %v while the first holds them", got)
	}
	if got := claimFeeds(t, s, "o3", t0.Add(time.Millisecond), 10); !slices.Equal(got, []int64{ids["later"]}) {
		t.Errorf("ClaimFeeds a millisecond later = %v, want [%d]", got, ids["later"])
	}
}

func testFeedClaimLimit(t *testing.T, s bot.FeedStore) {
	for i := range 5 {
		addFeed(t, s, newFeed("C1", fmt.Sprintf("https://example.com/%d", i), t0.Add(-time.Duration(i)*time.Minute)))
	}
	var got []int
	for i := range 4 {
		got = append(got, len(claimFeeds(t, s, fmt.Sprintf("o%d", i), t0, 2)))
	}
	if !slices.Equal(got, []int{2, 2, 1, 0}) {
		t.Errorf("claims per call with limit 2 = %v, want [2 2 1 0]", got)
	}
	if n := claimFeeds(t, s, "o9", t0.Add(time.Hour), 0); len(n) != 0 {
		t.Errorf("ClaimFeeds with limit 0 claimed %v", n)
	}
}

func testFeedLeaseExpired(t *testing.T, s bot.FeedStore) {
	a := addFeed(t, s, newFeed("C1", "https://example.com/feed", t0))
	until := t0.Add(5 * time.Minute)
	if fs, err := s.ClaimFeeds(ctx(t), "o1", t0, until, 10); err != nil || len(fs) != 1 {
		t.Fatalf("ClaimFeeds = %v, %v", fs, err)
	}
	if got := claimFeeds(t, s, "o2", until.Add(-time.Millisecond), 10); len(got) != 0 {
		t.Errorf("o2 claimed %v a millisecond before o1's lease ends", got)
	}
	if got := claimFeeds(t, s, "o2", until, 10); !slices.Equal(got, []int64{a.ID}) {
		t.Errorf("o2 claimed %v when o1's lease ended, want [%d]", got, a.ID)
	}
	if got := claimFeeds(t, s, "o3", until.Add(time.Second), 10); len(got) != 0 {
		t.Errorf("o3 claimed %v while o2 holds it", got)
	}
}

// fetchState is a FeedState with every field set, its times off the
// millisecond and out of UTC.
func fetchState() bot.FeedState {
	at := t0.Add(10*time.Minute + 5*time.Microsecond).In(berlin)
	return bot.FeedState{
		ETag: `"abc"`, LastModified: "Mon, 02 Mar 2026 07:05:00 GMT",
		Next: at.Add(15 * time.Minute), LastFetch: at, LastOK: at.Add(-time.Hour),
		LastError: "the server answered 500", ItemError: "not an article: https://example.com/x",
		ItemErrorAt: at.Add(-time.Second), Failures: 3, Notified: true, Primed: true, Drafts: 42,
	}
}

func testFeedSaveFetch(t *testing.T, s bot.FeedStore) {
	a := addFeed(t, s, newFeed("C1", "https://example.com/feed", t0, "ukraine"))
	fs, err := s.ClaimFeeds(ctx(t), "o1", t0, t0.Add(time.Minute), 1)
	if err != nil || len(fs) != 1 {
		t.Fatalf("ClaimFeeds = %v, %v", fs, err)
	}
	f := fs[0]
	f.FeedState = fetchState()
	f.Title = "Renamed"
	// Only the fetch state and title are written: not who follows it where.
	f.URL, f.Channel, f.Topics, f.By, f.ByName, f.At = "https://evil.example/", "C9", []string{"x"}, "U9", "Mallory", t0.Add(time.Hour)
	if err := s.SaveFetch(ctx(t), "o1", f); err != nil {
		t.Fatalf("SaveFetch: %v", err)
	}
	want := a
	want.Title = "Renamed"
	want.FeedState = fetchState()
	ms := func(t time.Time) time.Time { return t.UTC().Truncate(time.Millisecond) }
	want.Next, want.LastFetch, want.LastOK, want.ItemErrorAt = ms(want.Next), ms(want.LastFetch), ms(want.LastOK), ms(want.ItemErrorAt)
	sameFeed(t, "the feed after SaveFetch", readFeed(t, s, a.ID), want)

	// Released: claimable again when due, by anyone, and not before.
	if got := claimFeeds(t, s, "o2", want.Next.Add(-time.Millisecond), 10); len(got) != 0 {
		t.Errorf("ClaimFeeds before the new Next = %v", got)
	}
	if err := s.SaveFetch(ctx(t), "o1", f); !errors.Is(err, bot.ErrFeedLost) {
		t.Errorf("a second SaveFetch after the release = %v, want ErrFeedLost", err)
	}
	if got := claimFeeds(t, s, "o2", want.Next, 10); !slices.Equal(got, []int64{a.ID}) {
		t.Errorf("ClaimFeeds at the new Next = %v, want [%d]", got, a.ID)
	}

	// A success clears what a failure left.
	f.FeedState = bot.FeedState{Next: t0.Add(2 * time.Hour), LastFetch: t0.Add(time.Hour), LastOK: t0.Add(time.Hour), Primed: true, Drafts: 43}
	if err := s.SaveFetch(ctx(t), "o2", f); err != nil {
		t.Fatalf("SaveFetch by o2: %v", err)
	}
	want.FeedState = f.FeedState
	sameFeed(t, "the feed after a clearing SaveFetch", readFeed(t, s, a.ID), want)
}

func testFeedSaveFetchLost(t *testing.T, s bot.FeedStore) {
	a := addFeed(t, s, newFeed("C1", "https://example.com/feed", t0))
	b := addFeed(t, s, newFeed("C1", "https://example.org/feed", t0))
	if got := claimFeeds(t, s, "o1", t0, 10); len(got) != 2 {
		t.Fatalf("ClaimFeeds = %v", got)
	}
	fa, fb := a, b
	fa.FeedState, fb.FeedState = fetchState(), fetchState()
	if err := s.SaveFetch(ctx(t), "o2", fa); !errors.Is(err, bot.ErrFeedLost) {
		t.Errorf("SaveFetch by an owner that never claimed = %v, want ErrFeedLost", err)
	}
	// o1's lease ends and o2 takes feed a: o1's save of a is refused.
	if got := claimFeeds(t, s, "o2", t0.Add(time.Minute), 1); !slices.Equal(got, []int64{a.ID}) {
		t.Fatalf("o2 claimed %v, want [%d]", got, a.ID)
	}
	if err := s.SaveFetch(ctx(t), "o1", fa); !errors.Is(err, bot.ErrFeedLost) {
		t.Errorf("SaveFetch by the owner whose lease was taken = %v, want ErrFeedLost", err)
	}
	sameFeed(t, "a feed after a refused SaveFetch", readFeed(t, s, a.ID), a)
	// b's lease ended too, but nobody took it: o1 still holds it.
	if err := s.SaveFetch(ctx(t), "o1", fb); err != nil {
		t.Errorf("SaveFetch after the lease ended, nobody else holding it = %v, want it saved", err)
	}
	if got := readFeed(t, s, b.ID); got.Drafts != 42 {
		t.Errorf("after o1's accepted save, Drafts = %d, want 42", got.Drafts)
	}
	if err := s.SaveFetch(ctx(t), "o2", fa); err != nil {
		t.Errorf("SaveFetch by the owner that took it: %v", err)
	}
}

func testFeedSeeItem(t *testing.T, s bot.FeedStore) {
	a := addFeed(t, s, newFeed("C1", "https://example.com/feed", t0))
	b := addFeed(t, s, newFeed("C1", "https://example.org/feed", t0))
	long := "https://example.com/" + fmt.Sprintf("%0900d", 7) // long keys are kept whole
	steps := []struct {
		feed  int64
		key   string
		first bool
	}{
		{a.ID, "tag:example.com,2026:1", true},
		{a.ID, "tag:example.com,2026:1", false},
		{a.ID, "tag:example.com,2026:2", true},
		{b.ID, "tag:example.com,2026:1", true}, // another feed's items are its own
		{a.ID, "Tag:example.com,2026:1", true}, // keys are exact
		{a.ID, long, true},
		{a.ID, long[:len(long)-1], true},
		{a.ID, long, false},
		{a.ID, "ünïcode 🗞", true},
		{a.ID, "ünïcode 🗞", false},
	}
	for i, st := range steps {
		if got := see(t, s, st.feed, st.key); got != st.first {
			t.Errorf("step %d: SeeItem(%d, %.30q) first = %v, want %v", i, st.feed, st.key, got, st.first)
		}
	}
}

func testFeedSeeItemRace(t *testing.T, s bot.FeedStore) {
	a := addFeed(t, s, newFeed("C1", "https://example.com/feed", t0))
	const n = 16
	firsts, err := raceSeeItem(t, s, a.ID, "the-one", n)
	if err != nil {
		t.Errorf("SeeItem errors while racing: %v", err)
	}
	if firsts != 1 {
		t.Errorf("%d of %d racing SeeItem calls were first, want exactly 1", firsts, n)
	}
}

// raceSeeItem lets n callers, released at once, mark the feed's item
// seen, as replicas polling together do, and counts those told they were
// first.
func raceSeeItem(t *testing.T, s bot.FeedStore, feed int64, key string, n int) (firsts int, err error) {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			first, err := s.SeeItem(ctx(t), feed, key, t0.Add(time.Duration(i)*time.Millisecond))
			mu.Lock()
			defer mu.Unlock()
			errs = append(errs, err)
			if first {
				firsts++
			}
		})
	}
	close(start)
	wg.Wait()
	return firsts, errors.Join(errs...)
}

func testFeedUnseen(t *testing.T, s bot.FeedStore) {
	a := addFeed(t, s, newFeed("C1", "https://example.com/feed", t0))
	b := addFeed(t, s, newFeed("C1", "https://example.org/feed", t0))
	see(t, s, a.ID, "2")
	see(t, s, a.ID, "4")
	see(t, s, b.ID, "1")
	if got := unseen(t, s, a.ID, "5", "4", "3", "2", "1"); !slices.Equal(got, []string{"5", "3", "1"}) {
		t.Errorf("UnseenItems = %q, want [5 3 1]: the unseen, in the order given", got)
	}
	if got := unseen(t, s, a.ID); len(got) != 0 {
		t.Errorf("UnseenItems of no keys = %q", got)
	}
	if got := unseen(t, s, a.ID, "2", "4"); len(got) != 0 {
		t.Errorf("UnseenItems of seen keys = %q, want none", got)
	}
	// It records nothing: the unseen are still first to SeeItem.
	if !see(t, s, a.ID, "5") {
		t.Errorf("SeeItem after UnseenItems was not first: UnseenItems recorded the item")
	}

	// A feed's worth of items, more than one query's placeholders may hold
	// in some stores, every third one seen.
	keys := make([]string, 3*bot.MaxFeedItems)
	var want []string
	for i := range keys {
		keys[i] = fmt.Sprintf("https://example.com/item/%d", len(keys)-i)
		if i%3 == 0 {
			see(t, s, b.ID, keys[i])
		} else {
			want = append(want, keys[i])
		}
	}
	if got := unseen(t, s, b.ID, keys...); !slices.Equal(got, want) {
		t.Errorf("UnseenItems of %d keys = %d keys, want %d in order", len(keys), len(got), len(want))
	}
}

// retryItem hands an item back at most retries times, due at once (at t0
// or before).
func retryItem(t *testing.T, s bot.FeedStore, feed int64, key string, retries int) bool {
	t.Helper()
	until := make([]time.Time, retries)
	for i := range until {
		until[i] = t0.Add(-time.Duration(i) * time.Second)
	}
	return retryUntil(t, s, feed, key, until...)
}

func retryUntil(t *testing.T, s bot.FeedStore, feed int64, key string, until ...time.Time) bool {
	t.Helper()
	ok, err := s.RetryItem(ctx(t), feed, bot.FeedItem{Key: key, Link: "https://example.com/" + key, Title: "Item " + key}, until)
	if err != nil {
		t.Fatalf("RetryItem(%d, %q, %v): %v", feed, key, until, err)
	}
	return ok
}

func seeAt(t *testing.T, s bot.FeedStore, at time.Time, feed int64, key string) bool {
	t.Helper()
	first, err := s.SeeItem(ctx(t), feed, key, at)
	if err != nil {
		t.Fatalf("SeeItem(%d, %q, %v): %v", feed, key, at, err)
	}
	return first
}

// An item handed back is listed unseen again and first to one SeeItem, as
// often as the caller's bound allows; nothing else changes.
func testFeedRetryItem(t *testing.T, s bot.FeedStore) {
	a := addFeed(t, s, newFeed("C1", "https://example.com/feed", t0))
	b := addFeed(t, s, newFeed("C1", "https://example.org/feed", t0))
	for _, k := range []string{"x", "y"} {
		see(t, s, a.ID, k)
	}
	see(t, s, b.ID, "x")
	const retries = 2
	type step struct {
		what string
		do   func() bool
		want bool
	}
	retry := func(feed int64, key string) func() bool {
		return func() bool { return retryItem(t, s, feed, key, retries) }
	}
	seeIt := func(feed int64, key string) func() bool { return func() bool { return see(t, s, feed, key) } }
	listed := func(feed int64, key string) func() bool {
		return func() bool { return slices.Contains(unseen(t, s, feed, "y", key, "z"), key) }
	}
	steps := []step{
		{"a seen item is not listed", listed(a.ID, "x"), false},
		{"hand it back", retry(a.ID, "x"), true},
		{"listed again", listed(a.ID, "x"), true},
		{"listed again, still (UnseenItems records nothing)", listed(a.ID, "x"), true},
		{"not handed back twice while it waits", retry(a.ID, "x"), false},
		{"another feed's item of the same key is its own", listed(b.ID, "x"), false},
		{"the other item of the feed is not listed", func() bool { return slices.Contains(unseen(t, s, a.ID, "y"), "y") }, false},
		{"first to the next SeeItem", seeIt(a.ID, "x"), true},
		{"and only to it", seeIt(a.ID, "x"), false},
		{"no longer listed", listed(a.ID, "x"), false},
		{"handed back a second time", retry(a.ID, "x"), true},
		{"first again", seeIt(a.ID, "x"), true},
		{"not a third time: the bound", retry(a.ID, "x"), false},
		{"so not listed", listed(a.ID, "x"), false},
		{"nor first", seeIt(a.ID, "x"), false},
		{"an item never seen is not handed back", retry(a.ID, "never"), false},
		{"nor recorded by trying", seeIt(a.ID, "never"), true},
		{"a feed that does not exist has nothing to hand back", retry(a.ID+b.ID+100, "x"), false},
		{"no retries allowed", func() bool { return retryItem(t, s, b.ID, "x", 0) }, false},
	}
	for i, st := range steps {
		if got := st.do(); got != st.want {
			t.Errorf("step %d, %s: got %v, want %v", i, st.what, got, st.want)
		}
	}
	// Removing the feed forgets its items, handed back or not.
	see(t, s, a.ID, "z")
	retryItem(t, s, a.ID, "z", retries)
	if err := s.RemoveFeed(ctx(t), a.ID); err != nil {
		t.Fatal(err)
	}
	if retryItem(t, s, a.ID, "y", retries) {
		t.Errorf("RetryItem of a removed feed's item handed it back")
	}
}

// An item handed back waits until the time given for that hand-back:
// until then UnseenItems does not list it but says when it is due, and
// SeeItem does not take it; from then on it is listed and first to one
// SeeItem. The n-th hand-back waits until the n-th time.
func testFeedRetryItemWaits(t *testing.T, s bot.FeedStore) {
	a := addFeed(t, s, newFeed("C1", "https://example.com/feed", t0))
	for _, k := range []string{"x", "y", "z"} {
		see(t, s, a.ID, k)
	}
	due1, due2 := t0.Add(5*time.Minute), t0.Add(20*time.Minute)
	// Given in another zone, and to the microsecond: kept to the
	// millisecond, in UTC.
	until := []time.Time{due1.Add(400 * time.Microsecond).In(berlin), due2.In(berlin)}
	if !retryUntil(t, s, a.ID, "x", until...) {
		t.Fatalf("RetryItem did not hand the item back")
	}
	before := due1.Add(-time.Millisecond)
	got, waiting := unseenAt(t, s, before, a.ID, "new", "y", "x")
	if !slices.Equal(got, []string{"new"}) || !waiting.Equal(due1) {
		t.Errorf("UnseenItems a millisecond before its time = %q, waiting %v; want [new], waiting %v", got, waiting, due1)
	}
	if waiting.Location() != time.UTC {
		t.Errorf("UnseenItems' waiting is in %v, want UTC", waiting.Location())
	}
	if seeAt(t, s, before, a.ID, "x") {
		t.Errorf("SeeItem took the item handed back before its time")
	}
	if retryUntil(t, s, a.ID, "x", until...) {
		t.Errorf("RetryItem handed back an item already waiting")
	}
	if got, waiting := unseenAt(t, s, before, a.ID, "y", "z"); len(got) != 0 || !waiting.IsZero() {
		t.Errorf("UnseenItems of other keys = %q, waiting %v; want none, not waiting: only the keys given count", got, waiting)
	}
	got, waiting = unseenAt(t, s, due1, a.ID, "new", "y", "x")
	if !slices.Equal(got, []string{"new", "x"}) || !waiting.IsZero() {
		t.Errorf("UnseenItems at its time = %q, waiting %v; want [new x], none waiting", got, waiting)
	}
	if !seeAt(t, s, due1, a.ID, "x") {
		t.Errorf("SeeItem at its time did not take the item handed back")
	}
	if seeAt(t, s, due1.Add(time.Hour), a.ID, "x") {
		t.Errorf("a second SeeItem took the item again")
	}

	// The second hand-back waits until the second time, however late it
	// is made.
	if !retryUntil(t, s, a.ID, "x", until...) {
		t.Fatalf("RetryItem did not hand the item back a second time")
	}
	if !retryUntil(t, s, a.ID, "y", t0.Add(10*time.Minute)) {
		t.Fatalf("RetryItem did not hand the other item back")
	}
	got, waiting = unseenAt(t, s, due1, a.ID, "x", "y", "z")
	if len(got) != 0 || !waiting.Equal(t0.Add(10*time.Minute)) {
		t.Errorf("UnseenItems with two items waiting = %q, waiting %v; want none listed, the earliest %v", got, waiting, t0.Add(10*time.Minute))
	}
	got, waiting = unseenAt(t, s, t0.Add(10*time.Minute), a.ID, "x", "y")
	if !slices.Equal(got, []string{"y"}) || !waiting.Equal(due2) {
		t.Errorf("UnseenItems once one is due = %q, waiting %v; want [y], waiting %v", got, waiting, due2)
	}
	if seeAt(t, s, due2.Add(-time.Millisecond), a.ID, "x") || !seeAt(t, s, due2, a.ID, "x") {
		t.Errorf("the item handed back a second time was not taken at its second time, and only then")
	}
	if retryUntil(t, s, a.ID, "x", until...) {
		t.Errorf("RetryItem handed the item back a third time, past the times given")
	}
}

// Replicas racing to take an item handed back: each time, exactly one is
// first, and none before its time.
func testFeedRetryItemRace(t *testing.T, s bot.FeedStore) {
	a := addFeed(t, s, newFeed("C1", "https://example.com/feed", t0))
	see(t, s, a.ID, "the-one")
	const rounds, n = 3, 12
	for round := range rounds {
		if !retryItem(t, s, a.ID, "the-one", rounds) {
			t.Fatalf("round %d: RetryItem did not hand the item back", round)
		}
		firsts, err := raceSeeItem(t, s, a.ID, "the-one", n)
		if err != nil {
			t.Errorf("round %d: SeeItem errors while racing: %v", round, err)
		}
		if firsts != 1 {
			t.Errorf("round %d: %d of %d racing SeeItem calls took the item handed back, want exactly 1", round, firsts, n)
		}
	}
	if retryItem(t, s, a.ID, "the-one", rounds) {
		t.Errorf("RetryItem handed the item back a %dth time, past its bound", rounds+1)
	}
	see(t, s, a.ID, "later")
	if !retryUntil(t, s, a.ID, "later", t0.Add(time.Hour)) {
		t.Fatalf("RetryItem did not hand the item back")
	}
	firsts, err := raceSeeItem(t, s, a.ID, "later", n)
	if err != nil {
		t.Errorf("SeeItem errors while racing: %v", err)
	}
	if firsts != 0 {
		t.Errorf("%d of %d racing SeeItem calls took an item handed back before its time, want none", firsts, n)
	}
}

func dueItems(t *testing.T, s bot.FeedStore, feed int64, now time.Time, limit int) []bot.FeedItem {
	t.Helper()
	got, err := s.DueItems(ctx(t), feed, now, limit)
	if err != nil {
		t.Fatalf("DueItems(%d, %v, %d): %v", feed, now, limit, err)
	}
	return got
}

func dueKeys(items []bot.FeedItem) []string {
	var keys []string
	for _, it := range items {
		keys = append(keys, it.Key)
	}
	return keys
}

// An item handed back keeps its link, title and published time, and
// DueItems returns it from its time until a SeeItem takes it, whatever
// keys a poll passes elsewhere: a feed that no longer lists it still has
// it drafted. The one due first comes first, then by key; the limit
// bounds the answer; an item handed back without a link (before a store
// kept them) is left out; a later hand-back's item replaces the earlier.
func testFeedDueItems(t *testing.T, s bot.FeedStore) {
	a := addFeed(t, s, newFeed("C1", "https://example.com/feed", t0))
	b := addFeed(t, s, newFeed("C1", "https://example.org/feed", t0))
	for _, k := range []string{"x", "y", "z", "w", "v"} {
		see(t, s, a.ID, k)
	}
	see(t, s, b.ID, "x")
	if got := dueItems(t, s, a.ID, t0.Add(24*time.Hour), 10); len(got) != 0 {
		t.Errorf("DueItems with nothing handed back = %q, want none", dueKeys(got))
	}
	hand := func(feed int64, it bot.FeedItem, until ...time.Time) {
		t.Helper()
		ok, err := s.RetryItem(ctx(t), feed, it, until)
		if err != nil || !ok {
			t.Fatalf("RetryItem(%d, %q) = %v, %v; want true, nil", feed, it.Key, ok, err)
		}
	}
	// Given in another zone, and to the microsecond: kept to the
	// millisecond, in UTC.
	published := t0.Add(-time.Hour + 1500*time.Microsecond).In(berlin)
	x := bot.FeedItem{Key: "x", Link: "https://example.com/x", Title: "The “x” story", Published: published}
	y := bot.FeedItem{Key: "y", Link: "https://example.com/y", Title: "Y"} // no published time
	z := bot.FeedItem{Key: "z", Link: "https://example.com/z", Title: ""}
	later := []time.Time{t0.Add(10 * time.Minute), t0.Add(time.Hour)}
	hand(a.ID, x, later...)
	hand(a.ID, z, t0.Add(5*time.Minute))
	hand(a.ID, y, t0.Add(5*time.Minute))
	hand(a.ID, bot.FeedItem{Key: "w"}, t0) // no link: as if handed back before the store kept one
	hand(b.ID, bot.FeedItem{Key: "x", Link: "https://example.org/x"}, t0)

	if got := dueItems(t, s, a.ID, t0.Add(5*time.Minute-time.Millisecond), 10); len(got) != 0 {
		t.Errorf("DueItems a millisecond before any is due = %q, want none", dueKeys(got))
	}
	wantX := x
	wantX.Published = t0.Add(-time.Hour + time.Millisecond)
	got := dueItems(t, s, a.ID, t0.Add(5*time.Minute), 10)
	if want := []bot.FeedItem{y, z}; !reflect.DeepEqual(got, want) {
		t.Errorf("DueItems at the first time = %+v, want %+v: the due ones, by key at the same time, without the linkless", got, want)
	}
	got = dueItems(t, s, a.ID, t0.Add(10*time.Minute).In(berlin), 10)
	if want := []bot.FeedItem{y, z, wantX}; !reflect.DeepEqual(got, want) {
		t.Errorf("DueItems at the second time = %+v, want %+v", got, want)
	} else if loc := got[2].Published.Location(); loc != time.UTC {
		t.Errorf("DueItems' published time is in %v, want UTC", loc)
	}
	if got := dueItems(t, s, a.ID, t0.Add(10*time.Minute), 2); !slices.Equal(dueKeys(got), []string{"y", "z"}) {
		t.Errorf("DueItems with a limit of 2 = %q, want [y z]: the ones due first", dueKeys(got))
	}
	if got := dueItems(t, s, a.ID, t0.Add(10*time.Minute), 0); len(got) != 0 {
		t.Errorf("DueItems with a limit of 0 = %q, want none", dueKeys(got))
	}
	if got := dueItems(t, s, b.ID, t0.Add(10*time.Minute), 10); !slices.Equal(dueKeys(got), []string{"x"}) || got[0].Link != "https://example.org/x" {
		t.Errorf("DueItems of the other feed = %+v, want its own x only", got)
	}
	if got, _ := unseenAt(t, s, t0.Add(10*time.Minute), a.ID, "w", "v"); !slices.Equal(got, []string{"w"}) {
		t.Errorf("UnseenItems = %q, want [w]: an item handed back without a link is still tried while listed", got)
	}

	// DueItems records nothing: a SeeItem takes the item, once, and it is
	// no longer due.
	if !seeAt(t, s, t0.Add(10*time.Minute), a.ID, "y") {
		t.Fatalf("SeeItem did not take a due item DueItems returned")
	}
	if seeAt(t, s, t0.Add(10*time.Minute), a.ID, "y") {
		t.Errorf("a second SeeItem took the due item again")
	}
	if got := dueItems(t, s, a.ID, t0.Add(10*time.Minute), 10); !slices.Equal(dueKeys(got), []string{"z", "x"}) {
		t.Errorf("DueItems once y is taken = %q, want [z x]", dueKeys(got))
	}

	// Taken and handed back again: due at its second time, with the item
	// as handed back last.
	seeAt(t, s, t0.Add(10*time.Minute), a.ID, "x")
	moved := bot.FeedItem{Key: "x", Link: "https://example.com/x-updated", Title: "The x story, updated"}
	hand(a.ID, moved, later...)
	if got := dueItems(t, s, a.ID, t0.Add(time.Hour-time.Millisecond), 10); !slices.Equal(dueKeys(got), []string{"z"}) {
		t.Errorf("DueItems before the second wait is over = %q, want [z]", dueKeys(got))
	}
	if got := dueItems(t, s, a.ID, t0.Add(time.Hour), 10); !reflect.DeepEqual(got, []bot.FeedItem{z, moved}) {
		t.Errorf("DueItems after the second hand-back = %+v, want %+v", got, []bot.FeedItem{z, moved})
	}

	if got := dueItems(t, s, a.ID+b.ID+100, t0.Add(time.Hour), 10); len(got) != 0 {
		t.Errorf("DueItems of a feed that does not exist = %q, want none", dueKeys(got))
	}
	if err := s.RemoveFeed(ctx(t), a.ID); err != nil {
		t.Fatal(err)
	}
	if got := dueItems(t, s, a.ID, t0.Add(time.Hour), 10); len(got) != 0 {
		t.Errorf("DueItems of a removed feed = %q, want none", dueKeys(got))
	}
}

// Replicas polling a feed that no longer lists an item handed back each
// find it due and race to take it: exactly one does, each round, and
// none before its time.
func testFeedDueItemsRace(t *testing.T, s bot.FeedStore) {
	a := addFeed(t, s, newFeed("C1", "https://example.com/feed", t0))
	see(t, s, a.ID, "gone")
	const rounds, n = 3, 12
	for round := range rounds {
		if !retryItem(t, s, a.ID, "gone", rounds) {
			t.Fatalf("round %d: RetryItem did not hand the item back", round)
		}
		var (
			wg   sync.WaitGroup
			mu   sync.Mutex
			errs []error
		)
		firsts := 0
		start := make(chan struct{})
		for i := range n {
			wg.Go(func() {
				<-start
				at := t0.Add(time.Duration(i) * time.Millisecond)
				due, err := s.DueItems(ctx(t), a.ID, at, 10)
				took := false
				for _, it := range due {
					if err != nil {
						break
					}
					var first bool
					first, err = s.SeeItem(ctx(t), a.ID, it.Key, at)
					took = took || first
				}
				mu.Lock()
				defer mu.Unlock()
				errs = append(errs, err)
				if took {
					firsts++
				}
			})
		}
		close(start)
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			t.Errorf("round %d: errors while racing: %v", round, err)
		}
		if firsts != 1 {
			t.Errorf("round %d: %d of %d racing callers took the due item, want exactly 1", round, firsts, n)
		}
		if got := dueItems(t, s, a.ID, t0.Add(time.Hour), 10); len(got) != 0 {
			t.Errorf("round %d: DueItems after the race = %q, want none", round, dueKeys(got))
		}
	}
	see(t, s, a.ID, "later")
	if !retryUntil(t, s, a.ID, "later", t0.Add(time.Hour)) {
		t.Fatalf("RetryItem did not hand the item back")
	}
	if got := dueItems(t, s, a.ID, t0.Add(time.Hour-time.Millisecond), 10); len(got) != 0 {
		t.Errorf("DueItems before its time = %q, want none", dueKeys(got))
	}
}

func testFeedStories(t *testing.T, s bot.FeedStore) {
	big := []uint64{0, 1, 1 << 63, math.MaxUint64, 0x0123456789abcdef, 1<<63 - 1}
	stories := []bot.Story{
		{Platform: bot.Slack, Workspace: "T1", Draft: 1, Channel: "C1", Card: "C1/1700000000.000100", Print: slices.Clone(big), At: t0.Add(-2 * time.Hour)},
		{Platform: bot.Slack, Workspace: "T1", Draft: 2, Channel: "C2", Card: "", Print: []uint64{5}, At: t0.Add(time.Hour + 1500*time.Microsecond).In(berlin)},
		{Platform: bot.Slack, Workspace: "T1", Draft: 3, Channel: "C1", Card: "C1/2", Print: []uint64{7, 8}, At: t0},
		{Platform: bot.Slack, Workspace: "T1", Draft: 4, Channel: "C1", Card: "C1/3", Print: []uint64{9}, At: t0.Add(-time.Hour)},
		{Platform: bot.Slack, Workspace: "T2", Draft: 5, Channel: "C1", Print: []uint64{1}, At: t0},
		{Platform: bot.Discord, Workspace: "T1", Draft: 6, Channel: "C1", Print: []uint64{1}, At: t0},
	}
	for _, st := range stories {
		if err := s.AddStory(ctx(t), st); err != nil {
			t.Fatalf("AddStory(%d): %v", st.Draft, err)
		}
	}
	stories[0].Print[0] = 99 // the caller's slice is not the store's
	want0 := stories[0]
	want0.Print = big

	tests := []struct {
		since time.Time
		want  []int64
	}{
		{time.Time{}, []int64{2, 3, 4, 1}},
		{t0.Add(-time.Hour), []int64{2, 3, 4}}, // at since counts
		{t0.Add(-time.Hour + time.Millisecond), []int64{2, 3}},
		{t0.Add(2 * time.Hour), nil},
	}
	for _, tc := range tests {
		got, err := s.Stories(ctx(t), bot.Slack, "T1", tc.since)
		if err != nil {
			t.Fatalf("Stories: %v", err)
		}
		var drafts []int64
		for _, st := range got {
			drafts = append(drafts, st.Draft)
		}
		if !slices.Equal(drafts, tc.want) {
			t.Errorf("Stories(Slack T1, since %v) = drafts %v, want %v, newest first", tc.since, drafts, tc.want)
		}
	}
	got, _ := s.Stories(ctx(t), bot.Slack, "T1", time.Time{})
	if len(got) != 4 {
		t.Fatalf("Stories = %d, want 4", len(got))
	}
	want1 := stories[1]
	want1.At = time.Date(2026, 3, 2, 8, 0, 0, 1e6, time.UTC)
	for _, c := range []struct{ got, want bot.Story }{{got[0], want1}, {got[3], want0}} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("story read back:\n got  %+v\n want %+v", c.got, c.want)
		}
		if c.got.At.Location() != time.UTC {
			t.Errorf("story %d's At is in %v, want UTC", c.got.Draft, c.got.At.Location())
		}
	}
	if d, _ := s.Stories(ctx(t), bot.Discord, "T1", time.Time{}); len(d) != 1 || d[0].Draft != 6 {
		t.Errorf("Stories(Discord T1) = %+v, want draft 6 only", d)
	}

	// Purging before t0-1h deletes only draft 1's story (t0-2h), of every
	// workspace; one exactly at the bound stays.
	if n, err := s.PurgeStories(ctx(t), t0.Add(-time.Hour)); err != nil || n != 1 {
		t.Fatalf("PurgeStories(t0-1h) = %d, %v; want 1", n, err)
	}
	got, _ = s.Stories(ctx(t), bot.Slack, "T1", time.Time{})
	var left []int64
	for _, st := range got {
		left = append(left, st.Draft)
	}
	if !slices.Equal(left, []int64{2, 3, 4}) {
		t.Errorf("Stories after PurgeStories = drafts %v, want [2 3 4]", left)
	}
	if n, err := s.PurgeStories(ctx(t), t0.Add(2*time.Hour)); err != nil || n != 5 {
		t.Errorf("PurgeStories(t0+2h) = %d, %v; want the 5 left in all workspaces", n, err)
	}
}

func testFeedConcurrentClaims(t *testing.T, s bot.FeedStore) {
	const feeds, owners = 60, 8
	for i := range feeds {
		addFeed(t, s, newFeed(fmt.Sprintf("C%d", i%7), fmt.Sprintf("https://example.com/%d", i), t0.Add(-time.Duration(i)*time.Second)))
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		by   = map[int64][]string{}
		errs []error
	)
	start := make(chan struct{})
	for o := range owners {
		owner := fmt.Sprintf("o%d", o)
		wg.Go(func() {
			<-start
			for {
				fs, err := s.ClaimFeeds(ctx(t), owner, t0, t0.Add(time.Hour), 3)
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				}
				for _, f := range fs {
					by[f.ID] = append(by[f.ID], owner)
				}
				mu.Unlock()
				if err != nil || len(fs) == 0 {
					return
				}
			}
		})
	}
	close(start)
	wg.Wait()
	if len(errs) != 0 {
		t.Errorf("ClaimFeeds errors while racing: %v", errs)
	}
	if len(by) != feeds {
		t.Errorf("%d of %d feeds were claimed", len(by), feeds)
	}
	for id, os := range by {
		if len(os) != 1 {
			t.Errorf("feed %d was handed to %v, want one owner", id, os)
		}
	}
}

// BenchFeeds measures what a poller pays the store per call, against a
// store made by open holding feeds feeds: UnseenItems of a poll that
// finds nothing new (MaxFeedItems keys, all seen) and of a typical feed
// (50 keys, all seen); SeeItem of a new item; ClaimFeeds when nothing is
// due (every tick of an idle poller); and ClaimFeeds of one due feed with
// its SaveFetch (every fetch). open must return a new, empty store;
// BenchFeeds closes it.
func BenchFeeds(b *testing.B, feeds int, open func(b *testing.B) FeedStore) {
	s := open(b)
	b.Cleanup(func() {
		if err := s.Close(); err != nil {
			b.Errorf("Close: %v", err)
		}
	})
	c := b.Context()
	// Feed j is due at t0 + j ms, so a clock moving a millisecond a call
	// finds exactly one feed due, and a saved feed is due again a round of
	// feeds later.
	ids := make([]int64, feeds)
	for j := range feeds {
		f, err := s.AddFeed(c, newFeed(fmt.Sprintf("C%d", j%50), fmt.Sprintf("https://example.com/%d.xml", j), t0.Add(time.Duration(j)*time.Millisecond)))
		if err != nil {
			b.Fatal(err)
		}
		ids[j] = f.ID
	}
	keys := make([]string, bot.MaxFeedItems)
	for i := range keys {
		keys[i] = fmt.Sprintf("https://example.com/0/item/%d", i)
		if _, err := s.SeeItem(c, ids[0], keys[i], t0); err != nil {
			b.Fatal(err)
		}
	}
	for _, n := range []int{len(keys), 50} {
		b.Run(fmt.Sprintf("UnseenItems/%d-seen", n), func(b *testing.B) {
			for b.Loop() {
				got, waiting, err := s.UnseenItems(c, ids[0], keys[:n], t0)
				if err != nil || len(got) != 0 || !waiting.IsZero() {
					b.Fatalf("UnseenItems = %d keys, %v", len(got), err)
				}
			}
		})
	}
	// The sub-benchmarks run again with -count on the same store: what
	// they use up (keys, due feeds) carries over from run to run.
	i, now := 0, t0
	b.Run("SeeItem/new", func(b *testing.B) {
		for b.Loop() {
			i++
			first, err := s.SeeItem(c, ids[1], fmt.Sprintf("https://example.com/1/item/%d", i), t0)
			if err != nil || !first {
				b.Fatalf("SeeItem = %v, %v", first, err)
			}
		}
	})
	b.Run("ClaimFeeds/none-due", func(b *testing.B) {
		for b.Loop() {
			fs, err := s.ClaimFeeds(c, "o1", t0.Add(-time.Second), t0, 10)
			if err != nil || len(fs) != 0 {
				b.Fatalf("ClaimFeeds = %d feeds, %v", len(fs), err)
			}
		}
	})
	b.Run("ClaimFeeds+SaveFetch/one-due", func(b *testing.B) {
		for b.Loop() {
			fs, err := s.ClaimFeeds(c, "o1", now, now.Add(time.Minute), 10)
			if err != nil || len(fs) != 1 {
				b.Fatalf("ClaimFeeds at %v = %d feeds, %v", now, len(fs), err)
			}
			f := fs[0]
			f.LastFetch, f.LastOK, f.Next = now, now, now.Add(time.Duration(feeds)*time.Millisecond)
			if err := s.SaveFetch(c, "o1", f); err != nil {
				b.Fatal(err)
			}
			now = now.Add(time.Millisecond)
		}
	})
}

// testStoryLock: a workspace's story matching is held by one owner until
// its lease ends or the owner lets it go; other workspaces are apart.
func testStoryLock(t *testing.T, s bot.FeedStore) {
	lock := func(ws, owner string, now time.Time) bool {
		t.Helper()
		ok, err := s.LockStories(ctx(t), bot.Slack, ws, owner, now, now.Add(time.Minute))
		if err != nil {
			t.Fatalf("LockStories(%s, %s): %v", ws, owner, err)
		}
		return ok
	}
	steps := []struct {
		what      string
		ws, owner string
		at        time.Duration
		want      bool
	}{
		{"a free workspace is taken", "T1", "r1", 0, true},
		{"another owner waits", "T1", "r2", 10 * time.Second, false},
		{"another workspace is free", "T2", "r2", 10 * time.Second, true},
		{"the holder extends its lease", "T1", "r1", 30 * time.Second, true},
		{"the extended lease still holds", "T1", "r2", 80 * time.Second, false},
		{"an ended lease is taken over", "T1", "r2", 90 * time.Second, true},
		{"the old holder now waits", "T1", "r1", 100 * time.Second, false},
	}
	for _, st := range steps {
		if got := lock(st.ws, st.owner, t0.Add(st.at)); got != st.want {
			t.Errorf("%s: LockStories(%s, %s) = %v, want %v", st.what, st.ws, st.owner, got, st.want)
		}
	}
	// Unlocking by someone else changes nothing; by the holder frees it.
	if err := s.UnlockStories(ctx(t), bot.Slack, "T1", "r1"); err != nil {
		t.Fatal(err)
	}
	if lock("T1", "r3", t0.Add(101*time.Second)) {
		t.Error("an unlock by a former holder freed another's lease")
	}
	if err := s.UnlockStories(ctx(t), bot.Slack, "T1", "r2"); err != nil {
		t.Fatal(err)
	}
	if !lock("T1", "r3", t0.Add(102*time.Second)) {
		t.Error("the holder's unlock did not free the workspace")
	}
	if ok, err := s.LockStories(ctx(t), bot.Discord, "T1", "r1", t0.Add(102*time.Second), t0.Add(time.Hour)); err != nil || !ok {
		t.Errorf("the same workspace id on another platform is held: %v, %v", ok, err)
	}
}

// testStoryLockRace: of replicas asking at once, one holds the lock.
func testStoryLockRace(t *testing.T, s bot.FeedStore) {
	var (
		mu   sync.Mutex
		got  []string
		wg   sync.WaitGroup
		errs = make(chan error, 8)
	)
	for i := range 8 {
		owner := fmt.Sprintf("r%d", i)
		wg.Go(func() {
			ok, err := s.LockStories(ctx(t), bot.Slack, "T1", owner, t0, t0.Add(time.Minute))
			if err != nil {
				errs <- err
				return
			}
			if ok {
				mu.Lock()
				got = append(got, owner)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("LockStories: %v", err)
	}
	if len(got) != 1 {
		t.Errorf("holders after 8 concurrent LockStories: %v, want exactly one", got)
	}
}
