package briefings

import (
	"container/heap"
	"math"
	"sort"
	"sync"
)

// BM25 parameters (Robertson and Zaragoza, "The Probabilistic Relevance
// Framework: BM25 and Beyond", 2009): the usual k1 and b.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// posting says a document holds a term tf times.
type posting struct {
	doc uint32
	tf  uint32
}

// index is an inverted index over briefings and quotes, scored with BM25.
// Documents 0..len(briefings)-1 are briefings (newest first); the rest are
// quotes grouped by speaker, newest first within each speaker, so one
// speaker's quotes are one contiguous range of document numbers.
type index struct {
	terms    map[string]uint32
	postings [][]posting // by term id, ascending doc
	docLen   []uint16
	avgLen   float64
	scores   sync.Pool // *scratch, one per concurrent search
}

type scratch struct {
	score   []float32
	touched []uint32
}

type indexBuilder struct {
	ix    *index
	tf    map[uint32]uint32
	terms []string
	total int
}

func newIndexBuilder(docs int) *indexBuilder {
	return &indexBuilder{
		ix: &index{terms: map[string]uint32{}, docLen: make([]uint16, 0, docs)},
		tf: map[uint32]uint32{},
	}
}

// add indexes the next document from its texts; weight repeats a text's
// terms, which is how a title counts for more than the body.
func (b *indexBuilder) add(texts []string, weights []int) {
	doc := uint32(len(b.ix.docLen))
	clear(b.tf)
	n := 0
	for i, t := range texts {
		b.terms = appendTerms(b.terms[:0], t)
		for _, term := range b.terms {
			id, ok := b.ix.terms[term]
			if !ok {
				id = uint32(len(b.ix.postings))
				b.ix.terms[term] = id
				b.ix.postings = append(b.ix.postings, nil)
			}
			b.tf[id] += uint32(weights[i])
			n += weights[i]
		}
	}
	for id, tf := range b.tf {
		b.ix.postings[id] = append(b.ix.postings[id], posting{doc: doc, tf: tf})
	}
	b.ix.docLen = append(b.ix.docLen, uint16(min(n, math.MaxUint16)))
	b.total += n
}

func (b *indexBuilder) done() *index {
	ix := b.ix
	if len(ix.docLen) > 0 {
		ix.avgLen = float64(b.total) / float64(len(ix.docLen))
	}
	for i, p := range ix.postings {
		ix.postings[i] = p[:len(p):len(p)]
	}
	n := len(ix.docLen)
	ix.scores.New = func() any { return &scratch{score: make([]float32, n)} }
	return ix
}

// hit is a scored document.
type hit struct {
	doc   uint32
	score float32
}

type hitHeap []hit

func (h hitHeap) Len() int           { return len(h) }
func (h hitHeap) Less(i, j int) bool { return worse(h[i], h[j]) }
func (h hitHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *hitHeap) Push(x any)        { *h = append(*h, x.(hit)) }
func (h *hitHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// worse orders hits: lower score first; on a tie the later document (older
// briefing or quote) is worse.
func worse(a, b hit) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.doc > b.doc
}

// search returns the best k documents for the query terms, best first,
// and how many documents matched at all.
func (ix *index) search(terms []string, k int) ([]hit, int) {
	ids := ix.termIDs(terms)
	if len(ids) == 0 || k <= 0 {
		return nil, 0
	}
	sc := ix.scores.Get().(*scratch)
	defer ix.scores.Put(sc)
	N := float64(len(ix.docLen))
	for _, id := range ids {
		ps := ix.postings[id]
		df := float64(len(ps))
		idf := float32(math.Log(1 + (N-df+0.5)/(df+0.5)))
		for _, p := range ps {
			tf := float32(p.tf)
			norm := float32(bm25K1 * (1 - bm25B + bm25B*float64(ix.docLen[p.doc])/ix.avgLen))
			if sc.score[p.doc] == 0 {
				sc.touched = append(sc.touched, p.doc)
			}
			sc.score[p.doc] += idf * tf * (bm25K1 + 1) / (tf + norm)
		}
	}
	h := make(hitHeap, 0, k+1)
	for _, d := range sc.touched {
		x := hit{doc: d, score: sc.score[d]}
		sc.score[d] = 0
		if len(h) < k {
			heap.Push(&h, x)
		} else if worse(h[0], x) {
			h[0] = x
			heap.Fix(&h, 0)
		}
	}
	total := len(sc.touched)
	sc.touched = sc.touched[:0]
	sort.Slice(h, func(i, j int) bool { return worse(h[j], h[i]) })
	return h, total
}

// termIDs returns the ids of the known terms, each once.
func (ix *index) termIDs(terms []string) []uint32 {
	var ids []uint32
	seen := map[uint32]bool{}
	for _, t := range terms {
		if id, ok := ix.terms[t]; ok && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids
}

// within returns the documents in [lo, hi) that hold every term, in document
// order, at most limit of them, and how many there are in all.
func (ix *index) within(terms []string, lo, hi uint32, limit int) ([]uint32, int) {
	var lists [][]posting
	for _, t := range terms {
		id, ok := ix.terms[t]
		if !ok {
			return nil, 0
		}
		ps := ix.postings[id]
		a := sort.Search(len(ps), func(i int) bool { return ps[i].doc >= lo })
		b := sort.Search(len(ps), func(i int) bool { return ps[i].doc >= hi })
		lists = append(lists, ps[a:b])
	}
	if len(lists) == 0 {
		return nil, 0
	}
	sort.Slice(lists, func(i, j int) bool { return len(lists[i]) < len(lists[j]) })
	var out []uint32
	total := 0
next:
	for _, p := range lists[0] {
		for _, other := range lists[1:] {
			i := sort.Search(len(other), func(i int) bool { return other[i].doc >= p.doc })
			if i == len(other) || other[i].doc != p.doc {
				continue next
			}
		}
		total++
		if len(out) < limit {
			out = append(out, p.doc)
		}
	}
	return out, total
}
