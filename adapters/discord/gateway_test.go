package discord_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/adapters/discord/discordtest"
)

// waitFor polls until cond holds. Its deadline only matters when the test
// fails; on a machine loaded by the whole race suite, the gateway's
// reconnect (discordgo waits a second first) can take a few seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func receive(t *testing.T, what string, ch <-chan json.RawMessage) json.RawMessage {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(15 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
		return nil
	}
}

// TestGateway connects to a fake gateway: it identifies with no intents,
// answers an interaction through the callback endpoint, and after the
// connection drops resumes the session on its own and keeps answering.
func TestGateway(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, appID, token)
	s, err := discord.NewSession(token, srv.APIURL())
	if err != nil {
		t.Fatal(err)
	}
	s.ShardID, s.ShardCount = 1, 2
	ix := discord.NewInteractions(newBot(t), s)
	g := discord.NewGateway(s, ix)
	if err := g.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer g.Close()

	var identify struct {
		Token   string `json:"token"`
		Intents *int   `json:"intents"`
		Shard   []int  `json:"shard"`
	}
	json.Unmarshal(receive(t, "identify", srv.Identified()), &identify)
	if identify.Intents == nil || *identify.Intents != 0 {
		t.Errorf("identified with intents %v, want 0 (none)", identify.Intents)
	}
	if identify.Token != "Bot "+token {
		t.Error("identified with another token")
	}
	if len(identify.Shard) != 2 || identify.Shard[0] != 1 || identify.Shard[1] != 2 {
		t.Errorf("shard %v, want [1 2]", identify.Shard)
	}

	ask := func(body []byte) response {
		t.Helper()
		var in map[string]any
		json.Unmarshal(body, &in)
		if err := srv.Dispatch("INTERACTION_CREATE", in); err != nil {
			t.Fatal(err)
		}
		path := "/interactions/" + in["id"].(string) + "/" + in["token"].(string) + "/callback"
		var got []discordtest.Request
		waitFor(t, "the callback", func() bool {
			got = srv.RequestsTo(http.MethodPost, path)
			return len(got) > 0
		})
		var r response
		if err := json.Unmarshal(got[0].Body, &r); err != nil {
			t.Fatal(err)
		}
		r.raw = got[0].Body
		return r
	}

	r := ask(command("status", str("topic", "ukraine")))
	if r.Type != 4 || len(r.Data.Embeds) == 0 || !strings.HasPrefix(r.Data.Embeds[0].Title, "Ukraine") || !r.ephemeral() {
		t.Errorf("over the gateway /status ukraine got %s", r.raw)
	}
	checkLimits(t, "gateway status", r.raw)
	if r := ask(autocomplete("quote", option{Name: "speaker", Type: 3, Value: "blin", Focused: true})); r.Type != 8 || !hasChoice(r.Data.Choices, "antony-blinken") {
		t.Errorf("over the gateway autocomplete got %s", r.raw)
	}

	srv.DropGateway()
	var resume struct {
		SessionID string `json:"session_id"`
	}
	json.Unmarshal(receive(t, "resume", srv.Resumed()), &resume)
	if resume.SessionID != "fake-session" {
		t.Errorf("resumed session %q", resume.SessionID)
	}
	if r := ask(command("topics")); r.Type != 4 || len(r.Data.Embeds) == 0 || r.Data.Embeds[0].Title != "Topics" {
		t.Errorf("after resuming, /topics got %s", r.raw)
	}
}

func TestGatewayBadToken(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, appID, token)
	s, _ := discord.NewSession("stolen-and-reset", srv.APIURL())
	g := discord.NewGateway(s, discord.NewInteractions(newBot(t), s))
	err := g.Open(context.Background())
	if err == nil {
		g.Close()
		t.Fatal("connected with a bad token")
	}
	if !strings.Contains(err.Error(), "4004") {
		t.Errorf("err = %v, want the 4004 close", err)
	}
}
