package feeds_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/feeds"
	"github.com/briefbot/briefbot/adapters/web"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
)

// secret is in every body the tests serve: no error may repeat it.
const secret = "SECRET-BODY-TEXT"

// local is the guarded client with the address rule lifted, to reach the
// tests' loopback servers; everything else of web.New applies.
func local() *http.Client { return web.New(web.Options{AllowPrivate: true}) }

// serve answers every request with the status, content type and body, and
// records the requests.
type served struct {
	mu   sync.Mutex
	reqs []*http.Request
}

func (s *served) last() *http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reqs[len(s.reqs)-1]
}

func server(t testing.TB, h http.HandlerFunc) (*httptest.Server, *served) {
	t.Helper()
	s := &served{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.reqs = append(s.reqs, r)
		s.mu.Unlock()
		h(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, s
}

func fixed(status int, contentType, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		}
		w.WriteHeader(status)
		io.WriteString(w, body)
	}
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>
  Example   News
  Wire </title>
<link>https://example.com/</link>
<description>` + secret + `</description>
<item><title>Older story</title><link>https://example.com/news/older</link>
  <guid isPermaLink="false"> tag:example.com,2026:older </guid><pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate></item>
<item><title>Undated story</title><link>https://example.com/news/undated?utm_source=rss</link></item>
<item><title>Newest
  story</title><link>/news/newest</link><guid>tag:example.com,2026:newest</guid>
  <pubDate>Wed, 02 Dec 2026 10:30:00 +0100</pubDate></item>
<item><title>No link</title><guid>tag:example.com,2026:nolink</guid><pubDate>Thu, 03 Dec 2026 09:00:00 GMT</pubDate></item>
<item><title>Mail link</title><link>mailto:desk@example.com</link><pubDate>Thu, 03 Dec 2026 09:00:00 GMT</pubDate></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title type="text">Atom Desk</title>
<id>urn:uuid:feed</id><updated>2026-12-02T12:00:00Z</updated>
<entry><title>Updated only</title><id>urn:uuid:1</id><link href="https://atom.example/a/1"/>
  <updated>2026-12-02T12:00:00Z</updated><summary>` + secret + `</summary></entry>
<entry><title>Published</title><id>urn:uuid:2</id><link rel="alternate" href="a/2"/>
  <published>2026-12-02T08:00:00Z</published><updated>2026-12-03T08:00:00Z</updated></entry>
</feed>`

const jsonFeed = `{"version":"https://jsonfeed.org/version/1.1","title":"JSON Desk",
"items":[
 {"id":"j1","url":"https://json.example/1","title":"One","date_published":"2026-12-01T10:00:00Z","content_text":"` + secret + `"},
 {"id":"  ","url":"https://JSON.example:443/2#top","title":"Two","date_published":"2026-12-02T10:00:00Z"},
 {"id":"j3","title":"No url"}
]}`

// TestFormats reads each of the three formats: keys (GUID, else the
// normalised link), links resolved against the feed's address, items
// without an http(s) link skipped, dates (published, else updated),
// newest first with undated items after dated ones, titles on one line.
func TestFormats(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, contentType, body string
		want                    func(base string) *bot.FeedPage
	}{
		{"RSS 2.0", "application/rss+xml; charset=utf-8", rss, func(base string) *bot.FeedPage {
			return &bot.FeedPage{Title: "Example News Wire", Items: []bot.FeedItem{
				{Key: "tag:example.com,2026:newest", Link: base + "/news/newest", Title: "Newest story", Published: date("2026-12-02T09:30:00Z")},
				{Key: "tag:example.com,2026:older", Link: "https://example.com/news/older", Title: "Older story", Published: date("2026-12-01T09:00:00Z")},
				{Key: "https://example.com/news/undated", Link: "https://example.com/news/undated?utm_source=rss", Title: "Undated story"},
			}}
		}},
		{"Atom served as text/xml", "text/xml", atomFeed, func(base string) *bot.FeedPage {
			return &bot.FeedPage{Title: "Atom Desk", Items: []bot.FeedItem{
				{Key: "urn:uuid:1", Link: "https://atom.example/a/1", Title: "Updated only", Published: date("2026-12-02T12:00:00Z")},
				{Key: "urn:uuid:2", Link: base + "/a/2", Title: "Published", Published: date("2026-12-02T08:00:00Z")},
			}}
		}},
		{"JSON Feed", "application/feed+json", jsonFeed, func(base string) *bot.FeedPage {
			return &bot.FeedPage{Title: "JSON Desk", Items: []bot.FeedItem{
				{Key: "https://json.example/2", Link: "https://JSON.example:443/2#top", Title: "Two", Published: date("2026-12-02T10:00:00Z")},
				{Key: "j1", Link: "https://json.example/1", Title: "One", Published: date("2026-12-01T10:00:00Z")},
			}}
		}},
		{"RSS served as text/html", "text/html", rss, func(base string) *bot.FeedPage {
			return &bot.FeedPage{Title: "Example News Wire", Items: []bot.FeedItem{
				{Key: "tag:example.com,2026:newest", Link: base + "/news/newest", Title: "Newest story", Published: date("2026-12-02T09:30:00Z")},
				{Key: "tag:example.com,2026:older", Link: "https://example.com/news/older", Title: "Older story", Published: date("2026-12-01T09:00:00Z")},
				{Key: "https://example.com/news/undated", Link: "https://example.com/news/undated?utm_source=rss", Title: "Undated story"},
			}}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("ETag", `"v1"`)
				w.Header().Set("Last-Modified", "Wed, 02 Dec 2026 10:00:00 GMT")
				fixed(200, tc.contentType, tc.body)(w, r)
			})
			link := srv.URL + "/feed"
			got, err := feeds.New(local(), feeds.Options{}).Read(context.Background(), link, bot.FeedValidators{})
			if err != nil {
				t.Fatal(err)
			}
			want := tc.want(srv.URL)
			want.URL = link
			want.FeedValidators = bot.FeedValidators{ETag: `"v1"`, LastModified: "Wed, 02 Dec 2026 10:00:00 GMT"}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("page:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// TestDiscovery: a web page that advertises a feed is read as that feed,
// the first one in document order, its address resolved against the
// page's; the page says which.
func TestDiscovery(t *testing.T) {
	t.Parallel()
	mux := http.NewServeMux()
	mux.HandleFunc("/news/", fixed(200, "text/html; charset=utf-8", `<!DOCTYPE html><html><head>
<link rel="stylesheet" type="text/css" href="/style.css">
<link rel="alternate" type="text/html" href="/other">
<link rel="ALTERNATE home" type="application/rss+xml; charset=utf-8" href="../feeds/rss.xml">
<link rel="alternate" type="application/atom+xml" href="/feeds/atom.xml">
</head><body><p>`+secret+`</p></body></html>`))
	mux.HandleFunc("/feeds/rss.xml", fixed(200, "application/rss+xml", rss))
	srv, s := server(t, mux.ServeHTTP)
	got, err := feeds.New(local(), feeds.Options{}).Read(context.Background(), srv.URL+"/news/index.html", bot.FeedValidators{ETag: `"page"`})
	if err != nil {
		t.Fatal(err)
	}
	if want := srv.URL + "/feeds/rss.xml"; got.URL != want {
		t.Errorf("URL = %q, want %q", got.URL, want)
	}
	if got.Title != "Example News Wire" || len(got.Items) != 3 {
		t.Errorf("read %q with %d items, want the RSS feed's 3", got.Title, len(got.Items))
	}
	// The hop is unconditional: the validators were the page's.
	if h := s.last().Header.Get("If-None-Match"); h != "" {
		t.Errorf("the feed was asked If-None-Match %q", h)
	}
}

// TestNotAFeed: an address that answers with something else is refused
// with a reason, marked NotAFeed, and never quotes the body.
func TestNotAFeed(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, contentType, body, want string
	}{
		{"HTML without a feed", "text/html", `<!doctype html><html><head><title>` + secret + `</title>
<link rel="alternate" hreflang="fr" href="/fr/"></head><body>` + secret + `</body></html>`,
			"not a feed: the page is HTML and advertises no feed"},
		{"HTML labelled as XML", "application/xml", `<html><body>` + secret + `</body></html>`,
			"not a feed: the page is HTML and advertises no feed"},
		{"broken XML", "application/rss+xml", "<rss version=\"2.0\"><channel><title>" + secret + "</title>\n<item><title>a</title>\n<link>https://x.example/</link>",
			"not a feed: the XML is broken (line 3: it ends too early)"},
		{"broken XML naming the body's tags", "application/rss+xml", "<rss version=\"2.0\"><channel><title>a</title>\n</" + secret + " x></channel></rss>",
			"not a feed: the XML is broken (line 2)"},
		{"XML that is no feed", "application/xml", `<?xml version="1.0"?><note><to>` + secret + `</to></note>`,
			"not a feed: the XML is not RSS or Atom"},
		{"JSON that is not a JSON Feed", "application/json", `{"items":[{"id":"1","url":"https://x.example/"}],"title":"` + secret + `"}`,
			"not a feed: the JSON is not a JSON Feed (it has no jsonfeed.org version)"},
		{"broken JSON", "application/feed+json", `{"version":"https://jsonfeed.org/version/1.1","title":"` + secret,
			"not a feed: the JSON is broken or not a JSON Feed"},
		{"an image", "image/png", "\x89PNG\r\n\x1a\n" + secret, "not a feed: the address holds image/png, not RSS, Atom or JSON Feed"},
		{"plain text", "text/plain", secret, "not a feed: the address holds text/plain, not RSS, Atom or JSON Feed"},
		{"empty", "application/rss+xml", "", "not a feed: the answer is empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv, _ := server(t, fixed(200, tc.contentType, tc.body))
			_, err := feeds.New(local(), feeds.Options{}).Read(context.Background(), srv.URL+"/x", bot.FeedValidators{})
			fe := feedError(t, err)
			if fe.Why != tc.want || !fe.NotAFeed {
				t.Errorf("got %q (NotAFeed %v), want %q (NotAFeed true)", fe.Why, fe.NotAFeed, tc.want)
			}
			if strings.Contains(fe.Error(), secret) {
				t.Errorf("the error quotes the body: %q", fe.Error())
			}
		})
	}
}

