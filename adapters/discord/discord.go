// Package discord connects briefbot to Discord with discordgo: slash
// commands registered from the bot's command table, answered over the
// gateway or at an HTTP interactions endpoint (Ed25519-verified), replies
// rendered as embeds within Discord's limits, and daily posts to channels.
//
// Everything the package sends sets allowed_mentions to parse nothing and
// escapes @everyone, @here and user or role mentions in curated and typed
// text, so no answer ever pings anyone.
package discord

import (
	"net/url"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// DefaultAPIURL is Discord's REST base URL: the current API version, 10.
const DefaultAPIURL = "https://discord.com/api/v10"

// PostPermissions are the only permissions the bot asks for when invited:
// what a daily post needs (see the message resource's "Create Message").
// Answering slash commands needs none.
const PostPermissions = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionEmbedLinks

// Permission bits that let a member manage a channel's daily posts.
const managePermissions = discordgo.PermissionManageChannels | discordgo.PermissionAdministrator

// InviteURL is the link a server admin opens to add the bot: the bot and
// applications.commands scopes with PostPermissions and nothing more.
func InviteURL(appID string) string {
	q := url.Values{}
	q.Set("client_id", appID)
	q.Set("scope", "bot applications.commands")
	q.Set("permissions", strconv.FormatInt(PostPermissions, 10))
	return "https://discord.com/oauth2/authorize?" + q.Encode()
}
