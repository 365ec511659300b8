package bot_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
	"github.com/briefbot/briefbot/briefings"
)

// pubText is a briefing file as a curator writes it for publishing.
func pubText(id, date, title, quote string, extra ...string) []byte {
	return []byte(fmt.Sprintf("---\nid: %s\n%stitle: %s\ndate: %s\ntopics: [ukraine]\nquotes:\n  - speaker: ann\n    text: %s\nsources:\n  - title: Wire\n    outlet: Wire\n---\nSummary of %s.\n",
		id, strings.Join(extra, ""), title, date, quote, id))
}

// curation is a bot whose catalog is a Library of the test registry (and
// files) and a MemStore's published briefings, followed by a Follower.
type curation struct {
	t     *testing.T
	lib   *briefings.Library
	store *bot.MemStore
	f     *bot.Follower
	bot   *bot.Bot
}

func newCuration(t *testing.T, files ...brief) *curation {
	t.Helper()
	fsys := fstest.MapFS{"registry.yaml": {Data: []byte(testRegistry)}}
	for _, b := range files {
		fsys[b.id+".md"] = &fstest.MapFile{Data: pubText(b.id, b.date, "Title of "+b.id, "Words of "+b.id)}
	}
	corpus, ps := briefings.ReadCorpus(fsys)
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	c := &curation{t: t, lib: briefings.NewLibrary(corpus), store: bot.NewMemStore()}
	c.f = &bot.Follower{Store: c.store, Library: c.lib}
	if err := c.f.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	c.bot = bot.New(c.lib)
	return c
}

func (c *curation) publish(at time.Time, files ...briefings.File) ([]bot.PublishOutcome, error) {
	c.t.Helper()
	out, err := bot.Publish(c.t.Context(), c.store, c.lib.Validator(), bot.PublishRequest{Files: files, By: "cli:alice", At: at})
	if err == nil {
		if err := c.f.Sync(c.t.Context()); err != nil {
			c.t.Fatal(err)
		}
	}
	return out, err
}

func (c *curation) ask(line string) string {
	cmd, txt := bot.ParseCommand(line)
	return text(c.bot.Handle(c.t.Context(), bot.Request{Platform: bot.Console, Command: cmd, Text: txt, ID: "t"}))
}

