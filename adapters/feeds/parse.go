package feeds

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/briefbot/briefbot/bot"
)

// Bounds on what is kept of one item or feed: a feed is someone else's
// text, and keys and links are stored.
const (
	maxTitle   = 300  // runes of a title
	maxKey     = 500  // bytes of a GUID used as is; a longer one is hashed
	maxLinkLen = 4096 // bytes of an article link; an item with a longer one is skipped
)

// parse reads a fetched body as a feed. For an HTML page that advertises a
// feed it returns no page and that feed's address instead.
func (r *Reader) parse(a *answer) (*bot.FeedPage, *url.URL, error) {
	body := bytes.TrimLeft(a.body, "\ufeff \t\r\n")
	media, _, _ := mime.ParseMediaType(a.contentType)
	switch {
	case len(body) == 0:
		return nil, nil, notAFeed("the answer is empty", nil)
	case isHTML(media, body):
		feedURL, err := discover(a.body, a.url)
		if err != nil {
			return nil, nil, notAFeed("the page is HTML and advertises no feed", err)
		}
		return nil, feedURL, nil
	case body[0] != '<' && body[0] != '{':
		if media == "" {
			media = "neither XML nor JSON"
		}
		return nil, nil, notAFeed("the address holds "+media+", not RSS, Atom or JSON Feed", nil)
	}
	p := gofeed.NewParser()
	p.RSSTranslator = rssTranslator
	f, err := p.Parse(bytes.NewReader(trim(body)))
	if err != nil {
		return nil, nil, parseError(body[0], err)
	}
	if body[0] == '{' && !strings.HasPrefix(f.FeedVersion, "https://jsonfeed.org/version/") &&
		!strings.HasPrefix(f.FeedVersion, "http://jsonfeed.org/version/") {
		return nil, nil, notAFeed("the JSON is not a JSON Feed (it has no jsonfeed.org version)", nil)
	}
	return &bot.FeedPage{Title: oneLine(f.Title), Items: items(f.Items, a.url)}, nil, nil
}

// rssTranslator skips gofeed's search of every item's HTML for an image,
// which parses each description as a document: the bot has no use for
// the image, and it was a third of the cost of a big feed.
var rssTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}

// isHTML tells a web page: by its content type, or by its first tag when
// the server labels it as something else.
func isHTML(media string, body []byte) bool {
	if media == "text/html" || media == "application/xhtml+xml" {
		// A feed served as text/html is still a feed.
		return gofeed.DetectFeedType(bytes.NewReader(body[:min(len(body), 4096)])) == gofeed.FeedTypeUnknown
	}
	head := bytes.ToLower(body[:min(len(body), 512)])
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

// parseError words gofeed's failure: broken XML with its line, broken
// JSON, or XML that is no feed.
func parseError(first byte, err error) *bot.FeedError {
	var se *xml.SyntaxError
	var js *json.SyntaxError
	var jt *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		// Only encoding/xml's fixed messages are said: the others quote
		// the body ("invalid characters between </NAME and >"), which a
		// channel is never shown, and may be as long as the body.
		if why, ok := xmlProblems[se.Msg]; ok {
			return notAFeed(fmt.Sprintf("the XML is broken (line %d: %s)", se.Line, why), err)
		}
		return notAFeed(fmt.Sprintf("the XML is broken (line %d)", se.Line), err)
	case errors.Is(err, gofeed.ErrFeedTypeNotDetected) && first == '<':
		return notAFeed("the XML is not RSS or Atom", err)
	case errors.As(err, &js), errors.As(err, &jt):
		return notAFeed("the JSON is broken or not a JSON Feed", err)
	case first == '{':
		return notAFeed("the JSON is not a JSON Feed", err)
	}
	return notAFeed("it could not be read as RSS or Atom", err)
}

// xmlProblems are encoding/xml's syntax errors that quote nothing of the
// body, in words.
var xmlProblems = map[string]string{
	"unexpected EOF":                  "it ends too early",
	"unexpected EOF in CDATA section": "it ends too early",
	"invalid UTF-8":                   "it is not valid UTF-8",
}

func notAFeed(why string, err error) *bot.FeedError {
	return &bot.FeedError{Why: "not a feed: " + why, NotAFeed: true, Err: err}
}

// candidate is an item of the feed before it is looked at closely.
type candidate struct {
	it   *gofeed.Item
	date time.Time
	pos  int
}

// items keeps the newest bot.MaxFeedItems items with an http(s) link, newest
// first: items with a date (published, else updated) by date, the newest
// first, ties in feed order; then items without a date, in feed order (a
// feed lists its newest first as a rule, and an undated item cannot be
// placed among dated ones). Items with the same key collapse to the first
// in that order. Only the items kept are looked at closely, so a feed of
// 100,000 items costs a sort of 100,000 small records and no more.
func items(in []*gofeed.Item, base *url.URL) []bot.FeedItem {
	cs := make([]candidate, 0, len(in))
	for i, it := range in {
		if it == nil {
			continue
		}
		c := candidate{it: it, pos: i}
		switch {
		case it.PublishedParsed != nil:
			c.date = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			c.date = it.UpdatedParsed.UTC()
		}
		cs = append(cs, c)
	}
	slices.SortStableFunc(cs, func(a, b candidate) int {
		switch {
		case a.date.IsZero() && b.date.IsZero():
			return 0
		case a.date.IsZero():
			return 1
		case b.date.IsZero():
			return -1
		}
		return b.date.Compare(a.date)
	})
	out := make([]bot.FeedItem, 0, min(len(cs), bot.MaxFeedItems))
	seen := make(map[string]bool, cap(out))
	for _, c := range cs {
		if len(out) == bot.MaxFeedItems {
			break
		}
		link := itemLink(c.it, base)
		if link == nil {
			continue
		}
		key := itemKey(c.it, link)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, bot.FeedItem{Key: key, Link: link.String(), Title: oneLine(c.it.Title), Published: c.date})
	}
	return out
}

// itemLink is the item's article address resolved against the feed's, or
// nil when it has no http(s) one.
func itemLink(it *gofeed.Item, base *url.URL) *url.URL {
	raw := strings.TrimSpace(it.Link)
	if raw == "" && len(it.Links) > 0 {
		raw = strings.TrimSpace(it.Links[0])
	}
	if raw == "" || len(raw) > maxLinkLen {
		return nil
	}
	u, err := base.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return nil
	}
	return u
}

// itemKey is the item's GUID (Atom id, JSON Feed id), else its normalised
// link. A GUID too long to store is replaced by its SHA-256, the same on
// every fetch.
func itemKey(it *gofeed.Item, link *url.URL) string {
	if g := strings.TrimSpace(it.GUID); g != "" {
		if len(g) > maxKey || !utf8.ValidString(g) {
			sum := sha256.Sum256([]byte(g))
			return "sha256:" + hex.EncodeToString(sum[:])
		}
		return g
	}
	return NormalLink(link)
}

// oneLine trims s, folds its runs of white space (line breaks included)
// to one space and cuts it to maxTitle runes.
func oneLine(s string) string {
	var b strings.Builder
	n, space := 0, false
	for _, r := range strings.TrimSpace(s) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if n == maxTitle {
			b.WriteString("…")
			break
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r == utf8.RuneError || unicode.IsControl(r) {
			continue
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
