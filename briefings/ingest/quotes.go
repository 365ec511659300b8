package ingest

import (
	"slices"
	"strings"
	"unicode"
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
	// By 1 + quote index, as tokens number their quotes: a slice, not a
	// map, for the few dozen quotes of an article.
	sc := x.d.sc
	byQuote := zeroed(sc.byQuote, len(x.d.quotes)+1)
	sc.byQuote = byQuote
	for _, evs := range x.events {
		for _, ev := range evs {
			if ev.afterQuote > 0 && byQuote[ev.afterQuote] == nil {
				byQuote[ev.afterQuote] = ev
			}
		}
	}
	out := sc.found[:0] // the last draft's, which its Draft no longer reads
	if cap(out) < len(x.d.quotes) {
		out = make([]found, 0, len(x.d.quotes))
	}
	// The first few names and titles the marks held ("read “<Title>”
	// aloud"), by quote index: the same words in marks elsewhere in the
	// article ("her poem, “<Title>” (<gloss>),") are that title again,
	// not words said. On the stack: most articles have none.
	var titled [4]int
	nTitled := 0
	// The first few terms the marks held (termLikeQuote), by their words:
	// the same words in marks later, with no verb of saying of their own,
	// are the term again.
	var terms [4]string
	nTerms := 0
	for qi, q := range x.d.quotes {
		if q.text == "" {
			continue
		}
		f := found{q: q}
		direct := true
		readOut := x.readOutQuestion(q)
		switch {
		case readOut != nil:
			f.ev = readOut // a question the moderator reads out is its sender's
		case byQuote[qi+1] != nil:
			f.ev = byQuote[qi+1]
			if l := x.leftEvent(q); l != nil && x.introducedEnded(q, l) {
				// "… one of the captains said to me, '…?' I told him …":
				// the verb that opens the quote names its speaker; the
				// quote ends its sentence, and the next one's subject
				// answers it.
				f.ev = l
				break
			}
			if x.d.paras[f.ev.p].lw(f.ev.v) == "according" || f.ev.subj != nil && f.ev.subj.kind == refDoc {
				// "X said in a statement that it was '…', according to
				// broadcaster Y": Y relays what X said; so does a
				// document ("X claimed that the tests were '…', the
				// statement noted").
				if l := x.leftEvent(q); l != nil && l.ent != nil {
					f.ev = l
				}
			}
		case x.leftEvent(q) != nil:
			f.ev = x.leftEvent(q)
			if r := x.countrysReporter(f.ev); r != nil {
				f.ev = r
			}
		default:
			// A signature under the quote names its speaker over anything
			// above it ("Quotes from the partners:").
			if f.ev = x.signedBelow(q); f.ev == nil {
				f.ev = x.signedAfter(q)
			}
			if f.ev == nil {
				if f.ev = x.colonEvent(q); f.ev == nil {
					f.ev = x.verbInside(q)
				}
				if f.ev == nil {
					f.ev = x.accordingLater(q)
				}
				if f.ev == nil {
					f.ev = x.sharedLater(qi, byQuote)
				}
				if f.ev == nil {
					f.ev = x.viewpointFor(q)
				}
				if f.ev == nil {
					f.ev = x.coordinateVerb(q, out)
				}
				if f.ev == nil {
					f.ev = x.messageFrom(q)
				}
				if f.ev == nil {
					f.ev = x.ownersLine(q)
				}
				if f.ev == nil {
					if f.ev = x.labelAbove(q, out); f.ev != nil {
						f.how = "label"
					}
				}
				if f.ev == nil {
					if f.ev = x.namedNext(q); f.ev == nil {
						direct = false
						if f.ev, f.how = x.inherited(q); f.ev == nil {
							if f.ev = x.citedJudgment(q); f.ev != nil {
								f.how = "actor"
							} else if f.ev = x.fragmentBefore(q, out); f.ev != nil {
								f.how = "paragraph before"
							} else if f.ev = x.describedBefore(q); f.ev != nil {
								f.how = "paragraph before"
							}
						}
					}
				}
			}
		}
		if x.notAQuote(q, f.ev, direct) || namedByKind(x.d.paras[q.startPara], q) || namedBeforeKind(x.d.paras[q.startPara], q) {
			if nTitled < len(titled) && nameLikeQuote(q) {
				titled[nTitled] = qi
				nTitled++
			}
			if nTerms < len(terms) && termLikeQuote(q) {
				terms[nTerms] = q.text
				nTerms++
			}
			continue
		}
		if (f.ev == nil || !direct) && nTerms > 0 && termLikeQuote(q) && slices.Contains(terms[:nTerms], q.text) {
			continue // a term again, with no verb of its own: "under <Article>, “<offence>” carries …"
		}
		if x.pairedTerm(qi, f.ev, direct) || q.startPara < x.d.lead && (f.ev == nil || !direct) {
			continue // a standfirst's quote counts when the standfirst says who said it
		}
		if !direct && (pullQuote(q, out) || x.quotedHeading(q) || x.teaserQuote(qi) || f.ev == nil && echoedWords(q, out)) || x.crossHead(qi) || x.headlineTailQuote(qi) || q.endPara == q.startPara && (x.liveHeading(q.startPara) || x.relatedHeadline(q.startPara) || x.relatedInline(q.startPara)) {
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
		if f.ent == nil || f.ent.kind == "organisation" {
			if b := x.quoteNamesItsIssuer(q, &f); b != nil {
				f.ent = b
			}
			if b := x.describedClub(q, &f); b != nil {
				f.ent = b
			}
		}
		if b := x.firstOfTwoBodies(&f); b != nil {
			f.ent, f.how = b, "description"
		}
		if f.ent == nil && (f.ev == nil || f.ev.subj == nil || f.ev.subj.gender == plural || f.ev.subj.kind == refDoc) {
			// Words no one is named for, or a plural or a document as
			// their subject ("the two sides", "the statement"), on a
			// joint document's own page: the page's text (jointPageVoice).
			// One person unnamed ("the visiting minister") is left to the
			// chooser.
			if e := x.jointPageVoice(); e != nil {
				f.ent, f.how = e, "joint page"
			}
		}
		out = append(out, f)
	}
	if nTitled > 0 {
		kept := out[:0]
		for _, f := range out {
			if !x.titleAgain(f.q, titled[:nTitled]) {
				kept = append(kept, f)
			}
		}
		out = kept
	}
	out = dropRepeatedLead(out, x.d.lead)
	x.openingQuote(out)
	sc.found = out
	return out
}

// nameLikeQuote reports whether a quote reads as a name or a title: closed,
// in one paragraph, of up to eight words, opening on a capital and ending
// in no sentence's stop.
func nameLikeQuote(q *quoteSpan) bool {
	return q.closed && q.startPara == q.endPara && q.words <= 8 && unicode.IsUpper(firstRune(q.text)) &&
		!strings.ContainsAny(lastRune(q.text), ".?!…,")
}

// termLikeQuote reports whether a quote reads as a term: closed, in one
// paragraph, of two to eight words, opening in lower case and ending in
// no stop or comma ("charged with “<offence in the law's words>”"). Such
// words in marks again later ("under <Article>, “<offence>” carries …")
// are the term again (titleAgain); a single word ("yes") is too common
// to be read so.
func termLikeQuote(q *quoteSpan) bool {
	return q.closed && q.startPara == q.endPara && q.words >= 2 && q.words <= 8 && unicode.IsLower(firstRune(q.text)) &&
		!strings.ContainsAny(lastRune(q.text), ".?!…,")
}

// titleAgain reports whether quote q repeats, word for word, a name or a
// title the article holds in marks elsewhere and that is no quote there
// (titled, by quote index): "her poem, “<Title>” (<gloss>), …" beside
// "read “<Title>” aloud", "“<Name>” won" beside "a horse known as
// “<Name>”".
func (x *extractor) titleAgain(q *quoteSpan, titled []int) bool {
	if len(titled) == 0 || !nameLikeQuote(q) {
		return false
	}
	for _, qi := range titled {
		if strings.EqualFold(x.d.quotes[qi].text, q.text) {
			return true
		}
	}
	return false
}

// dropRepeatedLead drops a standfirst's quote that the story's body gives
// again, word for word and by the same speaker ("<Body> says there is a
// “…”" over the headline and in the text): a draft lists each quote once,
// and the body's telling is the one with its context. A standfirst's term
// in marks that no one is found to have said and that a body quote holds
// ("… <clause> a “<words>”" over a speaker's "…, <clause> a <words>") is
// the standfirst's echo of that quote, not a quote of its own.
func dropRepeatedLead(out []found, lead int) []found {
	if lead == 0 {
		return out
	}
	kept := out[:0]
	for i, f := range out {
		repeated := false
		for _, g := range out[i+1:] {
			if f.q.startPara < lead && g.q.startPara >= lead && (g.q.text == f.q.text && g.ent == f.ent || f.ent == nil && strings.Contains(g.q.text, f.q.text)) {
				repeated = true
				break
			}
		}
		if !repeated {
			kept = append(kept, f)
		}
	}
	return kept
}

// pullQuote reports whether a quote standing as a paragraph of its own,
// that nothing attributes, repeats words of a quote the story has already
// given: a page's pull quote, set in large type beside the text, which is
// no new quote.
func pullQuote(q *quoteSpan, before []found) bool {
	if q.startTok != 0 || q.endPara != q.startPara || q.words < 3 {
		return false
	}
	for i := range before {
		if o := before[i].q; o.startPara < q.startPara && strings.Contains(o.text, q.text) {
			return true
		}
	}
	return false
}

// teaserQuote reports whether quote qi, a paragraph of its own that no
// verb attributes, gives words (three or more) that a longer paragraph
// further down gives again: a sub-headline or a teaser set over the text
// in the speaker's words, as pullQuote's pull quote is set beside them,
// whether the story then quotes them in full or an interview's answer
// says them unquoted. The story's own telling, with its speaker, is what
// counts; the teaser repeats it.
func (x *extractor) teaserQuote(qi int) bool {
	q := x.d.quotes[qi]
	if q.startTok != 0 || q.endPara != q.startPara || !q.closed || q.words < 3 || !x.quoteOnly(q.startPara) {
		return false
	}
	if x.saidLater(qi) {
		return true
	}
	words := strings.TrimRight(q.text, ".!?,")
	for _, p := range x.d.paras[q.startPara+1:] {
		if len(p.text) > len(q.text)+8 && strings.Contains(p.text, words) {
			return true
		}
	}
	return false
}

// crossHead reports whether quote qi is a heading's: a paragraph that opens
// with a short quote, alone or before a colon and the heading's other
// words, with no full stop at its end, whose words a later quote of the
// story says ("'Tax on a day out'" over "This is a tax on a day out, …").
// A cross-head or a live blog's entry heading quotes the words the text
// under it gives their speaker; it is no quote of its own.
func (x *extractor) crossHead(qi int) bool {
	q := x.d.quotes[qi]
	if q.startTok != 0 || q.endPara != q.startPara || !q.closed || q.words > 8 || qi+1 >= len(x.d.quotes) {
		return false
	}
	p := x.d.paras[q.startPara]
	if n := len(p.toks); n == 0 || p.toks[n-1].kind == tEnd || q.endTok+1 < n && p.word(q.endTok+1) != ":" {
		return false
	}
	return x.saidLater(qi)
}

// saidLater reports whether a longer quote after quote qi holds its words:
// a heading's few quoted words that the story then quotes in full.
func (x *extractor) saidLater(qi int) bool {
	q := x.d.quotes[qi]
	words := strings.ToLower(strings.TrimRight(q.text, ".!?,"))
	for _, o := range x.d.quotes[qi+1:] {
		if o.words > q.words && strings.Contains(strings.ToLower(o.text), words) {
			return true
		}
	}
	return false
}

// liveHeading reports whether paragraph pi is a live page's entry
// heading: in headline form (short, no full stop at its end) right under
// the entry's time stamp ("<hh:mm>" over "<Speaker>: ‘<words>’", "<Body>
// urges: ‘<words>’"). It sums the entry up in a headline's words, quoting
// what the text under it gives its speaker in full or in other words; its
// quotation marks are the heading's, no quote of its own. (The list of
// key points a live page opens with is not read so: sets count a point's
// quote as its speaker's.)
func (x *extractor) liveHeading(pi int) bool {
	return pi > 0 && headlineLike(x.d.paras[pi]) && timeStampLine(x.d.paras[pi-1].text)
}

// timeStampLine reports whether a paragraph is only a clock time, perhaps
// with its zone ("09:45", "12:05 BST", "9.45am"): a live page's entry
// stamp.
func timeStampLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 16 {
		return false
	}
	m := clockTime.FindStringIndex(t)
	return m != nil && m[0] == 0 && stampTail(t[m[1]:])
}

// quotedHeading reports whether a quote nothing attributes is a
// sub-heading set in quotation marks: a paragraph of a short quote and
// nothing else, with no mark at its end (no full stop, question or
// exclamation mark, no comma), as features head a section with a phrase
// in quotes (“<A few words>”) whose words no one under it need say. A
// quote standing as a paragraph of its own that continues a speaker ends
// as a sentence does.
func (x *extractor) quotedHeading(q *quoteSpan) bool {
	if q.startTok != 0 || q.endPara != q.startPara || !q.closed || q.words > 8 || !x.quoteOnly(q.startPara) {
		return false
	}
	return !strings.ContainsAny(lastRune(strings.TrimRight(q.text, " ")), ".?!…,;:")
}

// openingQuote gives a feature's opening quote — the body's first
// paragraph, a quote and nothing else, that nothing attributes — to the
// first person the paragraphs after it name, when the next quote the
// article attributes is theirs too: features open on a voice and
// introduce it a paragraph or two on.
func (x *extractor) openingQuote(out []found) {
	if len(out) < 2 {
		return
	}
	f := &out[0]
	pi := f.q.startPara
	if f.ev != nil || pi != x.d.lead || !x.quoteOnly(pi) || f.q.endPara != pi {
		return
	}
	var first *entity
	for si, s := range x.d.sents {
		if s.p <= pi {
			continue
		}
		if s.p > pi+3 {
			break
		}
		p := x.d.paras[s.p]
		for i := s.a; i < s.b; i++ {
			if p.isWordAt(i) && crowdWords[p.lw(i)] {
				return // "The chant rang out as …": a crowd's words, no one's named
			}
		}
		for _, m := range x.mentions[si] {
			if m.e.kind == "person" && m.e.confirmed {
				first = m.e
				break
			}
		}
		if first != nil {
			break
		}
	}
	next := out[1]
	if first == nil || next.ent != first || next.q.startPara > pi+4 {
		return
	}
	f.ent, f.how = first, "named later"
}

// introducedEnded reports whether speech verb ev opens quote q ("said:",
// "said to me, “…”") and q ends its own sentence ("?", "!" or a full stop
// inside the marks) with a capital after the closing mark: the verb
// after the quote then begins a new sentence, about the quote, not its
// attribution.
func (x *extractor) introducedEnded(q *quoteSpan, ev *event) bool {
	if q.startPara != q.endPara || ev.p != q.startPara || q.endTok < 1 {
		return false
	}
	p := x.d.paras[q.startPara]
	k := ev.v + 1
	if l := p.lowerAt(k + 1); p.lowerAt(k) == "to" && (l == "me" || l == "us" || l == "him" || l == "her" || l == "them") {
		k += 2 // "said to me"
	}
	if k+1 != q.startTok || !p.isComma(k) && p.lowerAt(k) != ":" {
		return false
	}
	if l := p.lowerAt(q.endTok - 1); l != "?" && l != "!" && l != "." {
		return false
	}
	return q.endTok+1 < len(p.toks) && p.isWordAt(q.endTok+1) && p.toks[q.endTok+1].isCap(p.text)
}

// sentBy reads who wrote the message the colon sets out when the sentence
// says so with a pronoun of its own: "She showed us a message he had sent
// her the night before: “…”" — the words are the writer's, not the
// subject's who shows them. Nil when no message is followed by "he" or
// "she" and a verb of sending.
func (p *para) sentBy(from, colon int) *ref {
	for k := from + 1; k+2 < colon; k++ {
		if l := p.lw(k); !docNouns[l] && l != "message" || !p.isWordAt(k) {
			continue
		}
		i := k + 1
		if l := p.lowerAt(i); l == "that" || l == "which" {
			i++
		}
		g, ok := personalPronouns[p.lowerAt(i)]
		if !ok || g != male && g != female {
			return nil
		}
		v := i + 1
		if l := p.lowerAt(v); l == "had" || l == "has" {
			v++
		}
		if !sendVerbs[p.lowerAt(v)] {
			return nil
		}
		return &ref{kind: refPronoun, pronoun: p.lw(i), text: p.word(i), surface: p.word(i), gender: g}
	}
	return nil
}

