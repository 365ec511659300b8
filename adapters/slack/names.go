package slack

import (
	"strings"

	"github.com/briefbot/briefbot/bot"
)

// Umbrella is the slash command that reaches every briefbot command in Slack:
// "/briefbot status ukraine", "/briefbot search missiles", "/briefbot" alone for help.
//
// Slack keeps some command names for its own built-in commands and refuses an app manifest
// that registers one ("the slash command has an invalid name", for the whole list), so the
// manifest registers those of briefbot's commands through the umbrella and the others under
// their own names.
const Umbrella = "/briefbot"

// reserved are the names of briefbot's commands that Slack keeps for its built-in commands
// (/status sets your status, /search searches the workspace; openclaw PR #29032, hermes-agent
// issue #17054). Reports disagree on /help (refused in openclaw's list, accepted in hermes-agent's
// workspace); the umbrella alone answers with help, so it is not registered either.
var reserved = map[string]bool{"status": true, "search": true, "help": true}

// Reserved reports whether Slack keeps the command's name for itself, so that Slack users type
// it after Umbrella. The manifest test and the README's command list follow it.
func Reserved(name string) bool { return reserved[name] }

// resolve turns a slash command as Slack sent it into the bot's command name and its arguments.
// A command of the bot's table stays as it is ("/quote", "putin"). Umbrella's first word names
// the command ("/briefbot", "status ukraine" is status with "ukraine"), and Umbrella alone asks
// for help. A workspace that registered the umbrella under another name gets the same when
// that name's first word is a command; otherwise the bot answers that it does not know it.
//
// "public" is not a command either but the word that shows an answer to the channel, wherever it
// is typed: "/briefbot public" is help shown to the channel, and "/briefbot public status
// ukraine" is "/briefbot status ukraine public".
//
// The umbrella's own name is not a command of the bot: "/briefbot briefbot status ukraine" and
// "/briefbot help briefbot", which people type after reading an answer that says /briefbot,
// ask what they would without it rather than getting "I don't know /briefbot".
func resolve(command, text string) (name, args string) {
	name = strings.ToLower(strings.TrimPrefix(command, "/"))
	umbrella := name == umbrellaName
	if !umbrella && bot.Lookup(name) == nil && text != "" {
		sub, _ := bot.ParseCommand(text)
		umbrella = sub == umbrellaName || bot.Lookup(sub) != nil
	}
	args = text
	if umbrella {
		name, args = bot.ParseCommand(text)
		public := false
		for name == umbrellaName || name == "public" {
			public = public || name == "public"
			name, args = bot.ParseCommand(args)
		}
		if name == "" {
			name = "help"
		}
		if public {
			args = strings.TrimSpace(args + " public")
		}
	}
	if name == "help" {
		if sub, rest := bot.ParseCommand(args); sub == umbrellaName {
			args = rest
		}
	}
	return name, args
}

// umbrellaName is Umbrella without its slash, as bot.ParseCommand returns command names.
var umbrellaName = strings.TrimPrefix(Umbrella, "/")

// slashSpelling writes a command line the way Slack users type it as a slash command, for the
// hints of the bot's answers (bot.Request.Spell): "/status ukraine" becomes "/briefbot status
// ukraine", and "/quote putin" stays.
func slashSpelling(line string) string {
	name, _ := bot.ParseCommand(line)
	if strings.HasPrefix(line, "/") && reserved[name] {
		return Umbrella + " " + line[1:]
	}
	return line
}

// mentionName is how the mention form of a hint names the bot: its name in the manifest.
const mentionName = "@briefbot"

// mentionSpelling writes a command line as a mention of the bot, for answers in a thread, where
// Slack runs no slash commands: "/status ukraine" becomes "@briefbot status ukraine". It is plain
// text, not a mention: an answer never pings anyone, the bot included.
func mentionSpelling(line string) string {
	if !strings.HasPrefix(line, "/") {
		return line
	}
	return mentionName + " " + line[1:]
}

// Spell writes a command line the way Slack users type it in a channel, for the commands a daily
// post suggests (bot.Speller).
func (*Poster) Spell(line string) string { return slashSpelling(line) }
