package bot

import (
	"context"
	"errors"
	"time"
)

// Feeds: a channel follows a news feed; each new story in it becomes a
// draft whose review card is posted in that channel. This file holds the
// shapes the core shares with the store and the feed reader; the poller,
// the commands and the story matching build on them.

// FeedStore keeps the feeds channels follow, their fetch state, the items
// seen and the stories drafted from them. Like Store's claims, a feed is
// fetched by one replica at a time: ClaimFeeds hands a due feed to one
// caller until its lease ends, and SaveFetch is accepted only from that
// caller. Times are kept to the millisecond and returned in UTC; the store
// never reads its own clock.
type FeedStore interface {
	// AddFeed stores a new feed and returns it with the ID the store gave
	// it. A channel follows a URL once: a second AddFeed of f.URL in
	// f's channel is ErrFeedExists, with nothing changed.
	AddFeed(ctx context.Context, f Feed) (Feed, error)

	// Feed returns the feed with the id, or ErrNoFeed.
	Feed(ctx context.Context, id int64) (Feed, error)

	// ChannelFeeds returns the feeds a channel follows, oldest first.
	ChannelFeeds(ctx context.Context, platform, workspace, channel string) ([]Feed, error)

	// RemoveFeed deletes the feed, its claim and its seen items (the
	// drafts made from it stay), or is ErrNoFeed.
	RemoveFeed(ctx context.Context, id int64) error

	// ClaimFeeds leases up to limit feeds whose Next is at or before now
	// and that nobody holds (or whose lease ended), to owner until until,
	// the longest overdue first. Replicas claiming at once never get the
	// same feed.
	ClaimFeeds(ctx context.Context, owner string, now, until time.Time, limit int) ([]Feed, error)

	// SaveFetch writes the fetch state of f (FeedState: validators,
	// times, errors, notices, Next, Drafts) and ends owner's lease on it.
	// When owner no longer holds the feed (its lease ended and another
	// took it) or the feed was removed, nothing is written and the error
	// is ErrFeedLost.
	SaveFetch(ctx context.Context, owner string, f Feed) error

	// SeeItem records that the feed's item with the key (its GUID, else its
	// normalised link) was seen at at, and reports whether this call was
	// the first to see it, or the first to see it again after RetryItem
	// handed it back, at or after the time it was to wait until: the one
	// caller that drafts it. An item handed back is not taken before that
	// time (false, nil). Items are remembered until the feed is removed.
	SeeItem(ctx context.Context, feed int64, key string, at time.Time) (first bool, err error)

	// UnseenItems returns those of keys the feed has not seen, or that
	// RetryItem handed back to wait until a time at or before now and no
	// SeeItem has taken since, in the order given: one read, so a poll of
	// a feed whose items are all known costs one query, not one per item.
	// It records nothing; SeeItem decides who drafts.
	//
	// waiting is the earliest time an item of keys handed back and still
	// waiting at now is due (zero when none waits): such an item is not
	// listed, and a poll that finds one must read the feed in full again
	// rather than accept a 304, or it would never see the item again.
	UnseenItems(ctx context.Context, feed int64, keys []string, now time.Time) (unseen []string, waiting time.Time, err error)

	// RetryItem hands back the item with it.Key that the caller was first
	// to see, whose drafting failed for a reason that may pass (its
	// article could not be fetched just now), to be tried again later: it
	// waits until until[n], n being how many times it was handed back
	// before, and from then UnseenItems and DueItems list it and the next
	// SeeItem of it is first, for exactly one caller, as for a new item.
	// It reports whether the item was handed back; it is not (false, nil)
	// once it has been handed back len(until) times, while it waits or
	// waits to be seen again, or when the feed has no such item.
	//
	// The store keeps the item's Link, Title and Published with it (to the
	// millisecond, in UTC), replacing those of an earlier hand-back: a
	// busy feed may drop the item before its wait is over, and DueItems
	// then gives the poller what it needs to draft it without the feed.
	RetryItem(ctx context.Context, feed int64, it FeedItem, until []time.Time) (bool, error)

	// DueItems returns up to limit of the feed's items handed back by
	// RetryItem whose wait is over at now and that no SeeItem has taken
	// since, whether the feed still lists them or not, the one due first
	// first (then by key), each as RetryItem was given it. An item handed
	// back without a link (before the store kept them) is left out. It
	// records nothing; SeeItem decides who drafts. A feed that does not
	// exist has none.
	DueItems(ctx context.Context, feed int64, now time.Time, limit int) ([]FeedItem, error)

	// AddStory records a drafted story's fingerprint, so that the same
	// story from another feed of the workspace joins its draft.
	AddStory(ctx context.Context, s Story) error

	// Stories returns the stories drafted in a workspace at or after
	// since, newest first.
	Stories(ctx context.Context, platform, workspace string, since time.Time) ([]Story, error)

	// PurgeStories deletes the stories recorded before before, of every
	// workspace, and returns how many: a story is matched only within the
	// story window, so older ones are dead weight.
	PurgeStories(ctx context.Context, before time.Time) (int, error)

	// LockStories leases the matching of new stories in a workspace to
	// owner until until, and reports whether owner holds it now: false
	// while another owner's lease has not ended at now. Matching a story
	// against the workspace's stories and recording it as a new one must
	// be one step across replicas, or two replicas drafting one story from
	// two feeds at the same moment both find nothing and make two drafts.
	// Taking a lease owner already holds extends it.
	LockStories(ctx context.Context, platform, workspace, owner string, now, until time.Time) (bool, error)

	// UnlockStories ends owner's lease on the workspace's story matching;
	// nothing happens when owner does not hold it.
	UnlockStories(ctx context.Context, platform, workspace, owner string) error
}