// sendVerbs say who wrote a message: "a message he had sent her".
var sendVerbs = set(`sent wrote written posted texted left`)

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

// accordingLater attributes a quote that nothing beside it attributes to
// the source a later "…, according to X" of its sentence names: "They
// agreed to respond “firmly” to the launch, according to the ministry"
// — the source a sentence ends on vouches for all of it. Nil when another
// quote or a speech verb comes between.
func (x *extractor) accordingLater(q *quoteSpan) *event {
	if !q.closed {
		return nil
	}
	p := x.d.paras[q.endPara]
	end := p.sents[p.sentenceOf(q.endTok)].b
	for _, ev := range x.events[q.endPara] {
		if ev.v <= q.endTok {
			continue
		}
		if ev.v >= end || p.lw(ev.v) != "according" || ev.afterQuote != 0 || ev.ent == nil || !p.isComma(ev.v-1) {
			return nil // the first verb after the quote is not the sentence's closing source
		}
		for i := q.endTok + 1; i < ev.v; i++ {
			if p.toks[i].kind == tQuote {
				return nil
			}
		}
		return ev
	}
	return nil
}

// sharedLater attributes quote qi, that nothing beside it attributes, to
// the source of the next quote of its sentence when the two are one
// subject's words joined by "and" and the source closes the sentence
// after the second: "<Subject> “<words>” and “<words>”, <source> said",
// "<Subject> “<words>” and <verb>s that “<words>”, according to
// <source>". The closing source vouches for both. Nil when a capital, a
// speech verb's event, a new subject ("and the <others>", "and they") or
// more than a few words stand between the quotes.
func (x *extractor) sharedLater(qi int, byQuote []*event) *event {
	q := x.d.quotes[qi]
	if !q.closed || q.startPara != q.endPara || qi+1 >= len(x.d.quotes) {
		return nil
	}
	q2 := x.d.quotes[qi+1]
	if !q2.closed || q2.startPara != q.endPara || q2.endPara != q2.startPara {
		return nil
	}
	p := x.d.paras[q.endPara]
	if p.sentenceOf(q.endTok) != p.sentenceOf(q2.startTok) {
		return nil
	}
	and, words := false, 0
	for i := q.endTok + 1; i < q2.startTok; i++ {
		switch {
		case p.isComma(i):
		case !p.isWordAt(i) || p.toks[i].isCap(p.text):
			return nil
		case p.lw(i) == "and" && !and && words == 0:
			and = true
		case and && words < 3 && (p.lw(i) == "that" || p.toks[i].class&(cDet|cPronoun) == 0):
			words++ // "and <verb>s that": not "and the <others>", a subject of their own
		default:
			return nil
		}
	}
	if !and {
		return nil
	}
	for _, ev := range x.events[q.endPara] {
		if ev.v > q.endTok && ev.v < q2.startTok {
			return nil
		}
	}
	ev := byQuote[qi+2]
	if ev == nil || ev.p != q2.endPara || ev.v <= q2.endTok || p.sentenceOf(ev.v) != p.sentenceOf(q2.endTok) {
		ev = x.accordingLater(q2)
	}
	if ev == nil || ev.ent == nil {
		return nil
	}
	return ev
}

// viewpointFor attributes a quote that nothing beside it attributes to
// the one whose view its sentence opens by naming: "For the <Court>, the
// <claim> was <adjective> because … “…”", "For the <title> of the <Body>,
// <Name>, the campaign is “…”". "For <someone>," is "in <someone>'s
// view", as "according to" is for a source; the sentence states their
// view, in their words. The phrase runs to its comma (with a name set
// off after it, the name's), must name a person, a body or a role (not a
// time — "For years," — nor a group), and no verb of saying may stand
// in the sentence before the quote. Nil otherwise.
func (x *extractor) viewpointFor(q *quoteSpan) *event {
	p := x.d.paras[q.startPara]
	s := p.sents[p.sentenceOf(q.startTok)]
	if p.lowerAt(s.a) != "for" || q.startTok-s.a < 4 {
		return nil
	}
	c := s.a + 1
	for c < q.startTok && c <= s.a+16 && !p.isComma(c) {
		if p.toks[c].q != 0 || p.toks[c].kind == tEnd {
			return nil
		}
		c++
	}
	if c >= q.startTok || !p.isComma(c) || c == s.a+1 {
		return nil
	}
	for _, ev := range x.events[q.startPara] {
		if ev.v >= s.a && ev.v < q.startTok {
			return nil
		}
	}
	r := p.interpret(s.a+1, c)
	if aa, ab, ok := p.appositiveAfter(c, q.startTok); ok && r != nil {
		r = p.applyAppositive(r, aa, ab)
	}
	if r == nil || r.kind != refName && r.kind != refOrg && r.kind != refOrgDesc && r.kind != refRole {
		return nil
	}
	si := x.d.chSentOf(q.startPara, q.startTok)
	ev := x.newEvent(event{p: q.startPara, v: s.a, sent: si, use: quoteOnly, subj: r})
	x.resolveEvent(ev, si, p, s.a)
	if ev.ent == nil {
		return nil
	}
	return ev
}

// coordinateVerb attributes a quote that nothing beside it attributes to
// the speaker of an earlier quote of its sentence when a verb joined by
// "and", with no subject of its own, opens the clause that holds it: "the
// Commission also “calls on …” to …, and commits the sides to … “…”". A
// statement's summary strings its points so, one subject for all. Nil
// when another quote, a capital or a speech verb's event comes between.
func (x *extractor) coordinateVerb(q *quoteSpan, out []found) *event {
	if len(out) == 0 {
		return nil
	}
	prev := out[len(out)-1]
	if prev.ev == nil || prev.ent == nil || prev.q.endPara != q.startPara || prev.q.startPara != q.startPara {
		return nil
	}
	p := x.d.paras[q.startPara]
	if p.sentenceOf(prev.q.endTok) != p.sentenceOf(q.startTok) {
		return nil
	}
	if p.quotesJoinedByAnd(prev.q, q) {
		// "<Body> “<verb>s …” and “<verb>s …”": the second quote goes on
		// the first one's clause, its own verb inside the marks.
		return prev.ev
	}
	and := -1
	for i := prev.q.endTok + 1; i < q.startTok; i++ {
		if p.toks[i].kind == tQuote || p.toks[i].kind == tEnd {
			return nil
		}
		if p.isWordAt(i) && p.lw(i) == "and" && p.isWordAt(i+1) {
			and = i
		}
	}
	if and < 0 {
		return nil
	}
	w := p.lw(and + 1)
	if p.toks[and+1].isCap(p.text) || p.toks[and+1].class&(cFunction|cDet|cPrep|cPronoun) != 0 || !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") {
		return nil // "and the ministry …", "and its …": a new subject
	}
	for i := and + 2; i < q.startTok; i++ {
		if p.isNameWord(i) {
			return nil
		}
	}
	for _, ev := range x.events[q.startPara] {
		if ev.v > prev.q.endTok && ev.v < q.startTok {
			return nil
		}
	}
	return prev.ev
}

// quotesJoinedByAnd reports whether quote b follows quote a with nothing
// but "and" (perhaps after a comma) between their marks and opens on a word
// in lower case longer than a term's few words: "“<verb>s …” and “<verb>s
// …”", a summary's points strung on one subject. Short phrases so paired
// are pairedTerm's terms.
func (p *para) quotesJoinedByAnd(a, b *quoteSpan) bool {
	if b.words <= 5 || !unicode.IsLower(firstRune(b.text)) {
		return false
	}
	and := false
	for i := a.endTok + 1; i < b.startTok; i++ {
		switch {
		case p.toks[i].kind == tQuote:
		case p.isComma(i):
		case p.isWordAt(i) && p.lw(i) == "and" && !and:
			and = true
		default:
			return false
		}
	}
	return and
}

// messageFrom attributes a quote in the clause of a sentence that opens
// on what a body or person conveyed, "from" them, and what it "was": "The
// advice from the <Body> to Cabinet was that the cut could cost "…"", "The
// message from the bank is that …". The words are the sender's. Nil when
// the sentence opens otherwise, names no one after "from", or a speech
// verb of its own stands before the quote.
func (x *extractor) messageFrom(q *quoteSpan) *event {
	p := x.d.paras[q.startPara]
	k := p.sentenceOf(q.startTok)
	a := p.sents[k].a
	if p.lowerAt(a) == "but" || p.lowerAt(a) == "and" {
		a++
	}
	if p.lowerAt(a) != "the" || !messageNouns[p.lowerAt(a+1)] || p.lowerAt(a+2) != "from" {
		return nil
	}
	from := a + 3
	end := from
	for end < q.startTok && end < from+12 && p.isWordAt(end) && !(p.lw(end) == "to" || p.inList(end, cBeForm)) {
		end++
	}
	i := end
	if p.lowerAt(i) == "to" {
		for i < q.startTok && i < end+8 && p.isWordAt(i) && !p.inList(i, cBeForm) {
			i++
		}
	}
	if !p.inList(i, cBeForm) || p.lowerAt(i+1) != "that" && !(p.lowerAt(i+1) == "clear" && p.lowerAt(i+2) == "that") {
		return nil
	}
	for _, ev := range x.events[q.startPara] {
		if ev.v > a && ev.v < q.startTok {
			return nil
		}
	}
	r := p.interpret(from, end)
	if r == nil || r.kind != refOrg && r.kind != refOrgDesc && r.kind != refName {
		return nil
	}
	si := p.first + k
	ev := x.newEvent(event{p: q.startPara, v: i, sent: si, subj: r, use: quoteOnly})
	x.resolveEvent(ev, si, p, from)
	if ev.ent == nil {
		return nil
	}
	return ev
}

// messageNouns name what a sender conveys, whose content "was that …".
var messageNouns = set(`advice message word warning answer reply response position verdict`)

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
	if x.headingOnly(p, s.a, colon) {
		return nil // "Quotes:", "Background:": a heading, not a sentence
	}
	from := p.afterSalutation(s.a, colon) // "Sir, — I <verb> …:": the letter's writer, not "Sir"
	if p.lowerAt(from) == "in" && p.lowerAt(from+1) == "the" && p.lowerAt(from+2) == "words" && p.lowerAt(from+3) == "of" {
		from += 4 // "In the words of X, a <description>:": X is who speaks
	}
	subj := x.clauseSubject(p, from, colon)
	for k := from; k+2 < colon; k++ {
		if l := p.lw(k); (docNouns[l] || l == "message") && p.lowerAt(k+1) == "from" && p.isWordAt(k+2) {
			// "X read a statement from Y, who could not attend:": the
			// words are Y's, whom X read them for.
			if a, b := p.npRight(k+2, colon); b > a {
				if r := p.interpret(a, b); r != nil && (r.kind == refName || r.kind == refOrg) {
					subj = r
				}
			}
			break
		}
		if l := p.lw(k); quoteNouns[l] && l != "quote" && l != "quotes" && p.lowerAt(k+1) == "of" && p.isWordAt(k+2) && p.toks[k+2].isCap(p.text) {
			// "I <verb> the words of <Title> <Name> in <occasion> …:":
			// the words set out are the named one's, not the
			// clause's subject's, who only heard or read them.
			if a, b := p.npRight(k+2, colon); b > a && !p.subjectPronounIn(b, colon) {
				if r := p.interpret(a, b); r != nil && r.kind == refName {
					subj = r
				}
			}
			break
		}
	}
	if r := x.quotesOf(p, from, colon); r != nil {
		subj = r
	}
	if r := p.leadInSpeaker(from, colon); r != nil {
		subj = r
	}
	if r := p.sentBy(from, colon); r != nil {
		subj = r
	}
	if subj == nil || subj.kind == refSomeone {
		return nil
	}
	si := p.first + p.sentenceOf(colon)
	ev := x.newEvent(event{p: pi, v: colon, sent: si, subj: subj, use: anyUse})
	if tok := x.jointDocIn(si); tok >= 0 && tok < colon && x.jointBody(si) == nil {
		// "<Credit> – The Governments of <A> and <B> issued the following
		// joint statement …:": the words set out below are the joint
		// document's, which speaks for its first-named party, not for
		// whoever the clause's first words name.
		if e := x.openingPair(si, tok); e != nil {
			ev.ent = e
			return ev
		}
	}
	x.resolveEvent(ev, si, p, colon)
	if ev.ent == nil {
		return nil
	}
	return ev
}

// describedBefore attributes a paragraph that is only a quote, with no
// attribution of its own, to the one person the paragraph before is about
// when that paragraph reports no speech: a feature introduces its subject
// ("His name is <Name>, and he …", "<Name>, a <description>, stands …")
// and lets the quote that follows stand on its own. Nil when the
// paragraph before names no person or more than one, or quotes anyone (a
// short name in marks, as a nickname, quotes no one).
func (x *extractor) describedBefore(q *quoteSpan) *event {
	pi := q.startPara - 1
	if q.startTok != 0 || pi <= x.d.lead || !x.quoteOnly(q.startPara) {
		return nil
	}
	p := x.d.paras[pi]
	if p.quotes() && !x.onlyNamesInMarks(p) {
		return nil // words in marks of its own: whoever they are is no guide
	}
	for _, ev := range x.events[pi] {
		if ev.p != pi || ev.v+1 >= len(p.toks) || p.toks[ev.v+1].kind != tQuote {
			return nil // speech reported: the paragraph is not only about who they are
		}
		// "a man everyone calls “<Nick>”": a verb naming what someone is
		// called, not a report of speech.
	}
	var who *entity
	at, si := -1, -1
	for j, st := range p.sents {
		s := p.first + j
		if who == nil && p.isWordAt(st.a) && (p.lw(st.a) == "he" || p.lw(st.a) == "she" || p.lw(st.a) == "they") {
			// "He <verb>ed <Name>, whose …": the sentences are about
			// someone named before, the one they name is only their
			// object.
			return nil
		}
		if s >= len(x.mentions) {
			break
		}
		for _, m := range x.mentions[s] {
			if m.e.kind != "person" || p.toks[m.tok].q != 0 {
				continue
			}
			if who != nil && who != m.e {
				return nil
			}
			who, at, si = m.e, m.tok, s
		}
	}
	if who == nil || who.gender == unknownGender {
		return nil // a name whose gender no word gives may be no person's
	}
	ev := x.newEvent(event{p: pi, v: at, sent: si, use: quoteOnly})
	ev.ent = x.fullNameOf(who)
	return ev
}

// onlyNamesInMarks reports whether every quote in paragraph p is a short
// name in marks — a nickname ("a man everyone calls “<Nick>”"), a
// ranking's or a boat's name — of at most three words opening on a
// capital: marks that set off what a thing is called, not anyone's words.
func (x *extractor) onlyNamesInMarks(p *para) bool {
	for i := range p.toks {
		qi := int(p.toks[i].q)
		if qi == 0 || qi > len(x.d.quotes) {
			continue
		}
		q := x.d.quotes[qi-1]
		if !q.closed || q.startPara != q.endPara || q.words > 3 || !unicode.IsUpper(firstRune(q.text)) {
			return false
		}
	}
	return true
}

// putItVerbs say how someone worded what they said, after "Here is how
// <someone>": "put it", "described it", "summed it up".
var putItVerbs = set(`put puts described describes explained explains summed sums`)

