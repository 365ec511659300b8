package bot

import (
	"context"
	"time"
)

// PauseWorkspace pauses the daily briefings of every channel of a
// workspace, with reason as what /subscriptions says about them. An adapter
// calls it when the bot can no longer post there (the workspace removed
// the app), rather than let each post fail in turn. ResumeWorkspace with
// the same reason undoes it; briefings paused for another reason (the bot
// was removed from the channel) stay paused.
func (b *Bot) PauseWorkspace(ctx context.Context, platform, workspace, reason string) (int, error) {
	if b.Store == nil {
		return 0, nil
	}
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	return b.Store.PauseWorkspace(sctx, platform, workspace, reason)
}

// ResumeWorkspace resumes the daily briefings PauseWorkspace paused with
// reason, each from its next time after now, as /subscribe resumes one:
// never on a date already claimed, whose post was made or tried.
func (b *Bot) ResumeWorkspace(ctx context.Context, platform, workspace, reason string) (int, error) {
	if b.Store == nil {
		return 0, nil
	}
	now := b.now()
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	n, err := b.Store.ResumeWorkspace(sctx, platform, workspace, reason, func(s Subscription) (time.Time, string) {
		return resumeAt(s, now)
	})
	if n > 0 && b.Scheduler != nil {
		b.Scheduler.Wake()
	}
	return n, err
}

// resumeAt is the next post of a paused subscription that resumes at now.
// A zone no longer known posts by UTC here; the scheduler then pauses the
// subscription again, saying why.
func resumeAt(s Subscription, now time.Time) (time.Time, string) {
	loc, err := LoadZone(s.TZ)
	if err != nil {
		loc = time.UTC
	}
	notBefore := s.NextDate
	if s.NextClaimed {
		notBefore = nextDay(s.NextDate)
	}
	return NextPost(now, s.At, loc, notBefore)
}