func feedError(t *testing.T, err error) *bot.FeedError {
	t.Helper()
	var fe *bot.FeedError
	if !errors.As(err, &fe) {
		t.Fatalf("error %v (%T), want a *bot.FeedError", err, err)
	}
	return fe
}

// TestConditionalGet: the validators of the last answer are sent back, a
// 304 is NotModified with no items and keeps them (or takes new ones),
// and the request names the bot and asks for feeds.
func TestConditionalGet(t *testing.T) {
	t.Parallel()
	srv, s := server(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fixed(200, "application/rss+xml", rss)(w, r)
	})
	r := feeds.New(local(), feeds.Options{})
	v := bot.FeedValidators{ETag: `"v1"`, LastModified: "Wed, 02 Dec 2026 10:00:00 GMT"}
	got, err := r.Read(context.Background(), srv.URL, v)
	if err != nil {
		t.Fatal(err)
	}
	want := &bot.FeedPage{URL: srv.URL, NotModified: true, FeedValidators: v}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("page:\n got %+v\nwant %+v", got, want)
	}
	req := s.last()
	for h, want := range map[string]string{
		"If-None-Match":     `"v1"`,
		"If-Modified-Since": "Wed, 02 Dec 2026 10:00:00 GMT",
		"User-Agent":        feeds.UserAgent,
	} {
		if got := req.Header.Get(h); got != want {
			t.Errorf("%s: %q, want %q", h, got, want)
		}
	}
	if a := req.Header.Get("Accept"); !strings.Contains(a, "application/rss+xml") || !strings.Contains(a, "application/atom+xml") || !strings.Contains(a, "application/feed+json") {
		t.Errorf("Accept: %q, want the three feed types", a)
	}

	// No validators: no conditional headers, a full answer.
	got, err = r.Read(context.Background(), srv.URL, bot.FeedValidators{})
	if err != nil || got.NotModified || len(got.Items) != 3 {
		t.Fatalf("unconditional read: %+v, %v", got, err)
	}
	if h := s.last().Header; h.Get("If-None-Match") != "" || h.Get("If-Modified-Since") != "" {
		t.Errorf("conditional headers sent without validators: %v", h)
	}
}

