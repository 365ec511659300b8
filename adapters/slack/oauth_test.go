package slack

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/adapters/slack/fakeslack"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/seal"
	"github.com/briefbot/briefbot/internal/testutil"
)

const (
	testClientID     = "2141029472.691202649728"
	testClientSecret = "e1b9e11dfcd19c1982d5de12921e17e8c"
	testRedirect     = "https://briefbot.example.com/slack/oauth/callback"
	ownToken         = "xoxb-17653672481-own-workspace"
	ownTeamID        = "T0001"
	signingSecret    = "8f742231b10e8888abcd99yyyzzz85a5"
)

// oauthEnv is the Slack adapter serving installed workspaces beside SLACK_BOT_TOKEN's own
// (T0001), against a fake Slack, on the real bot with an in-memory store.
type oauthEnv struct {
	t      *testing.T
	fake   *fakeslack.Server
	store  *bot.MemStore
	bot    *bot.Bot
	keys   *seal.Keyring
	ws     *Workspaces
	app    *App
	poster *Poster
	srv    *httptest.Server
	logs   *testutil.SyncBuffer
	skew   atomic.Int64 // how far the clock is ahead of the wall clock
}

func newKeys(t testing.TB) *seal.Keyring {
	t.Helper()
	k := make([]byte, seal.KeySize)
	rand.Read(k)
	kr, err := seal.New(k)
	if err != nil {
		t.Fatal(err)
	}
	return kr
}

func newOAuthEnv(t *testing.T) *oauthEnv {
	t.Helper()
	e := &oauthEnv{t: t, store: bot.NewMemStore(), keys: newKeys(t), logs: &testutil.SyncBuffer{}}
	e.fake = fakeslack.New(t, testClientID, testClientSecret)
	e.fake.RedirectURL = testRedirect
	e.fake.AddToken(ownToken, fakeslack.Workspace{Team: ownTeamID, TeamName: "Operators"})
	log := slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	b, _ := newBot(t)
	b.Store = e.store
	e.bot = b
	client := func(token string) *slackapi.Client {
		return slackapi.New(token, slackapi.OptionAPIURL(e.fake.APIURL()))
	}
	cfg := OAuthConfig{ClientID: testClientID, ClientSecret: testClientSecret, RedirectURL: testRedirect, APIURL: e.fake.APIURL()}
	e.ws = NewWorkspaces(e.store, e.keys, client(ownToken), log)
	e.ws.NewClient = client
	e.ws.Now = e.now
	e.ws.Pauser = b
	e.ws.OAuth = &cfg
	e.poster = NewWorkspacePoster(e.ws, log)
	e.poster.Backoff = time.Millisecond
	e.app = New(b, log)
	e.app.Workspaces = e.ws
	e.app.Poster = e.poster
	mux := http.NewServeMux()
	NewHTTP(e.app, NewVerifier(signingSecret)).Mount(mux)
	NewOAuth(cfg, e.ws, log).Mount(mux)
	e.srv = httptest.NewServer(mux)
	t.Cleanup(e.srv.Close)
	return e
}

func (e *oauthEnv) now() time.Time { return time.Now().Add(time.Duration(e.skew.Load())) }

// noFollow is a browser that shows redirects instead of following them.
var noFollow = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// start opens /slack/install as a browser would and returns where it was sent, the state and
// the cookie it was given.
func (e *oauthEnv) start() (*url.URL, string, *http.Cookie) {
	e.t.Helper()
	resp, err := noFollow.Get(e.srv.URL + InstallPath)
	if err != nil {
		e.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusFound {
		e.t.Fatalf("/slack/install: %d, want a redirect to Slack", resp.StatusCode)
	}
	loc, err := url.Parse(resp.Header.Get("Location"))
	if err != nil {
		e.t.Fatal(err)
	}
	var cookie *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == stateCookie {
			cookie = c
		}
	}
	if cookie == nil {
		e.t.Fatalf("/slack/install set no state cookie: %v", resp.Header["Set-Cookie"])
	}
	return loc, loc.Query().Get("state"), cookie
}

// callback plays Slack sending the browser back with q, carrying cookie (nil: none).
func (e *oauthEnv) callback(q url.Values, cookie *http.Cookie) (int, string) {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.srv.URL+CallbackPath+"?"+q.Encode(), nil)
	if cookie != nil {
		req.AddCookie(&http.Cookie{Name: cookie.Name, Value: cookie.Value})
	}
	resp, err := noFollow.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		e.t.Errorf("callback page served as %q", ct)
	}
	if rp := resp.Header.Get("Referrer-Policy"); rp != "no-referrer" {
		e.t.Errorf("callback page Referrer-Policy %q: its URL holds the code", rp)
	}
	return resp.StatusCode, string(b)
}

