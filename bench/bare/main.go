// Command bare is the load benchmark's ceiling: an HTTP server that only
// checks a request's signature and answers with fixed JSON. No parsing, no
// lookup, no rendering; whatever briefbot spends beyond this is its own.
//
// It serves two routes on -addr:
//
//	POST /slack/commands        Slack's v0 HMAC-SHA256 over the raw body, 5-minute window
//	POST /discord/interactions  Ed25519 over timestamp+body (crypto/ed25519)
//
// and answers 200 with the -slack-reply or -discord-reply file, or 401. The
// keys come from SLACK_SIGNING_SECRET and DISCORD_PUBLIC_KEY (hex), as for
// briefbot.
package main

import (
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strconv"
	"time"
)

// maxBody caps what a request may send; both platforms' payloads are far smaller.
const maxBody = 64 << 10

// slackWindow is how far a Slack timestamp may be from now:
// https://docs.slack.dev/authentication/verifying-requests-from-slack/
const slackWindow = 5 * time.Minute

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "listen address")
	slackReply := flag.String("slack-reply", "bench/replies/slack.json", "the fixed Slack reply")
	discordReply := flag.String("discord-reply", "bench/replies/discord.json", "the fixed Discord reply")
	flag.Parse()
	if err := run(*addr, *slackReply, *discordReply); err != nil {
		fmt.Fprintln(os.Stderr, "bare:", err)
		os.Exit(1)
	}
}

func run(addr, slackReplyPath, discordReplyPath string) error {
	secret := os.Getenv("SLACK_SIGNING_SECRET")
	if secret == "" {
		return fmt.Errorf("SLACK_SIGNING_SECRET is empty")
	}
	pub, err := hex.DecodeString(os.Getenv("DISCORD_PUBLIC_KEY"))
	if err != nil || len(pub) != ed25519.PublicKeySize {
		return fmt.Errorf("DISCORD_PUBLIC_KEY: expected %d hex-encoded bytes", ed25519.PublicKeySize)
	}
	slackReply, err := os.ReadFile(slackReplyPath)
	if err != nil {
		return err
	}
	discordReply, err := os.ReadFile(discordReplyPath)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/commands", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil || !slackSigned(secret, r.Header, body, time.Now()) {
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
		reply(w, slackReply)
	})
	mux.HandleFunc("POST /discord/interactions", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil || !discordSigned(pub, r.Header, body) {
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		reply(w, discordReply)
	})
	srv := &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Printf("bare: listening on %s", addr)
	return srv.ListenAndServe()
}

func reply(w http.ResponseWriter, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body)
}

// slackSigned reports whether body carries a valid, fresh Slack signature.
func slackSigned(secret string, h http.Header, body []byte, now time.Time) bool {
	ts := h.Get("X-Slack-Request-Timestamp")
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	if d := now.Sub(time.Unix(sec, 0)); d > slackWindow || d < -slackWindow {
		return false
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	want := make([]byte, 3, 3+2*sha256.Size)
	copy(want, "v0=")
	want = hex.AppendEncode(want, mac.Sum(nil))
	return hmac.Equal([]byte(h.Get("X-Slack-Signature")), want)
}

// discordSigned reports whether body carries a valid Discord signature.
// Discord documents no replay window, so none is applied:
// https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint
func discordSigned(pub ed25519.PublicKey, h http.Header, body []byte) bool {
	sig, err := hex.DecodeString(h.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize {
		return false
	}
	msg := append([]byte(h.Get("X-Signature-Timestamp")), body...)
	return ed25519.Verify(pub, msg, sig)
}
