package ingest

import "strings"

// collectMentions notes every named person and organisation outside quotes,
// before any attribution, so a description can also point forward ("its
// governor warned … Governor Henrik Aalto said").
func (x *extractor) collectMentions() {
	for si, s := range x.d.sents {
		p := x.d.paras[s.p]
		x.unnamed[si] = p.unnamedSubject(s.a, s.b)
		for i := s.a; i < s.b; {
			if !p.isNameWord(i) && !p.isTitleWord(i) {
				i++
				continue
			}
			j := p.chunkEnd(i, s.b)
			start := p.descriptorStart(i, s.a)
			if start > s.a && p.isDet(start-1) {
				start--
				j = p.trailingHead(j, s.b) // "the Kyiv city administration"
			}
			x.noteChunk(si, p, start, i, j, s.b)
			i = j
		}
	}
	x.noteRoles()
}

// note records a mention, keeping each sentence's mentions in text order.
func (x *extractor) note(si int, e *entity, tok int) {
	if e == nil {
		return
	}
	ms := x.mentions[si]
	i := len(ms)
	for i > 0 && ms[i-1].tok > tok {
		i--
	}
	if i > 0 && ms[i-1].tok == tok && ms[i-1].e == e {
		return
	}
	ms = append(ms, mention{})
	copy(ms[i+1:], ms[i:])
	ms[i] = mention{e: e, tok: tok}
	x.mentions[si] = ms
}

// noteChunk records what the phrase [start, j) names, with the aside after
// it when there is one.
func (x *extractor) noteChunk(si int, p *para, start, i, j, hi int) {
	r := p.interpret(start, j)
	if r == nil {
		return
	}
	if aa, ab, ok := p.appositiveAfter(j, hi); ok {
		r = p.applyAppositive(r, aa, ab)
	} else if p.isComma(j) && (p.lowerAt(j+1) == "who" || p.lowerAt(j+1) == "whose") && r.kind == refName {
		r.evidence = true
	}
	switch r.kind {
	case refName:
		e := x.cast.lookup(r.name)
		if e == nil && !r.evidence && len(strings.Fields(r.name)) < 2 {
			return // a lone capitalised word: a place as likely as a person
		}
		if e == nil || e.kind == "person" {
			e = x.cast.person(r.name, r.role, r.gender, r.evidence)
		}
		x.note(si, e, i)
	case refOrg:
		x.note(si, x.cast.org(r.name, r.head), i)
	case refRole:
		// "The Indian foreign minister also raised …": a definite title
		// points back (or ahead) to whoever holds it, who may be "he"
		// next. "Israel's ambassador", whom no one named holds, is someone
		// the article never names: "the envoy said" after it has no name.
		if !r.indefinite && r.org == "" && (start < i || isPossessive(p.word(i))) {
			x.roleMentions = append(x.roleMentions, roleMention{r: r, si: si, tok: i})
		}
	}
}

// roleMention is a title with no name ("the foreign minister", "Israel's
// ambassador"), resolved once every name is known.
type roleMention struct {
	r       *ref
	si, tok int
}

// noteRoles resolves the titles with no name to the people who hold them,
// named before or just after, or to a holder the article never names.
func (x *extractor) noteRoles() {
	for _, m := range x.roleMentions {
		if e := x.personByRole(m.r.head, m.r.text, m.si, m.tok); e != nil {
			x.note(m.si, e, m.tok)
		} else {
			x.note(m.si, &entity{name: m.r.text, role: m.r.text, kind: "anon", gender: m.r.gender}, m.tok)
		}
	}
}

// personNouns are people described, not named, with the gender the noun
// gives: "a father of three", "one resident".
var personNouns = map[string]gender{"man": male, "woman": female, "father": male, "mother": female,
	"son": male, "daughter": female, "husband": male, "wife": female, "boy": male, "girl": female,
	"brother": male, "sister": female, "grandfather": male, "grandmother": female, "widow": female,
	"widower": male, "fisherman": male, "policeman": male, "businessman": male, "businesswoman": female,
	"resident": unknownGender, "driver": unknownGender, "shopkeeper": unknownGender,
	"worker": unknownGender, "farmer": unknownGender, "nurse": unknownGender, "soldier": unknownGender,
	"volunteer": unknownGender, "teacher": unknownGender, "student": unknownGender,
	"passenger": unknownGender, "witness": unknownGender, "survivor": unknownGender,
	"villager": unknownGender, "neighbour": unknownGender, "neighbor": unknownGender,
	"customer": unknownGender, "voter": unknownGender, "protester": unknownGender,
	"parent": unknownGender, "pensioner": unknownGender, "patient": unknownGender,
	"miner": unknownGender, "vendor": unknownGender, "employee": unknownGender, "local": unknownGender}

// unnamedSubject finds a person described but not named as the subject of
// the sentence [a, b): an indefinite article at its start or after a
// comma, not set off after a name ("Jane Doe, a mother of three, said" is
// Jane Doe), with a person noun within three words.
func (p *para) unnamedSubject(a, b int) unnamedSubject {
	for i := a; i < b; i++ {
		if !p.isWordAt(i) || p.toks[i].class&cDet == 0 || i > a && !p.isComma(i-1) || !indefinite[p.lw(i)] {
			continue
		}
		if i > a && p.isNameWord(i-2) {
			continue
		}
		for k := i + 1; k < b && k <= i+3 && p.isWordAt(k); k++ {
			if g, ok := personNouns[p.lw(k)]; ok {
				return unnamedSubject{tok: i + 1, gender: g}
			}
		}
	}
	return unnamedSubject{}
}
