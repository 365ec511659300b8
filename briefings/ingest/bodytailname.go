package ingest

import (
	"strings"
	"unicode"
)

// bodyTailOpensName reports whether the first of a three-word name
// ("<Word> <Given> <Surname>") is the last word of a body's name that a
// title's complement runs over, not the person's first name. The article
// writes the words after "<Title> of|for [the] <Capital> …", the
// complement's run holding at least one capital before the word, and
// either
//   - a body's name in quotation marks stands between the word and the
//     given name ("<Title> of the State <Kind> "<Brand>" <Given>
//     <Surname>"): copy from the former Soviet states names a state firm
//     by its kind word and its brand in quotes, and no person's name holds
//     a brand inside it; or
//   - "the" opens the complement, so it names a body, and no capital
//     before the word is a body's head word, so the word is the head
//     ("<Title> of the <Place> City <Council-word> <Given> <Surname>", a
//     local word for a council no list knows); and the surname stands
//     alone elsewhere, with no capital before it, as the article's short
//     form of the name. Without "the" ("<Title> of <Place> City <Given>
//     <Middle> <Surname>") or with a head word or an acronym in the run
//     ("of the <Words> Committee <Given> <Middle> <Surname>") the word
//     opens a name of three parts.
//
// The given name may be one no list knows; the word itself is none the
// lists know as a given name.
func (x *extractor) bodyTailOpensName(words []string) bool {
	if len(words) != 3 || knownGiven(words[0]) || !startsUpper(words[0]) || isAcronym(words[0]) || !givenNoListKnows(words[1]) || !surnameLike(words[2]) {
		return false
	}
	alone := -1 // namedAlone, asked once and only when needed
	for _, p := range x.d.paras {
		for k := 3; k+1 < len(p.toks); k++ {
			if !p.isWordAt(k) || p.word(k) != words[0] || p.toks[k].q != 0 {
				continue
			}
			g, quoted := p.afterQuotedBrand(k + 1)
			if g+1 >= len(p.toks) || !p.isWordAt(g) || p.word(g) != words[1] || !p.isWordAt(g+1) || p.word(g+1) != words[2] {
				continue
			}
			the, ok := p.complementRunBefore(k)
			if !ok {
				continue
			}
			if quoted {
				return true
			}
			if !the {
				continue
			}
			if alone < 0 {
				alone = 0
				if x.namedAlone(words[2]) {
					alone = 1
				}
			}
			if alone == 1 {
				return true
			}
		}
	}
	return false
}

// afterQuotedBrand returns the token after a name in quotation marks
// that follows token k-1 (a mark, one to three capitalised words, a mark),
// and true; else k and false. The reader may have taken the quoted name
// out of the tokens, leaving it in the text between k-1 and k.
func (p *para) afterQuotedBrand(k int) (int, bool) {
	if k >= len(p.toks) {
		return k, false
	}
	if p.toks[k].kind != tQuote {
		gap := p.text[p.toks[k-1].e:p.toks[k].s]
		return k, len(gap) > 3 && strings.ContainsAny(gap, "\"“”«»") && strings.IndexFunc(gap, unicode.IsUpper) >= 0
	}
	j := k + 1
	for j < len(p.toks) && j <= k+3 && p.isWordAt(j) && p.toks[j].isCap(p.text) {
		j++
	}
	if j == k+1 || j >= len(p.toks) || p.toks[j].kind != tQuote {
		return k, false
	}
	return j + 1, true
}

// complementRunBefore reports whether the capitalised token k closes a
// run of one or more capitals that follows "of" or "for" (and a "the")
// right after a title word: "<Title> of [the] <Capital> … <k>". the
// reports whether "the" stands before the run and the run holds no
// body's head word and no acronym: "of the <Words>" names a body, whose
// head the run then lacks but for the word at k.
func (p *para) complementRunBefore(k int) (the, ok bool) {
	j := k - 1
	head := false
	for j >= 0 && j > k-5 && p.isWordAt(j) && p.toks[j].isCap(p.text) && p.toks[j].q == 0 {
		head = head || p.isOrgHeadAt(j) || isAcronym(p.word(j)) // an acronym names a body whole
		j--
	}
	if j == k-1 || j < 1 {
		return false, false
	}
	if p.lowerAt(j) == "the" {
		the = !head
		j--
	}
	if pr := p.lowerAt(j); j < 1 || pr != "of" && pr != "for" {
		return false, false
	}
	return the, p.isRoleAt(j-1) || j >= 2 && p.isRoleAt(j-2)
}

// givenNoListKnows reports whether the capitalised word w may be a given
// name: one the lists know, or a word of no class, no place, no title and
// no body's word. Unlike mayBeGiven it lets through a word shaped like a
// nationality ("-i", "-an"), as often a given name no list knows.
func givenNoListKnows(w string) bool {
	if knownGiven(w) {
		return true
	}
	if !startsUpper(w) || isAcronym(w) || nameTitleWord(w) || bodyWord(w) {
		return false
	}
	lw := strings.ToLower(w)
	if isKnownPlace(lw) || irregularNationality(w) {
		return false
	}
	return len(lw) > maxLexiconWord || wordClassOf(lw)&^listBits == 0
}
