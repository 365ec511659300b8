package discord_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/golden"
)

// reply is a response as Discord reads it: its type and its data, raw.
type reply struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data json.RawMessage                   `json:"data"`
	raw  []byte
}

// card is a message's parts the tests read.
type card struct {
	Content    string                    `json:"content"`
	Flags      int                       `json:"flags"`
	Embeds     []*discordgo.MessageEmbed `json:"embeds"`
	Components []discord.Row             `json:"components"`
}

func readCard(t *testing.T, raw []byte) card {
	t.Helper()
	var c card
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatalf("%v: %s", err, raw)
	}
	return c
}

func (c card) buttons() []discord.Button {
	var out []discord.Button
	for _, row := range c.Components {
		out = append(out, row.Components...)
	}
	return out
}

// button returns the custom id of the card's button labelled label.
func (c card) button(t *testing.T, label string) string {
	t.Helper()
	for _, b := range c.buttons() {
		if b.Label == label {
			return b.CustomID
		}
	}
	t.Fatalf("no %q button on the card: %+v", label, c.buttons())
	return ""
}

// buttonWith returns the custom id of the card's button whose id starts with
// prefix.
func (c card) buttonWith(t *testing.T, prefix string) string {
	t.Helper()
	for _, b := range c.buttons() {
		if strings.HasPrefix(b.CustomID, prefix) {
			return b.CustomID
		}
	}
	t.Fatalf("no %s… button on the card: %+v", prefix, c.buttons())
	return ""
}

func (c card) text() string { return c.Content + "\n" + embedText(c.Embeds) }

// send posts a signed interaction to the endpoint and reads the response.
func (c *curation) send(t *testing.T, body []byte) reply {
	t.Helper()
	w := post(c.h, sign(c.priv, now(), body), body)
	if w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var r reply
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	r.raw = w.Body.Bytes()
	checkLimits(t, "response", r.raw)
	return r
}

// draft runs /draft for m and returns the card Discord would then show: the
// deferred, ephemeral response with the card edited in.
func (c *curation) draft(t *testing.T, m member, body []byte) *discordtest.Message {
	t.Helper()
	before := len(c.edits())
	r := c.send(t, body)
	if r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || !bytes.Contains(r.Data, []byte(`"flags":64`)) {
		t.Fatalf("/draft: %s, want a deferred ephemeral response at once", r.raw)
	}
	c.settle(t)
	edits := c.edits()
	if len(edits) != before+1 {
		t.Fatalf("%d edits after /draft, want the card edited in once", len(edits)-before)
	}
	e := edits[len(edits)-1]
	if !strings.HasSuffix(e.Path, "/messages/@original") {
		t.Fatalf("the card went to %s", e.Path)
	}
	checkLimits(t, "card", e.Body)
	msg, err := discordtest.NewMessage("1300000000000009001", []byte(`{"flags":64}`))
	if err != nil {
		t.Fatal(err)
	}
	msg.Apply(e.Body)
	return msg
}

// click presses the button with custom id id on msg as m; an UPDATE_MESSAGE
// response changes msg as Discord would.
func (c *curation) click(t *testing.T, m member, id string, msg *discordtest.Message) reply {
	t.Helper()
	r := c.send(t, m.click(id, msg))
	if r.Type == discordgo.InteractionResponseUpdateMessage {
		if err := msg.Apply(r.Data); err != nil {
			t.Fatal(err)
		}
	}
	c.settle(t)
	return r
}

// goldenJSON keeps raw, indented, in testdata/golden/name.json.
func goldenJSON(t *testing.T, name string, raw []byte) {
	t.Helper()
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	b.WriteByte('\n')
	golden.Check(t, filepath.Join("testdata", "golden", name+".json"), b.Bytes())
}

