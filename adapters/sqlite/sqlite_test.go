package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/sqlite"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/storetest"
)

func TestContract(t *testing.T) {
	t.Parallel()
	storetest.Run(t, func(t *testing.T) bot.Store {
		s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "briefbot.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestContentContract(t *testing.T) {
	t.Parallel()
	storetest.RunContent(t, func(t *testing.T) storetest.ContentStore {
		s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "briefbot.db"))
		if err != nil {
			t.Fatal(err)
		}
		s.Poll = 20 * time.Millisecond
		return s
	})
}

// TestWatchSeesAnotherProcess: a publish through another connection to
// the same file, as briefbot publish makes while the bot runs, is
// signalled to the bot's Watch and read by Changes.
func TestWatchSeesAnotherProcess(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	botSide, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer botSide.Close()
	botSide.Poll = 20 * time.Millisecond
	w := botSide.Watch(t.Context())
	cli, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	text := "---\nid: a\ntitle: A\ndate: 2026-03-02\ntopics: [ukraine]\n---\nA.\n"
	if _, err := cli.Publish(t.Context(), bot.Batch{By: "cli:alice", At: time.Now(), Briefings: []bot.Publication{{ID: "a", Text: text, Key: "k1"}}}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-w:
	case <-time.After(10 * time.Second):
		t.Fatal("no signal of the other connection's publish")
	}
	c, err := botSide.Changes(t.Context(), 0)
	if err != nil || len(c.Versions) != 1 || c.Versions[0].Text != text {
		t.Errorf("Changes = %+v, %v", c, err)
	}
}

// TestReopenKeepsEverything: what one run stored, the next run finds,
// claims included; migrations are applied once.
func TestReopenKeepsEverything(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	ch := bot.ChannelKey{Platform: bot.Console, Workspace: "local", Channel: "console"}
	next := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	if _, err := s.UpdateChannel(ctx, ch, func([]bot.Subscription) ([]bot.Subscription, error) {
		return []bot.Subscription{{ChannelKey: ch, Topics: []string{"ukraine"}, At: 8 * 60, TZ: "UTC", Created: next.Add(-time.Hour), Next: next, NextDate: "2026-03-02"}}, nil
	}); err != nil {
		t.Fatal(err)
	}
	cs, err := s.ClaimDue(ctx, bot.ClaimQuery{Platform: bot.Console, Now: next, Owner: "run1", Until: next.Add(time.Minute), Limit: 5})
	if err != nil || len(cs) != 1 {
		t.Fatalf("claim: %v %v", cs, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s2, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	subs, err := s2.Subscriptions(ctx, ch)
	if err != nil || len(subs) != 1 || !subs[0].NextClaimed {
		t.Fatalf("after reopening: %+v, %v; want the subscription with its claim", subs, err)
	}
	if cs, _ := s2.ClaimDue(ctx, bot.ClaimQuery{Platform: bot.Console, Now: next, Owner: "run2", Until: next.Add(time.Minute), Limit: 5}); len(cs) != 0 {
		t.Errorf("the claim of the first run was lost on reopening")
	}

	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mode string
	var versions int
	if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal mode %q (%v), want wal", mode, err)
	}
	if want := migrationFiles(t); db.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&versions) != nil || versions != want {
		t.Errorf("%d migrations recorded, want %d (each once) after two opens", versions, want)
	}
}

// migrationFiles counts the migrations the store embeds.
func migrationFiles(t *testing.T) int {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("migrations", "*.sql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no migrations found: %v", err)
	}
	return len(files)
}

func TestNewerSchemaRefused(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 0)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = sqlite.Open(t.Context(), path)
	if err == nil || !strings.Contains(err.Error(), "schema version 99, newer than this briefbot knows") {
		t.Errorf("opening a newer database: %v", err)
	}
}

func TestBadPath(t *testing.T) {
	t.Parallel()
	for _, p := range []string{"", "a?b.db", filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")} {
		if s, err := sqlite.Open(t.Context(), p); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", p)
		}
	}
}

func TestDraftsContract(t *testing.T) {
	t.Parallel()
	storetest.RunDrafts(t, func(t *testing.T) storetest.DraftStore {
		s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "briefbot.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestFeedsContract(t *testing.T) {
	t.Parallel()
	storetest.RunFeeds(t, func(t *testing.T) storetest.FeedStore {
		s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "briefbot.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// TestRemoveFeedDeletesItems: a removed feed's seen items leave the file
// with it (foreign keys are on, so the cascade runs), not just out of sight.
func TestRemoveFeedDeletesItems(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	t0 := time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC)
	f, err := s.AddFeed(t.Context(), bot.Feed{Platform: bot.Slack, Workspace: "T1", Channel: "C1", URL: "https://example.com/feed", At: t0, FeedState: bot.FeedState{Next: t0}})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"a", "b", "c"} {
		if _, err := s.SeeItem(t.Context(), f.ID, k, t0); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RemoveFeed(t.Context(), f.ID); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(t.Context(), `SELECT COUNT(*) FROM feed_items`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d seen items left in the file after their feed was removed, want 0", n)
	}
}

// TestOpenAtOnce: replicas starting together open one new file at the same
// moment; every one of them gets the store, none is told the database is
// locked.
func TestOpenAtOnce(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "briefbot.db")
	const n = 8
	errs := make(chan error, n)
	var start sync.WaitGroup
	start.Add(1)
	for range n {
		go func() {
			start.Wait()
			s, err := sqlite.Open(t.Context(), path)
			if err == nil {
				err = s.Close()
			}
			errs <- err
		}()
	}
	start.Done()
	for range n {
		if err := <-errs; err != nil {
			t.Errorf("open: %v", err)
		}
	}
}
