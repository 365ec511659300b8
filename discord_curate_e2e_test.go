package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
)

// TestDiscordCurationAsACuratorWould runs the bot as it is deployed, with
//
//	DISCORD_PUBLIC_KEY=… DISCORD_BOT_TOKEN=… DISCORD_APP_ID=… DISCORD_API_URL=<fake Discord>
//	INGEST_ALLOW_PRIVATE=true BRIEFINGS_DIR=<a registry> DATABASE_URL=sqlite:…
//
// and curates a local test article the way Discord would deliver it: signed
// requests to the HTTP endpoint, and the same over the gateway. A curator's
// /draft leads to a review card with a Publish button; Publish asks first,
// and Yes makes /quote show the new quote within 2 seconds; Yes again
// publishes nothing more; Edit opens a modal, and the submitted title is
// what gets published; Discard leaves nothing behind; a member without
// Manage Messages is refused everything and changes nothing.
func TestDiscordCurationAsACuratorWould(t *testing.T) {
	t.Parallel()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	dir := articleRegistryDir(t)
	site := httptest.NewServer(http.FileServer(http.Dir("briefings/ingest/testdata/articles")))
	t.Cleanup(site.Close)
	fake := discordtest.NewServer(t, wireApp, wireToken)
	addr := freeAddr(t)
	startBot(t, map[string]string{
		"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "DISCORD_BOT_TOKEN": wireToken, "DISCORD_APP_ID": wireApp,
		"DISCORD_GUILD_ID": wireGuild, "DISCORD_API_URL": fake.APIURL(), "HTTP_ADDR": addr,
		"INGEST_ALLOW_PRIVATE": "true", "BRIEFINGS_DIR": dir,
		"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "briefbot.db"),
	})
	select {
	case <-fake.Identified():
	case <-time.After(15 * time.Second):
		t.Fatal("the bot never identified on the gateway")
	}
	d := &discordUser{t: t, url: "http://" + addr + "/discord/interactions", priv: priv, fake: fake}

	// Over the HTTP endpoint.
	card := d.draft(curatorMember, "/01-grain-corridor.txt", site.URL, false)
	if !strings.Contains(string(card.JSON()), "Grain corridor talks stall") {
		t.Fatalf("the card: %s", card.JSON())
	}
	refusedE2E(t, "a member's /draft", d.send(plainMember, commandBody("draft", map[string]any{"url": site.URL + "/02-rate-rise.txt"}), false))
	refusedE2E(t, "a member's Publish", d.send(plainMember, clickBody("publish:1:1", card), false))
	refusedE2E(t, "a member's edit", d.send(plainMember, submitBody("edit:1:1", map[string]string{"title": "Hijacked"}, card), false))

	edit := d.send(curatorMember, clickBody(buttonID(t, card, "Edit", ""), card), false)
	var modal struct {
		Type int `json:"type"`
		Data struct {
			CustomID   string `json:"custom_id"`
			Components []struct {
				Component struct {
					CustomID string `json:"custom_id"`
					Value    string `json:"value"`
				} `json:"component"`
			} `json:"components"`
		} `json:"data"`
	}
	json.Unmarshal(edit, &modal)
	if modal.Type != 9 || modal.Data.CustomID == "" {
		t.Fatalf("Edit: %s, want a modal", edit)
	}
	values := map[string]string{}
	for _, c := range modal.Data.Components {
		values[c.Component.CustomID] = c.Component.Value
	}
	values["title"] = "Brenn Strait grain talks stall"
	d.update(card, d.send(curatorMember, submitBody(modal.Data.CustomID, values, card), false))
	d.update(card, d.send(curatorMember, clickBody(buttonID(t, card, "Publish", ""), card), false))
	if !strings.Contains(string(card.Field("content")), "Publish this briefing?") {
		t.Fatalf("Publish did not ask first: %s", card.JSON())
	}
	yes := buttonID(t, card, "", "yes:")
	confirmStep, _ := discordtest.NewMessage("1", card.JSON())
	d.update(card, d.send(curatorMember, clickBody(yes, card), false))
	if !strings.Contains(string(card.JSON()), "Published by Ana") {
		t.Fatalf("after Yes: %s", card.JSON())
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		q := d.send(plainMember, commandBody("quote", map[string]any{"speaker": "osei"}), false)
		if bytes.Contains(q, []byte("They want to check our ships")) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/quote osei 2 s after publishing: %s", q)
		}
		time.Sleep(20 * time.Millisecond)
	}
	again := d.send(curatorMember, clickBody(yes, confirmStep), false)
	if !bytes.HasPrefix(again, []byte(`{"type":7`)) || !bytes.Contains(again, []byte("(version 1)")) {
		t.Errorf("Yes again: %s, want the card as it stands, published once", again)
	}
	deadline = time.Now().Add(15 * time.Second)
	for !d.followedUp("published") {
		if time.Now().After(deadline) {
			t.Fatal("Yes again: no note saying who published it")
		}
		time.Sleep(5 * time.Millisecond)
	}
	st := d.send(plainMember, commandBody("status", map[string]any{"topic": "trade"}), false)
	if !bytes.Contains(st, []byte(`"title":"Trade: Brenn Strait grain talks stall"`)) {
		t.Errorf("/status trade does not show the edited title: %s", st)
	}

	// Over the gateway: the context-menu command, then Discard.
	card = d.draftMenu(curatorMember, "have a look: "+site.URL+"/03-expulsions.txt")
	d.update(card, d.send(curatorMember, clickBody(buttonID(t, card, "Discard", ""), card), true))
	d.update(card, d.send(curatorMember, clickBody(buttonID(t, card, "", "yes:"), card), true))
	if !strings.Contains(string(card.JSON()), "Nothing was published") || strings.Contains(string(card.Field("components")), "custom_id") {
		t.Errorf("after Discard: %s", card.JSON())
	}
	list := d.send(curatorMember, commandBody("drafts", nil), true)
	if bytes.Contains(list, []byte("03-expulsions")) {
		t.Errorf("/drafts still lists the discarded draft: %s", list)
	}
	refusedE2E(t, "a member's Draft a briefing over the gateway", d.send(plainMember, menuBody("see "+site.URL+"/04-storm.txt"), true))
}

