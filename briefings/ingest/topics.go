package ingest

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

// topicIndex finds the registry's topics in a text by any of their names.
type topicIndex struct {
	byFirst map[string][]topicName // first folded word -> names starting with it
	// byStem is byFirst by the stem (stem) of the names' first word, each
	// list in byFirst's order: a draft looks each of its words up once,
	// by the stem the summary counts, for both (see wordSlot).
	byStem map[string][]topicName
	known  map[string]bool // every folded topic name, to leave out of suggestions
	// stopStems are the stems of byStem that are also a summary stop
	// word's stem ("the", for "The Hague"): the stop words a draft still
	// looks up (see countTermsAndTopics).
	stopStems []string
}

type topicName struct {
	words []string
	topic *briefings.Topic
}

func newTopicIndex(reg *briefings.Registry) *topicIndex {
	ix := &topicIndex{byFirst: map[string][]topicName{}, byStem: map[string][]topicName{}, known: map[string]bool{}}
	if reg == nil {
		return ix
	}
	for _, t := range reg.Topics {
		for _, n := range append([]string{t.Name, t.ID}, t.Aliases...) {
			words := strings.Fields(foldText(strings.ReplaceAll(n, "-", " ")))
			if len(words) == 0 {
				continue
			}
			ix.known[strings.Join(words, " ")] = true
			ix.byFirst[words[0]] = append(ix.byFirst[words[0]], topicName{words: words, topic: t})
			ix.byStem[stem(words[0])] = append(ix.byStem[stem(words[0])], topicName{words: words, topic: t})
		}
	}
	for k := range ix.byStem {
		if stopStems[k] {
			ix.stopStems = append(ix.stopStems, k)
		}
	}
	for _, ns := range ix.byFirst {
		sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].words) > len(ns[j].words) })
	}
	for _, ns := range ix.byStem {
		// Stable, from the registry's order as byFirst's lists are: the
		// names of one first word keep byFirst's order among them.
		sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].words) > len(ns[j].words) })
	}
	return ix
}

// count adds how often each topic is named in words (folded) to out,
// longest name first at each place ("INF Treaty" counts once, not as "INF"
// too).
func (ix *topicIndex) count(words []string, out map[*briefings.Topic]int) {
	for i := 0; i < len(words); {
		n := 1
		for _, tn := range ix.byFirst[words[i]] {
			if hasPrefix(words[i:], tn.words) {
				out[tn.topic]++
				n = len(tn.words)
				break
			}
		}
		i += n
	}
}

// countTermsAndTopics counts, with one look-up of each of words (folded,
// one paragraph's), the summary candidates' words in terms and the
// topics' names in topics, as count does: slots holds both by the words'
// stems (see wordSlot). Asking the topics' index and then the candidates'
// map of every word of the article cost some 100 K instructions more of a
// 5 KB article's 2.8 M.
//
// cls are the words' classes (foldSentences). kept are the slots whose
// key is a summary stop word's stem (summaryCandidates): a stop word, as
// its class says, finds its slot there or nowhere, without the map. Stop
// words are some two words in five of an article's.
//
// found holds the slots summaryCandidates already found for some of the
// words (a candidate sentence's words that are no stop word, by the same
// stem): those are not looked up again.
func countTermsAndTopics(words []string, cls []wordClass, kept []keptStop, slots map[string]wordSlot, found foundSlots, terms []int, topics map[*briefings.Topic]int) {
	next := 0 // where a topic's name may start: count's i
	for i, w := range words {
		var sl wordSlot
		ok := false
		if i < len(found.set) && found.set[i] {
			sl, ok = found.at[i], true
		} else if cls[i]&cSummaryStop != 0 {
			st := stem(w)
			for _, k := range kept {
				if k.stem == st {
					sl, ok = k.slot, true
					break
				}
			}
		} else {
			sl, ok = slots[stem(w)]
		}
		if !ok {
			continue
		}
		if sl.term >= 0 && len(w) >= 2 {
			terms[sl.term]++
		}
		if i < next {
			continue // inside a topic's name counted already
		}
		for _, tn := range sl.topics {
			if hasPrefix(words[i:], tn.words) { // the first word too: a stem has several
				topics[tn.topic]++
				next = i + len(tn.words)
				break
			}
		}
	}
}

