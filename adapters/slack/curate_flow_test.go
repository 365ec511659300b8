package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/adapters/slack/fakeslack"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/clocktest"
	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/internal/golden"
	"github.com/briefbot/briefbot/internal/testutil"
)

// Curating on Slack with the real bot: the built-in corpus and a store of published briefings
// (kept in step by a Follower), drafting from the ingest test articles through a fetcher that
// serves them at https://news.example/NAME, against the fake Slack and signed requests.

const testArticles = "../../briefings/ingest/testdata/articles"

// slackDesk is a newsroom's Slack (T0001, SLACK_BOT_TOKEN's own) with one curator, U0ANA (Ana),
// and a member who is none, U0EVE.
type slackDesk struct {
	t     *testing.T
	fake  *fakeslack.Server
	store *bot.MemStore
	bot   *bot.Bot
	app   *App
	srv   *httptest.Server
	logs  *testutil.SyncBuffer
}

// t0Desk is when the desk's curators start work: Monday 2 March 2026, 09:00 UTC.
var t0Desk = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func newSlackDesk(t *testing.T) *slackDesk {
	t.Helper()
	d := &slackDesk{t: t, store: bot.NewMemStore(), logs: &testutil.SyncBuffer{}}
	corpus, err := briefings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	lib := briefings.NewLibrary(corpus)
	f := &bot.Follower{Store: d.store, Library: lib}
	if err := f.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	clock := clocktest.New(t0Desk)
	d.bot = bot.New(lib)
	d.bot.Now = clock.Now
	d.bot.Content, d.bot.Drafts, d.bot.Fetcher, d.bot.Sync = d.store, d.store, &testutil.ArticleFetcher{Dir: testArticles}, f.Sync
	d.bot.Curators = map[string]string{bot.Slack: "the people listed in SLACK_CURATORS"}

	d.fake = fakeslack.New(t, testClientID, testClientSecret)
	d.fake.AddToken(ownToken, fakeslack.Workspace{Team: ownTeamID, TeamName: "Newsroom"})
	log := slog.New(slog.NewTextHandler(d.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	d.app = New(d.bot, log)
	d.app.Curators = []string{"U0ANA"}
	d.app.Poster = NewPoster(slackapi.New(ownToken, slackapi.OptionAPIURL(d.fake.APIURL())), log)
	mux := http.NewServeMux()
	NewHTTP(d.app, NewVerifier(signingSecret)).Mount(mux)
	d.srv = httptest.NewServer(mux)
	t.Cleanup(d.srv.Close)
	return d
}

var userNames = map[string]string{"U0ANA": "ana", "U0BO": "bo", "U0EVE": "eve"}

func (d *slackDesk) post(path string, body []byte) (int, []byte) {
	d.t.Helper()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, d.srv.URL+path, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", Sign(signingSecret, ts, body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		d.t.Fatal(err)
	}
	defer resp.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(resp.Body)
	if resp.StatusCode != http.StatusOK {
		d.t.Fatalf("%s: %s %s", path, resp.Status, b.Bytes())
	}
	return resp.StatusCode, b.Bytes()
}

func (d *slackDesk) wait() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	d.app.Wait(ctx)
}

// command sends a slash command as user and returns its acknowledgement and what followed
// through its response_url.
func (d *slackDesk) command(user, cmd, text string) (ack wireMessage, later []wireMessage) {
	d.t.Helper()
	resp := d.fake.ResponseURL()
	v := url.Values{
		"token": {"unused"}, "team_id": {ownTeamID}, "team_domain": {"newsroom"}, "channel_id": {"C0DESK"},
		"channel_name": {"desk"}, "user_id": {user}, "user_name": {userNames[user]}, "command": {cmd}, "text": {text},
		"api_app_id": {"A0BRIEFBOT"}, "response_url": {resp}, "trigger_id": {d.fake.Trigger()},
	}
	_, body := d.post(CommandsPath, []byte(v.Encode()))
	if len(body) > 0 {
		ack = checkMessage(d.t, body)
	}
	d.wait()
	for _, p := range d.fake.Responses(resp) {
		later = append(later, checkMessage(d.t, p))
	}
	return ack, later
}

// card is a review card as a curator sees it, with the raw JSON it came in.
type card struct {
	wireMessage
	raw []byte
}

func (c card) String() string { return c.all() }

