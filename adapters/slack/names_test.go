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
		// "public" is the word that shows an answer to the channel, wherever it is typed.
		{"/briefbot", "public", "help", "public"},
		{"/briefbot", "public status ukraine", "status", "ukraine public"},
		{"/briefbot", "briefbot public", "help", "public"},
	}
	for _, tc := range tests {
		name, args := resolve(tc.command, tc.text)
		if name != tc.name || args != tc.args {
			t.Errorf("resolve(%q, %q) = %q, %q; want %q, %q", tc.command, tc.text, name, args, tc.name, tc.args)
		}
	}
}

func TestSpelling(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, slash, mention string }{
		{"/status <topic>", "/briefbot status <topic>", "@briefbot status <topic>"},
		{"/status ukraine", "/briefbot status ukraine", "@briefbot status ukraine"},
		{"/search", "/briefbot search", "@briefbot search"},
		{"/help <command>", "/briefbot help <command>", "@briefbot help <command>"},
		{"/quote putin", "/quote putin", "@briefbot quote putin"},
		{"/subscribe ukraine at 08:00 tz Europe/Berlin", "/subscribe ukraine at 08:00 tz Europe/Berlin", "@briefbot subscribe ukraine at 08:00 tz Europe/Berlin"},
	}
	for _, tc := range tests {
		if got := slashSpelling(tc.in); got != tc.slash {
			t.Errorf("slashSpelling(%q) = %q, want %q", tc.in, got, tc.slash)
		}
		if got := mentionSpelling(tc.in); got != tc.mention {
			t.Errorf("mentionSpelling(%q) = %q, want %q", tc.in, got, tc.mention)
		}
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
