package slack

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// click is the block_actions payload Slack sends when someone clicks button bt of a message.
func (ta *testApp) click(bt *slackapi.ButtonBlockElement, ephemeral bool) []byte {
	payload := map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": "U2147483697", "username": "steve", "team_id": "T0001"},
		"api_app_id":   "A0001",
		"token":        "unused",
		"container":    map[string]any{"type": "message", "message_ts": "1700000000.000100", "channel_id": "C2147483705", "is_ephemeral": ephemeral},
		"trigger_id":   "13345224609.738474920.8088930838d88f008e0",
		"team":         map[string]any{"id": "T0001", "domain": "example"},
		"channel":      map[string]any{"id": "C2147483705", "name": "test"},
		"response_url": ta.replies.url(),
		"actions": []any{map[string]any{
			"type": "button", "action_id": bt.ActionID, "block_id": "briefbot_actions", "value": bt.Value,
			"text": map[string]any{"type": "plain_text", "text": bt.Text.Text}, "action_ts": "1700000001.000200",
		}},
	}
	b, _ := json.Marshal(payload)
	return []byte(url.Values{"payload": {string(b)}}.Encode())
}

// answerButtons asks a command and returns the buttons of its answer, as a user sees them.
func (ta *testApp) answerButtons(cmd, text string) map[string]*slackapi.ButtonBlockElement {
	ta.t.Helper()
	_, body := ta.do(ta.signed("/slack/commands", ta.command(cmd, text, "U2147483697")))
	return checkMessage(ta.t, body).buttons()
}

func TestShareInChannel(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	// What Slack sends for "/briefbot status ukraine", the manifest having no /status.
	share := ta.answerButtons("/briefbot", "status ukraine")["Share in channel"]
	if share == nil {
		t.Fatal("no Share in channel button")
	}
	resp, body := ta.do(ta.signed("/slack/interactions", ta.click(share, true)))
	if resp.StatusCode != http.StatusOK || len(body) != 0 {
		t.Fatalf("acknowledgement: %s %q", resp.Status, body)
	}
	ta.wait()
	posts := ta.replies.posts()
	if len(posts) != 2 {
		t.Fatalf("%d posts to response_url, want the answer and the removal of the ephemeral one", len(posts))
	}
	m := checkMessage(t, posts[0])
	if m.ResponseType != "in_channel" || m.ReplaceOriginal == nil || *m.ReplaceOriginal {
		t.Errorf("shared: response_type %q, replace_original %v", m.ResponseType, m.ReplaceOriginal)
	}
	if !strings.HasPrefix(m.header(), "Ukraine:") {
		t.Errorf("shared the wrong answer: %q", m.header())
	}
	if _, ok := m.buttons()["Share in channel"]; ok {
		t.Error("the shared answer offers to share itself")
	}
	if d := decode(t, posts[1]); d["delete_original"] != true {
		t.Errorf("second post %s, want delete_original", posts[1])
	}
	if req := ta.h.last(); req.User != "U2147483697" || req.Channel != "C2147483705" || req.Workspace != "T0001" {
		t.Errorf("the bot got %+v", req)
	}
}

func TestFollowUpButton(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	more := ta.answerButtons("/briefbot", "status ukraine")["More from Putin"]
	if more == nil {
		t.Fatal("no More from Putin button")
	}
	ta.do(ta.signed("/slack/interactions", ta.click(more, false)))
	ta.wait()
	posts := ta.replies.posts()
	if len(posts) != 1 {
		t.Fatalf("%d posts to response_url, want 1", len(posts))
	}
	m := checkMessage(t, posts[0])
	if m.ResponseType != "ephemeral" || m.header() != "Quotes: Vladimir Putin" {
		t.Errorf("follow-up: %s %q", m.ResponseType, m.header())
	}
	// The follow-up answer can itself be shared.
	if b := m.buttons()["Share in channel"]; b == nil || b.Value != "/quote vladimir-putin" {
		t.Errorf("follow-up share button: %+v", b)
	}
}

func TestInteractionRefused(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	bt := &slackapi.ButtonBlockElement{ActionID: actionShare, Value: "/status ukraine", Text: &slackapi.TextBlockObject{Text: "Share in channel"}}
	r := ta.signed("/slack/interactions", ta.click(bt, true))
	r.Header.Set("X-Slack-Signature", "v0="+strings.Repeat("0", 64))
	if resp, _ := ta.do(r); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("forged click: %s", resp.Status)
	}
	if resp, _ := ta.do(ta.signed("/slack/interactions", []byte("payload=%7Bnot+json"))); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("malformed payload: %s", resp.Status)
	}
	ta.wait()
	if n := len(ta.replies.posts()); n != 0 || ta.h.n.Load() != 0 {
		t.Errorf("%d posts and %d answers after refused clicks", n, ta.h.n.Load())
	}
}

