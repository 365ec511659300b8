package prometheus_test

import (
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/prometheus"
	"github.com/briefbot/briefbot/bot"
)

func scrape(t *testing.T, m *prometheus.Metrics) string {
	t.Helper()
	srv := httptest.NewServer(m.Handler())
	defer srv.Close()
	res, err := srv.Client().Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("content type %q, want the text format", ct)
	}
	b, _ := io.ReadAll(res.Body)
	return string(b)
}

func TestMetricsText(t *testing.T) {
	t.Parallel()
	m := prometheus.New()
	m.Command(bot.Request{Command: "status", Platform: bot.Slack}, bot.Reply{Kind: bot.Answer}, 3*time.Millisecond)
	m.Command(bot.Request{Command: "status", Platform: bot.Slack}, bot.Reply{Kind: bot.NotFound}, time.Millisecond)
	m.Command(bot.Request{Command: "rm -rf /", Platform: bot.Discord}, bot.Reply{Kind: bot.Help}, time.Millisecond)
	m.SignatureFailure(bot.Slack, "signature")
	m.Post(bot.Discord, "sent")
	m.Post(bot.Discord, "retried")
	m.Reload(nil)
	m.Reload(errors.New("broken"))
	m.StoreError("claim")
	out := scrape(t, m)
	for _, want := range []string{
		`briefbot_commands_total{command="status",outcome="answer",platform="slack"} 1`,
		`briefbot_commands_total{command="status",outcome="not_found",platform="slack"} 1`,
		`briefbot_commands_total{command="unknown",outcome="help",platform="discord"} 1`,
		`briefbot_command_duration_seconds_count{platform="slack"} 2`,
		`briefbot_signature_failures_total{platform="slack",reason="signature"} 1`,
		`briefbot_posts_total{outcome="sent",platform="discord"} 1`,
		`briefbot_posts_total{outcome="retried",platform="discord"} 1`,
		`briefbot_posts_total{outcome="missed",platform="slack"} 0`,
		`briefbot_posts_total{outcome="skipped",platform="discord"} 0`,
		`briefbot_posts_total{outcome="unknown",platform="slack"} 0`,
		`briefbot_catalog_reloads_total{result="ok"} 1`,
		`briefbot_catalog_reloads_total{result="error"} 1`,
		`briefbot_store_errors_total{op="claim"} 1`,
		`go_goroutines`,
		`process_resident_memory_bytes`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if strings.Contains(out, "rm -rf") {
		t.Error("a user's text became a label value")
	}
}
