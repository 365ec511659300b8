package ingest_test

import (
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings/ingest"
)

// storyDates are when the stories of testdata/stories were published
// (their variants within the same day); the tuning and held-out articles
// have none and are compared with everything.
var storyDates = map[string]string{
	"01-port": "2026-03-04", "05-port-inspectors": "2026-03-12", "06-prisoner-lists": "2026-03-03", "13-port-convoy": "2026-04-11",
	"02-rate-cut": "2026-06-12", "07-rate-hold": "2026-07-24", "08-rate-other-bank": "2026-06-13", "14-rate-minutes": "2026-07-03",
	"03-dam": "2026-10-02", "09-dam-inquiry": "2026-10-20", "10-other-flood": "2026-10-03",
	"04-sanctions": "2026-02-18", "11-sanctions-next": "2026-05-06", "12-us-sanctions": "2026-02-19",
}

// apart is how far apart two stories were published; zero when either
// date is unknown.
func apart(a, b storyDoc) time.Duration {
	da, okA := storyDates[a.story]
	db, okB := storyDates[b.story]
	if !okA || !okB {
		return 0
	}
	ta, _ := time.Parse(time.DateOnly, da)
	tb, _ := time.Parse(time.DateOnly, db)
	return max(ta.Sub(tb), tb.Sub(ta))
}

// storyDoc is an article of the story test set.
type storyDoc struct {
	name  string // path under testdata
	story string // the story it tells: same story, same value
	print []uint64
}

// storySet reads testdata/stories (a file NN-name.variant.txt tells story
// NN-name) and every article of the tuning and held-out sets (each its
// own story: they are different events, many on one topic).
func storySet(t testing.TB) []storyDoc {
	t.Helper()
	var docs []storyDoc
	dirs, err := filepath.Glob("testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			ext := filepath.Ext(f)
			if ext != ".txt" && ext != ".html" {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := ingest.Read(data, "", "https://example.com/"+filepath.Base(f))
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			name := strings.TrimPrefix(f, "testdata"+string(filepath.Separator))
			story := name
			if filepath.Base(dir) == "stories" {
				story, _, _ = strings.Cut(filepath.Base(f), ".")
			}
			docs = append(docs, storyDoc{name: name, story: story, print: ingest.ArticlePrint(a)})
		}
	}
	return docs
}

// TestSameStory is the measurement behind ingest.SameStory: every pair of
// the story set is classified by it, the pairs of one story at or above
// it, all others below, and the distribution of both is logged.
func TestSameStory(t *testing.T) {
	t.Parallel()
	docs := storySet(t)
	type pair struct {
		a, b    string
		overlap float64
	}
	var same, different, later []pair
	for i, a := range docs {
		if len(a.print) == 0 {
			t.Errorf("%s has no print", a.name)
		}
		for _, b := range docs[i+1:] {
			p := pair{a.name, b.name, ingest.StoryOverlap(a.print, b.print)}
			if apart(a, b) > ingest.StoryWindow {
				if a.story == b.story {
					t.Fatalf("%s and %s are one story %v apart", a.name, b.name, apart(a, b))
				}
				later = append(later, p)
				continue
			}
			if a.story == b.story {
				same = append(same, p)
			} else {
				different = append(different, p)
			}
		}
	}
	if len(same) < 12 || len(different) < 30 {
		t.Errorf("%d same-story and %d different-story pairs: the set is too small to measure", len(same), len(different))
	}
	byOverlap := func(ps []pair) {
		sort.Slice(ps, func(i, j int) bool { return ps[i].overlap < ps[j].overlap })
	}
	byOverlap(same)
	byOverlap(different)
	for _, p := range same {
		if p.overlap < ingest.SameStory {
			t.Errorf("same story, overlap %.3f < %.2f: %s ~ %s", p.overlap, ingest.SameStory, p.a, p.b)
		}
	}
	for _, p := range different {
		if p.overlap >= ingest.SameStory {
			t.Errorf("different stories, overlap %.3f >= %.2f: %s ~ %s", p.overlap, ingest.SameStory, p.a, p.b)
		}
	}
	quantiles := func(ps []pair) string {
		q := func(f float64) float64 { return ps[int(math.Round(f*float64(len(ps)-1)))].overlap }
		return fmt.Sprintf("min %.3f  p10 %.3f  median %.3f  p90 %.3f  p99 %.3f  max %.3f", q(0), q(0.1), q(0.5), q(0.9), q(0.99), q(1))
	}
	t.Logf("same story:      %5d pairs: %s", len(same), quantiles(same))
	t.Logf("different story: %5d pairs: %s", len(different), quantiles(different))
	t.Logf("threshold %.2f: margin %.3f above the highest different pair, %.3f below the lowest same pair",
		ingest.SameStory, ingest.SameStory-different[len(different)-1].overlap, same[0].overlap-ingest.SameStory)
	for _, p := range same[:min(len(same), 6)] {
		t.Logf("  lowest same:      %.3f  %s ~ %s", p.overlap, p.a, p.b)
	}
	for _, p := range slices.Backward(different[max(0, len(different)-6):]) {
		t.Logf("  highest different: %.3f  %s ~ %s", p.overlap, p.a, p.b)
	}
	// Follow-ups published days later reuse the first story's background
	// paragraphs: they are not compared (the poller looks back only
	// StoryWindow), and these figures say why not.
	byOverlap(later)
	t.Logf("follow-ups more than %v later, not compared: %d pairs: %s", ingest.StoryWindow, len(later), quantiles(later))
	for _, p := range slices.Backward(later[max(0, len(later)-4):]) {
		t.Logf("  highest later:     %.3f  %s ~ %s", p.overlap, p.a, p.b)
	}
}

