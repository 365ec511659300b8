package postgres_test

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/adapters/postgres/pgtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/storetest"
)

func openStore(t *testing.T, url string) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestContract(t *testing.T) {
	t.Parallel()
	storetest.Run(t, func(t *testing.T) bot.Store { return openStore(t, pgtest.FreshSchema(t)) })
}

// TestReplicasMigrateOnce: replicas starting together apply each migration
// once.
func TestReplicasMigrateOnce(t *testing.T) {
	t.Parallel()
	u := pgtest.FreshSchema(t)
	var wg sync.WaitGroup
	stores := make([]*postgres.Store, 4)
	errs := make([]error, 4)
	for i := range stores {
		wg.Go(func() { stores[i], errs[i] = postgres.Open(context.Background(), u) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("replica %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	conn, err := pgx.Connect(t.Context(), u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(t.Context())
	var n int
	files, err := filepath.Glob(filepath.Join("migrations", "*.sql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no migrations found: %v", err)
	}
	if err := conn.QueryRow(t.Context(), `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil || n != len(files) {
		t.Errorf("%d migrations recorded (%v), want %d, each once", n, err, len(files))
	}
}

func TestOpenErrorsHideThePassword(t *testing.T) {
	t.Parallel()
	for _, u := range []string{"postgres://bob:s3cret@127.0.0.1:1/x?connect_timeout=1", "postgres://bob:s3cret@%zz/x"} {
		_, err := postgres.Open(t.Context(), u)
		if err == nil {
			t.Fatalf("Open(%q) succeeded", u)
		}
		if strings.Contains(err.Error(), "s3cret") {
			t.Errorf("error repeats the password: %v", err)
		}
	}
}

// TestOpenGivesUpOnASilentServer: a host that accepts the connection and
// never answers (a firewall, a hung server) fails Open after the connect
// timeout, with no deadline on the context, instead of hanging start-up.
func TestOpenGivesUpOnASilentServer(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var mu sync.Mutex
	var held []net.Conn
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, c := range held {
			c.Close()
		}
	}()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			held = append(held, c) // read nothing, answer nothing
			mu.Unlock()
		}
	}()
	done := make(chan error, 1)
	go func() {
		_, err := postgres.Open(context.Background(), "postgres://bob@"+ln.Addr().String()+"/x?sslmode=disable")
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("Open succeeded against a server that never answered")
		}
	case <-time.After(6 * postgres.DefaultConnectTimeout):
		t.Fatalf("Open still waiting after %s; the connect timeout is %s", 6*postgres.DefaultConnectTimeout, postgres.DefaultConnectTimeout)
	}
}

func TestContentContract(t *testing.T) {
	t.Parallel()
	storetest.RunContent(t, func(t *testing.T) storetest.ContentStore {
		s := openStore(t, pgtest.FreshSchema(t))
		s.Fallback = time.Hour // the notifications alone must do
		return s
	})
}

func TestDraftsContract(t *testing.T) {
	t.Parallel()
	storetest.RunDrafts(t, func(t *testing.T) storetest.DraftStore { return openStore(t, pgtest.FreshSchema(t)) })
}

// TestWatchAcrossReplicas: a publish by one replica (or by briefbot
// publish) is signalled to another's Watch by NOTIFY, also after the
// listening connection was killed and came back; a bot in another schema
// of the same database is not disturbed.
func TestWatchAcrossReplicas(t *testing.T) {
	t.Parallel()
	u := pgtest.FreshSchema(t)
	a := openStore(t, u)
	defer a.Close()
	a.Fallback = time.Hour
	b := openStore(t, u)
	defer b.Close()
	other := openStore(t, pgtest.FreshSchema(t))
	defer other.Close()
	other.Fallback = time.Hour
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	w := a.Watch(ctx)
	wo := other.Watch(ctx)
	waitListening := func() uint32 {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if pid := a.ListeningPID(); pid != 0 {
				return pid
			}
		}
		t.Fatal("Watch never listened")
		return 0
	}
	drain := func(ch <-chan struct{}) {
		for {
			select {
			case <-ch:
			default:
				return
			}
		}
	}
	waitSignal := func(step string) {
		t.Helper()
		select {
		case <-w:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: no signal", step)
		}
	}
	publish := func(id string) {
		t.Helper()
		text := "---\nid: " + id + "\ntitle: T\ndate: 2026-03-02\ntopics: [ukraine]\n---\nB.\n"
		if _, err := b.Publish(t.Context(), bot.Batch{By: "cli:alice", At: time.Now(), Briefings: []bot.Publication{{ID: id, Text: text, Key: id}}}); err != nil {
			t.Fatal(err)
		}
	}
	pid := waitListening()
	// other's Watch signals once when it starts listening (for whatever came before): wait
	// for that before draining, so only a later signal counts against it.
	for deadline := time.Now().Add(10 * time.Second); other.ListeningPID() == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the other schema's Watch never listened")
		}
	}
	drain(w)
	drain(wo)
	publish("first")
	waitSignal("a publish by another replica")

	// Kill the listening connection, as a network failure would.
	admin, err := pgx.Connect(t.Context(), u)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(t.Context())
	if _, err := admin.Exec(t.Context(), `SELECT pg_terminate_backend($1)`, int32(pid)); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); a.ListeningPID() == pid || a.ListeningPID() == 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("Watch did not listen again after its connection was killed")
		}
	}
	drain(w)
	publish("second")
	waitSignal("a publish after the reconnect")
	if c, err := a.Changes(t.Context(), 0); err != nil || len(c.Versions) != 2 {
		t.Errorf("Changes = %+v, %v", c, err)
	}
	select {
	case <-wo:
		t.Error("a bot in another schema was signalled")
	default:
	}
}

// TestWatchFallback: with no notification at all (as when they are lost),
// the periodic read of the sequence number signals the change.
func TestWatchFallback(t *testing.T) {
	t.Parallel()
	u := pgtest.FreshSchema(t)
	a := openStore(t, u)
	defer a.Close()
	a.Fallback = 50 * time.Millisecond
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	w := a.Watch(ctx) // reads the sequence number before it returns
	conn, err := pgx.Connect(t.Context(), u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(t.Context())
	for a.ListeningPID() == 0 { // its signal for what came before is sent
		time.Sleep(5 * time.Millisecond)
	}
	for len(w) > 0 {
		<-w
	}
	// A write that sends no notification.
	if _, err := conn.Exec(t.Context(), `UPDATE content_state SET seq = seq + 1`); err != nil {
		t.Fatal(err)
	}
	select {
	case <-w:
	case <-time.After(10 * time.Second):
		t.Fatal("the fallback read gave no signal")
	}
}

func TestFeedsContract(t *testing.T) {
	t.Parallel()
	storetest.RunFeeds(t, func(t *testing.T) storetest.FeedStore { return openStore(t, pgtest.FreshSchema(t)) })
}