// leadInSpeaker reads a lead-in that points to the one whose words follow
// the colon without a verb of saying of its own: "Here's how <she|Name>
// put it:", "Here is how <Name> described it:", or the person's answer
// alone, "<His|Her> answer:". It returns who the lead-in names, a pronoun
// for the possessive; nil when the words [a, colon) are otherwise.
func (p *para) leadInSpeaker(a, colon int) *ref {
	if colon == a+2 && p.isWordAt(a) && messageNouns[p.lowerAt(a+1)] {
		w := p.lowerAt(a)
		if g, ok := personalPronouns[w]; ok && (w == "his" || w == "her") {
			r := p.sc.newRef()
			r.kind, r.gender, r.surface = refPronoun, g, p.word(a)
			r.pronoun, r.text = "he", "he"
			if g == female {
				r.pronoun, r.text = "she", "she"
			}
			return r
		}
		return nil
	}
	k := a
	if w := p.lowerAt(k); w == "here's" || w == "here’s" {
		k++
	} else if w == "here" {
		k++
		if w := p.lowerAt(k); w == "is" || w == "'s" || w == "’s" {
			k++
		} else {
			return nil
		}
	} else {
		return nil
	}
	if p.lowerAt(k) != "how" {
		return nil
	}
	k++
	end := k
	switch {
	case p.lowerAt(k) == "he" || p.lowerAt(k) == "she":
		end = k + 1
	case p.isNameWord(k):
		end = p.chunkEnd(k, colon)
	default:
		return nil
	}
	if end <= k || end+1 >= colon || !putItVerbs[p.lowerAt(end)] || p.lowerAt(end+1) != "it" {
		return nil
	}
	return p.interpret(k, end)
}

// quoteNouns name the words a heading sets out, whose speaker the heading
// names after "attributable to", "from" or "by".
var quoteNouns = set(`quote quotes comment comments remark remarks words`)

// quotesOf reads a heading over quoted paragraphs that names whose words
// they are — "Quotes attributable to <title>, <name>:", "Comments from
// <name>:", "Remarks by the <title>:" — and returns who the heading names;
// nil when the words [a, colon) open otherwise.
func (x *extractor) quotesOf(p *para, a, colon int) *ref {
	k := a
	for k < colon && k < a+3 && p.isWordAt(k) && !quoteNouns[p.lw(k)] {
		k++ // "Additional quotes", "Further comments"
	}
	if k >= colon || !quoteNouns[p.lw(k)] {
		return nil
	}
	k++
	switch p.lowerAt(k) {
	case "attributable", "attributed":
		if p.lowerAt(k+1) != "to" {
			return nil
		}
		k += 2
	case "from", "by":
		k++
	default:
		return nil
	}
	if k >= colon || !p.isWordAt(k) {
		return nil
	}
	// "<title>, <name>": the name after the last comma is who speaks,
	// after a Commonwealth minister's style ("Senator the Hon", "the Rt
	// Hon").
	for c := colon - 1; c > k; c-- {
		if p.isComma(c) {
			if r := p.interpret(styleEnd(p, c+1, colon), colon); r != nil && r.kind == refName {
				return r
			}
			break
		}
	}
	if r := p.interpret(styleEnd(p, k, colon), colon); r != nil && r.kind != refSomeone {
		return r
	}
	return nil
}

// styleEnd returns where a name starts after the style that may open it
// in a release's heading or signature — "the Hon", "the Rt Hon", "Senator
// the Honourable" — or a when no such style opens [a, b).
func styleEnd(p *para, a, b int) int {
	for i := a; i < b && i < a+3; i++ {
		if p.lowerAt(i) != "the" {
			continue
		}
		j := i + 1
		if w := p.lowerAt(j); w == "rt" || w == "rt." || w == "right" {
			j++
		}
		switch p.lowerAt(j) {
		case "hon", "hon.", "honourable", "honorable":
			if j+1 < b && p.isNameWord(j+1) {
				return j + 1
			}
		}
		return a
	}
	return a
}

// verbInside attributes a quote that opens with its own verb right after
// the sentence's subject, as readouts and conclusions are quoted: "In its
// statement, the board “urges the government to …”", "the
// Minister “welcomed the progress …”". The subject is a body or a
// named person, and the quote's first word a verb in lower case (-s or
// -ed); nil otherwise.
func (x *extractor) verbInside(q *quoteSpan) *event {
	p := x.d.paras[q.startPara]
	if q.startTok == 0 || !p.isWordAt(q.startTok-1) {
		return nil
	}
	first, _, _ := strings.Cut(q.text, " ")
	if first == "" || !(first[0] >= 'a' && first[0] <= 'z') || !strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ed") || len(first) < 4 {
		return nil
	}
	k := p.sentenceOf(q.startTok)
	lo := p.sents[k].a
	end := q.startTok - 1
	for end > lo && p.isWordAt(end) && quoteVerbAdverbs[p.lw(end)] {
		end-- // "the Commission also “calls on …”"
	}
	a := p.npLeft(end, lo)
	if a < 0 || a != lo && !p.isComma(a-1) {
		return nil // the subject opens the sentence or follows an opening phrase
	}
	subj := p.interpret(a, end+1)
	si := p.first + k
	if subj == nil || subj.kind != refOrg && subj.kind != refOrgDesc && subj.kind != refName && !(subj.kind == refRole && subj.det == "the") &&
		!(subj.kind == refSomeone && x.meetingSides(subj, si)) { // "In the joint statement, the Ministers “welcomed …”"
		return nil
	}
	ev := x.newEvent(event{p: q.startPara, v: q.startTok - 1, sent: si, subj: subj, use: quoteOnly})
	x.resolveEvent(ev, si, p, a)
	if ev.ent == nil {
		return nil
	}
	return ev
}

// quoteVerbAdverbs may stand between a subject and the quote that opens
// with its verb: "the board also “urges …”", "the Council further “notes
// …”", as a statement's summary adds one point to the last.
var quoteVerbAdverbs = set(`also further again furthermore likewise similarly`)

// namedNext attributes a quote that stands first, with its speaker named
// only in the sentence right after it: "'…' That was X, chairman of …",
// "'…' That's X, who …", "'…' That was how X described …". Nil when the
// next sentence opens otherwise or names no one.
func (x *extractor) namedNext(q *quoteSpan) *event {
	pi, i := q.endPara, q.endTok+1
	if i >= len(x.d.paras[pi].toks) {
		if q.startTok != 0 || pi+1 >= len(x.d.paras) {
			return nil // only a quote standing as its own paragraph runs on to the next
		}
		pi, i = pi+1, 0
	}
	p := x.d.paras[pi]
	if p.sents[p.sentenceOf(i)].a != i {
		return nil
	}
	switch w := p.lowerAt(i); {
	case w == "that's" || w == "that’s":
		i++
	case w == "that" && (p.lowerAt(i+1) == "was" || p.lowerAt(i+1) == "is"):
		i += 2
	default:
		return nil
	}
	how := p.lowerAt(i) == "how"
	if how {
		i++
	}
	k := p.sentenceOf(i)
	end := p.sents[k].b
	if how {
		// "how X described it", "how X summed up": the name ends at the
		// verb, a lower-case word after a name word.
		v, named := i, false
		for v < end && !(named && p.isWordAt(v) && !p.toks[v].isCap(p.text)) {
			named = named || p.isNameWord(v)
			v++
		}
		if v == end {
			return nil
		}
		end = v
	}
	subj := x.clauseSubject(p, i, end)
	if subj == nil || subj.kind != refName {
		return nil
	}
	si := p.first + k
	ev := x.newEvent(event{p: pi, v: i, sent: si, subj: subj, use: anyUse})
	x.resolveEvent(ev, si, p, i)
	if ev.ent == nil || ev.ent.kind != "person" {
		return nil
	}
	return ev
}

// citedJudgment attributes a quote cited by the paragraph of a judgment
// it comes from ("…" [para 41]), as a court's summary of a judgment
// quotes it: the judge whom the paragraph, or one of the three before it,
// opens on as the subject ("Lady X accepts the appellant's argument.") gives
// the judgment quoted. Nil when no such reference or judge is found.
func (x *extractor) citedJudgment(q *quoteSpan) *event {
	ep := x.d.paras[q.endPara]
	n := q.endTok + 1
	if ep.lowerAt(n) != "[" && ep.lowerAt(n) != "(" {
		return nil
	}
	if w := ep.lowerAt(n + 1); w != "para" && w != "paras" && w != "paragraph" && w != "paragraphs" && w != "at" {
		return nil
	}
	for pi := q.startPara; pi >= 0 && q.startPara-pi <= 3; pi-- {
		if len(x.d.paras[pi].sents) == 0 {
			continue
		}
		if ev := x.actor(pi, 0); ev != nil {
			return ev
		}
	}
	return nil
}

// countrysReporter returns the speech of a person that reports ev's,
// when ev's speaker is a country: "<Spokesperson> said <Country> <verb>
// … and <verb> “…”". A country utters no words; those in the marks are
// the ones of the person who said what it asked for. Nil otherwise.
func (x *extractor) countrysReporter(ev *event) *event {
	if ev == nil || ev.ent == nil || ev.ent.kind != "place" {
		return nil
	}
	if ev.subj == nil || ev.subj.surface == "" {
		return nil
	}
	p := x.d.paras[ev.p]
	for _, o := range x.events[ev.p] {
		if o == ev || o.sent != ev.sent || o.v >= ev.v || o.ent == nil || o.ent.kind != "person" || p.lw(o.v) != "said" {
			continue
		}
		// The country opens what was said: "said <Country> …", "said
		// that <Country> …", not a clause of its own further on.
		k := o.v + 1
		if p.lowerAt(k) == "that" {
			k++
		}
		if p.isWordAt(k) && strings.HasPrefix(ev.subj.surface, p.word(k)) {
			return o
		}
	}
	return nil
}

// headingOnly reports whether the words [a, b) before a colon are a
// heading of three words or fewer with no verb in lower case.
func (x *extractor) headingOnly(p *para, a, b int) bool {
	if b-a > 3 {
		return false
	}
	for i := a; i < b; i++ {
		if p.isWordAt(i) && !p.toks[i].isCap(p.text) {
			return false
		}
	}
	return true
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
	if ev := x.label(q.startPara); ev != nil && ev.v < q.startTok {
		return ev, "continues"
	}
	p := x.d.paras[q.startPara]
	if c := q.startTok - 1; c > 0 && c <= 8 && p.lw(c) == ":" && opensWithLabel(p.text) {
		// "<Title>: “<words>”": a transcript's answer under its title
		// alone, the speaker introduced with the title before.
		if e := x.titledLabel(q.startPara); e != nil {
			if r := p.interpret(0, c); r != nil {
				ev := x.newEvent(event{p: q.startPara, v: c, sent: p.first, subj: r, use: anyUse})
				ev.ent = e
				return ev, "continues"
			}
		}
	}
	if k := p.sentenceOf(q.startTok); k > 0 && q.startTok == p.sents[k].a && !docTail(p, q) {
		if ev := x.actor(q.startPara, k-1); ev != nil {
			return ev, "actor"
		}
		if ev := x.gestureAfterAsking(q, k); ev != nil {
			return ev, "actor"
		}
	}
	if k := p.sentenceOf(q.startTok); k == 1 && q.startTok == p.sents[1].a && q.startPara > x.d.lead {
		// "The idea came from her grandmother. “…”": a feature's
		// sentence about the person who spoke at the end of the
		// paragraph before, named only by "her" or "his", then their
		// words.
		if ev := x.aboutLastSpeaker(q.startPara); ev != nil {
			return ev, "paragraph before"
		}
	}
	if q.startTok == 1 && q.startPara > x.d.lead && turnDash(p.word(0)) {
		// "– “<Answer>”": a Q&A that leads each turn with a dash, the
		// answers in marks, is read as one with no dashes.
		if ev := x.dashedAnswer(q); ev != nil {
			return ev, "paragraph before"
		}
	}
	if q.startTok == 2 && q.startPara > x.d.lead && q.endTok+1 >= len(x.d.paras[q.endPara].toks) {
		// "A: “<Answer>”" under "Q: <Question>": an interview that
		// labels its turns with letters, the answer in marks, is
		// whoever the interview is with (labelledAnswerer).
		if e := x.labelledAnswerer(q.startPara); e != nil {
			ev := x.newEvent(event{p: q.startPara, v: 0, sent: p.first, use: quoteOnly})
			ev.ent = e
			return ev, "paragraph before"
		}
	}
	if ev := x.ownWordsInTurn(q); ev != nil {
		return ev, "continues"
	}
	if q.startTok != 0 || q.startPara <= x.d.lead {
		return nil, ""
	}
	if x.d.paras[q.startPara-1].asks() && q.endTok+1 >= len(x.d.paras[q.endPara].toks) {
		// A Q&A that sets out its questions unmarked and its answers
		// in quotation marks, with no verb: the answer under a question,
		// the whole paragraph in marks, is whoever the interview asks
		// (interviewAnswerer). An answer that opens on a title in marks
		// ("“<Song>.” I tried …") quotes no one.
		if e := x.interviewAnswerer(p.first); e != nil {
			ev := x.newEvent(event{p: q.startPara, v: 0, sent: p.first, use: quoteOnly})
			ev.ent = e
			return ev, "paragraph before"
		}
	}
	if ev := x.docHeading(q.startPara - 1); ev != nil {
		return ev, "continues"
	}
	if q.endTok+1 >= len(x.d.paras[q.endPara].toks) {
		if ev := x.transcriptAnswer(q.startPara); ev != nil {
			return ev, "paragraph before"
		}
	}
	prev := x.d.paras[q.startPara-1]
	evs = x.events[q.startPara-1]
	if len(evs) == 0 && x.quoteOnly(q.startPara-1) {
		// Quotes set out one paragraph each, the first attributed at its
		// end or by the paragraph before it and the rest with nothing of
		// their own, go on in the same voice.
		// A quote run over paragraphs counts too when it opens its first
		// one: "X issued the following statement:" above a statement set
		// out in several quotes, the first of them running on.
		if pq := x.d.quotes[prev.toks[0].q-1]; pq.endPara == q.startPara-1 && (pq.endPara == pq.startPara || pq.startTok == 0) {
			if ev := x.colonEvent(pq); ev != nil {
				return ev, "paragraph before"
			}
			if ev, how := x.inherited(pq); ev != nil && how == "paragraph before" {
				return ev, how
			}
		}
	}
	if len(evs) == 0 && len(prev.sents) > 0 && !prev.quotes() && !docTail(p, q) {
		if ev := x.actor(q.startPara-1, len(prev.sents)-1); ev != nil {
			return ev, "actor"
		}
		if ev := x.profiledActor(q.startPara - 1); ev != nil {
			return ev, "actor"
		}
	}
	if len(evs) == 0 || len(prev.sents) == 0 {
		return nil, ""
	}
	last := evs[len(evs)-1]
	if last.v < prev.sents[len(prev.sents)-1].a && !x.glossAfter(q.startPara-1, last) && !prev.onlyQuotesAfter(last.v) {
		return nil, "" // the paragraph before ends with something else
	}
	return last, "paragraph before"
}

// ownWordsInTurn reads a quote a transcript's speaker sets in marks
// inside their own labelled turn, with no verb of saying: a whole
// sentence in marks after another sentence of the turn ("<LABEL>: Good
// morning. “<Sentence>.”"), or after the speaker's own "I … :" ("I want
// to be very clear: “<Sentence>.”") in a paragraph that goes on with the
// turn. Nothing else in the copy attributes it, and the turn's "I" is
// its speaker, so the words are theirs, as "As I said, “…”" is. Nil
// when the quote does not close its sentence, or no labelled turn holds
// its paragraph.
func (x *extractor) ownWordsInTurn(q *quoteSpan) *event {
	if q.startPara != q.endPara || !q.closed || q.startPara < x.d.lead || q.startTok == 0 {
		return nil
	}
	p := x.d.paras[q.startPara]
	k := p.sentenceOf(q.startTok)
	if k >= len(p.sents) || q.endTok+1 < len(p.toks) && p.toks[q.endTok+1].kind != tEnd && q.endTok+1 != p.sents[k].b {
		return nil
	}
	if e := q.endTok - 1; e <= q.startTok || p.toks[e].kind != tEnd {
		return nil // a phrase in marks, not a sentence said
	}
	a := p.sents[k].a
	switch {
	case q.startTok == a && k > 0:
	case p.lw(q.startTok-1) == ":" && p.lw(a) == "i" && q.startTok-1-a <= 8:
	default:
		return nil
	}
	if k == 0 && (q.startPara == 0 || !opensWithLabel(x.d.paras[q.startPara-1].text)) {
		// "I …: “…”" opening a paragraph: only one straight under the
		// label's own paragraph goes on with the turn (the body's first
		// paragraph has none above it).
		if !opensWithLabel(p.text) {
			return nil
		}
	}
	si := p.first + k
	e := x.turnSpeaker(si)
	if e == nil {
		e = x.labelTail(q.startPara)
	}
	if e == nil || e.kind != "person" {
		return nil
	}
	ev := x.newEvent(event{p: q.startPara, v: a, sent: si, use: anyUse})
	ev.ent = e
	return ev
}

