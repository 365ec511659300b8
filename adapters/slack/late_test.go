package slack

import (
	"context"
	"strings"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// stalledStore is a subscription store that never answers: each call waits until its context
// ends, as a store behind a dead network connection would.
type stalledStore struct{ *bot.MemStore }

func (stalledStore) Subscriptions(ctx context.Context, _ bot.ChannelKey) ([]bot.Subscription, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// TestLateAnswerIsDelivered: a command that runs into its time limit (here, a store that
// stalls) still gets what it ended with to the asker through response_url, though the time it
// had is used up; and a command that does not stop in time gets the asker an apology rather
// than nothing.
func TestLateAnswerIsDelivered(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		cmd   string
		text  string
		stall func(release <-chan struct{}) func(ctx context.Context)
		want  string // the late message says this
	}{
		{"the store stalls until the deadline", "/subscriptions", "", nil, "subscription store"},
		{"a command answers at its deadline", "/status", "ukraine", func(<-chan struct{}) func(context.Context) {
			return func(ctx context.Context) { <-ctx.Done() }
		}, "Ukraine:"},
		{"a command ignores its deadline", "/status", "ukraine", func(release <-chan struct{}) func(context.Context) {
			return func(context.Context) { <-release }
		}, "took too long"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ta := newTestApp(t, func(a *App) {
				a.AckAfter = 20 * time.Millisecond
				a.LateLimit = 200 * time.Millisecond
			})
			ta.h.Bot.Store = stalledStore{bot.NewMemStore()}
			release := make(chan struct{})
			t.Cleanup(func() { close(release) })
			if tc.stall != nil {
				ta.h.stall = tc.stall(release)
			}
			resp, body := ta.do(ta.signed("/slack/commands", ta.command(tc.cmd, tc.text, "U1")))
			if resp.StatusCode != 200 || len(body) != 0 {
				t.Fatalf("acknowledgement: %s %q", resp.Status, body)
			}
			ta.wait()
			posts := ta.replies.posts()
			if len(posts) != 1 {
				t.Fatalf("%d posts to response_url, want 1", len(posts))
			}
			if m := checkMessage(t, posts[0]); !strings.Contains(m.all(), tc.want) {
				t.Errorf("the late message does not say %q:\n%s", tc.want, m.all())
			}
		})
	}
}

// TestStalledClickGetsAnApology: a button whose command does not finish in time answers the
// person who clicked with an apology.
func TestStalledClickGetsAnApology(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, func(a *App) { a.LateLimit = 200 * time.Millisecond })
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	ta.h.stall = func(context.Context) { <-release }
	bt := &slackapi.ButtonBlockElement{ActionID: actionRun + "_0", Value: "/quote putin", Text: &slackapi.TextBlockObject{Text: "More from Putin"}}
	ta.do(ta.signed("/slack/interactions", ta.click(bt, false)))
	ta.wait()
	posts := ta.replies.posts()
	if len(posts) != 1 {
		t.Fatalf("%d posts to response_url, want 1", len(posts))
	}
	if m := checkMessage(t, posts[0]); m.ResponseType != "ephemeral" || !strings.Contains(m.all(), "took too long") {
		t.Errorf("the clicker was told %s: %s", m.ResponseType, m.all())
	}
}
