package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// ContentStore is what RunContent tests: a bot.ContentStore that can be
// closed.
type ContentStore interface {
	bot.ContentStore
	Close() error
}

// RunContent runs the content contract against stores made by open, one
// per subtest. open must return a new, empty store; RunContent closes it.
func RunContent(t *testing.T, open func(t *testing.T) ContentStore) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s bot.ContentStore)
	}{
		{"Empty", testContentEmpty},
		{"PublishAndRead", testPublishAndRead},
		{"SameTextIsNoNewVersion", testSameText},
		{"EditNeedsCurrentVersion", testEditConflict},
		{"ConcurrentEditsOneWins", testConcurrentEdits},
		{"BatchIsAllOrNothing", testBatchAtomic},
		{"RegistryNeverRenamesOrMerges", testRegistryRules},
		{"RetractAndRestore", testRetract},
		{"ChangesInOrder", testChanges},
		{"WatchSignalsWrites", testWatch},
		{"InvalidBatch", testInvalidBatch},
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

// text is a briefing file; the store keeps it as it is.
func text(id, title string) string {
	return fmt.Sprintf("---\nid: %s\ntitle: %s\ndate: 2026-03-02\ntopics: [ukraine]\n---\nBody of %s.\n", id, title, id)
}

func pub(id, title string, base int) bot.Publication {
	t := text(id, title)
	return bot.Publication{ID: id, Text: t, Key: briefings.ContentKey([]byte(t)), Base: base, Updated: t0.Add(time.Hour)}
}

func batch(by string, at time.Time, ps ...bot.Publication) bot.Batch {
	return bot.Batch{Briefings: ps, By: by, At: at}
}

func publish(t *testing.T, s bot.ContentStore, b bot.Batch) []bot.Published {
	t.Helper()
	got, err := s.Publish(ctx(t), b)
	if err != nil {
		t.Fatalf("Publish: %v", err)
	}
	return got
}

func snapshot(t *testing.T, s bot.ContentStore) bot.Content {
	t.Helper()
	c, err := s.Snapshot(ctx(t))
	if err != nil {
		t.Fatalf("Snapshot: %v", err)
	}
	return c
}

func versionIDs(vs []bot.Version) []string {
	var out []string
	for _, v := range vs {
		out = append(out, fmt.Sprintf("%s@%d", v.ID, v.Version))
	}
	return out
}

var (
	aino  = &briefings.Speaker{ID: "aino-lahti", Name: "Aino Lahti", Role: "Prime Minister of Estmark", Kind: "person", Aliases: []string{"Lahti"}}
	grain = &briefings.Topic{ID: "grain", Name: "Grain corridor", Description: "Shipping grain.", Aliases: []string{"grain deal"}}
)

func testContentEmpty(t *testing.T, s bot.ContentStore) {
	c := snapshot(t, s)
	if len(c.Versions)+len(c.Speakers)+len(c.Topics) != 0 || c.Seq != 0 {
		t.Errorf("Snapshot of an empty store = %+v", c)
	}
	if ch, err := s.Changes(ctx(t), 0); err != nil || len(ch.Versions) != 0 || ch.Seq != 0 {
		t.Errorf("Changes of an empty store = %+v, %v", ch, err)
	}
	if h, err := s.History(ctx(t), "nope"); err != nil || h != nil {
		t.Errorf("History of an unknown id = %v, %v; want nil", h, err)
	}
	if cur, err := s.Current(ctx(t), []string{"nope"}); err != nil || len(cur) != 0 {
		t.Errorf("Current of an unknown id = %v, %v", cur, err)
	}
	if _, err := s.Retract(ctx(t), bot.Retraction{ID: "nope", By: "cli:bob", At: t0}); !errors.Is(err, bot.ErrNoBriefing) {
		t.Errorf("Retract of an unknown id: %v, want ErrNoBriefing", err)
	}
}

func testPublishAndRead(t *testing.T, s bot.ContentStore) {
	at := time.Date(2026, 3, 2, 10, 0, 0, 123456789, time.FixedZone("CET", 3600))
	b := batch("cli:alice", at, pub("a", "Alpha", 0), pub("b", "Beta", 0))
	b.Speakers, b.Topics = []*briefings.Speaker{aino}, []*briefings.Topic{grain}
	got := publish(t, s, b)
	if len(got) != 2 || got[0].Unchanged || got[1].Unchanged {
		t.Fatalf("Publish = %+v", got)
	}
	v := got[0].Version
	want := bot.Version{ID: "a", Version: 1, State: bot.StatePublished, Text: text("a", "Alpha"), Key: briefings.ContentKey([]byte(text("a", "Alpha"))),
		By: "cli:alice", At: at.UTC().Truncate(time.Millisecond), Base: 0, Updated: t0.Add(time.Hour), Seq: v.Seq}
	if v != want || v.Seq == 0 || got[1].Version.Seq != v.Seq {
		t.Errorf("version\n got %+v\nwant %+v (one sequence number for the batch)", v, want)
	}
	if v.At.Location() != time.UTC || v.Updated.Location() != time.UTC {
		t.Error("times are not in UTC")
	}
	c := snapshot(t, s)
	if !slices.Equal(versionIDs(c.Versions), []string{"a@1", "b@1"}) || c.Seq != v.Seq {
		t.Errorf("Snapshot = %v at %d", versionIDs(c.Versions), c.Seq)
	}
	if c.Versions[1].Text != text("b", "Beta") {
		t.Errorf("text read back as %q", c.Versions[1].Text)
	}
	if len(c.Speakers) != 1 || !briefings.SameSpeaker(c.Speakers[0].Speaker, aino) || c.Speakers[0].By != "cli:alice" || c.Speakers[0].Seq != v.Seq ||
		len(c.Topics) != 1 || !briefings.SameTopic(c.Topics[0].Topic, grain) {
		t.Errorf("registry read back as %+v %+v", c.Speakers, c.Topics)
	}
	if r, err := s.Registry(ctx(t)); err != nil || r.Seq != v.Seq || len(r.Speakers) != 1 || len(r.Topics) != 1 || len(r.Versions) != 0 {
		t.Errorf("Registry = %+v, %v", r, err)
	}
	h, err := s.History(ctx(t), "a")
	if err != nil || len(h) != 1 || h[0] != v {
		t.Errorf("History = %+v, %v", h, err)
	}
	cur, err := s.Current(ctx(t), []string{"a", "b", "c"})
	if err != nil || len(cur) != 2 || cur["b"].Version != 1 {
		t.Errorf("Current = %+v, %v", cur, err)
	}
}

func testSameText(t *testing.T, s bot.ContentStore) {
	first := publish(t, s, batch("cli:alice", t0, pub("a", "Alpha", 0)))[0].Version
	for _, base := range []int{1, 0} {
		again := publish(t, s, batch("cli:bob", t0.Add(time.Minute), pub("a", "Alpha", base)))
		if !again[0].Unchanged || again[0].Version != first {
			t.Errorf("the same text again (base %d) = %+v; want version 1, unchanged", base, again[0])
		}
	}
	if c := snapshot(t, s); c.Seq != first.Seq {
		t.Errorf("an unchanged publish moved the sequence from %d to %d", first.Seq, c.Seq)
	}
	if h, _ := s.History(ctx(t), "a"); len(h) != 1 {
		t.Errorf("%d versions, want 1", len(h))
	}
}

func testEditConflict(t *testing.T, s bot.ContentStore) {
	publish(t, s, batch("cli:alice", t0, pub("a", "Alpha", 0)))
	v2 := publish(t, s, batch("slack:T1/U2", t0.Add(time.Minute), pub("a", "Alpha two", 1)))[0].Version
	if v2.Version != 2 || v2.Base != 1 || v2.By != "slack:T1/U2" {
		t.Errorf("edit = %+v", v2)
	}
	for _, base := range []int{1, 0, 3} {
		_, err := s.Publish(ctx(t), batch("cli:carol", t0.Add(2*time.Minute), pub("a", "Alpha three", base)))
		var ce *bot.ConflictError
		if !errors.As(err, &ce) {
			t.Fatalf("an edit of version %d after version 2: %v, want a ConflictError", base, err)
		}
		want := bot.ConflictError{ID: "a", Base: base, Current: 2, State: bot.StatePublished, By: "slack:T1/U2", At: t0.Add(time.Minute)}
		if *ce != want {
			t.Errorf("conflict %+v, want %+v", *ce, want)
		}
	}
	if h, _ := s.History(ctx(t), "a"); len(h) != 2 {
		t.Errorf("%d versions after refused edits, want 2", len(h))
	}
}

func testConcurrentEdits(t *testing.T, s bot.ContentStore) {
	publish(t, s, batch("cli:alice", t0, pub("a", "Alpha", 0)))
	const n = 8
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() {
			_, errs[i] = s.Publish(context.Background(), batch(fmt.Sprintf("discord:%d", i), t0.Add(time.Minute), pub("a", fmt.Sprintf("Edit %d", i), 1)))
		})
	}
	wg.Wait()
	winner := -1
	for i, err := range errs {
		if err == nil {
			if winner >= 0 {
				t.Errorf("edits %d and %d of version 1 both won", winner, i)
			}
			winner = i
		}
	}
	if winner < 0 {
		t.Fatalf("no edit won: %v", errs)
	}
	for i, err := range errs {
		var ce *bot.ConflictError
		if i != winner && (!errors.As(err, &ce) || ce.By != fmt.Sprintf("discord:%d", winner) || ce.Current != 2) {
			t.Errorf("edit %d: %v; want a conflict naming discord:%d", i, err, winner)
		}
	}
	h, _ := s.History(ctx(t), "a")
	if len(h) != 2 || h[1].Text != text("a", fmt.Sprintf("Edit %d", winner)) {
		t.Errorf("history %v", versionIDs(h))
	}
}

