package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/briefbot/briefbot/briefings/ingest"
)

// Drafting a feed's item: its article is fetched with the bot's guarded
// Fetcher (as /draft fetches a link), read and drafted by ingest, and
// compared with the stories the workspace drafted in the last StoryWindow.
// The same story (ingest.StoryOverlap of their prints at or above
// ingest.SameStory) joins that draft as a further source and its card is
// updated; a new story becomes a new draft whose card is posted in the
// feed's channel.

// feedActor is who a feed's drafts are by: the feed, not the curator who
// followed it.
func feedActor(f *Feed) string {
	return Actor(f.Platform, f.Workspace, "feed:"+strconv.FormatInt(f.ID, 10))
}

// feedByName names a feed on its drafts' cards ("Drafted by …").
func feedByName(f *Feed) string {
	if f.Title != "" {
		return "the feed “" + f.Title + "”"
	}
	return "the feed " + f.URL
}

// lock returns the mutex that makes one story at a time be matched and
// drafted in a workspace on this replica; storyLock does the same across
// replicas.
func (p *FeedPoller) lock(key string) *sync.Mutex {
	m, _ := p.locks.LoadOrStore(key, &sync.Mutex{})
	return m.(*sync.Mutex)
}

// Story matching across replicas: a workspace's matching is leased in the
// store for storyLease, long enough to draft, post and record one story
// (the card's post is paced and bounded by postTimeout); a replica that
// finds it held asks again every storyRetry, for at most storyWait.
const (
	storyLease = 2 * time.Minute
	storyRetry = 20 * time.Millisecond
	storyWait  = 30 * time.Second
)

// storyLock takes the workspace's story matching in the store, so that two
// replicas drafting one story from two feeds at the same moment make one
// draft: the second waits, then finds the first's story and joins it. It
// returns the function that lets go. A store that cannot be asked, or a
// lease held longer than storyWait (a replica that died holding it lets go
// when its lease ends), is logged and matching goes on unlocked: an item is
// never dropped for it, at worst drafted twice.
//
// The lease is dated by the bot's clock, as every lease in the store is;
// the wait for it is in real time, because what it waits for (another
// replica drafting one story) takes real time, and a test's virtual clock,
// which moves only when the test moves it, would never end it.
func (p *FeedPoller) storyLock(ctx context.Context, log *slog.Logger, f *Feed) func() {
	owner := p.Owner
	if owner == "" {
		owner = "briefbot"
	}
	unlock := func() {
		sctx, cancel := storeCtx(context.WithoutCancel(ctx), p.Bot.StoreTimeout)
		defer cancel()
		if err := p.Store.UnlockStories(sctx, f.Platform, f.Workspace, owner); err != nil {
			log.Warn("feed item: letting go of the workspace's story matching; it is free again when its lease ends", "err", err)
		}
	}
	wait := time.NewTimer(storyWait)
	defer wait.Stop()
	retry := time.NewTicker(storyRetry)
	defer retry.Stop()
	for {
		now := p.now()
		sctx, cancel := storeCtx(ctx, p.Bot.StoreTimeout)
		ok, err := p.Store.LockStories(sctx, f.Platform, f.Workspace, owner, now, now.Add(storyLease))
		cancel()
		switch {
		case err != nil:
			log.Warn("feed item: the store could not lease the workspace's story matching; matched without it", "err", err)
			return func() {}
		case ok:
			return unlock
		}
		select {
		case <-retry.C:
		case <-wait.C:
			log.Warn("feed item: another replica held the workspace's story matching too long; matched without it")
			return func() {}
		case <-ctx.Done():
			return func() {}
		}
	}
}

