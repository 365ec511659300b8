package ingest

import (
	"strings"
)

// mention is a named person or organisation at a place in the text.
type mention struct {
	e   *entity
	tok int
}

// event is a speech verb with whoever it says spoke.
type event struct {
	p, v       int // paragraph and verb token
	sent       int // document sentence
	subj       *ref
	ent        *entity // nil when the speaker could not be named
	via        string  // how ent was found, for the editor: "", "pronoun", "description"
	afterQuote int     // 1 + index of the quote it attributes from behind ("…," he said)
	use        verbUse
}

// extractor holds what one article has shown so far.
type extractor struct {
	d         *document
	cast      *cast
	mentions  [][]mention // per document sentence, in order
	speakerAt []*entity   // per document sentence: its first named speaker
	speakerBy []*ref      // the phrase that named it
	events    [][]*event  // per paragraph, in order
}

func newExtractor(d *document, c *cast) *extractor {
	return &extractor{
		d:         d,
		cast:      c,
		mentions:  make([][]mention, len(d.sents)),
		speakerAt: make([]*entity, len(d.sents)),
		speakerBy: make([]*ref, len(d.sents)),
		events:    make([][]*event, len(d.paras)),
	}
}

// collectMentions notes every named person and organisation outside quotes,
// before any attribution, so a description can also point forward ("its
// governor warned … Governor Henrik Aalto said").
func (x *extractor) collectMentions() {
	for si, s := range x.d.sents {
		p := x.d.paras[s.p]
		for i := s.a; i < s.b; {
			if !p.isNameWord(i) && !p.isTitleWord(i) {
				i++
				continue
			}
			j := p.chunkEnd(i, s.b)
			start := i
			if i > s.a && p.isDet(i-1) {
				start = i - 1
			}
			x.noteChunk(si, p, start, i, j, s.b)
			i = j
		}
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
	}
}

// findEvents finds every speech verb and its speaker, in document order,
// so pronouns can look back at who spoke last.
func (x *extractor) findEvents() {
	for si, s := range x.d.sents {
		p := x.d.paras[s.p]
		var prev *event
		for v := s.a; v < s.b; v++ {
			ev := x.eventAt(si, s, p, v, prev)
			if ev == nil {
				continue
			}
			x.events[s.p] = append(x.events[s.p], ev)
			prev = ev
			if ev.ent != nil {
				if x.speakerAt[si] == nil {
					x.speakerAt[si], x.speakerBy[si] = ev.ent, ev.subj
				}
				// A named speaker is a person a pronoun may refer to; a lone
				// capitalised word ("Karvia accused …") may be a country.
				if ev.ent.kind == "person" && ev.subj != nil && (ev.subj.evidence || strings.Contains(ev.ent.name, " ")) {
					ev.ent.confirmed = true
				}
				x.note(si, ev.ent, ev.v)
			}
		}
	}
}

var beForms = set(`be been being is are was were`)

