// Package fakeslack is a fake Slack Web API for tests of workspaces that install the app: it is
// slack-go's slacktest server with the methods briefbot calls answered as Slack answers them
// (oauth.v2.access, with codes and rotating tokens; chat.postMessage; chat.update of a message
// posted before; chat.postEphemeral;
// views.open, with single-use triggers; users.info; auth.test), per workspace and per token,
// and it records which token every call carried. It also stands in for the response_url Slack
// gives each command, click and shortcut, recording what is posted there.
//
// Point the bot at it with SLACK_API_URL=srv.APIURL(). A test plays Slack's authorize page
// with Grant, which returns the code Slack would send the browser back with.
package fakeslack

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/slack-go/slack/slacktest"
)

// Workspace is a Slack workspace (or, with OrgWide, an Enterprise Grid org installing the app
// org-wide) as the fake knows it.
type Workspace struct {
	Team, TeamName             string
	Enterprise, EnterpriseName string
	OrgWide                    bool   // an org-wide install: keyed by Enterprise, serving every workspace of it
	BotUser                    string // the app's bot user there; "" means U0BOT + Team
	Installer                  string // who approves the install (authed_user.id)
	Rotating                   bool   // the app has token rotation on: tokens expire in 12 hours
}

// Call is one Web API call the fake received.
type Call struct {
	Method string // e.g. chat.postMessage
	Token  string // the token it carried, header or form
	// Form holds its arguments (client credentials removed). A call sent as JSON (views.open)
	// has each top-level field here too, objects as their JSON: Form.Get("view").
	Form url.Values
	// TS is the ts a chat.postMessage was answered with: the message's, which chat.update
	// names.
	TS string
}

// Server is a fake Slack. It is safe for concurrent use.
type Server struct {
	srv          *slacktest.Server
	ClientID     string
	ClientSecret string
	// RedirectURL, when set, is the only redirect_uri oauth.v2.access accepts.
	RedirectURL string

	mu      sync.Mutex
	tokens  map[string]*grant // access token -> what it opens
	revoked map[string]bool   // access tokens revoked: token_revoked
	codes   map[string]*grant // unused codes
	refresh map[string]*grant // unused refresh tokens
	admins  map[string]bool   // team/user -> is an admin
	issued  []string          // every access and refresh token handed out
	calls   []Call
	seq     int

	messages  map[string]bool     // channel + "/" + ts of every message posted
	triggers  map[string]bool     // trigger ids handed out and not yet exchanged
	responses map[string][][]byte // response_url path -> bodies posted to it
}

type grant struct {
	Workspace
	token string
}

// New starts a fake Slack for the app with this client id and secret. It stops when the test
// ends.
func New(t testing.TB, clientID, clientSecret string) *Server {
	s := &Server{
		ClientID: clientID, ClientSecret: clientSecret,
		tokens: map[string]*grant{}, revoked: map[string]bool{}, codes: map[string]*grant{},
		refresh: map[string]*grant{}, admins: map[string]bool{},
		triggers: map[string]bool{}, responses: map[string][][]byte{}, messages: map[string]bool{},
	}
	s.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/oauth.v2.access", s.oauthAccess)
		c.Handle("/chat.postMessage", s.postMessage)
		c.Handle("/chat.update", s.update)
		c.Handle("/users.info", s.usersInfo)
		c.Handle("/auth.test", s.authTest)
		c.Handle("/chat.postEphemeral", s.postEphemeral)
		c.Handle("/views.open", s.viewsOpen)
		c.Handle(responsePath, s.response)
	})
	s.srv.Start()
	t.Cleanup(s.srv.Stop)
	return s
}

// APIURL is the Web API base URL, for SLACK_API_URL.
func (s *Server) APIURL() string { return s.srv.GetAPIURL() }

// AddToken makes token a bot token of ws, as the app's own install page gives one
// (SLACK_BOT_TOKEN).
func (s *Server) AddToken(token string, ws Workspace) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens[token] = &grant{Workspace: ws.withDefaults(), token: token}
}

// Grant plays Slack's authorize page: the person approves the install of the app in ws, and
// Slack sends the browser back with the code this returns. A code is good once.
func (s *Server) Grant(ws Workspace) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	code := s.random("code")
	s.codes[code] = &grant{Workspace: ws.withDefaults()}
	return code
}

// SetAdmin makes user an admin of team (users.info's is_admin) or not.
func (s *Server) SetAdmin(team, user string, admin bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.admins[team+"/"+user] = admin
}

