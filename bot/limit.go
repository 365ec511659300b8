package bot

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limit bounds how the scheduler posts to one platform, to stay within the
// platform's rate limits (Discord: 50 requests a second per bot; Slack:
// about one message a second per channel and a few hundred a minute per
// workspace).
type Limit struct {
	Workers    int           // posts in flight at once; 0 means 1
	PerSecond  float64       // posts started per second; 0 means no limit
	Burst      int           // posts that may start together before PerSecond applies; 0 means 1
	PerChannel time.Duration // least time between two posts to one channel; 0 means none
}

// limiter paces post starts: a token bucket for the platform and one per
// channel. The buckets are x/time/rate's, told the scheduler's clock's time
// (ReserveN), and the wait is on that clock, so virtual-time tests do not
// sleep.
type limiter struct {
	clock      Clock
	platform   *rate.Limiter // nil: no platform-wide pace
	perChannel rate.Limit    // 0: no gap between posts to a channel

	// mu makes a post's reservations, platform then channel, one step, so
	// each channel's bucket is asked at times that never go back (it would
	// otherwise let a later-reserved post in early).
	mu       sync.Mutex
	channels map[string]*rate.Limiter
	prune    int // prune idle channels once this many are kept
}

// channelsKept is how many channels' buckets the limiter keeps before it
// drops those that are idle again.
const channelsKept = 4096

func newLimiter(c Clock, l Limit) *limiter {
	lim := &limiter{clock: c, channels: map[string]*rate.Limiter{}, prune: channelsKept}
	if l.PerSecond > 0 {
		lim.platform = rate.NewLimiter(rate.Limit(l.PerSecond), max(l.Burst, 1))
	}
	if l.PerChannel > 0 {
		lim.perChannel = rate.Every(l.PerChannel)
	}
	return lim
}

// wait blocks until a post to channel may start, or ctx ends (ctx.Err()).
// A turn given up is not handed back: ctx ends at shutdown, and giving back
// a channel's turn reserved for later would let the next post in early.
func (l *limiter) wait(ctx context.Context, channel string) error {
	if l.platform == nil && l.perChannel == 0 {
		return ctx.Err()
	}
	return sleep(ctx, l.clock, l.reserve(channel))
}

// reserve takes the next turn for a post to channel and returns how long
// from now it is.
func (l *limiter) reserve(channel string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.clock.Now()
	start := now
	if l.platform != nil {
		start = now.Add(l.platform.ReserveN(now, 1).DelayFrom(now))
	}
	if l.perChannel > 0 {
		start = start.Add(l.channel(channel, now).ReserveN(start, 1).DelayFrom(start))
	}
	return start.Sub(now)
}

// channel returns the channel's bucket, made on first use. Idle buckets
// (full again) are dropped once many are kept, and the next pruning waits
// until the map has doubled, so a fan-out to many channels costs no more
// per post. Called with l.mu held.
func (l *limiter) channel(ch string, now time.Time) *rate.Limiter {
	if b, ok := l.channels[ch]; ok {
		return b
	}
	if len(l.channels) >= l.prune {
		for k, b := range l.channels {
			if b.TokensAt(now) >= 1 {
				delete(l.channels, k)
			}
		}
		l.prune = max(channelsKept, 2*len(l.channels))
	}
	b := rate.NewLimiter(l.perChannel, 1)
	l.channels[ch] = b
	return b
}