// curating counts the card's curation buttons.
func (c card) curating() int {
	n := 0
	for _, b := range c.buttons() {
		if strings.HasPrefix(b.ActionID, actionDo) {
			n++
		}
	}
	return n
}

// draft drafts an article as user, and returns the card that follows the acknowledgement.
func (d *slackDesk) draft(user, article string) card {
	d.t.Helper()
	resp := d.fake.ResponseURL()
	v := url.Values{
		"token": {"unused"}, "team_id": {ownTeamID}, "channel_id": {"C0DESK"}, "user_id": {user}, "user_name": {userNames[user]},
		"command": {"/draft"}, "text": {"https://news.example/" + article}, "response_url": {resp}, "trigger_id": {d.fake.Trigger()},
	}
	_, ack := d.post(CommandsPath, []byte(v.Encode()))
	if m := checkMessage(d.t, ack); !strings.Contains(m.all(), "Drafting a briefing from https://news.example/"+article) {
		d.t.Errorf("/draft was acknowledged with %s", ack)
	}
	d.wait()
	posts := d.fake.Responses(resp)
	if len(posts) != 1 {
		d.t.Fatalf("%d posts after /draft, want the card:\n%s", len(posts), d.logs)
	}
	return card{checkMessage(d.t, posts[0]), posts[0]}
}

// click clicks the button of c whose label starts with label, as user, and returns what was
// posted to the click's response_url.
func (d *slackDesk) click(user string, c wireMessage, label string) []card {
	d.t.Helper()
	var bt *slackapi.ButtonBlockElement
	for l, b := range c.buttons() {
		if strings.HasPrefix(l, label) {
			bt = b
		}
	}
	if bt == nil {
		d.t.Fatalf("no button %q on %s", label, c.all())
	}
	return d.clickButton(user, bt)
}

func (d *slackDesk) clickButton(user string, bt *slackapi.ButtonBlockElement) []card {
	d.t.Helper()
	resp := d.fake.ResponseURL()
	body := blockActions(ownTeamID, user, d.fake.Trigger(), resp, bt)
	// The channel the desk's cards are in.
	body = bytes.ReplaceAll(body, []byte("C0CARDS"), []byte("C0DESK"))
	d.post(InteractionsPath, body)
	d.wait()
	var out []card
	for _, p := range d.fake.Responses(resp) {
		if string(p) == string(deleteOriginal) {
			continue // sharing removes the ephemeral answer it shared
		}
		out = append(out, card{checkMessage(d.t, p), p})
	}
	return out
}

// lastView is the modal views.open opened last.
func (d *slackDesk) lastView() (string, slackapi.View) {
	d.t.Helper()
	views := d.fake.Views()
	if len(views) == 0 {
		d.t.Fatalf("no views.open:\n%s", d.logs)
	}
	raw := views[len(views)-1].Form.Get("view")
	var v slackapi.View
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		d.t.Fatal(err)
	}
	checkView(d.t, v)
	if tok := views[len(views)-1].Token; tok != ownToken {
		d.t.Errorf("views.open with token %q, want the workspace's %q", tok, ownToken)
	}
	return raw, v
}

// submit submits the modal view (views.open's JSON) as user with values and returns the
// acknowledgement's body and what was then posted to the response_url the modal carries.
func (d *slackDesk) submit(user, view string, values map[string]string) ([]byte, []card) {
	d.t.Helper()
	var v slackapi.View
	json.Unmarshal([]byte(view), &v)
	resp := decodeMeta(v.PrivateMetadata).ResponseURL
	before := len(d.fake.Responses(resp))
	_, body := d.post(InteractionsPath, viewSubmission(d.t, ownTeamID, ownTeamID, user, view, values))
	d.wait()
	var out []card
	for _, p := range d.fake.Responses(resp)[before:] {
		out = append(out, card{checkMessage(d.t, p), p})
	}
	return body, out
}

// values reads a modal's inputs as they open: what Slack submits when nothing is changed.
func formInputs(v slackapi.View) map[string]string {
	out := map[string]string{}
	for _, b := range v.Blocks.BlockSet {
		if in, ok := b.(*slackapi.InputBlock); ok {
			out[in.BlockID] = in.Element.(*slackapi.PlainTextInputBlockElement).InitialValue
		}
	}
	return out
}

// fakeResponseURL matches the fake's response_urls, which differ from run to run.
var fakeResponseURL = regexp.MustCompile(`http://127\.0\.0\.1:\d+/hooks/[A-Za-z0-9-]+`)

