package slack

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"
)

// BotScopes are the bot scopes the app asks a workspace for when it installs it: manifest.yaml
// lists the same (manifest_test.go checks it).
var BotScopes = []string{"commands", "chat:write", "app_mentions:read", "users:read"}

// DefaultAuthorizeURL is where Slack asks a person to install the app (OAuth v2).
const DefaultAuthorizeURL = "https://slack.com/oauth/v2/authorize"

// The OAuth paths, as manifest.yaml and the README give them.
const (
	InstallPath  = "/slack/install"
	CallbackPath = "/slack/oauth/callback"
)

// stateTTL is how long an install may take between /slack/install and Slack sending the person
// back: Slack's OAuth guide asks for a state that expires, and ten minutes is what Slack's own
// SDKs allow.
const stateTTL = 10 * time.Minute

// stateCookie holds the random part of the state in the browser that started the install, so
// that a callback carrying a state from another browser (a forged or replayed link) is refused.
const stateCookie = "briefbot_slack_oauth"

// OAuthConfig is what installing the app in other workspaces needs.
type OAuthConfig struct {
	ClientID     string // Basic Information > App Credentials > Client ID
	ClientSecret string // Basic Information > App Credentials > Client Secret
	// RedirectURL is where Slack sends the person back, https://HOST/slack/oauth/callback,
	// exactly as listed on OAuth & Permissions > Redirect URLs.
	RedirectURL string
	// Scopes are the bot scopes asked for; nil means BotScopes.
	Scopes []string
	// AuthorizeURL is Slack's page that asks for the install; "" means DefaultAuthorizeURL.
	AuthorizeURL string
	// APIURL is the Web API base that oauth.v2.access is called at (SLACK_API_URL); "" means
	// Slack's.
	APIURL string
	// HTTPClient makes the oauth.v2.access calls; nil means one with a 30-second timeout.
	HTTPClient *http.Client
}

var defaultOAuthClient = &http.Client{Timeout: 30 * time.Second}

func (c *OAuthConfig) httpClient() *http.Client {
	if c.HTTPClient != nil {
		return c.HTTPClient
	}
	return defaultOAuthClient
}

func (c *OAuthConfig) apiURL() string {
	if c.APIURL == "" {
		return slackapi.APIURL
	}
	return strings.TrimSuffix(c.APIURL, "/") + "/"
}

// OAuth serves the install flow: GET /slack/install sends the person to Slack's authorize page,
// GET /slack/oauth/callback takes them back, exchanges the code for the workspace's bot token
// and stores it (Workspaces). Its pages and logs hold no secret: not the client secret, the
// code, the state or a token.
type OAuth struct {
	cfg OAuthConfig
	ws  *Workspaces
	log *slog.Logger
	key []byte // signs states

	cookiePath string
	installURL string
}

// NewOAuth returns the install flow of the app cfg describes, storing installs in ws.
func NewOAuth(cfg OAuthConfig, ws *Workspaces, log *slog.Logger) *OAuth {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Scopes == nil {
		cfg.Scopes = BotScopes
	}
	if cfg.AuthorizeURL == "" {
		cfg.AuthorizeURL = DefaultAuthorizeURL
	}
	// The state key is derived from the client secret, which every replica has: a state made by
	// one is checked by any other, and nothing else needs configuring.
	mac := hmac.New(sha256.New, []byte(cfg.ClientSecret))
	mac.Write([]byte("briefbot slack oauth state v1"))
	o := &OAuth{cfg: cfg, ws: ws, log: log, key: mac.Sum(nil), cookiePath: CallbackPath, installURL: InstallPath}
	// Behind a proxy that mounts the bot under a prefix, the redirect URL says where the callback
	// is seen from the browser, and so where the cookie must go and the install page is.
	if u, err := url.Parse(cfg.RedirectURL); err == nil && u.Path != "" {
		o.cookiePath = u.Path
		if base, ok := strings.CutSuffix(u.Path, CallbackPath); ok {
			o.installURL = base + InstallPath
		}
	}
	return o
}

// Mount registers the endpoints on mux.
func (o *OAuth) Mount(mux *http.ServeMux) {
	mux.HandleFunc("GET "+InstallPath, o.Install)
	mux.HandleFunc("GET "+CallbackPath, o.Callback)
}

