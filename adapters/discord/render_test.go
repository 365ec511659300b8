package discord_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/golden"
)

// TestGolden keeps the exact response of each command in
// testdata/golden/*.json, as Discord receives it. Run with -update after an
// intended change and review the diff.
func TestGolden(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		body []byte
	}{
		{"status", command("status", str("topic", "ukraine"))},
		{"status-public", command("status", str("topic", "arms control"), boolOpt("public", true))},
		{"status-unknown", command("status", str("topic", "ukrain crisis zone"))},
		{"quote", command("quote", str("speaker", "putin"))},
		{"quote-words", command("quote", str("speaker", "lavrov"), str("words", "letter"))},
		{"brief", command("brief")},
		{"brief-topics", command("brief", str("topics", "nato sanctions"))},
		{"topics", command("topics")},
		{"speakers", command("speakers")},
		{"search", command("search", str("words", "missiles europe"))},
		{"search-nothing", command("search", str("words", "weather"))},
		{"help", command("help")},
		{"help-quote", command("help", str("command", "quote"))},
		{"autocomplete-topic", autocomplete("status", option{Name: "topic", Type: 3, Value: "ukr", Focused: true})},
		{"autocomplete-speaker", autocomplete("quote", option{Name: "speaker", Type: 3, Value: "s", Focused: true})},
	}
	f := newFixture(t)
	for _, tc := range tests {
		_, resp := f.ask(tc.body)
		var got bytes.Buffer
		if err := json.Indent(&got, resp.raw, "", "  "); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got.WriteByte('\n')
		golden.Check(t, filepath.Join("testdata", "golden", tc.name+".json"), got.Bytes())
		checkLimits(t, tc.name, resp.raw)
	}
}

// TestGoldenSubscriptions keeps what a channel's daily briefings look like in
// Discord, with a store and a clock that reads Monday 2 March 2026, 07:30 in
// Berlin: /subscribe refused to an ordinary member, then a member who may
// manage the channel subscribing, listing and unsubscribing.
func TestGoldenSubscriptions(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.bot.Store = bot.NewMemStore()
	f.bot.Now = func() time.Time { return time.Date(2026, 3, 2, 6, 30, 0, 0, time.UTC) }
	for _, step := range []struct {
		name string
		body []byte
	}{
		{"subscribe-refused", command("subscribe", str("topics", "ukraine nato"), str("at", "08:00"), str("tz", "Europe/Berlin"))},
		{"subscribe-done", managerCommand("subscribe", str("topics", "ukraine nato"), str("at", "08:00"), str("tz", "Europe/Berlin"))},
		{"subscriptions-one", command("subscriptions")},
		{"unsubscribe-done", managerCommand("unsubscribe", str("topics", "ukraine"))},
	} {
		_, resp := f.ask(step.body)
		var got bytes.Buffer
		if err := json.Indent(&got, resp.raw, "", "  "); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		got.WriteByte('\n')
		golden.Check(t, filepath.Join("testdata", "golden", step.name+".json"), got.Bytes())
		checkLimits(t, step.name, resp.raw)
	}
}

// hostile is text a careless or malicious curator, or a user's search
// words echoed back, might put in a reply.
const hostile = "@everyone @here @EveryOne <@123456789012345678> <@!123456789012345678> <@&987654321098765432> " +
	"**bold** __under__ ~~gone~~ `code` ||spoiler|| [click](https://evil.example) \\ # heading > quote - list 😀 "