// published is what the store holds published now.
func (c *curation) published(t *testing.T) []bot.Version {
	t.Helper()
	s, err := c.store.Snapshot(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return s.Versions
}

// TestCurateOverHTTP walks a curator through a draft on the HTTP endpoint:
// /draft of a test article shows the review card (deferred, then edited in),
// Publish asks first, in place, and No puts the card back; Yes publishes,
// the card says so and loses its buttons, and /quote shows the new quote at
// once; pressing the old Yes again publishes nothing more.
func TestCurateOverHTTP(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	msg := c.draft(t, ana, ana.command("draft", str("url", "https://news.example/01-grain-corridor.txt")))
	goldenJSON(t, "draft-card", msg.JSON())
	draft := readCard(t, msg.JSON())
	if draft.Flags&64 == 0 || !strings.HasPrefix(draft.Embeds[0].Title, "Grain corridor talks stall") || !strings.Contains(draft.text(), "Drafted by Ana") {
		t.Fatalf("the card:\n%s", draft.text())
	}
	publish := draft.button(t, "Publish")
	if !strings.HasPrefix(publish, "?publish:") {
		t.Errorf("Publish is %q, want an action that asks first", publish)
	}
	if got := c.fetch.Links(); len(got) != 1 || got[0] != "https://news.example/01-grain-corridor.txt" {
		t.Errorf("fetched %v", got)
	}

	// Publish asks first, on the card itself.
	r := c.click(t, ana, publish, msg)
	if r.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("Publish: %s, want the card updated with the question", r.raw)
	}
	goldenJSON(t, "confirm-publish", r.raw)
	ask := readCard(t, msg.JSON())
	if !strings.Contains(ask.Content, "Publish this briefing?") || ask.Embeds[0].Title != draft.Embeds[0].Title {
		t.Errorf("the confirm step:\n%s", ask.text())
	}
	for _, b := range ask.buttons() {
		if b.Disabled == (strings.HasPrefix(b.CustomID, "yes:") || b.CustomID == "no:") {
			t.Errorf("confirm step: button %+v", b)
		}
	}
	if len(c.published(t)) != 0 {
		t.Fatal("Publish published before the curator said yes")
	}
	before := msg.JSON()
	c.click(t, ana, ask.button(t, "Not yet"), msg)
	if back := readCard(t, msg.JSON()); back.Content != "" || !equalRows(back.Components, draft.Components) {
		t.Errorf("No did not put the card back:\n got %+v\nwant %+v", back, draft)
	}

	// Yes publishes.
	c.click(t, ana, publish, msg)
	confirmStep, _ := discordtest.NewMessage("1300000000000009001", msg.JSON())
	yes := readCard(t, msg.JSON()).buttonWith(t, "yes:")
	r = c.click(t, ana, yes, msg)
	if r.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("Yes: %s", r.raw)
	}
	goldenJSON(t, "published-card", r.raw)
	done := readCard(t, msg.JSON())
	if done.Content != "" || !strings.Contains(done.text(), "Published by Ana") {
		t.Errorf("the published card:\n%s", done.text())
	}
	for _, b := range done.buttons() {
		if !strings.HasPrefix(b.CustomID, "run:") {
			t.Errorf("the published card still has %+v", b)
		}
	}
	if n := len(c.published(t)); n != 1 {
		t.Fatalf("%d briefings published, want 1", n)
	}

	// Everyone sees the new quote, at once.
	deadline := time.Now().Add(2 * time.Second)
	for {
		_, q := c.ask(eve.command("quote", str("speaker", "osei")))
		if strings.Contains(embedText(q.Data.Embeds), "They want to check our ships") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/quote osei 2 s after publishing:\n%s", embedText(q.Data.Embeds))
		}
		time.Sleep(20 * time.Millisecond)
	}

	// The old Yes again: nothing more is published; the card shows how it
	// stands and the curator is told who published it.
	follows := len(c.followUps())
	r = c.click(t, ana, yes, confirmStep)
	if r.Type != discordgo.InteractionResponseUpdateMessage || !strings.Contains(readCard(t, r.Data).text(), "Published by Ana") {
		t.Errorf("a second Yes: %s", r.raw)
	}
	fu := c.followUps()
	if len(fu) != follows+1 || !bytes.Contains(fu[len(fu)-1].Body, []byte("Ana")) || !bytes.Contains(fu[len(fu)-1].Body, []byte(`"flags":64`)) {
		t.Errorf("no ephemeral note saying who published it: %d follow-ups", len(fu)-follows)
	}
	if vs := c.published(t); len(vs) != 1 || vs[0].Version != 1 {
		t.Errorf("after a second Yes the store holds %+v", vs)
	}
	_ = before
}

