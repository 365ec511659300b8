package ingest

import (
	"math"
	"slices"
	"strings"
)

// The summary is extractive, and its method is Lead-3 with two repairs.
// On news the opening sentences are the strongest simple baseline (Lead-3
// scores ROUGE-1 40.4 on CNN/DailyMail, above TextRank's ~33), so the
// summary starts from the first three eligible sentences of the body. A
// sentence is eligible when it can stand alone: 8 to 55 words, not a
// question, not mostly quotation, and not opening with a pronoun or a
// connective that points at a sentence the reader will not see. A lead
// sentence is swapped for a more central one, from the first ten, only when
// it is weak: its keyword weight (the article frequency of its content
// words, per word) is under half the average, or it repeats more than half
// of an earlier pick's words. Sentences are kept whole and in article order.

const (
	summarySentences = 3
	summaryWindow    = 10
)

var danglingOpeners = set(`he she they it this that these those his her their its but and however also
	still yet meanwhile instead so then there`)

type candidate struct {
	idx    int // document sentence
	text   string
	terms  []int32 // its distinct words, by their index in the article's counts, ascending
	weight float64
}

// summaryCandidates returns the eligible sentences of the summary window,
// with their words; a map of those words' stems, each to its index in
// counts, for counting how often the article uses them, which holds the
// stems of the first words of ix's topic names too (see wordSlot); and
// counts, all zero.
//
// A candidate keeps its words as those indexes, sorted: overlap needs one
// order for every candidate, not the alphabet's, and sorting numbers rather
// than the words' strings (some 83 K instructions an article) saved about
// 50 K of a 5 KB article's 2.8 M, the map lookups moved here included.
//
// kept are the map's slots whose key is the stem of a stop word: the
// topics' (topicIndex.stopStems, "the") and any candidate word's ("say",
// which "says" is counted with). See countTermsAndTopics.
func (x *extractor) summaryCandidates(ix *topicIndex) (_ []candidate, _ map[string]wordSlot, _ []int, kept []keptStop) {
	sc := x.d.sc
	x.d.foldSentences()
	tf := sc.termCounts(16*summaryWindow + len(ix.byStem))
	for k, names := range ix.byStem {
		tf[k] = wordSlot{term: -1, topics: names}
	}
	keep := append(sc.keep[:0], ix.stopStems...)
	terms := int32(0) // the words' count, their indexes given in order of first use
	cands, ids := sc.cands[:0], sc.candIDs[:0]
	// Each candidate word's slot, kept by its index for the count over
	// the article's words (countTermsAndTopics), which would look the
	// same stem up again: some 150 look-ups of a 5 KB article.
	if cap(sc.slotAt) < len(x.d.words) {
		sc.slotAt = make([]wordSlot, len(x.d.words))
	}
	sc.slotAt = sc.slotAt[:len(x.d.words)]
	sc.slotSet = zeroed(sc.slotSet, len(x.d.words))
	for si, s := range x.d.sents {
		if len(cands) >= summaryWindow {
			break
		}
		p := x.d.paras[s.p]
		if s.p < x.d.lead {
			continue
		}
		text := strings.TrimSpace(p.textOf(s.a, s.b))
		if !standsAlone(p, s, text) {
			continue
		}
		c := candidate{idx: si, text: text}
		from := len(ids)
		wa, wb := x.d.foldAt[si], x.d.foldAt[si+1]
		for k, w := range x.d.words[wa:wb] {
			var t string
			if cls := x.d.wordCls[wa+k]; cls != cUnread {
				// A plain token's word, which its class says is in
				// summaryStop or not: term without the stop list's
				// map (some 22 K instructions of a 5 KB article's 2.7 M).
				if len(w) < 2 || cls&cSummaryStop != 0 {
					continue
				}
				t = stem(w)
			} else if t = term(w); t == "" {
				continue
			}
			sl, ok := tf[t]
			if !ok || sl.term < 0 {
				// w is no stop word: unstemmed, it can be only one
				// of stemOnlyStops; stemmed, the map says, when t is
				// no longer than the longest stop word.
				if len(t) == len(w) && slices.Contains(stemOnlyStops, t) || len(t) != len(w) && len(t) <= maxStopWord && stopStems[t] {
					keep = append(keep, t) // "say": "says" is counted with it
				}
				sl.term = terms
				terms++
				tf[t] = sl
			}
			if cls := x.d.wordCls[wa+k]; cls != cUnread {
				// The slot the count would find by stem(w): final, as a
				// stem's term is given once.
				sc.slotAt[wa+k], sc.slotSet[wa+k] = sl, true
			}
			ids = append(ids, sl.term)
		}
		// A piece of one buffer for all the candidates' words; capped, so
		// no append to it reaches the next one's.
		c.terms = ids[from:len(ids):len(ids)]
		slices.Sort(c.terms)
		c.terms = slices.Compact(c.terms)
		cands = append(cands, c)
	}
	sc.cands, sc.candIDs = cands, ids
	sc.counts = zeroed(sc.counts, int(terms))
	kept = sc.kept[:0]
	for _, k := range keep {
		kept = append(kept, keptStop{k, tf[k]})
	}
	sc.keep, sc.kept = keep, kept
	return cands, tf, sc.counts, kept
}

