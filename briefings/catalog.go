package briefings

import (
	"sort"
	"strings"
	"time"
)

// Catalog is an immutable, indexed set of briefings with the registry they
// name. Build one with NewCatalog or Load; it is safe for concurrent use
// because nothing changes it after it is built.
type Catalog struct {
	briefings []*Briefing // newest first
	byID      map[string]*Briefing
	topics    []*Topic   // by name
	speakers  []*Speaker // by name
	byTopic   map[*Topic][]*Briefing
	quotes    []*Quote // grouped by speaker, newest first within a speaker
	quoteByID map[string]*Quote
	quoteSpan map[*Speaker][2]uint32 // speaker -> [first, end) in quotes
	names     *resolver
	ix        *index
}

// NewCatalog indexes briefings that name only entries of reg. Drafts are
// left out. Briefings are expected to have passed ParseBriefing without
// errors.
func NewCatalog(reg *Registry, briefings []*Briefing) *Catalog {
	c := &Catalog{
		byID:      make(map[string]*Briefing, len(briefings)),
		byTopic:   map[*Topic][]*Briefing{},
		quoteSpan: map[*Speaker][2]uint32{},
		names:     newResolver(reg),
	}
	c.topics = append([]*Topic(nil), reg.Topics...)
	sort.Slice(c.topics, func(i, j int) bool { return strings.ToLower(c.topics[i].Name) < strings.ToLower(c.topics[j].Name) })
	c.speakers = append([]*Speaker(nil), reg.Speakers...)
	sort.Slice(c.speakers, func(i, j int) bool { return strings.ToLower(c.speakers[i].Name) < strings.ToLower(c.speakers[j].Name) })

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
				continue // the same words from the same speaker, filed twice
			}
			c.quoteByID[q.ID] = q
			c.quotes = append(c.quotes, q)
		}
		c.quoteSpan[s] = [2]uint32{first, uint32(len(c.quotes))}
	}

	ib := newIndexBuilder(len(c.briefings) + len(c.quotes))
	texts := make([]string, 0, 8)
	weights := make([]int, 0, 8)
	for _, b := range c.briefings {
		texts, weights = append(texts[:0], b.Title, b.Summary), append(weights[:0], 2, 1)
		for _, p := range b.Points {
			texts, weights = append(texts, p.Text), append(weights, 1)
		}
		for _, t := range b.Topics {
			texts, weights = append(texts, t.Name), append(weights, 1)
		}
		ib.add(texts, weights)
	}
	for _, q := range c.quotes {
		ib.add([]string{q.Text, q.Context, q.Speaker.Name}, []int{2, 1, 1})
	}
	c.ix = ib.done()
	return c
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

// Len returns how many briefings and quotes the catalog serves.
func (c *Catalog) Len() (briefings, quotes int) { return len(c.briefings), len(c.quotes) }

// Topics returns every topic, by name. The slice must not be modified.
func (c *Catalog) Topics() []*Topic { return c.topics }

// Speakers returns every speaker, by name. The slice must not be modified.
func (c *Catalog) Speakers() []*Speaker { return c.speakers }

// Briefings returns every served briefing, newest first. The slice must not
// be modified.
func (c *Catalog) Briefings() []*Briefing { return c.briefings }

// Briefing returns the briefing with the id, or nil.
func (c *Catalog) Briefing(id string) *Briefing { return c.byID[id] }

// Quote returns the quote with the id, or nil.
func (c *Catalog) Quote(id string) *Quote { return c.quoteByID[id] }

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
func (c *Catalog) On(t *Topic) []*Briefing { return c.byTopic[t] }

// QuotesBy returns a speaker's quotes, newest first. The slice must not be
// modified.
func (c *Catalog) QuotesBy(s *Speaker) []*Quote {
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
	span := c.quoteSpan[s]
	nb := uint32(len(c.briefings))
	docs, total := c.ix.within(terms, nb+span[0], nb+span[1], limit)
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
	hits, total := c.ix.search(Terms(words), limit)
	out := make([]Hit, len(hits))
	nb := uint32(len(c.briefings))
	for i, h := range hits {
		out[i].Score = float64(h.score)
		if h.doc < nb {
			out[i].Briefing = c.briefings[h.doc]
		} else {
			out[i].Quote = c.quotes[h.doc-nb]
		}
	}
	return out, total
}

// Since returns the briefings on any of the topics (all topics when none is
// given) first dated or updated after t, newest first.
func (c *Catalog) Since(topics []*Topic, t time.Time) []*Briefing {
	var out []*Briefing
	for _, b := range c.briefings {
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
	for _, b := range c.briefings {
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
