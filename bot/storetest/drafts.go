package storetest

import (
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// DraftStore is what RunDrafts tests: a bot.DraftStore that can be closed.
type DraftStore interface {
	bot.DraftStore
	Close() error
}

// RunDrafts runs the drafts contract against stores made by open, one per
// subtest. open must return a new, empty store; RunDrafts closes it.
func RunDrafts(t *testing.T, open func(t *testing.T) DraftStore) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s bot.DraftStore)
	}{
		{"Empty", testDraftsEmpty},
		{"CreateAndRead", testDraftCreateAndRead},
		{"UpdateNeedsCurrentVersion", testDraftUpdateConflict},
		{"ConcurrentUpdatesOneWins", testDraftConcurrentUpdates},
		{"KeepTyped", testDraftKeepTyped},
		{"OpenDraftsOfAWorkspace", testOpenDrafts},
		{"ExpireOnce", testExpireDrafts},
		{"ConcurrentExpiresExpireEachOnce", testConcurrentExpire},
		{"PurgeClosed", testPurgeDrafts},
		{"InvalidDraft", testInvalidDraft},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			})
			tc.fn(t, s)
		})
	}
}

// newDraft is an open draft made in a Slack workspace at at, with content
// that uses every field.
func newDraft(workspace string, at time.Time) bot.Draft {
	return bot.Draft{
		State: bot.DraftOpen, Platform: bot.Slack, Workspace: workspace, Channel: "C1",
		URL: "https://example.com/2026/03/02/talks?utm=x",
		By:  bot.Actor(bot.Slack, workspace, "U1"), ByName: "Ana Ñúñez", At: at,
		ChangedBy: bot.Actor(bot.Slack, workspace, "U1"), ChangedByName: "Ana Ñúñez", Changed: at,
		Briefing: "2026-03-02-talks-go-on",
		Content: bot.DraftContent{
			Title: "Talks go on: “no deal yet”", Date: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), DateFrom: "the page's metadata",
			Topics:  []string{"ukraine", "grain-corridor"},
			Summary: "First paragraph.\n\nSecond — with a dash.",
			Points:  []bot.DraftPoint{{Text: "Kyiv said talks go on.", Speaker: "Ann Minister"}, {Text: "No date was set."}},
			Quotes: []bot.DraftQuote{
				{Text: "We will keep talking.", Speaker: "Ann Minister", Said: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
				{Text: "Nothing is agreed", Speaker: bot.UnknownSpeaker, Said: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), Check: "no speech verb next to it", Dropped: true},
			},
			NewSpeakers: []bot.DraftSpeaker{{Name: "Aino Lahti", Role: "Prime Minister", Kind: "person", Aliases: []string{"Lahti"}}},
			NewTopics:   []bot.DraftTopic{{ID: "grain-corridor", Name: "Grain corridor"}},
			Source: bot.DraftSource{ID: "example", Title: "Talks go on", Outlet: "Example", Author: "Bo",
				URL: "https://example.com/2026/03/02/talks", Published: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)},
			Notes: []string{"the article has no headline"},
		},
	}
}

func create(t *testing.T, s bot.DraftStore, d bot.Draft) bot.Draft {
	t.Helper()
	got, err := s.CreateDraft(ctx(t), d)
	if err != nil {
		t.Fatalf("CreateDraft: %v", err)
	}
	return got
}

func readDraft(t *testing.T, s bot.DraftStore, id int64) bot.Draft {
	t.Helper()
	got, err := s.Draft(ctx(t), id)
	if err != nil {
		t.Fatalf("Draft(%d): %v", id, err)
	}
	return got
}

func testDraftsEmpty(t *testing.T, s bot.DraftStore) {
	if _, err := s.Draft(ctx(t), 1); !errors.Is(err, bot.ErrNoDraft) {
		t.Errorf("Draft of an empty store: %v, want ErrNoDraft", err)
	}
	d := newDraft("T1", t0)
	d.ID, d.Version = 1, 1
	if _, err := s.UpdateDraft(ctx(t), d); !errors.Is(err, bot.ErrNoDraft) {
		t.Errorf("UpdateDraft of nothing: %v, want ErrNoDraft", err)
	}
	if err := s.KeepTyped(ctx(t), 1, 1, &bot.Typed{Form: "edit:1:1"}); !errors.Is(err, bot.ErrNoDraft) {
		t.Errorf("KeepTyped of nothing: %v, want ErrNoDraft", err)
	}
	if ds, err := s.OpenDrafts(ctx(t), bot.Slack, "T1"); err != nil || len(ds) != 0 {
		t.Errorf("OpenDrafts of an empty store = %v, %v", ds, err)
	}
	if ds, err := s.ExpireDrafts(ctx(t), t0, "briefbot", t0); err != nil || len(ds) != 0 {
		t.Errorf("ExpireDrafts of an empty store = %v, %v", ds, err)
	}
	if n, err := s.PurgeDrafts(ctx(t), t0); err != nil || n != 0 {
		t.Errorf("PurgeDrafts of an empty store = %d, %v", n, err)
	}
}