func TestRenderLimits(t *testing.T) {
	t.Parallel()
	long := func(n int) string { return strings.Repeat(hostile, n/len(hostile)+1) }
	date := time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)
	manyItems := func(n, size int) []bot.Item {
		var items []bot.Item
		for i := 0; i < n; i++ {
			items = append(items, bot.Item{Text: long(size), Detail: long(size), By: long(300), Date: date})
		}
		return items
	}
	var manySections []bot.Section
	for i := 0; i < 40; i++ {
		manySections = append(manySections, bot.Section{Title: long(400), Items: manyItems(30, 200)})
	}
	src := &bot.Source{Title: long(500), Outlet: long(300), Author: long(300), URL: "https://example.com/a(b)c d<e>", Published: date}
	var manyQuotes []bot.Quote
	for i := 0; i < 30; i++ {
		manyQuotes = append(manyQuotes, bot.Quote{Speaker: long(300), Role: long(300), Text: long(3000), Context: long(2000), Said: date, Source: src})
	}
	var manySources []bot.Source
	for i := 0; i < 60; i++ {
		manySources = append(manySources, *src)
	}
	var manyActions []bot.Action
	for i := 0; i < 12; i++ {
		manyActions = append(manyActions, bot.Action{Label: long(200), Command: "/quote " + long(50)}, bot.Action{Label: long(100), Command: "/status ukraine"})
	}

	tests := []struct {
		name  string
		reply bot.Reply
	}{
		{"everything too long", bot.Reply{Title: long(1000), Topic: "ukraine", AsOf: date, Text: long(10000), Sections: manySections, Quotes: manyQuotes, Sources: manySources, Note: long(1000), Actions: manyActions}},
		{"long text only", bot.Reply{Title: "T", Text: long(20000)}},
		{"long text and note", bot.Reply{Title: "T", Text: long(5000), Note: long(5000)}},
		{"many quotes", bot.Reply{Title: "Quotes", Quotes: manyQuotes}},
		{"many sections", bot.Reply{Title: "Sections", Sections: manySections}},
		{"many sources", bot.Reply{Title: "Sources", Sources: manySources}},
		{"one huge item", bot.Reply{Title: "Item", Sections: []bot.Section{{Title: "S", Items: manyItems(1, 50000)}}}},
		{"empty", bot.Reply{}},
		{"hostile but short", bot.Reply{Kind: bot.NotFound, Title: hostile, Text: hostile, Note: hostile, Sections: []bot.Section{{Title: hostile, Items: []bot.Item{{Text: hostile, Detail: hostile, By: hostile}}}}, Quotes: []bot.Quote{{Speaker: hostile, Text: hostile, Context: hostile, Source: &bot.Source{Title: hostile, URL: "javascript:alert(1)"}}}}},
	}
	for _, tc := range tests {
		for _, share := range []string{"", "share:status?topic=ukraine"} {
			m := discord.NewMessage(tc.reply, share)
			raw, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			checkLimits(t, tc.name, raw)
			again, _ := json.Marshal(discord.NewMessage(tc.reply, share))
			if !bytes.Equal(raw, again) {
				t.Errorf("%s: rendering is not deterministic", tc.name)
			}
			if tc.name == "everything too long" {
				all := embedText(m.Embeds)
				if !strings.Contains(all, "…") || !strings.Contains(all, "Shortened to fit Discord") {
					t.Errorf("%s: the cut is not visible", tc.name)
				}
			}
		}
	}
	// The hostile text survives, defused: still readable, pinging no one.
	m := discord.NewMessage(tests[len(tests)-1].reply, "")
	all := embedText(m.Embeds)
	for _, want := range []string{"@\u200beveryone", "@\u200bhere", "<\u200b@123456789012345678>", "<\u200b@&987654321098765432>", `\*\*bold\*\*`, `\|\|spoiler\|\|`, `\[click\]`} {
		if !strings.Contains(all, want) {
			t.Errorf("hostile text: %q not found in\n%s", want, all)
		}
	}
	if strings.Contains(all, "javascript:") && strings.Contains(all, "](javascript") {
		t.Error("a javascript: URL became a link")
	}
}

var (
	// A mention Discord would render: @everyone or @here right after the
	// @, or <@ followed by digits, ! or &.
	liveMention = regexp.MustCompile(`(?i)@(everyone|here)|<@[!&]?\d`)
)

