package slack

import (
	"strings"
	"unicode/utf8"
)

// ellipsis marks text cut to fit a limit.
const ellipsis = "…"

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
	if t.b == nil {
		t.b = make([]byte, 0, min(t.max+t.max/4, 512))
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

// markup writes our own mrkdwn, unescaped and whole. The end of a piece of markup is as good a
// place to cut as a word boundary.
func (t *textBuf) markup(s string) bool {
	ok := t.put(s, width(s))
	if ok {
		t.mark(true)
	}
	return ok
}

// text writes s escaped.
func (t *textBuf) text(s string) bool {
	if t.over {
		return false
	}
	// Most text fits whole: write it in one go, remembering where its last word starts.
	m := measure(s, t.linePrefix)
	if t.n+m.w <= t.max {
		if t.b == nil {
			t.b = make([]byte, 0, max(m.n, min(t.max+t.max/4, 512)))
		}
		if m.wordN >= 0 && t.n+m.wordW <= t.max-1 {
			t.wordB, t.wordN = len(t.b)+m.wordN, t.n+m.wordW
		}
		if m.special {
			t.b = t.appendEscaped(t.b, s)
		} else {
			t.b = append(t.b, s...)
		}
		t.n += m.w
		t.mark(true) // the end of a piece of text ends a word
		return true
	}
	// It overflows: write what fits before the ellipsis, and keep where its last word ended.
	room := t.max - 1 - t.n
	w, cut, word := 0, 0, -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		var rw int
		switch r {
		case '&':
			rw = 5
		case '<', '>':
			rw = 4
		case '\n':
			rw = 1 + width(t.linePrefix)
		case '\r':
			rw = 0
		default:
			rw = runeWidth(r)
		}
		if r == ' ' || r == '\n' {
			word = i
		}
		if w+rw > room {
			break
		}
		w += rw
		i += size
		cut = i
	}
	if word >= 0 && word <= cut {
		m := measure(s[:word], t.linePrefix)
		t.wordB, t.wordN = len(t.b)+m.n, t.n+m.w
	}
	t.b = t.appendEscaped(t.b, s[:cut])
	t.n += w
	t.mark(false)
	t.over = true
	return false
}

// measured is s once escaped: its width and length, where its last word starts (-1: no space),
// and whether escaping changes it.
type measured struct {
	w, n         int
	wordW, wordN int
	special      bool
}

func measure(s, linePrefix string) measured {
	m := measured{wordN: -1}
	for i := 0; i < len(s); i++ {
		if plainByte[s[i]] {
			j := i + 1
			for j < len(s) && plainByte[s[j]] {
				j++
			}
			m.w, m.n = m.w+j-i, m.n+j-i
			if i = j; i == len(s) {
				break
			}
		}
		c := s[i]
		switch {
		case c == '&':
			m.w, m.n, m.special = m.w+5, m.n+5, true
		case c == '<' || c == '>':
			m.w, m.n, m.special = m.w+4, m.n+4, true
		case c == '\n':
			m.wordW, m.wordN = m.w, m.n
			m.w, m.n, m.special = m.w+1+len(linePrefix), m.n+1+len(linePrefix), true
		case c == '\r':
			m.special = true
		case c == ' ':
			m.wordW, m.wordN = m.w, m.n
			m.w, m.n = m.w+1, m.n+1
		case c < utf8.RuneSelf:
			m.w, m.n = m.w+1, m.n+1
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			m.w += runeWidth(r)
			m.n += size
			i += size - 1
		}
	}
	return m
}

func (t *textBuf) appendEscaped(dst []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '\n':
			rep = "\n" + t.linePrefix
		case '\r':
		default:
			continue
		}
		dst = append(dst, s[start:i]...)
		dst = append(dst, rep...)
		start = i + 1
	}
	return append(dst, s[start:]...)
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