func equalRows(a, b []discord.Row) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !equalButtons(a[i].Components, b[i].Components) {
			return false
		}
	}
	return true
}

// modalOf reads a MODAL response: its custom id and each input's value.
func modalOf(t *testing.T, r reply) (id string, values map[string]string, m discord.Modal) {
	t.Helper()
	if r.Type != discordgo.InteractionResponseModal {
		t.Fatalf("%s, want a modal", r.raw)
	}
	if err := json.Unmarshal(r.Data, &m); err != nil {
		t.Fatal(err)
	}
	values = map[string]string{}
	for _, c := range m.Components {
		values[c.Component.CustomID] = c.Component.Value
	}
	return m.CustomID, values, m
}

// TestCurateEditOverHTTP: Edit opens a modal of the draft as it stands; a
// submitted modal that changes the title updates the card in place, and is
// what gets published. A value that does not pass comes back as a note only
// the curator sees, listing what to fix, with Edit again, which reopens the
// modal with what was typed.
func TestCurateEditOverHTTP(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	msg := c.draft(t, ana, ana.command("draft", str("url", "https://news.example/01-grain-corridor.txt")))
	r := c.click(t, ana, readCard(t, msg.JSON()).button(t, "Edit"), msg)
	goldenJSON(t, "edit-modal", r.raw)
	id, values, _ := modalOf(t, r)
	if values["title"] != "Grain corridor talks stall as Valdor and Kesh trade blame" {
		t.Errorf("the modal's title field holds %q", values["title"])
	}

	// A bad date: nothing is saved, the curator is told what to fix.
	bad := map[string]string{}
	for k, v := range values {
		bad[k] = v
	}
	bad["title"] = "Brenn Strait grain talks stall"
	bad["date"] = "someday"
	r = c.send(t, ana.submit(id, bad, msg))
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || !bytes.Contains(r.Data, []byte(`"flags":64`)) {
		t.Fatalf("a bad date: %s, want an ephemeral note", r.raw)
	}
	goldenJSON(t, "edit-errors", r.raw)
	note, _ := discordtest.NewMessage("1300000000000009002", r.Data)
	if nc := readCard(t, note.JSON()); !strings.Contains(strings.ToLower(nc.text()), "date") {
		t.Errorf("the note does not say what is wrong:\n%s", nc.text())
	}
	if got := readCard(t, msg.JSON()).Embeds[0].Title; !strings.HasPrefix(got, "Grain corridor") {
		t.Errorf("a refused edit changed the card's title to %q", got)
	}
	// Edit again reopens the modal with what was typed, the date marked.
	r = c.click(t, ana, readCard(t, note.JSON()).button(t, "Edit again"), note)
	_, again, m := modalOf(t, r)
	checkLimits(t, "edit again", r.raw)
	if again["title"] != "Brenn Strait grain talks stall" || again["date"] != "someday" {
		t.Errorf("Edit again lost what was typed: %v", again)
	}
	marked := false
	for _, l := range m.Components {
		if l.Component.CustomID == "date" && strings.HasPrefix(l.Description, "⚠") {
			marked = true
		}
	}
	if !marked {
		t.Errorf("the date field does not say what was wrong: %+v", m.Components)
	}

	// A good title: the card is updated where it is.
	values["title"] = "Brenn Strait grain talks stall"
	r = c.send(t, ana.submit(id, values, msg))
	if r.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("a good edit: %s, want the card updated", r.raw)
	}
	goldenJSON(t, "edited-card", r.raw)
	msg.Apply(r.Data)
	edited := readCard(t, msg.JSON())
	if edited.Embeds[0].Title != "Brenn Strait grain talks stall" {
		t.Fatalf("the card's title is %q", edited.Embeds[0].Title)
	}

	// The speakers form shows each quote with its field.
	r = c.click(t, ana, edited.button(t, "Speakers 1–5"), msg)
	goldenJSON(t, "speakers-modal", r.raw)
	if _, _, m := modalOf(t, r); !strings.Contains(m.Components[0].Description, "the last one we can make") {
		t.Errorf("the first speaker field does not show its quote: %+v", m.Components[0])
	}

	// Publish publishes the edited title.
	c.click(t, ana, edited.button(t, "Publish"), msg)
	c.click(t, ana, readCard(t, msg.JSON()).buttonWith(t, "yes:"), msg)
	vs := c.published(t)
	if len(vs) != 1 || !strings.Contains(vs[0].Text, "\ntitle: Brenn Strait grain talks stall\n") {
		t.Fatalf("published %+v", vs)
	}
}

