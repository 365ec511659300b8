package slack

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/seal"
)

// Install is one workspace's installation of the app, as the OAuth flow left it: whose it is,
// who installed it, and its bot token. An org-wide install on Enterprise Grid is keyed by its
// enterprise id and serves every workspace of the org.
type Install struct {
	installMeta
	// Key is what the record is stored under: the team id (T…), or the enterprise id (E…) of
	// an org-wide install.
	Key string
	// Rev is the stored record's revision, to tell whether it changed since it was read.
	Rev int64
	// Expires is when the token stops working, with token rotation on; zero otherwise.
	Expires time.Time

	token   string
	refresh string
}

// installMeta is what the store keeps in clear beside the sealed token: nothing in it is
// secret. A record that holds only Enterprise (no token) links a workspace to its org's
// org-wide install, so daily posts, which know only the workspace, find the token.
type installMeta struct {
	Team           string `json:"team_id,omitempty"`
	TeamName       string `json:"team_name,omitempty"`
	Enterprise     string `json:"enterprise_id,omitempty"`
	EnterpriseName string `json:"enterprise_name,omitempty"`
	OrgWide        bool   `json:"is_enterprise_install,omitempty"`
	BotUser        string `json:"bot_user_id,omitempty"`
	AppID          string `json:"app_id,omitempty"`
	Installer      string `json:"installer,omitempty"` // authed_user.id: who installed it
	Scopes         string `json:"scope,omitempty"`
	InstalledAt    int64  `json:"installed_at,omitempty"` // Unix seconds
}

// installSecret is what is sealed: the tokens, never stored in clear.
type installSecret struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token,omitempty"`
}

// Name is how people know the workspace (or org): its name, else its id.
func (in *Install) Name() string {
	switch {
	case in.OrgWide && in.EnterpriseName != "":
		return in.EnterpriseName
	case in.TeamName != "":
		return in.TeamName
	}
	return in.Key
}

// sealRecord is the record a workspace's secret is bound to: a sealed token copied into
// another workspace's row does not open.
func sealRecord(key string) string { return bot.Slack + ":" + key }

// errNoToken: a record that holds no token (a link to an org-wide install).
var errNoToken = errors.New("slack: the record holds no token")

// openInstall reads a stored record, opening its token with keys.
func openInstall(keys *seal.Keyring, c bot.Credential) (*Install, error) {
	in := &Install{Key: c.Workspace, Rev: c.Rev, Expires: c.Expires}
	if len(c.Meta) > 0 {
		if err := json.Unmarshal(c.Meta, &in.installMeta); err != nil {
			return nil, fmt.Errorf("slack: the record of %s: %w", c.Workspace, err)
		}
	}
	if len(c.Secret) == 0 {
		return in, errNoToken
	}
	plain, err := keys.Open(c.Secret, sealRecord(c.Workspace))
	if err != nil {
		return nil, fmt.Errorf("slack: the token of %s %w", c.Workspace, err)
	}
	var s installSecret
	if err := json.Unmarshal(plain, &s); err != nil || s.AccessToken == "" {
		return nil, fmt.Errorf("slack: the token of %s does not read as one", c.Workspace)
	}
	in.token, in.refresh = s.AccessToken, s.RefreshToken
	return in, nil
}

// record is the install as the store keeps it, its tokens sealed under keys.
func (in *Install) record(keys *seal.Keyring, now time.Time) bot.Credential {
	meta, _ := json.Marshal(in.installMeta)
	secret, _ := json.Marshal(installSecret{AccessToken: in.token, RefreshToken: in.refresh})
	return bot.Credential{
		Platform:  bot.Slack,
		Workspace: in.Key,
		Secret:    keys.Seal(secret, sealRecord(in.Key)),
		Meta:      meta,
		Expires:   in.Expires,
		Updated:   now,
	}
}

// linkRecord says that team belongs to enterprise, whose org-wide install serves it.
func linkRecord(team, enterprise string, now time.Time) bot.Credential {
	meta, _ := json.Marshal(installMeta{Team: team, Enterprise: enterprise})
	return bot.Credential{Platform: bot.Slack, Workspace: team, Meta: meta, Updated: now}
}
