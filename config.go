package main

import (
	"encoding/hex"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/internal/seal"
)

// Config is everything the bot reads from its environment. .env.example
// lists the same variables, with comments.
type Config struct {
	BriefingsDir string // BRIEFINGS_DIR; "" serves the built-in corpus
	// Builtin is BUILTIN_BRIEFINGS: whether the built-in corpus is served
	// when BRIEFINGS_DIR is not set, beside the store's briefings.
	Builtin     bool
	HTTPAddr    string // HTTP_ADDR
	LogLevel    slog.Level
	LogLevelSet bool   // LOG_LEVEL was given
	LogFormat   string // LOG_FORMAT: "text", "json" or "" (text on a terminal, JSON otherwise)
	Metrics     bool   // METRICS

	Slack   SlackConfig
	Discord DiscordConfig

	DatabaseURL string         // DATABASE_URL; "" means sqlite:briefbot.db
	DefaultTZ   *time.Location // DEFAULT_TZ
	Catchup     time.Duration  // CATCHUP

	// IngestAllowPrivate (INGEST_ALLOW_PRIVATE) lets links from chat and
	// feeds reach private and loopback addresses; see adapters/web.
	IngestAllowPrivate bool

	// FeedInterval is FEED_INTERVAL: how often each followed feed is
	// fetched (jittered by ±10 % per feed). Below a minute is allowed, for
	// tests and demos, and warned about at start-up.
	FeedInterval time.Duration

	// Keys (ENCRYPTION_KEY, ENCRYPTION_KEYS_PREVIOUS) seal the tokens the
	// store keeps; nil when ENCRYPTION_KEY is unset.
	Keys *seal.Keyring
}

// SlackConfig holds the SLACK_* variables.
type SlackConfig struct {
	SigningSecret string   // SLACK_SIGNING_SECRET: enables HTTP mode
	BotToken      string   // SLACK_BOT_TOKEN (xoxb-…): posting
	AppToken      string   // SLACK_APP_TOKEN (xapp-…): enables Socket Mode
	APIURL        string   // SLACK_API_URL
	Admins        []string // SLACK_ADMINS: user ids allowed to manage subscriptions
	// Curators is SLACK_CURATORS: who may draft, publish and retract
	// briefings in chat. Each entry is a user id (U…, W…), meaning that
	// user in SLACK_BOT_TOKEN's workspace (in every workspace when the bot
	// serves that one alone, without installs), or a team-qualified one
	// (T…:U…, E…:W…), meaning that user in that workspace (or org) only.
	Curators []string

	// Installing the app in other workspaces (OAuth): all three, or none.
	ClientID     string // SLACK_CLIENT_ID
	ClientSecret string // SLACK_CLIENT_SECRET
	RedirectURL  string // SLACK_REDIRECT_URL: https://HOST/slack/oauth/callback
}

// OAuthOn reports whether the app may be installed in other workspaces.
func (c SlackConfig) OAuthOn() bool { return c.ClientID != "" }

// DiscordConfig holds the DISCORD_* variables.
type DiscordConfig struct {
	BotToken   string // DISCORD_BOT_TOKEN: enables gateway mode and posting
	AppID      string // DISCORD_APP_ID
	PublicKey  []byte // DISCORD_PUBLIC_KEY (hex): enables HTTP interactions
	GuildID    string // DISCORD_GUILD_ID
	APIURL     string // DISCORD_API_URL
	ShardID    int    // DISCORD_SHARD_ID
	ShardCount int    // DISCORD_SHARD_COUNT
	// CuratorRole is DISCORD_CURATOR_ROLE: the id of the role whose
	// members may curate; "" means members with Manage Messages.
	CuratorRole string
}

// SlackOn reports whether any Slack mode is configured.
func (c Config) SlackOn() bool {
	return c.Slack.SigningSecret != "" || c.Slack.AppToken != "" || c.Slack.BotToken != "" || c.Slack.OAuthOn()
}

// DiscordOn reports whether any Discord mode is configured.
func (c Config) DiscordOn() bool {
	return c.Discord.BotToken != "" || c.Discord.PublicKey != nil
}

// configError names the variable that is wrong and what it should be. It
// never repeats a secret's value.
type configError struct {
	name, value, want string
}

func (e *configError) Error() string {
	if e.value == "" {
		return fmt.Sprintf("%s: %s", e.name, e.want)
	}
	return fmt.Sprintf("%s=%q: %s", e.name, e.value, e.want)
}