// TestCurateDiscardOverHTTP: Discard asks first; Yes discards the draft,
// the card says so without buttons, and nothing is left: no open draft,
// nothing published.
func TestCurateDiscardOverHTTP(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	msg := c.draft(t, ana, ana.command("draft", str("url", "https://news.example/03-expulsions.txt")))
	r := c.click(t, ana, readCard(t, msg.JSON()).button(t, "Discard"), msg)
	ask := readCard(t, msg.JSON())
	if r.Type != discordgo.InteractionResponseUpdateMessage || !strings.Contains(ask.Content, "Discard this draft?") {
		t.Fatalf("Discard: %s", r.raw)
	}
	if yes := ask.buttonWith(t, "yes:"); !strings.Contains(string(r.raw), `"style":4,"label":"Discard","custom_id":"`+yes) {
		t.Errorf("Yes of a Discard is not red: %s", r.raw)
	}
	r = c.click(t, ana, ask.buttonWith(t, "yes:"), msg)
	goldenJSON(t, "discarded-card", r.raw)
	done := readCard(t, msg.JSON())
	if len(done.buttons()) != 0 || !strings.Contains(done.text(), "Nothing was published") {
		t.Errorf("the discarded card:\n%s\n%+v", done.text(), done.buttons())
	}
	open, err := c.store.OpenDrafts(t.Context(), bot.Discord, guildID)
	if err != nil || len(open) != 0 {
		t.Errorf("open drafts after Discard: %v %v", open, err)
	}
	if vs := c.published(t); len(vs) != 0 {
		t.Errorf("published after Discard: %+v", vs)
	}
	_, list := c.ask(ana.command("drafts"))
	if strings.Contains(embedText(list.Data.Embeds), "expel") {
		t.Errorf("/drafts still lists it:\n%s", embedText(list.Data.Embeds))
	}
}

// refused checks r is a refusal only the asker sees, saying who may curate.
func refused(t *testing.T, what string, r reply) {
	t.Helper()
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || !bytes.Contains(r.Data, []byte(`"flags":64`)) {
		t.Errorf("%s: %s, want an ephemeral refusal", what, r.raw)
		return
	}
	if c := readCard(t, r.Data); !strings.Contains(c.text(), "Only curators") || !strings.Contains(c.text(), "Manage Messages") {
		t.Errorf("%s: the refusal does not say who may:\n%s", what, c.text())
	}
}