// TestServerErrors: the answer's status in words, with the pause asked
// for by Retry-After (seconds or a date, at most 6 hours) on 429 and 503.
func TestServerErrors(t *testing.T) {
	t.Parallel()
	now := date("2026-12-03T12:00:00Z")
	tests := []struct {
		status     int
		retryAfter string
		want       string
		wantWait   time.Duration
	}{
		{404, "", "the server answered 404 (Not Found)", 0},
		{410, "", "the server answered 410 (Gone)", 0},
		{500, "", "the server answered 500 (Internal Server Error)", 0},
		{500, "120", "the server answered 500 (Internal Server Error)", 0},
		{429, "120", "the server answered 429 (Too Many Requests) and asked to wait 2 minutes", 2 * time.Minute},
		{429, "30", "the server answered 429 (Too Many Requests) and asked to wait 30 seconds", 30 * time.Second},
		{503, "Thu, 03 Dec 2026 13:30:00 GMT", "the server answered 503 (Service Unavailable) and asked to wait 90 minutes", 90 * time.Minute},
		{503, "Thu, 03 Dec 2026 11:00:00 GMT", "the server answered 503 (Service Unavailable)", 0}, // in the past
		{429, "999999", "the server answered 429 (Too Many Requests) and asked to wait 6.0 hours", 6 * time.Hour},
		{429, "Sat, 02 Jan 2027 00:00:00 GMT", "the server answered 429 (Too Many Requests) and asked to wait 6.0 hours", 6 * time.Hour},
		{429, "soon", "the server answered 429 (Too Many Requests)", 0},
		{599, "", "the server answered 599 (an unknown status)", 0},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.status, tc.retryAfter), func(t *testing.T) {
			t.Parallel()
			srv, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
				if tc.retryAfter != "" {
					w.Header().Set("Retry-After", tc.retryAfter)
				}
				fixed(tc.status, "text/html", "<p>"+secret+"</p>")(w, r)
			})
			_, err := feeds.New(local(), feeds.Options{Clock: clocktest.New(now)}).Read(context.Background(), srv.URL, bot.FeedValidators{})
			fe := feedError(t, err)
			if fe.Why != tc.want || fe.RetryAfter != tc.wantWait || fe.NotAFeed {
				t.Errorf("got %q, wait %v, NotAFeed %v; want %q, wait %v, NotAFeed false", fe.Why, fe.RetryAfter, fe.NotAFeed, tc.want, tc.wantWait)
			}
		})
	}
}

