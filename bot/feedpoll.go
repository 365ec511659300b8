package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"slices"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/briefbot/briefbot/briefings/ingest"
)

// Feed timings and bounds.
const (
	// DefaultFeedInterval is how often a feed is fetched when
	// FeedPoller.Interval is zero (FEED_INTERVAL's default).
	DefaultFeedInterval = 15 * time.Minute
	// FeedFirstDrafts is how many items of a newly followed feed become
	// drafts: its newest. The others are marked seen, so following a feed
	// does not flood its channel with its archive.
	FeedFirstDrafts = 3
	// FeedMaxBackoff bounds the wait after failed fetches: the interval,
	// doubled at each failure in a row, up to this.
	FeedMaxBackoff = 6 * time.Hour
	// FeedNoticeAfter and FeedNoticeFailures are when a failing feed's
	// channel is told: failing for this long since its last success (or
	// since it was followed), or this many fetches in a row.
	FeedNoticeAfter    = 24 * time.Hour
	FeedNoticeFailures = 10
	// StoryWindow is how far back a new story is compared with the
	// workspace's drafted ones: ingest's, measured with its threshold
	// (copies and rewrites of one report come within hours; a story days
	// later on the subject is a new event that repeats the background).
	StoryWindow = ingest.StoryWindow

	// feedLease is how long a claimed feed is this replica's; a poll must
	// end well within it (feedPollTimeout), or another replica may poll it
	// too (each item still drafts once: SeeItem decides).
	feedLease       = 5 * time.Minute
	feedPollTimeout = 4 * time.Minute
	// FeedItemAttempts is how many times a new item's article is tried
	// when it fails for a reason that may pass (a timeout, a 5xx, a 429:
	// ErrFetchTransient): the first, and then at the feed's first poll
	// after a wait that triples at each failure, from FeedItemRetryWait (5
	// min, 15 min, 45 min, 2 h 15), or after the wait the article's server
	// asked for (Retry-After on a 429 or 503) when that is longer, up to
	// feedItemMaxRetryAfter; whether the feed still lists the item by
	// then or not (the store keeps what to draft it from: a wire's feed
	// drops an item within the hour). So the tries span more than three
	// hours whatever the feed's pace: an outage of minutes (a restart, a
	// deploy, a proxy's 502) is over by the second or third, one of an
	// hour or two by the last, and the story is then still fresh for a
	// briefing. After the last the item is given up and its error shown
	// in /feeds. A failure that will not pass (a refused address, a 404,
	// not an article) is given up at once.
	FeedItemAttempts = 5
	// FeedItemRetryWait is the wait before an item's second try; each
	// later wait is three times the one before.
	FeedItemRetryWait = 5 * time.Minute
	// feedItemMaxRetryAfter bounds how long an article server's
	// Retry-After makes an item wait for one try.
	feedItemMaxRetryAfter = 6 * time.Hour

	// draftsPerPoll bounds the articles one poll drafts; a feed with more
	// new items is polled again a minute later for the rest.
	draftsPerPoll = 20
	// maxRetryAfter bounds how long a server's Retry-After is honoured.
	maxRetryAfter = 24 * time.Hour
)

