package slack

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

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
// TestPosterSpellsCommands: a daily post that points to more briefings names the commands the
// way Slack users type them, as answers to commands do: the scheduler spells the digest's hints
// with the poster, a bot.Speller.
func TestPosterSpellsCommands(t *testing.T) {
	t.Parallel()
	_, live := newBot(t)
	web := newSlackWeb(t, nil)
	var poster bot.Poster = NewPoster(web.client(testToken), nil)
	sp, ok := poster.(bot.Speller)
	if !ok {
		t.Fatal("the Slack poster does not spell commands for the scheduler")
	}
	r, fresh := bot.Digest(live.Catalog(), bot.DigestOptions{Limit: 1, Spell: sp.Spell})
	if fresh < 2 || !strings.Contains(r.Note, "status") {
		t.Fatalf("the digest of %d briefings, one shown, has the note %q; expected it to point to status", fresh, r.Note)
	}
	if err := poster.Post(context.Background(), "C0123456789", r); err != nil {
		t.Fatal(err)
	}
	posts := web.received()
	if len(posts) != 1 {
		t.Fatalf("%d posts", len(posts))
	}
	m := checkMessage(t, []byte(`{"text":`+jsonString(posts[0].Get("text"))+`,"blocks":`+posts[0].Get("blocks")+`}`))
	if all := m.all(); !strings.Contains(all, "/briefbot status &lt;topic&gt; or /briefbot search") {
		t.Errorf("the post does not say how to ask for more in Slack:\n%s", all)
	}
	for _, text := range m.texts() {
		if loc := bareReserved.FindStringIndex(text); loc != nil {
			t.Errorf("the post offers %q, which Slack users cannot type", text[loc[0]:loc[1]])
		}
	}
}

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

// TestPosterRetriesWhatSlackDidNotTake: answers that say Slack turned the post away before
// handling it are retried, and the post goes.
func TestPosterRetriesWhatSlackDidNotTake(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, func(n int) (int, http.Header, string) {
		switch n {
		case 1:
			return http.StatusServiceUnavailable, nil, "<html>busy</html>"
		case 2:
			return http.StatusOK, nil, `{"ok":false,"error":"service_unavailable"}`
		case 3:
			return http.StatusOK, nil, `{"ok":false,"error":"request_timeout"}`
		}
		return http.StatusOK, nil, ""
	})
	p := NewPoster(web.client(testToken), nil)
	p.Backoff = 10 * time.Millisecond
	if err := p.Post(context.Background(), "C0123456789", dailyReply(t)); err != nil {
		t.Fatal(err)
	}
	if n := len(web.received()); n != 4 {
		t.Errorf("%d requests, want 4", n)
	}
}

func TestPosterGivesUp(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, func(int) (int, http.Header, string) { return http.StatusServiceUnavailable, nil, "unavailable" })
	p := NewPoster(web.client(testToken), nil)
	p.Backoff, p.Attempts = time.Millisecond, 3
	err := p.Post(context.Background(), "C0123456789", dailyReply(t))
	if err == nil || errors.Is(err, bot.ErrPermanent) || errors.Is(err, bot.ErrMaybeDelivered) {
		t.Fatalf("err = %v, want a retryable error", err)
	}
	if n := len(web.received()); n != 3 {
		t.Errorf("%d requests, want 3", n)
	}
}

// TestPosterRetriesWhenSlackIsUnreachable: a connection that cannot be made carried nothing to
// Slack, so it is tried again.
func TestPosterRetriesWhenSlackIsUnreachable(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL + "/"
	srv.Close() // nothing listens there now
	p := NewPoster(slackapi.New(testToken, slackapi.OptionAPIURL(url)), nil)
	p.Backoff, p.Attempts = time.Millisecond, 3
	err := p.Post(context.Background(), "C0123456789", dailyReply(t))
	if err == nil || errors.Is(err, bot.ErrMaybeDelivered) || !strings.Contains(err.Error(), "attempt 3 of 3") {
		t.Errorf("err = %v, want three attempts and an error worth retrying", err)
	}
}