// keepGolden writes a Slack payload (a message, a view) as a golden file, indented, with the
// fake's response_urls written as one of Slack's.
func keepGolden(t *testing.T, name string, raw []byte) {
	t.Helper()
	raw = fakeResponseURL.ReplaceAll(raw, []byte("https://hooks.slack.com/actions/T0001/1700000001/xyz"))
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, raw, "", "  "); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, raw)
	}
	pretty.WriteByte('\n')
	golden.Check(t, filepath.Join("testdata", name+".json"), pretty.Bytes())
}

// shortcutPayload is the message_action payload Slack sends when user uses the message
// shortcut "Draft a briefing" on a message saying text, posted by U0BO in C0DESK.
func (d *slackDesk) shortcut(user, text string) []card {
	d.t.Helper()
	resp := d.fake.ResponseURL()
	payload := map[string]any{
		"type":                  "message_action",
		"token":                 "unused",
		"action_ts":             "1700000003.000400",
		"team":                  map[string]any{"id": ownTeamID, "domain": "newsroom"},
		"user":                  map[string]any{"id": user, "username": userNames[user], "name": userNames[user], "team_id": ownTeamID},
		"channel":               map[string]any{"id": "C0DESK", "name": "desk"},
		"is_enterprise_install": false,
		"enterprise":            nil,
		"callback_id":           ShortcutDraft,
		"trigger_id":            d.fake.Trigger(),
		"response_url":          resp,
		"message_ts":            "1700000000.000300",
		"message": map[string]any{
			"type": "message", "user": "U0BO", "ts": "1700000000.000300", "team": ownTeamID, "text": text,
		},
	}
	b, _ := json.Marshal(payload)
	_, body := d.post(InteractionsPath, []byte(url.Values{"payload": {string(b)}}.Encode()))
	if len(body) != 0 {
		d.t.Errorf("a shortcut acknowledged with %q; Slack wants an empty 200", body)
	}
	d.wait()
	var out []card
	for _, p := range d.fake.Responses(resp) {
		out = append(out, card{checkMessage(d.t, p), p})
	}
	return out
}

func replaces(c card) bool { return c.ReplaceOriginal != nil && *c.ReplaceOriginal }