// labelTail returns the person a turn's label names at its end, the
// label's paragraph found as turnSpeaker walks back to it: a briefing
// labels a turn with its speaker's body, title and courtesy titles before
// the name ("<ACR> DIRECTOR CAPTAIN <GIVEN> <SURNAME>:", "HON.
// <SURNAME>:"), which label and turnSpeaker, reading the label whole, do
// not resolve. The words after the label's last title word, read as a
// name and resolved as a subject is (a surname goes to the one named in
// full before, a name printed only in capitals is taken as it stands).
// Nil when no such words name a person.
func (x *extractor) labelTail(pi int) *entity {
	for k := pi; k >= x.d.lead && pi-k <= 4; k-- {
		p := x.d.paras[k]
		if !opensWithLabel(p.text) {
			continue
		}
		c, a := 0, 0
		for c < len(p.toks) && c < 10 && (p.isWordAt(c) || p.lw(c) == ".") {
			if p.isRoleAt(c) || p.lw(c) == "." {
				a = c + 1
			}
			c++
		}
		if a >= c || c >= len(p.toks) || p.lw(c) != ":" {
			return nil
		}
		r := p.interpret(a, c)
		if r == nil || r.kind != refName {
			return nil
		}
		ev := x.newEvent(event{p: k, v: a, sent: p.first, subj: r, use: anyUse})
		x.resolveEvent(ev, p.first, p, a)
		if ev.ent == nil || ev.ent.kind != "person" {
			return nil
		}
		return ev.ent
	}
	return nil
}

// docTail reports whether a quote is followed in its paragraph by the
// document it is read from, "“…,” the <message|letter> read": whoever the
// sentence before describes only read it out, so the words are the
// document's writer's, not that actor's.
func docTail(p *para, q *quoteSpan) bool {
	if q.endPara != q.startPara {
		return false
	}
	i := q.endTok + 1
	if p.isComma(i) {
		i++
	}
	if w := p.lowerAt(i); w != "the" && w != "his" && w != "her" && w != "their" && w != "its" {
		return false
	}
	w := p.lowerAt(i + 1)
	return docNouns[w] || messageNouns[w]
}

// transcriptAnswer returns who answers in a press conference's digest: a
// paragraph that is only a quote, under topic headings ("On <topic>"),
// question lines ("Q: …?") and other answers with no attribution of their
// own, all after a paragraph closing on "Here is what <he|Name> said".
// Any paragraph with a speech of its own, or any other paragraph, ends
// the run, so a new speaker is never carried over. Nil otherwise.
func (x *extractor) transcriptAnswer(pi int) *event {
	for k := pi - 1; k >= x.d.lead && k >= pi-40; k-- {
		p := x.d.paras[k]
		if len(p.toks) == 0 {
			return nil
		}
		if len(x.events[k]) == 0 && (p.asks() || x.quoteOnly(k) || p.topicHeading()) {
			continue
		}
		return x.hereIsWhatSaid(k)
	}
	return nil
}

// topicHeading reports whether a paragraph is a short heading: a few
// words, no quotation mark and no closing stop.
func (p *para) topicHeading() bool {
	n := len(p.toks)
	if n == 0 || n > 10 || p.toks[n-1].kind == tEnd {
		return false
	}
	for i := range p.toks {
		if p.toks[i].kind == tQuote {
			return false
		}
	}
	return true
}

// hereIsWhatSaid returns the speaker a paragraph's last sentence introduces
// a transcript with: "Here is what he said.", "Here's what <Name> had to
// say:". Nil when the sentence is otherwise.
func (x *extractor) hereIsWhatSaid(pi int) *event {
	p := x.d.paras[pi]
	if len(p.sents) == 0 {
		return nil
	}
	k := len(p.sents) - 1
	s := p.sents[k]
	a := s.a
	if p.lowerAt(a) != "here" && p.lowerAt(a) != "here's" {
		return nil
	}
	a++
	if w := p.lowerAt(a); w == "is" || w == "'s" || w == "’s" || w == "are" {
		a++
	}
	if p.lowerAt(a) != "what" {
		return nil
	}
	a++
	end := a
	switch {
	case p.lowerAt(a) == "he" || p.lowerAt(a) == "she":
		end = a + 1
	case p.isNameWord(a):
		end = p.chunkEnd(a, s.b)
	default:
		return nil
	}
	if v := p.lowerAt(end); v != "said" && v != "had" && v != "told" && v != "says" && v != "has" {
		return nil
	}
	ev := x.newEvent(event{p: pi, v: a, sent: p.first + k, use: quoteOnly, subj: p.interpret(a, end)})
	if ev.subj == nil {
		return nil
	}
	x.resolveEvent(ev, p.first+k, p, a)
	if ev.ent == nil || ev.ent.kind != "person" {
		return nil
	}
	return ev
}

// aboutLastSpeaker returns the speech that ends the paragraph before pi
// when pi opens with a sentence that quotes no one, names no one and
// refers by "his" or "her" to that speaker, a person of that gender; else
// nil.
func (x *extractor) aboutLastSpeaker(pi int) *event {
	evs := x.events[pi-1]
	if len(evs) == 0 || len(x.events[pi]) > 0 && x.events[pi][0].v < x.d.paras[pi].sents[0].b {
		return nil
	}
	last := evs[len(evs)-1]
	if last.ent == nil || last.ent.kind != "person" || last.ent.gender == unknownGender {
		return nil
	}
	p := x.d.paras[pi]
	s := p.sents[0]
	if x.unnamed[p.first].tok > 0 {
		// "A pump attendant who asked not to be named explains that his
		// station …": "his" is the unnamed subject's, who speaks next.
		return nil
	}
	refers := false
	for i := s.a; i < s.b; i++ {
		if p.toks[i].kind == tQuote || p.toks[i].q != 0 || i > s.a && p.isNameWord(i) {
			return nil
		}
		if w := p.lowerAt(i); (w == "his" || w == "her") && personalPronouns[w] == last.ent.gender {
			refers = true
		}
	}
	if !refers {
		return nil
	}
	return last
}

// label reads the speaker's name a transcript puts before a paragraph
// ("Guo Weimin: The meeting was held …"): a person the registry knows, or
// whose name labels another paragraph too. Nil when there is none.
func (x *extractor) label(pi int) *event {
	p := x.d.paras[pi]
	k := 0
	for k < len(p.toks) && k < 5 && p.isNameWord(k) {
		k++
	}
	c := k
	if c < len(p.toks) && p.isComma(c) {
		// "Jane Doe, Official Spokesperson:", "Jane Doe, The Daily:": a
		// briefing's transcript gives each speaker's title or outlet
		// after the name.
		for c++; c < len(p.toks) && c <= k+8 && p.isWordAt(c); c++ {
		}
	}
	if k < 2 || c >= len(p.toks) || p.lw(c) != ":" {
		return nil
	}
	r := p.interpret(0, k)
	if r == nil || r.kind != refName {
		return nil
	}
	key := foldText(r.name)
	recurs := false
	for i, o := range x.d.paras {
		if i != pi && len(o.toks) > k && (o.lw(k) == ":" || o.isComma(k) && c > k) && foldText(o.textOf(0, k)) == key {
			recurs = true
			break
		}
	}
	// "<Given> <Surname>: “<words>”": a box of quotes under a heading
	// ("Quotes", "What they said") gives each person's words in marks
	// after the name and colon, the paragraph nothing but the quote. The
	// marks make it a quote, though the name labels no other paragraph.
	// The words close as a sentence does, inside the marks: a headline
	// of that shape ("<Name>: ‘<words>’") drops its full stop. The words
	// may close on a quote of their own, its mark inside theirs ("…
	// said, ‘<words>.’”"): the stop stands before both marks.
	n := len(p.toks)
	e := n - 2
	for e > c+2 && (p.toks[e].kind == tQuote && !p.toks[e].open || p.word(e) == "'" || p.word(e) == "’") {
		e--
	}
	quoted := !recurs && c+1 < n && n >= c+4 && p.toks[c+1].kind == tQuote && p.toks[n-1].kind == tQuote && p.toks[e].kind == tEnd
	ev := x.newEvent(event{p: pi, v: k, sent: p.first, subj: r, use: anyUse})
	x.resolveEvent(ev, p.first, p, k)
	if ev.ent == nil || ev.ent.kind != "person" || !recurs && !quoted && ev.ent.reg == nil {
		return nil
	}
	return ev
}

// docHeadingWords name a text a body issues, as a heading over it names
// the body after a dash ("READOUT — <Body>", "Statement – <Body>").
var docHeadingWords = set(`readout statement communique communiqué`)

// docHeading reads paragraph pi as a heading naming the body whose text
// follows it in quotes: the body's name alone on its line, perhaps after
// the document's noun and a dash ("READOUT — <Body>", "<Head> of <Place>"
// over "“<words>"), capitalised but for "of", "and", "the" and "for",
// with a word that ends an organisation's name (orgHeads) in it. Nil when
// it is no such heading, or the name is no body.
func (x *extractor) docHeading(pi int) *event {
	p := x.d.paras[pi]
	n := len(p.toks)
	a := 0
	if n >= 3 && p.isWordAt(0) && docHeadingWords[p.lw(0)] {
		if w := p.word(1); w == "—" || w == "–" || w == "-" {
			a = 2
		}
	}
	if n-a < 2 || n-a > 10 || !p.isWordAt(n-1) || !p.toks[n-1].isCap(p.text) {
		return nil
	}
	head := ""
	for k := a; k < n; k++ {
		if !p.isWordAt(k) {
			return nil
		}
		if !p.toks[k].isCap(p.text) {
			if l := p.lw(k); k == a || l != "of" && l != "for" && l != "and" && l != "the" {
				return nil
			}
			continue
		}
		if head == "" && orgHeads[p.lw(k)] {
			head = p.lw(k)
		}
	}
	if head == "" {
		return nil
	}
	r := p.interpret(a, n)
	if r == nil || r.kind == refName && x.cast.lookup(r.name) != nil && x.cast.lookup(r.name).kind == "person" {
		return nil
	}
	e := x.knownBodyNamed(p.textOf(a, n), head)
	if e == nil {
		return nil
	}
	ev := x.newEvent(event{p: pi, v: a, sent: p.first, subj: r, use: anyUse})
	ev.ent = e
	return ev
}

// signedBelow reads a quote set out on its own and signed on the line under
// it, as boxes in business copy are: "— Ayaka Sone, economist". Nil when
// the next paragraph is no such signature.
func (x *extractor) signedBelow(q *quoteSpan) *event {
	ep := x.d.paras[q.endPara]
	if q.endTok < len(ep.toks)-1 || q.endPara+1 >= len(x.d.paras) {
		return nil
	}
	pi := q.endPara + 1
	if x.quoteOnly(pi) && q.startTok == 0 && pi+1 < len(x.d.paras) {
		// Two quotes set out one above the other under one signature, as a
		// release's "Quotes" box has them.
		if next := x.d.quotes[x.d.paras[pi].toks[0].q-1]; next.endPara == pi {
			return x.signedBelow(next)
		}
	}
	p := x.d.paras[pi]
	from := 0
	if len(p.toks) > 0 && (p.word(0) == "—" || p.word(0) == "–" || p.word(0) == "-") {
		// A hyphen stands for the dash where copy is typed rather than
		// typeset ("- The Honourable X, Minister of …").
		from = 1
	} else if q.startTok != 0 || len(p.toks) > 30 || p.toks[len(p.toks)-1].kind == tEnd {
		// Unmarked, a signature is a line of its own under a quote that
		// is a paragraph of its own: a name, a comma and a title, with no
		// full stop ("Jane Doe, Executive Vice-President for …").
		return nil
	}
	// "— The Rt. Hon. X, Prime Minister": the
	// courtesy titles before the name are no part of it.
	// So is a courtesy title right before a name ("- Chief X, <nation>"),
	// not one that opens a title ("Chief Executive …", "Chief of the …").
	for from < len(p.toks) && p.isWordAt(from) && (p.lw(from) == "the" || p.toks[from].class&cHonor != 0 || courtesyTitles[p.lw(from)] && from+1 < len(p.toks) && p.isWordAt(from+1) && p.toks[from+1].isCap(p.text) && !p.isRoleAt(from+1)) {
		from++
	}
	if len(p.toks)-from < 2 {
		return nil
	}
	end := from
	for end < len(p.toks) && !p.isComma(end) && p.toks[end].kind != tEnd {
		end++
	}
	if (end-from > 5 || !allNameWords(p, from, end) || p.isRoleAt(from)) && end < len(p.toks) {
		// "Commissioner for X, Y and Z, Jane Doe": the title first and
		// the name after its last comma.
		if ev := x.titleThenName(pi, from); ev != nil {
			return ev
		}
	}
	if from == 1 && end == len(p.toks) && end-from > 5 {
		// "— Minister of Lands Jane Doe": a title and the name after it
		// with no comma between, as government releases sign their quotes.
		return x.titleNameLine(pi, from)
	}
	if end-from > 5 || end-from < 2 && from == 0 || !allNameWords(p, from, end) {
		return nil
	}
	if from == 0 && (end >= len(p.toks) || !p.hasRoleAfter(end)) {
		return nil
	}
	r := p.interpret(from, end)
	if r == nil || r.kind != refName {
		return nil
	}
	r.evidence = true
	if end+1 < len(p.toks) {
		r.role = p.textOf(end+1, len(p.toks))
	}
	ev := x.newEvent(event{p: pi, v: 0, sent: p.first, subj: r, use: anyUse})
	x.resolveEvent(ev, p.first, p, 0)
	return ev
}

// bodyTitleSignature reads a quotes box's signature "— <Body> <Title>
// <Given> <Surname>" in tokens [from, end) of paragraph pi: the body's
// name runs before the title, so the title is further in than a bare
// "<Title> <Name>" puts it. The speaker is the name after the last title
// word, two to four words the article names as a person. Nil otherwise.
func (x *extractor) bodyTitleSignature(pi, from, end int) *event {
	p := x.d.paras[pi]
	k := end - 1
	for k > from && !p.isRoleAt(k) {
		k--
	}
	if k <= from+1 || end-k-1 < 2 || end-k-1 > 4 || !allNameWords(p, from, end) && !allNameWords(p, k+1, end) {
		return nil
	}
	r := p.interpret(k+1, end)
	if r == nil || r.kind != refName {
		return nil
	}
	si := p.first + p.sentenceOf(k+1)
	ev := x.newEvent(event{p: pi, v: k + 1, sent: si, subj: r, use: anyUse})
	x.resolveEvent(ev, si, p, k+1)
	if ev.ent == nil || ev.ent.kind != "person" {
		return nil
	}
	return ev
}

