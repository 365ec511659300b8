package ingest

import (
	"strings"
	"unicode/utf8"
)

// found is a direct quote with the speech event that attributes it.
type found struct {
	q      *quoteSpan
	ev     *event  // nil when nothing attributes it
	ent    *entity // the speaker, nil when unknown
	how    string  // how the speaker was found, for the editor
	phrase string  // the words that name the speaker in the article
}

// attributeQuotes gives every quote its speaker and drops the quotation
// marks that are not quotes (titles, names, scare quotes).
func (x *extractor) attributeQuotes() []found {
	byQuote := map[int]*event{}
	for _, evs := range x.events {
		for _, ev := range evs {
			if ev.afterQuote > 0 && byQuote[ev.afterQuote] == nil {
				byQuote[ev.afterQuote] = ev
			}
		}
	}
	var out []found
	for qi, q := range x.d.quotes {
		if q.text == "" {
			continue
		}
		f := found{q: q}
		direct := true
		switch {
		case byQuote[qi+1] != nil:
			f.ev = byQuote[qi+1]
		case x.leftEvent(q) != nil:
			f.ev = x.leftEvent(q)
		default:
			if f.ev = x.colonEvent(q); f.ev == nil {
				direct = false
				f.ev, f.how = x.inherited(q)
			}
		}
		if x.notAQuote(q, f.ev, direct) {
			continue
		}
		if f.ev != nil {
			f.ent = f.ev.ent
			if f.how == "" {
				f.how = f.ev.via
			}
			if f.ev.subj != nil {
				f.phrase = f.ev.subj.surface
			}
		}
		out = append(out, f)
	}
	return out
}

// leftEvent returns the speech verb before a quote in its own sentence that
// introduces it: Lavrov said: "…"; accused the US of trying to "…".
func (x *extractor) leftEvent(q *quoteSpan) *event {
	p := x.d.paras[q.startPara]
	lo := p.sents[p.sentenceOf(q.startTok)].a
	for i := q.startTok - 1; i >= lo; i-- {
		if t := &p.toks[i]; t.kind == tQuote && !t.open {
			lo = i + 1 // only what follows the previous quote
			break
		}
	}
	var last, outer *event
	for _, ev := range x.events[q.startPara] {
		if ev.v >= lo && ev.v < q.startTok && ev.afterQuote == 0 {
			if last != nil && last.ent != nil {
				outer = last
			}
			last = ev
		}
	}
	if last != nil && last.ent == nil && outer != nil && last.subj != nil &&
		(last.subj.kind == refSomeone || last.subj.kind == refOrgDesc) {
		// "The ministry said in a statement that the delegations had
		// stressed '…'": whoever stressed it is not named, so the words
		// are the statement's.
		return outer
	}
	return last
}

// colonEvent attributes a quote set out after a colon, in its sentence or
// opening the next paragraph, to the subject of the sentence the colon
// ends when that sentence has no speech verb: "Abashvili issued the
// following statement:", "The chairman posted a message on X: '…'".
func (x *extractor) colonEvent(q *quoteSpan) *event {
	p := x.d.paras[q.startPara]
	pi, colon := q.startPara, q.startTok-1
	if q.startTok == 0 {
		if pi == 0 {
			return nil
		}
		pi--
		p = x.d.paras[pi]
		colon = len(p.toks) - 1
	}
	if colon < 0 || p.lw(colon) != ":" || p.toks[colon].q != 0 {
		return nil
	}
	s := p.sents[p.sentenceOf(colon)]
	for _, ev := range x.events[pi] {
		if ev.v >= s.a && ev.v < colon {
			return nil // a speech verb of its own: "X said:" is read already
		}
	}
	subj := x.clauseSubject(p, s.a, colon)
	if subj == nil || subj.kind == refSomeone {
		return nil
	}
	si := p.first + p.sentenceOf(colon)
	ev := &event{p: pi, v: colon, sent: si, subj: subj, use: anyUse}
	x.resolveEvent(ev, si, p, colon)
	if ev.ent == nil {
		return nil
	}
	return ev
}

