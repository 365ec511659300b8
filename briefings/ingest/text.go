package ingest

import (
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// para is one paragraph of the body with its tokens and sentences.
type para struct {
	text   string
	lower  string // text in lower case, at the same byte offsets
	toks   []token
	sents  []span // token ranges, in order
	first  int    // index of its first sentence in document.sents
	nicked bool   // a nickname was taken out of a name: the text has words the tokens lack
	// inner says the draft's registry has names with inner words in lower
	// case (see innerNameStart): one test where a chunk or a phrase read
	// back stops, some thousand times an article, instead of the map's.
	inner bool
	// singles is how many single marks standing apart from a word
	// (hintSingle) tokenize found: none, as in most paragraphs, lets the
	// passes that pair single marks and join possessives skip its tokens.
	// Tokens are only ever taken out after, so it never counts too few.
	singles int
	sc      *scratch
	latest  int32 // 1 + the index in sc.readings of the last span interpret read, 0 for none
}

// span is a half-open token range [a, b) in one paragraph.
type span struct{ a, b int }

// sentRef places a sentence in the document.
type sentRef struct {
	p    int // paragraph
	a, b int // token range
}

// quoteSpan is one direct quote: from its opening mark to its closing mark,
// possibly across paragraphs (an opening mark with no close until the next
// paragraph's opening mark).
type quoteSpan struct {
	startPara, startTok int // the opening mark
	endPara, endTok     int // the closing mark; endTok == len(toks) when unclosed
	closed              bool
	text                string // the words between the marks, as the corpus keeps them
	words               int
	lower               string // text in lower case, once lowerText has made it
}

// lowerText returns the quote's text in lower case, made once: echoedWords
// looks for each short quote in every quote before it.
func (q *quoteSpan) lowerText() string {
	if q.lower == "" && q.text != "" {
		q.lower = strings.ToLower(q.text)
	}
	return q.lower
}

// document is the body of an article, tokenised, with its quotes and
// sentences found.
type document struct {
	paras  []*para
	quotes []*quoteSpan
	sents  []sentRef
	lead   int    // paragraphs before the story's own: a standfirst read for its quotes only
	home   string // the dateline's place: where the story is filed from
	region string // the country or territory the dateline gives after its place
	outlet string // the publication's name, which a national paper takes from its country
	domain string // the country, folded, whose code ends the address's host (domainCountry), "" for none
	zone   string // the country, folded, whose time zone the header lines give (headerZone), "" for none
	site   string // the address's site name: its host's first label after "www." and the like, "" for none
	head   string // the article's title, whose first line may be a body's letterhead
	// pageTitle is the page's own <title> (Article.pageTitle), "" for none.
	pageTitle string
	// standfirst is the line the reader took as the subtitle
	// (Article.Subtitle), "" for none: a transcript's header line that
	// names its speakers in full.
	standfirst string
	// letterhead is the label line the reader took off over the title
	// (Article.letterhead), "" for none.
	letterhead string
	// signOff is the office the release's closing sign-off block names
	// (Article.signOff), "" for none.
	signOff string
	// author is the byline the reader took off (Article.Author), "" for
	// none.
	author string
	words  []string // a buffer for eachFolded, then the story's folded words
	foldAt []int    // where each sentence's words start in words, after foldSentences
	// wordCls is the class of each of foldSentences' words: a plain
	// token's, else cUnread (see foldTokens).
	wordCls []wordClass
	sc      *scratch // the memory its tokens and phrase readings live in
}

// scratch is the memory of one draft that the next may reuse: the tokens
// and the phrase readings (refs) are some 45 KB an article, nearly half of
// all it allocates, and each allocation brings the next collection nearer,
// which must mark the lexicon's maps again. A draft takes a scratch from
// the pool and gives it back when nothing it made points into it any more.
type scratch struct {
	toks []token
	refs slabs[ref]   // the phrase readings
	evs  slabs[event] // the speech events, some 35 an article

	quotes    slabs[quoteSpan] // the document's quotes, some 20 an article
	quoteList []*quoteSpan     // the last document's list of them
	pairs     []markPair       // doublePairs' answer, some 2 KB an article

	readings []reading // every paragraph's spans read so far, each chained to its paragraph's one before

	// joinedPlaces are the draft's registry's places named with a joining
	// word, in lower case: see regJoinedPlace.
	joinedPlaces map[string]bool
	// joinedBodies are its bodies named with "and" inside: see
	// regJoinedBody.
	joinedBodies map[string]bool
	// innerNames and innerWords are its names with other inner words in
	// lower case: see innerNameStart.
	innerNames map[string]string
	innerWords map[string]bool

	cast     *cast               // the last draft's cast, whose maps the next reuses
	lower    []byte              // the buffer lowerAll writes in
	words    []string            // the buffer eachFolded folds in
	foldAt   []int               // the last document's foldAt
	wordCls  []wordClass         // the last document's wordCls
	sents    []sentRef           // the last document's sents
	spans    []span              // its paragraphs' sentences
	paras    []para              // the paragraphs, which never move once made
	paraRefs []*para             // the document's list of them
	terms    map[string]wordSlot // the summary candidates' words and the topics' first words, by their stems
	counts   []int
	// slotAt is the slot summaryCandidates found for each word of the
	// candidates at its index in words, where slotSet says it did: the
	// count over every word asks the map only of the others.
	slotAt  []wordSlot
	slotSet []bool

	// What the later passes build and drop within a draft, some 15 KB an
	// article, kept for the next: every byte allocated brings the next
	// collection nearer.
	cands     []candidate           // summaryCandidates' sentences
	candIDs   []int32               // their words' indexes in counts, each candidate's a piece
	keep      []string              // summaryCandidates' keys that are a stop word's stem
	kept      []keptStop            // and their slots
	said      map[*event]time.Time  // saidDates' answer
	lastSaid  map[*entity]time.Time // saidDates' day last named with each speaker
	people    map[string]bool       // frequentNames' words of people's names
	names     map[string]*nameSeen  // frequentNames' counts
	seen      slabs[nameSeen]       // and what they point to, some 25 an article
	mentions  [][]mention           // the extractor's per-sentence lists
	events    [][]*event
	speakerAt []*entity
	speakerBy []*ref
	unnamed   []unnamedSubject
	kindWords []kindWord // the extractor's, grown afresh each article to some 1.2 KB
	byQuote   []*event   // attributeQuotes' events by quote
	found     []found    // attributeQuotes' answer, some 1.2 KB
}

// zeroed returns s with n zero elements, in its own array when it has
// room.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// emptiedLists returns n empty lists, each keeping the room it had in s.
func emptiedLists[T any](s [][]T, n int) [][]T {
	if cap(s) < n {
		s = append(s[:cap(s)], make([][]T, n-cap(s))...)
	}
	s = s[:n]
	for i := range s {
		s[i] = s[i][:0]
	}
	return s
}

// termCounts returns an empty map for summaryCandidates to count the
// candidates' words in: made afresh for each article, it grew to some
// 6 KB.
func (sc *scratch) termCounts(hint int) map[string]wordSlot {
	sc.terms = emptied(sc.terms, hint)
	return sc.terms
}

// newCast returns the draft's cast, made in the maps of the last draft's.
func (sc *scratch) newCast(reg *registryIndex) *cast {
	sc.cast = recast(sc.cast, reg)
	return sc.cast
}

// reading is one span interpret read and what it read.
type reading struct {
	a, b int32
	prev int32 // 1 + the paragraph's reading before this, 0 for none
	r    *ref  // a copy no caller sees; nil when the span names no one
}

// slabSize is the number of values in a slab: a slab's values never move,
// so one handed out stays put while more are.
const slabSize = 64

// slabs hands out values of one type from arrays kept for the next draft,
// each value zeroed as it is handed out: the values a draft makes and
// drops (phrase readings, speech events, entities) need not be allocated
// one by one again for each article.
type slabs[T any] struct {
	arrays [][]T // the first used of an earlier draft's are reused
	slab   int   // the array values are handed out from
	used   int   // values handed out from it
}

// next returns a zero value that lives until reset.
func (s *slabs[T]) next() *T {
	if s.used == slabSize {
		s.slab, s.used = s.slab+1, 0
	}
	if s.slab == len(s.arrays) {
		s.arrays = append(s.arrays, make([]T, slabSize))
	}
	v := &s.arrays[s.slab][s.used]
	s.used++
	var zero T
	*v = zero
	return v
}

// reset lets next hand out the values again: nothing may use them after.
func (s *slabs[T]) reset() { s.slab, s.used = 0, 0 }

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// newRef returns a zero ref that lives until the scratch is reused; a
// paragraph made without one has its refs from the heap.
func (sc *scratch) newRef() *ref {
	if sc == nil {
		return new(ref)
	}
	return sc.refs.next()
}

// release gives the document's scratch back for another draft to reuse:
// nothing may use the document, its tokens or any ref read from it after.
func (d *document) release() {
	sc := d.sc
	d.sc = nil
	for _, p := range d.paras {
		*p = para{} // what it kept of the article is no longer reachable
	}
	sc.refs.reset()
	sc.evs.reset()
	sc.seen.reset()
	sc.quotes.reset()
	clear(d.quotes)
	sc.quoteList = d.quotes[:0]
	sc.words, sc.sents, sc.foldAt, sc.wordCls = d.words[:0], d.sents[:0], d.foldAt[:0], d.wordCls[:0]
	clear(sc.readings) // the refs they keep are reused
	clear(sc.keep)     // the article's words
	clear(sc.kept)
	sc.joinedPlaces, sc.joinedBodies = nil, nil
	sc.innerNames, sc.innerWords = nil, nil
	sc.readings = sc.readings[:0]
	scratchPool.Put(sc)
}

// eachFolded calls fn with each paragraph's words as briefings.Fold
// compares them, in a buffer fn must not keep.
func (d *document) eachFolded(fn func(words []string)) {
	for _, p := range d.paras[d.lead:] {
		d.words = p.foldTokens(0, len(p.toks), d.words[:0], nil)
		fn(d.words)
	}
}

// foldSentences folds the words of every sentence of the story (not the
// lead's) into d.words, once for both the summary's candidates and the
// count of topics and terms, which folded the candidates' sentences a
// second time: d.foldAt[si] is where sentence si's words start, and
// d.foldAt[len(d.sents)] where the last ends. The tokens must not change
// after. d.wordCls gets each word's class, as foldTokens gives it.
func (d *document) foldSentences() {
	words, at, cls := d.words[:0], d.sc.foldAt[:0], d.sc.wordCls[:0]
	for _, s := range d.sents {
		at = append(at, len(words))
		if s.p >= d.lead {
			words = d.paras[s.p].foldTokens(s.a, s.b, words, &cls)
		}
	}
	d.words, d.foldAt, d.wordCls = words, append(at, len(words)), cls
}

// eachFoldedSentences calls fn with each paragraph's words as eachFolded
// does, and their classes, from the fold foldSentences made: a paragraph's
// sentences are all its tokens. at is where the words start in d.words.
func (d *document) eachFoldedSentences(fn func(at int, words []string, cls []wordClass)) {
	for _, p := range d.paras[d.lead:] {
		a, b := d.foldAt[p.first], d.foldAt[p.first+len(p.sents)]
		fn(a, d.words[a:b], d.wordCls[a:b])
	}
}

func newDocument(paragraphs []string) *document {
	return newDocumentIn(paragraphs, nil)
}

// newDocumentIn is newDocument for a draft against a registry: the phrase
// readings, which finding the quotes already makes, must know the places
// the registry lists by a name with "of" in it (see regJoinedPlace).
func newDocumentIn(paragraphs []string, reg *registryIndex) *document {
	d := &document{sc: scratchPool.Get().(*scratch)}
	d.sc.joinedPlaces, d.sc.joinedBodies = nil, nil
	d.sc.innerNames, d.sc.innerWords = nil, nil
	if reg != nil {
		d.sc.joinedPlaces, d.sc.joinedBodies = reg.joinedPlaces, reg.joinedBodies
		d.sc.innerNames, d.sc.innerWords = reg.innerNames, reg.innerWords
	}
	d.words, d.sents, d.quotes = d.sc.words[:0], d.sc.sents[:0], d.sc.quoteList[:0]
	if len(d.sc.paras) < len(paragraphs) {
		d.sc.paras, d.sc.paraRefs = make([]para, len(paragraphs)), make([]*para, len(paragraphs))
	}
	d.paras = d.sc.paraRefs[:0]
	n := 0
	for _, p := range paragraphs {
		n += len(p)/4 + 1
	}
	buf := d.sc.toks[:0] // one buffer for every paragraph's tokens
	if cap(buf) < n {
		buf = make([]token, 0, n)
	}
	lowers := lowerAll(paragraphs, &d.sc.lower)
	for pi, text := range paragraphs {
		start := len(buf)
		lower := lowers[pi]
		var singles int
		buf, singles = tokenize(text, lower, buf)
		p := &d.sc.paras[pi]
		*p = para{text: text, lower: lower, toks: buf[start:len(buf):len(buf)], sc: d.sc, singles: singles, inner: d.sc.innerWords != nil}
		d.paras = append(d.paras, p)
	}
	d.sc.toks = buf[:0]
	d.findQuotes()
	spans := d.sc.spans[:0] // every paragraph's sentences in one buffer
	for i, p := range d.paras {
		p.first = len(d.sents)
		from := len(spans)
		spans = splitSentences(p, spans)
		p.sents = spans[from:len(spans):len(spans)]
		for _, s := range p.sents {
			d.sents = append(d.sents, sentRef{p: i, a: s.a, b: s.b})
		}
	}
	d.sc.spans = spans
	return d
}

// lowerAll returns each paragraph in lower case, as lowerInto writes it, all in one buffer:
// one allocation per article rather than one per paragraph. It writes in
// *scratch, which it grows when it must, before copying to a string.
func lowerAll(paragraphs []string, scratch *[]byte) []string {
	n := 0
	for _, p := range paragraphs {
		n += len(p)
	}
	out := make([]string, len(paragraphs))
	if n == 0 {
		return out
	}
	if cap(*scratch) < n {
		*scratch = make([]byte, n)
	}
	buf := (*scratch)[:n]
	at := 0
	for _, p := range paragraphs {
		lowerInto(buf[at:at+len(p)], p)
		at += len(p)
	}
	all := string(buf) // one copy of ~5 KB: not worth unsafe.String
	at = 0
	for i, p := range paragraphs {
		out[i] = all[at : at+len(p)]
		at += len(p)
	}
	return out
}

// markOpens decides whether a quotation mark opens or closes, from what is
// around it first (a mark after a space and before a word opens) and from
// its shape second; a straight mark with nothing to go by alternates.
func markOpens(text string, t *token, inQuote bool) bool {
	before, after := isSpaceBefore(text, int(t.s)), isSpaceAfter(text, int(t.e))
	switch {
	case before && !after:
		return true
	case !before && after:
		return false
	case t.hint == hintOpen:
		return true
	case t.hint == hintClose:
		return false
	}
	return !inQuote
}

// markPair is a quotation opened and closed by one pass over the marks,
// before quotes nested in quotes are settled: from the opening mark to the
// closing mark (endTok == len(toks) when a double quote is left open).
type markPair struct {
	startPara, startTok int
	endPara, endTok     int
	closed, single      bool
	nested              bool // inside a quote of the other kind: part of its text
}

// before reports whether pair a starts before pair b.
func (a *markPair) before(para, tok int) bool {
	return a.startPara < para || a.startPara == para && a.startTok < tok
}

// endsBefore reports whether pair a ends before the place (para, tok).
func (a *markPair) endsBefore(para, tok int) bool {
	return a.endPara < para || a.endPara == para && a.endTok < tok
}

// contains reports whether pair b lies inside pair a.
func (a *markPair) contains(b *markPair) bool {
	return a.before(b.startPara, b.startTok) && !a.endsBefore(b.endPara, b.endTok)
}

// findQuotes pairs quotation marks into quotes. Double marks and single
// marks are paired each on their own, and then whichever quote lies inside
// one of the other kind is part of its text: US copy nests 'single' marks
// in "double" ones, British copy "double" in 'single'. A double quote still
// open at the end of a paragraph continues when the next paragraph starts
// with an opening mark, the convention for a quote running over
// paragraphs, and is otherwise closed at the paragraph's end; a single
// quote left open is an apostrophe, not a quote.
func (d *document) findQuotes() {
	pairs := d.doublePairs()
	singles := d.singlePairs()
	if len(singles) > 0 {
		pairs = settleNesting(pairs, singles)
	}
	// A nickname in either kind of mark: Graham 'Blue' Hennessy, Robert
	// "Bob" X.
	if d.dropNicknames(pairs) {
		d.findQuotes() // the marks of a nickname are gone: pair again
		return
	}
	d.joinPossessives(pairs)
	for i := range pairs {
		pr := &pairs[i]
		if pr.nested {
			continue
		}
		q := d.sc.quotes.next()
		*q = quoteSpan{startPara: pr.startPara, startTok: pr.startTok, endPara: pr.endPara, endTok: pr.endTok, closed: pr.closed}
		d.quotes = append(d.quotes, q)
		n := int32(len(d.quotes))
		for pi := pr.startPara; pi <= pr.endPara; pi++ {
			p := d.paras[pi]
			from, to := 0, len(p.toks)
			if pi == pr.startPara {
				from = pr.startTok
			}
			if pi == pr.endPara {
				to = min(pr.endTok+1, len(p.toks))
			}
			for ti := from; ti < to; ti++ {
				t := &p.toks[ti]
				t.q = n
				switch {
				case pr.single && t.hint == hintSingle && (ti == pr.startTok && pi == pr.startPara || ti == 0):
					t.kind, t.open = tQuote, true // the opening mark, or a continuation's
				case pr.single && t.hint == hintSingle && ti == pr.endTok && pi == pr.endPara:
					t.kind, t.open = tQuote, false
				case pr.single && t.kind == tQuote:
					t.kind = tPunct // a double mark nested in a single quote is only text
				}
			}
		}
		q.text, q.words = d.quoteText(q)
	}
	for _, p := range d.paras {
		p.markNameWords() // the tokens and their quotes are final
	}
}

// doublePairs pairs the double quotation marks. A closing mark with no
// quote open is a stray mark (in a headline, a dateline): ignored.
func (d *document) doublePairs() []markPair {
	// The last document's buffer, or one allocation for most articles'
	// quotes. findQuotes pairs again after dropping a nickname's marks,
	// but only once done with the first pairs.
	out := d.sc.pairs[:0]
	if cap(out) == 0 {
		out = make([]markPair, 0, 16)
	}
	cur := -1
	for pi, p := range d.paras {
		toks := p.toks
		for ti := nextQuoteMark(toks, 0); ti < len(toks); ti = nextQuoteMark(toks, ti+1) {
			t := &toks[ti]
			t.open = markOpens(p.text, t, cur >= 0)
			switch {
			case t.open && cur < 0:
				out = append(out, markPair{startPara: pi, startTok: ti})
				cur = len(out) - 1
			case !t.open && cur >= 0:
				out[cur].endPara, out[cur].endTok, out[cur].closed = pi, ti, true
				cur = -1
			}
			// An opening mark inside a quote is the continuation mark of a
			// quote running over paragraphs, or a nested quote written with
			// double marks; either way it is part of the quote.
		}
		if cur >= 0 {
			next := pi + 1
			if next < len(d.paras) && len(d.paras[next].toks) > 0 {
				nt := &d.paras[next].toks[0]
				if nt.kind == tQuote && markOpens(d.paras[next].text, nt, false) && !captionLine(p.text) && p.toks[len(p.toks)-1].kind != tWord {
					// The quote runs on into the next paragraph; a caption's
					// stray mark does not, nor does a heading's, which ends
					// on a word where speech ends its paragraph on a stop or
					// a mark.
					continue
				}
			}
			out[cur].endPara, out[cur].endTok = pi, len(p.toks)
			cur = -1
		}
	}
	d.sc.pairs = out[:0]
	return out
}

// nextQuoteMark returns the index of the first double quotation mark in
// toks from i, or len(toks). The loops that look for the marks among all
// of a paragraph's tokens, around calls, took some 15 instructions a token,
// most of them the loop's variables kept across those calls; alone, this
// takes about five.
func nextQuoteMark(toks []token, i int) int {
	for i < len(toks) && toks[i].kind != tQuote {
		i++
	}
	return i
}

// nextSingleMark is nextQuoteMark for a single mark or apostrophe standing
// apart from a word (hintSingle).
func nextSingleMark(toks []token, i int) int {
	for i < len(toks) && toks[i].hint != hintSingle {
		i++
	}
	return i
}

// singlePairs pairs single quotation marks, which are also apostrophes
// (don't, the '90s, Ramos' goal, rock 'n' roll). A mark opens when a word
// boundary is before it and a word after it, and closes the other way
// round; a mark after a plural's s and before a lower-case word is a
// possessive when a later mark could close the quote instead. A quote
// left open at the end of its paragraph runs on when the next paragraph
// opens with a single mark, and is otherwise no quote.
func (d *document) singlePairs() []markPair {
	var out []markPair
	var cur *markPair
	for pi, p := range d.paras {
		toks := p.toks
		if p.singles == 0 {
			toks = nil // no single mark to pair: the paragraph is only passed by
		}
		for ti := nextSingleMark(toks, 0); ti < len(toks); ti = nextSingleMark(toks, ti+1) {
			opens, closes, weak := p.singleMark(ti)
			switch {
			case cur == nil && opens:
				cur = &markPair{startPara: pi, startTok: ti, single: true}
			case cur != nil && closes:
				if weak && p.closerAhead(ti+1) {
					continue // a possessive: the quote closes later
				}
				cur.endPara, cur.endTok, cur.closed = pi, ti, true
				if d.hasLetters(cur) {
					out = append(out, *cur)
				}
				cur = nil
			}
			// An opening mark inside an open quote is a continuation mark
			// at a paragraph's start, or an apostrophe: either way text.
		}
		if cur != nil {
			if next := pi + 1; next < len(d.paras) && len(d.paras[next].toks) > 0 && d.paras[next].toks[0].hint == hintSingle {
				if opens, _, _ := d.paras[next].singleMark(0); opens {
					continue
				}
			}
			cur = nil // never closed: an apostrophe
		}
	}
	return out
}

// singleMark reads the single mark at token i: whether it may open or
// close a quote, and whether as a closing mark it may be a plural's
// possessive instead.
func (p *para) singleMark(i int) (opens, closes, weak bool) {
	t := &p.toks[i]
	s, e := int(t.s), int(t.e)
	before := s == 0 || isSpaceBefore(p.text, s) || isMarkAt(p.text, s-1, true)
	after := e >= len(p.text) || isSpaceAfter(p.text, e) || isMarkAt(p.text, e, false)
	switch {
	case before && !after:
		if i+1 < len(p.toks) && p.toks[i+1].kind == tWord && elision(p.lw(i+1)) {
			return false, false, false // the '90s, rock 'n' roll
		}
		return true, false, false
	case !before && after:
		weak = e < len(p.text)-1 && p.text[e] == ' ' && (p.text[s-1] == 's' || p.text[s-1] == 'S') &&
			unicode.IsLower(firstRune(p.text[e+1:]))
		return false, true, weak
	}
	return false, false, false
}

// closerAhead reports whether a single mark that can close a quote comes
// after token i in the paragraph, before any that would open one.
func (p *para) closerAhead(i int) bool {
	for ; i < len(p.toks); i++ {
		if p.toks[i].hint != hintSingle {
			continue
		}
		opens, closes, _ := p.singleMark(i)
		if closes {
			return true
		}
		if opens {
			return false
		}
	}
	return false
}

// elision reports whether a word after an apostrophe is a shortened word,
// not a quote's first: '90s, 'em, 'n', 'til.
func elision(w string) bool {
	if r := firstRune(w); r >= '0' && r <= '9' {
		return true
	}
	switch w {
	case "n", "em", "til", "tis", "twas", "cause", "bout", "cos":
		return true
	}
	return false
}

// isMarkAt reports whether the byte at i starts (or, with back, ends) a
// double quotation mark, which a nested single mark sits against.
func isMarkAt(text string, i int, back bool) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	var r rune
	if back {
		r, _ = utf8.DecodeLastRuneInString(text[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(text[i:])
	}
	return r == '"' || r == '“' || r == '”' || r == '«' || r == '»'
}

// hasLetters reports whether a single-quoted pair holds a word of two
// letters or more: 'n' and 'o' are not quotes.
func (d *document) hasLetters(pr *markPair) bool {
	p := d.paras[pr.startPara]
	to := len(p.toks)
	if pr.endPara == pr.startPara {
		to = pr.endTok
	}
	for i := pr.startTok + 1; i < to; i++ {
		if p.toks[i].kind == tWord && p.toks[i].e-p.toks[i].s >= 2 {
			return true
		}
	}
	return pr.endPara != pr.startPara
}

// settleNesting merges the double and single pairs: a quote inside one of
// the other kind is part of its text, and a single pair that crosses a
// double quote's edge was apostrophes after all. The result is in text
// order.
func settleNesting(doubles, singles []markPair) []markPair {
	out := make([]markPair, 0, len(doubles)+len(singles))
	for si := range singles {
		s := &singles[si]
		keep := true
		for di := range doubles {
			dq := &doubles[di]
			switch {
			case s.contains(dq):
				dq.nested = true
			case dq.contains(s):
				keep = false
			case dq.before(s.startPara, s.startTok) && !dq.endsBefore(s.startPara, s.startTok),
				s.before(dq.startPara, dq.startTok) && !s.endsBefore(dq.startPara, dq.startTok):
				keep = false // crossing edges
			}
		}
		if keep {
			out = append(out, *s)
		}
	}
	out = append(out, doubles...)
	sort.Slice(out, func(i, j int) bool { return out[i].before(out[j].startPara, out[j].startTok) })
	return out
}

// joinPossessives makes each single mark that pairing left over after a
// plural's s part of its word ("the owners' priorities", "supporters'
// trust chairman"), as the tokenizer does when a capital follows, so the
// phrase rules read one word; the pairs' token indices follow.
func (d *document) joinPossessives(pairs []markPair) {
	for pi, p := range d.paras {
		if p.singles == 0 {
			continue // no single mark to join
		}
		var drop []int
		toks := p.toks
		for i := nextSingleMark(toks, 1); i < len(toks); i = nextSingleMark(toks, i+1) {
			t, w := &toks[i], &toks[i-1]
			if t.hint != hintSingle || t.kind != tPunct || w.kind != tWord || w.e != t.s ||
				(p.text[w.e-1] != 's' && p.text[w.e-1] != 'S') || !isSpaceAfter(p.text, int(t.e)) || markUsed(pairs, pi, i) {
				continue
			}
			drop = append(drop, i)
		}
		if len(drop) == 0 {
			continue
		}
		// Join, then move every pair index past a dropped mark.
		out := p.toks[:0]
		k := 0
		for i := range p.toks {
			if k < len(drop) && drop[k] == i {
				out[len(out)-1].e = p.toks[i].e
				out[len(out)-1].lw = p.lower[out[len(out)-1].s:p.toks[i].e]
				out[len(out)-1].class = out[len(out)-1].class&^listBits | listClass(out[len(out)-1].lw)
				out[len(out)-1].plain = false // the word has its apostrophe now
				k++
				continue
			}
			out = append(out, p.toks[i])
		}
		p.toks = out
		shift := func(ti int) int {
			n := 0
			for _, dr := range drop {
				if dr < ti {
					n++
				}
			}
			return ti - n
		}
		for j := range pairs {
			pr := &pairs[j]
			if pr.startPara == pi {
				pr.startTok = shift(pr.startTok)
			}
			if pr.endPara == pi {
				pr.endTok = shift(pr.endTok)
			}
		}
	}
}

// markUsed reports whether token i of paragraph pi opens or closes one of
// the single-quoted pairs, or continues one into its paragraph.
func markUsed(pairs []markPair, pi, i int) bool {
	for j := range pairs {
		pr := &pairs[j]
		if !pr.single || pr.nested {
			continue
		}
		if pr.startPara == pi && pr.startTok == i || pr.endPara == pi && pr.endTok == i ||
			i == 0 && pr.startPara < pi && pi <= pr.endPara {
			return true
		}
	}
	return false
}

// dropNicknames takes the marks and words of a nickname out of the name
// they sit in (Graham 'Blue' Hennessy is Graham Hennessy): a quote of one
// to three capitalised words between two capitalised words (a nickname
// with its article, "The <Adjective> <Noun>", is three); the word after
// it may be a surname's lower-case particle before the surname's capital
// ("<Given> '<Nick>' dela <Surname>"). It reports
// whether it took any out.
func (d *document) dropNicknames(pairs []markPair) bool {
	dropped := false
	for i := len(pairs) - 1; i >= 0; i-- {
		pr := &pairs[i]
		if pr.nested || !pr.closed || pr.startPara != pr.endPara {
			continue
		}
		p := d.paras[pr.startPara]
		a, b := pr.startTok, pr.endTok
		if a == 0 || b+1 >= len(p.toks) || b-a < 2 || b-a > 4 {
			continue
		}
		next := b + 1
		if p.toks[next].kind == tWord && p.toks[next].class&cParticle != 0 && particles[p.lower[p.toks[next].s:p.toks[next].e]] && next+1 < len(p.toks) {
			next++ // a surname with a lower-case particle ("<Given> '<Nick>' dela <Surname>")
		}
		nick := p.toks[a-1].kind == tWord && p.toks[a-1].class&cCap != 0 && p.toks[a-1].class&cFunction == 0 &&
			p.toks[next].kind == tWord && p.toks[next].class&cCap != 0
		for k := a + 1; k < b && nick; k++ {
			nick = p.toks[k].kind == tWord && (p.toks[k].class&cCap != 0 || b-a == 2 && articledName(p.text[p.toks[k].s:p.toks[k].e]))
		}
		if !nick {
			continue
		}
		p.toks = append(p.toks[:a], p.toks[b+1:]...)
		p.nicked = true
		dropped = true
	}
	return dropped
}

// articledName reports whether a word in lower case is an article joined
// by a hyphen to a capitalised name, as Maltese and Arabic nicknames are
// ("il-Kbir", "el-Gordo"): a name, though its first letter is small.
func articledName(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && h <= 3 && h+1 < len(w) && unicode.IsUpper(firstRune(w[h+1:]))
}

// quoteText returns the words of a quote: exactly the characters between
// the marks, paragraphs joined by a space, without a trailing comma (the one
// before an attribution, as in "…operations," Putin said).
func (d *document) quoteText(q *quoteSpan) (string, int) {
	var b strings.Builder
	one := "" // the only piece so far, kept out of b: most quotes are one paragraph's
	for pi := q.startPara; pi <= q.endPara; pi++ {
		p := d.paras[pi]
		from := 0
		if pi == q.startPara {
			from = int(p.toks[q.startTok].e)
		} else if len(p.toks) > 0 && p.toks[0].kind == tQuote {
			from = int(p.toks[0].e)
		}
		to := len(p.text)
		if pi == q.endPara && q.endTok < len(p.toks) {
			to = int(p.toks[q.endTok].s)
		}
		if from > to {
			continue
		}
		piece := strings.TrimSpace(p.text[from:to])
		if piece == "" {
			continue
		}
		if one == "" && b.Len() == 0 {
			one = piece
			continue
		}
		if one != "" {
			b.WriteString(one)
			one = ""
		}
		b.WriteByte(' ')
		b.WriteString(piece)
	}
	text := one
	if text == "" {
		text = b.String()
	}
	text = squeeze(text)
	text = strings.TrimSpace(strings.TrimSuffix(text, ","))
	if q.startPara == q.endPara && !d.paras[q.startPara].nicked {
		// The tokens between the marks hold the words of a quote inside
		// one paragraph: counted from them, not its text again. A comma
		// set apart at the end, a word to the tokens, was trimmed off.
		p := d.paras[q.startPara]
		a, b := q.startTok+1, min(q.endTok, len(p.toks))
		n := p.fieldsUpTo(a, b, 12)
		if n > 0 && p.word(b-1) == "," && (b-1 == a || p.toks[b-1].s > p.toks[b-2].e) {
			n--
		}
		return text, min(n, 11) // only short quotes are told apart by length
	}
	return text, wordCountUpTo(text, 11) // only short quotes are told apart by length
}

// splitSentences finds sentence ends outside quotes: a full stop, question
// or exclamation mark (or a closing quotation mark right after one) followed
// by a capital, a digit, an opening mark or the end of the paragraph.
//
// It appends the sentences to out and returns it.
func splitSentences(p *para, out []span) []span {
	start := 0
	toks := p.toks // read once, as in doublePairs
	n := len(toks)
	for i := 0; i < n; i++ {
		t := &toks[i]
		end := false
		switch {
		case t.kind == tEnd && t.q == 0:
			end = true
		case t.kind == tQuote && !t.open && i > 0 && p.toks[i-1].kind == tEnd:
			end = true
		case t.kind == tWord && t.q == 0 && !t.plain && strings.HasSuffix(p.low(t), ".") && // a plain word has no full stop
			(sentenceEndingAbbrevs[strings.TrimSuffix(p.low(t), ".")] || dottedInitials(strings.TrimSuffix(p.low(t), "."))) && i+1 < n:
			nt := &p.toks[i+1]
			end = nt.kind == tQuote && nt.open || nt.isCap(p.text) && functionWords[p.low(nt)]
		}
		if !end {
			continue
		}
		// Closing brackets and marks stay with the sentence they close.
		for i+1 < n && (p.lw(i+1) == ")" || p.toks[i+1].kind == tQuote && !p.toks[i+1].open && p.toks[i+1].q != 0) {
			i++
		}
		if i+1 < n {
			nt := &p.toks[i+1]
			r := firstRune(p.text[nt.s:])
			if !(nt.isCap(p.text) || nt.kind == tQuote && nt.open || p.low(nt) == "(" || r >= '0' && r <= '9') {
				continue
			}
		}
		out = append(out, span{start, i + 1})
		start = i + 1
	}
	if start < n {
		out = append(out, span{start, n})
	}
	return out
}

// hasDoubleMark reports whether s holds a double quotation mark: ", “ or
// ”. strings.ContainsAny decodes s a character at a time against a set
// that is not ASCII; these look for each mark's bytes.
func hasDoubleMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "”")
}