// install installs the app in ws through the whole flow, as a person would.
func (e *oauthEnv) install(ws fakeslack.Workspace) string {
	e.t.Helper()
	_, state, cookie := e.start()
	code, page := e.callback(url.Values{"code": {e.fake.Grant(ws)}, "state": {state}}, cookie)
	if code != http.StatusOK || !strings.Contains(page, "briefbot is installed") {
		e.t.Fatalf("install of %+v: %d\n%s\nlog:\n%s", ws, code, page, e.logs)
	}
	return page
}

// command sends a signed slash command from a workspace and returns the answer's JSON.
func (e *oauthEnv) command(team, org, channel, user, cmd, text string) string {
	e.t.Helper()
	v := url.Values{
		"token": {"unused"}, "team_id": {team}, "team_domain": {"example"}, "channel_id": {channel},
		"channel_name": {"test"}, "user_id": {user}, "user_name": {"someone"}, "command": {cmd}, "text": {text},
		"response_url": {"https://hooks.slack.com/commands/1/2/3"}, "trigger_id": {"1.2.3"},
	}
	if org != "" {
		v.Set("enterprise_id", org)
	}
	code, body := e.signed(CommandsPath, []byte(v.Encode()))
	if code != http.StatusOK {
		e.t.Fatalf("%s %s: %d %s", cmd, text, code, body)
	}
	return body
}

