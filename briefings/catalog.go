package briefings

import (
	"sort"
	"strings"
	"sync"
	"time"
)

// Catalog is an immutable, indexed set of briefings with the registry they
// name. Build one with NewCatalog or Load; it is safe for concurrent use
// because nothing changes it after it is built.
//
// A catalog is a base, indexed in full when it is built, and optionally an
// overlay: the briefings published, replaced or retracted since, and the
// registry entries added (see overlay.go). Lookups merge the two, so a
// change costs the size of the change, not a rebuild; a Library rebuilds
// the base in the background once the overlay grows.
type Catalog struct {
	base
	ov *overlay // nil: the base alone

	countsOnce sync.Once
	counts     []SourceCount
}

// base is what NewCatalog indexes. Documents of the search index are
// numbered as briefings and quotes are listed here.
type base struct {
	briefings []*Briefing // newest first
	byID      map[string]*Briefing
	topics    []*Topic   // by name
	speakers  []*Speaker // by name
	byTopic   map[*Topic][]*Briefing
	quotes    []*Quote // grouped by speaker, newest first within a speaker
	quoteByID map[string]*Quote
	quoteSpan map[*Speaker][2]uint32 // speaker -> [first, end) in quotes
	dups      map[*Speaker][]*Quote  // quotes left out as repeats of one in quotes
	names     *resolver
	ix        *index
}

// NewCatalog indexes briefings that name only entries of reg. Drafts are
// left out. Briefings are expected to have passed ParseBriefing without
// errors.
func NewCatalog(reg *Registry, briefings []*Briefing) *Catalog {
	return newCatalog(reg, briefings, 0)
}

// newCatalog is NewCatalog; avgLen, when not zero, replaces the mean
// document length of the BM25 scores (tests compare an overlay, which keeps
// its base's, with a rebuild).
func newCatalog(reg *Registry, briefings []*Briefing, avgLen float64) *Catalog {
	c := &Catalog{base: base{
		byID:      make(map[string]*Briefing, len(briefings)),
		byTopic:   map[*Topic][]*Briefing{},
		quoteSpan: map[*Speaker][2]uint32{},
		names:     newResolver(reg),
	}}
	c.topics = sortedTopics(reg.Topics)
	c.speakers = sortedSpeakers(reg.Speakers)

	nq := 0
	for _, b := range briefings {
		if b.Draft {
			continue
		}
		c.briefings = append(c.briefings, b)
		nq += len(b.Quotes)
	}
	sort.SliceStable(c.briefings, func(i, j int) bool { return newer(c.briefings[i], c.briefings[j]) })

	bySpeaker := map[*Speaker][]*Quote{}
	for _, b := range c.briefings {
		c.byID[b.ID] = b
		for _, t := range b.Topics {
			c.byTopic[t] = append(c.byTopic[t], b)
		}
		for _, q := range b.Quotes {
			bySpeaker[q.Speaker] = append(bySpeaker[q.Speaker], q)
		}
	}

	c.quotes = make([]*Quote, 0, nq)
	c.quoteByID = make(map[string]*Quote, nq)
	for _, s := range c.speakers {
		qs := bySpeaker[s]
		sort.SliceStable(qs, func(i, j int) bool { return qs[i].Said.After(qs[j].Said) })
		first := uint32(len(c.quotes))
		for _, q := range qs {
			if _, dup := c.quoteByID[q.ID]; dup {
				// The same words from the same speaker, filed twice: kept
				// aside, to take the first one's place if it goes.
				if c.dups == nil {
					c.dups = map[*Speaker][]*Quote{}
				}
				c.dups[s] = append(c.dups[s], q)
				continue
			}
			c.quoteByID[q.ID] = q
			c.quotes = append(c.quotes, q)
		}
		c.quoteSpan[s] = [2]uint32{first, uint32(len(c.quotes))}
	}

	ib := newIndexBuilder(len(c.briefings) + len(c.quotes))
	for _, b := range c.briefings {
		ib.addBriefing(b)
	}
	for _, q := range c.quotes {
		ib.addQuote(q)
	}
	c.ix = ib.done(avgLen)
	return c
}

func sortedTopics(ts []*Topic) []*Topic {
	out := append([]*Topic(nil), ts...)
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out
}

