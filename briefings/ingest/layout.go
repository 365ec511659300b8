package ingest

// glossAfter reports whether paragraph pi, whose last speech is ev, ends
// with the speech's sentence and one short sentence after it that only
// glosses it: "“<words in another language>,” <pronoun> says,
// <participle phrase>. <The words in English>." A translation or a short
// aside names no one, quotes nothing, reports no speech and brings in no
// one by a pronoun of people ("<Her|His> <kin> <verb>s." may be who speaks
// next), so a quote set out alone in the next paragraph still goes on in
// the voice of the one before.
func (x *extractor) glossAfter(pi int, ev *event) bool {
	p := x.d.paras[pi]
	n := len(p.sents)
	if n < 2 || ev.v < p.sents[n-2].a || ev.v >= p.sents[n-2].b {
		return false
	}
	s := p.sents[n-1]
	if s.b-s.a > 10 {
		return false
	}
	for i := s.a; i < s.b; i++ {
		if p.toks[i].kind == tQuote || p.toks[i].q != 0 || p.isSpeechVerbAt(i) || i > s.a && p.isNameWord(i) || p.isPronoun(i) && glossPeople[p.lw(i)] {
			return false
		}
	}
	return true
}

// glossPeople are the pronouns that may bring someone new into a short
// sentence after a quote; a translation's "it", "we" or "I" do not.
var glossPeople = set(`he she his her him they their them`)

// ownersLine attributes a quote in the clause after "<Owner>'s <line> was
// that …": a body's or a person's stated line, position or answer, given
// as what it "was" rather than by a verb of saying ("<Owner>'s
// <line|position|answer> was that <clause> “…”"). When an aside says who delivered it ("…'s line, delivered by
// <Title> <Name>'s office, was that …"), the one who delivered it speaks,
// their office speaking for them; else the owner. Nil when the sentence
// has no such opening or a verb of saying of its own before the quote.
func (x *extractor) ownersLine(q *quoteSpan) *event {
	p := x.d.paras[q.startPara]
	k := p.sentenceOf(q.startTok)
	s := p.sents[k]
	be := -1
	for i := s.a + 2; i+1 < q.startTok && i < s.a+30; i++ {
		if beForms[p.lowerAt(i)] && p.lowerAt(i+1) == "that" {
			be = i
			break
		}
	}
	if be < 0 {
		return nil
	}
	for _, ev := range x.events[q.startPara] {
		if ev.v >= s.a && ev.v < q.startTok {
			return nil
		}
	}
	n := be - 1
	var agent *ref
	if p.isComma(n) {
		c := n - 1
		for c > s.a && !p.isComma(c) {
			c--
		}
		if !p.isComma(c) || !deliveredWords[p.lowerAt(c+1)] || p.lowerAt(c+2) != "by" {
			return nil
		}
		a, b := c+3, n
		if b-a >= 2 && p.lowerAt(b-1) == "office" && isPossessive(p.word(b-2)) {
			b-- // "<Name>'s office": the office speaks for its holder
		}
		agent = p.interpret(a, b)
		if agent != nil && agent.kind == refName {
			agent.name = stripPossessive(agent.name)
		}
		n = c - 1
	}
	if n-1 < s.a || !lineNouns[p.lowerAt(n)] || !isPossessive(p.word(n-1)) {
		return nil
	}
	subj := agent
	if subj == nil {
		o := p.npLeft(n-1, s.a)
		if o < 0 {
			return nil
		}
		subj = p.interpret(o, n)
	}
	if subj == nil || subj.kind == refSomeone {
		return nil
	}
	si := p.first + k
	ev := x.newEvent(event{p: q.startPara, v: be, sent: si, subj: subj, use: quoteOnly})
	x.resolveEvent(ev, si, p, be)
	if ev.ent == nil {
		return nil
	}
	return ev
}

// lineNouns name what a body or a person holds to and makes known, whose
// content "was that …".
var lineNouns = set(`line position stance response answer reply message argument explanation view verdict`)

// deliveredWords open the aside that says who made a line known: "…'s
// line, delivered by <Name>, was that".
var deliveredWords = set(`delivered given relayed conveyed issued set`)
