package ingest

import (
	"strings"
)

// collectMentions notes every named person and organisation outside quotes,
// before any attribution, so a description can also point forward ("its
// governor warned … Governor Henrik Aalto said").
func (x *extractor) collectMentions() {
	for si, s := range x.d.sents {
		p := x.d.paras[s.p]
		if p.shouted(s.a, s.b) {
			continue
		}
		x.unnamed[si] = p.unnamedSubject(s.a, s.b)
		if sp := p.unnamedSpeaker(s.a, s.b); sp.tok > 0 && (x.unnamed[si].tok == 0 || x.unnamed[si].tok == sp.tok) {
			// Someone never named speaks: a description no list of
			// people knows, found by its speech verb, or one the lists
			// know, whose verb is now known too.
			if x.unnamed[si].tok > 0 {
				sp.gender = x.unnamed[si].gender
			}
			x.unnamed[si] = sp
		}
		if u := x.unnamed[si]; u.tok > 0 {
			if n, g := p.givenName(u.tok, s.b); n > 0 {
				// "A mother of three whom we call Maryam", "a driver who
				// asked that only his first name, Amrit, be used": the
				// description names them after all, by that one name,
				// whose gender the clause's "his" or "her" gives when
				// the description gives none.
				if u.gender != unknownGender {
					g = u.gender
				}
				e := x.cast.person(p.text[p.toks[n].s:p.toks[n].e], "", g, true)
				x.note(si, e, n)
				x.unnamed[si] = unnamedSubject{}
			}
		}
		if k := p.kinSetOff(s); k > 0 {
			// "Her son, who would give only his first name, X, said":
			// the relative is named by the clause after
			// all, as an unnamed subject's is.
			if n, g := p.givenName(k, s.b); n > 0 {
				if kg, ok := p.genderAt(k, cPersonNoun, personNouns); ok && kg != unknownGender {
					g = kg
				}
				x.note(si, x.cast.person(p.text[p.toks[n].s:p.toks[n].e], "", g, true), n)
			}
		}
		if p.lowerAt(s.a) == "the" && s.a+1 < s.b && p.isWordAt(s.a+1) {
			// "The 67-year-old laughs …": the person named so before is
			// this sentence's subject, whom "she" may mean next.
			if e := x.nationalEpithet(p, s, si); e != nil {
				x.note(si, e, s.a+2)
			} else if w := p.lw(s.a + 1); isAgeWord(w) || epithets[w] || demonyms[w] && p.toks[s.a+1].isCap(p.text) {
				if e := x.personByEpithet(w, si, s.a); e != nil {
					x.note(si, e, s.a+1)
				}
			}
		}
		for i := p.afterSalutation(s.a, s.b); i < s.b; {
			// The next name word or title word: a name word is a word
			// outside quotes with cName, a title word one with cRole or
			// cRoleMod.
			if i = p.nextWordOf(i, s.b, cName|cRole|cRoleMod); i == s.b {
				break
			}
			if i > s.a && p.toks[i-1].class&cKin != 0 {
				x.noteKinNamed(si, p, s, i)
			}
			j := p.chunkEnd(i, s.b)
			if j < s.b && p.lowerAt(j) == "and" && p.toks[j].q == 0 {
				if k, e := x.regBodyOverAnd(p, i, j, s.b); e != nil {
					x.note(si, e, i)
					i = k
					continue
				}
			}
			nameEnd := j
			start := p.descriptorStart(i, s.a)
			if start > s.a && p.isDet(start-1) {
				start--
				j = p.trailingHead(j, s.b) // "the Kyiv city administration"
			}
			if j+3 < s.b && p.lowerAt(j) == "(" {
				if k := x.qualifiedTitleName(si, p, start, j, s.b); k > j {
					i = k
					continue
				}
			}
			x.noteChunk(si, p, start, i, j, s.b)
			x.noteKindWords(si, p, s.a, start, i, nameEnd, s.b)
			i = j
		}
		if u := x.unnamed[si]; u.verb > 0 {
			for _, m := range x.mentions[si] {
				if m.e.kind == "anon" && m.e.speaksFor != nil && m.tok < u.verb-1 {
					// "A representative for the company declined …": a body
					// speaks through them, as its voice's rules say; the
					// people lists' reading stands without the verb.
					x.unnamed[si] = p.unnamedSubject(s.a, s.b)
					break
				}
			}
		}
	}
	// Before noteRoles, whose descriptions ask who holds a title.
	x.titledBeforeComma()
	x.noteRoles()
	x.counterparts()
	x.appointedAs()
	x.learnGenders()
}

// appointedAs gives a person named with no title the title a sentence
// gives them after "as" ("<verb> <Given> <Surname> as the new <Body>
// <title>", "named <Surname> as its <title>"), so "the <title>" later
// finds them. The words between the article and the title's noun are
// capitals or title modifiers; the title is the run up to its last title
// word. Only a person mention with no role is looked at: no pass over
// the text.
func (x *extractor) appointedAs() {
	x.untitledPersons(func(s sentRef, p *para, m mention) {
		k := m.tok
		for k < s.b && p.isNameWord(k) {
			k++
		}
		if k == m.tok || k+2 >= s.b || p.lowerAt(k) != "as" || p.toks[k].q != 0 {
			return
		}
		a := k + 1
		if w := p.lowerAt(a); w == "the" || w == "its" || w == "their" {
			a++
		}
		if p.lowerAt(a) == "new" {
			a++ // the title is the office, not its being new
		}
		last := -1
		for i := a; i < s.b && i < a+6 && p.isWordAt(i); i++ {
			switch {
			case p.isRoleAt(i):
				last = i
			case p.toks[i].isCap(p.text) || p.wordOf(i, cRoleMod):
			default:
				i = s.b // the title ends at a word of no title
			}
		}
		if last >= a {
			m.e.role = p.textOf(a, last+1)
		}
	})
}

// titledBeforeComma gives a person named with no title the title that
// opens their sentence or a line's text after a colon and is set off
// from the name by a comma, with a courtesy between or not ("<Title>
// <Body>, Mr. <Given> <Surname>, held …", as South Asian and African
// official releases write a holder with the body's name run on to the
// title and no "of"), so "the <title>" later finds them. Only a person
// mention with no role is looked at: no pass over the text.
func (x *extractor) titledBeforeComma() {
	x.untitledPersons(func(s sentRef, p *para, m mention) {
		k := m.tok
		if plainHonorifics[p.lowerAt(k-1)] {
			k--
		} else if p.lowerAt(k-1) == "." && plainHonorifics[p.lowerAt(k-2)] {
			k -= 2
		}
		if k-3 < s.a || !p.isComma(k-1) {
			return
		}
		a := k - 1
		for a-1 >= s.a && p.toks[a-1].q == 0 && p.isWordAt(a-1) && (p.toks[a-1].isCap(p.text) || titleLinks[p.lw(a-1)]) {
			a--
		}
		if a >= k-2 || !p.isRoleAt(a) || !p.toks[a].isCap(p.text) || titleLinks[p.lw(k-2)] {
			return
		}
		if a > s.a && p.lowerAt(a-1) != ":" {
			return
		}
		m.e.role = p.textOf(a, k-1)
	})
}

// untitledPersons calls f with each mention of a person the article
// gives no title and the registry does not list, with its sentence and
// paragraph: the mentions a title reader (appointedAs, titledBeforeComma)
// may give the title the sentence sets beside the name. A title given to
// one mention is seen by the person's later ones, which are then passed
// over.
func (x *extractor) untitledPersons(f func(s sentRef, p *para, m mention)) {
	for si, ms := range x.mentions {
		for _, m := range ms {
			if e := m.e; e.kind != "person" || e.role != "" || e.reg != nil {
				continue
			}
			s := x.d.sents[si]
			f(s, x.d.paras[s.p], m)
		}
	}
}

// qualifiedTitleName notes the name after a title and a bracketed word
// that qualifies it ("<Title> of <Body> (<Ag.>) <Given> <Surname>", an
// acting or a retired holder), which the chunk reader does not run over:
// the name is a person who holds the title, not a name beside an
// unnamed title's holder. It returns where the name ends, or start when
// the words are not so.
func (x *extractor) qualifiedTitleName(si int, p *para, start, j, hi int) int {
	if j+3 >= hi || p.lowerAt(j) != "(" || p.lowerAt(j+2) != ")" || !p.isNameWord(j+1) || len(p.word(j+1)) > 6 || !p.isNameWord(j+3) {
		return start
	}
	t := p.interpret(start, j)
	if t == nil || t.kind != refRole || t.name != "" || t.indefinite {
		return start
	}
	k := p.chunkEnd(j+3, hi)
	x.noteChunk(si, p, j+3, j+3, k, hi)
	for _, m := range x.mentions[si] {
		if m.tok >= j+3 && m.tok < k && m.e.kind == "person" && m.e.reg == nil && m.e.role == "" {
			m.e.role = t.text
		}
	}
	return k
}

// counterparts gives a person named as someone's counterpart ("Trade
// Minister X met her Chilean counterpart, Y") the title of the person
// named before them in the sentence, with the nationality the phrase
// gives ("Chilean Trade Minister"), so "the Chilean minister" finds them.
func (x *extractor) counterparts() {
	for _, ms := range x.mentions {
		var owner *entity
		for _, m := range ms {
			e := m.e
			if e.kind != "person" {
				continue
			}
			i := strings.Index(e.role, "counterpart")
			if i < 0 {
				if owner == nil && e.role != "" {
					owner = e
				}
				continue
			}
			if owner == nil || e.reg != nil {
				continue
			}
			title := owner.role
			if f := strings.Fields(title); len(f) > 1 && (isNationality(strings.ToLower(f[0])) || isPossessive(f[0])) {
				title = strings.Join(f[1:], " ")
			}
			nat := strings.TrimSpace(e.role[:i])
			for _, d := range []string{"his ", "her ", "their ", "its "} {
				nat = strings.TrimPrefix(nat, d)
			}
			e.role = strings.TrimSpace(nat + " " + title)
		}
	}
}

// personalPronouns are the pronouns that tell a person's gender.
var personalPronouns = map[string]gender{"he": male, "his": male, "him": male, "himself": male,
	"she": female, "her": female, "hers": female, "herself": female}

// learnGenders gives the people named without a gender the one the
// article's own pronouns give them, before any pronoun is resolved: the
// first "he", "his", "she" or "her" after the only person a sentence has
// named so far is theirs ("Oyunchimeg and her husband", "Mayor X said his
// city"), and a sentence opening with "He" or "She" after a sentence that
// named one person and used no such pronoun means that person, and so
// does the pronoun that attributes a quote opening the sentence ("“…,” she
// says" after "Linn Kristoffersen runs a café").
func (x *extractor) learnGenders() {
	unknown := false
	for _, e := range x.cast.all {
		unknown = unknown || e.kind == "person" && e.gender == unknownGender
	}
	if !unknown {
		return // everyone's gender is known already
	}
	prevOnly := (*entity)(nil) // the one person the sentence before named, with no pronoun of its own
	for si, s := range x.d.sents {
		p := x.d.paras[s.p]
		var only *entity
		people, k, onlyAt := 0, 0, 0
		ms := x.mentions[si]
		opening := true
		// Most sentences have no gendered pronoun outside quotes, which
		// the loop below reads token by token only to find none: one
		// test a token finds that first (some 13 K instructions of a
		// 5 KB article's 2.79 M).
		pronoun := p.pronounAfter(s.a, s.b)
		for _, m := range ms {
			if m.e.kind == "person" && m.e.gender == unknownGender {
				if g := p.kinAsideGender(m.tok, s.b); g != unknownGender {
					setGender(m.e, g)
				}
			}
		}
		for i := s.a; pronoun && i < s.b; i++ {
			for k < len(ms) && ms[k].tok <= i {
				if e := ms[k].e; e.kind == "person" && e != only {
					people++
					only, onlyAt = e, ms[k].tok
				}
				k++
			}
			t := &p.toks[i]
			if t.q != 0 && opening {
				continue // a quote opening the sentence: "“…,” she says"
			}
			if t.kind != tWord || t.q != 0 || t.class&cGendered == 0 {
				if t.kind == tWord && (t.class&cCap == 0 || i > s.a) {
					opening = false
				}
				continue
			}
			g := personalPronouns[p.low(t)]
			if l := p.low(t); (l == "he" || l == "she") && (p.isSpeechVerbAt(i-1) || p.lowerAt(i-1) == "that" && p.isSpeechVerbAt(i-2)) {
				continue // "X said she had …": she may be someone else
			}
			if p.relativeBefore(s.a, i, g) {
				break // "X, whose <kin> …, <verb> <his|her>": the pronoun is the kin's
			}
			if people == 1 && p.describedBetween(onlyAt+1, i) {
				// "X said …, helped by a <person noun> who <verb>ed
				// him": someone described, of no gender the noun tells,
				// stands between the person named and the pronoun, which
				// may be theirs or a third person's, and so tells
				// nothing of X.
				break
			}
			if u := x.unnamed[si]; u.tok > 0 && u.tok-1 < i && (u.gender == unknownGender || u.gender == g) {
				// "A neighbour of X, who asked that her name not be used,
				// said …": the unnamed subject's pronoun, not X's.
				break
			}
			if people > 0 && (p.low(t) == "he" || p.low(t) == "she") && p.isComma(i-1) && p.frontedPhrase(s.a, i-1) {
				// "Under questioning by <Title> X, she conceded …",
				// "After meeting X, he said …": the subject after a
				// fronted phrase is someone else than the person the
				// phrase names, whom it tells nothing of.
				break
			}
			switch {
			case opening && people == 0 && prevOnly != nil && !x.otherOfGender(prevOnly, g, si):
				setGender(prevOnly, g)
			case people == 1 && !x.otherOfGender(only, g, si):
				setGender(only, g)
			case people == 0 && prevOnly != nil && p.isComma(i-1) && (p.low(t) == "he" || p.low(t) == "she") && !x.otherOfGender(prevOnly, g, si):
				// "X chairs the board. A lawyer by training, she has
				// run …": the subject after a fronted
				// description is the one person the sentence before
				// named.
				setGender(prevOnly, g)
			case people == 0 && (p.low(t) == "his" || p.low(t) == "her"):
				// "In the yard behind his garage, X restores …": a
				// possessive in an opening clause means the
				// sentence's subject after its comma, the one person it
				// names.
				if e := x.subjectAfterOpening(si, i); e != nil && !x.otherOfGender(e, g, si) {
					setGender(e, g)
				}
			}
			break
		}
		if len(ms) == 0 && !pronoun && si+1 < len(x.d.sents) && x.d.sents[si+1].p == s.p {
			// A sentence that names no one and has no pronoun ("Two years
			// ago there were nineteen.") between a person and a "She"
			// opening the next sentence of the paragraph leaves the
			// person the one the pronoun means.
			continue
		}
		// The one person the whole sentence names, with no pronoun after
		// them, is who a "He" or "She" opening the next one means.
		var one *entity
		at, many := 0, false
		for _, m := range ms {
			switch {
			case m.e.kind != "person" || m.e == one:
			case one == nil:
				one, at = m.e, m.tok
			default:
				many = true
			}
		}
		prevOnly = nil
		if one != nil && !many && !p.pronounAfter(at, s.b) {
			prevOnly = one
		}
	}
}

