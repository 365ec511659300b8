package main

import (
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"testing"
	"time"
)

const secret = "8f742231b10e8888abcd99yyyzzz85a5"

// body is Slack's documented example:
// https://docs.slack.dev/authentication/verifying-requests-from-slack/
var body = []byte("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")

func slackHeader(ts, sig string) http.Header {
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", ts)
	h.Set("X-Slack-Signature", sig)
	return h
}

func TestSlackSigned(t *testing.T) {
	t.Parallel()
	const ts = "1531420618"
	const sig = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
	signed := time.Unix(1531420618, 0)
	for _, tc := range []struct {
		name string
		h    http.Header
		body []byte
		now  time.Time
		want bool
	}{
		{"Slack's example", slackHeader(ts, sig), body, signed, true},
		{"4 minutes late", slackHeader(ts, sig), body, signed.Add(4 * time.Minute), true},
		{"6 minutes late", slackHeader(ts, sig), body, signed.Add(6 * time.Minute), false},
		{"6 minutes early", slackHeader(ts, sig), body, signed.Add(-6 * time.Minute), false},
		{"body changed", slackHeader(ts, sig), append([]byte("x"), body...), signed, false},
		{"timestamp changed", slackHeader("1531420619", sig), body, signed, false},
		{"no v0= prefix", slackHeader(ts, sig[3:]), body, signed, false},
		{"no headers", http.Header{}, body, signed, false},
	} {
		if got := slackSigned(secret, tc.h, tc.body, tc.now); got != tc.want {
			t.Errorf("%s: slackSigned = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestDiscordSigned(t *testing.T) {
	t.Parallel()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	msg := []byte(`{"type":2}`)
	h := http.Header{}
	h.Set("X-Signature-Timestamp", "1700000000")
	h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte("1700000000"), msg...))))
	if !discordSigned(pub, h, msg) {
		t.Error("a correctly signed interaction was refused")
	}
	if discordSigned(pub, h, []byte(`{"type":1}`)) {
		t.Error("a changed body was accepted")
	}
	h.Set("X-Signature-Timestamp", "1700000001")
	if discordSigned(pub, h, msg) {
		t.Error("a changed timestamp was accepted")
	}
}

// The two checks' cost per request, which bounds every target's req/s.
func BenchmarkSlackSigned(b *testing.B) {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	h := slackHeader(ts, "v0="+hex.EncodeToString(mac.Sum(nil)))
	for b.Loop() {
		if !slackSigned(secret, h, body, time.Now()) {
			b.Fatal("refused")
		}
	}
}

func BenchmarkDiscordSigned(b *testing.B) {
	pub, priv, _ := ed25519.GenerateKey(nil)
	h := http.Header{}
	h.Set("X-Signature-Timestamp", "1700000000")
	h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte("1700000000"), body...))))
	for b.Loop() {
		if !discordSigned(pub, h, body) {
			b.Fatal("refused")
		}
	}
}