// TestSlackCuration walks a curator through a draft on Slack, as Slack sends each step: /draft
// of an article, its review card, Edit in a modal that changes the title, the speakers' modal,
// Publish, the quote answering at once, a second click publishing nothing more; and the
// goldens of what Slack is sent at each step.
func TestSlackCuration(t *testing.T) {
	t.Parallel()
	d := newSlackDesk(t)
	c := d.draft("U0ANA", "10-alliance-summit.html")
	keepGolden(t, "curate-card", c.raw)
	bs := c.buttons()
	if p := bs["Publish"]; p == nil || p.Style != slackapi.StylePrimary || p.Confirm == nil {
		t.Errorf("Publish: %+v", p)
	}
	if p := bs["Discard"]; p == nil || p.Style != slackapi.StyleDanger || p.Confirm == nil {
		t.Errorf("Discard: %+v", p)
	}

	// Edit: a modal, opened with the click's trigger and the workspace's token; nothing else.
	if posts := d.click("U0ANA", c.wireMessage, "Edit"); len(posts) != 0 {
		t.Errorf("Edit posted %d messages besides opening the form", len(posts))
	}
	view, v := d.lastView()
	keepGolden(t, "curate-modal-edit", []byte(view))
	typed := formInputs(v)
	const newTitle = "Alliance pledges air defences for its eastern flank"
	typed["title"] = newTitle
	ack, posts := d.submit("U0ANA", view, typed)
	if len(ack) != 0 || len(posts) != 1 || !replaces(posts[0]) || posts[0].header() != newTitle {
		t.Fatalf("saving the edit: acknowledged %q, then %d posts: %v", ack, len(posts), posts)
	}
	c = posts[0]

	// Speakers: the second page holds the quote with no speaker; leave it out.
	d.click("U0ANA", c.wireMessage, "Speakers 6")
	view, v = d.lastView()
	keepGolden(t, "curate-modal-speakers", []byte(view))
	typed = formInputs(v)
	dropped := 0
	for k, val := range typed {
		if val == bot.UnknownSpeaker {
			typed[k], dropped = "-", dropped+1
		}
	}
	if dropped != 1 {
		t.Errorf("%d quotes without a speaker on the second page, want 1: %v", dropped, typed)
	}
	ack, posts = d.submit("U0ANA", view, typed)
	if len(ack) != 0 || len(posts) != 1 || !replaces(posts[0]) || strings.Contains(posts[0].all(), "speaker not found") {
		t.Fatalf("saving the speakers: acknowledged %q, then %v", ack, posts)
	}
	c = posts[0]

	// Publish: the card, updated in place, says who published it and has no buttons left; the
	// quote answers within 2 seconds (at once: publishing waits for this replica to serve it).
	posts = d.click("U0ANA", c.wireMessage, "Publish")
	if len(posts) != 1 || !replaces(posts[0]) || posts[0].curating() != 0 || !strings.Contains(posts[0].all(), "Published by ana") {
		t.Fatalf("Publish: %v", posts)
	}
	keepGolden(t, "curate-card-published", posts[0].raw)
	deadline := time.Now().Add(2 * time.Second)
	for {
		ack, _ := d.command("U0EVE", "/quote", "jonas eklund")
		if strings.Contains(ack.all(), "We will defend every inch of allied territory.") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/quote jonas eklund does not show the published quote within 2s:\n%s", ack.all())
		}
		time.Sleep(50 * time.Millisecond)
	}
	if ack, _ := d.command("U0EVE", "/briefbot", "status nato"); !strings.Contains(ack.header(), newTitle) {
		t.Errorf("/briefbot status nato: %q, want the edited title", ack.header())
	}
	id := strings.TrimSuffix(strings.Fields(strings.SplitAfter(posts[0].all(), ", as ")[1])[0], ",")
	if vs, err := d.store.History(t.Context(), id); err != nil || len(vs) != 1 {
		t.Fatalf("history of %s: %v %v", id, vs, err)
	}

	// A second click on the card as it was publishes nothing more, and says who did.
	posts = d.click("U0ANA", c.wireMessage, "Publish")
	if len(posts) != 2 || !replaces(posts[0]) || posts[0].curating() != 0 || posts[1].ResponseType != "ephemeral" ||
		!strings.Contains(posts[1].all(), "ana") {
		t.Errorf("Publish again: %v", posts)
	}
	if vs, _ := d.store.History(t.Context(), id); len(vs) != 1 {
		t.Errorf("%d versions of %s after a second click, want 1", len(vs), id)
	}
}

// TestSlackDiscardLeavesNothing: a discarded draft is gone from /drafts, and nothing of it is
// published.
func TestSlackDiscardLeavesNothing(t *testing.T) {
	t.Parallel()
	d := newSlackDesk(t)
	c := d.draft("U0ANA", "03-expulsions.txt")
	if _, later := d.command("U0ANA", "/drafts", ""); len(later) != 0 {
		t.Errorf("/drafts answered late: %v", later)
	}
	ack, _ := d.command("U0ANA", "/drafts", "")
	if !strings.Contains(ack.all(), "ana") {
		t.Fatalf("/drafts before discarding: %s", ack.all())
	}
	posts := d.click("U0ANA", c.wireMessage, "Discard")
	if len(posts) != 1 || !replaces(posts[0]) || posts[0].curating() != 0 || !strings.Contains(posts[0].all(), "Discarded by ana") {
		t.Fatalf("Discard: %v", posts)
	}
	keepGolden(t, "curate-card-discarded", posts[0].raw)
	open, err := d.store.OpenDrafts(t.Context(), bot.Slack, ownTeamID)
	if err != nil || len(open) != 0 {
		t.Errorf("open drafts after Discard: %v %v", open, err)
	}
	snap, err := d.store.Snapshot(t.Context())
	if err != nil || len(snap.Versions) != 0 {
		t.Errorf("published after a discard: %v %v", snap.Versions, err)
	}
}

