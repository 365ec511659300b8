package feeds_test

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/feeds"
	"github.com/briefbot/briefbot/bot"
)

// newsFeed is an RSS 2.0 feed like a news site's: n items with a title,
// link, GUID, an RFC 1123 date in GMT, author, categories and an HTML
// description of about para bytes.
func newsFeed(n, para int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>Example Daily — World</title><link>https://news.example/world</link>
<atom:link href="https://news.example/world/rss.xml" rel="self" type="application/rss+xml"/>
<description>The latest world news from Example Daily.</description><language>en-gb</language>
<lastBuildDate>Thu, 03 Dec 2026 12:00:00 GMT</lastBuildDate>
`)
	words := strings.Repeat("Ministers met on Thursday to agree the terms of a ceasefire, officials said. ", para/77+1)[:para]
	start := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	for i := range n {
		fmt.Fprintf(&b, `<item>
<title>Talks resume as envoys meet in Geneva for round %d</title>
<link>https://news.example/world/2026/12/03/talks-resume-round-%d?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">https://news.example/-/article/%d</guid>
<pubDate>%s</pubDate>
<dc:creator>Jane Reporter</dc:creator><category>World</category><category>Diplomacy</category>
<description><![CDATA[<p><img src="https://img.news.example/%d.jpg" alt=""></p><p>%s</p>]]></description>
</item>
`, i, i, i, start.Add(-time.Duration(i)*37*time.Minute).Format(http.TimeFormat), i, words)
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// BenchmarkRead304 is a poll of an unchanged feed: a conditional GET
// answered 304, over loopback through the guarded client.
func BenchmarkRead304(b *testing.B) {
	srv, _ := server(b, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fixed(200, "application/rss+xml", newsFeed(50, 900))(w, r)
	})
	r := feeds.New(local(), feeds.Options{})
	v := bot.FeedValidators{ETag: `"v1"`, LastModified: "Thu, 03 Dec 2026 12:00:00 GMT"}
	b.ReportAllocs()
	for b.Loop() {
		p, err := r.Read(context.Background(), srv.URL, v)
		if err != nil || !p.NotModified {
			b.Fatal(p, err)
		}
	}
}

// BenchmarkReadChanged is a poll of a changed feed: a news site's 50-item
// RSS of about 60 KB fetched and parsed.
func BenchmarkReadChanged(b *testing.B) {
	benchmarkRead(b, newsFeed(50, 900), 50)
}

// BenchmarkReadBig is the largest plausible feed under the 10 MiB cap: a
// full-text feed of 1,000 items of about 9.5 KB each.
func BenchmarkReadBig(b *testing.B) {
	benchmarkRead(b, newsFeed(1000, 9_000), bot.MaxFeedItems)
}

func benchmarkRead(b *testing.B, body string, items int) {
	srv, _ := server(b, fixed(200, "application/rss+xml", body))
	r := feeds.New(local(), feeds.Options{})
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		p, err := r.Read(context.Background(), srv.URL, bot.FeedValidators{})
		if err != nil || len(p.Items) != items {
			b.Fatal(p, err)
		}
	}
	b.ReportMetric(float64(len(body))/1024, "KB/feed")
}
