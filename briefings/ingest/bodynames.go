package ingest

import (
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

// Body forms: a body the rules found, named in a form the article's own
// structure or the registry shows to be short of the name a draft should
// give it.

// bodyVoices are the lower-case words after a body's name that say its
// staff or delegation speaks for it as a whole: "<Body> management",
// "<ACRONYM> mission", "<Body> leadership", and "<Body> press" (its press
// service, "press" in lower case, not a paper's "Press"). A closed class
// of collective nouns for a body's people, not its organs (a board or
// committee that the registry may list as a body of its own).
var bodyVoices = set(`management mission leadership secretariat press`)

// voiceOfBody returns the body a "<Body> <voice>" name speaks for (see
// bodyVoices), when the article or the registry knows the body by the
// words before the voice; nil otherwise.
func (x *extractor) voiceOfBody(name string) *entity {
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 {
		return nil
	}
	if !bodyVoices[name[sp+1:]] {
		return x.pressUnitOwner(name, sp)
	}
	return x.ownersBody(name[:sp])
}

// pressUnitHeads are the heads of a body's press unit named after it in
// capitals ("<Body> Media Unit", "<Body> Press Office"): a closed class.
var pressUnitHeads = set(`Unit Office Desk Centre Center Team Section`)

// pressUnitOwner returns the body a "<Body> <Press|Media|Communications>
// <Unit|Office|Desk…>" name belongs to, when the article or the registry
// knows the body by the words before the unit: a body's press unit, named
// in its contact line or its sign-off, answers for the body and has no
// voice of its own. sp is the last space in name. Nil otherwise.
func (x *extractor) pressUnitOwner(name string, sp int) *entity {
	if !pressUnitHeads[name[sp+1:]] {
		return nil
	}
	sp2 := strings.LastIndexByte(name[:sp], ' ')
	if sp2 <= 0 {
		return nil
	}
	switch name[sp2+1 : sp] {
	case "Press", "Media", "Communications":
	default:
		return nil
	}
	owner := strings.TrimPrefix(strings.TrimPrefix(name[:sp2], "the "), "The ")
	if isPossessive(owner) {
		return nil // "<Body>'s Press Office": namedOfficeOwner's and lowerUnitOwner's to read
	}
	if strings.HasSuffix(owner, "Government") {
		// "<State> Government Media Office": a government's press unit
		// is a state body of its own, as an officeholder's office is.
		return nil
	}
	if b := x.ownersBody(owner); b != nil {
		return b
	}
	// A body the article names only here (its letterhead or its contact
	// line): the owner's own name, when it reads as a body's, two
	// capitalised words or more that open with no given name and name no
	// place, as namedOfficeOwner reads "<Owner>'s press office".
	words := strings.Fields(owner)
	if len(words) < 2 {
		return nil
	}
	for _, w := range words {
		if !isCapWord(w) {
			return nil
		}
	}
	if _, given := givenGender(words[0]); given {
		return nil
	}
	if e := x.cast.lookup(owner); e != nil && e.kind != "organisation" {
		return nil
	}
	if countryOfWord(owner) != "" || isKnownPlace(owner) || nationalityCountry(words[0]) != "" {
		return nil
	}
	return x.cast.org(owner, "")
}

// lowerUnitOwner returns the body a "<Body>'s <field> <unit>" name is a
// unit of, when the unit's words are all in lower case and end in a unit's
// or a body's head ("<Body>'s press office", "<Body>'s nature conservation
// division") and the article or the registry knows the owner: a unit
// with no name of its own speaks as its body, as parentBody reads one
// named after it. Nil for any other name.
func (x *extractor) lowerUnitOwner(name string) *entity {
	i, _ := lastPossessive(name)
	if i <= 0 {
		return nil
	}
	_, unit, _ := strings.Cut(name[i:], " ")
	if !localUnits[unit[strings.LastIndexByte(unit, ' ')+1:]] && unit != "board" {
		// "<Body>'s board", its governing board, speaks as the body
		// as its office does; "<Body>'s school meals programme" is a
		// thing it runs.
		return nil
	}
	for w := range strings.FieldsSeq(unit) {
		if isCapWord(w) {
			return nil
		}
	}
	return x.ownersBody(name[:i])
}

// bodysPeople are plural nouns for a body's own people whom copy opens a
// sentence on before the body ("Activists from the <Body>", "Campaigners
// of the <Body>"), a closed class: they act and speak as the body, as its
// unnamed spokesperson does, and the capital the sentence gives the noun
// makes no part of the body's name.
var bodysPeople = set(`activists campaigners supporters volunteers representatives`)

// peopleOfBody returns the body a "<People> from the <Body>" name speaks
// for (see bodysPeople): the body the article or the registry knows by
// the words after "from" or "of", else those words themselves when they
// read as a body's name, capitalised words that end in a body's head
// word. Nil for any other name.
func (x *extractor) peopleOfBody(name string) *entity {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || !isCapWord(first) || !bodysPeople[strings.ToLower(first)] {
		return nil
	}
	prep, rest, ok := strings.Cut(rest, " ")
	if !ok || prep != "from" && prep != "of" {
		return nil
	}
	rest = strings.TrimPrefix(rest, "the ")
	if b := x.ownersBody(rest); b != nil {
		return b
	}
	words := strings.Fields(rest)
	if len(words) < 2 || !orgHeads[strings.ToLower(words[len(words)-1])] {
		return nil
	}
	for k, w := range words {
		if !isCapWord(w) && !(k > 0 && functionWords[w]) {
			return nil
		}
	}
	return x.fullBody(x.cast.org(rest, ""))
}

// pressUnitWords name what a body's own press unit does: "<Body>'s press
// office", "<Body>'s media office", a closed class.
var pressUnitWords = set(`press media communications`)

// headOfficeTitles are the lower-case titles of a body's head whose office
// copy quotes as the body ("the <ACR> commissioner's office"), a closed
// class. Not a state's head (president, prime minister): that office is
// a body of its own.
var headOfficeTitles = set(`commissioner director chairman chairperson chairwoman registrar ombudsman administrator`)

// namedOfficeOwner returns the body an office of it speaks for when copy
// names the office through its owner, and the owner is a name no one in
// the article or the registry knows yet: "<Owner>'s press office" with a
// capitalised owner of two words or more that opens with no given name,
// or an acronym, and "<ACR> <title>'s office", the office of the body's
// head. A body's press office answers for the body and has no name of
// its own; a person's office is their own, so an owner the article knows
// as a person, or that opens as a person's name does, is left as it was.
// Nil for any other name.
func (x *extractor) namedOfficeOwner(name string) *entity {
	i := -1
	for _, mark := range []string{"'s ", "’s ", "s' ", "s’ "} {
		if j := strings.LastIndex(name, mark); j > i {
			i = j
			if mark[0] == 's' {
				i++ // the plural's "s" is the owner's
			}
		}
	}
	if i <= 0 {
		return nil
	}
	_, unit, _ := strings.Cut(name[i:], " ")
	owner := strings.TrimPrefix(strings.TrimPrefix(name[:i], "the "), "The ")
	words := strings.Fields(owner)
	if len(words) == 0 {
		return nil
	}
	c := x.cast
	if unit == "office" && len(words) == 2 && isAcronym(words[0]) && len(words[0]) >= 3 && headOfficeTitles[words[1]] {
		// "<ACR> <title>'s office": the head's office of the body.
		if e := c.lookup(words[0]); e != nil && e.kind != "organisation" {
			return nil
		}
		if countryOfWord(words[0]) != "" || isKnownPlace(words[0]) {
			return nil
		}
		return c.org(words[0], "")
	}
	first, head, ok := strings.Cut(unit, " ")
	if !ok || !pressUnitWords[first] || head != "office" {
		return nil
	}
	if len(words) == 1 && !(isAcronym(words[0]) && len(words[0]) >= 3) {
		return nil
	}
	for k, w := range words {
		if !isCapWord(w) && !(k > 0 && k < len(words)-1 && functionWords[w]) {
			return nil
		}
	}
	if _, given := givenGender(words[0]); given {
		return nil // "<Given> <Surname>'s press office": a person's
	}
	if e := c.lookup(owner); e != nil && e.kind != "organisation" {
		return nil
	}
	if countryOfWord(owner) != "" || isKnownPlace(owner) || nationalityCountry(words[0]) != "" {
		return nil // a state's or a city's press office: its own rules
	}
	return c.org(owner, "")
}

// spelledAcronym returns the name the article prints, anywhere in its
// text (a quote included), whose capitalised words' initials spell the
// acronym: "<First> <Second> <Third>" for "<FST>", function words in
// lower case between them allowed ("<First> of <Second>"), an acronym of
// three letters or more. Copy names a body its readers know by its
// acronym and spells it out once, not always where the acronym speaks, nor
// always in brackets after it. "" when the
// article spells it out in no way or in two.
func (x *extractor) spelledAcronym(acr string) string {
	acr = strings.ReplaceAll(acr, ".", "")
	if len(acr) < 3 {
		// Two letters are too many bodies' initials, and a union's
		// or a country's more often than a body's spelt out.
		return ""
	}
	if x.spelled == nil {
		x.spelled = map[string]string{}
	}
	if v, ok := x.spelled[acr]; ok {
		return v
	}
	found := ""
	for _, p := range x.d.paras {
		for i := range p.toks {
			full := p.spellsOut(i, acr)
			if full == "" {
				continue
			}
			if found != "" && found != full {
				// "<Country> <Name>" and "<Name>": the body's name
				// with its country once, the longer.
				if strings.HasSuffix(full, " "+found) {
					found = full
					continue
				}
				if strings.HasSuffix(found, " "+full) {
					continue
				}
				x.spelled[acr] = ""
				return ""
			}
			found = full
		}
	}
	x.spelled[acr] = found
	return found
}

// spellsOut returns the words from token i whose capitals spell acr, one
// a word, each word capitalised and lower-case function words alone
// between them, the run ending where acr does, with a parent's initials
// just before them ("UN", "EU"): "" when they do not.
func (p *para) spellsOut(i int, acr string) string {
	t := &p.toks[i]
	if t.kind != tWord || !t.isCap(p.text) || p.text[t.s] != acr[0] {
		return ""
	}
	start := t
	if i > 0 && p.toks[i-1].kind == tWord && p.toks[i-1].isCap(p.text) && !functionWords[p.toks[i-1].lw] {
		v := &p.toks[i-1]
		if w := p.text[v.s:v.e]; len(w) > 3 || !isAcronym(w) || i > 1 && p.toks[i-2].kind == tWord && p.toks[i-2].isCap(p.text) && !functionWords[p.toks[i-2].lw] {
			pre := p.prefixBeforeSpelled(i)
			if pre < 0 {
				return "" // the run starts before: "<Other> <First> …"
			}
			start = &p.toks[pre]
		} else {
			// "UN <Office for …>", "EU <Agency for …>": the parent's
			// initials before a body's name, which the body's own
			// acronym leaves out, are its full name's.
			start = v
		}
	}
	k, j, last := 0, i, i
	for ; j < len(p.toks) && k < len(acr); j++ {
		u := &p.toks[j]
		if u.kind != tWord {
			return ""
		}
		w := p.text[u.s:u.e]
		if rest, ok := elidedParticle(w); ok && j > i {
			// "<First> d'<Second>": the elided particle's letter is
			// the acronym's in lower case ("<F>d<S>") or not at all.
			if acr[k] == w[0] && k+1 < len(acr) {
				k++
			}
			if acr[k] != rest[0] {
				return ""
			}
			k++
			last = j
			continue
		}
		switch {
		case u.isCap(p.text) && w[0] == acr[k] && !isAcronym(w):
			k++
			last = j
			// A mixed-case acronym ("<Fi><S><T>") keeps a word's second
			// letters in lower case after its capital.
			for n := 1; k < len(acr) && n < len(w) && 'a' <= acr[k] && acr[k] <= 'z' && w[n] == acr[k]; n++ {
				k++
			}
		case !u.isCap(p.text) && (functionWords[u.lw] || placeParticles[u.lw]) && j > i:
			if acr[k] == w[0] && k+1 < len(acr) {
				k++ // a particle's initial in lower case: "<F>d<S>" for "<F> de <S>"
			}
		default:
			return ""
		}
	}
	if k < len(acr) || last-i+1 < 2 {
		return ""
	}
	if n := last + 1; n < len(p.toks) && p.toks[n].kind == tWord && p.toks[n].isCap(p.text) {
		return "" // the run goes on: a longer name than the acronym's
	}
	return stripPossessive(p.text[start.s:p.toks[last].e])
}

// prefixBeforeSpelled reads the capitalised words just before token i,
// where the words an acronym spells begin, and returns the token the
// full name starts at: the country's name or adjective before a body's
// name is the body's own ("<Country> <First> <Second> <Third>" for
// "<FST>"), so i-1 when that word is one, i-2 when the two words before
// are a two-word state's name or adjective; a sponsor's or an owner's
// brand before it ("<Brand> <Beer> <First> <Second> …") is not, and the
// acronym's own words, i, are the name, as they are when no capitalised
// word stands before them. -1 when the run before is longer
// than two words (a longer name of which the letters are a part) or
// holds a body's head word (the letters spell a tail of another body's
// name).
func (p *para) prefixBeforeSpelled(i int) int {
	n := 0
	for j := i - 1; j >= 0 && p.toks[j].kind == tWord && p.toks[j].isCap(p.text) && !functionWords[p.toks[j].lw]; j-- {
		n++
		if n > 2 || p.isOrgHeadAt(j) {
			return -1
		}
	}
	if n == 1 && (countryWords[p.toks[i-1].lw] || countryOfWord(p.text[p.toks[i-1].s:p.toks[i-1].e]) != "") {
		return i - 1
	}
	if n == 2 && i > 1 && p.text[p.toks[i-2].e:p.toks[i-1].s] == " " {
		// countryWords holds one-word names only; a two-word state's
		// name or adjective is countryOfWord's.
		if two := p.text[p.toks[i-2].s:p.toks[i-1].e]; countryOfWord(two) != "" {
			return i - 2
		}
	}
	return i // "<Brand> <Beer> <First> …": the sponsor's words
}

// homeStateBody returns "<Body> of <Country>" for a state's body the
// article names bare ("the Ministry of <Field>", "the National <Field>
// Agency", "the Cabinet of Ministers") and the registry does not list
// (folded k, e's name): a national paper names its own state's bodies
// without the state, and the registry's convention, which the draft
// should follow, names a state's bodies with it. The convention is read
// from the registry: bodies of the same head named so for the home
// country, or every state body it lists named with its state
// (registryCountries) and the name one of a state's (stateBodyName).
// Nil when the name is of another shape, names a place, or the home
// country or the convention is not there to read.
func (x *extractor) homeStateBody(e *entity, k string) *entity {
	name := e.name
	if b := x.federalDepartment(e, name); b != nil {
		return b
	}
	if strings.HasSuffix(name, "Ministry") {
		// "the <Field> Ministry": the convention's own order, "Ministry of
		// <Field>", before the country is put after it.
		if field := fieldBeforeMinistry(strings.Fields(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")), true); field != "" {
			name = "Ministry of " + field
			k = foldText(name)
		}
	}
	first, rest, ok := strings.Cut(k, " of ")
	if !ok || strings.Contains(first, " ") {
		// "Ministry for <Field>": a state's ministry or department named
		// for its remit with "for", as some states write it, is one the
		// convention names with its country as it does "Ministry of".
		if h, r, isFor := strings.Cut(k, " for "); isFor && (h == "ministry" || h == "department") {
			first, rest, ok = h, r, true
		}
	}
	if !ok || strings.Contains(first, " ") || !orgHeads[first] || businessHeads[first] || rest == "" {
		first = ""
	}
	if first == "" && (!x.cast.reg.countried || !stateBodyName(name) && !fieldBodyName(name) && !soleStateOrgans[k] && !nationalCourts[k] && officeTitle(name) == "" && trailingStateHead(name) == "" && !bareStateBodyGeneral(name)) {
		return nil
	}
	// A body is drafted for each of its quotes, and the home country is
	// read from the whole article: look once.
	if b, looked := x.stateBodies[e]; looked {
		return b
	}
	if x.stateBodies == nil {
		x.stateBodies = map[*entity]*entity{}
	}
	b := x.homeStateBodyOf(e, name, first)
	x.stateBodies[e] = b
	return b
}

// federalDepartments are the executive departments of the United States
// that copy names by their remit before the head ("the <Remit>
// Department"), by the remit as the convention writes it after
// "Department of": a closed class. Remits other states' departments
// share under the same short name (justice, education, state) are not in
// it.
var federalDepartments = map[string]string{
	"Commerce": "Commerce", "Treasury": "the Treasury", "Interior": "the Interior",
	"Labor": "Labor", "Defense": "Defense", "Homeland Security": "Homeland Security",
}

// federalDepartment returns "Department of <Remit> of the United States"
// (the registry's entry when it lists it) for "the <Remit> Department" of
// federalDepartments, when the article is the United States' or the
// country the body's sentence, or the last before it, names is: copy of
// another country names the federal department so when the federal
// government acts on it. Nil for any other name or story.
func (x *extractor) federalDepartment(e *entity, name string) *entity {
	remit, ok := strings.CutSuffix(strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The "), " Department")
	if !ok || federalDepartments[remit] == "" || x.cast.reg == nil {
		return nil
	}
	const us = "united states"
	if x.homeFolded() != us && x.countryBefore(e) != us {
		return nil
	}
	place := "the United States"
	if p := x.cast.reg.speakers[us]; p != nil && p.Kind == "place" {
		place = x.cast.reg.placeAfterOf(p)
	}
	full := "Department of " + federalDepartments[remit] + " of " + place
	if s := x.cast.regSpeaker(full); s != nil {
		return x.cast.fromRegistry(s)
	}
	return x.cast.org(full, "")
}

// homeStateBodyOf is homeStateBody's look, for e by the name the
// convention orders (e's own, or "Ministry of <Field>" for "<Field>
// Ministry") whose head is first ("" when the name does not open "<Head>
// of"). It is apart from homeStateBody so that the answer, which reads
// the whole article, is cached once per body however many quotes it has.
func (x *extractor) homeStateBodyOf(e *entity, ename, first string) *entity {
	c := x.cast
	words, countries := bodyContent(ename, c.reg.speakers)
	sole := len(words) == 1 && soleStateOrgans[words[0]]
	office := officeTitle(ename)
	if office == "" {
		office = officeOfTitle(ename) // "Office of the <Title>", the same office
	}
	court := nationalCourts[strings.TrimPrefix(foldText(ename), "the ")]
	if len(countries) > 0 || len(words) < 2 && !sole && office == "" {
		return nil
	}
	if i := strings.LastIndex(ename, " of the "); i > 0 && strings.HasSuffix(ename, " Government") {
		// "<Ministry> of <Field> of the <Region> Regional Government": the
		// name says whose body it is already, a government under the
		// state's (a region's own), and the state is no part of it.
		return nil
	}
	if a, rest, ok := strings.Cut(ename, " "); ok && isCapWord(a) {
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			j = len(rest)
		}
		if countryOfWord(ename[:len(a)+1+j]) != "" {
			// "<Two-word nationality> <Field> <Head>" ("<South|Sri>
			// <Adjective> …"): the name says its state already.
			return nil
		}
	}
	if sole {
		for i := range c.reg.forms {
			if f := &c.reg.forms[i]; len(f.words) == 1 && f.words[0] == words[0] {
				return nil // the registry's own: stateOrgan reads which
			}
		}
	}
	if first != "" && c.reg.countried {
		if b := x.siblingPlaced(e, first); b != nil {
			return b
		}
	}
	home := x.homeFolded()
	if home == "" {
		home = x.countryBefore(e)
	}
	if home == "" {
		home = x.registryBodiesCountry(e)
	}
	if home == "" && stateHeadsOf[first] {
		// "the Department of <Field>", "the Ministry of <Field>" in a
		// story that names no country and no other body of one: a state's
		// ministry named bare is a state's by its form, and the state
		// whose ministry of those words the registry lists, the only one,
		// is the body's.
		home = c.reg.stateOfBareBody(ename)
	}
	if home == "" {
		return nil
	}
	if g := governedBy[home]; g != "" {
		// A nation with no government of its own: a national body named
		// bare in its story is the governing state's, as the convention
		// names it ("<Body> of <State>"), never the nation's.
		home = foldText(g)
	}
	head := "" // "<Field> <Head>": the head the registry's bodies must share
	if first == "" {
		head = trailingStateHead(ename)
	}
	var placeName string
	if place := c.reg.speakers[home]; place != nil && place.Kind == "place" {
		placeName = c.reg.placeAfterOf(place)
	} else if place == nil && court && countryWords[home] && capitalCountries[home] == "" {
		// A state's court named bare, of a country the registry does not
		// list: a state has one court of each of these names, and the
		// convention names it with the country as the lists spell it.
		placeName = stateAfterOf(home)
	} else if place == nil && head != "" {
		// A territory the registry does not list as a place but whose
		// bodies it names with it: their names give its written form.
		placeName = c.reg.placeOfBodies(home)
	} else if place == nil && stateHeadsOf[first] {
		// A country the registry does not list, though it names the
		// country's bodies with it: only a ministry's or a department's
		// name ("<Department> of <Field>") is one no other body has.
		placeName = c.reg.placeOfBodies(home)
		if placeName == "" && c.reg.countried && sovereignState(home) && capitalCountries[home] == "" && stateBodyName(ename) && (strings.HasSuffix(e.name, " Ministry") || first == "department" || first == "ministry" && (x.registryBodiesCountry(e) == home || x.leadNames(home))) && x.onlyCountry(home) {
			// Nor any body of it: copy's own short order ("the <Field>
			// Ministry") is the home state's ministry when the story
			// names no other state, and the convention the registry keeps
			// for the states it does list names it with the country as
			// the lists spell it. So is "the Department of <Field>": a
			// small state's or territory's departments are its own, as a
			// larger one's ministries are. Not "Ministry of <Field>" in
			// the state's own order, which may be the body's whole name,
			// unless the article names another body of the state that the
			// registry lists (its central bank, say): then the state's
			// bodies are ones the registry keeps, under its convention,
			// or the story opens in the state (leadNames) and names no
			// other: a national paper's bare ministry is its own state's.
			placeName = stateAfterOf(home)
		}
	} else if place == nil && first == "" && !strings.Contains(ename, " of ") && !strings.Contains(ename, " for ") && (stateBodyName(ename) || fieldBodyName(ename)) {
		// A state's body by its form ("National <Field> <Head>", "<Field>
		// Inspectorate") of a country the registry does not list but
		// whose other bodies it names with it: their names give its
		// written form, as for a department. Not one named for a remit
		// after "of" or "for", which the curator keeps as its own name.
		placeName = c.reg.placeOfBodies(home)
	}
	if placeName == "" {
		return nil
	}
	if office == "Governor" {
		// A governor's office is a territory's or a dependency's, whose
		// governor heads it: a country's governor heads a bank or a
		// province, whose office is no state's.
		if place := c.reg.speakers[home]; place == nil || place.Kind != "place" || place.Role == "Country" {
			return nil
		}
	}
	named := c.reg.countried && (stateBodyName(ename) || fieldBodyName(ename) || sole || office != "" || court || x.homeDirectorateGeneral(ename, home) || first == "bureau" && bureauOfField(ename))
	if named && len(c.reg.bareStates) > 0 && (first != "ministry" || has(c.reg.bareStates, home)) {
		// A registry that lists one state's bodies bare follows the
		// convention less surely: not for that state, and only for a
		// ministry, a national body in every state, not a department,
		// which is a city's or a province's in many. Bodies of the same
		// head it names with the home country still say it (below).
		named = false
	}
	for i := range c.reg.forms {
		if named {
			break
		}
		f := &c.reg.forms[i]
		if f.sp.Name == "" || len(f.countries) != 1 || f.countries[0] != home || len(f.words) < 2 {
			continue
		}
		if f.words[0] != first && (head == "" || trailingStateHead(strings.TrimSuffix(f.sp.Name, " of "+placeName)) != head) {
			continue
		}
		named = strings.HasSuffix(foldText(f.sp.Name), " of "+home)
	}
	if !named {
		return nil
	}
	name := strings.TrimPrefix(strings.TrimPrefix(ename, "the "), "The ")
	if office == "" && !court && !sole && x.divisionBody(e, name, home) {
		// A province's or a state's own body, in a story placed there:
		// named as the article names it, not as the federation's.
		return nil
	}
	if office != "" {
		// "the <Title>'s Office": the convention's "Office of the <Title>".
		name = "Office of the " + office
	}
	return c.org(name+" of "+placeName, "")
}

// bureauOfField reports whether name is "Bureau of <Field>", every word
// capitalised but the joining words, as stateBodyName reads "Department
// of <Field>": the form in which states that keep bureaus under their
// ministries (a plant, a customs, a fisheries bureau) name them, read
// only where the home country is known and the registry names its
// state's bodies with it. A bureau named for its field alone, with no
// place and no owner before it, is the home state's as its departments
// are; a city's or a company's bureau takes their name (divisionBody
// keeps a province's own).
func bureauOfField(name string) bool {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	rest, ok := strings.CutPrefix(name, "Bureau of ")
	return ok && stateBodyName("Department of "+rest)
}

// placeOfBodies returns the home country (folded) as the registry's
// bodies write it after their last " of " ("<Commission> of <Country>"),
// for a registry that lists the country's bodies but not the country
// itself: the bodies' names are the convention's evidence and give the
// place's written form. "" when no body is named so.
func (ix *registryIndex) placeOfBodies(home string) string {
	for i := range ix.forms {
		f := &ix.forms[i]
		if len(f.countries) != 1 || f.countries[0] != home {
			continue
		}
		n := f.sp.Name
		if j := strings.LastIndex(n, " of "); j >= 0 {
			if k := foldText(n[j+4:]); k == home || strings.TrimPrefix(k, "the ") == home {
				return n[j+4:] // with the article the name takes ("of the <Country>")
			}
		}
	}
	return ""
}

// countryBefore returns the registry country, folded, that the sentence
// first naming e names, or failing it the nearest sentence before: when
// the article's own country is in doubt (a story between two states names
// each as often), a body named bare is the state's the copy has just been
// speaking of. "" when no sentence up to there names one, or the nearest
// names a city the registry does not list (where, not whose).
func (x *extractor) countryBefore(e *entity) string {
	for si, ms := range x.mentions {
		for _, m := range ms {
			if m.e != e {
				continue
			}
			if c := x.lastCountry(si); c != "" {
				return x.stateNamed(c)
			}
			return ""
		}
	}
	return ""
}

// stateNamed returns the registry country, folded, that place c names, as
// a state whose bodies copy may name bare; "" for none, or for a city the
// registry does not list ("near <City>"), which is where a story happens,
// not whose bodies it names.
func (x *extractor) stateNamed(c string) string {
	k := countryNamed(foldText(c), x.cast.reg.speakers)
	if cityWords[k] && x.cast.reg.speakers[k] == nil {
		return ""
	}
	return k
}

// soleStateOrgans are the organs a state has one of, which copy names by
// the head word alone ("the Presidency said"): a closed class. Under the
// "<Body> of <Country>" convention the bare head is the home country's.
//
// "The Opposition" of a parliamentary state is an organ of it too: the
// parties outside the government, led by a recognised Leader of the
// Opposition, that copy names bare and with a capital. So is "the
// Cabinet", the ministers meeting as one body, which a post-cabinet
// statement names bare.
var soleStateOrgans = set(`presidency opposition cabinet`)

// nationalCourts are the names, folded, of the courts (and the one
// prosecuting service) a state has one of and copy names bare: a closed
// class. A provincial high court carries its place in its name
// ("<Province> High Court").
var nationalCourts = map[string]bool{"supreme court": true, "high court": true, "constitutional court": true,
	// The court of last resort of the civil-law states that keep one
	// apart from their constitutional court, and the prosecuting service
	// of the same states: one of each per state, named bare by its
	// country's copy.
	"court of cassation": true, "public prosecution": true}

// sovereignState reports whether home (folded) is a sovereign state the
// lists know by name, of one word (countryWords) or two (twoWordStates).
func sovereignState(home string) bool {
	if countryWords[home] {
		return true
	}
	// The map holds the states' adjectives too, each to its state.
	name, ok := twoWordStateAdjectives()[home]
	return ok && foldText(name) == home
}

// trailingStateHead returns the head, folded, of a body named "<Field>
// <Head>" with a head of trailingHeads ("<Field> Department", "<Field>
// and <Field> Bureau"), every word capitalised but a joining "and", or
// "". Such a name is a state's unit in some states and a city's or a
// firm's in others, so it is no state's by its shape alone: it takes the
// home country only where the registry names a body of the same head
// with that country (homeStateBodyOf), the convention shown for that
// state and that kind of body.
func trailingStateHead(name string) string {
	name = strings.TrimPrefix(name, "the ")
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || strings.Contains(name, " of ") {
		return ""
	}
	for w := range strings.FieldsSeq(name) {
		if w != "and" && (!isCapWord(w) || isPossessive(w)) {
			return ""
		}
	}
	var buf [24]byte
	if hl, ok := lowerASCIIWord(buf[:], name[i+1:]); ok && trailingHeads[string(hl)] {
		return string(hl)
	}
	return ""
}

// trailingHeads are the heads a state's unit takes after its field
// ("<Field> Department", "<Field> Bureau"): a closed class.
var trailingHeads = set(`department bureau`)

// stateHeadsOf are the head words of a state's bodies named "<Head> of
// <Field>": a ministry, a department, the cabinet. A closed class; an
// office or a council is as often a company's or a city's.
var stateHeadsOf = set(`ministry department cabinet directorate secretariat undersecretariat superintendency`)

// nationalHeads are the head words of a state's bodies named "National
// <Field> <Head>" or "State <Head> of <Field>": an agency, an authority, a
// service. A closed class; not the heads of a people's bodies (a council,
// a committee, a federation, a union) that take the same adjective.
var nationalHeads = set(`agency authority commission service staff administration directorate bureau
	inspectorate office centre center institute department ministry police`)

// stateBodyName reports whether a body's name is a state's by its form
// alone: "<Ministry|Department|Cabinet> of <Field>", or "<National|State|
// Federal|Higher|Supreme> … <Head>" with a head of nationalHeads before any "of" or "for"
// ("National <Field> Agency", "National Staff of <Field>"), or "<Field>
// Regulatory|Regulation <Head>" with such a head (a regulator); every word
// capitalised but the joining words, none a possessive (a unit named
// through its owner, a title's people after the name).
func stateBodyName(name string) bool {
	name = strings.TrimPrefix(name, "the ")
	first, rest, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	for w := range strings.FieldsSeq(name) {
		if isPossessive(w) || !isCapWord(w) && !functionWords[strings.TrimSuffix(w, ",")] {
			return false
		}
	}
	// Read in lower case on the stack: asked of every body a registry
	// that names its state bodies so is drafted with.
	var buf [24]byte
	lw, _ := lowerASCIIWord(buf[:], first)
	if stateHeadsOf[string(lw)] {
		return strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "for ")
	}
	national, royal := false, false
	switch string(lw) {
	case "national", "state", "federal", "higher", "supreme":
		// "Higher <Field> <Head>", "Supreme <Field> <Head>": the rank a
		// state gives its top body of a field, as "National" does (not
		// "High", a high commission being another state's mission).
		national = true
	case "royal":
		// "Royal <Field> Department": a monarchy's state departments
		// carry the crown's adjective as a republic's carry "National";
		// only with a department's or directorate's head (a royal
		// society, college or institute is as often no state's).
		royal = true
	}
	if national && string(lw) == "state" && (strings.HasPrefix(rest, "Committee for ") || strings.HasPrefix(rest, "Committee on ")) {
		// "State Committee for <Field>": the form a state's agency of
		// ministerial rank takes in the states that name their
		// agencies so, a state's by its adjective and its remit (a
		// people's committee of a state, "the <Party> State
		// Committee", has no remit after it).
		return true
	}
	head, before := "", first
	for w := range strings.FieldsSeq(rest) {
		if w == "of" || w == "for" {
			break
		}
		before, head = head, w
	}
	if before == "" {
		before = first
	}
	if string(lw) == "state" && before != first && (head == "Committee" || head == "Guard") {
		// "State <Field> Committee", "State <Field> Guard": a state's
		// committee of ministerial rank or its border or security guard,
		// a state's by the adjective that opens it and the field between
		// (a people's committee of a state puts its own name first).
		return true
	}
	if head == "Directorate" && !national && !royal && strings.HasSuffix(name, " Directorate") {
		// "<Field> Directorate": the head alone is a state's, the
		// administrative arm of a ministry or of the police; a firm or a
		// people's body has none. One named for a region ("Directorate
		// for <Region>") is that region's, not the home state's.
		return true
	}
	if competitionWords[string(lw)] && head != "" {
		// "Competition <Head>", "Antimonopoly <Field> <Head>",
		// "Competition <Field> and <Field> Protection Committee": the
		// competition regulator is a state's by its function; a
		// committee only with words between (a bare "Competition
		// Committee" is as often a sports body's).
		var hb [24]byte
		if hl, ok := lowerASCIIWord(hb[:], head); ok && (nationalHeads[string(hl)] || string(hl) == "committee" && before != first) {
			return true
		}
	}
	if !national && !royal && before != "Regulatory" && before != "Regulation" && before != "Electoral" && before != "Supervisory" {
		// "<Field> Regulatory <Head>", "<Field> Regulation <Head>",
		// "<Field> Supervisory <Head>", "<Independent> Electoral <Head>":
		// a regulator, a financial supervisor or the body that runs
		// elections is a state's by its function, as a national body is
		// by its adjective.
		return false
	}
	hl, ok := lowerASCIIWord(buf[:], head)
	if royal {
		return ok && royalHeads[string(hl)]
	}
	return ok && nationalHeads[string(hl)]
}

// fieldBodyHeads are the heads of a state's bodies named by their remit
// alone ("<Field> Agency", "<Field> Commission", "<Field> Office"): the
// agencies, commissions, tribunals and offices a state sets up for
// one field. A closed class; not a council, a committee or a board, which
// are as often a people's or a firm's.
//
// An inspectorate ("<Field> Inspectorate") is a state's too: the body that
// inspects a field for the state (labour, schools, taxes) has no people's
// or firm's namesake.
var fieldBodyHeads = set(`agency authority commission tribunal division office inspectorate`)

// legalAidHeads are the heads a state's legal aid body takes after
// "Legal Aid" (fieldBodyName): a closed class; not a society or a clinic,
// which are as often a charity's or a university's.
var legalAidHeads = set(`Board Commission Council Authority Agency`)

// infrastructureFields are the remits of a state's infrastructure
// administrations ("<Field> Administration"): a closed class.
var infrastructureFields = set(`Road Roads Coastal Maritime Highway Highways Railway Railways`)

// infrastructureAdministration reports whether fields, the words before
// "Administration", are one or two of infrastructureFields joined by
// "and", with "Public" or "National" before them at most.
func infrastructureAdministration(fields string) bool {
	fields = strings.TrimPrefix(strings.TrimPrefix(fields, "Public "), "National ")
	a, b, two := strings.Cut(fields, " and ")
	return infrastructureFields[a] && (!two || infrastructureFields[b])
}

// fieldBodyName reports whether a body's name is a state's field body by
// its shape alone: two or three plain words, capitalised, ending with a
// head of fieldBodyHeads ("<Field> Agency", "<Field> <Field> Commission",
// "Special Tribunal"), "<Field> Office of the <Title>", a state
// officeholder's own office, or "Office of <Title>" with a two-word title. Weaker than stateBodyName, so it is read only
// where the home country is known and the registry names its state's
// bodies with it (homeStateBody). Not a name with an acronym, a hyphen or
// a letter outside ASCII (an organisation's or a place's own word), with
// "and" (two remits joined are a unit's, as often a province's), with a
// rank's adjective ("Central", stateBodyName's to read), a port's
// authority (the port's, named for it) or a bloc's adjective (a body of
// the bloc's, "European <Head>", no member state's).
func fieldBodyName(name string) bool {
	name = strings.TrimPrefix(name, "the ")
	for _, pos := range [...]string{"'s ", "’s "} {
		if i := strings.Index(name, pos); i > 0 && stateOfficeTitle(name[:i]) {
			// "<Title>'s <Field> <Head>": a unit of a state
			// officeholder's own (the president's media division), the
			// state's as the office is.
			name = name[i+len(pos):]
			break
		}
	}
	if rest, ok := strings.CutPrefix(name, "Office of "); ok {
		// "Office of <Title>": an officeholder's office whose two-word
		// title copy gives in the state's own language, with no article
		// (a field's office, "Office of <Field> <Field> <Field>", has
		// more words or joins them with "and").
		t1, t2, two := strings.Cut(rest, " ")
		return two && t1 != "the" && isCapWord(t1) && isCapWord(t2) && !strings.Contains(t2, " ")
	}
	if rest, ok := strings.CutPrefix(name, "Legal Aid "); ok && legalAidHeads[rest] {
		// "Legal Aid Board", "Legal Aid Commission": the body a state
		// sets up by statute to give the poor counsel, a state's by its
		// remit though its head is a board's or a council's.
		return true
	}
	if rest, ok := strings.CutSuffix(name, " Administration"); ok && infrastructureAdministration(rest) {
		// "Road Administration", "Road and Coastal Administration": the
		// state's agency for its roads, coasts or sea lanes, a state's by
		// its remit though "Administration" alone is as often a
		// president's term.
		return true
	}
	body, title, titled := strings.Cut(name, " of the ")
	if titled && officeTitle(title+"'s Office") == "" {
		return false
	}
	n, head, prev, first := 0, "", "", ""
	for w := range strings.FieldsSeq(body) {
		if n == 0 {
			first = w
		}
		if !isCapWord(w) || len(w) < 2 || isPossessive(w) {
			return false
		}
		for i := 1; i < len(w); i++ {
			if c := w[i]; c < 'a' || c > 'z' {
				return false // an acronym, a hyphen, a place's own letters
			}
		}
		n++
		prev, head = head, w
	}
	if n < 2 || n > 3 || strings.HasPrefix(body, "Central ") || prev == "Port" {
		return false
	}
	if i := strings.IndexByte(body, ' '); i >= 0 {
		// The text up to the first space, as before; a name whose words
		// a tab or a line break parts (no space at all) gave a slice
		// past its start and a panic: its first word is read instead.
		first = body[:i]
	}
	var buf [24]byte
	if fl, ok := lowerASCIIWord(buf[:], first); ok && blocAdjectives[string(fl)] {
		return false
	}
	hl, ok := lowerASCIIWord(buf[:], head)
	if !ok || !fieldBodyHeads[string(hl)] {
		return false
	}
	return !titled || string(hl) == "office"
}

// stateOfficeTitle reports whether t is one of stateOfficeTitles, written
// with its capital.
func stateOfficeTitle(t string) bool {
	for _, st := range stateOfficeTitles {
		if strings.EqualFold(t, st) && isCapWord(t) {
			return true
		}
	}
	return false
}

// blocAdjectives are the adjectives of the continents and regions whose
// blocs have bodies named like a state's ("<Bloc> Commission"): a closed
// class.
var blocAdjectives = set(`european african asian arab caribbean nordic`)

// competitionWords open the name of a state's competition regulator.
var competitionWords = set(`competition antimonopoly anti-monopoly antitrust`)

// royalHeads are the heads of a monarchy's state bodies named "Royal
// <Field> <Head>": a closed class, narrower than nationalHeads.
var royalHeads = set(`department directorate`)

// registryCountries reports whether the registry names the state bodies
// it lists with their state: at least three named "<Head> of <Field>"
// with a head of stateHeadsOf, and each with "of <Place>" after the field
// (a "<Head> of the <Name>", an organ of another body, is not counted).
// A curator who follows that convention follows it throughout, and a
// body the registry does not list is named by it too; one who names a
// ministry bare does not. A bare body of another head ("Department of
// <Field>") whose role names its state ("<State>'s <field> ministry") is
// that state's own habit, not the curator's: it is returned among bare,
// whose bodies stay bare, and the others' follow the convention. A name
// that ends with its state ("<Head> of <Qualifier> <State>") is neither.
func registryCountries(reg *briefings.Registry, speakers map[string]*briefings.Speaker) (ok bool, bare []string) {
	n, unplaced := 0, false
	for _, s := range reg.Speakers {
		if s.Kind != "organisation" {
			continue
		}
		first, rest, ok := strings.Cut(s.Name, " ")
		if !ok || !stateHeadsOf[strings.ToLower(first)] {
			continue
		}
		_, field, ok := strings.Cut(rest, " ")
		if !ok || !strings.HasPrefix(rest, "of ") && !strings.HasPrefix(rest, "for ") {
			continue
		}
		if strings.HasPrefix(field, "the ") && !strings.Contains(field, " of ") {
			// "<Head> of the <Name>": an organ of another named body
			// (the secretariat of an intergovernmental programme), not a
			// state's ministry; it is no evidence either way.
			continue
		}
		if !strings.Contains(field, " of ") {
			if i := strings.LastIndexByte(field, ' '); i > 0 && countryNamed(foldText(field[i+1:]), speakers) != "" {
				continue // "<Head> of <Qualifier> <State>": the name gives its state
			}
			if st := roleState(s.Role, speakers); st != "" && !strings.EqualFold(first, "ministry") {
				bare = append(bare, st)
				continue
			}
			unplaced = true
			continue
		}
		n++
	}
	if unplaced || n < 3 || len(bare)*3 > n {
		return false, nil
	}
	return true, bare
}

// roleState finds the state a bare body's role opens with ("<State>'s
// <words>", "<State> <words>", one or two words; folded, as the registry
// names it), so that registryCountries can read a state's bodies listed
// bare as that state's own naming habit rather than as the curator
// dropping the "<Body> of <Country>" convention; "" when it names none.
func roleState(role string, speakers map[string]*briefings.Speaker) string {
	words := strings.Fields(role)
	for i := 1; i <= 2 && i < len(words); i++ {
		run := strings.Join(words[:i], " ")
		owned := isPossessive(words[i-1])
		if owned {
			run = strings.Join(words[:i-1], " ") + " " + stripPossessive(words[i-1])
			run = strings.TrimSpace(run)
		}
		if c := countryNamed(foldText(run), speakers); c != "" {
			return c
		}
		if owned {
			break
		}
	}
	return ""
}

// registryCapitals reports whether the registry lists its countries with
// their capitals as aliases: at least three countries whose capital the
// lists know, three in four of them with it. Such a curator means a
// capital that speaks ("<Capital> warned") as its country; one who lists
// none may mean the capital's own name.
func registryCapitals(reg *briefings.Registry) bool {
	with, all := 0, 0
	for _, s := range reg.Speakers {
		if s.Kind != "place" {
			continue
		}
		country := foldText(s.Name)
		known := false
		for capital, c := range capitalCountries {
			if c != country {
				continue
			}
			known = true
			for _, a := range s.Aliases {
				if foldText(a) == capital {
					with++
					break
				}
			}
			break
		}
		if known {
			all++
		}
	}
	return with >= 3 && 4*with >= 3*all
}

// capitalAsCountry returns the country a capital the registry does not
// list stands for, when the registry lists its countries with their
// capitals (registryCapitals): "<Capital> said" is the country speaking,
// and a curator who names countries so would have named this one, with
// its capital, had it been listed. Nil for any other place.
func (c *cast) capitalAsCountry(e *entity) *entity {
	if e.reg != nil || c.reg == nil || !c.reg.capitalsAliased {
		return nil
	}
	k := c.fold(e.name)
	country := capitalCountries[k]
	if country == "" || country == k {
		return nil
	}
	if s := c.reg.speakers[country]; s != nil {
		return c.fromRegistry(s)
	}
	return c.place(placeCase(country))
}

// placeAfterOf returns a place's name as the registry writes it after a
// body's "of": "the <Place>" when one of its bodies has it so ("… of the
// <Islands>"), the bare name when one has that ("… of <Islands>"), else
// the name as the lists write it after "of".
func (ix *registryIndex) placeAfterOf(place *briefings.Speaker) string {
	the, bare := " of the "+place.Name, " of "+place.Name
	plain := false
	for _, o := range ix.orgRoles {
		if strings.HasSuffix(o.sp.Name, the) {
			return "the " + place.Name
		}
		plain = plain || strings.HasSuffix(o.sp.Name, bare)
	}
	if plain {
		return place.Name
	}
	for _, a := range place.Aliases {
		if len(a) == len(place.Name)+4 && strings.EqualFold(a, "the "+place.Name) {
			// The entry itself lists the name with its article: the
			// curator writes it so.
			return "the " + place.Name
		}
	}
	if !articledCountries[foldText(place.Name)] {
		return place.Name
	}
	// A country whose English name takes its article: unless the entry's
	// own long form drops it ("Republic of <Country>"), the curator's
	// spelling of it after "of".
	lname := strings.ToLower(place.Name)
	for _, a := range place.Aliases {
		if la := strings.ToLower(a); strings.HasSuffix(la, " of "+lname) {
			return place.Name
		}
	}
	return "the " + place.Name
}

// stateAfterOf returns how the convention writes state home (folded)
// after "of" when the registry shows no spelling of it: the lists' name
// in capitals, with "the" for a state whose English name takes it.
func stateAfterOf(home string) string {
	if articledCountries[home] {
		return "the " + placeCase(home)
	}
	return placeCase(home)
}

// articledCountries are the countries, folded, whose English name takes
// "the" after "of" ("<Body> of the <Country>"), as the annotation brief's
// convention writes them: a plural name or one built on a common noun
// (islands, republic, kingdom, states). A closed class, for a registry
// that lists the country bare and none of its bodies to show the article.
//
// Not a state whose own long form drops the article ("Republic of
// Maldives", "Solomon Islands" in its government's style), which the
// convention writes bare unless the registry shows the article.
var articledCountries = map[string]bool{"philippines": true, "bahamas": true, "gambia": true,
	"netherlands": true, "comoros": true, "dominican republic": true, "central african republic": true,
	"czech republic": true, "united states": true, "united kingdom": true, "united arab emirates": true,
	"marshall islands": true}

// headedRegistryBody returns the registry body whose name is e's name and
// a head word the article gave it in lower case ("the <Place> city
// <body noun>", then "the <body noun> said"): copy writes a local body's
// own word for itself after the place's name as a common noun, which the
// rules keep as the body's head, not its name, while the registry lists
// the body by both. Nil when no head so joined is a registry body's name.
func (x *extractor) headedRegistryBody(e *entity) *entity {
	c := x.cast
	if len(e.heads) == 0 || c.reg == nil {
		return nil
	}
	var found *briefings.Speaker
	name := strings.TrimPrefix(c.nameKey(e), "the ")
	var buf [96]byte
	for h := range e.heads {
		key := append(append(append(buf[:0], name...), ' '), h...)
		s := c.reg.speakers[string(key)] // no allocation for a look-up
		if s == nil || s.Kind != "organisation" {
			continue
		}
		if found != nil && found != s {
			return nil
		}
		found = s
	}
	if found == nil {
		return nil
	}
	return c.fromRegistry(found)
}

// possessedUnit returns the body whose unit e is, when the article names
// e only after that body's possessive ("<Body>'s <Place> <Unit>", a unit
// head such as "Sector", "Division" or "Office" ending e's name) and the
// article or the registry knows the body: copy names a field unit through
// its parent, which speaks in the unit's posts, and the registry lists the
// parent alone. Nil when e is no such unit, or a mention of it goes
// without the possessive.
func (x *extractor) possessedUnit(e *entity) *entity {
	sp := strings.LastIndexByte(e.name, ' ')
	if sp <= 0 || !unitHead(e.name[sp+1:]) || !isCapWord(e.name[sp+1:]) {
		return nil
	}
	n := strings.Count(e.name, " ") + 1
	var owner *entity
	for si, ms := range x.mentions {
		for _, m := range ms {
			if m.e != e {
				continue
			}
			// The mention's token is at or near the unit's name, which
			// the owner's possessive goes just before.
			p := x.d.paras[x.d.sents[si].p]
			k := -1
			for d := 0; d <= 8 && k < 0; d++ {
				for _, j := range [2]int{m.tok - d, m.tok + d} {
					if j >= 1 && j+n <= len(p.toks) && p.isWordAt(j) && p.textOf(j, j+n) == e.name {
						k = j - 1
						break
					}
				}
			}
			if k < 0 || !p.isWordAt(k) || !isPossessive(p.word(k)) {
				return nil
			}
			from := k
			for from-1 >= 0 && p.isWordAt(from-1) && p.toks[from-1].isCap(p.text) && !isPossessive(p.word(from-1)) && p.lw(from-1) != "the" {
				from--
			}
			b := x.ownerBody(stripPossessive(p.textOf(from, k+1)))
			if b == nil || owner != nil && owner != b {
				return nil
			}
			owner = b
		}
	}
	return owner
}

// isCapWord reports whether a word opens with an upper-case ASCII letter.
func isCapWord(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

// ownerBody is knownBody, or the one registry body whose name is the
// owner's words and a country ("<Country> <Body>" for "<Body>'s"): the
// unit's parent is named as its readers know it, and a registry that
// lists one body of those words means that one.
func (x *extractor) ownerBody(name string) *entity {
	c := x.cast
	if b := x.knownBody(name); b != nil || c.reg == nil || len(c.reg.forms) == 0 {
		return b
	}
	words, countries := bodyContent(name, c.reg.speakers)
	if len(words) < 2 || len(countries) > 0 {
		return nil
	}
	var found *briefings.Speaker
	for f := range c.reg.formsNamed(words) {
		if found != nil && found != f.sp {
			return nil
		}
		found = f.sp
	}
	if found == nil {
		return nil
	}
	return c.fromRegistry(found)
}

// ownNameAfterCountry returns the body "<Country>'s <Name>" names, when
// <Name> is a body's formal name (three words or more, capitalised, an
// inner "of" or "for": "<Head> for <Field> of <Thing>") that says which
// body it is without the country: the possessive tells the reader whose
// it is, as a byline would, and is no part of the name. A head the
// registry names with its country ("<Head> of <Field> of <Country>", a
// ministry) keeps it: that name is every country's. Nil when the name is
// of another shape; asked after the registry's forms of the name
// (bodyByContent) have been.
func (x *extractor) ownNameAfterCountry(e *entity) *entity {
	c := x.cast
	first, rest, ok := strings.Cut(e.name, " ")
	if !ok || !isPossessive(first) || c.reg == nil {
		return nil
	}
	if countryNamed(foldText(stripPossessive(first)), c.reg.speakers) == "" {
		return nil
	}
	words := strings.Fields(rest)
	if len(words) < 3 {
		return nil
	}
	inner, head := false, ""
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && i < len(words)-1 && (lw == "of" || lw == "for"):
			inner = true
		case !isCapWord(w):
			if !functionWords[lw] {
				return nil
			}
		case head == "" && orgHeads[lw]:
			head = lw
		}
	}
	if !inner || head == "" {
		return nil
	}
	if _, countries := bodyContent(rest, c.reg.speakers); len(countries) > 0 {
		return nil
	}
	for i := range c.reg.forms {
		f := &c.reg.forms[i]
		if len(f.countries) == 1 && has(f.words, head) {
			return nil // the registry's convention: "<Head> of … of <Country>"
		}
	}
	if s := c.regSpeaker(rest); s != nil {
		return c.fromRegistry(s)
	}
	if o := c.lookup(rest); o != nil && o != e {
		return o
	}
	// The cast knows the name as e's own: the same body, named without
	// the possessive, made once.
	if x.renamed == nil {
		x.renamed = map[*entity]*entity{}
	}
	if o := x.renamed[e]; o != nil {
		return o
	}
	o := c.newEntity(entity{name: rest, kind: "organisation", heads: e.heads, business: e.business})
	x.renamed[e] = o
	return o
}

