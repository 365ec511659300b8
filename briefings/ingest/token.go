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
	hintNone      markHint = iota // " or ″: direction from position only
	hintOpen                      // “ „ «
	hintClose                     // ” »
	hintSingle                    // ' ‘ ’ standing apart from a word: a single quotation mark or an apostrophe, told apart by pairing
	hintThousands                 // , between a number's thousands ("14,000"), which isComma passes over
)

// token is one piece of a paragraph, by byte offsets into its text.
type token struct {
	class wordClass // tWord: what the word lists say about it, and cCap; first, so the token stays 40 bytes
	s, e  int32     // byte offsets in the paragraph
	q     int32     // 1 + index of the quote this token belongs to (marks included); 0 outside quotes
	kind  tokKind
	hint  markHint
	open  bool // tQuote: an opening mark, once resolved
	plain bool // tWord: ASCII letters and digits only, which fold to their lower case as they are
	// lw is the token in lower case, the paragraph's lower-case copy from
	// s to e: the rules ask p.lw some 13 K times an article, and slicing
	// the copy anew each time (two loads and three bounds checks more)
	// was some 90 K instructions of a 5 KB article's 2.8 M. Whatever
	// changes s or e sets it again.
	lw string
}

// isCap reports whether a word starts with an upper-case letter.
func (t *token) isCap(string) bool { return t.class&cCap != 0 }