// Uninstall removes the app from a workspace (or org): every token of it is revoked, as when
// someone removes the app, and answers token_revoked from now on.
func (s *Server) Uninstall(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for tok, g := range s.tokens {
		if g.key() == key {
			s.revoked[tok] = true
		}
	}
}

// Tokens returns the valid tokens of a workspace (or org), in no order.
func (s *Server) Tokens(key string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for tok, g := range s.tokens {
		if g.key() == key && !s.revoked[tok] {
			out = append(out, tok)
		}
	}
	return out
}

// Issued returns every access and refresh token oauth.v2.access handed out, revoked ones
// included: what must never appear in clear in a log or a database.
func (s *Server) Issued() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.issued...)
}

// Calls returns the calls of a method received so far (all of them for "").
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Posts returns the chat.postMessage calls to a channel.
func (s *Server) Posts(channel string) []Call {
	var out []Call
	for _, c := range s.Calls("chat.postMessage") {
		if c.Form.Get("channel") == channel {
			out = append(out, c)
		}
	}
	return out
}

func (w Workspace) withDefaults() Workspace {
	if w.BotUser == "" {
		w.BotUser = "U0BOT" + w.Team + w.Enterprise
	}
	return w
}

func (g *grant) key() string {
	if g.OrgWide {
		return g.Enterprise
	}
	return g.Team
}

func (s *Server) random(prefix string) string {
	s.seq++
	b := make([]byte, 8)
	rand.Read(b)
	return prefix + "-" + strconv.Itoa(s.seq) + "-" + hex.EncodeToString(b)
}

// record reads a call's form (or JSON body) and token and keeps them.
func (s *Server) record(r *http.Request, method string) (token string, form url.Values) {
	return s.recordTS(r, method, "")
}

// recordTS is record for a call answered with the message ts.
func (s *Server) recordTS(r *http.Request, method, ts string) (token string, form url.Values) {
	form = url.Values{}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var body map[string]json.RawMessage
		b, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		json.Unmarshal(b, &body)
		for k, v := range body {
			var str string
			if json.Unmarshal(v, &str) == nil {
				form.Set(k, str)
			} else {
				form.Set(k, string(v))
			}
		}
	}
	r.ParseForm()
	for k, v := range r.Form {
		if k != "client_secret" && k != "token" {
			form[k] = v
		}
	}
	token = r.Form.Get("token")
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		token = strings.TrimPrefix(h, "Bearer ")
	}
	s.mu.Lock()
	s.calls = append(s.calls, Call{Method: method, Token: token, Form: form, TS: ts})
	s.mu.Unlock()
	return token, form
}

// auth finds the grant a token opens, or the error Slack answers.
func (s *Server) auth(token string) (*grant, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch g := s.tokens[token]; {
	case token == "":
		return nil, "not_authed"
	case g == nil:
		return nil, "invalid_auth"
	case s.revoked[token]:
		return nil, "token_revoked"
	default:
		return g, ""
	}
}

func reply(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, code string) {
	reply(w, map[string]any{"ok": false, "error": code})
}

// oauthAccess answers oauth.v2.access: a code for a token pair, or, with
// grant_type=refresh_token, a refresh token for a new pair. The client id and secret may come
// with HTTP Basic authentication (as Slack prefers) or as form fields.
func (s *Server) oauthAccess(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		fail(w, "invalid_form_data")
		return
	}
	_, form := s.record(r, "oauth.v2.access")
	id, secret, basic := r.BasicAuth()
	if !basic {
		id, secret = r.Form.Get("client_id"), r.Form.Get("client_secret")
	}
	switch {
	case id != s.ClientID:
		fail(w, "invalid_client_id")
		return
	case secret != s.ClientSecret:
		fail(w, "bad_client_secret")
		return
	}
	s.mu.Lock()
	var g *grant
	switch form.Get("grant_type") {
	case "refresh_token":
		rt := r.Form.Get("refresh_token")
		if g = s.refresh[rt]; g == nil {
			s.mu.Unlock()
			fail(w, "invalid_refresh_token")
			return
		}
		delete(s.refresh, rt) // a refresh token is good once
	case "", "authorization_code":
		code := form.Get("code")
		if g = s.codes[code]; g == nil {
			s.mu.Unlock()
			fail(w, "invalid_code")
			return
		}
		if s.RedirectURL != "" && form.Get("redirect_uri") != s.RedirectURL {
			s.mu.Unlock()
			fail(w, "bad_redirect_uri")
			return
		}
		delete(s.codes, code)
	default:
		s.mu.Unlock()
		fail(w, "invalid_grant_type")
		return
	}
	ng := &grant{Workspace: g.Workspace}
	resp := map[string]any{
		"ok": true, "app_id": "A0BRIEFBOT", "token_type": "bot",
		"scope":                 "commands,chat:write,app_mentions:read,users:read",
		"bot_user_id":           g.BotUser,
		"is_enterprise_install": g.OrgWide,
		"authed_user":           map[string]any{"id": g.Installer},
		"team":                  nil,
		"enterprise":            nil,
	}
	if !g.OrgWide {
		resp["team"] = map[string]any{"id": g.Team, "name": g.TeamName}
	}
	if g.Enterprise != "" {
		resp["enterprise"] = map[string]any{"id": g.Enterprise, "name": g.EnterpriseName}
	}
	if g.Rotating {
		ng.token = "xoxe.xoxb-" + s.random(g.key())
		rt := "xoxe-1-" + s.random(g.key())
		s.refresh[rt] = ng
		s.issued = append(s.issued, rt)
		resp["refresh_token"], resp["expires_in"] = rt, 43200
	} else {
		ng.token = "xoxb-" + s.random(g.key())
	}
	resp["access_token"] = ng.token
	s.tokens[ng.token] = ng
	s.issued = append(s.issued, ng.token)
	s.mu.Unlock()
	reply(w, resp)
}