// possessedAgencyHeads are the heads of a state's regulating and
// wage-setting bodies ("<Field> Board", "<Field> Authority"): a closed
// class, less the heads a firm or a people's body takes (a group, a
// council, a federation, a company).
var possessedAgencyHeads = set(`board authority agency commission bureau`)

// possessedAgencyName reports whether words, after a country's
// possessive, are "<Field> … <Head>": two or three capitalised field
// words, then a head of possessedAgencyHeads ending the name. The
// possessive says whose body it is, as "<Country>'s Ministry of <Field>"
// does, and the convention names it "<Body> of <Country>"; named bare,
// such a body is as often a province's or a firm's.
func possessedAgencyName(words []string) bool {
	if len(words) < 3 || len(words) > 4 || !possessedAgencyHeads[strings.ToLower(words[len(words)-1])] {
		return false
	}
	for _, w := range words {
		if !isCapWord(w) || isPossessive(w) || isAcronym(w) {
			return false
		}
	}
	return true
}

// stateBodyGeneral reports whether words are "<Head> General of <Field>"
// with a head of stateHeadsOf (a directorate or secretariat general),
// which a country's possessive or adjective before it makes a state's
// body as it does "<Head> of <Field>". Named bare, copy as often means a
// body of no state (an international organisation's directorate general),
// so stateBodyName keeps to the plain form.
func stateBodyGeneral(words []string) bool {
	if len(words) < 4 || words[1] != "General" || !stateHeadsOf[strings.ToLower(words[0])] {
		return false
	}
	return stateBodyName(words[0] + " " + strings.Join(words[2:], " "))
}