func testBatchAtomic(t *testing.T, s bot.ContentStore) {
	publish(t, s, batch("cli:alice", t0, pub("a", "Alpha", 0)))
	seq := snapshot(t, s).Seq
	b := batch("cli:bob", t0.Add(time.Minute), pub("new", "New", 0), pub("a", "Alpha edit", 0))
	b.Speakers = []*briefings.Speaker{aino}
	var ce *bot.ConflictError
	if _, err := s.Publish(ctx(t), b); !errors.As(err, &ce) || ce.ID != "a" {
		t.Fatalf("a batch with a conflict: %v", err)
	}
	c := snapshot(t, s)
	if c.Seq != seq || len(c.Versions) != 1 || len(c.Speakers) != 0 {
		t.Errorf("a refused batch wrote something: %+v", c)
	}
	if h, _ := s.History(ctx(t), "new"); h != nil {
		t.Errorf("a refused batch wrote %v", versionIDs(h))
	}
}

func testRegistryRules(t *testing.T, s bot.ContentStore) {
	b := batch("cli:alice", t0)
	b.Speakers, b.Topics = []*briefings.Speaker{aino}, []*briefings.Topic{grain}
	publish(t, s, b)
	seq := snapshot(t, s).Seq
	// The same entries again: nothing to add, nothing written.
	same := *aino
	same.Aliases = []string{"LAHTI"}
	b.Speakers, b.At = []*briefings.Speaker{&same}, t0.Add(time.Minute)
	publish(t, s, b)
	if c := snapshot(t, s); c.Seq != seq || len(c.Speakers) != 1 {
		t.Errorf("entries held already were added again: seq %d → %d, %d speakers", seq, c.Seq, len(c.Speakers))
	}
	other := *aino
	other.Role = "Foreign Minister"
	for _, tc := range []struct {
		name    string
		s       *briefings.Speaker
		tp      *briefings.Topic
		want    bot.RegistryConflictError
		wantMsg string
	}{
		{"same id, other details", &other, nil, bot.RegistryConflictError{Kind: "speaker", ID: "aino-lahti"}, `new speaker "aino-lahti": the store already has a speaker with this id and other details`},
		{"another's alias", &briefings.Speaker{ID: "pekka", Name: "Pekka Lahti", Kind: "person", Aliases: []string{"lahti"}}, nil,
			bot.RegistryConflictError{Kind: "speaker", ID: "pekka", Name: "lahti", Owner: "aino-lahti"}, `new speaker "pekka": the name "lahti" already belongs to the speaker "aino-lahti"`},
		{"a topic's name", nil, &briefings.Topic{ID: "grain-2", Name: "Grain Deal"}, bot.RegistryConflictError{Kind: "topic", ID: "grain-2", Name: "grain deal", Owner: "grain"}, ""},
	} {
		b := batch("cli:bob", t0.Add(2*time.Minute), pub("x", "X", 0))
		if tc.s != nil {
			b.Speakers = []*briefings.Speaker{tc.s}
		}
		if tc.tp != nil {
			b.Topics = []*briefings.Topic{tc.tp}
		}
		_, err := s.Publish(ctx(t), b)
		var re *bot.RegistryConflictError
		if !errors.As(err, &re) || *re != tc.want || tc.wantMsg != "" && re.Error() != tc.wantMsg {
			t.Errorf("%s: %v, want %+v", tc.name, err, tc.want)
		}
	}
	if c := snapshot(t, s); c.Seq != seq || len(c.Versions) != 0 {
		t.Errorf("refused entries wrote something: %+v", c)
	}
	// Two new entries of one batch that share a name.
	b = batch("cli:bob", t0.Add(3*time.Minute))
	b.Speakers = []*briefings.Speaker{{ID: "x1", Name: "Twin One", Aliases: []string{"Twin"}}, {ID: "x2", Name: "Twin Two", Aliases: []string{"Twin"}}}
	var re *bot.RegistryConflictError
	if _, err := s.Publish(ctx(t), b); !errors.As(err, &re) || re.ID != "x2" || re.Owner != "x1" {
		t.Errorf("two new speakers sharing a name: %v", err)
	}
}

