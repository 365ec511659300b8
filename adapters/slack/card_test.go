package slack

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"

	"github.com/briefbot/briefbot/bot"
)

// Review cards posted in a channel (bot.CardPoster), as feeds post their drafts': any curator
// there acts on them with the buttons a card shown to one curator has.

// feedCard is the review card of a draft of the alliance summit, ready to publish (its unknown
// speakers left out), as a feed would post it: the card the core shows for the draft.
func (d *slackDesk) feedCard() (bot.Reply, bot.Draft) {
	d.t.Helper()
	d.leaveOutUnknown("U0ANA", d.draft("U0ANA", "10-alliance-summit.html"))
	open, err := d.store.OpenDrafts(d.t.Context(), bot.Slack, ownTeamID)
	if err != nil || len(open) != 1 {
		d.t.Fatalf("open drafts %+v, %v", open, err)
	}
	e := d.bot.Act(d.t.Context(), bot.Request{Platform: bot.Slack, User: "U0ANA", Workspace: ownTeamID, Channel: "C0FEEDS", CanCurate: true}, fmt.Sprintf("view:%d", open[0].ID))
	if e.Card == nil || !slices.ContainsFunc(e.Card.Actions, func(a bot.Action) bool { return a.Label == "Publish" && a.Do != "" }) {
		d.t.Fatalf("the draft's card has no Publish: %+v", e)
	}
	return *e.Card, open[0]
}

// posted reads a chat.postMessage or chat.update call as the message Slack shows.
func posted(t *testing.T, form url.Values) wireMessage {
	t.Helper()
	return checkMessage(t, []byte(`{"text":`+jsonString(form.Get("text"))+`,"blocks":`+form.Get("blocks")+`}`))
}

// clickInChannel clicks bt on the message ts in channel as user: the block_actions payload of a
// message everyone in the channel sees (not ephemeral), and what was posted to its response_url.
func (d *slackDesk) clickInChannel(user, channel, ts string, bt *slackapi.ButtonBlockElement) []card {
	d.t.Helper()
	resp := d.fake.ResponseURL()
	payload := map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": user, "username": userNames[user], "name": userNames[user], "team_id": ownTeamID},
		"api_app_id":   "A0BRIEFBOT",
		"token":        "unused",
		"container":    map[string]any{"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": false},
		"trigger_id":   d.fake.Trigger(),
		"team":         map[string]any{"id": ownTeamID, "domain": "newsroom"},
		"enterprise":   nil,
		"channel":      map[string]any{"id": channel, "name": "feeds"},
		"message":      map[string]any{"type": "message", "ts": ts, "user": "U0BOT" + ownTeamID, "text": "a review card"},
		"state":        map[string]any{"values": map[string]any{}},
		"response_url": resp,
		"actions": []any{map[string]any{
			"type": "button", "action_id": bt.ActionID, "block_id": "briefbot_do_0badcafe", "value": bt.Value,
			"text": map[string]any{"type": "plain_text", "text": bt.Text.Text, "emoji": true}, "action_ts": "1700000001.000200",
		}},
	}
	b, _ := json.Marshal(payload)
	d.post(InteractionsPath, []byte(url.Values{"payload": {string(b)}}.Encode()))
	d.wait()
	var out []card
	for _, p := range d.fake.Responses(resp) {
		out = append(out, card{checkMessage(d.t, p), p})
	}
	return out
}

var slackTS = regexp.MustCompile(`^\d+\.\d+$`)

