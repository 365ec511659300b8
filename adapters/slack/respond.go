package slack

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
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
	err := postResponse(ctx, a.client(), url, body)
	if err != nil && transient(err) {
		select {
		case <-time.After(time.Second):
			err = postResponse(ctx, a.client(), url, body)
		case <-ctx.Done():
		}
	}
	if err != nil {
		a.log.Error("answer not delivered through response_url", "request_id", id, "err", err)
		return false
	}
	return true
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

func transient(err error) bool {
	if re, ok := err.(*responseError); ok {
		return re.status >= 500 || re.status == http.StatusTooManyRequests
	}
	return true // the network
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
