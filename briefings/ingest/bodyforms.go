package ingest

import (
	"iter"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/briefings"
)

// A body the registry lists is met in copy in many forms: its words in
// another order ("<Subject> Ministry" for "Ministry of <Subject>"), its
// country as an adjective, a possessive, an "of <Country>" or not at all
// (the article's own country), a word of the name left off ("Foreign"
// for "Foreign Affairs", a state's or city's name before a department),
// a national branch of an international body ("<Body> <Country>"), a
// seat named by its capital ("in <Capital>" for "in <Country>"), or a
// name whose first words the reader lost. bodyForms reads every name of
// every registry body once, as content words and a country slot, and
// bodyByContent maps a body the article names to the one registry body
// those fit best, refusing when two fit equally.

// bodyForm is one name or alias of a registry body, read for its content.
type bodyForm struct {
	sp        *briefings.Speaker
	words     []string // folded content words in order: no function words, no country
	countries []string // the countries the name holds, folded as the registry or the lists name them
	// nameCountries are the countries the registry's name of the body
	// holds, for an alias that holds none (the state's own long form of
	// its ministry's name): whose body it is all the same.
	nameCountries []string
	// region is the place, folded and without "the", a registry name of
	// the placed form "<Head> of <Field> of <Place>" ends with when the
	// place is no country (a state, a province, a territory): the body
	// is that region's, and a name that leaves the place off and some of
	// the field too is no evidence it is meant. "" for other names.
	region string
}

// slotFillers are words a body's name may have or leave off without
// naming another body: "Foreign Affairs" is "Foreign".
var slotFillers = set(`affairs`)

// bodyForms reads the names of the registry's bodies for bodyByContent.
func bodyForms(reg *briefings.Registry, speakers map[string]*briefings.Speaker) []bodyForm {
	var forms []bodyForm
	for _, s := range reg.Speakers {
		if s.Kind != "organisation" {
			continue
		}
		var own []string
		region := ""
		for i, n := range append([]string{s.Name}, s.Aliases...) {
			words, countries := bodyContent(n, speakers)
			if i == 0 {
				own = countries
				region = nameRegion(n, countries)
			}
			if len(words) > 0 {
				f := bodyForm{sp: s, words: words, countries: countries, region: region}
				if len(countries) == 0 {
					f.nameCountries = own
				}
				forms = append(forms, f)
			}
		}
	}
	return forms
}

// nameRegion returns the place, folded and without "the", that a body's
// name of the placed form "<Head> of <Field> of <Place>" ends with, when
// the name gives no country (countries): "" for any other name.
func nameRegion(name string, countries []string) string {
	if len(countries) > 0 {
		return ""
	}
	first, rest, ok := strings.Cut(name, " of ")
	if !ok || strings.Contains(first, " ") || !orgHeads[strings.ToLower(first)] {
		return ""
	}
	j := strings.LastIndex(rest, " of ")
	if j < 0 {
		return ""
	}
	place := strings.TrimPrefix(rest[j+4:], "the ")
	for w := range strings.FieldsSeq(place) {
		if !isCapWord(w) {
			return ""
		}
	}
	return foldText(place)
}

