package ingest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings/ingest"
)

// article5KB is a 5 KB plain-text article: the seed story followed by the
// paragraphs of two other wire stories, so it has the quotes, pronouns and
// reported speech of real copy, trimmed by whole paragraphs to 5 KB.
func article5KB(b *testing.B) []byte {
	b.Helper()
	var text strings.Builder
	for i, name := range []string{"seed.txt", "articles/08-ceasefire-talks.txt", "articles/02-rate-rise.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", filepath.FromSlash(name)))
		if err != nil {
			b.Fatal(err)
		}
		s := string(data)
		if i == 0 {
			s = s[:strings.Index(s, "Author:")] // the seed up to its byline
		} else {
			s = s[strings.Index(s, "\n\n")+2:] // the others without their headlines
		}
		text.WriteString(strings.TrimSpace(s) + "\n\n")
	}
	out := text.String()
	for len(out) > 5*1024 {
		out = out[:strings.LastIndex(strings.TrimRight(out, "\n"), "\n\n")]
	}
	if n := len(out); n < 4600 || n > 5*1024 {
		b.Fatalf("the benchmark article is %d bytes, not about 5 KB", n)
	}
	return []byte(out)
}

// BenchmarkIngest5KB measures a whole ingest of a 5 KB article, from bytes
// to the draft's Markdown: reading, quotes, attribution, summary, topics.
// Run on one core: taskset -c 0 go test -run '^$' -bench Ingest5KB -cpu 1 ./briefings/ingest
func BenchmarkIngest5KB(b *testing.B) {
	data := article5KB(b)
	in := ingest.New(builtinRegistry(b))
	opt := ingest.Options{URL: seedURL, Now: func() time.Time { return time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC) }}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		a, err := ingest.Read(data, "text/plain", seedURL)
		if err != nil {
			b.Fatal(err)
		}
		d, err := in.Draft(a, opt)
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Markdown()) == 0 || len(d.Quotes) == 0 {
			b.Fatal("empty draft")
		}
	}
	reportRates(b, cpu0)
}

// reportRates reports articles per second of wall clock and, where it can
// be measured, per second of this process's CPU time, which other load on
// the machine does not inflate.
func reportRates(b *testing.B, cpu0 time.Duration) {
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuTime() - cpu0; cpu0 > 0 && cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/cpu-s")
	}
}

// BenchmarkIngestHTML measures the same for an HTML page, where
// readability's parse dominates.
func BenchmarkIngestHTML(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "articles", "10-alliance-summit.html"))
	if err != nil {
		b.Fatal(err)
	}
	in := ingest.New(testRegistry(b))
	opt := ingest.Options{Now: fixedNow}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		a, err := ingest.Read(data, "text/html", "")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := in.Draft(a, opt); err != nil {
			b.Fatal(err)
		}
	}
	reportRates(b, cpu0)
}
