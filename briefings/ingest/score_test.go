package ingest_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
	"go.yaml.in/yaml/v3"
)

// expected is what a careful editor extracts from one test article.
type expected struct {
	Given struct {
		Date string `yaml:"date"`
		URL  string `yaml:"url"`
	} `yaml:"given"`
	Date   string `yaml:"date"`
	Quotes []struct {
		Speaker string `yaml:"speaker"`
		Text    string `yaml:"text"`
	} `yaml:"quotes"`
}

// Targets on the article set (issue 6).
const (
	minPrecision = 0.95
	minRecall    = 0.95
	minSpeakers  = 0.90
)

// testRegistry is the registry the article set is ingested against.
func testRegistry(t testing.TB) *briefings.Registry {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "articles", briefings.RegistryFile))
	if err != nil {
		t.Fatal(err)
	}
	reg, ps := briefings.ParseRegistry(briefings.RegistryFile, data)
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	return reg
}

// TestArticleSet scores quote extraction and attribution on the article set
// in testdata/articles: precision and recall of quotes (by their exact
// text) and the share of found quotes given the right speaker.
func TestArticleSet(t *testing.T) {
	in := ingest.New(testRegistry(t))
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.yaml"))
	var found, wanted, matched, rightSpeaker int
	articles := 0
	for _, exp := range files {
		if filepath.Base(exp) == briefings.RegistryFile {
			continue
		}
		base := strings.TrimSuffix(exp, ".yaml")
		src, ctype := base+".txt", "text/plain"
		if _, err := os.Stat(src); err != nil {
			src, ctype = base+".html", "text/html"
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatalf("%s: no article next to it: %v", exp, err)
		}
		var want expected
		raw, _ := os.ReadFile(exp)
		if err := yaml.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", exp, err)
		}
		articles++
		name := filepath.Base(base)
		a, err := ingest.Read(data, ctype, want.Given.URL)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		opt := ingest.Options{URL: want.Given.URL, Now: func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }}
		if want.Given.Date != "" {
			opt.Date, _ = time.Parse(briefings.DateLayout, want.Given.Date)
		}
		d, err := in.Draft(a, opt)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := d.Date.Format(briefings.DateLayout); got != want.Date {
			t.Errorf("%s: date %s, want %s (from %q)", name, got, want.Date, d.DateFrom)
		}

		got := map[string]string{} // text -> speaker
		for _, q := range d.Quotes {
			got[q.Text] = q.Speaker
		}
		found += len(d.Quotes)
		wanted += len(want.Quotes)
		seen := map[string]bool{}
		for _, w := range want.Quotes {
			seen[w.Text] = true
			sp, ok := got[w.Text]
			if !ok {
				t.Logf("%s: missed quote %q (%s)", name, w.Text, w.Speaker)
				continue
			}
			matched++
			if briefings.Fold(sp) == briefings.Fold(w.Speaker) {
				rightSpeaker++
			} else {
				t.Logf("%s: %q: speaker %q, want %q", name, w.Text, sp, w.Speaker)
			}
		}
		for _, q := range d.Quotes {
			if !seen[q.Text] {
				t.Logf("%s: not a quote: %q (%s)", name, q.Text, q.Speaker)
			}
		}
	}
	if articles < 12 {
		t.Fatalf("the article set has %d articles; it needs at least 12", articles)
	}
	precision := float64(matched) / float64(max(found, 1))
	recall := float64(matched) / float64(max(wanted, 1))
	speakers := float64(rightSpeaker) / float64(max(matched, 1))
	t.Logf("%d articles, %d quotes expected, %d found, %d matched", articles, wanted, found, matched)
	t.Logf("quote precision %.3f, quote recall %.3f, speaker accuracy %.3f", precision, recall, speakers)
	if precision < minPrecision || recall < minRecall || speakers < minSpeakers {
		t.Errorf("below target: precision %.3f (want ≥ %.2f), recall %.3f (want ≥ %.2f), speaker accuracy %.3f (want ≥ %.2f)",
			precision, minPrecision, recall, minRecall, speakers, minSpeakers)
	}
}