// Install sends the browser straight to Slack's authorize page, with the app's client id, its
// bot scopes, the redirect URL and a new state, and sets the cookie that ties the state to this
// browser. A redirect rather than a page with a button: the link works as the "direct install
// URL" Slack's Marketplace asks for and from any website or README, with one click less, and
// Slack's own page already says which permissions the app asks for.
func (o *OAuth) Install(w http.ResponseWriter, r *http.Request) {
	state, nonce := o.newState(o.ws.now())
	q := url.Values{
		"client_id":    {o.cfg.ClientID},
		"scope":        {strings.Join(o.cfg.Scopes, ",")},
		"redirect_uri": {o.cfg.RedirectURL},
		"state":        {state},
	}
	http.SetCookie(w, &http.Cookie{
		Name: stateCookie, Value: nonce, Path: o.cookiePath, MaxAge: int(stateTTL / time.Second),
		HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode,
	})
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	http.Redirect(w, r, o.cfg.AuthorizeURL+"?"+q.Encode(), http.StatusFound)
}

// newState makes a state: a random nonce and its expiry, signed. It returns the state and the
// nonce as the cookie holds it.
func (o *OAuth) newState(now time.Time) (state, cookie string) {
	var payload [16 + 8]byte
	rand.Read(payload[:16])
	binary.BigEndian.PutUint64(payload[16:], uint64(now.Add(stateTTL).Unix()))
	enc := base64.RawURLEncoding
	return enc.EncodeToString(payload[:]) + "." + enc.EncodeToString(o.sign(payload[:])), enc.EncodeToString(payload[:16])
}

func (o *OAuth) sign(payload []byte) []byte {
	mac := hmac.New(sha256.New, o.key)
	mac.Write(payload)
	return mac.Sum(nil)
}

// stateProblem is why a callback's state is refused.
type stateProblem int

const (
	stateOK stateProblem = iota
	stateMissing
	stateTampered
	stateExpired
	stateOtherBrowser
	stateReplayed
)

func (p stateProblem) String() string {
	return [...]string{"ok", "missing", "tampered", "expired", "other_browser", "replayed"}[p]
}

// checkState verifies a callback's state: signed by this app, not expired, and carried by the
// browser that started the install. It returns the nonce and when the state expires.
func (o *OAuth) checkState(state string, r *http.Request, now time.Time) ([]byte, time.Time, stateProblem) {
	if state == "" {
		return nil, time.Time{}, stateMissing
	}
	enc := base64.RawURLEncoding
	p, s, ok := strings.Cut(state, ".")
	payload, err1 := enc.DecodeString(p)
	sig, err2 := enc.DecodeString(s)
	if !ok || err1 != nil || err2 != nil || len(payload) != 24 || !hmac.Equal(sig, o.sign(payload)) {
		return nil, time.Time{}, stateTampered
	}
	exp := time.Unix(int64(binary.BigEndian.Uint64(payload[16:])), 0)
	if !now.Before(exp) {
		return nil, exp, stateExpired
	}
	c, err := r.Cookie(stateCookie)
	if err != nil || subtle.ConstantTimeCompare([]byte(c.Value), []byte(enc.EncodeToString(payload[:16]))) != 1 {
		return nil, exp, stateOtherBrowser
	}
	return payload[:16], exp, stateOK
}