// TestLargeFeedRefused: a server streaming a 50 MB feed gets the size in
// words, and the reader stops reading at the cap: what the server managed
// to write is bounded by the cap plus what the sockets buffer, whatever
// the feed's length. With the default cap the web client's equal one
// (web.Options.MaxBody) may be the one that trips; the words are the same.
func TestLargeFeedRefused(t *testing.T) {
	t.Parallel()
	tests := []struct {
		client        web.Options
		maxBytes, cap int64
		want          string
	}{
		{web.Options{AllowPrivate: true}, 0, feeds.DefaultMaxBytes, "the feed is larger than 10 MB"},
		{web.Options{AllowPrivate: true}, 4 << 20, 4 << 20, "the feed is larger than 4 MB"},
		{web.Options{AllowPrivate: true, MaxBody: 2 << 20}, 0, 2 << 20, "the feed is larger than 2 MB"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			t.Parallel()
			const total = 50 << 20
			var written atomic.Int64
			srv, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/rss+xml")
				io.WriteString(w, `<rss version="2.0"><channel><title>big</title>`)
				item := []byte(`<item><title>x</title><link>https://x.example/a</link><description>` + strings.Repeat("y", 900) + `</description></item>`)
				for written.Load() < total {
					n, err := w.Write(item)
					written.Add(int64(n))
					if err != nil {
						return // the reader hung up
					}
				}
			})
			_, err := feeds.New(web.New(tc.client), feeds.Options{MaxBytes: tc.maxBytes}).Read(context.Background(), srv.URL, bot.FeedValidators{})
			fe := feedError(t, err)
			if fe.Why != tc.want {
				t.Errorf("got %q, want %q", fe.Why, tc.want)
			}
			srv.CloseClientConnections()
			srv.Close() // waits for the handler to return
			if n := written.Load(); n >= total || n > tc.cap+16<<20 {
				t.Errorf("the server wrote %d bytes of a %d-byte feed: the reader did not stop at the cap", n, total)
			} else {
				t.Logf("the server wrote %.1f MB before the reader hung up (cap %d MB)", float64(n)/(1<<20), tc.cap>>20)
			}
		})
	}
}