func (e *oauthEnv) signed(path string, body []byte) (int, string) {
	e.t.Helper()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+path, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", Sign(signingSecret, ts, body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// event sends a signed Events API callback and waits until it is handled.
func (e *oauthEnv) event(body string) {
	e.t.Helper()
	if code, got := e.signed(EventsPath, []byte(body)); code != http.StatusOK {
		e.t.Fatalf("event: %d %s", code, got)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	e.app.Wait(ctx)
}

func (e *oauthEnv) subs(team, channel string) []bot.Subscription {
	e.t.Helper()
	s, err := e.store.Subscriptions(e.t.Context(), bot.ChannelKey{Platform: bot.Slack, Workspace: team, Channel: channel})
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

func (e *oauthEnv) credential(key string) (bot.Credential, error) {
	return e.store.Credential(e.t.Context(), bot.Slack, key)
}

var teamAcme = fakeslack.Workspace{Team: "T0ACME", TeamName: "Acme & Sons <News>", Installer: "U0INSTALLER"}

// TestInstallRedirect: /slack/install sends the browser to Slack's authorize page with the
// app's client id, its bot scopes, the redirect URL and a state, and ties the state to the
// browser with a cookie only the callback gets.
func TestInstallRedirect(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	loc, state, cookie := e.start()
	q := loc.Query()
	if got := loc.Scheme + "://" + loc.Host + loc.Path; got != DefaultAuthorizeURL {
		t.Errorf("sent to %s, want %s", got, DefaultAuthorizeURL)
	}
	if q.Get("client_id") != testClientID || q.Get("redirect_uri") != testRedirect || q.Get("scope") != "commands,chat:write,app_mentions:read,users:read" {
		t.Errorf("authorize parameters %v", q)
	}
	if len(state) < 40 {
		t.Errorf("state %q: too short to be signed", state)
	}
	if !cookie.HttpOnly || !cookie.Secure || cookie.SameSite != http.SameSiteLaxMode || cookie.Path != CallbackPath || cookie.MaxAge != 600 {
		t.Errorf("state cookie %+v: want HttpOnly, Secure, SameSite=Lax, Path=%s, Max-Age=600", cookie, CallbackPath)
	}
	_, state2, cookie2 := e.start()
	if state2 == state || cookie2.Value == cookie.Value {
		t.Error("two installs got the same state")
	}
	if strings.Contains(loc.String(), testClientSecret) {
		t.Error("the client secret is in the authorize URL")
	}
}

// TestCallbackInstalls: the callback with the state and Slack's code calls oauth.v2.access and
// stores the workspace's token, sealed, with who installed it; the page says so and what to
// type first, with the workspace's name escaped.
func TestCallbackInstalls(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	page := e.install(teamAcme)
	if !strings.Contains(page, "Acme &amp; Sons &lt;News&gt;") || !strings.Contains(page, "/invite @briefbot") {
		t.Errorf("success page:\n%s", page)
	}
	calls := e.fake.Calls("oauth.v2.access")
	if len(calls) != 1 || calls[0].Form.Get("client_id") != testClientID || calls[0].Form.Get("redirect_uri") != testRedirect || calls[0].Form.Get("code") == "" {
		t.Fatalf("oauth.v2.access calls: %+v", calls)
	}
	tokens := e.fake.Tokens("T0ACME")
	if len(tokens) != 1 {
		t.Fatalf("Slack issued %d tokens for T0ACME", len(tokens))
	}
	c, err := e.credential("T0ACME")
	if err != nil {
		t.Fatalf("nothing stored for T0ACME: %v", err)
	}
	if bytes.Contains(c.Secret, []byte(tokens[0])) || bytes.Contains(c.Meta, []byte(tokens[0])) || bytes.Contains(c.Secret, []byte("xoxb")) {
		t.Error("the stored record holds the token in clear")
	}
	in, err := openInstall(e.keys, c)
	if err != nil || in.token != tokens[0] || in.Installer != "U0INSTALLER" || in.Team != "T0ACME" || in.BotUser == "" {
		t.Errorf("stored install %+v (%v)", in, err)
	}
	for _, secret := range []string{tokens[0], calls[0].Form.Get("code"), testClientSecret} {
		if strings.Contains(page, secret) || strings.Contains(e.logs.String(), secret) {
			t.Errorf("%q is in the page or the log", secret)
		}
	}
}

// TestCallbackRefusals: a callback whose state is missing, altered, expired, from another
// browser or already used is refused, and stores nothing; a cancelled install says so.
func TestCallbackRefusals(t *testing.T) {
	t.Parallel()
	tamper := func(s string) string {
		b := []byte(s)
		i := strings.IndexByte(s, '.') - 3
		if b[i] == 'A' {
			b[i] = 'B'
		} else {
			b[i] = 'A'
		}
		return string(b)
	}
	tests := []struct {
		name   string
		req    func(e *oauthEnv) (url.Values, *http.Cookie)
		status int
		says   string
	}{
		{"missing state", func(e *oauthEnv) (url.Values, *http.Cookie) {
			_, _, c := e.start()
			return url.Values{"code": {e.fake.Grant(teamAcme)}}, c
		}, 400, "did not come from an installation started here"},
		{"tampered state", func(e *oauthEnv) (url.Values, *http.Cookie) {
			_, s, c := e.start()
			return url.Values{"code": {e.fake.Grant(teamAcme)}, "state": {tamper(s)}}, c
		}, 400, "altered or did not come from this bot"},
		{"state signed with another key", func(e *oauthEnv) (url.Values, *http.Cookie) {
			_, _, c := e.start()
			other := NewOAuth(OAuthConfig{ClientSecret: "another app's secret"}, e.ws, nil)
			s, nonce := other.newState(e.now())
			return url.Values{"code": {e.fake.Grant(teamAcme)}, "state": {s}}, &http.Cookie{Name: c.Name, Value: nonce}
		}, 400, "altered or did not come from this bot"},
		{"expired state", func(e *oauthEnv) (url.Values, *http.Cookie) {
			_, s, c := e.start()
			e.skew.Store(int64(10*time.Minute + time.Second))
			return url.Values{"code": {e.fake.Grant(teamAcme)}, "state": {s}}, c
		}, 400, "took longer than ten minutes"},
		{"no cookie", func(e *oauthEnv) (url.Values, *http.Cookie) {
			_, s, _ := e.start()
			return url.Values{"code": {e.fake.Grant(teamAcme)}, "state": {s}}, nil
		}, 400, "started in another browser"},
		{"another browser's cookie", func(e *oauthEnv) (url.Values, *http.Cookie) {
			_, s, _ := e.start()
			_, _, other := e.start()
			return url.Values{"code": {e.fake.Grant(teamAcme)}, "state": {s}}, other
		}, 400, "started in another browser"},
		{"cancelled", func(e *oauthEnv) (url.Values, *http.Cookie) {
			_, s, c := e.start()
			return url.Values{"error": {"access_denied"}, "state": {s}}, c
		}, 200, "You chose not to install briefbot"},
		{"Slack's error", func(e *oauthEnv) (url.Values, *http.Cookie) {
			_, s, c := e.start()
			return url.Values{"error": {"<script>alert(1)</script>"}, "state": {s}}, c
		}, 400, "Slack stopped the installation: it answered unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			e := newOAuthEnv(t)
			q, c := tc.req(e)
			status, page := e.callback(q, c)
			if status != tc.status || !strings.Contains(page, tc.says) {
				t.Errorf("%d\n%s\nwant %d saying %q", status, page, tc.status, tc.says)
			}
			if strings.Contains(page, "<script>") {
				t.Error("the page repeats markup from the link")
			}
			if n := len(e.fake.Calls("oauth.v2.access")); n != 0 {
				t.Errorf("oauth.v2.access called %d times for a refused callback", n)
			}
			if all, _ := e.store.Credentials(t.Context(), bot.Slack, time.Time{}); len(all) != 0 {
				t.Errorf("a refused callback stored %d records", len(all))
			}
			if !strings.Contains(page, `href="/slack/install"`) {
				t.Errorf("the page offers no way to start again:\n%s", page)
			}
		})
	}
}

// TestCallbackReplayed: the same state and code a second time (a replayed callback, on this
// replica or another sharing the store) is refused and installs nothing again.
func TestCallbackReplayed(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	_, state, cookie := e.start()
	q := url.Values{"code": {e.fake.Grant(teamAcme)}, "state": {state}}
	if status, page := e.callback(q, cookie); status != http.StatusOK {
		t.Fatalf("first callback: %d %s", status, page)
	}
	before, _ := e.credential("T0ACME")
	status, page := e.callback(q, cookie)
	if status != http.StatusBadRequest || !strings.Contains(page, "already used") {
		t.Errorf("replayed callback: %d\n%s", status, page)
	}
	if n := len(e.fake.Calls("oauth.v2.access")); n != 1 {
		t.Errorf("oauth.v2.access called %d times, want once", n)
	}
	if after, _ := e.credential("T0ACME"); after.Rev != before.Rev {
		t.Error("the replay changed the stored install")
	}
}

// TestCallbackSlackRefuses: oauth.v2.access refusing (here the app's secret is wrong) shows
// Slack's error in words, never the secret, and stores nothing.
func TestCallbackSlackRefuses(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	e.fake.ClientSecret = "the secret Slack has"
	_, state, cookie := e.start()
	status, page := e.callback(url.Values{"code": {e.fake.Grant(teamAcme)}, "state": {state}}, cookie)
	if status != http.StatusBadGateway || !strings.Contains(page, "client secret (SLACK_CLIENT_SECRET) is not right") {
		t.Errorf("%d\n%s", status, page)
	}
	if strings.Contains(page+e.logs.String(), testClientSecret) {
		t.Error("the client secret is in the page or the log")
	}
	if _, err := e.credential("T0ACME"); !errors.Is(err, bot.ErrNoCredential) {
		t.Errorf("stored something: %v", err)
	}
}

// TestEachWorkspaceItsToken: posts in an installed workspace carry its token; posts in
// SLACK_BOT_TOKEN's workspace carry SLACK_BOT_TOKEN, which needed no install.
func TestEachWorkspaceItsToken(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	e.install(teamAcme)
	other := fakeslack.Workspace{Team: "T0OTHER", TeamName: "Other", Installer: "U0OTHER"}
	e.install(other)
	r := bot.Reply{Title: "Daily briefing", Text: "Nothing new."}
	for _, ch := range []bot.ChannelKey{
		{Platform: bot.Slack, Workspace: "T0ACME", Channel: "C0ACME"},
		{Platform: bot.Slack, Workspace: ownTeamID, Channel: "C0OWN"},
		{Platform: bot.Slack, Workspace: "T0OTHER", Channel: "C0OTHER"},
	} {
		if err := e.poster.PostTo(t.Context(), ch, r); err != nil {
			t.Fatalf("post to %v: %v", ch, err)
		}
	}
	for channel, want := range map[string]string{"C0ACME": e.fake.Tokens("T0ACME")[0], "C0OWN": ownToken, "C0OTHER": e.fake.Tokens("T0OTHER")[0]} {
		posts := e.fake.Posts(channel)
		if len(posts) != 1 || posts[0].Token != want {
			t.Errorf("%s: %d posts with %v, want one with its workspace's token", channel, len(posts), tokensOf(posts))
		}
	}
	if err := e.poster.PostTo(t.Context(), bot.ChannelKey{Platform: bot.Slack, Workspace: "T0NEVER", Channel: "C1"}, r); !errors.Is(err, bot.ErrPermanent) || errors.Is(err, bot.ErrUnauthorized) {
		t.Errorf("a post to a workspace that never installed the app: %v; want a permanent failure of that channel only", err)
	}
}

func tokensOf(calls []fakeslack.Call) []string {
	var out []string
	for _, c := range calls {
		out = append(out, c.Token)
	}
	return out
}

// subscribe sets up a daily briefing in a channel of team as its installer (or, in the own
// workspace, anyone).
func (e *oauthEnv) subscribe(team, org, channel, user string) {
	e.t.Helper()
	if got := e.command(team, org, channel, user, "/subscribe", "ukraine at 08:00"); !strings.Contains(got, "Daily briefing on Ukraine at 08:00") {
		e.t.Fatalf("/subscribe in %s as %s: %s", team, user, got)
	}
}

func uninstalledEvent(team, org string, orgWide bool, at time.Time) string {
	ent := ""
	if org != "" {
		ent = `"enterprise_id":"` + org + `",`
	}
	return `{"token":"unused","team_id":"` + team + `",` + ent + `"api_app_id":"A0BRIEFBOT","type":"event_callback","event_id":"Ev` + team + strconv.FormatInt(time.Now().UnixNano(), 36) +
		`","event_time":` + strconv.FormatInt(at.Unix(), 10) + `,"event":{"type":"app_uninstalled"},"authorizations":[{"enterprise_id":"` + org + `","team_id":"` + team +
		`","user_id":"U0BOT","is_bot":true,"is_enterprise_install":` + strconv.FormatBool(orgWide) + `}]}`
}

// TestUninstallPausesOnlyThatWorkspace: app_uninstalled for one workspace deletes its token at
// once and pauses its daily briefings, and no other workspace's; installing the app again
// resumes them.
func TestUninstallPausesOnlyThatWorkspace(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	e.install(teamAcme)
	other := fakeslack.Workspace{Team: "T0OTHER", Installer: "U0OTHER"}
	e.install(other)
	e.subscribe("T0ACME", "", "C0ACME", "U0INSTALLER")
	e.subscribe("T0OTHER", "", "C0OTHER", "U0OTHER")
	e.subscribe(ownTeamID, "", "C0OWN", "U0ANYONE")

	e.fake.Uninstall("T0ACME")
	e.event(uninstalledEvent("T0ACME", "", false, e.now()))
	if _, err := e.credential("T0ACME"); !errors.Is(err, bot.ErrNoCredential) {
		t.Errorf("T0ACME's token is still stored: %v", err)
	}
	if s := e.subs("T0ACME", "C0ACME")[0]; s.Paused != uninstalledReason {
		t.Errorf("T0ACME's briefing: Paused %q", s.Paused)
	}
	for _, ch := range [][2]string{{"T0OTHER", "C0OTHER"}, {ownTeamID, "C0OWN"}} {
		if s := e.subs(ch[0], ch[1])[0]; s.Paused != "" {
			t.Errorf("%s's briefing paused too: %q", ch[0], s.Paused)
		}
	}
	if got := e.command("T0ACME", "", "C0ACME", "U0ANYONE", "/subscriptions", ""); !strings.Contains(got, "reinstalling it resumes this briefing") {
		t.Errorf("/subscriptions does not say why: %s", got)
	}

	e.install(teamAcme)
	if s := e.subs("T0ACME", "C0ACME")[0]; s.Paused != "" {
		t.Errorf("after reinstalling: Paused %q", s.Paused)
	}
	r := bot.Reply{Title: "Daily briefing"}
	if err := e.poster.PostTo(t.Context(), bot.ChannelKey{Platform: bot.Slack, Workspace: "T0ACME", Channel: "C0ACME"}, r); err != nil {
		t.Fatal(err)
	}
	if posts := e.fake.Posts("C0ACME"); len(posts) != 1 || !slices.Contains(e.fake.Tokens("T0ACME"), posts[0].Token) {
		t.Errorf("after reinstalling, posts carry %v; want the new token", tokensOf(posts))
	}
}

// TestLateUninstallAfterReinstall: Slack retries an event for minutes; news of a removal that
// happened before the workspace installed the app again does not undo the new install.
func TestLateUninstallAfterReinstall(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	removed := e.now()
	e.skew.Store(int64(5 * time.Minute))
	e.install(teamAcme)
	e.subscribe("T0ACME", "", "C0ACME", "U0INSTALLER")
	e.event(uninstalledEvent("T0ACME", "", false, removed))
	if _, err := e.credential("T0ACME"); err != nil {
		t.Errorf("a late app_uninstalled deleted the install made after it: %v", err)
	}
	if s := e.subs("T0ACME", "C0ACME")[0]; s.Paused != "" {
		t.Errorf("a late app_uninstalled paused the briefing: %q", s.Paused)
	}
	e.event(uninstalledEvent("T0ACME", "", false, e.now().Add(time.Second)))
	if _, err := e.credential("T0ACME"); !errors.Is(err, bot.ErrNoCredential) {
		t.Errorf("a removal after the install left it stored: %v", err)
	}
}

// TestRefusedTokenOfAnInstall: a post Slack refuses with token_revoked (the app was removed,
// and the event was missed) deletes that workspace's token and pauses its briefings only; it
// is not a refusal of SLACK_BOT_TOKEN, so the replica stays ready and other workspaces post.
func TestRefusedTokenOfAnInstall(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	e.install(teamAcme)
	e.subscribe("T0ACME", "", "C0ACME", "U0INSTALLER")
	e.subscribe("T0ACME", "", "C0ACME2", "U0INSTALLER")
	e.subscribe(ownTeamID, "", "C0OWN", "U0ANYONE")
	e.fake.Uninstall("T0ACME")

	r := bot.Reply{Title: "Daily briefing"}
	err := e.poster.PostTo(t.Context(), bot.ChannelKey{Platform: bot.Slack, Workspace: "T0ACME", Channel: "C0ACME"}, r)
	var pe *bot.PermanentError
	if !errors.As(err, &pe) || pe.Reason != uninstalledReason || errors.Is(err, bot.ErrUnauthorized) {
		t.Fatalf("post with a revoked install token: %v; want a PermanentError saying the app was removed", err)
	}
	if _, err := e.credential("T0ACME"); !errors.Is(err, bot.ErrNoCredential) {
		t.Errorf("the refused token is still stored: %v", err)
	}
	if s := e.subs("T0ACME", "C0ACME2")[0]; s.Paused != uninstalledReason {
		t.Errorf("the workspace's other briefing: Paused %q", s.Paused)
	}
	if s := e.subs(ownTeamID, "C0OWN")[0]; s.Paused != "" {
		t.Errorf("SLACK_BOT_TOKEN's workspace paused: %q", s.Paused)
	}
	if err := e.poster.Healthy(); err != nil {
		t.Errorf("Healthy = %v; another workspace's token says nothing about SLACK_BOT_TOKEN", err)
	}
	if err := e.poster.PostTo(t.Context(), bot.ChannelKey{Platform: bot.Slack, Workspace: ownTeamID, Channel: "C0OWN"}, r); err != nil {
		t.Errorf("the own workspace no longer posts: %v", err)
	}
}

// TestTokensRevoked: tokens_revoked naming the workspace's bot user deletes its install;
// naming only user tokens, it changes nothing.
func TestTokensRevoked(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	e.install(teamAcme)
	e.subscribe("T0ACME", "", "C0ACME", "U0INSTALLER")
	c, _ := e.credential("T0ACME")
	in, _ := openInstall(e.keys, c)
	ev := func(id, tokens string) string {
		return `{"token":"unused","team_id":"T0ACME","api_app_id":"A0BRIEFBOT","type":"event_callback","event_id":"` + id +
			`","event_time":` + strconv.FormatInt(e.now().Unix(), 10) + `,"event":{"type":"tokens_revoked","tokens":` + tokens + `}}`
	}
	e.event(ev("EvUser", `{"oauth":["U0INSTALLER"]}`))
	if _, err := e.credential("T0ACME"); err != nil {
		t.Fatalf("a revoked user token deleted the bot's install: %v", err)
	}
	e.event(ev("EvBot", `{"bot":["`+in.BotUser+`"]}`))
	if _, err := e.credential("T0ACME"); !errors.Is(err, bot.ErrNoCredential) {
		t.Errorf("the revoked bot token is still stored: %v", err)
	}
	if s := e.subs("T0ACME", "C0ACME")[0]; s.Paused != uninstalledReason {
		t.Errorf("Paused %q", s.Paused)
	}
}

// TestWhoManagesAnInstalledWorkspace: in an installed workspace, whoever installed it and its
// admins may set up daily briefings, others may not; Slack is asked about admins once within
// a few minutes. SLACK_ADMINS still decides in SLACK_BOT_TOKEN's workspace.
func TestWhoManagesAnInstalledWorkspace(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	e.app.Admins = []string{"U0OPERATOR"}
	e.install(teamAcme)
	e.fake.SetAdmin("T0ACME", "U0ADMIN", true)
	e.fake.SetAdmin("T0ACME", "U0MEMBER", false)
	const refused = "only the people who manage this channel"
	steps := []struct {
		team, user, cmd, text, want string
	}{
		{"T0ACME", "U0MEMBER", "/subscribe", "ukraine at 08:00", refused},
		{"T0ACME", "U0INSTALLER", "/subscribe", "ukraine at 08:00", "Daily briefing on Ukraine at 08:00"},
		{"T0ACME", "U0ADMIN", "/subscribe", "nato at 09:00", "Daily briefing on NATO at 09:00"},
		{"T0ACME", "U0MEMBER", "/unsubscribe", "", refused},
		{"T0ACME", "U0ADMIN", "/unsubscribe", "nato", "Unsubscribed from NATO"},
		{"T0ACME", "U0OPERATOR", "/subscribe", "nato at 09:00", refused}, // SLACK_ADMINS is for the own workspace
		{ownTeamID, "U0ADMIN", "/subscribe", "ukraine at 08:00", refused},
		{ownTeamID, "U0OPERATOR", "/subscribe", "ukraine at 08:00", "Daily briefing on Ukraine at 08:00"},
	}
	for _, s := range steps {
		if got := e.command(s.team, "", "C0"+s.team, s.user, s.cmd, s.text); !strings.Contains(got, s.want) {
			t.Errorf("%s %s in %s as %s:\n%s\nwant %q", s.cmd, s.text, s.team, s.user, got, s.want)
		}
	}
	asked := map[string]int{}
	for _, c := range e.fake.Calls("users.info") {
		asked[c.Form.Get("user")]++
		if c.Token != e.fake.Tokens("T0ACME")[0] {
			t.Errorf("users.info asked with %q, not the workspace's token", c.Token)
		}
	}
	if asked["U0ADMIN"] != 1 || asked["U0MEMBER"] != 1 || asked["U0INSTALLER"] != 0 {
		t.Errorf("users.info calls per user %v; want one each for the admin and the member, none for the installer", asked)
	}
}

// TestOrgWideInstall: an org-wide install on Enterprise Grid is keyed by the enterprise and
// serves every workspace of the org: commands there, then their daily posts, which know only
// the workspace. Removing the app from the org pauses its workspaces' briefings.
func TestOrgWideInstall(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	org := fakeslack.Workspace{Enterprise: "E0GRID", EnterpriseName: "Grid Corp", OrgWide: true, Installer: "W0ORGADMIN"}
	page := e.install(org)
	if !strings.Contains(page, "Grid Corp") {
		t.Errorf("success page names no org:\n%s", page)
	}
	if _, err := e.credential("E0GRID"); err != nil {
		t.Fatalf("the org-wide install is not stored under the enterprise id: %v", err)
	}
	e.subscribe("T0GRID1", "E0GRID", "C0GRID", "W0ORGADMIN")
	r := bot.Reply{Title: "Daily briefing"}
	if err := e.poster.PostTo(t.Context(), bot.ChannelKey{Platform: bot.Slack, Workspace: "T0GRID1", Channel: "C0GRID"}, r); err != nil {
		t.Fatalf("daily post in a workspace of the org: %v", err)
	}
	if posts := e.fake.Posts("C0GRID"); len(posts) != 1 || posts[0].Token != e.fake.Tokens("E0GRID")[0] {
		t.Errorf("posted with %v, want the org's token", tokensOf(posts))
	}
	e.fake.Uninstall("E0GRID")
	e.event(uninstalledEvent("T0GRID1", "E0GRID", true, e.now()))
	if _, err := e.credential("E0GRID"); !errors.Is(err, bot.ErrNoCredential) {
		t.Errorf("the org's token is still stored: %v", err)
	}
	if s := e.subs("T0GRID1", "C0GRID")[0]; s.Paused != uninstalledReason {
		t.Errorf("the org's workspace: Paused %q", s.Paused)
	}
	e.install(org)
	if s := e.subs("T0GRID1", "C0GRID")[0]; s.Paused != "" {
		t.Errorf("after installing again: Paused %q", s.Paused)
	}
}

// TestTokenRotation: with token rotation on, a token used within two hours of its expiry is
// renewed first, with its refresh token (grant_type=refresh_token), by one replica of those
// sharing the store, and the new token is used from then on.
func TestTokenRotation(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	e.install(fakeslack.Workspace{Team: "T0ROT", Installer: "U0ROT", Rotating: true})
	c, _ := e.credential("T0ROT")
	if c.Expires.IsZero() || c.Expires.Sub(e.now()) < 11*time.Hour {
		t.Fatalf("a rotating token stored expiring %s", c.Expires)
	}
	first := e.fake.Tokens("T0ROT")[0]
	r := bot.Reply{Title: "Daily briefing"}
	ch := bot.ChannelKey{Platform: bot.Slack, Workspace: "T0ROT", Channel: "C0ROT"}
	if err := e.poster.PostTo(t.Context(), ch, r); err != nil {
		t.Fatal(err)
	}
	e.skew.Store(int64(11 * time.Hour)) // within two hours of the expiry

	// Replicas sharing the store, posting at once.
	var posters []*Poster
	for range 4 {
		ws := NewWorkspaces(e.store, e.keys, nil, nil)
		ws.NewClient, ws.Now, ws.OAuth, ws.Pauser = e.ws.NewClient, e.now, e.ws.OAuth, e.bot
		p := NewWorkspacePoster(ws, nil)
		posters = append(posters, p)
	}
	var wg sync.WaitGroup
	for _, p := range posters {
		wg.Go(func() {
			if err := p.PostTo(t.Context(), ch, r); err != nil {
				t.Errorf("post while renewing: %v", err)
			}
		})
	}
	wg.Wait()
	var refreshes int
	for _, call := range e.fake.Calls("oauth.v2.access") {
		if call.Form.Get("grant_type") == "refresh_token" {
			refreshes++
		}
	}
	if refreshes != 1 {
		t.Errorf("%d refreshes by 4 replicas, want 1", refreshes)
	}
	if err := e.poster.PostTo(t.Context(), ch, r); err != nil {
		t.Fatal(err)
	}
	posts := e.fake.Posts("C0ROT")
	last := posts[len(posts)-1].Token
	if last == first || !slices.Contains(e.fake.Tokens("T0ROT"), last) {
		t.Errorf("after the renewal posts carry %q; want the renewed token", last)
	}
	c2, _ := e.credential("T0ROT")
	if !c2.Expires.After(c.Expires) {
		t.Errorf("expiry after the renewal %s, before %s", c2.Expires, c.Expires)
	}
}

// TestResealUnderNewKey: after a key rotation (the old key moved to ENCRYPTION_KEYS_PREVIOUS),
// stored tokens still open; one read is sealed again under the new key at once, and Reseal
// (at start) does the rest, so the old key can go.
func TestResealUnderNewKey(t *testing.T) {
	t.Parallel()
	e := newOAuthEnv(t)
	e.install(teamAcme)
	e.install(fakeslack.Workspace{Team: "T0OTHER", Installer: "U0OTHER"})
	rawKey := func() []byte { k := make([]byte, seal.KeySize); rand.Read(k); return k }
	oldRaw, newRaw := rawKey(), rawKey()
	old, _ := seal.New(oldRaw)
	tokens := map[string]string{}
	for _, team := range []string{"T0ACME", "T0OTHER"} {
		c, _ := e.credential(team)
		in, err := openInstall(e.keys, c)
		if err != nil {
			t.Fatal(err)
		}
		tokens[team] = in.token
		if _, err := e.store.PutCredential(t.Context(), in.record(old, e.now()), bot.AnyRev); err != nil {
			t.Fatal(err)
		}
	}
	rotated, _ := seal.New(newRaw, oldRaw)
	newOnly, _ := seal.New(newRaw)
	opensUnderNew := func(team string) bool {
		c, _ := e.credential(team)
		in, err := openInstall(newOnly, c)
		return err == nil && in.token == tokens[team]
	}
	ws := NewWorkspaces(e.store, rotated, nil, nil)
	if got, err := ws.lookup(t.Context(), "T0ACME", "", false); err != nil || got.token != tokens["T0ACME"] {
		t.Fatalf("under the previous key the token does not open: %v", err)
	}
	if !opensUnderNew("T0ACME") || opensUnderNew("T0OTHER") {
		t.Errorf("after reading T0ACME: it opens under the new key %v (want true), T0OTHER %v (want false)", opensUnderNew("T0ACME"), opensUnderNew("T0OTHER"))
	}
	n, err := ws.Reseal(t.Context())
	if err != nil || n != 1 {
		t.Fatalf("Reseal = %d, %v; want 1 (T0OTHER)", n, err)
	}
	if !opensUnderNew("T0OTHER") {
		t.Error("after Reseal T0OTHER's token does not open under the new key alone")
	}
	if n, err := ws.Reseal(t.Context()); err != nil || n != 0 {
		t.Errorf("second Reseal = %d, %v; want nothing left", n, err)
	}
}
