package slack

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/seal"
)

// Pauser pauses and resumes the daily briefings of a whole workspace; *bot.Bot is one.
type Pauser interface {
	PauseWorkspace(ctx context.Context, platform, workspace, reason string) (int, error)
	ResumeWorkspace(ctx context.Context, platform, workspace, reason string) (int, error)
}

// uninstalledReason is what /subscriptions says about a daily briefing paused because the
// workspace removed the app (or Slack stopped accepting its token there). Reinstalling resumes
// the briefings paused with exactly these words, so they must stay the same across versions.
const uninstalledReason = "briefbot was removed from this Slack workspace; reinstalling it resumes this briefing"

// ErrNotInstalled means no install serves the workspace: it never installed the app, or removed it.
var ErrNotInstalled = errors.New("slack: briefbot is not installed in this workspace")

// errRefreshing means the workspace's token expired and another replica is renewing it.
var errRefreshing = errors.New("slack: the workspace's token expired and is being renewed")

// Timings of the workspaces' tokens and of who may manage their briefings.
const (
	// refreshMargin: a rotating token (12 hours) used within this of its expiry is renewed first,
	// as Slack's SDKs do.
	refreshMargin = 2 * time.Hour
	// refreshLease bounds one replica's claim on a renewal: longer than the oauth.v2.access call
	// and the store's write, so a claim never runs out under a renewal in progress.
	refreshLease = 2 * time.Minute
	// adminTTL is how long Slack's word on whether someone is an admin is kept.
	adminTTL       = 5 * time.Minute
	adminCacheSize = 10000
	// ownRetry spaces out the auth.test calls that learn SLACK_BOT_TOKEN's workspace, while they
	// fail.
	ownRetry = time.Minute
)

// Workspaces finds the bot token to use in each Slack workspace: the token its install stored
// (sealed) in the credential store, or SLACK_BOT_TOKEN in that token's own workspace, which
// needs no install. It keeps the installs: stores them when the OAuth flow ends, renews
// rotating tokens, and deletes them when a workspace removes the app, pausing its daily
// briefings until it installs the app again. It is safe for concurrent use.
//
// Nothing here is cached across requests but Slack's answers about admins: a workspace
// installed or removed through one replica is seen by every other at its next request.
type Workspaces struct {
	store  bot.CredentialStore
	keys   *seal.Keyring
	single *slackapi.Client
	log    *slog.Logger

	// NewClient makes a Web API client for a token; nil means slack.New(token). The wiring
	// gives every client the same API URL and HTTP client.
	NewClient func(token string) *slackapi.Client
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Pauser pauses the daily briefings of a workspace that removed the app, and resumes them
	// when it installs it again; nil leaves them as they are.
	Pauser Pauser
	// OAuth is the app's OAuth configuration, which renewing rotating tokens needs (the client
	// id and secret); nil means tokens are not renewed.
	OAuth *OAuthConfig
	// ID names this replica in the claims on token renewals; "" means a random one.
	ID string

	idOnce sync.Once
	own    ownTeam
	admins adminCache
}

// NewWorkspaces returns the workspaces kept in store, their tokens sealed with keys. single is
// SLACK_BOT_TOKEN's client, or nil.
func NewWorkspaces(store bot.CredentialStore, keys *seal.Keyring, single *slackapi.Client, log *slog.Logger) *Workspaces {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Workspaces{store: store, keys: keys, single: single, log: log}
}

func (w *Workspaces) now() time.Time {
	if w.Now != nil {
		return w.Now()
	}
	return time.Now()
}

func (w *Workspaces) client(token string) *slackapi.Client {
	if w.NewClient != nil {
		return w.NewClient(token)
	}
	return slackapi.New(token)
}

func (w *Workspaces) id() string {
	w.idOnce.Do(func() {
		if w.ID == "" {
			b := make([]byte, 6)
			rand.Read(b)
			w.ID = "slack-" + hex.EncodeToString(b)
		}
	})
	return w.ID
}

