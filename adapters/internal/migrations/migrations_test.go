package migrations_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/briefbot/briefbot/adapters/internal/migrations"
)

func TestLoad(t *testing.T) {
	t.Parallel()
	ms, err := migrations.Load(fstest.MapFS{
		"migrations/0002_more.sql":  {Data: []byte("B")},
		"migrations/0001_first.sql": {Data: []byte("A")},
		"migrations/notes.txt":      {Data: []byte("ignored")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].Version != 1 || ms[0].Name != "first" || ms[0].SQL != "A" || ms[1].Version != 2 {
		t.Errorf("got %+v", ms)
	}
	for name, fsys := range map[string]fstest.MapFS{
		"unnumbered":  {"migrations/first.sql": {Data: []byte("A")}},
		"same number": {"migrations/0001_a.sql": {Data: []byte("A")}, "migrations/1_b.sql": {Data: []byte("B")}},
	} {
		if _, err := migrations.Load(fsys); err == nil || !strings.Contains(err.Error(), "migration") {
			t.Errorf("%s: err %v", name, err)
		}
	}
}

func TestPending(t *testing.T) {
	t.Parallel()
	ms := []migrations.Migration{{1, "first", "A"}, {2, "more", "B"}, {4, "last", "D"}}
	for _, tc := range []struct {
		current int
		want    string
	}{
		{0, "0001_first 0002_more 0004_last"},
		{1, "0002_more 0004_last"},
		{2, "0004_last"},
		{3, "0004_last"},
		{4, ""},
	} {
		got, err := migrations.Pending(ms, tc.current)
		var names []string
		for _, m := range got {
			names = append(names, m.String())
		}
		if err != nil || strings.Join(names, " ") != tc.want {
			t.Errorf("at version %d: %v, %v; want %q", tc.current, names, err, tc.want)
		}
	}
	if _, err := migrations.Pending(ms, 5); err == nil || !strings.Contains(err.Error(), "schema version 5, newer than this briefbot knows (4)") {
		t.Errorf("a newer database: %v", err)
	}
	if _, err := migrations.Pending(nil, 1); err == nil {
		t.Error("a database with a schema, and no migrations: no error")
	}
}