// bareStateBodyGeneral is stateBodyGeneral for a name copy gives bare
// ("the Directorate General of <Field>", spaced, not hyphenated as a
// bloc's directorates-general are): in a story with a home country it is
// that state's, as "Ministry of <Field>" is.
func bareStateBodyGeneral(name string) bool {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if !strings.Contains(name, " General of ") {
		return false // the cheap test first: asked of every bare body
	}
	return stateBodyGeneral(strings.Fields(name))
}

// homeDirectorateGeneral reports whether a bare "Directorate General of
// <Field>" (bareStateBodyGeneral) is home's (folded), the convention
// naming it "<Body> of <Country>": the article names the state itself,
// so the story is one state's and not a bloc's or an international
// body's, and gives no bracketed acronym of other words
// (acronymOfOtherWords), which keeps a translated name as it is given.
func (x *extractor) homeDirectorateGeneral(name, home string) bool {
	return bareStateBodyGeneral(name) && x.placeInText(home) && !x.acronymOfOtherWords(name)
}

// acronymOfOtherWords reports whether the article brackets an acronym
// after name that is not its words' initials in their order: the body's
// initials in its own language ("<Directorate General of <Field>> (<other
// initials>)"), which make the English name the copy's rendering, kept as
// the article gives it rather than put in the convention's form.
func (x *extractor) acronymOfOtherWords(name string) bool {
	if !x.hasAcrBrackets() {
		return false
	}
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	ini := initials(name)
	return x.bracketAfterName(name, false, func(t string, _, end int) bool {
		acr, _, ok := strings.Cut(t[end+2:], ")")
		return ok && len(acr) >= 3 && isAcronym(acr) && !strings.EqualFold(acr, ini)
	})
}