// tokenize splits a paragraph into tokens, given its lower-case copy.
// Abbreviations and initials keep their full stop, so "U.S." and "F." never
// end a sentence by themselves. singles counts the single marks standing
// apart from a word (hintSingle) it made, which most paragraphs have none
// of.
func tokenize(text, lower string, toks []token) (_ []token, singles int) {
	// toks may already hold earlier paragraphs' tokens, whose offsets are
	// into their own text: a look back never goes before first.
	first := len(toks)
	i := 0
	for i < len(text) {
		// ASCII, most of any text, without decoding: a space is passed
		// over at once.
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		} else if asciiSpace[r] {
			i++
			continue
		}
		switch {
		case r >= utf8.RuneSelf && unicode.IsSpace(r): // an ASCII space was passed over above
			i += size
		case (r == '"' || r >= utf8.RuneSelf) && (r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»' || r == '″'):
			h := hintNone
			switch r {
			case '“', '„', '«':
				h = hintOpen
			case '”', '»':
				h = hintClose
			}
			toks = append(toks, token{s: int32(i), e: int32(i + size), kind: tQuote, hint: h, lw: lower[i : i+size]})
			i += size
		case r < utf8.RuneSelf && asciiWordByte[r] || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			j, plain := i, true
			for j < len(text) && asciiWordByte[text[j]] {
				j++
			}
			if j < len(text) && !plainWordEnd[text[j]] {
				// What follows may carry the word on or end an
				// abbreviation: wordEnd decides. Most words are ASCII
				// letters and digits before a space or a comma, and
				// end there without the call (some 35 K instructions
				// of a 5 KB article's 2.9 M).
				j, plain = wordEnd(text, lower, i, singles == 0)
			}
			lw := lower[i:j]
			var class wordClass
			if len(lw) <= maxLexiconWord {
				class = wordClassOf(lw)
			}
			upper := unicode.IsUpper(r) || isClickLetter(r) && unicode.IsUpper(firstRune(text[i+size:]))
			if class&^listOnly == 0 && !upper && occupationWord(lw) {
				class |= cRole // "hydrologist", "guitarist"
			}
			// A plain word, ASCII letters and digits only, has no hyphen:
			// the tests below that look for one are for the others.
			if !plain && class&^listOnly == 0 && strings.HasPrefix(lw, "vice-") && len(lw)-5 <= maxLexiconWord && wordClasses[lw[5:]]&cRole != 0 {
				class |= cRole // "vice-minister", "vice-governor": the title's deputy
			}
			switch {
			case upper && !plain && placeAdjective(lw) && !titleCasedTail(text[i:j]):
				// "Oslo-based", "Saudi-led": an adjective, not a name. In
				// title case ("<Field> and Flour-Based Products") it is a
				// word of a body's name.
			case upper:
				class |= cCap
				if lw == "division" && strings.HasPrefix(text[j:], " of ") {
					// "<Place> Division of <Field>": a state's unit named
					// by its capitalised head, as "<Place> Department of
					// <Field>" is; in lower case a division is a body's
					// unit ("the <Body>'s <field> division").
					class |= cOrgHead
				}
				if lw == "district" && len(toks) > first && toks[len(toks)-1].class&(cOrgHead|cCap) == cOrgHead|cCap && toks[len(toks)-1].kind == tWord {
					// "<Place> Police District", "<Town> School District":
					// a district named after a body's head word is that
					// service's unit, a body that speaks; "<Place>
					// District" alone stays a place.
					class |= cOrgHead
				}
				if lw == "city" && len(toks) > first && toks[len(toks)-1].lw == "metropolitan" && toks[len(toks)-1].class&cCap != 0 {
					// "<Name> Metropolitan City": in Korean or Nepali
					// copy the metropolitan city's government, which
					// issues statements as a body; "<Name> City" alone
					// stays a place.
					class |= cOrgHead
				}
				if lw == "ms" && text[i:j] == "MS" {
					// Welsh copy: "<Constituency> MS X" is a Member of the Senedd,
					// a title like "MP", not the honorific "Ms".
					class = cRole | cCap | class&listBits
				}
				if class&(cFunction|cPronoun|cDet) != 0 && j-i >= 2 && allUpper(text[i:j]) {
					class &^= cFunction | cPronoun | cDet // an acronym: "WHO", "US"
				}
				if class&(cRoleMod|cRole) != 0 && j-i >= 3 && len(toks)-first <= 1 && allUpper(text[i:j]) && leadInCaps(text, toks[first:]) && mixedCaseNext(text[j:]) {
					// A newspaper's lead opening in capitals ("A FORMER <Council>
					// officer", "THE ACTING <Title>"), the copy going on in
					// ordinary case: the role's modifier or title is the
					// sentence's word, not the start of a name. A transcript's
					// label in capitals ("<TITLE> <SURNAME>:") goes on in them.
					class &^= cCap
				}
				// "spokesperson He Lijun": a capitalised "He" before a name is
				// the Chinese family name, not the pronoun, which a verb follows.
				if n := len(toks); class&(cFunction|cDay|cMonth) == 0 && n > first && toks[n-1].class&cPronoun != 0 && text[toks[n-1].s:toks[n-1].e] == "He" {
					toks[n-1].class &^= cFunction | cPronoun
				}
			case plain:
			case j-i > 3 && text[i+2] == '-' && (text[i] == 'a' || text[i] == 'e') && text[i+1] == 'l' && unicode.IsUpper(firstRune(text[i+3:])):
				class |= cCap // an Arabic name's article: "al-Ansari", "el-Sisi"
			case j-i > 2 && (text[i+1] == '-' || text[i+2] == '-' || j-i > 3 && text[i+3] == '-') && nameArticle(text[i:j]):
				class |= cCap // a Maltese or Arabic article inside a name: "Din l-Art Ħelwa", "Nasr ad-Din"
			case elidedParticleName(text[i:j]):
				class |= cCap // a French or Italian surname behind its elided article: "<Given> d'<Surname>"
			}
			toks = append(toks, token{s: int32(i), e: int32(j), kind: tWord, class: class, plain: plain, lw: lw})
			i = j
		case r == '’' && motherPrefix(text, i, size):
			// "’Ma<name>": a Sesotho woman's name opens with
			// "’M" (mother of), its apostrophe part of the name.
			j, _ := wordEnd(text, lower, i+size, false)
			toks = append(toks, token{s: int32(i), e: int32(j), kind: tWord, class: cCap | listClass(lower[i:j]), lw: lower[i:j]})
			i = j
		case r == '\'' && len(toks) > first && titleBeforeMother(text, i, &toks[len(toks)-1]):
			// "Mrs 'Ma<name> <Surname>": the same prefix typed with a
			// straight apostrophe, which opens a quotation as often; only
			// after an honorific or a title, before a surname.
			j, _ := wordEnd(text, lower, i+1, false)
			toks = append(toks, token{s: int32(i), e: int32(j), kind: tWord, class: cCap | listClass(lower[i:j]), lw: lower[i:j]})
			i = j
		case r == '(' && bracketedLegalForm(text, i) > 0:
			// "<Name> (Pty) Ltd": the bracketed form is a word of the
			// firm's registered name, not an aside.
			j := i + bracketedLegalForm(text, i)
			toks = append(toks, token{s: int32(i), e: int32(j), kind: tWord, class: cCap | listClass(lower[i:j]), lw: lower[i:j]})
			i = j
		case r == '\'' || r == '‘' || r == '’':
			toks = append(toks, token{s: int32(i), e: int32(i + size), kind: tPunct, hint: hintSingle, lw: lower[i : i+size]})
			singles++
			i += size
		case r == '!' && clickBang(text, i):
			// "<Given> !<Surname>": the click letter of a Khoekhoe
			// name, typed as an exclamation mark, opens the word.
			j, _ := wordEnd(text, lower, i+1, false)
			toks = append(toks, token{s: int32(i), e: int32(j), kind: tWord, class: cCap | listClass(lower[i:j]), lw: lower[i:j]})
			i = j
		case r == '.' || r == '?' || r == '!' || r == '…':
			j := i + size
			for j < len(text) && (text[j] == '.' || text[j] == '?' || text[j] == '!') {
				j++
			}
			toks = append(toks, token{s: int32(i), e: int32(j), kind: tEnd, lw: lower[i:j]})
			i = j
		default:
			h := hintNone
			if r == ',' && thousandsComma(text, i) {
				h = hintThousands
			}
			toks = append(toks, token{s: int32(i), e: int32(i + size), kind: tPunct, hint: h, lw: lower[i : i+size]})
			i += size
		}
	}
	return toks, singles
}

