package slack

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptrace"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"testing/synctest"
	"time"
)

// TestRespondResendsOnlyWhatSlackDidNotTake: an answer to response_url is sent a second time,
// a second later, only when the first surely posted nothing (Slack turned it away with 429 or
// 503, or could not be reached); after a 500 or a connection lost once the request was written
// out, it is not sent again, since the asker would see it twice. Through a transport standing in
// for the network, in a synctest bubble, so the second is virtual.
func TestRespondResendsOnlyWhatSlackDidNotTake(t *testing.T) {
	t.Parallel()
	ok := func(*http.Request) (*http.Response, error) { return fakeAnswer(http.StatusOK, "ok"), nil }
	tests := []struct {
		name      string
		first     func(*http.Request) (*http.Response, error)
		sends     int
		delivered bool
		logged    string
	}{
		{"503", func(*http.Request) (*http.Response, error) { return fakeAnswer(503, "busy"), nil }, 2, true, ""},
		{"429", func(*http.Request) (*http.Response, error) { return fakeAnswer(429, "slow down"), nil }, 2, true, ""},
		{"unreachable", func(*http.Request) (*http.Response, error) { return nil, syscall.ECONNREFUSED }, 2, true, ""},
		{"500", func(*http.Request) (*http.Response, error) { return fakeAnswer(500, "oops"), nil }, 1, false, "delivery outcome unknown"},
		{"connection lost after the request", func(r *http.Request) (*http.Response, error) {
			httptrace.ContextClientTrace(r.Context()).WroteRequest(httptrace.WroteRequestInfo{})
			return nil, syscall.ECONNRESET
		}, 1, false, "delivery outcome unknown"},
		{"expired url", func(*http.Request) (*http.Response, error) { return fakeAnswer(404, "expired_url"), nil }, 1, false, "expired_url"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			synctest.Test(t, func(t *testing.T) {
				var sends atomic.Int32
				var at [2]time.Time
				client := &http.Client{Transport: roundTrip(func(r *http.Request) (*http.Response, error) {
					io.Copy(io.Discard, r.Body)
					n := sends.Add(1)
					if n <= 2 {
						at[n-1] = time.Now()
					}
					if n == 1 {
						return tc.first(r)
					}
					return ok(r)
				})}
				var logs strings.Builder
				a := &App{log: slog.New(slog.NewTextHandler(&logs, nil)), HTTPClient: client}
				got := a.respond(t.Context(), "req-1", "https://hooks.slack.com/commands/T1/1/secret", []byte(`{"text":"hi"}`))
				if got != tc.delivered {
					t.Errorf("respond = %v, want %v", got, tc.delivered)
				}
				if n := int(sends.Load()); n != tc.sends {
					t.Errorf("%d sends, want %d", n, tc.sends)
				}
				if tc.sends == 2 && at[1].Sub(at[0]) != time.Second {
					t.Errorf("sent again after %s, want 1s", at[1].Sub(at[0]))
				}
				if !strings.Contains(logs.String(), tc.logged) || (tc.logged != "" && strings.Contains(logs.String(), "secret")) {
					t.Errorf("log %q, want it to say %q and not the URL's secret", logs.String(), tc.logged)
				}
			})
		})
	}
}

type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func fakeAnswer(status int, body string) *http.Response {
	return &http.Response{StatusCode: status, Status: http.StatusText(status), Header: http.Header{}, Body: io.NopCloser(strings.NewReader(body))}
}
