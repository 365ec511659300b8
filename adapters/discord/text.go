package discord

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Discord's limits, from its docs (developers/resources/message.mdx, "Embed
// Limits"; interactions/application-commands.mdx; components). Neither
// Discord's API nor discordgo truncates for us: Discord answers 400 and the
// user sees "The application did not respond".
const (
	maxEmbeds      = 10
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxAuthor      = 256
	// maxEmbedTotal bounds the title, description, field names and values,
	// footer and author names of all embeds of one message together.
	maxEmbedTotal = 6000

	maxButtonLabel  = 80
	maxCustomID     = 100
	maxButtonsInRow = 5
	maxRows         = 5    // action rows in a message (without IS_COMPONENTS_V2)
	maxContent      = 2000 // a message's content

	// Modals (interactions/receiving-and-responding.mdx, "Modal";
	// components/reference.mdx, "Label" and "Text Input").
	maxModalTitle      = 45
	maxModalComponents = 5
	maxLabel           = 45
	maxLabelDesc       = 100
	maxInputValue      = 4000
	maxPlaceholder     = 100

	maxChoices     = 25
	maxChoiceName  = 100
	maxChoiceValue = 100

	maxCommandDescription = 100
)

// ellipsis marks text that was cut.
const ellipsis = "…"

// zwsp is a zero-width space: put after "@" or "<" it keeps a mention from
// being one while it still reads the same.
const zwsp = "\u200b"

// units counts text as Discord does, in UTF-16 code units: a character
// outside the Basic Multilingual Plane (most emoji) counts twice. This is
// never less than the character count, so it is the safe measure.
func units(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return unitsSlow(s)
		}
	}
	return n
}

func unitsSlow(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// quiet defuses mentions: "@everyone", "@here" (any case) and "<@…>",
// "<@!…>", "<@&…>" get a zero-width space after the "@" or "<". Discord
// would not ping for them anyway, since every message sets allowed_mentions
// to nothing, but this way they do not even render as mentions.
func quiet(s string) string {
	if strings.IndexByte(s, '@') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		b.WriteByte(c)
		switch {
		case c == '@' && (hasPrefixFold(s[i+1:], "everyone") || hasPrefixFold(s[i+1:], "here")):
			b.WriteString(zwsp)
		case c == '<' && i+1 < len(s) && s[i+1] == '@':
			b.WriteString(zwsp)
		}
	}
	return b.String()
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// escapeMarkdown makes text show literally where Discord renders markdown
// (titles, descriptions, fields): emphasis, code, spoilers, masked links,
// and quotes, headings or lists at the start of a line. Brackets are
// escaped only when they could form a masked link, so "[words]" in a usage
// line stays as it is.
func escapeMarkdown(s string) string {
	if !needsEscape(s) {
		return s
	}
	links := strings.Contains(s, "](")
	var b strings.Builder
	b.Grow(len(s) + 16)
	lineStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '*', '_', '~', '`', '|':
			b.WriteByte('\\')
		case '[', ']':
			if links {
				b.WriteByte('\\')
			}
		case '>', '#', '-':
			if lineStart {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
		switch c {
		case '\n':
			lineStart = true
		case ' ', '\t':
		default:
			lineStart = false
		}
	}
	return b.String()
}

func needsEscape(s string) bool {
	if strings.Contains(s, "](") {
		return true
	}
	lineStart := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '*', '_', '~', '`', '|':
			return true
		case '>', '#', '-':
			if lineStart {
				return true
			}
			lineStart = false
		case '\n':
			lineStart = true
		case ' ', '\t':
		default:
			lineStart = false
		}
	}
	return false
}

// fit makes plain text ready for one part of a message: mentions defused,
// markdown escaped when md is set (for parts Discord renders as markdown),
// and at most max units long, cut at a word boundary and ended with "…"
// when it is longer.
func fit(s string, max int, md bool) string {
	s = quiet(reflow(s))
	if md {
		s = escapeMarkdown(s)
	}
	if units(s) <= max {
		return s
	}
	return cut(s, max)
}

// reflow joins the lines of each paragraph: curated text is wrapped for
// editors, and Discord would show every line break. Paragraphs stay apart,
// separated by a blank line.
func reflow(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") && !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	var paras []string
	var words []string
	flush := func() {
		if len(words) > 0 {
			paras = append(paras, strings.Join(words, " "))
			words = words[:0]
		}
	}
	for _, line := range strings.Split(s, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			words = append(words, f...)
		} else {
			flush()
		}
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// cut shortens s, which may hold markdown escapes, to at most max units
// including the "…" it appends. It never splits an escape from the
// character it escapes, and backs up to a space when one is near, so words
// stay whole.
func cut(s string, max int) string {
	if max <= 0 {
		return ""
	}
	if units(s) <= max {
		return s
	}
	budget := max - 1 // for the ellipsis
	n := 0
	end := 0 // bytes of s kept so far, at a safe place
	lastSpace := -1
	escaping := false
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > budget {
			break
		}
		n += w
		switch {
		case escaping:
			escaping = false
		case r == '\\':
			escaping = true
			continue // not safe to cut right after the backslash
		}
		if unicode.IsSpace(r) {
			lastSpace = i
		}
		end = i + utf8.RuneLen(r)
	}
	if lastSpace > 0 && lastSpace >= end*2/3 {
		end = lastSpace
	}
	return strings.TrimRightFunc(s[:end], unicode.IsSpace) + ellipsis
}
