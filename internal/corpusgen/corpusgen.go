// Package corpusgen makes synthetic corpora of any size, for tests and
// benchmarks of the catalog and the commands at scale.
package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// Catalog builds a synthetic catalog of the given size.
func Catalog(nBriefings, nQuotes int, seed uint64) *briefings.Catalog {
	reg, bs, _ := Generate(nBriefings, nQuotes, seed)
	return briefings.NewCatalog(reg, bs)
}

// Generate makes a registry and briefings with nQuotes quotes in all. Word
// frequencies follow Zipf's law, as in real text, so search meets long
// posting lists for common words and short ones for rare words. It also
// returns the vocabulary, most frequent first; "missiles" is the 8th word.
// The same seed gives the same corpus.
func Generate(nBriefings, nQuotes int, seed uint64) (*briefings.Registry, []*briefings.Briefing, []string) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	syll := []string{"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "bra", "dun", "fel", "gor", "hin", "jas", "kor", "lem", "mun", "nor", "pel"}
	word := func(i int) string {
		var b strings.Builder
		for {
			b.WriteString(syll[i%len(syll)])
			i /= len(syll)
			if i == 0 {
				break
			}
		}
		return b.String()
	}
	const vocab = 30000
	words := make([]string, vocab)
	for i := range words {
		words[i] = word(i + 400) // at least two syllables
	}
	words[7] = "missiles" // a common real word, for benchmarks that search it
	zipf := rand.NewZipf(r, 1.07, 2, vocab-1)
	sentence := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = words[zipf.Uint64()]
		}
		return strings.Join(ws, " ")
	}
	title := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

	reg := &briefings.Registry{}
	nTopics := max(5, min(500, nBriefings/100))
	for i := range nTopics {
		name := "briefings.Topic " + title(word(i+1000))
		reg.Topics = append(reg.Topics, &briefings.Topic{ID: briefings.Slug(name), Name: name, Description: sentence(8)})
	}
	nSpeakers := max(5, min(5000, nQuotes/200))
	for i := range nSpeakers {
		name := title(word(i+2000)) + " " + title(word(i*7+9000))
		reg.Speakers = append(reg.Speakers, &briefings.Speaker{ID: briefings.Slug(name), Name: name, Role: "Spokesperson", Kind: "person", Aliases: []string{strings.Fields(name)[1] + fmt.Sprint(i)}})
	}
	src := &briefings.Source{ID: "1", Title: "Generated", Outlet: "Synthetic Wire", Author: "Gen Erator", URL: "https://example.com/gen"}
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	bs := make([]*briefings.Briefing, nBriefings)
	perBriefing := nQuotes / max(1, nBriefings)
	extra := nQuotes - perBriefing*nBriefings
	for i := range bs {
		d := start.Add(time.Duration(r.IntN(25*365)) * 24 * time.Hour)
		b := &briefings.Briefing{
			ID:      fmt.Sprintf("gen-%07d", i),
			Title:   title(sentence(6)),
			Date:    d,
			Updated: d,
			Summary: title(sentence(60)) + ".",
			Sources: []*briefings.Source{src},
		}
		b.Topics = []*briefings.Topic{reg.Topics[int(zipf.Uint64())%nTopics]}
		if t2 := reg.Topics[r.IntN(nTopics)]; t2 != b.Topics[0] {
			b.Topics = append(b.Topics, t2)
		}
		for range 3 {
			b.Points = append(b.Points, briefings.KeyPoint{Text: title(sentence(15)) + ".", Source: src})
		}
		nq := perBriefing
		if i < extra {
			nq++
		}
		for range nq {
			s := reg.Speakers[r.IntN(nSpeakers)]
			q := &briefings.Quote{Speaker: s, Text: title(sentence(20)) + ".", Context: sentence(8), Said: d, Source: src, Briefing: b}
			q.ID = briefings.QuoteID(s.ID, q.Text)
			b.Quotes = append(b.Quotes, q)
		}
		bs[i] = b
	}
	return reg, bs, words
}
