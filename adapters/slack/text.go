package slack

import (
	"net/url"
	"strings"
	"unicode/utf8"
)

// Slack treats &, < and > as control characters in every text field: "<!channel>", "<!here>",
// "<@U123>" and "<https://…|label>" are markup. Escaping exactly these three as HTML entities is
// what Slack documents ("Formatting text for app surfaces", Escaping text), and it is all it takes
// for curated or typed text to show as typed instead of pinging anyone.
// https://docs.slack.dev/messaging/formatting-message-text#escaping

// ellipsis marks text cut to fit a limit.
const ellipsis = "…"

// width is how many characters Slack counts for s. Slack's limits are in characters; counting
// UTF-16 code units (astral characters such as most emoji count twice) errs on the safe side.
func width(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

func runeWidth(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// textBuf builds one text field (a section's mrkdwn, a header) within a character limit. Curated
// and typed text goes through text, which escapes it; our own markup goes through markup and
// link, which are never split. When the field overflows, String cuts it at the last point that
// leaves room for "…" (a word boundary when one is near) and adds the ellipsis; an escaped
// entity such as &amp; is never split.
type textBuf struct {
	b    []byte
	n    int // characters written, as Slack counts them
	max  int
	over bool // something did not fit; the rest is dropped

	safeB, safeN int // the last cut point with room for the ellipsis: bytes, characters
	wordB, wordN int // the same, at a word boundary

	// linePrefix is written after each newline of escaped text: ">" keeps a multi-line quote
	// inside its quote block.
	linePrefix string
}

func newTextBuf(max int) *textBuf { return &textBuf{max: max} }

// put writes s of width w whole, or marks the buffer as overflowing.
func (t *textBuf) put(s string, w int) bool {
	if t.over {
		return false
	}
	if t.n+w > t.max {
		t.over = true
		return false
	}
	t.b = append(t.b, s...)
	t.n += w
	return true
}

// mark records the current end as a cut point, if the ellipsis would still fit after it.
func (t *textBuf) mark(word bool) {
	if t.n <= t.max-1 {
		t.safeB, t.safeN = len(t.b), t.n
		if word {
			t.wordB, t.wordN = len(t.b), t.n
		}
	}
}

// fits reports whether s can be written whole.
func (t *textBuf) fits(s string) bool { return !t.over && t.n+width(s) <= t.max }

// markup writes our own mrkdwn, unescaped and whole.
func (t *textBuf) markup(s string) bool {
	ok := t.put(s, width(s))
	if ok {
		t.mark(false)
	}
	return ok
}

// text writes s escaped.
func (t *textBuf) text(s string) bool {
	for _, r := range s {
		var ok bool
		switch r {
		case '&':
			ok = t.put("&amp;", 5)
		case '<':
			ok = t.put("&lt;", 4)
		case '>':
			ok = t.put("&gt;", 4)
		case '\n':
			t.mark(true)
			ok = t.put("\n"+t.linePrefix, 1+width(t.linePrefix))
		case '\r':
			continue
		case ' ':
			t.mark(true)
			ok = t.put(" ", 1)
		default:
			var buf [utf8.UTFMax]byte
			ok = t.put(string(buf[:utf8.EncodeRune(buf[:], r)]), runeWidth(r))
		}
		if !ok {
			return false
		}
		t.mark(false)
	}
	return true
}

// link writes a link to u labelled with label, or just the label when u is not a web address or
// the whole link does not fit.
func (t *textBuf) link(u, label string) bool {
	if href, ok := safeURL(u); ok {
		l := "<" + href + "|" + escape(label) + ">"
		if t.fits(l) {
			return t.markup(l)
		}
	}
	return t.text(label)
}

// cut reports whether the field overflowed and will end with "…".
func (t *textBuf) cut() bool { return t.over }

func (t *textBuf) empty() bool { return t.n == 0 }

func (t *textBuf) String() string {
	if !t.over {
		return string(t.b)
	}
	end := t.safeB
	if t.wordN > 0 && t.safeN-t.wordN < 40 {
		end = t.wordB
	}
	out := strings.TrimRight(string(t.b[:end]), " \n")
	out = strings.TrimSuffix(out, "\n"+t.linePrefix)
	return out + ellipsis
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
	t.text(strings.Join(strings.Fields(s), " "))
	return t.String()
}

// safeURL returns u ready to sit inside Slack's <url|label> markup: only http and https, and
// with the characters that would end the markup early percent-encoded.
func safeURL(u string) (string, bool) {
	p, err := url.Parse(strings.TrimSpace(u))
	// Parse only validates: its String would re-encode what the curator wrote.
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return "", false
	}
	s := strings.TrimSpace(u)
	if len(s) > 3000 || !utf8.ValidString(s) {
		return "", false
	}
	return urlEscaper.Replace(s), true
}

var urlEscaper = strings.NewReplacer("&", "&amp;", "<", "%3C", ">", "%3E", "|", "%7C", " ", "%20")