// ownTeam is SLACK_BOT_TOKEN's own workspace, learned with auth.test.
type ownTeam struct {
	mu         sync.Mutex
	known      bool
	team, org  string
	triedAt    time.Time
	triedOnce  bool
	inProgress bool
}

// ownWorkspace returns SLACK_BOT_TOKEN's workspace (and its enterprise), asking Slack once;
// ok is false while Slack has not said (no token, or auth.test failed: it is asked again a
// minute later).
func (w *Workspaces) ownWorkspace(ctx context.Context) (team, org string, ok bool) {
	if w.single == nil {
		return "", "", false
	}
	o := &w.own
	o.mu.Lock()
	if o.known {
		defer o.mu.Unlock()
		return o.team, o.org, true
	}
	if o.inProgress || (o.triedOnce && w.now().Sub(o.triedAt) < ownRetry) {
		o.mu.Unlock()
		return "", "", false
	}
	o.inProgress = true
	o.mu.Unlock()

	actx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	res, err := w.single.AuthTestContext(actx)

	o.mu.Lock()
	defer o.mu.Unlock()
	o.inProgress, o.triedOnce, o.triedAt = false, true, w.now()
	if err != nil {
		w.log.Warn("could not learn SLACK_BOT_TOKEN's workspace (auth.test); it serves the workspaces without an install meanwhile", "err", err)
		return "", "", false
	}
	o.known, o.team, o.org = true, res.TeamID, res.EnterpriseID
	w.log.Info("SLACK_BOT_TOKEN serves its own workspace; others are served by their installs", "team", res.TeamID)
	return o.team, o.org, true
}

// isOwn reports whether team is SLACK_BOT_TOKEN's own workspace (or, for a token of an
// org-wide install, in its org).
func (w *Workspaces) isOwn(ctx context.Context, team, org string) bool {
	own, ownOrg, ok := w.ownWorkspace(ctx)
	if !ok {
		return false
	}
	return (own != "" && team == own) || (own == "" && ownOrg != "" && org == ownOrg)
}

// token returns the install serving a workspace and a client with its token, renewing a
// rotating token first when it is due. inst is nil when SLACK_BOT_TOKEN serves the workspace:
// its own, or any workspace without an install while Slack has not said which is its own.
func (w *Workspaces) token(ctx context.Context, team, org string) (inst *Install, api *slackapi.Client, err error) {
	if w.single != nil && w.isOwn(ctx, team, org) {
		return nil, w.single, nil
	}
	in, err := w.lookup(ctx, team, org, true)
	if errors.Is(err, ErrNotInstalled) && w.single != nil {
		if _, _, known := w.ownWorkspace(ctx); !known {
			return nil, w.single, nil
		}
	}
	if err != nil {
		return nil, nil, err
	}
	in, err = w.fresh(ctx, in)
	if err != nil {
		return nil, nil, err
	}
	return in, w.client(in.token), nil
}

// lookup finds the install serving team: its own, or its org's org-wide one. With link set, a
// workspace found through its org is linked to it in the store, so that daily posts, which
// know only the workspace, find the org's token too.
func (w *Workspaces) lookup(ctx context.Context, team, org string, link bool) (*Install, error) {
	linked := false
	if team != "" {
		c, err := w.store.Credential(ctx, bot.Slack, team)
		switch {
		case err == nil:
			in, err := openInstall(w.keys, c)
			if err == nil {
				w.resealOld(ctx, c)
				return in, nil
			}
			if !errors.Is(err, errNoToken) {
				return nil, err
			}
			linked = true
			if org == "" {
				org = in.Enterprise
			}
		case !errors.Is(err, bot.ErrNoCredential):
			return nil, fmt.Errorf("slack: the install of %s: %w", team, err)
		}
	}
	if org == "" {
		return nil, ErrNotInstalled
	}
	c, err := w.store.Credential(ctx, bot.Slack, org)
	if errors.Is(err, bot.ErrNoCredential) {
		return nil, ErrNotInstalled
	}
	if err != nil {
		return nil, fmt.Errorf("slack: the install of %s: %w", org, err)
	}
	in, err := openInstall(w.keys, c)
	if errors.Is(err, errNoToken) || (err == nil && !in.OrgWide) {
		return nil, ErrNotInstalled
	}
	if err != nil {
		return nil, err
	}
	w.resealOld(ctx, c)
	if link && !linked && team != "" {
		_, err := w.store.PutCredential(ctx, linkRecord(team, org, w.now()), bot.NoRev)
		if err != nil && !errors.Is(err, bot.ErrCredentialChanged) {
			w.log.Warn("could not note which org a workspace belongs to; its daily posts may not find the org's install", "team", team, "enterprise", org, "err", err)
		}
	}
	return in, nil
}