// sameDraft reports what differs between two drafts, or "".
func sameDraft(t *testing.T, got, want bot.Draft) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, want)
	}
}

func testDraftCreateAndRead(t *testing.T, s bot.DraftStore) {
	berlin := time.FixedZone("CET", 3600)
	at := t0.Add(123456789 * time.Nanosecond).In(berlin)
	d := newDraft("T1", at)
	got := create(t, s, d)
	if got.ID <= 0 || got.Version != 1 {
		t.Fatalf("created draft has ID %d, version %d; want a positive id and version 1", got.ID, got.Version)
	}
	want := d
	want.ID, want.Version = got.ID, 1
	want.At, want.Changed = t0.Add(123*time.Millisecond), t0.Add(123*time.Millisecond)
	sameDraft(t, got, want)
	sameDraft(t, readDraft(t, s, got.ID), want)
	if got.At.Location() != time.UTC {
		t.Errorf("At in %v, want UTC", got.At.Location())
	}
	other := create(t, s, newDraft("T1", t0))
	if other.ID == got.ID {
		t.Errorf("two drafts share the id %d", got.ID)
	}
	// An empty draft (an article with nothing but a title) reads back empty.
	bare := bot.Draft{State: bot.DraftOpen, Platform: bot.Console, Workspace: "local", By: "console:me", At: t0, ChangedBy: "console:me", Changed: t0}
	b := create(t, s, bare)
	bare.ID, bare.Version = b.ID, 1
	sameDraft(t, readDraft(t, s, b.ID), bare)
}

func testDraftUpdateConflict(t *testing.T, s bot.DraftStore) {
	d := create(t, s, newDraft("T1", t0))
	if err := s.KeepTyped(ctx(t), d.ID, 1, &bot.Typed{Form: "edit:1:1", By: "slack:T1/U1", Values: map[string]string{"title": "x"}}); err != nil {
		t.Fatal(err)
	}
	edit := d
	edit.Content.Title = "A better title"
	edit.ChangedBy, edit.ChangedByName, edit.Changed = "slack:T1/U2", "Bo", t0.Add(time.Minute)
	// What a draft was made from is not the update's to change.
	edit.Platform, edit.Workspace, edit.URL, edit.By, edit.At = bot.Discord, "G9", "https://elsewhere.example/", "discord:9", t0.Add(time.Hour)
	got, err := s.UpdateDraft(ctx(t), edit)
	if err != nil {
		t.Fatalf("UpdateDraft at version 1: %v", err)
	}
	want := d
	want.Version = 2
	want.Content.Title = "A better title"
	want.ChangedBy, want.ChangedByName, want.Changed = "slack:T1/U2", "Bo", t0.Add(time.Minute)
	sameDraft(t, got, want) // Typed is gone with the change
	sameDraft(t, readDraft(t, s, d.ID), want)

	stale := d
	stale.Content.Title = "Someone else's title"
	stale.ChangedBy, stale.Changed = "slack:T1/U3", t0.Add(2*time.Minute)
	_, err = s.UpdateDraft(ctx(t), stale)
	var ce *bot.DraftConflictError
	if !errors.As(err, &ce) {
		t.Fatalf("an update based on version 1 after version 2: %v, want a *DraftConflictError", err)
	}
	if ce.Base != 1 || ce.Current.Version != 2 || ce.Current.ChangedBy != "slack:T1/U2" || !ce.Current.Changed.Equal(t0.Add(time.Minute)) {
		t.Errorf("conflict = base %d, current %+v", ce.Base, ce.Current)
	}
	sameDraft(t, readDraft(t, s, d.ID), want)

	closed := got
	closed.State, closed.Published = bot.DraftPublished, 3
	closed.ChangedBy, closed.Changed = "slack:T1/U2", t0.Add(3*time.Minute)
	if got, err := s.UpdateDraft(ctx(t), closed); err != nil || got.State != bot.DraftPublished || got.Published != 3 || got.Version != 3 {
		t.Errorf("publishing it: %+v, %v", got, err)
	}
}

