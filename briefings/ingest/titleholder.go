package ingest

import (
	"strings"
	"unicode"
)

// titleHolder returns the person the article names right after the words
// of the title a speech verb's subject is: "<Title> said" or "the
// <Title> said", where the reader took a title it does not know
// (a local language's word for a minister, a post's short form, a
// hyphenated office) for a name. The article's own tie says who holds it:
// an earlier sentence prints the title before a person's full name —
// "<Title> <Given> <Surname>", "<Title> <Place>, <Given> <Surname>", "the
// <Title>, <Country>'s <Role> <Given> <Surname>" — and a short form's
// words each open the written-out title's ("<Abbr> <Abbr>" for "<Abbrev…>
// <Abbrev…>"). The nearest such person before the verb's paragraph, or in
// it, is the speaker; nil when the article ties the title to no one, when
// the subject has a given name the lists know (a person called by their
// given name alone), or when the name after the title is someone's own
// possessive ("<Word>, <Given> <Surname>'s lawyer").
func (x *extractor) titleHolder(e *entity, det string, pi int) *entity {
	if e == nil || e.reg != nil || e.kind == "place" || strings.ContainsAny(e.name, ".'’") {
		return nil
	}
	// Most subjects that reach here fail these tests: the words stay in
	// an array on the stack, and each is lower-cased into a buffer, so the
	// call allocates nothing for them.
	var wordsArr [3]string
	words := wordsArr[:0]
	for w := range strings.FieldsSeq(e.name) {
		if len(words) == len(wordsArr) {
			return nil
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return nil
	}
	var buf [24]byte
	for _, w := range words {
		if !startsUpper(w) {
			return nil
		}
		if lw, ok := lowerASCIIWord(buf[:], w); ok {
			if _, given := givenGender(string(lw)); given {
				return nil
			}
		} else if _, given := givenGender(strings.ToLower(w)); given {
			return nil
		}
	}
	if det != "the" {
		return x.openerOfNames(e, words, pi)
	}
	var best *entity
	bestAt := -1
	for _, h := range x.cast.all {
		if h == e || h.kind != "person" || strings.IndexByte(h.name, ' ') < 0 || nameHoldsFold(h.name, words) {
			continue
		}
		for k := bestAt + 1; k <= pi && k < len(x.d.paras); k++ {
			if titledIn(x.d.paras[k].text, h.name, words) {
				best, bestAt = h, k
			}
		}
	}
	return best
}

// titledIn reports whether text prints name after the title words, with
// at most a few capitalised words (a place, a country's possessive, a
// role) and one comma between them.
func titledIn(text, name string, title []string) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], name)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(name)
		if rest := text[off:]; strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
			continue // "<Given> <Surname>'s …": whose, not who
		}
		if i > 0 && text[i-1] != ' ' {
			continue
		}
		before := strings.Fields(text[max(0, i-120):i])
		commas := 0
		for n := 0; n < 6 && len(before) >= len(title); n++ {
			if titleMatch(before[len(before)-len(title):], title) {
				return true
			}
			w := before[len(before)-1]
			if strings.HasSuffix(w, ",") {
				commas++
				w = strings.TrimSuffix(w, ",")
			}
			if commas > 1 || w == "" || !unicode.IsUpper(firstRune(w)) {
				break
			}
			before = before[:len(before)-1]
		}
	}
}

// titleMatch reports whether the article's words ws are the title's words,
// each the same or written out from a short form of three or four letters
// that opens it ("<Abbr>" for "<Abbreviated>"), never a possessive or a
// hyphenated word the title's word only opens.
func titleMatch(ws, title []string) bool {
	for j, w := range ws {
		w = strings.TrimSuffix(w, ",")
		t := title[j]
		if w == t {
			continue
		}
		if len(t) < 3 || len(t) > 4 || len(w) <= len(t) || !strings.HasPrefix(w, t) || strings.ContainsAny(w, "'’-") {
			return false
		}
	}
	return true
}

// nameHoldsFold reports whether any of ws is among name's words, case
// folded.
func nameHoldsFold(name string, ws []string) bool {
	for h := range strings.FieldsSeq(name) {
		for _, w := range ws {
			if strings.EqualFold(h, w) {
				return true
			}
		}
	}
	return false
}

// openerOfNames is titleHolder for a lone word said without "the": the
// article prints it before the full names of two people or more
// ("<Title> <Given> <Surname>", "<Title> <Given> <Other Surname>"), which
// only a title does, never a given name or a family name written first.
// The person so named nearest before the verb's paragraph holds it.
func (x *extractor) openerOfNames(e *entity, words []string, pi int) *entity {
	if len(words) != 1 {
		return nil
	}
	w := words[0]
	var best *entity
	bestAt, surnames := -1, map[string]bool{}
	for _, h := range x.cast.all {
		if h == e || h.kind != "person" || strings.Count(h.name, " ") < 2 || len(h.name) <= len(w) || h.name[len(w)] != ' ' || !strings.HasPrefix(h.name, w) {
			continue
		}
		surnames[h.name[strings.LastIndexByte(h.name, ' ')+1:]] = true
		for k := bestAt + 1; k <= pi && k < len(x.d.paras); k++ {
			if strings.Contains(x.d.paras[k].text, h.name) {
				best, bestAt = h, k
			}
		}
	}
	if len(surnames) < 2 {
		return nil
	}
	return best
}