// bodyContent splits a body's name into its content words and the
// countries it names: a country by its name, a capital or other alias
// the registry gives it, or its adjective, with or without "'s".
func bodyContent(name string, speakers map[string]*briefings.Speaker) (words, countries []string) {
	// Fold drops an apostrophe but keeps its "s": a possessive's is cut
	// before, and the folded name is one string whose runs of words are
	// its substrings.
	if strings.ContainsAny(name, "'’") {
		var b strings.Builder
		for w := range strings.FieldsSeq(name) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(stripPossessive(w))
		}
		name = b.String()
	}
	folded := foldText(name)
	var buf [12]int
	starts := buf[:0]
	for i := 0; i < len(folded); i++ {
		if i == 0 || folded[i-1] == ' ' {
			starts = append(starts, i)
		}
	}
	end := func(i int) int { // where word i ends
		if i+1 < len(starts) {
			return starts[i+1] - 1
		}
		return len(folded)
	}
	for i := 0; i < len(starts); {
		n, c := 0, ""
		for k := min(4, len(starts)-i); k >= 1 && n == 0; k-- {
			if c = countryNamed(folded[starts[i]:end(i+k-1)], speakers); c != "" {
				n = k
			}
		}
		if n > 0 {
			countries = append(countries, c)
			i += n
			continue
		}
		w := folded[starts[i]:end(i)]
		i++
		if !functionWords[w] && !slotFillers[w] {
			words = append(words, w)
		}
	}
	for j, w := range words {
		if w == "labor" && stateHeadOf(words) {
			// "<Field> Ministry", "Department of <Field>": a state's
			// ministry is one body however copy spells its field, and
			// the registry may keep the other spelling of it (American
			// "labor", British "labour").
			words[j] = "labour"
		}
	}
	return words, countries
}

// stateHeadOf reports whether a name's content words hold a state body's
// head ("ministry", "department").
func stateHeadOf(words []string) bool {
	for _, w := range words {
		if stateHeadsOf[w] {
			return true
		}
	}
	return false
}

// shortStateNames maps the initials copy writes for a state, folded, to
// the state's name as the lists fold it: a closed class.
var shortStateNames = map[string]string{"uk": "united kingdom", "u k": "united kingdom", "us": "united states", "u s": "united states"}

// renamedStates maps a state's former name, folded, to its name now as
// the lists fold it: a closed class of states renamed in living memory
// whose former name the lists still know.
var renamedStates = map[string]string{"swaziland": "eswatini", "burma": "myanmar"}

// countryNamed returns the folded country a folded run of words names, or
// "": a registry place (a capital listed as its country's alias gives the
// country), a known country or city, or a country's adjective.
func countryNamed(run string, speakers map[string]*briefings.Speaker) string {
	if s := speakers[run]; s != nil {
		if s.Kind == "place" {
			return foldText(s.Name)
		}
		return ""
	}
	if rest, ok := strings.CutPrefix(run, "the "); ok {
		// "the <Place> <Status>", a territory named with its article
		// ("the <Place> Special Administrative Region"): the article is no
		// part of the registry's name of the place.
		if s := speakers[rest]; s != nil && s.Kind == "place" {
			return foldText(s.Name)
		}
	}
	if continents[run] {
		return ""
	}
	if c := capitalCountries[run]; c != "" {
		// A capital the registry does not list stands for its country.
		if s := speakers[c]; s != nil && s.Kind == "place" {
			return foldText(s.Name)
		}
		return c
	}
	if isKnownPlace(run) {
		if now := renamedStates[run]; now != "" {
			// A state's former name, still in older bodies' and
			// unions' names ("the <Former> National Association of
			// <Field>"): the same state as its name now, which the
			// convention writes.
			if s := speakers[now]; s != nil && s.Kind == "place" {
				return foldText(s.Name)
			}
			return now
		}
		if full := shortStateNames[run]; full != "" {
			// A state's initials ("UK", "U.S.") name it as its full
			// name does: the convention writes a body's state by its
			// name, and the rules compare states by one key.
			if s := speakers[full]; s != nil && s.Kind == "place" {
				return foldText(s.Name)
			}
			return full
		}
		return run
	}
	if !strings.Contains(run, " ") {
		if c := adjectiveCountry()[run]; c != "" && !continents[c] {
			if s := speakers[c]; s != nil && s.Kind == "place" {
				return foldText(s.Name)
			}
			return c
		}
	}
	return ""
}

