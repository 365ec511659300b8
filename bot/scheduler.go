package bot

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// dailyRetry is the backoff of a daily post that failed and of a platform
// that refused the bot's credentials: 30s, 1m, 2m, … up to 15m. The waits
// are the claim's next due time in the store, not a sleep, so they outlive
// the process; a post that may have been delivered is never among them
// (PostUnknown).
var dailyRetry = Retry{Backoff: 30 * time.Second, MaxBackoff: 15 * time.Minute}

// Timings of the daily posts. A claim's lease covers the wait for a worker
// and a rate-limit slot; the send lease covers one platform call.
const (
	claimLease    = 2 * time.Minute
	postTimeout   = 30 * time.Second
	sendLease     = postTimeout + 30*time.Second
	lateGrace     = time.Minute // a post is only "late" beyond this
	maxAttempts   = 8
	recordTimeout = 10 * time.Second // to record an outcome, even while shutting down

	// DefaultDrain is how long Run keeps posting what it had claimed after
	// its context ends, when Scheduler.Drain is zero.
	DefaultDrain = 20 * time.Second
	// DefaultPoll is how often Run looks at the store when nothing is due
	// sooner, when Scheduler.Poll is zero. Other replicas' new subscriptions
	// and expired leases are noticed within it.
	DefaultPoll = time.Minute
)

// Scheduler makes the daily posts: it finds what is due in the store,
// claims each (subscription, local date) there before posting, renders the
// digest, hands it to the platform's Poster and records the outcome. The
// claim is what makes a post go out once across restarts and replicas.
//
// Optional fields have usable zero values and must be set before Run or
// Tick. A Scheduler is safe for concurrent use.
type Scheduler struct {
	store   Store
	catalog CatalogSource
	posters map[string]Poster

	// Logger receives one line per post; nil discards.
	Logger *slog.Logger
	// Clock is the time source; nil means SystemClock.
	Clock Clock
	// Catchup is how late a post may still go out when the bot was down at
	// its time; beyond it the post is recorded as missed. Zero means only
	// on time (within a minute).
	Catchup time.Duration
	// Limits paces each platform; a platform without one posts one at a
	// time, unpaced.
	Limits map[string]Limit
	// Drain is how long Run keeps posting claimed posts after its context
	// ends; zero means DefaultDrain. Posts not started by then are handed
	// back for the next start or another replica.
	Drain time.Duration
	// Poll bounds how long Run waits between looks at the store; zero means
	// DefaultPoll.
	Poll time.Duration
	// ID names this scheduler in claims and logs; "" means host, process id
	// and a random suffix.
	ID string
	// Observe, when set, is told how each post ended and how late it went
	// out: for metrics.
	Observe func(platform string, state PostState, late time.Duration)
	// OnRetry, when set, is told each time a failed post is handed back to
	// be tried again: for metrics.
	OnRetry func(platform string)
	// StoreTimeout bounds each store call of the loop (claiming, looking
	// for the next due post, the quote history, marking a post as sending),
	// so a store that stops answering is logged and retried rather than
	// stalling the posts; zero means DefaultStoreTimeout. Recording an
	// outcome has its own, longer bound.
	StoreTimeout time.Duration

	once     sync.Once
	mu       sync.Mutex
	wakeCh   chan struct{}
	seq      atomic.Uint64
	limiters map[string]*limiter // by platform, guarded by mu
	holds    map[string]*hold    // platforms refusing the credentials, guarded by mu
	zones    sync.Map            // tz name -> *time.Location
}

// NewScheduler returns a scheduler posting the digests of catalog, through
// posters (by platform), for the subscriptions in store. posters is read
// when Run or Tick starts, so adapters may still add to it until then.
func NewScheduler(store Store, catalog CatalogSource, posters map[string]Poster) *Scheduler {
	return &Scheduler{store: store, catalog: catalog, posters: posters}
}

func (s *Scheduler) init() {
	s.once.Do(func() {
		if s.ID == "" {
			host, _ := os.Hostname()
			b := make([]byte, 4)
			rand.Read(b)
			s.ID = fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b))
		}
	})
}

// limiter returns the platform's pacing, made on first use.
func (s *Scheduler) limiter(p string) *limiter {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.limiters == nil {
		s.limiters = map[string]*limiter{}
	}
	l := s.limiters[p]
	if l == nil {
		l = newLimiter(s.clock(), s.limit(p))
		s.limiters[p] = l
	}
	return l
}

func (s *Scheduler) clock() Clock {
	if s.Clock != nil {
		return s.Clock
	}
	return SystemClock{}
}

func (s *Scheduler) now() time.Time { return s.clock().Now() }

func (s *Scheduler) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.New(slog.DiscardHandler)
}

func (s *Scheduler) limit(p string) Limit {
	l := s.Limits[p]
	l.Workers = max(l.Workers, 1)
	return l
}

// platforms lists the platforms with a poster, in a stable order.
func (s *Scheduler) platforms() []string {
	var ps []string
	for p, poster := range s.posters {
		if poster != nil {
			ps = append(ps, p)
		}
	}
	slices.Sort(ps)
	return ps
}

// Wake makes Run look at the store now: a subscription changed.
func (s *Scheduler) Wake() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.wakeCh != nil {
		close(s.wakeCh)
	}
	s.wakeCh = make(chan struct{})
}