// loadConfig reads and checks the configuration. The first malformed value
// stops it, with an error naming the variable.
func loadConfig(getenv func(string) string) (Config, error) {
	get := func(name string) string { return strings.TrimSpace(getenv(name)) }
	c := Config{
		BriefingsDir: get("BRIEFINGS_DIR"),
		HTTPAddr:     get("HTTP_ADDR"),
		LogFormat:    strings.ToLower(get("LOG_FORMAT")),
		Metrics:      true,
		DatabaseURL:  get("DATABASE_URL"),
		DefaultTZ:    time.UTC,
		Catchup:      6 * time.Hour,
		FeedInterval: bot.DefaultFeedInterval,
	}
	if c.HTTPAddr == "" {
		c.HTTPAddr = ":8080"
	}
	var err error
	if _, port, err := net.SplitHostPort(c.HTTPAddr); err != nil || port == "" {
		return c, &configError{"HTTP_ADDR", c.HTTPAddr, "expected host:port, e.g. :8080 or 127.0.0.1:8080"}
	}
	if v := get("LOG_LEVEL"); v != "" {
		if err := c.LogLevel.UnmarshalText([]byte(v)); err != nil {
			return c, &configError{"LOG_LEVEL", v, "expected debug, info, warn or error"}
		}
		c.LogLevelSet = true
	}
	switch c.LogFormat {
	case "", "text", "json":
	default:
		return c, &configError{"LOG_FORMAT", c.LogFormat, "expected text or json"}
	}
	switch v := strings.ToLower(get("BUILTIN_BRIEFINGS")); v {
	case "", "on", "true", "1", "yes":
		c.Builtin = true
	case "off", "false", "0", "no":
	default:
		return c, &configError{"BUILTIN_BRIEFINGS", v, "expected on or off"}
	}
	switch v := strings.ToLower(get("METRICS")); v {
	case "", "on", "true", "1", "yes":
	case "off", "false", "0", "no":
		c.Metrics = false
	default:
		return c, &configError{"METRICS", v, "expected on or off"}
	}

	if c.IngestAllowPrivate, err = boolVar(get, "INGEST_ALLOW_PRIVATE"); err != nil {
		return c, err
	}

	c.Slack = SlackConfig{
		SigningSecret: get("SLACK_SIGNING_SECRET"),
		BotToken:      get("SLACK_BOT_TOKEN"),
		AppToken:      get("SLACK_APP_TOKEN"),
		APIURL:        get("SLACK_API_URL"),
	}
	if t := c.Slack.BotToken; t != "" && !strings.HasPrefix(t, "xoxb-") {
		return c, &configError{"SLACK_BOT_TOKEN", "", "expected a bot token starting with xoxb- (OAuth & Permissions page)"}
	}
	if t := c.Slack.AppToken; t != "" && !strings.HasPrefix(t, "xapp-") {
		return c, &configError{"SLACK_APP_TOKEN", "", "expected an app-level token starting with xapp- (Basic Information page, scope connections:write)"}
	}
	if c.Slack.AppToken != "" && c.Slack.BotToken == "" {
		return c, &configError{"SLACK_BOT_TOKEN", "", "Socket Mode (SLACK_APP_TOKEN) also needs the bot token (xoxb-…)"}
	}
	if err := checkURL("SLACK_API_URL", c.Slack.APIURL); err != nil {
		return c, err
	}
	if err := slackOAuth(get, &c); err != nil {
		return c, err
	}
	for _, id := range strings.Split(get("SLACK_ADMINS"), ",") {
		if id = strings.TrimSpace(id); id != "" {
			if !validSlackUser(id) {
				return c, &configError{"SLACK_ADMINS", id, "expected Slack user ids such as U012AB3CD, separated by commas"}
			}
			c.Slack.Admins = append(c.Slack.Admins, id)
		}
	}

	for _, e := range strings.Split(get("SLACK_CURATORS"), ",") {
		if e = strings.TrimSpace(e); e == "" {
			continue
		}
		if !validCurator(e) {
			return c, &configError{"SLACK_CURATORS", e, "expected Slack user ids such as U012AB3CD, or a workspace and a user as T012AB3CD:U012AB3CD, separated by commas"}
		}
		if !strings.Contains(e, ":") && c.Slack.OAuthOn() && c.Slack.BotToken == "" {
			return c, &configError{"SLACK_CURATORS", e, "a user id alone names a curator of SLACK_BOT_TOKEN's workspace, which is not set; write the workspace's id before it, as in T012AB3CD:" + e}
		}
		c.Slack.Curators = append(c.Slack.Curators, e)
	}

	c.Discord = DiscordConfig{
		CuratorRole: get("DISCORD_CURATOR_ROLE"),
		BotToken:    get("DISCORD_BOT_TOKEN"),
		AppID:       get("DISCORD_APP_ID"),
		GuildID:     get("DISCORD_GUILD_ID"),
		APIURL:      get("DISCORD_API_URL"),
	}
	if v := get("DISCORD_PUBLIC_KEY"); v != "" {
		k, err := hex.DecodeString(v)
		if err != nil || len(k) != 32 {
			return c, &configError{"DISCORD_PUBLIC_KEY", "", "expected the 64 hex characters of the application's public key (General Information page)"}
		}
		c.Discord.PublicKey = k
	}
	if v := c.Discord.AppID; v != "" && !isSnowflake(v) {
		return c, &configError{"DISCORD_APP_ID", v, "expected the application id, a number (General Information page)"}
	}
	if v := c.Discord.CuratorRole; v != "" && !isSnowflake(v) {
		return c, &configError{"DISCORD_CURATOR_ROLE", v, "expected a role id, a number (Server Settings > Roles, right-click the role, Copy Role ID)"}
	}
	if v := c.Discord.GuildID; v != "" && !isSnowflake(v) {
		return c, &configError{"DISCORD_GUILD_ID", v, "expected a server id, a number (right-click the server, Copy Server ID)"}
	}
	if c.DiscordOn() && c.Discord.AppID == "" {
		return c, &configError{"DISCORD_APP_ID", "", "is required when DISCORD_BOT_TOKEN or DISCORD_PUBLIC_KEY is set"}
	}
	if err := checkURL("DISCORD_API_URL", c.Discord.APIURL); err != nil {
		return c, err
	}
	if c.Discord.ShardCount, err = intVar(get, "DISCORD_SHARD_COUNT", 1, 1); err != nil {
		return c, err
	}
	if c.Discord.ShardID, err = intVar(get, "DISCORD_SHARD_ID", 0, 0); err != nil {
		return c, err
	}
	if c.Discord.ShardID >= c.Discord.ShardCount {
		return c, &configError{"DISCORD_SHARD_ID", strconv.Itoa(c.Discord.ShardID), fmt.Sprintf("must be below DISCORD_SHARD_COUNT (%d)", c.Discord.ShardCount)}
	}

	switch u := c.DatabaseURL; {
	case u == "", strings.HasPrefix(u, "sqlite:"), strings.HasPrefix(u, "postgres://"), strings.HasPrefix(u, "postgresql://"):
	default:
		return c, &configError{"DATABASE_URL", "", "expected sqlite:PATH or postgres://user:password@host:5432/dbname"}
	}
	if v := get("DEFAULT_TZ"); v != "" {
		loc, err := bot.LoadZone(v) // what /subscribe accepts, so its default always works
		if err != nil {
			return c, &configError{"DEFAULT_TZ", v, "expected an IANA time zone such as Europe/Berlin or UTC"}
		}
		c.DefaultTZ = loc
	}
	if v := get("FEED_INTERVAL"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < time.Second {
			return c, &configError{"FEED_INTERVAL", v, "expected a duration of a second or more, such as 15m or 1h (30s for a test)"}
		}
		if d > 24*time.Hour {
			return c, &configError{"FEED_INTERVAL", v, "expected 24h or less; a feed fetched less than daily misses most of its stories"}
		}
		c.FeedInterval = d
	}
	if v := get("CATCHUP"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 {
			return c, &configError{"CATCHUP", v, "expected a duration such as 6h or 90m"}
		}
		if d >= 24*time.Hour {
			// A day's post sent a day late would meet the next day's: two posts back to back.
			return c, &configError{"CATCHUP", v, "expected less than 24h; a post later than that would arrive with the next day's"}
		}
		c.Catchup = d
	}
	return c, nil
}

