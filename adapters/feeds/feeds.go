// Package feeds reads news feeds (RSS 2.0 and 1.0, Atom, JSON Feed) for
// the bot's feed poller: bot.FeedReader, built on github.com/mmcdole/gofeed
// and the process's one guarded HTTP client (adapters/web).
//
// A feed's address is chosen by someone in chat, so everything about the
// answer is distrusted: the client refuses internal addresses and bounds
// time; this package bounds the body (Options.MaxBytes), looks at the
// newest bot.MaxFeedItems items only, caps the length of what it keeps,
// and says every failure in words a channel can be shown, never with the
// body in them.
//
// Cost, measured over loopback through the guarded client on the 2-core
// development machine, the test server's share included
// (go test -run X -bench . -benchtime 2s ./adapters/feeds/):
//
//	BenchmarkRead304      unchanged feed (304)              40-80 µs/op   8 KB,  99 allocs/op
//	BenchmarkReadChanged  50-item news RSS, 69 KB           4-7 ms/op     2 MB,  30k allocs/op
//	BenchmarkReadBig      1,000 full-text items, 9.1 MB     0.4-0.8 s/op  124 MB, 640k allocs/op
//
// A changed feed's cost is gofeed's: its XML decoding, and its date
// parsing, which tries up to 130 layouts per date (see trim.go).
package feeds

import (
	"net/http"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// UserAgent names the bot to the sites whose feeds it reads, with where to
// find out what it is.
const UserAgent = "briefbot/1 (feed reader; +https://github.com/briefbot/briefbot)"

// accept asks for the three feed formats first, then the XML and JSON
// types servers commonly label them with, then a web page (which may
// advertise a feed).
const accept = "application/rss+xml, application/atom+xml, application/feed+json, " +
	"application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, " +
	"text/html;q=0.5, application/xhtml+xml;q=0.5, */*;q=0.1"

// DefaultMaxBytes is how large a feed (or the page advertising one) may be:
// 10 MiB. Real feeds are far smaller (a news site's RSS of 50 items with
// summaries is about 60 KB; full-text feeds and long podcast archives reach
// a few MB), so this lets every plausible feed through while bounding what
// gofeed allocates: a 9.1 MB full-text feed of 1,000 items costs 124 MB of
// allocation and about half a second (BenchmarkReadBig), a 7.9 MB feed of
// 100,000 short items, trimmed to 1,000 before parsing, 80 MB and about
// 0.35 s (TestHundredThousandItems). The web client's own cap
// (web.Options.MaxBody, also 10 MB by default) applies too.
const DefaultMaxBytes = 10 << 20

// Options configure a Reader. The zero value is the default.
type Options struct {
	// MaxBytes caps the body of an answer; a larger feed is refused with
	// "the feed is larger than N MB", after reading no more than MaxBytes+1
	// bytes. Default DefaultMaxBytes.
	MaxBytes int64
	// Clock reads the time a Retry-After date is counted from. Default
	// the wall clock.
	Clock bot.Clock
}

// Reader reads feeds: bot.FeedReader. It is safe for concurrent use; the
// client decides how many fetches run at once.
type Reader struct {
	c     *http.Client
	max   int64
	clock bot.Clock
}

var _ bot.FeedReader = (*Reader)(nil)

// New returns a Reader fetching with c, which must be the process's
// guarded client (web.New): feed addresses come from chat.
func New(c *http.Client, opts Options) *Reader {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.Clock == nil {
		opts.Clock = bot.SystemClock{}
	}
	return &Reader{c: c, max: opts.MaxBytes, clock: opts.Clock}
}

// maxRetryAfter caps how long a server's Retry-After makes the bot wait:
// the longest backoff the poller uses anyway.
const maxRetryAfter = 6 * time.Hour
