package discord_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
)

// Discord's rule for command and option names (application-commands.mdx),
// in Go's spelling of the script classes.
var nameRule = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

// TestCommandSet checks the registered commands mirror the bot's table and
// keep Discord's rules.
func TestCommandSet(t *testing.T) {
	t.Parallel()
	all := discord.Commands("")
	if len(all) != len(bot.Commands())+1 {
		t.Fatalf("%d commands registered, the bot has %d and the context menu one", len(all), len(bot.Commands()))
	}
	cmds := all[:len(bot.Commands())]
	for i, c := range cmds {
		src := bot.Commands()[i]
		if c.Name != src.Name || !nameRule.MatchString(c.Name) || c.Name != strings.ToLower(c.Name) {
			t.Errorf("command name %q (bot: %q)", c.Name, src.Name)
		}
		if n := len([]rune(c.Description)); n < 1 || n > 100 {
			t.Errorf("/%s: description of %d characters", c.Name, n)
		}
		if c.Type != discordgo.ChatApplicationCommand {
			t.Errorf("/%s: type %d", c.Name, c.Type)
		}
		if len(c.Options) != len(src.Options) {
			t.Errorf("/%s: %d options, the bot has %d", c.Name, len(c.Options), len(src.Options))
		}
		optional := false
		for _, o := range c.Options {
			if !nameRule.MatchString(o.Name) || o.Name != strings.ToLower(o.Name) {
				t.Errorf("/%s: option name %q", c.Name, o.Name)
			}
			if n := len([]rune(o.Description)); n < 1 || n > 100 {
				t.Errorf("/%s %s: description of %d characters", c.Name, o.Name, n)
			}
			if o.Required && optional {
				t.Errorf("/%s: required option %s after an optional one", c.Name, o.Name)
			}
			optional = optional || !o.Required
			if o.Autocomplete && len(o.Choices) > 0 {
				t.Errorf("/%s %s: autocomplete and choices together", c.Name, o.Name)
			}
		}
		if (src.Manage || src.Curate) != (c.DefaultMemberPermissions != nil) {
			t.Errorf("/%s: Manage %v, Curate %v but default_member_permissions %v", c.Name, src.Manage, src.Curate, c.DefaultMemberPermissions)
		}
	}

	// The options the core's commands are known to have.
	want := map[string]map[string]discordgo.ApplicationCommandOptionType{
		"status": {"topic": discordgo.ApplicationCommandOptionString, "public": discordgo.ApplicationCommandOptionBoolean},
		"quote":  {"speaker": discordgo.ApplicationCommandOptionString, "words": discordgo.ApplicationCommandOptionString, "public": discordgo.ApplicationCommandOptionBoolean},
		"search": {"words": discordgo.ApplicationCommandOptionString},
	}
	autocompleted := map[string]bool{"topic": true, "speaker": true}
	required := map[string]bool{"status topic": true, "quote speaker": true, "quote words": false, "search words": true, "status public": false}
	for _, c := range cmds {
		for _, o := range c.Options {
			if typ, ok := want[c.Name][o.Name]; ok && o.Type != typ {
				t.Errorf("/%s %s: type %d, want %d", c.Name, o.Name, o.Type, typ)
			}
			if o.Autocomplete != autocompleted[o.Name] {
				t.Errorf("/%s %s: autocomplete %v", c.Name, o.Name, o.Autocomplete)
			}
			if req, ok := required[c.Name+" "+o.Name]; ok && o.Required != req {
				t.Errorf("/%s %s: required %v, want %v", c.Name, o.Name, o.Required, req)
			}
		}
	}
}

// TestManageCommandPermissions converts a command that manages a channel's
// settings: only members who may manage channels see it, only in servers,
// and only where the bot is installed.
func TestManageCommandPermissions(t *testing.T) {
	t.Parallel()
	c := discord.ApplicationCommand(&bot.Command{
		Name: "subscribe", Summary: strings.Repeat("Posts the daily briefing here ", 5), Manage: true,
		Options: []bot.Option{{Name: "at", Description: "Time", Kind: bot.Text}, {Name: "topics", Description: "Topics", Kind: bot.TopicName, Required: true}},
	}, "")
	raw, _ := json.Marshal(c)
	var got struct {
		DefaultMemberPermissions string `json:"default_member_permissions"`
		Contexts                 []int  `json:"contexts"`
		IntegrationTypes         []int  `json:"integration_types"`
		Description              string `json:"description"`
		Options                  []struct {
			Name string `json:"name"`
		} `json:"options"`
	}
	json.Unmarshal(raw, &got)
	if got.DefaultMemberPermissions != "16" {
		t.Errorf("default_member_permissions %q, want \"16\" (Manage Channels)", got.DefaultMemberPermissions)
	}
	if len(got.Contexts) != 1 || got.Contexts[0] != 0 {
		t.Errorf("contexts %v, want [0] (servers only)", got.Contexts)
	}
	if len(got.IntegrationTypes) != 1 || got.IntegrationTypes[0] != 0 {
		t.Errorf("integration_types %v, want [0] (where the bot is installed in the server, not user installs)", got.IntegrationTypes)
	}
	if n := len([]rune(got.Description)); n > 100 || !strings.HasSuffix(got.Description, "…") {
		t.Errorf("a long summary became %q (%d)", got.Description, n)
	}
	if len(got.Options) != 2 || got.Options[0].Name != "topics" {
		t.Errorf("options %+v: the required one must come first", got.Options)
	}

	plain, _ := json.Marshal(discord.ApplicationCommand(bot.Commands()[0], ""))
	if strings.Contains(string(plain), "default_member_permissions") || strings.Contains(string(plain), "contexts") || strings.Contains(string(plain), "integration_types") {
		t.Errorf("an ordinary command is restricted: %s", plain)
	}
}

