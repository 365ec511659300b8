package discord_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/bot"
)

// Review cards posted in a channel (bot.CardPoster), as feeds post their
// drafts': any curator there acts on them with the buttons of a card /draft
// shows one curator, and the message changes in place.

// feedCard is the review card of a draft of article in the channel, as a
// feed would post it.
func (c *curation) feedCard(t *testing.T, article string) bot.Reply {
	t.Helper()
	r := c.bot.Handle(t.Context(), bot.Request{
		Platform: bot.Discord, Command: "draft", Text: "https://news.example/" + article,
		User: ana.id, UserName: ana.name, Channel: chanID, Workspace: guildID, CanCurate: true, ID: "feed-1",
	})
	if !slices.ContainsFunc(r.Actions, func(a bot.Action) bool { return a.Label == "Publish" && a.Do != "" }) {
		t.Fatalf("the draft's card has no Publish: %+v", r)
	}
	return r
}

func (c *curation) poster(t *testing.T) *discord.Poster {
	t.Helper()
	s, err := discord.NewSession(token, c.discord.APIURL())
	if err != nil {
		t.Fatal(err)
	}
	return discord.NewPoster(s)
}

// TestChannelCard: a card posted in a channel carries the curation buttons
// and comes back as the message's id; an update edits that message; a
// non-curator's clicks are refused to them alone and change neither the
// message nor the draft; a curator's Publish asks, publishes, and the card
// in the channel becomes the published one.
func TestChannelCard(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	ctx := t.Context()
	ch := bot.ChannelKey{Platform: bot.Discord, Workspace: guildID, Channel: chanID}
	var cp bot.CardPoster = c.poster(t)

	r := c.feedCard(t, "01-grain-corridor.txt")
	ref, err := cp.PostCard(ctx, ch, r)
	if err != nil {
		t.Fatal(err)
	}
	posts := c.discord.RequestsTo(http.MethodPost, "/channels/"+chanID+"/messages")
	if len(posts) != 1 || posts[0].Header.Get("Authorization") != "Bot "+token {
		t.Fatalf("posts %+v", posts)
	}
	checkLimits(t, "card", posts[0].Body)
	msg := c.discord.ChannelMessage(chanID, ref)
	if msg == nil {
		t.Fatalf("ref %q is not the id of the message posted", ref)
	}
	card := readCard(t, msg.JSON())
	if card.Flags&64 != 0 || !strings.HasPrefix(card.Embeds[0].Title, "Grain corridor talks stall") {
		t.Fatalf("the channel card (flags %d):\n%s", card.Flags, card.text())
	}
	publish := card.button(t, "Publish")
	for _, l := range []string{"Edit", "Discard"} {
		card.button(t, l)
	}
	if slices.ContainsFunc(card.buttons(), func(b discord.Button) bool { return b.Label == "Share in channel" }) {
		t.Error("a card in the channel offers to share itself")
	}

	// A second source: the same message changes.
	r2 := r
	r2.Sources = append(slices.Clone(r.Sources), bot.Source{Title: "The same story elsewhere", URL: "https://other.example/story"})
	if err := cp.UpdateCard(ctx, ch, ref, r2); err != nil {
		t.Fatal(err)
	}
	edits := c.discord.RequestsTo(http.MethodPatch, "/channels/"+chanID+"/messages/"+ref)
	if len(edits) != 1 {
		t.Fatalf("%d edits of the card, want 1", len(edits))
	}
	var sent map[string]json.RawMessage
	json.Unmarshal(edits[0].Body, &sent)
	if string(sent["allowed_mentions"]) != `{"parse":[]}` {
		t.Errorf("the update may ping: allowed_mentions %s", sent["allowed_mentions"])
	}
	msg = c.discord.ChannelMessage(chanID, ref)
	if got := readCard(t, msg.JSON()); !strings.Contains(got.text(), "other.example/story") || got.button(t, "Publish") != publish {
		t.Errorf("the updated card:\n%s", got.text())
	}
	if n := c.discord.MessagesCreated(); n != 1 {
		t.Errorf("%d messages after an update, want still 1", n)
	}

	// Eve curates nothing: every button, and the No of a curator's confirm
	// step, answers her alone; the message and the draft stay as they were.
	before := string(msg.JSON())
	for _, id := range []string{publish, card.button(t, "Edit"), card.button(t, "Discard")} {
		refused(t, "eve's click of "+id+" on the channel card", c.click(t, eve, id, msg))
	}
	if string(msg.JSON()) != before {
		t.Errorf("eve's clicks changed the channel card:\n%s", msg.JSON())
	}
	if r := c.click(t, ana, publish, msg); r.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("Ana's Publish: %s, want the question on the card", r.raw)
	}
	asking := string(msg.JSON())
	refused(t, "eve's No on Ana's question", c.click(t, eve, "no:", msg))
	refused(t, "eve's Yes on Ana's question", c.click(t, eve, readCard(t, msg.JSON()).buttonWith(t, "yes:"), msg))
	if string(msg.JSON()) != asking {
		t.Errorf("eve's answers changed Ana's question:\n%s", msg.JSON())
	}
	if vs := c.published(t); len(vs) != 0 {
		t.Fatalf("published by a non-curator: %+v", vs)
	}

	// Ana's Yes publishes, and the card in the channel says so.
	if r := c.click(t, ana, readCard(t, msg.JSON()).buttonWith(t, "yes:"), msg); r.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("Ana's Yes: %s", r.raw)
	}
	if got := readCard(t, msg.JSON()); !strings.Contains(got.text(), "Published by Ana") || slices.ContainsFunc(got.buttons(), func(b discord.Button) bool { return b.Label == "Publish" }) {
		t.Errorf("the card after Ana's Yes:\n%s", got.text())
	}
	if vs := c.published(t); len(vs) != 1 {
		t.Errorf("published %+v, want one version", vs)
	}

	// A card someone deleted cannot be updated; the channel is fine.
	c.discord.DeleteMessage(chanID, ref)
	if err := cp.UpdateCard(ctx, ch, ref, r2); !errors.Is(err, bot.ErrUndeliverable) || errors.Is(err, bot.ErrPermanent) {
		t.Errorf("updating a deleted card: %v", err)
	}
	if err := cp.UpdateCard(ctx, ch, "", r2); !errors.Is(err, bot.ErrUndeliverable) {
		t.Errorf("updating with no ref: %v", err)
	}
}

