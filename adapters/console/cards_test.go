package console_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/briefbot/briefbot/adapters/console"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/testutil"
)

const articles = "../../briefings/ingest/testdata/articles"

// curatingBot is a bot that drafts the ingest test articles, on the ingest
// test set's registry, and publishes to a MemStore.
func curatingBot(t *testing.T) (*bot.Bot, *bot.MemStore) {
	t.Helper()
	reg, err := os.ReadFile(filepath.Join(articles, "registry.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	corpus, ps := briefings.ReadCorpus(fstest.MapFS{"registry.yaml": {Data: reg}})
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	lib := briefings.NewLibrary(corpus)
	store := bot.NewMemStore()
	fol := &bot.Follower{Store: store, Library: lib}
	if err := fol.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	b := bot.New(lib)
	b.Content, b.Drafts, b.Fetcher, b.Sync = store, store, &testutil.ArticleFetcher{Dir: articles}, fol.Sync
	return b, store
}

// syncBuffer is a bytes.Buffer safe for the console's writers and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// since returns what was written after the first n bytes, and the length now.
func (s *syncBuffer) since(n int) (string, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()[n:], s.b.Len()
}

var choiceRE = regexp.MustCompile(`\[(\d+)\] ([A-Z][a-z]+)`)

// choice is the /do line of the choice labelled label in out's last Choices.
func choice(t *testing.T, out, label string) string {
	t.Helper()
	i := strings.LastIndex(out, "Choices:")
	if i < 0 {
		t.Fatalf("no choices in:\n%s", out)
	}
	for _, m := range choiceRE.FindAllStringSubmatch(strings.Join(strings.Fields(out[i:]), " "), -1) {
		if m[2] == label {
			return "/do " + m[1]
		}
	}
	t.Fatalf("no choice %s in:\n%s", label, out[i:])
	return ""
}

// TestConsoleReviewCards: a card a feed posts is printed with a banner and
// its choices, which /do takes as it takes a /draft card's; an update prints
// the card again, marked; a ref the console never gave is undeliverable.
func TestConsoleReviewCards(t *testing.T) {
	t.Parallel()
	b, store := curatingBot(t)
	out := &syncBuffer{}
	c := console.New(strings.NewReader(""), out, b)
	ctx := t.Context()
	ch := bot.ChannelKey{Platform: bot.Console, Workspace: "local", Channel: "console"}
	var cp bot.CardPoster = c

	card := b.Handle(ctx, bot.Request{Platform: bot.Console, Command: "draft", Text: "https://news.example/01-grain-corridor.txt",
		User: "feeds", UserName: "a feed", Channel: "console", Workspace: "local", CanCurate: true, ID: "feed-1"})
	ref, err := cp.PostCard(ctx, ch, card)
	if err != nil || ref != "1" {
		t.Fatalf("PostCard: %q, %v", ref, err)
	}
	got, n := out.since(0)
	for _, want := range []string{"--- review card 1 in #console ---", "Grain corridor talks stall", "Choices: [1] Publish [2] Edit"} {
		if !strings.Contains(strings.Join(strings.Fields(got), " "), strings.Join(strings.Fields(want), " ")) {
			t.Errorf("the posted card lacks %q:\n%s", want, got)
		}
	}
	ref2, _ := cp.PostCard(ctx, ch, card)
	if ref2 != "2" {
		t.Errorf("the second card's ref is %q, want 2", ref2)
	}

	up := card
	up.Sources = append(up.Sources, bot.Source{Title: "The same story elsewhere", URL: "https://other.example/story"})
	if err := cp.UpdateCard(ctx, ch, ref, up); err != nil {
		t.Fatal(err)
	}
	got, n = out.since(n)
	if !strings.Contains(got, "--- review card 1 in #console, updated ---") || !strings.Contains(got, "other.example/story") {
		t.Errorf("the update printed:\n%s", got)
	}
	for _, bad := range []string{"3", "0", "", "x"} {
		if err := cp.UpdateCard(ctx, ch, bad, up); !errors.Is(err, bot.ErrUndeliverable) {
			t.Errorf("UpdateCard(%q): %v", bad, err)
		}
	}

	// The person at the console publishes it with /do, as a /draft card.
	if err := c.Ask(ctx, choice(t, got, "Publish")); err != nil {
		t.Fatal(err)
	}
	if err := c.Ask(ctx, "y"); err != nil {
		t.Fatal(err)
	}
	got, _ = out.since(n)
	if !strings.Contains(got, "Published by console") {
		t.Errorf("after /do Publish and y:\n%s", got)
	}
	if snap, _ := store.Snapshot(ctx); len(snap.Versions) != 1 {
		t.Errorf("published %v, want one version", snap.Versions)
	}
}

// TestConsoleCardsWhileAsking: feeds post cards from their own goroutine
// while the console answers what is typed; the output stays whole and the
// race detector quiet.
func TestConsoleCardsWhileAsking(t *testing.T) {
	t.Parallel()
	b, _ := curatingBot(t)
	out := &syncBuffer{}
	c := console.New(strings.NewReader(""), out, b)
	ctx := t.Context()
	ch := bot.ChannelKey{Platform: bot.Console, Workspace: "local", Channel: "console"}
	card := bot.Reply{Kind: bot.Answer, Title: "A feed's draft", Actions: []bot.Action{{Label: "Discard", Do: "discard:1:1"}}}
	var wg sync.WaitGroup
	wg.Go(func() {
		for range 20 {
			if _, err := c.PostCard(ctx, ch, card); err != nil {
				t.Error(err)
			}
		}
	})
	for range 20 {
		if err := c.Ask(ctx, "/topics"); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	got, _ := out.since(0)
	if n := strings.Count(got, "--- review card "); n != 20 {
		t.Errorf("%d cards printed, want 20", n)
	}
	if n := strings.Count(got, "A feed's draft\n"); n != 20 {
		t.Errorf("%d whole card titles, want 20", n)
	}
}
