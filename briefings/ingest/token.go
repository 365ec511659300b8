package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token is, as far as attribution cares.
type tokKind uint8

const (
	tWord  tokKind = iota // a word, number or abbreviation
	tPunct                // , ; : ( ) dashes and other marks
	tEnd                  // . ? ! … : what may end a sentence
	tQuote                // a double quotation mark
)

// markHint is what a quotation mark's shape says about its direction.
type markHint uint8

const (
	hintNone  markHint = iota // " or ″: direction from position only
	hintOpen                  // “ „ «
	hintClose                 // ” »
)

// token is one piece of a paragraph, by byte offsets into its text.
type token struct {
	s, e  int
	kind  tokKind
	hint  markHint
	open  bool  // tQuote: an opening mark, once resolved
	q     int32 // 1 + index of the quote this token belongs to (marks included); 0 outside quotes
	lower string
}

// isCap reports whether a word starts with an upper-case letter.
func (t *token) isCap(text string) bool {
	if t.kind != tWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[t.s:t.e])
	return unicode.IsUpper(r)
}

// tokenize splits a paragraph into tokens. Abbreviations and initials keep
// their full stop, so "U.S." and "F." never end a sentence by themselves.
func tokenize(text string, toks []token) []token {
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»' || r == '″':
			h := hintNone
			switch r {
			case '“', '„', '«':
				h = hintOpen
			case '”', '»':
				h = hintClose
			}
			toks = append(toks, token{s: i, e: i + size, kind: tQuote, hint: h})
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(text, i)
			toks = append(toks, token{s: i, e: j, kind: tWord, lower: strings.ToLower(text[i:j])})
			i = j
		case r == '.' || r == '?' || r == '!' || r == '…':
			j := i + size
			for j < len(text) && (text[j] == '.' || text[j] == '?' || text[j] == '!') {
				j++
			}
			toks = append(toks, token{s: i, e: j, kind: tEnd, lower: text[i:j]})
			i = j
		default:
			toks = append(toks, token{s: i, e: i + size, kind: tPunct, lower: text[i : i+size]})
			i += size
		}
	}
	return toks
}

// wordEnd returns where the word starting at i ends. Inside a word,
// apostrophes, hyphens, full stops and ampersands are kept when a letter or
// digit follows ("Russia’s", "follow-up", "4.5", "U.S", "AT&T"); a final
// full stop is kept for abbreviations and initials.
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '‑' || r == '.' || r == '&' {
			if j+size < len(text) {
				n, _ := utf8.DecodeRuneInString(text[j+size:])
				if unicode.IsLetter(n) || unicode.IsDigit(n) {
					j += size
					continue
				}
			}
		}
		break
	}
	if j < len(text) && text[j] == '.' {
		w := strings.ToLower(text[i:j])
		single := utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(text[i:j]))
		if abbreviations[w] || single {
			j++
		}
	}
	return j
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isSpaceBefore reports whether the text before byte i is a word boundary
// that opens: start, space, an opening bracket or a dash.
func isSpaceBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || strings.ContainsRune("([{—–-/:", r)
}

// isSpaceAfter reports whether what follows byte i closes: end, space or
// punctuation.
func isSpaceAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?)]}—–-…", r)
}
