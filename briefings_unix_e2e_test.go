//go:build unix

package main

import (
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/testutil"
)

// TestBotStaysUpWhenAPipeIsSaved: a named pipe saved as a briefing into the
// folder of a running bot used to block the reload for good. Now the reload
// refuses it: the log names the file and why, the bot answers from the last
// good catalog, /readyz stays 200, and the bot stops without waiting out
// its shutdown grace on a reload.
func TestBotStaysUpWhenAPipeIsSaved(t *testing.T) {
	t.Parallel()
	const secret = "3c4b5a69788796a5b4c3d2e1f00f1e2d"
	dir := testutil.CopyCorpus(t)
	b := startRunningBot(t, map[string]string{"SLACK_SIGNING_SECRET": secret, "BRIEFINGS_DIR": dir}, bot.SystemClock{})
	pipe := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	// The refused file and the catalog kept are logged one after the other: wait for both.
	refused := func() bool {
		l := b.logs.String()
		return strings.Contains(l, "not a regular file but a named pipe") && strings.Contains(l, "still serving the last good one")
	}
	for deadline := time.Now().Add(15 * time.Second); !refused(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no reload refused the pipe:\n%s", b.logs)
		}
	}
	if l := b.logs.String(); !strings.Contains(l, `"file":"`+pipe+`"`) || !strings.Contains(l, "still serving the last good one") {
		t.Errorf("the log does not name the pipe and keep the catalog:\n%s", l)
	}
	status := slashCommand("/briefbot", "status ukraine")
	if code, body := postSigned(t, b.base+"/slack/commands", secret, time.Now(), status, status); code != http.StatusOK || !strings.Contains(string(body), "Blinken and Lavrov") {
		t.Errorf("/briefbot status ukraine after the pipe: %d %s", code, body)
	}
	if code, body := get(t, b.base+"/readyz"); code != http.StatusOK || !strings.Contains(body, `"briefings":"ok"`) {
		t.Errorf("/readyz: %d %s", code, body)
	}
	if _, m := get(t, b.base+"/metrics"); !strings.Contains(m, `briefbot_catalog_reloads_total{result="error"} 1`) {
		t.Errorf("/metrics does not count the refused reload:\n%s", m)
	}
	b.stop()
	if strings.Contains(b.logs.String(), "shutdown grace period") {
		t.Errorf("the bot waited out its shutdown grace:\n%s", b.logs)
	}
}