// foundSlots are the slots summaryCandidates found for the article's
// words, by their index in the document's words, where set says so.
type foundSlots struct {
	at  []wordSlot
	set []bool
}

// from returns the slots of the words from index a on, so that a
// sentence's count can index them from its own first word, as it does
// its words.
func (f foundSlots) from(a int) foundSlots {
	if a >= len(f.set) {
		return foundSlots{}
	}
	return foundSlots{f.at[a:], f.set[a:]}
}

func hasPrefix(words, prefix []string) bool {
	if len(prefix) > len(words) {
		return false
	}
	for i, w := range prefix {
		if words[i] != w {
			return false
		}
	}
	return true
}

// maxTopics is how many topics a draft files itself under.
const maxTopics = 5

// topics returns the registry topics counted, most named first.
func (ix *topicIndex) topics(reg *briefings.Registry, counts map[*briefings.Topic]int) []*briefings.Topic {
	var out []*briefings.Topic
	if reg != nil {
		for _, t := range reg.Topics {
			if counts[t] > 0 {
				out = append(out, t)
			}
		}
	}
	// slices' sorts take no reflection to swap, which sort.Slice's
	// allocate for each call.
	slices.SortStableFunc(out, func(a, b *briefings.Topic) int { return cmp.Compare(counts[b], counts[a]) })
	return out[:min(len(out), maxTopics)]
}

// NameCount is a name and how often the article uses it.
type NameCount struct {
	Name  string
	Count int
}

// frequentNames returns the capitalised names used at least three times
// that are neither people nor registry topics: candidates for a new topic.
func (x *extractor) frequentNames(ix *topicIndex) []NameCount {
	sc := x.d.sc
	sc.names = emptied(sc.names, 32)
	counts := sc.names
	for _, s := range x.d.sents[x.d.paras[x.d.lead].first:] {
		p := x.d.paras[s.p]
		for i := p.nextWordOf(s.a, s.b, cName); i < s.b; i = p.nextWordOf(i+1, s.b, cName) { // the name words
			if i == s.a && p.toks[i].q == 0 && !p.isNameWord(i+1) && functionWords[p.lw(i)] {
				continue
			}
			j := i
			for j < s.b && p.isNameWord(j) {
				j++
			}
			name := stripPossessive(p.textOf(i, j))
			k := p.lw(i)
			if j-i > 1 || !asciiLetters(k) {
				k = x.cast.fold(name)
			}
			i = j - 1
			if c := counts[k]; c != nil {
				c.n++
				continue
			}
			c := sc.seen.next()
			*c = nameSeen{1, name}
			counts[k] = c
		}
	}
	// Which names are no people's nor topics' depends on the name alone:
	// asked only of the few used three times or more, not of every name
	// as it was first met (some 30 K instructions of a 5 KB article's
	// 2.5 M, most names being used once or twice).
	var out []NameCount
	var people map[string]bool
	for k, c := range counts {
		if c.n < 3 {
			continue
		}
		if people == nil {
			sc.people = emptied(sc.people, 2*len(x.cast.all))
			people = sc.people
			for _, e := range x.cast.all {
				if e.kind == "person" {
					for w := range strings.FieldsSeq(x.cast.fold(e.display())) {
						people[w] = true
					}
				}
			}
		}
		if k == "" || ix.known[k] || people[k] || isPersonName(k, people) || x.cast.named(k) != nil || x.cast.reg.speakers[k] != nil {
			continue
		}
		out = append(out, NameCount{Name: c.name, Count: c.n})
	}
	// Names are unique (a name's key is its fold), so the order is total
	// and any sort gives it.
	slices.SortFunc(out, func(a, b NameCount) int {
		if a.Count != b.Count {
			return cmp.Compare(b.Count, a.Count)
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out[:min(len(out), 5)]
}

// nameSeen is a name frequentNames counts, as the article first writes it.
type nameSeen struct {
	n    int
	name string
}

// asciiLetters reports whether w is lower-case ASCII letters only, which
// folds to itself.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

func isPersonName(k string, people map[string]bool) bool {
	for k != "" {
		w := k
		if i := strings.IndexByte(k, ' '); i >= 0 {
			w, k = k[:i], k[i+1:]
		} else {
			k = ""
		}
		if w != "" && !people[w] {
			return false
		}
	}
	return true
}
