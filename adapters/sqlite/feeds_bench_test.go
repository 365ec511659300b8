package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot/storetest"
)

// BenchmarkFeeds: the store's cost per poller call, with 10,000 feeds
// followed. go test -run '^$' -bench Feeds ./adapters/sqlite
func BenchmarkFeeds(b *testing.B) {
	storetest.BenchFeeds(b, 10_000, func(b *testing.B) storetest.FeedStore {
		s, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "briefbot.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}