// thousandsComma reports whether the comma at byte i separates a number's
// thousands ("14,000": digits on both sides, three after it, no space).
// Such a comma sets off no aside: "X, which serves about 14,000
// customers, said" lost its subject to the comma inside the number.
func thousandsComma(text string, i int) bool {
	return i > 0 && i+3 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1]) && isDigit(text[i+2]) && isDigit(text[i+3]) &&
		(i+4 == len(text) || !isDigit(text[i+4]))
}

// wordEnd returns where the word starting at i ends. Inside a word,
// apostrophes, hyphens, full stops and ampersands are kept when a letter or
// digit follows ("Russia’s", "follow-up", "4.5", "U.S", "AT&T"); a final
// full stop is kept for abbreviations and initials. plain reports that the
// word is ASCII letters and digits only; lower is text in lower case.
func wordEnd(text, lower string, i int, noSingles bool) (end int, plain bool) {
	j := i
	plain = true
	for j < len(text) && asciiWordByte[text[j]] {
		j++ // ASCII letters and digits, most of any word, in a loop of their own
	}
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf && asciiAlnum[c] {
			j++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			// No other ASCII character is a letter, a digit or a mark.
			r, size = utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				j += size
				plain = false
				continue
			}
		}
		if r == '.' && plain && j+2 < len(text) && text[j+1] == '-' && asciiAlnum[text[j+2]] && titleAbbrevs[lower[i:j+1]] != "" {
			// "Brig.-Gen.", "Lt.-Col.": Canadian copy joins a two-word
			// rank's abbreviations with a hyphen after the first one's
			// stop; the rank is one word, as "Brig-Gen" is.
			j += 2
			plain = false
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '‑' || r == '.' || r == '&' || r == '‘' && j > i {
			// '‘' between letters is no opening quotation mark but the
			// modifier apostrophe Uzbek and Hawaiian names are typed
			// with ("<G‘name>", "O‘<name>", "Hawai‘i").
			if j+size < len(text) {
				n, _ := utf8.DecodeRuneInString(text[j+size:])
				if unicode.IsLetter(n) || unicode.IsDigit(n) {
					j += size
					plain = false
					continue
				}
			}
		}
		break
	}
	// An apostrophe, ASCII or the first byte of '’', is tested first: most
	// words end in neither.
	if j < len(text) && (text[j] == '\'' || text[j] == 0xe2) && j > i+1 && (text[j-1] == 's' || text[j-1] == 'S' || text[j-2] == 'n' && text[j-1] == 'g') && pluralPossessive(text, j) {
		// "the Nordic Steelworkers' Union": the apostrophe is the word's,
		// and so is the ng' of Swahili and Luo names ("Ochieng' X").
		_, size := utf8.DecodeRuneInString(text[j:])
		return j + size, false
	}
	if noSingles && j < len(text) && (text[j] == '\'' || text[j] == 0xe2) && j > i+1 && text[j-1] >= 'a' && text[j-1] <= 'z' && unicode.IsUpper(firstRune(text[i:])) && pluralPossessive(text, j) {
		// "<Place>' <Word> <Company>": a capitalised word closed by an
		// apostrophe before another capital, with no single mark standing
		// apart earlier in the paragraph (noSingles) to open a nickname or
		// a title, keeps it as its own letter (some romanised place names
		// end in one), not a closing mark.
		_, size := utf8.DecodeRuneInString(text[j:])
		return j + size, false
	}
	if j < len(text) && text[j] == '.' {
		w := lower[i:j] // the same as strings.ToLower for ASCII, without a copy
		if !plain {
			w = strings.ToLower(text[i:j])
		}
		single := utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(text[i:j]))
		// What follows the full stop is tested before the lists it decides
		// between, which spares most of their lookups.
		if inLexicon(w, cAbbrev) || single || !plain && strings.Contains(w, ".-") && titleAbbrevs[w+"."] != "" || dottedInitials(w) || partyTag(text[i:j]) || digitAfter(text, j+1) && numberAbbrevs[w] ||
			unicode.IsUpper(firstRune(text[i:j])) && capitalAfter(text, j+1) && (givenAbbrevs[w] || clanInitialWord(text[i:j])) ||
			w == "rt" && strings.HasPrefix(text[j+1:], " Hon") { // "The Rt. Hon. X", not "told RT."
			j++
			plain = false
		}
	}
	return j, plain
}