// eventAt reads token v as a speech verb, or returns nil.
func (x *extractor) eventAt(si int, s sentRef, p *para, v int, prev *event) *event {
	t := &p.toks[v]
	if t.kind != tWord || t.q != 0 || t.class&cSpeech == 0 && p.low(t) != "according" {
		return nil
	}
	if p.low(t) == "according" && p.lowerAt(v+1) == "to" {
		ev := &event{p: s.p, v: v, sent: si, use: anyUse}
		a, b := p.npRight(v+2, s.b)
		ev.subj = p.interpret(a, b)
		x.resolveEvent(ev, si, p, a)
		return ev
	}
	use := speechVerbs[p.low(t)]
	if use == 0 || v == s.a || t.isCap(p.text) {
		return nil // not a speech verb, an opening participle ("Asked whether …") or a name ("State Department")
	}
	before := p.lowerAt(v - 1)
	if before == "to" || p.isDet(v-1) || isPossessive(p.word(v-1)) {
		return nil // "declined to say", "a warning", "his claims"
	}
	k := v - 1
	for k >= s.a && p.isWordAt(k) && p.toks[k].class&cSkip != 0 && !beForms[p.lw(k)] {
		k--
	}
	if k >= s.a && beForms[p.lowerAt(k)] {
		return nil // passive: "had been declared"
	}
	ev := &event{p: s.p, v: v, sent: si, use: use}
	if strings.HasSuffix(p.low(t), "ing") {
		// A participle after a comma shares the clause's speaker: "…, saying
		// there was a danger", "he said, adding that …".
		if before != "," {
			return nil
		}
		if prev != nil {
			ev.subj, ev.ent, ev.via = prev.subj, prev.ent, prev.via
			return ev
		}
		ev.subj = x.clauseSubject(p, s.a, v)
		x.resolveEvent(ev, si, p, v)
		return ev
	}
	if c := p.closingMarkBefore(v); c >= 0 {
		q := x.d.quotes[p.toks[c].q-1]
		if !strings.HasSuffix(q.text, ".") && !p.introducesQuote(v) {
			if subj, ok := x.subjectAfterQuote(p, c+1, v, len(p.toks)); ok {
				ev.afterQuote = int(p.toks[c].q)
				ev.subj = subj
				x.resolveEvent(ev, si, p, c+1)
				return ev
			}
		}
	}
	if prepositions[before] {
		return nil // a noun: "a request for comment"
	}
	ev.subj = x.subjectLeft(p, v, s.a)
	if ev.subj == nil && p.isComma(v-1) {
		a, b := p.npRight(v+1, s.b)
		ev.subj = p.interpret(a, b)
		if aa, ab, ok := p.appositiveAfter(b, s.b); ok {
			ev.subj = p.applyAppositive(ev.subj, aa, ab)
		}
	}
	if ev.subj == nil {
		return nil // no one to say it: not a speech verb here
	}
	x.resolveEvent(ev, si, p, v)
	return ev
}

var prepositions = set(`for of with without in on at by from into about after before over under`)

// closingMarkBefore returns the closing quotation mark just before verb v,
// with only a few words and commas between ("…," Putin said; "…" he told a
// briefing), or -1.
func (p *para) closingMarkBefore(v int) int {
	for i := v - 1; i >= 0 && v-i <= 12; i-- {
		t := &p.toks[i]
		switch {
		case t.kind == tQuote:
			if !t.open && t.q != 0 {
				return i
			}
			return -1
		case t.q != 0 || t.kind == tEnd:
			return -1
		}
	}
	return -1
}

// introducesQuote reports whether the clause of verb v runs straight into
// an opening quotation mark with no comma or colon before it: then the verb
// introduces that quote ("He also accused the US of trying to "draw us …")
// rather than attributing the one before it.
func (p *para) introducesQuote(v int) bool {
	for i := v + 1; i < len(p.toks); i++ {
		t := &p.toks[i]
		if t.kind == tEnd && t.q == 0 {
			return false
		}
		if t.kind == tQuote && t.open {
			prev := p.lowerAt(i - 1)
			return prev != "," && prev != ":"
		}
	}
	return false
}

// subjectAfterQuote reads the speaker between a closing mark and its verb:
// "…," Putin said / "…," said Tomas Ferreira, an analyst / "…" for the
// crisis, he told a briefing / "…," the board's chair, Lillian Cho, said.
// ok is false when the words between are not an attribution but the rest of
// the sentence ("…" and promised a response; "…" the border, a charge
// officials denied).
func (x *extractor) subjectAfterQuote(p *para, from, v, hi int) (*ref, bool) {
	for from < v && p.isComma(from) {
		from++
	}
	end := v
	for end > from && p.isWordAt(end-1) && subjectSkip[p.lw(end-1)] {
		end--
	}
	if from >= end {
		a, b := p.npRight(v+1, hi)
		r := p.interpret(a, b)
		if aa, ab, ok := p.appositiveAfter(b, hi); ok {
			r = p.applyAppositive(r, aa, ab)
		}
		return r, r != nil
	}
	last := -1
	for i := from; i < end; i++ {
		if p.isComma(i) {
			last = i
		}
	}
	switch {
	case last >= 0 && last+1 < end:
		// A parenthetical attribution: the phrase after the comma must be
		// a whole noun phrase.
		if p.npLeft(end-1, last+1) != last+1 {
			return nil, false
		}
		return p.interpret(last+1, end), true
	case last >= 0:
		r := x.subjectLeft(p, v, from)
		return r, r != nil
	}
	if w := p.lowerAt(from); functionWords[w] && !p.isDet(from) && !p.isPronoun(from) || end-from > 8 {
		return nil, false
	}
	return p.interpret(from, end), true
}

