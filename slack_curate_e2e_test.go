package main

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/slack/fakeslack"
)

// Curating on Slack, end to end: `go run .` with Slack's settings and SLACK_CURATORS, against
// the fake Slack (Web API and response_urls) and signed requests, drafting from a local web
// server (INGEST_ALLOW_PRIVATE=true lets the fetcher reach it).

const (
	deskSecret = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
	deskToken  = "xoxb-1-newsroom"
)

// slackDeskE2E is the running bot and the fake Slack it talks to.
type slackDeskE2E struct {
	t        *testing.T
	base     string
	fake     *fakeslack.Server
	articles string // the article server's base URL
}

func startSlackDesk(t *testing.T) *slackDeskE2E {
	t.Helper()
	fake := fakeslack.New(t, oauthClientID, oauthClientSecret)
	fake.AddToken(deskToken, fakeslack.Workspace{Team: "T0001", TeamName: "Newsroom"})
	srv, _ := articleServer(t)
	base, _ := startBot(t, map[string]string{
		"SLACK_SIGNING_SECRET": deskSecret,
		"SLACK_BOT_TOKEN":      deskToken,
		"SLACK_API_URL":        fake.APIURL(),
		"SLACK_CURATORS":       "U0ANA",
		"INGEST_ALLOW_PRIVATE": "true",
	})
	return &slackDeskE2E{t: t, base: base, fake: fake, articles: srv.URL}
}

// slackMsg is a message Slack was sent, as much of it as the test reads.
type slackMsg struct {
	ResponseType    string `json:"response_type"`
	ReplaceOriginal *bool  `json:"replace_original"`
	Text            string `json:"text"`
	Blocks          []struct {
		Type     string          `json:"type"`
		Text     json.RawMessage `json:"text"`
		Elements []struct {
			Type     string          `json:"type"`
			ActionID string          `json:"action_id"`
			Value    string          `json:"value"`
			Text     json.RawMessage `json:"text"`
			Style    string          `json:"style"`
		} `json:"elements"`
	} `json:"blocks"`
	raw string
}

func (m slackMsg) replaces() bool { return m.ReplaceOriginal != nil && *m.ReplaceOriginal }

// button returns the action_id and value of the button whose label starts with label.
func (m slackMsg) button(label string) (actionID, value string, ok bool) {
	for _, b := range m.Blocks {
		for _, e := range b.Elements {
			var t struct{ Text string }
			json.Unmarshal(e.Text, &t)
			if e.Type == "button" && strings.HasPrefix(t.Text, label) {
				return e.ActionID, e.Value, true
			}
		}
	}
	return "", "", false
}

func (m slackMsg) labels() []string {
	var out []string
	for _, b := range m.Blocks {
		for _, e := range b.Elements {
			var t struct{ Text string }
			json.Unmarshal(e.Text, &t)
			if e.Type == "button" {
				out = append(out, t.Text)
			}
		}
	}
	return out
}

func parseMsg(t *testing.T, b []byte) slackMsg {
	t.Helper()
	var m slackMsg
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	m.raw = string(b)
	return m
}

// signed posts a signed body to one of the bot's Slack endpoints.
func (d *slackDeskE2E) signed(path string, body []byte) []byte {
	d.t.Helper()
	code, got := postSigned(d.t, d.base+path, deskSecret, time.Now(), body, body)
	if code != http.StatusOK {
		d.t.Fatalf("%s: %d %s", path, code, got)
	}
	return got
}

// command sends a slash command and returns its acknowledgement and its response_url.
func (d *slackDeskE2E) command(user, cmd, text string) (slackMsg, string) {
	d.t.Helper()
	resp := d.fake.ResponseURL()
	body := []byte(url.Values{
		"token": {"unused"}, "team_id": {"T0001"}, "team_domain": {"newsroom"}, "channel_id": {"C0DESK"},
		"channel_name": {"desk"}, "user_id": {user}, "user_name": {strings.ToLower(strings.TrimPrefix(user, "U0"))},
		"command": {cmd}, "text": {text}, "response_url": {resp}, "trigger_id": {d.fake.Trigger()},
	}.Encode())
	return parseMsg(d.t, d.signed("/slack/commands", body)), resp
}

