package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/briefbot/briefbot/adapters/postgres"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/storetest"
)

// defaultURL is the database .ci/run provides.
const defaultURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// freshSchema makes a schema of its own for one test (other packages' tests
// share the database) and drops it afterwards. It returns a URL whose
// connections use it. Without a database the test is skipped, or fails
// when BRIEFBOT_REQUIRE_POSTGRES=1 (as in CI).
func freshSchema(t *testing.T) string {
	t.Helper()
	base := os.Getenv("BRIEFBOT_TEST_POSTGRES")
	if base == "" {
		base = defaultURL
	}
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		if os.Getenv("BRIEFBOT_REQUIRE_POSTGRES") == "1" {
			t.Fatalf("PostgreSQL is required (BRIEFBOT_REQUIRE_POSTGRES=1) but unreachable: %v", err)
		}
		t.Skipf("no PostgreSQL at BRIEFBOT_TEST_POSTGRES (%v); set BRIEFBOT_REQUIRE_POSTGRES=1 to fail instead", err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "briefbot_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+pgx.Identifier{schema}.Sanitize()); err != nil {
		admin.Close(ctx)
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec(ctx, "DROP SCHEMA "+pgx.Identifier{schema}.Sanitize()+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
		admin.Close(ctx)
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

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
	storetest.Run(t, func(t *testing.T) bot.Store { return openStore(t, freshSchema(t)) })
}

// TestReplicasMigrateOnce: replicas starting together apply each migration
// once.
func TestReplicasMigrateOnce(t *testing.T) {
	t.Parallel()
	u := freshSchema(t)
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
	if err := conn.QueryRow(t.Context(), `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil || n != 1 {
		t.Errorf("%d migrations recorded (%v), want 1", n, err)
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
