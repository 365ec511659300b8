package ingest

import "strings"

// A speaker does not talk about themselves by name: copy in every outlet
// quotes a coach on his goalkeeper ("<Given name> was a wall tonight. I
// told him …") or a wife on her husband by his name. When a pronoun picks
// the speaker (the rules' guess, not an explicit "X said"), a candidate
// the quote names in the third person is someone the speaker talks about,
// and the pronoun means the next person back who fits.

// namedInOwnQuote reports whether a quote in sentence si names e in the
// third person: e's first or last name word, when no other person the
// article knows shares it, as a word of the quote that is no vocative
// ("Well done, X.", "X, listen"), no self-introduction ("I am X", "my name
// is X"), no household's name ("the X family") and not inside words the
// speaker recalls someone else saying (‘…’).
func (x *extractor) namedInOwnQuote(e *entity, si int) bool {
	// Asked of every "he said" and "she said": the quote's words are
	// matched against the name's first and last words as substrings,
	// and only a match looks further, so nothing is allocated.
	sp := strings.IndexByte(e.name, ' ')
	if sp < 0 {
		return false // a one-word name may be anyone's, or a place's
	}
	first, last := e.name[:sp], e.name[strings.LastIndexByte(e.name, ' ')+1:]
	sr := x.d.sents[si]
	p := x.d.paras[sr.p]
	for i := sr.a; i < sr.b; i++ {
		t := &p.toks[i]
		if t.q == 0 || t.kind != tWord || !t.isCap(p.text) {
			continue
		}
		if w := p.word(i); (w == first || w == last) && x.ownNameWord(e, w) && x.thirdPersonName(p, i) {
			return true
		}
	}
	return false
}

// ownNameWord reports whether w, a word of e's name, names e alone: long
// enough to be no particle or initial, and in no other person's name.
func (x *extractor) ownNameWord(e *entity, w string) bool {
	if len(w) < 3 || particles[strings.ToLower(w)] || strings.HasSuffix(w, ".") {
		return false
	}
	for _, o := range x.cast.all {
		if o == e || o.kind != "person" {
			continue
		}
		for ow := range strings.FieldsSeq(o.name) {
			if ow == w {
				return false
			}
		}
	}
	return true
}

// thirdPersonName reports whether the name word at i, inside a quote,
// speaks of its bearer rather than to them or as them.
func (x *extractor) thirdPersonName(p *para, i int) bool {
	q := p.toks[i].q
	single := 0
	for j := i - 1; j >= 0 && p.toks[j].q == q; j-- {
		if p.toks[j].hint == hintSingle && p.toks[j].kind == tPunct {
			single++
		}
	}
	if single%2 == 1 {
		// "The manager told me, ‘X is ready’": words the speaker recalls
		// someone saying, maybe about the speaker.
		return false
	}
	// The name's own run of words: a vocative or a family's name is read
	// on its edges.
	a, b := i, i+1
	for a > 0 && p.toks[a-1].q == q && p.isWordAt(a-1) && p.toks[a-1].isCap(p.text) {
		a--
	}
	for b < len(p.toks) && p.toks[b].q == q && p.isWordAt(b) && p.toks[b].isCap(p.text) {
		b++
	}
	if a > 0 && p.toks[a-1].q == q {
		switch p.lw(a - 1) {
		case ",", "am", "i'm", "i’m", "is", "called", "the", "dear":
			// "…, X." and "Dear X" address them; "I am X" and "my name
			// is X" are the speaker's own; "the X family" is a household.
			return false
		}
	}
	if b < len(p.toks) && p.toks[b].q == q {
		next := p.lw(b)
		if next == "," && (a == 0 || p.toks[a-1].q != q || p.toks[a-1].kind != tWord) {
			return false // "X, you were …": addressed at the opening of the quote or a sentence
		}
		if next == "!" || p.isWordAt(b) && !p.toks[b].isCap(p.text) && familyWords[next] {
			return false
		}
	}
	return true
}

// familyWords follow a surname that names a household or a firm, which a
// member of it may well speak of: "the X family", "X brothers".
var familyWords = set(`family families brothers sisters household clan family's`)