// FeedPoller fetches the feeds channels follow and drafts their new items:
// it claims due feeds in the store (one replica at a time holds a feed),
// reads each with a conditional GET, marks new items seen (SeeItem: the
// first caller drafts, so each item drafts once across restarts and
// replicas), drafts them through Bot (the fetch, ingest and story matching
// of feeddraft.go), posts their review cards through the platform's
// CardPoster, and writes the feed's state back (SaveFetch).
//
// Bot, Store and Reader are required; the other fields have usable zero
// values and must be set before Run or Tick.
type FeedPoller struct {
	Bot    *Bot
	Store  FeedStore
	Reader FeedReader
	// Cards posts and updates review cards, by platform; a platform
	// without one gets drafts (listed by /drafts) but no cards, and no
	// failure notices.
	Cards map[string]CardPoster
	// Owner names this replica in claims; "" means host, process id and a
	// random suffix. The wiring gives the scheduler's.
	Owner string
	// Interval is how often each feed is fetched, jittered by ±10 % per
	// feed; zero means DefaultFeedInterval.
	Interval time.Duration
	// Clock is the time source; nil means SystemClock.
	Clock Clock
	// Logger receives a line per poll that did something, and per problem;
	// nil discards.
	Logger *slog.Logger
	// Concurrency is how many feeds are polled at once; zero means 8.
	Concurrency int
	// Poll bounds how long Run waits between looks for due feeds; zero
	// means a tenth of Interval, between a second and 30 seconds.
	Poll time.Duration
	// Drain is how long the polls under way may go on after Run's context
	// ends (their items are already marked seen: one whose article fetch is
	// cut short is handed back for a later poll, but one cut short while
	// its draft is stored or its card posted is lost); zero means
	// DefaultDrain.
	Drain time.Duration
	// Observe, when set, is told how each poll ended ("unchanged",
	// "changed", "failed") and each item drafted ("drafted", "joined",
	// "item_failed", and "item_retried" for one whose article is tried
	// again later): for metrics.
	Observe func(event string)

	once   sync.Once
	mu     sync.Mutex
	wakeCh chan struct{}
	locks  sync.Map // workspace key -> *sync.Mutex: one story matched at a time per workspace
}

func (p *FeedPoller) init() {
	p.once.Do(func() {
		if p.Owner == "" {
			host, _ := os.Hostname()
			b := make([]byte, 4)
			rand.Read(b)
			p.Owner = fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b))
		}
	})
}

func (p *FeedPoller) clock() Clock {
	if p.Clock != nil {
		return p.Clock
	}
	return SystemClock{}
}

func (p *FeedPoller) now() time.Time { return p.clock().Now() }

func (p *FeedPoller) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func (p *FeedPoller) interval() time.Duration {
	if p.Interval > 0 {
		return p.Interval
	}
	return DefaultFeedInterval
}

func (p *FeedPoller) concurrency() int {
	if p.Concurrency > 0 {
		return p.Concurrency
	}
	return 8
}

func (p *FeedPoller) observe(event string) {
	if p.Observe != nil {
		p.Observe(event)
	}
}

// Wake makes Run look for due feeds now: a channel followed one.
func (p *FeedPoller) Wake() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.wakeCh != nil {
		close(p.wakeCh)
	}
	p.wakeCh = make(chan struct{})
}

func (p *FeedPoller) wakeChan() <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.wakeCh == nil {
		p.wakeCh = make(chan struct{})
	}
	return p.wakeCh
}

// Run polls due feeds until ctx ends. Store failures are logged and
// retried; it returns nil when ctx ends, after the polls under way.
func (p *FeedPoller) Run(ctx context.Context) error {
	p.init()
	poll := p.Poll
	if poll <= 0 {
		poll = min(max(p.interval()/10, time.Second), 30*time.Second)
	}
	log := p.logger()
	log.Info("following feeds", "interval", p.interval(), "owner", p.Owner)
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stop := context.AfterFunc(ctx, func() {
		d := p.Drain
		if d <= 0 {
			d = DefaultDrain
		}
		t := p.clock().NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C():
			cancelWork()
		case <-work.Done():
		}
	})
	defer stop()
	for {
		wake := p.wakeChan()
		err := p.tick(ctx, work)
		if ctx.Err() != nil {
			return nil
		}
		d := poll
		if err != nil {
			log.Error("feeds: store failed; trying again shortly", "err", err)
			d = min(d, 10*time.Second)
		}
		t := p.clock().NewTimer(d)
		select {
		case <-t.C():
		case <-wake:
		case <-ctx.Done():
		}
		t.Stop()
		if ctx.Err() != nil {
			return nil
		}
	}
}

// Tick polls every feed due now, Concurrency at a time, and returns when
// each poll has ended. Run calls it in its loop; tests call it in virtual
// time.
func (p *FeedPoller) Tick(ctx context.Context) error {
	p.init()
	return p.tick(ctx, ctx)
}