func testDraftConcurrentUpdates(t *testing.T, s bot.DraftStore) {
	d := create(t, s, newDraft("T1", t0))
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			e := d
			e.State = bot.DraftPublished
			e.ChangedBy, e.Changed = bot.Actor(bot.Slack, "T1", "U"+string(rune('A'+i))), t0.Add(time.Duration(i+1)*time.Second)
			_, errs[i] = s.UpdateDraft(ctx(t), e)
		})
	}
	wg.Wait()
	won := 0
	for _, err := range errs {
		var ce *bot.DraftConflictError
		switch {
		case err == nil:
			won++
		case errors.As(err, &ce):
			if ce.Current.Version != 2 {
				t.Errorf("a loser was told the draft is at version %d, want 2", ce.Current.Version)
			}
		default:
			t.Errorf("UpdateDraft: %v", err)
		}
	}
	if won != 1 {
		t.Errorf("%d of %d concurrent updates of version 1 won, want exactly 1", won, n)
	}
	if got := readDraft(t, s, d.ID); got.Version != 2 {
		t.Errorf("after the race the draft is at version %d, want 2", got.Version)
	}
}

func testDraftKeepTyped(t *testing.T, s bot.DraftStore) {
	d := create(t, s, newDraft("T1", t0))
	typed := &bot.Typed{Form: "edit:1:1", By: "slack:T1/U1", Values: map[string]string{"title": "", "topics": "ukraine, narnia", "points": "a\nb"}}
	if err := s.KeepTyped(ctx(t), d.ID, 1, typed); err != nil {
		t.Fatalf("KeepTyped at the current version: %v", err)
	}
	got := readDraft(t, s, d.ID)
	if got.Version != 1 || !reflect.DeepEqual(got.Typed, typed) {
		t.Errorf("after KeepTyped: version %d, typed %+v; want version 1, typed %+v", got.Version, got.Typed, typed)
	}
	var ce *bot.DraftConflictError
	if err := s.KeepTyped(ctx(t), d.ID, 2, typed); !errors.As(err, &ce) || ce.Current.Version != 1 {
		t.Errorf("KeepTyped at a version the draft is not at: %v", err)
	}
	if err := s.KeepTyped(ctx(t), d.ID, 1, nil); err != nil {
		t.Fatal(err)
	}
	if got := readDraft(t, s, d.ID); got.Typed != nil {
		t.Errorf("KeepTyped(nil) left %+v", got.Typed)
	}
}

func testOpenDrafts(t *testing.T, s bot.DraftStore) {
	a := create(t, s, newDraft("T1", t0.Add(2*time.Hour)))
	b := create(t, s, newDraft("T1", t0))
	c := create(t, s, newDraft("T1", t0.Add(time.Hour)))
	create(t, s, newDraft("T2", t0))
	disc := newDraft("T1", t0)
	disc.Platform = bot.Discord
	create(t, s, disc)
	closed := create(t, s, newDraft("T1", t0))
	closed.State, closed.ChangedBy, closed.Changed = bot.DraftDiscarded, "slack:T1/U1", t0.Add(time.Minute)
	if _, err := s.UpdateDraft(ctx(t), closed); err != nil {
		t.Fatal(err)
	}
	// Changing a draft makes it the most recently changed.
	b.Content.Title, b.Changed = "Changed last", t0.Add(3*time.Hour)
	if _, err := s.UpdateDraft(ctx(t), b); err != nil {
		t.Fatal(err)
	}
	got, err := s.OpenDrafts(ctx(t), bot.Slack, "T1")
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, d := range got {
		ids = append(ids, d.ID)
	}
	if want := []int64{c.ID, a.ID, b.ID}; !reflect.DeepEqual(ids, want) {
		t.Errorf("OpenDrafts(slack, T1) = %v, want %v (least recently changed first; only T1's open ones)", ids, want)
	}
	if len(got) == 3 && got[2].Content.Title != "Changed last" {
		t.Errorf("OpenDrafts returned %q, not the draft as changed", got[2].Content.Title)
	}
}