// TestDeclaredLengthRefused: a Content-Length over the cap is refused
// before the body is read.
func TestDeclaredLengthRefused(t *testing.T) {
	t.Parallel()
	srv, _ := server(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(50<<20))
		w.WriteHeader(200)
		io.WriteString(w, "<rss>")
	})
	_, err := feeds.New(local(), feeds.Options{}).Read(context.Background(), srv.URL, bot.FeedValidators{})
	if fe := feedError(t, err); fe.Why != "the feed is larger than 10 MB" {
		t.Errorf("got %q", fe.Why)
	}
}

// TestSameLinkCollapses: items without GUIDs that all point to one
// article (under tracking tags and fragments) are one item.
func TestSameLinkCollapses(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>loop</title>`)
	for i := range 1000 {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>HTTPS://Same.Example:443/story?b=2&amp;a=1&amp;utm_source=x%d#c%d</link></item>`, i, i, i)
	}
	b.WriteString(`</channel></rss>`)
	srv, _ := server(t, fixed(200, "application/rss+xml", b.String()))
	got, err := feeds.New(local(), feeds.Options{}).Read(context.Background(), srv.URL, bot.FeedValidators{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Items) != 1 || got.Items[0].Key != "https://same.example/story?a=1&b=2" || got.Items[0].Title != "Item 0" {
		t.Errorf("got %d items, the first %+v; want one, keyed https://same.example/story?a=1&b=2", len(got.Items), got.Items[0])
	}
}

// TestPrivateAddressRefused: with the address rule on, a feed on a
// loopback address is refused in words and no connection reaches it.
func TestPrivateAddressRefused(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var accepted atomic.Int64
	srv := &httptest.Server{Listener: countingListener{l, &accepted}, Config: &http.Server{Handler: fixed(200, "application/rss+xml", rss)}}
	srv.Start()
	t.Cleanup(srv.Close)

	r := feeds.New(web.New(web.Options{}), feeds.Options{})
	for _, link := range []string{srv.URL + "/feed", "http://localhost:" + fmt.Sprint(l.Addr().(*net.TCPAddr).Port) + "/feed"} {
		_, err := r.Read(context.Background(), link, bot.FeedValidators{})
		fe := feedError(t, err)
		var re *web.RefusedError
		if !strings.HasPrefix(fe.Why, "refused: ") || !strings.Contains(fe.Why, "127.0.0.1") || !strings.Contains(fe.Why, "a loopback address") || !errors.As(err, &re) {
			t.Errorf("%s: got %q, want a refusal naming the loopback address", link, fe.Why)
		}
	}
	if n := accepted.Load(); n != 0 {
		t.Errorf("the server accepted %d connection(s)", n)
	}
}

type countingListener struct {
	net.Listener
	n *atomic.Int64
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.n.Add(1)
	}
	return c, err
}