// armedForcesOrgan reports whether a name is an organ of a state's armed
// forces, "<Name> of the Armed Forces" ("<Kind> Command of the Armed
// Forces", "General Staff of the Armed Forces"), its words before "of"
// capitalised: a country's possessive before it makes it that state's, as
// it does a ministry.
func armedForcesOrgan(name string) bool {
	organ, ok := strings.CutSuffix(name, " of the Armed Forces")
	if !ok || organ == "" {
		return false
	}
	for w := range strings.FieldsSeq(organ) {
		if !isCapWord(w) || isPossessive(w) {
			return false
		}
	}
	return true
}

// rulersMinistry returns the home country, as the registry or the lists
// spell it, for "<Owner>'s Ministry of <Field>" whose owner is no place:
// only a state has a ministry, so the owner ("the <Movement>'s", "the
// Government of <Name>'s") is who runs the state the story is in, and the
// convention names the ministry with that state. "" for another body
// after the possessive, an owner that is a place, or no home country.
func (x *extractor) rulersMinistry(owner string, body []string) string {
	if len(body) < 3 || body[0] != "Ministry" || body[1] != "of" || !stateBodyName(strings.Join(body, " ")) {
		return ""
	}
	if countryNamed(foldText(owner), x.cast.reg.speakers) != "" || x.cast.reg.subPlace(owner) {
		return ""
	}
	// The home country as the outlet's name gives it; one read from the
	// copy counts only when the story names no other state, which may be
	// the ministry's (returnees from <State> at the border).
	home := x.outletCountry()
	if home == "" {
		if home = x.homeFolded(); home != "" && !x.onlyCountry(home) {
			return ""
		}
	}
	if home == "" {
		return ""
	}
	if s := x.cast.reg.speakers[home]; s != nil && s.Kind == "place" {
		return x.cast.reg.placeAfterOf(s)
	}
	return ""
}