// pronounAfter reports whether a gendered pronoun outside quotes follows
// token i in the sentence ending before b.
func (p *para) pronounAfter(i, b int) bool {
	for ; i < b; i++ {
		if t := &p.toks[i]; t.class&cGendered != 0 && t.kind == tWord && t.q == 0 {
			return true // the class first: most words have none
		}
	}
	return false
}

// otherOfGender reports whether someone other than e with gender g was
// named in sentence si or in the paragraph before it: then the pronoun
// may be theirs ("X said she had never once raised her voice").
func (x *extractor) otherOfGender(e *entity, g gender, si int) bool {
	para := x.d.sents[si].p
	for s := si; s >= 0 && x.d.sents[s].p >= para-1; s-- {
		for _, m := range x.mentions[s] {
			if m.e != e && m.e.gender == g && (m.e.kind == "person" || m.e.kind == "anon") {
				return true
			}
		}
	}
	return false
}

// isSpeechVerbAt reports whether token i is a speech verb.
func (p *para) isSpeechVerbAt(i int) bool {
	return p.wordOf(i, cSpeech)
}

// setGender gives a person the gender a pronoun says, unless something
// said otherwise already.
func setGender(e *entity, g gender) {
	if e.gender == unknownGender && e.reg == nil {
		e.gender = g
		e.confirmed = true
	}
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
	if p.isComma(start-1) && p.lettersOnly(start, j) {
		return // "<Name>, <Degree>, <Honour>,": letters after a name, no one's name
	}
	r := p.interpret(start, j)
	if r == nil || r.kind == refRole && r.name == "" && (strings.Contains(r.text, "'s ") || strings.Contains(r.text, "’s ")) {
		x.notePossessor(si, p, start, i, j)
		if r == nil {
			return
		}
	}
	if r.kind == refName && r.role != "" && r.gender != unknownGender && p.agedNameOpens(start, j) && p.otherSexAfter(j+3, r.gender) && x.firstOfThreeParts(r.role, strings.Fields(r.name)) {
		// "<Given> <Given> <Surname>, <age>, fled … with her children"
		// opening a sentence, the first given name one no list knows,
		// the second a man's and the sentence's own pronoun a woman's:
		// the reader took the first given name for a title before the
		// given name the lists know, but a title before a man's name is
		// never followed by "her". The second name is the father's, as
		// Arabic and East African names carry it; the age set off in
		// commas and the pronoun make the three words one person's
		// full name, of the gender the pronoun gives.
		r.name, r.role = r.role+" "+r.name, ""
		r.gender = unknownGender
	}
	if r.kind == refName && !r.evidence && r.role == "" && p.isComma(j) && (start == 0 || p.toks[start-1].class&cPrep == 0) {
		// "<Given>, a <noun> from the <Place> hospital, who gave only
		// her first name": the one name a person gave, whatever the
		// aside between reads like.
		if g, ok := p.onlyNameGiven(j, hi); ok {
			r.evidence = true
			if r.gender == unknownGender {
				r.gender = g
			}
		}
	}
	if aa, ab, ok := p.knownAsAfter(j, hi); ok {
		r = p.applyAppositive(r, aa, ab)
	} else if r.kind == refName && p.placeBefore(start) && p.isComma(j) && p.lowerAt(j+1) == "who" {
		// "a fisherman in X, who …": the clause is about the noun before
		// the preposition; X is only where they are, no person.
	} else if r.kind == refName && p.placeBefore(start) && p.frontedPhrase(x.d.sents[si].a, start-1) {
		// "At a meeting in X, the mayor …": the comma closes the
		// sentence's opening phrase, which ends where something happened;
		// the words after it are the clause's subject, no aside about X.
	} else if aa, ab, ok := p.appositiveAfter(j, hi); ok {
		r = p.applyAppositive(r, aa, ab)
	} else if p.isComma(j) && p.lowerAt(j+1) == "who" && r.kind == refName {
		r.evidence = true
	}
	if start >= 3 && r.kind == refName && p.word(start-1) == ")" && p.word(start-3) == "(" {
		p.bracketHonorific(r, start-2)
		if r.role == "" && isAcronym(p.word(start-2)) && strings.Contains(r.name, " ") {
			if t := p.titleBeforeAcronym(x.d.sents[si].a, start-3); t >= 0 {
				// "Minister of <Field>, <Field> and <Field> of the <Words>
				// Region in <Place> (<ACR>) <Given> <Surname> blamed …":
				// the body's acronym closes a title that opens the
				// sentence, however its field list and body ran; the full
				// name after it holds the title, which "the minister"
				// means later.
				r.role, r.evidence = p.textOf(t, start-3), true
			}
		}
	}
	if r.kind == refName && r.role == "" {
		if t := p.titleBeforeCourtesy(x.d.sents[si].a, start); t >= 0 {
			// "<Title> the Hon. <Name> said": the title before the
			// courtesy is the name's, which "the <title>" means later.
			r.role, r.evidence = p.textOf(t, start), true
		}
	}
	if r.kind == refName && p.isComma(j) && isAge(p.lowerAt(j+1)) && (p.isComma(j+2) || j+2 == hi) {
		r.evidence = true // "X, 45, a baker": someone's age
	}
	if l := p.lowerAt(start - 1); r.kind == refName && (l == "called" || l == "named" || l == "surnamed") && p.isWordAt(start-2) {
		// "a man called X", "a worker surnamed X": a person, as the noun says.
		if g, ok := p.genderAt(start-2, cPersonNoun, personNouns); ok || p.isRoleAt(start-2) {
			r.evidence = true
			if r.gender == unknownGender {
				r.gender = g
			}
		}
	}
	if r.kind == refName && p.isComma(start-1) && (p.isComma(j) || j == hi || p.toks[j].kind == tEnd) {
		// "Her husband, Ganbold, is …", "Another resident, Terrence
		// Hollowell Jr., questioned …": the description before the name
		// says who they are.
		c := p.portfolioBracket(start - 1)
		if t := p.officeBefore(c, x.d.sents[si].a, r); t != "" && r.role == "" {
			r.role, r.evidence = t, true
		} else if d := p.descriptionBefore(c, x.d.sents[si].a); d != nil {
			r.evidence = true
			if r.role == "" && d.kind == refRole {
				r.role = d.text
			}
			if r.gender == unknownGender {
				r.gender = d.gender
			}
		} else if r.role == "" && p.isComma(j) {
			// "The <Title> for <Field>, <Field> and <Field>, <Given>
			// <Surname>, is …": a title opening the sentence whose
			// remit is a list of fields in capitals, set off by commas
			// before the name, is the named person's, which "the
			// <title>" means later. The title's scan is made only for a
			// name with no role yet.
			if t := p.titleBeforeAcronym(x.d.sents[si].a, c); t >= 0 {
				r.role, r.evidence = p.textOf(t, c), true
			}
		}
	}
	if (r.kind == refName && r.role == "" || r.kind == refOrg) && headsEvent(r.name) {
		// "following the <Head> Meeting", "after the <Head> Hearing":
		// a body's head word before the word for one of its sittings
		// names the sitting, not a body or a person, and is no name
		// "the Board" may mean later.
		return
	}
	switch r.kind {
	case refName:
		x.givenInRole(r)
		if r.det == "the" && r.role != "" && !strings.Contains(r.name, " ") && p.placeBefore(start) && !p.isComma(start-1) {
			// "inside the <Place> General Store", "at the <Name> Memorial
			// Hall": after a place's preposition and "the", a title
			// with one word after it names a building or a place, as a
			// person's name takes no article; where, not who.
			return
		}
		if ownedByTitle(r.role) {
			// "<Title>'s <Word>" ("<Paper> Editor's <Word>:", "the
			// <Title>'s <Word> Award"): what the title's holder owns,
			// a column, a prize or an office, no one's name.
			return
		}
		if owner := x.unitOwner(r); owner != nil {
			// "the <Body>'s <Words> Room": the body's unit speaks for
			// it, and the unit's name means the body after.
			x.cast.alias(r.name, owner)
			x.note(si, owner, i)
			return
		}
		if l := p.lowerAt(start - 1); r.det == "the" && r.role == "" && !p.honorIn(i, j) && (l == "," || l == "by" || l == "told" || l == "to" || l == "with" || l == "at" || l == "from" || l == "of") {
			// "told The X", "her group, the Y Singers", "a regular at the
			// Z": a person's name takes no article; a name after one is a
			// newspaper's, a band's, a club's, a building's, which a
			// pronoun does not mean.
			return
		}
		if strings.Contains(r.name, "&") {
			// "X & Sons", "Marks & Spencer": a business.
			x.note(si, x.cast.org(r.name, ""), i)
			return
		}
		if r.role == "" && !r.evidence && (r.det == "a" || r.det == "an" || i == start && (p.lowerAt(start-1) == "a" || p.lowerAt(start-1) == "an")) &&
			j < len(p.toks) && p.isWordAt(j) && !p.toks[j].isCap(p.text) && (p.inList(j, cPersonNoun) || agentNoun(p.lw(j))) {
			// "A <Town> <Town2> trader said": a person's name takes no
			// "a"; the capitals between the article and a person's
			// noun say where the person is from, and a pronoun after
			// means the one they describe, not them.
			return
		}
		e := x.cast.lookup(r.name)
		if (e == nil || e.kind == "person") && !r.evidence && r.gender == unknownGender && (r.role == "" && p.placeBefore(start) || p.placePart(start, r.role)) {
			return // "in X", "near X", "in <Town>'s X": where, not who
		}
		if e == nil && !r.evidence && wordCountUpTo(r.name, 2) < 2 && !runOnInitialName(r.name) {
			fronted, g := p.ownerBefore(x.d.sents[si].a, start, j)
			// "Speaking to reporters, <Surname> rejected …": the word
			// after a fronted clause on speaking is someone who spoke,
			// though the article never introduced them.
			spoke := false
			if !fronted && !isKnownPlace(r.name) && p.speakingOpener(x.d.sents[si].a, start, j) {
				u := x.wordUse(r.name)
				spoke = u != usedAsCommon && u != usedAsPlace
			}
			if !spoke && (!fronted || g == unknownGender && (isKnownPlace(r.name) || x.wordUse(r.name) != usedAsSpeaker)) {
				// A lone capitalised word: a place as likely as a person,
				// unless it is the subject after an opening phrase that
				// says "his" or "her", or one the article has say things
				// ("Back at the ger, Oyunchimeg closes the ledger").
				return
			}
			r.evidence, r.gender = true, g
		}
		if e == nil && isKnownPlace(r.name) && (r.role == "" || p.placeBefore(start)) {
			// "in X, where the mood was …": a known place after "in" is
			// the place, whatever the aside after it says.
			e = x.cast.place(r.name) // "North Korea", which no title makes a person
		}
		if e == nil && r.role == "" && r.gender == unknownGender {
			if court := x.courtPanel(r.name); court != nil {
				// "The <Court> Panel", then "the Panel"; "the <Kind>
				// Chamber", then "the Chamber": the judges a court sits
				// as give its judgment, which copy reports as the court's.
				x.cast.alias(r.name, court)
				x.cast.aliasBody(benchHead(r.name), court)
				e = court
			}
		}
		if e == nil && r.role == "" && r.gender == unknownGender && x.cast.reg != nil && len(x.cast.reg.placed[x.cast.fold(r.name)]) > 0 {
			// "The <Name> said" where the registry lists "<Name> of
			// <Country>": a state's body named without its country, whose
			// head word ("Prosecution", "Guard") names no body by itself.
			e = x.cast.org(r.name, "")
		}
		if e == nil && siteName(r.name) {
			// "on <Given> <Surname> Drive", "to the <Title> Islands": a
			// street, an airport or islands named after someone, or with
			// a title's word, are where, not who; a pronoun never means
			// them.
			return
		}
		if e == nil && r.role != "" && saintOpensBody(r.role, r.name) {
			// "the head of the Saint <Place> <Field> Authority": a saint's
			// title opens the name of the place or body after it, never
			// ends a title, so the name is the body's whole.
			role := strings.TrimRight(r.role, " ")
			e = x.cast.org(role[strings.LastIndexByte(role, ' ')+1:]+" "+r.name, "")
		}
		if e == nil || e.kind == "person" {
			e = x.cast.person(r.name, r.role, r.gender, r.evidence)
		}
		x.note(si, e, i)
	case refOrg:
		if owner := x.possessorBody(p, start); owner != nil && !namesBody(r.name) && x.cast.lookup(r.name) == nil {
			// "<Body>'s latest Shelter Needs Index (SNI) survey": a tool,
			// index or programme a body owns, whose name has no body's head
			// word of its own, speaks for the body, by its name or its
			// acronym.
			x.cast.alias(r.name, owner)
			if j+2 < len(p.toks) && p.word(j) == "(" && p.word(j+2) == ")" && isAcronym(p.word(j+1)) {
				x.cast.alias(p.word(j+1), owner)
			}
		}
		if owner, acr := x.organBody(p, r.name, j, hi); owner != nil {
			// "The <Name> Committee (<ACR>) of the <Body>", "The <Body>
			// Executive Board", "<Body> staff": a body's organ or people,
			// which the registry does not list, speak for the body, by
			// the organ's name, its acronym or its head word next.
			x.cast.organOf(r.name, acr, owner)
			x.note(si, owner, i)
			return
		}
		if b := x.bracketedShortForm(p, start, j); b != nil {
			// "<Body> (the <Short Form>)": the release's own short name
			// for the body before the brackets, not a second body.
			x.cast.alias(r.name, b)
			x.note(si, b, i)
			return
		}
		name := r.name
		acr := p.definedAcronym(j, hi)
		if acr != "" && possessiveEnd(name) {
			// "the <Body>'s (<ACR>) <decision>": the possessive is the
			// sentence's, not the name's, where the name ends in a body's
			// head ("<Name> Limited's", "<Name> Authority's").
			if sp := strings.LastIndexByte(name, ' '); sp > 0 {
				if last := strings.ToLower(stripPossessive(name[sp+1:])); orgHeads[last] || legalSuffixes[last] || last == "limited" {
					name = stripPossessive(name)
				}
			}
		}
		e := x.cast.org(name, r.head)
		x.note(si, e, i)
		if acr != "" {
			// "<Name> (<ACR>)", "<Name>, <ACR>, which …": the article
			// defines the acronym as the body's, whether or not it spells
			// the name's initials (a name translated from the body's own
			// language keeps the acronym of the original).
			x.cast.alias(acr, e)
		} else if short := p.bracketedFirstWord(r.name, j, hi); short != "" {
			// "<Word> Airlines Group (<Word>)": the release's short name
			// for the body, its name's first word, which copy then uses
			// alone ("<Word> said").
			x.cast.alias(short, e)
		} else if short := p.bracketedTradeName(name, j, hi); short != "" {
			x.cast.alias(short, e)
		}
		k := j
		for k < len(p.toks) && k < j+2 && p.isWordAt(k) && p.legalSuffixAt(k) {
			k++ // "X Holdings plc (…)": the suffix a chunk may leave out
		}
		if k < len(p.toks) && p.toks[k].kind == tPunct && p.word(k) == "(" {
			p.defineTerms(x.cast, e, k+1)
		}
		// "Prime Minister Élisabeth Moreau's government": the person who
		// owns the body is named too.
		for k := i; k+1 < j; k++ {
			if isPossessive(p.word(k)) && p.isNameWord(k) {
				if owner := p.interpret(start, k+1); owner != nil && owner.kind == refName && (owner.evidence || owner.role != "") {
					x.note(si, x.cast.person(owner.name, owner.role, owner.gender, true), i)
				}
				break
			}
		}
	case refOrgDesc:
		// "The cabinet office announced …": a body in lower case
		// that the registry knows by these words is named.
		if sp := x.cast.regSpeaker(r.text); sp != nil {
			x.note(si, x.cast.fromRegistry(sp), i)
		}
	case refRole:
		if r.head == "head" && p.lowerAt(j) != "of" {
			return // "shakes his head"
		}
		if c := delegationOf(r); c != "" {
			// "The delegate of X, …, which she called …": someone never
			// named, who speaks for the country, as "she" next.
			x.note(si, x.cast.newEntity(entity{name: r.text, role: r.text, kind: "anon", speaksFor: x.cast.place(c)}), i)
			return
		}
		if r.indefinite {
			// "A spokesperson for the trust said …": someone the article
			// does not name, whom "the spokesperson" means next; they speak
			// for their body when the phrase names one, not a country.
			anon := x.cast.newEntity(entity{name: r.text, role: r.text, kind: "anon", gender: r.gender})
			if l := p.lowerAt(j); r.org == "" && r.orgHead == "" && (l == "for" || l == "of" || l == "at" || l == "in") {
				// "A spokesperson for the state Environmental Protection
				// Agency": the body after what the chunk took in.
				if oa, ob := p.npRight(j+1, hi); ob > oa {
					if o := p.interpret(oa, ob); o != nil && o.kind == refOrg {
						r.org = o.name
					} else if o != nil && o.kind == refOrgDesc && !o.indefinite {
						r.orgHead = o.head // "an official of the agency", not "an economist at a bank"
					} else if owner := p.unitOwnerName(oa, ob); owner != "" {
						r.org = owner // "an official of the <Body>'s <field> division"
					}
				}
			}
			if r.org == "" && r.orgHead == "" {
				// "An official of the <Place> prefectural government's
				// <field> division": the chunk stopped at the level's
				// word; the unit's owner is read past it.
				r.org = p.ownerPastChunk(i, j, hi)
			}
			switch {
			case formerHolder(r.text):
				// "a former FDA official": no longer the body's voice.
			case r.org != "" && !isKnownPlace(r.org) && p.spokeOnBehalf(j, hi):
				// "A <title> at <Body>, who spoke on behalf of it, …":
				// whatever the title, the clause makes them the body's
				// voice.
				anon.speaksFor = x.cast.org(r.org, "")
			case r.org != "" && isAcronym(r.org) && !isKnownPlace(r.org) && !notBodyVoices[r.head]:
				// "An <ACR> <role>, <a clause withholding the name>, …":
				// the body the article named by its initials speaks
				// through its unnamed officer, whose name alone is
				// withheld.
				anon.speaksFor = x.cast.org(r.org, "")
			case !x.bodyVoice(r.head, si):
				// "One EU diplomat", an official who spoke on condition of
				// anonymity: no body speaks through them.
			case r.org != "" && isKnownPlace(r.org):
				// "a senior U.S. defense official": a country's, not a body's.
			case r.org != "":
				anon.speaksFor = x.cast.org(r.org, "")
			case r.orgHead != "":
				if e := x.registryBodyOfRole(r); e != nil {
					anon.speaksFor = e
				} else {
					anon.speaksFor = x.orgByHead(r.orgHead, si)
				}
			case strings.HasPrefix(r.head, "spokes"):
				anon.speaksFor = x.bodyJustNamed(si, i)
			}
			x.note(si, anon, i)
			return
		}
		// "The Indian foreign minister also raised …": a definite title
		// points back (or ahead) to whoever holds it, who may be "he"
		// next. "Israel's ambassador", whom no one named holds, is someone
		// the article never names: "the envoy said" after it has no name.
		if !r.indefinite && r.org == "" && (start < i || isPossessive(p.word(i))) {
			x.roleMentions = append(x.roleMentions, roleMention{r: r, si: si, tok: i, end: j})
		} else if !r.indefinite && r.org != "" && start < i && titleComplement(r.text, r.head) != "" {
			// "The <Title> of the <ACR> said": a title of a body, which a
			// holder named with it holds; noted only if one is (ofBody).
			x.roleMentions = append(x.roleMentions, roleMention{r: r, si: si, tok: i, end: j, ofBody: true})
		} else if !r.indefinite && r.org != "" && r.det == "the" && start < i {
			// "The <Body> <title> <verb>ed …": the holder of
			// the title at that body, named before, whom "he" next means;
			// noted only if one is (heldAt).
			x.roleMentions = append(x.roleMentions, roleMention{r: r, si: si, tok: i, end: j, heldAt: true})
		}
	}
}

