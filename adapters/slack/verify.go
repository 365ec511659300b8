package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"hash"
	"strconv"
	"sync"
	"time"
)

// Verification failures. Each means the request did not provably come from Slack just now; the
// HTTP handlers answer all of them with 401 and do nothing else.
var (
	ErrMissingHeaders = errors.New("slack: missing X-Slack-Signature or X-Slack-Request-Timestamp")
	ErrBadTimestamp   = errors.New("slack: malformed X-Slack-Request-Timestamp")
	ErrStale          = errors.New("slack: request timestamp is more than 5 minutes from now")
	ErrBadSignature   = errors.New("slack: signature does not match")
)

// MaxSkew is how far a request's timestamp may be from the clock, either way, as Slack's
// "Verifying requests from Slack" asks: older requests may be replays.
const MaxSkew = 5 * time.Minute

// Verifier checks Slack's v0 request signatures: HMAC-SHA256, keyed with the app's signing
// secret, over "v0:" + timestamp + ":" + the raw body, compared in constant time, with the
// timestamp within MaxSkew of the clock.
// https://docs.slack.dev/authentication/verifying-requests-from-slack/
//
// slack-go's NewSecretsVerifier does the same but always against time.Now, so Slack's documented
// example (from 2018) cannot be checked with it; Verifier takes its clock as a field. It is safe
// for concurrent use.
type Verifier struct {
	// Now is the clock; nil means time.Now.
	Now func() time.Time

	secret []byte
	// macs holds HMACs keyed with the secret, for reuse: hmac.New hashes the key and allocates
	// 7 times. Measured on a whole request (a signed /status ukraine in, the cached answer out:
	// BenchmarkCommand/cached), hmac.New per request instead of the pool takes 24 % longer,
	// 1.69 µs against 1.36 µs, with 13 allocations against 6 (-count 6, interleaved, benchstat
	// p=0.026; bench_test.go says how). Counted on a whole request through net/http
	// (bench/callgrind.sh), hmac.New per request costs 10 % more instructions, 108.1k against
	// 98.1k: at the bar, and the pool is a dozen lines around the standard library's HMAC.
	macs sync.Pool // of *macState
}

// macState is an HMAC keyed with the secret and scratch space for it, reused across requests.
type macState struct {
	h      hash.Hash
	prefix [32]byte
	sum    [sha256.Size]byte
}

// NewVerifier returns a verifier for the signing secret (Basic Information page of the app).
func NewVerifier(secret string) *Verifier {
	v := &Verifier{secret: []byte(secret)}
	v.macs.New = func() any { return &macState{h: hmac.New(sha256.New, v.secret)} }
	return v
}

// Verify checks a request's X-Slack-Signature and X-Slack-Request-Timestamp headers against its
// raw body. It returns nil or one of the Err* values.
func (v *Verifier) Verify(signature, timestamp string, body []byte) error {
	if signature == "" || timestamp == "" {
		return ErrMissingHeaders
	}
	ts, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil || ts <= 0 {
		return ErrBadTimestamp
	}
	now := time.Now
	if v.Now != nil {
		now = v.Now
	}
	if d := now().Sub(time.Unix(ts, 0)); d > MaxSkew || d < -MaxSkew {
		return ErrStale
	}

	const prefix = "v0="
	if len(signature) != len(prefix)+2*sha256.Size || signature[:len(prefix)] != prefix {
		return ErrBadSignature
	}
	var want [sha256.Size]byte
	if _, err := hex.Decode(want[:], []byte(signature[len(prefix):])); err != nil {
		return ErrBadSignature
	}

	m := v.macs.Get().(*macState)
	defer v.macs.Put(m)
	m.h.Reset()
	m.h.Write(append(append(append(m.prefix[:0], "v0:"...), timestamp...), ':'))
	m.h.Write(body)
	if !hmac.Equal(m.h.Sum(m.sum[:0]), want[:]) {
		return ErrBadSignature
	}
	return nil
}

// Sign returns the X-Slack-Signature value for a body sent at timestamp: what Slack computes,
// for tests, benchmarks and tools that stand in for Slack.
func Sign(secret, timestamp string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + timestamp + ":"))
	mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}
