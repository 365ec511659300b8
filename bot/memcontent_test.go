package bot_test

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/storetest"
)

func TestMemContentContract(t *testing.T) {
	t.Parallel()
	storetest.RunContent(t, func(t *testing.T) storetest.ContentStore { return bot.NewMemStore() })
}