// bodyByContent returns the registry body whose name holds the content of
// e's, a body the article names in a form the registry does not list:
// every content word of e's name is one of the registry name's, in any
// order, and they share the body's head word ("ministry", "committee"),
// or the words are the same. A country e's
// name gives must be one the registry name gives, unless the registry
// name gives none (an international body's national branch); a country
// only the registry name gives must be the article's home country. Of
// the bodies that fit, the one with the fewest words e's name leaves
// out; of two that fit as well, the one whose name alone gives the
// article's home country (a country's embassy "in <Host>"), else e as it
// is.
func (x *extractor) bodyByContent(e *entity) *entity {
	c := x.cast
	if c.reg == nil || len(c.reg.forms) == 0 || e.reg != nil {
		return e
	}
	if e.formed == nil { // a body is drafted for each of its quotes: look once
		e.formed = x.bodyByContentOf(e)
	}
	return e.formed
}

// bodyByContentOf is bodyByContent's look.
func (x *extractor) bodyByContentOf(e *entity) *entity {
	c := x.cast
	mw, mc := bodyContent(e.name, c.reg.speakers)
	if len(mw) == 0 {
		return e
	}
	home, homeRead := "", false
	var best, hosted *briefings.Speaker
	bestExtra, tie, hostTie := 0, false, false
	for i := range c.reg.forms {
		f := &c.reg.forms[i]
		extra, ok := coveredBy(mw, f.words)
		if !ok {
			continue
		}
		same := extra == 0
		if !same && (len(mw) < 2 || !sharesHead(mw, f.words)) {
			continue
		}
		if !same && has(mw, "court") && ranksAnotherCourt(mw, f.words) {
			// "the Court of <Field>" for a registry's "Court of <Rank>
			// <Field>" (or "the <Rank> Court" for "the <Rank2> Court"): a
			// word of a court's rank the name leaves out names another
			// court of the same system, not a shorter form of this one.
			continue
		}
		if !same && f.region != "" && !x.placeInText(f.region) {
			// "the <Head> of <Field>" for a region's "<Head> of <Field>
			// and <Field2> of <Region>" in an article that never names
			// the region: another state's body of the same head and
			// field (homeStateBody may place it).
			continue
		}
		switch {
		case len(mc) > 0 && len(f.countries) == 0:
			if !same {
				continue
			}
		case len(mc) > 0:
			if _, ok := coveredBy(mc, f.countries); !ok {
				continue
			}
		case len(f.countries) > 0:
			if !homeRead {
				home, homeRead = x.homeOf(e), true
			}
			if home == "" || !has(f.countries, home) {
				continue
			}
		case len(f.nameCountries) > 0:
			// An alias without the country of a body whose name gives
			// one: not the body of a story placed in another country.
			if !homeRead {
				home, homeRead = x.homeOf(e), true
			}
			if home != "" && !has(f.nameCountries, home) {
				continue
			}
		}
		switch {
		case best == nil || extra < bestExtra:
			best, bestExtra, tie = f.sp, extra, false
			hosted, hostTie = nil, false
		case extra == bestExtra && f.sp != best:
			tie = true
		}
		if extra == bestExtra && len(f.countries) > len(mc) {
			// "<Country>'s embassy" where the registry lists the
			// country's embassies by their hosts ("Embassy of <Country>
			// in <Host>"): the one in the article's own country.
			if !homeRead {
				home, homeRead = x.homeOf(e), true
			}
			if home != "" && has(f.countries, home) && !has(mc, home) {
				if hosted != nil && hosted != f.sp {
					hostTie = true
				}
				hosted = f.sp
			}
		}
	}
	if best != nil && tie && hosted != nil && !hostTie {
		return c.fromRegistry(hosted)
	}
	if best == nil || tie {
		return e
	}
	return c.fromRegistry(best)
}

// stateOrgan returns the registry body "<Head> of <Country>" (or "of the
// Republic of <Country>") for "the <head>" (folded k) of an article that
// names no body of its own ending so: a state's one presidency, cabinet or
// assembly, whose name is its head word and its country alone, and which
// copy calls by the head word once the story is about the country. The
// article must name the country; nil when it names none of the bodies'
// countries or more than one.
func (x *extractor) stateOrgan(k string) *briefings.Speaker {
	var found *briefings.Speaker
	for i := range x.cast.reg.forms {
		f := &x.cast.reg.forms[i]
		if len(f.words) != 1 || f.words[0] != k || len(f.countries) != 1 || f.sp == found {
			continue
		}
		if !x.placeInText(f.countries[0]) {
			continue
		}
		if found != nil {
			return nil
		}
		found = f.sp
	}
	return found
}