// draftItem drafts one new item of f, or joins it to the draft of the same
// story. An article that cannot be fetched for a reason that may pass (a
// timeout, a 5xx: ErrFetchTransient) is tried again at later polls, each
// after a longer wait, up to FeedItemAttempts tries in all. A link that is
// refused, holds no article, or still fails at its last try is f's
// ItemError; the feed itself stays healthy.
func (p *FeedPoller) draftItem(ctx context.Context, log *slog.Logger, f *Feed, run *feedRun, it FeedItem) {
	b := p.Bot
	log = log.With("item", it.Key, "link", redact(it.Link))
	if it.Link == "" {
		p.itemFailed(f, fmt.Sprintf("the item “%s” links to no article", clip(oneLine(it.Title), 80)))
		return
	}
	if len(it.Link) > maxLink {
		p.itemFailed(f, fmt.Sprintf("an item's link is %d characters long; I fetch links of up to %d", len(it.Link), maxLink))
		return
	}
	page, err := b.Fetcher.Fetch(ctx, it.Link)
	if err != nil {
		if !errors.Is(err, ErrFetchTransient) {
			log.Info("feed item: fetch refused or failed", "err", err)
			p.itemFailed(f, fmt.Sprintf("the article %s could not be fetched: %s", clip(it.Link, 200), fetchWhy(err)))
			return
		}
		handed, spent := p.retry(ctx, log, f, run, it, err)
		switch {
		case handed:
		case spent:
			p.itemFailed(f, fmt.Sprintf("the article %s could not be fetched in %d tries over more than %s: %s", clip(it.Link, 200), FeedItemAttempts, spanText(feedItemRetrySpan()), fetchWhy(err)))
		default: // the store could not hand it back: not its tries' end
			p.itemFailed(f, fmt.Sprintf("the article %s could not be fetched: %s", clip(it.Link, 200), fetchWhy(err)))
		}
		return
	}
	c := b.catalog.Catalog()
	article, d, err := b.draftPage(log, c, page)
	if err != nil {
		p.itemFailed(f, fmt.Sprintf("the page %s is not an article I can draft from", clip(it.Link, 200)))
		return
	}
	dc := draftContent(d)
	for _, t := range f.Topics {
		if !slices.Contains(dc.Topics, t) && len(dc.Topics) < maxDraftTopics {
			dc.Topics = append(dc.Topics, t)
		}
	}
	if dc.Source.URL == "" {
		dc.Source.URL = it.Link
	}
	print := ingest.ArticlePrint(article)

	mu := p.lock(f.Platform + "/" + f.Workspace)
	mu.Lock()
	defer mu.Unlock()
	defer p.storyLock(ctx, log, f)()
	now := p.now()
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	stories, err := p.Store.Stories(sctx, f.Platform, f.Workspace, now.Add(-StoryWindow))
	cancel()
	if err != nil {
		log.Warn("feed item: the workspace's stories could not be read; drafted as a new story", "err", err)
	}
	for _, s := range stories {
		if len(print) > 0 && ingest.StoryOverlap(print, s.Print) >= ingest.SameStory {
			p.join(ctx, log, f, s, dc.Source, it.Link)
			return
		}
	}

	who := feedActor(f)
	draft := Draft{
		State: DraftOpen, Platform: f.Platform, Workspace: f.Workspace, Channel: f.Channel, URL: it.Link,
		By: who, ByName: feedByName(f), At: now, ChangedBy: who, ChangedByName: feedByName(f), Changed: now,
		Briefing: d.ID, Content: dc,
	}
	sctx, cancel = storeCtx(ctx, b.StoreTimeout)
	stored, err := b.Drafts.CreateDraft(sctx, draft)
	cancel()
	if err != nil {
		log.Error("feed item: storing its draft", "err", err)
		p.itemFailed(f, fmt.Sprintf("the draft of %s could not be stored", clip(it.Link, 200)))
		return
	}
	f.Drafts++
	b.event("drafted")
	p.observe("drafted")
	ref := p.postCard(ctx, log, f, run, stored)
	sctx, cancel = storeCtx(context.WithoutCancel(ctx), b.StoreTimeout)
	defer cancel()
	if err := p.Store.AddStory(sctx, Story{Platform: f.Platform, Workspace: f.Workspace, Draft: stored.ID, Channel: f.Channel, Card: ref, Print: print, At: now}); err != nil {
		log.Error("feed item: recording its story; the same story from another feed may make a second draft", "draft", stored.ID, "err", err)
	}
	log.Info("drafted from a feed", "draft", stored.ID, "card", ref != "")
}

