package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/golden"
)

// goldenCases are the command lines whose answers are kept as golden files: each command's
// first example from the command table (so a new command gets one), and the other kinds of
// reply a user meets.
func goldenCases() map[string]string {
	cases := map[string]string{
		"status-public":    "/status ukraine public",
		"status-not-found": "/status narnia",
		"status-typo":      "/status ukrane",
		"quote-usage":      "/quote",
		"quote-words":      "/quote putin nato",
		"unknown-command":  "/weather",
	}
	for _, c := range bot.Commands() {
		line := "/" + c.Name
		if len(c.Examples) > 0 {
			line = c.Examples[0]
		}
		cases[c.Name] = line
	}
	return cases
}

// TestGolden keeps the Block Kit JSON of each command's answer, as the slash-command response
// Slack receives, in testdata/NAME.json. Run with -update after an intended change, and read
// the diff.
func TestGolden(t *testing.T) {
	t.Parallel()
	b, _ := newBot(t)
	for name, line := range goldenCases() {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			cmd, text := bot.ParseCommand(line)
			reply := b.Handle(context.Background(), bot.Request{Platform: bot.Slack, Command: cmd, Text: text, User: "U1", Channel: "C1", Workspace: "T1", Spell: slashSpelling})
			msg := Render(reply, line)
			got := msg.AppendJSON(nil, false)
			checkMessage(t, got)

			var pretty bytes.Buffer
			if err := json.Indent(&pretty, got, "", "  "); err != nil {
				t.Fatalf("invalid JSON: %v\n%s", err, got)
			}
			pretty.WriteByte('\n')
			golden.Check(t, filepath.Join("testdata", name+".json"), pretty.Bytes())
		})
	}
}

// TestGoldenSubscriptions keeps what a channel manager sees through a channel's daily
// briefings, with a store and a clock that reads Monday 2 March 2026, 07:30 in Berlin: /subscribe
// that succeeds, the list with it, and /unsubscribe. (subscribe.json, from TestGolden, is the
// refusal an ordinary member gets.)
func TestGoldenSubscriptions(t *testing.T) {
	t.Parallel()
	b, _ := newBot(t)
	b.Store = bot.NewMemStore()
	b.Now = func() time.Time { return time.Date(2026, 3, 2, 6, 30, 0, 0, time.UTC) }
	for _, step := range []struct{ name, line string }{
		{"subscribe-done", "/subscribe ukraine nato at 08:00 tz Europe/Berlin"},
		{"subscriptions-one", "/subscriptions"},
		{"unsubscribe-done", "/unsubscribe ukraine"},
	} {
		cmd, text := bot.ParseCommand(step.line)
		reply := b.Handle(context.Background(), bot.Request{Platform: bot.Slack, Command: cmd, Text: text, User: "U1", Channel: "C1", Workspace: "T1", CanManage: true})
		if reply.Kind != bot.Answer {
			t.Fatalf("%s: %s %s", step.line, reply.Title, reply.Text)
		}
		got := Render(reply, step.line).AppendJSON(nil, false)
		checkMessage(t, got)
		var pretty bytes.Buffer
		if err := json.Indent(&pretty, got, "", "  "); err != nil {
			t.Fatalf("invalid JSON: %v\n%s", err, got)
		}
		pretty.WriteByte('\n')
		golden.Check(t, filepath.Join("testdata", step.name+".json"), pretty.Bytes())
	}
}

