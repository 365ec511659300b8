package feeds

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
)

// TestTrim: a feed of more than 1,000 items is cut to its first and last
// 500, still a valid feed of its format; smaller or broken ones are left
// as they are.
func TestTrim(t *testing.T) {
	t.Parallel()
	doc := func(head, item, sep, tail string, n int) string {
		var b strings.Builder
		b.WriteString(head)
		for i := range n {
			if i > 0 {
				b.WriteString(sep)
			}
			fmt.Fprintf(&b, item, i, i)
		}
		b.WriteString(tail)
		return b.String()
	}
	rss := func(n int) string {
		return doc(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>t</title>`,
			"<item><title>caf\xe9 %d</title><link>/%d</link></item>\n", "", `</channel><!-- end --></rss>`, n)
	}
	rdf := func(n int) string {
		return doc(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>t</title><items><rdf:Seq/></items></channel>`,
			`<item rdf:about="/%d"><title>%d</title><link>https://x.example/</link></item>`, "", `</rdf:RDF>`, n)
	}
	atom := func(n int) string {
		return doc(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>`,
			`<entry><id>%d</id><title><![CDATA[<entry> %d </entry>]]></title></entry>`, "", `</feed>`, n)
	}
	jsonFeed := func(n int) string {
		return doc(`{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[`, `{"id":"%d","url":"/%d"}`, ",", `]}`, n)
	}
	tests := []struct {
		name      string
		body      string
		wantItems int
		wantFirst string // the GUID or title of the first item left
		wantLast  string
	}{
		{"RSS in Latin-1", rss(3000), 1000, "café 0", "café 2999"},
		{"RSS of 1,000 items", rss(1000), 1000, "café 0", "café 999"},
		{"RSS 1.0", rdf(1500), 1000, "0", "1499"},
		{"Atom with tags in CDATA", atom(2000), 1000, "0", "1999"},
		{"JSON Feed", jsonFeed(1200), 1000, "0", "1199"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := gofeed.NewParser().Parse(bytes.NewReader(trim([]byte(tc.body))))
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Items) != tc.wantItems || f.Title != "t" {
				t.Fatalf("%q: %d items, want %d", f.Title, len(f.Items), tc.wantItems)
			}
			name := func(it *gofeed.Item) string {
				if strings.HasPrefix(tc.name, "RSS") {
					return it.Title
				}
				return it.GUID
			}
			if first, last := name(f.Items[0]), name(f.Items[len(f.Items)-1]); first != tc.wantFirst || last != tc.wantLast {
				t.Errorf("items %q … %q, want %q … %q", first, last, tc.wantFirst, tc.wantLast)
			}
		})
	}

	// Broken XML is left whole, for gofeed to report.
	broken := []byte(rss(3000)[:40000])
	if got := trim(broken); !bytes.Equal(got, broken) {
		t.Errorf("a broken feed was cut to %d bytes", len(got))
	}
}
