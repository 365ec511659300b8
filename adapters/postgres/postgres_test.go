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
