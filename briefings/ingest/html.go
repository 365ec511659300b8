package ingest

import (
	"bytes"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ReadHTML reads an article page: readability finds the story among the
// page's menus and footers; the page's own metadata (og: and article:
// tags, JSON-LD, <link rel=canonical>, <time datetime>) gives the source —
// outlet, author, address, date and title — before readability's guesses;
// the body is taken paragraph by paragraph from the story's block
// elements.
func ReadHTML(data []byte, pageURL string) *Article {
	a := &Article{URL: pageURL}
	u, _ := url.Parse(pageURL)
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return a
	}
	meta := readPageMeta(doc)
	boxes := quoteBoxes(doc, nil)
	keepQuoteBoxes(doc)
	unsignQuotes(doc)
	var boxParas [][]string
	for _, b := range boxes {
		boxParas = append(boxParas, blocks(b, nil)) // read before readability takes the page apart
	}
	var root *html.Node
	var byline string
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, u) // the metadata is read: readability may take the page apart
	if err == nil && art.Node != nil {
		root = art.Node
		a.Title = strings.TrimSpace(art.Title())
		a.Author = cleanByline(art.Byline())
		a.Outlet = strings.TrimSpace(art.SiteName())
		if t, err := art.PublishedTime(); err == nil {
			a.Date, a.DateFrom = day(t), "the page's publication date"
		}
		byline = art.Byline()
	} else {
		root = doc // not an article readability recognises: take every paragraph
	}
	meta.apply(a, pageURL)
	if a.Date.IsZero() {
		a.dateFromByline(byline) // "By Jane Doe // <date>", taken out of the page as its byline
	}
	var paras []string
	if root != nil {
		paras = blocks(root, nil)
		if len(paras) == 0 {
			for _, p := range strings.Split(render.InnerText(root), "\n\n") {
				if p = strings.Join(strings.Fields(p), " "); p != "" {
					paras = append(paras, p)
				}
			}
		}
	}
	for _, bp := range boxParas {
		paras = withQuoteBox(paras, bp)
	}
	a.zone = headerZone(paras) // before clean drops the date lines that give it
	if a.zone == "" && meta.stamp != "" {
		// "<Author> | <Day>, <Date> <hh:mm> <ZONE>" under the headline:
		// the stamp's clock, which readability takes out of the page with
		// the byline, is the outlet's too.
		a.zone = headerZone([]string{meta.stamp})
	}
	paras = a.clean(paras)
	var body []string
	for _, p := range paras {
		switch {
		case a.Title != "" && strings.EqualFold(p, a.Title):
			continue // the headline repeated in the page
		case a.Author != "" && strings.HasPrefix(strings.TrimPrefix(p, "By "), a.Author) && len(strings.Fields(p)) <= 8:
			continue // "Lukas Brenner, Energy Daily", "By X (Marseille, correspondent)"
		}
		body = append(body, p)
	}
	if a.Title == "" && len(body) > 1 && titleLike(body[0], 25) {
		a.Title, body = body[0], body[1:]
	}
	if a.Subtitle == "" && meta.dek != "" && !slices.Contains(body, meta.dek) && meta.dek != a.Title {
		a.Subtitle = meta.dek // the standfirst readability dropped beside the headline
	}
	if a.Date.IsZero() {
		a.headerDay = headerLinesDate(a.Title, a.Subtitle, body)
	}
	a.Body = a.stripDateline(body)
	return a
}

// unmarkAuthor drops an element's marks as an author or a byline.
func unmarkAuthor(s *html.Node) {
	attrs := s.Attr[:0]
	for _, a := range s.Attr {
		if v := strings.ToLower(a.Val); (a.Key == "class" || a.Key == "id" || a.Key == "rel" || a.Key == "itemprop") &&
			(strings.Contains(v, "author") || strings.Contains(v, "byline")) {
			continue
		}
		attrs = append(attrs, a)
	}
	s.Attr = attrs
}

// skipElements never hold the story's text.
var skipElements = set(`script style noscript figure figcaption aside nav footer header form button
	iframe svg template select option`)

// blockElements hold one paragraph each.
var blockElements = set(`p li blockquote h2 h3 h4 h5 h6 pre dd dt td`)

// blocks collects the text of each block element under n, in order.
func blocks(n *html.Node, out []string) []string {
	if n.Type == html.ElementNode {
		if skipElements[n.Data] {
			return out
		}
		if blockElements[n.Data] && !hasBlockChild(n) {
			var b strings.Builder
			textOf(n, &b)
			if t := strings.Join(strings.Fields(b.String()), " "); t != "" {
				out = append(out, t)
			}
			return out
		}
	}
	// Text run loose between a container's blocks ("…</p> <Text> </p>",
	// a paragraph whose opening tag the page lost) is a paragraph of its
	// own, as a reader sees it, not text to drop.
	var loose strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(loose.String()), " "); t != "" {
			out = append(out, t)
		}
		loose.Reset()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode || c.Type == html.ElementNode && !isBlockNode(c) {
			textOf(c, &loose)
			continue
		}
		flush()
		out = blocks(c, out)
	}
	flush()
	return out
}

// isBlockNode reports whether n is an element that holds or is a block:
// what ends a loose run of text between paragraphs.
func isBlockNode(n *html.Node) bool {
	return n.Type == html.ElementNode && (blockTag(n.Data) || skipElements[n.Data] || hasBlockChild(n))
}

