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