// doubleMarkIn is hasDoubleMark(p.textOf(a, b)), asked of the tokens:
// every character but a space is in one, and a mark is a token of its
// own, so a chunk of name words, which seldom holds a mark, is settled
// without searching its text three times over (some 13 K instructions
// of a 5 KB article's 2.5 M, a chunk at a time). The text of a paragraph
// whose nickname was taken out of its tokens, marks and all, is searched.
func (p *para) doubleMarkIn(a, b int) bool {
	if p.nicked {
		return hasDoubleMark(p.textOf(a, b))
	}
	for k := max(a, 0); k < b && k < len(p.toks); k++ {
		if t := &p.toks[k]; t.kind == tQuote {
			switch p.text[t.s:t.e] {
			case `"`, "“", "”":
				return true
			}
		}
	}
	return false
}

// wordCount counts the words of s as strings.Fields would, without
// allocating.
func wordCount(s string) int { return wordCountUpTo(s, len(s)+1) }

// wordCountUpTo counts words like wordCount, stopping at limit.
func wordCountUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !spaceish[c] {
			if !in {
				if n++; n >= limit {
					return n
				}
				in = true
			}
			for i+1 < len(s) && !spaceish[s[i+1]] {
				i++ // the rest of the word
			}
			continue
		}
		if c < utf8.RuneSelf {
			in = false
			continue
		}
		// The lead byte of a character that may be a space (U+00A0 …).
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size - 1
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			if n++; n >= limit {
				return n
			}
			in = true
		}
	}
	return n
}