// Callback finishes an install: it checks the state, exchanges the code for the workspace's
// token with oauth.v2.access and stores it, and shows a page saying how it went. A callback
// that fails any check stores nothing.
func (o *OAuth) Callback(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	// The cookie has done its work, whatever happens now.
	http.SetCookie(w, &http.Cookie{Name: stateCookie, Value: "", Path: o.cookiePath, MaxAge: -1, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})

	if e := q.Get("error"); e != "" {
		code := errorCode(e)
		o.log.Info("slack install not completed: Slack sent the person back with an error", "slack_error", code)
		if code == "access_denied" {
			o.page(w, http.StatusOK, page{Title: "briefbot was not installed", Lead: "You chose not to install briefbot, so nothing was installed.", Again: true})
			return
		}
		o.page(w, http.StatusBadRequest, page{Title: "briefbot was not installed", Lead: "Slack stopped the installation: " + slackWords(code) + ".", Again: true})
		return
	}
	now := o.ws.now()
	nonce, exp, problem := o.checkState(q.Get("state"), r, now)
	if problem == stateOK {
		first, err := o.ws.store.UseOnce(ctx, "slack-oauth-state:"+hex.EncodeToString(nonce), now, exp.Add(time.Minute))
		if err != nil {
			o.log.Error("slack install: could not record the use of its state; nothing installed", "err", err)
			o.page(w, http.StatusServiceUnavailable, page{Title: "briefbot was not installed", Lead: "The bot could not reach its database, so nothing was installed. Please try again in a minute.", Again: true})
			return
		}
		if !first {
			problem = stateReplayed
		}
	}
	if problem != stateOK {
		o.log.Warn("slack install refused: its state does not check out; nothing installed", "reason", problem.String(), "remote", r.RemoteAddr)
		o.page(w, http.StatusBadRequest, page{Title: "briefbot was not installed", Lead: stateWords(problem), Again: true})
		return
	}
	code := q.Get("code")
	if code == "" {
		o.log.Warn("slack install refused: no code; nothing installed")
		o.page(w, http.StatusBadRequest, page{Title: "briefbot was not installed", Lead: "Slack sent you back without the code the installation needs, so nothing was installed.", Again: true})
		return
	}
	ectx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	resp, err := slackapi.GetOAuthV2ResponseContext(ectx, o.cfg.httpClient(), o.cfg.ClientID, o.cfg.ClientSecret, code, o.cfg.RedirectURL,
		slackapi.OAuthOptionAPIURL(o.cfg.apiURL()))
	if err != nil {
		lead := "Slack could not be reached to finish the installation, so nothing was installed. Please try again in a minute."
		if se, ok := errors.AsType[slackapi.SlackErrorResponse](err); ok {
			lead = "Slack refused to finish the installation: " + slackWords(se.Err) + ". Nothing was installed."
			o.log.Error("slack install: oauth.v2.access refused; nothing installed", "slack_error", errorCode(se.Err))
		} else {
			o.log.Error("slack install: oauth.v2.access failed; nothing installed", "err", err)
		}
		o.page(w, http.StatusBadGateway, page{Title: "briefbot was not installed", Lead: lead, Again: true})
		return
	}
	in, err := o.ws.install(ctx, resp)
	if err != nil {
		o.log.Error("slack install: could not store the install; nothing installed", "team", resp.Team.ID, "enterprise", resp.Enterprise.ID, "err", err)
		o.page(w, http.StatusServiceUnavailable, page{Title: "briefbot was not installed", Lead: "The bot could not save the installation, so it will not work there yet. Please try again in a minute.", Again: true})
		return
	}
	o.log.Info("slack install: the app was installed", "workspace", in.Key, "team", in.Team, "enterprise", in.Enterprise,
		"org_wide", in.OrgWide, "installer", in.Installer, "scopes", in.Scopes, "rotating_token", !in.Expires.IsZero())
	o.page(w, http.StatusOK, page{Title: "briefbot is installed", Workspace: in.Name(), Installed: true})
}

// codeChars is what an error code from Slack is made of. The error parameter of a callback is
// whatever the link says, so anything else is not repeated.
var codeChars = regexp.MustCompile(`^[a-z0-9_]{1,64}$`)

func errorCode(s string) string {
	if codeChars.MatchString(s) {
		return s
	}
	return "unknown"
}

// oauthErrors are Slack's OAuth errors in words, for the person installing the app
// (oauth.v2.access's documented errors, and access_denied from the authorize page).
var oauthErrors = map[string]string{
	"access_denied":                       "the installation was cancelled",
	"invalid_code":                        "the installation took too long or was already finished (its code is good once, for ten minutes)",
	"bad_redirect_uri":                    "the bot's redirect URL (SLACK_REDIRECT_URL) is not the one the app lists under OAuth & Permissions > Redirect URLs",
	"invalid_client_id":                   "the app's client ID (SLACK_CLIENT_ID) is not right",
	"bad_client_secret":                   "the app's client secret (SLACK_CLIENT_SECRET) is not right",
	"cannot_install_an_org_installed_app": "the app is already installed for your whole organization",
	"oauth_authorization_url_mismatch":    "the installation was not started on Slack's OAuth v2 page",
	"invalid_grant_type":                  "the bot asked Slack in a way it does not accept",
	"no_scopes":                           "the bot asked for no permissions",
	"invalid_refresh_token":               "the workspace's renewal token is no longer valid",
}

// slackWords is a Slack OAuth error in words.
func slackWords(code string) string {
	if w, ok := oauthErrors[code]; ok {
		return w
	}
	return "it answered " + errorCode(code)
}

func stateWords(p stateProblem) string {
	switch p {
	case stateMissing:
		return "This link did not come from an installation started here, so nothing was installed."
	case stateExpired:
		return "The installation took longer than ten minutes, so nothing was installed."
	case stateOtherBrowser:
		return "The installation was started in another browser (or its cookie was blocked), so nothing was installed. Finish it in the browser that started it."
	case stateReplayed:
		return "This installation link was already used, so nothing was installed again."
	}
	return "This link was altered or did not come from this bot, so nothing was installed."
}