// resealOld seals a record read under a previous key again under the current one, so that the
// old key can be dropped. It is best effort: Reseal at start does the rest.
func (w *Workspaces) resealOld(ctx context.Context, c bot.Credential) {
	if len(c.Secret) == 0 || !w.keys.NeedsReseal(c.Secret) {
		return
	}
	if err := w.reseal(ctx, c); err != nil {
		w.log.Warn("could not seal a workspace's token again under the current key", "workspace", c.Workspace, "err", err)
	}
}

func (w *Workspaces) reseal(ctx context.Context, c bot.Credential) error {
	sealed, err := w.keys.Reseal(c.Secret, sealRecord(c.Workspace))
	if err != nil {
		return err
	}
	c.Secret = sealed
	_, err = w.store.PutCredential(ctx, c, c.Rev)
	if errors.Is(err, bot.ErrCredentialChanged) {
		return nil // changed meanwhile, and so sealed under the current key
	}
	return err
}

// Reseal seals every token stored under a previous key (seal.PreviousVar) again under the
// current one, and returns how many it sealed again. Run at start, it lets the operator drop
// the previous key once every replica has run with the new one.
func (w *Workspaces) Reseal(ctx context.Context) (int, error) {
	all, err := w.store.Credentials(ctx, bot.Slack, time.Time{})
	if err != nil {
		return 0, fmt.Errorf("slack: reseal: %w", err)
	}
	n := 0
	var errs []error
	for _, c := range all {
		if len(c.Secret) == 0 || !w.keys.NeedsReseal(c.Secret) {
			continue
		}
		if err := w.reseal(ctx, c); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", c.Workspace, err))
			continue
		}
		n++
	}
	return n, errors.Join(errs...)
}

// fresh renews a rotating token used within refreshMargin of its expiry, or after it. One
// replica renews it (the claim in the store); the others go on with the token they have while
// it works, and are told to try again shortly once it has expired.
func (w *Workspaces) fresh(ctx context.Context, in *Install) (*Install, error) {
	now := w.now()
	if in.Expires.IsZero() || now.Before(in.Expires.Add(-refreshMargin)) {
		return in, nil
	}
	renewed, err := w.renew(ctx, in)
	if err == nil {
		return renewed, nil
	}
	if now.Before(in.Expires) {
		if !errors.Is(err, errRefreshing) {
			w.log.Warn("could not renew a workspace's token; using it until it expires", "workspace", in.Key, "expires", in.Expires, "err", err)
		}
		return in, nil
	}
	return nil, err
}