// TestCurateRefusedOverHTTP: someone who may not curate gets a refusal that
// says who may, for /draft, the context-menu command, a click (also one
// forged on a curator's card, Yes of a confirm step included) and a
// submitted modal; nothing is fetched, changed or published.
func TestCurateRefusedOverHTTP(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	r := c.send(t, eve.command("draft", str("url", "https://news.example/01-grain-corridor.txt")))
	refused(t, "eve's /draft", r)
	refused(t, "eve's Draft a briefing", c.send(t, eve.menu(discord.DraftMenuCommand, "https://news.example/01-grain-corridor.txt")))
	if got := c.fetch.Links(); len(got) != 0 {
		t.Fatalf("a non-curator's /draft fetched %v", got)
	}

	msg := c.draft(t, ana, ana.command("draft", str("url", "https://news.example/01-grain-corridor.txt")))
	card := readCard(t, msg.JSON())
	c.click(t, ana, card.button(t, "Publish"), msg)
	confirmStep := readCard(t, msg.JSON())
	for _, id := range []string{card.button(t, "Publish"), card.button(t, "Edit"), card.button(t, "Discard"), "publish:1:1", "discard:1:1", "view:1", "show:1", confirmStep.buttonWith(t, "yes:")} {
		forged := c.send(t, eve.click(id, msg))
		refused(t, "eve's click of "+id, forged)
	}
	refused(t, "eve's edit", c.send(t, eve.submit("edit:1:1", map[string]string{"title": "Hijacked", "date": "2025-03-14", "topics": "Trade", "summary": "x"}, msg)))
	c.settle(t)
	if vs := c.published(t); len(vs) != 0 {
		t.Errorf("published: %+v", vs)
	}
	d, err := c.store.Draft(t.Context(), 1)
	if err != nil || d.Version != 1 || d.State != bot.DraftOpen || d.Content.Title == "Hijacked" {
		t.Errorf("the draft after eve: %+v %v", d, err)
	}

	// In a direct message nobody curates, not even a member who does in a
	// server.
	var dm map[string]any
	json.Unmarshal(ana.command("draft", str("url", "https://news.example/02-rate-rise.txt")), &dm)
	delete(dm, "member")
	delete(dm, "guild_id")
	delete(dm, "guild")
	dm["user"] = map[string]any{"id": ana.id, "username": "ana"}
	body, _ := json.Marshal(dm)
	if r := c.send(t, body); r.Type != discordgo.InteractionResponseChannelMessageWithSource || !strings.Contains(readCard(t, r.Data).text(), "server channel") {
		t.Errorf("/draft in a DM: %s", r.raw)
	}
	if got := c.fetch.Links(); len(got) != 1 {
		t.Errorf("fetched %v", got)
	}
}

// TestCuratorRole: with DISCORD_CURATOR_ROLE set, the role decides: a
// member who has it curates without any permission, and Manage Messages no
// longer makes a curator; a server administrator still does.
func TestCuratorRole(t *testing.T) {
	t.Parallel()
	const role = "445566778899001122"
	c := newCuration(t)
	c.ix.CuratorRole = role
	c.bot.Curators[bot.Discord] = "members with the curators' role"
	editor := member{id: "80351110224678915", name: "Ed", perms: memberPerms, roles: []string{"123", role}}
	admin := member{id: "80351110224678916", name: "Ada", perms: "8"}
	msg := c.draft(t, editor, editor.command("draft", str("url", "https://news.example/01-grain-corridor.txt")))
	if !strings.Contains(readCard(t, msg.JSON()).text(), "Drafted by Ed") {
		t.Errorf("the role's member did not draft")
	}
	r := c.send(t, ana.click("edit:1:1", msg))
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || !strings.Contains(readCard(t, r.Data).text(), "curators' role") {
		t.Errorf("Manage Messages without the role: %s", r.raw)
	}
	if r := c.send(t, admin.click("edit:1:1", msg)); r.Type != discordgo.InteractionResponseModal {
		t.Errorf("an administrator's Edit: %s", r.raw)
	}
}

// TestDraftMenu: "Draft a briefing" on a message drafts from the first link
// in it, in its text or in a link preview, as /draft would; a message with
// no link gets a clear answer.
func TestDraftMenu(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	msg := c.draft(t, ana, ana.menu(discord.DraftMenuCommand, "worth a briefing <@80351110224678914>: https://news.example/03-expulsions.txt and https://news.example/04-storm.txt"))
	if card := readCard(t, msg.JSON()); len(card.Embeds) == 0 || card.button(t, "Publish") == "" {
		t.Errorf("the card from a message: %+v", card)
	}
	c.draft(t, ana, ana.menu(discord.DraftMenuCommand, "this one", "https://news.example/02-rate-rise.txt"))
	if got := c.fetch.Links(); len(got) != 2 || got[0] != "https://news.example/03-expulsions.txt" || got[1] != "https://news.example/02-rate-rise.txt" {
		t.Errorf("fetched %v", got)
	}
	none := c.draft(t, ana, ana.menu(discord.DraftMenuCommand, "no link here, sorry"))
	if text := readCard(t, none.JSON()).text(); !strings.Contains(text, "no link") {
		t.Errorf("a message without a link:\n%s", text)
	}
	if r := c.send(t, ana.menu("Something else", "https://news.example/04-storm.txt")); r.Type != discordgo.InteractionResponseChannelMessageWithSource || !strings.Contains(readCard(t, r.Data).text(), "/help") {
		t.Errorf("an unknown context-menu command: %s", r.raw)
	}
}

