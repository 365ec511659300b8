package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/adapters/slack/fakeslack"
)

// Following feeds on Slack and Discord, end to end: the bot as deployed (run), a local feed
// server whose items point at a local article server (INGEST_ALLOW_PRIVATE=true lets the bot
// reach both), /follow through the platform's signed endpoint, and the review cards arriving in
// the fake platform's channel: the newest 3 of a feed of 5, for any curator there; a second
// feed carrying one of those stories under another address updates that card instead of
// posting another.

// platformFeedServer serves RSS 2.0 feeds: at /NAME.xml, items linking to site + each path,
// newest first, an hour apart.
func platformFeedServer(t *testing.T, site string, feeds map[string][]string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/"), ".xml")
		paths, ok := feeds[name]
		if !ok || !strings.HasSuffix(r.URL.Path, ".xml") {
			http.NotFound(w, r)
			return
		}
		var b bytes.Buffer
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?>`+"\n"+`<rss version="2.0"><channel><title>Wire %s</title><link>%s/</link><description>Test stories</description>`, name, site)
		newest := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
		for i, p := range paths {
			fmt.Fprintf(&b, "\n<item><title>Story %s</title><link>%s</link><guid isPermaLink=\"false\">%s-%s</guid><pubDate>%s</pubDate></item>",
				html.EscapeString(filepath.Base(p)), html.EscapeString(site+p), name, html.EscapeString(p), newest.Add(-time.Duration(i)*time.Hour).Format(time.RFC1123Z))
		}
		b.WriteString("\n</channel></rss>\n")
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(b.Bytes())
	}))
	t.Cleanup(srv.Close)
	return srv
}

// wireFeeds are the feeds both tests follow: five stories, and a mirror carrying the newest of
// them under another address (the article server serves any path by its last element).
var wireFeeds = map[string][]string{
	"wire":   {"/05-court-ruling.txt", "/04-storm.txt", "/03-expulsions.txt", "/02-rate-rise.txt", "/01-grain-corridor.txt"},
	"mirror": {"/mirror/05-court-ruling.txt"},
}

// newestThree are words of the titles of the three newest stories, which the first fetch of
// the wire drafts, newest first.
var newestThree = []string{"05-court-ruling", "04-storm", "03-expulsions"}

// waitFor polls cond until it holds, or fails the test after within, showing the bot's logs.
func waitFor(t *testing.T, what string, within time.Duration, logs fmt.Stringer, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(within); !cond(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s\n%s", what, within, logs)
		}
	}
}

// TestSlackFollowsFeeds: /follow on Slack posts the review cards of the newest 3 stories in the
// channel with the bot token, each with the curation buttons; a non-curator's click on one is
// refused to them alone; following a mirror of one story updates its card with chat.update.
func TestSlackFollowsFeeds(t *testing.T) {
	t.Parallel()
	fake := fakeslack.New(t, oauthClientID, oauthClientSecret)
	fake.AddToken(deskToken, fakeslack.Workspace{Team: "T0001", TeamName: "Newsroom"})
	site, _ := articleServer(t)
	feeds := platformFeedServer(t, site.URL, wireFeeds)
	base, logs := startBot(t, map[string]string{
		"SLACK_SIGNING_SECRET": deskSecret,
		"SLACK_BOT_TOKEN":      deskToken,
		"SLACK_API_URL":        fake.APIURL(),
		"SLACK_CURATORS":       "U0ANA",
		"INGEST_ALLOW_PRIVATE": "true",
		"FEED_INTERVAL":        "2s",
	})
	d := &slackDeskE2E{t: t, base: base, fake: fake, articles: site.URL}

	ack, resp := d.command("U0ANA", "/follow", "<"+feeds.URL+"/wire.xml>")
	if !strings.Contains(ack.raw, "Reading the feed at "+feeds.URL+"/wire.xml") {
		t.Errorf("/follow was acknowledged with %s", ack.raw)
	}
	if got := d.posted(resp, 1); !strings.Contains(got[0].raw, "Following") {
		t.Fatalf("/follow answered %s", got[0].raw)
	}
	waitFor(t, "3 review cards in C0DESK", 30*time.Second, logs, func() bool { return len(fake.Posts("C0DESK")) >= 3 })
	posts := fake.Posts("C0DESK")
	cards := map[string]fakeslack.Call{}
	for _, p := range posts {
		if p.Token != deskToken || p.TS == "" {
			t.Errorf("a card posted with token %q, ts %q", p.Token, p.TS)
		}
		m := parseMsg(t, []byte(`{"text":`+jsonQuote(p.Form.Get("text"))+`,"blocks":`+p.Form.Get("blocks")+`}`))
		for _, label := range []string{"Publish", "Edit", "Discard"} {
			if _, _, ok := m.button(label); !ok {
				t.Errorf("a card in the channel has no %s button: %v", label, m.labels())
			}
		}
		for _, story := range newestThree {
			if strings.Contains(p.Form.Get("blocks"), story) {
				cards[story] = p
			}
		}
	}
	if len(cards) != 3 {
		t.Fatalf("the cards posted are not those of the newest 3 stories:\n%v\n%s", posts, logs)
	}

	// Eve curates nothing: Publish on a card in the channel answers her alone.
	card := parseMsg(t, []byte(`{"text":"","blocks":`+cards["03-expulsions"].Form.Get("blocks")+`}`))
	click := d.channelClick("U0EVE", card, "Publish", cards["03-expulsions"].TS)
	if got := d.posted(click, 1); got[0].ResponseType != "ephemeral" || got[0].replaces() || !strings.Contains(got[0].raw, "Only curators") {
		t.Errorf("Eve's Publish on a channel card: %s", got[0].raw)
	}

	// The same story from another feed: no new card, the first one updated in place.
	d.command("U0ANA", "/follow", feeds.URL+"/mirror.xml")
	want := cards["05-court-ruling"].TS
	waitFor(t, "the court ruling's card updated", 30*time.Second, logs, func() bool { return len(fake.Updates("C0DESK")) >= 1 })
	up := fake.Updates("C0DESK")[0]
	if up.Form.Get("ts") != want || up.Token != deskToken || !strings.Contains(up.Form.Get("blocks"), "/mirror/05-court-ruling.txt") {
		t.Errorf("chat.update of ts %q with %q, want %q with both sources:\n%s", up.Form.Get("ts"), up.Token, want, up.Form.Get("blocks"))
	}
	// By now both feeds were polled: the wire's first fetch drafted its newest 3, no more, and
	// the mirror none.
	if n := len(fake.Posts("C0DESK")); n != 3 {
		t.Errorf("%d messages posted in the channel after the mirror was followed, want still 3", n)
	}
	if n := len(fake.Posts("C0DESK")); n != 3 {
		t.Errorf("%d cards posted after the mirror was followed, want still 3", n)
	}
}

// channelClick clicks a button of a card posted in C0DESK (message ts), as user: the payload of
// a message everyone in the channel sees.
func (d *slackDeskE2E) channelClick(user string, m slackMsg, label, ts string) string {
	d.t.Helper()
	resp, _ := d.clickIn(user, m, label, ts, false)
	return resp
}

func jsonQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestDiscordFollowsFeeds: /follow on Discord posts the review cards of the newest 3 stories in
// the channel, each with the curation buttons; a member without Manage Messages is refused on
// one; following a mirror of one story edits its card in place.
func TestDiscordFollowsFeeds(t *testing.T) {
	t.Parallel()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := articleRegistryDir(t)
	site, _ := articleServer(t)
	feeds := platformFeedServer(t, site.URL, wireFeeds)
	fake := discordtest.NewServer(t, wireApp, wireToken)
	addr := freeAddr(t)
	_, logs := startBot(t, map[string]string{
		"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "DISCORD_BOT_TOKEN": wireToken, "DISCORD_APP_ID": wireApp,
		"DISCORD_GUILD_ID": wireGuild, "DISCORD_API_URL": fake.APIURL(), "HTTP_ADDR": addr,
		"INGEST_ALLOW_PRIVATE": "true", "BRIEFINGS_DIR": dir, "FEED_INTERVAL": "2s",
	})
	d := &discordUser{t: t, url: "http://" + addr + "/discord/interactions", priv: priv, fake: fake}
	const channel = "998877665544332211" // where discordUser's interactions come from

	resp := d.send(curatorMember, commandBody("follow", map[string]any{"url": feeds.URL + "/wire.xml"}), false)
	if !bytes.HasPrefix(resp, []byte(`{"type":5`)) {
		t.Errorf("/follow: %s, want a deferred response at once", resp)
	}
	waitFor(t, "3 review cards in the channel", 30*time.Second, logs, func() bool { return len(fake.ChannelMessages(channel)) >= 3 })
	msgs := fake.ChannelMessages(channel)
	cards := map[string]*discordtest.Message{}
	for _, m := range msgs {
		for _, label := range []string{"Publish", "Edit", "Discard"} {
			buttonID(t, m, label, "")
		}
		for _, story := range newestThree {
			if strings.Contains(string(m.JSON()), story) {
				cards[story] = m
			}
		}
	}
	if len(cards) != 3 {
		t.Fatalf("the cards posted are not those of the newest 3 stories:\n%d messages\n%s", len(msgs), logs)
	}
	for _, r := range fake.RequestsTo(http.MethodPost, "/channels/"+channel+"/messages") {
		if r.Header.Get("Authorization") != "Bot "+wireToken {
			t.Errorf("a card posted with %q", r.Header.Get("Authorization"))
		}
	}

	// Eve may not curate: Publish on a card in the channel is refused, to her alone.
	card := cards["03-expulsions"]
	refusedE2E(t, "a member's Publish on a channel card", d.send(plainMember, clickBody(buttonID(t, card, "Publish", ""), card), false))

	// The same story from another feed: no new card, the first one edited in place.
	d.send(curatorMember, commandBody("follow", map[string]any{"url": feeds.URL + "/mirror.xml"}), false)
	var id struct {
		ID string `json:"id"`
	}
	json.Unmarshal(cards["05-court-ruling"].Field("id"), &id.ID)
	path := "/channels/" + channel + "/messages/" + id.ID
	waitFor(t, "the court ruling's card edited", 30*time.Second, logs, func() bool { return len(fake.RequestsTo(http.MethodPatch, path)) >= 1 })
	if now := fake.ChannelMessage(channel, id.ID); !strings.Contains(string(now.JSON()), "/mirror/05-court-ruling.txt") {
		t.Errorf("the edited card does not name the second source:\n%s", now.JSON())
	}
	if n := fake.MessagesCreated(); n != 3 {
		t.Errorf("%d messages created after the mirror was followed, want still 3", n)
	}
}
