package slack

import (
	"strings"
	"unicode/utf8"
)

// Slack treats &, < and > as control characters in every text field: "<!channel>", "<!here>",
// "<@U123>" and "<https://…|label>" are markup. Escaping exactly these three as HTML entities is
// what Slack documents ("Formatting text for app surfaces", Escaping text), and it is all it takes
// for curated or typed text to show as typed instead of pinging anyone.
// https://docs.slack.dev/messaging/formatting-message-text#escaping

// width is how many characters Slack counts for s. Slack's limits are in characters; counting
// UTF-16 code units (astral characters such as most emoji count twice) errs on the safe side.
func width(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			n := i
			for _, r := range s[i:] {
				n += runeWidth(r)
			}
			return n
		}
	}
	return len(s) // ASCII, the common case
}

// plainByte marks the bytes that escaping leaves alone and that count one character: printable
// ASCII other than &, <, > and the space (which marks a word boundary).
var plainByte = func() (t [256]bool) {
	for c := 0x21; c < 0x7f; c++ {
		t[c] = c != '&' && c != '<' && c != '>'
	}
	return t
}()

func runeWidth(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// escape escapes Slack's three control characters.
func escape(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	return escaper.Replace(s)
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// unescape undoes Slack's escaping of what users typed: slash-command and mention text arrives
// with &, < and > as entities.
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return unescaper.Replace(s)
}

var unescaper = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">")

// plain is s escaped and cut to max characters, for plain_text fields (headers, button labels),
// on one line.
func plain(s string, max int) string {
	t := newTextBuf(max)
	t.text(oneLine(s))
	return t.String()
}

// safeURL returns u ready to sit inside Slack's <url|label> markup: only http and https, and
// with the characters that would end the markup early percent-encoded.
func safeURL(u string) (string, bool) {
	s := strings.TrimSpace(u)
	rest, ok := cutPrefixFold(s, "https://")
	if !ok {
		rest, ok = cutPrefixFold(s, "http://")
	}
	if !ok || rest == "" || rest[0] == '/' || len(s) > 3000 || !utf8.ValidString(s) {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] == 0x7f {
			return "", false // no spaces or control characters in a link
		}
	}
	return urlEscaper.Replace(s), true
}

var urlEscaper = strings.NewReplacer("&", "&amp;", "<", "%3C", ">", "%3E", "|", "%7C")

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// oneLine joins the lines of curated text: a single line break in a curated file is where an
// editor wrapped a line, not one meant for the reader (paragraphs are split before this). Runs
// of spaces, tabs and line breaks become one space.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		switch s[i] {
		case '\n', '\t', '\r', '\v', '\f':
			clean = false
		case ' ':
			clean = s[i+1] != ' ' // s is trimmed: a space is never last
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\n', '\t', '\r', '\v', '\f':
			space = true
		default:
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, c)
		}
	}
	return string(b)
}
