package ingest

import "strings"

// stripBodyTitle moves the words before a given name to the role when
// they hold a body's name or acronym ("<Body> <Unlisted Title> X Y",
// "<Acronym> <Unlisted Title> X Y"): no one's given names come after an
// acronym or a body's head word, so a title the lists do not know sits
// between the body and the name. It needs a given name the lists know,
// with a surname or more after it, so a name with a body's word in it
// ("X Bank Y") stays whole.
func stripBodyTitle(r *ref) {
	stripRank(r)
	name := r.name
	if strings.Count(name, " ") < 3 {
		return // four words at least: a body or acronym, a title, a given name and a surname
	}
	body, given := -1, -1 // byte offsets of the last body word, then the given name after it
	for at := 0; at < len(name); {
		sp := strings.IndexByte(name[at:], ' ')
		if sp < 0 {
			break // the last word is the surname
		}
		w := name[at : at+sp]
		switch {
		case titleAcronym(w) && strings.IndexByte(name[at+sp+1:], ' ') > 0:
			// "<Words> <Title ACR> <Word> <Given> <Surname>": an
			// acronym that is itself a title or an honour ("CEO",
			// "MP", "MVP") needs no title after it, so the name opens
			// right after it, whether or not the lists know its first
			// given name.
			body, given = at, at+sp+1
		case isAcronym(w) && !strings.Contains(w, ".") || bodyWord(w):
			body, given = at, -1
		case body >= 0 && given < 0 && at > body:
			var buf [24]byte
			if lw, ok := lowerASCIIWord(buf[:], w); ok {
				if _, ok := givenGender(string(lw)); ok && !roleWords[string(lw)] {
					given = at
				}
			}
		}
		at += sp + 1
	}
	if body < 0 && given < 0 {
		given = titleFieldEnd(r.role, name)
	}
	if given <= 0 {
		return
	}
	r.role = strings.TrimSpace(r.role + " " + name[:given-1])
	r.name = name[given:]
	r.evidence = true
}

// givenInRole moves the last word of a person's title to the front of
// their name of two words when the article has that word alone say
// things (loneSpeaker) ("<Title> of <Body> <Given> <Middle> <Surname>", "“…,” <Given>
// said"): the reader ended the body's name at a given name the lists do
// not know, taking the last two words for the name, but copy that names
// someone again by that word alone says it is theirs. The word must be
// in capitals and no title's, body's or field's word, after another
// capitalised word (the body's name, not a title's bare field).
func (x *extractor) givenInRole(r *ref) {
	if r.role == "" || strings.Count(r.name, " ") != 1 {
		return
	}
	sp := strings.LastIndexByte(r.role, ' ')
	if sp <= 0 {
		return
	}
	w := r.role[sp+1:]
	prev := r.role[strings.LastIndexByte(r.role[:sp], ' ')+1 : sp]
	if !isCapWord(w) || !isCapWord(prev) || isAcronym(w) || isPossessive(w) || bodyWord(w) {
		return
	}
	var buf [24]byte
	b, ok := lowerASCIIWord(buf[:], w)
	if !ok || isRoleWord(string(b)) || isPortfolio(string(b)) || roleModifiers[string(b)] || !x.loneSpeaker(w) {
		return
	}
	r.name = w + " " + r.name
	r.role = r.role[:sp]
	r.evidence = true
}

// loneSpeaker reports whether the article has the capitalised word w
// alone, no capitals before it, as the subject of a plain speech verb
// after it ("“…,” <Word> said"): someone called by that one word.
func (x *extractor) loneSpeaker(w string) bool {
	for _, p := range x.d.paras {
		for i := 1; i+1 < len(p.toks); i++ {
			if p.toks[i].kind != tWord || p.word(i) != w || p.toks[i+1].q != 0 || !saysWords[p.lowerAt(i+1)] {
				continue
			}
			if !p.isWordAt(i-1) || !p.toks[i-1].isCap(p.text) && p.toks[i-1].class&cDet == 0 {
				return true
			}
		}
	}
	return false
}

// titleFieldEnd returns the byte offset in name of a lineage word that
// opens a person's own name after a title's field in capitals
// ("<Title> <Field> <Field> Syed <Given> <Surname>"): a title word
// ("Director", "Manager") takes its remit after it in South Asian copy,
// and "Syed" or "Sayed" stands only first in a name, so the name opens
// there. Any other given name may follow a given name the lists do not
// know, so it says nothing of where the title ends. -1 when role ends in
// no title word, a known given name or a particle comes first, or fewer
// than two words follow.
func titleFieldEnd(role, name string) int {
	if role == "" || !roleWords[strings.ToLower(lastWord(role))] {
		return -1
	}
	var buf [24]byte
	for at, n := 0, 0; at < len(name); n++ {
		sp := strings.IndexByte(name[at:], ' ')
		if sp < 0 {
			return -1
		}
		w := name[at : at+sp]
		lw, ok := lowerASCIIWord(buf[:], w)
		if !ok || particles[string(lw)] || isAcronym(w) {
			return -1
		}
		if lineageOpeners[string(lw)] {
			if n == 0 || strings.IndexByte(name[at+sp+1:], ' ') < 0 {
				return -1 // the name opens with it, or no given name and surname follow
			}
			return at
		}
		if _, g := givenGender(string(lw)); g {
			return -1
		}
		at += sp + 1
	}
	return -1
}