// gatewayCuration is a curating bot answering over a fake gateway.
type gatewayCuration struct {
	*curation
}

func newGatewayCuration(t *testing.T) *gatewayCuration {
	t.Helper()
	c := newCuration(t)
	s, err := discord.NewSession(token, c.discord.APIURL())
	if err != nil {
		t.Fatal(err)
	}
	c.ix = discord.NewInteractions(c.bot, s)
	g := discord.NewGateway(s, c.ix)
	if err := g.Open(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	receive(t, "identify", c.discord.Identified())
	return &gatewayCuration{c}
}

// send dispatches an INTERACTION_CREATE and returns the response the bot
// sent to the callback endpoint, once it has also sent what follows it.
func (g *gatewayCuration) send(t *testing.T, body []byte, followUps int) reply {
	t.Helper()
	var in map[string]any
	json.Unmarshal(body, &in)
	edits, fus := len(g.edits()), len(g.followUps())
	if err := g.discord.Dispatch("INTERACTION_CREATE", in); err != nil {
		t.Fatal(err)
	}
	path := "/interactions/" + in["id"].(string) + "/" + in["token"].(string) + "/callback"
	var got []discordtest.Request
	waitFor(t, "the callback", func() bool {
		got = g.discord.RequestsTo(http.MethodPost, path)
		return len(got) > 0
	})
	var r reply
	if err := json.Unmarshal(got[0].Body, &r); err != nil {
		t.Fatal(err)
	}
	r.raw = got[0].Body
	checkLimits(t, "gateway response", r.raw)
	waitFor(t, "what follows the callback", func() bool {
		return len(g.edits())+len(g.followUps()) >= edits+fus+followUps
	})
	return r
}

// draft runs /draft (or the context-menu command) over the gateway and
// returns the card edited into the deferred response.
func (g *gatewayCuration) draft(t *testing.T, body []byte) *discordtest.Message {
	t.Helper()
	r := g.send(t, body, 1)
	if r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("/draft over the gateway: %s", r.raw)
	}
	edits := g.edits()
	checkLimits(t, "card", edits[len(edits)-1].Body)
	msg, _ := discordtest.NewMessage("1300000000000009001", []byte(`{"flags":64}`))
	msg.Apply(edits[len(edits)-1].Body)
	return msg
}

func (g *gatewayCuration) click(t *testing.T, m member, id string, msg *discordtest.Message, followUps int) reply {
	t.Helper()
	r := g.send(t, m.click(id, msg), followUps)
	if r.Type == discordgo.InteractionResponseUpdateMessage {
		msg.Apply(r.Data)
	}
	return r
}