// retry hands an item whose article could not be fetched, for a reason
// that may pass, back to the store for a later poll (retryTimes says
// when), and reports whether it did (handed), and when it did not whether
// that is because the item has had its FeedItemAttempts tries (spent)
// rather than the store failing: either way the caller gives up on it. An
// item the feed listed, handed back, leaves the poll unfinished, so that
// the next fetch of the feed reads its items again rather than being told
// "304"; one drafted from the store (run.stored) does not need that: the
// store gives it again, with what to draft it from, when it is due.
func (p *FeedPoller) retry(ctx context.Context, log *slog.Logger, f *Feed, run *feedRun, it FeedItem, err error) (handed, spent bool) {
	// Asked even when the poll was cut short (its fetch failed for that):
	// the item is drafted at a later poll instead.
	until := p.retryTimes(err)
	sctx, cancel := storeCtx(context.WithoutCancel(ctx), p.Bot.StoreTimeout)
	ok, serr := p.Store.RetryItem(sctx, f.ID, it, until)
	cancel()
	switch {
	case serr != nil:
		log.Error("feed item: its article could not be fetched, nor the item handed back for a later poll; given up", "err", err, "store_err", serr)
		return false, false
	case !ok:
		log.Warn("feed item: its article could not be fetched at its last try; given up", "attempts", FeedItemAttempts, "err", err)
		return false, true
	}
	if !run.stored[it.Key] {
		run.unfinished = true
	}
	p.observe("item_retried")
	log.Info("feed item: its article could not be fetched for now; tried again later", "err", err)
	return true, false
}

// retryTimes are the times an item handed back after its article failed
// with err waits until, at its first, second … hand-back (RetryItem picks
// the one): FeedItemRetryWait from now, then three times as long at each,
// or the wait the server asked for when that is longer.
func (p *FeedPoller) retryTimes(err error) []time.Time {
	now := p.now()
	asked := retryAfterOf(err, now, feedItemMaxRetryAfter)
	until := make([]time.Time, FeedItemAttempts-1)
	wait := FeedItemRetryWait
	for i := range until {
		until[i] = now.Add(max(wait, asked))
		wait *= 3
	}
	return until
}

// feedItemRetrySpan is the least time an item's tries span: the sum of
// its waits.
func feedItemRetrySpan() time.Duration {
	var span time.Duration
	wait := FeedItemRetryWait
	for range FeedItemAttempts - 1 {
		span += wait
		wait *= 3
	}
	return span
}

// postCard posts a new draft's review card in the feed's channel, paced
// like the daily posts, and returns its reference ("" when it was not
// posted: the draft is still listed by /drafts). A channel that refused a
// card for good in this poll (run.refused) is not tried again.
func (p *FeedPoller) postCard(ctx context.Context, log *slog.Logger, f *Feed, run *feedRun, d Draft) string {
	cp := p.Cards[f.Platform]
	if cp == nil {
		log.Warn("feed item: no card poster for the platform; the draft is listed by /drafts", "platform", f.Platform)
		return ""
	}
	if run.refused != "" {
		return ""
	}
	if err := p.pace(ctx, f.Platform, f.Channel); err != nil {
		return ""
	}
	card := p.Bot.card(p.Bot.catalog.Catalog(), d)
	pctx, cancel := context.WithTimeout(ctx, postTimeout)
	defer cancel()
	ref, err := cp.PostCard(pctx, ChannelKey{Platform: f.Platform, Workspace: f.Workspace, Channel: f.Channel}, card)
	if err != nil {
		log.Warn("feed item: posting its card failed; the draft is listed by /drafts", "draft", d.ID, "err", err)
		// As the scheduler reads a post's error: the sentinels first, a
		// poster may wrap one in a PermanentError for its Reason.
		why := "it could not be sent; it is not tried again"
		switch {
		case errors.Is(err, ErrUnauthorized):
			why = platformTitle(f.Platform) + " refused the bot's credentials"
		case errors.Is(err, ErrMaybeDelivered):
			why = platformTitle(f.Platform) + " did not say whether it arrived; it is not sent again"
		case errors.Is(err, ErrUndeliverable):
			why = platformTitle(f.Platform) + " refused it as it was"
		case errors.Is(err, ErrPermanent):
			run.refused = reasonOf(err, platformTitle(f.Platform)+" refuses the bot's posts here")
			return ""
		}
		p.itemFailed(f, fmt.Sprintf("the card of a draft was not posted here (%s); %s lists the draft", why, p.spell(f.Platform, "/drafts")))
		return ""
	}
	return ref
}