// TestShareOnlyQuestions: "Share in channel" runs the command again, so it is offered only on
// answers to pure questions, never on what /subscribe, /unsubscribe or /subscriptions say, nor
// on help; and a click that asks to share such a command anyway runs nothing.
func TestShareOnlyQuestions(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	store := bot.NewMemStore()
	ta.h.Bot.Store = store
	tests := []struct {
		cmd, text string
		share     bool
	}{
		{"/status", "ukraine", true},
		{"/search", "missiles", true},
		{"/subscribe", "ukraine at 08:00", false},
		{"/subscriptions", "", false},
		{"/unsubscribe", "ukraine", false},
		{"/help", "", false},
		{"/status", "narnia", false},
	}
	for _, tc := range tests {
		_, body := ta.do(ta.signed("/slack/commands", ta.command(tc.cmd, tc.text, "U2147483697")))
		m := checkMessage(t, body)
		if _, ok := m.buttons()["Share in channel"]; ok != tc.share {
			t.Errorf("%s %s (%q): Share in channel offered %v, want %v", tc.cmd, tc.text, m.header(), ok, tc.share)
		}
	}

	// A forged or old button asking to share /unsubscribe: the channel's subscription stays.
	ta.do(ta.signed("/slack/commands", ta.command("/subscribe", "nato at 09:00", "U2147483697")))
	ch := bot.ChannelKey{Platform: bot.Slack, Workspace: "T0001", Channel: "C2147483705"}
	before, err := store.Subscriptions(context.Background(), ch)
	if err != nil || len(before) == 0 {
		t.Fatalf("subscriptions before the click: %v %v", before, err)
	}
	asked := ta.h.n.Load()
	forged := &slackapi.ButtonBlockElement{ActionID: actionShare, Value: "/unsubscribe", Text: &slackapi.TextBlockObject{Text: "Share in channel"}}
	if resp, _ := ta.do(ta.signed("/slack/interactions", ta.click(forged, true))); resp.StatusCode != http.StatusOK {
		t.Fatalf("click: %s", resp.Status)
	}
	ta.wait()
	if n := ta.h.n.Load() - asked; n != 0 {
		t.Errorf("the bot ran %d commands for a share of /unsubscribe", n)
	}
	after, _ := store.Subscriptions(context.Background(), ch)
	if len(after) != len(before) {
		t.Errorf("%d subscriptions after the click, %d before", len(after), len(before))
	}
	posts := ta.replies.posts()
	if len(posts) != 1 {
		t.Fatalf("%d posts to response_url, want one telling the clicker", len(posts))
	}
	if m := checkMessage(t, posts[0]); m.ResponseType != "ephemeral" || !strings.Contains(m.all(), "cannot be shared") {
		t.Errorf("the clicker was told %s: %s", m.ResponseType, m.all())
	}
}

// TestThreadClickSuggestsMentions: a button on an answer in a thread is answered there, so the
// commands that answer suggests are written as mentions; the same button outside a thread
// suggests slash commands.
func TestThreadClickSuggestsMentions(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	share := ta.answerButtons("/speakers", "")["Share in channel"]
	if share == nil {
		t.Fatal("no Share in channel button")
	}
	inThread := func(form []byte) []byte {
		v, _ := url.ParseQuery(string(form))
		var p map[string]any
		json.Unmarshal([]byte(v.Get("payload")), &p)
		p["container"].(map[string]any)["thread_ts"] = "1699999999.000050"
		b, _ := json.Marshal(p)
		return []byte(url.Values{"payload": {string(b)}}.Encode())
	}
	for _, tc := range []struct {
		form      []byte
		want, not string
	}{
		{inThread(ta.click(share, false)), "@briefbot quote &lt;speaker&gt; lists what they said", "/quote"},
		{ta.click(share, false), "/quote &lt;speaker&gt; lists what they said", "@briefbot"},
	} {
		before := len(ta.replies.posts())
		ta.do(ta.signed("/slack/interactions", tc.form))
		ta.wait()
		posts := ta.replies.posts()
		if len(posts) != before+1 {
			t.Fatalf("%d posts to response_url, want %d", len(posts), before+1)
		}
		all := checkMessage(t, posts[len(posts)-1]).all()
		if !strings.Contains(all, tc.want) || strings.Contains(all, tc.not) {
			t.Errorf("the answer should suggest %q and not %q:\n%s", tc.want, tc.not, all)
		}
	}
}