// TestCurateOverGateway is the HTTP endpoint's curation walk over the
// gateway, every response going to the interaction callback endpoint:
// /draft, Publish with its confirm step, /quote showing the new quote, Edit
// in a modal submitted with a new title, Discard, the context-menu command,
// and a non-curator refused.
func TestCurateOverGateway(t *testing.T) {
	t.Parallel()
	g := newGatewayCuration(t)
	msg := g.draft(t, ana.command("draft", str("url", "https://news.example/01-grain-corridor.txt")))
	card := readCard(t, msg.JSON())
	if !strings.HasPrefix(card.Embeds[0].Title, "Grain corridor") {
		t.Fatalf("the card: %s", card.text())
	}

	// A non-curator's forged click and submit change nothing.
	refused(t, "eve's Publish", g.send(t, eve.click("publish:1:1", msg), 0))
	refused(t, "eve's edit", g.send(t, eve.submit("edit:1:1", map[string]string{"title": "Hijacked"}, msg), 0))

	// Edit, then a new title.
	id, values, _ := modalOf(t, g.click(t, ana, card.button(t, "Edit"), msg, 0))
	values["title"] = "Brenn Strait grain talks stall"
	r := g.send(t, ana.submit(id, values, msg), 0)
	if r.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("the edit: %s", r.raw)
	}
	msg.Apply(r.Data)
	card = readCard(t, msg.JSON())
	if card.Embeds[0].Title != "Brenn Strait grain talks stall" {
		t.Fatalf("the card's title after the edit: %q", card.Embeds[0].Title)
	}

	// Publish, confirmed.
	g.click(t, ana, card.button(t, "Publish"), msg, 0)
	yes := readCard(t, msg.JSON()).buttonWith(t, "yes:")
	before, _ := discordtest.NewMessage("1300000000000009001", msg.JSON())
	if r := g.click(t, ana, yes, msg, 0); r.Type != discordgo.InteractionResponseUpdateMessage || !strings.Contains(readCard(t, msg.JSON()).text(), "Published by Ana") {
		t.Fatalf("Yes: %s", r.raw)
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		q := g.send(t, eve.command("quote", str("speaker", "osei")), 0)
		if strings.Contains(readCard(t, q.Data).text(), "They want to check our ships") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/quote osei 2 s after publishing:\n%s", readCard(t, q.Data).text())
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Again: nothing more, and a note saying who published it.
	g.click(t, ana, yes, before, 1)
	if vs := g.published(t); len(vs) != 1 || !strings.Contains(vs[0].Text, "\ntitle: Brenn Strait grain talks stall\n") {
		t.Errorf("published %+v", vs)
	}

	// The context-menu command, then Discard.
	msg = g.draft(t, ana.menu(discord.DraftMenuCommand, "see https://news.example/03-expulsions.txt"))
	g.click(t, ana, readCard(t, msg.JSON()).button(t, "Discard"), msg, 0)
	g.click(t, ana, readCard(t, msg.JSON()).buttonWith(t, "yes:"), msg, 0)
	if done := readCard(t, msg.JSON()); len(done.buttons()) != 0 || !strings.Contains(done.text(), "Nothing was published") {
		t.Errorf("after Discard: %s", done.text())
	}
	if open, _ := g.store.OpenDrafts(t.Context(), bot.Discord, guildID); len(open) != 0 {
		t.Errorf("open drafts: %+v", open)
	}
	if vs := g.published(t); len(vs) != 1 {
		t.Errorf("%d published after a discard", len(vs))
	}
}

// TestRetractAndDraftsOverHTTP: /drafts lists the open drafts with a button
// showing each card, only to the curator; a curator's /status carries
// Retract (a member's does not, from the same cache of answers), which asks
// the reason in a modal and retracts.
func TestRetractAndDraftsOverHTTP(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	msg := c.draft(t, ana, ana.command("draft", str("url", "https://news.example/01-grain-corridor.txt")))
	c.draft(t, ana, ana.command("draft", str("url", "https://news.example/03-expulsions.txt")))

	r := c.send(t, ana.command("drafts"))
	list, _ := discordtest.NewMessage("1300000000000009003", r.Data)
	if l := readCard(t, list.JSON()); l.Flags&64 == 0 || !strings.Contains(l.text(), "Grain corridor") {
		t.Fatalf("/drafts:\n%s", l.text())
	}
	show := readCard(t, list.JSON()).buttonWith(t, "show:")
	r = c.click(t, ana, show, list)
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || !bytes.Contains(r.Data, []byte(`"flags":64`)) {
		t.Fatalf("Show: %s, want the card as a note only the curator sees", r.raw)
	}
	if card := readCard(t, r.Data); card.button(t, "Publish") == "" || len(card.Embeds) == 0 {
		t.Errorf("the card Show shows: %+v", card)
	}
	refused(t, "eve's /drafts", c.send(t, eve.command("drafts")))

	// Publish the first, then retract it from /status.
	c.click(t, ana, readCard(t, msg.JSON()).button(t, "Publish"), msg)
	c.click(t, ana, readCard(t, msg.JSON()).buttonWith(t, "yes:"), msg)
	if n := len(c.published(t)); n != 1 {
		t.Fatalf("%d published", n)
	}
	// Asked twice each, the second answers come from the cache: a member's
	// never carries Retract, a curator's always does.
	var status *discordtest.Message
	for range 2 {
		_, st := c.ask(eve.command("status", str("topic", "trade")))
		for _, b := range st.buttons() {
			if strings.HasPrefix(b.CustomID, "retract:") {
				t.Fatalf("a member's /status offers %+v", b)
			}
		}
		r = c.send(t, ana.command("status", str("topic", "trade")))
		status, _ = discordtest.NewMessage("1300000000000009004", r.Data)
		readCard(t, status.JSON()).buttonWith(t, "retract:")
		if !strings.Contains(string(r.raw), `"style":4,"label":"Retract`) {
			t.Errorf("Retract is not red: %s", r.raw)
		}
	}
	m := c.click(t, ana, readCard(t, status.JSON()).buttonWith(t, "retract:"), status)
	goldenJSON(t, "retract-modal", m.raw)
	id, values, _ := modalOf(t, m)
	refused(t, "eve's retraction", c.send(t, eve.submit(id, map[string]string{"reason": "spite"}, status)))
	if n := len(c.published(t)); n != 1 {
		t.Fatalf("%d published after eve's retraction", n)
	}
	for k := range values {
		values[k] = "The article was corrected: the talks resumed."
	}
	done := c.send(t, ana.submit(id, values, status))
	if text := readCard(t, done.Data).text(); !strings.Contains(text, "Retracted") || !bytes.Contains(done.Data, []byte(`"flags":64`)) {
		t.Errorf("the retraction: %s", done.raw)
	}
	if n := len(c.published(t)); n != 0 {
		t.Errorf("%d still published after Retract", n)
	}
}

