package bot

import (
	"fmt"
	"testing"
	"time"
)

// frozenClock is a clock that tells a time the test sets and never fires.
type frozenClock struct{ now time.Time }

func (c *frozenClock) Now() time.Time               { return c.now }
func (c *frozenClock) NewTimer(time.Duration) Timer { panic("the limiter test does not wait") }

// TestLimiterTurns: the turns a limiter hands out, on the scheduler's clock:
// a burst then the platform's rate, a gap per channel whatever the order of
// the requests, both together, and turns that have passed cost nothing.
func TestLimiterTurns(t *testing.T) {
	t.Parallel()
	ms := time.Millisecond
	type ask struct {
		after   time.Duration // since the first request
		channel string
		want    time.Duration // wait from the request
	}
	tests := []struct {
		name  string
		limit Limit
		asks  []ask
	}{
		{"burst then rate", Limit{PerSecond: 2, Burst: 3}, []ask{
			{0, "A", 0}, {0, "B", 0}, {0, "C", 0}, {0, "D", 500 * ms}, {0, "E", 1000 * ms}, {0, "F", 1500 * ms},
		}},
		{"rate refills while idle", Limit{PerSecond: 2, Burst: 2}, []ask{
			{0, "A", 0}, {0, "B", 0}, {0, "C", 500 * ms}, {2 * time.Second, "D", 0}, {2 * time.Second, "E", 0}, {2 * time.Second, "F", 500 * ms},
		}},
		{"one channel", Limit{PerChannel: time.Second}, []ask{
			{0, "A", 0}, {0, "A", 1000 * ms}, {0, "B", 0}, {0, "A", 2000 * ms}, {500 * ms, "B", 500 * ms}, {5 * time.Second, "A", 0},
		}},
		{"platform and channel", Limit{PerSecond: 10, PerChannel: time.Second}, []ask{
			// The second post to A waits for A, not the platform; B's turn
			// is the platform's next, not after A's.
			{0, "A", 0}, {0, "A", 1000 * ms}, {0, "B", 200 * ms}, {0, "C", 300 * ms},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			t0 := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
			c := &frozenClock{t0}
			l := newLimiter(c, tc.limit)
			for i, a := range tc.asks {
				c.now = t0.Add(a.after)
				if got := l.reserve(a.channel); got != a.want {
					t.Errorf("request %d (channel %s at +%s) waits %s, want %s", i, a.channel, a.after, got, a.want)
				}
			}
		})
	}
}

// TestLimiterForgetsOnlyIdleChannels: past channelsKept channels the
// limiter drops the buckets of channels that could post now anyway, and
// keeps a channel whose gap is still running.
func TestLimiterForgetsOnlyIdleChannels(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	c := &frozenClock{t0}
	l := newLimiter(c, Limit{PerChannel: time.Minute})
	for i := range channelsKept - 1 {
		l.reserve(fmt.Sprint("idle", i))
	}
	c.now = t0.Add(2 * time.Minute)
	l.reserve("busy")
	l.reserve("new") // past channelsKept: the idle ones go
	if n := len(l.channels); n != 2 {
		t.Errorf("%d channels kept after pruning, want 2 (busy and new)", n)
	}
	c.now = c.now.Add(30 * time.Second)
	if got := l.reserve("busy"); got != 30*time.Second {
		t.Errorf("busy waits %s after pruning, want the 30s left of its gap", got)
	}
	if got := l.reserve("idle0"); got != 0 {
		t.Errorf("a forgotten idle channel waits %s", got)
	}
}
