package slack

// Feeds in Slack: /follow, /feeds and /unfollow are commands of the core's table, registered in
// the manifest under their own names (Slack keeps /feed, for its RSS app, but not these) and
// reachable after the umbrella and in mentions too ("/briefbot follow <url>", "@briefbot
// feeds"). The review cards a feed's drafts make are posted in the channel that follows it by
// Poster.PostCard, and their buttons answered like any other card's (App.act).

// Commands of the feeds family that the adapter treats apart.
const (
	followCommand   = "follow"
	unfollowCommand = "unfollow"
)

// linkCommands take a link: Slack writes one in a command's or a mention's text as markup
// ("<https://x.org/feed|x.org/feed>"), which linkURLs turns back into the address.
var linkCommands = map[string]bool{draftCommand: true, followCommand: true, unfollowCommand: true}