// clanInitialWord reports whether w, before a stop, a space and a capital,
// is a clan name's or a patronymic's abbreviation of a capital and a small
// consonant ("Th. <Given> <Surname>", Mongolian "Ts. <Name>"): no word of
// two letters so shaped ends a sentence, save a surname ("Ng") and the
// titles the abbreviations list keeps already.
func clanInitialWord(w string) bool {
	if len(w) != 2 || !isUpperASCII(w[0]) || w[1] < 'a' || w[1] > 'z' || w == "Ng" {
		return false
	}
	switch w[1] {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return false
	}
	return true
}

// leadInCaps reports whether the paragraph's tokens so far are words in
// capitals, as a lead's first words are in some newspapers' house style.
func leadInCaps(text string, toks []token) bool {
	for _, t := range toks {
		if t.kind != tWord || !allUpper(text[t.s:t.e]) {
			return false
		}
	}
	return true
}

// mixedCaseNext reports whether the word after a space at the start of s
// is capitalised and not in capitals throughout ("<Place>", not
// "<SURNAME>"): a lead set in capitals returns to ordinary case where the
// house style ends, while a transcript's label stays in capitals.
func mixedCaseNext(s string) bool {
	s = strings.TrimLeft(s, " ")
	k := 0
	for k < len(s) && asciiWordByte[s[k]] {
		k++
	}
	return k > 1 && isCapWord(s) && !allUpper(s[:k])
}