var t1 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// TestPublishEditRetract is the curator's path through the store: publish
// a briefing with a new quote and /quote shows it; the same text again is
// no new version; an edit must name the version it started from, and one
// that started from an older version is refused, naming who changed it;
// retract removes it; history lists every version with what changed.
func TestPublishEditRetract(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	f := briefings.File{Name: "geneva.md", Text: pubText("geneva", "2026-03-02", "Talks in Geneva", "We will keep talking.")}
	out, err := c.publish(t1, f)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || out[0].Version != 1 || out[0].Unchanged || out[0].ID != "geneva" {
		t.Fatalf("publish = %+v", out)
	}
	if got := c.ask("/quote ann"); !strings.Contains(got, "“We will keep talking.”") {
		t.Fatalf("/quote ann does not show the published quote:\n%s", got)
	}
	if out, err := c.publish(t1.Add(time.Minute), f); err != nil || !out[0].Unchanged || out[0].Version != 1 {
		t.Errorf("the same text again: %+v, %v; want version 1, unchanged", out, err)
	}

	edit := briefings.File{Name: "geneva.md", Text: pubText("geneva", "2026-03-02", "Talks in Geneva", "We will talk again.")}
	_, err = c.publish(t1.Add(2*time.Minute), edit)
	var ce *bot.ConflictError
	if !errors.As(err, &ce) || ce.Base != 0 || ce.Current != 1 || ce.By != "cli:alice" {
		t.Fatalf("an edit without a version: %v; want a conflict saying it is in the store", err)
	}
	if want := "geneva is already in the store: version 1, published by cli:alice at 2026-03-02 09:00 UTC"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	edit.Text = pubText("geneva", "2026-03-02", "Talks in Geneva", "We will talk again.", "version: 1\n")
	if out, err := c.publish(t1.Add(3*time.Minute), edit); err != nil || out[0].Version != 2 || !slices.Contains(out[0].Changes, "- quote: ann: “We will keep talking.”") {
		t.Fatalf("an edit of version 1: %+v, %v", out, err)
	}
	got := c.ask("/quote ann")
	if !strings.Contains(got, "We will talk again.") || strings.Contains(got, "We will keep talking.") {
		t.Errorf("after the edit, /quote ann:\n%s", got)
	}
	// Someone else's edit of version 1, made before they saw version 2.
	stale := briefings.File{Name: "geneva.md", Text: pubText("geneva", "2026-03-02", "Talks in Geneva", "Old words.", "version: 1\n")}
	if _, err := c.publish(t1.Add(4*time.Minute), stale); !errors.As(err, &ce) || ce.Current != 2 || ce.Base != 1 {
		t.Errorf("a stale edit: %v", err)
	} else if want := "geneva was changed by someone else: version 2 was published by cli:alice at 2026-03-02 09:03 UTC, after version 1, which this change started from"; err.Error() != want {
		t.Errorf("message %q\nwant %q", err, want)
	}

	if _, err := c.store.Retract(t.Context(), bot.Retraction{ID: "geneva", By: "cli:bob", At: t1.Add(5 * time.Minute), Reason: "wrong date"}); err != nil {
		t.Fatal(err)
	}
	c.f.Sync(t.Context())
	if got := c.ask("/quote ann"); !strings.Contains(got, "no direct quotes") {
		t.Errorf("after the retraction, /quote ann:\n%s", got)
	}
	// Publishing the retracted text again brings it back.
	restore := briefings.File{Name: "geneva.md", Text: edit.Text}
	if out, err := c.publish(t1.Add(6*time.Minute), restore); err != nil || out[0].Version != 4 {
		t.Fatalf("publishing it again: %+v, %v", out, err)
	}
	if got := c.ask("/quote ann"); !strings.Contains(got, "We will talk again.") {
		t.Errorf("after publishing again, /quote ann:\n%s", got)
	}

	h, err := bot.History(t.Context(), c.store, "geneva")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, e := range h {
		lines = append(lines, fmt.Sprintf("%d %s %s %s", e.Version.Version, e.State, e.By, strings.Join(e.Changes, "; ")))
	}
	want := []string{
		"1 published cli:alice first version: “Talks in Geneva”, 1 topic, 0 key point(s), 1 quote(s)",
		"2 published cli:alice + quote: ann: “We will talk again.”; - quote: ann: “We will keep talking.”",
		"3 retracted cli:bob retracted: wrong date",
		"4 published cli:alice published again as it was",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("history:\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if _, err := bot.History(t.Context(), c.store, "nope"); !errors.Is(err, bot.ErrNoBriefing) {
		t.Errorf("history of an unknown id: %v", err)
	}
}

// TestPublishRefusals: what lint refuses, publishing refuses, naming the
// field, and writes nothing; so do an id a curated file holds and a new
// speaker that would merge with a known one.
func TestPublishRefusals(t *testing.T) {
	t.Parallel()
	c := newCuration(t, brief{id: "filed", date: "2026-03-01"})
	for _, tc := range []struct {
		name string
		text []byte
		want string
	}{
		{"a typo", []byte(strings.Replace(string(pubText("x", "2026-03-02", "T", "W")), "speaker: ann", "speaker: Anne Minster", 1)),
			`x.md:7: error: quotes[1]: speaker "Anne Minster" is not in registry.yaml (did you mean Ann Minister?)`},
		{"a file's id", pubText("filed", "2026-03-02", "T", "W"), `x.md:2: error: id "filed" is held by the curated file filed.md; edit the file instead`},
		{"a merge", pubText("x", "2026-03-02", "T", "W", "new_speakers:\n  - name: Ann Other\n    aliases: [Ann Minister]\n"),
			`new_speakers[1]: the name "Ann Minister" already belongs to speaker "Ann Minister"`},
		{"a bad date", []byte(strings.Replace(string(pubText("x", "2026-03-02", "T", "W")), "date: 2026-03-02", "date: 2 March", 1)),
			`front matter: date "2 March" is not a date; write it as YYYY-MM-DD`},
	} {
		_, err := c.publish(t1, briefings.File{Name: "x.md", Text: tc.text})
		var ce *briefings.CorpusError
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v\nwant an error containing %q", tc.name, err, tc.want)
		}
	}
	if s, _ := c.store.Snapshot(t.Context()); s.Seq != 0 {
		t.Errorf("refused publishes wrote something: %+v", s)
	}
}

// TestPublishNewSpeaker: a briefing brings a speaker the registry lacks;
// publishing adds it, and /quote finds them by name and alias.
func TestPublishNewSpeaker(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	text := strings.Replace(string(pubText("lahti", "2026-03-02", "Lahti speaks", "The door is open.",
		"new_speakers:\n  - name: Aino Lahti\n    role: Prime Minister of Estmark\n    aliases: [Lahti]\n")), "speaker: ann", "speaker: Lahti", 1)
	if _, err := c.publish(t1, briefings.File{Name: "lahti.md", Text: []byte(text)}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"/quote lahti", "/quote Aino Lahti"} {
		if got := c.ask(q); !strings.Contains(got, "“The door is open.”") || !strings.Contains(got, "Prime Minister of Estmark") {
			t.Errorf("%s:\n%s", q, got)
		}
	}
	s, _ := c.store.Snapshot(t.Context())
	if len(s.Speakers) != 1 || s.Speakers[0].Speaker.Name != "Aino Lahti" {
		t.Errorf("the store's registry: %+v", s.Speakers)
	}
}

