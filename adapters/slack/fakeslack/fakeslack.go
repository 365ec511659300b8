// Package fakeslack is a fake Slack Web API for tests of workspaces that install the app: it is
// slack-go's slacktest server with the methods briefbot calls answered as Slack answers them
// (oauth.v2.access, with codes and rotating tokens; chat.postMessage; users.info; auth.test),
// per workspace and per token, and it records which token every call carried.
//
// Point the bot at it with SLACK_API_URL=srv.APIURL(). A test plays Slack's authorize page
// with Grant, which returns the code Slack would send the browser back with.
package fakeslack

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
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
	Method string     // e.g. chat.postMessage
	Token  string     // the token it carried, header or form
	Form   url.Values // its arguments (client credentials removed)
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
	}
	s.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/oauth.v2.access", s.oauthAccess)
		c.Handle("/chat.postMessage", s.postMessage)
		c.Handle("/users.info", s.usersInfo)
		c.Handle("/auth.test", s.authTest)
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

// record reads a call's form and token and keeps them.
func (s *Server) record(r *http.Request, method string) (token string, form url.Values) {
	r.ParseForm()
	form = url.Values{}
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
	s.calls = append(s.calls, Call{Method: method, Token: token, Form: form})
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
	token, form := s.record(r, "chat.postMessage")
	if _, e := s.auth(token); e != "" {
		fail(w, e)
		return
	}
	s.mu.Lock()
	s.seq++
	ts := "1700000000." + strconv.Itoa(100000+s.seq)
	s.mu.Unlock()
	reply(w, map[string]any{"ok": true, "channel": form.Get("channel"), "ts": ts})
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
