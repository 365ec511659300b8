package feeds_test

import (
	"net/url"
	"testing"

	"github.com/briefbot/briefbot/adapters/feeds"
)

// TestNormalLink: spellings of one address give one key; different pages
// keep different keys.
func TestNormalLink(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"HTTPS://Example.COM/News/Story", "https://example.com/News/Story"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"http://example.com:80/a", "http://example.com/a"},
		{"http://example.com:8080/a", "http://example.com:8080/a"},
		{"https://example.com:80/a", "https://example.com:80/a"},
		{"https://example.com", "https://example.com/"},
		{"https://example.com/a#comments", "https://example.com/a"},
		{"https://user:pw@example.com/a", "https://example.com/a"},
		{"https://example.com/a?", "https://example.com/a"},
		{"https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"},
		{"https://example.com/a?id=7&utm_source=rss&utm_medium=feed&UTM_Campaign=x&fbclid=1&gclid=2", "https://example.com/a?id=7"},
		{"https://example.com/a?utm_source=rss", "https://example.com/a"},
		{"https://example.com/a?x=2&x=1", "https://example.com/a?x=1&x=2"},
		{"https://example.com/a/", "https://example.com/a/"},             // a trailing slash may matter
		{"https://example.com/A", "https://example.com/A"},               // so may the path's case
		{"https://example.com/a?page=2", "https://example.com/a?page=2"}, // and the query
		{"https://[2001:DB8::1]:443/a", "https://[2001:db8::1]/a"},
	}
	for _, tc := range tests {
		u, err := url.Parse(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := feeds.NormalLink(u); got != tc.want {
			t.Errorf("NormalLink(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