// courtRanks are the words that place a court in its system's hierarchy:
// a closed class (final, supreme, high, superior, appeal and its plural,
// district, magistrates', crown, county, circuit, constitutional).
var courtRanks = set(`final supreme high superior appeal appeals district magistrates crown county circuit constitutional`)

// ranksAnotherCourt reports whether the court name b has a rank word
// (courtRanks) that the court name a leaves out.
func ranksAnotherCourt(a, b []string) bool {
	for _, w := range b {
		if courtRanks[w] && !has(a, w) {
			return true
		}
	}
	return false
}

// formsNamed yields the registry's body forms whose content words are
// words, no more and no fewer: the bodies a bare name may mean, which
// callers narrow (one country, a union state) and take when only one is
// left.
func (ix *registryIndex) formsNamed(words []string) iter.Seq[*bodyForm] {
	return func(yield func(*bodyForm) bool) {
		for i := range ix.forms {
			f := &ix.forms[i]
			if extra, ok := coveredBy(words, f.words); ok && extra == 0 && !yield(f) {
				return
			}
		}
	}
}

// coveredBy reports whether every word of a is one of b's, and how many
// of b's words a leaves out.
func coveredBy(a, b []string) (extra int, ok bool) {
	for _, w := range a {
		if !has(b, w) {
			return 0, false
		}
	}
	return max(len(b)-len(a), 0), true
}

// sharesHead reports whether a body's head word of a is one of b's.
func sharesHead(a, b []string) bool {
	for _, w := range a {
		if orgHeads[w] && has(b, w) {
			return true
		}
	}
	return false
}

func has(list []string, w string) bool {
	for _, v := range list {
		if v == w {
			return true
		}
	}
	return false
}

// homeOf is homeFolded for placing body e, else, when the article gives
// no home country, the one whose state bodies the registry lists and the
// article names besides e (registryBodiesCountry).
func (x *extractor) homeOf(e *entity) string {
	if h := x.homeFolded(); h != "" {
		return h
	}
	return x.registryBodiesCountry(e)
}