// slackOAuth reads what installing the app in other workspaces needs, and
// the keys that seal the tokens it stores: refused without ENCRYPTION_KEY,
// since the store must never hold a token in clear.
func slackOAuth(get func(string) string, c *Config) error {
	if get(seal.KeyVar) != "" || get(seal.PreviousVar) != "" {
		k, err := seal.ParseKeys(get(seal.KeyVar), get(seal.PreviousVar))
		if err != nil {
			return err // names the variable, never the key
		}
		c.Keys = k
	}
	s := &c.Slack
	s.ClientID, s.ClientSecret, s.RedirectURL = get("SLACK_CLIENT_ID"), get("SLACK_CLIENT_SECRET"), get("SLACK_REDIRECT_URL")
	if s.ClientID == "" && s.ClientSecret == "" && s.RedirectURL == "" {
		return nil
	}
	const why = "installing the app in other workspaces needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_REDIRECT_URL"
	switch {
	case s.ClientID == "":
		return &configError{"SLACK_CLIENT_ID", "", why + " (Basic Information > App Credentials > Client ID)"}
	case s.ClientSecret == "":
		return &configError{"SLACK_CLIENT_SECRET", "", why + " (Basic Information > App Credentials > Client Secret)"}
	case s.RedirectURL == "":
		return &configError{"SLACK_REDIRECT_URL", "", why + " (https://YOUR-HOST/slack/oauth/callback, also listed on OAuth & Permissions > Redirect URLs)"}
	case strings.ContainsAny(s.ClientID, " \t"):
		return &configError{"SLACK_CLIENT_ID", "", "expected the app's client id, such as 2141029472.691202649728 (Basic Information > App Credentials)"}
	}
	if err := checkRedirect(s.RedirectURL); err != nil {
		return err
	}
	if s.SigningSecret == "" && s.AppToken == "" {
		return &configError{"SLACK_SIGNING_SECRET", "", "installed workspaces reach the bot over HTTP (or Socket Mode); set the app's signing secret (Basic Information page)"}
	}
	if c.Keys == nil {
		return fmt.Errorf("%s: not set; installing the app in other workspaces (SLACK_CLIENT_ID) stores each workspace's token, encrypted with it: expected 32 random bytes in base64 (44 characters; make one with: head -c 32 /dev/urandom | base64)", seal.KeyVar)
	}
	return nil
}

