package main

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestSlackCuratorsConfig: SLACK_CURATORS takes user ids, alone or after their workspace's id,
// and refuses anything else naming the variable, as the other variables do.
func TestSlackCuratorsConfig(t *testing.T) {
	t.Parallel()
	cfg, err := loadConfig(env(map[string]string{"SLACK_CURATORS": " U0ANA1, T0ACME:W0BEN2 ,E0GRID:U0CLA3,"}))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"U0ANA1", "T0ACME:W0BEN2", "E0GRID:U0CLA3"}; !slices.Equal(cfg.Slack.Curators, want) {
		t.Errorf("curators %q, want %q", cfg.Slack.Curators, want)
	}
	for _, bad := range []map[string]string{
		{"SLACK_CURATORS": "alice"},
		{"SLACK_CURATORS": "U0ANA1:T0ACME"},
		{"SLACK_CURATORS": "T0ACME:"},
		{"SLACK_CURATORS": "C0CHAN:U0ANA1"},
		// Installs without SLACK_BOT_TOKEN: a bare id names no workspace.
		{"SLACK_CURATORS": "U0ANA1", "SLACK_CLIENT_ID": "2141029472.691202649728", "SLACK_CLIENT_SECRET": "x",
			"SLACK_REDIRECT_URL": "https://bot.example.com/slack/oauth/callback", "SLACK_SIGNING_SECRET": "s",
			"ENCRYPTION_KEY": encryptionKey(), "DATABASE_URL": "sqlite:" + t.TempDir() + "/b.db"},
	} {
		_, err := loadConfig(env(bad))
		var ce *configError
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), "SLACK_CURATORS") {
			t.Errorf("%v: err %v, want one naming SLACK_CURATORS", bad, err)
		}
	}
}