// tick claims due feeds while ctx lasts, and polls them with work, which
// may outlast it (Drain).
//
// Polls stream: a batch of Concurrency feeds is claimed, each starts as a
// slot frees, and the next batch is claimed once the last of this one has
// started, so one slow feed holds up one slot, not the claims. A claimed
// feed waits for at most a batch's worth of polls, well within its lease.
func (p *FeedPoller) tick(ctx, work context.Context) error {
	batch := p.concurrency()
	var g errgroup.Group
	g.SetLimit(batch)
	defer g.Wait()
	for ctx.Err() == nil {
		now := p.now()
		sctx, cancel := storeCtx(ctx, p.Bot.StoreTimeout)
		feeds, err := p.Store.ClaimFeeds(sctx, p.Owner, now, now.Add(feedLease), batch)
		cancel()
		if err != nil {
			return fmt.Errorf("claim due feeds: %w", err)
		}
		for _, f := range feeds {
			g.Go(func() error {
				p.poll(work, f)
				return nil
			})
		}
		if len(feeds) < batch {
			return nil
		}
	}
	return nil
}

// poll fetches one claimed feed, drafts its new items and saves its state.
func (p *FeedPoller) poll(ctx context.Context, f Feed) {
	log := p.logger().With("feed", f.ID, "url", redact(f.URL))
	pctx, cancel := context.WithTimeout(ctx, feedPollTimeout)
	defer cancel()
	start := p.now()
	f.LastFetch = start
	page, err := p.Reader.Read(pctx, f.URL, FeedValidators{ETag: f.ETag, LastModified: f.LastModified})
	switch {
	case err != nil && ctx.Err() != nil:
		// Shutting down: the lease runs out and the feed is polled again.
		return
	case err != nil:
		p.failed(pctx, log, &f, err)
		p.observe("failed")
	default:
		recovered, failures := f.Notified, f.Failures
		f.LastOK, f.LastError, f.Failures = start, "", 0
		f.Next = start.Add(p.jitter(f.ID))
		// A 304 lists no items, but the items handed back earlier and due
		// now are drafted all the same, from the store (items).
		var listed []FeedItem
		if !page.NotModified {
			if t := oneLine(page.Title); t != "" {
				f.Title = clip(t, maxTitle)
			}
			listed = page.Items
		}
		run := &feedRun{}
		if more := p.items(pctx, log, &f, run, listed); more {
			f.Next = p.now().Add(min(time.Minute, p.interval()))
		}
		if !page.NotModified && !run.unfinished {
			// Kept only when every item was looked at: otherwise the
			// next fetch must read them again, not be told "304".
			f.ETag, f.LastModified = page.ETag, page.LastModified
		}
		if run.refused != "" {
			// The channel cannot take the cards: the feed is failing
			// for its curators as surely as if it could not be read.
			// It says so in /feeds and backs off, rather than fetching
			// and drafting every interval for a channel nobody reads.
			f.Failures = failures + 1
			f.LastError = "its review cards cannot be posted in this channel: " + trimDot(run.refused)
			f.Next = p.now().Add(p.backoff(f.Failures))
			log.Warn("feed: its channel refuses its cards; backing off", "failures", f.Failures, "next", f.Next)
		}
		if page.NotModified {
			p.observe("unchanged")
		} else {
			p.observe("changed")
		}
		if recovered {
			p.recovered(pctx, log, &f)
		}
	}
	sctx, scancel := storeCtx(context.WithoutCancel(ctx), p.Bot.StoreTimeout)
	defer scancel()
	switch err := p.Store.SaveFetch(sctx, p.Owner, f); {
	case errors.Is(err, ErrFeedLost):
		log.Warn("feed: lease lost or feed removed before its state was saved")
	case err != nil:
		log.Error("feed: saving its state; it is polled again when the lease ends", "err", err)
	}
}

