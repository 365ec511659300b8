package ingest

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself in its markup, read before
// readability takes the page apart: the draft's source comes from here
// first and from the text only when the page is silent.
type pageMeta struct {
	siteName     string // og:site_name
	ogTitle      string // og:title
	title        string // <title>
	author       string // <meta name=author>
	articleAuth  string // article:author, when it is a name and not a link
	canonical    string // <link rel=canonical>
	ogURL        string // og:url
	published    string // article:published_time
	timeDatetime string // the first <time datetime>
	metaDate     string // <meta name=date>, Dublin Core's dcterms.date and the like
	stamp        string // the text of the first element the markup calls a date, when it reads as one
	h1           string // the first <h1>, the headline as the page shows it
	dek          string // the standfirst set right under the first <h1>, which readability may drop
	ld           ldArticle
}

// ldArticle is what a page's JSON-LD says of its article.
type ldArticle struct {
	headline, author, publisher, published, url string
}

// readPageMeta walks the parsed page once for its metadata.
func readPageMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				m.meta(n)
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if m.title == "" {
					m.title = squeeze(nodeText(n))
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = squeeze(nodeText(n))
					m.dek = dekUnder(n)
					if m.stamp == "" {
						m.stamp = stampUnder(n)
					}
				}
			case atom.Time:
				if m.timeDatetime == "" {
					m.timeDatetime = strings.TrimSpace(attr(n, "datetime"))
				}
				if m.stamp == "" && attr(n, "datetime") == "" {
					// HTML's own element for a date, printed with no
					// machine-readable attribute ("<time><weekday> <day>
					// <month> <year> - <hh:mm></time>"): its text is the
					// stamp, whatever its class says.
					if t := squeeze(nodeText(n)); len(t) <= 80 {
						if _, ok := pageStamp(t); ok {
							m.stamp = t
						}
					}
				}
			case atom.Th, atom.Dt:
				if m.stamp == "" {
					m.stamp = labelledStamp(n)
				}
			case atom.P:
				if m.stamp == "" && m.h1 == "" {
					// A line over the headline that is a time stamp and
					// nothing else ("<Section> News of <weekday>, <date>"),
					// in an element no class names a date.
					if t := squeeze(nodeText(n)); len(t) <= 80 && hasYear(t) {
						if t = datedOf(t); isPageStamp(t) {
							m.stamp = t
						}
					}
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && m.ld.headline == "" && m.ld.published == "" {
					m.ld = readJSONLD(nodeText(n))
				}
				return
			case atom.Style, atom.Svg:
				return
			}
			if m.stamp == "" && marksDate(n) {
				if t := squeeze(nodeText(n)); len(t) <= 80 {
					if _, ok := pageStamp(t); ok {
						m.stamp = t
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

// dekUnder returns the text of a page's standfirst (dek, deck, strapline,
// subheadline): the element right after the headline, an <h2>, or a <p>
// or <div> whose class names it so ("<h1>…</h1><h2
// class="standfirst">…</h2>"). Readability takes an <h2> beside the <h1>
// for the page's header and drops it, though news pages' standfirsts
// quote the story's main speaker ("<Capital> says <clause> “<words>”"). "" when there is none.
func dekUnder(h1 *html.Node) string {
	for s := h1.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		if s.Type != html.ElementNode {
			return ""
		}
		if s.DataAtom == atom.H2 || (s.DataAtom == atom.P || s.DataAtom == atom.Div) && dekClass(attr(s, "class")) {
			if t := squeeze(nodeText(s)); len(t) <= 400 {
				return t
			}
		}
		return ""
	}
	return ""
}

// dekClass reports whether an element's class names a standfirst.
func dekClass(c string) bool {
	c = strings.ToLower(c)
	for _, w := range []string{"standfirst", "dek", "deck", "strapline", "subheadline", "sub-headline", "subtitle"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// stampUnder returns the text of the element right under a page's
// headline when it reads as a time stamp, as ministries' pages print their
// date in a bare paragraph ("<h1>…</h1><p><Month> <d>, <yyyy></p>") that no
// class names a date and readability leaves out of the story; "" when it
// does not.
func stampUnder(h1 *html.Node) string {
	for s := h1.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		if s.Type != html.ElementNode {
			return ""
		}
		if t := squeeze(nodeText(s)); len(t) <= 80 {
			if _, ok := pageStamp(t); ok {
				return t
			}
		}
		return ""
	}
	return ""
}

// dateLabels are what a page's table of facts (a board's "view" table, a
// definition list) labels its date cell with, in lower case.
var dateLabels = set(`date published posted issued registered released`)

// dateOfLabels are the longer labels of a date cell that say it is the
// page's own: not a hearing's or an event's date.
var dateOfLabels = []string{"date of issue", "date of publication", "date of release", "publication date",
	"release date", "date published", "date posted", "date issued"}

// labelledStamp returns the text of the cell after a header cell or a
// term that labels a date ("<th>Date</th><td><yyyy-mm-dd></td>",
// "<dt>Published</dt><dd><date></dd>"), as government boards list a
// release's title, date and department in a table over its text; "" when
// n labels no date or the cell after it reads as no stamp.
func labelledStamp(n *html.Node) string {
	label := strings.ToLower(strings.TrimRight(squeeze(nodeText(n)), ": "))
	if !dateLabels[label] && !slices.Contains(dateOfLabels, label) {
		return ""
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		if t := squeeze(nodeText(s)); len(t) <= 80 {
			if _, ok := pageStamp(t); ok {
				return t
			}
		}
		return ""
	}
	return ""
}

func (m *pageMeta) meta(n *html.Node) {
	key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
	}
	content := squeeze(attr(n, "content"))
	if content == "" {
		return
	}
	set := func(f *string) {
		if *f == "" {
			*f = content
		}
	}
	switch key {
	case "og:site_name":
		set(&m.siteName)
	case "og:title":
		set(&m.ogTitle)
	case "og:url":
		set(&m.ogURL)
	case "author":
		set(&m.author)
	case "article:author":
		if !strings.Contains(content, "://") {
			set(&m.articleAuth)
		}
	case "article:published_time":
		set(&m.published)
	case "date", "dcterms.date", "dcterms.issued", "dcterms.created", "dc.date", "dc.date.issued", "dc.date.created",
		"citation_publication_date":
		// Government and institutional pages that carry no Open Graph
		// or JSON-LD date often carry one of these.
		set(&m.metaDate)
	}
}

// dateMarks are the words a page's markup names its date element by, in
// a class or an id ("date", "post-date", "fecha", "datum", "published"),
// or the line of facts under the headline that holds it ("entry-meta",
// "news-meta"); the element's text must still read as a time stamp.
var dateMarks = []string{"date", "fecha", "datum", "publish", "posted", "time", "meta"}

// marksDate reports whether an element's class or id says it holds the
// page's date.
func marksDate(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range dateMarks {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

// pageStamp reads the text of a page's date element: a time stamp
// ("November 4, 2025", "4/11/2025 10:30") with perhaps a label before it
// ("Published: …", "Date: …").
func pageStamp(s string) (time.Time, bool) {
	if m := dateLine.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	if !hasYear(s) {
		// "Published <dd>.<mm>.<yy>, <hh>:<mm> AM": a date element may
		// cut the year to two figures, as Indian pages do; read so only
		// as the element's whole text.
		return dottedShortYear(s)
	}
	return stampDate(s)
}

// isPageStamp reports whether s reads as a page's date element's text.
func isPageStamp(s string) bool {
	_, ok := pageStamp(s)
	return ok
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// ldArticleTypes are the schema.org types of a news story.
var ldArticleTypes = set(`article newsarticle reportagenewsarticle analysisnewsarticle
	opinionnewsarticle backgroundnewsarticle blogposting liveblogposting report webpage`)

// readJSONLD finds the article in a JSON-LD block: the object itself, one
// of a list, or one of its @graph.
func readJSONLD(text string) ldArticle {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(text)), &v) != nil {
		return ldArticle{}
	}
	var best map[string]any
	var find func(v any)
	find = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, item := range x {
				find(item)
			}
		case map[string]any:
			if isLDArticle(x["@type"]) && (best == nil || ldType(best) == "webpage" && ldType(x) != "webpage") {
				best = x
			}
			if g, ok := x["@graph"]; ok {
				find(g)
			}
		}
	}
	find(v)
	if best == nil {
		return ldArticle{}
	}
	a := ldArticle{
		headline:  ldString(best["headline"]),
		author:    ldNames(best["author"]),
		publisher: ldNames(best["publisher"]),
		published: ldString(best["datePublished"]),
		url:       ldString(best["url"]),
	}
	if a.headline == "" {
		a.headline = ldString(best["name"])
	}
	return a
}

func ldType(m map[string]any) string {
	switch t := m["@type"].(type) {
	case string:
		return strings.ToLower(t)
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && ldArticleTypes[strings.ToLower(s)] {
				return strings.ToLower(s)
			}
		}
	}
	return ""
}