// signedAfter reads a quote set out on its own whose signature runs on
// after it in the same paragraph, as a quote box's citation line is read
// into its quote's: "“<Quote>.” <Given> <Surname>, <Title>" (a dash before
// the name allowed), or after a dash "— <Title> <Given> <Surname>" (and
// "— <Body> <Title> <Given> <Surname>", bodyTitleSignature's). A name of two to five words, a comma and a title,
// with no full stop closing the line: a sentence after a quote ("“…”
// <Name> said so, too.") is none. Nil when the quote is no such box.
func (x *extractor) signedAfter(q *quoteSpan) *event {
	if q.startTok != 0 || q.startPara != q.endPara || !q.closed {
		return nil
	}
	p := x.d.paras[q.endPara]
	from := q.endTok + 1
	dashed := from < len(p.toks) && (p.word(from) == "—" || p.word(from) == "–" || p.word(from) == "-")
	if dashed {
		from++
		if k := len(p.toks) - from; k >= 2 && k <= 4 && allNameWords(p, from, len(p.toks)) {
			// "“<Quote>” – <Given> <Surname>": a quotes box signs with
			// the name alone after the dash; a person the story names.
			r := p.interpret(from, len(p.toks))
			if r == nil || r.kind != refName {
				return nil
			}
			r.evidence = true
			si := p.first + p.sentenceOf(from)
			ev := x.newEvent(event{p: q.endPara, v: from, sent: si, subj: r, use: anyUse})
			x.resolveEvent(ev, si, p, from)
			if ev.ent == nil || ev.ent.kind != "person" {
				return nil
			}
			return ev
		}
	}
	n := len(p.toks) - from
	if n < 3 || n > 30 || p.toks[len(p.toks)-1].kind == tEnd {
		return nil
	}
	end := from
	for end < len(p.toks) && !p.isComma(end) && p.toks[end].kind != tEnd {
		end++
	}
	lim := len(p.toks)
	if dashed && end == lim-2 && p.isWordAt(lim-1) && isNumber(p.word(lim-1)) {
		// "— <role> <Given> <Surname>, <age>": a box signs a member of
		// the public with the age after the name.
		lim = end
	}
	if dashed && end == lim && n <= 12 && (p.toks[from].isCap(p.text) || lim < len(p.toks)) && p.hasRoleIn(from, min(from+3, end)) {
		// "“<Quote>.” — <Title> <Given> <Surname>": the title before the
		// name, no comma, as a quote box signs a minister's or an
		// official's words.
		r := p.interpret(from, end)
		if r == nil || r.kind != refName || r.role == "" {
			return nil
		}
		r.evidence = true
		si := p.first + p.sentenceOf(from)
		ev := x.newEvent(event{p: q.endPara, v: from, sent: si, subj: r, use: anyUse})
		x.resolveEvent(ev, si, p, from)
		return ev
	}
	if dashed && end == lim && n <= 12 && p.toks[from].isCap(p.text) {
		if ev := x.bodyTitleSignature(q.endPara, from, end); ev != nil {
			return ev
		}
	}
	if n < 4 {
		return nil
	}
	if end-from > 5 || end-from < 2 || end >= len(p.toks) || !allNameWords(p, from, end) {
		return nil
	}
	titled := p.hasRoleAfter(end)
	if !titled && !(dashed && (p.bodyNameTo(end+1) || p.lowerNounTo(end+1))) {
		// "“<Quote>.” – <Given> <Surname>, <Body>": a quotes box may
		// sign with the body the speaker is of, no title, or with what
		// a member of the public is ("– <Given> <Surname>, <noun>");
		// the dash before the name says it is a signature, not a
		// sentence.
		return nil
	}
	r := p.interpret(from, end)
	if r == nil || r.kind != refName {
		return nil
	}
	r.evidence = true
	if titled {
		r.role = p.textOf(end+1, len(p.toks))
	}
	si := p.first + p.sentenceOf(from)
	ev := x.newEvent(event{p: q.endPara, v: from, sent: si, subj: r, use: anyUse})
	x.resolveEvent(ev, si, p, from)
	return ev
}

// bodyNameTo reports whether the paragraph from token i to its end is a
// body's name alone: one to six words, capitalised but for "of", "for",
// "and" and "the" inside ("<ACR>", "<Name> Workers Union", "Ministry of
// <Field>"), ending in a capitalised word. A quotes box signs a line with
// the speaker's body where a story would give a title, so a line that
// ends on nothing but a body's name after the name is such a signature;
// a sentence running on after a quote ends otherwise.
func (p *para) bodyNameTo(i int) bool {
	n := len(p.toks) - i
	if n < 1 || n > 6 || !p.isWordAt(len(p.toks)-1) || !p.toks[len(p.toks)-1].isCap(p.text) {
		return false
	}
	for k := i; k < len(p.toks); k++ {
		if !p.isWordAt(k) {
			return false
		}
		if !p.toks[k].isCap(p.text) {
			if l := p.lw(k); k == i || l != "of" && l != "for" && l != "and" && l != "the" {
				return false
			}
		}
	}
	return true
}

// lowerNounTo reports whether the paragraph from token i to its end is
// one to three words in lower case and nothing else ("<noun>", "<noun>
// <noun>"): what a quotes box says a member of the public is after the
// name ("– <Given> <Surname>, <noun> <noun>"). A sentence running on
// after a name has a verb, a clause word or a capital in it, or runs on
// longer.
func (p *para) lowerNounTo(i int) bool {
	n := len(p.toks) - i
	if n < 1 || n > 3 {
		return false
	}
	for k := i; k < len(p.toks); k++ {
		if !p.isWordAt(k) || p.toks[k].isCap(p.text) {
			return false
		}
		switch p.lw(k) {
		case "who", "which", "that", "said", "says", "and", "the", "a", "an":
			return false
		}
	}
	return true
}

// titleThenName reads a signature line that gives the signer's title
// first and their name after its last comma, with nothing after the name
// ("Commissioner for Trade and Industry, Jane Doe"): the name signs it.
// Nil when the line is not that.
func (x *extractor) titleThenName(pi, from int) *event {
	p := x.d.paras[pi]
	n := len(p.toks)
	c := n - 1
	for c > from && !p.isComma(c) {
		c--
	}
	if c <= from || n-(c+1) < 2 || n-(c+1) > 5 || !allNameWords(p, c+1, n) || !p.isRoleAt(from) && !p.hasRoleIn(from, c) {
		return nil
	}
	r := p.interpret(c+1, n)
	if r == nil || r.kind != refName {
		return nil
	}
	r.evidence = true
	r.role = p.textOf(from, c)
	ev := x.newEvent(event{p: pi, v: 0, sent: p.first, subj: r, use: anyUse})
	x.resolveEvent(ev, p.first, p, 0)
	return ev
}

// titleNameLine reads a dash-led signature line that is one title and
// the name after it, with no comma ("— Director of the Port Authority
// Jane Doe"): the title must open the line and the phrase read as a
// named person. Nil when it is not that.
func (x *extractor) titleNameLine(pi, from int) *event {
	p := x.d.paras[pi]
	n := len(p.toks)
	if n-from > 20 || !p.isRoleAt(from) || !p.toks[from].isCap(p.text) {
		return nil
	}
	r := p.interpret(from, n)
	if r == nil || r.kind != refName || r.role == "" {
		return nil
	}
	r.evidence = true
	ev := &event{p: pi, v: 0, sent: p.first, subj: r, use: anyUse}
	x.resolveEvent(ev, p.first, p, 0)
	return ev
}

// quoteOnly reports whether paragraph pi is one quote and nothing else.
func (x *extractor) quoteOnly(pi int) bool {
	p := x.d.paras[pi]
	n := len(p.toks)
	return n > 2 && p.toks[0].kind == tQuote && p.toks[0].q != 0 && p.toks[n-1].q == p.toks[0].q
}

// ownersName reports whether token i is a capitalised word outside
// quotes in the possessive ("<Name>'s", "<Names>'"): copy sets a
// programme's, a plan's or a work's own name in quotes straight after its
// owner's possessive, where a speaker's words never stand.
func (p *para) ownersName(i int) bool {
	return p.isWordAt(i) && p.toks[i].isCap(p.text) && isPossessive(p.word(i))
}

