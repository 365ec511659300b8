package main

import (
	"crypto/ed25519"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Slack's worked example: https://docs.slack.dev/authentication/verifying-requests-from-slack/
func TestSlackSignatureMatchesSlackDocs(t *testing.T) {
	t.Parallel()
	const (
		secret = "8f742231b10e8888abcd99yyyzzz85a5"
		ts     = "1531420618"
		body   = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
		want   = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
	)
	if got := slackSignature(secret, ts, []byte(body)); got != want {
		t.Errorf("slackSignature = %s, want %s", got, want)
	}
}

func TestSignedRequests(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	now := time.Unix(1643700000, 0)
	if err := run(dir, now); err != nil {
		t.Fatal(err)
	}
	k, err := loadOrMakeKeys(filepath.Join(dir, "keys.env"))
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	header := func(name, key string) string {
		for line := range strings.Lines(read(name + ".headers")) {
			if k, v, ok := strings.Cut(strings.TrimSpace(line), ": "); ok && k == key {
				return v
			}
		}
		t.Fatalf("%s.headers has no %s", name, key)
		return ""
	}

	t.Run("slack", func(t *testing.T) {
		body := read("slack.body")
		form, err := url.ParseQuery(body)
		if err != nil {
			t.Fatal(err)
		}
		if form.Get("command") != "/status" || form.Get("text") != "ukraine" {
			t.Errorf("command %q text %q, want /status ukraine", form.Get("command"), form.Get("text"))
		}
		if ts := header("slack", "X-Slack-Request-Timestamp"); ts != "1643700000" {
			t.Errorf("timestamp %s, want the time of signing", ts)
		}
		sig := header("slack", "X-Slack-Signature")
		if want := slackSignature(k.SlackSecret, "1643700000", []byte(body)); sig != want {
			t.Errorf("signature %s, want %s", sig, want)
		}
		if slackSignature(k.SlackSecret, "1643700000", []byte(read("slack.tampered.body"))) == sig {
			t.Error("the tampered body still matches the signature")
		}
	})

	t.Run("discord", func(t *testing.T) {
		pub := ed25519.NewKeyFromSeed(k.DiscordSeed).Public().(ed25519.PublicKey)
		if !strings.Contains(read("keys.env"), "DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub)+"\n") {
			t.Error("keys.env does not hold the public key of the signing key")
		}
		sig, err := hex.DecodeString(header("discord", "X-Signature-Ed25519"))
		if err != nil {
			t.Fatal(err)
		}
		ts := header("discord", "X-Signature-Timestamp")
		if !ed25519.Verify(pub, []byte(ts+read("discord.body")), sig) {
			t.Error("the signature does not verify over timestamp+body")
		}
		if ed25519.Verify(pub, []byte(ts+read("discord.tampered.body")), sig) {
			t.Error("the tampered body still verifies")
		}
	})

	t.Run("wrk script carries the body verbatim", func(t *testing.T) {
		lua := read("discord.lua")
		if !strings.Contains(lua, "wrk.body = "+luaString(read("discord.body"))+"\n") {
			t.Errorf("discord.lua does not carry the body:\n%s", lua)
		}
		if !strings.Contains(lua, "function done(") {
			t.Error("discord.lua lacks the report hook")
		}
	})
}

func TestLuaString(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{`/slack/commands`, `"/slack/commands"`},
		{`{"a":"b\\c"}`, `"{\"a\":\"b\\\\c\"}"`},
		{"x]]y", `"x]]y"`},
		{"line\nnext\t\x00é", `"line\010next\009\000\195\169"`},
	} {
		if got := luaString(tc.in); got != tc.want {
			t.Errorf("luaString(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
