package bot_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// TestSweepPurgesOldStories: the draft sweep also clears story fingerprints
// older than StoryKeep, so a workspace's feeds do not grow the stories table
// for ever, and keeps the younger ones that matching still reads.
func TestSweepPurgesOldStories(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 3, 10, 8, 0, 0, 0, time.UTC)
	s := bot.NewMemStore()
	b := &bot.Bot{Drafts: s, Feeds: s, Now: func() time.Time { return now }}
	for i, age := range []time.Duration{bot.StoryKeep + time.Minute, bot.StoryKeep - time.Minute, time.Hour} {
		st := bot.Story{Platform: bot.Slack, Workspace: "T1", Draft: int64(i + 1), Channel: "C1", Print: []uint64{uint64(i)}, At: now.Add(-age)}
		if err := s.AddStory(t.Context(), st); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.SweepDrafts(t.Context()); err != nil {
		t.Fatal(err)
	}
	got, err := s.Stories(t.Context(), bot.Slack, "T1", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var drafts []int64
	for _, st := range got {
		drafts = append(drafts, st.Draft)
	}
	if len(drafts) != 2 || drafts[0] != 3 || drafts[1] != 2 {
		t.Errorf("stories after the sweep: drafts %v, want [3 2] (the one older than %v purged)", drafts, bot.StoryKeep)
	}
}
