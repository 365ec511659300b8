package main

import (
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestMetricsCountSlackCommandsAndRefusals sends one good and one forged
// slash command and reads both in /metrics, as Prometheus would.
func TestMetricsCountSlackCommandsAndRefusals(t *testing.T) {
	t.Parallel()
	const secret = "8f742231b10e8888abcd99yyyzzz85a5"
	base, _ := startBot(t, map[string]string{"SLACK_SIGNING_SECRET": secret})
	body := slashCommand("/status", "ukraine")
	if code, _ := postSigned(t, base+"/slack/commands", secret, time.Now(), body, body); code != 200 {
		t.Fatalf("signed command: %d", code)
	}
	if code, _ := postSigned(t, base+"/slack/commands", "wrong-secret", time.Now(), body, body); code != 401 {
		t.Fatalf("forged command: %d", code)
	}
	code, text := get(t, base+"/metrics")
	if code != 200 {
		t.Fatalf("/metrics: %d", code)
	}
	for _, want := range []string{
		`briefbot_commands_total{command="status",outcome="answer",platform="slack"} 1`,
		`briefbot_signature_failures_total{platform="slack",reason="signature"} 1`,
		`briefbot_command_duration_seconds_count{platform="slack"} 1`,
		`briefbot_catalog_items{kind="quotes",source="builtin"} 4`,
		`briefbot_catalog_items{kind="briefings",source="store"} 0`,
		`briefbot_content_changes_total{change="published"} 0`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if code, body := get(t, base+"/readyz"); code != 200 || !strings.Contains(body, `"catalog":"ok"`) || !strings.Contains(body, `"content":"ok"`) {
		t.Errorf("/readyz: %d %s", code, body)
	}
}

func TestMetricsOff(t *testing.T) {
	t.Parallel()
	base, _ := startBot(t, map[string]string{"SLACK_SIGNING_SECRET": "s", "METRICS": "off"})
	if code, _ := get(t, base+"/metrics"); code != http.StatusNotFound {
		t.Errorf("/metrics with METRICS=off: %d, want 404", code)
	}
	if code, _ := get(t, base+"/healthz"); code != 200 {
		t.Errorf("/healthz: %d", code)
	}
}