// inherited returns the speaker a quote with no attribution of its own
// continues: the last speech in its paragraph before it ("A," he said. "B."),
// or, for a quote opening a paragraph, the speech that ends the paragraph
// before.
func (x *extractor) inherited(q *quoteSpan) (*event, string) {
	evs := x.events[q.startPara]
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].v < q.startTok {
			return evs[i], "continues"
		}
	}
	if q.startTok != 0 || q.startPara == 0 {
		return nil, ""
	}
	prev := x.d.paras[q.startPara-1]
	evs = x.events[q.startPara-1]
	if len(evs) == 0 || len(prev.sents) == 0 {
		return nil, ""
	}
	last := evs[len(evs)-1]
	if last.v < prev.sents[len(prev.sents)-1].a {
		return nil, "" // the paragraph before ends with something else
	}
	return last, "paragraph before"
}

// notAQuote tells titles, names and scare quotes from speech: a phrase after
// "so-called", "known as", "titled" or "reading"; one or two words used as a
// term with no speech verb of their own; or a capitalised title.
func (x *extractor) notAQuote(q *quoteSpan, ev *event, direct bool) bool {
	p := x.d.paras[q.startPara]
	i := q.startTok - 1
	for i >= 0 && p.isWordAt(i) && (p.lw(i) == "the" || p.lw(i) == "a" || p.lw(i) == "an" || p.lw(i) == "as") {
		i--
	}
	if i >= 0 && p.isWordAt(i) && termMarkers[p.lw(i)] && q.words <= 8 {
		return true
	}
	// A capitalised nickname after an article: the "Widowmaker", the
	// "Galacticos".
	if i < q.startTok-1 && q.words <= 3 && capitalised(q.text) && !strings.ContainsAny(lastRune(q.text), ".?!") {
		return true
	}
	sentence := strings.ContainsAny(lastRune(q.text), ".?!…")
	if q.words <= 2 && !sentence {
		sameSentence := ev != nil && ev.p == q.startPara && p.sentenceOf(ev.v) == p.sentenceOf(q.startTok)
		if !direct && !sameSentence {
			return true
		}
		// "red flag" conditions: a quoted modifier of the noun after it,
		// unless someone named says it ("warned of a 'dangerous' arms race").
		if q.closed && !(sameSentence && ev.ent != nil && ev.ent.kind != "anon") {
			ep := x.d.paras[q.endPara]
			if n := q.endTok + 1; ep.isWordAt(n) && !ep.toks[n].isCap(ep.text) && !functionWords[ep.lw(n)] && speechVerbs[ep.lw(n)] == 0 && !notANoun(ep.lw(n)) {
				return true
			}
		}
	}
	if !direct && ev == nil && q.words <= 10 && isTitleCase(q.text) {
		return true
	}
	return false
}

// notANoun reports whether the word after a short quote is a verb, a
// participle or an adverb, so the quote is not a modifier of it:
// "unworkable" given the budget; "baseless" had been …; a "corridor" used
// to smuggle arms.
func notANoun(w string) bool {
	return auxiliaries[w] || len(w) >= 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")) && !strings.HasSuffix(w, "eed")
}

var auxiliaries = set(`had has have was were is are would will could should may might must can did
	does do given being been`)

func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// isTitleCase reports whether a phrase of two words or more has every word
// but the small ones capitalised: "Privacy and the Powers of the Police".
func isTitleCase(s string) bool {
	return len(strings.Fields(s)) >= 2 && capitalised(s)
}

// capitalised reports whether every word of s but the small ones starts
// with a capital.
func capitalised(s string) bool {
	words := strings.Fields(strings.TrimRight(s, ".?!,"))
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		switch strings.ToLower(w) {
		case "a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "at", "by", "with":
			continue
		}
		r := firstRune(w)
		if !(r >= 'A' && r <= 'Z') && !(r > 127 && strings.ToUpper(string(r)) == string(r)) {
			return false
		}
	}
	return true
}