// ownerPastChunk returns the owner of a unit in lower case that a role's
// complement names past the chunk [i, j) — "of the <Place> prefectural
// government's <field> division", the chunk ending at "<Place>" — by
// unitOwnerName, over at most six more words; "" for any other phrase.
func (p *para) ownerPastChunk(i, j, hi int) string {
	q := -1
	for k := i; k < j; k++ {
		if p.isWordAt(k) && (p.lw(k) == "of" || p.lw(k) == "at" || p.lw(k) == "with") {
			q = k
		}
	}
	if q < 0 || j >= hi || p.toks[j].isCap(p.text) {
		return ""
	}
	for e := j + 1; e <= hi && e <= j+6 && p.isWordAt(e-1); e++ {
		if owner := p.unitOwnerName(q+1, e); owner != "" {
			return owner
		}
	}
	return ""
}

// titleBeforeAcronym returns where a title opens the clause from lo (a
// title word first, maybe after "the") and runs to the bracket at o
// with only capitals, commas and the words a title's fields and body
// are joined by ("of", "for", "and", "the", "in"), the body last before
// its acronym: "Minister of <Field>, <Field> and <Field> of the <Words>
// in <Place> (". -1 otherwise. noteChunk asks it as well with o the
// comma before a name, for a title with a list of fields set off before
// it ("The <Title> for <Field>, <Field> and <Field>, <Name>,").
func (p *para) titleBeforeAcronym(lo, o int) int {
	t := lo
	if p.isDet(t) {
		t++
	}
	if t >= o || !p.isRoleAt(t) || !p.toks[t].isCap(p.text) || o-t > 24 {
		return -1
	}
	for k := t + 1; k < o; k++ {
		if p.isComma(k) {
			continue
		}
		if !p.isWordAt(k) {
			return -1
		}
		switch p.lw(k) {
		case "of", "for", "and", "the", "in", "on":
			continue
		}
		if !p.toks[k].isCap(p.text) {
			return -1
		}
	}
	if !p.isNameWord(o - 1) {
		return -1
	}
	return t
}

// definedAcronym returns the acronym that the tokens from j define for
// the body named just before them, in brackets ("(<ACR>)") or between
// commas (", <ACR>, which …"), or "". Between commas, the words after the
// second must go on about the body in lower case: in a list of bodies
// (", <ACR>, <Other> and …") the acronym is another body's.
func (p *para) definedAcronym(j, hi int) string {
	if j+2 >= hi || !p.isWordAt(j+1) || !isAcronym(p.word(j+1)) {
		return ""
	}
	switch w, end := p.word(j), p.word(j+2); {
	case w == "(" && end == ")":
		return p.word(j + 1)
	case w == "," && p.toks[j+2].kind == tEnd:
		return p.word(j + 1)
	case w == "," && end == "," && j+3 < hi && p.isWordAt(j+3) && !p.toks[j+3].isCap(p.text) && p.lw(j+3) != "and" && p.lw(j+3) != "or":
		return p.word(j + 1)
	}
	return ""
}

// bracketedFirstWord returns the one capitalised word the brackets at
// token j hold ("(<Word>)") when it is the first word of name, a body's
// name of three words or more: the body's own short name. "" otherwise.
func (p *para) bracketedFirstWord(name string, j, hi int) string {
	if j+2 >= hi || p.word(j) != "(" || p.word(j+2) != ")" || !p.isWordAt(j+1) || !p.toks[j+1].isCap(p.text) {
		return ""
	}
	w := p.word(j + 1)
	if strings.Count(name, " ") < 2 || !strings.HasPrefix(name, w+" ") {
		return ""
	}
	return w
}

