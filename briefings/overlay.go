package briefings

import (
	"slices"
	"sort"
)

// overlay is what a catalog serves differently from its base: briefings
// published, replaced or withdrawn since the base was indexed, and registry
// entries added. Building one costs the size of the change plus a pass over
// the briefing list, not a re-index, so a change is served within
// milliseconds even at 100,000 briefings; the Library rebuilds the base in
// the background once the overlay grows.
//
// Every lookup answers as a catalog built from scratch would (the test
// compares them), with one exception: BM25 scores the overlay's documents,
// and keeps scoring the base's, with the base's mean document length, as
// if the changed briefings were of average length. The terms' document
// frequencies, and so their idf, are exact.
type overlay struct {
	changed   map[string]*Briefing   // id -> the briefing served now, or nil for none
	briefings []*Briefing            // every served briefing, newest first
	byTopic   map[*Topic][]*Briefing // topics whose briefings changed
	quotes    map[*Speaker][]*Quote  // speakers whose quotes changed: all their quotes, in order
	quoteByID map[string]*Quote      // quotes of those speakers: the one served, or nil
	nquotes   int

	mask   bitset         // base documents no longer served
	masked int            // how many
	maskDF map[uint32]int // base term id -> masked documents holding it
	ix     *index         // the overlay's own documents: docsB, then docsQ
	docsB  []*Briefing
	docsQ  []*Quote
	qspan  map[*Speaker][2]uint32 // a speaker's documents in ix
	rank   map[*Speaker]int       // a speaker's place in the catalog's speakers
}

