package discord_test

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/testutil"
)

// The harness of curating in Discord: a bot serving the ingest test set's
// registry and a MemStore's published briefings (a Follower keeps them in
// step), drafting through a fake fetcher that serves the ingest test
// articles at https://news.example/NAME; and a curator who talks to it as
// Discord would, signed requests to the HTTP endpoint, keeping the message
// each response made, as Discord does, to click its buttons.

const articles = "../../briefings/ingest/testdata/articles"

// t0 is when the tests' curators start work.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// curation is an HTTP interactions endpoint whose bot curates.
type curation struct {
	*fixture
	store *bot.MemStore
	fetch *testutil.ArticleFetcher
}

func newCuration(t *testing.T) *curation {
	t.Helper()
	reg, err := os.ReadFile(filepath.Join(articles, "registry.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	corpus, ps := briefings.ReadCorpus(fstest.MapFS{"registry.yaml": {Data: reg}})
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	lib := briefings.NewLibrary(corpus)
	store := bot.NewMemStore()
	fol := &bot.Follower{Store: store, Library: lib}
	if err := fol.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t)
	b := bot.New(lib)
	b.Now = func() time.Time { return t0 }
	fetch := &testutil.ArticleFetcher{Dir: articles}
	b.Content, b.Drafts, b.Fetcher, b.Sync = store, store, fetch, fol.Sync
	b.Curators = map[string]string{bot.Discord: "members with the Manage Messages permission"}
	b.Observe = f.bot.Observe
	f.bot = b
	s, err := discord.NewSession("", f.discord.APIURL())
	if err != nil {
		t.Fatal(err)
	}
	f.ix = discord.NewInteractions(b, s)
	f.h, err = discord.NewHandler(f.ix, f.pub)
	if err != nil {
		t.Fatal(err)
	}
	return &curation{fixture: f, store: store, fetch: fetch}
}

// member is who sends an interaction.
type member struct {
	id, name, perms string
	roles           []string
}

var (
	// ana may curate: she has Manage Messages.
	ana = member{id: "80351110224678913", name: "Ana", perms: "92160"} // 83968 | 8192
	// eve is an ordinary member.
	eve = member{id: "80351110224678914", name: "Eve", perms: memberPerms}
)

// body builds an interaction from a server channel, as Discord sends it,
// from m; msg, when set, is the message a component was on.
func (m member) body(typ discordgo.InteractionType, data map[string]any, msg *discordtest.Message) []byte {
	var in map[string]any
	json.Unmarshal(interaction(typ, data, m.perms), &in)
	mem := in["member"].(map[string]any)
	user := mem["user"].(map[string]any)
	user["id"], user["global_name"], user["username"] = m.id, m.name, strings.ToLower(m.name)
	roles := m.roles
	if roles == nil {
		roles = []string{}
	}
	mem["roles"] = roles
	if msg != nil {
		in["message"] = msg.Object()
	}
	b, _ := json.Marshal(in)
	return b
}

func (m member) command(name string, opts ...option) []byte {
	return m.body(discordgo.InteractionApplicationCommand, map[string]any{"id": "1111111111111111111", "name": name, "options": opts, "type": 1}, nil)
}

func (m member) click(customID string, msg *discordtest.Message) []byte {
	return m.body(discordgo.InteractionMessageComponent, map[string]any{"custom_id": customID, "component_type": 2}, msg)
}

// submit is a MODAL_SUBMIT of the modal with custom id id, its inputs in
// Labels as Discord sends them now.
func (m member) submit(id string, values map[string]string, msg *discordtest.Message) []byte {
	var comps []map[string]any
	n := 1
	for k, v := range values {
		comps = append(comps, map[string]any{"type": 18, "id": n, "component": map[string]any{"type": 4, "id": n + 1, "custom_id": k, "value": v}})
		n += 2
	}
	return m.body(discordgo.InteractionModalSubmit, map[string]any{"custom_id": id, "components": comps}, msg)
}

// menu is the message context-menu command on a message holding content
// and link previews of embedURLs.
func (m member) menu(name, content string, embedURLs ...string) []byte {
	embeds := []map[string]any{}
	for _, u := range embedURLs {
		embeds = append(embeds, map[string]any{"type": "article", "url": u, "title": "A link preview"})
	}
	const target = "1200000000000000042"
	return m.body(discordgo.InteractionApplicationCommand, map[string]any{
		"id": "1111111111111111112", "name": name, "type": 3, "target_id": target,
		"resolved": map[string]any{"messages": map[string]any{target: map[string]any{
			"id": target, "channel_id": chanID, "content": content, "embeds": embeds, "components": []any{}, "attachments": []any{},
			"author": map[string]any{"id": "80351110224678999", "username": "someone"}, "type": 0, "flags": 0,
		}}},
	}, nil)
}

// edits are the deferred responses' edits the fake Discord received, in
// order.
func (c *curation) edits() []discordtest.Request {
	return c.discord.RequestsTo(http.MethodPatch, "/webhooks/"+appID+"/")
}

// followUps are the follow-up messages the fake Discord received.
func (c *curation) followUps() []discordtest.Request {
	var out []discordtest.Request
	for _, r := range c.discord.RequestsTo(http.MethodPost, "/webhooks/"+appID+"/") {
		if !strings.Contains(r.Path, "/messages/") {
			out = append(out, r)
		}
	}
	return out
}

// settle waits for the follow-ups and edits the endpoint started.
func (c *curation) settle(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c.ix.Wait(ctx)
	if ctx.Err() != nil {
		t.Fatal("the endpoint's follow-ups did not finish")
	}
}