// TestStoryPrintStable pins what a print is, since prints are stored: the
// words as folded here by hand (curly and straight apostrophes dropped,
// quotes and dashes between words, numbers kept, accents and case
// folded), five at a time joined by spaces, hashed with hash/fnv's
// FNV-1a 64, sorted and unique; and no print for a text of under 25
// words.
func TestStoryPrintStable(t *testing.T) {
	t.Parallel()
	text := "The Minister’s “final offer” — a 3.5% rise — was REJECTED by Oren's négociateurs on Tuesday,\n\n" +
		"officials said… The minister's final offer was rejected again on Wednesday, and the talks end on Friday (probably)."
	words := strings.Fields("the ministers final offer a 3 5 rise was rejected by orens negociateurs on tuesday " +
		"officials said the ministers final offer was rejected again on wednesday and the talks end on friday probably")
	var want []uint64
	for i := 0; i+5 <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+5], " ")))
		want = append(want, h.Sum64())
	}
	slices.Sort(want)
	want = slices.Compact(want)
	if got := ingest.StoryPrint(text); !slices.Equal(got, want) {
		t.Errorf("StoryPrint:\n got %x\nwant %x", got, want)
	}
	if got := ingest.StoryPrint(strings.Join(words[:24], " ")); got != nil {
		t.Errorf("a text of 24 words has a print: %x", got)
	}

	// Only the first StoryWords words count.
	long := strings.Repeat("alpha beta gamma delta epsilon zeta eta theta iota kappa ", 15)
	if a, b := ingest.StoryPrint(long), ingest.StoryPrint(long+" lambda mu nu xi omicron pi"); !slices.Equal(a, b) {
		t.Errorf("words after the first %d changed the print", ingest.StoryWords)
	}
}

// TestStoryOverlap: containment of the smaller print in the larger.
func TestStoryOverlap(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b []uint64
		want float64
	}{
		{nil, []uint64{1}, 0},
		{[]uint64{1}, nil, 0},
		{[]uint64{1, 2, 3, 4}, []uint64{1, 2, 3, 4}, 1},
		{[]uint64{1, 2}, []uint64{1, 2, 3, 4}, 1},
		{[]uint64{1, 2, 3, 4}, []uint64{3, 4, 5, 6}, 0.5},
		{[]uint64{1, 3, 5, 7}, []uint64{2, 4, 6, 8}, 0},
		{[]uint64{5, 1 << 63, math.MaxUint64}, []uint64{1, math.MaxUint64}, 0.5},
	}
	for _, tc := range tests {
		if got := ingest.StoryOverlap(tc.a, tc.b); got != tc.want {
			t.Errorf("StoryOverlap(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// BenchmarkStoryPrint prints a 5 KB article's body.
func BenchmarkStoryPrint(b *testing.B) {
	data, err := os.ReadFile("testdata/stories/01-port.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	for len(text) < 5<<10 {
		text += "\n\n" + string(data)
	}
	text = text[:5<<10]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ingest.StoryPrint(text)
	}
}
