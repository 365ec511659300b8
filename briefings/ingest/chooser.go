package ingest

// The learned chooser: a small conditional-logit model that picks a
// quote's speaker among the people and bodies named around it, asked only
// where the rules found no speaker at all ("none") or only a phrase
// ("phrase"). Trained on the quotes the rules missed on article sets they
// were blind to, it gained on the blind held-out 18 and 19 (+4 −2 and
// +12 −1; docs/ingest.md, "A learned chooser, trained on the rules before
// each round") where no rule had been written. Its answer stands only when
// its likeliest candidate beats the rules' by chooserMargin, and the quote
// stays flagged for the curator (chooserCheck).
//
// The features are the experiment's (chooser_test.go, build tag chooser),
// which calls these same functions, so the weights in chooser_weights.go
// and what the drafts compute cannot drift apart.

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// chooserCats are the situations the drafts ask the chooser about: where
// the rules name nobody. Where they name someone (a pronoun, a
// description, the paragraph before) the experiment's chooser changed
// nothing, and a draft should not risk it.
var chooserCats = map[string]bool{"none": true, "phrase": true}

// chCand is one answer the chooser may give: a named entity, or Unknown.
type chCand struct {
	name string    // the display name the draft would give
	e    *entity   // the entity, its full name; nil for Unknown
	f    []float64 // its features
	nz   []int     // the features that are not zero, the only ones scored
}

// chSit is one quote the chooser is asked about. The drafts fill cat,
// cands, rules, text and quoteIdx; the rest is the experiment's
// (chooser_test.go), which labels situations to train and score on; it
// builds only with the chooser tag, so a plain staticcheck sees those
// fields unused.
type chSit struct {
	set      int //lint:ignore U1000 the experiment's (chooser_test.go, tag chooser)
	cat      string
	cands    []chCand // cands[0] is Unknown
	rules    int      // the rules' answer
	label    int      // the right answer, -1 when no candidate is it
	want     string   //lint:ignore U1000 the experiment's (chooser_test.go, tag chooser)
	text     string
	phrase   string // the words the rules read for the speaker
	article  string //lint:ignore U1000 the experiment's (chooser_test.go, tag chooser)
	quoteIdx int
	eval     bool //lint:ignore U1000 the experiment's: asked about in the evaluation, not only trained on
}

// The chooser's features, one per index of a candidate's vector. Their
// order is the weights' order: a feature added, dropped or moved needs the
// exports made anew and the weights refitted (chooser_weights.go).
const (
	fRules = iota
	fUnknown
	fUnkEv       // unknown × something attributes it (an event without a speaker)
	fUnkPhrase   // unknown × the article says a phrase
	fUnkPronoun  // unknown × rules read a pronoun
	fUnkDescr    // unknown × rules read a description
	fUnkPara     // unknown × paragraph before / actor / named later
	fUnkNone     // unknown × nothing attributes it
	fUnkDirect   // unknown × the rules read a direct attribution
	fPerson      // kind
	fOrg         //
	fPlace       //
	fReg         // the registry knows it
	fSameBefore  // named in the quote's sentence, before the quote
	fSameAfter   // named in the quote's sentence, after the quote
	fInside      // named inside the quote
	fNearBefore  // 1/(1+sentences back) to its last mention before
	fNearAfter   // 1/(1+sentences on) to its first mention after
	fParaBefore  // named earlier in the quote's paragraph
	fParaAfter   // named later in the quote's paragraph
	fPrevPara    // named in the paragraph before
	fPrevSpeaker // spoke the previous quote (rules)
	fNextSpeaker // spoke the next quote (rules)
	fSubjBefore  // the first-named speaker of the sentence before the quote
	fFirstBefore // the first mention of the sentence before the quote
	fCount       // log(1+mentions)
	fFirstPerson // the first person the article names
	fTopNamed    // the most named entity
	fQuotesGiven // log(1+quotes the rules gave it)
	fGenderOK    // a pronoun phrase agrees with its gender
	fGenderBad   // a pronoun phrase disagrees with its gender
	fDescr       // a description phrase shares a word with its role, name or heads
	fPrevSpkPron // spoke the previous quote × rules read a pronoun
	fPrevSpkNone // spoke the previous quote × nothing attributes this one
	fNearBNone   // fNearBefore × nothing attributes it
	fNearANone   // fNearAfter × nothing attributes it
	fRulesPron   // rules × pronoun
	fRulesDescr  // rules × description
	fRulesPara   // rules × paragraph before / actor / named later
	fUnkPartial  // unknown × the quote opens in lower case (a partial quote) and the rules name nobody
	fSpeaksAdj   // the first-named speaker of a sentence in the paragraph before or after the quote's
	fLead        // first named in the lead (the article's first paragraph, or a quoted headline before it)
	fUnkIndef    // unknown × the phrase the rules read is indefinite ("a farmer", "one resident")
	nFeatures
)