// TestSlackShortcutDrafts: the message shortcut drafts from the link in the message (Slack's
// <url|label> markup), acknowledging at once and answering the curator alone.
func TestSlackShortcutDrafts(t *testing.T) {
	t.Parallel()
	d := newSlackDesk(t)
	posts := d.shortcut("U0ANA", "Worth a briefing? &lt;3 <https://news.example/03-expulsions.txt|news.example/03-expulsions.txt>")
	if len(posts) != 2 {
		t.Fatalf("%d posts to the shortcut's response_url, want the acknowledgement and the card", len(posts))
	}
	if !strings.Contains(posts[0].all(), "Drafting a briefing from https://news.example/03-expulsions.txt") || posts[0].ResponseType != "ephemeral" {
		t.Errorf("acknowledgement: %s", posts[0].all())
	}
	if posts[1].ResponseType != "ephemeral" || posts[1].buttons()["Publish"] == nil || !strings.Contains(posts[1].all(), "03-expulsions.txt") {
		t.Errorf("card: %s", posts[1].all())
	}
	posts = d.shortcut("U0ANA", "no link here, only <#C0DESK|desk>")
	if len(posts) != 1 || !strings.Contains(posts[0].all(), "no link to draft from") {
		t.Errorf("a message without a link: %v", posts)
	}
}

// TestSlackNonCurator: someone not in SLACK_CURATORS is refused everything curating takes, and
// told who may; a click on a curator's card, or a form as if opened from it, changes nothing.
func TestSlackNonCurator(t *testing.T) {
	t.Parallel()
	d := newSlackDesk(t)
	const who = "the people listed in SLACK_CURATORS"

	ack, later := d.command("U0EVE", "/draft", "https://news.example/03-expulsions.txt")
	if ack.header() != "Only curators can do that" || !strings.Contains(ack.all(), who) || len(later) != 0 {
		t.Errorf("/draft: %s (then %d posts)", ack.all(), len(later))
	}
	if posts := d.shortcut("U0EVE", "<https://news.example/03-expulsions.txt>"); len(posts) != 1 || !strings.Contains(posts[0].all(), who) {
		t.Errorf("shortcut: %v", posts)
	}
	if ack, _ := d.command("U0EVE", "/drafts", ""); !strings.Contains(ack.all(), who) {
		t.Errorf("/drafts: %s", ack.all())
	}

	c := d.draft("U0ANA", "03-expulsions.txt")
	for _, label := range []string{"Publish", "Discard", "Edit"} {
		posts := d.click("U0EVE", c.wireMessage, label)
		if len(posts) != 1 || posts[0].ResponseType != "ephemeral" || replaces(posts[0]) || !strings.Contains(posts[0].all(), who) {
			t.Errorf("%s clicked by a non-curator: %v", label, posts)
		}
	}
	if n := len(d.fake.Views()); n != 0 {
		t.Errorf("%d forms opened for a non-curator", n)
	}
	// A form as Ana opened it, submitted as Eve (forged, or Eve left SLACK_CURATORS meanwhile).
	d.click("U0ANA", c.wireMessage, "Edit")
	view, v := d.lastView()
	typed := formInputs(v)
	typed["title"] = "Eve's title"
	ack2, posts := d.submit("U0EVE", view, typed)
	if len(ack2) != 0 || len(posts) != 1 || replaces(posts[0]) || !strings.Contains(posts[0].all(), who) {
		t.Errorf("a form submitted by a non-curator: %q then %v", ack2, posts)
	}
	open, _ := d.store.OpenDrafts(t.Context(), bot.Slack, ownTeamID)
	if len(open) != 1 || open[0].Version != 1 || strings.Contains(open[0].Content.Title, "Eve") {
		t.Errorf("the draft after Eve's clicks and form: %+v", open)
	}
	if snap, _ := d.store.Snapshot(t.Context()); len(snap.Versions) != 0 {
		t.Errorf("published by a non-curator: %v", snap.Versions)
	}
}

