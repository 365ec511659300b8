package bot

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Store keeps the channels' subscriptions and the record of their daily
// posts. The core defines it; adapters/sqlite and adapters/postgres
// implement it, and bot/storetest holds the contract every implementation
// must pass.
//
// Implementations must be safe for concurrent use, and a store shared by
// several processes (PostgreSQL) must keep the same promises across them:
// that is what lets several replicas post each day's briefing once. Every
// method honours ctx. Times are kept to the millisecond and returned in UTC;
// the store never reads its own clock, so callers (and tests) decide what
// "now" is.
type Store interface {
	// Subscriptions returns a channel's subscriptions, oldest first. A
	// channel with none is not an error.
	Subscriptions(ctx context.Context, ch ChannelKey) ([]Subscription, error)

	// UpdateChannel changes a channel's subscriptions atomically. fn gets the
	// current ones and returns what they should become: one with ID 0 is
	// added (the store assigns its ID); one with a current ID replaces that
	// subscription's settings (Topics, At, TZ, SkipEmpty, Next, NextDate,
	// Paused) and post history (LastPosted, Seen); a current one left out is
	// deleted, with its post record and quote history. A subscription with
	// Inherit first takes on the quote history of those it names (for each
	// quote the latest use), even of one deleted by the same update. The
	// result must pass CheckUpdate, or UpdateChannel returns an error
	// matching ErrInvalid and changes nothing; an error from fn is returned
	// as it is and changes nothing too.
	//
	// While fn runs, the channel is held against other updates and against
	// ClaimDue, so NextClaimed stays true to what fn saw. fn may be called
	// again if the store retries; it must only compute. UpdateChannel
	// returns the subscriptions as they now are.
	UpdateChannel(ctx context.Context, ch ChannelKey, fn func(current []Subscription) ([]Subscription, error)) ([]Subscription, error)

	// ClaimDue claims up to q.Limit posts on q.Platform that are due at q.Now:
	// active subscriptions whose Next is not after q.Now and whose post for
	// NextDate is either unclaimed, or claimed but not finished with its lease
	// expired (the holder died, or handed it back for a retry). Each claim is
	// unique to one (subscription, NextDate): however many callers race,
	// in however many processes, a post is claimed by one at a time. The
	// claims carry q.Owner and a lease until q.Until, and come in Next order.
	ClaimDue(ctx context.Context, q ClaimQuery) ([]Claim, error)

	// NextDue returns when ClaimDue may next find something on the
	// platform: the earliest Next of an active subscription whose post is
	// unclaimed, or the lease end of one claimed and unfinished. ok is false
	// when nothing is scheduled.
	NextDue(ctx context.Context, platform string) (at time.Time, ok bool, err error)

	// Sending marks a pending claim as being handed to the platform and
	// extends its lease to until. After this, a claim whose holder dies is
	// never sent again (ClaimDue returns it with WasSending set). It returns
	// ErrClaimLost unless c is still held by c.Owner and pending.
	Sending(ctx context.Context, c Claim, until time.Time) error

	// Release hands an unfinished claim back: it becomes pending with no
	// owner, with the lease until then (when it may be claimed again), the
	// attempts count given and detail saying why. It returns ErrClaimLost
	// unless c is still held by c.Owner and unfinished.
	Release(ctx context.Context, c Claim, until time.Time, attempts int, detail string) error

	// Finish records a claim's outcome and moves the subscription on, in one
	// transaction: the post's state, the subscription's Last (and LastPosted
	// and Seen when sent), Paused when o.Pause, the quote of the day, and
	// Next/NextDate, but only while the subscription's NextDate is still the
	// claim's date (a schedule changed meanwhile wins). It returns
	// ErrClaimLost unless c is still held by c.Owner and unfinished, or when
	// the subscription was deleted.
	Finish(ctx context.Context, c Claim, o Outcome) error

	// QuoteHistory returns when each quote was last a subscription's quote
	// of the day.
	QuoteHistory(ctx context.Context, subscription int64) (map[string]time.Time, error)

	// PauseWorkspace pauses every active subscription of a workspace, with
	// reason as why (what Finish does for one with Outcome.Pause), and
	// returns how many it paused. Subscriptions already paused keep their
	// own reason. A post already claimed is not taken back: its outcome is
	// recorded as usual.
	PauseWorkspace(ctx context.Context, platform, workspace, reason string) (int, error)

	// ResumeWorkspace resumes the subscriptions of a workspace paused with
	// exactly reason, leaving those paused for another reason as they are,
	// and returns how many it resumed. Each gets its next post from next,
	// which is given the subscription as stored (NextClaimed included) and
	// must only compute; it may be called again if the store retries.
	ResumeWorkspace(ctx context.Context, platform, workspace, reason string, next func(Subscription) (time.Time, string)) (int, error)

	// Close releases the store's resources.
	Close() error
}

