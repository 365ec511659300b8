package slack

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"
)

// MaxBody is the largest request body accepted. Slack's own payloads are a few kilobytes; a
// larger body is refused (413) without reading past this bound.
const MaxBody = 64 << 10

// MaxInteractionBody is the largest interaction payload accepted (/slack/interactions). A
// submitted form carries the whole view twice, as it was opened and as it was filled in, and
// Slack sends characters beyond ASCII as \uXXXX escapes, form-encoded again: the edit form of a
// draft in Cyrillic or Greek, with its summary and key points full, comes to about 100 KB.
// Slack refuses views over 250 KB (views.open's view_too_large).
const MaxInteractionBody = 1 << 20

// HTTP serves Slack's request URLs: POST /slack/commands (slash commands), /slack/interactions
// (buttons) and /slack/events (Events API). Every request is verified against the signing
// secret before anything else is done with it.
type HTTP struct {
	app *App
	v   *Verifier
	log *slog.Logger

	// OnRefuse, when set, is told about each refused request with a short
	// reason ("too_large", "headers", "timestamp", "signature" or
	// "bad_request"), for metrics.
	OnRefuse func(reason string)
}

// NewHTTP returns the HTTP endpoints of app, verifying requests with v.
func NewHTTP(app *App, v *Verifier) *HTTP {
	return &HTTP{app: app, v: v, log: app.log}
}

// The request URLs, as manifest.yaml gives them to Slack.
const (
	CommandsPath     = "/slack/commands"
	InteractionsPath = "/slack/interactions"
	EventsPath       = "/slack/events"
)

// Mount registers the endpoints on mux.
func (h *HTTP) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST "+CommandsPath, h.Commands)
	mux.HandleFunc("POST "+InteractionsPath, h.Interactions)
	mux.HandleFunc("POST "+EventsPath, h.Events)
}

var (
	jsonType  = []string{"application/json"}
	plainType = []string{"text/plain; charset=utf-8"}
)

// Commands answers a slash command: at once with the answer, or, when it takes longer than
// App.AckAfter, with an empty acknowledgement and the answer later through response_url.
func (h *HTTP) Commands(w http.ResponseWriter, r *http.Request) {
	buf, ok := h.verified(w, r, MaxBody)
	if !ok {
		return
	}
	c, ok := parseCommand(*buf)
	putBuf(buf)
	if c.sslCheck && c.Command == "" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if !ok {
		h.refuse(w, r, http.StatusBadRequest, errNotCommand)
		return
	}
	ans := h.app.answer(r.Context(), c)
	hdr := w.Header()
	if ans.body == nil {
		hdr["Content-Length"] = zeroLength
		w.WriteHeader(http.StatusOK)
		return
	}
	hdr["Content-Type"] = jsonType
	hdr["Content-Length"] = ans.length
	w.Write(ans.body)
}

var zeroLength = []string{"0"}

// verified reads the body, within limit bytes, and checks its signature. On failure it has
// already answered (401, or 413 for a body too large) and logged one line.
func (h *HTTP) verified(w http.ResponseWriter, r *http.Request, limit int) (*[]byte, bool) {
	if r.ContentLength > int64(limit) {
		h.refuse(w, r, http.StatusRequestEntityTooLarge, errTooLarge)
		return nil, false
	}
	buf, err := readBody(r.Body, limit)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			h.refuse(w, r, http.StatusRequestEntityTooLarge, err)
		} else {
			// A body that arrives too slowly or breaks off: Go's error names both ends of the
			// connection, which is for the log, not for whoever sent it.
			h.refuse(w, r, http.StatusBadRequest, fmt.Errorf("%w: %w", errUnreadable, err))
		}
		return nil, false
	}
	if err := h.v.Verify(r.Header.Get("X-Slack-Signature"), r.Header.Get("X-Slack-Request-Timestamp"), *buf); err != nil {
		putBuf(buf)
		h.refuse(w, r, http.StatusUnauthorized, err)
		return nil, false
	}
	return buf, true
}

var (
	errTooLarge   = errors.New("slack: request body larger than Slack sends")
	errUnreadable = errors.New("slack: the request body could not be read")
	errNotCommand = errors.New("slack: expected a slash command form with a command field")
	errNotPayload = errors.New("slack: expected an interaction payload")
	errNotEvent   = errors.New("slack: expected an Events API payload")
)

func (h *HTTP) refuse(w http.ResponseWriter, r *http.Request, status int, err error) {
	if h.OnRefuse != nil {
		h.OnRefuse(refusalReason(status, err))
	}
	h.log.Warn("slack request refused", "path", r.URL.Path, "status", status, "reason", err.Error(), "remote", r.RemoteAddr)
	if status == http.StatusRequestEntityTooLarge {
		// Do not let the server read the rest of the body to reuse the connection.
		w.Header().Set("Connection", "close")
	}
	w.Header()["Content-Type"] = plainType
	w.WriteHeader(status)
	io.WriteString(w, refusalText(status, err)+"\n")
}

// refusalText is what a refused request is told: a fixed text for its status, or for a 400 the
// fixed text of what was wrong with it. The error itself, which may hold Go's wording and
// addresses, goes only to the log.
func refusalText(status int, err error) string {
	if status == http.StatusBadRequest {
		for _, e := range []error{errUnreadable, errNotCommand, errNotPayload, errNotEvent} {
			if errors.Is(err, e) {
				return e.Error()
			}
		}
	}
	return http.StatusText(status)
}

// Bodies are read into pooled buffers: most are under a kilobyte, and allocating one per
// request is the largest cost after the work itself.
var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

func putBuf(b *[]byte) {
	if cap(*b) <= MaxBody+1024 {
		*b = (*b)[:0]
		bufPool.Put(b)
	}
}

// readBody reads r whole, failing with errTooLarge as soon as it passes limit.
func readBody(r io.Reader, limit int) (*[]byte, error) {
	bp := bufPool.Get().(*[]byte)
	b := (*bp)[:0]
	for {
		if len(b) == cap(b) {
			if len(b) > limit {
				*bp = b
				putBuf(bp)
				return nil, errTooLarge
			}
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):min(cap(b), limit+1)])
		b = b[:len(b)+n]
		if len(b) > limit {
			*bp = b
			putBuf(bp)
			return nil, errTooLarge
		}
		if err == io.EOF {
			*bp = b
			return bp, nil
		}
		if err != nil {
			*bp = b
			putBuf(bp)
			return nil, err
		}
	}
}

// refusalReason names why a request was refused, in a word fit for a metric
// label.
func refusalReason(status int, err error) string {
	switch {
	case status == http.StatusRequestEntityTooLarge:
		return "too_large"
	case errors.Is(err, ErrMissingHeaders), errors.Is(err, ErrBadTimestamp):
		return "headers"
	case errors.Is(err, ErrStale):
		return "timestamp"
	case status == http.StatusUnauthorized:
		return "signature"
	}
	return "bad_request"
}