// renew exchanges the install's refresh token for a new token pair (oauth.v2.access with
// grant_type=refresh_token) and stores it. Slack revokes a refresh token once used, so only
// the holder of the claim renews, and what it got is stored even if the record was sealed
// again meanwhile.
func (w *Workspaces) renew(ctx context.Context, in *Install) (*Install, error) {
	if w.OAuth == nil || in.refresh == "" {
		return nil, fmt.Errorf("slack: the token of %s expires and cannot be renewed without the app's client id and secret", in.Key)
	}
	now := w.now()
	c, ok, err := w.store.ClaimRefresh(ctx, bot.Slack, in.Key, w.id(), now, now.Add(refreshLease))
	if errors.Is(err, bot.ErrNoCredential) {
		return nil, ErrNotInstalled
	}
	if err != nil {
		return nil, fmt.Errorf("slack: claim the renewal of %s's token: %w", in.Key, err)
	}
	if !ok {
		return nil, errRefreshing
	}
	cur, err := openInstall(w.keys, c)
	if err != nil {
		return nil, err
	}
	if cur.Rev != in.Rev && (cur.Expires.IsZero() || now.Before(cur.Expires.Add(-refreshMargin))) {
		return cur, nil // renewed by another replica (or installed again) since this one read it
	}
	resp, err := slackapi.RefreshOAuthV2TokenContext(ctx, w.OAuth.httpClient(), w.OAuth.ClientID, w.OAuth.ClientSecret, cur.refresh,
		slackapi.OAuthOptionAPIURL(w.OAuth.apiURL()))
	if err != nil {
		return nil, fmt.Errorf("slack: renew the token of %s: %w", in.Key, err)
	}
	if resp.AccessToken == "" {
		return nil, fmt.Errorf("slack: renew the token of %s: Slack answered without a token", in.Key)
	}
	next := *cur
	next.token = resp.AccessToken
	if resp.RefreshToken != "" {
		next.refresh = resp.RefreshToken
	}
	next.Expires = time.Time{}
	if resp.ExpiresIn > 0 {
		next.Expires = now.Add(time.Duration(resp.ExpiresIn) * time.Second)
	}
	rev := cur.Rev
	for range 3 {
		stored, err := w.store.PutCredential(ctx, next.record(w.keys, now), rev)
		if err == nil {
			next.Rev = stored.Rev
			w.log.Info("renewed a workspace's token", "workspace", in.Key, "expires", next.Expires)
			return &next, nil
		}
		if !errors.Is(err, bot.ErrCredentialChanged) {
			w.log.Error("a workspace's token was renewed but could not be stored; if this persists, it must install the app again", "workspace", in.Key, "err", err)
			continue
		}
		// Changed meanwhile: sealed again (same tokens), or the workspace installed the app
		// again or removed it. Only in the first case is the renewal still the one to keep.
		c, err := w.store.Credential(ctx, bot.Slack, in.Key)
		if err != nil {
			return nil, fmt.Errorf("slack: renew the token of %s: it changed meanwhile: %w", in.Key, err)
		}
		latest, err := openInstall(w.keys, c)
		if err != nil || latest.refresh != cur.refresh {
			return latest, err
		}
		rev = c.Rev
	}
	return nil, fmt.Errorf("slack: renew the token of %s: could not store it", in.Key)
}

// install saves an install that the OAuth flow just made, and resumes the daily briefings
// paused when the workspace (or its org) removed the app.
func (w *Workspaces) install(ctx context.Context, resp *slackapi.OAuthV2Response) (*Install, error) {
	if resp.AccessToken == "" || (resp.TokenType != "" && resp.TokenType != "bot") {
		return nil, errors.New("slack: Slack answered without a bot token; the app must ask for bot scopes")
	}
	now := w.now()
	in := &Install{
		installMeta: installMeta{
			Team: resp.Team.ID, TeamName: resp.Team.Name,
			Enterprise: resp.Enterprise.ID, EnterpriseName: resp.Enterprise.Name, OrgWide: resp.IsEnterpriseInstall,
			BotUser: resp.BotUserID, AppID: resp.AppID, Installer: resp.AuthedUser.ID, Scopes: resp.Scope,
			InstalledAt: now.Unix(),
		},
		Key:     resp.Team.ID,
		token:   resp.AccessToken,
		refresh: resp.RefreshToken,
	}
	if resp.IsEnterpriseInstall {
		in.Key = resp.Enterprise.ID
	}
	if in.Key == "" {
		return nil, errors.New("slack: Slack answered without the workspace's id")
	}
	if resp.ExpiresIn > 0 {
		in.Expires = now.Add(time.Duration(resp.ExpiresIn) * time.Second)
	}
	stored, err := w.store.PutCredential(ctx, in.record(w.keys, now), bot.AnyRev)
	if err != nil {
		return nil, fmt.Errorf("slack: store the install of %s: %w", in.Key, err)
	}
	in.Rev = stored.Rev
	w.admins.forget(in.Key)
	if w.Pauser != nil {
		for _, team := range w.teamsOf(ctx, in.Key, in.OrgWide) {
			n, err := w.Pauser.ResumeWorkspace(ctx, bot.Slack, team, uninstalledReason)
			if err != nil {
				w.log.Error("could not resume the daily briefings of a workspace that installed the app again", "team", team, "err", err)
			} else if n > 0 {
				w.log.Info("daily briefings resumed: the workspace installed the app again", "team", team, "briefings", n)
			}
		}
	}
	return in, nil
}