// hasRoleAfter reports whether a title word follows token i in the
// paragraph: the title part of a signature.
func (p *para) hasRoleAfter(i int) bool {
	for ; i < len(p.toks); i++ {
		if p.isRoleAt(i) {
			return true
		}
	}
	return false
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
	if i >= 0 && p.isWordAt(i) && termMarkers[p.lw(i)] && (q.words <= 8 || q.words <= 25 && titleMarkers[p.lw(i)]) {
		return true // a work's title after "entitled" (titleMarkers) may run long: "<Subject> as a <noun> to <the rule of law>"
	}
	if q.words <= 6 && p.groupCalls(q.startTok-1) && !strings.ContainsAny(lastRune(q.text), ".?!…") {
		return true // "<people> (<adverb>) call it “<name>”": a group's name for a thing
	}
	if !q.closed && q.endPara == q.startPara && (q.words <= 3 || q.startTok > 0 && isArticle(p.lowerAt(q.startTok-1))) {
		// A mark never closed, in its paragraph or the next, is a stray
		// mark, as web copy leaves in a kicker or a caption, not speech
		// whose closing mark a long quote lost, when it opens over a word
		// or two near the paragraph's end ("… <clause> a “<word>.") or
		// after an article inside a sentence ("… <verb> the “<noun
		// phrase> …"): speech opens a clause, not a noun phrase's middle.
		return true
	}
	if !q.closed && q.endPara == q.startPara && q.startTok == 0 && q.words <= 12 && !strings.ContainsAny(lastRune(q.text), ".?!…,:;") &&
		len(p.toks) > 0 && p.toks[len(p.toks)-1].kind != tEnd {
		// A paragraph that is a mark and a few words with no stop, the
		// mark never closed ("“<Words of a pull quote>"): a pull quote's
		// stray mark, as a page's copy leaves it; speech run on into the
		// next paragraph ends its paragraph on a stop.
		return true
	}
	if q.words <= 4 && q.startTok == i+1 && p.ownersName(i) && !unicode.IsLower(firstRune(q.text)) && !strings.ContainsAny(lastRune(q.text), ".?!…,") {
		// "interviewed by <Broadcaster>'s “<Show>”", "<Body>'s “<Plan>”":
		// a short capitalised phrase straight after a name's possessive
		// is what the owner calls its programme, plan or product, not
		// words the owner said.
		return true
	}
	if q.words <= 8 && p.chargeBefore(i) && unicode.IsLower(firstRune(q.text)) && !strings.ContainsAny(lastRune(q.text), ".?!…") {
		return true // "charged with “<offence>”", "on charges of “<offence>”": the law's name for a crime
	}
	if i >= 0 && q.words <= 4 && p.isWordAt(i) && gradeMarkers[p.lw(i)] && gradeCode(q.text) {
		return true // "classed as a “<Grade> 2” <thing>": a grade in a scheme
	}
	// "known locally as “<term>”", "known widely as “<term>”": an adverb
	// of where or how widely the name is used between the marker and "as".
	if i > 0 && q.words <= 8 && p.isWordAt(i) && (strings.HasSuffix(p.lw(i), "ly") || p.lw(i) == "also") &&
		p.lowerAt(i+1) == "as" && p.isWordAt(i-1) && termMarkers[p.lw(i-1)] {
		return true
	}
	if q.words <= 12 && p.inscriptionBefore(q.startTok) {
		return true // "<placards> bearing <slogans> such as “<slogan>” and “<slogan>”"
	}
	if q.words <= 8 && p.namingFrame(q) && (!strings.ContainsAny(lastRune(q.text), ".?!…") || lastRune(q.text) == "." && p.calledPronoun(q.startTok-1)) {
		// "known to <people> as “<name>”", "a <thing> called “<Name>”",
		// "called him “<Name>”"; after "call him|her|them" the name may
		// close the sentence with its full stop inside the marks, as
		// American copy sets it ("whose friends call him “<Nick>.”").
		return true
	}
	// "what it calls a “<term>”": the name a body gives a thing, an
	// article outside the marks before the thing it names, not words it
	// was heard saying ("what she called “a betrayal”" stays a quote).
	if q.words <= 5 && i == q.startTok-2 && (p.lw(i+1) == "a" || p.lw(i+1) == "an") && p.whatCalls(i) &&
		!strings.ContainsAny(lastRune(q.text), ".?!…") {
		return true
	}
	// "what the <field> calls “<term>”": a trade's or a discipline's own
	// word for a thing, the jargon of all who work in it, is a term
	// however the sentence's speaker uses it ("what she calls “<words>”",
	// one person's coinage, stays a quote).
	if q.words <= 4 && q.closed && !strings.ContainsAny(lastRune(q.text), ".?!…") && p.fieldCalls(q.startTok-1) {
		return true
	}
	if q.words <= 4 && nameLikeQuote(q) && p.titleGlossAfter(q.endTok) {
		// "a <thing> she called “<Name>” (<Gloss In Capitals>)", "the
		// poem “<Title>” (<The Gloss>)": a name in another tongue with
		// its translation in title case is what a thing is called;
		// speech glossed in the reader's tongue reads as a sentence
		// ("(<You must do this>)") and stays a quote.
		return true
	}
	// A capitalised nickname after an article: the "Widowmaker", the
	// "Galacticos".
	if i < q.startTok-1 && q.words <= 3 && capitalised(q.text) && !strings.ContainsAny(lastRune(q.text), ".?!") {
		return true
	}
	if q.closed && q.startTok == 0 && q.startPara == q.endPara && q.words <= 6 && allCapitals(q.text) && p.isColonAt(q.endTok+1) {
		return true // a print deck's kicker in capitals: 'WORDS IN CAPITALS': <the deck>
	}
	if !q.closed && captionLine(p.text) {
		return true // a photo caption's stray mark: "… what officials called “the worst … (Photo: …)]"
	}
	sentence := strings.ContainsAny(lastRune(q.text), ".?!…")
	// Whether the quote is in title case, asked by up to three of the
	// tests below: read once, when first asked.
	titleCase, titleRead := false, false
	inTitleCase := func() bool {
		if !titleRead {
			titleCase, titleRead = isTitleCase(q.text), true
		}
		return titleCase
	}
	if q.words <= 12 && unicode.IsUpper(firstRune(q.text)) && p.workTitleBefore(q.startTok) {
		return true // a work's title: "in its report “Protest is not a crime”", "under the title “…”"
	}
	if q.words <= 12 && q.closed && inTitleCase() && p.workNounApposed(q.startTok) {
		// "the study's title, “<Title In Capitals>”, says …", "her
		// book, “<Title>”, is …": a title in apposition to the work's
		// noun, though a verb of saying follows (the work "says").
		return true
	}
	if q.words <= 25 && q.closed && q.startPara == q.endPara && !sentence && p.workNounApposed(q.startTok) &&
		unicode.IsUpper(firstRune(strings.TrimLeft(q.text, "'‘"))) && p.apposedClosed(q) {
		// "The report, “<Title>: <subtitle in sentence case>”, follows
		// …", "<Body>'s assessment, “<Title>”, was conducted …": set off
		// by commas on both sides after the work's noun, the marks hold
		// its title however long and in whatever case — words quoted
		// from the work stand after a verb, not in apposition.
		return true
	}
	if q.words <= 6 && !sentence && q.closed && q.startPara == q.endPara && (p.glossedName(q.endTok+1) || p.glossedName(q.startTok-3) && p.lowerAt(q.endTok+1) == ")") &&
		!p.isColonAt(q.startTok-1) {
		// "the “<Name>” (“<Gloss>”) campaign": a name in another language
		// and its translation in brackets, each in marks — what a thing
		// is called, not words anyone said. After a colon the marks hand
		// over to speech ("<Speaker> put it so: “<words>” (“<gloss>”)"):
		// words said in another tongue, glossed, are the quote.
		return true
	}
	if q.words <= 4 && !sentence && q.closed && q.startPara == q.endPara && p.habitualNaming(q) {
		return true // "a practice <Body> calls “<term>”": the name a kind of thing goes by
	}
	if q.words <= 5 && !sentence && q.closed && q.startPara == q.endPara && (ev == nil || ev.ent == nil) && p.talkOf(q.startTok) {
		return true // "talk of “the <Name> curse”": the name of what is talked about, no one's words
	}
	if q.words <= 4 && !sentence && q.closed && q.startPara == q.endPara && p.personNickname(q) {
		return true // "<People> call her “the <noun>”": the name a person goes by
	}
	if q.words <= 5 && !sentence && q.closed && q.startPara == q.endPara && p.definedTerms(q.startTok, q.endTok) {
		return true // a filing's defined terms: (“X” or “the Company”)
	}
	if q.words >= 2 && q.words <= 5 && !sentence && q.closed && q.startPara == q.endPara && p.countedTerm(q) {
		return true // "set up <count> “<kind of place>”": what is counted, named
	}
	if q.words <= 3 && !sentence && q.closed && q.startPara == q.endPara && p.lowerAt(q.startTok-1) == "the" && p.lowerAt(q.endTok+1) == "of" &&
		!x.reportedByNamed(q, ev) {
		return true // a term: shorten the "negative list" of sectors
	}
	if q.words <= 4 && !sentence && q.closed && q.startPara == q.endPara && p.writerSubject(q.startTok) && !x.echoesEarlier(q) {
		// "I <verb> … “<phrase>” …": a column's own
		// scare phrase of a few words, its sentence the writer's; the
		// marks hold the writer's term, not anyone's speech. Words an
		// earlier quote holds are its speaker's, quoted back.
		return true
	}
	if q.words <= 2 && !sentence {
		sameSentence := ev != nil && ev.p == q.startPara && p.sentenceOf(ev.v) == p.sentenceOf(q.startTok)
		if !direct && !sameSentence {
			return true
		}
		if (ev == nil || ev.ent == nil) && p.inNounPhrase(q) && !copulas[p.lowerAt(q.startTok-1)] {
			return true // "gave himself a “bonus”, police said": a word in a noun phrase no one named says
		}
		if (ev == nil || ev.ent == nil) && q.closed && p.topicOfSpeech(q) {
			return true // "<people> warn of a <modifier> “<term>”": what is warned of, a term no one named says
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
	if !direct && ev == nil && q.words <= 20 && inTitleCase() {
		return true
	}
	if q.words <= 10 && !sentence && inTitleCase() && !x.attributedNextTo(q, ev) {
		return true // a title: a memoir, "Wasted on the Foreign Office" (2001)
	}
	if q.words <= 10 && !sentence && datedTitle(q.text) && !x.attributedNextTo(q, ev) {
		// "the full “<Title> <Month> <yyyy>”", "“<Outlook> <yyyy>”": a
		// report's or a programme's title carrying its edition's year,
		// which title case alone does not read (a figure has no capital).
		return true
	}
	if !direct && q.words == 1 && !sentence && capitalised(q.text) && p.isWordAt(q.startTok-1) && !p.toks[q.startTok-1].isCap(p.text) && !x.attributedNextTo(q, ev) {
		return true // a one-word title no verb of its own introduces: "…," he shouted, a minute into 'Song'
	}
	if direct && q.words == 1 && !sentence && q.closed && capitalised(q.text) && p.isWordAt(q.startTok-1) && !p.toks[q.startTok-1].isCap(p.text) &&
		!p.isSpeechVerbAt(q.startTok-1) && !p.isSpeechVerbAt(q.startTok-2) && !p.isSpeechVerbAt(q.startTok-3) && !x.attributedNextTo(q, ev) {
		// A coined name in capitals, the sentence's own word and not its
		// speaker's ("reminded anglers to be “<Coinage>”", "signed up to
		// “<Programme>”"): a campaign's or programme's name, with no verb
		// of saying before it.
		return true
	}
	if ev == nil && headlineLike(p) {
		return true // a related story's headline: "'No food': the last hospital"
	}
	return false
}

// groupCalls reports whether the words ending at token i are a group's
// naming verb: "<people|locals|residents|…> (<adverb>) call|calls|called
// (it|him|her|them)". What a whole community calls a thing or a person is
// its name there, not words any one of them was heard saying; one
// speaker's "<Name> called it “…”" stays a quote.
func (p *para) groupCalls(i int) bool {
	if i >= 0 && p.isWordAt(i) {
		switch p.lw(i) {
		case "it", "him", "her", "them":
			i--
		}
	}
	if i < 1 || !p.isWordAt(i) {
		return false
	}
	switch p.lw(i) {
	case "call", "calls", "called":
	default:
		return false
	}
	k := i - 1
	if p.isWordAt(k) && k > 0 && (strings.HasSuffix(p.lw(k), "ly") || p.lw(k) == "just" || p.lw(k) == "still" || p.lw(k) == "all" || p.lw(k) == "always") {
		k--
	}
	return p.isWordAt(k) && namingGroups[p.lw(k)]
}

// namingGroups are the plural nouns and pronouns for a community whose
// name for a thing a story quotes ("<people> call it …", "everyone
// calls him …").
var namingGroups = set(`people locals residents villagers islanders townspeople townsfolk neighbours neighbors
	fishermen farmers fans regulars everyone everybody`)

// chargeBefore reports whether the words ending at token i name a charge
// whose offence the quote gives in the law's words: "charged with",
// "<charge|charges|count|counts|offence|crime> of", "convicted of",
// "guilty of", "acquitted of". The offence is the statute's term, quoted
// as a term, not words anyone in the story was heard saying.
func (p *para) chargeBefore(i int) bool {
	if i < 1 || !p.isWordAt(i) || !p.isWordAt(i-1) {
		return false
	}
	switch p.lw(i) {
	case "with":
		return p.lw(i-1) == "charged"
	case "of":
		return chargeNouns[p.lw(i-1)]
	}
	return false
}

// chargeNouns are the words before "of" that open a charge's offence
// ("on charges of <offence>", "convicted of <offence>").
var chargeNouns = set(`charge charges count counts offence offences offense offenses crime crimes convicted guilty acquitted`)

// namingFrame reports whether quote q is what a thing or a person is
// called, by the frame of naming around it rather than by any verb of
// saying:
//
//   - "known <in|to|on|among …> <place or people> as (the) “<name>”": the
//     name a group or a place uses, a phrase of up to eight words (no
//     comma, no mark) between "known" and "as" ("known to her pupils as",
//     "known in the hill villages as");
//   - "a|an <words> <noun> called “<Name>”": a thing named on first
//     mention ("a plan called “<Name> 2040”", "a show called “<Title>”"),
//     the noun no person's (a person called … may go on to speak) and the
//     name opening on a capital;
//   - "call|calls|called|dubbed him|her|them “<Name>”": a nickname, every
//     word of the quote capitalised but short particles and an opening
//     "the" ("call him “the <Title>”", "called him “<Word> ko
//     <Word>”"). What a speaker calls someone in words of their own ("called
//     him “a national treasure”") has lower-case words and stays a quote.
func (p *para) namingFrame(q *quoteSpan) bool {
	i := q.startTok - 1
	if p.isWordAt(i) && (p.lw(i) == "the" || p.lw(i) == "a" || p.lw(i) == "an") {
		i--
	}
	if !p.isWordAt(i) {
		return false
	}
	switch w := p.lw(i); {
	case w == "as":
		for k := i - 1; k >= 0 && k >= i-9; k-- {
			if !p.isWordAt(k) || p.toks[k].q != 0 {
				return false
			}
			if p.lw(k) == "known" {
				return k < i-1 && knownAmong[p.lowerAt(k+1)]
			}
		}
	case w == "called" || w == "named":
		if i != q.startTok-1 || !unicode.IsUpper(firstRune(q.text)) {
			return false
		}
		if q.words <= 4 && nicknameForm(q.text) && p.beBefore(i) {
			// "<Place> was once called “<Name>”", "is named “<Name>”": a
			// name a thing went by, though a verb of saying reports it.
			return true
		}
		n := i - 1
		if !p.isWordAt(n) || p.toks[n].isCap(p.text) || p.toks[n].class&(cFunction|cDet|cPrep|cPronoun|cSpeech) != 0 || isPersonNoun(p.lw(n)) || isRoleWord(p.lw(n)) {
			return false
		}
		for k := n - 1; k >= 0 && k >= n-4; k-- {
			if !p.isWordAt(k) || p.toks[k].q != 0 {
				return false
			}
			if l := p.lw(k); l == "a" || l == "an" {
				return true
			}
			if p.toks[k].isCap(p.text) || p.toks[k].class&(cFunction|cDet|cPrep|cPronoun|cSpeech) != 0 {
				return false
			}
		}
	case w == "him" || w == "her" || w == "them":
		return p.calledPronoun(i) && i == q.startTok-1 && q.words <= 4 && nicknameForm(q.text)
	}
	return false
}

// calledPronoun reports whether token i is "him", "her" or "them" right
// after a verb of calling or dubbing: "call him", "dubbed her".
func (p *para) calledPronoun(i int) bool {
	if !p.isWordAt(i) {
		return false
	}
	switch p.lw(i) {
	case "him", "her", "them":
	default:
		return false
	}
	switch p.lowerAt(i - 1) {
	case "call", "calls", "called", "dub", "dubs", "dubbed":
		return true
	}
	return false
}

// beBefore reports whether a form of "be" stands before token i, perhaps
// with one adverb between ("was once called", "is also named"): the
// passive of naming.
func (p *para) beBefore(i int) bool {
	k := i - 1
	if k > 0 && p.isWordAt(k) {
		if l := p.lw(k); strings.HasSuffix(l, "ly") || l == "once" || l == "also" || l == "often" {
			k--
		}
	}
	return k >= 0 && p.isWordAt(k) && beForms[p.lw(k)]
}

// talkOf reports whether the quote opening at token q stands right after
// "talk|rumours|speculation of|about" ("talk of “the <Name> curse”"): the
// marks hold the name of what is talked about, no one's words.
func (p *para) talkOf(q int) bool {
	if q < 2 || !p.isWordAt(q-1) || !p.isWordAt(q-2) || p.lw(q-1) != "of" && p.lw(q-1) != "about" {
		return false
	}
	switch p.lw(q - 2) {
	case "talk", "rumours", "rumors", "speculation", "whispers":
		return true
	}
	return false
}

// knownAmong are the prepositions that open who knows a thing by a name,
// or where, between "known" and "as": "known to <people> as", "known in
// <place> as", "known on <market> as".
var knownAmong = set(`to in on among across throughout around at by within`)

// nicknameForm reports whether s reads as a name given to a person: an
// opening "the" ("the <Title>"), then words each capitalised but short
// particles of up to three letters ("<Word> ko <Word>", "<Word> wa
// <Word>"), at least one word capitalised.
func nicknameForm(s string) bool {
	caps := 0
	for i, w := range strings.Fields(s) {
		w = strings.Trim(w, ",")
		switch r := firstRune(w); {
		case unicode.IsUpper(r):
			caps++
		case i == 0 && w == "the":
		case len(w) <= 3 && unicode.IsLower(r):
		default:
			return false
		}
	}
	return caps > 0
}

// workNounApposed reports whether the quote opening at token k stands in
// apposition to a noun for a work, a comma between ("the report,
// “<Title>”,", "the study's title, “<Title>”"): what the work is called.
func (p *para) workNounApposed(k int) bool {
	return k >= 2 && p.toks[k-1].kind != tWord && p.text[p.toks[k-1].s:p.toks[k-1].e] == "," &&
		p.isWordAt(k-2) && workNouns[p.lw(k-2)]
}

// apposedClosed reports whether the quote q, in apposition after a
// comma, is closed by a comma too — after its closing mark or inside it
// (“<Title>,”) — so the sentence goes on past the aside.
func (p *para) apposedClosed(q *quoteSpan) bool {
	n := q.endTok + 1
	if p.isComma(n) {
		return true
	}
	if n >= len(p.toks) || !p.isWordAt(n) {
		return false
	}
	return strings.HasSuffix(p.text[:p.toks[q.endTok].s], ",")
}

// habitualNaming reports whether quote q is the name a kind of thing
// goes by: a verb of naming in the present tense ("calls", "call",
// "terms", "dubs") right before the marks, with no object between, in a
// relative clause on a noun — after "that" or "which", or a subject of
// one to five words after a determiner and a plain noun ("a phenomenon
// <Body> calls “<term>”", "the practice that <Group> call “<term>”"). The
// present tense says it is what they habitually call it, a term; "a
// deal the union called “<words>”", in the past, is their words once
// and stays a quote, as does "called the plan “<words>”", its object
// between verb and marks.
func (p *para) habitualNaming(q *quoteSpan) bool {
	v := q.startTok - 1
	if p.isWordAt(v) && p.lw(v) == "the" {
		v-- // "the road that drivers call the “<term>”": the name's article
	}
	if !p.isWordAt(v) {
		return false
	}
	switch p.lw(v) {
	case "call", "calls", "term", "terms", "dub", "dubs":
	default:
		return false
	}
	for j := v - 1; j >= 1 && j >= v-5; j-- {
		if !p.isWordAt(j) || !p.isWordAt(j-1) {
			return false
		}
		switch w := p.lw(j - 1); {
		case w == "that" || w == "which":
			return true
		case w == "what":
			return false // "in what she calls “<words>”": her own coinage, a quote (whatCalls)
		case p.toks[j-1].isCap(p.text) || p.toks[j-1].class&(cFunction|cSpeech|cDet|cPrep|cPronoun) != 0 || notANoun(w):
			continue
		case j >= 2 && p.isWordAt(j-2) && p.toks[j-2].class&cDet != 0:
			return true // "a phenomenon <Subject> calls"
		}
	}
	return false
}

// personNickname reports whether quote q is the name a person goes by: a
// verb of naming in the present tense ("call", "calls", "dub", "dubs",
// "nickname", "nicknames") and a personal pronoun for one person ("him",
// "her") right before the marks, and the quote a designation — opening on
// "the" or every word capitalised ("<People> call her “the <noun>”",
// "<Pupils> call him “Coach <Name>”"). "calls him “a <noun>”" or "calls
// it “<words>”", a judgement of a person or a thing, stays a quote, as
// does "called him “<words>”" in the past.
func (p *para) personNickname(q *quoteSpan) bool {
	v, o := q.startTok-2, q.startTok-1
	if !p.isWordAt(v) || !p.isWordAt(o) {
		return false
	}
	switch p.lw(v) {
	case "call", "calls", "dub", "dubs", "nickname", "nicknames":
	default:
		return false
	}
	if w := p.lw(o); w != "him" && w != "her" {
		return false
	}
	text := strings.Trim(p.text[p.toks[q.startTok].e:p.toks[q.endTok].s], " ,")
	first := ""
	for w := range strings.FieldsSeq(text) {
		first = w
		break
	}
	if first == "" {
		return false
	}
	return strings.ToLower(first) == "the" || everyWordCapital(text)
}

// glossedName reports whether tokens k and k+1 are an opening bracket
// and an opening quotation mark, right after a closing one ("“<Name>”
// (“<Gloss>”)"): the bracketed quote glosses the one before it.
func (p *para) glossedName(k int) bool {
	return k > 0 && k+1 < len(p.toks) && p.toks[k-1].kind == tQuote && p.word(k) == "(" && p.toks[k+1].kind == tQuote
}

// whatCalls reports whether token i is a form of "call" in a clause that
// "what" opens with its subject: "what it calls", "what the ministry
// called", "what officials are calling".
func (p *para) whatCalls(i int) bool {
	switch p.lowerAt(i) {
	case "call", "calls", "called", "calling":
	default:
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if !p.isWordAt(k) {
			return false
		}
		if p.lw(k) == "what" {
			return k < i-1
		}
	}
	return false
}

// gradeCode reports whether s is written as a code of a scheme of
// grades: a figure in it, or every word opening on a capital ("<Code> 3",
// "Category B", "Red", "Tier 1").
func gradeCode(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	return everyWordCapital(s) && s != ""
}

// everyWordCapital reports whether every word of s opens on a capital,
// small words included (true for no words): a code or a designation
// ("Category B", "Coach <Name>"), where title case (capitalised) would let
// "of" and "the" through.
func everyWordCapital(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// fieldCalls reports whether token i is "call" or "calls", in the
// present tense of habit, in a clause "what (the) <field> calls" whose
// subject is a field of work or knowledge as a whole (fieldNouns): "what
// the industry calls", "what the trade calls", "what medicine calls".
//
// A bare plural of people as a class (groupNouns: "what officials call",
// "what economists call") names a term in use among them as well, not one
// speaker's coinage.
func (p *para) fieldCalls(i int) bool {
	switch p.lowerAt(i) {
	case "call", "calls":
	default:
		return false
	}
	k := i - 1
	if p.lowerAt(i) == "call" && p.isWordAt(k) && groupNouns[p.lw(k)] && p.isWordAt(k-1) && p.lw(k-1) == "what" {
		return true
	}
	if !p.isWordAt(k) || !fieldNouns[p.lw(k)] {
		return false
	}
	k--
	if p.isWordAt(k) && p.lw(k) == "the" {
		k--
	}
	return p.isWordAt(k) && p.lw(k) == "what"
}

// fieldNouns are the nouns that stand for a field of work or knowledge
// and all who work in it (a closed class: the industry, the trade, the
// profession), whose habitual name for a thing is the field's jargon.
var fieldNouns = set(`industry trade sector profession business market science medicine law
	jargon military navy army aviation shipping fashion retail banking finance insurance mining
	farming agriculture fishing forestry construction engineering academia`)

// copulas join a subject to what it is said to be: a short quote right
// after one ("<subject> would be “<two words>”", "the rules remain
// “<a phrase>”") is the predicate of the speaker's reported words, not
// a word finishing a noun phrase of the narrative. The linking verbs of
// feeling and seeming are of the class ("she felt “<two words>”", "it
// sounds “<two words>”"): what follows is how the subject says it is.
var copulas = set(`be is are was were been being remain remains remained become becomes became
	seem seems seemed feel feels felt feeling sound sounds sounded appear appears appeared`)

// inNounPhrase reports whether quote q opens right after a plain word
// (no capital, function word, determiner, preposition, pronoun or speech
// verb) that no speech verb just before introduces: "gave himself a
// “bonus”", "saw a promising “new chapter …”". The quoted words finish a
// noun phrase of the narrative: a term or a scare quote, not speech.
func (p *para) inNounPhrase(q *quoteSpan) bool {
	i := q.startTok - 1
	return p.isWordAt(i) && !p.toks[i].isCap(p.text) &&
		p.toks[i].class&(cFunction|cSpeech|cDet|cPrep|cPronoun) == 0 && !notANoun(p.lw(i)) &&
		!p.isSpeechVerbAt(i-1) && !p.isSpeechVerbAt(i-2) && !p.isSpeechVerbAt(i-3)
}

// reportedByNamed reports whether quote q stands in the sentence of its
// speech event ev and ev's speaker is a person or body the story names or
// refers to, not an anonymous one: "<Name> said the <noun> was made worse
// by the “<words>” of …" quotes words of the clause she is reported saying.
func (x *extractor) reportedByNamed(q *quoteSpan, ev *event) bool {
	if ev == nil || ev.ent == nil || ev.ent.kind == "anon" || ev.p != q.startPara {
		return false
	}
	p := x.d.paras[q.startPara]
	return p.sentenceOf(ev.v) == p.sentenceOf(q.startTok) && ev.v < q.startTok
}

// topicOfSpeech reports whether quote q ends the noun phrase a speech verb's
// preposition takes as its topic — "<verb> of|about|against a|an|the
// <modifier> “<words>”" ("warn of a <modifier> “<term>”", "spoke about the
// growing “<term>”"): the words name what is spoken of, the modifier and
// the determiner the narrative's, not the speaker's words.
func (p *para) topicOfSpeech(q *quoteSpan) bool {
	i := q.startTok - 1
	if i < 3 || !p.isWordAt(i) || p.toks[i].isCap(p.text) ||
		p.toks[i].class&(cFunction|cSpeech|cDet|cPrep|cPronoun) != 0 || notANoun(p.lw(i)) {
		return false
	}
	if !p.isDet(i-1) || !p.isWordAt(i-2) || !speechTopicPreps[p.lw(i-2)] {
		return false
	}
	return p.isSpeechVerbAt(i - 3)
}

// speechTopicPreps are the prepositions after which a verb of saying names
// its topic: "warn of", "speak about", "caution against".
var speechTopicPreps = set(`of about against over`)

// countedTerm reports whether quote q, in lower case, stands straight
// after a count in figures ("would set up <count> “<kind of place>”",
// "<count> “<kind of document>”"): marks round what is being counted name a
// kind of thing — a facility, a document, a fund — by the story's or an
// office's term for it; a count does not introduce words someone was
// heard saying. A count is no date's day, and the marks open on a word
// of the term, not a function word. A single word after a count (a label held at a distance,
// "around <count> “<label>”") is left to the rules for one or two words.
func (p *para) countedTerm(q *quoteSpan) bool {
	i := q.startTok - 1
	if !p.isWordAt(i) || !unicode.IsLower(firstRune(q.text)) || !isNumber(strings.ReplaceAll(p.word(i), ",", "")) {
		return false
	}
	if i > 0 && p.toks[i-1].class&cMonth != 0 {
		return false // "since <Month> <day> “not to …”": a date's day, no count
	}
	w, _, _ := strings.Cut(q.text, " ")
	return !functionWords[strings.ToLower(w)] // a term opens on its own word, not "not to …"
}

// pairedTerm reports whether quote qi is joined by "and" or "or" to a
// quote beside it that is a term, not speech ("charged with “terrorism” and
// “incitement to riot”", "at “high” or “very high” risk"): short phrases
// paired so are one kind of thing, terms both.
func (x *extractor) pairedTerm(qi int, ev *event, direct bool) bool {
	q := x.d.quotes[qi]
	if q.words > 5 || !q.closed || q.startPara != q.endPara || strings.ContainsAny(lastRune(q.text), ".?!…") {
		return false
	}
	p := x.d.paras[q.startPara]
	joined := func(a, b *quoteSpan) bool { // a's closing mark, "and" or "or", b's opening mark
		return a.closed && a.endPara == b.startPara && b.startTok == a.endTok+2 && a.words <= 5 &&
			(p.lowerAt(a.endTok+1) == "and" || p.lowerAt(a.endTok+1) == "or")
	}
	if qi > 0 {
		if o := x.d.quotes[qi-1]; o.text != "" && joined(o, q) && (x.notAQuote(o, ev, direct) || p.scaleValues(o, q)) {
			return true
		}
	}
	if qi+1 < len(x.d.quotes) {
		if o := x.d.quotes[qi+1]; o.text != "" && joined(q, o) && (x.notAQuote(o, ev, direct) || p.scaleValues(q, o)) {
			return true
		}
	}
	return false
}

// scaleValues reports whether quotes a and b, joined by "or", are values
// of a scale that modify the noun after b ("at “<level>” or “<higher
// level>” risk", "rated “<grade>” or “<grade>” condition"): alternatives
// set in marks before one noun are a rating's names, not words anyone
// said, whoever the sentence cites for the rating. Joined by "and", two
// quoted modifiers may be a speaker's own words ("a “<adj>” and “<adj>”
// move") and are left to the other rules.
func (p *para) scaleValues(a, b *quoteSpan) bool {
	if p.lowerAt(a.endTok+1) != "or" || a.words > 3 || b.words > 3 || !b.closed || b.endPara != a.startPara ||
		strings.ContainsAny(lastRune(a.text), ".?!…,") || strings.ContainsAny(lastRune(b.text), ".?!…,") {
		return false
	}
	n := b.endTok + 1
	return p.isWordAt(n) && !p.toks[n].isCap(p.text) && !functionWords[p.lw(n)] && speechVerbs[p.lw(n)] == 0 && !notANoun(p.lw(n))
}

// workTitleBefore reports whether the quote opening at token k names a
// work: a noun for a work or its title after a preposition or a verb of
// publishing and a determiner or possessive ("in its report", "under the
// title", "with the headline", "in her book", "published its report"). A
// capitalised phrase there is what the work is called, not words quoted
// from it.
func (p *para) workTitleBefore(k int) bool {
	n, d, pr := k-1, k-2, k-3
	if pr < 0 || !p.isWordAt(n) || !workNouns[p.lw(n)] || !p.isWordAt(d) || !p.isWordAt(pr) {
		return false
	}
	if isPossessive(p.word(d)) {
		// "in <Owner>'s series “<Title>”", "published the
		// council's report “<Title>”": the owner's possessive stands for
		// the determiner, and the preposition or verb comes before the
		// owner's words.
		for j := d - 1; j >= 0 && j >= d-3 && p.isWordAt(j); j-- {
			if p.toks[j].class&cPrep != 0 || publishVerbs[p.lw(j)] {
				return true
			}
		}
		return false
	}
	if p.toks[pr].class&cPrep == 0 && !publishVerbs[p.lw(pr)] {
		return false
	}
	switch p.lw(d) {
	case "its", "their", "his", "her", "the", "a", "an", "our", "my":
		return true
	}
	return false
}

// publishVerbs put a work out under its title: "has issued its <work>
// “<Title>”", "launched a campaign “<Title>”".
var publishVerbs = set(`published publishes publish released releases release launched launches launch
	issued issues issue unveiled unveils presented presents produced produces`)

// workNouns name works and their titles, which copy follows with the title
// in quotation marks.
var workNouns = set(`report book film documentary campaign petition exhibition album song series
	study assessment podcast play novel memoir title headline slogan motto hashtag banner
	pamphlet booklet brochure handbook manifesto essay poem thesis dissertation`)

// isColonAt reports whether token k is a colon.
func (p *para) isColonAt(k int) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].kind != tWord && p.text[p.toks[k].s:p.toks[k].e] == ":"
}

// captionLine reports whether a paragraph is a photo's caption pasted
// into the text: in square brackets, opening with a caption's label
// ("[Photo caption: …]", "Photo: …") or ending in the photo's credit
// ("… (Photo: <agency>)"). A quotation mark left open in one closes
// nowhere: the caption is no one's speech.
func captionLine(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		return true
	}
	for _, label := range [...]string{"Photo:", "Photo caption:", "Caption:", "Pictured:", "Image:"} {
		if strings.HasPrefix(t, label) {
			return true
		}
	}
	t = strings.TrimRight(t, " .")
	if i := strings.LastIndex(t, "("); i >= 0 && strings.HasSuffix(t, ")") {
		credit := t[i+1:]
		return strings.HasPrefix(credit, "Photo") || strings.HasPrefix(credit, "Image") || strings.HasPrefix(credit, "Picture")
	}
	return false
}

