package ingest

import (
	"strings"
	"unicode"
)

// labelAbove reads the label a reaction round-up or a release's box of
// comments sets over each voice: a line of its own that is a person's
// name, with their title before it ("<TITLE> <GIVEN> <SURNAME>", in
// capitals or not) or set off after it by a comma, a dash or brackets
// ("<Given> <Surname> – <Title>", "<SURNAME> <Given> (<Club>)"), and
// under it the person's words in marks with no verb of saying. The line
// is the paragraph before the quote, or, where the copy runs it into
// the quote's own block, the words before the quote's opening mark. The
// quote paragraphs after the first, with nothing of their own, go on in
// the label's voice (out holds the quotes found before q). Nil when the
// words above are a sentence, a heading that names no person, or no
// line at all.
func (x *extractor) labelAbove(q *quoteSpan, out []found) *event {
	if q.startPara < x.d.lead || q.startPara == 0 && q.startTok == 0 {
		return nil
	}
	if q.startTok == 0 && len(out) > 0 {
		// A second paragraph of the same voice: the one before is the
		// labelled quote, closed at its end.
		if f := &out[len(out)-1]; f.how == "label" && f.q.endPara == q.startPara-1 && f.q.endTok == len(x.d.paras[f.q.endPara].toks)-1 {
			return f.ev
		}
	}
	pi, end := q.startPara, q.startTok
	if end > 0 && q.endPara == q.startPara && q.endTok < len(x.d.paras[pi].toks)-1 {
		return nil // the label's quote runs to its block's end, as its voice's words do
	}
	if end == 0 {
		pi = q.startPara - 1
		if pi < x.d.lead {
			return nil
		}
		end = len(x.d.paras[pi].toks)
	}
	p := x.d.paras[pi]
	if end < 2 || end > 16 || len(x.events[pi]) > 0 && x.events[pi][0].v < end {
		return nil
	}
	// The name runs from the line's start to its first comma, dash or
	// bracket; the words after it, if any, are a title or a club, in
	// capitals but for a word or two, and none of the line ends a
	// sentence, opens a quote or sets off a clause by another comma.
	n := 0
	for n < end && p.isWordAt(n) {
		n++
	}
	if n < end {
		if w := p.word(n); !p.isComma(n) && !isDash(w) && w != "-" && w != "(" {
			return nil
		}
	}
	small := 0
	for k := n; k < end; k++ {
		if t := p.toks[k].kind; t == tEnd || t == tQuote || k > n && p.isComma(k) {
			return nil
		}
		if p.isWordAt(k) && !p.toks[k].isCap(p.text) && p.toks[k].class&cFunction == 0 {
			small++ // a title's or a club's words are capitalised, a clause's are not
		}
	}
	if small > 2 {
		return nil
	}
	// Title words before the name: the name starts after the last one.
	from, titled := 0, false
	for k := n - 1; k >= 0; k-- {
		if p.isRoleAt(k) {
			from, titled = k+1, true
			break
		}
	}
	if n-from < 2 || n-from > 4 {
		return nil
	}
	for k := from; k < n; k++ {
		if !p.toks[k].isCap(p.text) || p.toks[k].class&cFunction != 0 {
			return nil
		}
	}
	for k := n; !titled && k < end; k++ {
		titled = p.isRoleAt(k)
	}
	name := p.textOf(from, n)
	e := x.cast.lookup(name)
	if e != nil && e.kind != "person" {
		return nil
	}
	if e == nil {
		// Something must say the words are a person's name: a title, a
		// given name the lists know, or a family name set in capitals
		// before the given name ("<SURNAME> <Given>").
		first := p.word(from)
		if _, given := givenGender(strings.ToLower(first)); !titled && !given && !(len(first) > 2 && allCaps(first) && !allCaps(p.word(from+1)) && unicode.IsUpper(firstRune(p.word(from+1)))) {
			return nil
		}
		e = x.cast.person(name, "", unknownGender, true)
	}
	r := p.sc.newRef()
	r.kind, r.name, r.text, r.surface = refName, name, name, name
	ev := x.newEvent(event{p: pi, v: from, sent: p.first, subj: r, use: anyUse})
	ev.ent = e
	return ev
}
