// Package pgtest gives tests a PostgreSQL schema of their own, in the
// database .ci/run provides.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// defaultURL is the database .ci/run provides.
const defaultURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// FreshSchema makes a schema of its own for one test (other packages' tests
// share the database) and drops it afterwards. It returns a URL whose
// connections use it. Without a database the test is skipped, or fails
// when BRIEFBOT_REQUIRE_POSTGRES=1 (as in CI).
func FreshSchema(t testing.TB) string {
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
