package slack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/briefbot/briefbot/bot"
)

// respondTimeout bounds one post to a response_url, and deliverTimeout all of them for one
// answer (a post and a retry).
const (
	respondTimeout = 10 * time.Second
	deliverTimeout = 2*respondTimeout + 2*time.Second
)

var defaultClient = &http.Client{Timeout: respondTimeout}

// respond posts a message to a response_url, which Slack gives with every command and click:
// it may be used 5 times within 30 minutes, and needs no token. A failure is logged; the person
// who asked sees no answer, so the log line says why.
//
// Delivery has its own time, deliverTimeout, whatever is left of ctx: the work before it may have
// used ctx up, and the asker should still get the answer, or the apology, that work ended with.
func (a *App) respond(ctx context.Context, id, url string, body []byte) bool {
	if url == "" {
		a.log.Warn("no response_url to answer through", "request_id", id)
		return false
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), deliverTimeout)
	defer cancel()
	err := respondRetry.Do(ctx, func(int) error {
		wrote := new(atomic.Bool)
		err := postResponse(traceWrite(ctx, wrote), a.client(), url, body)
		switch {
		case err == nil:
			return nil
		case notTaken(err, wrote.Load()):
			return bot.Retryable(err)
		case refused(err):
			return err
		}
		return fmt.Errorf("%w, not sent again: %w", bot.ErrMaybeDelivered, err)
	})
	if err != nil {
		a.log.Error("answer not delivered through response_url", "request_id", id, "err", err)
		return false
	}
	return true
}

// respondRetry sends an answer to response_url a second time, a second later, when the first
// surely did not arrive: the asker would see a repeat as a second message.
var respondRetry = bot.Retry{Attempts: 2, Backoff: time.Second}

// notTaken reports whether a failed response_url post surely posted nothing: Slack turned it
// away (429, 503) or could not be reached. Any other 5xx, or a connection lost once the request
// was written out, may have posted it.
func notTaken(err error, wrote bool) bool {
	if re, ok := errors.AsType[*responseError](err); ok {
		return re.status == http.StatusTooManyRequests || re.status == http.StatusServiceUnavailable
	}
	return !wrote
}

// refused reports whether Slack answered a response_url post with a refusal of its own (4xx:
// expired_url, invalid_blocks, …), which posted nothing.
func refused(err error) bool {
	re, ok := errors.AsType[*responseError](err)
	return ok && re.status < 500
}

func (a *App) client() *http.Client {
	if a.HTTPClient != nil {
		return a.HTTPClient
	}
	return defaultClient
}

// responseError is Slack refusing a response_url post: 404 expired_url, 400 invalid_blocks, …
type responseError struct {
	status int
	body   string
}

func (e *responseError) Error() string {
	return fmt.Sprintf("response_url answered %d %s", e.status, e.body)
}

func postResponse(ctx context.Context, c *http.Client, url string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return &responseError{status: 0, body: "bad response_url"}
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	resp, err := c.Do(req)
	if err != nil {
		// The URL carries a secret of sorts (it can post to the channel): name only its host.
		return fmt.Errorf("post to response_url at %s: %w", req.URL.Host, unwrapURL(err))
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	if resp.StatusCode/100 != 2 {
		return &responseError{status: resp.StatusCode, body: strings.TrimSpace(string(msg))}
	}
	return nil
}

// unwrapURL drops *url.Error's copy of the URL.
func unwrapURL(err error) error {
	type unwrapper interface{ Unwrap() error }
	if u, ok := err.(unwrapper); ok {
		if inner := u.Unwrap(); inner != nil {
			return inner
		}
	}
	return err
}