// acronymSpellsName reports whether the article writes name with a
// bracketed acronym after it ("<Name> (<ACR>)", the acronym in any case
// after its first capital) made of the initials of all its capitalised
// words: any occurrence of the name that starts a paragraph or follows a
// space. Gated, like bracketedFullName, on a bracket opening on a capital.
func (x *extractor) acronymSpellsName(name string) bool {
	if name == "" || !x.hasAcrBrackets() {
		return false
	}
	ini := initials(name)
	if len(ini) < 3 {
		return false
	}
	return x.bracketAfterName(name, true, func(t string, _, end int) bool {
		acr, _, ok := strings.Cut(t[end+2:], ")")
		return ok && strings.EqualFold(acr, ini)
	})
}

// bracketAfterName calls found with a paragraph's text and the span of
// each occurrence of name that a bracket follows ("<name> (") and a space
// precedes — or the paragraph's start, when atStart — until found says
// true. acronymSpellsName and bracketedFullNameOf read the same form on
// the paragraphs' text without copying it; only the first accepts a name
// that opens its paragraph (a bracketed full name is read backwards from
// the bracket, which a name at the paragraph's start leaves no room for).
func (x *extractor) bracketAfterName(name string, atStart bool, found func(t string, k, end int) bool) bool {
	return x.eachOccurrence(name, func(t string, k int) bool {
		end := k + len(name)
		if (k > 0 && t[k-1] != ' ') || (k == 0 && !atStart) || !strings.HasPrefix(t[end:], " (") {
			return false
		}
		return found(t, k, end)
	})
}

// eachOccurrence calls at with a paragraph's text and the offset of each
// place name stands in it, paragraph by paragraph, until at says true,
// and reports whether it did: the scans that read what stands around a
// name (bracketAfterName, nameOpener) read the paragraphs' own text, with
// no copy of it.
func (x *extractor) eachOccurrence(name string, at func(t string, k int) bool) bool {
	for _, p := range x.d.paras {
		t := p.text
		for off := 0; off < len(t); {
			k := strings.Index(t[off:], name)
			if k < 0 {
				break
			}
			k += off
			off = k + 1
			if at(t, k) {
				return true
			}
		}
	}
	return false
}

// countryWords are knownCountries as a set: a country, not a city, owns a
// state's bodies.
var countryWords = set(knownCountries)

// ownedStateBody returns "<Body> of <Country>" for a state's body the
// article names through its country's possessive or adjective
// ("<Country>'s Ministry of <Field>", "the <Nationality> National <Field>
// Agency"), when the registry names the state bodies it lists with their
// state (registryCountries): the possessive or the adjective is how copy
// says whose body it is, the convention the draft follows puts the
// country after the name, and a body of a country the article only
// mentions is that country's, not the home country's. The registry's
// entry when it lists the body so. Nil when the registry does not follow
// the convention, the owner is no country (a city's, a body's), or what
// follows is no state body's name (stateBodyName) nor a state's one organ
// (soleStateOrgans); asked after the registry's forms of the name
// (bodyByContent) have been.
func (x *extractor) ownedStateBody(e *entity) *entity {
	c := x.cast
	if c.reg == nil || !c.reg.countried {
		return nil
	}
	if len(c.reg.bareStates) > 0 && !strings.Contains(e.name, "Ministry") && !strings.Contains(e.name, "ministry") {
		return nil // a less sure convention: a ministry's only (homeStateBodyOf)
	}
	name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil // a name of one word has nothing after its owner; none has no first word
	}
	country, n := "", 0
	for i := 0; i < len(words)-1 && i < 4 && country == ""; i++ {
		w := words[i]
		if isPossessive(w) {
			if i > 0 && nationalityCountry(words[0]) != "" && officeTitle(strings.Join(words[1:], " ")) != "" {
				break // "<Nationality> <Title>'s Office": the adjective's, read below
			}
			owner := strings.TrimSpace(strings.Join(words[:i], " ") + " " + stripPossessive(w))
			country, n = c.ownerCountry(owner), i+1
			if country == "" {
				country = c.governmentOwner(owner)
			}
			if country == "" {
				country = x.subnationalOwner(e, owner)
				if country != "" {
					if b := x.provincesNamedBody(owner, words[i+1:]); b != nil {
						return b
					}
				}
			}
			if country == "" {
				country = x.rulersMinistry(owner, words[i+1:])
			}
			if country == "" {
				return nil
			}
		}
	}
	if country == "" {
		// "<Nationality> <Body>": one adjective before the body's name.
		if adj := nationalityCountry(words[0]); adj != "" && isCapWord(words[0]) {
			country, n = c.ownerCountry(adj), 1
		} else if len(words) > 3 && isCapWord(words[0]) && isCapWord(words[1]) {
			// A two-word state's adjective ("<South|Sri> <Adjective>").
			if st := countryOfWord(words[0] + " " + words[1]); st != "" {
				country, n = c.ownerCountry(strings.ToLower(st)), 2
			}
		}
		if country == "" && len(words) > 3 && isCapWord(words[0]) && words[2] == "of" && (words[1] == "Ministry" || words[1] == "Department") {
			// "<Country> Ministry of <Field>": the convention's own order
			// after the country's name, which copy puts first as it does
			// an adjective; a ministry's name never opens with its state's.
			if s := c.reg.speakers[foldText(words[0])]; s != nil && s.Kind == "place" && s.Role == "Country" {
				country, n = c.ownerCountry(words[0]), 1
			}
		}
		if country == "" && len(words) > 2 && isAcronym(words[0]) {
			// "<ACR> <State body>": a country's initials the registry
			// lists as its alias stand for its name, as its adjective
			// does. A country's name before a body's ("<Country> National
			// <Field> Authority") is as often the body's own name.
			if s := c.reg.speakers[foldText(words[0])]; s != nil && s.Kind == "place" && !strings.EqualFold(s.Name, words[0]) {
				country, n = c.ownerCountry(words[0]), 1
			}
		}
	}
	if country == "" || n >= len(words) {
		return nil
	}
	if !isPossessive(words[n-1]) && x.acronymSpellsName(name) {
		// "<Nationality> <Field> <Head> (<N><F><H>)": the acronym the
		// copy gives spells the adjective too, so the adjective is the
		// body's own name, which the convention keeps.
		return nil
	}
	described := false
	if n == 1 && isPossessive(words[0]) {
		if named := namedLowerBody(words[n:]); named != nil {
			described = true
			// "<Country>'s <field> department": a state body described
			// in lower case, named as its state names it.
			words = append(words[:n:n], named...)
		}
	}
	rest := strings.Join(words[n:], " ")
	if t := officeTitle(rest); t != "" {
		// "<Nationality> <Title>'s media office": the office of the
		// state's <Title>, as the convention names it.
		rest, described = "Office of the "+t, true
	}
	if field := fieldBeforeMinistry(words[n:], !described); field != "" {
		// "<Country>'s <Field> and <Field> Ministry": the convention's
		// own order, "Ministry of <Field> and <Field> of <Country>". The
		// owner is a state, so an industry's word the copy capitalises
		// before "Ministry" ("<Country>'s Energy Ministry") is the
		// ministry's field, not the head of a firm's name; in lower case
		// ("its energy ministry") the words are a description, which
		// leaves the state itself speaking.
		rest = "Ministry of " + field
	}
	if !described && isPossessive(words[n-1]) && ownedFieldHead(words[n:]) {
		described = true
	}
	if !described && len(words) == n+2 && words[n] == "National" && words[n+1] == "Guard" {
		// "<Nationality> National Guard", "<Country>'s National Guard": a
		// state's gendarmerie, which the adjective or the possessive says
		// is that state's; the convention names it "National Guard of
		// <Country>". ("<Nationality> <Field> <Head>" is not read so: an
		// agency's own name carries its adjective as often as not.)
		described = true
	}
	if !described && isPossessive(words[n-1]) && possessedAgencyName(words[n:]) {
		described = true
	}
	if !described && !stateBodyName(rest) && !stateBodyGeneral(words[n:]) && !armedForcesOrgan(rest) && (n+1 != len(words) || !isCapWord(rest) || !soleStateOrgans[strings.ToLower(rest)]) {
		return nil // neither a state body by its form nor a state's one organ ("<Country>'s Presidency")
	}
	if _, cs := bodyContent(rest, c.reg.speakers); len(cs) > 0 {
		return nil // the name gives a country of its own
	}
	full := rest + " of " + country
	if s := c.regSpeaker(full); s != nil {
		return c.fromRegistry(s)
	}
	if field, _, ok := strings.Cut(rest, " and "); ok && strings.HasPrefix(field, "Ministry of ") && !strings.Contains(field[len("Ministry of "):], " of ") {
		// "<Country>'s Ministry of <Field> and <Portfolio>": a state has one
		// ministry of a field, whatever portfolio its name adds; the
		// registry's "Ministry of <Field> of <Country>" is it.
		if s := c.regSpeaker(field + " of " + country); s != nil {
			return c.fromRegistry(s)
		}
	}
	if head := strings.ToLower(rest); soleStateOrgans[head] {
		// The registry's own organ of the country, by a longer name
		// ("<Organ> of the Republic of <Country>").
		k := foldText(strings.TrimPrefix(country, "the "))
		for i := range c.reg.forms {
			f := &c.reg.forms[i]
			if has(f.words, head) && len(f.countries) == 1 && countryNamed(k, c.reg.speakers) == f.countries[0] {
				return c.fromRegistry(f.sp)
			}
		}
	}
	return c.org(full, "")
}

