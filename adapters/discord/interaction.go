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
	// InGuild is true when the interaction came with a member, i.e. from a
	// server channel; Permissions are then that member's in the channel.
	InGuild     bool
	Permissions int64

	Command  string   // application commands and autocomplete: the command name
	Options  []Option // its options, flattened
	CustomID string   // message components: the button's custom_id
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
