package discord

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// Commands returns the slash commands to register: one per entry of the
// bot's command table, with typed options. Topic and speaker options
// autocomplete; commands that change a channel's settings (Manage) are
// shown only to members who may manage channels, only in servers, and only
// where the bot itself is installed.
func Commands() []*discordgo.ApplicationCommand {
	var out []*discordgo.ApplicationCommand
	for _, c := range bot.Commands() {
		out = append(out, ApplicationCommand(c))
	}
	return out
}

// ApplicationCommand converts one entry of the bot's command table.
func ApplicationCommand(c *bot.Command) *discordgo.ApplicationCommand {
	ac := &discordgo.ApplicationCommand{
		Type:        discordgo.ChatApplicationCommand,
		Name:        strings.ToLower(c.Name),
		Description: commandDescription(c.Summary, c.Usage),
		Options:     []*discordgo.ApplicationCommandOption{},
	}
	for _, o := range c.Options {
		opt := &discordgo.ApplicationCommandOption{
			Name:        strings.ToLower(o.Name),
			Description: commandDescription(o.Description, o.Name),
			Required:    o.Required,
		}
		switch o.Kind {
		case bot.Flag:
			opt.Type = discordgo.ApplicationCommandOptionBoolean
		case bot.TopicName, bot.SpeakerName:
			opt.Type = discordgo.ApplicationCommandOptionString
			opt.Autocomplete = true
			opt.MaxLength = bot.MaxArgs
		default:
			opt.Type = discordgo.ApplicationCommandOptionString
			opt.MaxLength = bot.MaxArgs
		}
		ac.Options = append(ac.Options, opt)
	}
	// Discord requires required options before optional ones.
	sort.SliceStable(ac.Options, func(i, j int) bool { return ac.Options[i].Required && !ac.Options[j].Required })
	if c.Manage {
		perm := int64(discordgo.PermissionManageChannels)
		ac.DefaultMemberPermissions = &perm
		ac.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
		// Only where the bot is installed in the server: left out, the
		// command follows the application's install settings, and a user
		// install would offer /subscribe in servers the bot is not in and
		// cannot post to.
		ac.IntegrationTypes = &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	}
	return ac
}

// commandDescription keeps a description within Discord's 1–100
// characters.
func commandDescription(s, fallback string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		s = fallback
	}
	return cut(s, maxCommandDescription)
}

// Register replaces the application's commands with Commands() in one bulk
// overwrite: in one server when guildID is set (they appear at once, which
// suits trying the bot out), otherwise globally.
func Register(ctx context.Context, s *discordgo.Session, appID, guildID string) ([]*discordgo.ApplicationCommand, error) {
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, guildID, Commands(), discordgo.WithContext(ctx))
	if err != nil {
		where := "globally"
		if guildID != "" {
			where = "in server " + guildID
		}
		return nil, fmt.Errorf("register commands %s: %w", where, actualURL(s, err))
	}
	return cmds, nil
}
