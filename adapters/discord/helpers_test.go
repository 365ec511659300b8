package discord_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
)

const (
	appID   = "1234567890123456789"
	guildID = "112233445566778899"
	chanID  = "998877665544332211"
	userID  = "80351110224678912"
	token   = "fake-bot-token.abc.def"
)

// newBot serves the built-in corpus.
func newBot(t testing.TB) *bot.Bot {
	t.Helper()
	c, err := briefings.Default()
	if err != nil {
		t.Fatal(err)
	}
	return bot.New(briefings.NewLive(c))
}

// fixture is an HTTP interactions endpoint with its own key, bot and fake
// Discord.
type fixture struct {
	t       testing.TB
	pub     ed25519.PublicKey
	priv    ed25519.PrivateKey
	bot     *bot.Bot
	ix      *discord.Interactions
	h       *discord.Handler
	discord *discordtest.Server

	mu       sync.Mutex
	observed []bot.Request
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, pub: pub, priv: priv, bot: newBot(t), discord: discordtest.NewServer(t, appID, token)}
	f.bot.Observe = func(req bot.Request, _ bot.Reply, _ time.Duration) {
		f.mu.Lock()
		f.observed = append(f.observed, req)
		f.mu.Unlock()
	}
	s, err := discord.NewSession("", f.discord.APIURL())
	if err != nil {
		t.Fatal(err)
	}
	f.ix = discord.NewInteractions(f.bot, s)
	f.h, err = discord.NewHandler(f.ix, pub)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// answered is how many commands the bot answered.
func (f *fixture) answered() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.observed)
}

// sign returns the headers Discord would send for body at ts.
func sign(priv ed25519.PrivateKey, ts string, body []byte) http.Header {
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("X-Signature-Timestamp", ts)
	h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...))))
	return h
}

func now() string { return strconv.FormatInt(time.Now().Unix(), 10) }

// post sends a request to the endpoint and returns the recorded response.
func post(h http.Handler, header http.Header, body []byte) *httptest.ResponseRecorder {
	r := httptest.NewRequest(http.MethodPost, "/discord/interactions", bytes.NewReader(body))
	for k, v := range header {
		r.Header[k] = v
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// ask sends a freshly signed interaction and decodes the response.
func (f *fixture) ask(body []byte) (int, response) {
	f.t.Helper()
	w := post(f.h, sign(f.priv, now(), body), body)
	var resp response
	if w.Code == http.StatusOK {
		if ct := w.Header().Get("Content-Type"); ct != "application/json" {
			f.t.Errorf("Content-Type = %q, want application/json", ct)
		}
		if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
			f.t.Fatalf("response is not JSON: %v\n%s", err, w.Body)
		}
		resp.raw = w.Body.Bytes()
	}
	return w.Code, resp
}

// response is an interaction response as a test reads it.
type response struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data struct {
		Flags           int                       `json:"flags"`
		Embeds          []*discordgo.MessageEmbed `json:"embeds"`
		Components      []discord.Row             `json:"components"`
		AllowedMentions *struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
		Choices []discord.Choice `json:"choices"`
	} `json:"data"`
	raw []byte
}

func (r response) ephemeral() bool { return r.Data.Flags&int(discordgo.MessageFlagsEphemeral) != 0 }

func (r response) buttons() []discord.Button {
	var out []discord.Button
	for _, row := range r.Data.Components {
		out = append(out, row.Components...)
	}
	return out
}

// option is an option as Discord sends it.
type option struct {
	Name    string `json:"name"`
	Type    int    `json:"type"`
	Value   any    `json:"value"`
	Focused bool   `json:"focused,omitempty"`
}

func str(name, value string) option      { return option{Name: name, Type: 3, Value: value} }
func boolOpt(name string, v bool) option { return option{Name: name, Type: 5, Value: v} }

var interactionSeq int64 = 1300000000000000000

// interaction builds a body shaped like what Discord sends from a server
// channel (abridged only in the values): member, guild, channel,
// entitlements and all.
func interaction(typ discordgo.InteractionType, data map[string]any, perms string) []byte {
	id := atomic.AddInt64(&interactionSeq, 1)
	m := map[string]any{
		"app_permissions":                "562949953601536",
		"application_id":                 appID,
		"authorizing_integration_owners": map[string]any{"0": guildID},
		"channel": map[string]any{
			"flags": 0, "guild_id": guildID, "id": chanID, "last_message_id": "1200000000000000000", "name": "general",
			"nsfw": false, "parent_id": "998877665544332200", "permissions": "2251799813685247", "position": 0,
			"rate_limit_per_user": 0, "topic": nil, "type": 0,
		},
		"channel_id":          chanID,
		"context":             0,
		"entitlement_sku_ids": []any{},
		"entitlements":        []any{},
		"guild":               map[string]any{"features": []string{"NEWS", "COMMUNITY"}, "id": guildID, "locale": "en-US"},
		"guild_id":            guildID,
		"guild_locale":        "en-US",
		"id":                  strconv.FormatInt(id, 10),
		"locale":              "en-GB",
		"member": map[string]any{
			"avatar": nil, "banner": nil, "communication_disabled_until": nil, "deaf": false, "flags": 0,
			"joined_at": "2022-02-01T10:00:00.000000+00:00", "mute": false, "nick": nil, "pending": false,
			"permissions": perms, "premium_since": nil, "roles": []string{"123456789012345678"},
			"unusual_dm_activity_until": nil,
			"user": map[string]any{
				"avatar": "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6", "avatar_decoration_data": nil, "clan": nil,
				"discriminator": "0", "global_name": "Ada", "id": userID, "public_flags": 0, "username": "ada",
			},
		},
		"token":   "aW50ZXJhY3Rpb246MTMwMDAwMDAwMDAwMDAwMDAwMDpCM0pYb2tVbGJvRGZzNnZYU3hKb2FCN1NxRjZ6dzBMVkRHd0N3SE5Db0dOT2JJdDVtVWl6R1Z2RkZQV0xZV1o2bHN3cHlaT1FqSkJ5dUxRNlA5cUZMTDRqZ1lCN2JVa1NaUm1ZNEZ6TGZ5eHFNRnFkWjJ6dEVYT0VKcGNtdDJ4Mw",
		"type":    int(typ),
		"version": 1,
	}
	if data != nil {
		m["data"] = data
	}
	b, err := json.Marshal(m)
	if err != nil {
		panic(err)
	}
	return b
}

// memberPerms are the permissions of an ordinary member: view, send,
// embed, read history.
const memberPerms = "83968"

func command(name string, opts ...option) []byte {
	return interaction(discordgo.InteractionApplicationCommand, map[string]any{"id": "1111111111111111111", "name": name, "options": opts, "type": 1}, memberPerms)
}

func autocomplete(name string, opts ...option) []byte {
	return interaction(discordgo.InteractionApplicationCommandAutocomplete, map[string]any{"id": "1111111111111111111", "name": name, "options": opts, "type": 1}, memberPerms)
}

func button(customID string) []byte {
	return interaction(discordgo.InteractionMessageComponent, map[string]any{"custom_id": customID, "component_type": 2}, memberPerms)
}

func httptestRequest(body []byte) *http.Request {
	return httptest.NewRequest(http.MethodPost, "/discord/interactions", bytes.NewReader(body))
}

func record(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}