// feedRun is what one poll of a feed learns as it drafts its items.
type feedRun struct {
	// refused is why the platform refused a card for good (the channel is
	// gone, the bot was removed from it): the poll's other drafts are
	// made, for /drafts, but their cards are not tried.
	refused string
	// unfinished is set when not every new item was marked seen (the
	// store failed, or a backlog is left for the next poll), or an item
	// the fetch listed was handed back to be tried again or still waits
	// for its next try: the items left are read again at the next fetch.
	unfinished bool
	// stored are the keys of the items drafted from the store (DueItems)
	// because the fetch no longer listed them: handing one back again
	// leaves the poll finished, since the store, not the feed, has it.
	stored map[string]bool
}

// jitter is the feed's interval, moved by up to ±10 % by its id: feeds
// followed together spread out, and each keeps its own steady pace.
func (p *FeedPoller) jitter(id int64) time.Duration {
	iv := p.interval()
	h := fnv.New64a()
	fmt.Fprint(h, id)
	spread := int64(iv / 5) // 20 %: from -10 % to +10 %
	if spread <= 0 {
		return iv
	}
	return iv - iv/10 + time.Duration(int64(h.Sum64()%uint64(spread)))
}

// backoff is how long to wait after failures failed attempts in a row:
// the interval doubled at each, up to FeedMaxBackoff.
func (p *FeedPoller) backoff(failures int) time.Duration {
	d := p.interval()
	for i := 1; i < failures && d < FeedMaxBackoff; i++ {
		d *= 2
	}
	return min(d, FeedMaxBackoff)
}

// items drafts a fetch's new items (none for a 304), and the items handed
// back earlier that are due now and the fetch did not list (dueItems). The
// first successful fetch marks every item seen and drafts only the newest
// FeedFirstDrafts. It reports whether items are left for the next poll
// (more than draftsPerPoll).
func (p *FeedPoller) items(ctx context.Context, log *slog.Logger, f *Feed, run *feedRun, items []FeedItem) (more bool) {
	if len(items) > MaxFeedItems {
		items = items[:MaxFeedItems]
	}
	keys := make([]string, 0, len(items))
	byKey := make(map[string]FeedItem, len(items))
	for _, it := range items {
		if it.Key == "" {
			continue
		}
		if _, dup := byKey[it.Key]; dup {
			continue
		}
		byKey[it.Key] = it
		keys = append(keys, it.Key)
	}
	if len(keys) == 0 && !f.Primed {
		// An empty feed primes nothing: its first items, when they come,
		// are its archive as much as its news.
		return false
	}
	now := p.now()
	var (
		unseen  []string
		waiting time.Time
		draft   []FeedItem
	)
	if len(keys) > 0 {
		var err error
		sctx, cancel := storeCtx(ctx, p.Bot.StoreTimeout)
		unseen, waiting, err = p.Store.UnseenItems(sctx, f.ID, keys, now)
		cancel()
		if err != nil {
			log.Error("feed: reading its seen items; tried again next poll", "err", err)
			run.unfinished = true
			return false
		}
	}
	if !waiting.IsZero() {
		// An item handed back waits for its next try. The feed is read in
		// full at its next polls, not answered 304, so that the poll after
		// its time sees it in the feed as it then is, until it is drafted
		// or given up (one handed back before the store kept its link is
		// drafted no other way). Its time does not make the feed due any
		// sooner: it is tried at the feed's first poll from then on, at the
		// feed's pace, and a feed whose only news is an item waiting is not
		// read every minute. An item the feed drops meanwhile is drafted
		// from the store all the same (dueItems).
		run.unfinished = true
	}
	if !f.Primed {
		// The feed's newest few (the reader gives them newest first) are
		// drafted, the rest only marked seen. Newest in the feed, not
		// among the unseen: another replica priming it at the same time
		// (a lease that ran out) may have seen some, and the older items
		// it left are not to be drafted by this one.
		newest := map[string]bool{}
		for _, k := range keys[:min(FeedFirstDrafts, len(keys))] {
			newest[k] = true
		}
		primed := true
		for _, k := range unseen {
			first, err := p.see(ctx, f.ID, k, now)
			if err != nil {
				// The items this poll was first to see are drafted below:
				// no other caller ever will. The rest are primed next poll.
				log.Error("feed: marking an item seen; the feed is primed next poll", "err", err)
				primed, run.unfinished = false, true
				break
			}
			if first && newest[k] {
				draft = append(draft, byKey[k])
			}
		}
		f.Primed = primed
	} else {
		listedDue := len(unseen) // at most this many of the due items are listed
		if len(unseen) > draftsPerPoll {
			// The oldest first, so a backlog drains in order; the rest
			// are read again at the next poll (unfinished: not a 304).
			unseen, more = unseen[len(unseen)-draftsPerPoll:], true
			run.unfinished = true
		}
		sawAll := true
		for _, k := range unseen {
			first, err := p.see(ctx, f.ID, k, now)
			if err != nil {
				// As above: those already seen by this poll are drafted
				// now, the others next poll.
				log.Error("feed: marking an item seen; the rest are tried again next poll", "err", err)
				run.unfinished, sawAll = true, false
				break
			}
			if first {
				draft = append(draft, byKey[k])
			}
		}
		if !more && sawAll {
			due, left := p.dueItems(ctx, log, f, run, byKey, listedDue, draftsPerPoll-len(unseen), now)
			draft, more = append(draft, due...), left
		}
	}
	// Oldest first, so the channel reads the cards in the order of the
	// news: the items due from the store, handed back earlier, before the
	// new ones.
	links := map[string]bool{}
	for i := len(draft) - 1; i >= 0; i-- {
		it := draft[i]
		if links[it.Link] {
			p.itemFailed(f, fmt.Sprintf("several items point to the same article (%s); it is drafted once", clip(it.Link, 200)))
			continue
		}
		links[it.Link] = true
		p.draftItem(ctx, log, f, run, it)
	}
	return more
}

