package bot_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

func TestMemStoreFeedsBasic(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := bot.NewMemStore()
	t0 := time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC)
	f, err := s.AddFeed(ctx, bot.Feed{Platform: bot.Slack, Workspace: "T1", Channel: "C1", URL: "https://example.com/feed", Topics: []string{"ukraine"}, At: t0, FeedState: bot.FeedState{Next: t0}})
	if err != nil {
		t.Fatalf("AddFeed: %v", err)
	}
	if _, err := s.AddFeed(ctx, bot.Feed{Platform: bot.Slack, Workspace: "T1", Channel: "C1", URL: "https://example.com/feed"}); !errors.Is(err, bot.ErrFeedExists) {
		t.Errorf("second AddFeed = %v, want ErrFeedExists", err)
	}
	got, err := s.ClaimFeeds(ctx, "o1", t0, t0.Add(time.Minute), 10)
	if err != nil || len(got) != 1 || got[0].ID != f.ID {
		t.Fatalf("ClaimFeeds = %v, %v; want the feed", got, err)
	}
	if again, _ := s.ClaimFeeds(ctx, "o2", t0, t0.Add(time.Minute), 10); len(again) != 0 {
		t.Errorf("a second owner claimed %d feeds while the first holds it", len(again))
	}
	if first, err := s.SeeItem(ctx, f.ID, "a", t0); err != nil || !first {
		t.Errorf("SeeItem first = %v, %v; want true", first, err)
	}
	if first, _ := s.SeeItem(ctx, f.ID, "a", t0); first {
		t.Errorf("SeeItem again = true, want false")
	}
	if un, _ := s.UnseenItems(ctx, f.ID, []string{"b", "a", "c"}); len(un) != 2 || un[0] != "b" || un[1] != "c" {
		t.Errorf("UnseenItems = %q, want [b c]", un)
	}
	got[0].Next = t0.Add(time.Hour)
	if err := s.SaveFetch(ctx, "o2", got[0]); !errors.Is(err, bot.ErrFeedLost) {
		t.Errorf("SaveFetch by another owner = %v, want ErrFeedLost", err)
	}
	if err := s.SaveFetch(ctx, "o1", got[0]); err != nil {
		t.Errorf("SaveFetch: %v", err)
	}
	if r, _ := s.Feed(ctx, f.ID); !r.Next.Equal(t0.Add(time.Hour)) {
		t.Errorf("Next after SaveFetch = %v", r.Next)
	}
}