func testRetract(t *testing.T, s bot.ContentStore) {
	publish(t, s, batch("cli:alice", t0, pub("a", "Alpha", 0), pub("b", "Beta", 0)))
	v, err := s.Retract(ctx(t), bot.Retraction{ID: "a", By: "cli:bob", At: t0.Add(time.Hour), Reason: "wrong date"})
	if err != nil {
		t.Fatal(err)
	}
	if v.Version != 2 || v.State != bot.StateRetracted || v.Reason != "wrong date" || v.Base != 1 || v.By != "cli:bob" || v.Text != text("a", "Alpha") {
		t.Errorf("retraction = %+v", v)
	}
	if c := snapshot(t, s); !slices.Equal(versionIDs(c.Versions), []string{"b@1"}) || c.Seq != v.Seq {
		t.Errorf("after retracting a, Snapshot = %v", versionIDs(c.Versions))
	}
	var ce *bot.ConflictError
	if _, err := s.Retract(ctx(t), bot.Retraction{ID: "a", By: "cli:carol", At: t0.Add(2 * time.Hour)}); !errors.As(err, &ce) || ce.State != bot.StateRetracted || ce.By != "cli:bob" {
		t.Errorf("retracting twice: %v", err)
	} else if ce.Error() != "a is already retracted: version 2, by cli:bob at 2026-03-02 08:00 UTC" {
		t.Errorf("message %q", ce.Error())
	}
	if _, err := s.Retract(ctx(t), bot.Retraction{ID: "b", Version: 3, By: "cli:carol", At: t0.Add(2 * time.Hour)}); !errors.As(err, &ce) || ce.Current != 1 {
		t.Errorf("retracting a version that is not current: %v", err)
	}
	// The same text as before does not bring it back by itself: it needs the
	// retraction's version as its base.
	if _, err := s.Publish(ctx(t), batch("cli:alice", t0.Add(3*time.Hour), pub("a", "Alpha", 1))); !errors.As(err, &ce) || ce.State != bot.StateRetracted {
		t.Errorf("publishing over a retraction from version 1: %v", err)
	}
	back := publish(t, s, batch("cli:alice", t0.Add(3*time.Hour), pub("a", "Alpha", 2)))[0]
	if back.Unchanged || back.Version.Version != 3 || back.Version.State != bot.StatePublished {
		t.Errorf("publishing again = %+v", back)
	}
	if c := snapshot(t, s); !slices.Equal(versionIDs(c.Versions), []string{"a@3", "b@1"}) {
		t.Errorf("after publishing again, Snapshot = %v", versionIDs(c.Versions))
	}
	h, _ := s.History(ctx(t), "a")
	if !slices.Equal(versionIDs(h), []string{"a@1", "a@2", "a@3"}) || h[1].State != bot.StateRetracted {
		t.Errorf("history %v", versionIDs(h))
	}
}