// withChanges returns a catalog serving c's base with put (id -> briefing
// to serve, nil to serve none) and the registry entries added. The
// briefings must name the speakers and topics of c's registry or of the
// additions, as the same pointers. c must have no overlay of its own:
// changes are always made over a base.
func (c *Catalog) withChanges(put map[string]*Briefing, addS []*Speaker, addT []*Topic) *Catalog {
	if c.ov != nil {
		panic("briefings: withChanges on a catalog with an overlay")
	}
	nc := &Catalog{base: c.base}
	if len(addS)+len(addT) > 0 {
		reg := &Registry{Speakers: append(slices.Clone(c.speakers), addS...), Topics: append(slices.Clone(c.topics), addT...)}
		nc.names = newResolver(reg)
		nc.topics = sortedTopics(reg.Topics)
		nc.speakers = sortedSpeakers(reg.Speakers)
	}
	ov := &overlay{
		changed:   make(map[string]*Briefing, len(put)),
		byTopic:   map[*Topic][]*Briefing{},
		quotes:    map[*Speaker][]*Quote{},
		quoteByID: map[string]*Quote{},
		maskDF:    map[uint32]int{},
		qspan:     map[*Speaker][2]uint32{},
		rank:      make(map[*Speaker]int, len(nc.speakers)),
	}
	nc.ov = ov
	for i, s := range nc.speakers {
		ov.rank[s] = i
	}

	removed := map[*Briefing]bool{}
	var added []*Briefing
	for id, b := range put {
		if old := c.byID[id]; old != nil {
			removed[old] = true
		}
		if b != nil && b.Draft {
			b = nil
		}
		ov.changed[id] = b
		if b != nil {
			added = append(added, b)
		}
	}
	sort.Slice(added, func(i, j int) bool { return newer(added[i], added[j]) })
	ov.briefings = mergeBriefings(c.briefings, removed, added)

	topics := map[*Topic]bool{}
	speakers := map[*Speaker]bool{}
	addedBy := map[*Speaker][]*Quote{}
	for b := range removed {
		for _, t := range b.Topics {
			topics[t] = true
		}
		for _, q := range b.Quotes {
			speakers[q.Speaker] = true
		}
	}
	for _, b := range added {
		for _, t := range b.Topics {
			topics[t] = true
		}
		for _, q := range b.Quotes {
			speakers[q.Speaker] = true
			addedBy[q.Speaker] = append(addedBy[q.Speaker], q)
		}
	}
	for t := range topics {
		var on []*Briefing
		for _, b := range added {
			if b.HasTopic(t) {
				on = append(on, b)
			}
		}
		ov.byTopic[t] = mergeBriefings(c.byTopic[t], removed, on)
	}

	ov.mask = newBitset(len(c.briefings) + len(c.quotes))
	nb := uint32(len(c.briefings))
	for b := range removed {
		texts, _ := briefingText(b, nil, nil)
		ov.maskDoc(c, c.docOf(b), texts)
	}
	newQuotes := map[*Speaker][]*Quote{}
	maskedQuotes, ovQuotes := 0, 0
	for s := range speakers {
		span := c.quoteSpan[s]
		indexed := c.quotes[span[0]:span[1]]
		var cand []*Quote
		for _, q := range indexed {
			if !removed[q.Briefing] {
				cand = append(cand, q)
			}
		}
		for _, q := range c.dups[s] {
			if !removed[q.Briefing] {
				cand = append(cand, q)
			}
		}
		cand = append(cand, addedBy[s]...)
		sort.Slice(cand, func(i, j int) bool { return quoteBefore(cand[i], cand[j]) })
		served := make([]*Quote, 0, len(cand))
		seen := make(map[string]bool, len(cand))
		for _, q := range cand {
			if !seen[q.ID] {
				seen[q.ID] = true
				served = append(served, q)
			}
		}
		ov.quotes[s] = served
		for _, q := range indexed {
			ov.quoteByID[q.ID] = nil
		}
		for _, q := range c.dups[s] {
			ov.quoteByID[q.ID] = nil
		}
		for _, q := range served {
			ov.quoteByID[q.ID] = q
			if c.quoteByID[q.ID] != q {
				newQuotes[s] = append(newQuotes[s], q) // not in the base's index
				ovQuotes++
			}
		}
		for i, q := range indexed {
			if ov.quoteByID[q.ID] != q {
				texts, _ := quoteText(q, nil, nil)
				ov.maskDoc(c, nb+span[0]+uint32(i), texts)
				maskedQuotes++
			}
		}
	}
	ov.nquotes = len(c.quotes) - maskedQuotes + ovQuotes

	ib := newIndexBuilder(len(added) + ovQuotes)
	for _, b := range added {
		ib.addBriefing(b)
	}
	ov.docsB = added
	for _, s := range nc.speakers {
		qs := newQuotes[s]
		if len(qs) == 0 {
			continue
		}
		lo := uint32(len(added) + len(ov.docsQ))
		for _, q := range qs {
			ib.addQuote(q)
		}
		ov.docsQ = append(ov.docsQ, qs...)
		ov.qspan[s] = [2]uint32{lo, lo + uint32(len(qs))}
	}
	ov.ix = ib.done(c.ix.avgLen)
	return nc
}

// maskDoc leaves a base document out of the answers, and out of the
// document frequencies of its terms.
func (ov *overlay) maskDoc(c *Catalog, doc uint32, texts []string) {
	ov.mask.set(doc)
	ov.masked++
	var buf []byte
	seen := map[uint32]bool{}
	for _, t := range texts {
		eachTerm(t, &buf, func(term []byte) {
			if id, ok := c.ix.terms[string(term)]; ok && !seen[id] {
				seen[id] = true
				ov.maskDF[id]++
			}
		})
	}
}

// docOf returns a base briefing's document number.
func (c *base) docOf(b *Briefing) uint32 {
	i := sort.Search(len(c.briefings), func(i int) bool { return !newer(c.briefings[i], b) })
	if i == len(c.briefings) || c.briefings[i] != b {
		panic("briefings: a removed briefing is not in the base")
	}
	return uint32(i)
}

// mergeBriefings returns the briefings of list (newest first) not in skip,
// merged with add (newest first).
func mergeBriefings(list []*Briefing, skip map[*Briefing]bool, add []*Briefing) []*Briefing {
	out := make([]*Briefing, 0, len(list)+len(add))
	j := 0
	for _, b := range list {
		if skip[b] {
			continue
		}
		for j < len(add) && newer(add[j], b) {
			out = append(out, add[j])
			j++
		}
		out = append(out, b)
	}
	return append(out, add[j:]...)
}

