package discord_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/bot"
)

// modalResponse encodes a modal as the bot sends it.
func modalResponse(t *testing.T, m discord.Modal) []byte {
	t.Helper()
	raw, err := json.Marshal(discord.Response{Type: discordgo.InteractionResponseModal, Data: m})
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestModalKeepsDiscordsLimits renders a form over every limit the core
// promises to keep: the modal Discord gets is still within its own.
func TestModalKeepsDiscordsLimits(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("word ", 1000)
	f := bot.Form{ID: "edit:1:2", Title: strings.Repeat("A very long form title ", 4), Submit: "Save"}
	for i := range 7 {
		f.Fields = append(f.Fields, bot.Field{
			Name: "f" + string(rune('a'+i)), Label: strings.Repeat("Label ", 12), Context: long, Placeholder: long,
			Value: strings.Repeat("é", 5000), Multiline: i%2 == 0, Required: i == 0, MaxLen: 9000,
		})
	}
	f.Fields[1].Error = "Too long: at most 200 characters. " + long
	f.Fields[2].Label = "@everyone <@&123> look"
	m, ok := discord.NewModal(f)
	if !ok {
		t.Fatal("a form with fields did not become a modal")
	}
	raw := modalResponse(t, m)
	checkModal(t, "over-limit form", raw)
	if len(m.Components) != 5 {
		t.Errorf("%d inputs, want the first 5", len(m.Components))
	}
	if m.CustomID != f.ID {
		t.Errorf("custom_id %q, want the form's id %q as it was", m.CustomID, f.ID)
	}
	if !strings.HasPrefix(m.Components[1].Description, "⚠ Too long") {
		t.Errorf("the field sent back with an error does not say so: %q", m.Components[1].Description)
	}
	if m.Components[0].Component.Style != discordgo.TextInputParagraph || m.Components[1].Component.Style != discordgo.TextInputShort {
		t.Error("multiline fields are not paragraphs, or single-line ones not short")
	}
	if !strings.Contains(string(raw), `"required":false`) || !strings.Contains(string(raw), `"required":true`) {
		t.Errorf("required is not sent both ways: %.300s", raw)
	}
	for _, c := range m.Components {
		if n := len([]rune(c.Component.Value)); n != c.Component.MaxLength {
			t.Errorf("%s: a value of %d characters cut to %d, want it cut to max_length exactly", c.Component.CustomID, n, c.Component.MaxLength)
		}
	}

	for _, bad := range []bot.Form{
		{ID: "", Fields: f.Fields},
		{ID: strings.Repeat("x", 101), Fields: f.Fields},
		{ID: "edit:1:2"},
	} {
		if _, ok := discord.NewModal(bad); ok {
			t.Errorf("form %.40q with %d fields became a modal", bad.ID, len(bad.Fields))
		}
	}
}

// TestDoButtons lays a review card's actions out: five a row, a row kept
// free for the confirm step, styles as the core asked, custom ids the
// actions themselves (those to confirm marked), and the last action (Discard)
// kept when there are more than fit.
func TestDoButtons(t *testing.T) {
	t.Parallel()
	confirm := &bot.Confirm{Title: "Sure?", Text: "Really.", Yes: "Yes", No: "No"}
	r := bot.Reply{Kind: bot.Answer, Title: "Draft", Text: "Summary", Actions: []bot.Action{
		{Label: "More on Ukraine", Command: "/status ukraine"},
		{Label: "Publish", Do: "publish:7:1", Style: bot.Primary, Confirm: confirm},
		{Label: "Edit", Do: "edit:7:1"},
		{Label: "Discard", Do: "discard:7:1", Style: bot.Danger, Confirm: confirm},
	}}
	m := discord.NewMessage(r, "")
	raw, _ := json.Marshal(discord.Response{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: m})
	checkLimits(t, "card", raw)
	if len(m.Components) != 2 {
		t.Fatalf("%d rows, want the follow-up's and the actions'", len(m.Components))
	}
	want := []discord.Button{
		{Type: discordgo.ButtonComponent, Style: discordgo.PrimaryButton, Label: "Publish", CustomID: "?publish:7:1"},
		{Type: discordgo.ButtonComponent, Style: discordgo.SecondaryButton, Label: "Edit", CustomID: "edit:7:1"},
		{Type: discordgo.ButtonComponent, Style: discordgo.DangerButton, Label: "Discard", CustomID: "?discard:7:1"},
	}
	if got := m.Components[1].Components; !equalButtons(got, want) {
		t.Errorf("action buttons\n got %+v\nwant %+v", got, want)
	}
	if b := m.Components[0].Components[0]; b.CustomID != "run:/status ukraine" {
		t.Errorf("follow-up button %+v", b)
	}

	var many []bot.Action
	for i := range 30 {
		many = append(many, bot.Action{Label: "Speakers", Do: "speakers:7:1:" + string(rune('a'+i))})
	}
	many = append(many, bot.Action{Label: "Discard", Do: "discard:7:1", Style: bot.Danger, Confirm: confirm})
	many = append(many, bot.Action{Label: "Too long", Do: strings.Repeat("x", 100), Confirm: confirm})
	m = discord.NewMessage(bot.Reply{Title: "Draft", Actions: many}, "")
	raw, _ = json.Marshal(discord.Response{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: m})
	checkLimits(t, "many actions", raw)
	if len(m.Components) != 4 {
		t.Errorf("%d rows, want 4: one is kept for the confirm step", len(m.Components))
	}
	last := m.Components[len(m.Components)-1].Components
	if last[len(last)-1].CustomID != "?discard:7:1" {
		t.Errorf("Discard gave way: the last button is %+v", last[len(last)-1])
	}
}

func equalButtons(a, b []discord.Button) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
