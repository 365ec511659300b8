package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	stdmaps "maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// stubCuration stands in for the bot's curation in the tests of the adapter's side of it: what
// Slack's payloads become, and how each part of an effect reaches Slack. It answers with what a
// test sets, and records what it was asked. (The flows on the real bot are in
// curate_flow_test.go and the wiring test.)
type stubCuration struct {
	mu      sync.Mutex
	acts    []stubCall
	submits []stubCall

	act    func(req bot.Request, do string) bot.Effect
	submit func(req bot.Request, form string, values map[string]string) bot.Effect
	// stall, when set, runs before Submit answers.
	stall func()
}

type stubCall struct {
	req    bot.Request
	do     string // the action, or the form's id
	values map[string]string
}

func (s *stubCuration) Act(_ context.Context, req bot.Request, do string) bot.Effect {
	s.mu.Lock()
	s.acts = append(s.acts, stubCall{req: req, do: do})
	s.mu.Unlock()
	if s.act == nil {
		return bot.Effect{}
	}
	return s.act(req, do)
}

func (s *stubCuration) Submit(_ context.Context, req bot.Request, form string, values map[string]string) bot.Effect {
	s.mu.Lock()
	s.submits = append(s.submits, stubCall{req: req, do: form, values: values})
	s.mu.Unlock()
	if s.stall != nil {
		s.stall()
	}
	if s.submit == nil {
		return bot.Effect{}
	}
	return s.submit(req, form, values)
}

func (s *stubCuration) calls() (acts, submits []stubCall) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.acts), slices.Clone(s.submits)
}

// blockActions is the block_actions payload Slack sends when user of team clicks button bt of
// an ephemeral message in channel C0CARDS, with the click's own trigger_id and response_url.
func blockActions(team, user, trigger, responseURL string, bt *slackapi.ButtonBlockElement) []byte {
	payload := map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": user, "username": nameOf(user), "name": nameOf(user), "team_id": team},
		"api_app_id":   "A0BRIEFBOT",
		"token":        "unused",
		"container":    map[string]any{"type": "message", "message_ts": "1700000000.000100", "channel_id": "C0CARDS", "is_ephemeral": true},
		"trigger_id":   trigger,
		"team":         map[string]any{"id": team, "domain": "example"},
		"enterprise":   nil,
		"channel":      map[string]any{"id": "C0CARDS", "name": "newsroom"},
		"state":        map[string]any{"values": map[string]any{}},
		"response_url": responseURL,
		"actions": []any{map[string]any{
			"type": "button", "action_id": bt.ActionID, "block_id": "briefbot_do_0badcafe", "value": bt.Value,
			"text": map[string]any{"type": "plain_text", "text": bt.Text.Text, "emoji": true}, "action_ts": "1700000001.000200",
		}},
	}
	b, _ := json.Marshal(payload)
	return []byte(url.Values{"payload": {string(b)}}.Encode())
}

// viewSubmission is the view_submission payload Slack sends when user of team submits the modal
// opened with view (views.open's JSON), having typed values into its inputs. team "" is how an
// org-wide install's payload comes: "team": null, the workspace only in user.team_id.
func viewSubmission(t *testing.T, team, userTeam, user, view string, values map[string]string) []byte {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal([]byte(view), &v); err != nil {
		t.Fatalf("view: %v\n%s", err, view)
	}
	state := map[string]any{}
	for name, val := range values {
		state[name] = map[string]any{inputAction: map[string]any{"type": "plain_text_input", "value": val}}
	}
	v["id"], v["team_id"], v["hash"] = "V0EDIT", userTeam, "1700000002.abcdef"
	v["state"] = map[string]any{"values": state}
	var teamField any
	if team != "" {
		teamField = map[string]any{"id": team, "domain": "example"}
	}
	payload := map[string]any{
		"type":       "view_submission",
		"team":       teamField,
		"user":       map[string]any{"id": user, "username": nameOf(user), "name": nameOf(user), "team_id": userTeam},
		"api_app_id": "A0BRIEFBOT",
		"token":      "unused",
		"trigger_id": "12466734323.1395872398.31e8cb2e2d6e2e7a4d3f0c1a",
		"view":       v,
		"enterprise": nil,
	}
	b, _ := json.Marshal(payload)
	return []byte(url.Values{"payload": {string(b)}}.Encode())
}

