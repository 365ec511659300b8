package ingest_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/internal/golden"
	"github.com/briefbot/briefbot/internal/testutil"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// seedURL is where the seed article was published; an editor passes it
// with --url, and its path dates the article.
const seedURL = "https://news.antiwar.com/2022/02/01/us-and-russia-agree-to-keep-talking-amid-heightened-tensions/"

// builtinRegistry is the registry of the built-in corpus.
func builtinRegistry(t testing.TB) *briefings.Registry {
	t.Helper()
	data, err := fs.ReadFile(briefings.DefaultCorpus(), briefings.RegistryFile)
	if err != nil {
		t.Fatal(err)
	}
	reg, ps := briefings.ParseRegistry(briefings.RegistryFile, data)
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	return reg
}

func fixedNow() time.Time { return time.Date(2024, 5, 6, 12, 0, 0, 0, time.UTC) }

// ingestFile makes the draft of a test file the way the command does.
func ingestFile(t testing.TB, path, pageURL string, reg *briefings.Registry, opt ingest.Options) *ingest.Draft {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctype := "text/plain"
	if strings.HasSuffix(path, ".html") {
		ctype = "text/html"
	}
	a, err := ingest.Read(data, ctype, pageURL)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	opt.URL, opt.Now = pageURL, fixedNow
	d, err := ingest.New(reg).Draft(a, opt)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}

func seedDraft(t testing.TB) *ingest.Draft {
	return ingestFile(t, filepath.Join("testdata", "seed.txt"), seedURL, builtinRegistry(t), ingest.Options{})
}

// TestSeedGolden holds the draft of the seed article.
func TestSeedGolden(t *testing.T) {
	t.Parallel()
	golden.Check(t, filepath.Join("testdata", "seed.golden.md"), seedDraft(t).Markdown())
}

// TestHTMLGolden holds the draft of an HTML page: readability's body,
// <meta> date, site name and byline.
func TestHTMLGolden(t *testing.T) {
	t.Parallel()
	d := ingestFile(t, filepath.Join("testdata", "articles", "10-alliance-summit.html"),
		"https://northernpost.example/world/2023/07/11/alliance-air-defences", testRegistry(t), ingest.Options{})
	golden.Check(t, filepath.Join("testdata", "alliance-summit.golden.md"), d.Markdown())
}

// TestSeedMatchesCorpus: the seed's four Putin quotes are the curated
// corpus's, verbatim, with speaker Vladimir Putin (the third and fourth
// through "He" and "he"); the reported statements include the State
// Department's and Lavrov's; the date is 2022-02-01.
func TestSeedMatchesCorpus(t *testing.T) {
	t.Parallel()
	d := seedDraft(t)
	cat, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	putin, err := cat.Speaker("Vladimir Putin")
	if err != nil {
		t.Fatal(err)
	}
	var curated []string
	for _, q := range cat.QuotesBy(putin) {
		curated = append(curated, q.Text)
	}
	var got []ingest.Quote
	var texts []string
	for _, q := range d.Quotes {
		if q.Speaker == putin.Name {
			got = append(got, q)
			texts = append(texts, q.Text)
		}
	}
	if len(d.Quotes) != 4 {
		t.Errorf("want the article's 4 quotes, got %d: %+v", len(d.Quotes), d.Quotes)
	}
	sort.Strings(curated)
	sort.Strings(texts)
	if strings.Join(texts, "\n") != strings.Join(curated, "\n") || len(curated) != 4 {
		t.Errorf("Putin's quotes differ from the corpus\n got: %q\nwant: %q", texts, curated)
	}
	if len(got) == 4 {
		for i, pronoun := range map[int]string{2: "“He”", 3: "“he”"} {
			if !strings.Contains(got[i].Check, pronoun) {
				t.Errorf("quote %d %q: want the speaker found through %s, got check %q", i+1, got[i].Text, pronoun, got[i].Check)
			}
		}
	}
	speakers := map[string]int{}
	for _, p := range d.Points {
		speakers[p.Speaker]++
	}
	for _, who := range []string{"US State Department", "Sergey Lavrov"} {
		if speakers[who] == 0 {
			t.Errorf("no reported statement by %s among the key points: %+v", who, d.Points)
		}
	}
	if got := d.Date.Format(briefings.DateLayout); got != "2022-02-01" {
		t.Errorf("date %s, want 2022-02-01", got)
	}
}

// TestDraftsPassLint places drafts in a copy of the built-in corpus and
// lints the folder: the seed draft, and a draft full of new and unknown
// speakers, pass with no errors; the gaps of the second are warnings.
func TestDraftsPassLint(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyCorpus(t)
	storm := ingestFile(t, filepath.Join("testdata", "articles", "04-storm.txt"), "", builtinRegistry(t),
		ingest.Options{Date: time.Date(2023, 11, 4, 0, 0, 0, 0, time.UTC)})
	if len(storm.New) == 0 {
		t.Fatal("the storm draft should name speakers the built-in registry lacks")
	}
	for name, d := range map[string]*ingest.Draft{"2022-02-01-seed-draft.md": seedDraft(t), "2023-11-04-storm-draft.md": storm} {
		if err := os.WriteFile(filepath.Join(dir, name), d.Markdown(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ps := briefings.Lint(os.DirFS(dir))
	if errs := ps.Errors(); len(errs) > 0 {
		t.Fatalf("lint rejects the drafts:\n%v", errs)
	}
	warned := false
	for _, p := range ps {
		if p.File == "2023-11-04-storm-draft.md" && strings.Contains(p.Msg, "before publishing") {
			warned = true
		}
		if p.File == "2022-02-01-seed-draft.md" {
			t.Errorf("the seed draft names only registry speakers and topics, yet: %v", p)
		}
	}
	if !warned {
		t.Errorf("want warnings for the storm draft's new speakers, got %v", ps)
	}
}

// TestConcurrentDrafts: one Ingester serves many articles at once (run
// with -race).
func TestConcurrentDrafts(t *testing.T) {
	t.Parallel()
	in := ingest.New(testRegistry(t))
	files, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	want := map[string]string{}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		a, err := ingest.Read(data, "text/plain", "")
		if err != nil {
			t.Fatal(err)
		}
		d, err := in.Draft(a, ingest.Options{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		want[f] = string(d.Markdown())
	}
	done := make(chan error)
	for _, f := range files {
		go func() {
			data, _ := os.ReadFile(f)
			a, err := ingest.Read(data, "text/plain", "")
			if err == nil {
				var d *ingest.Draft
				if d, err = in.Draft(a, ingest.Options{Now: fixedNow}); err == nil && string(d.Markdown()) != want[f] {
					err = errors.New(f + ": a different draft when made concurrently")
				}
			}
			done <- err
		}()
	}
	for range files {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
