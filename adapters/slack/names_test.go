package slack

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot"
)

func TestResolve(t *testing.T) {
	t.Parallel()
	tests := []struct {
		command, text string
		name, args    string
	}{
		{"/quote", "putin nato", "quote", "putin nato"},
		{"/status", "ukraine", "status", "ukraine"}, // a workspace that could register it
		{"/briefbot", "status ukraine public", "status", "ukraine public"},
		{"/briefbot", "Search missiles", "search", "missiles"},
		{"/briefbot", "", "help", ""},
		{"/BriefBot", "help quote", "help", "quote"},
		{"/briefbot", "weather berlin", "weather", "berlin"},
		// The umbrella registered under another name works for the bot's commands.
		{"/news", "status ukraine", "status", "ukraine"},
		{"/news", "", "news", ""},
		{"/weather", "berlin", "weather", "berlin"},
	}
	for _, tc := range tests {
		name, args := resolve(tc.command, tc.text)
		if name != tc.name || args != tc.args {
			t.Errorf("resolve(%q, %q) = %q, %q; want %q, %q", tc.command, tc.text, name, args, tc.name, tc.args)
		}
	}
}

func TestSpell(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"/status <topic> shows one, e.g. /status arms-control.", "/briefbot status <topic> shows one, e.g. /briefbot status arms-control."},
		{"/quote putin", "/quote putin"},
		{"Try /search missiles or /help.", "Try /briefbot search missiles or /briefbot help."},
		{"“/status ukraine”", "“/briefbot status ukraine”"},
		{"(/help quote)", "(/briefbot help quote)"},
		{"/statuses and /searching and /status-page", "/statuses and /searching and /status-page"},
		{"http://example.com/status and 24/7 and and/search", "http://example.com/status and 24/7 and and/search"},
		{"/briefbot status ukraine", "/briefbot status ukraine"},
		{"no commands here", "no commands here"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := spell(tc.in); got != tc.want {
			t.Errorf("spell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSpellReply checks that every command a reply names can be typed in Slack, that quotes stay
// verbatim, and that the reply it was given (which the cache may hold) is left as it was.
func TestSpellReply(t *testing.T) {
	t.Parallel()
	r := bot.Reply{
		Title:    "Usage: /status <topic>",
		Text:     "Try /search.",
		Note:     "/help status",
		Sections: []bot.Section{{Title: "Commands", Items: []bot.Item{{Text: "/quote <speaker>"}, {Text: "/status <topic>", Detail: "see /help"}}}},
		Quotes:   []bot.Quote{{Text: "type /status, he said"}},
	}
	got := spellReply(r)
	if got.Title != "Usage: /briefbot status <topic>" || got.Text != "Try /briefbot search." || got.Note != "/briefbot help status" {
		t.Errorf("spelled %q / %q / %q", got.Title, got.Text, got.Note)
	}
	if it := got.Sections[0].Items; it[0].Text != "/quote <speaker>" || it[1].Text != "/briefbot status <topic>" || it[1].Detail != "see /briefbot help" {
		t.Errorf("items %+v", it)
	}
	if got.Quotes[0].Text != "type /status, he said" {
		t.Errorf("a quote changed: %q", got.Quotes[0].Text)
	}
	if r.Sections[0].Items[1].Text != "/status <topic>" || r.Title != "Usage: /status <topic>" {
		t.Errorf("the original reply changed: %+v", r)
	}
}

// TestHelpTypesInSlack renders every command's help and usage answer and checks that no
// command Slack keeps for itself is offered under its bare name.
func TestHelpTypesInSlack(t *testing.T) {
	t.Parallel()
	h, _ := newBot(t)
	lines := []string{"/help"}
	for _, c := range bot.Commands() {
		lines = append(lines, "/help "+c.Name, "/"+c.Name+" "+strings.Repeat("x", bot.MaxArgs+1))
	}
	for _, line := range lines {
		name, text := bot.ParseCommand(line)
		body := string(Render(h.Handle(t.Context(), bot.Request{Platform: bot.Slack, Command: name, Text: text}), "").AppendJSON(nil, false))
		for word := range reserved {
			if i := strings.Index(body, " /"+word); i >= 0 || strings.Contains(body, `"/`+word) || strings.Contains(body, `\n/`+word) {
				t.Errorf("%s: the answer offers /%s, which Slack users cannot type: …%s…", line, word, body[max(0, i-40):min(len(body), i+40)])
			}
		}
	}
}