// curateEnv is the adapter with installed workspaces beside SLACK_BOT_TOKEN's own, and a
// curation stub.
type curateEnv struct {
	*oauthEnv
	stub *stubCuration
}

func newCurateEnv(t *testing.T) *curateEnv {
	e := &curateEnv{oauthEnv: newOAuthEnv(t), stub: &stubCuration{}}
	e.app.curation = e.stub
	e.app.Curators = []string{"U0ANA", "T0ACME:U0BEN"}
	return e
}

func (e *curateEnv) wait() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	e.app.Wait(ctx)
}

// card is a review card as the bot shows one: its buttons carry curation actions.
func testCard(version string) bot.Reply {
	return bot.Reply{
		Kind:  bot.Answer,
		Title: "Draft: Talks resume <!channel>",
		Text:  "Summary & more.",
		Actions: []bot.Action{
			{Label: "Publish", Do: "publish:d1:" + version, Style: bot.Primary,
				Confirm: &bot.Confirm{Title: "Publish this briefing?", Text: "Everyone will see it. <!here>", Yes: "Publish", No: "Not yet"}},
			{Label: "Edit", Do: "edit:d1:" + version},
			{Label: "Discard", Do: "discard:d1:" + version, Style: bot.Danger,
				Confirm: &bot.Confirm{Title: "Discard this draft?", Text: "It cannot be brought back.", Yes: "Discard", No: "Keep it"}},
			{Label: "More from Putin", Command: "/quote vladimir-putin"},
		},
	}
}

// TestDoButtons: a curation action is a button whose value is the action as the bot gave it,
// with its style and its confirmation dialog, escaped and within Slack's limits; the buttons'
// block gets a new block_id with each version of the card, as Slack asks of updated messages.
func TestDoButtons(t *testing.T) {
	t.Parallel()
	m := checkMessage(t, Render(testCard("3"), "").AppendJSON(nil, false))
	bs := m.buttons()
	pub, edit, disc, more := bs["Publish"], bs["Edit"], bs["Discard"], bs["More from Putin"]
	if pub == nil || edit == nil || disc == nil || more == nil {
		t.Fatalf("buttons %v", bs)
	}
	if pub.Value != "publish:d1:3" || !strings.HasPrefix(pub.ActionID, actionDo) || pub.Style != slackapi.StylePrimary {
		t.Errorf("Publish: %+v", pub)
	}
	if pub.Confirm == nil || pub.Confirm.Title.Text != "Publish this briefing?" || pub.Confirm.Confirm.Text != "Publish" ||
		pub.Confirm.Deny.Text != "Not yet" || pub.Confirm.Text.Text != "Everyone will see it. &lt;!here&gt;" || pub.Confirm.Style != slackapi.StylePrimary {
		t.Errorf("Publish's confirmation: %+v", pub.Confirm)
	}
	if edit.Confirm != nil || edit.Style != "" || edit.Value != "edit:d1:3" {
		t.Errorf("Edit: %+v", edit)
	}
	if disc.Style != slackapi.StyleDanger || disc.Confirm == nil || disc.Confirm.Style != slackapi.StyleDanger {
		t.Errorf("Discard: %+v", disc)
	}
	if !strings.HasPrefix(more.ActionID, actionRun) || more.Value != "/quote vladimir-putin" {
		t.Errorf("a command button among curation buttons: %+v", more)
	}
	id := func(r bot.Reply) string {
		var msg wireMessage
		json.Unmarshal(Render(r, "").AppendJSON(nil, false), &msg)
		for _, b := range msg.Blocks.BlockSet {
			if a, ok := b.(*slackapi.ActionBlock); ok {
				return a.BlockID
			}
		}
		return ""
	}
	if a, b := id(testCard("3")), id(testCard("4")); a == b || !strings.HasPrefix(a, actionDo) {
		t.Errorf("block_id %q for version 3 and %q for version 4; want two new ones", a, b)
	}
	plainAnswer := bot.Reply{Title: "x", Actions: []bot.Action{{Label: "More", Command: "/quote putin"}}}
	if got := id(plainAnswer); got != actionsBlockID {
		t.Errorf("an answer's buttons have block_id %q, want %q as before", got, actionsBlockID)
	}
}

