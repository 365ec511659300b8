package bot_test

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestBackdatedBriefingIsPostedOnce: the 08:00 post carries a briefing
// dated 2 March; at 10:00 a curator files news dated 1 March. It is new to
// the channel, so the next day's post carries it, once.
func TestBackdatedBriefingIsPostedOnce(t *testing.T) {
	t.Parallel()
	first := brief{id: "mar2", date: "2026-03-02", topics: []string{"ukraine"}, quotes: []string{"ann: Words of the second"}}
	h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, first))
	h.mustDo("/subscribe ukraine at 08:00")
	h.runTo(utc(2026, 3, 2, 10, 0), time.Minute)
	h.live.Swap(catalog(t, first, brief{id: "mar1", date: "2026-03-01", topics: []string{"ukraine"}, quotes: []string{"bo: Words of the first"}}))
	h.runTo(utc(2026, 3, 4, 9, 0), time.Minute)

	got := h.poster.got()
	if len(got) != 3 {
		t.Fatalf("%d posts in three days, want 3", len(got))
	}
	carried := map[string][]int{}
	for i, p := range got {
		for _, s := range p.reply.Sections {
			carried[s.Title] = append(carried[s.Title], i+1)
		}
	}
	if days := carried["1 Mar 2026 · Title of mar1"]; fmt.Sprint(days) != "[2]" {
		t.Errorf("the briefing filed late went out on days %v, want [2] (posts: %v)", days, carried)
	}
	if days := carried["2 Mar 2026 · Title of mar2"]; fmt.Sprint(days) != "[1]" {
		t.Errorf("the first briefing went out on days %v, want [1]", days)
	}
	if r := got[1].reply; r.Text != "1 update on Ukraine since 2 March 2026." {
		t.Errorf("day 2 says %q", r.Text)
	}
	if r := got[2].reply; r.Text != "No new developments on Ukraine since 3 March 2026." {
		t.Errorf("day 3 says %q", r.Text)
	}
}

// TestMovingATopicLaterTheSameDay: /subscribe ukraine at 08:00 posts at
// 08:00; at 08:30 /subscribe ukraine at 09:00 moves it. Today's briefing
// has gone out, so the 09:00 one starts tomorrow, carrying on from it: no
// repeat of what was posted, nor of the quote of the day.
func TestMovingATopicLaterTheSameDay(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		move      string
		wantReply string
		wantPosts []time.Time
	}{
		{"to a new time", "/subscribe ukraine at 09:00",
			"The first arrives tomorrow at 09:00 UTC. Today's has already been made.",
			[]time.Time{utc(2026, 3, 2, 8, 0), utc(2026, 3, 3, 9, 0)}},
		{"to a new zone's morning", "/subscribe ukraine at 10:00 tz Europe/Berlin",
			"The first arrives tomorrow at 10:00 CET. Today's has already been made.",
			[]time.Time{utc(2026, 3, 2, 8, 0), utc(2026, 3, 3, 9, 0)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
			h.mustDo("/subscribe ukraine at 08:00")
			h.runTo(utc(2026, 3, 2, 8, 30), time.Minute)
			r := h.mustDo(tc.move)
			if !strings.Contains(r.Text, tc.wantReply) {
				t.Errorf("the move answers:\n%s\nwant it to say %q", r.Text, tc.wantReply)
			}
			h.runTo(utc(2026, 3, 3, 12, 0), time.Minute)
			got := h.poster.got()
			var at []time.Time
			for _, p := range got {
				at = append(at, p.at)
			}
			if fmt.Sprint(at) != fmt.Sprint(tc.wantPosts) {
				t.Fatalf("posts at %v, want %v", at, tc.wantPosts)
			}
			second := got[1].reply
			if second.Text != "No new developments on Ukraine since 2 March 2026." {
				t.Errorf("the moved briefing's first post says %q; it should carry on from the last one", second.Text)
			}
			if got[0].reply.Quotes[0].Text == second.Quotes[0].Text {
				t.Errorf("the quote of the day repeats after the move: %q", second.Quotes[0].Text)
			}
		})
	}
}

// TestMovingATopicIntoAnExistingBriefing: ukraine, posted at 08:00, joins
// the channel's 18:00 NATO briefing. That one keeps its time (NATO is due),
// and carries ukraine on from the morning's post instead of repeating it.
func TestMovingATopicIntoAnExistingBriefing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, ukraineCatalog...))
	h.mustDo("/subscribe ukraine at 08:00")
	h.mustDo("/subscribe nato at 18:00")
	h.runTo(utc(2026, 3, 2, 8, 30), time.Minute)
	h.mustDo("/subscribe ukraine at 18:00")
	h.runTo(utc(2026, 3, 2, 18, 30), time.Minute)
	got := h.poster.got()
	if len(got) != 2 {
		t.Fatalf("%d posts, want 2 (08:00 ukraine, 18:00 NATO and ukraine)", len(got))
	}
	evening := got[1].reply
	for _, s := range evening.Sections {
		if strings.Contains(s.Title, "Title of b1") {
			t.Errorf("the evening post repeats the morning's Ukraine briefing: %v", evening.Sections)
		}
	}
	if got[0].reply.Quotes[0].Text == evening.Quotes[0].Text {
		t.Errorf("the evening repeats the morning's quote of the day %q", evening.Quotes[0].Text)
	}
}