// fieldBeforeMinistry returns the field of a ministry named with its field
// first ("<Field> Ministry", "<Field> and <Field> Ministry"), every word
// capitalised but the joining "and", as the convention's "Ministry of
// <Field>" writes it: an adjectival field of one word that the long form
// names with "Affairs" (affairsFields) takes it; an industry's word
// (industryFields) is a field when industry is set, for a ministry copy
// names bare and capitalised. "" for a name of another shape.
func fieldBeforeMinistry(words []string, industry bool) string {
	n := len(words)
	if n < 2 || n > 6 || words[n-1] != "Ministry" {
		return ""
	}
	for i, w := range words[:n-1] {
		if w == "and" && i > 0 && i < n-2 {
			continue
		}
		if lw := strings.ToLower(w); !isCapWord(w) || isPossessive(w) || strings.HasSuffix(w, ",") || orgHeads[lw] && !(industry && industryFields[lw]) {
			return ""
		}
	}
	field := strings.Join(words[:n-1], " ")
	if n == 2 && affairsFields[strings.ToLower(words[0])] {
		field += " Affairs"
	}
	return field
}

// industryFields are the heads of a firm's name ("<Name> <Industry>")
// that are a ministry's field too ("the <Industry> Ministry"): copy names
// a ministry field first as readily as a firm, so before "Ministry" the
// word is the ministry's field, not the head of a firm's name.
var industryFields = set(`energy mining oil gas steel power coal telecom media`)

// affairsFields are the adjectival fields whose ministry copy calls "the
// <Field> Ministry" and the state names "Ministry of <Field> Affairs": a
// closed class.
var affairsFields = set(`foreign home internal external`)

// ownerCountry returns a country's name as the registry writes it after a
// body's "of" (placeAfterOf), for an owner's words that name a country
// (its name, a listed alias, its capital); a country the registry does not
// list by its own name, capitalised. "" when the words name no country
// (a city, a region, a body).
func (c *cast) ownerCountry(owner string) string {
	k := countryNamed(foldText(strings.TrimSpace(owner)), c.reg.speakers)
	if k == "" || continents[k] {
		return ""
	}
	if s := c.reg.speakers[k]; s != nil && s.Kind == "place" {
		return c.reg.placeAfterOf(s)
	}
	if !countryWords[k] && !knownPlaceNames[k] || capitalCountries[k] != "" {
		return ""
	}
	return placeCase(k)
}

// governmentOwner returns the country, as ownerCountry writes it, of an
// owner that is a state's government named by its country ("the
// Government of <Country>", "the Federal Government of <Country>"): a
// ministry owned by a state's government is that state's. "" for any
// other owner.
func (c *cast) governmentOwner(owner string) string {
	gov, place, ok := strings.Cut(strings.TrimPrefix(owner, "the "), " of ")
	if !ok || place == "" {
		return ""
	}
	if gov != "Government" && !strings.HasSuffix(gov, " Government") {
		return ""
	}
	for w := range strings.FieldsSeq(gov) {
		if !isCapWord(w) {
			return ""
		}
	}
	return c.ownerCountry(place)
}

// registryBodiesCountry returns the one country (folded) whose state
// bodies, as the registry lists them, the article names: by a name of the
// registry's ("<Body> of <Country>", "<Country> <Body>", "<Nationality>
// <Body>"), or bare by the same words ("the <Body>" for "<Body> of
// <Country>"). A national paper that never names its own country still
// names its state's bodies, and the registry says whose they are. The
// body being placed (except) is no evidence of its own country. "" when
// the article names no such body, or bodies of two countries.
func (x *extractor) registryBodiesCountry(except *entity) string {
	c := x.cast
	found, two := "", false
	seen := map[*entity]bool{}
	for _, ms := range x.mentions {
		for _, m := range ms {
			e := m.e
			if two || e == except || e.kind != "organisation" || seen[e] {
				continue
			}
			seen[e] = true
			var k string
			if e.reg != nil {
				k = c.reg.stateOfBody(e.reg)
			} else if except != nil {
				k = c.reg.stateOfBareBody(e.name)
			}
			switch {
			case k == "" || k == found:
			case found == "":
				found = k
			default:
				two = true
			}
		}
	}
	if two {
		return ""
	}
	return found
}

// stateOfBareBody returns the country (folded) of the one registry body
// whose name is a bare name's content words and a country
// (stateOfBody): "" for none or two.
func (ix *registryIndex) stateOfBareBody(name string) string {
	words, countries := bodyContent(name, ix.speakers)
	if len(words) < 2 || len(countries) > 0 {
		return ""
	}
	found := ""
	for f := range ix.formsNamed(words) {
		if len(f.countries) != 1 {
			continue
		}
		k := ix.stateOfBody(f.sp)
		if k == "" {
			continue
		}
		if found != "" && found != k {
			return ""
		}
		found = k
	}
	return found
}

// stateOfBody returns the country (folded) a registry body's own name
// gives as its state: after its last "of", or in its first word; "" when
// the name gives none, or one inside it ("<Parties> to the <Country>
// <Agreement>", a treaty's). Read once per registry (bodyStatesOf): an
// article asks it for every body it names, and a look through every
// form of every body each time cost a registry's worth per mention.
func (ix *registryIndex) stateOfBody(sp *briefings.Speaker) string {
	return ix.bodyStates[sp]
}

// bodyStatesOf reads stateOfBody's answer for each of the registry's
// speakers, from the first of a body's forms that holds one country (the
// forms in bodyForms' order); speakers whose name gives none are left out.
func (ix *registryIndex) bodyStatesOf(reg *briefings.Registry) map[*briefings.Speaker]string {
	one := map[*briefings.Speaker]*bodyForm{}
	for i := range ix.forms {
		if f := &ix.forms[i]; len(f.countries) == 1 && one[f.sp] == nil {
			one[f.sp] = f
		}
	}
	var states map[*briefings.Speaker]string
	for _, s := range reg.Speakers {
		if k := ix.readStateOfBody(s, one[s]); k != "" {
			if states == nil {
				states = map[*briefings.Speaker]string{}
			}
			states[s] = k
		}
	}
	return states
}

// readStateOfBody is stateOfBody's reading of body sp's name, given the
// first of its forms that holds one country (f), or nil for none.
func (ix *registryIndex) readStateOfBody(sp *briefings.Speaker, f *bodyForm) string {
	name := foldText(sp.Name)
	if f != nil {
		k := f.countries[0]
		if j := strings.LastIndex(name, " of "); j >= 0 && countryNamed(strings.TrimPrefix(name[j+4:], "the "), ix.speakers) == k {
			return k
		}
		first, _, _ := strings.Cut(name, " ")
		kFirst, _, _ := strings.Cut(k, " ")
		if first == kFirst || countryNamed(first, ix.speakers) == k {
			return k
		}
		return ""
	}
	// A country of two words by its adjective ("<Direction> <Nationality>
	// <Body>"), which bodyContent reads as two words, not a country.
	if words := strings.Fields(name); len(words) > 2 {
		if adj := adjectiveCountry()[words[1]]; adj != "" {
			return countryNamed(words[0]+" "+adj, ix.speakers)
		}
	}
	return ""
}

// documentOwner returns the body whose document "<Body>'s <field>
// <document>" names ("<Body>'s annual report", "<Body>'s <field>
// strategy"): the words after the possessive all in lower case, the last
// a document noun (docNouns). A document speaks as the body that issued
// it, which the draft names as it would the body named alone: the
// article's or the registry's body, or a state body by its form
// (stateBodyName) placed as fullBody places it. Nil for any other name.
func (x *extractor) documentOwner(e *entity) *entity {
	i, _ := lastPossessive(e.name)
	if i <= 0 {
		return nil
	}
	_, doc, _ := strings.Cut(e.name[i:], " ")
	last := doc[strings.LastIndexByte(doc, ' ')+1:]
	if !docNouns[last] {
		return nil
	}
	for w := range strings.FieldsSeq(doc) {
		if strings.ToLower(w) != w {
			return nil
		}
	}
	owner := strings.TrimPrefix(strings.TrimPrefix(e.name[:i], "the "), "The ")
	b := x.ownersBody(owner)
	if b == nil {
		if !stateBodyName(owner) {
			return nil
		}
		b = x.cast.org(owner, "")
	}
	if b == e || b.reg != nil {
		return b
	}
	return x.fullBody(b)
}

// titleDocHeads are the last words of a document's or programme's own
// title ("the <Field> Stability Report", "the Decision Notice", "the
// Watchlist"): a title that ends in one names a text, never a body.
var titleDocHeads = set(`report review paper plan strategy programme program agenda survey notice
	watchlist outlook`)

// isTitleDocHead reports whether w is one of titleDocHeads in any case,
// without lowering it: fullBody asks it of every body it names.
func isTitleDocHead(w string) bool {
	for h := range titleDocHeads {
		if strings.EqualFold(w, h) {
			return true
		}
	}
	return false
}

// titledDocumentIssuer returns the body whose own page the article is
// (its letterhead, else its site's name) for a document the copy names by
// its capitalised title ("the <Field> Report spoke of", "the Decision
// Notice states"): a body's release or transcript cites its own report
// by title alone, and the words are the body's, never a speaker named
// after the report. Nil when the name is the registry's, its last word
// no document's, or the page names no issuing body: the title is then
// left as the rules read it.
func (x *extractor) titledDocumentIssuer(e *entity) *entity {
	if e.reg != nil {
		return nil
	}
	last := e.name[strings.LastIndexByte(e.name, ' ')+1:]
	if !isCapWord(last) || !isTitleDocHead(last) {
		return nil
	}
	if b := x.letterheadBody(); b != nil {
		return b
	}
	return x.siteBody()
}

