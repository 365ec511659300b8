package discord_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

// digest is the daily briefing a scheduler would post.
func digest(t *testing.T) bot.Reply {
	t.Helper()
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	r, _ := bot.Digest(c, bot.DigestOptions{})
	r.Text += " Ping @everyone and <@123456789012345678>."
	return r
}

func newPoster(t *testing.T, tok string) (*discord.Poster, *discordtest.Server) {
	t.Helper()
	srv := discordtest.NewServer(t, appID, token)
	s, err := discord.NewSession(tok, srv.APIURL())
	if err != nil {
		t.Fatal(err)
	}
	return discord.NewPoster(s), srv
}

// sentMessage is a channel message as the test reads it.
type sentMessage struct {
	discord.Message
	Flags           *int            `json:"flags"`
	AllowedMentions json.RawMessage `json:"allowed_mentions"`
}

func TestPost(t *testing.T) {
	t.Parallel()
	p, srv := newPoster(t, token)
	r := digest(t)
	if err := p.Post(context.Background(), chanID, r); err != nil {
		t.Fatal(err)
	}
	reqs := srv.RequestsTo(http.MethodPost, "/channels/")
	if len(reqs) != 1 || reqs[0].Path != "/channels/"+chanID+"/messages" {
		t.Fatalf("requests %+v", srv.Requests())
	}
	if got := reqs[0].Header.Get("Authorization"); got != "Bot "+token {
		t.Errorf("Authorization %q", got)
	}
	var m sentMessage
	if err := json.Unmarshal(reqs[0].Body, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Embeds) == 0 || !strings.HasPrefix(m.Embeds[0].Title, "Briefing: ") {
		t.Errorf("embeds %+v", m.Embeds)
	}
	if string(m.AllowedMentions) != `{"parse":[]}` {
		t.Errorf("allowed_mentions %s", m.AllowedMentions)
	}
	if len(m.Nonce) != 25 || !m.EnforceNonce {
		t.Errorf("nonce %q enforce_nonce %v, want 25 characters and true", m.Nonce, m.EnforceNonce)
	}
	if m.Flags != nil {
		t.Errorf("a channel post has flags %d", *m.Flags)
	}
	if strings.Contains(embedText(m.Embeds), "@everyone") {
		t.Error("the post can ping @everyone")
	}
	checkLimits(t, "post", reqs[0].Body)
}

// TestPostNonce: the same post to the same channel carries the same nonce,
// so Discord creates it once; another channel or another post gets another.
func TestPostNonce(t *testing.T) {
	t.Parallel()
	p, srv := newPoster(t, token)
	r := digest(t)
	other := r
	other.Title = "Briefing: NATO"
	ctx := context.Background()
	for _, post := range []struct {
		channel string
		r       bot.Reply
	}{{chanID, r}, {chanID, r}, {"111", r}, {chanID, other}} {
		if err := p.Post(ctx, post.channel, post.r); err != nil {
			t.Fatal(err)
		}
	}
	var nonces []string
	for _, req := range srv.RequestsTo(http.MethodPost, "/channels/") {
		var m sentMessage
		json.Unmarshal(req.Body, &m)
		nonces = append(nonces, m.Nonce)
	}
	if nonces[0] != nonces[1] {
		t.Errorf("a retried post changed nonce: %q %q", nonces[0], nonces[1])
	}
	if nonces[2] == nonces[0] || nonces[3] == nonces[0] || nonces[2] == nonces[3] {
		t.Errorf("different posts share a nonce: %q", nonces)
	}
	if n := srv.MessagesCreated(); n != 3 {
		t.Errorf("%d messages created, want 3 (the repeat deduplicated)", n)
	}
}

func TestPostRateLimited(t *testing.T) {
	t.Parallel()
	for _, global := range []bool{false, true} {
		p, srv := newPoster(t, token)
		route := "POST /channels/" + chanID + "/messages"
		srv.RateLimited(route, 1, 0.3, global)
		start := time.Now()
		if err := p.Post(context.Background(), chanID, digest(t)); err != nil {
			t.Fatalf("global=%v: %v", global, err)
		}
		if took := time.Since(start); took < 300*time.Millisecond {
			t.Errorf("global=%v: retried after %v, before retry_after (300ms)", global, took)
		}
		reqs := srv.RequestsTo(http.MethodPost, "/channels/")
		if len(reqs) != 2 || string(reqs[0].Body) != string(reqs[1].Body) {
			t.Fatalf("global=%v: %d sends; want the same body twice", global, len(reqs))
		}
		if srv.MessagesCreated() != 1 {
			t.Errorf("global=%v: %d messages created", global, srv.MessagesCreated())
		}
	}
}