// posted waits until n messages were posted to a response_url and returns them.
func (d *slackDeskE2E) posted(resp string, n int) []slackMsg {
	d.t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if got := d.fake.Responses(resp); len(got) >= n {
			var out []slackMsg
			for _, b := range got {
				out = append(out, parseMsg(d.t, b))
			}
			return out
		}
		if time.Now().After(deadline) {
			d.t.Fatalf("%d messages posted to a response_url, want %d", len(d.fake.Responses(resp)), n)
		}
	}
}

// click clicks a button of m as user, as Slack sends the click, and returns the click's
// response_url.
func (d *slackDeskE2E) click(user string, m slackMsg, label string) string {
	d.t.Helper()
	resp, ack := d.clickIn(user, m, label, "1700000000.000100", true)
	if len(ack) != 0 {
		d.t.Errorf("a click acknowledged with %q", ack)
	}
	return resp
}

// clickIn sends the signed block_actions payload of a click on label in m, a message of
// C0DESK with timestamp ts that only the clicker sees (ephemeral) or everyone does, and
// returns the click's response_url and the endpoint's answer.
func (d *slackDeskE2E) clickIn(user string, m slackMsg, label, ts string, ephemeral bool) (string, []byte) {
	d.t.Helper()
	id, value, ok := m.button(label)
	if !ok {
		d.t.Fatalf("no button %q among %v", label, m.labels())
	}
	resp := d.fake.ResponseURL()
	fields := map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": user, "username": strings.ToLower(strings.TrimPrefix(user, "U0")), "team_id": "T0001"},
		"api_app_id":   "A0BRIEFBOT",
		"token":        "unused",
		"container":    map[string]any{"type": "message", "message_ts": ts, "channel_id": "C0DESK", "is_ephemeral": ephemeral},
		"trigger_id":   d.fake.Trigger(),
		"team":         map[string]any{"id": "T0001", "domain": "newsroom"},
		"channel":      map[string]any{"id": "C0DESK", "name": "desk"},
		"response_url": resp,
		"actions": []any{map[string]any{
			"type": "button", "action_id": id, "block_id": "b", "value": value,
			"text": map[string]any{"type": "plain_text", "text": label}, "action_ts": "1700000001.000200",
		}},
	}
	if !ephemeral {
		fields["message"] = map[string]any{"type": "message", "ts": ts, "text": m.Text}
	}
	payload, _ := json.Marshal(fields)
	return resp, d.signed("/slack/interactions", []byte(url.Values{"payload": {string(payload)}}.Encode()))
}

// opened waits for the n-th views.open and returns the modal's JSON, checking it was opened
// with the workspace's token.
func (d *slackDeskE2E) opened(n int) string {
	d.t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if vs := d.fake.Views(); len(vs) >= n {
			if vs[n-1].Token != deskToken {
				d.t.Errorf("views.open with %q, want SLACK_BOT_TOKEN", vs[n-1].Token)
			}
			return vs[n-1].Form.Get("view")
		}
		if time.Now().After(deadline) {
			d.t.Fatalf("%d views opened, want %d", len(d.fake.Views()), n)
		}
	}
}

// submit submits a modal (views.open's JSON) as user, changing the inputs in change, and returns
// the acknowledgement.
func (d *slackDeskE2E) submit(user, view string, change func(map[string]string)) []byte {
	d.t.Helper()
	var v map[string]any
	json.Unmarshal([]byte(view), &v)
	values := map[string]string{}
	for _, b := range v["blocks"].([]any) {
		b := b.(map[string]any)
		if b["type"] == "input" {
			el := b["element"].(map[string]any)
			val, _ := el["initial_value"].(string)
			values[b["block_id"].(string)] = val
		}
	}
	change(values)
	state := map[string]any{}
	for k, val := range values {
		state[k] = map[string]any{"value": map[string]any{"type": "plain_text_input", "value": val}}
	}
	v["id"], v["state"] = "V0EDIT", map[string]any{"values": state}
	payload, _ := json.Marshal(map[string]any{
		"type": "view_submission", "team": map[string]any{"id": "T0001", "domain": "newsroom"},
		"user":       map[string]any{"id": user, "username": strings.ToLower(strings.TrimPrefix(user, "U0")), "team_id": "T0001"},
		"api_app_id": "A0BRIEFBOT", "token": "unused", "trigger_id": d.fake.Trigger(), "view": v,
	})
	return d.signed("/slack/interactions", []byte(url.Values{"payload": {string(payload)}}.Encode()))
}

