package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
)

// request is one signed HTTP request, ready to replay.
type request struct {
	Path    string
	Headers [][2]string // in the order they are sent
	Body    []byte
}

// slackSignature is Slack's v0 request signature: "v0=" followed by the hex
// HMAC-SHA256 of "v0:<timestamp>:<raw body>", keyed with the signing secret
// as it is written: https://docs.slack.dev/authentication/verifying-requests-from-slack/
func slackSignature(secret, ts string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// slackCommandBody is a slash command's form body, with the fields Slack
// sends and in Slack's order (https://docs.slack.dev/interactivity/implementing-slash-commands):
// /status ukraine.
func slackCommandBody() []byte {
	fields := [][2]string{
		{"token", "gIkuvaNzQIHg97ATvDxqgjtO"},
		{"team_id", "T0BENCH01"},
		{"team_domain", "bench-newsroom"},
		{"channel_id", "C0BENCH0001"},
		{"channel_name", "foreign-desk"},
		{"user_id", "U0BENCH0001"},
		{"user_name", "bench.reader"},
		{"command", "/status"},
		{"text", "ukraine"},
		{"api_app_id", "A0BENCH0001"},
		{"is_enterprise_install", "false"},
		{"response_url", "https://hooks.slack.com/commands/T0BENCH01/7000000000001/b3nchR3sp0nseUrlT0ken0001"},
		{"trigger_id", "7000000000001.1000000000001.0b3e4c5d6e7f8091a2b3c4d5e6f70819"},
	}
	var b strings.Builder
	for i, f := range fields {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(f[0]))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(f[1]))
	}
	return []byte(b.String())
}

// slackRequest signs a /status ukraine slash command at ts.
func slackRequest(secret string, ts int64) request {
	body := slackCommandBody()
	t := strconv.FormatInt(ts, 10)
	return request{
		Path: "/slack/commands",
		Headers: [][2]string{
			{"Content-Type", "application/x-www-form-urlencoded"},
			{"User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)"},
			{"X-Slack-Request-Timestamp", t},
			{"X-Slack-Signature", slackSignature(secret, t, body)},
		},
		Body: body,
	}
}

// discordCommandBody is an APPLICATION_COMMAND interaction (type 2) for
// /status with the string option topic=ukraine, shaped like the ones Discord
// sends to an interactions endpoint
// (https://discord.com/developers/docs/interactions/receiving-and-responding).
func discordCommandBody(appID string) []byte {
	type user struct {
		ID            string  `json:"id"`
		Username      string  `json:"username"`
		GlobalName    string  `json:"global_name"`
		Discriminator string  `json:"discriminator"`
		Avatar        *string `json:"avatar"`
		PublicFlags   int     `json:"public_flags"`
	}
	type member struct {
		User        user     `json:"user"`
		Roles       []string `json:"roles"`
		JoinedAt    string   `json:"joined_at"`
		Nick        *string  `json:"nick"`
		Permissions string   `json:"permissions"`
		Deaf        bool     `json:"deaf"`
		Mute        bool     `json:"mute"`
		Pending     bool     `json:"pending"`
		Flags       int      `json:"flags"`
	}
	type option struct {
		Name  string `json:"name"`
		Type  int    `json:"type"`
		Value string `json:"value"`
	}
	type data struct {
		ID      string   `json:"id"`
		Name    string   `json:"name"`
		Type    int      `json:"type"`
		Options []option `json:"options"`
	}
	const guild = "900000000000000001"
	in := struct {
		ID             string   `json:"id"`
		ApplicationID  string   `json:"application_id"`
		Type           int      `json:"type"`
		Data           data     `json:"data"`
		GuildID        string   `json:"guild_id"`
		ChannelID      string   `json:"channel_id"`
		Member         member   `json:"member"`
		Token          string   `json:"token"`
		Version        int      `json:"version"`
		AppPermissions string   `json:"app_permissions"`
		Locale         string   `json:"locale"`
		GuildLocale    string   `json:"guild_locale"`
		Entitlements   []string `json:"entitlements"`
		Context        int      `json:"context"`
	}{
		ID:            "1200000000000000001",
		ApplicationID: appID,
		Type:          2,
		Data: data{ID: "1100000000000000001", Name: "status", Type: 1,
			Options: []option{{Name: "topic", Type: 3, Value: "ukraine"}}},
		GuildID:   guild,
		ChannelID: "900000000000000002",
		Member: member{
			User:        user{ID: "800000000000000001", Username: "bench.reader", GlobalName: "Bench Reader", Discriminator: "0"},
			Roles:       []string{"900000000000000003"},
			JoinedAt:    "2022-02-01T09:30:00.000000+00:00",
			Permissions: "2248473465835073",
		},
		// Real interaction tokens are about this long.
		Token:          "aW50ZXJhY3Rpb246MTIwMDAwMDAwMDAwMDAwMDAwMTpCZW5jaG1hcmtUb2tlbkZvckJyaWVmYm90TG9hZFRlc3RzT25seU5vdEFSZWFsVG9rZW5BdEFsbDAxMjM0NTY3ODlhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk",
		Version:        1,
		AppPermissions: "2248473465835073",
		Locale:         "en-GB",
		GuildLocale:    "en-US",
		Entitlements:   []string{},
	}
	b, err := json.Marshal(in)
	if err != nil {
		panic(err) // a fixed value of plain types always marshals
	}
	return b
}

// discordRequest signs a /status ukraine interaction at ts: Ed25519 over
// the timestamp followed by the raw body.
func discordRequest(priv ed25519.PrivateKey, appID string, ts int64) request {
	body := discordCommandBody(appID)
	t := strconv.FormatInt(ts, 10)
	sig := ed25519.Sign(priv, append([]byte(t), body...))
	return request{
		Path: "/discord/interactions",
		Headers: [][2]string{
			{"Content-Type", "application/json"},
			{"User-Agent", "Discord-Interactions/1.0 (+https://discord.com)"},
			{"X-Signature-Ed25519", hex.EncodeToString(sig)},
			{"X-Signature-Timestamp", t},
		},
		Body: body,
	}
}

// tampered returns body asking about "ukrainf" instead of "ukraine": still
// well-formed, so a server that answers it with anything but 401 has not
// checked the signature first.
func tampered(body []byte) []byte {
	return bytes.Replace(body, []byte("ukraine"), []byte("ukrainf"), 1)
}