// bracketedTradeName returns the one capitalised word the brackets after
// a firm's name hold when the name ends in its legal suffix ("<Name>
// <Field> Co. (<Short>)", "<Name> Ltd (<Short>)"): the trade name copy
// then calls the firm by, whatever its letters. "" otherwise.
func (p *para) bracketedTradeName(name string, j, hi int) string {
	if j < hi && p.word(j) == "." {
		j++ // "Co." with its stop a token of its own
	}
	if j+2 >= hi || p.word(j) != "(" || p.word(j+2) != ")" || !p.isWordAt(j+1) || !p.toks[j+1].isCap(p.text) {
		return ""
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if !strings.Contains(name, " ") || !legalSuffixes[strings.ToLower(strings.TrimSuffix(last, "."))] {
		return ""
	}
	w := p.word(j + 1)
	if legalSuffixes[strings.ToLower(w)] || isPossessive(w) {
		return ""
	}
	return w
}

// placeBefore reports whether the name at token i is where someone or
// something is: after "in" or "near", or after "from" following a person
// ("a baker from X").
func (p *para) placeBefore(i int) bool {
	switch l := p.lowerAt(i - 1); {
	case i-1 >= 0 && i-1 < len(p.toks) && p.toks[i-1].class&cPlaceAfter != 0: // placeAfter[l], by its class bit
		return true
	case l == "from":
		_, noun := p.genderAt(i-2, cPersonNoun, personNouns)
		return noun || p.isRoleAt(i-2) || occupationWord(p.lowerAt(i-2))
	case p.livesAbout(i - 1):
		return true // "residents around X", "villagers beyond X"
	case l == "of":
		// "the residents of X", "people of X": the people of a place;
		// "a district of X", "the town of X": a part or a kind of place,
		// in lower case.
		return inhabitants[p.lowerAt(i-2)] || p.inList(i-2, cPlaceWord) && !p.toks[i-2].isCap(p.text)
	}
	return false
}

// placePart reports whether a name whose phrase opens at token start with
// a capitalised possessive ("in <Town>'s X") follows a place's preposition:
// X is a part of that place, and the possessive, read as X's role, says
// only whose part it is.
func (p *para) placePart(start int, role string) bool {
	w := p.word(start)
	return role == w && p.toks[start].isCap(p.text) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && p.placeBefore(start)
}

// placedName reports whether the name ending at token k is where
// something is ("when I was in <Town>, a mother came …"): a clause ending
// on a place, whose comma sets off no aside of a person's name.
func (p *para) placedName(k int) bool {
	n := k
	for n > 0 && k-n < 5 && p.isNameWord(n-1) {
		n--
	}
	return p.placeBefore(n)
}

// frontedPhrase reports whether the words [lo, i) of a sentence are the
// prepositional phrase it opens with ("At a meeting in", "During talks
// near", "<Direction> the <street> from <somewhere> in"): it starts with a
// preposition, or a word of direction that opens one as a column's
// scene-setting does, and holds no comma, quotation mark or verb of speech
// before i. lo == i is the shortest such phrase, the sentence opening on
// the preposition itself ("In <Town>, a …").
func (p *para) frontedPhrase(lo, i int) bool {
	if lo > i || !p.isWordAt(lo) || p.toks[lo].class&cPrep == 0 && !directionOpeners[p.lw(lo)] {
		return false
	}
	for k := lo; k < i; k++ {
		if p.toks[k].q != 0 || p.isComma(k) || p.toks[k].kind == tEnd || p.isSpeechVerbAt(k) {
			return false
		}
	}
	return true
}

// directionOpeners open a sentence's scene as a preposition does
// ("<Direction> the <place> from …", "<Direction> town in …") without being
// in prepositions, whose other readers take them as more than that.
var directionOpeners = set(`down up across along around round past beyond behind`)

// isAge reports whether a word is a number that can be someone's age.
func isAge(w string) bool {
	return isNumber(w) && len(w) <= 3 && w != "0"
}

// placeAfter are prepositions that put a place after them, not a
// person: "in X", "near X".
var placeAfter = set(`in near inside outside across throughout`)

// inhabitants are the plural nouns for the people of a place: "the
// residents of X" names a place.
var inhabitants = set(`residents people citizens inhabitants villagers townspeople voters
	taxpayers families households communities ratepayers`)

// roleMention is a title with no name ("the foreign minister", "Israel's
// ambassador"), resolved once every name is known.
type roleMention struct {
	r            *ref
	si, tok, end int
	ofBody       bool // "the <Title> of <Body>": noted only for a holder whose title names the body
	heldAt       bool // "the <Body> <title>": noted only for a holder whose title holds the body's name
}

// noteRoles resolves the titles with no name to the people who hold them,
// named before or just after, or to a holder the article never names.
func (x *extractor) noteRoles() {
	for _, m := range x.roleMentions {
		if m.ofBody {
			// The holder of the body's title named before, whom "the
			// <Title>" next means rather than a holder of a like title of
			// another body named nearer.
			if e := x.personByRole(m.r.head, m.r.text, m.si, m.tok); e != nil && e.kind == "person" && x.complementNames(e.role, m.r.head, titleComplement(m.r.text, m.r.head)) {
				x.note(m.si, e, m.tok)
			}
			continue
		}
		if m.heldAt {
			if e := x.personByRole(m.r.head, m.r.text, m.si, m.tok); e != nil && e.kind == "person" && strings.Contains(" "+strings.ToLower(e.role)+" ", " "+strings.ToLower(m.r.org)+" ") {
				x.note(m.si, e, m.tok)
			}
			continue
		}
		if e := x.namedAfterSeat(m); e != nil {
			// "The Ambassador of <Country> to <Country> X Y said":
			// the title, where it is held, then its holder with no comma.
			e.confirmed = true
			if e.role == "" {
				e.role = m.r.text
			}
			x.note(m.si, e, m.tok)
		} else if e := x.namedAfter(m); e != nil {
			// "<Country>'s deputy minister, X Y,": a title set
			// beside the name says it is a person's, whom "he" may mean.
			e.confirmed = true
			x.note(m.si, e, m.tok)
		} else if e := x.personByRole(m.r.head, m.r.text, m.si, m.tok); e != nil {
			x.note(m.si, e, m.tok)
		} else if e := x.namedNextParagraph(m); e != nil {
			e.role, e.confirmed = m.r.text, true
			x.note(m.si, e, m.tok)
		} else if e := x.justNamed(m.r.text, m.si, m.tok); e != nil {
			// "Ingrid Solberg does not give many interviews. The Norwegian
			// diplomat …": a title opening the sentence after the one that
			// named someone whose title was not given describes them.
			e.role = m.r.text
			x.note(m.si, e, m.tok)
		} else {
			x.note(m.si, x.cast.newEntity(entity{name: m.r.text, role: m.r.text, kind: "anon", gender: m.r.gender, described: m.si + 1, definite: m.r.det == "the"}), m.tok)
		}
	}
}

// descriptionBefore reads the phrase that ends at the comma c and starts
// its clause, when it describes a person: a title ("Another resident"), a
// relation with a gender ("Her husband") or a person noun ("An elderly
// neighbour"); else nil.
func (p *para) descriptionBefore(c, lo int) *ref {
	a := c - 1
	for a > lo && !p.isComma(a-1) && p.toks[a-1].kind != tEnd && p.toks[a-1].q == 0 && c-a < 8 {
		a--
	}
	// "The Minister for Transport and the Frontier, X": a title whose
	// fields "and" joins is one description, not two people.
	title := p.titleRunStart(a, c, c-1) < c
	for k := c - 2; k > a && !title; k-- {
		if l := p.lowerAt(k); (l == "and" || l == "with") && p.isWordAt(k+1) && (l == "with" || p.npLeft(k-1, a) >= 0) {
			// "X and her husband, Y": the description after "and" is
			// the one the name follows.
			if p.npLeft(c-1, k+1) == k+1 {
				a = k + 1
			}
			break
		}
	}
	for k := c - 3; k > a && k >= c-5; k-- {
		if p.tieSpanEnd(k) == c {
			// "His wife of <N> years, X", "her partner of two decades":
			// the span of the tie closes the description, which the
			// noun before it gives.
			c = k
			break
		}
	}
	if a >= c || p.toks[a].q != 0 || p.npLeft(c-1, a) != a && !p.titleWords(a, c) {
		return nil // not one noun phrase: "The minister said that A, X"
	}
	d := p.interpret(a, c)
	if d == nil || !(d.kind == refRole || d.kind == refSomeone && (d.gender != unknownGender || isPersonNoun(d.head))) {
		return nil
	}
	return d
}

// titleWords reports whether [a, b) holds only what a title is made of:
// capitals, title words, articles and "of", "for", "and" ("The Minister
// of Water and Sanitation").
func (p *para) titleWords(a, b int) bool {
	for i := a; i < b; i++ {
		if !p.isWordAt(i) {
			return false
		}
		switch p.lw(i) {
		case "of", "for", "and", "the", "to":
			continue
		}
		if p.toks[i].class&(cCap|cRole|cRoleMod|cDet) == 0 {
			return false
		}
	}
	return true
}

// namedAfter returns the person a title is set beside, named after a
// comma, or right after a title opened by its owner's possessive with no
// comma ("<Party>'s <field> spokesperson X Y"); or nil.
func (x *extractor) namedAfter(m roleMention) *entity {
	p := x.d.paras[x.d.sents[m.si].p]
	c := p.ofChainEnd(m.end)
	switch {
	case p.isComma(c):
		c++
	case c != m.end || !isPossessive(p.word(m.tok)):
		return nil
	}
	for _, n := range x.mentions[m.si] {
		if n.tok == c && n.e.kind == "person" {
			return n.e
		}
	}
	return nil
}

// namedAfterSeat returns the person a title's holder is named as right
// after where the title is held, with no comma: "The Ambassador of <A> to
// <B> X Y said", the seat's place left off the name. The name has two
// words at least and no title of its own; nil otherwise.
func (x *extractor) namedAfterSeat(m roleMention) *entity {
	p := x.d.paras[x.d.sents[m.si].p]
	c := p.ofChainEnd(m.end)
	if l := p.lowerAt(c); l != "to" && l != "in" || !p.isNameWord(c+1) || !isKnownPlace(p.word(c+1)) {
		return nil
	}
	for _, n := range x.mentions[m.si] {
		if n.tok == c+1 && n.e.kind == "person" && n.e.role == "" && strings.Contains(n.e.name, " ") && !isKnownPlace(n.e.name) {
			return n.e
		}
	}
	return nil
}

// ofChainEnd returns where a title's "of" phrases end from token k on:
// "The chairman[ of the association of fishers of Lake <Name>], <Name>,"
// — the title's phrase may run over several "of" phrases, each a noun or
// a name after "of" (and maybe "the"), before the holder's name is set
// off. k itself when no "of" phrase starts there.
func (p *para) ofChainEnd(k int) int {
	for n := 0; n < 4 && p.lowerAt(k) == "of" && p.toks[k].q == 0; n++ {
		i := k + 1
		if p.lowerAt(i) == "the" {
			i++
		}
		switch {
		case p.isNameWord(i):
			for p.isNameWord(i) {
				i++
			}
		case p.isWordAt(i) && !p.toks[i].isCap(p.text) && p.toks[i].class&(cFunction|cSpeech) == 0:
			for n := 0; n < 3 && p.isWordAt(i) && !p.toks[i].isCap(p.text) && p.toks[i].class&(cFunction|cSpeech) == 0; n++ {
				i++ // "of boat owners", "of the civil society"
			}
		default:
			return k
		}
		k = i
	}
	return k
}

// nationalEpithet returns the person a sentence opening "The
// <Nationality> <epithet>" is about ("The <Nationality> <position>
// <verb>ed …"): the one
// person the sentence before named with no title, as justNamed finds for
// a title. Sports copy gives a player's nationality so, once, after their
// name; the player then takes the description as their title, so "the
// <Demonym>" later finds them. Nil for any other opening.
func (x *extractor) nationalEpithet(p *para, s sentRef, si int) *entity {
	if s.a+3 >= s.b || !p.toks[s.a+1].isCap(p.text) || !p.isWordAt(s.a+2) || !epithets[p.lw(s.a+2)] || !isNationality(p.word(s.a+1)) {
		return nil
	}
	desc := p.textOf(s.a+1, s.a+3)
	e := x.justNamed(desc, si, s.a+2)
	if e != nil {
		e.role = desc
	}
	return e
}

// notePossessor notes the person a chunk the phrase rules read as nothing
// (or as a role) names as the owner of what follows their name in lower
// case: "<Title> for <Field> <Given> <Surname>'s office", whose title's
// "for" keeps the whole from reading as a body's name. The person,
// titled, is named there, and "the <title>" or "a spokesperson for the
// <title>" later finds them.
func (x *extractor) notePossessor(si int, p *para, start, i, j int) {
	for k := i; k+1 < j; k++ {
		if !isPossessive(p.word(k)) || !p.isNameWord(k) {
			continue
		}
		if !p.isWordAt(k+1) || p.toks[k+1].isCap(p.text) {
			return // "the <Adjective> People's Republic": a name goes on, no one owns it
		}
		if owner := p.interpret(start, k+1); owner != nil && owner.kind == refName && owner.role != "" && strings.Contains(owner.name, " ") {
			x.note(si, x.cast.person(stripPossessive(owner.name), owner.role, owner.gender, true), i)
		}
		return
	}
}

// justNamed returns the one person the sentence before si named, with no
// title of their own and a nationality that agrees with the title's, when
// the title opens sentence si; else nil. A sentence between that names no
// one and opens on "he" or "she" goes on with the person before it ("X
// had not scored in weeks. He chose a good night. The <Nationality>
// <position> …"), and is passed over.
func (x *extractor) justNamed(desc string, si, tok int) *entity {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	if si == 0 || tok > s.a+3 || x.d.sents[si-1].p < s.p-1 {
		return nil
	}
	for i := s.a; i < tok; i++ {
		if !p.isWordAt(i) || p.toks[i].class&(cDet|cCap|cRole|cRoleMod) == 0 {
			return nil
		}
	}
	prev := si - 1
	if len(x.mentions[prev]) == 0 && prev > 0 && x.d.sents[prev-1].p >= s.p-1 {
		if ps := x.d.sents[prev]; genderedSubject(x.d.paras[ps.p].lowerAt(ps.a)) {
			prev--
		}
	}
	var only *entity
	for _, m := range x.mentions[prev] {
		switch {
		case m.e.kind == "anon":
			return nil
		case m.e.kind != "person" || m.e == only:
		case only != nil:
			return nil
		default:
			only = m.e
		}
	}
	if only == nil || only.role != "" || only.reg != nil {
		return nil
	}
	if ps := x.d.sents[prev]; ps.p == s.p && prev == p.first && opensWithLabel(p.text) {
		// "MODERATOR (<Name>): … The <Title> will …": the name in a
		// transcript's label is the turn's speaker, who speaks of the
		// title's holder, someone else, in the third person.
		if c := strings.IndexByte(p.text, ':'); c > 0 {
			for _, m := range x.mentions[prev] {
				if m.e == only && int(p.toks[m.tok].s) < c {
					return nil
				}
			}
		}
	}
	if nat := nationalityOf(desc); nat != "" && only.roleNat != "" && !sameNationality(nat, only.roleNat) {
		return nil
	}
	return only
}

// namedNextParagraph returns the person a paragraph closing on "<Body>
// … , its <title> said" names in the next, when that paragraph opens on a
// full name the article gives no title of its own: "its <title> said
// …\n\n<Given> <Surname>, <clause>, said …" — copy's way of naming
// the unnamed speaker of its lead. Nil otherwise.
func (x *extractor) namedNextParagraph(m roleMention) *entity {
	s := x.d.sents[m.si]
	p := x.d.paras[s.p]
	if m.r.det != "its" || m.si+1 >= len(x.d.sents) || !p.isSpeechVerbAt(m.end) {
		return nil
	}
	ns := x.d.sents[m.si+1]
	if ns.p != s.p+1 {
		return nil
	}
	for _, n := range x.mentions[m.si+1] {
		if n.tok != ns.a {
			continue
		}
		if e := n.e; e.kind == "person" && e.role == "" && e.reg == nil && strings.Contains(e.name, " ") && (m.r.gender == unknownGender || e.gender == unknownGender || e.gender == m.r.gender) {
			return e
		}
	}
	return nil
}

// genderedSubject reports whether a lower-case word is a subject pronoun
// of one person: "he" or "she".
func genderedSubject(w string) bool { return w == "he" || w == "she" }

// personNouns are people described, not named, with the gender the noun
// gives: "a father of three", "one resident".
var personNouns = map[string]gender{"man": male, "woman": female, "bloke": male, "lady": female, "gentleman": male, "father": male, "mother": female,
	"son": male, "daughter": female, "husband": male, "wife": female, "boy": male, "girl": female,
	"brother": male, "sister": female, "grandfather": male, "grandmother": female, "widow": female,
	"widower": male, "fisherman": male, "policeman": male, "businessman": male, "businesswoman": female, "mum": female, "mom": female, "dad": male,
	"resident": unknownGender, "driver": unknownGender, "shopkeeper": unknownGender,
	"worker": unknownGender, "farmer": unknownGender, "nurse": unknownGender, "soldier": unknownGender,
	"volunteer": unknownGender, "teacher": unknownGender, "student": unknownGender,
	"passenger": unknownGender, "witness": unknownGender, "survivor": unknownGender,
	"villager": unknownGender, "neighbour": unknownGender, "neighbor": unknownGender,
	"customer": unknownGender, "voter": unknownGender, "protester": unknownGender,
	"parent": unknownGender, "pensioner": unknownGender, "patient": unknownGender,
	"miner": unknownGender, "vendor": unknownGender, "employee": unknownGender, "local": unknownGender,
	"supporter": unknownGender, "fan": unknownGender, "spectator": unknownGender, "onlooker": unknownGender,
	"commuter": unknownGender, "motorist": unknownGender, "shopper": unknownGender, "mourner": unknownGender,
	"relative": unknownGender, "tourist": unknownGender, "visitor": unknownGender, "refugee": unknownGender,
	"owner":         unknownGender, // "a shop owner"
	"granddaughter": female, "grandson": male, "niece": female, "nephew": male,
}

// ownedByTitle reports whether a role read before a name ends in a title
// word in the possessive ("<Body> <Title>'s"): no one's name follows a
// title's possessive straight on, only a thing its holder owns.
func ownedByTitle(role string) bool {
	w := lastWord(role)
	if !isPossessive(w) {
		return false
	}
	lw := strings.ToLower(stripPossessive(w))
	return isRoleWord(lw) && !royalOpeners[lw]
}

// isPersonNoun reports whether a noun describes a person of either
// gender ("An elderly neighbour, X,").
func isPersonNoun(w string) bool {
	_, ok := personNouns[w]
	return ok
}

// namedAfterNoun reports whether a name follows a person noun ending
// before token k: set off by a comma, maybe after where they are and
// before a word that describes them ("A bus driver at the depot, Mr
// X, said", "Another student, junior X, said"), or after a partitive
// ("A <noun> of one of the <nouns>, X, said"), maybe after a relative
// clause ("A driver who works the night route, X, said"), or after
// "called", "named" or "surnamed" ("a man called X", "a worker surnamed
// X", as East Asian copy names a member of the public).
func (p *para) namedAfterNoun(k, b int) bool {
	if l := p.lowerAt(k); (l == "called" || l == "named" || l == "surnamed") && p.isNameWord(k+1) {
		return true
	}
	c, limit := k, k+4
	if p.lowerAt(k) == "of" {
		limit = k + 6 // "A <noun> of one of the <nouns>, X Y, said": a partitive runs longer
	}
	if p.lowerAt(k) == "who" {
		limit = k + 12 // "A driver who works the night route, X Y, said"
	}
	for c < b && c < limit && p.isWordAt(c) && !p.isSpeechVerbAt(c) {
		c++ // "at the depot"
	}
	if !p.isComma(c) {
		return false
	}
	n := c + 1
	for n < b && n < c+4 && p.isWordAt(n) && !p.toks[n].isCap(p.text) && !p.isFunctionAt(n) && p.toks[n].class&cSpeech == 0 {
		n++ // "junior", "retired teacher", "retired <trade> <worker>"
	}
	return p.isNameWord(n)
}

// givenName returns the token of the one name a relative clause after a
// description gives its person ("whom we call X", "who gave her name as
// X", "who asked that only his first name, X, be used", "who gave only
// his surname, X", "who goes only by X"), looking from
// token k up to the clause's speech verb; else 0. A clause that withholds
// the name ("who asked not to be named") gives none.
//
// The gender is the one a "his" or "her" in the clause before the name
// gives ("who would give only her first name, X"), else unknownGender. A
// verb of asking with its infinitive or "that" after it is the clause's
// own, wherever it stands in it ("who has lived there since 1990 and
// asked to be called only X").
func (p *para) givenName(k, b int) (int, gender) {
	rel := false
	g := unknownGender
	for i := k; i < b && i < k+24; i++ {
		if !rel {
			if l := p.lowerAt(i); (l == "who" || l == "whom") && !p.toks[i].isCap(p.text) {
				rel = true
			} else if i > k+10 {
				return 0, g
			}
			continue
		}
		if l := p.lowerAt(i - 1); p.isSpeechVerbAt(i) && l != "who" && l != "whom" && p.lowerAt(i) != "call" && p.lowerAt(i) != "called" && !p.asksToBe(i) || p.toks[i].q != 0 {
			// The main clause's verb; the relative clause's own ("who
			// asked that …") goes on.
			return 0, g
		}
		switch l := p.lowerAt(i); l {
		case "his", "her":
			if g == unknownGender {
				g = personalPronouns[l]
			}
		default:
			if n := p.nameAfterNaming(i, b); n > 0 {
				return n, g
			}
		}
	}
	return 0, g
}

// siteName reports whether a name of two words or more ends on a word
// that names a street, a site or a group of islands and is no one's
// surname: "<Given> <Surname> Drive", "<Name> International Airport".
func siteName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return false
	}
	last := name[i+1:]
	for _, w := range siteWords {
		if strings.EqualFold(last, w) { // no lowered copy per name
			return true
		}
	}
	return false
}