func TestGoldenShapes(t *testing.T) {
	t.Parallel()
	b, _ := newBot(t)
	ask := func(line string) wireMessage {
		cmd, text := bot.ParseCommand(line)
		r := b.Handle(context.Background(), bot.Request{Platform: bot.Slack, Command: cmd, Text: text})
		return checkMessage(t, Render(r, line).AppendJSON(nil, false))
	}
	tests := []struct {
		line      string
		inChannel bool
		header    string
		share     bool
		buttons   []string
	}{
		{"/status ukraine", false, "Ukraine: Blinken and Lavrov agree to keep talking after Tuesday's call", true, []string{"More from Putin", "Digest on Ukraine"}},
		{"/status ukraine public", true, "Ukraine: Blinken and Lavrov agree to keep talking after Tuesday's call", false, []string{"More from Putin"}},
		{"/status ukrane", false, "Ukraine: Blinken and Lavrov agree to keep talking after Tuesday's call", true, nil},
		{"/status narnia", false, "No topic called “narnia”", false, []string{"Ukraine", "NATO"}},
		{"/quote", false, "Usage: /quote &lt;speaker&gt; [words]", false, nil},
		{"/help", false, "Briefbot commands", false, nil},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			m := ask(tc.line)
			if got := m.ResponseType == "in_channel"; got != tc.inChannel {
				t.Errorf("response_type %q", m.ResponseType)
			}
			if h := m.header(); h != tc.header {
				t.Errorf("header %q, want %q", h, tc.header)
			}
			bs := m.buttons()
			share, ok := bs["Share in channel"]
			if ok != tc.share {
				t.Errorf("Share in channel offered: %v, want %v", ok, tc.share)
			}
			if ok && (share.Value != tc.line || share.ActionID != actionShare) {
				t.Errorf("share button runs %q (%s), want %q", share.Value, share.ActionID, tc.line)
			}
			for _, label := range tc.buttons {
				if _, ok := bs[label]; !ok {
					t.Errorf("no %q button; buttons: %v", label, keys(bs))
				}
			}
		})
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// hostile is a reply no curator should write and no user could cause, exceeding every limit and
// carrying every kind of mention markup.
func hostile() bot.Reply {
	ping := "<!channel> <!here> <!everyone> <@U123> <#C123|general> <!subteam^S123> &<> @channel "
	day := time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)
	r := bot.Reply{
		Kind:  bot.Answer,
		Title: strings.Repeat("<!here> Title & more ", 20),
		AsOf:  day,
		Text:  ping + strings.Repeat("word ", 2000), // 10,000 characters and more
		Note:  ping + "Note.",
	}
	for s := range 30 {
		sec := bot.Section{Title: fmt.Sprintf("%sSection %d", ping, s)}
		for i := range 40 {
			sec.Items = append(sec.Items, bot.Item{Text: fmt.Sprintf("%sitem %d", ping, i), Detail: strings.Repeat("detail ", 50), By: "<@U999>", Date: day})
		}
		r.Sections = append(r.Sections, sec)
	}
	src := &bot.Source{Title: ping + "source", Outlet: "<!channel>", URL: "https://example.com/a?x=1&y=<!channel>|<@U1>"}
	for i := range 500 {
		r.Quotes = append(r.Quotes, bot.Quote{
			ID: fmt.Sprint(i), Speaker: "<@U123> Speaker", Role: "<!here> role",
			Text: ping + strings.Repeat("said ", 1000) + "\nsecond line <!channel>", Context: ping + strings.Repeat("context ", 500),
			Said: day, Source: src,
		})
	}
	for i := range 40 {
		r.Sources = append(r.Sources, bot.Source{Title: fmt.Sprintf("%ssource %d", ping, i), URL: "javascript:alert(1)//<!channel>"})
	}
	r.Sources = append(r.Sources, *src)
	for i := range 40 {
		r.Actions = append(r.Actions, bot.Action{Label: strings.Repeat("<!channel> label ", 10), Command: fmt.Sprintf("/quote speaker-%d", i)})
	}
	r.Actions = append(r.Actions, bot.Action{Label: "too long a command", Command: "/search " + strings.Repeat("x", 3000)})
	return r
}

