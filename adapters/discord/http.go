package discord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Defaults of the HTTP interactions endpoint.
const (
	// DefaultMaxBody caps an interaction's body. Slash commands with a few
	// text options are a few kilobytes, resolved objects and all; the
	// largest the bot is sent are a submitted modal (five inputs of up to
	// 3,000 characters, up to four bytes each in UTF-8) with the message
	// its button was on (a card of up to 6,000 characters in embeds), and a
	// context-menu command with the message it was used on: well under
	// 256 KiB.
	DefaultMaxBody = 256 << 10
	// DefaultWindow is how far a request's timestamp may be from now.
	// Discord documents no window; without one a captured request could be
	// replayed forever.
	DefaultWindow = 5 * time.Minute
)

// Handler is the HTTP interactions endpoint (the application's
// "Interactions Endpoint URL"). Every request is verified before anything
// else: its Ed25519 signature over timestamp and body with the
// application's public key, and its timestamp within Window of now. A
// request that fails gets 401 and nothing is done.
type Handler struct {
	ix  *Interactions
	key ed25519.PublicKey

	// Logger receives a line per refused request (never its headers);
	// nil discards.
	Logger *slog.Logger
	// MaxBody caps the body in bytes; zero means DefaultMaxBody.
	MaxBody int
	// Window bounds the timestamp's age, both ways; zero means
	// DefaultWindow.
	Window time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// OnRefuse, when set, is told about each refused request with a short
	// reason ("too_large", "headers", "timestamp", "signature" or
	// "bad_request"), for metrics.
	OnRefuse func(reason string)
}

// NewHandler returns the endpoint answering with ix and verifying with the
// application's public key, which must be 32 bytes.
func NewHandler(ix *Interactions, publicKey ed25519.PublicKey) (*Handler, error) {
	if len(publicKey) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("discord public key: %d bytes, want %d", len(publicKey), ed25519.PublicKeySize)
	}
	return &Handler{ix: ix, key: publicKey}, nil
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Why a request was refused, for the log.
var (
	errHeaders   = errors.New("missing or malformed signature headers")
	errStale     = errors.New("timestamp outside the allowed window")
	errSignature = errors.New("signature does not verify")
)

// ServeHTTP verifies, decodes and answers one interaction.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	maxBody := h.MaxBody
	if maxBody <= 0 {
		maxBody = DefaultMaxBody
	}
	if r.ContentLength > int64(maxBody) {
		h.refuse(w, http.StatusRequestEntityTooLarge, errors.New("body too large"))
		return
	}
	sig, ts := r.Header.Get("X-Signature-Ed25519"), r.Header.Get("X-Signature-Timestamp")
	var sigBytes [ed25519.SignatureSize]byte
	if len(ts) == 0 || len(ts) > 20 || !decodeHex(sigBytes[:], sig) {
		h.refuse(w, http.StatusUnauthorized, errHeaders)
		return
	}
	if err := h.fresh(ts); err != nil {
		h.refuse(w, http.StatusUnauthorized, err)
		return
	}

	// The signed message is timestamp+body: read the body in after the
	// timestamp, so the buffer is the message and needs no copy.
	buf := bufPool.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= 4*maxBody {
			buf.Reset()
			bufPool.Put(buf)
		}
	}()
	buf.Reset()
	buf.WriteString(ts)
	if _, err := buf.ReadFrom(io.LimitReader(r.Body, int64(maxBody)+1)); err != nil {
		h.refuse(w, http.StatusBadRequest, err)
		return
	}
	if buf.Len()-len(ts) > maxBody {
		h.refuse(w, http.StatusRequestEntityTooLarge, errors.New("body too large"))
		return
	}
	msg := buf.Bytes()
	if !ed25519.Verify(h.key, msg, sigBytes[:]) {
		h.refuse(w, http.StatusUnauthorized, errSignature)
		return
	}

	var in Interaction
	if err := DecodeInteraction(msg[len(ts):], &in); err != nil {
		h.refuse(w, http.StatusBadRequest, err)
		return
	}
	resp, later := h.ix.Answer(r.Context(), &in)
	w.Header().Set("Content-Type", "application/json")
	w.Write(resp)
	if later != nil {
		// The edit must reach Discord after the deferred response does.
		http.NewResponseController(w).Flush()
		go later()
	}
}

// fresh checks the timestamp is within the window of now.
func (h *Handler) fresh(ts string) error {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errHeaders
	}
	now := time.Now
	if h.Now != nil {
		now = h.Now
	}
	window := h.Window
	if window <= 0 {
		window = DefaultWindow
	}
	d := now().Unix() - sec
	if d < 0 {
		d = -d
	}
	if d > int64(window/time.Second) {
		return errStale
	}
	return nil
}

func (h *Handler) refuse(w http.ResponseWriter, code int, why error) {
	if h.OnRefuse != nil {
		h.OnRefuse(refusalReason(code, why))
	}
	if h.Logger != nil {
		h.Logger.Info("refused an interaction request", "status", code, "reason", why.Error())
	}
	http.Error(w, http.StatusText(code), code)
}

// decodeHex decodes exactly len(dst) bytes of hex; encoding/hex does not allocate for it.
func decodeHex(dst []byte, s string) bool {
	if len(s) != 2*len(dst) {
		return false
	}
	_, err := hex.Decode(dst, []byte(s))
	return err == nil
}

// refusalReason names why a request was refused, in a word fit for a metric
// label.
func refusalReason(code int, why error) string {
	switch {
	case code == http.StatusRequestEntityTooLarge:
		return "too_large"
	case why == errHeaders:
		return "headers"
	case why == errStale:
		return "timestamp"
	case why == errSignature:
		return "signature"
	}
	return "bad_request"
}