// firmOfShortName returns the firm the article names in full with a legal
// form ("<Name> <Field> Co.", "<Name> Holdings Ltd") whose name a body's
// one-word name opens: copy calls a company by its first word after
// naming it once ("a <Name> official said"), and the draft names it as
// it was named in full. Nil when the name is of more words, the registry
// knows it, or the article names no such firm or two.
func (x *extractor) firmOfShortName(e *entity) *entity {
	c := x.cast
	if e.reg != nil || strings.IndexByte(e.name, ' ') >= 0 || !isCapWord(e.name) {
		return nil
	}
	if c.reg != nil && c.regSpeaker(e.name) != nil {
		return nil
	}
	found := c.longerFirm(e, true)
	if found == nil {
		return nil
	}
	return x.bodyByContent(found)
}

// outletArms are the last words of a body's own outlet or side arm
// named after it ("<Club> Radio", "<Body> News", "<Club> Women"): another
// voice than the body's, a closed class.
var outletArms = set(`radio television news media online press magazine times post channel women youth academy foundation`)

// firmLessLastWord returns the one body the article names by e's name of
// two words or more and one word after it, a word that is no body's head
// and no place ("<Name> <Trade>" for "<Name> <Trade> Networks"): copy
// names a firm in full once and drops its last word after, as it does a
// legal form (firmOfShortName). Nil when e's own name ends in a body's
// head (a body of its own, as "<Name> Commission" is beside "<Name>
// Commission <Place>"), the word is an acronym or an outlet's ("<Club>
// TV", "<Club> Radio": the body's own channel), the registry knows it,
// or the article names no such body or two.
func (x *extractor) firmLessLastWord(e *entity) *entity {
	c := x.cast
	if e.reg != nil || e.kind != "organisation" && e.kind != "person" {
		return nil
	}
	name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 || orgHeads[strings.ToLower(name[sp+1:])] {
		return nil
	}
	for w := range strings.FieldsSeq(name) {
		if !isCapWord(w) || isPossessive(w) {
			return nil
		}
	}
	if c.reg != nil && c.regSpeaker(name) != nil {
		return nil
	}
	var found *entity
	for _, o := range c.all {
		if o == e || o.kind != "organisation" || len(o.name) <= len(name)+1 || o.name[len(name)] != ' ' || !strings.HasPrefix(o.name, name) {
			continue
		}
		rest := o.name[len(name)+1:]
		if strings.IndexByte(rest, ' ') >= 0 || !isCapWord(rest) || isAcronym(rest) || orgHeads[strings.ToLower(rest)] || outletArms[strings.ToLower(rest)] || isKnownPlace(rest) {
			continue
		}
		if found != nil && found.display() != o.display() {
			return nil
		}
		found = o
	}
	if found == nil {
		return nil
	}
	return x.bodyByContent(found)
}

// theAliasPlace returns the registry place listed by "The <Name>" (a
// city or a country whose name takes the article) for a name the rules
// read without its article, when every mention of it in the article
// comes right after "the": a sentence's opening "The" is taken off a
// name as an article, and the bare word is then no place of the
// registry's, often a person's surname. Nil otherwise, or when the word
// stands anywhere without the article.
func (x *extractor) theAliasPlace(e *entity) *entity {
	c := x.cast
	if c.reg == nil || e.reg != nil || strings.IndexByte(e.name, ' ') >= 0 || !isCapWord(e.name) {
		return nil
	}
	// The index's "the" aliases, without the article: the speaker the
	// registry's "the <name>" folds to, with no key built per body.
	s := c.reg.theAlias[c.fold(e.name)]
	if s == nil || s.Kind != "place" {
		return nil
	}
	seen := false
	for _, p := range x.d.paras {
		for i := range p.toks {
			if !p.isWordAt(i) || p.word(i) != e.name {
				continue
			}
			if i < 1 || !p.isWordAt(i-1) || p.lw(i-1) != "the" {
				return nil
			}
			seen = true
		}
	}
	if !seen {
		return nil
	}
	return c.fromRegistry(s)
}

// siblingPlaced returns "<Head> of <Field> of <Place>" for a body named
// bare "<Head> of <Field>" (head first, folded) when the article names a
// sibling of the same head with its place ("<Head> of <Other> of
// <Province>") and no sibling with another: copy gives one of a
// province's courts or departments its place and the next none, and the
// convention names both with it. The place is a province's, one a
// registry body is "of" and no country: a country's bare bodies are the
// home country's (homeStateBodyOf), and a story between two countries
// names the other's with its own. Nil otherwise.
func (x *extractor) siblingPlaced(e *entity, first string) *entity {
	c := x.cast
	place := ""
	for _, o := range c.all {
		if o == e || o.kind != "organisation" {
			continue
		}
		k := c.fold(o.name)
		if !strings.HasPrefix(k, first+" of ") {
			continue
		}
		j := strings.LastIndex(o.name, " of ")
		if j < 0 || strings.Count(k, " of ") < 2 {
			continue
		}
		tail := o.name[j+4:]
		if !isCapWord(tail) || !c.reg.subPlace(tail) {
			continue
		}
		if place != "" && place != tail {
			return nil
		}
		place = tail
	}
	if place == "" {
		return nil
	}
	name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
	if s := c.regSpeaker(name + " of " + place); s != nil {
		return c.fromRegistry(s)
	}
	return c.org(name+" of "+place, "")
}

// subPlace reports whether a name is a place within a country the
// registry knows by a body "of" it ("Government of <Province>"), and no
// country itself.
func (ix *registryIndex) subPlace(name string) bool {
	return ix.ofTails[name] && countryNamed(foldText(name), ix.speakers) == ""
}

// ofTailsOf returns, for subPlace, every tail of a registry body's name
// after one of its "of"s ("<Field> of <Place>", "<Place>" of "<Head> of
// <Field> of <Place>"): a body's name ends in " of <name>" just when
// <name> is one of them. Read once per registry, not per sibling asked.
func ofTailsOf(orgRoles []orgRole) map[string]bool {
	var tails map[string]bool
	for _, o := range orgRoles {
		n := o.sp.Name
		for j := strings.Index(n, " of "); j >= 0; {
			if tails == nil {
				tails = map[string]bool{}
			}
			tails[n[j+4:]] = true
			k := strings.Index(n[j+1:], " of ")
			if k < 0 {
				break
			}
			j += 1 + k
		}
	}
	return tails
}

// romanceBodyHeads are the head words of public bodies in French, Spanish,
// Italian and Portuguese names, which copy in English keeps in the
// original ("<Conseil> <adjective> de la <Place>"): a closed class.
var romanceBodyHeads = set(`conseil ministère ministerio ministero ministério tribunal cour corte agence agencia
	autorité autoridad chambre cámara préfecture prefettura prefeitura mairie ayuntamiento junta gobierno
	gouvernement governo région región regione département departamento direction dirección secretaría
	consejo consiglio comune procuraduría fiscalía port office association asociación associação syndicat`)

// romanceJoins join a Romance body's name to its place: "de la", "du",
// "des", "del", "de", "da", "do", "della" (the last word before the place).
var romanceJoins = set(`de la du des del da do della dello`)

// romanceBodyOfPlace returns the body "<Head> <adjective>… de la <Place>"
// the article names, for a speaker the rules cut down to its place
// ("<Place>"): a Romance body's name has lower-case words between its
// head (romanceBodyHeads) and the place, which end an English name's run
// of capitals, so the run the rules keep is the place alone. Nil when e
// is a place, of more than one word, or the article names no such body
// or two.
func (x *extractor) romanceBodyOfPlace(e *entity) *entity {
	if e.kind == "place" || e.reg != nil || strings.IndexByte(e.name, ' ') >= 0 || !isCapWord(e.name) {
		return nil
	}
	if !x.romanceRead {
		x.romance, x.romanceRead = x.romanceNames(), true
	}
	full := x.romance[e.name]
	if full == "" {
		return nil
	}
	if s := x.cast.regSpeaker(full); s != nil {
		return x.cast.fromRegistry(s)
	}
	return x.cast.org(full, "")
}

// romanceNames reads the article once for romanceBodyOfPlace: each
// place word after a Romance body's head, adjectives and joining words,
// to the body's name ("" for a word two such names end in); nil when
// there are none.
func (x *extractor) romanceNames() map[string]string {
	var names map[string]string
	for _, p := range x.d.paras {
		for i := 2; i < len(p.toks); i++ {
			if !p.isWordAt(i) || !p.isWordAt(i-1) || !romanceJoins[p.lw(i-1)] || !p.toks[i].isCap(p.text) {
				continue
			}
			// Back over the joining words and up to two lower-case
			// adjectives to a capitalised head.
			j := i - 1
			for j > 0 && p.isWordAt(j-1) && romanceJoins[p.lw(j-1)] {
				j--
			}
			for n := 0; n < 3 && j > 0 && p.isWordAt(j-1); n++ {
				j--
				if p.toks[j].isCap(p.text) {
					break
				}
			}
			if !p.toks[j].isCap(p.text) || !romanceBodyHeads[p.lw(j)] {
				continue
			}
			w, name := p.word(i), p.textOf(j, i+1)
			if names == nil {
				names = map[string]string{}
			}
			addRomanceName(names, w, name)
			if j+1 < i && !p.toks[j+1].isCap(p.text) {
				// "the <Head> <adjective> said" later: the head alone
				// is all of the name the rules keep, as the place is.
				addRomanceName(names, p.word(j), name)
			}
		}
	}
	return names
}

// addRomanceName keys a Romance body's name by one of its words, or
// by "" when two such names share the word.
func addRomanceName(names map[string]string, w, name string) {
	if old, ok := names[w]; ok && old != name {
		name = ""
	}
	names[w] = name
}

// bracketedFullName returns the longer name a body's name ends, when the
// article writes it before a bracketed acronym ("<Name> (<ACRONYM>)")
// whose letters the capitalised words spell back from the bracket, lower
// -case words between them unspelled ("<First> and <Second> <things>
// <Field> <Head> (<FSFH>)"): a lower-case word inside a body's name ends
// the run of capitals the rules keep, and the acronym says where the
// name starts. "" when no such acronym follows the name, or the capitals
// before it do not spell it.
func (x *extractor) bracketedFullName(e *entity) string {
	if e.reg != nil || !isCapWord(e.name) || !x.hasAcrBrackets() {
		return ""
	}
	if !e.bracketRead {
		e.bracketed, e.bracketRead = x.bracketedFullNameOf(e), true
	}
	return e.bracketed
}

// hasAcrBrackets reports whether a paragraph opens a bracket on a capital
// after a space (" (<A…"), read once per article: with none, no
// "<Name> (<ACR>)" look need scan the text.
func (x *extractor) hasAcrBrackets() bool {
	if x.acrBrackets == 0 {
		x.acrBrackets = 2
		for _, p := range x.d.paras {
			// A search for the bracket alone, then a look at the byte
			// before it: the one-byte search is several times cheaper
			// than the two-byte one over an article with no bracket at
			// all, the usual case, which is read to its end (2,597 K →
			// 2,582 K instructions for a 5 KB article under callgrind).
			for t := p.text; x.acrBrackets == 2; {
				i := strings.IndexByte(t, '(')
				if i < 0 || i+1 >= len(t) {
					break
				}
				if i > 0 && t[i-1] == ' ' && 'A' <= t[i+1] && t[i+1] <= 'Z' {
					x.acrBrackets = 1
				}
				t = t[i+1:]
			}
		}
	}
	return x.acrBrackets == 1
}

// bracketedFullNameOf is bracketedFullName's look, on the paragraphs'
// text without copying it.
func (x *extractor) bracketedFullNameOf(e *entity) string {
	var full string
	x.bracketAfterName(e.name, false, func(t string, k, end int) bool {
		acr, _, ok := strings.Cut(t[end+2:], ")")
		if !ok || len(acr) < 3 || !isAcronym(acr) || strings.Contains(acr, ".") {
			return false
		}
		// The words back from the bracket, last first: capitals
		// spelling the acronym from its end, up to two lower-case
		// words between them.
		n, lower, start := len(acr), 0, -1
		for we := end; we > 0 && n > 0; {
			for we > 0 && t[we-1] == ' ' {
				we--
			}
			ws := strings.LastIndexByte(t[:we], ' ') + 1
			if ws >= we {
				break
			}
			word := t[ws:we]
			if isCapWord(word) && word[0] == acr[n-1] {
				n, lower, start = n-1, 0, ws
			} else if isCapWord(word) || lower == 2 {
				break
			} else {
				lower++
			}
			we = ws
		}
		if n > 0 || start < 0 || start >= k {
			return false
		}
		full = t[start:end]
		return true
	})
	return full
}