// TestCanCurate: who curates is read from the signed payload's workspace and user.
func TestCanCurate(t *testing.T) {
	t.Parallel()
	e := newCurateEnv(t)
	e.app.Curators = []string{"U0ANA", "T0ACME:U0BEN", "E0GRID:W0CLA"}
	single := New(e.bot, nil)
	single.Curators = e.app.Curators
	ctx := t.Context()
	for _, tc := range []struct {
		team, org, user string
		multi, alone    bool // with installs beside SLACK_BOT_TOKEN's own workspace; SLACK_BOT_TOKEN alone
	}{
		{ownTeamID, "", "U0ANA", true, true},
		{"T0ACME", "", "U0ANA", false, true}, // a bare id is a user of SLACK_BOT_TOKEN's workspace
		{"T0ACME", "", "U0BEN", true, true},
		{ownTeamID, "", "U0BEN", false, false},
		{"T0OTHER", "", "U0BEN", false, false},
		{"T0GRID1", "E0GRID", "W0CLA", true, true},
		{"T0GRID1", "", "W0CLA", false, false},
		{"T0ACME", "", "U0NOBODY", false, false},
		{"T0ACME", "", "", false, false},
	} {
		if got := e.app.canCurate(ctx, tc.team, tc.org, tc.user); got != tc.multi {
			t.Errorf("with installs: %s/%s %s curates %v, want %v", tc.team, tc.org, tc.user, got, tc.multi)
		}
		if got := single.canCurate(ctx, tc.team, tc.org, tc.user); got != tc.alone {
			t.Errorf("SLACK_BOT_TOKEN alone: %s/%s %s curates %v, want %v", tc.team, tc.org, tc.user, got, tc.alone)
		}
	}
	if New(e.bot, nil).canCurate(ctx, ownTeamID, "", "U0ANA") {
		t.Error("without SLACK_CURATORS somebody curates")
	}
}

// nameOf is the user name Slack sends with a user's id.
func nameOf(user string) string {
	if n, ok := userNames[user]; ok {
		return n
	}
	return strings.ToLower(user)
}

func TestLinkURLs(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want, first string }{
		{"&lt;3 <https://example.org/d?a=1&amp;b=2|example.org/d>", "&lt;3 https://example.org/d?a=1&amp;b=2", "https://example.org/d?a=1&amp;b=2"},
		{"a <b <https://example.org/e>", "a <b https://example.org/e", "https://example.org/e"},
		{"<https://example.org/a?x=1&y=2|example.org/a>", "https://example.org/a?x=1&y=2", "https://example.org/a?x=1&y=2"},
		{"read <https://example.org/a> now", "read https://example.org/a now", "https://example.org/a"},
		{"<@U0ANA> see <HTTP://Example.org/b|this>.", "<@U0ANA> see HTTP://Example.org/b.", "HTTP://Example.org/b"},
		{"<#C0123|news> and <mailto:a@b.org|a@b.org>", "<#C0123|news> and <mailto:a@b.org|a@b.org>", ""},
		{"(https://example.org/c).", "(https://example.org/c).", "https://example.org/c"},
		{"no link < here", "no link < here", ""},
		{"ftp://example.org/x https://example.org/y", "ftp://example.org/x https://example.org/y", "https://example.org/y"},
	} {
		got := linkURLs(tc.in)
		if got != tc.want {
			t.Errorf("linkURLs(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if f := firstURL(got); f != tc.first {
			t.Errorf("firstURL(%q) = %q, want %q", got, f, tc.first)
		}
	}
}

// testForm is a form as the bot asks for one: a quote's speaker, with the quote as its context.
func testForm() bot.Form {
	return bot.Form{
		ID:     "speakers:d1:3:0",
		Title:  "Speakers of the quotes & more, page 1",
		Submit: "Save speakers",
		Fields: []bot.Field{
			{Name: "title", Label: "Title", Value: "Talks <resume>", Required: true, MaxLen: 200},
			{Name: "q0", Label: "Speaker of quote 1", Context: "“We will talk again <!channel> & soon.”", Placeholder: "e.g. Antony Blinken", Value: "Antony Blinken"},
			{Name: "q1", Label: "Speaker of quote 2", Context: strings.Repeat("long quote ", 400), Error: "No speaker called “Blinkin”; did you mean Antony Blinken?"},
			{Name: "summary", Label: "Summary", Multiline: true, Value: strings.Repeat("é", 3100)},
		},
	}
}