// teamsOf lists the workspaces an install serves: its own, or, for an org-wide install, those
// of its org that the bot has seen.
func (w *Workspaces) teamsOf(ctx context.Context, key string, orgWide bool) []string {
	if !orgWide {
		return []string{key}
	}
	all, err := w.store.Credentials(ctx, bot.Slack, time.Time{})
	if err != nil {
		w.log.Error("could not list the workspaces of an org", "enterprise", key, "err", err)
		return nil
	}
	var teams []string
	for _, c := range all {
		if len(c.Secret) > 0 {
			continue
		}
		in, err := openInstall(w.keys, c)
		if errors.Is(err, errNoToken) && in.Enterprise == key {
			teams = append(teams, c.Workspace)
		}
	}
	return teams
}

// Uninstalled forgets a workspace's install when Slack says the app was removed from it or its
// tokens were revoked (app_uninstalled, tokens_revoked): its token is deleted at once and its
// daily briefings pause until it installs the app again. With orgWide, the install is the org
// (enterprise) one and every workspace of the org pauses. SLACK_BOT_TOKEN's own workspace pauses
// nothing: its token is the operator's, and a refused SLACK_BOT_TOKEN holds the posts instead.
//
// at is when Slack says it happened (the event's event_time): news older than the workspace's
// latest install (Slack retries a delivery for minutes) is ignored, so that it does not undo
// the install that came after it.
func (w *Workspaces) Uninstalled(ctx context.Context, team, org string, orgWide bool, at time.Time) {
	key := team
	if orgWide && org != "" {
		key = org
	}
	if key == "" {
		return
	}
	rev := bot.AnyRev
	if c, err := w.store.Credential(ctx, bot.Slack, key); err == nil {
		// event_time is in whole seconds: an install in the same second is not later.
		if !at.IsZero() && c.Updated.Truncate(time.Second).After(at) {
			w.log.Info("ignored news of the app's removal older than the workspace's latest install", "workspace", key, "removed_at", at, "installed_at", c.Updated)
			return
		}
		rev = c.Rev
	}
	deleted, err := w.store.DeleteCredential(ctx, bot.Slack, key, rev)
	if err != nil {
		w.log.Error("could not delete the token of a workspace that removed the app", "workspace", key, "err", err)
	}
	w.admins.forget(key)
	if w.single != nil && w.isOwn(ctx, team, org) {
		w.log.Error("Slack says the app was removed from SLACK_BOT_TOKEN's own workspace, or its token was revoked; install it again and update SLACK_BOT_TOKEN", "team", team)
		return
	}
	w.pause(ctx, key, orgWide, deleted)
}

// revoked deletes an install whose token Slack refused (invalid_auth, account_inactive,
// token_revoked), and pauses its workspaces. It reports false, doing nothing, when the install
// changed since it was read: the workspace installed the app again, and the new token is to be
// tried.
func (w *Workspaces) revoked(ctx context.Context, in *Install, code string) bool {
	deleted, err := w.store.DeleteCredential(ctx, bot.Slack, in.Key, in.Rev)
	if err != nil {
		w.log.Error("could not delete a workspace's token that Slack refused", "workspace", in.Key, "err", err)
		deleted = true // pause anyway: the token does not work
	}
	if !deleted {
		if _, err := w.store.Credential(ctx, bot.Slack, in.Key); err == nil {
			return false
		}
	}
	w.log.Warn("Slack refused a workspace's token; it is deleted and the workspace's daily briefings pause until it installs the app again",
		"workspace", in.Key, "slack_error", code)
	w.admins.forget(in.Key)
	w.pause(ctx, in.Key, in.OrgWide, deleted)
	return true
}

