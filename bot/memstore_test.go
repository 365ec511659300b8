package bot_test

import (
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/storetest"
)

func TestMemStoreContract(t *testing.T) {
	t.Parallel()
	storetest.Run(t, func(t *testing.T) bot.Store { return bot.NewMemStore() })
}
