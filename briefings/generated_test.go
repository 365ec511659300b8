package briefings_test

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/corpusgen"
)

// A generated catalog with dates spread over years: QuotesBy and On must
// return newest first, and QuotesMatching must stay within the speaker.
func TestOrderingOnGeneratedCatalog(t *testing.T) {
	t.Parallel()
	c := corpusgen.Catalog(2000, 20000, 1)
	for _, tp := range c.Topics()[:20] {
		on := c.On(tp)
		for i := 1; i < len(on); i++ {
			if on[i].Date.After(on[i-1].Date) {
				t.Fatalf("On(%s) not newest first at %d", tp.ID, i)
			}
		}
	}
	for _, s := range c.Speakers()[:20] {
		qs := c.QuotesBy(s)
		for i, q := range qs {
			if q.Speaker != s {
				t.Fatalf("QuotesBy(%s) holds a quote by %s", s.ID, q.Speaker.ID)
			}
			if i > 0 && q.Said.After(qs[i-1].Said) {
				t.Fatalf("QuotesBy(%s) not newest first at %d", s.ID, i)
			}
		}
		word := strings.Fields(briefings.Fold(qs[0].Text))[0]
		got, total := c.QuotesMatching(s, word, 1000)
		if total == 0 || len(got) != total {
			t.Fatalf("QuotesMatching(%s, %q) = %d of %d", s.ID, word, len(got), total)
		}
		for _, q := range got {
			if q.Speaker != s {
				t.Fatalf("QuotesMatching returned another speaker's quote")
			}
		}
	}
}
