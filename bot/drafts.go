package bot

import (
	"context"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// /drafts, and the sweep that discards drafts nobody touches.

// maxListed is how many drafts /drafts shows, each with its button.
const maxListed = 20

// DraftKeep is how long a closed draft (published, discarded, expired)
// stays in the store, so that a late click on its card is told who closed
// it, before it is purged.
const DraftKeep = 30 * 24 * time.Hour

func listDrafts(ctx context.Context, b *Bot, _ *briefings.Catalog, req Request) Reply {
	if b.Drafts == nil {
		return Reply{Kind: Refused, Title: "Drafting is off", Text: "This bot has no store for drafts. Its administrator can turn it on with DATABASE_URL."}
	}
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	ds, err := b.Drafts.OpenDrafts(sctx, req.Platform, req.Workspace)
	if err != nil {
		b.logger().Error("listing drafts", "request_id", req.ID, "err", err)
		return storeFailed()
	}
	if len(ds) == 0 {
		return Reply{Kind: Answer, Title: "No drafts waiting", Text: "Nobody here has a draft waiting for review. " + req.cmd("/draft <link>") + " drafts a briefing from an article."}
	}
	now := b.now()
	r := Reply{Kind: Answer, Title: fmt.Sprintf("Drafts waiting for review (%d)", len(ds))}
	sec := Section{Title: "Next to be discarded first"}
	for i, d := range ds {
		if i == maxListed {
			r.Note = fmt.Sprintf("%d more, changed more recently, are not listed. ", len(ds)-maxListed)
			break
		}
		detail := fmt.Sprintf("Drafted by %s %s from %s", person(d.ByName, d.By), b.when(d.At), source(d))
		if d.Version > 1 {
			detail += fmt.Sprintf("; last changed by %s %s", person(d.ChangedByName, d.ChangedBy), b.when(d.Changed))
		}
		if left := d.Changed.Add(DraftTTL).Sub(now); left <= 3*24*time.Hour {
			detail = discardedIn(left) + ". " + detail
		}
		sec.Items = append(sec.Items, Item{Text: d.Content.Title, Detail: detail + "."})
		r.Actions = append(r.Actions, Action{Label: "Show: " + clip(d.Content.Title, 60), Do: fmt.Sprintf("show:%d", d.ID)})
	}
	r.Sections = []Section{sec}
	r.Note += fmt.Sprintf("A draft nobody changes for %d days is discarded.", DraftTTLDays)
	return r
}

// source names where a draft came from, for lists.
func source(d Draft) string {
	if o := d.Content.Source.Outlet; o != "" {
		return o
	}
	return d.URL
}

// discardedIn says when a draft will be discarded, left from now.
func discardedIn(left time.Duration) string {
	switch {
	case left <= 0:
		return "Discarded at the next sweep unless someone changes it"
	case left < 24*time.Hour:
		h := int((left + time.Hour - 1) / time.Hour)
		return fmt.Sprintf("Discarded in %s unless someone changes it", countWord(h, "hour", "hours"))
	}
	days := int((left + 24*time.Hour - 1) / (24 * time.Hour))
	return fmt.Sprintf("Discarded in %s unless someone changes it", countWord(days, "day", "days"))
}

// Expirer is the actor a draft's expiry is recorded under.
const Expirer = "briefbot"

// SweepDrafts discards the drafts nobody changed for DraftTTL, purges
// the drafts closed more than DraftKeep ago and the story fingerprints
// older than StoryKeep. Replicas may sweep at once:
// each draft expires once (the store's write is conditional).
func (b *Bot) SweepDrafts(ctx context.Context) error {
	if b.Drafts == nil {
		return nil
	}
	now := b.now()
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	defer cancel()
	gone, err := b.Drafts.ExpireDrafts(sctx, now.Add(-DraftTTL), Expirer, now)
	if err != nil {
		return fmt.Errorf("expiring drafts: %w", err)
	}
	for _, d := range gone {
		b.event("expired")
		b.logger().Info("draft discarded: unchanged for too long", "draft", d.ID, "platform", d.Platform, "workspace", d.Workspace, "days", DraftTTLDays)
	}
	n, err := b.Drafts.PurgeDrafts(sctx, now.Add(-DraftKeep))
	if err != nil {
		return fmt.Errorf("purging closed drafts: %w", err)
	}
	if n > 0 {
		b.logger().Info("closed drafts purged", "drafts", n)
	}
	if b.Feeds != nil {
		// Stories are matched within ingest.StoryWindow; a week leaves
		// room for clocks and for a sweep missed while the bot was down.
		n, err := b.Feeds.PurgeStories(sctx, now.Add(-StoryKeep))
		if err != nil {
			return fmt.Errorf("purging old stories: %w", err)
		}
		if n > 0 {
			b.logger().Info("old story fingerprints purged", "stories", n)
		}
	}
	return nil
}

// StoryKeep is how long a drafted story's fingerprint is kept for matching
// the same story from another feed: well past ingest.StoryWindow.
const StoryKeep = 7 * 24 * time.Hour

// RunDraftSweeper sweeps drafts every interval on clock until ctx ends; a
// failed sweep is logged and tried again at the next.
func (b *Bot) RunDraftSweeper(ctx context.Context, clock Clock, every time.Duration) error {
	if clock == nil {
		clock = SystemClock{}
	}
	for {
		if err := b.SweepDrafts(ctx); err != nil && ctx.Err() == nil {
			b.logger().Warn("sweeping drafts; trying again later", "err", err, "in", every)
		}
		if err := sleep(ctx, clock, every); err != nil {
			return nil
		}
	}
}
