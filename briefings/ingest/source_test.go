package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// storyHTML is an article page around the given <head> metadata and
// optional byline: a menu, the story, a "Most read" box and a footer.
func storyHTML(head, byline string) []byte {
	return []byte(`<!doctype html><html><head><meta charset="utf-8">` + head + `</head><body>
<header><a href="/">Home</a><nav><a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>Port workers walk out over pay</h1>` + byline + `
<p>Dock workers at the country's two largest ports walked out on Monday after talks on a new pay deal collapsed, halting most container traffic.</p>
<p>“We have been patient for eighteen months,” union leader Brigid Farrell told reporters outside the main gate. “Patience has run out.”</p>
<p>The operators' association said the union's demands would cost 40 million a year and threatened jobs across the industry.</p>
</article><aside><h2>Most read</h2><p><a href="/x">Ferry fares to rise</a></p></aside></main>
<footer><p>© 2024 Harbour Times</p></footer></body></html>`)
}

// TestDraftSourceFromPage: a draft from a web page takes its source from
// the page's own metadata — outlet, author, canonical address, date and
// title — before anything guessed from the text, and a page that says
// nothing still gives an outlet and an address.
func TestDraftSourceFromPage(t *testing.T) {
	t.Parallel()
	const fetched = "https://harbourtimes.example/news/port-strike?utm_source=feed&utm_medium=rss"
	tests := []struct {
		name, head, byline, fetched           string
		title, outlet, author, url, published string
	}{
		{
			name: "og tags, JSON-LD and a relative canonical link",
			head: `<title>Port workers walk out over pay | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times">
<meta property="og:title" content="Port workers walk out over pay | Harbour Times">
<link rel="canonical" href="/news/2024/06/03/port-workers-walk-out">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Harbour Times","url":"https://harbourtimes.example/"},
 {"@type":"NewsArticle","headline":"Port workers walk out over pay","datePublished":"2024-06-03T07:15:00+01:00",
  "author":[{"@type":"Person","name":"Ewan Rees"},{"@type":"Person","name":"Mari Tanaka"}],
  "publisher":{"@type":"Organization","name":"Harbour Times Ltd"}}]}</script>`,
			fetched: fetched,
			title:   "Port workers walk out over pay", outlet: "Harbour Times", author: "Ewan Rees and Mari Tanaka",
			url: "https://harbourtimes.example/news/2024/06/03/port-workers-walk-out", published: "2024-06-03",
		},
		{
			name: "JSON-LD publisher, meta author, article:published_time and og:url",
			head: `<title>Port workers walk out over pay – Harbour Times</title>
<meta name="author" content="Ewan Rees">
<meta property="article:published_time" content="2024-06-03T07:15:00Z">
<meta property="og:url" content="https://harbourtimes.example/news/2024/06/03/port-workers-walk-out">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","publisher":{"@type":"Organization","name":"Harbour Times"}}</script>`,
			fetched: fetched,
			title:   "Port workers walk out over pay", outlet: "Harbour Times", author: "Ewan Rees",
			url: "https://harbourtimes.example/news/2024/06/03/port-workers-walk-out", published: "2024-06-03",
		},
		{
			name:    "only a <title> with the site's name and a <time datetime>",
			head:    `<title>Harbour Times - Port workers walk out over pay</title>`,
			byline:  `<p class="byline">By Ewan Rees, <time datetime="2024-06-03T07:15">3 June</time></p>`,
			fetched: fetched,
			title:   "Port workers walk out over pay", outlet: "Harbour Times", author: "Ewan Rees",
			url: fetched, published: "2024-06-03",
		},
		{
			name: "a government page's Dublin Core date and meta author",
			head: `<title>Port workers walk out over pay - Harbour Times</title>
<meta name="author" content="Ewan Rees">
<meta name="dcterms.date" content="2024-06-03">`,
			fetched: fetched,
			title:   "Port workers walk out over pay", outlet: "Harbour Times", author: "Ewan Rees",
			url: fetched, published: "2024-06-03",
		},
		{
			name:    "a page that says nothing about itself",
			head:    `<title>Port workers walk out over pay</title>`,
			fetched: "https://www.harbourtimes.example/p/81723",
			title:   "Port workers walk out over pay", outlet: "harbourtimes.example",
			url: "https://www.harbourtimes.example/p/81723",
		},
	}
	in := ingest.New(nil)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a, err := ingest.Read(storyHTML(tc.head, tc.byline), "text/html; charset=utf-8", tc.fetched)
			if err != nil {
				t.Fatal(err)
			}
			d, err := in.Draft(a, ingest.Options{URL: tc.fetched, Now: func() time.Time { return time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			src := d.Source
			published := ""
			if !src.Published.IsZero() {
				published = src.Published.Format(briefings.DateLayout)
			}
			got := []string{src.Title, src.Outlet, src.Author, src.URL, published}
			want := []string{tc.title, tc.outlet, tc.author, tc.url, tc.published}
			for i, field := range []string{"title", "outlet", "author", "url", "published"} {
				if got[i] != want[i] {
					t.Errorf("source %s = %q, want %q", field, got[i], want[i])
				}
			}
			if d.Title != tc.title {
				t.Errorf("draft title %q, want %q", d.Title, tc.title)
			}
			if md := string(d.Markdown()); strings.Contains(md, "no outlet or address") {
				t.Errorf("the draft says the source has no outlet or address:\n%s", md)
			}
			if len(d.Quotes) != 2 || d.Quotes[0].Speaker != "Brigid Farrell" {
				t.Errorf("quotes %+v, want Brigid Farrell's two", d.Quotes)
			}
		})
	}
}