func (s *Server) postMessage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.seq++
	ts := "1700000000." + strconv.Itoa(100000+s.seq)
	s.mu.Unlock()
	token, form := s.recordTS(r, "chat.postMessage", ts)
	if _, e := s.auth(token); e != "" {
		fail(w, e)
		return
	}
	s.mu.Lock()
	s.messages[form.Get("channel")+"/"+ts] = true
	s.mu.Unlock()
	reply(w, map[string]any{"ok": true, "channel": form.Get("channel"), "ts": ts})
}

// update answers chat.update: a message posted before (chat.postMessage) in that channel is
// changed; any other is message_not_found, as Slack answers for a deleted one.
func (s *Server) update(w http.ResponseWriter, r *http.Request) {
	token, form := s.record(r, "chat.update")
	if _, e := s.auth(token); e != "" {
		fail(w, e)
		return
	}
	channel, ts := form.Get("channel"), form.Get("ts")
	s.mu.Lock()
	known := s.messages[channel+"/"+ts]
	s.mu.Unlock()
	if !known {
		fail(w, "message_not_found")
		return
	}
	reply(w, map[string]any{"ok": true, "channel": channel, "ts": ts, "text": form.Get("text")})
}

// Updates returns the chat.update calls to a channel.
func (s *Server) Updates(channel string) []Call {
	var out []Call
	for _, c := range s.Calls("chat.update") {
		if c.Form.Get("channel") == channel {
			out = append(out, c)
		}
	}
	return out
}

// Delete deletes a message, as a person can: chat.update then answers message_not_found.
func (s *Server) Delete(channel, ts string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.messages, channel+"/"+ts)
}

func (s *Server) usersInfo(w http.ResponseWriter, r *http.Request) {
	token, form := s.record(r, "users.info")
	g, e := s.auth(token)
	if e != "" {
		fail(w, e)
		return
	}
	user := form.Get("user")
	team := g.Team
	if team == "" {
		team = g.Enterprise
	}
	s.mu.Lock()
	admin, known := s.admins[team+"/"+user]
	s.mu.Unlock()
	if !known && user != g.Installer {
		fail(w, "user_not_found")
		return
	}
	reply(w, map[string]any{"ok": true, "user": map[string]any{
		"id": user, "team_id": team, "name": strings.ToLower(user), "deleted": false,
		"is_admin": admin, "is_owner": false, "is_primary_owner": false, "is_bot": false,
	}})
}

func (s *Server) authTest(w http.ResponseWriter, r *http.Request) {
	token, _ := s.record(r, "auth.test")
	g, e := s.auth(token)
	if e != "" {
		fail(w, e)
		return
	}
	resp := map[string]any{
		"ok": true, "url": "https://" + strings.ToLower(g.Team) + ".slack.com/", "team": g.TeamName, "user": "briefbot",
		"team_id": g.Team, "user_id": g.BotUser, "bot_id": "B" + g.BotUser, "is_enterprise_install": g.OrgWide,
	}
	if g.Enterprise != "" {
		resp["enterprise_id"] = g.Enterprise
	}
	reply(w, resp)
}

// Trigger hands out a trigger_id, as Slack puts one in every click, command and shortcut it
// sends: views.open takes it once. (Slack also lets it expire 3 seconds after the click; the
// fake does not, so that no test depends on timing.)
func (s *Server) Trigger() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := strconv.Itoa(100000+s.seq) + ".738474920." + s.random("trigger")[len("trigger-"):]
	s.triggers[t] = true
	return t
}