// subjectLeft reads the subject before verb v: skipping adverbs ("Putin still
// said"), asides ("Tevita Fonua, the environment minister of Lomara, told")
// and relative pronouns ("Rui Tavares, who called"); a verb joined by "and"
// or "but" shares the clause's subject.
func (x *extractor) subjectLeft(p *para, v, lo int) *ref {
	k := v - 1
	for k >= lo && p.isWordAt(k) && p.toks[k].class&cSkip != 0 {
		k--
	}
	if k < lo {
		return nil
	}
	if l := p.lowerAt(k); l == "and" || l == "but" {
		return x.clauseSubject(p, lo, v)
	}
	var asides []span
	for len(asides) < 2 && p.isComma(k) {
		c := k - 1
		for c >= lo && !p.isComma(c) && p.toks[c].kind != tEnd && p.toks[c].q == 0 {
			c--
		}
		if c < lo || !p.isComma(c) || !p.appositiveLike(c+1, k) {
			break
		}
		asides = append(asides, span{c + 1, k})
		k = c - 1
	}
	if k < lo || p.isComma(k) {
		return nil
	}
	if l := p.lowerAt(k); (l == "who" || l == "which") && p.isComma(k-1) {
		asides = append(asides, span{k, k + 1})
		k -= 2
	}
	a := p.npLeft(k, lo)
	if a < 0 {
		return nil
	}
	r := p.interpret(a, k+1)
	for i := len(asides) - 1; i >= 0; i-- {
		r = p.applyAppositive(r, asides[i].a, asides[i].b)
	}
	return r
}

// clauseSubject reads the subject at the start of the clause holding token
// v, after any opening phrase ("After X spoke with Y on Tuesday, State
// Department officials said …").
func (x *extractor) clauseSubject(p *para, lo, v int) *ref {
	i := lo
	if w := p.lowerAt(i); subordinators[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		c := i
		for c < v && !p.isComma(c) {
			c++
		}
		if c >= v {
			return nil
		}
		i = c + 1
	}
	a, b := p.npRight(i, v)
	if a >= b {
		return nil
	}
	r := p.interpret(a, b)
	for n := 0; n < 2; n++ {
		aa, ab, ok := p.appositiveAfter(b, v)
		if !ok {
			break
		}
		r = p.applyAppositive(r, aa, ab)
		b = ab
	}
	return r
}

// resolveEvent names the speaker of an event.
func (x *extractor) resolveEvent(ev *event, si int, p *para, at int) {
	ev.ent, ev.via = x.resolve(ev.subj, si, at)
}

// resolve finds who a phrase means at sentence si, token at.
func (x *extractor) resolve(r *ref, si, at int) (*entity, string) {
	if r == nil {
		return nil, ""
	}
	if r.kind != refPronoun && r.kind != refOrgDesc {
		// The registry knows some descriptions verbatim: "State Department
		// officials", "a State Department official".
		if s := x.cast.regSpeaker(r.text); s != nil {
			return x.cast.fromRegistry(s), ""
		}
	}
	switch r.kind {
	case refPronoun:
		return x.antecedent(r.gender, si, at), "pronoun"
	case refName:
		if e := x.cast.lookup(r.name); e != nil {
			return e, ""
		}
		if !r.evidence && !strings.Contains(r.name, " ") && x.d.midCap[strings.ToLower(r.name)] == 0 {
			// One capitalised word, only ever at the start of a sentence:
			// a common noun ("Retailers warned …"), not a name.
			return nil, ""
		}
		if r.role != "" {
			if s := x.cast.regSpeaker(r.role + " " + r.name); s != nil {
				return x.cast.fromRegistry(s), ""
			}
		}
		return x.cast.person(r.name, r.role, r.gender, r.evidence || strings.Contains(r.name, " ")), ""
	case refOrg:
		return x.cast.org(r.name, r.head), ""
	case refRole:
		// An unnamed official or spokesperson speaks for their body.
		if r.org != "" && (r.indefinite || strings.HasPrefix(r.head, "spokes") || strings.HasPrefix(r.head, "official") || r.head == "representative" || strings.HasPrefix(r.head, "source")) {
			return x.cast.org(r.org, ""), ""
		}
		if r.orgHead != "" && (r.indefinite || strings.HasPrefix(r.head, "spokes")) {
			if e := x.orgByHead(r.orgHead, si); e != nil {
				return e, "description"
			}
			return nil, ""
		}
		if r.indefinite {
			return nil, ""
		}
		if e := x.personByRole(r.head, si, at); e != nil {
			return e, "description"
		}
	case refOrgDesc:
		if e := x.orgByHead(r.head, si); e != nil {
			return e, "description"
		}
		if s := x.cast.regSpeaker(r.text); s != nil {
			return x.cast.fromRegistry(s), "description"
		}
		if s := x.cast.regSpeaker("the " + r.text); s != nil {
			return x.cast.fromRegistry(s), "description"
		}
	}
	return nil, ""
}