// TestSlackCardsWithinLimits drafts every ingest test article and checks what Slack would be
// sent for each: the card (at most 50 blocks, 3,000 characters a text, nothing that mentions
// anyone) and every form it opens (at most 100 blocks, a title of 24 characters, inputs of
// 3,000).
func TestSlackCardsWithinLimits(t *testing.T) {
	t.Parallel()
	d := newSlackDesk(t)
	names, err := filepath.Glob(filepath.Join(testArticles, "*"))
	if err != nil {
		t.Fatal(err)
	}
	cards := 0
	for i, name := range names {
		base := filepath.Base(name)
		if !strings.HasSuffix(base, ".txt") && !strings.HasSuffix(base, ".html") {
			continue
		}
		// One curator an article: drafting is limited per curator.
		req := bot.Request{Platform: bot.Slack, Workspace: ownTeamID, Channel: "C0DESK", User: fmt.Sprintf("U0C%03d", i), UserName: "cu", CanCurate: true, ID: "t"}
		req.Command, req.Text = draftCommand, "https://news.example/"+base
		r := d.bot.Handle(t.Context(), req)
		if r.Kind != bot.Answer {
			t.Errorf("%s: %s", base, Render(r, "").Text)
			continue
		}
		cards++
		t.Run(base, func(t *testing.T) {
			checkMessage(t, Render(r, "").AppendJSON(nil, false))
			checkMessage(t, Render(r, "").AppendReplaceJSON(nil))
			for _, a := range r.Actions {
				if a.Do == "" || !(strings.HasPrefix(a.Do, "edit:") || strings.HasPrefix(a.Do, "speakers:")) {
					continue
				}
				e := d.bot.Act(t.Context(), req, a.Do)
				if e.Form == nil {
					t.Errorf("%s opened no form", a.Label)
					continue
				}
				meta := formMeta{ResponseURL: "https://hooks.slack.com/actions/T0001/1700000001/" + strings.Repeat("x", 60), Channel: "C0DESK"}
				var v slackapi.View
				if err := json.Unmarshal(mustJSON(renderForm(*e.Form, meta)), &v); err != nil {
					t.Fatal(err)
				}
				checkView(t, v)
			}
		})
	}
	if cards < 10 {
		t.Errorf("only %d articles drafted", cards)
	}
}

// mention sends an app_mention of the bot by user in C0DESK, in the thread of 1699999999.000050,
// and waits until it is handled.
func (d *slackDesk) mention(id, user, text string) {
	d.t.Helper()
	b, _ := json.Marshal(map[string]any{
		"token": "unused", "team_id": ownTeamID, "api_app_id": "A0BRIEFBOT", "type": "event_callback",
		"event_id": id, "event_time": 1700000000,
		"authorizations": []any{map[string]any{"team_id": ownTeamID, "user_id": "U0BOT", "is_bot": true}},
		"event": map[string]any{
			"type": "app_mention", "user": user, "text": text, "ts": "1700000000.000500",
			"thread_ts": "1699999999.000050", "channel": "C0DESK", "event_ts": "1700000000.000500",
		},
	})
	d.post(EventsPath, b)
	d.wait()
}

// leaveOutUnknown leaves out, page by page of the Speakers forms, every quote of the card's
// draft whose speaker was not found, and returns the card after.
func (d *slackDesk) leaveOutUnknown(user string, c card) card {
	d.t.Helper()
	var pages []string
	for l := range c.buttons() {
		if strings.HasPrefix(l, "Speakers") {
			pages = append(pages, l)
		}
	}
	for _, p := range pages {
		d.click(user, c.wireMessage, p)
		view, v := d.lastView()
		typed := formInputs(v)
		for k, val := range typed {
			if val == bot.UnknownSpeaker {
				typed[k] = "-"
			}
		}
		_, posts := d.submit(user, view, typed)
		if len(posts) != 1 || !replaces(posts[0]) {
			d.t.Fatalf("saving %s: %v", p, posts)
		}
		c = posts[0]
	}
	return c
}

// TestSlackMentionDrafts: "@briefbot draft <link>" answers the curator alone, in the thread:
// the acknowledgement and the card are ephemeral (chat.postEphemeral), and nothing is posted
// for the channel; someone else's is refused the same way.
func TestSlackMentionDrafts(t *testing.T) {
	t.Parallel()
	d := newSlackDesk(t)
	d.mention("Ev0DRAFT1", "U0ANA", "<@U0BOT> draft <https://news.example/03-expulsions.txt|news.example/03-expulsions.txt>")
	eph := d.fake.Ephemerals("C0DESK")
	if len(eph) != 2 {
		t.Fatalf("%d ephemeral messages, want the acknowledgement and the card:\n%s", len(eph), d.logs)
	}
	for _, e := range eph {
		if e.Form.Get("user") != "U0ANA" || e.Form.Get("thread_ts") != "1699999999.000050" || e.Token != ownToken {
			t.Errorf("chat.postEphemeral to %q in thread %q with %q", e.Form.Get("user"), e.Form.Get("thread_ts"), e.Token)
		}
	}
	if !strings.Contains(eph[0].Form.Get("text"), "Drafting a briefing from https://news.example/03-expulsions.txt") {
		t.Errorf("acknowledgement: %s", eph[0].Form.Get("text"))
	}
	var blocks slackapi.Blocks
	json.Unmarshal([]byte(eph[1].Form.Get("blocks")), &blocks)
	m := checkMessage(t, mustJSON(map[string]any{"text": eph[1].Form.Get("text"), "blocks": blocks}))
	if pub := m.buttons()["Publish"]; pub == nil || !strings.HasPrefix(pub.ActionID, actionDo) {
		t.Errorf("the card in the thread: %s", m.all())
	}
	if n := len(d.fake.Posts("C0DESK")); n != 0 {
		t.Errorf("%d messages posted for the channel", n)
	}

	d.mention("Ev0DRAFT2", "U0EVE", "<@U0BOT> draft https://news.example/03-expulsions.txt")
	eph = d.fake.Ephemerals("C0DESK")
	if len(eph) != 3 || eph[2].Form.Get("user") != "U0EVE" || !strings.Contains(eph[2].Form.Get("text"), "Only curators can do that") {
		t.Errorf("a non-curator's mention: %d ephemeral messages, the last %v", len(eph), eph[len(eph)-1].Form)
	}
	// A question by mention goes to the thread, for everyone, without a curator's buttons.
	d.mention("Ev0STATUS", "U0ANA", "<@U0BOT> status ukraine")
	posts := d.fake.Posts("C0DESK")
	if len(posts) != 1 || strings.Contains(posts[0].Form.Get("blocks"), actionDo) {
		t.Errorf("a curator's question by mention: %d posts %v", len(posts), posts)
	}
}