// TestRenderForm: a form becomes a modal Slack takes: an input per field whose block_id is the
// field's name, its context above it escaped so it cannot mention anyone, everything within
// the limits of a view, and what the curator typed read back by field name.
func TestRenderForm(t *testing.T) {
	t.Parallel()
	meta := formMeta{ResponseURL: "https://hooks.slack.com/actions/T0001/1/xyz", Channel: "C0CARDS"}
	v := renderForm(testForm(), meta)
	raw := mustJSON(v)
	var got slackapi.View
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("the view does not decode: %v\n%s", err, raw)
	}
	checkView(t, got)
	if got.CallbackID != "speakers:d1:3:0" || decodeMeta(got.PrivateMetadata) != meta {
		t.Errorf("callback_id %q, private_metadata %q", got.CallbackID, got.PrivateMetadata)
	}
	var inputs []string
	for _, b := range got.Blocks.BlockSet {
		if in, ok := b.(*slackapi.InputBlock); ok {
			inputs = append(inputs, in.BlockID)
		}
	}
	if want := []string{"title", "q0", "q1", "summary"}; !slices.Equal(inputs, want) {
		t.Errorf("inputs %v, want %v", inputs, want)
	}
	ctx, ok := got.Blocks.BlockSet[1].(*slackapi.ContextBlock)
	if !ok || ctx.ContextElements.Elements[0].(*slackapi.TextBlockObject).Text != "“We will talk again &lt;!channel&gt; &amp; soon.”" {
		t.Errorf("the quote above its speaker's field: %#v", got.Blocks.BlockSet[1])
	}
	q1 := got.Blocks.BlockSet[4].(*slackapi.InputBlock)
	if q1.Hint == nil || !strings.Contains(q1.Hint.Text, "did you mean Antony Blinken?") || !q1.Optional {
		t.Errorf("q1: hint %+v optional %v", q1.Hint, q1.Optional)
	}
	title := got.Blocks.BlockSet[0].(*slackapi.InputBlock)
	if el := title.Element.(*slackapi.PlainTextInputBlockElement); el.InitialValue != "Talks <resume>" || el.MaxLength != 200 || title.Optional {
		t.Errorf("title input: %+v optional %v", el, title.Optional)
	}
	if n := len(formValues(got)); n != 0 {
		t.Errorf("an unsubmitted view has %d values", n)
	}
}

// checkView fails the test for anything Slack refuses in a modal.
func checkView(t *testing.T, v slackapi.View) {
	t.Helper()
	if v.Type != slackapi.VTModal {
		t.Errorf("type %q", v.Type)
	}
	for what, tb := range map[string]*slackapi.TextBlockObject{"title": v.Title, "submit": v.Submit, "close": v.Close} {
		if tb == nil || tb.Type != slackapi.PlainTextType {
			t.Errorf("%s: want plain_text, got %+v", what, tb)
			continue
		}
		checkText(t, "view "+what, tb.Text, maxViewTitle)
	}
	if n := len(v.Blocks.BlockSet); n == 0 || n > maxViewBlocks {
		t.Errorf("%d blocks; a view takes 1 to %d", n, maxViewBlocks)
	}
	if len(v.CallbackID) == 0 || len(v.CallbackID) > maxCallbackID {
		t.Errorf("callback_id %q", v.CallbackID)
	}
	if w := width(v.PrivateMetadata); w > maxPrivateMeta {
		t.Errorf("private_metadata of %d characters", w)
	}
	ids := map[string]bool{}
	for i, b := range v.Blocks.BlockSet {
		switch b := b.(type) {
		case *slackapi.InputBlock:
			if b.BlockID == "" || len(b.BlockID) > maxBlockID || ids[b.BlockID] {
				t.Errorf("block %d: block_id %q missing, too long or repeated", i, b.BlockID)
			}
			ids[b.BlockID] = true
			checkText(t, "label", b.Label.Text, maxInputLabel)
			if b.Hint != nil {
				checkText(t, "hint", b.Hint.Text, maxInputLabel)
			}
			el, ok := b.Element.(*slackapi.PlainTextInputBlockElement)
			if !ok {
				t.Errorf("block %d: element %T", i, b.Element)
				continue
			}
			if el.ActionID != inputAction || el.MaxLength < 1 || el.MaxLength > maxInputValue || width(el.InitialValue) > el.MaxLength {
				t.Errorf("block %d: input %q: action_id %q, max_length %d, initial value of %d characters", i, b.BlockID, el.ActionID, el.MaxLength, width(el.InitialValue))
			}
			if el.Placeholder != nil {
				checkText(t, "placeholder", el.Placeholder.Text, maxPlaceholder)
			}
		case *slackapi.ContextBlock:
			for _, e := range b.ContextElements.Elements {
				tb, _ := e.(*slackapi.TextBlockObject)
				checkMrkdwn(t, "context", tb, maxContextText)
			}
		case *slackapi.SectionBlock:
			checkMrkdwn(t, "section", b.Text, maxSectionText)
		default:
			t.Errorf("block %d: unexpected %T", i, b)
		}
	}
}