// checkRedirect checks SLACK_REDIRECT_URL: an absolute https URL ending in
// the callback's path (http only for a bot on this machine, for trying it
// out), as Slack requires of a distributed app's redirect URLs.
func checkRedirect(v string) error {
	u, err := url.Parse(v)
	bad := &configError{"SLACK_REDIRECT_URL", "", "expected https://YOUR-HOST/slack/oauth/callback, as listed on the app's OAuth & Permissions page"}
	if err != nil || u.Host == "" || u.User != nil || u.Fragment != "" || u.RawQuery != "" || !strings.HasSuffix(u.Path, "/slack/oauth/callback") {
		return bad
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		switch u.Hostname() {
		case "localhost", "127.0.0.1", "::1":
			return nil
		}
		return &configError{"SLACK_REDIRECT_URL", u.Redacted(), "expected an https:// URL: Slack sends the one-time install code there (http:// only for localhost)"}
	}
	return bad
}

// checkURL checks an API base URL. Its error repeats the URL without any
// password in it (a proxy's, say), and not at all when it does not parse.
func checkURL(name, v string) error {
	if v == "" {
		return nil
	}
	u, err := url.Parse(v)
	if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return nil
	}
	shown := ""
	if err == nil {
		shown = u.Redacted()
	}
	return &configError{name, shown, "expected a URL starting with https:// (or http:// for a local test server)"}
}

func intVar(get func(string) string, name string, def, least int) (int, error) {
	v := get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < least {
		return 0, &configError{name, v, fmt.Sprintf("expected a whole number of at least %d", least)}
	}
	return n, nil
}

// boolVar reads a yes/no variable; unset is no.
func boolVar(get func(string) string, name string) (bool, error) {
	switch v := strings.ToLower(get(name)); v {
	case "", "false", "0", "no", "off":
		return false, nil
	case "true", "1", "yes", "on":
		return true, nil
	default:
		return false, &configError{name, v, "expected true or false"}
	}
}

func isSnowflake(s string) bool {
	_, err := strconv.ParseUint(s, 10, 64)
	return err == nil
}

// validCurator checks an entry of SLACK_CURATORS: a user id, or a team
// (T…) or enterprise (E…) id and a user id.
func validCurator(s string) bool {
	team, user, qualified := strings.Cut(s, ":")
	if !qualified {
		return validSlackUser(s)
	}
	return validSlackID(team, 'T', 'E') && validSlackUser(user)
}

// validSlackID checks a Slack id: one of the first letters, then capitals
// and digits.
func validSlackID(s string, first ...byte) bool {
	if len(s) < 2 || !strings.ContainsRune(string(first), rune(s[0])) {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func validSlackUser(s string) bool {
	if len(s) < 2 || (s[0] != 'U' && s[0] != 'W') {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