// unknownBySituation is the feature that weighs Unknown in each kind of
// situation, and rulesBySituation the one that weighs the rules' own answer
// where it came from a pronoun, a description or the paragraph before: how
// far to trust the rules depends on how they found the speaker.
var (
	unknownBySituation = map[string]int{"none": fUnkNone, "event": fUnkEv, "phrase": fUnkPhrase,
		"pronoun": fUnkPronoun, "description": fUnkDescr, "para": fUnkPara, "direct": fUnkDirect}
	rulesBySituation = map[string]int{"pronoun": fRulesPron, "description": fRulesDescr, "para": fRulesPara}
)

// chCategory is the kind of situation: how the rules found the speaker.
func chCategory(f found) string {
	switch {
	case f.ent == nil && f.ev == nil:
		return "none"
	case f.ent == nil && f.phrase != "":
		return "phrase"
	case f.ent == nil:
		return "event"
	case f.how == "pronoun":
		return "pronoun"
	case f.how == "description":
		return "description"
	case f.how == "actor" || f.how == "named later" || f.how == "paragraph before":
		return "para"
	}
	return "direct"
}

// chSentOf returns the document sentence holding token tok of paragraph p.
func (d *document) chSentOf(p, tok int) int {
	pa := d.paras[p]
	for k, sp := range pa.sents {
		if tok < sp.b {
			return pa.first + k
		}
	}
	return pa.first + len(pa.sents) - 1
}