// definedTerms reports whether the quote between the marks at tokens s
// and e stands in brackets holding only quoted terms and the words that
// join a definition's names: (“X” or “the Company”), (the “Contract”),
// (“X” or, together with its subsidiaries, “the Group”). A filing defines
// its names so; no one says them.
func (p *para) definedTerms(s, e int) bool {
	side := func(k, step int, want string) bool {
		for n := 0; n < 16 && k >= 0 && k < len(p.toks); n, k = n+1, k+step {
			t := &p.toks[k]
			switch {
			case t.q != 0:
				continue // another quoted term, marks and all
			case t.kind == tPunct:
				switch p.text[t.s:t.e] {
				case want:
					return true
				case ",":
					continue
				}
				return false
			case t.kind == tWord && definitionWords[p.lw(k)]:
				continue
			}
			return false
		}
		return false
	}
	return side(s-1, -1, "(") && side(e+1, 1, ")")
}

// definitionWords join the names a filing's brackets define.
var definitionWords = set(`or and the together collectively jointly with its their each hereinafter
	subsidiaries subsidiary affiliates`)

// attributedNextTo reports whether the speech verb of a quote stands right
// against it: "…," she said; she said: "…"; told reporters "…".
func (x *extractor) attributedNextTo(q *quoteSpan, ev *event) bool {
	if ev == nil {
		return false
	}
	if ev.afterQuote != 0 {
		return x.d.quotes[ev.afterQuote-1] == q // not a title after it: "…," she said before 'Song'
	}
	if ev.p != q.startPara || ev.v >= q.startTok || q.startTok-ev.v > 4 {
		return false
	}
	p := x.d.paras[q.startPara]
	if p.lowerAt(q.startTok-1) == ":" {
		return true // told reporters: "…"
	}
	for i := ev.v + 1; i < q.startTok; i++ {
		if p.isWordAt(i) {
			return false // wrote three books, "…"
		}
	}
	return true
}

