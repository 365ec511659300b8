package slack

import (
	"strings"
	"testing"
)

// TestSlackFeedCommandsRouted: /follow, /feeds and /unfollow reach the bot as those commands,
// under their own names, after the umbrella and in a mention, with a link Slack marked up
// handed over as its address.
func TestSlackFeedCommandsRouted(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, nil)
	ta := newTestApp(t, func(a *App) { a.Poster = NewPoster(web.client("xoxb-test-token"), nil) })
	const feed = "https://news.example/world/rss.xml?a=1&b=2"
	tests := []struct {
		name, cmd, text   string
		mention           bool
		wantCmd, wantText string
	}{
		{"follow", "/follow", "<https://news.example/world/rss.xml?a=1&amp;b=2|news.example/world/rss.xml> ukraine nato", false, "follow", feed + " ukraine nato"},
		{"follow as typed", "/follow", feed + " ukraine", false, "follow", feed + " ukraine"},
		{"umbrella follow", "/briefbot", "follow <https://news.example/world/rss.xml?a=1&amp;b=2>", false, "follow", feed},
		{"feeds", "/feeds", "", false, "feeds", ""},
		{"umbrella feeds", "/briefbot", "feeds", false, "feeds", ""},
		{"unfollow by number", "/unfollow", "2", false, "unfollow", "2"},
		{"umbrella unfollow", "/briefbot", "unfollow <https://news.example/world/rss.xml?a=1&amp;b=2|news.example/world/rss.xml>", false, "unfollow", feed},
		{"mention follow", "", "<@U0BOT> follow <https://news.example/world/rss.xml?a=1&amp;b=2|news.example/world/rss.xml> ukraine", true, "follow", feed + " ukraine"},
		{"mention feeds", "", "<@U0BOT> feeds", true, "feeds", ""},
	}
	for i, tc := range tests {
		if tc.mention {
			ta.do(ta.signed(EventsPath, mentionEvent("EvFeed"+string(rune('A'+i)), tc.text, "", false)))
		} else {
			ta.do(ta.signed(CommandsPath, ta.command(tc.cmd, tc.text, "U2147483697")))
		}
		ta.wait()
		got := ta.h.last()
		if got.Command != tc.wantCmd || got.Text != tc.wantText {
			t.Errorf("%s: the bot was asked %q %q, want %q %q", tc.name, got.Command, got.Text, tc.wantCmd, tc.wantText)
		}
	}
}

// TestSlackFollowAcknowledgedAtOnce: /follow reads a feed, which may take seconds, so a
// curator's is acknowledged at once, naming the address being read, as /draft's is; anyone
// else's is refused, saying who may.
func TestSlackFollowAcknowledgedAtOnce(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, func(a *App) { a.Curators = []string{"U0ANA"} })
	_, body := ta.do(ta.signed(CommandsPath, ta.command("/follow", "<https://news.example/world/rss.xml|news.example/world/rss.xml> ukraine", "U0ANA")))
	ta.wait()
	if m := checkMessage(t, body); !strings.Contains(m.all(), "Reading the feed at https://news.example/world/rss.xml …") {
		t.Errorf("a curator's /follow was acknowledged with %s", m.all())
	}
	_, body = ta.do(ta.signed(CommandsPath, ta.command("/follow", "https://news.example/world/rss.xml", "U0EVE")))
	ta.wait()
	if m := checkMessage(t, body); m.header() != "Only curators can do that" {
		t.Errorf("a non-curator's /follow was answered %s", m.all())
	}
}
