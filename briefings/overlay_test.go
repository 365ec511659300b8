package briefings_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/corpusgen"
)

// TestOverlayMatchesRebuild makes random changes over a generated catalog,
// the way published, edited and retracted briefings arrive, and after each
// one compares every lookup of the catalog with changes against a catalog
// built from scratch from the same briefings (with the base's mean
// document length, which an overlay keeps): briefing lists, topics,
// quotes in order with repeats collapsed, word filters, search hits with
// their scores, names added to the registry.
func TestOverlayMatchesRebuild(t *testing.T) {
	t.Parallel()
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			checkOverlay(t, seed)
		})
	}
}

func checkOverlay(t *testing.T, seed uint64) {
	reg, bs, words := corpusgen.Generate(300, 3000, seed)
	r := rand.New(rand.NewPCG(seed, 7))
	// Repeats: the same words by the same speaker in two briefings, which the
	// catalog serves once.
	for range 20 {
		from, to := bs[r.IntN(len(bs))], bs[r.IntN(len(bs))]
		if len(from.Quotes) == 0 || from == to {
			continue
		}
		q := *from.Quotes[0]
		q.Briefing = to
		to.Quotes = append(to.Quotes, &q)
	}
	base := briefings.NewCatalog(reg, bs)
	avg := base.AvgLen()

	current := map[string]*briefings.Briefing{}
	for _, b := range bs {
		current[b.ID] = b
	}
	put := map[string]*briefings.Briefing{}
	var addS []*briefings.Speaker
	var addT []*briefings.Topic
	speakers := slices.Clone(reg.Speakers)
	topics := slices.Clone(reg.Topics)
	var gone []*briefings.Briefing
	serial := 0
	sentence := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = words[r.IntN(200)]
		}
		return strings.Join(ws, " ")
	}
	makeBriefing := func(id string, like *briefings.Briefing) *briefings.Briefing {
		serial++
		d := time.Date(2000+r.IntN(25), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		if like != nil && r.IntN(2) == 0 {
			d = like.Date // same day: ties broken by update and id
		}
		b := &briefings.Briefing{ID: id, Title: "Changed " + sentence(5), Date: d, Updated: d.Add(time.Duration(serial) * time.Minute),
			Summary: sentence(40), Origin: briefings.OriginStore}
		b.Topics = []*briefings.Topic{topics[r.IntN(len(topics))]}
		b.Points = []briefings.KeyPoint{{Text: sentence(12)}}
		for range r.IntN(6) {
			s := speakers[r.IntN(len(speakers))]
			text := sentence(15)
			if r.IntN(4) == 0 {
				// The same words as a quote served elsewhere.
				if qs := base.QuotesBy(s); len(qs) > 0 {
					text = qs[r.IntN(len(qs))].Text
				}
			}
			said := d
			if r.IntN(3) == 0 && like != nil && len(like.Quotes) > 0 {
				said = like.Quotes[0].Said
			}
			q := &briefings.Quote{Speaker: s, Text: text, Context: sentence(6), Said: said, Briefing: b}
			q.ID = briefings.QuoteID(s.ID, q.Text)
			b.Quotes = append(b.Quotes, q)
		}
		return b
	}

	for step := range 40 {
		ids := make([]string, 0, len(current))
		for id := range current {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		switch op := r.IntN(10); {
		case op < 4: // an edit
			id := ids[r.IntN(len(ids))]
			b := makeBriefing(id, current[id])
			current[id], put[id] = b, b
		case op < 6: // a retraction
			id := ids[r.IntN(len(ids))]
			gone = append(gone, current[id])
			delete(current, id)
			put[id] = nil
		case op < 7 && len(gone) > 0: // published again as it was
			b := gone[len(gone)-1]
			gone = gone[:len(gone)-1]
			current[b.ID], put[b.ID] = b, b
		case op < 8: // new registry entries, and a briefing naming them
			s := &briefings.Speaker{ID: fmt.Sprintf("new-speaker-%d", step), Name: fmt.Sprintf("Newcomer %d Zed", step), Kind: "person", Aliases: []string{fmt.Sprintf("Zed%d", step)}}
			tp := &briefings.Topic{ID: fmt.Sprintf("new-topic-%d", step), Name: fmt.Sprintf("Fresh topic %d", step), Description: "New."}
			addS, addT = append(addS, s), append(addT, tp)
			speakers, topics = append(speakers, s), append(topics, tp)
			b := makeBriefing(fmt.Sprintf("new-%d", step), nil)
			if !b.HasTopic(tp) {
				b.Topics = append(b.Topics, tp)
			}
			q := &briefings.Quote{Speaker: s, Text: "Newcomer words " + sentence(8), Said: b.Date, Briefing: b}
			q.ID = briefings.QuoteID(s.ID, q.Text)
			b.Quotes = append(b.Quotes, q)
			current[b.ID], put[b.ID] = b, b
		default: // a new briefing
			b := makeBriefing(fmt.Sprintf("new-%d", step), nil)
			current[b.ID], put[b.ID] = b, b
		}
		got := base.WithChanges(put, addS, addT)
		all := make([]*briefings.Briefing, 0, len(current))
		for _, b := range current {
			all = append(all, b)
		}
		want := briefings.NewCatalogAvg(&briefings.Registry{Speakers: speakers, Topics: topics}, all, avg)
		compareCatalogs(t, fmt.Sprintf("step %d", step), got, want, words, r)
		if t.Failed() {
			return
		}
	}
}

func compareCatalogs(t *testing.T, step string, got, want *briefings.Catalog, words []string, r *rand.Rand) {
	t.Helper()
	gb, gq := got.Len()
	wb, wq := want.Len()
	if gb != wb || gq != wq {
		t.Errorf("%s: Len = %d, %d; want %d, %d", step, gb, gq, wb, wq)
	}
	if g, w := briefingIDs(got.Briefings()), briefingIDs(want.Briefings()); !slices.Equal(g, w) {
		t.Errorf("%s: Briefings differ\n got %v\nwant %v", step, g, w)
	}
	for _, b := range want.Briefings() {
		if got.Briefing(b.ID) != b {
			t.Errorf("%s: Briefing(%s) = %v, want the served one", step, b.ID, got.Briefing(b.ID))
		}
	}
	if !slices.Equal(topicIDs(got.Topics()), topicIDs(want.Topics())) || !slices.Equal(speakerIDs(got.Speakers()), speakerIDs(want.Speakers())) {
		t.Errorf("%s: registry differs", step)
	}
	for _, tp := range want.Topics() {
		if g, w := briefingIDs(got.On(tp)), briefingIDs(want.On(tp)); !slices.Equal(g, w) {
			t.Errorf("%s: On(%s) = %v, want %v", step, tp.ID, g, w)
		}
		if g, err := got.Topic(tp.Name); err != nil || g != tp {
			t.Errorf("%s: Topic(%q) = %v, %v", step, tp.Name, g, err)
		}
	}
	for _, s := range want.Speakers() {
		wqs := want.QuotesBy(s)
		if g, w := quotePtrs(got.QuotesBy(s)), quotePtrs(wqs); !slices.Equal(g, w) {
			t.Errorf("%s: QuotesBy(%s): %d quotes, want %d, or in another order", step, s.ID, len(g), len(w))
		}
		for _, q := range wqs {
			if got.Quote(q.ID) != q {
				t.Errorf("%s: Quote(%s) is not the served quote", step, q.ID)
			}
		}
		if sp, err := got.Speaker(s.Aliases[0]); err != nil || sp != s {
			t.Errorf("%s: Speaker(%q) = %v, %v", step, s.Aliases[0], sp, err)
		}
		for _, w := range []string{words[r.IntN(50)], words[r.IntN(50)] + " " + words[r.IntN(50)]} {
			gm, gn := got.QuotesMatching(s, w, 4)
			wm, wn := want.QuotesMatching(s, w, 4)
			if gn != wn || !slices.Equal(quotePtrs(gm), quotePtrs(wm)) {
				t.Errorf("%s: QuotesMatching(%s, %q) = %d (%d shown), want %d (%d shown)", step, s.ID, w, gn, len(gm), wn, len(wm))
			}
		}
	}
	for _, b := range got.Briefings() {
		for _, q := range b.Quotes {
			if want.Quote(q.ID) != got.Quote(q.ID) {
				t.Errorf("%s: Quote(%s) differs", step, q.ID)
			}
		}
	}
	for _, w := range []string{words[0], words[7], words[r.IntN(100)], words[r.IntN(2000)], words[r.IntN(100)] + " " + words[r.IntN(300)], "newcomer words", "changed"} {
		gh, gn := got.Search(w, 10)
		wh, wn := want.Search(w, 10)
		if gn != wn || len(gh) != len(wh) {
			t.Errorf("%s: Search(%q) = %d hits of %d, want %d of %d", step, w, len(gh), gn, len(wh), wn)
			continue
		}
		for i := range gh {
			if gh[i] != wh[i] {
				t.Errorf("%s: Search(%q) hit %d = %v, want %v", step, w, i, hitText(gh[i]), hitText(wh[i]))
				break
			}
		}
	}
	since := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	if g, w := briefingIDs(got.Since(nil, since)), briefingIDs(want.Since(nil, since)); !slices.Equal(g, w) {
		t.Errorf("%s: Since differs", step)
	}
	if !got.Newest().Equal(want.Newest()) {
		t.Errorf("%s: Newest = %v, want %v", step, got.Newest(), want.Newest())
	}
}

func hitText(h briefings.Hit) string {
	if h.Briefing != nil {
		return fmt.Sprintf("briefing %s (%g)", h.Briefing.ID, h.Score)
	}
	return fmt.Sprintf("quote %s of %s (%g)", h.Quote.ID, h.Quote.Briefing.ID, h.Score)
}

func briefingIDs(bs []*briefings.Briefing) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.ID
	}
	return out
}

func topicIDs(ts []*briefings.Topic) []string {
	out := make([]string, len(ts))
	for i, x := range ts {
		out[i] = x.ID
	}
	return out
}

func speakerIDs(ss []*briefings.Speaker) []string {
	out := make([]string, len(ss))
	for i, x := range ss {
		out[i] = x.ID
	}
	return out
}

func quotePtrs(qs []*briefings.Quote) []*briefings.Quote { return qs }