// lineageOpeners are the lineage names that open a South Asian or Afghan
// person's name ("Syed", "Sayed"): never a field's word, never a surname.
var lineageOpeners = set(`syed sayed sayyed sayyid`)

// titleAcronym reports whether an acronym is a person's title or honour of
// the closed classes roleWords ("CEO", "MP", "MLA") and honourAcronyms
// ("MVP"), not a body's.
func titleAcronym(w string) bool {
	if !isAcronym(w) || strings.Contains(w, ".") {
		return false
	}
	var buf [24]byte
	lw, ok := lowerASCIIWord(buf[:], w)
	return ok && (roleWords[string(lw)] || honourAcronyms[string(lw)])
}

// bodyWord reports whether a capitalised word is a body's head word
// ("Commission", "Board", "Agency").
func bodyWord(w string) bool {
	var buf [24]byte
	lw, ok := lowerASCIIWord(buf[:], w)
	return ok && orgHeads[string(lw)]
}

// lowerASCIIWord folds an ASCII word's case into buf, without allocating; ok
// is false for a longer word or one outside ASCII.
func lowerASCIIWord(buf []byte, w string) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// courtesyAt reports whether token k is a courtesy title that opens a
// name ("Datuk", "Alhaji", "Hajjat"), which says a name follows as a
// title word does.
func (p *para) courtesyAt(k int) bool {
	title, _, _ := courtesyWord(p.word(k))
	return title
}

// stripRank moves "Con" to the role after a detective's title ("Det Con X
// Y", a detective constable): "Con" is an Irish given name alone, a rank
// only after "Det". It moves a naval lieutenant's grade too ("Lt. Junior
// Grade X Y", "Lieutenant Senior Grade X Y"): navies and coast guards
// write the grade after the rank, and it is no part of the holder's name.
func stripRank(r *ref) {
	role := strings.TrimSuffix(r.role, ".")
	if lieutenantRole(role) {
		for _, grade := range [...]string{"Junior Grade ", "Senior Grade "} {
			if rest, ok := strings.CutPrefix(r.name, grade); ok && strings.Contains(rest, " ") {
				r.role += " " + grade[:len(grade)-1]
				r.name = rest
				return
			}
		}
	}
	if !strings.HasSuffix(role, "Det") || len(role) > 3 && role[len(role)-4] != ' ' {
		return
	}
	rest, ok := strings.CutPrefix(r.name, "Con ")
	if !ok {
		rest, ok = strings.CutPrefix(r.name, "Con. ")
	}
	if ok && strings.Contains(rest, " ") {
		r.role += " " + r.name[:len(r.name)-len(rest)-1]
		r.name = rest
	}
}

// lieutenantRole reports whether a role ends in a lieutenant's rank ("Lt",
// "Lieutenant", "Lieut"), after which a naval grade may follow.
func lieutenantRole(role string) bool {
	last := role[strings.LastIndexByte(role, ' ')+1:]
	return last == "Lt" || last == "Lieutenant" || last == "Lieut"
}

// portfolioListHolder returns the person a subject of capitalised words
// joined by "and" names after a title's list of fields ("<Title> of
// <Field>, <Field> and <Field> <Given> <Surname> said"): the comma in the
// list ended the subject inside the title, so it reads as two parties,
// "<Field> and <Field> <Given> <Surname>". When the words after the last
// "and" are a person of the cast whose form drops a field word from
// their front, and the words before it are capitalised and hold no given
// name, the subject is that one person; nil otherwise.
func (x *extractor) portfolioListHolder(text string) *entity {
	and := strings.LastIndex(text, " and ")
	if and <= 0 {
		return nil
	}
	head, tail := text[:and], text[and+len(" and "):]
	if !startsUpper(head) || strings.IndexByte(tail, ' ') < 0 {
		return nil
	}
	for w := range strings.FieldsSeq(head) {
		if !startsUpper(w) || knownGiven(w) {
			return nil
		}
	}
	o := x.cast.named(x.cast.fold(tail))
	if o == nil || o.kind != "person" {
		return nil
	}
	f := x.personForm(o)
	if f == nil || f.kind != "person" || f.name == tail || !strings.HasSuffix(tail, " "+f.name) {
		return nil
	}
	cut := tail[:len(tail)-len(f.name)-1]
	if lw := strings.ToLower(lastWord(cut)); !isPortfolio(lw) {
		return nil // a title or a name before the person's, not a field of the list
	}
	return f
}
