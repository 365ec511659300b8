package postgres

import (
	"testing"
	"time"
)

// TestConnectTimeoutDefault: a URL without connect_timeout (or with 0,
// which pgx takes as no limit) gets DefaultConnectTimeout; one with its
// own keeps it.
func TestConnectTimeoutDefault(t *testing.T) {
	t.Parallel()
	tests := []struct {
		url  string
		want time.Duration
	}{
		{"postgres://bob@db.example:5432/briefbot", DefaultConnectTimeout},
		{"postgres://bob@db.example:5432/briefbot?connect_timeout=0", DefaultConnectTimeout},
		{"postgres://bob@db.example:5432/briefbot?connect_timeout=2", 2 * time.Second},
		{"postgres://bob@db.example:5432/briefbot?connect_timeout=30&sslmode=disable", 30 * time.Second},
	}
	for _, tc := range tests {
		cfg, err := parseConfig(tc.url)
		if err != nil {
			t.Fatalf("%s: %v", tc.url, err)
		}
		if got := cfg.ConnConfig.ConnectTimeout; got != tc.want {
			t.Errorf("%s: connect timeout %s, want %s", tc.url, got, tc.want)
		}
		if got := cfg.ConnConfig.RuntimeParams["application_name"]; got != "briefbot" {
			t.Errorf("%s: application_name %q, want briefbot", tc.url, got)
		}
	}
}
