package briefings

import (
	"strings"
	"testing"
	"time"
)

func TestQuotesNewestFirstAndFiltered(t *testing.T) {
	t.Parallel()
	c := defaultCatalog(t)
	putin, err := c.Speaker("putin")
	if err != nil {
		t.Fatal(err)
	}
	all := c.QuotesBy(putin)
	if len(all) != 4 {
		t.Fatalf("Putin has %d quotes, want the article's 4", len(all))
	}
	got, total := c.QuotesMatching(putin, "NATO", 10)
	if total != 2 || len(got) != 2 {
		t.Fatalf("quotes mentioning NATO: %d (total %d), want 2", len(got), total)
	}
	for _, q := range got {
		if !strings.Contains(q.Text, "NATO") {
			t.Errorf("%q does not mention NATO", q.Text)
		}
	}
	if _, total := c.QuotesMatching(putin, "sanctions europe", 10); total != 1 {
		t.Errorf("sanctions+europe: %d quotes, want 1 (every word must match)", total)
	}
	if _, total := c.QuotesMatching(putin, "zebra", 10); total != 0 {
		t.Errorf("zebra: %d quotes, want 0", total)
	}
	if got, total := c.QuotesMatching(putin, "", 2); len(got) != 2 || total != 4 {
		t.Errorf("no words, limit 2: got %d of %d", len(got), total)
	}
}

func TestSearchRanksByRelevance(t *testing.T) {
	t.Parallel()
	reg := &Registry{
		Topics:   []*Topic{{ID: "t", Name: "T"}},
		Speakers: []*Speaker{{ID: "s", Name: "S"}},
	}
	mk := func(id, title, summary string, daysAgo int) *Briefing {
		d := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -daysAgo)
		return &Briefing{ID: id, Title: title, Summary: summary, Date: d, Updated: d, Topics: reg.Topics}
	}
	bs := []*Briefing{
		mk("passing", "Budget news", "The budget mentions missiles once among many other long words about farming, roads, schools and hospitals.", 0),
		mk("focused", "Missile talks", "Missiles, missiles: the talks were about missiles and missile deployment.", 5),
		mk("none", "Farming", "Nothing about weapons at all.", 1),
	}
	c := NewCatalog(reg, bs)
	hits, total := c.Search("missiles", 10)
	if total != 2 {
		t.Fatalf("total %d, want 2", total)
	}
	if hits[0].Briefing.ID != "focused" || hits[1].Briefing.ID != "passing" {
		t.Errorf("order %s, %s; want the briefing about missiles first although it is older", hits[0].Briefing.ID, hits[1].Briefing.ID)
	}
	if !(hits[0].Score > hits[1].Score) {
		t.Errorf("scores %v, %v not decreasing", hits[0].Score, hits[1].Score)
	}
	// Plural and singular, and case, meet.
	if _, total := c.Search("MISSILE", 10); total != 2 {
		t.Errorf("MISSILE matched %d, want 2", total)
	}
	if hits, _ := c.Search("the and of", 10); len(hits) != 0 {
		t.Errorf("stop words matched %d", len(hits))
	}
}

func TestSearchDefaultCorpus(t *testing.T) {
	t.Parallel()
	c := defaultCatalog(t)
	hits, _ := c.Search("missiles", 5)
	if len(hits) == 0 || hits[0].Briefing == nil || hits[0].Briefing.ID != "2022-02-01-missile-ban-proposal" {
		t.Fatalf("missiles: %+v", hits)
	}
	hits, _ = c.Search("fight NATO", 5)
	if len(hits) == 0 || hits[0].Quote == nil || !strings.Contains(hits[0].Quote.Text, "fight NATO") {
		t.Errorf("fight NATO: best hit is not the quote: %+v", hits[0])
	}
}

func TestSince(t *testing.T) {
	t.Parallel()
	c := defaultCatalog(t)
	ukr, _ := c.Topic("ukraine")
	day := time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)
	if got := c.Since([]*Topic{ukr}, day.Add(-time.Hour)); len(got) != 2 {
		t.Errorf("since the day before: %d briefings on Ukraine, want 2", len(got))
	}
	if got := c.Since([]*Topic{ukr}, day); len(got) != 0 {
		t.Errorf("since the day itself: %d, want 0", len(got))
	}
	if got := c.Since(nil, time.Time{}); len(got) != 3 {
		t.Errorf("all since ever: %d, want 3", len(got))
	}
}

func TestLiveSwap(t *testing.T) {
	t.Parallel()
	a := defaultCatalog(t)
	b := NewCatalog(&Registry{}, nil)
	l := NewLive(a)
	if l.Catalog() != a {
		t.Fatal("not serving the first catalog")
	}
	l.Swap(b)
	if l.Catalog() != b {
		t.Fatal("not serving the swapped catalog")
	}
}