// dueItems returns, to draft, up to budget items of f handed back earlier
// (RetryItem) whose wait is over at now and that the fetch did not list
// (listed: those it lists are drafted as its other items are, from the
// feed as it is now), marked seen through SeeItem like any new item, so
// that each is drafted once however many replicas find it due. Without
// this a busy feed, which drops an item within the hour, would drop one
// waiting for its next try with it: the item would never be drafted.
// skip is at most how many of the store's due items the fetch lists, so
// asking for budget+skip finds budget that it does not. It reports
// whether due items are left (more than the budget, which the new items
// share): the feed is then polled again soon, as for a backlog; they are
// asked of the store again, so the feed need not be read in full for
// them, and one handed back again (run.stored) does not make it so
// either. Oldest due first, in the order drafted (the last of the list
// returned is drafted first).
//
// A poll asks the store once for them, 304 or not: the index on the items
// handed back makes that cheap however many items the feed ever had.
func (p *FeedPoller) dueItems(ctx context.Context, log *slog.Logger, f *Feed, run *feedRun, listed map[string]FeedItem, skip, budget int, now time.Time) (draft []FeedItem, more bool) {
	sctx, cancel := storeCtx(ctx, p.Bot.StoreTimeout)
	due, err := p.Store.DueItems(sctx, f.ID, now, budget+skip+1)
	cancel()
	if err != nil {
		log.Error("feed: reading its items due for another try; asked again next poll", "err", err)
		return nil, false
	}
	var take []FeedItem
	for _, it := range due {
		if _, ok := listed[it.Key]; ok {
			continue
		}
		if len(take) == budget {
			more = true
			break
		}
		take = append(take, it)
	}
	for _, it := range take {
		first, err := p.see(ctx, f.ID, it.Key, now)
		if err != nil {
			log.Error("feed: taking an item due for another try; the rest are tried again next poll", "err", err)
			break
		}
		if first {
			draft = append(draft, it)
			if run.stored == nil {
				run.stored = map[string]bool{}
			}
			run.stored[it.Key] = true
		}
	}
	slices.Reverse(draft)
	return draft, more
}

func (p *FeedPoller) see(ctx context.Context, feed int64, key string, at time.Time) (bool, error) {
	sctx, cancel := storeCtx(ctx, p.Bot.StoreTimeout)
	defer cancel()
	return p.Store.SeeItem(sctx, feed, key, at)
}