// chSituations reads one drafted article's quotes into situations: for
// each quote whose category cats holds, its candidates (Unknown, then the
// entities named from six sentences before it to three after, the
// neighbouring quotes' speakers and the rules' own) and their nFeatures
// features. Every feature is read from the rules' answers, never from the
// chooser's, so one override does not move another. idx maps each quote to
// its situation, -1 when it has none.
func chSituations(x *extractor, quotes []found, cats map[string]bool) (sits []chSit, idx []int) {
	d := x.d
	key := func(e *entity) string { return foldText(x.fullName(e).display()) }
	// Article-wide counts, and the paragraph each entity is first named
	// in, plus one.
	count := map[string]int{}
	firstPara := map[string]int{}
	firstPerson, top := "", ""
	for si, ms := range x.mentions {
		for _, m := range ms {
			k := key(m.e)
			count[k]++
			if firstPara[k] == 0 {
				firstPara[k] = d.sents[si].p + 1
			}
			if firstPerson == "" && m.e.kind == "person" {
				firstPerson = k
			}
			if top == "" || count[k] > count[top] {
				top = k
			}
		}
	}
	given := map[string]int{}
	for _, f := range quotes {
		if f.ent != nil {
			given[key(f.ent)]++
		}
	}
	qIndex := map[*quoteSpan]int{}
	for i, q := range d.quotes {
		qIndex[q] = i + 1
	}
	idx = make([]int, len(quotes))
	for i, f := range quotes {
		idx[i] = -1
		cat := chCategory(f)
		if !cats[cat] {
			continue
		}
		q := f.q
		qs := d.chSentOf(q.startPara, q.startTok)
		endTok := min(q.endTok, len(d.paras[q.endPara].toks)-1)
		qe := d.chSentOf(q.endPara, endTok)
		qn := int32(qIndex[q])
		type acc struct {
			e                                         *entity
			bestBefore, bestAfter                     int
			sameBefore, sameAfter, inside, pb, pa, pp bool
		}
		byKey := map[string]*acc{}
		var order []string
		add := func(e *entity) *acc {
			if e == nil {
				return nil
			}
			if e.kind == "place" && e.reg == nil && !isKnownPlace(foldText(e.name)) {
				return nil
			}
			k := key(e)
			a := byKey[k]
			if a == nil {
				a = &acc{e: x.fullName(e), bestBefore: -1, bestAfter: -1}
				byKey[k] = a
				order = append(order, k)
			}
			return a
		}
		lo, hi := max(0, qs-6), min(len(d.sents)-1, qe+3)
		for si := lo; si <= hi; si++ {
			p := d.paras[d.sents[si].p]
			for _, m := range x.mentions[si] {
				a := add(m.e)
				if a == nil {
					continue
				}
				t := p.toks[min(m.tok, len(p.toks)-1)]
				switch {
				case t.q == qn:
					a.inside = true
				case si < qs || si == qs && d.sents[si].p == q.startPara && m.tok < q.startTok:
					if si == qs {
						a.sameBefore = true
					}
					if a.bestBefore < 0 || qs-si < a.bestBefore {
						a.bestBefore = qs - si
					}
					if d.sents[si].p == q.startPara {
						a.pb = true
					}
					if d.sents[si].p == q.startPara-1 {
						a.pp = true
					}
				default:
					if si == qe {
						a.sameAfter = true
					}
					dd := max(0, si-qe)
					if a.bestAfter < 0 || dd < a.bestAfter {
						a.bestAfter = dd
					}
					if d.sents[si].p == q.endPara {
						a.pa = true
					}
				}
			}
		}
		var prevK, nextK string
		if i > 0 && quotes[i-1].ent != nil {
			add(quotes[i-1].ent)
			prevK = key(quotes[i-1].ent)
		}
		if i+1 < len(quotes) && quotes[i+1].ent != nil {
			add(quotes[i+1].ent)
			nextK = key(quotes[i+1].ent)
		}
		rulesK := ""
		if f.ent != nil {
			if add(f.ent) == nil { // a place the window would not offer
				k := key(f.ent)
				byKey[k] = &acc{e: x.fullName(f.ent), bestBefore: -1, bestAfter: -1}
				order = append(order, k)
			}
			rulesK = key(f.ent)
		}
		subjK, firstK := "", ""
		if qs > 0 {
			if e := x.speakerAt[qs-1]; e != nil {
				subjK = key(e)
			}
			if ms := x.mentions[qs-1]; len(ms) > 0 {
				firstK = key(ms[0].e)
			}
		}
		pron := strings.ToLower(strings.TrimSpace(f.phrase))
		descr := map[string]bool{}
		if cat == "description" || cat == "phrase" {
			for _, w := range strings.Fields(strings.ToLower(f.phrase)) {
				if len(w) > 3 && w != "the" {
					descr[strings.Trim(w, "'’s,")] = true
				}
			}
		}
		// The first-named speakers of the paragraphs either side, read
		// from those paragraphs' own sentences.
		adj := map[string]bool{}
		for _, pi := range [2]int{q.startPara - 1, q.endPara + 1} {
			if pi < 0 || pi >= len(d.paras) {
				continue
			}
			for si := d.paras[pi].first; si < d.paras[pi].first+len(d.paras[pi].sents); si++ {
				if e := x.speakerAt[si]; e != nil {
					adj[key(e)] = true
				}
			}
		}
		s := chSit{cat: cat, text: q.text, phrase: f.phrase, rules: 0, label: -1, quoteIdx: i}
		unk := make([]float64, nFeatures)
		unk[fUnknown] = 1
		if k, ok := unknownBySituation[cat]; ok {
			unk[k] = 1
		}
		if f.ent == nil {
			unk[fRules] = 1
		}
		if cat == "none" || cat == "phrase" || cat == "event" {
			if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(q.text, " '‘\"“…")); unicode.IsLower(r) {
				unk[fUnkPartial] = 1
			}
		}
		if cat == "phrase" {
			switch w, _, _ := strings.Cut(pron, " "); w {
			case "a", "an", "one", "another", "some":
				unk[fUnkIndef] = 1
			}
		}
		s.cands = append(s.cands, chCand{name: Unknown, f: unk, nz: nonZero(unk)})
		for _, k := range order {
			a := byKey[k]
			e := a.e
			v := make([]float64, nFeatures)
			if k == rulesK {
				v[fRules] = 1
				s.rules = len(s.cands)
				if k, ok := rulesBySituation[cat]; ok {
					v[k] = 1
				}
			}
			switch e.kind {
			case "person":
				v[fPerson] = 1
			case "place":
				v[fPlace] = 1
			default:
				v[fOrg] = 1
			}
			if e.reg != nil {
				v[fReg] = 1
			}
			b2f := func(b bool) float64 {
				if b {
					return 1
				}
				return 0
			}
			v[fSameBefore], v[fSameAfter], v[fInside] = b2f(a.sameBefore), b2f(a.sameAfter), b2f(a.inside)
			if a.bestBefore >= 0 {
				v[fNearBefore] = 1 / (1 + float64(a.bestBefore))
			}
			if a.bestAfter >= 0 {
				v[fNearAfter] = 1 / (1 + float64(a.bestAfter))
			}
			v[fParaBefore], v[fParaAfter], v[fPrevPara] = b2f(a.pb), b2f(a.pa), b2f(a.pp)
			v[fPrevSpeaker], v[fNextSpeaker] = b2f(k == prevK), b2f(k == nextK)
			v[fSubjBefore], v[fFirstBefore] = b2f(k == subjK), b2f(k == firstK)
			v[fCount] = math.Log1p(float64(count[k]))
			v[fFirstPerson], v[fTopNamed] = b2f(k == firstPerson), b2f(k == top)
			v[fQuotesGiven] = math.Log1p(float64(given[k]))
			v[fSpeaksAdj] = b2f(adj[k])
			v[fLead] = b2f(firstPara[k] > 0 && firstPara[k]-1 <= d.lead)
			var g gender
			switch pron {
			case "he", "him", "his":
				g = male
			case "she", "her":
				g = female
			case "it", "its":
				g = orgOnly
			case "they", "them", "their":
				g = plural
			}
			if g != unknownGender {
				ok := false
				switch g {
				case male, female:
					ok = e.kind == "person" && (e.gender == g || e.gender == unknownGender)
				case orgOnly:
					ok = e.kind != "person"
				case plural:
					ok = e.kind != "person"
				}
				if ok {
					v[fGenderOK] = 1
				} else {
					v[fGenderBad] = 1
				}
			}
			if len(descr) > 0 {
				hay := strings.ToLower(e.role + " " + e.name)
				for h := range e.heads {
					hay += " " + h
				}
				for w := range descr {
					if strings.Contains(hay, w) {
						v[fDescr] = 1
						break
					}
				}
			}
			switch cat {
			case "pronoun":
				v[fPrevSpkPron] = v[fPrevSpeaker]
			case "none", "event", "phrase":
				v[fPrevSpkNone] = v[fPrevSpeaker]
				v[fNearBNone] = v[fNearBefore]
				v[fNearANone] = v[fNearAfter]
			}
			s.cands = append(s.cands, chCand{name: e.display(), e: e, f: v, nz: nonZero(v)})
		}
		idx[i] = len(sits)
		sits = append(sits, s)
	}
	return sits, idx
}

// candidate scores w·f, and the chooser's probabilities are their softmax.
type chModel []float64

// probs returns the candidates' probabilities under m.
func (m chModel) probs(s *chSit) []float64 {
	p := make([]float64, len(s.cands))
	best := math.Inf(-1)
	for k, c := range s.cands {
		for _, j := range c.nz {
			p[k] += m[j] * c.f[j]
		}
		best = max(best, p[k])
	}
	sum := 0.0
	for k := range p {
		p[k] = math.Exp(p[k] - best)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
	return p
}

// pick is the chooser's answer with margin: the likeliest candidate when
// it beats the rules' answer by more than margin, else the rules'.
func (m chModel) pick(s *chSit, margin float64) int {
	p := m.probs(s)
	best := 0
	for k := range p {
		if p[k] > p[best] {
			best = k
		}
	}
	if best != s.rules && p[best]-p[s.rules] > margin {
		return best
	}
	return s.rules
}

// nonZero lists the indices of v's non-zero entries.
func nonZero(v []float64) []int {
	var nz []int
	for j, x := range v {
		if x != 0 {
			nz = append(nz, j)
		}
	}
	return nz
}