// Members as Discord sends them: a curator has Manage Messages (8192).
var (
	curatorMember = map[string]any{"permissions": strconv.Itoa(83968 | 8192), "roles": []string{}, "user": map[string]any{"id": "80351110224678913", "username": "ana", "global_name": "Ana"}}
	plainMember   = map[string]any{"permissions": "83968", "roles": []string{}, "user": map[string]any{"id": "80351110224678914", "username": "eve", "global_name": "Eve"}}
)

func commandBody(name string, options map[string]any) map[string]any {
	var opts []any
	for k, v := range options {
		opts = append(opts, map[string]any{"name": k, "type": 3, "value": v})
	}
	return map[string]any{"type": 2, "data": map[string]any{"id": "1", "name": name, "type": 1, "options": opts}}
}

func menuBody(content string) map[string]any {
	const target = "1200000000000000042"
	return map[string]any{"type": 2, "data": map[string]any{
		"id": "2", "name": "Draft a briefing", "type": 3, "target_id": target,
		"resolved": map[string]any{"messages": map[string]any{target: map[string]any{"id": target, "content": content, "embeds": []any{}}}},
	}}
}

func clickBody(id string, msg *discordtest.Message) map[string]any {
	return map[string]any{"type": 3, "data": map[string]any{"custom_id": id, "component_type": 2}, "message": msg.Object()}
}

func submitBody(id string, values map[string]string, msg *discordtest.Message) map[string]any {
	var comps []any
	for k, v := range values {
		comps = append(comps, map[string]any{"type": 18, "component": map[string]any{"type": 4, "custom_id": k, "value": v}})
	}
	return map[string]any{"type": 5, "data": map[string]any{"custom_id": id, "components": comps}, "message": msg.Object()}
}

// discordUser plays Discord for the bot: it delivers interactions, signed
// to the endpoint or over the fake gateway, and keeps the message the
// responses make.
type discordUser struct {
	t    *testing.T
	url  string
	priv ed25519.PrivateKey
	fake *discordtest.Server
	seq  atomic.Int64
}

// send delivers an interaction from member m and returns the response.
func (d *discordUser) send(m map[string]any, in map[string]any, gateway bool) []byte {
	t := d.t
	t.Helper()
	id := strconv.FormatInt(1300000000000100000+d.seq.Add(1), 10)
	in["id"], in["application_id"], in["token"], in["version"] = id, wireApp, "tok"+id, 1
	in["guild_id"], in["channel_id"], in["member"] = wireGuild, "998877665544332211", m
	if gateway {
		if err := d.fake.Dispatch("INTERACTION_CREATE", in); err != nil {
			t.Fatal(err)
		}
		path := "/interactions/" + id + "/tok" + id + "/callback"
		deadline := time.Now().Add(15 * time.Second)
		for len(d.fake.RequestsTo(http.MethodPost, path)) == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("no callback for %v", in["data"])
			}
			time.Sleep(5 * time.Millisecond)
		}
		return d.fake.RequestsTo(http.MethodPost, path)[0].Body
	}
	body, _ := json.Marshal(in)
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, d.url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(d.priv, append([]byte(stamp), body...))))
	req.Header.Set("X-Signature-Timestamp", stamp)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%d %s", resp.StatusCode, out)
	}
	if !bytes.Contains(out, []byte(`"allowed_mentions":{"parse":[]}`)) && !bytes.Contains(out, []byte(`"type":9`)) && !bytes.Contains(out, []byte(`"type":6`)) {
		t.Errorf("a response lets mentions ping: %s", out)
	}
	return out
}

