package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldWords appends the words of s as briefings.Fold compares them (lower
// case, accents and apostrophes removed, punctuation between words) to dst:
// the same words as strings.Fields(foldText(s)), in one pass and one
// allocation, decomposing only the rare accented letter rather than the
// whole text.
func foldWords(s string, dst []string) []string {
	buf := make([]byte, 0, len(s))
	space := true
	put := func(r rune) {
		if r < utf8.RuneSelf {
			buf = append(buf, byte(unicode.ToLower(r)))
		} else {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		space = false
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			buf = append(buf, byte(r))
			space = false
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			buf = append(buf, byte(r+'a'-'A'))
			space = false
		case r == '\'' || r == '’' || unicode.Is(unicode.Mn, r):
			// "Russia's" folds to "russias"; combining accents go.
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					put(d)
				}
			}
		default:
			if !space {
				buf = append(buf, ' ')
				space = true
			}
		}
	}
	folded := strings.TrimSuffix(string(buf), " ")
	for folded != "" {
		i := strings.IndexByte(folded, ' ')
		if i < 0 {
			return append(dst, folded)
		}
		dst = append(dst, folded[:i])
		folded = folded[i+1:]
	}
	return dst
}

// foldTokens appends the folded words of tokens [a, b) of a paragraph: the
// same words foldWords gives for their text, taken from the lower-case
// tokens without copying them, except for the few words with apostrophes
// or non-ASCII letters.
//
// cls, unless nil, gets each word's class as dst gets the word: a plain
// token's own, which its lists' bits say of the word as the lists would,
// and cUnread for the words of any other token.
func (p *para) foldTokens(a, b int, dst []string, cls *[]wordClass) []string {
	for i := a; i < b; i++ {
		t := &p.toks[i]
		if t.kind != tWord {
			continue
		}
		w := p.low(t)
		if t.plain {
			dst = append(dst, w) // most words, known plain since tokenize
			if cls != nil {
				*cls = append(*cls, t.class)
			}
			continue
		}
		n := len(dst)
		plain, split := true, false
		for k := 0; k < len(w); k++ {
			c := w[k]
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				continue
			}
			if c == '-' || c == '.' || c == '&' {
				split = true
				continue
			}
			plain = false
			break
		}
		switch {
		case !plain:
			dst = foldWords(w, dst)
		case !split:
			dst = append(dst, w)
		default:
			start := 0
			for k := 0; k <= len(w); k++ {
				if k == len(w) || w[k] == '-' || w[k] == '.' || w[k] == '&' {
					if k > start {
						dst = append(dst, w[start:k])
					}
					start = k + 1
				}
			}
		}
		for ; cls != nil && n < len(dst); n++ {
			*cls = append(*cls, cUnread)
		}
	}
	return dst
}

// summaryStop are words too common to say what a sentence is about.
var summaryStop = set(`a an and are as at be but by for from has have he her his i in is it its of on or
	our she that the their them they this to was we were will with would you not no so if than then
	there these those been being do does did can could should into about over after before said says
	also which who whom what when where while told`)

// stopStems are the stems (stem) of the summary's stop words: a word
// stemmed to one of them ("say" for "says") is counted with the stop
// word's occurrences too, so countTermsAndTopics passes stop words by
// only when no candidate or topic word has such a stem.
var stopStems = func() map[string]bool {
	out := map[string]bool{}
	for w := range summaryStop {
		out[stem(w)] = true
	}
	return out
}()

// maxStopWord is the length of the longest summary stop word, and so of
// the longest of stopStems.
var maxStopWord = func() int {
	n := 0
	for w := range summaryStop {
		n = max(n, len(w))
	}
	return n
}()

// stemOnlyStops are the stopStems that are no stop word themselves ("say",
// for "says"): the only ones an unstemmed word that is no stop word can
// be, which summaryCandidates checks without the map.
var stemOnlyStops = func() []string {
	var out []string
	for s := range stopStems {
		if !summaryStop[s] {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}()

// term reduces a folded word to what the summary counts: stop words and
// single letters dropped, English plurals folded ("missiles", "missile").
func term(w string) string {
	if len(w) < 2 || summaryStop[w] {
		return ""
	}
	return stem(w)
}

// stem folds English plurals, as Harman's S stemmer does.
func stem(w string) string {
	n, y := stemCut(w)
	if y {
		return w[:n] + "y"
	}
	return w[:n]
}

// stemCut says what stem makes of w: its first n bytes, then "y" when y
// is set. Words over three letters lose an -s, but for -ss and -us, and
// -ies becomes -y; -es and -ses lose the s alone. It runs on every word of
// an article, so it reads the last bytes rather than testing suffixes.
func stemCut(w string) (n int, y bool) {
	n = len(w)
	if n <= 3 || w[n-1] != 's' {
		return n, false
	}
	switch w[n-2] {
	case 'e':
		if w[n-3] == 'i' {
			return n - 3, true
		}
	case 's', 'u':
		return n, false
	}
	return n - 1, false
}

// capitalsTitled writes a person's name set in capitals, as an all-caps
// release or sign-off sets it ("THULI NDABA-ACHTERBERG"), as names are
// written: each word's and each hyphened part's first letter a capital,
// the rest small ("Thuli Ndaba-Achterberg"). A name with a small letter
// in it, or of one word (which may be an acronym), is left as it is.
func capitalsTitled(name string) string {
	if strings.IndexByte(name, ' ') < 0 {
		return name
	}
	long := false
	run := 0
	for _, r := range name {
		switch {
		case unicode.IsLower(r):
			return name
		case unicode.IsLetter(r):
			if run++; run >= 3 {
				long = true
			}
		default:
			run = 0
		}
	}
	if !long {
		return name // "LI WU": no word long enough to tell a name from letters
	}
	b := make([]rune, 0, len(name))
	start, letters := true, 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			if !start {
				r = unicode.ToLower(r)
			}
			start = false
			letters++
		} else {
			// "O'BRIEN" is O'Brien: one letter before an apostrophe.
			start = r == ' ' || r == '-' || (r == '\'' || r == '’') && letters == 1
			letters = 0
		}
		b = append(b, r)
	}
	return string(b)
}
