package slack

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func mentionEvent(id, text, threadTS string, fromBot bool) []byte {
	ev := map[string]any{
		"type": "app_mention", "user": "U2147483697", "text": text, "ts": "1700000000.000100",
		"channel": "C2147483705", "event_ts": "1700000000.000100",
	}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	if fromBot {
		ev["bot_id"] = "B0001"
	}
	b, _ := json.Marshal(map[string]any{
		"token": "unused", "team_id": "T0001", "api_app_id": "A0001", "event": ev,
		"type": "event_callback", "event_id": id, "event_time": 1700000000,
	})
	return b
}

func TestURLVerification(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	body := []byte(`{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	resp, got := ta.do(ta.signed("/slack/events", body))
	if resp.StatusCode != http.StatusOK || string(got) != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("challenge: %s %q", resp.Status, got)
	}
	r := ta.signed("/slack/events", body)
	r.Header.Set("X-Slack-Request-Timestamp", "1531420618")
	if resp, got := ta.do(r); resp.StatusCode != http.StatusUnauthorized || strings.Contains(string(got), "3eZb") {
		t.Errorf("stale challenge: %s %q", resp.Status, got)
	}
}

func TestMentionAnsweredInThread(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, nil)
	ta := newTestApp(t, func(a *App) { a.Poster = NewPoster(web.client("xoxb-test-token"), nil) })

	resp, body := ta.do(ta.signed("/slack/events", mentionEvent("Ev01", "<@U0BOT> status ukraine", "", false)))
	if resp.StatusCode != http.StatusOK || len(body) != 0 {
		t.Fatalf("acknowledgement: %s %q", resp.Status, body)
	}
	ta.do(ta.signed("/slack/events", mentionEvent("Ev02", "<@U0BOT> quote putin", "1699999999.000050", false)))
	ta.wait()
	posts := web.received()
	if len(posts) != 2 {
		t.Fatalf("%d posts, want 2", len(posts))
	}
	// Mentions are answered concurrently: find each answer by its thread.
	byThread := map[string]url.Values{}
	for _, p := range posts {
		if p.Get("channel") != "C2147483705" {
			t.Errorf("posted to %s", p.Get("channel"))
		}
		byThread[p.Get("thread_ts")] = p
	}
	tests := []struct{ thread, header string }{
		{"1700000000.000100", "Ukraine: Blinken"}, // a mention starts a thread on its message
		{"1699999999.000050", "Quotes: Vladimir"}, // a mention in a thread answers in that thread
	}
	for _, tc := range tests {
		p, ok := byThread[tc.thread]
		if !ok {
			t.Errorf("no answer in thread %s", tc.thread)
			continue
		}
		m := checkMessage(t, []byte(`{"text":`+jsonString(p.Get("text"))+`,"blocks":`+p.Get("blocks")+`}`))
		if !strings.HasPrefix(m.header(), tc.header) {
			t.Errorf("thread %s: header %q", tc.thread, m.header())
		}
		if _, ok := m.buttons()["Share in channel"]; ok {
			t.Errorf("thread %s: a thread answer offers to share itself", tc.thread)
		}
	}
	ta.do(ta.signed("/slack/events", mentionEvent("Ev03", "<@U0BOT> quote putin", "", false)))
	ta.wait()
	if req := ta.h.last(); req.Command != "quote" || req.Text != "putin" || req.Workspace != "T0001" || req.User != "U2147483697" {
		t.Errorf("the bot got %+v", req)
	}
}

// TestMentionAfterSomeoneElse: "thanks @alice! @briefbot status ukraine" asks the bot, whose user id
// Slack lists in the event's authorizations, not whoever was mentioned first.
func TestMentionAfterSomeoneElse(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, nil)
	ta := newTestApp(t, func(a *App) { a.Poster = NewPoster(web.client("xoxb-test-token"), nil) })
	var ev map[string]any
	json.Unmarshal(mentionEvent("Ev04", "thanks <@U0ALICE>! <@U0BOT> status ukraine", "", false), &ev)
	ev["authorizations"] = []map[string]any{{"enterprise_id": nil, "team_id": "T0001", "user_id": "U0BOT", "is_bot": true, "is_enterprise_install": false}}
	body, _ := json.Marshal(ev)
	if resp, _ := ta.do(ta.signed("/slack/events", body)); resp.StatusCode != http.StatusOK {
		t.Fatalf("%s", resp.Status)
	}
	ta.wait()
	if req := ta.h.last(); req.Command != "status" || req.Text != "ukraine" {
		t.Errorf("the bot was asked /%s %q, want /status \"ukraine\"", req.Command, req.Text)
	}
	if n := len(web.received()); n != 1 {
		t.Errorf("%d answers posted, want 1", n)
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestMentionRetries: Slack's retries are recognised and never answered twice.
func TestMentionRetries(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		sendFirst bool // the first delivery reached this process
		retry     string
		reason    string
		bot       bool
		want      int // posts in all
	}{
		{"first delivery", false, "", "", false, 1},
		{"retry after a timeout, first seen", true, "1", "http_timeout", false, 1},
		{"retry after a connection failure, first seen", true, "2", "connection_failed", false, 1},
		{"retry after a timeout, first not seen here", false, "1", "http_timeout", false, 0},
		{"retry after a connection failure, first never arrived", false, "1", "connection_failed", false, 1},
		{"retry after an error answer, first never handled", false, "3", "http_error", false, 1},
		{"a bot's mention", false, "", "", true, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			web := newSlackWeb(t, nil)
			ta := newTestApp(t, func(a *App) { a.Poster = NewPoster(web.client("xoxb-test-token"), nil) })
			ev := mentionEvent("Ev0123", "<@U0BOT> status nato", "", tc.bot)
			if tc.sendFirst {
				ta.do(ta.signed("/slack/events", ev))
			}
			r := ta.signed("/slack/events", ev)
			if tc.retry != "" {
				r.Header.Set("X-Slack-Retry-Num", tc.retry)
				r.Header.Set("X-Slack-Retry-Reason", tc.reason)
			}
			if resp, _ := ta.do(r); resp.StatusCode != http.StatusOK {
				t.Fatalf("retry: %s", resp.Status)
			}
			ta.wait()
			if n := len(web.received()); n != tc.want {
				t.Errorf("%d answers posted, want %d", n, tc.want)
			}
		})
	}
}

func TestMentionWithoutBotToken(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	resp, _ := ta.do(ta.signed("/slack/events", mentionEvent("Ev9", "<@U0BOT> status ukraine", "", false)))
	ta.wait()
	if resp.StatusCode != http.StatusOK || !strings.Contains(ta.logs.String(), "answering mentions needs SLACK_BOT_TOKEN") {
		t.Errorf("%s; logs:\n%s", resp.Status, ta.logs.String())
	}
}

// TestMentionAsksLikeTheUmbrella: what follows a mention is read as after /briefbot, and the
// answer, posted in the thread, spells commands the way Slack users type them.
func TestMentionAsksLikeTheUmbrella(t *testing.T) {
	t.Parallel()
	tests := []struct{ text, command, args, header string }{
		{"<@U0BOT> status ukraine", "status", "ukraine", "Ukraine: Blinken"},
		{"<@U0BOT> /briefbot status ukraine", "status", "ukraine", "Ukraine: Blinken"},
		{"<@U0BOT> help", "help", "", "Briefbot commands"},
		{"<@U0BOT>", "help", "", "Briefbot commands"},
		{"<@U0BOT> help briefbot", "help", "", "Briefbot commands"},
		{"<@U0BOT> help search", "help", "search", "@briefbot search "},
	}
	for i, tc := range tests {
		web := newSlackWeb(t, nil)
		ta := newTestApp(t, func(a *App) { a.Poster = NewPoster(web.client("xoxb-test-token"), nil) })
		ta.do(ta.signed("/slack/events", mentionEvent("EvU"+string(rune('0'+i)), tc.text, "", false)))
		ta.wait()
		if req := ta.h.last(); req.Command != tc.command || req.Text != tc.args {
			t.Errorf("%q: the bot was asked /%s %q, want /%s %q", tc.text, req.Command, req.Text, tc.command, tc.args)
		}
		posts := web.received()
		if len(posts) != 1 {
			t.Errorf("%q: %d answers posted, want 1", tc.text, len(posts))
			continue
		}
		m := checkMessage(t, []byte(`{"text":`+jsonString(posts[0].Get("text"))+`,"blocks":`+posts[0].Get("blocks")+`}`))
		if !strings.HasPrefix(m.header(), tc.header) {
			t.Errorf("%q: header %q, want %q…", tc.text, m.header(), tc.header)
		}
		for _, text := range m.texts() {
			if loc := bareReserved.FindStringIndex(text); loc != nil {
				t.Errorf("%q: the answer offers %q, which Slack users cannot type", tc.text, text[loc[0]:loc[1]])
			}
		}
	}
}

// TestMentionWithoutEventID: a mention delivered twice without an event_id is answered once, the
// second delivery being known by the event's own fields; another mention without one is
// answered too.
func TestMentionWithoutEventID(t *testing.T) {
	t.Parallel()
	web := newSlackWeb(t, nil)
	ta := newTestApp(t, func(a *App) { a.Poster = NewPoster(web.client("xoxb-test-token"), nil) })
	first := mentionEvent("", "<@U0BOT> status ukraine", "", false)
	other := bytes.Replace(mentionEvent("", "<@U0BOT> status ukraine", "", false), []byte("1700000000.000100"), []byte("1700000005.000200"), -1)
	for i, body := range [][]byte{first, first, other} {
		r := ta.signed("/slack/events", body)
		if i == 1 {
			// A redelivery Slack would answer again were it new: the first was refused.
			r.Header.Set("X-Slack-Retry-Num", "1")
			r.Header.Set("X-Slack-Retry-Reason", "http_error")
		}
		if resp, _ := ta.do(r); resp.StatusCode != http.StatusOK {
			t.Fatalf("delivery %d: %s", i, resp.Status)
		}
		ta.wait()
	}
	posts := web.received()
	if len(posts) != 2 {
		t.Fatalf("%d answers posted, want 2 (one per mention)", len(posts))
	}
	if a, b := posts[0].Get("thread_ts"), posts[1].Get("thread_ts"); a != "1700000000.000100" || b != "1700000005.000200" {
		t.Errorf("answered in threads %s and %s", a, b)
	}
}

// TestEventCallbackAlwaysAcknowledged: a verified callback slack-go cannot read (an event type it
// does not know, or an event that does not decode into its type) gets 200, so Slack neither
// retries it nor counts it against the app's subscription; the bot is not asked anything. A body
// that is not JSON at all is still refused.
func TestEventCallbackAlwaysAcknowledged(t *testing.T) {
	t.Parallel()
	ta := newTestApp(t, nil)
	tests := []struct {
		name, body string
		status     int
	}{
		{"unknown event type", `{"token":"x","team_id":"T0001","api_app_id":"A0001","type":"event_callback","event_id":"Ev1","event_time":1700000000,` +
			`"event":{"type":"brand_new_event","channel":"C1","event_ts":"1700000000.000100"}}`, http.StatusOK},
		{"mention that does not decode", `{"token":"x","team_id":"T0001","api_app_id":"A0001","type":"event_callback","event_id":"Ev2","event_time":1700000000,` +
			`"event":{"type":"app_mention","user":{"id":"U1"},"text":"<@U0BOT> status ukraine","channel":"C1","ts":"1700000000.000100"}}`, http.StatusOK},
		{"not JSON", `command=%2Fstatus`, http.StatusBadRequest},
	}
	for _, tc := range tests {
		resp, body := ta.do(ta.signed("/slack/events", []byte(tc.body)))
		if resp.StatusCode != tc.status {
			t.Errorf("%s: %s %q, want %d", tc.name, resp.Status, body, tc.status)
		}
	}
	ta.wait()
	if n := ta.h.n.Load(); n != 0 {
		t.Errorf("the bot was asked %d times", n)
	}
}

// TestThreadAnswersSuggestMentions: a mention is answered in a thread, where Slack runs no slash
// commands, so the commands the answer suggests are written as mentions ("@briefbot topics"),
// never as "/briefbot …"; and a search for "/status" keeps its words as typed.
func TestThreadAnswersSuggestMentions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text   string
		header string
		hints  []string
	}{
		{"<@U0BOT> help", "Briefbot commands", []string{"@briefbot status &lt;topic&gt;", "@briefbot quote &lt;speaker&gt; [words]", "@briefbot help &lt;command&gt; explains"}},
		{"<@U0BOT> status narnia", "No topic called “narnia”", []string{"@briefbot topics lists every topic"}},
		{"<@U0BOT> status", "Usage: @briefbot status &lt;topic&gt;", []string{"@briefbot status ukraine"}},
		{"<@U0BOT> topics", "Topics", []string{"@briefbot status &lt;topic&gt; shows one"}},
		{"<@U0BOT> search /status", "Search: /status", []string{"@briefbot topics and @briefbot speakers"}},
	}
	for i, tc := range tests {
		web := newSlackWeb(t, nil)
		ta := newTestApp(t, func(a *App) { a.Poster = NewPoster(web.client("xoxb-test-token"), nil) })
		ta.do(ta.signed("/slack/events", mentionEvent("EvT"+string(rune('0'+i)), tc.text, "1699999999.000050", false)))
		ta.wait()
		posts := web.received()
		if len(posts) != 1 {
			t.Fatalf("%q: %d answers posted, want 1", tc.text, len(posts))
		}
		m := checkMessage(t, []byte(`{"text":`+jsonString(posts[0].Get("text"))+`,"blocks":`+posts[0].Get("blocks")+`}`))
		if h := m.header(); h != tc.header {
			t.Errorf("%q: header %q, want %q", tc.text, h, tc.header)
		}
		all := m.all()
		for _, h := range tc.hints {
			if !strings.Contains(all, h) {
				t.Errorf("%q: the answer does not suggest %q:\n%s", tc.text, h, all)
			}
		}
		if strings.Contains(all, "/briefbot") {
			t.Errorf("%q: a thread answer suggests a slash command:\n%s", tc.text, all)
		}
	}
}