// TestClickShowsTheEffect: a click on a curation button reaches the bot as a request read from
// the signed payload; the card it answers with replaces the clicked message, and its notice
// goes to the clicker alone, each through the click's response_url.
func TestClickShowsTheEffect(t *testing.T) {
	t.Parallel()
	e := newCurateEnv(t)
	e.install(teamAcme)
	e.stub.act = func(req bot.Request, do string) bot.Effect {
		c := testCard("4")
		c.Actions = nil
		c.Note = "Published by someone"
		return bot.Effect{Card: &c, Notice: &bot.Reply{Kind: bot.Answer, Text: "Published."}}
	}
	pub := checkMessage(t, Render(testCard("3"), "").AppendJSON(nil, false)).buttons()["Publish"]
	for _, tc := range []struct {
		team, user string
		curates    bool
	}{{"T0ACME", "U0BEN", true}, {"T0ACME", "U0NOBODY", false}, {ownTeamID, "U0ANA", true}} {
		resp := e.fake.ResponseURL()
		if code, body := e.signed(InteractionsPath, blockActions(tc.team, tc.user, e.fake.Trigger(), resp, pub)); code != http.StatusOK || body != "" {
			t.Fatalf("acknowledgement: %d %q", code, body)
		}
		e.wait()
		acts, _ := e.stub.calls()
		req := acts[len(acts)-1]
		if req.do != "publish:d1:3" || req.req.User != tc.user || req.req.Workspace != tc.team || req.req.Channel != "C0CARDS" ||
			req.req.CanCurate != tc.curates || req.req.Platform != bot.Slack || req.req.ID == "" {
			t.Errorf("%s/%s: the bot got %q %+v", tc.team, tc.user, req.do, req.req)
		}
		posts := e.fake.Responses(resp)
		if len(posts) != 2 {
			t.Fatalf("%d posts to the click's response_url, want the card and the notice", len(posts))
		}
		card := checkMessage(t, posts[0])
		if card.ReplaceOriginal == nil || !*card.ReplaceOriginal || len(card.buttons()) != 0 || !strings.Contains(card.all(), "Published by someone") {
			t.Errorf("the card: %s", posts[0])
		}
		notice := checkMessage(t, posts[1])
		if notice.ResponseType != "ephemeral" || notice.ReplaceOriginal == nil || *notice.ReplaceOriginal || !strings.Contains(notice.all(), "Published.") {
			t.Errorf("the notice: %s", posts[1])
		}
	}
}