// gatedStore holds reads of a draft while its gate is shut, so a click is
// slower than Discord's three seconds on the tests' own terms.
type gatedStore struct {
	*bot.MemStore
	mu   sync.Mutex
	gate chan struct{}
}

func (s *gatedStore) shut() chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gate = make(chan struct{})
	return s.gate
}

func (s *gatedStore) Draft(ctx context.Context, id int64) (bot.Draft, error) {
	s.mu.Lock()
	g := s.gate
	s.mu.Unlock()
	if g != nil {
		select {
		case <-g:
		case <-ctx.Done():
			return bot.Draft{}, ctx.Err()
		}
	}
	return s.MemStore.Draft(ctx, id)
}

// TestSlowClick: a click or a submit the bot cannot answer within
// DeferAfter is acknowledged (DEFERRED_UPDATE_MESSAGE) in time, then the
// card is edited in, or for a form, which can only open at once, a note
// says to press again.
func TestSlowClick(t *testing.T) {
	t.Parallel()
	c := newCuration(t)
	gs := &gatedStore{MemStore: c.store}
	c.bot.Drafts = gs
	c.ix.DeferAfter = time.Millisecond
	msg := c.draft(t, ana, ana.command("draft", str("url", "https://news.example/01-grain-corridor.txt")))
	card := readCard(t, msg.JSON())

	for _, step := range []struct {
		name, id string
		edit     bool // the card is edited in; else a note follows
	}{
		{"Edit", card.button(t, "Edit"), false},
		{"Yes", "", true},
	} {
		id := step.id
		if id == "" {
			c.click(t, ana, card.button(t, "Publish"), msg)
			id = readCard(t, msg.JSON()).buttonWith(t, "yes:")
		}
		open := gs.shut()
		edits, notes := len(c.edits()), len(c.followUps())
		body := ana.click(id, msg)
		w := post(c.h, sign(c.priv, now(), body), body)
		close(open)
		if got := strings.TrimSpace(w.Body.String()); got != `{"type":6}` {
			t.Errorf("%s, slow: %s, want a deferred update", step.name, got)
		}
		c.settle(t)
		switch {
		case step.edit:
			e := c.edits()
			if len(e) != edits+1 || !bytes.Contains(e[len(e)-1].Body, []byte("Published by Ana")) {
				t.Errorf("%s, slow: the card was not edited in", step.name)
			}
		default:
			f := c.followUps()
			if len(f) != notes+1 || !bytes.Contains(f[len(f)-1].Body, []byte("Press the button again")) || !bytes.Contains(f[len(f)-1].Body, []byte(`"flags":64`)) {
				t.Errorf("%s, slow: no note to press again", step.name)
			}
		}
	}
}