func (w *Workspaces) pause(ctx context.Context, key string, orgWide, deleted bool) {
	if w.Pauser == nil {
		return
	}
	total := 0
	for _, team := range w.teamsOf(ctx, key, orgWide) {
		n, err := w.Pauser.PauseWorkspace(ctx, bot.Slack, team, uninstalledReason)
		if err != nil {
			w.log.Error("could not pause the daily briefings of a workspace that removed the app", "team", team, "err", err)
			continue
		}
		total += n
	}
	w.log.Info("the app was removed from a workspace: token deleted, daily briefings paused", "workspace", key, "token_deleted", deleted, "paused", total)
}

// manager decides whether user may start or stop daily briefings in team, for a workspace that
// installed the app: whoever installed it, and the workspace's admins and owners (users.info,
// remembered for adminTTL). installed is false when the workspace is SLACK_BOT_TOKEN's (then
// SLACK_ADMINS decides) or has no install.
func (w *Workspaces) manager(ctx context.Context, team, org, user string) (installed, ok bool) {
	in, api, err := w.token(ctx, team, org)
	if err != nil {
		if !errors.Is(err, ErrNotInstalled) {
			w.log.Warn("could not tell who manages a workspace's briefings", "team", team, "err", err)
		}
		return true, false
	}
	if in == nil {
		return false, false
	}
	if user != "" && user == in.Installer {
		return true, true
	}
	return true, w.isAdmin(ctx, api, in.Key, team, user)
}

// isAdmin asks Slack whether user is an admin or owner of their workspace (or org), and
// remembers the answer for adminTTL.
func (w *Workspaces) isAdmin(ctx context.Context, api *slackapi.Client, key, team, user string) bool {
	if user == "" {
		return false
	}
	ck := key + "/" + team + "/" + user
	now := w.now()
	if ok, found := w.admins.get(ck, now); found {
		return ok
	}
	u, err := api.GetUserInfoContext(ctx, user)
	if err != nil {
		w.log.Warn("could not ask Slack whether a user is an admin (users.info, scope users:read); refusing", "team", team, "user", user, "err", err)
		return false
	}
	ok := !u.Deleted && (u.IsAdmin || u.IsOwner || u.IsPrimaryOwner ||
		u.Enterprise.IsAdmin || u.Enterprise.IsOwner || u.Enterprise.IsPrimaryOwner)
	w.admins.put(ck, ok, now.Add(adminTTL))
	return ok
}

// adminCache remembers who is an admin, per install, workspace and user.
type adminCache struct {
	mu sync.Mutex
	m  map[string]adminEntry
}

type adminEntry struct {
	ok    bool
	until time.Time
}

func (c *adminCache) get(k string, now time.Time) (ok, found bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, found := c.m[k]
	if !found || !now.Before(e.until) {
		return false, false
	}
	return e.ok, true
}

func (c *adminCache) put(k string, ok bool, until time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= adminCacheSize {
		c.m = map[string]adminEntry{}
	}
	c.m[k] = adminEntry{ok, until}
}

// forget drops what is known about an install's admins: it was installed again or removed.
func (c *adminCache) forget(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.m {
		if len(k) > len(key) && k[:len(key)] == key && k[len(key)] == '/' {
			delete(c.m, k)
		}
	}
}

// revokedCodes are Slack's answers meaning an installed workspace's token no longer works and
// will not again: the app was removed, or the workspace is gone.
var revokedCodes = []string{"invalid_auth", "account_inactive", "token_revoked", "not_authed"}

func isRevoked(code string) bool { return slices.Contains(revokedCodes, code) }
