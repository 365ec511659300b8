package ingest

// turnDash reports whether a word is the dash that opens an interview's
// turn: an en or em dash standing alone.
func turnDash(w string) bool { return w == "–" || w == "—" }

// dashedAnswer attributes a dash-led answer set out whole in marks under
// a question ("– <Question>?" over "– “<Answer>”") to whoever the
// interview asks (interviewAnswerer). Nil otherwise.
func (x *extractor) dashedAnswer(q *quoteSpan) *event {
	prev := x.d.paras[q.startPara-1]
	if !prev.asks() && !prev.dashPrompt(x.d.paras[q.startPara]) || q.endTok+1 < len(x.d.paras[q.endPara].toks) {
		return nil
	}
	p := x.d.paras[q.startPara]
	e := x.interviewAnswerer(p.first)
	if e == nil {
		return nil
	}
	ev := x.newEvent(event{p: q.startPara, v: 0, sent: p.first, use: quoteOnly})
	ev.ent = e
	return ev
}

// dashPrompt reports whether a paragraph is an interviewer's prompt put
// as a statement in a Q&A that leads each turn with a dash ("– <The
// other side> says <claim>." over "– “<Answer>”"): a short paragraph of
// one or two sentences, led by a dash, with no quotation mark in it,
// whose next paragraph opens with a dash and a quote.
func (p *para) dashPrompt(next *para) bool {
	if len(p.toks) < 3 || len(p.toks) > 40 || len(p.sents) > 2 || !turnDash(p.word(0)) || p.quotes() {
		return false
	}
	return len(next.toks) > 1 && turnDash(next.word(0)) && next.toks[1].q != 0
}