// Errors a FeedStore returns, matched with errors.Is.
var (
	ErrNoFeed     = errors.New("no such feed")
	ErrFeedExists = errors.New("this channel already follows that feed")
	ErrFeedLost   = errors.New("the feed's lease ended or the feed was removed")
)

// Feed is a feed a channel follows, with its fetch state.
type Feed struct {
	ID int64 // given by the store

	// The review channel: where its drafts' cards are posted, and which
	// curators act on them.
	Platform  string
	Workspace string
	Channel   string

	URL    string   // the feed's own address (a page's advertised feed, not the page)
	Title  string   // the feed's title, as it last gave it
	Topics []string // topic ids added to every draft from it

	By     string // who followed it (see Actor)
	ByName string
	At     time.Time

	FeedState
}

// FeedState is what a feed's fetches leave behind, written by SaveFetch.
type FeedState struct {
	// The validators of the last answer, sent back for a conditional GET.
	ETag         string
	LastModified string

	Next      time.Time // when it is due
	LastFetch time.Time // the last attempt, successful or not
	LastOK    time.Time // the last successful fetch (a 304 counts)
	LastError string    // the last attempt's error in words; "" after a success
	// ItemError is the last problem with one of its items (an article
	// link refused or not an article), in words, and ItemErrorAt when;
	// the feed itself may be fine.
	ItemError   string
	ItemErrorAt time.Time
	Failures    int // failed attempts in a row
	// Notified is set when the channel was told the feed is failing, and
	// cleared when it was told it works again.
	Notified bool
	// Primed is set once the feed's first successful fetch marked its
	// items seen (the newest few drafted): later new items are all drafted.
	Primed bool
	Drafts int // drafts made from it
}

// Story is a drafted story's fingerprint, for recognising the same story
// in another feed.
type Story struct {
	Platform  string
	Workspace string
	Draft     int64    // the draft it became
	Channel   string   // where its card was posted
	Card      string   // the card's message reference (CardPoster's ref); "" when none
	Print     []uint64 // the fingerprint (see the story matching)
	At        time.Time
}

// FeedReader fetches a feed through the process's one guarded client
// (adapters/web: internal addresses refused after DNS and on every
// redirect, sizes capped, time limited) and parses it. adapters/feeds
// implements it with gofeed.
type FeedReader interface {
	// Read fetches link, sending v's validators for a conditional GET. A
	// 304 is a FeedPage with NotModified set and no items. When link is a
	// web page that advertises a feed (<link rel="alternate"
	// type="application/rss+xml" …>), that feed is read instead and
	// FeedPage.URL says which. Errors are *FeedError.
	Read(ctx context.Context, link string, v FeedValidators) (*FeedPage, error)
}

// FeedValidators are a previous answer's validators.
type FeedValidators struct {
	ETag         string
	LastModified string
}

// FeedPage is a feed as one fetch found it.
type FeedPage struct {
	URL         string // the feed's address: link, or the feed a page advertised
	NotModified bool   // the server answered 304
	FeedValidators
	Title string
	// Items, newest first (by publish date where the feed gives one,
	// else in the feed's order), at most MaxFeedItems.
	Items []FeedItem
}

// MaxFeedItems is how many items of one fetch are looked at: the newest.
// A feed of 100,000 items costs no more than one of 500.
const MaxFeedItems = 500

// FeedItem is one entry of a feed.
type FeedItem struct {
	// Key identifies the item across fetches: its GUID (or Atom id, JSON
	// Feed id), else its normalised link. A changed date never changes it.
	Key       string
	Link      string // the article's address
	Title     string
	Published time.Time // zero when the feed gives none
}

// FeedError is why a feed could not be read, in words for the channel.
type FeedError struct {
	// Why is for people: "the server answered 404", "not a feed: the page
	// is HTML and advertises none", "refused: … is a private address".
	Why string
	// RetryAfter is the server's Retry-After (429, 503), zero when none.
	RetryAfter time.Duration
	// NotAFeed is set when the address answered but holds no feed: /follow
	// refuses it at once rather than following it.
	NotAFeed bool
	Err      error // the underlying error, for logs; may be nil
}

func (e *FeedError) Error() string { return e.Why }

// Unwrap returns the underlying error.
func (e *FeedError) Unwrap() error { return e.Err }
