package bot

import (
	"context"
	"sync"
	"time"
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

// limiter paces post starts: a token bucket (kept as GCRA's theoretical
// arrival time) for the platform, and a next-allowed time per channel. It
// waits on the scheduler's clock, so virtual-time tests do not sleep.
type limiter struct {
	clock      Clock
	interval   time.Duration // between starts; 0 means no platform-wide pace
	tolerance  time.Duration // (burst-1) intervals
	perChannel time.Duration

	mu       sync.Mutex
	tat      time.Time
	channels map[string]time.Time // channel -> when its next post may start
}

func newLimiter(c Clock, l Limit) *limiter {
	lim := &limiter{clock: c, perChannel: l.PerChannel, channels: map[string]time.Time{}}
	if l.PerSecond > 0 {
		lim.interval = time.Duration(float64(time.Second) / l.PerSecond)
		lim.tolerance = time.Duration(max(l.Burst, 1)-1) * lim.interval
	}
	return lim
}

// wait blocks until a post to channel may start, or ctx ends (ctx.Err()).
func (l *limiter) wait(ctx context.Context, channel string) error {
	if l.interval == 0 && l.perChannel == 0 {
		return ctx.Err()
	}
	l.mu.Lock()
	now := l.clock.Now()
	start := now
	if l.interval > 0 {
		tat := l.tat
		if tat.Before(now) {
			tat = now
		}
		if s := tat.Add(-l.tolerance); s.After(start) {
			start = s
		}
		l.tat = tat.Add(l.interval)
	}
	if l.perChannel > 0 {
		if next, ok := l.channels[channel]; ok && next.After(start) {
			start = next
		}
		l.channels[channel] = start.Add(l.perChannel)
		if len(l.channels) > 4096 {
			for ch, next := range l.channels {
				if !next.After(now) {
					delete(l.channels, ch)
				}
			}
		}
	}
	l.mu.Unlock()
	return sleep(ctx, l.clock, start.Sub(now))
}
