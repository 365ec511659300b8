package postgres_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/bot"
)

// TestFeedReplicas: three replicas (three stores, three connection pools)
// poll the same 200 feeds through one schema, as the poller does: claim,
// see each item, save. Every item of every feed is first seen by exactly
// one replica (so drafted once), no feed is in two replicas' hands at
// once, and the drafts counted through SaveFetch add up.
func TestFeedReplicas(t *testing.T) {
	t.Parallel()
	const (
		feeds, items, rounds = 200, 5, 3
		interval             = 15 * time.Minute
	)
	u := pgtest.FreshSchema(t)
	t0 := time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC)
	setup := openStore(t, u)
	defer setup.Close()
	ids := make([]int64, feeds)
	for i := range feeds {
		f, err := setup.AddFeed(t.Context(), bot.Feed{
			Platform: bot.Slack, Workspace: "T1", Channel: fmt.Sprintf("C%d", i%10),
			URL: fmt.Sprintf("https://example.com/%d.xml", i), At: t0, FeedState: bot.FeedState{Next: t0},
		})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = f.ID
	}

	var (
		mu      sync.Mutex
		holder  = map[int64]string{}    // feed -> replica holding it, by its own account
		firsts  = map[string][]string{} // "feed/item" -> replicas told first
		fetches = map[int64]int{}       // feed -> fetches saved
		perRep  = map[string]int{}      // replica -> fetches saved
		bad     []string                // violations, in words
	)
	failf := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		bad = append(bad, fmt.Sprintf(format, args...))
	}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for r := range 3 {
		name := fmt.Sprintf("replica-%d", r)
		s := openStore(t, u)
		defer s.Close()
		wg.Go(func() {
			<-start
			for round := range rounds {
				now := t0.Add(time.Duration(round) * interval)
				for {
					fs, err := s.ClaimFeeds(t.Context(), name, now, now.Add(time.Hour), 7)
					if err != nil {
						failf("%s: ClaimFeeds: %v", name, err)
						return
					}
					if len(fs) == 0 {
						break
					}
					mu.Lock()
					for _, f := range fs {
						if h, held := holder[f.ID]; held {
							bad = append(bad, fmt.Sprintf("feed %d handed to %s while %s holds it", f.ID, name, h))
						}
						holder[f.ID] = name
					}
					mu.Unlock()
					for _, f := range fs {
						for k := 1; k <= items; k++ {
							key := fmt.Sprintf("https://example.com/%d/item/%d", f.ID, k)
							first, err := s.SeeItem(t.Context(), f.ID, key, now)
							if err != nil {
								failf("%s: SeeItem: %v", name, err)
								continue
							}
							if first {
								f.Drafts++
								mu.Lock()
								firsts[fmt.Sprintf("%d/%d", f.ID, k)] = append(firsts[fmt.Sprintf("%d/%d", f.ID, k)], name)
								mu.Unlock()
							}
						}
						f.Primed, f.LastFetch, f.LastOK, f.Next = true, now, now, now.Add(interval)
						// Let go by our own account first: from the moment
						// SaveFetch commits, another replica may claim it.
						mu.Lock()
						delete(holder, f.ID)
						mu.Unlock()
						if err := s.SaveFetch(t.Context(), name, f); err != nil {
							failf("%s: SaveFetch of feed %d: %v", name, f.ID, err)
							continue
						}
						mu.Lock()
						fetches[f.ID]++
						perRep[name]++
						mu.Unlock()
					}
				}
			}
		})
	}
	close(start)
	wg.Wait()
	for _, b := range bad {
		t.Error(b)
	}
	for _, id := range ids {
		for k := 1; k <= items; k++ {
			if got := firsts[fmt.Sprintf("%d/%d", id, k)]; len(got) != 1 {
				t.Errorf("feed %d item %d was first for %v, want exactly one replica", id, k, got)
			}
		}
		if n := fetches[id]; n < 1 || n > rounds {
			t.Errorf("feed %d was fetched %d times in %d rounds", id, n, rounds)
		}
		f, err := setup.Feed(t.Context(), id)
		if err != nil {
			t.Fatal(err)
		}
		if f.Drafts != items {
			t.Errorf("feed %d counts %d drafts after SaveFetch, want %d", id, f.Drafts, items)
		}
	}
	t.Logf("fetches per replica: %v", perRep)
}