// ClaimQuery says what Store.ClaimDue should claim.
type ClaimQuery struct {
	Platform string
	Now      time.Time
	// Owner identifies this claim: it must be unique to the call, since
	// Sending, Release and Finish check it.
	Owner string
	// Until is when the lease ends: if the owner has neither sent nor
	// finished the post by then, another may claim it.
	Until time.Time
	Limit int
}

// Claim is the right to make one daily post.
type Claim struct {
	Sub      Subscription // as it was when claimed
	Date     string       // local date of the post (YYYY-MM-DD)
	Due      time.Time
	Owner    string
	Attempts int // failed attempts so far
	// WasSending reports that an earlier holder began sending the post and
	// never finished: it may have gone out, so it must not be sent again.
	WasSending bool
}

// Outcome is how a claimed post ended, for Store.Finish.
type Outcome struct {
	State  PostState // PostSent, PostSkipped, PostMissed, PostFailed or PostUnknown
	At     time.Time
	Detail string // why, shown by /subscriptions for anything but PostSent
	// Pause stops the subscription until /subscribe resumes it; Detail says
	// why.
	Pause   bool
	QuoteID string    // the quote of the day, recorded as used At
	Seen    Watermark // PostSent: how far the posts now cover the briefings
	// Next and NextDate are the following post.
	Next     time.Time
	NextDate string
}

var (
	// ErrClaimLost means a claim is no longer held by its owner: its lease
	// expired and another took it, it was finished, or its subscription was
	// deleted.
	ErrClaimLost = errors.New("store: claim no longer held")
	// ErrInvalid means an update breaks the rules CheckUpdate enforces.
	ErrInvalid = errors.New("store: invalid subscription update")
)

// CheckUpdate checks what Store.UpdateChannel is asked to store for a
// channel: every subscription belongs to ch, updates name current ids once,
// no two are at the same time in the same zone, and each has topics, a
// valid time, a zone and a next post. Stores call it; the errors match
// ErrInvalid.
func CheckUpdate(ch ChannelKey, current, next []Subscription) error {
	known := map[int64]bool{}
	for _, s := range current {
		known[s.ID] = true
	}
	ids := map[int64]bool{}
	slots := map[string]bool{}
	for _, s := range next {
		if s.ChannelKey != ch {
			return fmt.Errorf("%w: subscription %d is for %s, not %s", ErrInvalid, s.ID, s.ChannelKey, ch)
		}
		for _, id := range s.Inherit {
			if !known[id] {
				return fmt.Errorf("%w: subscription %d is not one of the channel's, to inherit from", ErrInvalid, id)
			}
		}
		if s.ID != 0 {
			if !known[s.ID] {
				return fmt.Errorf("%w: subscription %d is not one of the channel's", ErrInvalid, s.ID)
			}
			if ids[s.ID] {
				return fmt.Errorf("%w: subscription %d given twice", ErrInvalid, s.ID)
			}
			ids[s.ID] = true
		}
		slot := s.At.String() + " " + s.TZ
		if slots[slot] {
			return fmt.Errorf("%w: two subscriptions at %s", ErrInvalid, slot)
		}
		slots[slot] = true
		switch {
		case len(s.Topics) == 0:
			return fmt.Errorf("%w: a subscription at %s has no topics", ErrInvalid, slot)
		case !s.At.Valid():
			return fmt.Errorf("%w: %d is not a time of day", ErrInvalid, int(s.At))
		case s.TZ == "":
			return fmt.Errorf("%w: a subscription at %s has no time zone", ErrInvalid, slot)
		case s.Next.IsZero():
			return fmt.Errorf("%w: a subscription at %s has no next post", ErrInvalid, slot)
		}
		if _, err := time.Parse(DateLayout, s.NextDate); err != nil {
			return fmt.Errorf("%w: next date %q is not YYYY-MM-DD", ErrInvalid, s.NextDate)
		}
	}
	return nil
}

// DateLayout is how local dates of posts are written: YYYY-MM-DD.
const DateLayout = "2006-01-02"