func sortedSpeakers(ss []*Speaker) []*Speaker {
	out := append([]*Speaker(nil), ss...)
	sort.Slice(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out
}

// newer orders briefings newest first: by date, then last update, then id.
func newer(a, b *Briefing) bool {
	if !a.Date.Equal(b.Date) {
		return a.Date.After(b.Date)
	}
	if !a.Updated.Equal(b.Updated) {
		return a.Updated.After(b.Updated)
	}
	return a.ID < b.ID
}

// quoteBefore is the order of a speaker's quotes: newest first, then as
// their briefings are ordered, then as the briefing lists them. It is the
// order NewCatalog's stable sort gives.
func quoteBefore(a, b *Quote) bool {
	if !a.Said.Equal(b.Said) {
		return a.Said.After(b.Said)
	}
	if a.Briefing != b.Briefing {
		return newer(a.Briefing, b.Briefing)
	}
	return quoteIndex(a) < quoteIndex(b)
}

func quoteIndex(q *Quote) int {
	for i, x := range q.Briefing.Quotes {
		if x == q {
			return i
		}
	}
	return -1
}

// Len returns how many briefings and quotes the catalog serves.
func (c *Catalog) Len() (briefings, quotes int) {
	if c.ov != nil {
		return len(c.ov.briefings), c.ov.nquotes
	}
	return len(c.briefings), len(c.quotes)
}

// Topics returns every topic, by name. The slice must not be modified.
func (c *Catalog) Topics() []*Topic { return c.topics }

// Speakers returns every speaker, by name. The slice must not be modified.
func (c *Catalog) Speakers() []*Speaker { return c.speakers }

// Registry returns the speakers and topics the catalog knows, from every
// source. Its slices must not be modified.
func (c *Catalog) Registry() *Registry { return &Registry{Speakers: c.speakers, Topics: c.topics} }

// Briefings returns every served briefing, newest first. The slice must not
// be modified.
func (c *Catalog) Briefings() []*Briefing {
	if c.ov != nil {
		return c.ov.briefings
	}
	return c.briefings
}

// Briefing returns the briefing with the id, or nil.
func (c *Catalog) Briefing(id string) *Briefing {
	if c.ov != nil {
		if b, ok := c.ov.changed[id]; ok {
			return b
		}
	}
	return c.byID[id]
}

// Quote returns the quote with the id, or nil.
func (c *Catalog) Quote(id string) *Quote {
	if c.ov != nil {
		if q, ok := c.ov.quoteByID[id]; ok {
			return q
		}
	}
	return c.quoteByID[id]
}

// Topic finds a topic by id, name or alias, forgiving case, accents and small
// typos. When nothing matches it returns a *NotFoundError with the closest
// names.
func (c *Catalog) Topic(name string) (*Topic, error) {
	t, sugg, ok := c.names.topics.find(name)
	if !ok {
		return nil, &NotFoundError{Kind: "topic", Name: name, Suggestions: sugg}
	}
	return t, nil
}

// Speaker finds a speaker by id, name or alias, as Topic does.
func (c *Catalog) Speaker(name string) (*Speaker, error) {
	s, sugg, ok := c.names.speakers.find(name)
	if !ok {
		return nil, &NotFoundError{Kind: "speaker", Name: name, Suggestions: sugg}
	}
	return s, nil
}

// CompleteTopics returns up to n topics for a partly typed name, best first.
func (c *Catalog) CompleteTopics(partial string, n int) []*Topic {
	return c.names.topics.complete(partial, n)
}

// CompleteSpeakers returns up to n speakers for a partly typed name, best
// first.
func (c *Catalog) CompleteSpeakers(partial string, n int) []*Speaker {
	return c.names.speakers.complete(partial, n)
}

// On returns the briefings filed under a topic, newest first. The slice must
// not be modified.
func (c *Catalog) On(t *Topic) []*Briefing {
	if c.ov != nil {
		if bs, ok := c.ov.byTopic[t]; ok {
			return bs
		}
	}
	return c.byTopic[t]
}

// QuotesBy returns a speaker's quotes, newest first. The slice must not be
// modified.
func (c *Catalog) QuotesBy(s *Speaker) []*Quote {
	if c.ov != nil {
		if qs, ok := c.ov.quotes[s]; ok {
			return qs
		}
	}
	span := c.quoteSpan[s]
	return c.quotes[span[0]:span[1]:span[1]]
}

// QuotesMatching returns up to limit of a speaker's quotes whose words or
// context hold every word of words, newest first, and how many match in all.
// Empty words match every quote.
func (c *Catalog) QuotesMatching(s *Speaker, words string, limit int) ([]*Quote, int) {
	all := c.QuotesBy(s)
	terms := Terms(words)
	if len(terms) == 0 {
		return all[:min(limit, len(all))], len(all)
	}
	if c.ov != nil {
		if _, touched := c.ov.quotes[s]; touched {
			return c.ov.quotesMatching(&c.base, s, terms, limit)
		}
	}
	span := c.quoteSpan[s]
	nb := uint32(len(c.briefings))
	docs, total := c.ix.within(terms, nb+span[0], nb+span[1], limit, nil)
	out := make([]*Quote, len(docs))
	for i, d := range docs {
		out[i] = c.quotes[d-nb]
	}
	return out, total
}

// Hit is one search result: a briefing or a quote, with its BM25 score.
type Hit struct {
	Briefing *Briefing // set for a briefing
	Quote    *Quote    // set for a quote
	Score    float64
}

// Search ranks briefings and quotes by BM25 relevance to the words and
// returns the best limit of them, with the number of documents that matched
// any word.
func (c *Catalog) Search(words string, limit int) ([]Hit, int) {
	if c.ov != nil {
		return c.ov.search(&c.base, Terms(words), limit)
	}
	hits, total := c.ix.search(Terms(words), limit)
	out := make([]Hit, len(hits))
	for i, h := range hits {
		out[i] = c.hit(h)
	}
	return out, total
}

// hit turns a document of the base's index into a Hit.
func (c *base) hit(h hit) Hit {
	out := Hit{Score: float64(h.score)}
	nb := uint32(len(c.briefings))
	if h.doc < nb {
		out.Briefing = c.briefings[h.doc]
	} else {
		out.Quote = c.quotes[h.doc-nb]
	}
	return out
}

// Since returns the briefings on any of the topics (all topics when none is
// given) first dated or updated after t, newest first.
func (c *Catalog) Since(topics []*Topic, t time.Time) []*Briefing {
	var out []*Briefing
	for _, b := range c.Briefings() {
		if !b.LatestDate().After(t) {
			continue
		}
		if len(topics) == 0 {
			out = append(out, b)
			continue
		}
		for _, tp := range topics {
			if b.HasTopic(tp) {
				out = append(out, b)
				break
			}
		}
	}
	return out
}

// Newest returns the date of the newest briefing, or the zero time.
func (c *Catalog) Newest() time.Time {
	var t time.Time
	for _, b := range c.Briefings() {
		if d := b.LatestDate(); d.After(t) {
			t = d
		}
	}
	return t
}

// TopicNamed returns the topic whose id, name or alias is exactly name (case
// and accents aside), or nil. Parsers use it to find where a name ends.
func (c *Catalog) TopicNamed(name string) *Topic { return c.names.topics.exact[Fold(name)] }

// SpeakerNamed returns the speaker whose id, name or alias is exactly name
// (case and accents aside), or nil.
func (c *Catalog) SpeakerNamed(name string) *Speaker { return c.names.speakers.exact[Fold(name)] }

// SourceCount is how many briefings and quotes the catalog serves from one
// origin (OriginBuiltin, OriginFolder, OriginStore).
type SourceCount struct {
	Origin    string
	Briefings int
	Quotes    int
}

// Counts returns how much the catalog serves from each origin, by origin.
// A briefing built without an origin counts as OriginFolder.
func (c *Catalog) Counts() []SourceCount {
	c.countsOnce.Do(func() {
		by := map[string]*SourceCount{}
		get := func(b *Briefing) *SourceCount {
			o := b.Origin
			if o == "" {
				o = OriginFolder
			}
			sc := by[o]
			if sc == nil {
				sc = &SourceCount{Origin: o}
				by[o] = sc
			}
			return sc
		}
		for _, b := range c.Briefings() {
			get(b).Briefings++
		}
		for _, s := range c.speakers {
			for _, q := range c.QuotesBy(s) {
				get(q.Briefing).Quotes++
			}
		}
		for _, sc := range by {
			c.counts = append(c.counts, *sc)
		}
		sort.Slice(c.counts, func(i, j int) bool { return c.counts[i].Origin < c.counts[j].Origin })
	})
	return c.counts
}
