package bot_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// TestRetryDo: what Do tries again, how long it waits, and what it returns
// when it stops. In a synctest bubble: the waits are virtual time.
func TestRetryDo(t *testing.T) {
	t.Parallel()
	errBusy := errors.New("503 busy")
	tests := []struct {
		name  string
		retry bot.Retry
		fails []error // what attempt 1, 2, … return; past the end, nil
		ctx   time.Duration
		// want
		attempts int
		waits    []time.Duration // before attempts 2, 3, …
		is       []error         // the result matches each (nil: the result is nil)
		says     string
	}{
		{"backoff doubles up to its cap", bot.Retry{Backoff: time.Second, MaxBackoff: 4 * time.Second},
			[]error{bot.Retryable(errBusy), bot.Retryable(errBusy), bot.Retryable(errBusy), bot.Retryable(errBusy)}, 0,
			5, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 4 * time.Second}, nil, ""},
		{"the platform's wait replaces the backoff and does not grow it", bot.Retry{Backoff: time.Second},
			[]error{bot.Retryable(errBusy), bot.RetryableAfter(errBusy, 30*time.Second), bot.Retryable(errBusy)}, 0,
			4, []time.Duration{time.Second, 30 * time.Second, 2 * time.Second}, nil, ""},
		{"an unmarked failure is not tried again", bot.Retry{},
			[]error{errBusy}, 0,
			1, nil, []error{errBusy}, "503 busy"},
		{"a failure that may have been delivered is never tried again, even marked", bot.Retry{},
			[]error{bot.Retryable(fmt.Errorf("post: %w", bot.ErrMaybeDelivered))}, 0,
			1, nil, []error{bot.ErrMaybeDelivered}, "delivery outcome unknown"},
		{"attempts run out", bot.Retry{Attempts: 3},
			[]error{bot.Retryable(errBusy), bot.Retryable(errBusy), bot.Retryable(errBusy), nil}, 0,
			3, []time.Duration{time.Second, 2 * time.Second}, []error{errBusy}, "503 busy (attempt 3 of 3)"},
		{"a wait longer than MaxWait ends the tries", bot.Retry{MaxWait: time.Minute},
			[]error{bot.RetryableAfter(errBusy, 10*time.Minute)}, 0,
			1, nil, []error{errBusy}, "asked to wait 10m0s before trying again, longer than 1m0s"},
		{"the context ends while waiting", bot.Retry{Backoff: time.Hour},
			[]error{bot.Retryable(errBusy)}, time.Minute,
			1, nil, []error{errBusy, context.DeadlineExceeded}, "stopped before attempt 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			synctest.Test(t, func(t *testing.T) {
				ctx := context.Background()
				if tc.ctx > 0 {
					var cancel context.CancelFunc
					ctx, cancel = context.WithTimeout(ctx, tc.ctx)
					defer cancel()
				}
				var at []time.Time
				var told []time.Duration
				r := tc.retry
				r.OnRetry = func(_ int, wait time.Duration, _ error) { told = append(told, wait) }
				err := r.Do(ctx, func(attempt int) error {
					at = append(at, time.Now())
					if attempt != len(at) {
						t.Errorf("attempt %d passed as %d", len(at), attempt)
					}
					if attempt <= len(tc.fails) {
						return tc.fails[attempt-1]
					}
					return nil
				})
				if len(at) != tc.attempts {
					t.Errorf("%d attempts, want %d", len(at), tc.attempts)
				}
				var waits []time.Duration
				for i := 1; i < len(at); i++ {
					waits = append(waits, at[i].Sub(at[i-1]))
				}
				if fmt.Sprint(waits) != fmt.Sprint(tc.waits) {
					t.Errorf("waited %v, want %v", waits, tc.waits)
				}
				if len(tc.waits) > 0 && fmt.Sprint(told[:len(tc.waits)]) != fmt.Sprint(tc.waits) {
					t.Errorf("OnRetry was told %v, want %v", told, tc.waits)
				}
				if tc.is == nil && err != nil {
					t.Errorf("err = %v, want nil", err)
				}
				for _, target := range tc.is {
					if !errors.Is(err, target) {
						t.Errorf("err = %v, want it to match %v", err, target)
					}
				}
				if err != nil && !strings.Contains(err.Error(), tc.says) {
					t.Errorf("err = %q, want it to say %q", err, tc.says)
				}
			})
		})
	}
}

// TestRetryDelay: the scheduler's backoff for daily posts, 30s doubling
// to 15m.
func TestRetryDelay(t *testing.T) {
	t.Parallel()
	r := bot.Retry{Backoff: 30 * time.Second, MaxBackoff: 15 * time.Minute}
	want := map[int]time.Duration{1: 30 * time.Second, 2: time.Minute, 3: 2 * time.Minute, 5: 8 * time.Minute, 6: 15 * time.Minute, 1000: 15 * time.Minute}
	for n, d := range want {
		if got := r.Delay(n); got != d {
			t.Errorf("Delay(%d) = %s, want %s", n, got, d)
		}
	}
	if got := (bot.Retry{}).Delay(200); got <= 0 {
		t.Errorf("uncapped Delay(200) = %s; it must not overflow", got)
	}
}
