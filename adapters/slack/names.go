package slack

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
		for name == umbrellaName {
			name, args = bot.ParseCommand(args)
		}
		if name == "" {
			name = "help"
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

// spell writes the commands a reply mentions the way Slack users type them: "/status ukraine"
// becomes "/briefbot status ukraine", and "/quote putin" stays. Only a whole command name is
// rewritten, one that starts the text or follows a space, a quotation mark, a bracket or a dash
// and is not followed by a letter, a digit or more of a path: "24/7", "café/status",
// "example.com/search", "/status-page" and "/status.json" are left alone.
func spell(s string) string {
	if !strings.Contains(s, "/") {
		return s
	}
	var b strings.Builder
	rest := s
	for {
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			break
		}
		end := i + 1
		for end < len(rest) && rest[end] >= 'a' && rest[end] <= 'z' {
			end++
		}
		word := rest[i+1 : end]
		// The boundary is judged on the text as written, up to the slash: what was already
		// read counts too ("example.com/search/help" is one path).
		before := s[:len(s)-len(rest)+i]
		if reserved[word] && startsWord(before) && endsWord(rest[end:]) {
			if b.Len() == 0 {
				b.Grow(len(s) + len(Umbrella))
			}
			b.WriteString(rest[:i])
			b.WriteString(Umbrella)
			b.WriteByte(' ')
			b.WriteString(word)
		} else {
			b.WriteString(rest[:end])
		}
		rest = rest[end:]
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(rest)
	return b.String()
}

// startsWord reports whether a command name may start right after before: at the start of
// the text, or after anything but a letter, a digit or a character of a path, URL or address.
func startsWord(before string) bool {
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return !wordRune(r) && !strings.ContainsRune(pathRunes, r)
}

// endsWord reports whether a command name ends where after begins: at the end of the text, or
// before a space or punctuation, but not before a letter, a digit, "-", "_", "/", or a "." or
// ":" that goes on with a letter or digit (a file name, a URL).
func endsWord(after string) bool {
	r, n := utf8.DecodeRuneInString(after)
	switch {
	case after == "":
		return true
	case wordRune(r) || r == '-' || r == '_' || r == '/':
		return false
	case r == '.' || r == ':':
		next, _ := utf8.DecodeRuneInString(after[n:])
		return !wordRune(next)
	}
	return true
}

// pathRunes are the characters that, right before a slash, make it part of a path, a URL, an
// address or a fraction rather than the start of a command.
const pathRunes = "/\\:.=~-_@#?&%+<>|"

func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// spellReply is r with the commands of its own wording spelled for Slack: the title, lead,
// lists and note. Quotes and sources are left verbatim. Sections and their items are copied
// before they change, so the caller's reply (which a cache may hold) stays as it was.
func spellReply(r bot.Reply) bot.Reply {
	r.Title = spell(r.Title)
	r.Text = spell(r.Text)
	r.Note = spell(r.Note)
	sectionsCopied := false
	for i := range r.Sections {
		itemsCopied := false
		for j, it := range r.Sections[i].Items {
			t, d := spell(it.Text), spell(it.Detail)
			if t == it.Text && d == it.Detail {
				continue
			}
			if !sectionsCopied {
				r.Sections = append([]bot.Section(nil), r.Sections...)
				sectionsCopied = true
			}
			if !itemsCopied {
				r.Sections[i].Items = append([]bot.Item(nil), r.Sections[i].Items...)
				itemsCopied = true
			}
			r.Sections[i].Items[j].Text, r.Sections[i].Items[j].Detail = t, d
		}
	}
	return r
}
