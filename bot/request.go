package bot

import (
	"strings"
	"unicode"
)

// Platform names, as they appear in requests, subscriptions and logs.
const (
	Console = "console"
	Slack   = "slack"
	Discord = "discord"
)

// Request is one command from a user, as an adapter understood it.
type Request struct {
	Platform string // Console, Slack or Discord
	Command  string // the command name without its slash, e.g. "status"
	Text     string // the arguments as typed
	Options  map[string]string
	User     string // platform user id
	// UserName is the user's name as the platform sent it with the request
	// (Slack: user.name or user_name; Discord: the member's nick or global
	// name), for cards that say who drafted or published something; "" when
	// the platform sent none, and the card names the user id instead. It is
	// shown as plain text, never as a mention.
	UserName  string
	Channel   string // platform channel id
	Workspace string // Slack team id or Discord guild id
	CanManage bool   // the user may manage this channel's subscriptions
	// CanCurate says the user is a curator (Slack: SLACK_CURATORS; Discord: Manage Messages
	// or DISCORD_CURATOR_ROLE), as the adapter read it from the signed request.
	CanCurate bool
	ID        string // request id, for logs
	// Spell writes a command line the way the asker types it, for the
	// commands a reply suggests: Slack users type "/status ukraine" as
	// "/briefbot status ukraine", and in a thread, where slash commands do
	// not run, as "@briefbot status ukraine". nil writes it as the command
	// table does. Only the bot's own hints go through it, never what users
	// or curators wrote, which stays as it was written.
	Spell func(line string) string
}

// cmd writes line, a command line such as "/status ukraine", the way the
// asker types it.
func (r Request) cmd(line string) string { return spell(r.Spell, line) }

// spell writes line with f, or as it is when f is nil.
func spell(f func(string) string, line string) string {
	if f == nil {
		return line
	}
	return f(line)
}

// Arg returns a named option when the platform sent typed options (Discord),
// and "" otherwise.
func (r Request) Arg(name string) string {
	return strings.TrimSpace(r.Options[name])
}

// ParseCommand splits a typed line such as "/status ukraine" or
// "status ukraine" into the command name and its arguments.
func ParseCommand(line string) (command, text string) {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "/")
	i := strings.IndexFunc(line, unicode.IsSpace)
	if i < 0 {
		return strings.ToLower(line), ""
	}
	return strings.ToLower(line[:i]), strings.TrimSpace(line[i:])
}

// splitPublic removes a trailing "public" word and reports whether it was
// there: "/status ukraine public" shows the answer to the whole channel. With
// typed options (Discord) only the public option counts: Text then joins the
// options' values, and "public" at its end is a word someone searched for.
func splitPublic(r Request) (text string, public bool) {
	text = strings.TrimSpace(r.Text)
	if len(r.Options) > 0 {
		v := strings.ToLower(r.Arg("public"))
		return text, v == "true" || v == "yes"
	}
	fields := strings.Fields(text)
	if n := len(fields); n > 0 && strings.EqualFold(fields[n-1], "public") {
		public = true
		text = strings.Join(fields[:n-1], " ")
	}
	return text, public
}
