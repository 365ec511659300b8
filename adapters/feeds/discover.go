package feeds

import (
	"bytes"
	"errors"
	"mime"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feedTypes are the link types that advertise a feed.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
	"application/json":      true,
}

var errNoFeedLink = errors.New("no <link rel=alternate> of a feed type")

// discover finds the first feed a page advertises, in document order
// (<link rel="alternate" type="application/rss+xml" href="…"> and the Atom
// and JSON Feed types), resolved against the page's address (or its
// <base href> when one comes first). Only http(s) addresses count.
func discover(body []byte, page *url.URL) (*url.URL, error) {
	base := page
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, errNoFeedLink
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if !hasAttr || a != atom.Link && a != atom.Base {
				continue
			}
			attrs := map[string]string{}
			for {
				k, v, more := z.TagAttr()
				if _, dup := attrs[string(k)]; !dup {
					attrs[string(k)] = strings.TrimSpace(string(v))
				}
				if !more {
					break
				}
			}
			if a == atom.Base {
				if b, err := page.Parse(attrs["href"]); err == nil && attrs["href"] != "" && base == page {
					base = b
				}
				continue
			}
			if !hasToken(attrs["rel"], "alternate") || attrs["href"] == "" {
				continue
			}
			media, _, err := mime.ParseMediaType(attrs["type"])
			if err != nil || !feedTypes[media] {
				continue
			}
			u, err := base.Parse(attrs["href"])
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				continue
			}
			u.Fragment, u.RawFragment = "", ""
			return u, nil
		}
	}
}

// hasToken reports whether the space-separated list holds tok, ignoring case.
func hasToken(list, tok string) bool {
	for f := range strings.FieldsSeq(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