// search is Catalog.Search over the base and the overlay: the idf of each
// term counts the documents of both, less the masked ones.
func (ov *overlay) search(c *base, terms []string, k int) ([]Hit, int) {
	if k <= 0 {
		return nil, 0
	}
	N := float64(len(c.ix.docLen) - ov.masked + len(ov.ix.docLen))
	var bids, oids []uint32
	var bidf, oidf []float32
	seen := map[string]bool{}
	for _, t := range terms {
		if seen[t] {
			continue
		}
		seen[t] = true
		bid, bok := c.ix.terms[t]
		oid, ook := ov.ix.terms[t]
		df := 0
		if bok {
			df += len(c.ix.postings[bid]) - ov.maskDF[bid]
		}
		if ook {
			df += len(ov.ix.postings[oid])
		}
		if df == 0 {
			continue
		}
		f := idf(N, float64(df))
		if bok {
			bids, bidf = append(bids, bid), append(bidf, f)
		}
		if ook {
			oids, oidf = append(oids, oid), append(oidf, f)
		}
	}
	bh, bt := c.ix.score(bids, bidf, ov.mask, k)
	oh, ot := ov.ix.score(oids, oidf, nil, k)
	out := make([]Hit, 0, min(k, len(bh)+len(oh)))
	i, j := 0, 0
	for len(out) < k && (i < len(bh) || j < len(oh)) {
		var x Hit
		switch {
		case j == len(oh):
			x, i = c.hit(bh[i]), i+1
		case i == len(bh):
			x, j = ov.hit(oh[j]), j+1
		default:
			a, b := c.hit(bh[i]), ov.hit(oh[j])
			if a.Score > b.Score || a.Score == b.Score && ov.before(a, b) {
				x, i = a, i+1
			} else {
				x, j = b, j+1
			}
		}
		out = append(out, x)
	}
	return out, bt + ot
}

func (ov *overlay) hit(h hit) Hit {
	out := Hit{Score: float64(h.score)}
	if nb := uint32(len(ov.docsB)); h.doc < nb {
		out.Briefing = ov.docsB[h.doc]
	} else {
		out.Quote = ov.docsQ[h.doc-nb]
	}
	return out
}

// before reports whether a comes before b in the order of a catalog's
// documents (briefings newest first, then quotes by speaker and in their
// order), which breaks ties of score.
func (ov *overlay) before(a, b Hit) bool {
	switch {
	case a.Briefing != nil && b.Briefing != nil:
		return newer(a.Briefing, b.Briefing)
	case a.Briefing != nil:
		return true
	case b.Briefing != nil:
		return false
	}
	if ra, rb := ov.rank[a.Quote.Speaker], ov.rank[b.Quote.Speaker]; ra != rb {
		return ra < rb
	}
	return quoteBefore(a.Quote, b.Quote)
}

// quotesMatching is Catalog.QuotesMatching for a speaker whose quotes
// changed: the base's matches that are still served, merged with the
// overlay's.
func (ov *overlay) quotesMatching(c *base, s *Speaker, terms []string, limit int) ([]*Quote, int) {
	var fromBase, fromOv []*Quote
	total := 0
	nb := uint32(len(c.briefings))
	if span := c.quoteSpan[s]; span[1] > span[0] {
		docs, n := c.ix.within(terms, nb+span[0], nb+span[1], limit, ov.mask)
		for _, d := range docs {
			fromBase = append(fromBase, c.quotes[d-nb])
		}
		total += n
	}
	if span, ok := ov.qspan[s]; ok {
		ob := uint32(len(ov.docsB))
		docs, n := ov.ix.within(terms, span[0], span[1], limit, nil)
		for _, d := range docs {
			fromOv = append(fromOv, ov.docsQ[d-ob])
		}
		total += n
	}
	out := make([]*Quote, 0, min(limit, len(fromBase)+len(fromOv)))
	i, j := 0, 0
	for len(out) < limit && (i < len(fromBase) || j < len(fromOv)) {
		if j == len(fromOv) || i < len(fromBase) && quoteBefore(fromBase[i], fromOv[j]) {
			out, i = append(out, fromBase[i]), i+1
		} else {
			out, j = append(out, fromOv[j]), j+1
		}
	}
	return out, total
}
