package main

import (
	"bytes"
	"crypto/ed25519"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord"
	slackbot "github.com/briefbot/briefbot/adapters/slack"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/golden"
)

// TestRepliesAreBriefbots: the fixed replies in bench/replies, which the bare handler and the
// peers send, are byte for byte what briefbot answers to the requests this command signs, so
// every target of the load benchmark writes as much as briefbot does and the comparison is of
// the work alone. After an intended change to briefbot's answer, go test ./bench/cmd/sign
// -update rewrites them.
func TestRepliesAreBriefbots(t *testing.T) {
	t.Parallel()
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(briefings.NewLive(c))
	mux := http.NewServeMux()
	const secret = "8f742231b10e8888abcd99yyyzzz85a5"
	slackbot.NewHTTP(slackbot.New(b, slog.New(slog.DiscardHandler)), slackbot.NewVerifier(secret)).Mount(mux)
	priv := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))
	session, err := discord.NewSession("", "http://127.0.0.1:1/api/v10") // never called: the answer is the response
	if err != nil {
		t.Fatal(err)
	}
	h, err := discord.NewHandler(discord.NewInteractions(b, session), priv.Public().(ed25519.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	mux.Handle("POST /discord/interactions", h)

	now := time.Now().Unix()
	for name, req := range map[string]request{
		"slack":   slackRequest(secret, now),
		"discord": discordRequest(priv, "1000000000000000001", now),
	} {
		r := httptest.NewRequest(http.MethodPost, req.Path, bytes.NewReader(req.Body))
		for _, kv := range req.Headers {
			r.Header.Set(kv[0], kv[1])
		}
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			t.Fatalf("%s: briefbot answered %d: %s", name, w.Code, w.Body)
		}
		golden.Check(t, filepath.Join("..", "..", "replies", name+".json"), w.Body.Bytes())
	}
}
