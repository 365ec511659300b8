package bot_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// workspacePoster is a Poster with a credential per workspace: it records
// the channel key the scheduler gives it, and Post must not be called.
type workspacePoster struct {
	t  *testing.T
	mu sync.Mutex
	to []bot.ChannelKey
}

func (p *workspacePoster) Post(context.Context, string, bot.Reply) error {
	p.t.Error("Post called on a WorkspacePoster; the scheduler must use PostTo")
	return nil
}

func (p *workspacePoster) PostTo(_ context.Context, ch bot.ChannelKey, _ bot.Reply) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.to = append(p.to, ch)
	return nil
}

// TestWorkspacePosterGetsTheWorkspace: a poster that posts per workspace
// is told each post's whole channel key.
func TestWorkspacePosterGetsTheWorkspace(t *testing.T) {
	t.Parallel()
	h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, brief{id: "b1", date: "2026-03-02", topics: []string{"ukraine"}}))
	wp := &workspacePoster{t: t}
	h.sched = bot.NewScheduler(h.store, h.live, map[string]bot.Poster{bot.Slack: wp})
	h.sched.Clock = h.clock
	h.bot.Scheduler = h.sched
	h.mustDo("/subscribe ukraine at 08:00")
	h.runTo(utc(2026, 3, 2, 8, 1), time.Minute)
	want := bot.ChannelKey{Platform: bot.Slack, Workspace: "T1", Channel: "C1"}
	if len(wp.to) != 1 || wp.to[0] != want {
		t.Errorf("PostTo got %v, want one post to %v", wp.to, want)
	}
}

// TestWorkspacePausedAndResumed: a workspace whose credential is gone is
// paused with a reason /subscriptions shows; resuming it posts again from
// the next time after now, not for the days missed, and leaves alone a
// briefing paused for its own reason.
func TestWorkspacePausedAndResumed(t *testing.T) {
	t.Parallel()
	const reason = "briefbot was removed from this Slack workspace; reinstalling it resumes this briefing"
	h := newHarness(t, utc(2026, 3, 2, 7, 0), catalog(t, brief{id: "b1", date: "2026-03-02", topics: []string{"ukraine"}}))
	h.mustDoIn("C1", "/subscribe ukraine at 08:00")
	h.mustDoIn("C2", "/subscribe ukraine at 09:00")
	if _, err := h.store.UpdateChannel(t.Context(), bot.ChannelKey{Platform: bot.Slack, Workspace: "T1", Channel: "C2"}, func(cur []bot.Subscription) ([]bot.Subscription, error) {
		cur[0].Paused = "the bot is not in this channel"
		return cur, nil
	}); err != nil {
		t.Fatal(err)
	}
	n, err := h.bot.PauseWorkspace(t.Context(), bot.Slack, "T1", reason)
	if err != nil || n != 1 {
		t.Fatalf("PauseWorkspace = %d, %v; want the one active briefing", n, err)
	}
	if got := text(h.mustDoIn("C1", "/subscriptions")); !strings.Contains(got, "reinstalling it resumes this briefing") {
		t.Errorf("/subscriptions does not say why it stopped:\n%s", got)
	}
	h.runTo(utc(2026, 3, 4, 12, 0), 30*time.Minute)
	if n := len(h.poster.got()); n != 0 {
		t.Fatalf("%d posts while the workspace was paused", n)
	}
	n, err = h.bot.ResumeWorkspace(t.Context(), bot.Slack, "T1", reason)
	if err != nil || n != 1 {
		t.Fatalf("ResumeWorkspace = %d, %v; want 1", n, err)
	}
	s := h.subs("C1")[0]
	if s.Paused != "" || !s.Next.Equal(utc(2026, 3, 5, 8, 0)) || s.NextDate != "2026-03-05" {
		t.Errorf("resumed: Paused %q, next %s (%s); want active, next 5 March 08:00", s.Paused, s.Next, s.NextDate)
	}
	if s := h.subs("C2")[0]; s.Paused != "the bot is not in this channel" {
		t.Errorf("the briefing paused for its own reason: Paused %q", s.Paused)
	}
	h.runTo(utc(2026, 3, 5, 8, 1), 30*time.Minute)
	if got := h.poster.got(); len(got) != 1 || got[0].channel != "C1" {
		t.Errorf("after resuming: %d posts, want the one of 5 March in C1", len(got))
	}
}
