package discord

import (
	"github.com/bwmarrin/discordgo"
)

// Interaction is the part of a Discord interaction the bot uses, whether it
// came over HTTP or the gateway.
type Interaction struct {
	Type      discordgo.InteractionType
	ID        string
	AppID     string
	Token     string // valid for 15 minutes; never log it
	GuildID   string // "" in direct messages
	ChannelID string
	UserID    string
	// UserName is how the user is shown in the server: the member's nick,
	// else the user's display name (global_name), else the username. Cards
	// name who drafted or published with it, as plain text.
	UserName string
	// InGuild is true when the interaction came with a member, i.e. from a
	// server channel; Permissions are then that member's in the channel.
	InGuild     bool
	Permissions int64

	// Roles are the member's role ids, for DISCORD_CURATOR_ROLE.
	Roles []string

	Command string // application commands and autocomplete: the command name
	// CommandType is data.type: 1 a slash command, 3 a message's context-menu
	// command (0 when Discord left it out).
	CommandType discordgo.ApplicationCommandType
	Options     []Option // its options, flattened
	// Target is the message a context-menu command was used on
	// (data.resolved.messages[data.target_id]); nil otherwise.
	Target *TargetMessage

	CustomID string // message components: the button's custom_id; modal submits: the modal's
	// Values are what a submitted modal's text inputs hold, by custom_id.
	Values []Option
	// MessageID is the id of the message a clicked component is on, or of
	// the message whose button opened a submitted modal; "" for commands
	// and for a modal opened by a command.
	MessageID string
	// Buttons are the buttons of the message a clicked component (or the
	// button that opened a submitted modal) is on, row by row, as the bot
	// sent them: the confirm step keeps the card's own buttons there.
	Buttons [][]Button
}

// TargetMessage is the part of a message a context-menu command reads.
type TargetMessage struct {
	ID        string
	Content   string
	EmbedURLs []string // the url of each of its embeds that has one (link previews)
}

// Option is one option of an application command as the user filled it in.
// Booleans are "true" or "false"; numbers are written as Discord sent them.
type Option struct {
	Name    string
	Value   string
	Focused bool // autocomplete: the option being typed
}

// option returns the value of the named option, or "".
func (in *Interaction) option(name string) string {
	for _, o := range in.Options {
		if o.Name == name {
			return o.Value
		}
	}
	return ""
}

// focused returns the option being typed in an autocomplete interaction.
func (in *Interaction) focused() (Option, bool) {
	for _, o := range in.Options {
		if o.Focused {
			return o, true
		}
	}
	return Option{}, false
}

// canManage reports whether the member may manage the channel's daily
// posts: Manage Channels or Administrator.
func (in *Interaction) canManage() bool {
	return in.InGuild && in.Permissions&managePermissions != 0
}

// maxOptionDepth bounds sub-command nesting: Discord allows a group, a
// sub-command, then options.
const maxOptionDepth = 3