func isLDArticle(t any) bool {
	switch t := t.(type) {
	case string:
		return ldArticleTypes[strings.ToLower(t)]
	case []any:
		for _, x := range t {
			if isLDArticle(x) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	if s, ok := v.(string); ok {
		return squeeze(s)
	}
	return ""
}

// ldNames reads a JSON-LD person or organisation, or a list of them, as
// names joined by " and ".
func ldNames(v any) string {
	switch x := v.(type) {
	case string:
		return squeeze(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		var names []string
		for _, item := range x {
			if n := ldNames(item); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, " and ")
	}
	return ""
}

// apply fills the article's source from the page's metadata, over what
// readability guessed: outlet, author, address, date and title.
func (m pageMeta) apply(a *Article, pageURL string) {
	if s := firstOf(m.siteName, m.ld.publisher); s != "" {
		a.Outlet = s
	}
	if s := firstOf(m.ld.author, m.author, m.articleAuth); s != "" {
		a.Author = cleanByline(s)
	}
	if u := absoluteURL(firstOf(m.canonical, m.ogURL, m.ld.url), pageURL); u != "" {
		a.URL = u
	}
	for _, s := range []string{m.ld.published, m.published, m.timeDatetime, m.metaDate} {
		if t, ok := parseMetaDate(s); ok {
			a.Date, a.DateFrom = t, "the page's publication date"
			break
		}
	}
	if a.Date.IsZero() && m.stamp != "" {
		// No machine date: the date the page shows under its headline,
		// which readability drops with the byline.
		if t, ok := pageStamp(m.stamp); ok {
			a.Date, a.DateFrom = t, "the page's date line"
		}
	}
	title := firstOf(m.ogTitle, m.ld.headline, m.title)
	a.pageTitle = m.title
	if title != "" {
		t, site := trimSiteName(title, a.Outlet, a.URL, m.h1)
		a.Title = t
		if a.Outlet == "" && site != "" {
			a.Outlet = site
		}
	}
	if a.Outlet == "" && m.title != "" && m.title != title {
		// The headline came from og:title or JSON-LD, alone; the page's
		// own <title> still names the site beside it ("<Headline> |
		// <Site>").
		if _, site := trimSiteName(m.title, "", a.URL, firstOf(m.h1, a.Title)); site != "" {
			a.Outlet = site
		}
	}
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// absoluteURL resolves a page's own address against where it was fetched;
// "" when it is not an http(s) address.
func absoluteURL(ref, base string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b, err := url.Parse(base); err == nil && base != "" {
		u = b.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// parseMetaDate reads a machine date: RFC 3339, with or without seconds
// or zone, or a bare day.
func parseMetaDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(l, s); err == nil {
			return day(t), true
		}
	}
	return parseDate(s, time.Time{})
}

// titleSeparators set a site's name off a page title.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

// trimSiteName takes the site's name off the end (or start) of a page
// title: the outlet's name, words that spell the address's host ("Asia
// Markets Daily" for asiamarketsdaily.example), or whatever is left when
// the rest is the page's own headline (h1). It returns the name it took
// off, for an outlet when the page gave none.
func trimSiteName(title, outlet, pageURL, h1 string) (string, string) {
	host := ""
	if u, err := url.Parse(pageURL); err == nil {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	matches := func(part string) bool {
		part = strings.TrimSpace(part)
		if part == "" || wordCount(part) > 6 {
			return false
		}
		if outlet != "" && strings.EqualFold(part, outlet) {
			return true
		}
		squashed := strings.ToLower(strings.Join(strings.Fields(part), ""))
		return host != "" && len(squashed) >= 3 && (strings.HasPrefix(host, squashed+".") || strings.Contains(host, "."+squashed+"."))
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && (matches(title[i+len(sep):]) || h1 != "" && strings.TrimSpace(title[:i]) == h1 && wordCount(title[i+len(sep):]) <= 5) {
			return strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		}
		if i := strings.Index(title, sep); i > 0 && matches(title[:i]) {
			return strings.TrimSpace(title[i+len(sep):]), strings.TrimSpace(title[:i])
		}
	}
	return title, ""
}
