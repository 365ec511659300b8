package bot_test

import (
	"context"
	"sync"
	"testing"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/corpusgen"
)

var (
	bigOnce sync.Once
	bigBot  *bot.Bot
	bigCat  *briefings.Catalog
)

// bigCatalogBot answers from 100,000 briefings and 1,000,000 quotes.
func bigCatalogBot(b *testing.B) (*bot.Bot, *briefings.Catalog) {
	b.Helper()
	bigOnce.Do(func() {
		bigCat = corpusgen.Catalog(100_000, 1_000_000, 42)
		bigBot = bot.New(briefings.NewLive(bigCat))
	})
	return bigBot, bigCat
}

// The whole command, from request to Reply, on the large catalog.
func BenchmarkCommand(b *testing.B) {
	bt, c := bigCatalogBot(b)
	topics, speakers := c.Topics(), c.Speakers()
	cases := []struct {
		name string
		req  func(i int) bot.Request
	}{
		{"status", func(i int) bot.Request {
			return bot.Request{Command: "status", Text: topics[i%len(topics)].Name}
		}},
		{"quote", func(i int) bot.Request {
			return bot.Request{Command: "quote", Text: speakers[i%len(speakers)].Aliases[0]}
		}},
		{"quote-words", func(i int) bot.Request {
			return bot.Request{Command: "quote", Text: speakers[i%len(speakers)].Aliases[0] + " missiles"}
		}},
		{"search", func(i int) bot.Request {
			return bot.Request{Command: "search", Text: "missiles"}
		}},
	}
	ctx := context.Background()
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if r := bt.Handle(ctx, tc.req(i)); r.Kind != bot.Answer {
					b.Fatalf("%+v: %v %s", tc.req(i), r.Kind, r.Text)
				}
				i++
			}
		})
	}
}
