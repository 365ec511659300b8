// Package clocktest is a virtual clock for tests of the scheduler: time
// moves only when the test says, so a test runs days of daily posts without
// sleeping, on the calendar dates it names.
//
// Inside a testing/synctest bubble, synctest.Wait tells when the goroutines
// on the clock have gone back to sleep. Tests that cannot run in a bubble
// (they talk over real sockets: HTTP fakes, PostgreSQL) wait with WaitIdle,
// which watches for the timers those goroutines arm.
package clocktest

import (
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// Clock is a bot.Clock whose time the test sets. It is safe for concurrent
// use.
type Clock struct {
	mu     sync.Mutex
	now    time.Time
	timers []*timer
}

var _ bot.Clock = (*Clock)(nil)

// New returns a clock reading t.
func New(t time.Time) *Clock { return &Clock{now: t} }

type timer struct {
	c       *Clock
	at      time.Time
	armedAt time.Time
	ch      chan time.Time
}

// Now implements bot.Clock.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// NewTimer implements bot.Clock.
func (c *Clock) NewTimer(d time.Duration) bot.Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &timer{c: c, at: c.now.Add(d), armedAt: c.now, ch: make(chan time.Time, 1)}
	if d <= 0 {
		t.ch <- c.now
		return t
	}
	c.timers = append(c.timers, t)
	return t
}

func (t *timer) C() <-chan time.Time { return t.ch }

func (t *timer) Stop() bool {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	for i, x := range t.c.timers {
		if x == t {
			t.c.timers = append(t.c.timers[:i], t.c.timers[i+1:]...)
			return true
		}
	}
	return false
}

// Set moves the clock to t and fires every timer due by then.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
	kept := c.timers[:0]
	for _, x := range c.timers {
		if x.at.After(t) {
			kept = append(kept, x)
			continue
		}
		x.ch <- t
	}
	c.timers = kept
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) { c.Set(c.Now().Add(d)) }

// NextTimer returns when the earliest waiting timer fires.
func (c *Clock) NextTimer() (time.Time, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var at time.Time
	for _, x := range c.timers {
		if at.IsZero() || x.at.Before(at) {
			at = x.at
		}
	}
	return at, !at.IsZero()
}

// Armed returns how many timers are waiting and how many of them were set
// at the current time (after the last Set).
func (c *Clock) Armed() (waiting, sinceSet int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, x := range c.timers {
		if x.armedAt.Equal(c.now) {
			sinceSet++
		}
	}
	return len(c.timers), sinceSet
}

// WaitIdle waits, in real time and for up to ten seconds, until n timers
// have been armed at the current time: the goroutines that wait on this
// clock have seen the latest Set and gone back to sleep. It fails the test
// if they do not.
func (c *Clock) WaitIdle(t testing.TB, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, since := c.Armed(); since >= n {
			return
		}
		if time.Now().After(deadline) {
			waiting, since := c.Armed()
			t.Fatalf("clocktest: %d timer(s) armed since %s (of %d waiting), want %d", since, c.Now().Format(time.RFC3339), waiting, n)
		}
		time.Sleep(time.Millisecond)
	}
}

// WaitAsleep waits, in real time and for up to ten seconds, until n timers
// are waiting: each of the n goroutines that sleep on this clock (a
// scheduler and a feed poller, say) is asleep, those the latest Set woke
// having gone back to sleep. Where several goroutines sleep on one clock,
// WaitIdle's count of timers armed since the Set cannot tell whose they
// are: one going back to sleep passes for another still computing its
// next wake-up from the time before the Set. It fails the test if they do
// not all sleep.
func (c *Clock) WaitAsleep(t testing.TB, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if waiting, _ := c.Armed(); waiting >= n {
			return
		}
		if time.Now().After(deadline) {
			waiting, since := c.Armed()
			t.Fatalf("clocktest: %d timer(s) waiting at %s (%d armed since), want %d", waiting, c.Now().Format(time.RFC3339), since, n)
		}
		time.Sleep(time.Millisecond)
	}
}