// homeFolded returns the article's home country, folded: the dateline's
// or the opening's (homeCountry), else the one the outlet is named for
// (outletCountry), else the country most of its sentences name first
// (a city of the lists the registry does not list counting as its
// country's, cityCountries), none on a tie (but the address's country, below, over one named in a
// sentence or two only), else, when none names one, the country whose
// code ends the address's host.
func (x *extractor) homeFolded() string {
	if h := x.homeCountry(); h != "" {
		fh := foldText(h)
		if own := x.headerState(); own != "" && own != fh && x.datelineCountry() == "" && x.namesState(own) {
			// The opening's state, with no dateline to place the story,
			// is the one its first sentences name, often the other side
			// of a story between two states (a visiting minister, a
			// neighbour's traders); the outlet's own state, which its
			// header's clock or its address says, is the home when the
			// story names it too: its bodies are the ones copy names
			// bare.
			return own
		}
		if !x.awayRead {
			x.otherHome, x.awayRead = x.awayHome(fh), true
		}
		if x.otherHome != "" {
			return x.otherHome
		}
		return fh
	}
	if h := x.outletCountry(); h != "" {
		return h
	}
	var counts map[string]int
	best, tie := "", false
	for s := range x.d.sents {
		c := x.countryIn(s)
		if c == "" {
			continue
		}
		fc := x.stateNamed(c)
		if fc != "" && x.cast.reg.speakers[fc] == nil {
			if k := cityCountries[fc]; k != "" {
				// A city of two words or a seat of government the
				// lists know as a place but the registry does not
				// list ("<City> <Name>", a former capital): counted
				// as its country, the state it stands for, not as a
				// state of its own. A city of one word stateNamed
				// leaves out: named near the story, not its home.
				fc = countryNamed(k, x.cast.reg.speakers)
			}
		}
		if fc == "" {
			continue
		}
		if counts == nil {
			counts = map[string]int{}
		}
		counts[fc]++
		switch n := counts[fc]; {
		case fc == best:
			tie = false
		case best == "" || n > counts[best]:
			best, tie = fc, false
		case n == counts[best]:
			tie = true
		}
	}
	if best != "" && counts[best] <= 2 && x.d.domain != "" && x.d.domain != best {
		// A country named in a sentence or two is one the story passes
		// through (a neighbour that offers help, a place a club or a
		// stand is named for), not surely its home: the country whose
		// code ends the site's address is the outlet's own, whose bodies
		// its copy names bare.
		if c := countryNamed(x.d.domain, x.cast.reg.speakers); c != "" {
			return c
		}
	}
	if best != "" && !tie && counts[best] == 1 {
		// A country named in one sentence only (where a ferry was built,
		// a place a surname spells, the first of the neighbours a
		// director recruits in) is one the story passes through: the one
		// country its towns and provinces lie in (placesHome), a
		// different one, is where it is set, whose bodies it names bare.
		if h := x.placesHome(); h != "" && h != best {
			return h
		}
	}
	if tie {
		// Countries named as often as each other (a story's visitors by
		// their nationalities, two sides named once each) give no home;
		// the towns and provinces the story is set in may still lie in
		// one country (placesHome), whose bodies it names bare.
		return x.placesHome()
	}
	if best == "" {
		// No sentence names a country: the one the title names, where
		// the story is ("<Country>: <event> …", "<Country> <people> …").
		if h := x.headHome(); h != "" {
			return h
		}
	}
	if best == "" && x.d.domain != "" {
		// No sentence names a country: the one the site's address is
		// in, as the registry names it.
		if c := countryNamed(x.d.domain, x.cast.reg.speakers); c != "" {
			return c
		}
	}
	if best == "" {
		// Nor the address: the country whose time the dateline or the
		// byline keeps ("09:15 <ZONE>").
		if c := x.zoneCountry(); c != "" {
			return c
		}
	}
	if best == "" {
		// Nor the address: the country whose state bodies it names by
		// the registry's names, else the one country its towns, counties
		// and provinces lie in (placesHome).
		if c := x.registryBodiesCountry(nil); c != "" {
			return c
		}
		return x.placesHome()
	}
	return best
}

// awayHome returns the state (folded) that is the story's home when the
// opening's state, home, is the other side: with no dateline and no header
// to place the story, the opening's first state is its subject, and copy
// names the other side's officials by their nationality before their
// title ("<Adjective> <Deputy> <Minister> <Name>", "the <Adjective>
// Ambassador") and its own state's bare. When the story so marks home's
// officials and not those of the one other state the opening sentence
// names, that state is the home. "" otherwise.
func (x *extractor) awayHome(home string) string {
	if x.datelineCountry() != "" || x.headerState() != "" || !x.marksOfficials(home) {
		return ""
	}
	for s := range x.d.sents {
		if x.d.sents[s].p < x.d.lead || x.countryIn(s) == "" {
			continue
		}
		ds := x.d.sents[s]
		p := x.d.paras[ds.p]
		other := ""
		for i := ds.a; i < ds.b; i++ {
			if !p.isWordAt(i) || !p.toks[i].isCap(p.text) {
				continue
			}
			w := stripPossessive(p.word(i))
			k := ""
			if c := x.countryOf(w); c != "" {
				k = x.stateNamed(c)
			} else if c := countryOfWord(w); c != "" {
				k = x.stateNamed(c)
			}
			if k == "" || k == home || k == other {
				continue
			}
			if other != "" {
				return "" // two others: no one side
			}
			other = k
		}
		if other == "" || x.marksOfficials(other) {
			return ""
		}
		return other
	}
	return ""
}

