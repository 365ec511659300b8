package briefings_test

import (
	"fmt"
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

var (
	benchLibOnce sync.Once
	benchLib     *briefings.Library
	benchLibReg  *briefings.Registry
)

// benchLibrary is a Library serving the large generated corpus as its
// files.
func benchLibrary(b *testing.B) (*briefings.Library, *briefings.Registry) {
	b.Helper()
	benchLibOnce.Do(func() {
		reg, bs, _ := corpusgen.Generate(benchBriefings, benchQuotes, 42)
		benchLibReg = reg
		benchLib = briefings.NewLibrary(&briefings.Corpus{Origin: briefings.OriginFolder, Registry: reg, Briefings: bs})
	})
	return benchLib, benchLibReg
}

// BenchmarkApplyPublish is what serving one published briefing costs at
// 100,000 briefings and a million quotes: reading its text and building
// the overlay (the merged briefing list, the speaker's and topics' lists,
// the overlay's index). A full rebuild takes BenchmarkCatalogBuild.
func BenchmarkApplyPublish(b *testing.B) {
	lib, reg := benchLibrary(b)
	lib.CompactAbove = 1 << 30 // the overlay alone, not the background rebuild
	speaker, topic := reg.Speakers[0], reg.Topics[0]
	i := 0
	for b.Loop() {
		text := fmt.Sprintf("---\nid: bench-%d\ntitle: Published %d\ndate: 2030-01-01\ntopics: [%q]\nquotes:\n  - speaker: %s\n    text: Words number %d.\nsources:\n  - title: T\n    outlet: O\n---\nBody.\n", i%64, i, topic.Name, speaker.Name, i)
		if ps := lib.ApplyStore(briefings.StoreUpdate{Published: []briefings.Published{{ID: fmt.Sprintf("bench-%d", i%64), Version: i + 1, Text: []byte(text)}}}); len(ps) > 0 {
			b.Fatal(ps)
		}
		i++
	}
	if !lib.Catalog().HasOverlay() {
		b.Fatal("the changes were not overlaid")
	}
}

// BenchmarkLookupsWithOverlay are the lookups of /status, /quote and
// /search on a catalog serving 64 published briefings over its base, for
// comparison with the benchmarks above (the same catalog, no overlay).
func BenchmarkLookupsWithOverlay(b *testing.B) {
	lib, reg := benchLibrary(b)
	lib.CompactAbove = 1 << 30
	for i := range 64 {
		s, t := reg.Speakers[i%len(reg.Speakers)], reg.Topics[i%8]
		text := fmt.Sprintf("---\nid: overlay-%d\ntitle: Published %d\ndate: 2030-01-01\ntopics: [%q]\nquotes:\n  - speaker: %s\n    text: Missiles number %d.\nsources:\n  - title: T\n    outlet: O\n---\nBody.\n", i, i, t.Name, s.Name, i)
		lib.ApplyStore(briefings.StoreUpdate{Published: []briefings.Published{{ID: fmt.Sprintf("overlay-%d", i), Version: 1, Text: []byte(text)}}})
	}
	c := lib.Catalog()
	if !c.HasOverlay() {
		b.Fatal("no overlay")
	}
	b.Run("status", func(b *testing.B) {
		i := 0
		for b.Loop() {
			t, err := c.Topic(briefings.Fold(c.Topics()[i%64].Name))
			if err != nil {
				b.Fatal(err)
			}
			on := c.On(t)
			_ = on[:min(5, len(on))]
			i++
		}
	})
	b.Run("quote", func(b *testing.B) {
		ss := c.Speakers()
		i := 0
		for b.Loop() {
			s, err := c.Speaker(ss[i%len(ss)].Aliases[0])
			if err != nil {
				b.Fatal(err)
			}
			c.QuotesMatching(s, "", 5)
			i++
		}
	})
	b.Run("quote-words", func(b *testing.B) {
		ss := c.Speakers()
		i := 0
		for b.Loop() {
			c.QuotesMatching(ss[i%len(ss)], "missiles", 5)
			i++
		}
	})
	b.Run("search-common", func(b *testing.B) {
		for b.Loop() {
			c.Search("missiles", 8)
		}
	})
}