// TestChannelCardErrors: PostCard and UpdateCard report what Post does: a
// channel the bot cannot see is permanent, a refused token unauthorized.
func TestChannelCardErrors(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	ch := bot.ChannelKey{Platform: bot.Discord, Workspace: guildID, Channel: chanID}
	r := bot.Reply{Kind: bot.Answer, Title: "A draft", Actions: []bot.Action{{Label: "Publish", Do: "publish:1:1"}}}

	p, srv := newPoster(t, token)
	srv.Fail("POST /channels/"+chanID+"/messages", http.StatusForbidden, 50001, "Missing Access")
	srv.Fail("PATCH /channels/"+chanID+"/messages/1300000000000000001", http.StatusForbidden, 50001, "Missing Access")
	if _, err := p.PostCard(ctx, ch, r); !errors.Is(err, bot.ErrPermanent) {
		t.Errorf("PostCard to a channel the bot cannot see: %v", err)
	}
	if err := p.UpdateCard(ctx, ch, "1300000000000000001", r); !errors.Is(err, bot.ErrPermanent) {
		t.Errorf("UpdateCard in a channel the bot cannot see: %v", err)
	}
	if _, err := p.PostCard(ctx, bot.ChannelKey{Platform: bot.Discord, Channel: "general"}, r); !errors.Is(err, bot.ErrPermanent) {
		t.Errorf("PostCard to a channel that is no id: %v", err)
	}

	bad, _ := newPoster(t, "revoked-token")
	if _, err := bad.PostCard(ctx, ch, r); !errors.Is(err, bot.ErrUnauthorized) {
		t.Errorf("PostCard with a refused token: %v", err)
	}
	if err := bad.UpdateCard(ctx, ch, "1300000000000000001", r); !errors.Is(err, bot.ErrUnauthorized) {
		t.Errorf("UpdateCard with a refused token: %v", err)
	}
}
