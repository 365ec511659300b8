package ingest

import (
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

// placedBody is a registry body whose name is another body's name and
// " of <place>": "Ministry of Trade of <Country>".
type placedBody struct {
	sp    *briefings.Speaker
	place string // folded
}

// placedBodies indexes the registry's bodies named "<body> of <place>" by
// the folded body's name before the place: a registry that holds the same
// kind of body for several states names each so, while copy from one of
// those states names its own body without the place ("the Ministry of
// Trade said"). The body's name must be two words or more, so a lone head
// word ("Government of X", "Bank of X") is left to the rules for those.
func placedBodies(reg *briefings.Registry, speakers map[string]*briefings.Speaker) map[string][]placedBody {
	var m map[string][]placedBody
	for _, s := range reg.Speakers {
		if s.Kind != "organisation" {
			continue
		}
		n := briefings.Fold(s.Name)
		i := strings.LastIndex(n, " of ")
		if i < 0 {
			continue
		}
		base, place := n[:i], n[i+4:]
		if !strings.Contains(base, " ") || speakers[base] != nil {
			continue
		}
		if p, ok := strings.CutPrefix(place, "the "); ok && speakers[place] == nil && !isKnownPlace(place) {
			place = p // "<Body> of the <Islands>": the place as the registry lists it, without its article
		}
		if p := speakers[place]; !(p != nil && p.Kind == "place" || p == nil && isKnownPlace(place)) {
			continue
		}
		if m == nil {
			m = map[string][]placedBody{}
		}
		if p := speakers[place]; p != nil {
			place = briefings.Fold(p.Name) // a capital listed as its country's alias is the country
		}
		m[base] = append(m[base], placedBody{sp: s, place: place})
	}
	return m
}

// placedBody returns the registry body "<k> of <place>" for a body the
// article names only as k (folded), when the article names that place:
// of several such bodies, the one whose place the article's sentences
// name most (each sentence counted by the first country it names), none
// on a tie or when it names none of several bodies' places, and the one
// such body when the registry lists no other.
func (x *extractor) placedBody(k string) *briefings.Speaker {
	cands := x.cast.reg.placed[k]
	if len(cands) == 0 {
		return nil
	}
	var counts [8]int
	if len(cands) > len(counts) {
		return nil
	}
	for s := range x.d.sents {
		c := x.countryIn(s)
		if c == "" {
			continue
		}
		fc := x.cast.fold(c)
		if e := x.cast.lookup(c); e != nil && e.reg != nil && e.kind == "place" {
			fc = briefings.Fold(e.reg.Name)
		}
		for i, cd := range cands {
			if cd.place == fc {
				counts[i]++
			}
		}
	}
	best, tie := -1, false
	for i := range cands {
		switch {
		case counts[i] == 0:
		case best < 0 || counts[i] > counts[best]:
			best, tie = i, false
		case counts[i] == counts[best]:
			tie = true
		}
	}
	if best < 0 && len(cands) == 1 && x.placeInText(cands[0].place) {
		// One body of that name in the registry, and the article names
		// its place only where no sentence's country is read: in a quote,
		// inside a body's name, by its adjective in a heading ("<Demonym>
		// Federal Supreme Court"). The bare name can mean no other listed
		// body; an article that never names the place leaves it bare.
		return cands[0].sp
	}
	if best < 0 || tie {
		return nil
	}
	return cands[best].sp
}

// bareBeforeForeign returns, of the registry bodies "<k> of <place>",
// the one a body the article names bare (e, folded k) means when the
// article names the others with their country only after it: a story
// names its own country's ministry bare ("the Ministry of <Field> said")
// and a neighbour's with the country ("the <Demonym> Ministry of
// <Field>") to tell the two apart, however often it names the neighbour.
// A body named with its country first and bare after is that body named
// again, which this leaves to placedBody. Nil unless exactly one body is
// left and the article names its place.
func (x *extractor) bareBeforeForeign(e *entity, k string) *briefings.Speaker {
	cands := x.cast.reg.placed[k]
	if len(cands) < 2 {
		return nil
	}
	first := func(o *entity) int {
		for si, ms := range x.mentions {
			for _, m := range ms {
				if m.e == o {
					return si
				}
			}
		}
		return -1
	}
	bare := first(e)
	if bare < 0 {
		return nil
	}
	var left *placedBody
	for i := range cands {
		if o := x.cast.byReg[cands[i].sp]; o != nil {
			if f := first(o); f > bare {
				continue // named with its country, after the bare name
			}
		}
		if left != nil {
			return nil
		}
		left = &cands[i]
	}
	if left == nil || !x.placeInText(left.place) {
		return nil
	}
	return left.sp
}

// placeInText reports whether the article's paragraphs, quotes and
// headings included, name a place (folded) or use its adjective.
func (x *extractor) placeInText(place string) bool {
	// The text does not change while the rules read it, and stateOrgan
	// asks after each registry body of a word's country in turn: the
	// whole text, its title folded with it, is searched once a place.
	if in, ok := x.placesIn[place]; ok {
		return in
	}
	in := x.placeInTextOf(place)
	if x.placesIn == nil {
		x.placesIn = map[string]bool{}
	}
	x.placesIn[place] = in
	return in
}

// placeInTextOf is placeInText's search.
func (x *extractor) placeInTextOf(place string) bool {
	for _, t := range [...]string{x.d.head, x.d.outlet} {
		// The title, whose first line may be the body's letterhead
		// ("<Demonym> Federal Supreme Court"), and the outlet's name.
		if strings.Contains(briefings.Fold(t), place) {
			return true
		}
		for w := range strings.FieldsSeq(t) {
			if startsUpper(w) && isNationality(strings.ToLower(w)) && briefings.Fold(countryOfWord(w)) == place {
				return true
			}
		}
	}
	for _, p := range x.d.paras {
		if strings.Contains(p.lower, place) {
			return true
		}
		for i := range p.toks {
			if p.toks[i].kind == tWord && p.toks[i].class&cCap != 0 && isNationality(p.lw(i)) && briefings.Fold(countryOfWord(p.word(i))) == place {
				return true
			}
		}
	}
	return false
}
