package discord_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
)

// withoutChannelID is body without its channel_id, as Discord may send an
// interaction: only the channel object, which its change log recommends.
func withoutChannelID(t *testing.T, body []byte) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatal(err)
	}
	if _, ok := m["channel"].(map[string]any); !ok {
		t.Fatal("the payload has no channel object")
	}
	delete(m, "channel_id")
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkSubscribedHere: the subscription /subscribe made is stored for the
// channel the interaction came from, and its daily post reaches that channel
// on the fake Discord.
func checkSubscribedHere(t *testing.T, store *bot.MemStore, srv *discordtest.Server) {
	t.Helper()
	subs, err := store.Subscriptions(context.Background(), bot.ChannelKey{Platform: bot.Discord, Workspace: guildID, Channel: chanID})
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 1 || subs[0].Channel != chanID {
		t.Fatalf("subscriptions for channel %s: %+v", chanID, subs)
	}
	s, err := discord.NewSession(token, srv.APIURL())
	if err != nil {
		t.Fatal(err)
	}
	r, _ := bot.Digest(newBot(t).Catalog(), bot.DigestOptions{})
	if err := discord.NewPoster(s).Post(context.Background(), subs[0].Channel, r); err != nil {
		t.Fatalf("the daily post: %v", err)
	}
	if n := len(srv.RequestsTo(http.MethodPost, "/channels/"+chanID+"/messages")); n != 1 {
		t.Errorf("%d posts to channel %s, want 1", n, chanID)
	}
}

// TestChannelObjectOnly replays /subscribe from an interaction that carries
// the channel object without channel_id, over the HTTP endpoint: the
// subscription is for that channel, and its daily post goes there.
func TestChannelObjectOnly(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	store := bot.NewMemStore()
	f.bot.Store = store
	code, r := f.ask(withoutChannelID(t, managerCommand("subscribe", str("topics", "ukraine"), str("at", "08:00"))))
	if code != http.StatusOK || len(r.Data.Embeds) == 0 || !strings.Contains(r.Data.Embeds[0].Title, "Daily briefing") {
		t.Fatalf("/subscribe: %d %s", code, r.raw)
	}
	checkSubscribedHere(t, store, f.discord)
}

// TestGatewayChannelObjectOnly is TestChannelObjectOnly over the gateway.
func TestGatewayChannelObjectOnly(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, appID, token)
	s, err := discord.NewSession(token, srv.APIURL())
	if err != nil {
		t.Fatal(err)
	}
	b := newBot(t)
	store := bot.NewMemStore()
	b.Store = store
	g := discord.NewGateway(s, discord.NewInteractions(b, s))
	if err := g.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	receive(t, "identify", srv.Identified())

	var in map[string]any
	json.Unmarshal(withoutChannelID(t, managerCommand("subscribe", str("topics", "ukraine"), str("at", "08:00"))), &in)
	if err := srv.Dispatch("INTERACTION_CREATE", in); err != nil {
		t.Fatal(err)
	}
	path := "/interactions/" + in["id"].(string) + "/" + in["token"].(string) + "/callback"
	waitFor(t, "the callback", func() bool { return len(srv.RequestsTo(http.MethodPost, path)) > 0 })
	if body := string(srv.RequestsTo(http.MethodPost, path)[0].Body); !strings.Contains(body, "Daily briefing") {
		t.Fatalf("/subscribe over the gateway answered %s", body)
	}
	checkSubscribedHere(t, store, srv)
}
