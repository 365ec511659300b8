package briefings_test

import (
	"runtime"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/corpusgen"
)

// The sizes the foundation issue asks about: 100,000 briefings and
// 1,000,000 quotes.
const (
	benchBriefings = 100_000
	benchQuotes    = 1_000_000
)

var (
	benchOnce  sync.Once
	benchCat   *briefings.Catalog
	benchWords []string
)

func benchCatalog(b *testing.B) *briefings.Catalog {
	b.Helper()
	benchOnce.Do(func() {
		var reg *briefings.Registry
		var bs []*briefings.Briefing
		reg, bs, benchWords = corpusgen.Generate(benchBriefings, benchQuotes, 42)
		benchCat = briefings.NewCatalog(reg, bs)
	})
	return benchCat
}

// BenchmarkCatalogBuild measures building (indexing) the large catalog and
// reports the heap it keeps.
func BenchmarkCatalogBuild(b *testing.B) {
	reg, bs, _ := corpusgen.Generate(benchBriefings, benchQuotes, 42)
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		c := briefings.NewCatalog(reg, bs)
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MiB-index")
		runtime.KeepAlive(c)
	}
}

// BenchmarkStatusLookup is what /status needs from the catalog: the topic
// by a forgiving name, its newest briefings and a quote.
func BenchmarkStatusLookup(b *testing.B) {
	c := benchCatalog(b)
	names := make([]string, 0, 64)
	for _, t := range c.Topics()[:64] {
		names = append(names, briefings.Fold(t.Name))
	}
	i := 0
	for b.Loop() {
		t, err := c.Topic(names[i%len(names)])
		if err != nil {
			b.Fatal(err)
		}
		on := c.On(t)
		_ = on[:min(5, len(on))]
		i++
	}
}

// BenchmarkQuoteLookup is what /quote needs: the speaker by alias and the
// newest five quotes.
func BenchmarkQuoteLookup(b *testing.B) {
	c := benchCatalog(b)
	ss := c.Speakers()
	i := 0
	for b.Loop() {
		s, err := c.Speaker(ss[i%len(ss)].Aliases[0])
		if err != nil {
			b.Fatal(err)
		}
		if qs, _ := c.QuotesMatching(s, "", 5); len(qs) == 0 {
			b.Fatal("no quotes")
		}
		i++
	}
}

// BenchmarkQuoteWords is /quote with words: the speaker's quotes that
// mention a common word.
func BenchmarkQuoteWords(b *testing.B) {
	c := benchCatalog(b)
	ss := c.Speakers()
	i := 0
	for b.Loop() {
		s := ss[i%len(ss)]
		c.QuotesMatching(s, "missiles", 5)
		i++
	}
}

// BenchmarkSearch is /search over 1.1 million documents, for a common word,
// a rarer one and two words.
func BenchmarkSearch(b *testing.B) {
	c := benchCatalog(b)
	// Words by frequency rank: "missiles" is the 8th most common word, like
	// "said" in news; the others are picked by rank.
	word := func(rank int) string { return benchWords[rank] }
	for _, q := range []struct{ name, words string }{
		{"common", "missiles"},
		{"mid", word(500)},
		{"rare", word(20000)},
		{"two-words", "missiles " + word(100)},
	} {
		b.Run(q.name, func(b *testing.B) {
			var matched int
			for b.Loop() {
				_, matched = c.Search(q.words, 8)
			}
			b.ReportMetric(float64(matched), "docs-matched")
		})
	}
}
