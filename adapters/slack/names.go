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
// (/status sets your status, /search searches the workspace). /help is not a built-in today,
// but Slack has refused it in some workspaces, and the umbrella alone already answers with help.
var reserved = map[string]bool{"status": true, "search": true, "help": true}

// Reserved reports whether Slack keeps the command's name for itself, so that Slack users type
// it after Umbrella. The manifest test and the README's command list follow it.
func Reserved(name string) bool { return reserved[name] }

// resolve turns a slash command as Slack sent it into the bot's command name and its arguments.
// A command of the bot's table stays as it is ("/quote", "putin"). Umbrella's first word names
// the command ("/briefbot", "status ukraine" is status with "ukraine"), and Umbrella alone asks
// for help. A workspace that registered the umbrella under another name gets the same when
// that name's first word is a command; otherwise the bot answers that it does not know it.
func resolve(command, text string) (name, args string) {
	name = strings.ToLower(strings.TrimPrefix(command, "/"))
	if bot.Lookup(name) != nil {
		return name, text
	}
	umbrella := strings.EqualFold(command, Umbrella)
	if text == "" {
		if umbrella {
			return "help", ""
		}
		return name, text
	}
	if sub, rest := bot.ParseCommand(text); umbrella || bot.Lookup(sub) != nil {
		return sub, rest
	}
	return name, text
}

// spell writes the commands a reply mentions the way Slack users type them: "/status ukraine"
// becomes "/briefbot status ukraine", and "/quote putin" stays. Only whole command names
// after a space, a quotation mark or the start of the text are rewritten, so a path or a date
// such as "24/7" is left alone.
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
		if reserved[word] && startsWord(rest, i) && endsWord(rest, end) {
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

func startsWord(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case ' ', '\n', '\t', '"', '(', '[':
		return true
	}
	// A curly quotation mark or another space: any multi-byte character ending in a byte
	// that is not a letter of ours is taken as a boundary, but a letter or digit is not.
	return s[i-1] >= 0x80
}

func endsWord(s string, end int) bool {
	if end == len(s) {
		return true
	}
	c := s[end]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '/')
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