// siteWords end the names of places that are often named after people:
// the placeWords of sitePlaceWords, and streets' words that are not
// placeWords.
var siteWords = strings.Fields(sitePlaceWords + ` drive boulevard highway`)

// nameAfterNaming returns the token of the lone name that a word naming a
// person at i gives ("called X", "her first name, X", "identified only as
// X", "identified herself as X", "goes by X", "call her X"), past a
// reflexive pronoun, a comma, "as", "only" or "by"; else 0.
func (p *para) nameAfterNaming(i, b int) int {
	switch l := p.lowerAt(i); l {
	case "call", "called", "name", "named", "identified", "surname", "forename", "goes", "go":
		n := i + 1
		if l == "call" && (p.lowerAt(n) == "her" || p.lowerAt(n) == "him") {
			n++ // "asked us to call her X"
		}
		if r := p.lowerAt(n); r == "herself" || r == "himself" || r == "themselves" {
			n++ // "<who> identified himself only as X", "named herself X"
		}
		for end := n + 3; n < b && n < end && (p.isComma(n) || p.lowerAt(n) == "as" || p.lowerAt(n) == "only" || p.lowerAt(n) == "by"); n++ {
		}
		if l := p.lowerAt(n + 1); p.lowerAt(n) == "the" && (l == "name" || l == "nickname") {
			n += 2 // "goes by the name X", "known by the nickname X"
		}
		if p.isNameWord(n) && !p.isNameWord(n+1) {
			return n
		}
		if n+2 < b && p.toks[n].kind == tQuote && p.toks[n+2].kind == tQuote && p.toks[n+1].kind == tWord && p.toks[n+1].isCap(p.text) {
			// "goes by the name “X”": the one word in the marks is the
			// name the person is known by, not words they said.
			return n + 1
		}
	}
	return 0
}

// asksToBe reports whether the speech verb at i asks for something, with
// its infinitive or "that" after it ("asked to be identified", "requested
// that"): a verb inside a relative clause, not the main clause's.
func (p *para) asksToBe(i int) bool {
	switch p.lowerAt(i) {
	case "asked", "asks", "requested", "requests":
		n := p.lowerAt(i + 1)
		return n == "to" || n == "that" || n == "not"
	}
	return false
}

// unnamedSubject finds a person described but not named as the subject of
// the sentence [a, b): an indefinite article at its start or after a
// comma, not set off after a name ("Jane Doe, a mother of three, said" is
// Jane Doe), with a person noun within three words.
func (p *para) unnamedSubject(a, b int) unnamedSubject {
	for i := p.nextWordOf(a, b, cDet); i < b; i = p.nextWordOf(i+1, b, cDet) {
		if i > a && !p.isComma(i-1) && !p.copulaIntro(a, i) || !p.inList(i, cIndefinite) {
			continue
		}
		if i > a && (p.isNameWord(i-2) && !p.placedName(i-2) || isNumber(p.lowerAt(i-2)) && p.isComma(i-3) && p.isNameWord(i-4)) && !p.frontedPhrase(a, i-1) {
			// "Jane Doe, a mother of three", "Jane Doe, 38, a nurse"; but
			// "At X School, a mother of five …": the comma closes an
			// opening phrase, and the unnamed person is the subject.
			continue
		}
		for k := i + 1; k < b && k <= i+3 && p.isWordAt(k); k++ {
			if g, ok := p.genderAt(k, cPersonNoun, personNouns); ok {
				if p.namedAfterNoun(k+1, b) {
					break // "Another resident, Terrence Hollowell Jr., said": named
				}
				return unnamedSubject{tok: i + 1, gender: g}
			}
		}
		if k := p.oneOfPeople(i, b); k > 0 && i == a && !p.namedAfterNoun(k+1, b) {
			// Only opening the sentence: after a comma, "…, one of the
			// first women to …" describes the subject named before it.
			return unnamedSubject{tok: i + 1}
		}
	}
	if u := p.anonymousSubject(a, b); u.tok > 0 {
		return u
	}
	// "In <Place>, a <noun> … who did not want his name published …":
	// an opening phrase set off by a comma, then the subject the sentence
	// says is not named.
	for c := a + 1; c < b && c <= a+6; c++ {
		if p.isComma(c) {
			if p.inList(c+1, cIndefinite) && p.frontedPhrase(a, c) {
				return p.anonymousSubject(c+1, b)
			}
			break
		}
	}
	return unnamedSubject{}
}

// oneOfPeople returns the plural person noun of a partitive at i, "one of
// the <people>" ("one of the drivers", "one of the stranded lorry
// drivers"), which copy opens a sentence with for someone from a crowd it
// does not name; else 0. An agent noun no list holds ("one of the cloth sellers") counts
// when a "who" clause or a speech verb right after it says it is people.
func (p *para) oneOfPeople(i, b int) int {
	if p.lw(i) != "one" || p.lowerAt(i+1) != "of" || !p.isDet(i+2) {
		return 0
	}
	for k := i + 3; k < b && k <= i+5 && p.isWordAt(k); k++ {
		w := p.lw(k)
		n, y := stemCut(w)
		if n < len(w) && !y {
			if describesPerson(w[:n]) {
				return k
			}
			if (strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "ors")) && (p.isComma(k+1) && p.lowerAt(k+2) == "who" || p.isSpeechVerbAt(k+1)) {
				return k
			}
		}
		if w == "men" || w == "women" || w == "people" {
			return k
		}
	}
	return 0
}

// anonymousSubject finds a subject the sentence says is not named: a
// short phrase with no name in it, then a "who" clause saying so ("The
// driver, who would not give a name, said", "A third nurse, who asked not
// to be identified, said", "…, who spoke on condition of anonymity,"). A
// pronoun after it means that person, who stays unknown.
func (p *para) anonymousSubject(a, b int) unnamedSubject {
	c, head := a, -1
	for c < b && c-a <= 11 && !p.isComma(c) && !(c > a && p.lowerAt(c) == "who" && p.inList(a, cIndefinite)) {
		if !p.isWordAt(c) || c-a > 5 && !p.inList(a, cIndefinite) {
			return unnamedSubject{}
		}
		if c > a && head < 0 && p.inList(c, cPlacePrep) && p.inList(a, cIndefinite) {
			head = c // "A boat captain at the X pier, who …": where they are, not who
		}
		if head >= 0 && p.isOrgHeadAt(c) {
			return unnamedSubject{} // "An official in the X Department, who …": the body's voice
		}
		if c > a && p.isNameWord(c) && head < 0 && !(p.inList(a, cIndefinite) && (strings.Contains(p.word(c), "-") || p.bodyInitialsBeforeNoun(a, c))) {
			// "Jane Doe, who …"; but "A Lagos-based trader who …", "A
			// <BODY> technician who …": a place or a body's initials
			// before the person noun say where they work, not who they are.
			return unnamedSubject{}
		}
		c++
	}
	if c == a || c >= b {
		return unnamedSubject{}
	}
	if head < 0 {
		head = c
	}
	from := c + 2 // "<description>, who asked not to be named,"
	if p.lowerAt(c) == "who" {
		// "A water engineer who has worked on the plant, and who asked
		// not to be named …, said": the relative clauses run to the verb.
		from = c + 1
	} else if !p.isComma(c) || p.lowerAt(c+1) != "who" && !(strings.HasSuffix(p.lowerAt(c+1), "ing") && p.inList(a, cIndefinite)) {
		// "<description>, who asked not to be named,", "A military
		// official, speaking on condition of anonymity, said".
		return unnamedSubject{}
	}
	for k := from; k < b && !(p.isComma(k) && (from == c+2 || p.isSpeechVerbAt(k+1))); k++ {
		switch p.lowerAt(k) {
		case "name", "named", "identified":
			if p.negatedBefore(k) { // "did not want to be named"
				return unnamedSubject{tok: a + 1, gender: personNouns[p.lowerAt(head-1)]}
			}
		case "anonymity", "anonymous", "anonymously":
			return unnamedSubject{tok: a + 1, gender: personNouns[p.lowerAt(head-1)]}
		}
	}
	return unnamedSubject{}
}