func testExpireDrafts(t *testing.T, s bot.DraftStore) {
	old := create(t, s, newDraft("T1", t0))
	fresh := create(t, s, newDraft("T1", t0.Add(2*24*time.Hour)))
	gone := create(t, s, newDraft("T1", t0))
	gone.State, gone.ChangedBy = bot.DraftDiscarded, "slack:T1/U1"
	if _, err := s.UpdateDraft(ctx(t), gone); err != nil {
		t.Fatal(err)
	}
	cut, now := t0.Add(24*time.Hour), t0.Add(15*24*time.Hour)
	got, err := s.ExpireDrafts(ctx(t), cut, "briefbot", now)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != old.ID || got[0].State != bot.DraftExpired || got[0].Version != 2 ||
		got[0].ChangedBy != "briefbot" || !got[0].Changed.Equal(now) {
		t.Fatalf("ExpireDrafts = %+v; want only draft %d, expired by briefbot at %s, version 2", got, old.ID, now)
	}
	if d := readDraft(t, s, old.ID); d.State != bot.DraftExpired || d.Content.Title != old.Content.Title {
		t.Errorf("the expired draft reads back as %s, %q", d.State, d.Content.Title)
	}
	if d := readDraft(t, s, fresh.ID); d.State != bot.DraftOpen {
		t.Errorf("a draft changed after the cut is %s", d.State)
	}
	if d := readDraft(t, s, gone.ID); d.State != bot.DraftDiscarded {
		t.Errorf("a discarded draft became %s", d.State)
	}
	if again, err := s.ExpireDrafts(ctx(t), cut, "briefbot", now.Add(time.Minute)); err != nil || len(again) != 0 {
		t.Errorf("a second sweep expired %+v, %v; want nothing", again, err)
	}
	// A click on the expired draft's card is stale.
	old.Content.Title = "Too late"
	var ce *bot.DraftConflictError
	if _, err := s.UpdateDraft(ctx(t), old); !errors.As(err, &ce) || ce.Current.State != bot.DraftExpired {
		t.Errorf("an edit of the expired draft: %v", err)
	}
}

func testConcurrentExpire(t *testing.T, s bot.DraftStore) {
	const drafts, sweepers = 10, 4
	for range drafts {
		create(t, s, newDraft("T1", t0))
	}
	var wg sync.WaitGroup
	got := make([][]bot.Draft, sweepers)
	errs := make([]error, sweepers)
	for i := range sweepers {
		wg.Go(func() {
			got[i], errs[i] = s.ExpireDrafts(ctx(t), t0.Add(time.Hour), "briefbot", t0.Add(15*24*time.Hour))
		})
	}
	wg.Wait()
	seen := map[int64]int{}
	for i := range sweepers {
		if errs[i] != nil {
			t.Fatalf("sweeper %d: %v", i, errs[i])
		}
		for _, d := range got[i] {
			seen[d.ID]++
		}
	}
	if len(seen) != drafts {
		t.Errorf("%d drafts expired, want %d", len(seen), drafts)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("draft %d expired by %d sweepers, want 1", id, n)
		}
	}
}

func testPurgeDrafts(t *testing.T, s bot.DraftStore) {
	closedOld := create(t, s, newDraft("T1", t0))
	closedOld.State, closedOld.ChangedBy = bot.DraftPublished, "slack:T1/U1"
	if _, err := s.UpdateDraft(ctx(t), closedOld); err != nil {
		t.Fatal(err)
	}
	closedNew := create(t, s, newDraft("T1", t0))
	closedNew.State, closedNew.ChangedBy, closedNew.Changed = bot.DraftDiscarded, "slack:T1/U1", t0.Add(48*time.Hour)
	if _, err := s.UpdateDraft(ctx(t), closedNew); err != nil {
		t.Fatal(err)
	}
	openOld := create(t, s, newDraft("T1", t0))
	n, err := s.PurgeDrafts(ctx(t), t0.Add(24*time.Hour))
	if err != nil || n != 1 {
		t.Fatalf("PurgeDrafts = %d, %v; want 1", n, err)
	}
	if _, err := s.Draft(ctx(t), closedOld.ID); !errors.Is(err, bot.ErrNoDraft) {
		t.Errorf("the purged draft: %v, want ErrNoDraft", err)
	}
	readDraft(t, s, closedNew.ID)
	readDraft(t, s, openOld.ID)
}

func testInvalidDraft(t *testing.T, s bot.DraftStore) {
	for name, mod := range map[string]func(*bot.Draft){
		"no platform": func(d *bot.Draft) { d.Platform = "" },
		"no author":   func(d *bot.Draft) { d.By = "" },
		"no time":     func(d *bot.Draft) { d.At = time.Time{} },
		"not open":    func(d *bot.Draft) { d.State = bot.DraftPublished },
		"odd state":   func(d *bot.Draft) { d.State = "pending" },
	} {
		d := newDraft("T1", t0)
		mod(&d)
		if _, err := s.CreateDraft(ctx(t), d); !errors.Is(err, bot.ErrInvalidDraft) {
			t.Errorf("CreateDraft with %s: %v, want ErrInvalidDraft", name, err)
		}
	}
	d := create(t, s, newDraft("T1", t0))
	d.State = "pending"
	if _, err := s.UpdateDraft(ctx(t), d); !errors.Is(err, bot.ErrInvalidDraft) {
		t.Errorf("UpdateDraft to state pending: %v, want ErrInvalidDraft", err)
	}
	if got := readDraft(t, s, d.ID); got.State != bot.DraftOpen || got.Version != 1 {
		t.Errorf("a refused update changed the draft: %s, version %d", got.State, got.Version)
	}
}
