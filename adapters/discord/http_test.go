package discord_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord"
)

// TestSignatureChecks sends requests a forger, a replayer or a broken proxy
// might, and checks each is refused with nothing done.
func TestSignatureChecks(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	_, otherKey, _ := ed25519.GenerateKey(nil)
	body := command("status", str("topic", "ukraine"))
	ts := now()
	// One second before ts, whenever the clock ticks: "now minus one" read
	// a second after ts was taken would be ts itself, and sign correctly.
	sec, _ := strconv.ParseInt(ts, 10, 64)
	earlier := strconv.FormatInt(sec-1, 10)
	old := strconv.FormatInt(time.Now().Add(-10*time.Minute).Unix(), 10)
	future := strconv.FormatInt(time.Now().Add(10*time.Minute).Unix(), 10)
	huge := append(bytes.Repeat([]byte(" "), discord.DefaultMaxBody), body...)

	tests := []struct {
		name   string
		header http.Header
		body   []byte
		want   int
	}{
		{"valid", sign(f.priv, ts, body), body, http.StatusOK},
		{"tampered body", sign(f.priv, ts, body), bytes.Replace(body, []byte("ukraine"), []byte("nato"), 1), http.StatusUnauthorized},
		{"one byte added", sign(f.priv, ts, body), append(append([]byte{}, body...), ' '), http.StatusUnauthorized},
		{"other key", sign(otherKey, ts, body), body, http.StatusUnauthorized},
		{"timestamp changed", with(sign(f.priv, ts, body), "X-Signature-Timestamp", earlier), body, http.StatusUnauthorized},
		{"10 minutes old", sign(f.priv, old, body), body, http.StatusUnauthorized},
		{"10 minutes ahead", sign(f.priv, future, body), body, http.StatusUnauthorized},
		{"no signature", without(sign(f.priv, ts, body), "X-Signature-Ed25519"), body, http.StatusUnauthorized},
		{"no timestamp", without(sign(f.priv, ts, body), "X-Signature-Timestamp"), body, http.StatusUnauthorized},
		{"no headers", http.Header{}, body, http.StatusUnauthorized},
		{"signature not hex", with(sign(f.priv, ts, body), "X-Signature-Ed25519", strings.Repeat("zz", 64)), body, http.StatusUnauthorized},
		{"signature too short", with(sign(f.priv, ts, body), "X-Signature-Ed25519", strings.Repeat("ab", 32)), body, http.StatusUnauthorized},
		{"timestamp not a number", with(sign(f.priv, "soon", body), "X-Signature-Timestamp", "soon"), body, http.StatusUnauthorized},
		{"oversized body, signed", sign(f.priv, ts, huge), huge, http.StatusRequestEntityTooLarge},
	}
	for _, tc := range tests {
		w := post(f.h, tc.header, tc.body)
		if w.Code != tc.want {
			t.Errorf("%s: status %d, want %d (%s)", tc.name, w.Code, tc.want, strings.TrimSpace(w.Body.String()))
		}
		if tc.want != http.StatusOK && strings.Contains(w.Body.String(), "embeds") {
			t.Errorf("%s: refused request got an answer: %s", tc.name, w.Body)
		}
	}
	if n := f.answered(); n != 1 {
		t.Errorf("the bot answered %d requests; only the valid one should have been", n)
	}
	if rs := f.discord.Requests(); len(rs) != 0 {
		t.Errorf("refused requests reached Discord's API: %v", rs)
	}
}

// TestOversizedBodyWithoutLength checks the cap holds for a chunked body,
// which announces no length.
func TestOversizedBodyWithoutLength(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.h.MaxBody = 1024
	body := command("search", str("words", strings.Repeat("missile ", 200)))
	r := httptestRequest(body)
	r.ContentLength = -1
	for k, v := range sign(f.priv, now(), body) {
		r.Header[k] = v
	}
	w := record(f.h, r)
	if w.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("status %d, want 413", w.Code)
	}
	if f.answered() != 0 {
		t.Fatal("the bot answered an oversized request")
	}
}

// TestRFC8032Vector checks a fixed vector built from RFC 8032 §7.1's
// TEST 1 key signing Discord's sample PING at timestamp 1700000000.
func TestRFC8032Vector(t *testing.T) {
	t.Parallel()
	pub, _ := hex.DecodeString("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
	body := []byte(`{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}`)
	h := http.Header{}
	h.Set("X-Signature-Timestamp", "1700000000")
	h.Set("X-Signature-Ed25519", "f0bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b")

	f := newFixture(t)
	handler, err := discord.NewHandler(f.ix, pub)
	if err != nil {
		t.Fatal(err)
	}
	handler.Now = func() time.Time { return time.Unix(1700000000+60, 0) }

	if w := post(handler, h, body); w.Code != http.StatusOK || w.Body.String() != `{"type":1}` {
		t.Errorf("the RFC 8032 vector: %d %s, want 200 {\"type\":1}", w.Code, w.Body)
	}
	if w := post(handler, h, append(append([]byte{}, body...), ' ')); w.Code != http.StatusUnauthorized {
		t.Errorf("the vector with a byte added: %d, want 401", w.Code)
	}
	handler.Now = time.Now // the vector is from November 2023: stale today
	if w := post(handler, h, body); w.Code != http.StatusUnauthorized {
		t.Errorf("the vector today: %d, want 401 (stale)", w.Code)
	}
}

func TestPingPong(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	code, resp := f.ask(interaction(discordgo.InteractionPing, nil, ""))
	if code != http.StatusOK || string(resp.raw) != `{"type":1}` {
		t.Fatalf("PING: %d %s, want 200 {\"type\":1}", code, resp.raw)
	}
}

func TestNotPost(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	r := httptestRequest(nil)
	r.Method = http.MethodGet
	if w := record(f.h, r); w.Code != http.StatusMethodNotAllowed {
		t.Fatalf("GET: %d, want 405", w.Code)
	}
}

// TestMalformedSignedBody: a correctly signed body that is not an
// interaction gets 400, not a crash.
func TestMalformedSignedBody(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	for _, body := range []string{``, `{`, `[]`, `{"type":"two"}`, `{"type":2,"data":{"options":[{"name":"topic","value":{`, `null x`} {
		w := post(f.h, sign(f.priv, now(), []byte(body)), []byte(body))
		if w.Code != http.StatusBadRequest {
			t.Errorf("%q: %d, want 400", body, w.Code)
		}
	}
}

func with(h http.Header, k, v string) http.Header {
	h = h.Clone()
	h.Set(k, v)
	return h
}

func without(h http.Header, k string) http.Header {
	h = h.Clone()
	h.Del(k)
	return h
}