// honorIn reports whether an honorific or a gendered title stands in
// [a, b): "the Rev. X", "The Hon. Y".
func (p *para) honorIn(a, b int) bool {
	for i := a; i < b; i++ {
		if p.toks[i].class&(cHonor|cRole) != 0 {
			return true
		}
	}
	return false
}

// bracketHonorific reads an honorific in brackets at token i before a
// name: "Dr. (Mrs.) X", as Nigerian copy gives a woman's after her title,
// says a person and her gender.
func (p *para) bracketHonorific(r *ref, i int) {
	g, ok := honorifics[p.lowerAt(i)]
	if !ok {
		return
	}
	r.evidence = true
	if r.gender == unknownGender {
		r.gender = g
	}
}

// kindWord is a name with the common noun the article put beside it to say
// what it is: "channel" in "the Telegram channel X", "association" in "the X
// association", "consortium" in "X, the consortium that …". A later "the
// channel" means that name whatever word lists say channels are.
type kindWord struct {
	si   int
	name string
	noun string
}

// noteKindWords records the common noun next to the name [i, j) of
// sentence si: the word before it, the word after it when "the" opens the
// phrase, or the head of the aside after it.
func (x *extractor) noteKindWords(si int, p *para, lo, start, i, j, hi int) {
	if p.isDet(i) {
		i++ // "The X Collective" opening a sentence
	}
	plain := func(k int) bool {
		return p.isWordAt(k) && !p.toks[k].isCap(p.text) && p.toks[k].class&(cFunction|cDet|cPronoun|cSpeech|cPrep) == 0 &&
			!isPossessive(p.word(k)) && !isNumber(p.lw(k))
	}
	kindFirst := ""
	if i+1 < j && i > start && p.isDet(i-1) && plain(i) && orgHeads[p.lw(i)] && !businessHeads[p.lw(i)] && p.toks[i+1].isCap(p.text) {
		// "the union <Name>", "the party <Name>": the kind word set before
		// the name it introduces, which the chunk took in; a later "the
		// union" means the name.
		kindFirst = p.lw(i)
		i++
	}
	name := p.textOf(i, j)
	if i >= j || !p.toks[i].isCap(p.text) || p.isTitleWord(i) || p.doubleMarkIn(i, j) {
		return
	}
	add := func(noun string) {
		x.kindWords = append(x.kindWords, kindWord{si: si, name: name, noun: noun})
		x.d.sc.kindWords = x.kindWords // kept for the next draft
		if orgHeads[noun] && !businessHeads[noun] && !describesPerson(noun) {
			// "X, the consortium …", "the X association": a body, whatever
			// its name looked like, so "it" and "the consortium" find it.
			if isKnownPlace(foldText(name)) || countryOfWord(name) != "" || nationalField(name) {
				return // "the Ruritanian government": a country's, no body called "Ruritanian"
			}
			known := x.cast.lookup(name) != nil
			if e := x.kindBody(name, noun); e != nil && !known {
				x.note(si, e, i)
			}
		}
	}
	if kindFirst != "" {
		add(kindFirst)
	} else if start < i && plain(i-1) {
		add(p.lw(i - 1)) // "<trade> X", whose descriptor the chunk took in
	} else if k := start - 1; k >= lo && plain(k) {
		for d := k - 1; d >= lo && d >= k-4; d-- {
			if p.isDet(d) || p.toks[d].isCap(p.text) {
				add(p.lw(k)) // "the <modifier> <Name> <noun> X"
				break
			}
			if !plain(d) {
				break
			}
		}
	}
	if (start > lo && p.isDet(start-1) || p.isDet(start) || p.isDet(i-1)) && plain(j) {
		add(p.lw(j)) // "the X association"
	}
	if p.isComma(j) && p.isDet(j+1) && (start-1 < lo || p.toks[start-1].class&cPrep == 0) {
		// Not after a preposition: "In a post on X, the ministry said"
		// closes an opening phrase; the words after the comma are no aside.
		noun, end := "", j+2
		for k := j + 2; k < hi && k < j+6 && plain(k); k++ {
			w := p.lw(k)
			if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
				break
			}
			noun, end = w, k+1
		}
		if noun != "" && p.isSpeechVerbAt(end) {
			// "In a statement signed by its secretary, X, the <noun>
			// said": the words after the comma are the clause's subject
			// and its verb, no aside about X.
			noun = ""
		}
		// Nor is a "the <noun>" after a name with an honorific an aside
		// about the name ("…, Mr X, the union …").
		if noun != "" && p.toks[i].class&cHonor == 0 {
			add(noun) // "X, the <noun> <participle> …"
		}
	}
	if noun := p.oneOfKind(j, hi); noun != "" && p.toks[i].class&cHonor == 0 {
		add(noun) // "X, one of the two <noun>s in …"
	}
}

// oneOfKind reads an aside after the name ending at token j that puts it
// among others of a kind — "X, one of the (two) <noun>s in the <event>,
// said" — and returns the kind's noun in the singular when it is a body's
// (an operator, a lender, a union), else "". Copy introduces a firm or a
// body so as often as with "the <noun>", and "the company" or "the
// operator" later means it.
func (p *para) oneOfKind(j, hi int) string {
	if !p.isComma(j) || p.lowerAt(j+1) != "one" || p.lowerAt(j+2) != "of" || !p.isDet(j+3) {
		return ""
	}
	k := j + 4
	if k < hi && p.isWordAt(k) && (isNumber(p.lw(k)) || spelledCounts[p.lw(k)]) {
		k++ // "the two operators", "the three lenders"
	}
	for k+1 < hi && k < j+7 && p.isWordAt(k+1) && !p.toks[k+1].isCap(p.text) && p.toks[k+1].class&(cFunction|cDet|cPrep|cSpeech) == 0 {
		k++ // "the two <modifier> <noun>s": the last word is the kind
	}
	if k >= hi || !p.isWordAt(k) || p.toks[k].isCap(p.text) {
		return ""
	}
	w := p.lw(k)
	one := strings.TrimSuffix(w, "s")
	if one == w || !orgHeads[one] || describesPerson(one) {
		return ""
	}
	return one
}

// spelledCounts are the small numbers copy spells out before a plural.
var spelledCounts = set(`two three four five six seven eight nine ten several few`)

// ownerBefore reports whether the lone name at start is the subject of
// its clause after an opening phrase of place or time ("From her balcony
// on the fourth floor, X can count the funnels", "Back at the family's
// tent, Y closes the ledger" — feature copy's way of bringing back
// someone known by one name), with the gender of the "his" or "her" the
// phrase gives them, or unknownGender.
func (p *para) ownerBefore(lo, start, j int) (bool, gender) {
	if start-1 <= lo || !p.isComma(start-1) || !prepositions[p.lowerAt(lo)] && !(p.lowerAt(lo) == "back" && prepositions[p.lowerAt(lo+1)]) ||
		j >= len(p.toks) || !p.isWordAt(j) || p.toks[j].isCap(p.text) {
		return false, unknownGender
	}
	if l := p.lw(j); !modals[l] && !strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ed") {
		return false, unknownGender // not a verb after the name: "In her view, X plc …"
	}
	g := unknownGender
	for i := lo + 1; i < start-1; i++ {
		if !p.isWordAt(i) {
			return false, unknownGender
		}
		switch p.lw(i) {
		case "his":
			g = male
		case "her":
			g = female
		}
	}
	return true, g
}

// speakingOpener reports whether the sentence from lo opens on a clause
// about speaking ("Speaking to reporters, X rejected …", "Addressing the
// assembly, X warned …") that ends in the comma before token start, and
// a verb in lower case follows the name ending at j: the clause's
// speaker is the subject after it, a person, though the article never
// introduced them.
func (p *para) speakingOpener(lo, start, j int) bool {
	if start-2 <= lo || !p.isComma(start-1) || !p.isWordAt(lo) || !speakingParticiples[p.lw(lo)] ||
		j >= len(p.toks) || !p.isWordAt(j) || p.toks[j].isCap(p.text) || p.toks[j].q != 0 {
		return false
	}
	if l := p.lw(j); !modals[l] && !strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ed") {
		return false
	}
	for i := lo + 1; i < start-1; i++ {
		if !p.isWordAt(i) || p.toks[i].q != 0 {
			return false
		}
	}
	return true
}

// speakingParticiples open a clause on someone's speaking, fronted
// before its subject.
var speakingParticiples = set(`speaking addressing talking responding replying answering testifying`)

// relativeBefore reports whether a noun for someone of gender g, not
// named ("husband", "a fisherman"), stands between tokens a and i: a
// pronoun of that gender after it may mean them rather than the person
// the sentence named.
func (p *para) relativeBefore(a, i int, g gender) bool {
	for k := a; k < i; k++ {
		if t := &p.toks[k]; t.kind == tWord && t.q == 0 && !t.isCap(p.text) {
			if pg, ok := p.genderAt(k, cPersonNoun, personNouns); ok && pg == g {
				return true
			}
		}
	}
	return false
}

// describedBetween reports whether a lower-case noun for a person of no
// gender the noun gives ("a neighbour", "one witness") stands between
// tokens a and i.
func (p *para) describedBetween(a, i int) bool {
	for k := a; k < i; k++ {
		if t := &p.toks[k]; t.kind == tWord && t.q == 0 && !t.isCap(p.text) {
			if pg, ok := p.genderAt(k, cPersonNoun, personNouns); ok && pg == unknownGender {
				return true
			}
		}
	}
	return false
}

// bracketedShortForm returns the body named just before the brackets
// that hold only the body's name read at tokens [start, j), "the" and
// all: "<Bank of Country> (the Central Bank)", "<Ministry of Field>
// (the Ministry)". A release names a body in full once and gives in
// brackets the short form it uses after; that form is the body's,
// whatever else the same words could mean. Nil when the brackets hold
// more, or no body the article or the registry knows ends before them.
func (x *extractor) bracketedShortForm(p *para, start, j int) *entity {
	paren := start - 1
	if p.lowerAt(start) != "the" {
		if p.lowerAt(paren) != "the" {
			return nil
		}
		paren--
	}
	if paren < 1 || j >= len(p.toks) || p.word(j) != ")" || p.word(paren) != "(" {
		return nil
	}
	var body *entity
	for b := paren - 1; b >= 0 && b >= paren-8 && p.isWordAt(b); b-- {
		if !p.toks[b].isCap(p.text) {
			if w := p.lowerAt(b); b == paren-1 || w != "of" && w != "for" && w != "and" && w != "the" {
				break
			}
			continue
		}
		if e := x.knownBody(p.textOf(b, paren)); e != nil {
			body = e // the longest name: "Bank of <Country>", not "<Country>"
		}
	}
	return body
}

// defineTerms reads a filing's brackets after a body's name, from token k:
// a quoted "the <head word>" in them ("X AG ("X" or "the Company")") is
// the filing's name for the body, whatever other body ends in that word.
func (p *para) defineTerms(c *cast, e *entity, k int) {
	for n := 0; n < 16 && k+1 < len(p.toks); n, k = n+1, k+1 {
		if p.toks[k].kind == tPunct && p.word(k) == ")" {
			return
		}
		if p.toks[k].q != 0 && p.lowerAt(k) == "the" && p.toks[k+1].kind == tWord && p.toks[k+1].isCap(p.text) && orgHeads[p.lw(k+1)] {
			c.define(p.lw(k+1), e)
		}
	}
}

// possessorBody returns the organisation whose possessive stands before
// token start, maybe with a word or two in lower case between ("<Body>'s
// latest …"); nil when none does.
func (x *extractor) possessorBody(p *para, start int) *entity {
	k := start - 1
	for n := 0; n < 2 && k > 0 && p.isWordAt(k) && !p.toks[k].isCap(p.text) && p.toks[k].class&(cFunction|cDet) == 0; n++ {
		k--
	}
	if k < 0 || !p.isWordAt(k) || !p.toks[k].isCap(p.text) || !isPossessive(p.word(k)) {
		return nil
	}
	if owner := x.cast.lookup(stripPossessive(p.word(k))); owner != nil && owner.kind == "organisation" {
		return owner
	}
	return nil
}

// organHeads end the name of a body's organ, a committee, board or
// council that is part of a larger body ("the Monetary Policy Committee of
// the <Bank>", "the <Federation> Central Board"), and the rest of the
// family by which unions, parties and international bodies name the
// organs that speak for them: "the Executive Secretariat of the <Union>",
// "the Political Bureau of the <Party>", "the Standing Presidium of …".
// organName tests them capitalised (organHeadWord), so that no word is
// lowered for each body named.
var organHeads = set(`committee board council secretariat presidium bureau politburo`)

// organHeadWord reports whether a capitalised word is one of organHeads.
func organHeadWord(w string) bool {
	switch w {
	case "Committee", "Board", "Council", "Secretariat", "Presidium", "Bureau", "Politburo":
		return true
	}
	return false
}

// organPeople, in lower case after a body's name, are its people who speak
// in its name: "<Fund> staff", "the <Forum> partners" (a forum or a
// partnership is its partners; "<Body>'s partners" are others, read
// elsewhere).
var organPeople = set(`staff partners`)