// TestClickOpensForm: a click whose effect is a form opens it as a modal with views.open, with
// the click's trigger and the token of the workspace it came from; what the modal carries
// (private_metadata) is where to update the card. A trigger Slack no longer takes leaves the
// clicker a message saying to click again.
func TestClickOpensForm(t *testing.T) {
	t.Parallel()
	e := newCurateEnv(t)
	e.install(teamAcme)
	e.stub.act = func(req bot.Request, do string) bot.Effect { f := testForm(); return bot.Effect{Form: &f} }
	edit := checkMessage(t, Render(testCard("3"), "").AppendJSON(nil, false)).buttons()["Edit"]
	for _, team := range []string{"T0ACME", ownTeamID} {
		resp, trigger := e.fake.ResponseURL(), e.fake.Trigger()
		e.signed(InteractionsPath, blockActions(team, "U0BEN", trigger, resp, edit))
		e.wait()
		views := e.fake.Views()
		if len(views) == 0 {
			t.Fatalf("%s: no views.open:\n%s", team, e.logs)
		}
		v := views[len(views)-1]
		want := ownToken
		if team == "T0ACME" {
			want = e.fake.Tokens("T0ACME")[0]
		}
		if v.Token != want || v.Form.Get("trigger_id") != trigger {
			t.Errorf("%s: views.open with token %q and trigger %q, want %q and %q", team, v.Token, v.Form.Get("trigger_id"), want, trigger)
		}
		var view slackapi.View
		if err := json.Unmarshal([]byte(v.Form.Get("view")), &view); err != nil {
			t.Fatal(err)
		}
		checkView(t, view)
		if m := decodeMeta(view.PrivateMetadata); m.ResponseURL != resp || m.Channel != "C0CARDS" {
			t.Errorf("%s: the modal carries %+v", team, m)
		}
		if n := len(e.fake.Responses(resp)); n != 0 {
			t.Errorf("%s: %d posts to the click's response_url beside the form", team, n)
		}
	}

	// Slack takes a trigger once: the same click delivered again cannot open a form.
	resp, trigger := e.fake.ResponseURL(), e.fake.Trigger()
	e.signed(InteractionsPath, blockActions("T0ACME", "U0BEN", trigger, e.fake.ResponseURL(), edit))
	e.wait()
	e.signed(InteractionsPath, blockActions("T0ACME", "U0BEN", trigger, resp, edit))
	e.wait()
	posts := e.fake.Responses(resp)
	if len(posts) != 1 || !strings.Contains(checkMessage(t, posts[0]).all(), "click the button again") {
		t.Errorf("after a trigger used twice: %q", posts)
	}
}

// openedView opens testForm from a click in team, as a curator, and returns the modal's JSON as
// views.open got it, and the click's response_url.
func (e *curateEnv) openedView(team string) (view, resp string) {
	e.t.Helper()
	e.stub.act = func(bot.Request, string) bot.Effect { f := testForm(); return bot.Effect{Form: &f} }
	edit := checkMessage(e.t, Render(testCard("3"), "").AppendJSON(nil, false)).buttons()["Edit"]
	resp = e.fake.ResponseURL()
	e.signed(InteractionsPath, blockActions(team, "U0BEN", e.fake.Trigger(), resp, edit))
	e.wait()
	views := e.fake.Views()
	if len(views) == 0 {
		e.t.Fatalf("no form opened:\n%s", e.logs)
	}
	return views[len(views)-1].Form.Get("view"), resp
}

