package discord

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// Commands returns the application commands to register: one slash command
// per entry of the bot's command table, with typed options, and the message
// context-menu command "Draft a briefing". Topic and speaker options
// autocomplete; commands that change a channel's settings (Manage) are shown
// only to members who may manage channels, and curators' commands (Curate)
// only to members with Manage Messages, unless curatorRole
// (DISCORD_CURATOR_ROLE) names a role: Discord can restrict a command by
// permission but not by a role the bot chooses, so they are then offered to
// everyone and the bot checks the role on every use. Both kinds are offered
// only in servers, and only where the bot itself is installed.
func Commands(curatorRole string) []*discordgo.ApplicationCommand {
	var out []*discordgo.ApplicationCommand
	for _, c := range bot.Commands() {
		out = append(out, ApplicationCommand(c, curatorRole))
	}
	if draft := bot.Lookup("draft"); draft != nil {
		out = append(out, DraftMenu(curatorRole))
	}
	return out
}

// maxURLOption is the longest link /draft's url option takes: the longest
// URL browsers and servers commonly handle.
const maxURLOption = 2000

// ApplicationCommand converts one entry of the bot's command table.
func ApplicationCommand(c *bot.Command, curatorRole string) *discordgo.ApplicationCommand {
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
			if c.Curate {
				// /draft's link, which may be longer than a question.
				opt.MaxLength = maxURLOption
			}
		}
		ac.Options = append(ac.Options, opt)
	}
	// Discord requires required options before optional ones.
	sort.SliceStable(ac.Options, func(i, j int) bool { return ac.Options[i].Required && !ac.Options[j].Required })
	switch {
	case c.Manage:
		perm := int64(discordgo.PermissionManageChannels)
		ac.DefaultMemberPermissions = &perm
		serverOnly(ac)
	case c.Curate:
		curatorsOnly(ac, curatorRole)
	}
	return ac
}

// DraftMenu is the message context-menu command (type 3) that drafts a
// briefing from the link in a message. Discord allows such a command no
// description and no options.
func DraftMenu(curatorRole string) *discordgo.ApplicationCommand {
	ac := &discordgo.ApplicationCommand{Type: discordgo.MessageApplicationCommand, Name: DraftMenuCommand}
	curatorsOnly(ac, curatorRole)
	return ac
}

// curatorsOnly offers a curators' command in servers only, to members with
// Manage Messages unless a curator role is set.
func curatorsOnly(ac *discordgo.ApplicationCommand, curatorRole string) {
	if curatorRole == "" {
		perm := int64(curatePermission)
		ac.DefaultMemberPermissions = &perm
	}
	serverOnly(ac)
}

// serverOnly offers a command in servers only, where the bot is installed:
// left out, the command follows the application's install settings, and a
// user install would offer /subscribe in servers the bot is not in and
// cannot post to.
func serverOnly(ac *discordgo.ApplicationCommand) {
	ac.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	ac.IntegrationTypes = &[]discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
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

// Register replaces the application's commands with Commands(curatorRole)
// in one bulk overwrite, slash and context-menu commands together (a bulk
// overwrite replaces every type): in one server when guildID is set (they
// appear at once, which suits trying the bot out), otherwise globally.
func Register(ctx context.Context, s *discordgo.Session, appID, guildID, curatorRole string) ([]*discordgo.ApplicationCommand, error) {
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, guildID, Commands(curatorRole), discordgo.WithContext(ctx))
	if err != nil {
		where := "globally"
		if guildID != "" {
			where = "in server " + guildID
		}
		return nil, fmt.Errorf("register commands %s: %w", where, actualURL(s, err))
	}
	return cmds, nil
}
