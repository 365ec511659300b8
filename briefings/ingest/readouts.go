package ingest

import "strings"

// readOutQuestion attributes a question someone not at the microphone
// sent in, which the moderator reads out: "<We have a question> <online|by
// phone> from <Name> of <Outlet>, who asks: “…?”", "<Next|One more>, from
// <Name>, <Outlet>: “…?”". The
// question is the sender's, not the moderator's whose turn it is, nor the
// noun ("a question") a who-clause leans on. The quote asks (holds a
// question mark) and follows a colon; between the colon and "from
// <Name>" stand only the sender's outlet or place and a who-clause with a
// verb of asking. Nil otherwise.
func (x *extractor) readOutQuestion(q *quoteSpan) *event {
	colon := q.startTok - 1
	if colon < 2 || !strings.Contains(q.text, "?") {
		return nil
	}
	p := x.d.paras[q.startPara]
	if p.lw(colon) != ":" || p.toks[colon].q != 0 {
		return nil
	}
	end := colon
	if k := end - 1; k >= 2 && (p.isSpeechVerbAt(k) || readOutVerbs[p.lw(k)]) {
		// ", who asks:", ", who writes:", ", who wants to know:"
		k--
		if p.lw(k) == "to" && p.lw(k-1) == "wants" {
			k -= 2
		}
		if p.lw(k) != "who" || !p.isComma(k-1) {
			return nil
		}
		end = k - 1
	}
	s := p.sents[p.sentenceOf(colon)]
	for k := end - 1; k >= s.a && k > end-12; k-- {
		if !p.isWordAt(k) {
			if p.isComma(k) || p.lw(k) == "(" || p.lw(k) == ")" {
				continue
			}
			return nil
		}
		if p.lw(k) != "from" {
			if !p.isNameWord(k) && !readOutLinks[p.lw(k)] {
				return nil // words of a sentence, not a sender's outlet
			}
			continue
		}
		b := k + 1
		for b < end && p.isNameWord(b) {
			b++
		}
		if b == k+1 {
			return nil
		}
		r := p.interpret(k+1, b)
		if r == nil || r.kind != refName {
			return nil
		}
		si := p.first + p.sentenceOf(colon)
		ev := x.newEvent(event{p: q.startPara, v: colon, sent: si, subj: r, use: anyUse})
		x.resolveEvent(ev, si, p, colon)
		if ev.ent == nil || ev.ent.kind != "person" {
			return nil
		}
		return ev
	}
	return nil
}

// readOutVerbs end the who-clause of a read-out question besides the
// speech verbs: "who wonders:", "who wants to know:".
var readOutVerbs = set(`wonders know`)

// readOutLinks join a question's sender to their outlet or place: "<Name>
// of <Outlet>", "<Name> at <Outlet> in <City>", "<Name> from <Outlet>".
var readOutLinks = set(`of at in for with the and`)