// TestSlackRetractAndCache: a curator's /status carries Retract under a briefing published into
// the store, and the cache never serves one person's answer to the other: a member asking first
// does not take Ana's buttons away, and Ana asking first gives the member none. Retract asks the
// reason in a modal and retracts.
func TestSlackRetractAndCache(t *testing.T) {
	t.Parallel()
	d := newSlackDesk(t)
	d.app.Cache = NewCache(100, 1<<20)
	c := d.leaveOutUnknown("U0ANA", d.draft("U0ANA", "10-alliance-summit.html"))
	posts := d.click("U0ANA", c.wireMessage, "Publish")
	if len(posts) != 1 || !strings.Contains(posts[0].all(), "Published by ana") {
		t.Fatalf("Publish: %v", posts)
	}
	topic := ""
	for _, b := range posts[0].buttons() {
		if strings.HasPrefix(b.Value, "/status ") {
			topic = strings.TrimPrefix(b.Value, "/status ")
		}
	}
	if topic == "" {
		t.Fatalf("no topic to ask about: %s", posts[0].all())
	}
	retractOf := func(m wireMessage) *slackapi.ButtonBlockElement {
		for l, b := range m.buttons() {
			if strings.HasPrefix(l, "Retract") {
				return b
			}
		}
		return nil
	}
	for i, user := range []string{"U0EVE", "U0ANA", "U0EVE", "U0ANA"} {
		ack, _ := d.command(user, "/briefbot", "status "+topic)
		got := retractOf(ack)
		if (user == "U0ANA") != (got != nil) {
			t.Errorf("ask %d, by %s: Retract %v", i, user, got)
		}
		if got != nil && (got.Style != slackapi.StyleDanger || !strings.HasPrefix(got.ActionID, actionDo)) {
			t.Errorf("Retract: %+v", got)
		}
		if b := ack.buttons()["Share in channel"]; b != nil {
			// Sharing asks again for everyone: no curator's buttons in the channel.
			shared := d.clickButton(user, b)
			if len(shared) == 0 || retractOf(shared[0].wireMessage) != nil {
				t.Errorf("shared by %s: %v", user, shared)
			}
		}
	}
	ack, _ := d.command("U0ANA", "/briefbot", "status "+topic)
	retract := retractOf(ack)
	if retract == nil {
		t.Fatalf("no Retract for the curator: %s", ack.all())
	}
	if posts := d.clickButton("U0ANA", retract); len(posts) != 0 {
		t.Errorf("Retract posted %v besides its form", posts)
	}
	view, v := d.lastView()
	reason := map[string]string{}
	for name := range formInputs(v) {
		reason[name] = "Wrong date in the source"
	}
	body, out := d.submit("U0ANA", view, reason)
	if len(body) != 0 || len(out) == 0 || !strings.Contains(out[len(out)-1].all(), "Retracted") {
		t.Errorf("retracting: %q then %v", body, out)
	}
	if ack, _ := d.command("U0ANA", "/briefbot", "status "+topic); retractOf(ack) != nil {
		t.Errorf("still a Retract button after retracting: %s", ack.all())
	}
}
