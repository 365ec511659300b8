package ingest

import "strings"

// soleJudge returns the one judge a court report names, when its court
// sat as that judge alone: a single judge's order is the judge's words,
// which the copy gives as "the court said" or "the Bench observed"
// (a bench of two or more speaks as the court, and so does a court whose
// one named judge only wrote its opinion). The copy must say the judge
// sat alone — "the Bench of Justice <Name>" with no "and" after the
// name, or "Justice <Name>, <verb>ing the plea, …" opening a sentence, as
// the one who decided — and name no other person with the title
// "Justice" or "Judge", and no word may say there were more
// ("Justices", "judges", "Division Bench", "panel"). Read once a draft.
func (x *extractor) soleJudge() *entity {
	if x.judgeRead {
		return x.judge
	}
	x.judgeRead = true
	var one *entity
	alone := false
	for s := range x.mentions {
		p := x.d.paras[x.d.sents[s].p]
		for _, m := range x.mentions[s] {
			if m.e.kind != "person" || !judgeTitle(m.e.role) {
				continue
			}
			if one != nil && one != m.e {
				return nil
			}
			one = m.e
			if !alone && p.isWordAt(m.tok) && judgeTitle(p.word(m.tok)) {
				alone = p.judgeSatAlone(m.tok, x.d.sents[s].a)
			}
		}
	}
	if one == nil {
		return nil
	}
	for pi, p := range x.d.paras {
		for i := range p.toks {
			if !p.isWordAt(i) {
				continue
			}
			if !alone && i >= 2 && judgeTitle(p.word(i)) && p.lw(i-1) == "of" && p.lw(i-2) == "bench" {
				alone = p.judgeSatAlone(i, x.sentStart(pi, i))
			}
			switch p.lw(i) {
			case "justices", "judges", "jj", "division", "panel", "chamber", "senate", "unanimous", "majority", "dissent", "dissenting":
				return nil
			}
		}
	}
	if !alone {
		return nil
	}
	x.judge = one
	return one
}

// judgeTitle reports whether a person's title is a judge's: "Justice",
// "Chief Justice", "Judge".
func judgeTitle(role string) bool {
	return role == "Justice" || role == "Judge" || role == "Chief Justice"
}

// judgeSatAlone reports whether the judge's title at token k, in a
// sentence starting at token a, stands where copy says the judge sat
// alone: after "Bench of" with no "and" after the name ("the Bench of
// Justice <Name> observed"), or opening the sentence with a comma and a
// participle after the name ("Justice <Name>, dismissing the plea, …").
func (p *para) judgeSatAlone(k, a int) bool {
	e := k + 1
	for e < len(p.toks) && (p.nameWordAt(e) || p.toks[e].kind != tWord && p.word(e) == ".") {
		e++
	}
	if e == k+1 || e >= len(p.toks) {
		return false
	}
	if k >= a+2 && p.lw(k-1) == "of" && p.lw(k-2) == "bench" {
		return p.lw(e) != "and" && !p.isComma(e)
	}
	return k == a && p.isComma(e) && e+1 < len(p.toks) && p.isWordAt(e+1) && strings.HasSuffix(p.lw(e+1), "ing")
}

// sentStart returns the first token of the sentence of paragraph pi that
// holds token k.
func (x *extractor) sentStart(pi, k int) int {
	p := x.d.paras[pi]
	for _, sp := range p.sents {
		if k >= sp.a && k < sp.b {
			return sp.a
		}
	}
	return 0
}
