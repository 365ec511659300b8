package discord

import (
	"net/http"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/bwmarrin/discordgo"
)

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// TestGlobalLimitPaces: the session's transport lets 50 requests go at once
// and then 50 a second, across routes; interaction callbacks and webhooks,
// which Discord exempts, never wait; and after a global 429 every route
// waits out its Retry-After. In a synctest bubble, so the seconds are
// virtual.
func TestGlobalLimitPaces(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var limited bool
		tr, err := newTransport("http://discord.test/api/v10", roundTripFunc(func(r *http.Request) (*http.Response, error) {
			resp := &http.Response{StatusCode: http.StatusOK, Header: http.Header{}, Body: http.NoBody, Request: r}
			if limited {
				limited = false
				resp.StatusCode = http.StatusTooManyRequests
				resp.Header.Set("X-RateLimit-Global", "true")
				resp.Header.Set("Retry-After", "3.5")
			}
			return resp, nil
		}))
		if err != nil {
			t.Fatal(err)
		}
		send := func(endpoint string) {
			t.Helper()
			req, _ := http.NewRequest(http.MethodPost, endpoint, strings.NewReader("{}"))
			resp, err := tr.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
		}
		start := time.Now()
		for i := range 100 {
			if i%2 == 0 {
				send(discordgo.EndpointChannelMessages("1"))
			} else {
				send(discordgo.EndpointGuild("2"))
			}
		}
		// 50 at once, then one every 20 ms: the 100th goes after 50 more.
		if took := time.Since(start); took != time.Second {
			t.Errorf("100 requests took %s, want 1s at 50 a second after a burst of 50", took)
		}
		start = time.Now()
		for range 100 {
			send(discordgo.EndpointInteractionResponse("3", "tok"))
			send(discordgo.EndpointWebhookToken("4", "tok"))
		}
		if took := time.Since(start); took != 0 {
			t.Errorf("exempt routes waited %s", took)
		}
		time.Sleep(time.Second) // the bucket refills
		limited = true
		send(discordgo.EndpointChannelMessages("1"))
		start = time.Now()
		send(discordgo.EndpointGuild("2"))
		if took := time.Since(start); took != 3500*time.Millisecond {
			t.Errorf("after a global 429 of 3.5s another route waited %s", took)
		}
	})
}