// TestSlackCurationEndToEnd: a curator drafts a local article with /draft, edits its title in
// a modal, names the speakers, publishes it, and /quote shows the new quote within 2 s; a
// second click publishes nothing more; a discarded draft leaves nothing; someone else is
// refused.
func TestSlackCurationEndToEnd(t *testing.T) {
	t.Parallel()
	d := startSlackDesk(t)

	ack, resp := d.command("U0ANA", "/draft", d.articles+"/10-alliance-summit.html")
	if !strings.Contains(ack.raw, "Drafting a briefing from "+d.articles) {
		t.Fatalf("/draft acknowledged with %s", ack.raw)
	}
	card := d.posted(resp, 1)[0]
	if _, _, ok := card.button("Publish"); !ok {
		t.Fatalf("the card has no Publish button: %s", card.raw)
	}

	// Edit the title in the modal.
	views := 0
	click := d.click("U0ANA", card, "Edit")
	views++
	const title = "Alliance pledges air defences for its eastern flank"
	if got := d.submit("U0ANA", d.opened(views), func(v map[string]string) { v["title"] = title }); len(got) != 0 {
		t.Fatalf("saving the edit: %s", got)
	}
	card = d.posted(click, 1)[0]
	if !card.replaces() || !strings.Contains(card.raw, title) {
		t.Fatalf("the card after the edit: %s", card.raw)
	}

	// Name the speakers: leave out each quote whose speaker was not found.
	for _, l := range card.labels() {
		if !strings.HasPrefix(l, "Speakers") {
			continue
		}
		click = d.click("U0ANA", card, l)
		views++
		d.submit("U0ANA", d.opened(views), func(v map[string]string) {
			for k, val := range v {
				if val == "unknown" {
					v[k] = "-"
				}
			}
		})
		card = d.posted(click, 1)[0]
	}

	// Publish, and ask for the quote.
	before := card
	click = d.click("U0ANA", card, "Publish")
	published := d.posted(click, 1)[0]
	if !published.replaces() || !strings.Contains(published.raw, "Published by ana") {
		t.Fatalf("the card after Publish: %s", published.raw)
	}
	if _, _, ok := published.button("Publish"); ok {
		t.Error("the published card still offers Publish")
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		ack, _ := d.command("U0EVE", "/quote", "jonas eklund")
		if strings.Contains(ack.raw, "We will defend every inch of allied territory.") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/quote jonas eklund does not show the new quote within 2s: %s", ack.raw)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if ack, _ := d.command("U0EVE", "/briefbot", "status nato"); !strings.Contains(ack.raw, title) {
		t.Errorf("/briefbot status nato does not show the edited title: %s", ack.raw)
	}

	// The same click again publishes nothing more, and says who did.
	click = d.click("U0ANA", before, "Publish")
	again := d.posted(click, 2)
	if !again[0].replaces() || !strings.Contains(again[0].raw, "(version 1)") || !strings.Contains(again[1].raw, "ana") {
		t.Errorf("Publish again: %s\n%s", again[0].raw, again[1].raw)
	}

	// Someone who is not a curator.
	if ack, _ := d.command("U0EVE", "/draft", d.articles+"/03-expulsions.txt"); !strings.Contains(ack.raw, "Only curators can do that") ||
		!strings.Contains(ack.raw, "SLACK_CURATORS") {
		t.Errorf("/draft by a non-curator: %s", ack.raw)
	}

	// Discard leaves nothing behind.
	_, resp = d.command("U0ANA", "/draft", d.articles+"/03-expulsions.txt")
	card = d.posted(resp, 1)[0]
	click = d.click("U0ANA", card, "Discard")
	if m := d.posted(click, 1)[0]; !m.replaces() || !strings.Contains(m.raw, "Discarded by ana") {
		t.Errorf("the card after Discard: %s", m.raw)
	}
	if ack, _ := d.command("U0ANA", "/drafts", ""); !strings.Contains(ack.raw, "No drafts waiting") {
		t.Errorf("/drafts after the discard: %s", ack.raw)
	}
}