// organBody returns the body whose organ or people the body's name
// name, read at tokens ending before j, means, and the organ's acronym
// when brackets after the name give one: "<Body> <Organ Board>" and
// "<Body> staff", where the article or the registry names the body;
// "<Organ Committee> (<ACR>) of the <Body>" and "<Two Words> Committee of
// the <Body>", where the registry lists the body. A registry entry for
// the organ itself keeps it a body of its own.
func (x *extractor) organBody(p *para, name string, j, hi int) (*entity, string) {
	organ, ok := x.organName(name)
	if !ok {
		return nil, ""
	}
	if e := x.organByName(name, organ); e != nil {
		return e, ""
	}
	if !organ {
		return nil, ""
	}
	if e := x.monetaryOrganBank(name); e != nil {
		return e, ""
	}
	if strings.Contains(name, " of ") {
		// "<Organ> of the <Bank> de <Place> et <Place>" read only up to
		// the joiner: the registry's body, read on across it.
		for o := j - 1; o > 0 && o >= j-10; o-- {
			if p.lowerAt(o) == "of" {
				if e := x.regNameAcross(p, o+1, j, hi); e != nil {
					return e, ""
				}
				break
			}
		}
	}
	// "<Organ Words> (<ACR>) of the <Body>": the body after the acronym.
	k, acr := j, ""
	if k+2 < len(p.toks) && p.word(k) == "(" && p.word(k+2) == ")" && isAcronym(p.word(k+1)) {
		acr, k = p.word(k+1), k+3
	}
	if p.lowerAt(k) != "of" {
		return nil, ""
	}
	oa, ob := p.npRight(k+1, hi)
	if ob <= oa {
		return nil, ""
	}
	if e := x.regNameAcross(p, oa, ob, hi); e != nil {
		return e, acr
	}
	if o := p.interpret(oa, ob); o != nil && o.kind == refOrg {
		if e := x.cast.lookup(o.name); e != nil && e.kind == "organisation" && e.reg != nil {
			return e, acr
		}
	}
	return nil, ""
}

// monetaryOrganBank returns the bank a bare "Monetary <Organ>" or
// "Monetary <Field> <Organ>" ("the Monetary Board", "the Monetary Policy
// Committee") speaks for: the one bank the article names. Setting rates
// is a central bank's, and a rate decision's copy names the organ that
// took it without its bank, which the story's lead has just named (a
// commercial bank counts only by a central bank's words). Nil
// when the name carries more ("of <Body>", a possessive) or the article
// names no bank or two.
func (x *extractor) monetaryOrganBank(name string) *entity {
	rest, ok := strings.CutPrefix(strings.TrimPrefix(name, "the "), "Monetary ")
	if !ok || strings.Contains(rest, " of ") || strings.ContainsAny(rest, "'’") {
		return nil
	}
	var bank *entity
	for _, o := range x.cast.all {
		n := o.display()
		head, place, of := strings.Cut(n, " of ")
		if o.kind != "organisation" || !strings.HasSuffix(head, "Bank") || of && !x.isPlaceName(place) {
			continue // no bank, or a bank's building ("<Bank> of <Place> <Hall>")
		}
		if o.business && !hasWord(n, "Central") && !hasWord(n, "Reserve") && !of {
			continue // a firm's bank, not one that sets rates
		}
		if bank != nil && bank.display() != o.display() {
			return nil
		}
		bank = o
	}
	return bank
}

// isPlaceName reports whether name is a place the lists or the registry
// know ("<Place>", not "<Place> Auditorium"): a central bank is "<Bank> of
// <Place>", and a name running on past the place is a building or a
// firm's bank, which sets no rates.
func (x *extractor) isPlaceName(name string) bool {
	if isKnownPlace(name) {
		return true
	}
	s := x.cast.regSpeaker(name)
	return s != nil && s.Kind == "place"
}

// courtPanel returns the court one of its benches speaks for: the judges a
// court sits as, by whatever common noun the court calls them (chamber,
// panel, bench, division, section, senate), give its judgment, and copy
// reports it as the court's. The court is the one the bench's own name
// gives ("<Court> Panel", "<Words> Chamber of the <Court>"), when the
// article or the registry knows it as a court; or, for a bench of the
// court alone ("the <Ordinal> <Kind> Chamber", "the Full Bench"), the
// court whose own release the article is (letterheadBody). Nil for any
// other name, for another body's panel or section ("<Body> Panel of
// Experts"), which is a voice of its own, and for a bench named alone in
// an article no court issued.
func (x *extractor) courtPanel(name string) *entity {
	head, court, of := strings.Cut(name, " of ")
	sp := strings.LastIndexByte(head, ' ')
	var buf [24]byte
	lw, ok := lowerASCIIWord(buf[:], head[sp+1:])
	if !ok || !courtBenches[string(lw)] {
		return nil
	}
	if of {
		// "<Words> Chamber of the <Court>": the court by its own name,
		// which the bench's name may be the first mention of.
		court = strings.TrimPrefix(court, "the ")
		if e := x.knownBody(court); e != nil && e.name != name {
			if isCourt(e) {
				return e
			}
			return nil
		}
		if x.cast.reg != nil && hasCourtHead(court) {
			// The court's bare name, which the cast knows as the bench's
			// own short form: the registry's court of that name and a
			// place ("<Court> of <Country>"), as a bare body.
			if s := x.placedBody(x.cast.fold(court)); s != nil {
				return x.cast.fromRegistry(s)
			}
		}
		if hasCourtHead(court) {
			return x.cast.org(court, "")
		}
		return nil
	}
	if sp > 0 {
		if e := x.knownBody(head[:sp]); e != nil {
			if isCourt(e) {
				return e // "<Court> Panel", "<ACR> Chamber"
			}
			return nil
		}
	}
	if e := x.letterheadBody(); e != nil && isCourt(e) && string(lw) != "senate" && string(lw) != "section" && string(lw) != "division" {
		// A chamber, bench or panel of no court named, in a court's
		// release: the court's own. A "Senate", "Division" or "Section"
		// alone may as well be a legislature's or a ministry's.
		return e
	}
	return nil
}

// benchHead returns the bench's noun in lower case ("chamber" for "<Kind>
// Chamber of the <Court>"), by which copy names it after.
func benchHead(name string) string {
	head, _, _ := strings.Cut(name, " of ")
	return strings.ToLower(head[strings.LastIndexByte(head, ' ')+1:])
}

// courtBenches are the common nouns courts call the judges they sit as:
// "the Grand Chamber", "the Full Bench", "the Appeals Panel", "the Civil
// Division", "the First Senate".
var courtBenches = set(`chamber panel bench division section senate`)

// hasCourtHead reports whether a name has a court's or a tribunal's head
// word among its words.
func hasCourtHead(name string) bool {
	for w := range strings.FieldsSeq(name) {
		var buf [24]byte
		if lw, ok := lowerASCIIWord(buf[:], w); ok && courtHeads[string(lw)] {
			return true
		}
	}
	return false
}

// isCourt reports whether body e's name is a court's or a tribunal's,
// arbitral ones included.
func isCourt(e *entity) bool {
	for w := range strings.FieldsSeq(foldText(e.display())) {
		if courtHeads[w] || w == "arbitration" {
			return true
		}
	}
	return false
}

// regBodyOverAnd returns where the capitals from i end, and the body, when
// the registry lists them as one body's name over the "and" at j — "<Field> and
// <Field> <Country>'s warning", a department named for two fields —
// which the name rules cut at the "and" when neither side looks like a
// body's or a title's; else j. Without it the words after "and" were a
// person, and "the agency" later meant the body named before that.
func (x *extractor) regBodyOverAnd(p *para, i, j, hi int) (int, *entity) {
	end := j + 1
	for end < hi && end <= j+5 && p.isNameWord(end) {
		end++
		if isPossessive(p.word(end - 1)) {
			break
		}
	}
	if end == j+1 {
		return j, nil
	}
	// One look-up, for the whole run: a body's name runs to the end of
	// its capitals or to its possessive.
	s := x.cast.regSpeaker(stripPossessive(p.textOf(i, end)))
	if s == nil || s.Kind != "organisation" {
		return j, nil
	}
	return end, x.cast.fromRegistry(s)
}

// regNameAcross returns the registry's body whose name runs on from the
// phrase [a, b) over a joiner the reading stopped at, in a few words: a
// name in another language joined by its own "and" ("<Bank> van <Place>
// en <Place>", "<Banco> de <Place> y <Place>"), which the registry lists
// whole. Nil when the words after the phrase make no registry name.
func (x *extractor) regNameAcross(p *para, a, b, hi int) *entity {
	if p.lowerAt(a) == "the" {
		a++
	}
	if b >= hi || !p.isWordAt(b) || p.toks[b].isCap(p.text) || p.toks[b].q != 0 {
		return nil
	}
	for e := b + 2; e <= hi && e <= b+4; e++ {
		if !p.isNameWord(e-1) || p.toks[e-1].q != 0 {
			return nil
		}
		if s := x.cast.regSpeaker(p.textOf(a, e)); s != nil && s.Kind == "organisation" {
			return x.cast.fromRegistry(s)
		}
	}
	return nil
}

// organName reports whether name ends as a body's organ does (organ: a
// capitalised committee, board or council) or as its people do ("staff",
// "partners" in lower case), and the registry does not list it itself.
func (x *extractor) organName(name string) (organ, ok bool) {
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 {
		return false, false
	}
	last := name[sp+1:]
	if of := strings.Index(name, " of "); of > 0 && strings.Contains(name[:of], " ") {
		// "<Name> Board of the <Body>" read as one name: the organ is
		// the words before "of", whose body organByName looks up.
		last = name[strings.LastIndexByte(name[:of], ' ')+1 : of]
	}
	organ = organHeadWord(last)
	if !organ && !organPeople[last] {
		return false, false
	}
	if x.cast.regSpeaker(name) != nil {
		return false, false
	}
	if e := x.cast.lookup(name); e != nil && e.reg != nil {
		return false, false
	}
	return organ, true
}

// organByName returns the body an organ's or its people's name names in
// itself: "<Body> <Organ Words>" and "<Body> staff", where the registry
// lists the body or the article named it by its acronym, "<Two Words> Committee of the <Body>",
// where the registry lists it, and "<ACR> <Organ> of <Members>", where
// the registry lists the body the initials are.
func (x *extractor) organByName(name string, organ bool) *entity {
	if of := strings.Index(name, " of "); of > 0 {
		before, owner := name[:of], strings.TrimPrefix(name[of+4:], "the ")
		if !organ || !strings.Contains(before, " ") || !organHeads[strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:])] {
			return nil
		}
		if e := x.cast.lookup(owner); e != nil && e.kind == "organisation" && e.reg != nil {
			return e
		}
		if acr, _, ok := strings.Cut(before, " "); ok && isAcronym(acr) {
			// "<ACR> Council of Ministers", "<ACR> Board of Governors":
			// the organ's own name ("<Organ> of <Members>") after the
			// initials of the registry's body that has it.
			if e := x.cast.lookup(acr); e != nil && e.kind == "organisation" && e.reg != nil {
				return e
			}
		}
		return nil
	}
	words := strings.Fields(name)
	if organ {
		// "<Bank>'s <Field> Committee": the registry's
		// body that owns it, however the organ's own name runs.
		for k := len(words) - 2; k >= 0; k-- {
			if isPossessive(words[k]) {
				owner := strings.Join(words[:k], " ")
				if k > 0 {
					owner += " "
				}
				owner += stripPossessive(words[k])
				if e := x.cast.lookup(owner); e != nil && e.kind == "organisation" && e.reg != nil {
					return e
				}
				break
			}
		}
	}
	for k := len(words) - 1; k >= 1; k-- {
		if isPossessive(words[k-1]) {
			break
		}
		if organ && (words[k][0] < 'A' || words[k][0] > 'Z') {
			break
		}
		// The registry's body, or one the article named by its acronym:
		// a town's name before "Town Council" is no body's.
		owner := strings.Join(words[:k], " ")
		if e := x.cast.lookup(owner); e != nil && e.kind == "organisation" && (e.reg != nil || k == 1 && isAcronym(owner)) {
			return e
		}
		if !organ {
			break // "<Body> staff": the one word after the body's name
		}
	}
	return nil
}

// namesBody reports whether a name holds a body's head word ("Agency",
// "Council"): a body of its own, not a thing another body owns.
func namesBody(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if bodyWord(w) {
			return true
		}
	}
	return false
}

// shouted reports whether the sentence [a, b) is set wholly in capitals,
// runs six words or more and holds an article or a possessive ("THE",
// "ITS"): a release's headline or a case's title ("<SESSION> OF THE
// <BODY>: <BANK> LOWERS ITS RATE"), whose capitals are every word's, so
// that its runs are no names. A name, a label or a sign-off set in
// capitals is shorter, and a factbox's heading that names a party or a
// body ("<PARTY> FOR <FIELD> AND <FIELD> (<ACR>) - 21 SEATS") has no
// article.
func (p *para) shouted(a, b int) bool {
	if b-a < 6 {
		return false
	}
	words, det := 0, false
	for k := a; k < b; k++ {
		t := &p.toks[k]
		if t.kind != tWord {
			continue
		}
		for i := t.s; i < t.e; i++ {
			if c := p.text[i]; 'a' <= c && c <= 'z' {
				return false
			}
		}
		if t.class&cCap != 0 {
			words++
		}
		if t.class&(cDet|cGendered) != 0 || p.lw(k) == "its" || p.lw(k) == "their" {
			det = true
		}
	}
	return det && words >= 6
}

