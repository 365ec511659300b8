package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
)

// TestDiscordAsAUserWould runs
//
//	DISCORD_PUBLIC_KEY=… DISCORD_APP_ID=… HTTP_ADDR=127.0.0.1:PORT go run .
//
// and sends it what Discord would: a PING when the endpoint URL is saved,
// /status topic:ukraine, autocomplete for "ukr", and forged, replayed and
// tampered requests.
func TestDiscordAsAUserWould(t *testing.T) {
	t.Parallel()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	_, otherKey, _ := ed25519.GenerateKey(nil)
	const appID = "1234567890123456789"
	fake := discordtest.NewServer(t, appID, "unused")
	addr := freeAddr(t)
	_, stderr := startBot(t, map[string]string{
		"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub),
		"DISCORD_APP_ID":     appID,
		"HTTP_ADDR":          addr,
		"DISCORD_API_URL":    fake.APIURL(),
		"DATABASE_URL":       "sqlite:" + filepath.Join(t.TempDir(), "briefbot.db"),
		"LOG_FORMAT":         "json",
	})
	url := "http://" + addr + "/discord/interactions"

	send := func(key ed25519.PrivateKey, ts time.Time, body []byte, tamper bool) (int, []byte) {
		t.Helper()
		stamp := strconv.FormatInt(ts.Unix(), 10)
		sig := ed25519.Sign(key, append([]byte(stamp), body...))
		if tamper {
			body = bytes.Replace(body, []byte("ukraine"), []byte("nato"), 1)
		}
		req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
		req.Header.Set("X-Signature-Timestamp", stamp)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, out
	}
	member := `"member":{"permissions":"83968","user":{"id":"80351110224678912","username":"ada"}}`
	ping := []byte(`{"application_id":"` + appID + `","id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}`)
	status := []byte(`{"application_id":"` + appID + `","channel_id":"998877665544332211","guild_id":"112233445566778899","id":"1300000000000000001",` + member +
		`,"data":{"id":"1","name":"status","type":1,"options":[{"name":"topic","type":3,"value":"ukraine"}]},"token":"tok","type":2,"version":1}`)
	auto := []byte(`{"application_id":"` + appID + `","channel_id":"998877665544332211","guild_id":"112233445566778899","id":"1300000000000000002",` + member +
		`,"data":{"id":"1","name":"status","type":1,"options":[{"name":"topic","type":3,"value":"ukr","focused":true}]},"token":"tok","type":4,"version":1}`)

	if code, body := send(priv, time.Now(), ping, false); code != http.StatusOK || string(body) != `{"type":1}` {
		t.Errorf("PING: %d %s, want 200 {\"type\":1}", code, body)
	}

	code, body := send(priv, time.Now(), status, false)
	if code != http.StatusOK {
		t.Fatalf("/status topic:ukraine: %d %s", code, body)
	}
	var r struct {
		Type int `json:"type"`
		Data struct {
			Embeds []struct {
				Title       string `json:"title"`
				Description string `json:"description"`
			} `json:"embeds"`
		} `json:"data"`
	}
	json.Unmarshal(body, &r)
	if r.Type != 4 || len(r.Data.Embeds) == 0 || !strings.HasPrefix(r.Data.Embeds[0].Title, "Ukraine") || !strings.Contains(r.Data.Embeds[0].Description, "Ukraine") {
		t.Errorf("/status topic:ukraine: %s", body)
	}
	if !bytes.Contains(body, []byte(`"allowed_mentions":{"parse":[]}`)) {
		t.Errorf("/status topic:ukraine lets mentions ping: %s", body)
	}

	code, body = send(priv, time.Now(), auto, false)
	var choices struct {
		Type int `json:"type"`
		Data struct {
			Choices []struct{ Name, Value string } `json:"choices"`
		} `json:"data"`
	}
	json.Unmarshal(body, &choices)
	if code != http.StatusOK || choices.Type != 8 || len(choices.Data.Choices) == 0 || choices.Data.Choices[0].Value != "ukraine" {
		t.Errorf("autocomplete ukr: %d %s", code, body)
	}

	refused := []struct {
		name   string
		key    ed25519.PrivateKey
		ts     time.Time
		tamper bool
	}{
		{"tampered", priv, time.Now(), true},
		{"other key", otherKey, time.Now(), false},
		{"10 minutes old", priv, time.Now().Add(-10 * time.Minute), false},
	}
	for _, tc := range refused {
		if code, body := send(tc.key, tc.ts, status, tc.tamper); code != http.StatusUnauthorized {
			t.Errorf("%s: %d %s, want 401", tc.name, code, body)
		}
	}

	logs := stderr.String()
	if !strings.Contains(logs, "discord.com/oauth2/authorize?client_id="+appID) {
		t.Errorf("the start-up log has no invite URL:\n%s", logs)
	}
	if n := len(fake.Requests()); n != 0 {
		t.Errorf("HTTP-only mode without a bot token called Discord's API %d times", n)
	}
}
