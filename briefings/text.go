package briefings

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in the form names are compared in: lower case, accents
// removed, punctuation turned into single spaces. "Sergéy  LAVROV's" and
// "sergey lavrov s" compare equal.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // suppress leading and repeated spaces
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // combining accent
		case r == '\'' || r == '’':
			continue // "Russia's" folds to "russias", like the word without it
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	out := b.String()
	return strings.TrimSuffix(out, " ")
}

// Slug turns a name into an identifier: "Vladimir Putin" becomes
// "vladimir-putin".
func Slug(s string) string {
	return strings.ReplaceAll(Fold(s), " ", "-")
}

// stopwords are left out of the search index: they match everything and rank
// nothing.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an and are as at be but by for from has have he her his
		i in is it its of on or our she that the their them they this to was we were will with
		would you not no so if than then there these those been being do does did can could should
		into about over after before said says also which who whom what when where while`) {
		stopwords[w] = true
	}
}

// Terms splits text into the words the search index uses: folded, stop words
// dropped, plurals reduced by stem.
func Terms(text string) []string {
	return appendTerms(nil, text)
}

func appendTerms(dst []string, text string) []string {
	var buf []byte
	eachTerm(text, &buf, func(term []byte) { dst = append(dst, string(term)) })
	return dst
}

// eachTerm calls fn with each search term of text, in a buffer that is
// reused for the next term. It folds ASCII text in place, without
// allocating, because indexing a large corpus spends most of its time here;
// other text goes through Fold.
func eachTerm(text string, buf *[]byte, fn func(term []byte)) {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			for _, w := range strings.Fields(Fold(text)) {
				if !stopwords[w] && (len(w) >= 2 || isDigits(w)) {
					fn([]byte(stem(w)))
				}
			}
			return
		}
	}
	b := (*buf)[:0]
	flush := func() {
		if len(b) >= 2 || len(b) == 1 && b[0] >= '0' && b[0] <= '9' {
			if !stopwords[string(b)] {
				fn(stemBytes(b))
			}
		}
		b = b[:0]
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c == '\'':
			// "Russia's" is one word, as Fold has it
		default:
			flush()
		}
	}
	flush()
	*buf = b
}

// stemBytes is stem on a byte slice, in place.
func stemBytes(w []byte) []byte {
	n := len(w)
	if n <= 3 || w[n-1] != 's' {
		return w
	}
	switch {
	case w[n-3] == 'i' && w[n-2] == 'e' && w[n-4] != 'e' && w[n-4] != 'a':
		w[n-3] = 'y'
		return w[:n-2]
	case w[n-2] == 'e' && w[n-3] != 'a' && w[n-3] != 'e' && w[n-3] != 'o':
		return w[:n-1]
	case w[n-2] != 'u' && w[n-2] != 's':
		return w[:n-1]
	}
	return w
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// stem is Harman's "S" stemmer (Harman, 1991, "How effective is suffixing?"):
// it only folds English plurals, which keeps "missiles" and "missile"
// together without the surprises of a full Porter stemmer on names.
func stem(w string) string {
	n := len(w)
	switch {
	case n > 3 && strings.HasSuffix(w, "ies") && !strings.HasSuffix(w, "eies") && !strings.HasSuffix(w, "aies"):
		return w[:n-3] + "y"
	case n > 3 && strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "aes") && !strings.HasSuffix(w, "ees") && !strings.HasSuffix(w, "oes"):
		return w[:n-1]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ss"):
		return w[:n-1]
	}
	return w
}

// distance is the optimal string alignment distance (Damerau–Levenshtein
// with adjacent transpositions) between a and b, giving up once it exceeds
// max, so a typo check against many names stays cheap.
func distance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// typoBudget is how many edits a name of n runes may carry and still be
// recognised: none for very short words, where one edit makes another word.
func typoBudget(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 7:
		return 1
	default:
		return 2
	}
}