// TestPosterDoesNotResendWhatSlackMayHave: Slack has no idempotency key, so once the request may
// have reached it and the answer is lost, or Slack says part of the post may have happened, the
// post is reported as maybe delivered and not sent again.
func TestPosterDoesNotResendWhatSlackMayHave(t *testing.T) {
	t.Parallel()
	ok := func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true,"channel":"C0123456789","ts":"1700000000.000100"}`)
	}
	tests := []struct {
		name   string
		answer func(w http.ResponseWriter, r *http.Request) // the first request's answer
	}{
		{"slow past the client's timeout", func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done() // the client gave up
		}},
		{"connection reset after the request", func(w http.ResponseWriter, r *http.Request) {
			conn, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				conn.Close()
			}
		}},
		{"answer cut off", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Length", "200")
			io.WriteString(w, `{"ok":tr`)
			conn, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				conn.Close()
			}
		}},
		{"internal_error", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"ok":false,"error":"internal_error"}`)
		}},
		{"fatal_error", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"ok":false,"error":"fatal_error"}`)
		}},
		{"504 from a gateway", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "gateway timeout", http.StatusGatewayTimeout)
		}},
		{"500", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "internal server error", http.StatusInternalServerError)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var requests atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				io.Copy(io.Discard, r.Body)
				if requests.Add(1) == 1 {
					tc.answer(w, r)
					return
				}
				ok(w)
			}))
			defer srv.Close()
			api := slackapi.New(testToken, slackapi.OptionAPIURL(srv.URL+"/"), slackapi.OptionHTTPClient(&http.Client{Timeout: 300 * time.Millisecond}))
			p := NewPoster(api, nil)
			p.Backoff = time.Millisecond
			err := p.Post(context.Background(), "C0123456789", dailyReply(t))
			if !errors.Is(err, bot.ErrMaybeDelivered) || errors.Is(err, bot.ErrPermanent) {
				t.Errorf("err = %v, want a maybe-delivered error", err)
			}
			if n := requests.Load(); n != 1 {
				t.Errorf("%d requests; a post Slack may have taken is not sent again", n)
			}
		})
	}
}

// TestPosterStopsAtTheContextBeforeSending: a post whose context ends while it waits to retry
// was never sent; it is not reported as maybe delivered.
func TestPosterStopsAtTheContextBeforeSending(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, func(int) (int, http.Header, string) { return http.StatusServiceUnavailable, nil, "unavailable" })
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	p := NewPoster(web.client(testToken), nil)
	p.Backoff = time.Hour
	p.MaxWait = 2 * time.Hour
	err := p.Post(ctx, "C0123456789", dailyReply(t))
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, bot.ErrMaybeDelivered) {
		t.Errorf("err = %v", err)
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
			if !errors.Is(err, bot.ErrPermanent) || !errors.As(err, &pe) || errors.Is(err, bot.ErrUnauthorized) {
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
			if h := p.Healthy(); h != nil {
				t.Errorf("Healthy() = %v after an error about one channel", h)
			}
		})
	}
}

// TestPosterUnauthorized: Slack refusing the token concerns every channel. The post fails at
// once with bot.ErrUnauthorized (no channel is to be paused for it), the poster reports itself
// unhealthy for /readyz, and healthy again once Slack accepts a post.
func TestPosterUnauthorized(t *testing.T) {
	t.Parallel()
	for _, code := range []string{"invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive", "missing_scope"} {
		t.Run(code, func(t *testing.T) {
			t.Parallel()
			var refuse atomic.Bool
			refuse.Store(true)
			web := newSlackWeb(t, func(int) (int, http.Header, string) {
				if refuse.Load() {
					return http.StatusOK, nil, `{"ok":false,"error":"` + code + `"}`
				}
				return http.StatusOK, nil, ""
			})
			p := NewPoster(web.client(testToken), nil)
			if h := p.Healthy(); h != nil {
				t.Fatalf("Healthy() = %v before any post", h)
			}
			err := p.Post(context.Background(), "C0123456789", dailyReply(t))
			if !errors.Is(err, bot.ErrUnauthorized) || errors.Is(err, bot.ErrPermanent) || !strings.Contains(err.Error(), code) {
				t.Fatalf("err = %v, want bot.ErrUnauthorized and not a permanent error", err)
			}
			if strings.Contains(err.Error(), "secretsecret") {
				t.Errorf("the error holds the token: %q", err)
			}
			if n := len(web.received()); n != 1 {
				t.Errorf("%d requests; a refused token is not retried at once", n)
			}
			h := p.Healthy()
			if h == nil || !strings.Contains(h.Error(), code) {
				t.Errorf("Healthy() = %v after Slack answered %s", h, code)
			}
			refuse.Store(false)
			if err := p.Post(context.Background(), "C0123456789", dailyReply(t)); err != nil {
				t.Fatal(err)
			}
			if h := p.Healthy(); h != nil {
				t.Errorf("Healthy() = %v after Slack accepted a post", h)
			}
		})
	}
}

// TestPosterUndeliverable: Slack refusing the message itself is not retried (the same message is
// refused again), and is not a reason to pause the channel.
func TestPosterUndeliverable(t *testing.T) {
	t.Parallel()
	for _, code := range []string{"invalid_blocks", "msg_too_long", "invalid_arguments", "msg_blocks_too_long", "no_text", "too_many_attachments"} {
		t.Run(code, func(t *testing.T) {
			t.Parallel()
			web := newSlackWeb(t, func(int) (int, http.Header, string) {
				return http.StatusOK, nil, `{"ok":false,"error":"` + code + `"}`
			})
			p := NewPoster(web.client(testToken), nil)
			p.Backoff = time.Millisecond
			err := p.Post(context.Background(), "C0123456789", dailyReply(t))
			if !errors.Is(err, bot.ErrUndeliverable) || errors.Is(err, bot.ErrPermanent) || !strings.Contains(err.Error(), code) {
				t.Errorf("err = %v, want bot.ErrUndeliverable wrapping %s", err, code)
			}
			if n := len(web.received()); n != 1 {
				t.Errorf("%d requests, want 1", n)
			}
		})
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
