package postgres_test

import (
	"testing"

	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/bot/storetest"
)

// BenchmarkFeeds: the store's cost per poller call, with 10,000 feeds
// followed, over a local connection.
// go test -run '^$' -bench Feeds ./adapters/postgres
func BenchmarkFeeds(b *testing.B) {
	storetest.BenchFeeds(b, 10_000, func(b *testing.B) storetest.FeedStore {
		s, err := postgres.Open(b.Context(), pgtest.FreshSchema(b))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}