// TestRegister checks the one bulk overwrite sent at start-up, to a server
// or globally.
func TestRegister(t *testing.T) {
	t.Parallel()
	for _, guild := range []string{guildID, ""} {
		srv := discordtest.NewServer(t, appID, token)
		s, err := discord.NewSession(token, srv.APIURL())
		if err != nil {
			t.Fatal(err)
		}
		cmds, err := discord.Register(context.Background(), s, appID, guild, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(cmds) != len(bot.Commands())+1 || cmds[0].ID == "" {
			t.Errorf("Discord's answer read back as %d commands", len(cmds))
		}
		path := "/applications/" + appID + "/commands"
		if guild != "" {
			path = "/applications/" + appID + "/guilds/" + guild + "/commands"
		}
		reqs := srv.Requests()
		if len(reqs) != 1 || reqs[0].Method != http.MethodPut || reqs[0].Path != path {
			t.Fatalf("requests %+v, want one PUT %s", reqs, path)
		}
		if got := reqs[0].Header.Get("Authorization"); got != "Bot "+token {
			t.Errorf("Authorization %q", got)
		}
		want, _ := json.Marshal(discord.Commands(""))
		if !jsonEqual(t, reqs[0].Body, want) {
			t.Errorf("bulk overwrite body:\n got %s\nwant %s", reqs[0].Body, want)
		}
		var sent []map[string]any
		json.Unmarshal(reqs[0].Body, &sent)
		if sent[0]["name"] != "status" || sent[0]["options"].([]any)[0].(map[string]any)["autocomplete"] != true {
			t.Errorf("first command sent: %v", sent[0])
		}
		// The context-menu command goes in the same overwrite, next to the
		// slash commands.
		menu := sent[len(sent)-1]
		if menu["name"] != "Draft a briefing" || menu["type"] != float64(3) {
			t.Errorf("last command sent: %v, want the message command Draft a briefing", menu)
		}
		// The feed commands go to Discord with the others.
		names := map[any]bool{}
		for _, c := range sent {
			names[c["name"]] = true
		}
		for _, name := range []string{"follow", "feeds", "unfollow"} {
			if !names[name] {
				t.Errorf("/%s is not registered", name)
			}
		}
	}
}

// TestCurateCommandPermissions: the curators' commands (/draft, /drafts,
// Draft a briefing, /follow, /feeds, /unfollow) are offered in servers only, to members with Manage
// Messages; with DISCORD_CURATOR_ROLE set, to everyone in servers, the bot
// checking the role itself.
func TestCurateCommandPermissions(t *testing.T) {
	t.Parallel()
	type registered struct {
		Type                     int     `json:"type"`
		Name                     string  `json:"name"`
		Description              *string `json:"description"`
		DefaultMemberPermissions *string `json:"default_member_permissions"`
		Contexts                 []int   `json:"contexts"`
		IntegrationTypes         []int   `json:"integration_types"`
		Options                  []struct {
			Name      string `json:"name"`
			Type      int    `json:"type"`
			Required  bool   `json:"required"`
			MaxLength int    `json:"max_length"`
		} `json:"options"`
	}
	for _, role := range []string{"", "445566778899001122"} {
		raw, _ := json.Marshal(discord.Commands(role))
		var cmds []registered
		if err := json.Unmarshal(raw, &cmds); err != nil {
			t.Fatal(err)
		}
		byName := map[string]registered{}
		for _, c := range cmds {
			byName[c.Name] = c
		}
		for _, name := range []string{"draft", "drafts", "Draft a briefing", "follow", "feeds", "unfollow"} {
			c, ok := byName[name]
			if !ok {
				t.Fatalf("role %q: %s is not registered", role, name)
			}
			switch {
			case role == "" && (c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != "8192"):
				t.Errorf("%s: default_member_permissions %v, want \"8192\" (Manage Messages)", name, c.DefaultMemberPermissions)
			case role != "" && c.DefaultMemberPermissions != nil:
				t.Errorf("with a curator role, %s: default_member_permissions %q, want none (the bot checks the role)", name, *c.DefaultMemberPermissions)
			}
			if len(c.Contexts) != 1 || c.Contexts[0] != 0 || len(c.IntegrationTypes) != 1 || c.IntegrationTypes[0] != 0 {
				t.Errorf("%s: contexts %v, integration_types %v; want servers only, where the bot is installed", name, c.Contexts, c.IntegrationTypes)
			}
		}
		menu := byName["Draft a briefing"]
		if menu.Type != 3 || menu.Description != nil || len(menu.Options) != 0 {
			t.Errorf("the context-menu command: %+v; want type 3, no description, no options", menu)
		}
		draft := byName["draft"]
		if draft.Type != 1 || len(draft.Options) != 1 || draft.Options[0].Name != "url" || draft.Options[0].Type != 3 || !draft.Options[0].Required || draft.Options[0].MaxLength < 500 {
			t.Errorf("/draft: %+v; want one required string option url that takes a long link", draft)
		}
		follow := byName["follow"]
		if follow.Type != 1 || len(follow.Options) != 2 ||
			follow.Options[0].Name != "url" || follow.Options[0].Type != 3 || !follow.Options[0].Required || follow.Options[0].MaxLength < 500 ||
			follow.Options[1].Name != "topics" || follow.Options[1].Type != 3 || follow.Options[1].Required {
			t.Errorf("/follow: %+v; want a required string option url that takes a long link, then an optional string option topics", follow)
		}
		if f := byName["feeds"]; f.Type != 1 || len(f.Options) != 0 {
			t.Errorf("/feeds: %+v; want no options", f)
		}
		if u := byName["unfollow"]; u.Type != 1 || len(u.Options) != 1 || u.Options[0].Name != "feed" || u.Options[0].Type != 3 || !u.Options[0].Required || u.Options[0].MaxLength < 500 {
			t.Errorf("/unfollow: %+v; want one required string option feed that takes an address", u)
		}
		for _, name := range []string{"status", "quote", "help"} {
			if c := byName[name]; c.DefaultMemberPermissions != nil || c.Contexts != nil {
				t.Errorf("/%s is restricted: %+v", name, c)
			}
		}
	}
}

func TestRegisterRefused(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, appID, token)
	s, _ := discord.NewSession("wrong", srv.APIURL())
	_, err := discord.Register(context.Background(), s, appID, guildID, "")
	if err == nil || !strings.Contains(err.Error(), "in server "+guildID) || !strings.Contains(err.Error(), "401") {
		t.Fatalf("err = %v", err)
	}
	if strings.Contains(err.Error(), "wrong") {
		t.Errorf("the error repeats the token: %v", err)
	}
}