// maxFeedWhy bounds a feed's LastError and ItemError, in characters.
const maxFeedWhy = 500

// itemFailed records a problem with one item: the feed stays healthy.
func (p *FeedPoller) itemFailed(f *Feed, why string) {
	f.ItemError, f.ItemErrorAt = clip(oneLine(why), maxFeedWhy), p.now()
	p.observe("item_failed")
}

// failed records a failed fetch, backs off, and tells the channel once
// when the feed has failed long enough.
func (p *FeedPoller) failed(ctx context.Context, log *slog.Logger, f *Feed, err error) {
	now := p.now()
	why, retryAfter := err.Error(), time.Duration(0)
	var fe *FeedError
	if errors.As(err, &fe) {
		why, retryAfter = fe.Why, fe.RetryAfter
	}
	// Kept, shown in /feeds and said in the notice: one line, bounded,
	// whatever a reader (or a server's certificate names) put in it.
	why = clip(oneLine(why), maxFeedWhy)
	f.Failures++
	f.LastError = why
	wait := p.backoff(f.Failures)
	if retryAfter > wait {
		wait = min(retryAfter, maxRetryAfter)
	}
	f.Next = now.Add(wait)
	log.Warn("feed: fetch failed", "failures", f.Failures, "next", f.Next, "err", err)
	since := f.LastOK
	if since.IsZero() {
		since = f.At
	}
	if f.Notified || (now.Sub(since) < FeedNoticeAfter && f.Failures < FeedNoticeFailures) {
		return
	}
	how := "has failed for " + spanText(now.Sub(since).Round(time.Hour))
	if h := int(now.Sub(since) / time.Hour); h < 48 {
		how = fmt.Sprintf("has failed for %d hours", h)
	}
	if now.Sub(since) < FeedNoticeAfter {
		how = fmt.Sprintf("has failed %d times in a row", f.Failures)
	}
	text := fmt.Sprintf("The feed %s %s: %s. I keep trying; %s shows its state.",
		feedName(*f), how, trimDot(why), p.spell(f.Platform, "/feeds"))
	if p.notify(ctx, log, f, Reply{Kind: Failed, Title: "A feed is failing", Text: text, Public: true}) {
		f.Notified = true
	}
}

// recovered tells the channel a feed it was told is failing works again.
func (p *FeedPoller) recovered(ctx context.Context, log *slog.Logger, f *Feed) {
	text := fmt.Sprintf("The feed %s works again: it was read %s. New stories from it are drafted as before.", feedName(*f), p.Bot.when(f.LastOK))
	if p.notify(ctx, log, f, Reply{Kind: Answer, Title: "A feed works again", Text: text, Public: true}) {
		f.Notified = false
	}
}

// notify posts a notice in the feed's channel, and reports whether it
// went out.
func (p *FeedPoller) notify(ctx context.Context, log *slog.Logger, f *Feed, r Reply) bool {
	cp := p.Cards[f.Platform]
	if cp == nil {
		return false
	}
	if err := p.pace(ctx, f.Platform, f.Channel); err != nil {
		return false
	}
	pctx, cancel := context.WithTimeout(ctx, postTimeout)
	defer cancel()
	if _, err := cp.PostCard(pctx, ChannelKey{Platform: f.Platform, Workspace: f.Workspace, Channel: f.Channel}, r); err != nil {
		log.Warn("feed: a notice could not be posted; tried again at the next fetch", "title", r.Title, "err", err)
		return false
	}
	return true
}

// pace waits for the platform's turn to post in the channel, on the daily
// posts' pacing (Scheduler.Pace) when the bot has a scheduler.
func (p *FeedPoller) pace(ctx context.Context, platform, channel string) error {
	if s := p.Bot.Scheduler; s != nil {
		return s.Pace(ctx, platform, channel)
	}
	return ctx.Err()
}

// spell writes a command the way the platform's users type it.
func (p *FeedPoller) spell(platform, line string) string {
	if sp, ok := p.Cards[platform].(Speller); ok {
		return sp.Spell(line)
	}
	return line
}

func trimDot(s string) string {
	for len(s) > 0 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}