// marksOfficials reports whether the story names an official of state c
// (folded) by its nationality adjective before a title of a state's
// minister or envoy (envoyTitles) after up to two capitalised words
// ("<Adjective> Deputy Foreign Minister", "the <Adjective> minister").
func (x *extractor) marksOfficials(c string) bool {
	for pi := range x.d.paras {
		p := x.d.paras[pi]
		for i := range p.toks {
			if !p.isWordAt(i) || !p.toks[i].isCap(p.text) || !isNationality(p.word(i)) {
				continue
			}
			if k := countryOfWord(p.word(i)); k == "" || x.stateNamed(k) != c {
				continue
			}
			for j := i + 1; j <= i+3 && j < len(p.toks) && p.isWordAt(j); j++ {
				if envoyTitles[p.lw(j)] {
					return true // "the <Adjective> minister" too
				}
				if !p.toks[j].isCap(p.text) {
					break
				}
			}
		}
	}
	return false
}

// envoyTitles are the titles of the officials who speak for a state to
// another: its ministers and its envoys. A closed class; an officer, a
// guard or a spokesperson is as often the home state's own in its copy.
var envoyTitles = set(`minister ministers ambassador consul envoy`)

// headerState returns the outlet's own state (folded, as the registry
// names it) by its header alone: the country whose time its header lines
// keep (zoneCountry), else the one whose code ends its address; "" for
// neither. It is asked each time homeFolded is, so it is read once a
// draft (ownState): countryNamed folds the registry's name anew each call.
func (x *extractor) headerState() string {
	if !x.ownRead {
		x.ownState, x.ownRead = x.readHeaderState(), true
	}
	return x.ownState
}

// readHeaderState is headerState's reading, made once a draft.
func (x *extractor) readHeaderState() string {
	if c := x.zoneCountry(); c != "" {
		return c
	}
	if x.d.domain != "" {
		return countryNamed(x.d.domain, x.cast.reg.speakers)
	}
	return ""
}

// namesState reports whether some sentence of the story names state c
// (folded) first, by its name, its adjective or its capital.
func (x *extractor) namesState(c string) bool {
	for s := range x.d.sents {
		if k := x.countryIn(s); k != "" && x.stateNamed(k) == c {
			return true
		}
	}
	return false
}

// nationalZones are the abbreviations of time zones one country alone
// keeps, by that country: a closed class. A zone several countries share
// ("ICT", "CET", "EAT") or one abbreviation of two zones ("IST", "BST")
// says no country.
var nationalZones = map[string]string{
	"jst": "japan", "kst": "south korea", "pkt": "pakistan", "npt": "nepal",
	"sgt": "singapore", "myt": "malaysia", "pht": "philippines",
	"wib": "indonesia", "wita": "indonesia", "nzst": "new zealand", "nzdt": "new zealand",
}

// zoneCountry returns the country (folded, as the registry names it)
// whose time zone the article's header lines give after a clock time
// (headerZone), "" for none.
func (x *extractor) zoneCountry() string {
	if x.d.zone == "" {
		return ""
	}
	return countryNamed(x.d.zone, x.cast.reg.speakers)
}