// TestSubmitAnswers: a submitted form reaches the bot with what was typed, by field name, as a
// request from the signed payload (the channel from the modal's private_metadata); the answer
// rides on the acknowledgement: errors on their fields, the next form in the modal's place, or
// nothing, which closes it, the card then updated through the clicked card's response_url.
func TestSubmitAnswers(t *testing.T) {
	t.Parallel()
	e := newCurateEnv(t)
	e.install(teamAcme)
	view, resp := e.openedView("T0ACME")
	typed := map[string]string{"title": "Talks resume <!channel>", "q0": "Antony Blinken", "q1": "Blinkin", "summary": "S"}

	// Errors: on their fields, and one the form has no field for on its first field.
	e.stub.submit = func(bot.Request, string, map[string]string) bot.Effect {
		return bot.Effect{
			Errors: map[string]string{"q1": "No speaker called “Blinkin”.", "points": "Too many points."},
			Notice: &bot.Reply{Text: "not shown on Slack"},
			Form:   ptr(testForm()),
		}
	}
	code, body := e.signed(InteractionsPath, viewSubmission(t, "T0ACME", "T0ACME", "U0BEN", view, typed))
	var got struct {
		Action string            `json:"response_action"`
		Errors map[string]string `json:"errors"`
		View   json.RawMessage   `json:"view"`
	}
	if code != http.StatusOK || json.Unmarshal([]byte(body), &got) != nil || got.Action != "errors" ||
		got.Errors["q1"] != "No speaker called “Blinkin”." || got.Errors["title"] != "Too many points." || len(got.Errors) != 2 {
		t.Errorf("errors: %d %s", code, body)
	}
	_, submits := e.stub.calls()
	s := submits[0]
	if s.do != "speakers:d1:3:0" || !stdmaps.Equal(s.values, typed) || s.req.User != "U0BEN" || s.req.Workspace != "T0ACME" ||
		s.req.Channel != "C0CARDS" || !s.req.CanCurate {
		t.Errorf("the bot got %q %v %+v", s.do, s.values, s.req)
	}
	e.wait()
	if n := len(e.fake.Responses(resp)); n != 0 {
		t.Errorf("%d posts to the card's response_url after errors; the form stays open instead", n)
	}

	// The next form: in the modal's place.
	e.stub.submit = func(bot.Request, string, map[string]string) bot.Effect {
		f := testForm()
		f.ID = "speakers:d1:4:1"
		return bot.Effect{Form: &f}
	}
	_, body = e.signed(InteractionsPath, viewSubmission(t, "T0ACME", "T0ACME", "U0BEN", view, typed))
	var next struct {
		Action string        `json:"response_action"`
		View   slackapi.View `json:"view"`
	}
	if json.Unmarshal([]byte(body), &next) != nil || next.Action != "update" || next.View.CallbackID != "speakers:d1:4:1" ||
		decodeMeta(next.View.PrivateMetadata).ResponseURL != resp {
		t.Errorf("update: %s", body)
	}
	checkView(t, next.View)

	// Saved: the modal closes, the card is updated in place, the notice goes to the curator.
	e.stub.submit = func(bot.Request, string, map[string]string) bot.Effect {
		c := testCard("5")
		return bot.Effect{Card: &c, Notice: &bot.Reply{Text: "Saved."}}
	}
	code, body = e.signed(InteractionsPath, viewSubmission(t, "", "T0ACME", "U0BEN", view, typed))
	if code != http.StatusOK || body != "" {
		t.Errorf("saved: %d %q, want an empty 200, which closes the modal", code, body)
	}
	e.wait()
	posts := e.fake.Responses(resp)
	if len(posts) != 2 {
		t.Fatalf("%d posts to the card's response_url, want the card and the notice", len(posts))
	}
	if card := checkMessage(t, posts[0]); card.ReplaceOriginal == nil || !*card.ReplaceOriginal || card.buttons()["Publish"].Value != "publish:d1:5" {
		t.Errorf("the card: %s", posts[0])
	}
	if n := checkMessage(t, posts[1]); n.ResponseType != "ephemeral" || !strings.Contains(n.all(), "Saved.") {
		t.Errorf("the notice: %s", posts[1])
	}
	// An org-wide install's payload has "team": null: the user's workspace stands for it.
	_, submits = e.stub.calls()
	if r := submits[len(submits)-1].req; r.Workspace != "T0ACME" || !r.CanCurate {
		t.Errorf("team null: the bot got %+v", r)
	}
}

// TestSlowSubmit: a form the bot takes long over is closed in time (an empty acknowledgement),
// and what the bot then says reaches the curator through the card's response_url: errors, when
// the form can no longer show them, as a message listing them.
func TestSlowSubmit(t *testing.T) {
	t.Parallel()
	e := newCurateEnv(t)
	e.app.AckAfter = 50 * time.Millisecond
	view, resp := e.openedView(ownTeamID)
	release := make(chan struct{})
	e.stub.stall = func() { <-release }
	e.stub.submit = func(bot.Request, string, map[string]string) bot.Effect {
		return bot.Effect{Errors: map[string]string{"q1": "No speaker called “Blinkin”."}}
	}
	code, body := e.signed(InteractionsPath, viewSubmission(t, ownTeamID, ownTeamID, "U0ANA", view, map[string]string{"q1": "Blinkin"}))
	close(release)
	if code != http.StatusOK || body != "" {
		t.Errorf("acknowledgement %d %q, want an empty 200", code, body)
	}
	e.wait()
	posts := e.fake.Responses(resp)
	if len(posts) != 1 {
		t.Fatalf("%d posts, want the errors", len(posts))
	}
	if m := checkMessage(t, posts[0]); !containsAll(m.all(), "Not saved", "q1: No speaker called “Blinkin”.") {
		t.Errorf("the curator was told: %s", m.all())
	}
}

