package bot_test

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/storetest"
)

func TestMemStoreFeeds(t *testing.T) {
	t.Parallel()
	storetest.RunFeeds(t, func(t *testing.T) storetest.FeedStore { return bot.NewMemStore() })
}