// headerZone returns the country (folded) whose time zone the short
// header lines before the story ("<Month> <Day>, <Year> at 09:15 <ZONE>",
// "Updated 5 p.m. <ZONE>") give after a clock time: an outlet stamps its
// copy with its own country's time. "" when none does, or two countries'
// zones are given.
func headerZone(paras []string) string {
	found := ""
	for i, p := range paras {
		if i >= 6 {
			break
		}
		if len(p) > 160 {
			continue // a paragraph of the story, not a header line
		}
		prev2, prev := "", "" // the two words before: no slice of them is made
		for word := range strings.FieldsSeq(p) {
			w := strings.Trim(word, "().,;")
			before, before2 := prev, prev2
			prev2, prev = prev, word
			if before == "" || len(w) < 3 || len(w) > 4 || !isAcronym(w) {
				continue
			}
			var buf [4]byte
			lw, _ := lowerASCIIWord(buf[:], w)
			c := nationalZones[string(lw)]
			if c == "" || !clockWord(before, before2 != "" && clockWord(before2, false)) {
				continue
			}
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	return found
}

// clockWord reports whether a word ends a clock time: digits ("09:15",
// "0900", "5pm"), or "a.m.", "p.m.", "am", "pm" when the word before is
// digits (digitsBefore).
func clockWord(w string, digitsBefore bool) bool {
	w = strings.ToLower(strings.TrimLeft(w, "("))
	switch w {
	case "a.m.", "p.m.", "am", "pm", "a.m", "p.m":
		return digitsBefore
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	return w != "" && w[len(w)-1] >= '0' && w[len(w)-1] <= '9'
}

// localUnits are the head words of a body's regional or local unit: "the
// <Body>'s regional office", "<BODY> provincial command", "<Body>
// district branch".
var localUnits = set(`office offices command branch branches division district section bureau unit
	directorate chapter station headquarters delegation sector`)

// localScopes say a unit serves one part of the body's ground: a region, a
// province, a district, the field.
var localScopes = set(`regional provincial district county state local field country area zonal
	divisional municipal subregional sub-regional territorial`)

// parentBody maps a regional or local unit of a body the article or the
// registry knows, named through the body ("<Body>'s Regional Office for
// <Region>", "<ACRONYM> provincial command in <Province>", "the <Body>
// district branch"), to that body: the unit has no name of its own in
// the registry, and copy quotes it as the body. The unit's words after
// the body must hold a unit's head and a scope word, or the head followed
// by "for" or "in" and a capitalised name; nil when the name is no such
// unit or the body is unknown.
func (x *extractor) parentBody(name string) *entity {
	unit := false
	for w := range strings.FieldsSeq(name) {
		if unitHead(w) {
			unit = true
			break
		}
	}
	if !unit {
		return nil // most bodies: looked at without splitting the name
	}
	words := strings.Fields(name)
	if len(words) < 3 {
		return nil
	}
	for i := 1; i < len(words)-1; i++ {
		if !localUnit(words[i:]) {
			continue
		}
		if b := x.ownersBody(strings.Join(words[:i], " ")); b != nil {
			return b
		}
	}
	return nil
}

// ownersBody is knownBody of the words that name a body before one of its
// units or its people ("the <Body>'s", "<Body>"; parentBody,
// voiceOfBody), without their article or possessive.
func (x *extractor) ownersBody(owner string) *entity {
	if isPossessive(owner) {
		owner = stripPossessive(owner)
	}
	return x.knownBody(strings.TrimPrefix(strings.TrimPrefix(owner, "the "), "The "))
}

// knownBody returns the body the article or the registry knows by this
// name, its short form or an alias, or nil.
func (x *extractor) knownBody(name string) *entity {
	c := x.cast
	k := c.fold(name)
	if k == "" {
		return nil
	}
	if e := c.lookup(name); e != nil && e.kind == "organisation" {
		return e
	}
	if c.reg != nil {
		if s := c.reg.speakers[k]; s != nil && s.Kind == "organisation" {
			return c.fromRegistry(s)
		}
	}
	return nil
}

// localUnit reports whether the words after a body's name are one of its
// regional or local units (see parentBody).
func localUnit(words []string) bool {
	scope, head := false, false
	for k, w := range words {
		lw := strings.ToLower(w)
		switch {
		case localScopes[lw]:
			scope = true
		case localUnits[lw]:
			head = true
			if k+2 < len(words) && (words[k+1] == "for" || words[k+1] == "in") && unicode.IsUpper(firstRune(words[k+2])) {
				scope = true
			}
			if k+2 < len(words) && words[k+1] == "of" && unitOfPlace(words[k+2:]) {
				scope = true
			}
		}
	}
	return scope && head
}

// unitHead reports whether a word, in lower case or capitalised, is a
// unit's head word (localUnits).
func unitHead(w string) bool {
	if w != "" && 'A' <= w[0] && w[0] <= 'Z' {
		return localUnits[string(w[0]+'a'-'A')+w[1:]]
	}
	return localUnits[w]
}

// outletCountry returns the registry place, folded, that opens the
// outlet's name ("<Country> News", "The <Country> Times", "<Capital>
// Star"), or "": a national paper is named for the country it reports
// on, and its stories name their country's bodies without the country
// ("the Office of the Prime Minister", "the Chamber of Commerce") more
// often than any sentence names the country itself.
func (x *extractor) outletCountry() string {
	o := x.d.outlet
	if o == "" || x.cast.reg == nil {
		return ""
	}
	o = strings.TrimPrefix(o, "The ")
	words := strings.Fields(o)
	for n := min(len(words)-1, 3); n >= 1; n-- {
		if c := countryNamed(foldText(strings.Join(words[:n], " ")), x.cast.reg.speakers); c != "" {
			if s := x.cast.reg.speakers[c]; s != nil && s.Kind == "place" {
				return c
			}
		}
	}
	return ""
}

// leadNames reports whether the story's first sentence names state home
// (folded) first, by its name, its adjective or its capital, and the
// title names no other state: a story that opens in a state, and names no
// other (onlyCountry), is that state's. A title that names another says
// where the story is; the opening's state is then one that helps or
// trades with it.
func (x *extractor) leadNames(home string) bool {
	if h := x.headCountry(); h != "" && h != home {
		return false
	}
	for s := range x.d.sents {
		if x.d.sents[s].p < x.d.lead {
			continue
		}
		c := x.countryIn(s)
		return c != "" && x.stateNamed(c) == home
	}
	return false
}

// describedOwnersUnit returns the kind noun ("organisation", "group",
// "bank") whose body a local unit belongs to in "the <kind>'s <Place>
// office", "the <kind>'s <City> branch", "the <kind>'s regional bureau":
// the unit, named only by where it sits, speaks for the body "the <kind>"
// refers to. a is the possessive (the article read already), orgAt the
// unit's word in lower case; "" for any other shape: a capitalised owner
// ("<Name>'s grid operator"), a unit with a name of its own ("the
// <kind>'s <Name> News unit"), a head that is no local unit.
func (p *para) describedOwnersUnit(r *ref, a, orgAt int) string {
	if r.det != "the" || a+1 >= orgAt || !p.isWordAt(a) || p.toks[a].isCap(p.text) || !isPossessive(p.word(a)) ||
		p.toks[orgAt].isCap(p.text) || !localUnits[p.lw(orgAt)] {
		return ""
	}
	owner := stripPossessive(p.lw(a))
	if !orgHeads[owner] && !orgDescriptors[owner] || localUnits[owner] {
		return ""
	}
	for i := a + 1; i < orgAt; {
		if !p.isWordAt(i) {
			return ""
		}
		if !p.toks[i].isCap(p.text) {
			if !localScopes[p.lw(i)] {
				return ""
			}
			i++
			continue
		}
		j := i
		for j < orgAt && p.isNameWord(j) && !isPossessive(p.word(j)) {
			j++
		}
		if j == i || !isKnownPlace(p.textOf(i, j)) && !p.onlyNationalities(i, j) && !p.plainCapitals(i, j) {
			return ""
		}
		i = j
	}
	return owner
}

// plainCapitals reports whether the name words [a, b) hold no body's
// head, title or acronym: a place's name the lexicon may not know ("the
// group's <Province> office"), not the name of a unit of its own ("the
// company's <Name> Media unit", "the agency's EU desk").
func (p *para) plainCapitals(a, b int) bool {
	for i := a; i < b; i++ {
		if p.isOrgHeadAt(i) || p.isRoleAt(i) || isAcronym(p.word(i)) {
			return false
		}
	}
	return true
}
