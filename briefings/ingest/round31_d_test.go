package ingest

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// words8Cases are words of eight bytes: every byte value in each place
// among otherwise plain letters, and random mixes weighted to the edges
// the word tests turn on (0x1f/0x20, 0x7e/0x7f/0x80, '@'/'A', 'Z'/'[').
func words8Cases() []string {
	var out []string
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			b := []byte("MixedCap")
			b[pos] = byte(c)
			out = append(out, string(b))
		}
	}
	edges := []byte{0, 0x1f, 0x20, 0x21, '@', 'A', 'M', 'Z', '[', '`', 'a', 'z', 0x7e, 0x7f, 0x80, 0xc2, 0xff}
	r := rand.New(rand.NewSource(31))
	for n := 0; n < 20000; n++ {
		b := make([]byte, 8)
		for i := range b {
			if r.Intn(2) == 0 {
				b[i] = edges[r.Intn(len(edges))]
			} else {
				b[i] = byte(r.Intn(256))
			}
		}
		out = append(out, string(b))
	}
	return out
}

// TestPrintableASCII8 checks the word test against the byte at a time
// reading plainSafe had: every byte printable ASCII.
func TestPrintableASCII8(t *testing.T) {
	for _, w := range words8Cases() {
		want := true
		for i := 0; i < len(w); i++ {
			if c := w[i]; c < 0x20 || c >= 0x7f {
				want = false
			}
		}
		if got := printableASCII8(load8(w, 0)); got != want {
			t.Fatalf("printableASCII8(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLowerASCII8 checks the word lowering against the table, for every
// word of ASCII bytes, and that load8 and store8 keep the bytes' order.
func TestLowerASCII8(t *testing.T) {
	for _, w := range words8Cases() {
		x := load8(w, 0)
		if x&high8 != 0 {
			continue
		}
		want := make([]byte, 8)
		for i := range want {
			want[i] = asciiLower[w[i]]
		}
		got := make([]byte, 10)
		store8(got, 1, lowerASCII8(x))
		if string(got[1:9]) != string(want) || got[0] != 0 || got[9] != 0 {
			t.Fatalf("lowerASCII8(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestLowerIntoMixedText checks lowerInto on text that mixes ASCII runs
// of every length with longer characters at every offset against
// strings.ToLower, which agrees with it where every lower case keeps its
// length.
func TestLowerIntoMixedText(t *testing.T) {
	pieces := []string{"Ä", "É", "ß", "Ł", "“", "’", " ", "A", "z", "Q", "7", "-", "\t"}
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.Intn(30); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
			b.WriteString("Westervale Ministry OF Harbours"[:r.Intn(31)])
		}
		s := b.String()
		dst := make([]byte, len(s))
		lowerInto(dst, s)
		if want := strings.ToLower(s); string(dst) != want || !utf8.Valid(dst) {
			t.Fatalf("lowerInto(%q) = %q, want %q", s, dst, want)
		}
	}
}

// TestPlainSafeControlsAnywhere checks that a control character, DEL or
// a character to escape is found at any offset of a long value, inside
// or after a run of eight printable bytes, and that the value is then
// written quoted.
func TestPlainSafeControlsAnywhere(t *testing.T) {
	base := "Councillor Brenna Oakhurst told the harbour board the dredging would resume next spring"
	for _, bad := range []string{"\x01", "\x1f", "\x7f", "\n", "\t", "\u2028", "\u0085", "\ufeff"} {
		for at := 1; at < len(base)-1; at++ {
			s := base[:at] + bad + base[at:]
			if plainSafe(s, false) {
				t.Fatalf("plainSafe(%q) = true, want false", s)
			}
			if y := yamlText(s, false); !strings.HasPrefix(y, `"`) {
				t.Fatalf("yamlText(%q) = %q, not quoted", s, y)
			}
		}
	}
	if !plainSafe(base+" — Ærøskøbing", false) {
		t.Fatalf("plainSafe(%q) = false, want true", base)
	}
}

// TestBoilerplatePairsFilter checks that the pair filter never spares the
// search of a marker that is there: each marker, in any case, at every
// place of short and long invented paragraphs, is still found, and a
// paragraph without one is still kept.
func TestBoilerplatePairsFilter(t *testing.T) {
	para := "Harbourmaster Tovin Ealy said the new quay at Brackwater would open in the spring, after two years of work."
	long := strings.Repeat(para+" ", 6)
	for _, m := range append(append([]string{}, boilerplate...), "All Rights Reserved", "NEWSLETTER", "Editing By") {
		for _, text := range []string{para, long} {
			for at := 0; at <= len(text); at += 7 {
				p := text[:at] + m + text[at:]
				if !isBoilerplate(p) {
					t.Fatalf("isBoilerplate(%q) = false, want true (marker %q)", p, m)
				}
			}
		}
	}
	for _, p := range []string{para, long, "Brackwater Harbour Trust chair Ilse Marrow said the quay was overdue.", ""} {
		if isBoilerplate(p) {
			t.Fatalf("isBoilerplate(%q) = true, want false", p)
		}
	}
}

// TestDigitFree8 checks the word test against the bytes: no byte a digit.
func TestDigitFree8(t *testing.T) {
	for _, w := range words8Cases() {
		want := true
		for i := 0; i < len(w); i++ {
			if isDigit(w[i]) {
				want = false
			}
		}
		// A byte above 0x7f may be read as a digit (got false, want true):
		// the bytes are then read one by one. A digit missed is an error.
		if got := digitFree8(load8(w, 0)); got && !want {
			t.Fatalf("digitFree8(%q) = true, want false", w)
		}
	}
}

// TestHasYearAnywhere checks that a year starting 19 or 20 is found at
// every offset of invented text, across the eight-byte steps, and that
// text without one (numbers too short, other centuries) has none.
func TestHasYearAnywhere(t *testing.T) {
	base := "The Orrin Valley water board met on Tuesday — 40 members, 3 absent — in Tallow Cross"
	for _, y := range []string{"1987", "2031", "1900", "2009"} {
		for at := 0; at <= len(base); at++ {
			if s := base[:at] + y + base[at:]; !hasYear(s) {
				t.Fatalf("hasYear(%q) = false", s)
			}
		}
	}
	for _, s := range []string{base, base + " 1850 and 2150, 199, 20x5", "", "19", "2020"[:3]} {
		if hasYear(s) {
			t.Fatalf("hasYear(%q) = true", s)
		}
	}
}

// TestPunctuationHasNoCase checks that lowerInto may copy the General
// Punctuation block as it is: no character of it has a lower case.
func TestPunctuationHasNoCase(t *testing.T) {
	for r := rune(punctuationFirst); r <= punctuationLast; r++ {
		if l := unicode.ToLower(r); l != r {
			t.Fatalf("unicode.ToLower(%U) = %U", r, l)
		}
	}
	s := "“Quay’s—open…” ‘Harbour’ ‰ ⁂"
	dst := make([]byte, len(s))
	lowerInto(dst, s)
	if want := strings.ToLower(s); string(dst) != want {
		t.Fatalf("lowerInto(%q) = %q, want %q", s, dst, want)
	}
}

// wrapByWords is wrap as it was, a word and a space at a time: the
// reference TestWrapRuns holds wrap to.
func wrapByWords(text string, width int) string {
	var b strings.Builder
	col := 0
	for rest := text; rest != ""; {
		rest = strings.TrimLeft(rest, " ")
		w := rest
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			w = rest[:i]
		}
		rest = rest[len(w):]
		if w == "" {
			break
		}
		n := utf8.RuneCountInString(w)
		if col > 0 && col+1+n > width {
			b.WriteByte('\n')
			col = 0
		} else if col > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += n
	}
	return b.String()
}

// TestWrapRuns checks that wrap, writing runs of words, lays out invented
// text as it did word by word: runs of spaces, spaces at the ends, words
// longer than the width, characters beyond ASCII, every width.
func TestWrapRuns(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	words := []string{"Brackwater", "quay", "—", "Ærøskøbing’s", "a", "harbour-master", "supercalifragilisticexpialidocious", "“open”", "to"}
	texts := []string{"", " ", "   ", "one", " lead and trail ", "a  b   c"}
	for n := 0; n < 400; n++ {
		var b strings.Builder
		for k := r.Intn(40); k >= 0; k-- {
			b.WriteString(strings.Repeat(" ", r.Intn(3)))
			b.WriteString(words[r.Intn(len(words))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		for width := 1; width <= 90; width += 7 {
			if got, want := wrap(s, width), wrapByWords(s, width); got != want {
				t.Fatalf("wrap(%q, %d) = %q, want %q", s, width, got, want)
			}
		}
	}
}

// TestPrintableDashes checks the range yamlUnprintable passes without
// asking unicode.IsPrint: every character of it is printable and none is
// one of the characters it escapes.
func TestPrintableDashes(t *testing.T) {
	for r := rune(printableDashesFirst); r <= printableDashesLast; r++ {
		if !unicode.IsPrint(r) || r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xfeff {
			t.Fatalf("%U is in the printable range but must be escaped", r)
		}
	}
	if y := yamlText("Quay “open” — at last…", false); y != "Quay “open” — at last…" {
		t.Fatalf("yamlText quoted %q", y)
	}
	if y := yamlText("line\u2028break", false); !strings.HasPrefix(y, `"`) {
		t.Fatalf("yamlText(line separator) = %q, not quoted", y)
	}
}