// squeeze collapses runs of white space into single spaces and trims the
// ends, returning s itself when there is nothing to change.
func squeeze(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		if !spaceish[s[i]] {
			// A run of other bytes, most of any text, in a loop of its own.
			for i+1 < len(s) && !spaceish[s[i+1]] {
				i++
			}
			prevSpace = false
			continue
		}
		c := s[i]
		if c == ' ' && !prevSpace {
			prevSpace = true
			continue
		}
		if c < utf8.RuneSelf {
			clean = false // a second space, a tab or a line break
			break
		}
		// The lead byte of a multi-byte space (U+00A0, U+2009, U+3000 …).
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			clean = false
			break
		}
		i += size - 1
		prevSpace = false
	}
	if clean && !prevSpace {
		return s
	}
	if clean && s == "" {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// spaceish marks the bytes squeeze must look at: ASCII white space and the
// lead bytes of the multi-byte characters unicode.IsSpace knows (U+0085,
// U+00A0, U+1680, U+2000–U+205F, U+3000).
var spaceish = func() (t [256]bool) {
	for _, c := range []byte(" \t\n\r\v\f\xc2\xe1\xe2\xe3") {
		t[c] = true
	}
	return t
}()

// sentenceOf returns the index (in p.sents) of the sentence holding token i.
func (p *para) sentenceOf(i int) int {
	for k, s := range p.sents {
		if i < s.b {
			return k
		}
	}
	return len(p.sents) - 1
}

// textOf returns the paragraph text of a token range.
func (p *para) textOf(a, b int) string {
	if a >= b || a < 0 || b > len(p.toks) {
		return ""
	}
	return p.text[p.toks[a].s:p.toks[b-1].e]
}

// nameOf returns the text of a name's tokens [a, b): the paragraph's text,
// unless a nickname was taken out between them (Graham 'Blue' Hennessy),
// when the tokens are joined again as the text spaced them.
func (p *para) nameOf(a, b int) string {
	text := p.textOf(a, b)
	if !p.nicked {
		return text
	}
	var sb strings.Builder
	for i := a; i < b; i++ {
		if i > a && p.toks[i].s > p.toks[i-1].e {
			sb.WriteByte(' ')
		}
		sb.WriteString(p.word(i))
	}
	return sb.String()
}

// lw returns token i in lower case, as tokenize kept it.
func (p *para) lw(i int) string { return p.toks[i].lw }

// low returns a token of the paragraph in lower case, as tokenize kept it.
func (p *para) low(t *token) string { return t.lw }

// word returns a token's text.
func (p *para) word(i int) string { return p.text[p.toks[i].s:p.toks[i].e] }
