package bot_test

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/storetest"
)

func TestMemStoreDrafts(t *testing.T) {
	t.Parallel()
	storetest.RunDrafts(t, func(t *testing.T) storetest.DraftStore { return bot.NewMemStore() })
}