// TestInteractionsRefused: an interaction Slack did not sign reaches nobody.
func TestInteractionsRefused(t *testing.T) {
	t.Parallel()
	e := newCurateEnv(t)
	view, _ := e.openedView(ownTeamID)
	for _, body := range [][]byte{
		viewSubmission(t, ownTeamID, ownTeamID, "U0ANA", view, map[string]string{"title": "x"}),
		blockActions(ownTeamID, "U0ANA", e.fake.Trigger(), e.fake.ResponseURL(), &slackapi.ButtonBlockElement{ActionID: actionDo + "_0", Value: "publish:d1:3", Text: &slackapi.TextBlockObject{Text: "Publish"}}),
	} {
		req, _ := http.NewRequest(http.MethodPost, e.srv.URL+InteractionsPath, strings.NewReader(string(body)))
		req.Header.Set("X-Slack-Request-Timestamp", "1700000000")
		req.Header.Set("X-Slack-Signature", "v0="+strings.Repeat("ab", 32))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("unsigned: %s", resp.Status)
		}
	}
	e.wait()
	if acts, submits := e.stub.calls(); len(acts) != 1 || len(submits) != 0 {
		t.Errorf("%d clicks and %d forms reached the bot; want only the click that opened the form", len(acts), len(submits))
	}
}

// asciiJSON writes every character beyond ASCII of a JSON text as a \uXXXX escape, as Slack
// sends view payloads ("converted and sent in unicode format").
func asciiJSON(b []byte) []byte {
	var out bytes.Buffer
	for _, r := range string(b) {
		switch {
		case r < 0x80:
			out.WriteRune(r)
		case r >= 0x10000:
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&out, `\u%04x\u%04x`, r1, r2)
		default:
			fmt.Fprintf(&out, `\u%04x`, r)
		}
	}
	return out.Bytes()
}

// TestLargeFormSubmitted: a full edit form in a script beyond ASCII, as Slack sends it (the view
// twice, escaped, form-encoded), is well over 64 KiB; it is read, not refused as too large.
func TestLargeFormSubmitted(t *testing.T) {
	t.Parallel()
	e := newCurateEnv(t)
	long := ""
	for width(long) < 2990 {
		long += "Лидеры альянса договорились о «ПВО». "
	}
	long = cutChars(long, 3000)
	f := bot.Form{ID: "edit:1:1", Title: "Edit the draft", Submit: "Save", Fields: []bot.Field{
		{Name: "title", Label: "Title", Value: cutChars(long, 200), MaxLen: 200},
		{Name: "topics", Label: "Topics", Value: cutChars(long, 500), MaxLen: 500},
		{Name: "summary", Label: "Summary", Value: long, Multiline: true},
		{Name: "points", Label: "Key points", Value: long, Multiline: true},
	}}
	view := string(mustJSON(renderForm(f, formMeta{ResponseURL: e.fake.ResponseURL(), Channel: "C0CARDS"})))
	values := map[string]string{}
	for _, fl := range f.Fields {
		values[fl.Name] = fl.Value
	}
	form := viewSubmission(t, ownTeamID, ownTeamID, "U0ANA", view, values)
	v, _ := url.ParseQuery(string(form))
	body := []byte(url.Values{"payload": {string(asciiJSON([]byte(v.Get("payload"))))}}.Encode())
	if len(body) <= MaxBody {
		t.Fatalf("the payload is %d bytes; the test wants one over %d", len(body), MaxBody)
	}
	if code, got := e.signed(InteractionsPath, body); code != http.StatusOK || got != "" {
		t.Fatalf("%d bytes: %d %q", len(body), code, got)
	}
	_, submits := e.stub.calls()
	if len(submits) != 1 || submits[0].values["summary"] != long {
		t.Errorf("the bot got %d submits", len(submits))
	}
}