// compatible reports whether a pronoun can stand for an entity.
func compatible(e *entity, g gender) bool {
	switch g {
	case male:
		return e.kind == "person" && e.confirmed && e.gender != female
	case female:
		return e.kind == "person" && e.confirmed && e.gender != male
	case orgOnly:
		return e.kind == "organisation"
	}
	return false
}

// antecedent resolves a pronoun at sentence si, token at: the first
// compatible person named earlier in the same sentence (its subject, as a
// rule), else, going back a sentence at a time, that sentence's speaker or
// its first compatible person.
func (x *extractor) antecedent(g gender, si, at int) *entity {
	if g != male && g != female && g != orgOnly {
		return nil // "they", "I", "we": not one speaker we can name
	}
	for _, m := range x.mentions[si] {
		if m.tok < at && compatible(m.e, g) {
			return m.e
		}
	}
	for s := si - 1; s >= 0 && si-s <= 8; s-- {
		if sp := x.speakerAt[s]; sp != nil && compatible(sp, g) {
			return sp
		}
		if sp, by := x.speakerAt[s], x.speakerBy[s]; sp != nil && by != nil && by.kind == refRole && sp.kind == "organisation" &&
			(g == male || g == female) && (by.gender == unknownGender || by.gender == g) {
			// "A spokeswoman for Meridian Line said … '…,' she said": the
			// unnamed spokeswoman, who speaks for her organisation.
			return sp
		}
		if g == orgOnly {
			// "It said": the organisation named last.
			ms := x.mentions[s]
			for i := len(ms) - 1; i >= 0; i-- {
				if compatible(ms[i].e, g) {
					return ms[i].e
				}
			}
			continue
		}
		for _, m := range x.mentions[s] {
			if compatible(m.e, g) {
				return m.e
			}
		}
	}
	return nil
}

// personByRole resolves "the minister" to the person last named with that
// role, or, when none was named yet, the next one named in the following
// sentences ("its governor warned … Governor Henrik Aalto said").
func (x *extractor) personByRole(head string, si, at int) *entity {
	match := func(e *entity) bool {
		return e.kind == "person" && strings.Contains(" "+strings.ToLower(e.role)+" ", " "+head+" ")
	}
	for _, m := range x.mentions[si] {
		if m.tok < at && match(m.e) {
			return m.e
		}
	}
	for s := si - 1; s >= 0 && si-s <= 12; s-- {
		for i := len(x.mentions[s]) - 1; i >= 0; i-- {
			if match(x.mentions[s][i].e) {
				return x.mentions[s][i].e
			}
		}
	}
	for s := si; s < len(x.mentions) && s-si <= 4; s++ {
		for _, m := range x.mentions[s] {
			if (s > si || m.tok > at) && match(m.e) {
				return m.e
			}
		}
	}
	return nil
}

// orgByHead resolves "the ministry" or "the company" to the organisation
// last named so.
func (x *extractor) orgByHead(head string, si int) *entity {
	company := head == "company" || head == "firm" || head == "group" || head == "corporation"
	for s := si; s >= 0; s-- {
		ms := x.mentions[s]
		for i := len(ms) - 1; i >= 0; i-- {
			e := ms[i].e
			if e.kind == "organisation" && (e.heads[head] || company && e.business) {
				return e
			}
		}
	}
	return nil
}