func testChanges(t *testing.T, s bot.ContentStore) {
	p1 := publish(t, s, batch("cli:alice", t0, pub("a", "Alpha", 0)))
	s1 := p1[0].Version.Seq
	b := batch("cli:alice", t0.Add(time.Minute), pub("b", "Beta", 0))
	b.Speakers = []*briefings.Speaker{aino}
	publish(t, s, b)
	publish(t, s, batch("cli:bob", t0.Add(2*time.Minute), pub("a", "Alpha two", 1)))
	r, err := s.Retract(ctx(t), bot.Retraction{ID: "b", By: "cli:bob", At: t0.Add(3 * time.Minute)})
	if err != nil {
		t.Fatal(err)
	}
	ch, err := s.Changes(ctx(t), s1)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(versionIDs(ch.Versions), []string{"b@1", "a@2", "b@2"}) || ch.Seq != r.Seq || len(ch.Speakers) != 1 {
		t.Errorf("Changes after %d = %v at %d, %d speakers; want b@1 a@2 b@2 at %d, 1 speaker", s1, versionIDs(ch.Versions), ch.Seq, len(ch.Speakers), r.Seq)
	}
	for i := 1; i < len(ch.Versions); i++ {
		if ch.Versions[i].Seq <= ch.Versions[i-1].Seq {
			t.Errorf("sequence numbers not increasing: %v", ch.Versions)
		}
	}
	if ch, _ := s.Changes(ctx(t), r.Seq); len(ch.Versions) != 0 || ch.Seq != r.Seq {
		t.Errorf("Changes after the last = %+v", ch)
	}
}

func testWatch(t *testing.T, s bot.ContentStore) {
	c, cancel := context.WithCancel(ctx(t))
	defer cancel()
	w := s.Watch(c)
	publish(t, s, batch("cli:alice", t0, pub("a", "Alpha", 0)))
	select {
	case <-w:
	case <-time.After(10 * time.Second):
		t.Fatal("Watch gave no signal within 10s of a publish")
	}
	if ch, err := s.Changes(ctx(t), 0); err != nil || len(ch.Versions) != 1 {
		t.Errorf("after the signal, Changes = %+v, %v", ch, err)
	}
}

func testInvalidBatch(t *testing.T, s bot.ContentStore) {
	for _, b := range []bot.Batch{
		batch("", t0, pub("a", "A", 0)),
		batch("cli:alice", t0, pub("a", "A", 0), pub("a", "B", 0)),
		batch("cli:alice", t0, bot.Publication{ID: "a", Text: "x"}),
	} {
		if _, err := s.Publish(ctx(t), b); !errors.Is(err, bot.ErrInvalidContent) {
			t.Errorf("Publish(%+v) = %v, want ErrInvalidContent", b, err)
		}
	}
}