// join adds an article as a further source of the story's draft, and
// updates its card to the draft as it then stands. A draft no longer open
// is left as it is: its story was dealt with.
func (p *FeedPoller) join(ctx context.Context, log *slog.Logger, f *Feed, s Story, src DraftSource, link string) {
	b := p.Bot
	log = log.With("draft", s.Draft)
	who, name := feedActor(f), feedByName(f)
	for attempt := 0; ; attempt++ {
		sctx, cancel := storeCtx(ctx, b.StoreTimeout)
		d, err := b.Drafts.Draft(sctx, s.Draft)
		cancel()
		if err != nil {
			log.Warn("feed item: the same story's draft could not be read; not drafted again", "err", err)
			return
		}
		if d.State != DraftOpen {
			log.Info("feed item: the same story as a closed draft; not drafted again", "state", d.State)
			return
		}
		if hasSource(d, src.URL, link) {
			return
		}
		d.Content.Sources = append(d.Content.Sources, src)
		d.ChangedBy, d.ChangedByName, d.Changed = who, name, p.now()
		sctx, cancel = storeCtx(ctx, b.StoreTimeout)
		_, err = b.Drafts.UpdateDraft(sctx, d)
		cancel()
		var ce *DraftConflictError
		if errors.As(err, &ce) && attempt < 5 {
			continue // a curator changed it meanwhile: add to what they wrote
		}
		if err != nil {
			log.Error("feed item: adding a source to the same story's draft", "err", err)
			return
		}
		break
	}
	p.observe("joined")
	log.Info("feed item: same story as a draft; added as a further source")
	cp := p.Cards[s.Platform]
	if s.Card == "" || cp == nil {
		return
	}
	if err := p.pace(ctx, s.Platform, s.Channel); err != nil {
		return
	}
	// Read again right before the card is replaced: a curator may have
	// published or discarded the draft meanwhile, and its card must say
	// so, never show it open again.
	sctx, cancel := storeCtx(ctx, b.StoreTimeout)
	cur, err := b.Drafts.Draft(sctx, s.Draft)
	cancel()
	if err != nil {
		log.Warn("feed item: the draft could not be read again; its card stays as it was", "err", err)
		return
	}
	pctx, cancel := context.WithTimeout(ctx, postTimeout)
	defer cancel()
	card := b.card(b.catalog.Catalog(), cur)
	if err := cp.UpdateCard(pctx, ChannelKey{Platform: s.Platform, Workspace: s.Workspace, Channel: s.Channel}, s.Card, card); err != nil {
		log.Warn("feed item: updating the card with the new source failed", "err", err)
	}
}

// hasSource reports whether the draft already cites the article.
func hasSource(d Draft, urls ...string) bool {
	for _, u := range urls {
		if u == "" {
			continue
		}
		if d.URL == u || d.Content.Source.URL == u {
			return true
		}
		for _, s := range d.Content.Sources {
			if s.URL == u {
				return true
			}
		}
	}
	return false
}
