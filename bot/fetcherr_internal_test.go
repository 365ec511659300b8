package bot

import (
	"errors"
	"net/http"
	"testing"
	"time"
)

// retryAfterOf reads the Retry-After a transient fetch error carries, in
// seconds or as an HTTP date against the clock given, within its limit.
func TestRetryAfterOf(t *testing.T) {
	now := time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC)
	date := func(d time.Duration) string { return now.Add(d).Format(http.TimeFormat) }
	tests := []struct {
		header string
		want   time.Duration
	}{
		{"", 0},
		{"120", 2 * time.Minute},
		{" 120 ", 2 * time.Minute},
		{"0", 0},
		{"-30", 0},
		{"86400", 6 * time.Hour}, // capped
		{"99999999999999999999999", 6 * time.Hour}, // past int64: capped, not unreadable
		{date(90 * time.Minute), 90 * time.Minute},
		{date(-time.Hour), 0}, // past
		{date(48 * time.Hour), 6 * time.Hour},
		{"soon", 0},
		{"1.5", 0},
	}
	for _, tt := range tests {
		err := transientFetch{err: errors.New("503"), retryAfter: tt.header}
		if got := retryAfterOf(err, now, 6*time.Hour); got != tt.want {
			t.Errorf("Retry-After %q: %v, want %v", tt.header, got, tt.want)
		}
	}
	if got := retryAfterOf(errors.New("503"), now, time.Hour); got != 0 {
		t.Errorf("an error that carries no Retry-After: %v, want 0", got)
	}
	if got := retryAfterOf(TransientFetch(errors.New("503")), now, time.Hour); got != 0 {
		t.Errorf("TransientFetch's error: %v, want 0", got)
	}
}
