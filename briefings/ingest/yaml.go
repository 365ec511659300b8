package ingest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The draft's front matter has a fixed shape (scalars, flow lists of ids
// and aliases, lists of small mappings), so it is written directly rather
// than through a YAML encoder. Measured on the whole ingest of a 5 KB
// article (BenchmarkIngest5KB, -cpu 1, on a shared 2-CPU machine), the
// go.yaml.in/yaml/v3 encoder writing the same draft as a yaml.Node tree
// takes it from about 2,150 to about 1,230 articles per CPU-second (its
// emitter keeps every event it has written: 157 KB allocated per article
// become 542 KB), so this writer buys about 75 % more throughput; drafts
// are made on the server too (links from chat, feeds). What matters is
// that every value reads back as exactly the same text; yamlText quotes
// whenever plain text could be read otherwise, and TestYAMLRoundTrip
// checks it against the YAML parser lint uses.

// yamlSpecialWords read as booleans or null when plain.
var yamlSpecialWords = set(`true false yes no on off y n null ~`)

// numberLike reports whether plain text could be read as a number, date or
// time (1.5, 2022-02-01, 10:30, 0x1F, 1e3, .5, +1, .inf): anything that
// starts with a digit, or with a sign or point and then a digit or "inf"
// or "nan", is quoted.
func numberLike(s string) bool {
	if c := s[0]; !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
		return false
	}
	t := strings.TrimLeft(s, "+-")
	t = strings.TrimPrefix(t, ".")
	if t == "" {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' {
		// Digits, hex, signs, points, colons, exponents and the T, Z and
		// space of timestamps: "2022-02-01" is a date, "2022-02-01-talks"
		// is text.
		return strings.Trim(t, "0123456789abcdefABCDEFxXoO_.:+-tTzZ ") == ""
	}
	l := strings.ToLower(t)
	return len(t) < len(s) && (l == "inf" || l == "nan")
}

// yamlText writes s as a YAML scalar: plain when that is unambiguous, else
// double-quoted with escapes. inFlow is set inside [ … ] lists, where
// commas and brackets end a plain scalar.
func yamlText(s string, inFlow bool) string {
	if plainSafe(s, inFlow) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case yamlUnprintable(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// printableDashesFirst and printableDashesLast bound the dashes, quotation
// marks, bullets and ellipsis of General Punctuation (U+2010 to U+2027),
// every one printable: no escape.
const (
	printableDashesFirst = 0x2010
	printableDashesLast  = 0x2027
)

// yamlUnprintable reports whether r, other than an ASCII control
// character, must be written as a \u escape: a line or paragraph
// separator, a byte order mark, an invalid byte, or any other character
// that is not printable.
func yamlUnprintable(r rune) bool {
	if r >= printableDashesFirst && r <= printableDashesLast {
		// Dashes, curly quotes, ellipsis: printable, as unicode.IsPrint
		// would say after searching its tables (some 700 instructions a
		// character; TestPrintableDashes checks the range).
		return false
	}
	return r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xfeff || r == utf8.RuneError || !unicode.IsPrint(r) && r != ' '
}

// plainSafe reports whether s reads back as itself when written plain.
func plainSafe(s string, inFlow bool) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || s[len(s)-1] == ':' {
		return false
	}
	if strings.ContainsRune("-?:,[]{}#&*!|>'\"%@`", rune(s[0])) {
		return false
	}
	if inFlow && strings.ContainsAny(s, ",[]{}") {
		return false
	}
	if len(s) <= 5 && yamlSpecialWords[strings.ToLower(s)] || numberLike(s) {
		return false
	}
	// " #" is looked for only where s holds a '#', as few texts do: its
	// first byte, a space, is between every two words, and the search
	// stopped at each (some 25 K instructions of a 5 KB article's 2.9 M).
	if strings.Contains(s, ": ") || strings.IndexByte(s, '#') > 0 && strings.Contains(s, " #") {
		return false // a mapping's key, a comment
	}
	// Byte by byte, as most of a draft's text is ASCII: a rune is decoded
	// only where a byte opens one. The range over s decoded its way
	// through every quote and point (some 30 K instructions of a 5 KB
	// article's 2.7 M).
	//
	// Eight bytes at once where all are printable ASCII (words8.go): byte
	// by byte, the loop was some 50 K instructions of a 5 KB article's
	// 2.7 M.
	for i := 0; i < len(s); {
		if i+8 <= len(s) && printableASCII8(load8(s, i)) {
			i += 8
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false // a control character, which must be escaped
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if yamlUnprintable(r) {
			return false // a character that must be escaped
		}
		i += size
	}
	return true
}
