package discord_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
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
	if got := c.fetch.links(); len(got) != 1 || got[0] != "https://news.example/01-grain-corridor.txt" {
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
