package ingest

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

func zzReg(b *testing.B) *briefings.Registry {
	data, _ := os.ReadFile(filepath.Join("..", "..", "briefings", "registry.yaml"))
	reg, _ := briefings.ParseRegistry("registry.yaml", data)
	return reg
}

func BenchmarkZZPhases(b *testing.B) {
	data, _ := os.ReadFile("/tmp/5kb.txt")
	a := ReadText(string(data))
	in := New(nil)
	var tDoc, tMent, tEv, tQ, tRest time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		doc := newDocument(a.Body)
		t1 := time.Now()
		x := newExtractor(doc, newCast(in.names))
		x.collectMentions()
		t2 := time.Now()
		x.findEvents()
		t3 := time.Now()
		x.attributeQuotes()
		t4 := time.Now()
		cands, tf := x.summaryCandidates()
		doc.eachFolded(func(words []string) { countTerms(words, tf) })
		x.summary(cands, tf)
		x.frequentNames(in.topics)
		x.reported()
		t5 := time.Now()
		tDoc += t1.Sub(t0)
		tMent += t2.Sub(t1)
		tEv += t3.Sub(t2)
		tQ += t4.Sub(t3)
		tRest += t5.Sub(t4)
	}
	n := time.Duration(b.N)
	b.ReportMetric(float64(tDoc/n), "doc-ns")
	b.ReportMetric(float64(tMent/n), "mentions-ns")
	b.ReportMetric(float64(tEv/n), "events-ns")
	b.ReportMetric(float64(tQ/n), "quotes-ns")
	b.ReportMetric(float64(tRest/n), "rest-ns")
}
