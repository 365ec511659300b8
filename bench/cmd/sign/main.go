// Command sign writes the signed requests that bench/run.sh replays: a Slack
// slash command and a Discord interaction, both for /status ukraine, signed
// now, with the headers and body for curl and a wrk script for the load.
//
// The signing keys are made once per benchmark run and kept in DIR/keys.env
// (a Slack signing secret, a Discord Ed25519 key pair and application id), so
// that the requests can be signed again with a fresh timestamp before each
// target while every server keeps the same keys.
//
// Usage:
//
//	go run ./bench/cmd/sign -dir bench/out/req
package main

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	_ "embed"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// report is the wrk done() hook that prints one parseable BENCH line.
//
//go:embed report.lua
var report string

// keys are one run's signing material. They protect nothing but the
// benchmark's loopback servers.
type keys struct {
	SlackSecret  string
	DiscordSeed  []byte // ed25519.SeedSize bytes
	DiscordAppID string
}

func main() {
	dir := flag.String("dir", "bench/out/req", "where to write keys.env and the signed requests")
	flag.Parse()
	if err := run(*dir, time.Now()); err != nil {
		fmt.Fprintln(os.Stderr, "sign:", err)
		os.Exit(1)
	}
}

func run(dir string, now time.Time) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	k, err := loadOrMakeKeys(filepath.Join(dir, "keys.env"))
	if err != nil {
		return err
	}
	priv := ed25519.NewKeyFromSeed(k.DiscordSeed)
	reqs := map[string]request{
		"slack":   slackRequest(k.SlackSecret, now.Unix()),
		"discord": discordRequest(priv, k.DiscordAppID, now.Unix()),
	}
	for name, r := range reqs {
		if err := write(dir, name, r); err != nil {
			return err
		}
	}
	return nil
}

// loadOrMakeKeys reads path, or creates it with fresh keys.
func loadOrMakeKeys(path string) (keys, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		k := keys{DiscordAppID: "1000000000000000001"}
		secret := make([]byte, 16)
		k.DiscordSeed = make([]byte, ed25519.SeedSize)
		rand.Read(secret)
		rand.Read(k.DiscordSeed)
		k.SlackSecret = hex.EncodeToString(secret)
		pub := ed25519.NewKeyFromSeed(k.DiscordSeed).Public().(ed25519.PublicKey)
		env := fmt.Sprintf("SLACK_SIGNING_SECRET=%s\nDISCORD_PUBLIC_KEY=%s\nDISCORD_APP_ID=%s\nBENCH_DISCORD_SEED=%s\n",
			k.SlackSecret, hex.EncodeToString(pub), k.DiscordAppID, hex.EncodeToString(k.DiscordSeed))
		return k, os.WriteFile(path, []byte(env), 0o600)
	}
	if err != nil {
		return keys{}, err
	}
	var k keys
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		name, value, _ := strings.Cut(sc.Text(), "=")
		switch name {
		case "SLACK_SIGNING_SECRET":
			k.SlackSecret = value
		case "DISCORD_APP_ID":
			k.DiscordAppID = value
		case "BENCH_DISCORD_SEED":
			if k.DiscordSeed, err = hex.DecodeString(value); err != nil {
				return keys{}, fmt.Errorf("%s: BENCH_DISCORD_SEED: %w", path, err)
			}
		}
	}
	if k.SlackSecret == "" || k.DiscordAppID == "" || len(k.DiscordSeed) != ed25519.SeedSize {
		return keys{}, fmt.Errorf("%s: incomplete; delete it to make new keys", path)
	}
	return k, nil
}

// write saves r as NAME.body, NAME.tampered.body, NAME.headers (curl's -H @file
// format) and NAME.lua (a wrk script).
func write(dir, name string, r request) error {
	var hdr strings.Builder
	for _, h := range r.Headers {
		fmt.Fprintf(&hdr, "%s: %s\n", h[0], h[1])
	}
	files := map[string][]byte{
		name + ".body":          r.Body,
		name + ".tampered.body": tampered(r.Body),
		name + ".headers":       []byte(hdr.String()),
		name + ".lua":           []byte(wrkScript(r)),
	}
	for f, b := range files {
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// wrkScript sets wrk up to send r on every request and appends the report hook.
func wrkScript(r request) string {
	var b strings.Builder
	b.WriteString("-- Written by bench/cmd/sign; signed at the timestamp below.\n")
	b.WriteString("wrk.method = \"POST\"\n")
	fmt.Fprintf(&b, "wrk.path = %s\n", luaString(r.Path))
	for _, h := range r.Headers {
		fmt.Fprintf(&b, "wrk.headers[%s] = %s\n", luaString(h[0]), luaString(h[1]))
	}
	fmt.Fprintf(&b, "wrk.body = %s\n\n", luaString(string(r.Body)))
	b.WriteString(report)
	return b.String()
}

// luaString quotes s as a Lua string literal that stands for exactly the
// bytes of s: quotes and backslashes escaped, and anything outside printable
// ASCII written as a decimal escape, which every Lua (wrk's LuaJIT too) reads.
func luaString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, "\\%03d", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
