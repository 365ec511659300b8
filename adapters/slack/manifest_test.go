package slack

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/briefbot/briefbot/bot"
)

type manifest struct {
	Features struct {
		Shortcuts []struct {
			Name        string `yaml:"name"`
			Type        string `yaml:"type"`
			CallbackID  string `yaml:"callback_id"`
			Description string `yaml:"description"`
		} `yaml:"shortcuts"`
		SlashCommands []struct {
			Command      string `yaml:"command"`
			URL          string `yaml:"url"`
			Description  string `yaml:"description"`
			UsageHint    string `yaml:"usage_hint"`
			ShouldEscape *bool  `yaml:"should_escape"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuth struct {
		RedirectURLs []string `yaml:"redirect_urls"`
		Scopes       struct {
			Bot []string `yaml:"bot"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		Events struct {
			RequestURL string   `yaml:"request_url"`
			BotEvents  []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			IsEnabled  bool   `yaml:"is_enabled"`
			RequestURL string `yaml:"request_url"`
		} `yaml:"interactivity"`
	} `yaml:"settings"`
}

// slackBuiltins are the names of Slack's built-in slash commands, which an app cannot register
// (slack.com/help/articles/201259356, as listed in hermes-agent PR #18456, and the ones Slack's
// composer offers besides). /topic is one: the bot's /topics must keep its s.
var slackBuiltins = []string{
	"active", "apps", "archive", "away", "call", "collapse", "dnd", "expand", "feed", "invite",
	"join", "leave", "me", "msg", "mute", "open", "pro", "remind", "search", "shortcuts", "shrug",
	"status", "topic", "who",
}

// validCommand is what the manifest's command field takes: at most 32 characters with the slash
// (node-slack-sdk's manifest types), in lowercase letters, digits, - and _ (hermes-agent's
// Slack manifest rules).
var validCommand = regexp.MustCompile(`^/[a-z0-9_-]+$`)

// TestManifest checks the manifest users paste into Slack against the code: every command the
// bot has, with the summary and usage the bot itself gives, at the URLs HTTP serves.
func TestManifest(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	const host = "https://briefbot.example.com"
	listed := map[string]int{}
	for i, c := range m.Features.SlashCommands {
		listed[strings.TrimPrefix(c.Command, "/")] = i
		if c.URL != host+CommandsPath {
			t.Errorf("%s: url %q", c.Command, c.URL)
		}
		if c.Description == "" || len(c.Description) > 100 {
			t.Errorf("%s: description %q", c.Command, c.Description)
		}
		if c.ShouldEscape == nil || *c.ShouldEscape {
			t.Errorf("%s: should_escape must be false, so text arrives as typed", c.Command)
		}
	}
	// Slack refuses a manifest that registers one of its built-in commands' names, or a name it
	// cannot take, and every command must still be reachable: under its own name, or after the
	// umbrella.
	if n := len(m.Features.SlashCommands); n > 50 {
		t.Errorf("%d slash commands; a manifest takes at most 50", n)
	}
	for _, c := range m.Features.SlashCommands {
		name := strings.TrimPrefix(c.Command, "/")
		if Reserved(name) || slices.Contains(slackBuiltins, name) {
			t.Errorf("%s is a name Slack keeps for itself; Slack would refuse the whole manifest", c.Command)
		}
		if !validCommand.MatchString(c.Command) || len(c.Command) > 32 {
			t.Errorf("%q: a command is a slash and up to 31 lowercase letters, digits, - or _", c.Command)
		}
		if len(c.UsageHint) > 1000 {
			t.Errorf("%s: usage_hint is %d bytes; Slack takes up to 1000", c.Command, len(c.UsageHint))
		}
	}
	if _, ok := listed[strings.TrimPrefix(Umbrella, "/")]; !ok {
		t.Errorf("the umbrella %s is not in the manifest", Umbrella)
	}
	for _, name := range []string{"status", "quote", "brief", "topics", "speakers", "search", "help", "subscribe", "unsubscribe", "subscriptions", "draft", "drafts", "follow", "feeds", "unfollow"} {
		if _, ok := listed[name]; !ok && !Reserved(name) {
			t.Errorf("/%s is not in the manifest", name)
		}
	}
	// Every command of the table, with what /help says about it.
	for _, c := range bot.Commands() {
		i, ok := listed[c.Name]
		if Reserved(c.Name) {
			continue
		}
		if !ok {
			t.Errorf("/%s is in the command table but not in the manifest", c.Name)
			continue
		}
		mc := m.Features.SlashCommands[i]
		if mc.Description != c.Summary {
			t.Errorf("/%s: description %q, the command table says %q", c.Name, mc.Description, c.Summary)
		}
		hint := strings.TrimSpace(strings.TrimPrefix(c.Usage, "/"+c.Name))
		if slices.ContainsFunc(c.Options, func(o bot.Option) bool { return o.Name == "public" }) {
			hint = strings.TrimSpace(hint + " [public]")
		}
		if mc.UsageHint != hint {
			t.Errorf("/%s: usage_hint %q, want %q (from the command table)", c.Name, mc.UsageHint, hint)
		}
	}
	// The install flow asks a workspace for exactly the scopes the app is configured with.
	if got, want := slices.Sorted(slices.Values(m.OAuth.Scopes.Bot)), slices.Sorted(slices.Values(BotScopes)); !slices.Equal(got, want) {
		t.Errorf("bot scopes %v; /slack/install asks for %v", got, want)
	}
	for _, s := range []string{"commands", "chat:write", "app_mentions:read", "users:read"} {
		if !slices.Contains(m.OAuth.Scopes.Bot, s) {
			t.Errorf("scope %s missing", s)
		}
	}
	if !slices.Equal(m.OAuth.RedirectURLs, []string{host + CallbackPath}) {
		t.Errorf("redirect_urls %v, want the callback %s", m.OAuth.RedirectURLs, host+CallbackPath)
	}
	if m.Settings.Events.RequestURL != host+EventsPath {
		t.Errorf("event subscriptions: %+v", m.Settings.Events)
	}
	for _, e := range []string{"app_mention", "app_uninstalled", "tokens_revoked"} {
		if !slices.Contains(m.Settings.Events.BotEvents, e) {
			t.Errorf("bot event %s not subscribed: %v", e, m.Settings.Events.BotEvents)
		}
	}
	if !m.Settings.Interactivity.IsEnabled || m.Settings.Interactivity.RequestURL != host+InteractionsPath {
		t.Errorf("interactivity: %+v", m.Settings.Interactivity)
	}
	// The message shortcut, within the manifest schema's bounds (slackapi/manifest-schema:
	// name 1–24, type message or global, callback_id 1–255, description 1–150, 1–10 of them),
	// with the callback_id the adapter answers.
	if n := len(m.Features.Shortcuts); n < 1 || n > 10 {
		t.Fatalf("%d shortcuts", n)
	}
	drafts := 0
	for _, s := range m.Features.Shortcuts {
		if s.Name == "" || len(s.Name) > 24 || s.Description == "" || len(s.Description) > 150 || s.CallbackID == "" || len(s.CallbackID) > 255 {
			t.Errorf("shortcut %+v: a field is empty or too long", s)
		}
		if s.Type != "message" && s.Type != "global" {
			t.Errorf("shortcut %q: type %q", s.Name, s.Type)
		}
		if s.CallbackID == ShortcutDraft && s.Type == "message" && s.Name == "Draft a briefing" {
			drafts++
		}
	}
	if drafts != 1 {
		t.Errorf("the message shortcut \"Draft a briefing\" (%s) is not in the manifest once: %+v", ShortcutDraft, m.Features.Shortcuts)
	}
}