// draft runs /draft of the article at path and returns the card edited in.
func (d *discordUser) draft(m map[string]any, path, site string, gateway bool) *discordtest.Message {
	before := len(d.fake.RequestsTo(http.MethodPatch, "/webhooks/"))
	return d.deferred(before, d.send(m, commandBody("draft", map[string]any{"url": site + path}), gateway))
}

// draftMenu runs "Draft a briefing" over the gateway on a message.
func (d *discordUser) draftMenu(m map[string]any, content string) *discordtest.Message {
	before := len(d.fake.RequestsTo(http.MethodPatch, "/webhooks/"))
	return d.deferred(before, d.send(m, menuBody(content), true))
}

// deferred waits for the card edited into a deferred response, the edit
// after the first before.
func (d *discordUser) deferred(before int, resp []byte) *discordtest.Message {
	t := d.t
	t.Helper()
	if !bytes.HasPrefix(resp, []byte(`{"type":5`)) || !bytes.Contains(resp, []byte(`"flags":64`)) {
		t.Fatalf("/draft: %s, want a deferred ephemeral response", resp)
	}
	deadline := time.Now().Add(15 * time.Second)
	for len(d.fake.RequestsTo(http.MethodPatch, "/webhooks/")) == before {
		if time.Now().After(deadline) {
			t.Fatal("the card was never edited in")
		}
		time.Sleep(5 * time.Millisecond)
	}
	edits := d.fake.RequestsTo(http.MethodPatch, "/webhooks/")
	msg, _ := discordtest.NewMessage("1", []byte(`{"flags":64}`))
	msg.Apply(edits[len(edits)-1].Body)
	return msg
}

// followedUp reports whether a follow-up message holding word was sent.
func (d *discordUser) followedUp(word string) bool {
	for _, r := range d.fake.RequestsTo(http.MethodPost, "/webhooks/"+wireApp+"/") {
		if !strings.Contains(r.Path, "/messages/") && bytes.Contains(r.Body, []byte(word)) && bytes.Contains(r.Body, []byte(`"flags":64`)) {
			return true
		}
	}
	return false
}

// update applies an UPDATE_MESSAGE response to msg.
func (d *discordUser) update(msg *discordtest.Message, resp []byte) {
	d.t.Helper()
	var r struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	json.Unmarshal(resp, &r)
	if r.Type != 7 {
		d.t.Fatalf("%s, want the message updated", resp)
	}
	msg.Apply(r.Data)
}

// buttonID finds the custom id of msg's button labelled label, or whose id
// starts with prefix.
func buttonID(t *testing.T, msg *discordtest.Message, label, prefix string) string {
	t.Helper()
	var rows []struct {
		Components []struct {
			Label    string `json:"label"`
			CustomID string `json:"custom_id"`
		} `json:"components"`
	}
	json.Unmarshal(msg.Field("components"), &rows)
	for _, r := range rows {
		for _, b := range r.Components {
			if (label != "" && b.Label == label) || (prefix != "" && strings.HasPrefix(b.CustomID, prefix)) {
				return b.CustomID
			}
		}
	}
	t.Fatalf("no button %q%q in %s", label, prefix, msg.JSON())
	return ""
}

func refusedE2E(t *testing.T, what string, resp []byte) {
	t.Helper()
	if !bytes.HasPrefix(resp, []byte(`{"type":4`)) || !bytes.Contains(resp, []byte("Only curators")) || !bytes.Contains(resp, []byte(`"flags":64`)) {
		t.Errorf("%s: %s, want an ephemeral refusal", what, resp)
	}
}

// articleRegistryDir is a curated folder holding only the ingest test
// articles' registry, so drafts of those articles name its speakers.
func articleRegistryDir(t *testing.T) string {
	t.Helper()
	reg, err := os.ReadFile("briefings/ingest/testdata/articles/registry.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "registry.yaml"), reg, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}
