package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestCoreDependencies keeps the core platform-neutral: nothing in bot or
// briefings may import an adapter, a chat SDK, a database driver or the
// metrics library. (Test helper packages such as bot/storetest are exempt
// from the "testing" rule only.)
func TestCoreDependencies(t *testing.T) {
	t.Parallel()
	forbidden := map[string]string{
		"github.com/briefbot/briefbot/adapters":      "adapters depend on the core, never the other way",
		"github.com/slack-go/slack":                  "Slack belongs in adapters/slack",
		"github.com/bwmarrin/discordgo":              "Discord belongs in adapters/discord",
		"modernc.org/sqlite":                         "database drivers belong in adapters/",
		"github.com/jackc/pgx":                       "database drivers belong in adapters/",
		"database/sql":                               "the core defines the store interface; adapters implement it with SQL",
		"github.com/prometheus":                      "metrics are wired in main",
		"net/http/httptest":                          "test servers belong in tests",
		"github.com/briefbot/briefbot/internal/seal": "the core keeps credentials opaque; the adapter that owns them seals them",
		"github.com/mmcdole/gofeed":                  "feed formats are read in adapters/feeds; the core sees bot.FeedPage",
	}
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}", "./bot/...", "./briefings/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := strings.Fields(string(out))
	if len(pkgs) < 2 {
		t.Fatalf("go list found only %v", pkgs)
	}
	for _, pkg := range pkgs {
		deps, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", pkg).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", pkg, err)
		}
		for _, dep := range strings.Fields(string(deps)) {
			for bad, why := range forbidden {
				if dep == bad || strings.HasPrefix(dep, bad+"/") {
					t.Errorf("%s imports %s: %s", pkg, dep, why)
				}
			}
			if dep == "testing" && !strings.HasSuffix(pkg, "test") {
				t.Errorf("%s imports testing: production code must not", pkg)
			}
		}
	}
}