// TestSlackChannelCard: a card posted in a channel carries the curation buttons and comes back
// as the message's ts; an update changes that message with chat.update; a non-curator's click
// is refused to them alone and changes nothing; a curator's Publish publishes and replaces the
// card in place.
func TestSlackChannelCard(t *testing.T) {
	t.Parallel()
	d := newSlackDesk(t)
	ctx := t.Context()
	ch := bot.ChannelKey{Platform: bot.Slack, Workspace: ownTeamID, Channel: "C0FEEDS"}
	var cp bot.CardPoster = d.app.Poster

	r, draft := d.feedCard()
	ref, err := cp.PostCard(ctx, ch, r)
	if err != nil {
		t.Fatal(err)
	}
	if !slackTS.MatchString(ref) {
		t.Errorf("ref %q is not a message ts", ref)
	}
	posts := d.fake.Posts("C0FEEDS")
	if len(posts) != 1 || posts[0].Token != ownToken || posts[0].Form.Get("thread_ts") != "" {
		t.Fatalf("posts %+v", posts)
	}
	m := posted(t, posts[0].Form)
	if m.header() != r.Title {
		t.Errorf("header %q, want %q", m.header(), r.Title)
	}
	for _, label := range []string{"Publish", "Edit", "Discard"} {
		if b := m.buttons()[label]; b == nil || !strings.HasPrefix(b.ActionID, actionDo) {
			t.Errorf("no %s button on the channel card: %v", label, m.all())
		}
	}
	if m.buttons()["Share in channel"] != nil {
		t.Error("a card in the channel offers to share itself")
	}

	// A second source: the same message changes.
	r2 := r
	r2.Sources = append(slices.Clone(r.Sources), bot.Source{Title: "The same story elsewhere", URL: "https://other.example/story"})
	if err := cp.UpdateCard(ctx, ch, ref, r2); err != nil {
		t.Fatal(err)
	}
	ups := d.fake.Updates("C0FEEDS")
	if len(ups) != 1 || ups[0].Form.Get("ts") != ref || ups[0].Token != ownToken {
		t.Fatalf("chat.update calls %+v, want one of ts %s", ups, ref)
	}
	if up := posted(t, ups[0].Form); !strings.Contains(up.all(), "other.example/story") || up.buttons()["Publish"] == nil {
		t.Errorf("the updated card: %s", up.all())
	}
	if n := len(d.fake.Posts("C0FEEDS")); n != 1 {
		t.Errorf("%d posts after an update, want still 1", n)
	}

	// A card someone deleted cannot be updated; the channel is fine.
	d.fake.Delete("C0FEEDS", ref)
	err = cp.UpdateCard(ctx, ch, ref, r2)
	if !errors.Is(err, bot.ErrUndeliverable) || errors.Is(err, bot.ErrPermanent) {
		t.Errorf("updating a deleted card: %v", err)
	}
	if err := cp.UpdateCard(ctx, ch, "", r2); !errors.Is(err, bot.ErrUndeliverable) {
		t.Errorf("updating with no ref: %v", err)
	}

	// Eve curates nothing: each button answers her alone, and the card stays.
	views := len(d.fake.Views())
	for _, label := range []string{"Publish", "Edit", "Discard"} {
		got := d.clickInChannel("U0EVE", "C0FEEDS", ref, m.buttons()[label])
		if len(got) != 1 || got[0].ResponseType != "ephemeral" || replaces(got[0]) || !strings.Contains(got[0].all(), "SLACK_CURATORS") {
			t.Errorf("%s by a non-curator on a channel card: %v", label, got)
		}
	}
	if n := len(d.fake.Views()) - views; n != 0 {
		t.Errorf("%d forms opened for a non-curator", n)
	}
	open, _ := d.store.OpenDrafts(ctx, bot.Slack, ownTeamID)
	if len(open) != 1 || open[0].Version != draft.Version {
		t.Fatalf("after Eve's clicks: %+v", open)
	}
	if snap, _ := d.store.Snapshot(ctx); len(snap.Versions) != 0 {
		t.Errorf("published by a non-curator: %v", snap.Versions)
	}

	// Ana does: Publish (Slack asked her to confirm) publishes, and the card in the channel
	// becomes the published one.
	got := d.clickInChannel("U0ANA", "C0FEEDS", ref, m.buttons()["Publish"])
	if len(got) != 1 || !replaces(got[0]) || !strings.Contains(got[0].all(), "Published by ana") || got[0].buttons()["Publish"] != nil {
		t.Fatalf("Publish by a curator on a channel card: %v\n%s", got, d.logs)
	}
	if snap, _ := d.store.Snapshot(ctx); len(snap.Versions) != 1 {
		t.Errorf("published versions after Ana's click: %v", snap.Versions)
	}
}

// TestSlackChannelCardInstalledWorkspace: in a workspace that installed the app, cards are
// posted and updated with that workspace's own token.
func TestSlackChannelCardInstalledWorkspace(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	e.install(teamAcme)
	ch := bot.ChannelKey{Platform: bot.Slack, Workspace: "T0ACME", Channel: "C0ACME"}
	r := bot.Reply{Kind: bot.Answer, Title: "A draft", Text: "Its summary.", Actions: []bot.Action{{Label: "Publish", Do: "publish:1:1"}}}
	ref, err := e.poster.PostCard(t.Context(), ch, r)
	if err != nil {
		t.Fatal(err)
	}
	r.Text = "Its summary, with a second source."
	if err := e.poster.UpdateCard(t.Context(), ch, ref, r); err != nil {
		t.Fatal(err)
	}
	tokens := e.fake.Tokens("T0ACME")
	posts, ups := e.fake.Posts("C0ACME"), e.fake.Updates("C0ACME")
	if len(posts) != 1 || len(ups) != 1 || !slices.Contains(tokens, posts[0].Token) || !slices.Contains(tokens, ups[0].Token) || ups[0].Form.Get("ts") != ref {
		t.Errorf("post %v and update %v, want both with T0ACME's token %v, the update of %s", tokensOf(posts), tokensOf(ups), tokens, ref)
	}

	// A workspace that never installed the app: the card cannot be posted there, ever.
	_, err = e.poster.PostCard(t.Context(), bot.ChannelKey{Platform: bot.Slack, Workspace: "T0NEVER", Channel: "C1"}, r)
	if !errors.Is(err, bot.ErrPermanent) {
		t.Errorf("a card in a workspace without the app: %v", err)
	}
}

// TestUpdateCardResendsWhatMayHaveArrived: a post whose answer is lost is not sent again (it
// could show twice), but an update is: the same change twice is one change.
func TestUpdateCardResendsWhatMayHaveArrived(t *testing.T) {
	t.Parallel()
	var updates atomic.Int32
	srv := slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.update", func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			w.Header().Set("Content-Type", "application/json")
			if updates.Add(1) == 1 {
				w.WriteHeader(http.StatusInternalServerError) // past Slack's front door: fate unknown
				return
			}
			io.WriteString(w, `{"ok":true,"channel":"C0FEEDS","ts":"`+r.PostForm.Get("ts")+`"}`)
		})
	})
	srv.Start()
	t.Cleanup(srv.Stop)
	p := NewPoster(slackapi.New(testToken, slackapi.OptionAPIURL(srv.GetAPIURL())), nil)
	p.Backoff = time.Millisecond
	ch := bot.ChannelKey{Platform: bot.Slack, Workspace: ownTeamID, Channel: "C0FEEDS"}
	if err := p.UpdateCard(t.Context(), ch, "1700000000.000100", bot.Reply{Title: "A draft"}); err != nil {
		t.Fatal(err)
	}
	if n := updates.Load(); n != 2 {
		t.Errorf("%d chat.update calls, want 2 (the lost one sent again)", n)
	}
}