// blockTag reports whether an element of that tag is a block, or a
// container of blocks (a div, a list), for the text runs beside it.
func blockTag(tag string) bool {
	return blockElements[tag] || tag == "div" || tag == "ul" || tag == "ol"
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockTag(c.Data) || hasBlockChild(c)) {
			return true
		}
	}
	return false
}

func textOf(n *html.Node, b *strings.Builder) {
	switch {
	case n.Type == html.TextNode:
		b.WriteString(n.Data)
		return
	case n.Type == html.ElementNode && skipElements[n.Data]:
		return
	case n.Type == html.ElementNode && n.Data == "br":
		b.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		textOf(c, b)
	}
}

// keepQuoteBoxes keeps a release's box of quotes in the story: an
// <aside> holding blockquotes, each signed by its speaker on the line
// under it, as development banks and agencies set their officials' words
// beside the text ("Quotes" over "“…”" over "— <Name>, <title>"), or a
// <figure> holding a blockquote and the caption that signs it. An aside
// is otherwise a sidebar no story's text is in, and a figure a picture,
// and readability and blocks drop them; one that quotes people is the
// story's.
func keepQuoteBoxes(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Aside {
			if holdsBlockquote(c) {
				c.Data, c.DataAtom = "div", atom.Div
			}
			continue
		}
		if c.DataAtom == atom.Figure && holdsBlockquote(c) {
			// A pull quote set as a figure ("<figure><blockquote>…
			// </blockquote><figcaption>— <Name>, <title></figcaption>"),
			// as publishing systems' pull-quote blocks are: a figure is
			// otherwise a picture, dropped with its caption, but this
			// one's caption signs the quote.
			c.Data, c.DataAtom = "div", atom.Div
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				if k.Type == html.ElementNode && k.DataAtom == atom.Figcaption {
					k.Data, k.DataAtom = "p", atom.P
				}
			}
			continue
		}
		keepQuoteBoxes(c)
	}
}

// quoteBoxes collects a page's boxes of quotes: an <aside>, or a
// <section> or <div> whose class or id says it holds quotes
// ("quotes-box", "pull-quote"), with a blockquote inside — the box of
// signed quotes a release sets after its text ("Quotes" over "“…”" over
// "— <Name>, <title>"). keepQuoteBoxes keeps them in the page, but
// readability, taking the release's text block for the story, may still
// leave a box that stands beside it out (withQuoteBox).
func quoteBoxes(n *html.Node, out []*html.Node) []*html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		box := c.DataAtom == atom.Aside
		if !box && (c.DataAtom == atom.Section || c.DataAtom == atom.Div) {
			box = strings.Contains(strings.ToLower(attr(c, "class")+" "+attr(c, "id")), "quote")
		}
		if box && holdsBlockquote(c) {
			out = append(out, c)
			continue
		}
		out = quoteBoxes(c, out)
	}
	return out
}

// withQuoteBox returns the story's paragraphs with a box of quotes'
// paragraphs after them when the story does not hold the box's first
// quote already: the box was left out beside the text readability chose.
func withQuoteBox(paras, box []string) []string {
	for _, p := range box {
		if !hasQuoteMark(p) {
			continue
		}
		if slices.Contains(paras, p) {
			return paras
		}
		return append(paras, box...)
	}
	return paras
}

// holdsBlockquote reports whether a blockquote stands anywhere under n.
func holdsBlockquote(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Blockquote || holdsBlockquote(c)) {
			return true
		}
	}
	return false
}

// unsignQuotes keeps the signature under a blockquote in the story: a
// line marked as an author ("quote-author", "author") right under a quote
// set out on its own is the quote's speaker with their title, not the
// page's byline, but readability would take it for the byline and remove
// it. Its author marks are dropped, so the line stays a paragraph that
// names who spoke.
func unsignQuotes(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data == "blockquote" {
			s := c.NextSibling
			for s != nil && s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
				s = s.NextSibling
			}
			if s != nil && s.Type == html.ElementNode && s.Data != "blockquote" {
				unmarkAuthor(s)
			}
			// A signature inside the blockquote, under its quote, as
			// institutions' press pages set it.
			paragraphed := hasBlockChild(c)
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				if k.Type == html.ElementNode {
					unmarkAuthor(k)
					if k.Data == "footer" || k.Data == "cite" && paragraphed {
						// HTML's own marks for a quotation's source: a
						// footer inside the blockquote is its signature,
						// not the page's footer, and reads as a line; so
						// does a <cite> under the quote's paragraphs,
						// whose text no paragraph would hold.
						k.Data, k.DataAtom = "p", atom.P
					}
				}
			}
			continue
		}
		if c.Data == "p" && wholeQuote(c) {
			// "<p>“…”</p> <p class=author><Name>, <title></p>": a pull
			// quote set as a paragraph, signed by the line under it, as
			// a blockquote is; the mark is the quote's, not the page's
			// byline, which readability would take out of the story.
			s := c.NextSibling
			for s != nil && s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
				s = s.NextSibling
			}
			if s != nil && s.Type == html.ElementNode && s.Data == "p" {
				unmarkAuthor(s)
			}
			continue
		}
		unsignQuotes(c)
	}
}

// wholeQuote reports whether an element's text is one quotation and
// nothing else, opening and closing on a quotation mark: a pull quote set
// as a paragraph of its own, which the line under it signs. A paragraph
// with a quote and its own attribution already names its speaker, and a
// few characters in marks are a term, not a pull quote.
func wholeQuote(n *html.Node) bool {
	var b strings.Builder
	textOf(n, &b)
	t := strings.TrimSpace(b.String())
	if len(t) < 8 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	return (first == '“' || first == '"') && (last == '”' || last == '"')
}