func (s *Scheduler) wakeChan() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.wakeCh == nil {
		s.wakeCh = make(chan struct{})
	}
	return s.wakeCh
}

// Run posts daily briefings until ctx ends, then keeps posting what it had
// claimed for up to Drain and hands the rest back. Store failures are
// logged and retried; Run returns nil once drained.
func (s *Scheduler) Run(ctx context.Context) error {
	s.init()
	ps := s.platforms()
	log := s.logger()
	if len(ps) == 0 {
		log.Info("no platform to post to; daily posts are off")
		<-ctx.Done()
		return nil
	}
	log.Info("daily posts on", "platforms", ps, "catchup", s.Catchup, "scheduler", s.ID)
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	drained := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
		case <-drained:
			return
		}
		d := s.Drain
		if d <= 0 {
			d = DefaultDrain
		}
		t := s.clock().NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C():
			cancelWork()
		case <-drained:
		}
	}()
	var wg sync.WaitGroup
	for _, p := range ps {
		wg.Go(func() { s.loop(ctx, workCtx, p) })
	}
	wg.Wait()
	close(drained)
	return nil
}

// loop posts one platform's due posts, then sleeps until the next is due,
// a subscription changes (Wake), or Poll passes.
func (s *Scheduler) loop(ctx, workCtx context.Context, p string) {
	log := s.logger().With("platform", p)
	poll := s.Poll
	if poll <= 0 {
		poll = DefaultPoll
	}
	for {
		n, err := s.runDue(ctx, workCtx, p)
		if ctx.Err() != nil {
			return
		}
		wake := s.wakeChan()
		d := poll
		if err != nil {
			log.Error("daily posts: store failed; trying again shortly", "err", err)
			d = min(d, 10*time.Second)
		} else if at, ok, err := s.nextDue(ctx, p); err != nil {
			log.Error("daily posts: store failed; trying again shortly", "err", err)
			d = min(d, 10*time.Second)
		} else if ok {
			d = min(d, at.Sub(s.now()))
		}
		if d <= 0 {
			if n > 0 {
				continue
			}
			d = time.Second // due, yet nothing to claim: held elsewhere for a moment
		}
		t := s.clock().NewTimer(d)
		select {
		case <-t.C():
		case <-wake:
		case <-ctx.Done():
		}
		t.Stop()
	}
}

func (s *Scheduler) nextDue(ctx context.Context, p string) (time.Time, bool, error) {
	ctx, cancel := storeCtx(ctx, s.StoreTimeout)
	defer cancel()
	return s.store.NextDue(ctx, p)
}

// Tick makes every post due now on every platform, and returns when each
// has finished or been handed back for a retry. Run calls the same work in
// its loop; Tick is for tests in virtual time and one-off runs.
func (s *Scheduler) Tick(ctx context.Context) error {
	s.init()
	var (
		mu   sync.Mutex
		errs []error
		wg   sync.WaitGroup
	)
	for _, p := range s.platforms() {
		wg.Go(func() {
			if _, err := s.runDue(ctx, ctx, p); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// runDue claims the platform's due posts in batches and posts them with
// Limit.Workers at a time, until nothing more is due or ctx ends. It
// returns when every post it started has finished, with how many it claimed.
func (s *Scheduler) runDue(ctx, workCtx context.Context, p string) (int, error) {
	lim := s.limit(p)
	// Claim no more than the workers can start well within a lease.
	batch := min(max(lim.Workers*4, 16), 500)
	if lim.PerSecond > 0 {
		batch = min(batch, max(1, int(lim.PerSecond*claimLease.Seconds()/4)))
	}
	sem := make(chan struct{}, lim.Workers)
	var wg sync.WaitGroup
	defer wg.Wait()
	total := 0
	for ctx.Err() == nil {
		now := s.now()
		cctx, cancel := storeCtx(workCtx, s.StoreTimeout)
		claims, err := s.store.ClaimDue(cctx, ClaimQuery{
			Platform: p,
			Now:      now,
			Owner:    fmt.Sprintf("%s#%d", s.ID, s.seq.Add(1)),
			Until:    now.Add(claimLease),
			Limit:    batch,
		})
		cancel()
		if err != nil {
			return total, fmt.Errorf("claim due %s posts: %w", p, err)
		}
		total += len(claims)
		for i, c := range claims {
			select {
			case sem <- struct{}{}:
			case <-workCtx.Done():
				for _, c := range claims[i:] {
					s.release(workCtx, c, s.now(), c.Attempts, "the bot shut down before posting it")
				}
				return total, nil
			}
			wg.Go(func() {
				defer func() { <-sem }()
				s.post(workCtx, p, c)
			})
		}
		if len(claims) < batch {
			break
		}
	}
	return total, nil
}

// Pace waits until a message to channel on platform may start, by the
// same pacing as the daily posts (Limits), or until ctx ends (ctx.Err()):
// the feed poller posts its review cards through it, so cards and daily
// posts share one pace per platform.
func (s *Scheduler) Pace(ctx context.Context, platform, channel string) error {
	return s.limiter(platform).wait(ctx, channel)
}

// Name is the id this scheduler claims posts with (ID, or the one made
// when it was left empty): the replica's name, which the feed poller
// claims feeds with too.
func (s *Scheduler) Name() string {
	s.init()
	return s.ID
}