// TestGlobalRateLimitPausesOtherRoutes: after a global 429 on one route,
// a request to another waits too.
func TestGlobalRateLimitPausesOtherRoutes(t *testing.T) {
	t.Parallel()
	p, srv := newPoster(t, token)
	srv.RateLimited("POST /channels/"+chanID+"/messages", 1, 0.4, true)
	p.MaxAttempts = 1
	start := time.Now()
	if err := p.Post(context.Background(), chanID, digest(t)); err == nil {
		t.Fatal("a rate-limited post with no attempts left succeeded")
	} else if errors.Is(err, bot.ErrPermanent) {
		t.Fatalf("a 429 is permanent: %v", err)
	}
	if err := p.Post(context.Background(), "111", digest(t)); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took < 400*time.Millisecond {
		t.Errorf("the other channel was posted to %v after a global 429 of 400ms", took)
	}
}

func TestPostGivesUpWhenCancelled(t *testing.T) {
	t.Parallel()
	p, srv := newPoster(t, token)
	srv.RateLimited("POST /channels/"+chanID+"/messages", 10, 30, false)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := p.Post(ctx, chanID, digest(t))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("gave up after %v", took)
	}
}

// TestPostErrors: each refusal Discord gives a post is reported as the
// outcome the scheduler acts on, named with the channel and never the
// token: the channel's own problems are permanent, a refused token is
// ErrUnauthorized (every channel is affected), a refused message is
// ErrUndeliverable, and a server error is left to retry.
func TestPostErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		status  int
		code    int
		message string
		want    error // the sentinel the error matches; nil: none (retryable)
		reason  string
	}{
		{"missing access", 403, 50001, "Missing Access", bot.ErrPermanent, "cannot see channel"},
		{"unknown channel", 404, 10003, "Unknown Channel", bot.ErrPermanent, "no longer exists"},
		{"missing permissions", 403, 50013, "Missing Permissions", bot.ErrPermanent, "Send Messages and Embed Links"},
		{"token revoked", 401, 0, "401: Unauthorized", bot.ErrUnauthorized, "DISCORD_BOT_TOKEN"},
		{"invalid form body", 400, 50035, "Invalid Form Body", bot.ErrUndeliverable, "Invalid Form Body"},
		{"server error", 500, 0, "Internal Server Error", nil, ""},
	}
	sentinels := []error{bot.ErrPermanent, bot.ErrUnauthorized, bot.ErrUndeliverable, bot.ErrMaybeDelivered}
	for _, tc := range tests {
		p, srv := newPoster(t, token)
		srv.Fail("POST /channels/"+chanID+"/messages", tc.status, tc.code, tc.message)
		err := p.Post(context.Background(), chanID, digest(t))
		if err == nil {
			t.Fatalf("%s: no error", tc.name)
		}
		for _, s := range sentinels {
			if errors.Is(err, s) != (s == tc.want) {
				t.Errorf("%s: errors.Is(err, %q) = %v (%v)", tc.name, s, !(s == tc.want), err)
			}
		}
		if !strings.Contains(err.Error(), tc.reason) {
			t.Errorf("%s: %q does not mention %q", tc.name, err, tc.reason)
		}
		var pe *bot.PermanentError
		if tc.want == bot.ErrPermanent && (!errors.As(err, &pe) || !strings.Contains(pe.Reason, tc.reason)) {
			t.Errorf("%s: reason %v, want it to mention %q", tc.name, pe, tc.reason)
		}
		if !strings.Contains(err.Error(), chanID) {
			t.Errorf("%s: the error does not name the channel: %v", tc.name, err)
		}
		if strings.Contains(err.Error(), token) {
			t.Errorf("%s: the error leaks the token: %v", tc.name, err)
		}
		if h := p.Healthy(); (h != nil) != (tc.want == bot.ErrUnauthorized) {
			t.Errorf("%s: Healthy() = %v", tc.name, h)
		}
		if n := len(srv.RequestsTo(http.MethodPost, "/channels/")); tc.want != nil && n != 1 {
			t.Errorf("%s: %d sends; retrying cannot help", tc.name, n)
		}
	}
}

// TestPosterHealthFollowsTheToken: after a 401 the poster is unhealthy (for
// /readyz) until Discord accepts a post again.
func TestPosterHealthFollowsTheToken(t *testing.T) {
	t.Parallel()
	p, srv := newPoster(t, token)
	route := "POST /channels/" + chanID + "/messages"
	srv.Fail(route, 401, 0, "401: Unauthorized")
	if err := p.Post(context.Background(), chanID, digest(t)); !errors.Is(err, bot.ErrUnauthorized) {
		t.Fatalf("err = %v", err)
	}
	if h := p.Healthy(); h == nil || !strings.Contains(h.Error(), "DISCORD_BOT_TOKEN") {
		t.Errorf("Healthy() = %v after a 401", h)
	}
	srv.Handle(route, nil) // Discord takes posts again
	if err := p.Post(context.Background(), chanID, digest(t)); err != nil {
		t.Fatal(err)
	}
	if h := p.Healthy(); h != nil {
		t.Errorf("Healthy() = %v after a post went through", h)
	}
}