// TestConcurrentCuratorsOneWins: two curators publish edits of the same
// version at once: exactly one wins, the other is told who changed it.
func TestConcurrentCuratorsOneWins(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	if _, err := c.publish(t1, briefings.File{Name: "g.md", Text: pubText("g", "2026-03-02", "G", "First.")}); err != nil {
		t.Fatal(err)
	}
	v := c.lib.Validator()
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, who := range []string{"slack:T1/U1", "discord:42"} {
		wg.Go(func() {
			_, errs[i] = bot.Publish(context.Background(), c.store, v, bot.PublishRequest{
				Files: []briefings.File{{Name: "g.md", Text: pubText("g", "2026-03-02", "G", "Edit by "+who, "version: 1\n")}}, By: who, At: t1.Add(time.Minute)})
		})
	}
	wg.Wait()
	if (errs[0] == nil) == (errs[1] == nil) {
		t.Fatalf("want exactly one winner: %v", errs)
	}
	winner, loser := "slack:T1/U1", errs[1]
	if errs[0] != nil {
		winner, loser = "discord:42", errs[0]
	}
	if !strings.Contains(loser.Error(), "version 2 was published by "+winner) {
		t.Errorf("the loser is told %q; want who changed it first (%s)", loser, winner)
	}
}

// TestFollowerRun: a Follower running beside the bot serves what another
// writer publishes, without being asked.
func TestFollowerRun(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	swapped := make(chan *briefings.Catalog, 8)
	c.lib.OnSwap = func(cat *briefings.Catalog) { swapped <- cat }
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- c.f.Run(ctx) }()
	_, err := bot.Publish(ctx, c.store, c.lib.Validator(), bot.PublishRequest{
		Files: []briefings.File{{Name: "g.md", Text: pubText("g", "2026-03-02", "G", "Said elsewhere.")}}, By: "cli:alice", At: t1})
	if err != nil {
		t.Fatal(err)
	}
	for {
		select {
		case cat := <-swapped:
			if cat.Briefing("g") == nil {
				continue
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the follower did not serve the publish")
		}
		break
	}
	if got := c.ask("/quote ann"); !strings.Contains(got, "Said elsewhere.") {
		t.Errorf("/quote ann:\n%s", got)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v", err)
	}
}

// TestPublishedBriefingsInDailyPosts: a briefing published after a
// channel's post goes out in the next one, once; a new version published
// the same day as the post that carried the first goes out again in the
// next; one retracted before the next post never goes out.
func TestPublishedBriefingsInDailyPosts(t *testing.T) {
	t.Parallel()
	c := newCuration(t, brief{id: "filed", date: "2026-03-01"})
	clock := clocktest.New(utc(2026, 3, 2, 7, 0))
	c.bot.Now, c.bot.Store = clock.Now, c.store
	rec := &recorder{clock: clock}
	sched := bot.NewScheduler(c.store, c.lib, map[string]bot.Poster{bot.Slack: rec})
	sched.Clock, sched.Catchup = clock, 6*time.Hour
	c.bot.Scheduler = sched
	h := &harness{t: t, clock: clock, store: c.store, bot: c.bot, poster: rec, sched: sched}
	h.mustDo("/subscribe ukraine at 08:00")

	pub := func(at time.Time, text []byte) {
		t.Helper()
		h.runTo(at, time.Minute)
		if _, err := c.publish(at, briefings.File{Name: "p.md", Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	pub(utc(2026, 3, 2, 7, 30), pubText("geneva", "2026-03-02", "Talks in Geneva", "First words."))
	pub(utc(2026, 3, 2, 10, 0), pubText("geneva", "2026-03-02", "Talks in Geneva", "Second words.", "version: 1\n"))
	pub(utc(2026, 3, 2, 11, 0), pubText("gone", "2026-03-02", "Gone soon", "Never posted."))
	h.runTo(utc(2026, 3, 2, 12, 0), time.Minute)
	if _, err := c.store.Retract(t.Context(), bot.Retraction{ID: "gone", By: "cli:bob", At: clock.Now(), Reason: "not sourced"}); err != nil {
		t.Fatal(err)
	}
	c.f.Sync(t.Context())
	h.runTo(utc(2026, 3, 4, 9, 0), time.Minute)

	got := rec.got()
	if len(got) != 3 {
		t.Fatalf("%d posts, want 3", len(got))
	}
	var days []string
	for _, p := range got {
		var ss []string
		for _, s := range p.reply.Sections {
			ss = append(ss, s.Title)
		}
		days = append(days, strings.Join(ss, " | "))
	}
	want := []string{"2 Mar 2026 · Talks in Geneva | 1 Mar 2026 · Title of filed", "2 Mar 2026 · Talks in Geneva", ""}
	if !slices.Equal(days, want) {
		t.Errorf("posts carried\n%q\nwant\n%q", days, want)
	}
	if strings.Contains(text(got[1].reply)+text(got[2].reply), "Gone soon") {
		t.Error("a retracted briefing went out")
	}
}

// TestPublishWarns: what lint only warns about is published, and the
// warnings come back with the file.
func TestPublishWarns(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	text := strings.Replace(string(pubText("w", "2026-03-02", "W", "Words.")), "sources:\n  - title: Wire\n    outlet: Wire\n", "", 1)
	out, err := c.publish(t1, briefings.File{Name: "w.md", Text: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || out[0].Version != 1 || len(out[0].Warnings) != 1 || !strings.Contains(out[0].Warnings[0].String(), "w.md:2: warning: no sources: readers cannot check this briefing") {
		t.Errorf("publish = %+v", out)
	}
}
