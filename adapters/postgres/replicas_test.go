package postgres_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
	"github.com/briefbot/briefbot/briefings"
)

// ledger is the platform, as far as these tests see it: every message any
// replica delivered, by channel.
type ledger struct {
	mu      sync.Mutex
	byChan  map[string]int
	byChanR map[string]string // channel -> replica that posted it (last)
	perRep  map[string]int
}

func newLedger() *ledger {
	return &ledger{byChan: map[string]int{}, byChanR: map[string]string{}, perRep: map[string]int{}}
}

// replicaPoster delivers for one replica; after its n-th message it calls
// onN once (to kill the replica mid-run). With gate set, every message
// waits until gate is closed.
type replicaPoster struct {
	name string
	l    *ledger
	n    int
	onN  func()
	once sync.Once
	gate chan struct{}
}

func (p *replicaPoster) Post(_ context.Context, channel string, _ bot.Reply) error {
	if p.gate != nil {
		<-p.gate
	}
	p.l.mu.Lock()
	p.l.byChan[channel]++
	p.l.byChanR[channel] = p.name
	p.l.perRep[p.name]++
	count := p.l.perRep[p.name]
	p.l.mu.Unlock()
	if p.onN != nil && count == p.n {
		p.once.Do(p.onN)
	}
	return nil
}

type replica struct {
	name   string
	store  *postgres.Store
	sched  *bot.Scheduler
	poster *replicaPoster
}

// setupReplicas makes n subscriptions due at 08:00 UTC through /subscribe,
// and three replicas (stores and schedulers) sharing the database and a
// virtual clock at 08:00.
func setupReplicas(t *testing.T, n int, l *ledger) (*clocktest.Clock, []*replica, string) {
	t.Helper()
	u := pgtest.FreshSchema(t)
	clock := clocktest.New(time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC))
	cat, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	live := briefings.NewLive(cat)
	setup := openStore(t, u)
	defer setup.Close()
	b := bot.New(live)
	b.Store, b.Now = setup, clock.Now
	for i := range n {
		r := b.Handle(t.Context(), bot.Request{Platform: bot.Discord, Command: "subscribe", Text: "ukraine at 08:00",
			Workspace: "G1", Channel: fmt.Sprintf("%04d", i), User: "U1", CanManage: true})
		if r.Kind != bot.Answer {
			t.Fatalf("subscribe: %s %s", r.Title, r.Text)
		}
	}
	var rs []*replica
	for _, name := range []string{"A", "B", "C"} {
		st := openStore(t, u)
		t.Cleanup(func() { st.Close() })
		p := &replicaPoster{name: name, l: l}
		s := bot.NewScheduler(st, live, map[string]bot.Poster{bot.Discord: p})
		s.Clock, s.ID, s.Catchup = clock, name, 6*time.Hour
		s.Limits = map[string]bot.Limit{bot.Discord: {Workers: 8}}
		rs = append(rs, &replica{name, st, s, p})
	}
	clock.Set(time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC))
	return clock, rs, u
}

// tickAll runs one Tick on each replica at once.
func tickAll(rs []*replica) {
	var wg sync.WaitGroup
	for _, r := range rs {
		wg.Go(func() { r.sched.Tick(context.Background()) })
	}
	wg.Wait()
}

// checkOnce fails unless each of the n channels got exactly one message.
func checkOnce(t *testing.T, l *ledger, n int) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.byChan) != n {
		t.Errorf("%d channels got a post, want %d", len(l.byChan), n)
	}
	for ch, k := range l.byChan {
		if k != 1 {
			t.Errorf("channel %s got %d posts", ch, k)
		}
	}
	t.Logf("posts per replica: %v", l.perRep)
}

// TestThreeReplicasPostEachOnce: 1,000 subscriptions due the same minute,
// three schedulers on one PostgreSQL: every channel gets one post.
func TestThreeReplicasPostEachOnce(t *testing.T) {
	t.Parallel()
	const n = 1000
	l := newLedger()
	clock, rs, _ := setupReplicas(t, n, l)
	tickAll(rs)
	checkOnce(t, l, n)
	clock.Advance(5 * time.Minute)
	tickAll(rs)
	checkOnce(t, l, n)
	subs := states(t, rs[0].store, n)
	if subs[bot.PostSent] != n {
		t.Errorf("recorded outcomes %v, want %d sent", subs, n)
	}
}

// TestReplicaKilledMidRun: the same, with replica A cut off from the
// database after its 100th post (its in-flight requests still reach the
// platform, as a crashing process's would). The claims A held but had not
// begun are taken over once their leases end; the ones it was sending are
// not sent again.
func TestReplicaKilledMidRun(t *testing.T) {
	t.Parallel()
	const n = 1000
	l := newLedger()
	clock, rs, _ := setupReplicas(t, n, l)
	a := rs[0]
	killed := make(chan struct{})
	poster := &replicaPoster{name: "A", l: l, n: 100, onN: func() {
		go func() { a.store.Close(); close(killed) }()
	}}
	a.sched = bot.NewScheduler(a.store, briefings.NewLive(mustDefault(t)), map[string]bot.Poster{bot.Discord: poster})
	a.sched.Clock, a.sched.ID, a.sched.Catchup = clock, "A", 6*time.Hour
	a.sched.Limits = map[string]bot.Limit{bot.Discord: {Workers: 8}}

	// A starts first, so it is surely mid-run when it dies at its 100th post.
	// The others' deliveries wait for A's death: each holds at most a batch
	// of claims meanwhile, so A surely reaches its 100th post, and they are
	// mid-run too when it dies. One Tick of A's can end early, when its
	// batch collides with claims the others just made; the scheduler's loop
	// then ticks again at once, and so does A here, until it dies.
	gate := make(chan struct{})
	for _, r := range rs[1:] {
		r.poster.gate = gate
	}
	go func() {
		select {
		case <-killed:
		case <-time.After(2 * time.Minute):
			t.Error("A never reached its 100th post")
		}
		close(gate) // never leave the others' deliveries blocked
	}()
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			a.sched.Tick(context.Background())
			select {
			case <-gate:
				return
			default:
			}
		}
	})
	for posted := 0; posted < 20; {
		time.Sleep(time.Millisecond)
		l.mu.Lock()
		posted = l.perRep["A"]
		l.mu.Unlock()
	}
	tickAll(rs[1:])
	wg.Wait()
	<-gate
	if t.Failed() {
		return
	}
	survivors := rs[1:]
	for range 5 {
		clock.Advance(3 * time.Minute) // past every lease A held
		tickAll(survivors)
	}
	checkOnce(t, l, n)
	got := states(t, rs[1].store, n)
	if got[bot.PostSent]+got[bot.PostUnknown] != n || got[bot.PostSent] < n-8 {
		t.Errorf("recorded outcomes %v; want all sent but for at most A's 8 in flight, recorded unknown", got)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.perRep["A"] < 100 {
		t.Errorf("A posted %d before it was killed, want at least 100", l.perRep["A"])
	}
}

func mustDefault(t *testing.T) *briefings.Catalog {
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// states counts the recorded outcome of each channel's post.
func states(t *testing.T, s bot.Store, n int) map[bot.PostState]int {
	t.Helper()
	out := map[bot.PostState]int{}
	for i := range n {
		subs, err := s.Subscriptions(t.Context(), bot.ChannelKey{Platform: bot.Discord, Workspace: "G1", Channel: fmt.Sprintf("%04d", i)})
		if err != nil || len(subs) != 1 {
			t.Fatalf("channel %04d: %v, %v", i, subs, err)
		}
		out[subs[0].Last.State]++
	}
	return out
}
