// Package migrations reads the numbered schema changes the SQL stores embed
// (migrations/NNNN_name.sql), so both apply them in the same order and by
// the same rules.
package migrations

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// Migration is one numbered schema change.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Load returns the migrations under migrations/ in fsys, by number.
func Load(fsys fs.FS) ([]Migration, error) {
	files, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []Migration
	seen := map[int]string{}
	for _, f := range files { // Glob returns them sorted
		base := strings.TrimSuffix(strings.TrimPrefix(f, "migrations/"), ".sql")
		num, name, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s: name must start with its number", f)
		}
		if other, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %s and %s share the number %d", other, f, v)
		}
		seen[v] = f
		body, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{v, name, string(body)})
	}
	return out, nil
}