// nationalFullName returns the registry body "<Nationality> <Name>" (or
// "<Country> <Name>") the article names in full, for a body it then calls
// by <Name> alone ("the <Name> said"), which the rules may have read as a
// person's name of two capitals: a national society or a national branch
// of a movement drops its nationality once the story has named it.
// Nil for a name of one word, a state body by its form (a bare ministry
// is the home country's, and another state's is named with its
// nationality: bareBeforeForeign), or when the article names two such
// bodies. The cast's own entities are read, not the registry's.
func (x *extractor) nationalFullName(e *entity) *entity {
	c := x.cast
	if c.reg == nil || e.kind != "person" && e.kind != "organisation" {
		return nil
	}
	name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
	sp := strings.IndexByte(name, ' ')
	if sp < 0 {
		return nil
	}
	var found *entity
	for _, o := range c.all {
		if o == e || o.reg == nil || o.kind != "organisation" || len(o.name) <= len(name)+1 {
			continue
		}
		n := len(o.name) - len(name)
		if o.name[n-1] != ' ' || o.name[n:] != name {
			continue
		}
		if !x.nationalOwner(o.name[:n-1]) {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	if found != nil && (stateBodyName(name) || stateHeadsOf[strings.ToLower(name[:sp])]) {
		return nil
	}
	return found
}

// nationalOwner reports whether the words before a body's name name a
// country: its name, its alias or adjective as the lists know them, or an
// adjective of the article's home country as placeAdjectives forms one.
func (x *extractor) nationalOwner(owner string) bool {
	if countryOfWord(owner) != "" {
		return true
	}
	k := foldText(owner)
	if countryNamed(k, x.cast.reg.speakers) != "" {
		return true
	}
	home := x.homeFolded()
	return home != "" && !strings.Contains(home, " ") && has(placeAdjectives(home), k)
}

// lowerStateHeads are the heads of a state's bodies that copy writes in
// lower case after the state's possessive ("<Country>'s <field>
// department"): a closed class, the heads of stateHeadsOf and
// nationalHeads less those a city's or a firm's body has as often (an
// office, a centre, an institute, the police).
var lowerStateHeads = set(`department ministry agency service authority directorate bureau commission inspectorate administration`)

// namedLowerBody returns, capitalised, the words of a state body a
// country's possessive describes in lower case ("<field> department",
// "<field> and <field> ministry"): one to three field words, plain
// letters, "and" between two, before a head of lowerStateHeads. Nil for
// any other words, a capitalised word among them included (the body's
// own name, read as it stands).
func namedLowerBody(words []string) []string {
	n := len(words)
	if n < 2 || n > 4 || !lowerStateHeads[words[n-1]] {
		return nil
	}
	for i, w := range words {
		if w == "and" && i > 0 && i < n-2 {
			continue
		}
		for j := 0; j < len(w); j++ {
			if w[j] < 'a' || w[j] > 'z' {
				return nil
			}
		}
		if n == 2 && i == 0 && words[1] == "ministry" && affairsFields[w] {
			// "<Country>'s foreign ministry": the adjective also modifies a
			// title ("foreign minister"), yet before "ministry" it is the
			// field fieldBeforeMinistry names "Foreign Affairs".
			continue
		}
		if i < n-1 && (functionWords[w] || orgHeads[w] || wordClasses[w]&cRole != 0 || wordClasses[w]&cRoleMod != 0 && !inLexicon(w, cPortfolio)) {
			// A portfolio modifies a title too ("<field> minister") and
			// is still the body's field; "acting", "former" and the like
			// are no field.
			return nil
		}
	}
	out := make([]string, n)
	for i, w := range words {
		if w == "and" {
			out[i] = w
			continue
		}
		out[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return out
}

// onlyCountry reports whether home (folded) is the one country the
// article's sentences name: every sentence that names a state names it
// first, and at least one does.
func (x *extractor) onlyCountry(home string) bool {
	seen := false
	for s := range x.d.sents {
		c := x.countryIn(s)
		if c == "" {
			continue
		}
		if fc := x.stateNamed(c); fc != "" {
			if fc != home {
				return false
			}
			seen = true
		}
	}
	return seen
}

// elidedParticle splits "d'<Word>" ("d’<Word>") into its particle and
// the capitalised word behind it: rest is "<Word>".
func elidedParticle(w string) (rest string, ok bool) {
	if len(w) < 4 || w[0] != 'd' {
		return "", false
	}
	for _, pre := range [...]string{"d'", "d’"} {
		if r, found := strings.CutPrefix(w, pre); found && r != "" && r[0] >= 'A' && r[0] <= 'Z' {
			return r, true
		}
	}
	return "", false
}

// mixedAcronym reports whether w is a body's initials with a word's
// second letter kept in lower case after its capital ("<Fi><S><T>"), as
// some bodies write theirs: more capitals than small letters, so that no
// brand written in two capitalised halves is one. Capitals with a last
// "s" alone are a plural ("<ACR>s"), several bodies of a kind, no body's
// own initials.
func mixedAcronym(w string) bool {
	if len(w) < 3 || len(w) > 7 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lower, upper := 0, 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		default:
			return false
		}
	}
	if lower == 1 && w[len(w)-1] == 's' {
		return false
	}
	return lower > 0 && upper >= 3 && upper > lower
}

// particleAcronym reports whether w is a body's initials with a
// particle's in lower case between capitals ("<F>d<S>", "<F><S>d<T>"):
// Romance copy keeps the "d" of "de" or "d'" in the acronym.
func particleAcronym(w string) bool {
	if len(w) < 3 || len(w) > 7 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lower, upper := 0, 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c == 'd' || c == 'y' || c == 'i' || c == 'e':
			if k+1 == len(w) || w[k+1] < 'A' || w[k+1] > 'Z' {
				return false
			}
			lower++
		default:
			return false
		}
	}
	return lower == 1 && upper >= 2
}

// subnationalOwner returns owner, a possessive's words before a body's
// name ("<Place>'s Ministry of <Field>"), as the place whose body it is,
// when the owner is no country of the lists but a state, province or
// region: a province's bodies are named as a country's are, "<Body> of
// <Province>". "" when the owner is a city, a nationality, a body or a
// person the article names, or a group the copy names with the article
// ("the <Group>'s …", "the <Group> had …"), as it does no province.
func (x *extractor) subnationalOwner(e *entity, owner string) string {
	k := foldText(owner)
	if k == "" || strings.Contains(k, " ") || cityWords[k] || capitalCountries[k] != "" || continents[k] || !isCapWord(owner) || isAcronym(owner) {
		return ""
	}
	if nationalityCountry(owner) != "" {
		return ""
	}
	if o := x.cast.lookup(owner); o != nil && o != e && o.kind != "place" {
		return "" // a body's or a person's: "<Firm>'s …", "<Movement>'s …"
	}
	for _, p := range x.d.paras {
		if withThe(p.text, owner) {
			return "" // "the <Owner>": a group's name, which a place's is not
		}
	}
	return owner
}

// provincesNamedBody returns "<Province> <Body>" for a province's or a
// state's body named through its possessive ("<Province>'s Secretariat
// of <Field>", "<State>'s State Secretariat for <Field>"): the agreed form
// for a body of no nation names it as the article does, with its place
// where the article puts it, before the name. A ministry or a department
// is left to the older "<Body> of <Province>" form the same reader gives a
// country's (ownedStateBody). Nil for any other head, or a name not every
// word of which is capitalised but its joining words.
func (x *extractor) provincesNamedBody(owner string, body []string) *entity {
	if len(body) < 3 {
		return nil
	}
	head := body[0]
	if head == "State" {
		head = body[1]
	}
	if head != "Secretariat" {
		return nil
	}
	rest := strings.Join(body, " ")
	if !stateBodyName(rest) && !(body[0] == "State" && stateBodyName(strings.Join(body[1:], " "))) {
		return nil
	}
	name := owner + " " + rest
	if s := x.cast.regSpeaker(name); s != nil {
		return x.cast.fromRegistry(s)
	}
	return x.cast.org(name, "")
}

// withThe reports whether text has w as a word right after "the" or
// "The" ("the <Word>'s", "the <Word> had"): a plain search, no tokens.
func withThe(text, w string) bool {
	for off := 0; ; {
		at := strings.Index(text[off:], w)
		if at < 0 {
			return false
		}
		at += off
		off = at + len(w)
		if at >= 4 && (text[at-4:at] == "the " || text[at-4:at] == "The ") && (at == 4 || text[at-5] == ' ' || text[at-5] == '\n' || text[at-5] == '(' || text[at-5] == '"') {
			if off == len(text) || !isLetterByte(text[off]) || strings.HasPrefix(text[off:], "’") {
				return true
			}
		}
	}
}

// ownedFieldHead reports whether words, after a country's possessive, are
// "<Field> <Head>" or "<Field> <Field> <Head>": capitalised plain words
// (no acronym, no figure, no joining word) before a head of nationalHeads
// ("<Country>'s Fisheries Agency", "<Country>'s Meteorological Service").
// Bare, such a name is as often a city's or a firm's; the state's
// possessive makes it one of the state's own agencies, which the
// convention names "<Field> <Head> of <Country>", as it does the
// National ones.
func ownedFieldHead(words []string) bool {
	n := len(words)
	if n < 2 || n > 3 {
		return false
	}
	var buf [24]byte
	if hl, ok := lowerASCIIWord(buf[:], words[n-1]); !ok || !isCapWord(words[n-1]) || !nationalHeads[string(hl)] {
		return false
	}
	for _, w := range words[:n-1] {
		if len(w) < 3 || !isCapWord(w) {
			return false
		}
		for j := 1; j < len(w); j++ {
			if w[j] < 'a' || w[j] > 'z' {
				return false
			}
		}
		if orgHeads[strings.ToLower(w)] || w == "High" || countryOfWord(w) != "" || countryWords[strings.ToLower(w)] {
			// A head among the fields; a high commission, a mission
			// abroad; a state's name or adjective, the remit of an office
			// for another state's affairs, the body's own name.
			return false
		}
	}
	return true
}

// partHeads are the head words of a named part of a body: its committee,
// council, board, department, division, bench or chamber, a closed class.
// Not a ministry, agency or authority: those are bodies of their own.
var partHeads = set(`Committee Council Board Department Division Directorate Bureau Unit Section
	Secretariat Panel Bench Chamber`)

// benchWords open the name of a court's sitting formation ("the Full
// Court of the <Court>", "the Grand Chamber of the <Court>"), a closed
// class; benchHeads end it.
var (
	benchWords = set(`Full Grand Divisional Appeals Appeal`)
	benchHeads = set(`Court Bench Chamber`)
)

// registryBodysPart returns the registry body a named part of it speaks
// for: "<Body>'s <Name> Committee" (or Department, Board of <Name> …)
// and "the Full Court of the <Court>", when the registry lists the owner
// as a body and not the part: a part with no entry of its own speaks as
// the body the curator follows (WRITING.md, an office or branch of a
// named body). Only the possessive form and a court's bench are read:
// "the <Name> Committee of the <Body>" names the part in its own right,
// and older sets keep it so. Nil for any other name.
func (x *extractor) registryBodysPart(name string) *entity {
	c := x.cast
	if c.reg == nil {
		return nil
	}
	if i := strings.LastIndex(name, " of the "); i > 0 {
		// "Full Court of the <Court>": a bench of a registry court.
		first, head, ok := strings.Cut(name[:i], " ")
		if ok && benchWords[first] && benchHeads[head] {
			if s := c.regSpeaker(name[i+len(" of the "):]); s != nil && s.Kind == "organisation" &&
				(strings.Contains(s.Name, "Court") || strings.Contains(s.Name, "Tribunal")) {
				return c.fromRegistry(s)
			}
		}
		return nil
	}
	i, n := lastPossessive(name)
	if i <= 0 {
		return nil
	}
	unit := strings.Fields(name[i+n:])
	head := -1
	for k, w := range unit {
		switch {
		case partHeads[w]:
			if head < 0 {
				head = k
			}
		case !isCapWord(w) && !(k > 0 && k < len(unit)-1 && (w == "of" || w == "on" || w == "for" || w == "and")):
			return nil // "<Body>'s monetary policy committee" or a thing it runs
		}
	}
	// The head ends the part's name or opens its complement ("Board of
	// Governors", "Committee on <Field>").
	if head < 0 || head < len(unit)-1 && unit[head+1] != "of" && unit[head+1] != "on" && unit[head+1] != "for" {
		return nil
	}
	if c.regSpeaker(name) != nil {
		return nil
	}
	owner := strings.TrimPrefix(strings.TrimPrefix(name[:i], "the "), "The ")
	if s := c.regSpeaker(owner); s != nil && s.Kind == "organisation" {
		return c.fromRegistry(s)
	}
	return nil
}

// lastPossessive returns where the last possessive in name starts ("'s "
// or "’s ", as copy sets either) and its length with the space after it,
// or -1 and 0 when there is none: what stands before is the owner, what
// follows the thing owned ("<Body>'s press office").
func lastPossessive(name string) (i, n int) {
	i, n = strings.LastIndex(name, "'s "), len("'s ")
	if j := strings.LastIndex(name, "’s "); j > i {
		i, n = j, len("’s ")
	}
	if i < 0 {
		return -1, 0
	}
	return i, n
}