// headlineLike reports whether a paragraph reads as a headline rather
// than a sentence: short, and not ending as a sentence does.
func headlineLike(p *para) bool {
	if len(p.toks) == 0 || len(p.toks) > 24 {
		return false
	}
	last := &p.toks[len(p.toks)-1]
	if last.kind == tQuote || last.hint == hintSingle {
		if len(p.toks) < 2 {
			return false
		}
		last = &p.toks[len(p.toks)-2]
	}
	return last.kind == tWord
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

// titleSmallWords stay in lower case in a title: "Exchange of Notes
// concerning the Grant Aid", "Events & Presentations".
var titleSmallWords = set(`a an the and or nor of in on for to at by with & from into onto over
	under about between among against concerning regarding via per as vs`)

// titleGlossAfter reports whether the closing mark at token end is
// followed by a bracketed gloss of two to six words in title case:
// "(<Word> <Word>)", "(The <Word> <Word>)".
func (p *para) titleGlossAfter(end int) bool {
	if end >= len(p.toks) {
		return false
	}
	rest := strings.TrimLeft(p.text[p.toks[end].e:], " ")
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	rb := strings.IndexByte(rest, ')') // not "close", the builtin
	if rb < 0 || rb > 60 {
		return false
	}
	gloss := rest[1:rb]
	if strings.ContainsAny(gloss, ".?!,;:\"“”") {
		return false
	}
	n := wordCountUpTo(gloss, 7)
	return n >= 2 && n <= 6 && capitalised(gloss)
}

// isTitleCase reports whether a phrase of two words or more has every word
// but the small ones capitalised: "Privacy and the Powers of the Police".
func isTitleCase(s string) bool {
	return wordCountUpTo(s, 2) >= 2 && capitalised(s)
}

// isArticle reports whether w (lower case) is an article: a mark opened
// after one is inside a noun phrase, where speech does not begin.
func isArticle(w string) bool {
	return w == "the" || w == "a" || w == "an"
}

// writerSubject reports whether the sentence holding token i (a quote's
// opening mark) opens on "I" outside any quote, with no other quote
// between: the writer of a column or first-person piece speaking in their
// own voice ("I <verb> … “<phrase>” …").
func (p *para) writerSubject(i int) bool {
	if len(p.sents) == 0 {
		return false
	}
	a := p.sents[p.sentenceOf(i)].a
	if a >= i-1 || p.toks[a].q != 0 || p.textOf(a, a+1) != "I" {
		return false
	}
	for k := a + 1; k < i; k++ {
		if p.toks[k].kind == tQuote {
			return false
		}
	}
	return true
}

// echoesEarlier reports whether an earlier quote of the story holds q's
// words: a writer who puts a speaker's phrase back in marks is quoting
// that speaker, so the phrase is no writer's own term and stays a quote.
func (x *extractor) echoesEarlier(q *quoteSpan) bool {
	w := strings.ToLower(q.text)
	for _, o := range x.d.quotes {
		if o == q {
			break
		}
		if o.words > q.words && strings.Contains(o.lowerText(), w) {
			return true
		}
	}
	return false
}

// datedTitle reports whether s is a title closed by the year of its
// edition: words in title case, perhaps a month's name among them, then a
// four-figure year ("<Report> <Month> <yyyy>", "<Outlook> <yyyy>").
// Reports and outlooks are named so, and the year defeats the title-case
// test other titles pass (a figure has no capital); speech does not end
// on a bare year after words all capitalised.
func datedTitle(s string) bool {
	if len(s) < 6 || !isDigit(s[len(s)-1]) {
		return false
	}
	k := len(s) - 5
	if s[k] != ' ' || !isYear(s[k+1:]) || s[k+1:k+3] != "19" && s[k+1:k+3] != "20" {
		return false
	}
	return capitalised(s[:k])
}

// capitalised reports whether every word of s but the small ones starts
// with a capital.
func capitalised(s string) bool {
	s = strings.TrimRight(s, ".?!,")
	n := 0
	for s != "" {
		s = strings.TrimLeft(s, " ")
		end := strings.IndexByte(s, ' ')
		if end < 0 {
			end = len(s)
		}
		w := s[:end]
		s = s[end:]
		if w == "" {
			continue
		}
		n++
		w = strings.Trim(w, "(),")
		if w == "" {
			continue
		}
		// A capital is read before the small words' list is asked: most
		// words of a phrase in title case have one, and most of any
		// other phrase fail on its second word.
		if r := firstRune(w); r >= 'A' && r <= 'Z' || r > 127 && unicode.IsUpper(r) {
			continue
		}
		if !inLexicon(w, cTitleSmall) {
			return false
		}
	}
	return n > 0
}

// actor returns the person a sentence of paragraph pi opens with as its
// subject — "He sets down his cup.", "She turns to the window." — when
// the sentence quotes no one: feature
// copy sets a quote with no attribution after such an action, and the
// quote is the actor's. nil when the sentence opens otherwise.
func (x *extractor) actor(pi, k int) *event {
	p := x.d.paras[pi]
	s := p.sents[k]
	for i := s.a; i < s.b; i++ {
		if p.toks[i].kind == tQuote || p.toks[i].q != 0 {
			return nil
		}
	}
	a := s.a
	if p.isWordAt(a) && (sceneWords[p.lw(a)] || openingParticiple(p.lw(a))) {
		// "<Preposition> the <place>, X <verb> …": a phrase setting the scene
		// before the subject. "Asked whether …, X <verb> …": a participle's
		// phrase, as profiles set up a reply, runs longer.
		span := 8
		if !sceneWords[p.lw(a)] {
			span = 14
		}
		for i, from := a+1, a; i < s.b && i < from+span; i++ {
			if p.isComma(i) {
				if p.isNameWord(i+1) || p.lowerAt(i+1) == "he" || p.lowerAt(i+1) == "she" || p.titleSubjectAt(i+1, s.b) {
					a = i + 1
				} else if relativeWords[p.lowerAt(i+1)] && p.isNameWord(i-1) && from == s.a {
					// "Asked about X, who …, the <title> …": a relative
					// clause describing the name the phrase asks about,
					// set off by commas; the subject follows its close.
					from = i + 1
					continue
				} else if sceneWords[p.lowerAt(i+1)] && from == s.a {
					// "In an interview in <year>, on the <occasion>, X
					// spoke of …": a second phrase of the scene, set
					// off by commas too, before the subject.
					from = i + 1
					continue
				}
				break
			}
		}
		if a == s.a {
			return nil
		}
	}
	if a+3 < s.b && p.isNameWord(a) && p.chunkEnd(a, s.b) == a+1 && p.isWordAt(a+1) && !p.toks[a+1].isCap(p.text) &&
		(isRoleWord(p.lw(a+1)) || agentNoun(p.lw(a+1))) && p.isNameWord(a+2) {
		// "<Event> winner <Given> <Surname> <verb> …": a capitalised
		// word and a noun for what the person is, with no commas, before
		// the name; the name is the subject.
		a += 2
	}
	appositive := false
	if n := p.nameAfterTitle(a, s.b); n > a {
		// "<Body>'s chief <title> for the <Body>, <Given> <Surname>,
		// <verb> …": the name set off after the description is the
		// subject, and the verb follows its closing comma.
		a, appositive = n, true
	}
	end := a
	switch {
	case p.isWordAt(a) && (p.lw(a) == "he" || p.lw(a) == "she"):
		end = a + 1
	case p.isNameWord(a):
		end = p.chunkEnd(a, s.b)
	case p.titleSubjectAt(a, s.b):
		// "The <title> <verb> <Person> …. “…”": a title standing in for
		// the one who holds it, as sports and local copy vary the name.
		end = a + 2
	case p.namedTitleSubjectAt(a, s.b) > a:
		// "The <Club> <title> <verb> …": sports and local copy vary a
		// manager's name with their side's name before the title.
		end = p.namedTitleSubjectAt(a, s.b)
	default:
		return nil
	}
	verb := end
	if appositive {
		verb = end + 1
	} else if end < s.b && p.isComma(end) && (end > a+1 || relativeWords[p.lowerAt(end+1)]) {
		// "X, <age>, whose <kin> …, <verb> …": the
		// asides set off by commas after a full name describe the subject;
		// the verb comes after the last of them.
		verb = p.afterAsides(end, s.b)
	}
	for n := 0; n < 2 && verb < s.b && p.isWordAt(verb) && actorAdverbs[p.lw(verb)]; n++ {
		// "He also praised …", "The <title> then turned to …": an adverb
		// between the subject and the action it describes.
		verb++
	}
	if verb >= s.b || !p.isWordAt(verb) || p.toks[verb].class&(cCap|cFunction|cDet|cPronoun) != 0 {
		return nil // not a verb after the subject: "He and his wife", "She, too,"
	}
	si := -1
	for i, ds := range x.d.sents {
		if ds.p == pi && ds.a == s.a {
			si = i
			break
		}
	}
	if si < 0 {
		return nil
	}
	ev := x.newEvent(event{p: pi, v: a, sent: si, use: quoteOnly, subj: p.interpret(a, end)})
	if ev.subj == nil || ev.subj.kind == refName && x.cast.lookup(ev.subj.name) == nil {
		return nil // a name the article has not given someone before: a page's "Read more"
	}
	x.resolveEvent(ev, si, p, a)
	if ev.ent == nil || ev.ent.kind != "person" {
		return nil
	}
	return ev
}

// profiledActor returns the person a feature's paragraph of several
// sentences opens on as its subject, by name ("<Surname>, <age>, is
// … . <She> … . <Time>, the …"), when its later
// sentences name no other person: a profile sets out who the speaker is
// between their quotes, and the quote paragraph after it, with nothing of
// its own, goes on in their voice. The person must have spoken before, and
// a name in the later sentences counts when it is of someone who speaks
// in the article (a thing named like a person does not). Nil
// otherwise.
func (x *extractor) profiledActor(pi int) *event {
	p := x.d.paras[pi]
	if len(p.sents) < 2 || !p.isNameWord(p.sents[0].a) {
		return nil
	}
	s := p.sents[0]
	a := s.a
	end := p.chunkEnd(a, s.b)
	verb := end
	if end < s.b && p.isComma(end) {
		// "<Surname>, <age>, is …", "<Surname>, a <job> at <place>, stands
		// …": the asides set off by commas describe the subject.
		verb = end + 1
		for verb < s.b && !p.isComma(verb) {
			if p.toks[verb].kind == tQuote || p.toks[verb].q != 0 {
				return nil
			}
			verb++
		}
		verb++
	}
	if verb >= s.b || !p.isWordAt(verb) || p.toks[verb].class&(cCap|cDet|cPronoun) != 0 {
		return nil
	}
	r := p.interpret(a, end)
	if r == nil || r.kind != refName {
		return nil
	}
	e := x.cast.lookup(r.name)
	if e == nil || e.kind != "person" || !x.spokeBefore(e, pi) {
		return nil
	}
	for _, t := range p.sents[1:] {
		for i := t.a; i < t.b; i++ {
			if p.toks[i].kind == tQuote || p.toks[i].q != 0 {
				return nil
			}
			if !p.isNameWord(i) || i > t.a && p.isNameWord(i-1) {
				continue
			}
			o := p.interpret(i, p.chunkEnd(i, t.b))
			if o == nil || o.kind != refName {
				continue
			}
			if oe := x.cast.lookup(o.name); oe != nil && oe != e && oe.kind == "person" && x.spokeBefore(oe, len(x.d.paras)) {
				return nil // someone else who speaks in the article, maybe next
			}
		}
	}
	si := p.first // s, the paragraph's first sentence, by its index among the document's
	ev := x.newEvent(event{p: pi, v: a, sent: si, use: quoteOnly, subj: r})
	x.resolveEvent(ev, si, p, a)
	if ev.ent != e {
		return nil
	}
	return ev
}

// spokeBefore reports whether e is the speaker of a speech in a paragraph
// before pi (anywhere in the article, with pi past its last paragraph).
func (x *extractor) spokeBefore(e *entity, pi int) bool {
	for k := 0; k < pi; k++ {
		for _, ev := range x.events[k] {
			if ev.ent == e {
				return true
			}
		}
	}
	return false
}

// titleSubjectAt reports whether "the <title>" opens at a, with a word
// after it: a title standing in for the one who holds it.
func (p *para) titleSubjectAt(a, b int) bool {
	return p.lowerAt(a) == "the" && a+2 < b && p.isWordAt(a+1) && inLexicon(p.lw(a+1), cRoleWord)
}

// namedTitleSubjectAt returns the end of "the <Name> <title>" opening at
// a, one or two capitalised words before the title ("the <Club> boss"),
// with a word after it; a when the words open otherwise.
func (p *para) namedTitleSubjectAt(a, b int) int {
	if p.lowerAt(a) != "the" {
		return a
	}
	for i := a + 1; i < a+4 && i+1 < b; i++ {
		if !p.isWordAt(i) || p.toks[i].q != 0 {
			return a
		}
		if i > a+1 && inLexicon(p.lw(i), cRoleWord) {
			return i + 1
		}
		if !p.toks[i].isCap(p.text) {
			return a
		}
	}
	return a
}

// actorAdverbs stand between an actor and their verb: "He also praised".
var actorAdverbs = set(`also then later again still earlier previously repeatedly quickly immediately
	separately personally publicly privately`)

// relativeWords open a relative clause set off by commas after a name:
// "X, who …,", "X, whose …,".
var relativeWords = set(`who whose whom`)

// nameAfterTitle returns where a name set off by commas after a
// sentence's opening description starts ("<Body>'s <title> for <Body>,
// <Name>, <verb> …"): the words from a up to the first comma, at most
// ten, hold a title and no quote, and a name closed by a comma follows.
// a when the sentence opens otherwise.
func (p *para) nameAfterTitle(a, b int) int {
	title := false
	for i := a; i < b && i < a+10; i++ {
		if !p.isWordAt(i) {
			if !p.isComma(i) || !title || i == a || !p.isNameWord(i+1) {
				return a
			}
			if e := p.chunkEnd(i+1, b); e < b && p.isComma(e) {
				return i + 1
			}
			return a
		}
		if p.toks[i].q != 0 {
			return a
		}
		if p.isRoleAt(i) {
			title = true
		} else if w := p.lw(i); p.toks[i].class&(cDet|cCap|cRoleMod) == 0 && w != "for" && w != "of" && !isPossessive(w) {
			return a // a verb or an adverb: "She speaks fondly of her <title>, <Name>, who …"
		}
	}
	return a
}

// openingParticiple reports whether a sentence's first word is a
// participle opening a phrase before the subject: "Asked about …,",
// "Pressed on …,", "Looking back,".
func openingParticiple(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// sceneWords open a phrase of place or time that may stand before a
// sentence's subject: "Outside the court, …", "At the pier, …".
var sceneWords = set(`outside inside at in on by near beside behind across along after before later back`)

// quotes reports whether the paragraph has a quotation mark.
func (p *para) quotes() bool {
	for i := range p.toks {
		if p.toks[i].kind == tQuote {
			return true
		}
	}
	return false
}

// afterAsides returns the token after the commas-delimited asides that
// start at the comma c, up to three of them, when a lower-case word that
// may be a verb follows the last; b when none does.
func (p *para) afterAsides(c, b int) int {
	for n := 0; n < 3 && c < b && p.isComma(c); n++ {
		k := c + 1
		for k < b && !p.isComma(k) {
			if p.toks[k].kind == tQuote || p.toks[k].kind == tEnd {
				return b
			}
			k++
		}
		if k+1 < b && p.isWordAt(k+1) && p.toks[k+1].class&(cCap|cFunction|cDet|cPronoun) == 0 {
			return k + 1
		}
		c = k
	}
	return b
}

// crowdWords say an opening line was a crowd's, a sign's or a song's,
// which no one named speaks: "The chant rang out as <Name> arrived".
var crowdWords = set(`chant chants chanted chanting crowd crowds slogan slogans banner banners placard
	placards sign signs protesters marchers demonstrators chorus`)

// inscriptionNouns are the closed class of things that carry written
// words no one is heard saying: a protest's placards and banners, signs,
// posters, T-shirts, stickers, graffiti, and the inscriptions and slogans
// they bear.
var inscriptionNouns = set(`placard placards banner banners sign signs poster posters inscription
	inscriptions slogan slogans t-shirt t-shirts tshirts shirts sticker stickers graffiti billboard billboards`)

// inscriptionLinks are the words that join such a noun to the words it
// bears: "<placards> bearing <slogans> such as", "banners that read",
// "signs bearing the words", "posters saying".
var inscriptionLinks = set(`such as with the words word that which read reading reads bearing bore saying
	like including a an and or written on in`)

// inscriptionBefore reports whether the quote opening at token k is the
// words on a placard, a banner or a sign: an inscription noun stands
// before it with nothing but linking words between (inscriptionLinks),
// and other quotes of the same list with their commas and "and"
// ("placards reading “<slogan>”, “<slogan>” and “<slogan>”"). A speech
// verb or any other word between breaks the link: "protesters waved
// placards and their leader said “…”" stays a quote.
func (p *para) inscriptionBefore(k int) bool {
	words := 0
	for i := k - 1; i >= 0 && words < 8; i-- {
		t := &p.toks[i]
		switch {
		case t.q != 0 || t.kind == tQuote:
			continue // an earlier quote of the list, marks and all
		case p.isComma(i):
			if i+1 < len(p.toks) && (p.toks[i+1].q != 0 || p.toks[i+1].kind == tQuote) {
				continue // the comma between two quotes of a list
			}
			return false
		case t.kind != tWord:
			return false
		}
		w := p.lw(i)
		if inscriptionNouns[w] {
			// "sign" right before the marks is the verb: "refused to
			// sign “<terms>”"; the noun has its link: "signs reading".
			return words > 0 || w != "sign" && w != "signs"
		}
		if !inscriptionLinks[w] {
			return false
		}
		words++
	}
	return false
}

// onlyQuotesAfter reports whether every sentence of the paragraph after the
// one holding token v is words in quotation marks only: '"<A>," says <Name>,
// <Title>. "<B>."' ends with the speaker's own words, which the paragraph's
// last speech verb gives, so a quote paragraph after it goes on in that
// voice.
func (p *para) onlyQuotesAfter(v int) bool {
	k := p.sentenceOf(v)
	if k < 0 || k+1 >= len(p.sents) {
		return false
	}
	for _, s := range p.sents[k+1:] {
		for i := s.a; i < s.b; i++ {
			if p.toks[i].q == 0 && p.isWordAt(i) {
				return false
			}
		}
	}
	return true
}

// subjectPronounIn reports whether a personal pronoun that can be a
// clause's subject stands in [a, b): "Having read the remarks of X, I can
// only say:" sets out the writer's own words, not X's.
func (p *para) subjectPronounIn(a, b int) bool {
	for k := a; k < b; k++ {
		switch p.lowerAt(k) {
		case "i", "we", "he", "she", "they":
			return true
		}
	}
	return false
}

// fragmentBefore returns the speech of the person whose words in marks end
// the paragraph before q, when q opens its own paragraph with nothing to
// attribute it: a profile gives a fragment of its subject's words in a
// sentence that attributes them by a phrase, not a verb ("<Prep> <her>
// own <noun>, she was <…> “…” <…>"), then lets them go on in a
// paragraph of their own. Nil unless the last quote found before q stands
// inside the last sentence of the paragraph before, not opening it, and
// has a person's speech.
func (x *extractor) fragmentBefore(q *quoteSpan, out []found) *event {
	if q.startTok != 0 || q.startPara <= x.d.lead || len(out) == 0 {
		return nil
	}
	last := out[len(out)-1]
	prev := x.d.paras[q.startPara-1]
	if last.q.endPara != q.startPara-1 || last.ev == nil || last.ev.ent == nil || last.ev.ent.kind != "person" || len(prev.sents) == 0 {
		return nil
	}
	if last.q.startPara != last.q.endPara || last.q.startTok <= prev.sents[len(prev.sents)-1].a+1 {
		return nil // a quote that opens its sentence, as a pull-quote's does, is no fragment
	}
	return last.ev
}

// gestureAfterAsking returns the reply of the one a profile's writer asks
// in the paragraph before ("I ask <question>." over "<He|She> <gesture>.
// “…”"): the quote follows a gesture whose subject is a bare "he" or
// "she", the paragraph's first sentence, and the writer's prompt, opening
// "I ask" or "I asked", is answered by whom the profile is about
// (addressee), else the one of the pronoun's gender it names most. Nil
// otherwise.
func (x *extractor) gestureAfterAsking(q *quoteSpan, k int) *event {
	pi := q.startPara
	if k != 1 || pi <= x.d.lead {
		return nil
	}
	p, prev := x.d.paras[pi], x.d.paras[pi-1]
	s := p.sents[0]
	if s.b-s.a > 4 || !p.isWordAt(s.a) || p.lw(s.a) != "he" && p.lw(s.a) != "she" || len(prev.toks) < 3 ||
		prev.lw(0) != "i" || prev.lw(1) != "ask" && prev.lw(1) != "asked" || prev.quotes() {
		return nil
	}
	g := personalPronouns[p.lw(s.a)]
	e := x.addressee(pi - 1)
	if e == nil {
		e = x.mostNamedOf(g) // the one of that gender the profile names most
	}
	if e == nil || e.kind != "person" || gendersDiffer(e.gender, g) {
		return nil
	}
	ev := x.newEvent(event{p: pi, v: s.a, sent: p.first, use: quoteOnly, subj: p.interpret(s.a, s.a+1)})
	ev.ent = e
	return ev
}