// keptStop is a draft's slot (wordSlot) whose key is a summary stop
// word's stem, which countTermsAndTopics finds without the map.
type keptStop struct {
	stem string
	slot wordSlot
}

// wordSlot is what a draft's one look-up of a word's stem finds: the
// summary candidates' word with that stem, by its index in the counts (-1
// for none), and the registry's topic names whose first word has it
// (topicIndex.byStem). The draft counts both in one pass over the
// article's words (countTermsAndTopics). summaryCandidates puts the
// topics' stems in the draft's map first, one insertion each (23 for the
// built-in registry, at most 62 for the test sets') against a look-up
// saved for each word of the article.
type wordSlot struct {
	term   int32
	topics []topicName
}

// summary picks the summary sentences from the candidates, given how often
// the article uses each of their words.
func (x *extractor) summary(cands []candidate, counts []int) []string {
	if len(cands) == 0 {
		// Nothing stands alone: the opening sentences, whole, are still the
		// best start for the editor.
		var out []string
		body := x.d.sents[x.d.paras[x.d.lead].first:]
		for _, s := range body[:min(summarySentences, len(body))] {
			out = append(out, strings.TrimSpace(x.d.paras[s.p].textOf(s.a, s.b)))
		}
		return out
	}
	for i := range cands {
		c := &cands[i]
		for _, i := range c.terms {
			c.weight += float64(counts[i])
		}
		if n := len(c.terms); n > 0 {
			c.weight /= math.Sqrt(float64(n))
		}
	}
	mean := 0.0
	for _, c := range cands {
		mean += c.weight
	}
	mean /= float64(len(cands))

	used := map[int]bool{}
	var picks []candidate
	weak := func(c candidate) bool {
		if c.weight < mean/2 {
			return true
		}
		for _, p := range picks {
			if overlap(c.terms, p.terms) > 0.5 {
				return true
			}
		}
		return false
	}
	lead := cands[:min(summarySentences, len(cands))]
	for _, c := range lead {
		if weak(c) {
			// The most central sentence of the window that is not already a
			// lead sentence and is not weak itself, if there is one.
			best := -1
			for i, alt := range cands[len(lead):] {
				if !used[alt.idx] && !weak(alt) && (best < 0 || alt.weight > cands[len(lead)+best].weight) {
					best = i
				}
			}
			if best < 0 {
				continue
			}
			c = cands[len(lead)+best]
		}
		used[c.idx] = true
		picks = append(picks, c)
	}
	// Article order reads best.
	out := make([]string, 0, len(picks))
	for _, c := range cands {
		if used[c.idx] {
			out = append(out, c.text)
		}
	}
	return out
}

// standsAlone reports whether a sentence can open a summary on its own.
func standsAlone(p *para, s sentRef, text string) bool {
	n := p.fieldsUpTo(s.a, s.b, 56)
	if p.nicked {
		n = wordCountUpTo(text, 56) // the text has words the tokens lack
	}
	if n < 8 || n > 55 || strings.HasSuffix(text, "?") {
		return false
	}
	first := text
	if i := strings.IndexByte(text, ' '); i > 0 {
		first = text[:i]
	}
	if danglingOpener(strings.Trim(first, `"“”'‘’,`)) {
		return false
	}
	quoted := 0
	for i := s.a; i < s.b; i++ {
		if p.toks[i].q != 0 {
			quoted += int(p.toks[i].e - p.toks[i].s)
		}
	}
	return quoted*10 <= len(text)*4
}

// danglingOpener is danglingOpeners[strings.ToLower(w)], lowering an
// ASCII word on the stack (lowerASCIIWord) rather than in a new string:
// asked of each candidate sentence's first word, most of them capitalised.
func danglingOpener(w string) bool {
	var buf [16]byte
	if lw, ok := lowerASCIIWord(buf[:], w); ok {
		return danglingOpeners[string(lw)]
	}
	return danglingOpeners[strings.ToLower(w)] // ToLower's own rules beyond ASCII, or a long word
}

// fieldsUpTo counts the words of textOf(a, b) as wordCountUpTo does,
// stopping at limit, from the tokens: every character but a space is in
// a token, so a word starts at each token with a space before it or none
// before it in [a, b). Counting a sentence's characters anew was some
// 20 K instructions of a 5 KB article's 2.77 M. Not for a paragraph whose
// nickname was taken out of its tokens (p.nicked).
func (p *para) fieldsUpTo(a, b, limit int) int {
	if a >= b || a < 0 || b > len(p.toks) {
		return 0
	}
	n := 1
	for i := a + 1; i < b && n < limit; i++ {
		if p.toks[i].s > p.toks[i-1].e {
			n++
		}
	}
	return n
}

// overlap is the share of the smaller sorted set's words found in the
// other.
func overlap(a, b []int32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n, j := 0, 0
	for _, t := range a {
		for j < len(b) && b[j] < t {
			j++
		}
		if j < len(b) && b[j] == t {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