// allUpper reports whether an ASCII word is in capitals: "WHO".
func allUpper(w string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// placeAdjective reports whether a word made of a name and a participle
// describes something by a place or a body: "oslo-based", "saudi-led",
// "kremlin-backed", "german-made".
func placeAdjective(lw string) bool {
	i := strings.LastIndexByte(lw, '-')
	return i > 0 && adjectiveTails[lw[i+1:]]
}

// titleCasedTail reports whether the part of a hyphenated word after its
// last hyphen opens with a capital: "Flour-Based", not "Oslo-based".
func titleCasedTail(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i >= 0 && i+1 < len(w) && unicode.IsUpper(firstRune(w[i+1:]))
}

var adjectiveTails = set(`based led backed born run owned funded controlled made style speaking
	supported allied aligned linked registered listed bred raised headquartered`)

// capitalAfter reports whether a space and a capital follow byte i.
func capitalAfter(text string, i int) bool {
	return i+1 < len(text) && text[i] == ' ' && unicode.IsUpper(firstRune(text[i+1:]))
}

// digitAfter reports whether a space and a digit follow byte i.
func digitAfter(text string, i int) bool {
	return i+1 < len(text) && text[i] == ' ' && text[i+1] >= '0' && text[i+1] <= '9'
}

// pluralPossessive reports whether the apostrophe at j ends a plural
// possessive inside a name ("Steelworkers' Union", "Teachers’ Federation"):
// a space and a capital follow it. A closing single quotation mark is
// followed by punctuation or a double mark instead.
func pluralPossessive(text string, j int) bool {
	r, size := utf8.DecodeRuneInString(text[j:])
	if r != '\'' && r != '’' || j+size+1 >= len(text) || text[j+size] != ' ' {
		return false
	}
	n, _ := utf8.DecodeRuneInString(text[j+size+1:])
	return unicode.IsUpper(n)
}

// dottedInitials reports whether w, a word without its final full stop, is
// single letters joined by full stops ("N.M", "p.m", "U.S.A"), maybe after a
// party letter ("D-N.M"): its final full stop belongs to it.
func dottedInitials(w string) bool {
	if len(w) > 2 && w[1] == '-' {
		w = w[2:]
	}
	if len(w) < 3 {
		return false
	}
	for k, r := range w {
		if k%2 == 1 && r != '.' || k%2 == 0 && !unicode.IsLetter(r) || r >= utf8.RuneSelf {
			return false
		}
	}
	return len(w)%2 == 1
}

// partyTag reports whether a word is the party-and-state tag US copy puts
// after a lawmaker's name ("D-N.M.", "R-Idaho", "I-Vt."): an aside, never a
// name.
func partyTag(w string) bool {
	if len(w) < 3 || !strings.ContainsRune("DRI", rune(w[0])) || w[1] != '-' || w[2] < 'A' || w[2] > 'Z' {
		return false
	}
	rest := strings.ToLower(strings.TrimSuffix(w[2:], "."))
	if rest == "day" {
		return false // D-Day
	}
	for _, r := range rest {
		if r != '.' && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}

// lowerInto writes s in lower case into dst, which is len(s) long, byte
// for byte at the same offsets: a character whose lower case is longer or
// shorter in UTF-8 (a handful, such as 'İ') is left as it is. It runs over
// every byte of every paragraph, so ASCII, most of any text, is lowered by
// a table straight into the buffer rather than a byte at a time through a
// strings.Builder, which took about three times the instructions.
func lowerInto(dst []byte, s string) {
	dst = dst[:len(s)]
	for i := 0; i < len(s); {
		// Eight ASCII bytes at once where the text has them (words8.go):
		// byte by byte through the table, the loop was some 60 K
		// instructions of a 5 KB article's 2.7 M.
		if i+8 <= len(s) {
			if x := load8(s, i); x&high8 == 0 {
				store8(dst, i, lowerASCII8(x))
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			dst[i] = asciiLower[c]
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= punctuationFirst && r <= punctuationLast {
			// Curly quotes, dashes, ellipses: no case, so no table
			// look-up (some 5 K instructions of a 5 KB article).
			copy(dst[i:i+size], s[i:i+size])
		} else if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
			utf8.EncodeRune(dst[i:], l)
		} else {
			copy(dst[i:i+size], s[i:i+size])
		}
		i += size
	}
}

// punctuationFirst and punctuationLast bound the General Punctuation block
// (U+2000 to U+206F: spaces, dashes, quotation marks, ellipsis), which
// holds no letter with a case: unicode.ToLower leaves each as it is
// (TestPunctuationHasNoCase).
const (
	punctuationFirst = 0x2000
	punctuationLast  = 0x206f
)

// asciiLower maps each ASCII byte to its lower case.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// asciiSpace marks the ASCII characters unicode.IsSpace reports.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = unicode.IsSpace(rune(c))
	}
	return t
}()

// asciiWordByte marks the ASCII letters and digits among all bytes.
var asciiWordByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = asciiAlnum[c]
	}
	return t
}()

// plainWordEnd marks the bytes after a run of ASCII letters and digits
// that end the word there, as wordEnd would find it, with nothing more to
// decide: any ASCII byte but the apostrophe, hyphen, full stop and
// ampersand, which may join a word or end an abbreviation, and the letters
// and digits themselves. A byte beyond ASCII may start a letter or a '’'.
var plainWordEnd = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !asciiAlnum[c] && !strings.ContainsRune(`'-.&`, rune(c))
	}
	return t
}()

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// motherPrefix reports whether the ’ at i, after a space, an opening
// bracket or the start, opens a word "’M" and a small letter: the prefix
// of a Sesotho woman's name. A closing single quote never follows a
// space, and an opening one is ‘, not ’.
func motherPrefix(text string, i, size int) bool {
	k := i + size
	return k+1 < len(text) && text[k] == 'M' && 'a' <= text[k+1] && text[k+1] <= 'z' && (i == 0 || text[i-1] == ' ' || text[i-1] == '(')
}

