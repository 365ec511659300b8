package discord

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"golang.org/x/time/rate"
)

// NewSession returns a discordgo session set up the way the bot uses
// Discord: authenticated with the bot token when one is given (an empty
// token still answers interactions, which need none), its REST calls sent
// to apiURL ("" means DefaultAPIURL: API v10, where discordgo v0.29 would
// use v9), paced under Discord's
// global rate limit, and identifying on the gateway with no intents at all,
// since slash commands arrive whatever the intents.
//
// The base URL is changed in the session's HTTP transport rather than in
// discordgo's exported endpoint variables, which are computed once at start
// and shared by every session in the process.
func NewSession(token, apiURL string) (*discordgo.Session, error) {
	auth := ""
	if token != "" {
		auth = "Bot " + strings.TrimPrefix(token, "Bot ")
	}
	s, err := discordgo.New(auth)
	if err != nil {
		return nil, err
	}
	t, err := newTransport(apiURL, http.DefaultTransport)
	if err != nil {
		return nil, err
	}
	s.Client = &http.Client{Timeout: 20 * time.Second, Transport: t}
	s.Identify.Intents = discordgo.IntentsNone
	s.StateEnabled = false
	s.UserAgent = "DiscordBot (https://github.com/briefbot/briefbot, 1) briefbot"
	return s, nil
}

// transport sends discordgo's requests to another base URL and keeps the
// bot under Discord's global limit of 50 requests a second, sitting out a
// global 429 for every route. Interaction callbacks and webhooks are exempt
// from the global limit, as Discord documents.
type transport struct {
	from   string   // discordgo's base, ending in "/"
	to     *url.URL // where requests go instead
	base   http.RoundTripper
	global *globalLimit
}

func newTransport(apiURL string, base http.RoundTripper) (*transport, error) {
	apiURL = strings.TrimRight(apiURL, "/")
	if apiURL == "" {
		apiURL = DefaultAPIURL
	}
	u, err := url.Parse(apiURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("discord API URL %q: expected http(s)://host/path", apiURL)
	}
	return &transport{from: discordgo.EndpointAPI, to: u, base: base, global: newGlobalLimit(50, time.Second)}, nil
}

// RoundTrip sends req to the configured base URL, waiting its turn under
// the global limit unless the route is exempt.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	rest, ours := strings.CutPrefix(req.URL.String(), t.from)
	if ours {
		u, err := url.Parse(t.target(rest))
		if err != nil {
			return nil, err
		}
		req = req.Clone(req.Context())
		req.URL = u
		req.Host = u.Host
	}
	exempt := strings.HasPrefix(rest, "interactions/") || strings.HasPrefix(rest, "webhooks/")
	if ours && !exempt {
		if err := t.global.wait(req.Context()); err != nil {
			return nil, err
		}
	}
	resp, err := t.base.RoundTrip(req)
	if err == nil && resp.StatusCode == http.StatusTooManyRequests && resp.Header.Get("X-RateLimit-Global") != "" {
		t.global.block(retryAfter(resp.Header))
	}
	return resp, err
}

// target is where a request for discordgo's URL base+rest goes.
func (t *transport) target(rest string) string {
	return strings.TrimRight(t.to.String(), "/") + "/" + rest
}

// actualURL makes a failed request's *url.Error in err name the URL the
// request went to. http.Client names the URL discordgo built (discord.com,
// its API version), not the base URL the transport sent it to, which would
// send someone checking DISCORD_API_URL or a proxy looking in the wrong
// place.
func actualURL(s *discordgo.Session, err error) error {
	t, ok := s.Client.Transport.(*transport)
	var ue *url.Error
	if !ok || !errors.As(err, &ue) {
		return err
	}
	if rest, ours := strings.CutPrefix(ue.URL, t.from); ours {
		ue.URL = t.target(rest)
	}
	return err
}

// retryAfter reads the Retry-After header (seconds, possibly fractional).
func retryAfter(h http.Header) time.Duration {
	f, err := strconv.ParseFloat(h.Get("Retry-After"), 64)
	if err != nil || f < 0 {
		return time.Second
	}
	return time.Duration(f * float64(time.Second))
}

// globalLimit paces every route together: x/time/rate's token bucket of n
// requests per period, on the wall clock Discord counts in, and a pause for
// everyone until the end of a global 429's Retry-After.
type globalLimit struct {
	bucket *rate.Limiter

	mu      sync.Mutex
	blocked time.Time
}

func newGlobalLimit(n int, per time.Duration) *globalLimit {
	return &globalLimit{bucket: rate.NewLimiter(rate.Limit(float64(n)/per.Seconds()), n)}
}

// wait takes a turn, sleeping until it comes, or returns ctx's error.
func (g *globalLimit) wait(ctx context.Context) error {
	now := time.Now()
	delay := g.bucket.ReserveN(now, 1).DelayFrom(now)
	g.mu.Lock()
	delay = max(delay, g.blocked.Sub(now))
	g.mu.Unlock()
	if delay <= 0 {
		return nil
	}
	return sleep(ctx, delay)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// block pauses every route for d.
func (g *globalLimit) block(d time.Duration) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if until := time.Now().Add(d); until.After(g.blocked) {
		g.blocked = until
	}
}

// pathSafe reports whether s may be put in a URL path as one segment: the
// ids and tokens of interactions are, but a forged one must not be able to
// point a request at another route.
func pathSafe(s string) bool {
	if s == "" || s == "." || s == ".." || len(s) > 512 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_', c == '.':
		default:
			return false
		}
	}
	return true
}

// call sends a JSON body straight through the session's HTTP client. The
// bot uses it for interaction callbacks and their webhook edits: they are
// exempt from rate limits, and going through discordgo's limiter would
// keep a bucket per interaction token forever. Errors never carry the URL,
// which holds the interaction's token.
func call(ctx context.Context, c *http.Client, method, endpoint, route string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, method, endpoint, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, route, errors.Unwrap(err))
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("%s %s: %w", method, route, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		var b [512]byte
		n, _ := resp.Body.Read(b[:])
		return fmt.Errorf("%s %s: Discord answered %s: %s", method, route, resp.Status, strings.TrimSpace(string(b[:n])))
	}
	return nil
}
