package slack

import (
	"regexp"
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
		// The umbrella's own name after it, as typed by someone who read "/briefbot" in an answer.
		{"/briefbot", "briefbot status ukraine", "status", "ukraine"},
		{"/briefbot", "/briefbot", "help", ""},
		{"/briefbot", "help briefbot", "help", ""},
		{"/briefbot", "help /briefbot status", "help", "status"},
		{"/help", "briefbot", "help", ""},
		{"/briefbot", "public", "public", ""}, // not a command: the bot says so, with the list
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
		// Punctuation after the name ends it; a letter, digit or more of a path does not.
		{"/status: a topic. /help. /search, /help? /help!", "/briefbot status: a topic. /briefbot help. /briefbot search, /briefbot help? /briefbot help!"},
		{"/status’s answer, ‘/help’ and «/search»", "/briefbot status’s answer, ‘/briefbot help’ and «/briefbot search»"},
		{"'/status ukraine' or `/help` or —/search", "'/briefbot status ukraine' or `/briefbot help` or —/briefbot search"},
		{"/statusé /status2 /status_x /status.json /status:8080 /status/", "/statusé /status2 /status_x /status.json /status:8080 /status/"},
		// A letter or digit of any script before the slash makes it a path, not a command.
		{"café/status naïve/help 日本/search Ωmega/status 2/help", "café/status naïve/help 日本/search Ωmega/status 2/help"},
		// A command name right after another path segment is still part of the path.
		{"https://example.com/search/help and a/status/search", "https://example.com/search/help and a/status/search"},
		{"~/status, #/help, user@host/search, x=/status", "~/status, #/help, user@host/search, x=/status"},
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

// bareReserved finds a command Slack keeps for itself written as a command a user could type:
// a slash and the name, not after a letter, a digit or another slash, and not going on as a word.
var bareReserved = regexp.MustCompile(`(?:^|[^\p{L}\p{N}/])/(?:status|search|help)(?:$|[^\p{L}\p{N}_/-])`)

// TestHelpTypesInSlack asks, as Slack sends it, for help on every command, a mistyped use of
// each, and every answer that suggests what to type next (unknown names, lists, empty results),
// and checks that none offers a command Slack keeps for itself under its bare name.
func TestHelpTypesInSlack(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	asks := [][2]string{
		{"/briefbot", ""}, {"/briefbot", "help"}, {"/briefbot", "weather berlin"},
		{"/briefbot", "status"}, {"/briefbot", "status narnia"}, {"/briefbot", "search"},
		{"/briefbot", "search zzqx"}, {"/briefbot", "search the"}, {"/briefbot", "search ukraine"},
		{"/quote", ""}, {"/quote", "nobodyx"}, {"/quote", "ukraine"}, {"/quote", "antony-blinken"},
		{"/topics", ""}, {"/speakers", ""}, {"/brief", ""}, {"/subscriptions", ""},
		{"/unsubscribe", "narnia"}, {"/subscribe", ""},
	}
	for _, c := range bot.Commands() {
		asks = append(asks, [2]string{"/briefbot", "help " + c.Name}, [2]string{"/briefbot", c.Name + " " + strings.Repeat("x", bot.MaxArgs+1)})
	}
	for _, ask := range asks {
		_, body := ta.do(ta.signed("/slack/commands", ta.command(ask[0], ask[1], "U2147483697")))
		m := checkMessage(t, body)
		for _, text := range m.texts() {
			if loc := bareReserved.FindStringIndex(text); loc != nil {
				t.Errorf("%s %s: the answer offers %q, which Slack users cannot type: %q", ask[0], ask[1], text[loc[0]:loc[1]], text)
			}
		}
	}
}