// Views returns the views.open calls so far: each Form.Get("view") is the modal's JSON, and
// Token the token it was opened with.
func (s *Server) Views() []Call { return s.Calls("views.open") }

// Ephemerals returns the chat.postEphemeral calls to a channel.
func (s *Server) Ephemerals(channel string) []Call {
	var out []Call
	for _, c := range s.Calls("chat.postEphemeral") {
		if c.Form.Get("channel") == channel {
			out = append(out, c)
		}
	}
	return out
}

// responsePath is where the fake's response_urls live, as Slack's live under
// https://hooks.slack.com/actions/….
const responsePath = "/hooks/"

// ResponseURL hands out a response_url, as Slack puts one in every command, click and message
// shortcut it sends.
func (s *Server) ResponseURL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := responsePath + s.random("T")
	s.responses[p] = nil
	return strings.TrimSuffix(s.srv.GetAPIURL(), "/") + p
}

// Responses returns the bodies posted to a response_url, in order.
func (s *Server) Responses(responseURL string) [][]byte {
	u, err := url.Parse(responseURL)
	if err != nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]byte(nil), s.responses[u.Path]...)
}

// response takes a post to a response_url: JSON, to a URL the fake handed out. Slack takes up to
// five posts to one URL within 30 minutes; tests check they keep to that (Responses).
func (s *Server) response(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	s.mu.Lock()
	_, known := s.responses[r.URL.Path]
	if known {
		s.responses[r.URL.Path] = append(s.responses[r.URL.Path], b)
	}
	s.mu.Unlock()
	switch {
	case !known:
		http.Error(w, "expired_url", http.StatusNotFound)
	case r.Method != http.MethodPost || !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") || !json.Valid(b):
		http.Error(w, "invalid_payload", http.StatusBadRequest)
	default:
		io.WriteString(w, "ok")
	}
}

func (s *Server) postEphemeral(w http.ResponseWriter, r *http.Request) {
	token, form := s.record(r, "chat.postEphemeral")
	if _, e := s.auth(token); e != "" {
		fail(w, e)
		return
	}
	if form.Get("channel") == "" || form.Get("user") == "" {
		fail(w, "invalid_arguments")
		return
	}
	s.mu.Lock()
	s.seq++
	ts := "1700000000." + strconv.Itoa(100000+s.seq)
	s.mu.Unlock()
	reply(w, map[string]any{"ok": true, "message_ts": ts})
}

// viewsOpen answers views.open: a trigger the fake handed out, once, and a modal with a title,
// within Slack's limits on what the fake checks (title and buttons 24 characters, 100 blocks,
// callback_id 255, private_metadata 3000 characters).
func (s *Server) viewsOpen(w http.ResponseWriter, r *http.Request) {
	token, form := s.record(r, "views.open")
	g, e := s.auth(token)
	if e != "" {
		fail(w, e)
		return
	}
	trigger := form.Get("trigger_id")
	s.mu.Lock()
	fresh, known := s.triggers[trigger]
	if fresh {
		s.triggers[trigger] = false
	}
	s.mu.Unlock()
	switch {
	case !known:
		fail(w, "invalid_trigger_id")
		return
	case !fresh:
		fail(w, "exchanged_trigger_id")
		return
	}
	var v struct {
		Type            string                 `json:"type"`
		Title           struct{ Text string }  `json:"title"`
		Submit          *struct{ Text string } `json:"submit"`
		Close           *struct{ Text string } `json:"close"`
		Blocks          []json.RawMessage      `json:"blocks"`
		CallbackID      string                 `json:"callback_id"`
		PrivateMetadata string                 `json:"private_metadata"`
	}
	if json.Unmarshal([]byte(form.Get("view")), &v) != nil || v.Type != "modal" || v.Title.Text == "" ||
		len([]rune(v.Title.Text)) > 24 || len(v.Blocks) == 0 || len(v.Blocks) > 100 ||
		len(v.CallbackID) > 255 || len([]rune(v.PrivateMetadata)) > 3000 ||
		(v.Submit != nil && len([]rune(v.Submit.Text)) > 24) || (v.Close != nil && len([]rune(v.Close.Text)) > 24) {
		fail(w, "invalid_arguments")
		return
	}
	s.mu.Lock()
	s.seq++
	id := "V" + strconv.Itoa(1000000+s.seq)
	s.mu.Unlock()
	var view map[string]any
	json.Unmarshal([]byte(form.Get("view")), &view)
	view["id"], view["team_id"] = id, g.Team
	reply(w, map[string]any{"ok": true, "view": view})
}
