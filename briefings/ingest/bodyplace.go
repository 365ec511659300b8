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
		n := foldText(s.Name)
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
		if p := speakers[place]; !(p != nil && p.Kind == "place" || p == nil && (isKnownPlace(place) || unlistedPlace(place))) {
			continue
		}
		if m == nil {
			m = map[string][]placedBody{}
		}
		if p := speakers[place]; p != nil {
			place = foldText(p.Name) // a capital listed as its country's alias is the country
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
			fc = foldText(e.reg.Name)
		}
		for i, cd := range cands {
			if samePlaceName(cd.place, fc) {
				counts[i]++
			}
		}
	}
	if own := x.headerState(); own != "" {
		if dl := x.datelineCountry(); dl == "" || samePlaceName(foldText(dl), own) {
			for i, cd := range cands {
				if counts[i] > 0 && samePlaceName(cd.place, own) {
					// The outlet's own state, by its header's clock or its
					// address, when the story names it: a story between two
					// states may name the other more (its visitor, its
					// side's words), but copy names the other's bodies
					// with their state and its own bare.
					return cd.sp
				}
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
	if best < 0 && len(cands) == 1 && (x.placeInText(cands[0].place) || samePlaceName(x.homeFolded(), cands[0].place)) {
		// One body of that name in the registry, and the article names
		// its place only where no sentence's country is read: in a quote,
		// inside a body's name, by its adjective in a heading ("<Demonym>
		// Federal Supreme Court"), or only as its home (a dateline's
		// capital, the outlet's country). The bare name can mean no other
		// listed body; an article that never names the place and is at
		// home elsewhere leaves it bare.
		return cands[0].sp
	}
	if best < 0 && !tie {
		// No sentence names any candidate's country (a territory or a
		// state the copy names by its towns): the candidate the article
		// places itself in most otherwise (placedElsewhere), none on a
		// tie.
		var found *briefings.Speaker
		most, tied := 0, false
		for _, cd := range cands {
			switch n := x.placedElsewhere(cd); {
			case n > most:
				found, most, tied = cd.sp, n, false
			case n == most && n > 0:
				tied = true
			}
		}
		if tied {
			return nil
		}
		return found
	}
	if tie {
		return nil
	}
	return cands[best].sp
}

// samePlaceName reports whether two folded place names are one, with or
// without the article some states' names take ("the Philippines", "the
// Gambia"): the registry's body may write it where copy and the
// registry's place do not.
func samePlaceName(a, b string) bool {
	return a != "" && strings.TrimPrefix(a, "the ") == strings.TrimPrefix(b, "the ")
}

// unlistedPlace reports whether the words after a registry body's last
// " of " (folded) may name a place the registry does not list as one — a
// state, a province, a territory ("<Body> of <State>", "<Body> of the
// <Islands>"): one to four words, none a body's head word, no function
// word but "and".
func unlistedPlace(place string) bool {
	n := 0
	for w := range strings.FieldsSeq(place) {
		n++
		if n > 4 || orgHeads[w] || w != "and" && functionWords[w] {
			return false
		}
	}
	return n > 0
}

// placedElsewhere counts the signs that the article is placed in cd's
// place although no sentence names it as a country: the paragraphs that
// name the place (placeInText's search, a paragraph at a time), those
// with an acronym from one of cd's aliases that is not in the body's bare
// name ("<ACRONYM> Office of the <Head>" for "Office of the <Head> of the
// <Territory>"), and the registry entries the article names whose role
// names the place ("Power utility of <Territory>").
func (x *extractor) placedElsewhere(cd placedBody) int {
	n := 0
	if x.placeInText(cd.place) {
		for _, p := range x.d.paras {
			if strings.Contains(p.lower, cd.place) {
				n++
			}
		}
		n = max(n, 1) // in the title or by its nationality's word
	}
	base := foldText(cd.sp.Name)
	for _, a := range cd.sp.Aliases {
		for w := range strings.FieldsSeq(a) {
			w = strings.Trim(w, ",.'’")
			if len(w) < 3 || !isAcronym(w) || strings.Contains(base, strings.ToLower(w)) {
				continue
			}
			n += x.parasWithWord(w)
		}
	}
	for _, r := range x.mentionedRoles() {
		if strings.HasSuffix(r, " "+cd.place) || strings.Contains(r, " "+cd.place+" ") {
			n++
		}
	}
	return n
}

// parasWithWord counts the article's paragraphs where w, as written,
// stands as a whole word.
func (x *extractor) parasWithWord(w string) int {
	n := 0
	for _, p := range x.d.paras {
		for i := range p.toks {
			if p.toks[i].kind == tWord && p.word(i) == w {
				n++
				break
			}
		}
	}
	return n
}

// mentionedRoles returns the folded roles of the registry entries the
// article names, read once an article.
func (x *extractor) mentionedRoles() []string {
	if x.rolesDone {
		return x.roles
	}
	x.rolesDone = true
	seen := map[*briefings.Speaker]bool{}
	for _, ms := range x.mentions {
		for _, m := range ms {
			if m.e == nil || m.e.reg == nil || seen[m.e.reg] || m.e.reg.Role == "" {
				continue
			}
			seen[m.e.reg] = true
			x.roles = append(x.roles, foldText(m.e.reg.Role))
		}
	}
	return x.roles
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
		if strings.Contains(foldText(t), place) {
			return true
		}
		for w := range strings.FieldsSeq(t) {
			if startsUpper(w) && isNationality(strings.ToLower(w)) && foldText(countryOfWord(w)) == place {
				return true
			}
		}
	}
	for _, p := range x.d.paras {
		if strings.Contains(p.lower, place) {
			return true
		}
		for i := range p.toks {
			if p.toks[i].kind == tWord && p.toks[i].class&cCap != 0 && isNationality(p.lw(i)) && foldText(countryOfWord(p.word(i))) == place {
				return true
			}
		}
	}
	return false
}