// TestTimeout: a server that never answers is "timed out".
func TestTimeout(t *testing.T) {
	t.Parallel()
	srv, _ := server(t, func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	c := web.New(web.Options{AllowPrivate: true, Timeout: 200 * time.Millisecond})
	_, err := feeds.New(c, feeds.Options{}).Read(context.Background(), srv.URL, bot.FeedValidators{})
	if fe := feedError(t, err); !strings.HasPrefix(fe.Why, "timed out") {
		t.Errorf("got %q, want timed out", fe.Why)
	}
}

// TestConnectionRefused: a server that is down is said once, plainly.
func TestConnectionRefused(t *testing.T) {
	t.Parallel()
	srv, _ := server(t, fixed(200, "application/rss+xml", ""))
	srv.Close() // nothing listens on its port any more
	_, err := feeds.New(local(), feeds.Options{}).Read(context.Background(), srv.URL, bot.FeedValidators{})
	if fe := feedError(t, err); fe.Why != "cannot connect: connection refused" {
		t.Errorf("got %q, want %q", fe.Why, "cannot connect: connection refused")
	}
}

// TestNotAWebAddress: only http and https addresses are read.
func TestNotAWebAddress(t *testing.T) {
	t.Parallel()
	for _, link := range []string{"", "feed.example/rss", "ftp://feed.example/rss", "file:///etc/passwd", "http://"} {
		_, err := feeds.New(local(), feeds.Options{}).Read(context.Background(), link, bot.FeedValidators{})
		if fe := feedError(t, err); !fe.NotAFeed || !strings.Contains(fe.Why, "not a web address") {
			t.Errorf("%q: got %q", link, fe.Why)
		}
	}
}

// hugeFeed is an RSS feed of n short items under 10 MB: item i was
// published order(i) minutes after start.
func hugeFeed(n int, order func(int) int) (body string, start time.Time) {
	start = date("2020-01-01T00:00:00Z")
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>firehose</title>`)
	for i := range n {
		fmt.Fprintf(&b, "<item><link>/n/%d</link><pubDate>%s</pubDate></item>\n", i, start.Add(time.Duration(order(i))*time.Minute).Format(http.TimeFormat))
	}
	b.WriteString(`</channel></rss>`)
	return b.String(), start
}

// TestHundredThousandItems: a feed of 100,000 items is read, newest first
// or oldest first, and only its MaxFeedItems newest are returned, newest
// first. The memory and time the read takes are logged and bounded. (Not
// parallel: it measures the heap.)
func TestHundredThousandItems(t *testing.T) {
	const n = 100_000
	tests := []struct {
		name  string
		order func(int) int
	}{
		{"newest first", func(i int) int { return n - 1 - i }},
		{"oldest first", func(i int) int { return i }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, start := hugeFeed(n, tc.order)
			srv, _ := server(t, fixed(200, "application/rss+xml", body))
			r := feeds.New(local(), feeds.Options{})

			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			began := time.Now()
			got, err := r.Read(context.Background(), srv.URL+"/feed", bot.FeedValidators{})
			elapsed := time.Since(began)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Items) != bot.MaxFeedItems {
				t.Fatalf("%d items, want %d", len(got.Items), bot.MaxFeedItems)
			}
			for k, it := range got.Items {
				wantDate := start.Add(time.Duration(n-1-k) * time.Minute)
				if !it.Published.Equal(wantDate) {
					t.Fatalf("item %d published %v, want %v (the newest %d, newest first)", k, it.Published, wantDate, bot.MaxFeedItems)
				}
				if !strings.HasPrefix(it.Link, srv.URL+"/n/") || it.Key != it.Link {
					t.Fatalf("item %d: %+v", k, it)
				}
			}
			alloc := after.TotalAlloc - before.TotalAlloc
			t.Logf("%d items, %.1f MB of feed: %.0f MB allocated in %d mallocs, %v (wall, with the server)",
				n, float64(len(body))/(1<<20), float64(alloc)/(1<<20), after.Mallocs-before.Mallocs, elapsed)
			if alloc > 200<<20 {
				t.Errorf("reading the feed allocated %d MB", alloc>>20)
			}
		})
	}
}

// TestManyItemsEachFormat: Atom and JSON Feed documents of many items are
// trimmed like RSS (their first and last 500 items parsed), and the
// newest MaxFeedItems come back, newest first, whichever end they are at.
func TestManyItemsEachFormat(t *testing.T) {
	t.Parallel()
	const n = 3000
	start := date("2024-01-01T00:00:00Z")
	at := func(m int) string { return start.Add(time.Duration(m) * time.Minute).Format(time.RFC3339) }
	atomDoc := func(order func(int) int) string {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>many</title>`)
		for i := range n {
			// An entry holding an element named item is still one entry.
			fmt.Fprintf(&b, `<entry><id>e%d</id><link href="/e/%d"/><updated>%s</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><item>x</item></div></content></entry>`, i, i, at(order(i)))
		}
		b.WriteString(`</feed>`)
		return b.String()
	}
	jsonDoc := func(order func(int) int) string {
		var b strings.Builder
		b.WriteString(`{"version":"https://jsonfeed.org/version/1.1","title":"many","items":[`)
		for i := range n {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, `{"id":"e%d","url":"/e/%d","date_published":%q}`, i, i, at(order(i)))
		}
		b.WriteString(`]}`)
		return b.String()
	}
	newest := func(i int) int { return n - 1 - i }
	oldest := func(i int) int { return i }
	tests := []struct {
		name, contentType, body string
	}{
		{"Atom newest first", "application/atom+xml", atomDoc(newest)},
		{"Atom oldest first", "application/atom+xml", atomDoc(oldest)},
		{"JSON Feed newest first", "application/feed+json", jsonDoc(newest)},
		{"JSON Feed oldest first", "application/feed+json", jsonDoc(oldest)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			srv, _ := server(t, fixed(200, tc.contentType, tc.body))
			got, err := feeds.New(local(), feeds.Options{}).Read(context.Background(), srv.URL, bot.FeedValidators{})
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Items) != bot.MaxFeedItems || got.Title != "many" {
				t.Fatalf("%q: %d items, want %d", got.Title, len(got.Items), bot.MaxFeedItems)
			}
			for k, it := range got.Items {
				if want := start.Add(time.Duration(n-1-k) * time.Minute); !it.Published.Equal(want) || !strings.HasPrefix(it.Key, "e") {
					t.Fatalf("item %d: %+v, want published %v", k, it, want)
				}
			}
		})
	}
}

