package ingest

import (
	"strings"
	"unicode"
)

// personForm is the last look at a person the draft names, who is not in
// the registry: the name in the form the article gives for the person
// themself. Words before the given name that are no part of it — titles,
// honorifics and ranks the reader ran into the name ("<Rank> <Rank>
// Surname", "<Honorific> Given Surname"), or a body's name that the
// reader took for given names ("<Words> <Body head> Given Surname") —
// are dropped; a lone surname becomes the full name the article
// introduced the person by, where the cast has not seen it (a possessive
// or a phrase the reader passed over).
func (x *extractor) personForm(e *entity) *entity {
	if e == nil || e.kind != "person" || e.reg != nil {
		return e
	}
	if e.formed == nil { // a person is drafted for each of their quotes: look once
		e.formed = x.personFormOf(e)
	}
	return e.formed
}

// personFormOf is personForm's look.
func (x *extractor) personFormOf(e *entity) *entity {
	var buf [8]string
	words := buf[:0]
	for w := range strings.FieldsSeq(e.name) {
		words = append(words, w)
	}
	i := leadingTitles(words, 0)
	if j := bodyBeforeName(words, i); j > i && x.namedAlone(words[len(words)-1]) {
		// The person is named by the surname alone elsewhere, so the
		// words before the body's head word are no part of their name.
		i = leadingTitles(words, j)
	}
	if i > 0 {
		name := strings.Join(words[i:], " ")
		if o := x.cast.byName[x.cast.fold(name)]; o != nil && o != e && o.kind == "person" {
			return x.personFormOf(o)
		}
		e.name, words = name, words[i:]
	}
	if len(words) == 1 && !strings.Contains(words[0], ".") { // "X.Surname" has its initial already
		if full := x.givenInFull(words[0]); full != "" {
			if o := x.cast.byName[x.cast.fold(full)]; o != nil && o != e && o.kind == "person" {
				return o
			}
			e.name = full
		}
	}
	return e
}

// leadingTitles returns the index of the first word from i on that is not
// a title, honorific or rank, keeping one word at least.
func leadingTitles(words []string, i int) int {
	for i < len(words)-1 && nameTitleWord(words[i]) {
		i++
	}
	return i
}

// nameTitleWord reports whether a word opening a person's name is a title,
// honorific or rank ("Dr", "Lt", "Col", "Supt", "Minister") rather than a
// given name.
func nameTitleWord(w string) bool {
	lw := strings.ToLower(w)
	if _, given := givenGender(lw); given {
		return false
	}
	bare := strings.TrimSuffix(lw, ".")
	if courtesyTitles[lw] || courtesyTitles[bare] {
		return true
	}
	if peerTitles[lw] || lw == "sir" || lw == "dame" || lw == "duke" || lw == "duchess" {
		return false // part of the name: a peer or a judge is "Lord X" by surname alone
	}
	if _, ok := honorifics[lw]; ok {
		return true
	}
	if _, ok := titleAbbrevs[lw]; ok {
		return true
	}
	if _, ok := titleAbbrevs[bare+"."]; ok && bare != "con" {
		return true // a wire title without its stop: "Lt", "Col"; "Con" is a given name alone (see stripRank)
	}
	return len(lw) <= maxLexiconWord && wordClassOf(lw)&(cRole|cHonor) != 0
}

// bodyBeforeName returns the index after the last body's head word or
// acronym among words[i:] that leaves two words or more after it, which
// then are the name ("<Words> Directorate Given Surname"); i when there is
// none. No one's given name follows a body's head word in a name.
func bodyBeforeName(words []string, i int) int {
	at := i
	for k := i; k < len(words)-2; k++ {
		if w := words[k]; bodyWord(w) || isAcronym(w) && !strings.Contains(w, ".") && len(w) > 1 {
			at = k + 1
		}
	}
	if at > i && !unicode.IsUpper(firstRune(words[at])) {
		return i
	}
	return at
}

// namedAlone reports whether the article names someone by this surname
// alone somewhere, outside quotation marks: after no other capitalised
// word.
func (x *extractor) namedAlone(surname string) bool {
	for _, p := range x.d.paras {
		for k := range p.toks {
			if p.isWordAt(k) && stripPossessive(p.word(k)) == surname && !(p.isWordAt(k-1) && p.toks[k-1].isCap(p.text)) {
				return true
			}
		}
	}
	return false
}

// givenInFull returns the full name the article first gives a person it
// otherwise calls by the surname alone: the surname after a given name,
// outside quotation marks, met before the surname alone; "" when the
// article gives none, or two different given names with it, or names the
// person by the surname alone first (a relative named in full later is
// someone else).
func (x *extractor) givenInFull(surname string) string {
	if !unicode.IsUpper(firstRune(surname)) {
		return ""
	}
	given, bareSeen := "", false
	for _, p := range x.d.paras {
		for k := range p.toks {
			if !p.isWordAt(k) || stripPossessive(p.word(k)) != surname {
				continue
			}
			g := k - 1
			if !p.isWordAt(g) || !p.isGivenNameAt(g) || p.isWordAt(k+1) && p.toks[k+1].isCap(p.text) {
				bareSeen = true
				continue
			}
			if bareSeen && given == "" {
				return ""
			}
			if w := p.word(g); given == "" {
				given = w
			} else if given != w {
				return ""
			}
		}
	}
	if given == "" {
		return ""
	}
	return given + " " + surname
}

// isGivenNameAt reports whether capitalised token g may be a given name
// before a surname: a given name the lists know, or a word in no list,
// no place and no nationality, that no other capitalised word precedes.
func (p *para) isGivenNameAt(g int) bool {
	t := &p.toks[g]
	if !t.isCap(p.text) || t.kind != tWord {
		return false
	}
	w := p.word(g)
	lw := p.lw(g)
	if nameTitleWord(w) || isPossessive(w) {
		return false
	}
	if _, ok := givenGender(lw); ok {
		return true
	}
	if t.class&^(cCap|listOnly) != 0 || isKnownPlace(lw) || isNationality(w) || isAcronym(w) {
		return false
	}
	// A word no list knows is a given name only as the first of just two
	// capitalised words: in a longer run ("<Body Words> Surname") it is
	// part of a body's or a title's name.
	return !p.isWordAt(g-1) || !p.toks[g-1].isCap(p.text) || p.sents[p.sentenceOf(g)].a == g
}