// checkLimits checks a message or interaction response against every limit
// Discord enforces on it, and that it can ping no one.
func checkLimits(t *testing.T, name string, raw []byte) {
	t.Helper()
	var msg struct {
		Type int `json:"type"`
		Data *struct {
			discord.Message
			Choices []discord.Choice `json:"choices"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &msg); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	m := msg.Data
	if msg.Type == 0 { // a bare message, not a response
		var bare discord.Message
		json.Unmarshal(raw, &bare)
		m = &struct {
			discord.Message
			Choices []discord.Choice `json:"choices"`
		}{Message: bare}
	}
	if m == nil || msg.Type == int(discordgo.InteractionResponsePong) {
		return
	}
	if msg.Type == int(discordgo.InteractionResponseModal) {
		checkModal(t, name, raw)
		return
	}
	if msg.Type == int(discordgo.InteractionApplicationCommandAutocompleteResult) {
		if len(m.Choices) > 25 {
			t.Errorf("%s: %d choices", name, len(m.Choices))
		}
		return
	}
	if !bytes.Contains(raw, []byte(`"allowed_mentions":{"parse":[]}`)) {
		t.Errorf("%s: allowed_mentions is not {parse:[]}", name)
	}
	u := func(s string) int { return len(utf16.Encode([]rune(s))) }
	limit := func(what string, s string, max int) {
		if n := u(s); n > max {
			t.Errorf("%s: %s is %d long, limit %d", name, what, n, max)
		}
		if liveMention.MatchString(s) {
			t.Errorf("%s: %s holds a live mention: %q", name, what, liveMention.FindString(s))
		}
	}
	if len(m.Embeds) > 10 {
		t.Errorf("%s: %d embeds", name, len(m.Embeds))
	}
	total := 0
	for _, e := range m.Embeds {
		if e.Title == "" && e.Description == "" && len(e.Fields) == 0 {
			t.Errorf("%s: an empty embed", name)
		}
		limit("title", e.Title, 256)
		limit("description", e.Description, 4096)
		total += u(e.Title) + u(e.Description)
		if len(e.Fields) > 25 {
			t.Errorf("%s: %d fields", name, len(e.Fields))
		}
		for _, f := range e.Fields {
			limit("field name", f.Name, 256)
			limit("field value", f.Value, 1024)
			if strings.TrimSpace(f.Name) == "" || strings.TrimSpace(f.Value) == "" {
				t.Errorf("%s: empty field %+v", name, f)
			}
			total += u(f.Name) + u(f.Value)
		}
		if e.Footer != nil {
			limit("footer", e.Footer.Text, 2048)
			total += u(e.Footer.Text)
		}
		if e.Author != nil {
			limit("author", e.Author.Name, 256)
			total += u(e.Author.Name)
		}
	}
	if total > 6000 {
		t.Errorf("%s: embeds total %d, limit 6000", name, total)
	}
	limit("content", m.Content, 2000)
	if len(m.Components) > 5 {
		t.Errorf("%s: %d action rows", name, len(m.Components))
	}
	ids := map[string]bool{}
	for _, row := range m.Components {
		if len(row.Components) > 5 || len(row.Components) == 0 {
			t.Errorf("%s: a row of %d buttons", name, len(row.Components))
		}
		for _, b := range row.Components {
			limit("button label", b.Label, 80)
			if len(b.CustomID) > 100 || b.CustomID == "" {
				t.Errorf("%s: custom_id %q", name, b.CustomID)
			}
			if ids[b.CustomID] {
				t.Errorf("%s: two buttons with custom_id %q", name, b.CustomID)
			}
			ids[b.CustomID] = true
		}
	}
}

// checkModal checks a MODAL response against Discord's limits
// (interactions/receiving-and-responding.mdx "Modal"; components/reference.mdx
// "Label" and "Text Input"): custom_id 1–100, title ≤ 45, 1–5 components,
// each a Label (≤ 45, description ≤ 100) around a text input (custom_id
// 1–100 and unique, style 1 or 2, max_length 1–4000, value ≤ 4000 and within
// max_length, placeholder ≤ 100, required sent).
func checkModal(t *testing.T, name string, raw []byte) {
	t.Helper()
	var m struct {
		Data struct {
			CustomID   *string `json:"custom_id"`
			Title      *string `json:"title"`
			Components []struct {
				Type        int     `json:"type"`
				Label       *string `json:"label"`
				Description string  `json:"description"`
				Component   *struct {
					Type        int     `json:"type"`
					CustomID    string  `json:"custom_id"`
					Style       int     `json:"style"`
					MaxLength   int     `json:"max_length"`
					Required    *bool   `json:"required"`
					Value       string  `json:"value"`
					Placeholder string  `json:"placeholder"`
					Label       *string `json:"label"`
				} `json:"component"`
			} `json:"components"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	u := func(s string) int { return len(utf16.Encode([]rune(s))) }
	d := m.Data
	if d.CustomID == nil || len(*d.CustomID) == 0 || len(*d.CustomID) > 100 {
		t.Errorf("%s: modal custom_id %v", name, d.CustomID)
	}
	if d.Title == nil || u(*d.Title) == 0 || u(*d.Title) > 45 {
		t.Errorf("%s: modal title %v", name, d.Title)
	}
	if n := len(d.Components); n < 1 || n > 5 {
		t.Errorf("%s: %d components in a modal", name, n)
	}
	ids := map[string]bool{}
	for _, c := range d.Components {
		if c.Type != 18 || c.Label == nil || u(*c.Label) == 0 || u(*c.Label) > 45 || u(c.Description) > 100 || c.Component == nil {
			t.Errorf("%s: not a Label within limits: %+v", name, c)
			continue
		}
		in := c.Component
		if in.Type != 4 || in.CustomID == "" || len(in.CustomID) > 100 || ids[in.CustomID] {
			t.Errorf("%s: text input %+v", name, in)
		}
		ids[in.CustomID] = true
		if in.Style != 1 && in.Style != 2 {
			t.Errorf("%s: text input %s style %d", name, in.CustomID, in.Style)
		}
		if in.MaxLength < 1 || in.MaxLength > 4000 || u(in.Value) > in.MaxLength || u(in.Placeholder) > 100 {
			t.Errorf("%s: text input %s: max_length %d, value %d, placeholder %d", name, in.CustomID, in.MaxLength, u(in.Value), u(in.Placeholder))
		}
		if in.Required == nil {
			t.Errorf("%s: text input %s does not say whether it is required (Discord takes that as true)", name, in.CustomID)
		}
		if in.Label != nil {
			t.Errorf("%s: text input %s carries the deprecated label of its own", name, in.CustomID)
		}
		if liveMention.MatchString(*c.Label + c.Description + in.Placeholder) {
			t.Errorf("%s: a live mention in %s's label", name, in.CustomID)
		}
	}
}