// titleBeforeMother reports whether the straight apostrophe at byte i
// opens a Sesotho woman's name ("'Ma<name>", motherPrefix's form): right
// after an honorific or a title word (the token prev) and a space, and
// before a capitalised surname, where no quotation opens. The Sesotho
// honorific "'Me" (Mrs), itself behind an apostrophe, is such a title,
// and the name may hold letters outside ASCII.
func titleBeforeMother(text string, i int, prev *token) bool {
	if !motherPrefix(text, i, 1) || prev.kind != tWord || int(prev.e) != i-1 {
		return false
	}
	if _, ok := honorifics[prev.lw]; !ok && prev.class&cRole == 0 && !sesothoMe(text, prev) {
		return false
	}
	j := i + 1
	for j < len(text) {
		if text[j] < utf8.RuneSelf {
			if !asciiAlnum[text[j]] {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return j+1 < len(text) && text[j] == ' ' && 'A' <= text[j+1] && text[j+1] <= 'Z'
}

// sesothoMe reports whether the word tok is the Sesotho honorific "'Me"
// (Mrs) with its apostrophe, straight or curly.
func sesothoMe(text string, tok *token) bool {
	return tok.lw == "’me" || tok.lw == "me" && tok.s > 0 && text[tok.s-1] == '\''
}

// bracketedLegalForms are the legal forms Southern African and South
// Asian firms write in brackets inside their registered names, before
// "Ltd" or "Limited": "(Pty) Ltd", "(Pvt) Ltd", "(Private) Limited"; and
// the bracketed territory a group's local arm writes in the same place
// ("<Name> (HK) Limited", "<Name> (UK) Ltd"), a word of its name too.
// The tokeniser reads such a form as one word of the name, not an aside;
// the cast's innerLegalForms, the same forms folded, then names the firm
// again without both parts. Two lists, since this one matches the
// written form, brackets and case, before any word is folded.
var bracketedLegalForms = [...]string{"(Pty) ", "(Pvt) ", "(Private) ", "(HK) ", "(NZ) ", "(UK) ", "(Asia) "}

// bracketedLegalForm returns the length of a bracketed legal form at byte
// i, after a capitalised word and before "Ltd" or "Limited", or 0.
func bracketedLegalForm(text string, i int) int {
	if i < 2 || text[i-1] != ' ' || text[i-2] < 'A' && text[i-2] != '.' {
		return 0
	}
	for _, f := range bracketedLegalForms {
		if !strings.HasPrefix(text[i:], f) {
			continue
		}
		rest := text[i+len(f):]
		if strings.HasPrefix(rest, "Ltd") || strings.HasPrefix(rest, "Limited") {
			return len(f) - 1
		}
	}
	return 0
}

// isClickLetter reports whether r is one of the click letters of
// Khoekhoe and San names (ǀ ǁ ǂ ǃ): a letter with no case, so the letter
// after it says whether the word is capitalised ("ǃ<Surname>").
func isClickLetter(r rune) bool { return r >= 'ǀ' && r <= 'ǃ' }

// clickBang reports whether the "!" at byte i stands for a click letter
// opening a word, as Namibian and South African copy types Khoekhoe
// names ("<Given> !<Surname>"): after a space and a capitalised word,
// and right before a capital and a small letter. An exclamation mark
// ends its sentence against the word before it, never after a space.
func clickBang(text string, i int) bool {
	if i < 2 || i+2 >= len(text) || text[i-1] != ' ' || !('A' <= text[i+1] && text[i+1] <= 'Z') || !('a' <= text[i+2] && text[i+2] <= 'z') {
		return false
	}
	k := strings.LastIndexByte(text[:i-1], ' ') + 1
	return unicode.IsUpper(firstRune(text[k : i-1]))
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

// nameArticle reports whether a word in lower case is a definite article
// joined by a hyphen to a capitalised word, as Maltese writes it inside
// names of bodies, places and people ("l-Art", "il-Kbir", "ix-Xlokk", "iż-Żejtun")
// and Arabic transliteration does before a sun letter ("ad-Din",
// "ash-Sharif"): a word of the name, though its first letter is small.
// Other short prefixes ("ex-", "pro-", "e-") are no article.
func nameArticle(w string) bool {
	h := strings.IndexByte(w, '-')
	if h < 1 || h > 3 || h+1 >= len(w) || !unicode.IsUpper(firstRune(w[h+1:])) {
		return false
	}
	switch w[:h] {
	case "l", "il", "is", "it", "ix", "id", "ir", "iż", "ad", "ar", "as", "ash", "az":
		return true
	}
	return false
}
