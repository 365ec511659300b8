package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/corpusgen"
)

var (
	bigOnce   sync.Once
	bigCorpus *briefings.Corpus
)

// BenchmarkPublishToAnswer is the time from `briefbot publish` (checking
// the file against the bot's registry, writing it into the store) to the
// moment a running bot's catalog serves the new quote, on each store, at
// the seed corpus and at 100,000 briefings and a million quotes. The
// publisher and the bot have connections of their own, as two processes
// do; the bot learns of the change as it does in production (SQLite: it
// reads the content's sequence number every 500 ms; PostgreSQL: NOTIFY).
// Each publish is a new briefing, so the overlay grows (no background
// rebuild starts below 256).
//
//	go test -run '^$' -bench PublishToAnswer -benchtime 20x .
func BenchmarkPublishToAnswer(b *testing.B) {
	seed := func(b *testing.B) *briefings.Corpus {
		c, err := briefings.Builtin()
		if err != nil {
			b.Fatal(err)
		}
		return c
	}
	big := func(b *testing.B) *briefings.Corpus {
		bigOnce.Do(func() {
			reg, bs, _ := corpusgen.Generate(100_000, 1_000_000, 42)
			bigCorpus = &briefings.Corpus{Origin: briefings.OriginFolder, Registry: reg, Briefings: bs}
		})
		return bigCorpus
	}
	for _, size := range []struct {
		name  string
		files func(*testing.B) *briefings.Corpus
	}{{"seed", seed}, {"100k", big}} {
		for _, kind := range []string{"sqlite", "postgres"} {
			b.Run(size.name+"/"+kind, func(b *testing.B) {
				files := size.files(b)
				open := openSQLite(b)
				if kind == "postgres" {
					open = openPostgres(b)
				}
				benchPublishToAnswer(b, files, open)
			})
		}
	}
}

func openSQLite(b *testing.B) func() database {
	path := filepath.Join(b.TempDir(), "briefbot.db")
	return func() database {
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
}

func openPostgres(b *testing.B) func() database {
	u := pgtest.FreshSchema(b)
	return func() database {
		s, err := postgres.Open(context.Background(), u)
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
}

func benchPublishToAnswer(b *testing.B, files *briefings.Corpus, open func() database) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	botSide, cliSide := open(), open()
	defer botSide.Close()
	defer cliSide.Close()
	lib := briefings.NewLibrary(files)
	swapped := make(chan *briefings.Catalog, 64)
	lib.OnSwap = func(c *briefings.Catalog) {
		select {
		case swapped <- c:
		default:
		}
	}
	f := &bot.Follower{Store: botSide, Library: lib}
	if err := f.Load(ctx); err != nil {
		b.Fatal(err)
	}
	go f.Run(ctx)
	reg := files.Registry
	speaker, topic := reg.Speakers[0], reg.Topics[0]
	v, ps := briefings.NewValidator(files, nil, nil)
	if err := ps.Err(); err != nil {
		b.Fatal(err)
	}
	var total, worst time.Duration
	b.ResetTimer()
	for i := range b.N {
		// Publishes come at any moment of SQLite's polling period, not
		// just after the last reading: spread them over it.
		b.StopTimer()
		time.Sleep(time.Duration(i%10) * sqlite.DefaultPoll / 10)
		b.StartTimer()
		id := fmt.Sprintf("bench-%d", i)
		text := fmt.Sprintf("---\nid: %s\ntitle: Published %d\ndate: 2030-01-01\ntopics: [%q]\nquotes:\n  - speaker: %s\n    text: Benchword%d is what was said.\nsources:\n  - title: T\n    outlet: O\n---\nBody.\n", id, i, topic.Name, speaker.Name, i)
		start := time.Now()
		if _, err := bot.Publish(ctx, cliSide, v, bot.PublishRequest{Files: []briefings.File{{Name: id + ".md", Text: []byte(text)}}, By: "cli:bench", At: start}); err != nil {
			b.Fatal(err)
		}
		for {
			c := <-swapped
			if c.Briefing(id) != nil {
				break
			}
		}
		took := time.Since(start)
		total += took
		worst = max(worst, took)
	}
	b.StopTimer()
	c := lib.Catalog()
	s, _ := c.Speaker(speaker.Name)
	if qs, _ := c.QuotesMatching(s, fmt.Sprintf("benchword%d", b.N-1), 1); len(qs) != 1 {
		b.Fatal("/quote does not find the last published quote")
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms/publish-to-answer")
	b.ReportMetric(float64(worst.Microseconds())/1000, "ms-worst")
}