func TestRenderHostileReply(t *testing.T) {
	t.Parallel()
	r := hostile()
	msg := Render(r, "/status "+strings.Repeat("y", 2100)) // too long to carry in a button
	m := checkMessage(t, msg.AppendJSON(nil, false))
	all := m.all()

	// Everything typed shows as typed.
	for _, want := range []string{"&lt;!channel&gt;", "&lt;@U123&gt;", "&lt;!here&gt;", "&amp;&lt;&gt;"} {
		if !strings.Contains(all, want) {
			t.Errorf("%q is not shown escaped", want)
		}
	}
	// The title was cut to the header's limit, with an ellipsis.
	if h := m.header(); width(h) > maxHeaderText || !strings.HasSuffix(h, "…") {
		t.Errorf("header %q", h)
	}
	// The 10,000-character lead was cut, and the message says so.
	if !strings.Contains(all, "The summary is shortened") {
		t.Error("the cut summary is not marked")
	}
	// Quotes shown plus quotes said to be left out account for all 500.
	shown := strings.Count(all, "\n— *")
	re := regexp.MustCompile(`(\d+) more quotes not shown`)
	sm := re.FindStringSubmatch(all)
	if sm == nil {
		t.Fatalf("no notice of the quotes left out:\n%s", all)
	}
	var left int
	fmt.Sscan(sm[1], &left)
	if shown == 0 || shown+left != 500 {
		t.Errorf("%d quotes shown and %d said to be left out; want 500 in all", shown, left)
	}
	// No button carries a command too long for Slack, and there is no share button for a
	// command line that cannot fit in one.
	bs := m.buttons()
	if _, ok := bs["Share in channel"]; ok {
		t.Error("share offered for a command line longer than a button value")
	}
	if len(bs) == 0 {
		t.Error("no buttons")
	}
	// Links only to web addresses.
	if strings.Contains(all, "javascript:") && strings.Contains(all, "<javascript") {
		t.Error("a javascript: link")
	}
	for _, l := range validLink.FindAllString(all, -1) {
		if !strings.HasPrefix(l, "<https://example.com/a?x=1&amp;y=%3C!channel%3E%7C%3C@U1%3E|") {
			t.Errorf("unexpected link %q", l)
		}
	}
}

// TestRenderEveryReplyFits renders the hostile reply cut down in many ways, so each limit is
// met on its own and in combination.
func TestRenderEveryReplyFits(t *testing.T) {
	t.Parallel()
	full := hostile()
	for _, n := range []int{0, 1, 2, 5, 11, 49, 50, 51, 200} {
		for _, part := range []string{"sections", "quotes", "sources", "actions"} {
			t.Run(fmt.Sprintf("%s=%d", part, n), func(t *testing.T) {
				t.Parallel()
				r := full
				switch part {
				case "sections":
					r.Sections = r.Sections[:min(n, len(r.Sections))]
				case "quotes":
					r.Quotes = r.Quotes[:min(n, len(r.Quotes))]
				case "sources":
					r.Sources = r.Sources[:min(n, len(r.Sources))]
				case "actions":
					r.Actions = r.Actions[:min(n, len(r.Actions))]
				}
				checkMessage(t, Render(r, "/status ukraine").AppendJSON(nil, false))
			})
		}
	}
	t.Run("empty reply", func(t *testing.T) {
		checkMessage(t, Render(bot.Reply{Title: "Only a title"}, "").AppendJSON(nil, false))
	})
}

// TestRenderLeavesOutBlankFields: a field that is only white space (a curated role or context
// of spaces, a note of line breaks) is left out. Sent empty, one text object makes Slack refuse
// the whole message (invalid_blocks); sent as bare markup, it shows "**" or a lone "Context:".
func TestRenderLeavesOutBlankFields(t *testing.T) {
	t.Parallel()
	day := time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)
	blank := " \t\u2028\r\n\n\u00a0"
	r := bot.Reply{
		Kind:     bot.Answer,
		Title:    "Title",
		Text:     "Lead.",
		Note:     blank,
		Sections: []bot.Section{{Title: blank, Items: []bot.Item{{Text: "item"}}}},
		Quotes:   []bot.Quote{{Speaker: "Vladimir Putin", Role: blank, Text: "Words.", Context: blank, Said: day}},
		Actions:  []bot.Action{{Label: blank, Command: blank}, {Label: "More", Command: "/quote putin"}},
	}
	m := checkMessage(t, Render(r, "/status ukraine").AppendJSON(nil, false))
	all := m.all()
	for _, bad := range []string{"**", "Context:", "Putin*, "} {
		if strings.Contains(all, bad) {
			t.Errorf("a blank field shows as %q:\n%s", bad, all)
		}
	}
	if bs := m.buttons(); len(bs) != 2 || bs["More"] == nil {
		t.Errorf("buttons %v, want Share in channel and More", keys(bs))
	}
}