// TestDiscoveryFailures: when the feed a page advertises fails, the words
// say it was the advertised feed, and which; one hop only.
func TestDiscoveryFailures(t *testing.T) {
	t.Parallel()
	page := func(href string) http.HandlerFunc {
		return fixed(200, "text/html", `<html><head><base href="/feeds/"><link rel=alternate type=application/atom+xml href="`+href+`"></head><body>`+secret+`</body></html>`)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/gone", page("gone.xml"))
	mux.HandleFunc("/loop", page("/loop"))
	mux.HandleFunc("/private", page("http://10.1.2.3/feed.xml"))
	mux.HandleFunc("/feeds/gone.xml", fixed(404, "text/html", secret))
	srv, _ := server(t, mux.ServeHTTP)
	tests := []struct {
		path, want string
		notAFeed   bool
	}{
		{"/gone", "the feed the page advertises (" + srv.URL + "/feeds/gone.xml): the server answered 404 (Not Found)", false},
		{"/loop", "not a feed: the page advertises " + srv.URL + "/loop, which is a web page too", true},
	}
	for _, tc := range tests {
		_, err := feeds.New(local(), feeds.Options{}).Read(context.Background(), srv.URL+tc.path, bot.FeedValidators{})
		if fe := feedError(t, err); fe.Why != tc.want || fe.NotAFeed != tc.notAFeed {
			t.Errorf("%s: got %q (NotAFeed %v), want %q (NotAFeed %v)", tc.path, fe.Why, fe.NotAFeed, tc.want, tc.notAFeed)
		}
	}

	// A page on a public address advertising a feed on a private one: the
	// hop goes through the same guarded client and is refused.
	guarded := web.New(web.Options{TestPublicAddr: netip.MustParseAddrPort(srv.Listener.Addr().String())})
	_, err := feeds.New(guarded, feeds.Options{}).Read(context.Background(), srv.URL+"/private", bot.FeedValidators{})
	if fe := feedError(t, err); fe.Why != "the feed the page advertises (http://10.1.2.3/feed.xml): refused: 10.1.2.3 is a private address" {
		t.Errorf("got %q", fe.Why)
	}
}