func TestCheckToken(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, token, app string
		want             error
	}{
		{"good", token, appID, nil},
		{"bad token", "not-the-token", appID, discord.ErrBadToken},
		{"other application", token, "999", discord.ErrWrongApp},
	}
	srv := discordtest.NewServer(t, appID, token)
	for _, tc := range tests {
		s, _ := discord.NewSession(tc.token, srv.APIURL())
		err := discord.CheckToken(context.Background(), s, tc.app)
		if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
			t.Errorf("%s: err = %v, want %v", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), tc.token) {
			t.Errorf("%s: the error repeats the token: %v", tc.name, err)
		}
	}
}

func jsonEqual(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	ja, _ := json.Marshal(x)
	jb, _ := json.Marshal(y)
	return string(ja) == string(jb)
}

// TestErrorsNameTheAPIURL: when Discord's API cannot be reached, the
// errors a server admin reads name the base URL the bot used
// (DISCORD_API_URL), not the discord.com URL discordgo built.
func TestErrorsNameTheAPIURL(t *testing.T) {
	t.Parallel()
	gone := httptest.NewServer(http.NotFoundHandler())
	apiURL := gone.URL + "/api/v10"
	gone.Close()
	s, err := discord.NewSession(token, apiURL)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	_, regErr := discord.Register(ctx, s, appID, guildID, "")
	errs := map[string]error{
		"CheckToken": discord.CheckToken(ctx, s, appID),
		"Register":   regErr,
		"Post":       discord.NewPoster(s).Post(ctx, chanID, bot.Reply{Title: "T"}),
	}
	for name, err := range errs {
		if err == nil {
			t.Fatalf("%s: no error from an API that is not there", name)
		}
		if msg := err.Error(); !strings.Contains(msg, apiURL+"/") || strings.Contains(msg, "discord.com") {
			t.Errorf("%s: %q does not name %s", name, msg, apiURL)
		}
	}
}
