package slack

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

const testToken = "xoxb-1234-5678-secretsecret"

func dailyReply(t *testing.T) bot.Reply {
	b, _ := newBot(t)
	r := b.Handle(context.Background(), bot.Request{Command: "brief", Text: "ukraine"})
	if r.Kind != bot.Answer {
		t.Fatalf("brief: %+v", r)
	}
	return r
}

func TestPosterPosts(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, nil)
	p := NewPoster(web.client(testToken), nil)
	if err := p.Post(context.Background(), "C0123456789", dailyReply(t)); err != nil {
		t.Fatal(err)
	}
	posts := web.received()
	if len(posts) != 1 {
		t.Fatalf("%d posts", len(posts))
	}
	f := posts[0]
	if f.Get("channel") != "C0123456789" || f.Get("thread_ts") != "" {
		t.Errorf("posted to %q thread %q", f.Get("channel"), f.Get("thread_ts"))
	}
	if f.Get("unfurl_links") != "false" || f.Get("unfurl_media") != "false" {
		t.Errorf("unfurls not off: %v", f)
	}
	// slack-go sends the token in the form for chat.postMessage; either place is Slack's API.
	if web.auth[0] != "Bearer "+testToken && f.Get("token") != testToken {
		t.Errorf("the bot token was not sent")
	}
	m := checkMessage(t, []byte(`{"text":`+jsonString(f.Get("text"))+`,"blocks":`+f.Get("blocks")+`}`))
	if m.header() != "Briefing: Ukraine" || !strings.Contains(f.Get("text"), "Briefing: Ukraine") {
		t.Errorf("header %q, text %q", m.header(), f.Get("text"))
	}
	if len(m.buttons()) != 0 && m.buttons()["Share in channel"] != nil {
		t.Error("a channel post offers to share itself")
	}
}

// TestPosterWaitsOutRateLimit: a 429 with Retry-After is waited out, then the post goes.
func TestPosterWaitsOutRateLimit(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, func(n int) (int, http.Header, string) {
		if n == 1 {
			return http.StatusTooManyRequests, http.Header{"Retry-After": {"1"}}, `{"ok":false,"error":"ratelimited"}`
		}
		return http.StatusOK, nil, ""
	})
	p := NewPoster(web.client(testToken), nil)
	start := time.Now()
	if err := p.Post(context.Background(), "C0123456789", dailyReply(t)); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took < time.Second {
		t.Errorf("retried after %v; Slack asked for 1s", took)
	}
	if n := len(web.received()); n != 2 {
		t.Errorf("%d requests, want 2", n)
	}
}

func TestPosterRetriesTransientFailures(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, func(n int) (int, http.Header, string) {
		switch n {
		case 1:
			return http.StatusServiceUnavailable, nil, "<html>busy</html>"
		case 2:
			return http.StatusOK, nil, `{"ok":false,"error":"internal_error"}`
		}
		return http.StatusOK, nil, ""
	})
	p := NewPoster(web.client(testToken), nil)
	p.Backoff = 10 * time.Millisecond
	if err := p.Post(context.Background(), "C0123456789", dailyReply(t)); err != nil {
		t.Fatal(err)
	}
	if n := len(web.received()); n != 3 {
		t.Errorf("%d requests, want 3", n)
	}
}

func TestPosterGivesUp(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, func(int) (int, http.Header, string) { return http.StatusBadGateway, nil, "bad gateway" })
	p := NewPoster(web.client(testToken), nil)
	p.Backoff, p.Attempts = time.Millisecond, 3
	err := p.Post(context.Background(), "C0123456789", dailyReply(t))
	if err == nil || errors.Is(err, bot.ErrPermanent) {
		t.Fatalf("err = %v, want a retryable error", err)
	}
	if n := len(web.received()); n != 3 {
		t.Errorf("%d requests, want 3", n)
	}
}

func TestPosterPermanentErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		code   string
		reason string // what the channel's managers read
	}{
		{"not_in_channel", "invite it with /invite @briefbot"},
		{"channel_not_found", "does not exist"},
		{"invalid_auth", "SLACK_BOT_TOKEN"},
		{"token_revoked", "revoked"},
		{"is_archived", "archived"},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			t.Parallel()
			web := newSlackWeb(t, func(int) (int, http.Header, string) {
				return http.StatusOK, nil, `{"ok":false,"error":"` + tc.code + `"}`
			})
			p := NewPoster(web.client(testToken), nil)
			err := p.Post(context.Background(), "C0123456789", dailyReply(t))
			var pe *bot.PermanentError
			if !errors.Is(err, bot.ErrPermanent) || !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a permanent error", err)
			}
			if !strings.Contains(pe.Reason, tc.reason) || !strings.Contains(err.Error(), tc.code) || !strings.Contains(err.Error(), "C0123456789") {
				t.Errorf("err = %q", err)
			}
			if strings.Contains(err.Error(), "secretsecret") {
				t.Errorf("the error holds the token: %q", err)
			}
			if n := len(web.received()); n != 1 {
				t.Errorf("%d requests; a permanent error is not retried", n)
			}
		})
	}
}

func TestPosterOtherErrorsAreNotRetried(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, func(int) (int, http.Header, string) {
		return http.StatusOK, nil, `{"ok":false,"error":"invalid_blocks"}`
	})
	err := NewPoster(web.client(testToken), nil).Post(context.Background(), "C0123456789", dailyReply(t))
	if err == nil || errors.Is(err, bot.ErrPermanent) || len(web.received()) != 1 {
		t.Errorf("err = %v after %d requests; want one try and an error worth retrying later", err, len(web.received()))
	}
}

func TestPosterStopsWithContext(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, func(int) (int, http.Header, string) {
		return http.StatusTooManyRequests, http.Header{"Retry-After": {"30"}}, ""
	})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := NewPoster(web.client(testToken), nil).Post(ctx, "C0123456789", dailyReply(t))
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 5*time.Second {
		t.Errorf("err = %v after %v", err, time.Since(start))
	}
}

func TestPosterRefusesLongRetryAfter(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, func(int) (int, http.Header, string) {
		return http.StatusTooManyRequests, http.Header{"Retry-After": {"600"}}, ""
	})
	p := NewPoster(web.client(testToken), nil)
	p.MaxWait = time.Second
	err := p.Post(context.Background(), "C0123456789", dailyReply(t))
	if err == nil || errors.Is(err, bot.ErrPermanent) || !strings.Contains(err.Error(), "10m0s") {
		t.Errorf("err = %v", err)
	}
}