// kinSetOff returns the token of the kin noun a sentence opens with after
// "his" or "her", set off by a comma ("His wife, who …"), or 0.
func (p *para) kinSetOff(st sentRef) int {
	if l := p.lowerAt(st.a); l != "his" && l != "her" {
		return 0
	}
	n := st.a + 1
	if kinAdjectives[p.lowerAt(n)] {
		n++
	}
	if n+1 >= st.b || !kinNouns[p.lowerAt(n)] || !p.isComma(n+1) {
		return 0
	}
	return n
}

// noteKinNamed notes the person a relative is named as right after the
// kin noun by a given name alone, the name word at token i: "my husband
// X", "her son X", "his late brother X". The kin noun gives their gender,
// and a "he" or "she" after it may mean them ("Her niece X lives abroad
// now and she calls every week: “…”"). A full name after the kin noun is
// read with the sentence's other names. Asked only at a name word after
// a kin noun (the cKin bit), not at every word.
func (x *extractor) noteKinNamed(si int, p *para, s sentRef, i int) {
	n := i - 1
	d := n - 1
	if d > s.a && kinAdjectives[p.lowerAt(d)] {
		d--
	}
	if d < s.a || p.toks[d].class&cDet == 0 || p.toks[d].q != 0 || !p.toks[i].isCap(p.text) || p.isNameWord(i+1) {
		return
	}
	switch p.lw(d) {
	case "my", "his", "her", "our", "their":
	default:
		return
	}
	g := personNouns[p.lw(n)]
	x.note(si, x.cast.person(p.word(i), "", g, true), i)
}

// subjectAfterOpening returns the one person sentence si names when the
// name stands right after the comma that ends an opening clause holding
// token i ("In the yard behind his garage, X restores …"); else nil.
func (x *extractor) subjectAfterOpening(si, i int) *entity {
	sr := x.d.sents[si]
	p := x.d.paras[sr.p]
	c := i + 1
	for c < sr.b && !p.isComma(c) && p.toks[c].q == 0 {
		c++
	}
	var one *entity
	for _, m := range x.mentions[si] {
		if m.e.kind != "person" {
			continue
		}
		if one != nil && m.e != one || m.tok != c+1 && one == nil {
			return nil
		}
		one = m.e
	}
	return one
}

// bodyInitialsBeforeNoun reports whether token c, straight after the
// indefinite article at a, is a body's initials used as an adjective
// before a person noun ("A <BODY> technician", "an <BODY> nurse"): the
// phrase describes someone who works there and names no one.
func (p *para) bodyInitialsBeforeNoun(a, c int) bool {
	if c != a+1 || !isAcronym(p.word(c)) {
		return false
	}
	n := p.lowerAt(c + 1)
	return describesPerson(n) || personBySuffix(n)
}

// onlyNameGiven reports whether a relative clause set off after a name
// ending at the comma at token c, maybe after an aside, says the name is
// all of it the person gave ("…, who gave only her first name", "…, who
// did not want his surname published", "…, who asked to be identified by
// her given name"): then the name is a person's, and "her" or "his"
// gives the gender.
func (p *para) onlyNameGiven(c, hi int) (gender, bool) {
	commas := 0
	for i := c; i < hi && i < c+30 && p.toks[i].q == 0; i++ {
		if p.isComma(i) {
			if commas++; commas > 2 {
				return unknownGender, false
			}
			continue
		}
		if p.lowerAt(i) != "who" || !p.isComma(i-1) {
			continue
		}
		for k := i + 2; k < hi && k < i+12 && p.isWordAt(k) && !p.isComma(k); k++ {
			w := p.lw(k)
			if w == "surname" || w == "surnames" {
				if g, ok := personalPronouns[p.lw(k-1)]; ok && (g == male || g == female) {
					return g, true // "his surname"
				}
			}
			if (w == "name" || w == "names") && nameParts[p.lw(k-1)] {
				if g, ok := personalPronouns[p.lw(k-2)]; ok && (g == male || g == female) {
					return g, true // "her first name"; not "her name", which withholds it all
				}
			}
		}
		return unknownGender, false
	}
	return unknownGender, false
}

// nameParts are the words before "name" for the part of a name a person
// gave or kept back: "her first name", "his last name".
var nameParts = set(`first given last family full`)

// copulaIntro reports whether the indefinite description at token i of
// the sentence starting at a follows an opening that brings someone in
// by "was" or "is" ("Among those queuing was a <noun> …", "There was also
// a <noun> …"): the description is then the sentence's subject, as if it
// opened it.
func (p *para) copulaIntro(a, i int) bool {
	j := i - 1
	if p.lowerAt(j) == "also" {
		j--
	}
	if l := p.lowerAt(j); j <= a || l != "was" && l != "is" {
		return false
	}
	if leadConnectives[p.lowerAt(a)] {
		a++
	}
	switch p.lowerAt(a) {
	case "there":
		return j == a+1 || j == a+2 && p.lowerAt(a+1) == "also"
	case "among", "amongst":
		for k := a + 1; k < j; k++ {
			if p.isComma(k) || p.toks[k].q != 0 {
				return false
			}
		}
		return true
	}
	return false
}

// spokeOnBehalf reports whether the words from token j to hi, outside
// quotes, say that the person described before them spoke on someone's
// behalf: "…, who spoke on behalf of the <body>", "…, speaking on behalf
// of the firm".
func (p *para) spokeOnBehalf(j, hi int) bool {
	for k := j + 2; k+1 < hi && k < j+12; k++ {
		if p.toks[k].q != 0 || p.toks[k].kind == tQuote {
			return false
		}
		if p.lw(k) == "behalf" && p.lowerAt(k-1) == "on" && p.lowerAt(k+1) == "of" {
			switch p.lowerAt(k - 2) {
			case "spoke", "speaking", "speaks", "spoken", "talking", "talked":
				return true
			}
		}
	}
	return false
}

// portfolioBracket returns where the bracket opens that closes a title
// right before the comma c, "<Title> in the <Office> (<Field> and
// <Field>), <Given> <Surname>,": the bracket spells out the title's
// portfolio, and the description the name follows is the title before
// it. Two words or more inside, none quoted (an acronym's bracket is a
// body's, read as it stands); c itself when there is no such bracket.
func (p *para) portfolioBracket(c int) int {
	if c < 4 || p.word(c-1) != ")" {
		return c
	}
	words := 0
	for k := c - 2; k > 0 && k >= c-10; k-- {
		if p.toks[k].q != 0 || p.toks[k].kind == tEnd || p.word(k) == ")" {
			return c
		}
		if p.word(k) == "(" {
			if words < 2 || !p.isWordAt(k-1) {
				return c
			}
			return k
		}
		if p.isWordAt(k) {
			words++
		}
	}
	return c
}

// officeBefore returns the office a sentence opens with, set off by a
// comma before the full name of its holder ("The <Office>, Advocate
// <Given> <Surname>, released …"), or "": a one-holder office whose
// title, in capitals, has no role word of the lists ("Protector",
// "Registrar-General" of some states) reads as a body's name, but a
// full name in apposition says a person holds it, and "the <Office>"
// later means them. A body's head word ("Authority", "Office") or a
// place ends no such office.
func (p *para) officeBefore(c, lo int, r *ref) string {
	if c-lo < 3 || c-lo > 4 || p.lw(lo) != "the" || !strings.Contains(r.name, " ") {
		return ""
	}
	for k := lo + 1; k < c; k++ {
		if !p.isNameWord(k) || isPossessive(p.word(k)) {
			return ""
		}
	}
	last := p.lw(c - 1)
	if orgHeads[last] || isKnownPlace(p.word(c-1)) || isNationality(last) || p.isRoleAt(c-1) {
		return ""
	}
	return p.textOf(lo+1, c)
}

// afterSalutation returns the first token after a letter's salutation
// opening a sentence ("Sir, —", "Madam, …"), or a when there is none. A
// courtesy word standing alone before a comma or a dash addresses the
// reader (the editor); it names no one, so it must not become the
// sentence's subject and speak the quotes the letter goes on to cite.
func (p *para) afterSalutation(a, b int) int {
	if a+2 >= b || p.toks[a].q != 0 {
		return a
	}
	if w := p.lowerAt(a); w != "sir" && w != "madam" && w != "sirs" {
		return a
	}
	k := a + 1
	if p.lowerAt(k) != "," && !isDash(p.lowerAt(k)) {
		return a
	}
	if k+1 < b && isDash(p.lowerAt(k+1)) {
		k++
	}
	return k + 1
}

// nationalField reports whether name is a country's word and then only
// words in small letters ("<Nationality> foreign", "<Nationality> health"
// before "ministry"): the field of a state's body that copy describes by
// kind, which the registry names in full, and no body's own name.
func nationalField(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || rest == "" || countryOfWord(first) == "" {
		return false
	}
	for word := true; rest != ""; rest = rest[1:] {
		if c := rest[0]; word && (c < 'a' || c > 'z') {
			return false
		}
		word = rest[0] == ' '
	}
	return true
}

// headsEvent reports whether a body's name read in capitals is a body's
// head word followed by the word for one of its sittings ("<Head>
// Meeting", "<Head> Session", "<Head> Hearing"): the sitting, which
// copy capitalises as a heading does, not a body.
func headsEvent(name string) bool {
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 || !sittingWord(name[sp+1:]) {
		return false
	}
	head := name[:sp]
	if i := strings.LastIndexByte(head, ' '); i >= 0 {
		head = head[i+1:]
	}
	return orgHeads[strings.ToLower(head)]
}

// sittingWord reports whether w, in any case, names an occasion on which
// a body sits (headsEvent); compared in place, as every mention's name
// is asked.
func sittingWord(w string) bool {
	for _, s := range sittingWords {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

// endsInPlace reports whether the words of name after its first end in a
// known place ("<Word> <Region> <Country>", "<Word> <Country>").
func endsInPlace(name string) bool {
	for i := strings.IndexByte(name, ' '); i > 0; {
		if isKnownPlace(name[i+1:]) {
			return true
		}
		j := strings.IndexByte(name[i+1:], ' ')
		if j < 0 {
			return false
		}
		i += j + 1
	}
	return false
}

var sittingWords = [...]string{"meeting", "meetings", "session", "sessions", "hearing", "hearings", "sitting", "retreat"}

// saintOpensBody reports whether a title read before a name ends in a
// saint's title ("head of the Saint", "chairman of the St") and the name
// ends in a body's head word, or the title is the saint's alone and a
// known place ends the name: the capitals were one body's name, named for
// a saint or for a place that is ("Saint <Place> <Field> Authority").
//
// It is asked of every titled name first met, and most titles end in no
// saint's: that is tested first, and the name's last word is lowered in a
// buffer, not split and lowered anew (the heads are ASCII).
func saintOpensBody(role, name string) bool {
	role = strings.TrimRight(role, " ")
	if !saintTitles[role[strings.LastIndexByte(role, ' ')+1:]] {
		return false
	}
	name = strings.TrimSpace(name)
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return false
	}
	if len(role) <= 4 && endsInPlace(name) {
		// "St <Saint> <Region> <Country>": the saint's title alone
		// before a saint's name and a known place is a body named for
		// its saint and the place it serves (a service's regional
		// state arm), no person's title.
		return true
	}
	var buf [24]byte
	lw, ok := lowerASCIIWord(buf[:], name[i+1:])
	return ok && orgHeads[string(lw)]
}

// agedNameOpens reports whether the capitals [a, b) open a sentence and an
// age in figures set off by commas follows them ("<Given> <Given>
// <Surname>, 41, fled …"): three name words, none in quotes.
func (p *para) agedNameOpens(a, b int) bool {
	if b-a != 3 || a > 0 && p.toks[a-1].kind != tEnd || b+2 >= len(p.toks) {
		return false
	}
	return p.isComma(b) && p.isWordAt(b+1) && isNumber(p.word(b+1)) && len(p.word(b+1)) <= 3 && p.isComma(b+2)
}

// otherSexAfter reports whether the first "he", "she", "his" or "her"
// outside quotes from token i to the sentence's end is of the sex other
// than g.
func (p *para) otherSexAfter(i int, g gender) bool {
	for ; i < len(p.toks) && p.toks[i].kind != tEnd; i++ {
		if t := &p.toks[i]; t.class&cGendered != 0 && t.kind == tWord && t.q == 0 {
			pg, ok := personalPronouns[p.low(t)]
			return ok && pg != unknownGender && pg != g
		}
	}
	return false
}

// kinAsideGender returns the gender of the kin noun in an aside set off
// right after the name opening at token i ("X, <Name>'s nephew, joined
// …", "X, <Name>'s late wife, said"), or unknownGender: the aside says
// whose relative X is, and a kin noun with a sex ("nephew", "niece")
// gives X's, though the possessor named makes the sentence name two
// people. Only the name's own capitalised words (and hyphens) run to the
// comma.
func (p *para) kinAsideGender(i, b int) gender {
	k := i + 1
	for ; k < b && k < i+8 && !p.isComma(k); k++ {
		if p.isWordAt(k) && !p.toks[k].isCap(p.text) {
			return unknownGender
		}
	}
	if k >= b || !p.isComma(k) {
		return unknownGender
	}
	j := k + 1
	for ; j < b && j < k+4 && p.isWordAt(j) && p.toks[j].isCap(p.text); j++ {
		if w := p.word(j); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			break
		}
	}
	if j >= b || !p.isWordAt(j) || !p.toks[j].isCap(p.text) || !strings.HasSuffix(p.word(j), "'s") && !strings.HasSuffix(p.word(j), "’s") {
		return unknownGender
	}
	n := j + 1
	if n < b && kinAdjectives[p.lowerAt(n)] {
		n++
	}
	if n >= b || !kinNouns[p.lowerAt(n)] || n+1 < b && !p.isComma(n+1) {
		return unknownGender
	}
	return roleGender[p.lowerAt(n)]
}
