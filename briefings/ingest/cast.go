package ingest

import (
	"bytes"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefings"
)

// entity is a person or organisation the article names.
type entity struct {
	name      string
	role      string
	kind      string // "person", "organisation" or "place"
	gender    gender
	reg       *briefings.Speaker // the registry entry, when the registry knows them
	heads     map[string]bool    // organisation: what "the X" may call it ("ministry", "company")
	business  bool               // organisation: a company, which "the company" and "the firm" mean
	confirmed bool               // person: something beyond capital letters says so
	bare      bool               // person: only ever a lone capitalised word, which may be a company
	initials  string             // organisation: the capitals of its name ("ICRC")
	speaksFor *entity            // anon: the body an unnamed official or spokesperson speaks for
	organOf   *entity            // organisation: the body it is a committee or board of, which speaks
	described int                // anon from a title: 1 + the sentence that first described them
	definite  bool               // anon from a title: first described with "the", as someone the reader knows
	formed    *entity            // what personForm or bodyByContent made of it, once they have looked
	// bracketed is the longer name a bracketed acronym after the body's
	// name spells (bracketedFullName), once bracketRead.
	bracketed   string
	bracketRead bool
	// firmNamed is whether the article writes the person's name before a
	// firm's legal form (firmTakenForPerson's scan), read for the name
	// firmReadFor; a name changed since is read again.
	firmNamed   bool
	firmReadFor string

	roleKey, roleNat, roleOf string // the role folded with titles spelt out, its nationality, and the role they were made from

	key   string // the name folded, once nameKey has been asked: a name never changes
	keyed bool

	form     gender // the gender the name's form gives (nameGender), once formGender has read it
	formRead bool
}

// nameKey returns c.fold(e.name), kept on the entity: the loops over the
// cast (fullerName, fullName, namesake, fullBody) fold every other
// person's or body's name each time they run, fullerName alone some 190
// times an article, and each fold is a lookup in c.folds. Kept, they cost
// some 34 K fewer instructions of a 5 KB article's 2.9 M.
func (c *cast) nameKey(e *entity) string {
	if !e.keyed {
		e.key, e.keyed = c.fold(e.name), true
	}
	return e.key
}

// roleWords returns the entity's role in lower case with abbreviated
// titles spelt out, padded with spaces for whole-word matching, and the
// nationality it names; both are kept until the role changes.
func (e *entity) roleInfo() (key, nat string) {
	if e.roleOf != e.role || e.roleKey == "" {
		e.roleOf = e.role
		e.roleKey = " " + expandTitles(strings.ToLower(e.role)) + " "
		if strings.IndexByte(e.roleKey, ',') >= 0 {
			// "Commissioner, <Body>", as registries write a role: the
			// title is a word of the key before its comma too.
			e.roleKey = strings.ReplaceAll(e.roleKey, ",", " ,")
		}
		e.roleNat = nationalityOf(e.role)
		if e.roleNat == "" || placeWords[e.roleNat] || continents[adjectiveCountry()[e.roleNat]] {
			// "Minister … of the Republic of <Country>": no adjective,
			// and "Republic" is none, but the title names the country.
			// Nor is a continent's ("for … and <Continent> Cooperation").
			e.roleNat = countryInTitle(e.role)
		} else if adjectiveCountry()[e.roleNat] == "" && !isKnownPlace(upperFirst(e.roleNat)) {
			// "… of the Islamic Republic of <Country>": a word that only
			// looks like a nationality gives way to the country the title
			// names, when it names one.
			if c := countryInTitle(e.role); c != "" {
				e.roleNat = c
			}
		}
	}
	return e.roleKey, e.roleNat
}

// display is the name a draft uses: the registry's when it has one.
func (e *entity) display() string {
	if e.reg != nil {
		return e.reg.Name
	}
	return e.name
}

// businessHeads are the head words that make an organisation a company.
var businessHeads = set(`company firm corporation corp corp. inc inc. ltd ltd. group operator exporter
	importer producer supplier carrier airline lender insurer retailer manufacturer developer systems
	securities equities partners holdings industries energy coal grid commodities media capital technologies
	labs therapeutics pharmaceuticals pharma biologics biosciences diagnostics mining resources telecom motors airlines steel oil gas owner bank utility power electric
	trader carmaker automaker giant maker miner refiner shipper conglomerate startup start-up chain brand
	provider broker processor distributor wholesaler venture generator
	brokerage consultancy dealership`)

// registryIndex finds registry speakers by any of their names.
type registryIndex struct {
	speakers map[string]*briefings.Speaker
	keys     map[*briefings.Speaker][]string // each speaker's folded aliases
	heads    map[*briefings.Speaker][]string // a body's head words from its role: "miner" for an "iron ore miner"
	business map[*briefings.Speaker]bool     // a body that is a company: a legal suffix in a name ("X Holdings SA")
	orgRoles []orgRole                       // the bodies, in the registry's order, with their roles folded
	theAlias map[string]*briefings.Speaker   // bodies by an alias that opens with "the", folded without it: "bureau"
	clubs    map[string]*briefings.Speaker   // registry clubs by their folded name without a club suffix: see fullBody
	placed   map[string][]placedBody         // bodies named "<body> of <place>" by the body's folded name: see placedBody
	orgFirst map[string]bool                 // the folded first words of bodies' names of two words or more: see registryTail
	// placeTails finds a body named "<Place> <Name>" by its folded
	// <Name> alone, with <Place> folded: see fullBody.
	placeTails map[string]placeTail
	forms      []bodyForm // every body's names read for their content words and countries: see bodyByContent
	// oneWord maps a body's one content word (folded) to the registry
	// body one of whose names is that word and one country ("<Nationality>
	// <Head>"), nil when two bodies' are; read once with forms.
	oneWord map[string]*bodyForm
	// bodyStates are the bodies' own states (stateOfBody), read once.
	bodyStates map[*briefings.Speaker]string
	// ofTails are the names after an "of" in a body's name: see subPlace.
	ofTails map[string]bool
	// countried says the registry names every state body it lists with
	// its state ("<Head> of <Field> of <Country>"): see registryCountries.
	countried bool
	// bareStates are the states whose bodies the registry lists without
	// them though it names the others' with theirs: see registryCountries.
	bareStates []string
	// capitalsAliased says the registry lists its countries with their
	// capitals as aliases: see capitalAsCountry.
	capitalsAliased bool
	// joinedPlaces are the places' names and aliases that hold a joining
	// word in lower case ("Port of Spain", "Saint Vincent and the
	// Grenadines"), in lower case as a paragraph's lower text has them.
	joinedPlaces map[string]bool
	// joinedBodies are the bodies' names and aliases that hold "and"
	// between their capitals ("<Field> and <Field> <Country>"), in lower
	// case as a paragraph's lower text has them: see regJoinedBody.
	joinedBodies map[string]bool
	// innerNames are the registry's names and aliases, of any kind, with
	// a word in lower case between their capitals other than the joining
	// words the name rules already read ("<Word> o <Word>", "<Word> bin
	// <Word>", "<Word> van der <Word>"), by their lower-case text, with
	// the case the registry writes them in: see innerNameStart.
	innerNames map[string]string
	// innerWords are those names' inner words in lower case: only a
	// phrase read back to one of them looks the names up.
	innerWords map[string]bool
}

// orgRole is a registry body with its role folded and padded with spaces,
// so "the health ministry" can find the body whose role says it is one.
type orgRole struct {
	sp   *briefings.Speaker
	role string
	name string // the body's name, folded (foldText), read once with the registry
}

func newRegistryIndex(reg *briefings.Registry) *registryIndex {
	ix := &registryIndex{speakers: map[string]*briefings.Speaker{}, keys: map[*briefings.Speaker][]string{},
		heads: map[*briefings.Speaker][]string{}, business: map[*briefings.Speaker]bool{}}
	if reg == nil {
		return ix
	}
	for _, s := range reg.Speakers {
		if s.Kind == "organisation" {
			ix.orgRoles = append(ix.orgRoles, orgRole{sp: s, role: " " + foldText(s.Role) + " ", name: foldText(s.Name)})
			// What the registry calls the body says what "the X" may call
			// it: an "iron ore miner" is "the miner" and, being a
			// business, "the company"; so is a name with a legal suffix.
			for _, w := range strings.Fields(foldText(s.Role)) {
				if orgHeads[w] {
					ix.heads[s] = append(ix.heads[s], w)
					ix.business[s] = ix.business[s] || businessHeads[w]
				}
			}
			for _, a := range s.Aliases {
				if words := strings.Fields(foldText(a)); len(words) > 1 && legalSuffixes[words[len(words)-1]] {
					ix.business[s] = true
				}
			}
		}
		for _, n := range append([]string{s.Name, s.ID}, s.Aliases...) {
			if s.Kind == "place" && joinedName(n) {
				if ix.joinedPlaces == nil {
					ix.joinedPlaces = map[string]bool{}
				}
				ix.joinedPlaces[strings.ToLower(n)] = true
			}
			if s.Kind == "organisation" && strings.Contains(n, " and ") {
				if ix.joinedBodies == nil {
					ix.joinedBodies = map[string]bool{}
				}
				ix.joinedBodies[strings.ToLower(n)] = true
			}
			if inner := innerLowerWords(n); len(inner) > 0 {
				if ix.innerNames == nil {
					ix.innerNames, ix.innerWords = map[string]string{}, map[string]bool{}
				}
				ix.innerNames[strings.ToLower(n)] = n
				for _, w := range inner {
					ix.innerWords[w] = true
				}
			}
			if k, ok := strings.CutPrefix(foldText(n), "the "); ok && k != "" {
				if ix.theAlias == nil {
					ix.theAlias = map[string]*briefings.Speaker{}
				}
				if _, taken := ix.theAlias[k]; !taken {
					ix.theAlias[k] = s
				}
			}
			if k := foldText(n); k != "" {
				if _, taken := ix.speakers[k]; !taken {
					ix.speakers[k] = s
				}
				ix.keys[s] = append(ix.keys[s], k)
			}
		}
	}
	ix.placed = placedBodies(reg, ix.speakers)
	ix.placeTails = placeTailsOf(reg, ix.speakers)
	for k, s := range ix.speakers {
		if first, _, ok := strings.Cut(k, " "); ok && s.Kind == "organisation" {
			if ix.orgFirst == nil {
				ix.orgFirst = map[string]bool{}
			}
			ix.orgFirst[first] = true
		}
	}
	for _, s := range reg.Speakers {
		if s.Kind != "organisation" {
			continue
		}
		for _, n := range append([]string{s.Name}, s.Aliases...) {
			if first, _, ok := strings.Cut(n, " "); ok && ix.orgFirst != nil {
				ix.orgFirst[strings.ToLower(first)] = true // as inFolded folds: case only
			}
		}
	}
	ix.forms = bodyForms(reg, ix.speakers)
	for i := range ix.forms {
		if f := &ix.forms[i]; len(f.words) == 1 && len(f.countries) == 1 {
			if ix.oneWord == nil {
				ix.oneWord = map[string]*bodyForm{}
			}
			if o, ok := ix.oneWord[f.words[0]]; ok && (o == nil || o.sp != f.sp) {
				ix.oneWord[f.words[0]] = nil
			} else {
				ix.oneWord[f.words[0]] = f
			}
		}
	}
	ix.bodyStates = ix.bodyStatesOf(reg)
	ix.ofTails = ofTailsOf(ix.orgRoles)
	ix.countried, ix.bareStates = registryCountries(reg, ix.speakers)
	ix.capitalsAliased = registryCapitals(reg)
	// fullBody asks for a name with each club suffix in turn, about twenty
	// times an article: a name built and looked up per suffix cost more
	// than the whole index below, built once per registry.
	for k, s := range ix.speakers {
		for i, suf := range clubSuffixes {
			base, ok := strings.CutSuffix(k, " "+suf)
			if !ok || s.Kind != "organisation" {
				continue
			}
			if ix.clubs == nil {
				ix.clubs = map[string]*briefings.Speaker{}
			}
			// The first suffix in clubSuffixes's order wins, as in a
			// lookup of each in turn.
			if prev := ix.clubs[base]; prev == nil || i < suffixIndex(ix.speakers, base, prev) {
				ix.clubs[base] = s
			}
		}
	}
	return ix
}

// placeTail is a registry body named "<Place> <Name>" and its place,
// folded.
type placeTail struct {
	sp    *briefings.Speaker
	place string
}

// placeTailsOf indexes the registry's bodies of two words, "<Place>
// <Name>", whose first word is a place (one the lists know, one the
// registry lists, or one the body's own role names), by <Name>: copy on
// the spot drops the place its readers live in ("a <Name> spokesperson").
// Not a name whose <Name> is a body's head word ("<Place> Council"), nor
// one another body or speaker shares.
func placeTailsOf(reg *briefings.Registry, speakers map[string]*briefings.Speaker) map[string]placeTail {
	var m map[string]placeTail
	for _, s := range reg.Speakers {
		if s.Kind != "organisation" {
			continue
		}
		first, tail, ok := strings.Cut(foldText(s.Name), " ")
		if !ok || strings.Contains(tail, " ") || len(tail) < 4 || orgHeads[tail] || speakers[tail] != nil {
			continue
		}
		place := isKnownPlace(first)
		if sp := speakers[first]; sp != nil && sp.Kind == "place" {
			place = true
		}
		if !place && !has(strings.Fields(foldText(s.Role)), first) {
			continue
		}
		if m == nil {
			m = map[string]placeTail{}
		}
		if o, taken := m[tail]; taken && o.sp != s {
			m[tail] = placeTail{}
			continue
		}
		m[tail] = placeTail{sp: s, place: first}
	}
	return m
}

// suffixIndex returns the index in clubSuffixes of the suffix by which
// base names s in speakers.
func suffixIndex(speakers map[string]*briefings.Speaker, base string, s *briefings.Speaker) int {
	for i, suf := range clubSuffixes {
		if speakers[base+" "+suf] == s {
			return i
		}
	}
	return len(clubSuffixes)
}

// cast is everyone one article names, found by name, surname or initials.
type cast struct {
	reg *registryIndex
	all []*entity
	// keys finds the article's entities by a folded key, whatever the
	// key names (castKey): lookup asks one map, not one for each way a
	// name is indexed (some 250 look-ups of a 5 KB article's).
	keys      map[string]*castKey
	keySlab   slabs[castKey] // the memory of keys' entries
	byInitial map[string]*entity
	byReg     map[*briefings.Speaker]*entity
	inner2    bool              // keys hold a person's two inner words as an inner key: see index
	defined   [4]definedTerm    // the head words a filing defines as a body's name: ("X" or "the Company")
	folds     map[string]string // briefings.Fold of the names seen, which repeat
	ents      slabs[entity]     // the memory of the entities the article names, some 25
}

// castKey is what the cast indexes under one folded key.
type castKey struct {
	name    *entity // by its name or an alias
	surname *entity // a person by their surname
	bare    *entity // the person the lone surname first meant
	short   *entity // a company by its first word: "nordvik" for Nordvik Steel
	first   *entity // a person by the first word of their name, nil when two share it
	inner   *entity // a person by an inner word of their name, nil when two share it
	head    *entity // a body by the words its name ends in, or without its seat; nil when two share it
	// firstSeen, innerSeen and headSeen say that the key was given first,
	// inner or head, though to nil since.
	firstSeen, innerSeen, headSeen bool
}

// keyFor returns the cast's entry for k, made from the slab when there
// is none, so that every reading a key serves (name, surname, first or
// inner word, head) shares one map entry and one allocation.
func (c *cast) keyFor(k string) *castKey {
	if ck := c.keys[k]; ck != nil {
		return ck
	}
	ck := c.keySlab.next()
	c.keys[k] = ck
	return ck
}

// named returns the entity whose full name or alias folds to k, or nil:
// the one reading of a key that means the name itself, apart from the
// surname, first-word and head readings the same key may also serve.
func (c *cast) named(k string) *entity {
	if ck := c.keys[k]; ck != nil {
		return ck.name
	}
	return nil
}

// definedTerm is a body's head word that a filing's brackets define as its
// name: "company" in X AG ("X" or "the Company").
type definedTerm struct {
	head string
	e    *entity
}

// define makes head, a folded head word, the filing's name for e, unless
// the filing defined it for another body first.
func (c *cast) define(head string, e *entity) {
	for i := range c.defined {
		switch c.defined[i].head {
		case head:
			return
		case "":
			c.defined[i] = definedTerm{head, e}
			return
		}
	}
}

// definedBody returns the body a filing defined k, a folded head word with
// or without "the", to name; nil when it defined none so.
func (c *cast) definedBody(k string) *entity {
	if c.defined[0].e == nil {
		return nil
	}
	k = strings.TrimPrefix(k, "the ")
	for _, d := range c.defined {
		if d.head == k {
			return d.e
		}
	}
	return nil
}

// newEntity returns a copy of e that lives until the next article's cast
// is made: entities were some 4 KB of the 56 KB a 5 KB article allocated.
func (c *cast) newEntity(e entity) *entity {
	p := c.ents.next()
	*p = e
	return p
}

// regSpeaker finds a registry speaker by any of their names.
//
// Most calls are probes that find no one ("<role> <name>", "<word> of
// <name>", a phrase's text), made for the call and never asked again:
// the name is folded into a buffer on the stack and the map indexed by it
// there, rather than folded into a new string that c.folds keeps (some
// 10 K instructions and 30 allocations of a 5 KB article's). A name
// beyond foldASCII's reach is folded and kept as before, from a copy, so
// that no caller's name escapes for its sake.
func (c *cast) regSpeaker(name string) *briefings.Speaker {
	if name == "" {
		return nil
	}
	var buf [64]byte
	if n, ok := foldASCIIInto(&buf, name); ok {
		return c.reg.speakers[string(buf[:n])]
	}
	return c.reg.speakers[c.fold(strings.Clone(name))]
}

// namedOverHeadAlias returns, for a lone head word (folded k, its key
// ck) that the registry gives a body as a name ("the Commission"), the one
// body the article names whose name ends in that word, when the registry
// body is not yet in the article: the article's own body, not one it never
// named. Nil otherwise.
func (c *cast) namedOverHeadAlias(k string, ck *castKey, s *briefings.Speaker) *entity {
	if ck == nil || ck.head == nil || ck.head.reg == s || s.Kind != "organisation" || c.byReg[s] != nil || !orgHeads[k] {
		return nil
	}
	return ck.head
}

// regPlace reports whether the registry lists a place by this name.
func (c *cast) regPlace(name string) bool {
	s := c.regSpeaker(name)
	return s != nil && s.Kind == "place"
}

// fold returns foldText(s), remembering it.
func (c *cast) fold(s string) string {
	if k, ok := c.folds[s]; ok {
		return k
	}
	k := foldText(s)
	c.folds[s] = k
	return k
}

// foldText is foldText(s), by foldASCII when s is a short name or
// text in ASCII, as most are: Fold asks its Unicode tables of every
// character (some 150 instructions each), and a draft folds its title, the
// bodies' names and the nationalities it meets as well as the cast's names.
func foldText(s string) string {
	if k, ok := foldASCII(s); ok {
		return k
	}
	return briefings.Fold(s)
}

// foldASCII is briefings.Fold for a short name in ASCII, the usual case,
// without its Unicode tables: letters and digits in lower case, apostrophes
// dropped, anything else one space between words. ok is false for any
// other name.
func foldASCII(s string) (string, bool) {
	var buf [64]byte
	n, ok := foldASCIIInto(&buf, s)
	if !ok {
		return "", false
	}
	if string(buf[:n]) == s {
		return s, true // folded already: a lower-case word or key, not copied
	}
	return string(buf[:n]), true
}

// foldASCIIInto writes foldASCII's fold of s into buf and returns its
// length: a fold made to be looked up, not kept, needs no string of its
// own. ok is false for a name foldASCII does not take.
func foldASCIIInto(buf *[64]byte, s string) (n int, ok bool) {
	if len(s) > len(buf) {
		return 0, false
	}
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return 0, false
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			buf[n], space = c, false
			n++
		case 'A' <= c && c <= 'Z':
			buf[n], space = c+'a'-'A', false
			n++
		case c == '\'':
		default:
			if !space {
				buf[n], space = ' ', true
				n++
			}
		}
	}
	if n > 0 && buf[n-1] == ' ' {
		n--
	}
	return n, true
}

// recast makes an article's cast in the maps and list of old, an earlier
// article's cast, when there is one: emptied maps keep the room they grew
// to, and growing them again was most of what a cast allocated.
func recast(old *cast, reg *registryIndex) *cast {
	if old == nil {
		old = &cast{}
	}
	clear(old.all)
	old.ents.reset() // the old article's entities are no longer reachable
	old.keySlab.reset()
	return &cast{
		ents:      old.ents,
		reg:       reg,
		all:       old.all[:0],
		keys:      emptied(old.keys, 0),
		keySlab:   old.keySlab,
		byInitial: emptied(old.byInitial, 0),
		byReg:     emptied(old.byReg, 0),
		folds:     emptied(old.folds, 64),
	}
}

// emptied returns m cleared, or a new map with room for hint entries when
// there is none.
func emptied[K comparable, V any](m map[K]V, hint int) map[K]V {
	if m == nil {
		return make(map[K]V, hint)
	}
	clear(m)
	return m
}

// fromRegistry returns the article's entity for a registry speaker.
func (c *cast) fromRegistry(s *briefings.Speaker) *entity {
	if e := c.byReg[s]; e != nil {
		return e
	}
	kind := s.Kind
	if kind == "" {
		kind = "person"
	}
	e := c.newEntity(entity{name: s.Name, role: s.Role, kind: kind, reg: s, confirmed: true})
	c.add(e)
	c.byReg[s] = e
	if kind == "organisation" {
		for _, h := range c.reg.heads[s] {
			c.addHead(e, h)
		}
		e.business = e.business || c.reg.business[s]
	}
	for _, k := range c.reg.keys[s] {
		if ck := c.keyFor(k); ck.name == nil {
			ck.name = e
		}
	}
	return e
}

// add indexes a new entity.
func (c *cast) add(e *entity) {
	c.all = append(c.all, e)
	c.index(e)
}

// hyphenTails returns, as bits by word number, the words of name that
// follow a hyphen in lower case, the second syllable of an East Asian
// given name ("Kuo-chen", "Seung-jun"), when name splits into n words as
// its folded key does; 0 when it has no such word or splits otherwise.
func hyphenTails(name string, n int) uint64 {
	if strings.IndexByte(name, '-') < 0 || n > 64 {
		return 0
	}
	var bits uint64
	i, word := 0, -1
	for i < len(name) {
		r, size := utf8.DecodeRuneInString(name[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		word++
		if i > 0 && name[i-1] == '-' && unicode.IsLower(r) {
			bits |= 1 << word
		}
		for i < len(name) {
			r, size = utf8.DecodeRuneInString(name[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && !unicode.Is(unicode.Mn, r) {
				break
			}
			i += size
		}
	}
	if word+1 != n {
		return 0
	}
	return bits
}

// index makes an entity findable by its names.
func (c *cast) index(e *entity) {
	k := c.nameKey(e)
	if ck := c.keyFor(k); ck.name == nil {
		ck.name = e
	}
	var wordBuf [8]string // a name's words, without a slice made for them
	words := wordBuf[:0]
	for w := range strings.FieldsSeq(k) {
		words = append(words, w)
	}
	// from(i) and upTo(i) are the words from word i on and before word i,
	// as slices of k when k spaces them singly, as Fold does.
	var buf [8]int
	starts := buf[:0]
	if len(words) > len(buf) {
		starts = make([]int, 0, len(words))
	}
	n := len(words) - 1
	for i := range words {
		if i > 0 {
			starts = append(starts, starts[i-1]+len(words[i-1])+1)
		} else {
			starts = append(starts, 0)
		}
		n += len(words[i])
	}
	single := n == len(k)
	from := func(i int) string {
		if single {
			return k[starts[i]:]
		}
		return strings.Join(words[i:], " ")
	}
	upTo := func(i int) string {
		if single {
			return k[:starts[i]-1]
		}
		return strings.Join(words[:i], " ")
	}
	if e.kind == "person" && len(words) > 1 {
		// Index the surname with whatever goes before it but the given
		// name: "de wit" and "wit", "jadhav patil" (Jadhav-Patil) and
		// "patil", "o dalaigh" (Ó Dálaigh). A Spanish double surname is
		// shortened to its first ("Castañeda" for María Fernanda Castañeda
		// Ruiz), so a name's inner words find it too, when no one else
		// has the word.
		tails := hyphenTails(e.name, len(words))
		for i := 1; i < len(words); i++ {
			if tails&(1<<i) != 0 {
				// The lower-case half of a hyphenated given name
				// ("<Family> Mei-chen", "<Family> Seung-jun") is no
				// surname: the family name comes first.
				continue
			}
			// Someone whose full name comes first keeps their surname
			// against a relative named in full after them (an
			// obituary's "his son X"), as the lone surname means the
			// story's subject.
			if ck := c.keyFor(from(i)); ck.surname == nil || !ck.surname.confirmed || ck.surname.kind != "person" {
				ck.surname = e
			}
			if i < len(words)-1 && !particles[words[i]] {
				c.keyFor(words[i]).setInner(e)
			}
			if i+2 < len(words) && single && !particles[words[i]] && !particles[words[i+1]] {
				// "<Given> A B <Surname>" named again as "A B": a
				// paternal and a maternal surname, or two given names,
				// between the first word and the last, which one person
				// alone has.
				c.inner2 = true
				inner := k[starts[i] : starts[i+1]+len(words[i+1])]
				c.keyFor(inner).setInner(e)
			}
		}
		// Chinese, Korean and Vietnamese names put the family name first:
		// "Mao Ning" is "Mao" after. One word shared by two people names
		// neither.
		if ck := c.keyFor(words[0]); !ck.firstSeen {
			ck.first, ck.firstSeen = e, true
		} else if ck.first != e {
			ck.first = nil
		}
	}
	if e.kind == "organisation" {
		if e.heads == nil {
			e.heads = map[string]bool{}
		}
		for _, w := range words {
			if orgHeads[w] {
				e.heads[w] = true
				if businessHeads[w] {
					e.business = true
				}
				if one, ok := strings.CutSuffix(w, "s"); ok && orgHeads[one] {
					// A body named by its head in the plural ("<City>
					// Chambers of Commerce") is called back in the
					// singular: "the chamber", "a spokesperson for
					// the chamber".
					e.heads[one] = true
				}
			}
		}
		if ini := initials(e.name); len(ini) >= 2 {
			e.initials = ini
			if c.byInitial[ini] == nil {
				c.byInitial[ini] = e
			}
		}
		if short := shortName(e.name, words); short != "" {
			if ck := c.keyFor(short); ck.short == nil {
				ck.short = e
			}
		}
		// "The Commission" after "the European Commission", "the General
		// Staff" after "Ukraine's General Staff": a body named again by the
		// words its name ends in, down to its head word, when no other
		// body of the article ends so. "Russia's embassy" after "Russia's
		// embassy in the United States": a body named again without its
		// seat.
		if last := words[len(words)-1]; len(words) > 1 && orgHeads[last] {
			for i := len(words) - 1; i >= 1; i-- {
				c.aliasBody(from(i), e)
			}
		}
		if i := seatAt(words); i > 0 {
			c.aliasBody(upTo(i), e)
		}
		if i := ofAt(words); i > 0 {
			c.aliasBody(upTo(i), e) // "the Bank" for the Bank of X
		}
		if n := len(words); n >= 5 && words[n-2] == "of" && isKnownPlace(words[n-1]) {
			// "the Office of the Deputy Prime Minister" for the same of
			// <Country>: a state's body named again without its country.
			c.aliasBody(upTo(n-2), e)
		}
		if n := len(words); n >= 3 && legalPrefixes[words[0]] {
			e.business = true // "PT X Y", "PJSC X": a company by its legal form
			c.aliasBody(from(1), e)
		}
		if n := len(words); n >= 2 && legalSuffixes[words[n-1]] {
			e.business = true // "X Holdings SA" is the company
			if n > 2 || !isKnownPlace(words[0]) && !functionWords[words[0]] {
				// "Pelican Refining" for Pelican Refining Co; "<Name>"
				// for "<Name> JSC", a company of one word named again
				// without its legal form, unless the word is a place.
				c.aliasBody(upTo(n-1), e)
			}
			if n > 2 && innerLegalForms[words[n-2]] {
				// "<Name> (Pty) Ltd", "<Name> Pvt Ltd": named
				// again without both parts of its legal form.
				c.aliasBody(upTo(n-2), e)
			}
			if n > 3 && (nameBusinessWords[words[n-2]] || industryWords[words[n-2]] || tradeWords[words[n-2]]) {
				// "<Name> <Industry> Co." named again as "<Name>": the
				// company's own words, without its trade and its form.
				c.aliasBody(upTo(n-2), e)
			}
		} else if n > 2 && nameBusinessWords[words[n-1]] {
			c.aliasBody(upTo(n-1), e) // "Kestrel Gold" for Kestrel Gold Resources
		}
	}
}

// organOf makes a body's organ ("Monetary Policy Committee"), its
// acronym and the words its name ends in ("the Committee", "the Policy
// Committee") names of the body that owns it.
func (c *cast) organOf(name, acr string, owner *entity) {
	if e := c.named(c.fold(name)); e != nil && e != owner && e.reg == nil && e.kind == "organisation" {
		e.organOf = owner // a headline named the organ before the story said whose it is
	}
	c.alias(name, owner)
	if acr != "" {
		c.alias(acr, owner)
	}
	if of := strings.Index(name, " of "); of > 0 {
		name = name[:of] // "<Organ> of the <Body>": the organ's own words
	}
	words := strings.Fields(c.fold(name))
	for i := len(words) - 1; i >= 1; i-- {
		if !orgHeads[words[len(words)-1]] {
			break
		}
		c.aliasBody(strings.Join(words[i:], " "), owner)
	}
	if n := len(words); n >= 2 && orgHeads[words[n-1]] && !c.listsOrgan(name, owner) {
		// "the committee said" in lower case after "The <Kind>
		// Committee of the <Body>": the organ's head word now calls the
		// body back, as a word of the body's own name would — unless the
		// registry lists the organ as a body of its own, which "the
		// committee" then means.
		c.addHead(owner, words[n-1])
	}
}

// listsOrgan reports whether the registry lists a body, other than the
// owner, whose name holds every word of an organ's folded name words
// ("<field> committee" in "<ACR> Committee on <Field> and <Field>"): the
// organ is then a body in its own right.
func (c *cast) listsOrgan(organ string, owner *entity) bool {
	if c.reg == nil {
		return false
	}
	// The organ's words, read once a call (an organ's name rarely has
	// more than eight), against each body's name as the registry index
	// folded it once.
	var room [8]string
	words := room[:0]
	for w := range strings.FieldsSeq(organ) {
		// "<Body>'s <Kind> Committee": the owner's word as the
		// registry writes it, without the possessive.
		words = append(words, foldText(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")))
	}
	for _, o := range c.reg.orgRoles {
		if owner.reg == o.sp {
			continue
		}
		all := true
		for _, w := range words {
			if !functionWords[w] && (w == "" || !hasWord(o.name, w)) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// boardOwner returns X of "Board of Directors of X", "Board of Trustees
// of X" or "Board of X", else "".
func boardOwner(name string) string {
	rest, ok := strings.CutPrefix(name, "Board of ")
	if !ok {
		return ""
	}
	for _, m := range []string{"Directors of ", "Trustees of ", "Governors of "} {
		if r, ok := strings.CutPrefix(rest, m); ok {
			return strings.TrimPrefix(r, "the ")
		}
	}
	return strings.TrimPrefix(rest, "the ")
}

// nameBusinessWords end a company's name and are left off when copy names
// it again: "X Y Resources" is "X Y".
var nameBusinessWords = set(`resources mining holdings group industries minerals metals energy
	technologies logistics`)

// tradeWords are trades a company's registered name gives before its
// legal form ("<Name> <Trade> Co.", "<Name> <Trade> Ltd"), which copy
// leaves off with the form when it names the company again. A closed
// class of industries, beside industryWords and nameBusinessWords.
var tradeWords = set(`petrochemical petrochemicals chemical chemicals cement plastics textiles
	textile shipping electronics fertilizer fertilisers fertilizers paper motors foods`)

// legalPrefixes are legal forms that open a company's name: Indonesian
// "PT", Russian and Ukrainian "PJSC", "OAO", "OOO", "JSC".
var legalPrefixes = set(`pt pjsc oao ooo zao jsc pao`)

// innerLegalForms stand before a legal suffix as the first part of a
// two-part legal form: "(Pty) Ltd", "(Pvt) Ltd", "Private Ltd" — the
// folded words of the forms the tokeniser keeps whole (bracketedLegalForms).
var innerLegalForms = set(`pty pvt private proprietary hk nz uk asia`)

// legalSuffixes end a company's registered name: "Co", "Inc", "plc", and
// the Latin-American and continental simplified and limited forms ("SAS",
// "SRL", "SARL"). A closed class of legal forms.
var legalSuffixes = set(`co inc ltd corp plc llc ag sa saa sab sas srl sarl nv se spa bv gmbh asa oyj holdings jsc ojsc pjsc`)

// alias makes name another name of the body e, unless it names another.
func (c *cast) alias(name string, e *entity) {
	if k := c.fold(name); k != "" {
		if ck := c.keyFor(k); ck.name == nil {
			ck.name = e
		}
	}
}

// aliasBody makes k another name of the body e, unless another body has
// it too.
func (c *cast) aliasBody(k string, e *entity) {
	if ck := c.keyFor(k); !ck.headSeen {
		ck.head, ck.headSeen = e, true
	} else if ck.head != e {
		ck.head = nil
	}
}

// setInner makes e the person the key names as an inner word, unless
// another has it too.
func (ck *castKey) setInner(e *entity) {
	if !ck.innerSeen {
		ck.inner, ck.innerSeen = e, true
	} else if ck.inner != e {
		ck.inner = nil
	}
}

// ofAt returns where "of" or "for" follows a body's head word in its
// folded name words ("bank of x" gives 1), or 0.
func ofAt(words []string) int {
	for i := 1; i+1 < len(words); i++ {
		if (words[i] == "of" || words[i] == "for") && orgHeads[words[i-1]] {
			return i
		}
	}
	return 0
}

// seatAt returns where a body's seat starts in its folded name words
// ("russias embassy in the united states" gives 2), or 0.
func seatAt(words []string) int {
	for i := 1; i+1 < len(words); i++ {
		if (words[i] == "in" || words[i] == "to") && seatedHeads[words[i-1]] {
			return i
		}
	}
	return 0
}

// shortName returns the first of a company's folded name words when the
// rest only say what business it is in, the way copy calls Nordvik Steel
// "Nordvik" and Fjord Securities "Fjord"; "" for any other name. A first
// word that is a title, an adjective of nationality or a common word
// ("National Grid", "British Steel", "The Times") is no short name.
func shortName(name string, folded []string) string {
	if len(folded) < 2 || !unicode.IsUpper(firstRune(name)) {
		return ""
	}
	first := folded[0]
	if wordClasses[first]&(cFunction|cRole|cRoleMod|cDet|cMonth|cDay) != 0 || isNationality(first) || isPossessive(first) {
		return ""
	}
	for _, w := range folded[1:] {
		if !businessHeads[w] {
			return ""
		}
	}
	return first
}

// ownerInitialsUnit returns the body named "<Owner> <Unit words>" that e,
// named "<ACR> <Unit words>", calls by its owner's initials: copy names a
// force's or a ministry's unit in full once, then with the parent's
// acronym, one capital for each word of the owner's name, before the
// unit's own words. Nil for another name, or when the article spells the
// owner out in none or two ways.
func (x *extractor) ownerInitialsUnit(e *entity) *entity {
	if e.kind != "organisation" {
		return nil
	}
	name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
	acr, rest, ok := strings.Cut(name, " ")
	if !ok || len(acr) < 2 || len(acr) > 6 || strings.IndexByte(acr, '.') >= 0 || !isAcronym(acr) || !isCapWord(rest) {
		return nil
	}
	full := ""
	for _, p := range x.d.paras {
		for t := p.text; ; {
			k := strings.Index(t, " "+rest)
			if k < 0 {
				break
			}
			words := strings.Fields(t[max(0, k-120):k])
			t = t[k+1+len(rest):]
			if unicode.IsLetter(firstRune(t)) || len(words) < len(acr) {
				// "<Owner> <Unit>s": another word, not the unit's name.
				continue
			}
			owner := words[len(words)-len(acr):]
			match := true
			for n, w := range owner {
				if w[0] != acr[n] || isAcronym(w) || !isCapWord(w) || strings.ContainsAny(w, ".,;:\"“”'’") {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			f := strings.Join(owner, " ") + " " + rest
			if full != "" && full != f {
				return nil
			}
			full = f
		}
	}
	if full == "" {
		return nil
	}
	if s := x.cast.regSpeaker(full); s != nil {
		return x.cast.fromRegistry(s)
	}
	return x.cast.org(full, "")
}

// initials returns the capital initials of a name: "International Committee
// of the Red Cross" gives "ICRC"; an acronym gives itself without dots.
func initials(name string) string {
	if isAcronym(name) {
		return strings.ReplaceAll(name, ".", "")
	}
	var b strings.Builder
	for w := range strings.FieldsSeq(name) {
		r := firstRune(w)
		if r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lookup finds an entity the article or the registry already knows by this
// name: a full name, a surname, initials or a registry alias.
func (c *cast) lookup(name string) *entity {
	if isPossessive(name) {
		name = stripPossessive(name)
	}
	k := c.fold(name)
	if k == "" {
		return nil
	}
	if e := c.definedBody(k); e != nil {
		return e // "the Company", as the filing defined it
	}
	ck := c.keys[k]
	if ck == nil {
		ck = &castKey{} // nothing by this key: the look-ups below find no one
	}
	if e := ck.name; e != nil {
		return e
	}
	if e := ck.surname; e != nil {
		// A surname alone keeps meaning whom it meant the first time,
		// though someone of the same family is named later (the surname for
		// the coach, not his father or son named in full after him).
		if first := ck.bare; first != nil {
			return first
		}
		ck.bare = e
		return e
	}
	if e := ck.short; e != nil {
		return e
	}
	if sp := strings.IndexByte(k, ' '); c.inner2 && sp > 0 && strings.IndexByte(k[sp+1:], ' ') < 0 {
		if e := ck.inner; e != nil {
			return e // two inner words of a longer name
		}
	}
	if !strings.Contains(k, " ") {
		// One word of a longer name, which a country's name is not
		// ("China" is not the China-Africa forum): whether it is one
		// asked only of a word that would find someone, as few do.
		if e := ck.first; e != nil && !localArm(e, k) && !isKnownPlace(k) {
			return e
		}
		if e := ck.inner; e != nil && !isKnownPlace(k) {
			return e
		}
	}
	if s := c.reg.speakers[k]; s != nil {
		if e := c.namedOverHeadAlias(k, ck, s); e != nil {
			return e
		}
		return c.fromRegistry(s)
	}
	if hk := strings.TrimPrefix(k, "the "); len(hk) != len(k) {
		if hc := c.keys[hk]; hc != nil && hc.head != nil {
			return hc.head
		}
	} else if e := ck.head; e != nil {
		return e
	}
	if isAcronym(name) {
		ini := strings.ReplaceAll(name, ".", "")
		if e := c.byInitial[ini]; e != nil {
			return e
		}
		// Initials that skip a word of the name: EDCTP for the European
		// and Developing Countries Clinical Trials Partnership.
		for _, e := range c.all {
			if e.kind == "organisation" && len(ini) >= 3 && skippedInitials(ini, e.initials) {
				return e
			}
		}
	}
	if sp := strings.IndexByte(name, ' '); sp > 0 && isPossessive(name[:sp]) && isKnownPlace(c.fold(stripPossessive(name[:sp]))) {
		// "<Country>'s X Council" for the registry's X Council: whose
		// body it is, which its own name does not say.
		if s := c.reg.speakers[c.fold(name[sp+1:])]; s != nil && s.Kind == "organisation" {
			return c.fromRegistry(s)
		}
	}
	return nil
}

// skippedInitials reports whether acronym is full with one or two inner
// letters left out, first and last letters kept.
func skippedInitials(acronym, full string) bool {
	if len(full) <= len(acronym) || len(full)-len(acronym) > 2 || acronym[0] != full[0] || acronym[len(acronym)-1] != full[len(full)-1] {
		return false
	}
	j := 0
	for i := 0; i < len(full) && j < len(acronym); i++ {
		if full[i] == acronym[j] {
			j++
		}
	}
	return j == len(acronym)
}

// person finds or adds a person.
func (c *cast) person(name, role string, g gender, confirmed bool) *entity {
	name = stripPossessive(name) // "Kieran Doyle's header"
	e := c.lookup(name)
	if e == nil && bodyNamed(name) {
		// Capitals cut from a longer name ("… (<ACR>) <Field> Association",
		// "<Words> and <Field> Association") still end in a body's head
		// word: whatever the cut, no person is called that.
		return c.org(name, "")
	}
	if e != nil && e.kind == "person" && g != unknownGender && e.gender != unknownGender && e.gender != g && !strings.Contains(name, " ") {
		// "Mr X" after "Ms X's husband, Y X": an honorific that
		// disagrees with whom the surname meant picks the namesake it
		// fits.
		if o := c.namesake(name, g); o != nil {
			e = o
		}
	}
	if e == nil && role != "" {
		if s := c.regSpeaker(role + " " + name); s != nil {
			e = c.fromRegistry(s)
		}
	}
	if e == nil && role == "" && strings.HasPrefix(name, "NGO ") {
		if own := undescribedBody(name); own != name {
			return c.org(own, "ngo") // "NGO <Name>", read as a person's name: the body <Name>
		}
	}
	if e == nil && role == "" && strings.Count(name, " ") >= 2 {
		if s := c.registryTail(name); s != nil {
			e = c.fromRegistry(s) // "Heritage NGO <Body>", read as a person's name
		}
	}
	if e == nil {
		e = c.newEntity(entity{name: capitalsTitled(name), kind: "person"})
		c.add(e)
	}
	if e.kind == "person" {
		if e.role == "" && e.reg == nil {
			e.role = role
		} else if e.reg == nil && len(role) > len(e.role)+5 && strings.HasSuffix(role, " and "+e.role) {
			// "the <Title> and <Title> of the <Body>, <Name>": one holder
			// of two offices, whose second title was read first; "the
			// <first title>" names them too.
			e.role = role
		}
		if e.gender == unknownGender && !(listedGiven(name, g) && c.calledBySurname(name, e)) {
			// A lone word that is the surname of a person named in
			// full ("<Given> <Middle> <Surname>", then "<Title>
			// <Surname>") gives no gender by the given names' list:
			// a family name taken from a man's given name is no
			// given name there.
			e.gender = g
		}
		e.confirmed = e.confirmed || confirmed || c.calledBySurname(name, e)
	}
	return e
}

// listedGiven reports whether a lone word is a given name the lists give
// the gender g.
func listedGiven(name string, g gender) bool {
	if g == unknownGender || strings.IndexByte(name, ' ') >= 0 {
		return false
	}
	lg, ok := givenGender(strings.ToLower(name))
	return ok && lg == g
}

// calledBySurname reports whether a lone word that found e is the last word of
// e's name in full: copy that names "<Given> <Surname>" and then calls
// them "<Surname>" alone treats them as a person, as no event, team or
// place is shortened to its last word ("<Place> Ports" is "<Place>",
// "<Word> Press" is "<Word>"), so an epithet or pronoun may mean them.
func (c *cast) calledBySurname(name string, e *entity) bool {
	if e.reg != nil || strings.Contains(name, " ") {
		return false
	}
	k := c.nameKey(e)
	i := strings.LastIndexByte(k, ' ')
	return i > 0 && k[i+1:] == c.fold(name)
}

// namesake returns the one person named in full with the surname whose
// gender is g, or nil when none or several are.
func (c *cast) namesake(surname string, g gender) *entity {
	k := " " + c.fold(surname)
	var found *entity
	for _, o := range c.all {
		if o.kind != "person" || o.gender != g || !strings.HasSuffix(c.nameKey(o), k) {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// honorificNamesake returns the one other person named in full with the
// surname r names alone, when r's honorific or title gives a gender that
// e, whom the surname looked up first, does not have ("Ms X" after a man
// called "Y Z-X" and a woman called "V W X"): the honorific says which of
// the two the article means. A person of no known gender may be the one.
// Nil when r gives no gender, e fits it, or no one or two others fit.
func (c *cast) honorificNamesake(e *entity, r *ref) *entity {
	g := r.gender
	if g != male && g != female || e.kind != "person" || e.gender == unknownGender || e.gender == g || strings.IndexByte(r.name, ' ') >= 0 {
		return nil
	}
	k := " " + c.fold(r.name)
	var found *entity
	for _, o := range c.all {
		if o == e || o.kind != "person" || o.gender != g && o.gender != unknownGender || !strings.HasSuffix(c.nameKey(o), k) {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// namesakeOf reports whether some person other than e the cast names by
// two words or more has the surname: a title before e's lone surname is
// then no given name.
func (c *cast) namesakeOf(e *entity, surname string) bool {
	k := " " + c.fold(surname)
	for _, o := range c.all {
		if o != e && o.kind == "person" && strings.HasSuffix(c.nameKey(o), k) {
			return true
		}
	}
	return false
}

// givenNamesake returns the one person other than e named by two words
// or more opening with given, or nil when none or two are.
func (c *cast) givenNamesake(e *entity, given string) *entity {
	k := c.fold(given) + " "
	var found *entity
	for _, o := range c.all {
		if o != e && o.kind == "person" && strings.HasPrefix(c.nameKey(o), k) {
			if found != nil && found != o {
				return nil
			}
			found = o
		}
	}
	return found
}

// innerNamesake returns the one person other than e named by three words
// or more with w inside, neither first nor last, or nil when none or two
// are.
func (c *cast) innerNamesake(e *entity, w string) *entity {
	k := " " + c.fold(w) + " "
	var found *entity
	for _, o := range c.all {
		if o != e && o.kind == "person" && strings.Contains(c.nameKey(o), k) {
			if found != nil && found != o {
				return nil
			}
			found = o
		}
	}
	return found
}

// place finds or adds a place that speaks for its government ("Moscow
// warned …"). A lone word taken for a person before is a place after all.
func (c *cast) place(name string) *entity {
	name = strings.TrimSpace(name)
	e := c.lookup(name)
	if e != nil && e.kind == "person" && e.reg == nil && !strings.Contains(e.name, " ") {
		e.kind = "place"
	}
	if e == nil {
		e = c.newEntity(entity{name: name, kind: "place"})
		c.add(e)
	}
	return e
}

// org finds or adds an organisation; head is a word "the X" may call it.
func (c *cast) org(name, head string) *entity {
	name = strings.TrimSpace(name)
	for {
		// "the opposition <Name> bloc", "the ruling <Name> party": a
		// describing word in lower case before a body's capitals is no
		// part of its name (a particle, "van <Name>", is).
		sp := strings.IndexByte(name, ' ')
		if sp <= 0 || !unicode.IsLower(firstRune(name)) || particles[name[:sp]] || !startsUpper(name[sp+1:]) {
			break
		}
		name = name[sp+1:]
	}
	if strings.HasSuffix(name, "s'") || strings.HasSuffix(name, "s’") {
		// "The <Head> of <Members>’ resolution": the plural's possessive
		// mark is no part of the body's name, as a name's own "'s"
		// ("<Founder>'s") may be.
		name = strings.TrimRight(strings.TrimSuffix(name, "’"), "'")
	}
	if owner := boardOwner(name); owner != "" {
		// "The Board of Directors of X" speaks for X, a body the registry
		// or the article names.
		e := c.lookup(owner)
		if e == nil && owner != strings.TrimPrefix(strings.TrimPrefix(name, "Board of "), "the ") && namesBody(owner) && strings.Contains(owner, " ") {
			// "The Board of Directors (Governors, Trustees) of <Body>"
			// where <Body> is met first here: the board is the organ
			// the body decides by, and speaks for it as it would after
			// the body were named, so the body is made from the name.
			e = c.org(owner, "")
		}
		if e != nil && e.kind == "organisation" {
			c.addHead(e, "board")
			c.aliasBody("board", e) // "the Board" next
			return e
		}
	}
	e := c.lookup(name)
	if e == nil {
		// "NGO <Name>", "<Name> labor federation": the body's own name
		// without the kind words copy puts around it.
		if own := undescribedBody(name); own != name {
			name, e = own, c.lookup(own)
		}
	}
	if e != nil && e.kind == "person" && e.reg == nil && e.role == "" && e.gender == unknownGender {
		// Capitals read as a person's name before ("hit out at Yorkshire
		// Water") that a body's phrase now names ("a spokesperson for
		// Yorkshire Water").
		if _, given := givenGender(strings.ToLower(strings.Fields(e.name)[0])); !given {
			e.kind, e.confirmed = "organisation", false
			c.index(e)
		}
	}
	if e != nil && e.reg == nil && len(name) == len(e.name)+2 && saintsPlace(name) && strings.HasPrefix(name, e.name) {
		// "St <Name>" read before without its possessive ("a former St
		// <Name>'s teacher", taken for a person's name) is the body a
		// phrase now names in full.
		e.name, e.kind = name, "organisation"
		c.index(e)
	}
	if e == nil && strings.Count(name, " ") >= 2 {
		if s := c.registryTail(name); s != nil {
			e = c.fromRegistry(s)
		}
	}
	if e == nil {
		e = c.newEntity(entity{name: name, kind: "organisation"})
		c.add(e)
	}
	c.addHead(e, head)
	return e
}

func (c *cast) addHead(e *entity, head string) {
	if head == "" {
		return
	}
	if e.heads == nil {
		e.heads = map[string]bool{}
	}
	e.heads[head] = true
	if inLexicon(head, cBusinessHead) || len(head) > 3 && head[len(head)-1] == 's' && inLexicon(head[:len(head)-1], cBusinessHead) {
		// "<Name> Tea Brokers", "<Name> Exporters": a firm named for
		// its trade in the plural is a company as one named in the
		// singular is, which "the brokerage" or "the firm" may mean.
		e.business = true
	}
}

// fullName returns the one person the article names in full whose name
// ends in e's, when e is a person it only ever calls by a surname: a
// surname met before the full name (a headline, a team sheet, a live
// blog's newest post above the one that introduces them), or a full name
// the reader could not join (initials, a nickname between the names). Two
// full names that end so (a father and his son) leave e as it is, and so
// does a registry speaker.
func (c *cast) fullName(e *entity) *entity {
	if e == nil || e.kind != "person" || e.reg != nil {
		return e
	}
	k := c.nameKey(e)
	if first, rest, two := strings.Cut(k, " "); k == "" || two && (strings.Contains(rest, " ") || !surnameParticle(first)) {
		return e // a given name and a surname, or more: a full name already
	}
	var full *entity
	for _, o := range c.all {
		if o == e || o.kind != "person" {
			continue
		}
		ok := c.nameKey(o)
		if len(ok) <= len(k)+1 || !strings.HasSuffix(ok, k) || ok[len(ok)-len(k)-1] != ' ' {
			continue
		}
		switch {
		case full == nil || full == o || sameInitial(o.name, full.name):
			// A team sheet's "J X" and the story's "Joan X" are one player.
			if full == nil || len(o.name) > len(full.name) {
				full = o
			}
		default:
			return e
		}
	}
	if full == nil {
		return c.middleNamed(e, k)
	}
	return full
}

// peopleBefore yields the people the article named before e, in the
// order it named them: who a shortened or partial name may mean.
func (c *cast) peopleBefore(e *entity) iter.Seq[*entity] {
	return func(yield func(*entity) bool) {
		for _, o := range c.all {
			if o == e {
				return
			}
			if o.kind == "person" && !yield(o) {
				return
			}
		}
	}
}

// middleNamed returns the person named in full before e whose name holds
// e's one word as a middle word ("<Given> <Word> <Surname>"): copy that
// names people by a father's or a second given name calls them by that
// word alone, and where two such names hold it, the one named last
// before e is the one the copy goes on about. e itself when none holds
// it before e, or when the word is also someone's first or last word.
func (c *cast) middleNamed(e *entity, k string) *entity {
	if k == "" || strings.Contains(k, " ") {
		return e
	}
	var near *entity
	for o := range c.peopleBefore(e) {
		ok := c.nameKey(o)
		if len(ok) <= len(k)+2 {
			continue
		}
		first, rest, _ := strings.Cut(ok, " ")
		if first == k {
			return e
		}
		sp := strings.LastIndexByte(rest, ' ')
		if sp < 0 {
			if rest == k {
				return e
			}
			continue
		}
		if rest[sp+1:] == k {
			return e
		}
		if hasWord(rest[:sp], k) {
			near = o
		}
	}
	if near == nil {
		return e
	}
	return near
}

// fullName is cast.fullName, unless the surname spoke before the article
// first named the full name: then it was someone the readers know by
// their surname ("Senator X said …"), and the relative named in full
// later ("his son, Y X") is someone else. A headline or standfirst
// ("<Title> <Surname> says …") does not count (summingUp): it sums up the
// story, whose body names the speaker in full.
func (x *extractor) fullName(e *entity) *entity {
	return x.personForm(x.fullNameOf(e))
}

// crownCounsel returns the one person the copy titles as the Crown's
// lawyer ("Crown Counsel <Name>", "Crown prosecutor <Name>"): a court
// report's "the Crown told the court" is that lawyer's submission, as
// the prosecution is no body that speaks of itself. Nil for none or two.
func (x *extractor) crownCounsel() *entity {
	var found *entity
	for _, o := range x.cast.all {
		if o.kind != "person" {
			continue
		}
		r := strings.ToLower(o.role)
		i := strings.Index(r, "crown ")
		if i < 0 {
			continue
		}
		switch w, _, _ := strings.Cut(r[i+len("crown "):], " "); w {
		case "counsel", "prosecutor", "advocate", "attorney", "solicitor":
		default:
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// fullNameOf is fullName before personForm's last look at the name.
func (x *extractor) fullNameOf(e *entity) *entity {
	if e != nil && e.reg == nil && x.cast.nameKey(e) == "crown" {
		if c := x.crownCounsel(); c != nil {
			return c
		}
	}
	if e != nil && (e.kind != "person" || e.reg == nil) {
		if b := x.fullBody(e); b != e {
			if o := x.ownBanksOrgan(b); o != nil && b.reg == nil {
				// "the Committee" for the one "<Field> Policy Committee"
				// the article names: the bank's organ, which speaks
				// for the bank, as the full name itself does.
				return o
			}
			if b.reg == nil && b.kind == "organisation" && e.kind == "organisation" && x.cast.reg != nil && !strings.Contains(b.name, " of ") && !strings.Contains(b.name, " for ") {
				// "the National <Field> Commission …, the Commission
				// said": the bare head is the body named in full, which
				// the home paper names bare and the convention with its
				// state, as when it speaks by its full name. Not a name
				// with "of" or "for", which may carry its place already.
				if h := x.homeStateBody(b, strings.TrimPrefix(x.cast.nameKey(b), "the ")); h != nil {
					return h
				}
			}
			return b
		}
		if e.kind != "person" {
			return e
		}
	}
	full := x.cast.fullName(e)
	if full == e {
		return x.cast.fullerName(e) // "Y Z" for "X Y Z", whenever it spoke
	}
	if e.role != "" && full.role != "" {
		// "<Title> <Surname>" and "<Title> <Given> <Surname>" under the
		// same title are one person, whichever the copy gives first (a
		// live blog's newest entry above the one that names them).
		if k, _ := e.roleInfo(); k != "  " {
			if fk, _ := full.roleInfo(); fk == k {
				return full
			}
		}
	}
	named := -1
	for si, ms := range x.mentions {
		for _, m := range ms {
			if m.e == full {
				named = si
				break
			}
		}
		if named >= 0 {
			break
		}
	}
	for _, evs := range x.events {
		for _, ev := range evs {
			if ev.ent == e && (named < 0 || ev.sent < named) && !x.summingUp(ev) && !(named >= 0 && x.newestFirst()) {
				return e
			}
		}
	}
	return full
}

// newestFirst reports whether the page is a live page whose entries run
// newest first: two time stamps or more, each on a line of its own
// ("<hh:mm>", "<h:mm> pm"), and each earlier in the day than the one
// above it. An entry lower on such a page was written before one above
// it, so the full name it gives introduces the surname used above.
func (x *extractor) newestFirst() bool {
	n, prev := 0, -1
	for _, p := range x.d.paras {
		if !timeStampLine(p.text) {
			continue
		}
		m := clockMinutes(p.text)
		if m < 0 || prev >= 0 && m >= prev {
			return false
		}
		n, prev = n+1, m
	}
	return n >= 2
}

// clockMinutes returns the minutes after midnight of a time stamp line
// ("17:05", "5:05 pm", "9.45am"), or -1 when it reads none.
func clockMinutes(t string) int {
	t = strings.ToLower(strings.TrimSpace(t))
	h, i := 0, 0
	for ; i < len(t) && isDigit(t[i]); i++ {
		h = h*10 + int(t[i]-'0')
	}
	if i == 0 || i > 2 || i+2 >= len(t) || t[i] != ':' && t[i] != '.' || !isDigit(t[i+1]) || !isDigit(t[i+2]) {
		return -1
	}
	m := int(t[i+1]-'0')*10 + int(t[i+2]-'0')
	rest := strings.TrimSpace(t[i+3:])
	switch {
	case strings.HasPrefix(rest, "pm") || strings.HasPrefix(rest, "p.m"):
		if h < 12 {
			h += 12
		}
	case strings.HasPrefix(rest, "am") || strings.HasPrefix(rest, "a.m"):
		if h == 12 {
			h = 0
		}
	}
	if h > 23 || m > 59 {
		return -1
	}
	return h*60 + m
}

// summingUp reports whether ev is a headline's or a standfirst's speech
// before the story proper: a lead read for its quotes, or the first
// paragraph after it when it speaks in a headline's present tense
// ("<Title> <Surname> says …").
func (x *extractor) summingUp(ev *event) bool {
	if ev.p < x.d.lead {
		return true
	}
	if ev.p > x.d.lead+1 || ev.p >= len(x.d.paras) {
		return false
	}
	p := x.d.paras[ev.p]
	return ev.v < len(p.toks) && p.lw(ev.v) == "says"
}

// sameInitial reports whether two names differ only in that one gives the
// other's first name as an initial ("J X", "J. X" and "Joan X").
func sameInitial(a, b string) bool {
	fa, ra, _ := strings.Cut(a, " ")
	fb, rb, _ := strings.Cut(b, " ")
	if ra != rb || fa == "" || fb == "" {
		return false
	}
	short, long := strings.TrimSuffix(fa, "."), fb
	if utf8.RuneCountInString(short) > 1 {
		short, long = strings.TrimSuffix(fb, "."), fa
	}
	return utf8.RuneCountInString(short) == 1 && strings.HasPrefix(long, short)
}

// clubSuffixes end a football club's registered name, which match reports
// leave off: "Aberdeen said" is the club the registry lists as "Aberdeen FC".
var clubSuffixes = []string{"fc", "afc", "cf"}

// fullBody returns the body a short form stands for, when it is unique:
// a lone name that is a club's registry name without its suffix, a
// body's description that is the one registry body's role, and
// a body's bare head word ("the Commission", "the Court", "the
// Committee") for the one body the article names whose name, before any
// "of", ends in it ("the European Court of Human Rights"), else the one
// registry body so named whose other words the article uses (the
// European Commission in a story about the European Union, not the
// Danube Commission). Copy names a body in full once, or not at all when
// its readers know it, and by its head word after.
func (x *extractor) fullBody(e *entity) *entity {
	c := x.cast
	if e.reg != nil {
		return e
	}
	if b := x.titledDocumentIssuer(e); b != nil {
		return b
	}
	if e.kind == "person" && c.reg != nil && e.role == "" && e.gender == unknownGender && !strings.Contains(e.name, " ") && isCapWord(e.name) {
		// "the <Head>" alone, read as a surname for want of a given
		// name: the registry body one of whose names is "<Nationality>
		// <Head>" (oneWord), when it is the only one so named and the
		// copy names its country.
		if f := c.reg.oneWord[foldText(e.name)]; f != nil && x.placeInText(f.countries[0]) {
			if _, given := givenGender(strings.ToLower(e.name)); !given {
				return c.fromRegistry(f.sp)
			}
		}
	}
	if e.organOf != nil {
		return e.organOf
	}
	if b := x.ownBanksOrgan(e); b != nil {
		return b
	}
	if b := c.regionalChapter(e); b != nil {
		return b
	}
	if e.kind == "place" {
		if pl := c.capitalAsCountry(e); pl != nil {
			return pl
		}
	}
	if pl := x.theAliasPlace(e); pl != nil {
		return pl
	}
	if b := x.romanceBodyOfPlace(e); b != nil {
		return b
	}
	if e.kind != "place" && publicationName(e.name) {
		// A publication taken for a body or a person ("according to the <Title>
		// Report", a candidate the chooser weighs): the body whose own
		// publication the article is issued it, or whose own news
		// conference a transcript records (eventHost).
		if b := x.ownBody(); b != nil {
			return b
		}
		if b := x.eventHost(); b != nil {
			return b
		}
	}
	if e.kind == "organisation" {
		if court := x.courtPanel(strings.TrimPrefix(e.name, "the ")); court != nil && court != e {
			return court // "the <Kind> Chamber of the <Court>": the court speaks
		}
		if b := x.councilOfConfiguration(e); b != nil {
			return b
		}
	}
	if o := x.titledOwner(e); o != nil {
		return o
	}
	if b := x.hallGovernment(e); b != nil {
		return b
	}
	if b := x.cantonGovernment(e); b != nil {
		return b
	}
	if b := c.clippedName(e); b != nil {
		return b
	}
	if b := x.ownerInitialsUnit(e); b != nil {
		return b
	}
	k := strings.TrimPrefix(c.nameKey(e), "the ")
	if c.reg != nil {
		if s := c.reg.clubs[k]; s != nil {
			return c.fromRegistry(s)
		}
		if e.kind != "organisation" || len(c.reg.placeTails) == 0 || strings.IndexByte(k, ' ') >= 0 {
			// no "<Name>" of one word to look up
		} else if t := c.reg.placeTails[k]; t.sp != nil && x.placeInText(t.place) {
			return c.fromRegistry(t.sp) // "a <Name> spokesperson" for the registry's "<Place> <Name>"
		}
		if s := x.bareBeforeForeign(e, k); s != nil && e.kind == "organisation" {
			return c.fromRegistry(s) // "the Ministry of <Field>", then "the <Demonym> Ministry of <Field>"
		}
		if s := x.placedBody(k); s != nil && e.kind == "organisation" {
			return c.fromRegistry(s) // "the Ministry of Trade" for the registry's "Ministry of Trade of <Country>"
		}
		if s := c.ownersPlaceBody(k); s != nil && e.kind == "organisation" {
			return c.fromRegistry(s)
		}
	}
	if pl := x.delegationOf(e); pl != nil {
		return pl
	}
	if full := unSpelledOut(e); full != "" {
		// "UN <Body>": copy's short form of the United Nations; the
		// registry's entry by the full name, else the full name itself,
		// as the body writes it. A registry entry by the short form
		// was found above.
		if s := c.regSpeaker(full); s != nil {
			return c.fromRegistry(s)
		}
		if c.regSpeaker(e.name) == nil {
			return c.org(full, "")
		}
	}
	if (e.kind == "organisation" && isAcronym(e.name) || mixedAcronym(e.name) || particleAcronym(e.name)) && c.regSpeaker(e.name) == nil {
		// An acronym the registry does not know, which the article
		// spells out somewhere: the body by its full name. A mixed-case
		// one may have been read as a person's name, which no person's
		// name is.
		if full := x.spelledAcronym(e.name); full != "" {
			if s := c.regSpeaker(full); s != nil {
				return c.fromRegistry(s)
			}
			if o := c.lookup(full); o == nil || o.kind == "organisation" || o.kind == "person" && nationalOpening(full) {
				// Not a person's initials, as an interview's prefix
				// gives them; "<Nationality> <Field> <Head>" read as a
				// person's name is still a body's, no person's name
				// opening with a nationality.
				var b *entity
				if o != nil && o.reg == nil && o.kind == "organisation" && strings.HasSuffix(o.name, " "+full) {
					// "<Brand> <First> <Second> …" read as one body:
					// the sponsor's brand the acronym leaves out is no
					// part of the body's name (spellsOut).
					b = c.newEntity(entity{name: full, kind: "organisation"})
					c.add(b)
				} else {
					b = c.org(full, "")
				}
				if c.reg != nil {
					// "the <Department> of <Field> (<DF>)", then "the
					// <DF> said": the full name is a state body the
					// home paper names bare, as when it speaks by it.
					k := strings.TrimPrefix(c.nameKey(b), "the ")
					if h := x.homeStateBody(b, k); h != nil {
						return h
					}
					if b.reg == nil && b.kind == "organisation" {
						// "the <Body> (<BD>)", then "<BD> said": the
						// registry's "<Body> of <Place>", as the full
						// name bare would be.
						if s := x.placedBody(k); s != nil {
							return c.fromRegistry(s)
						}
					}
				}
				return b
			}
		}
	}
	if (e.kind == "organisation" || e.kind == "person") && isCapWord(e.name) && strings.IndexByte(e.name, ' ') < 0 && c.regSpeaker(e.name) == nil {
		// A short name the article ties to a body's full name in so
		// many words, whatever its letters (linkedFullName); read as a
		// person's name for want of a body's head.
		if full := x.linkedFullName(e.name); full != "" {
			if s := c.regSpeaker(full); s != nil {
				return c.fromRegistry(s)
			}
			if o := c.lookup(full); o == nil || o.kind == "organisation" {
				return c.org(full, "")
			}
		}
	}
	if e.kind == "person" && e.role == "" && e.gender == unknownGender && strings.IndexByte(e.name, ' ') < 0 && isCapWord(e.name) && c.regSpeaker(e.name) == nil {
		// "<Name> added …" for the firm the article names in full as
		// "<Name> <Trade> PLC": the one word the reader took for a
		// surname is the firm's short name, when no given name reads so.
		if _, given := givenGender(strings.ToLower(e.name)); !given {
			if f := c.longerFirm(e, true); f != nil {
				return x.bodyByContent(f)
			}
			if f := c.tradeNamed(e); f != nil {
				return f
			}
		}
	}
	if e.kind == "person" && e.role == "" && e.gender == unknownGender && strings.IndexByte(e.name, ' ') > 0 {
		// "<Name> <Trade> argues …" for the firm the article names in
		// full as "<Name> <Trade> <Word>": two capitals read as a
		// person's name for want of a body's head, when no given name
		// opens them.
		if first, _, _ := strings.Cut(e.name, " "); !isAcronym(first) {
			if _, given := givenGender(strings.ToLower(first)); !given {
				if b := x.firmLessLastWord(e); b != nil {
					return b
				}
			}
		}
	}
	if first, rest, ok := strings.Cut(e.name, " "); ok && e.kind == "organisation" && isPossessive(first) {
		// "The North's defence ministry" in a story about North Korea:
		// copy names a divided country by its half alone, when the
		// article names only one place that starts so.
		if half := stripPossessive(first); half == "North" || half == "South" {
			var place *entity
			for _, o := range c.all {
				if o.kind == "place" && strings.HasPrefix(o.name, half+" ") && !strings.Contains(o.name[len(half)+1:], " ") {
					if place != nil && place.display() != o.display() {
						place = nil
						break
					}
					place = o
				}
			}
			if place != nil {
				return c.org(place.display()+first[len(half):]+" "+rest, "")
			}
		}
	}
	if e.kind == "organisation" && c.reg != nil && strings.Contains(k, " ") {
		// "Brazil's central bank" for the registry body whose role says
		// just that, when it is the only one.
		var s *briefings.Speaker
		for _, o := range c.reg.orgRoles {
			if len(o.role) == len(k)+2 && o.role[1:len(o.role)-1] == k {
				if s != nil {
					return e
				}
				s = o.sp
			}
		}
		if first, _, _ := strings.Cut(e.name, " "); s == nil && isPossessive(first) {
			// "<Country>'s <field> regulator" for the one role that says
			// so and goes on with its complement ("… of <things>", "…
			// for <field>"): the description is the role cut short.
			for _, o := range c.reg.orgRoles {
				if len(o.role) > len(k)+5 && o.role[1:len(k)+1] == k && (strings.HasPrefix(o.role[len(k)+1:], " of ") || strings.HasPrefix(o.role[len(k)+1:], " for ")) {
					if s != nil {
						return e
					}
					s = o.sp
				}
			}
		}
		if s != nil {
			return c.fromRegistry(s)
		}
	}
	if e.kind == "person" && (nationalCourts[k] || soleStateOrgans[k]) && c.reg != nil {
		// A state's one organ whose name's words read as a given name
		// and a surname ("Public <Organ>"), or whose one capitalised word
		// reads as a surname ("the <Organ> said"): the home state's, as
		// the convention names it, when the registry follows it.
		if b := x.homeStateBody(e, k); b != nil {
			return b
		}
	}
	if e.kind == "organisation" {
		if full := x.bracketedFullName(e); full != "" {
			if s := c.regSpeaker(full); s != nil {
				return c.fromRegistry(s)
			}
			return x.bodyByContent(c.org(full, ""))
		}
		// Any other form of a registry body's name: see bodyByContent.
		if b := x.bodyByContent(e); b != e {
			return b
		}
		if b := x.headWordLetterhead(e); b != nil {
			return b
		}
		if b := x.parentBody(e.name); b != nil {
			return b
		}
		if b := x.voiceOfBody(e.name); b != nil {
			return b
		}
		if b := x.lowerUnitOwner(e.name); b != nil {
			return b
		}
		if b := x.peopleOfBody(e.name); b != nil {
			return b
		}
		if b := x.namedOfficeOwner(e.name); b != nil {
			return b
		}
		if b := x.registryBodysPart(e.name); b != nil {
			return b
		}
		if b := x.documentOwner(e); b != nil {
			return b
		}
		if b := x.headedRegistryBody(e); b != nil {
			return b
		}
		if b := x.firmOfShortName(e); b != nil {
			return b
		}
		if b := x.firmLessLastWord(e); b != nil {
			return b
		}
		if b := x.legalFormAfterComma(e); b != nil {
			return b
		}
		if b := x.longerBodyName(e); b != nil {
			return b
		}
		if b := x.kindWordsOff(e); b != nil {
			return b
		}
		if b := x.sideWordOff(e); b != nil {
			return b
		}
		if b := x.kindAcronymOff(e); b != nil {
			return b
		}
		if b := x.ownedStateBody(e); b != nil {
			return b
		}
		if b := x.unionBody(e); b != nil {
			return b
		}
		if b := x.ownNameAfterCountry(e); b != nil {
			return b
		}
		if b := x.stateFormOff(e); b != nil {
			return b
		}
		if b := x.embassyInCapital(e); b != nil {
			return b
		}
		if c.reg != nil {
			if b := x.homeStateBody(e, k); b != nil {
				return b
			}
		}
		if b := c.ownedName(e); b != nil {
			if b == e {
				return x.namedBare(e)
			}
			return b
		}
		if b := c.countysDepartment(e); b != nil {
			return b
		}
	}
	if b := x.nationalFullName(e); b != nil {
		return b
	}
	if e.kind != "place" {
		// A unit named through its parent's possessive, which the
		// rules may have read as a person's name ("<Place> Sector").
		if b := x.possessedUnit(e); b != nil {
			return b
		}
	}
	if e.kind != "organisation" || !orgHeads[k] {
		return e
	}
	var found *entity
	for _, o := range c.all {
		if o != e && o.kind == "organisation" && (headEnds(c.nameKey(o), k) || headOpens(c.nameKey(o), k) || headFormed(c.nameKey(o), k)) && !(courtHeads[k] && x.courtAside(o, len(x.mentions), 1<<30)) {
			// "the Joint Commission" and the registry's full name of
			// the same commission are one body, not two to choose from;
			// a body whose name opens with the head ("Court of Justice
			// of …") is one "the Court" may mean too.
			o = x.bodyByContent(o)
			if found != nil && found != o {
				// "<Body>" and "<Body> Students' Union": a unit named
				// after its body does not make the head word ambiguous;
				// the body's head word is the body's.
				if fn, on := c.nameKey(found), c.nameKey(o); hasWordPrefix(on, fn) {
					continue
				} else if !hasWordPrefix(fn, on) {
					return e
				}
			}
			found = o
		}
	}
	if found == nil {
		found = x.bodyOfTitleHead(k)
	}
	if found != nil || c.reg == nil {
		if found == nil {
			return e
		}
		if found.organOf != nil {
			return found.organOf // "the Committee" for a bank's committee
		}
		if b := x.councilOfConfiguration(found); b != nil {
			return b // "the Council" after "the <Field> Council" met
		}
		if found.kind == "organisation" && found.reg == nil {
			if court := x.courtPanel(strings.TrimPrefix(found.name, "the ")); court != nil {
				return court // "the Chamber" for "the <Kind> Chamber of the <Court>": the court
			}
		}
		return found
	}
	if s := x.stateOrgan(k); s != nil {
		return c.fromRegistry(s)
	}
	var used map[string]bool
	var s *briefings.Speaker
	for _, o := range c.reg.orgRoles {
		name := foldText(o.sp.Name)
		if !headEnds(name, k) && !headOpens(name, k) && !(schoolHeads[k] && hasWord(name, k)) {
			// A registry body whose name opens with the head ("Council
			// of the <Union>") is one "the Council" may mean, as the
			// cast's bodies are matched above.
			continue
		}
		if courtHeads[k] {
			if r := c.lookup(o.sp.Name); r != nil && x.courtAside(r, len(x.mentions), 1<<30) {
				continue // the court that referred the case, which "the Court" answers
			}
		}
		if used == nil {
			used = map[string]bool{}
			x.d.eachFolded(func(words []string) {
				for _, w := range words {
					used[w] = true
				}
			})
		}
		for _, w := range strings.Fields(name) {
			if w != k && !functionWords[w] && used[w] {
				if s != nil && s != o.sp {
					return e
				}
				s = o.sp
				break
			}
		}
		if s != o.sp && schoolHeads[k] && o.aliasUsed(used) {
			if s != nil {
				return e
			}
			s = o.sp
		}
	}
	if s == nil {
		return e
	}
	return c.fromRegistry(s)
}

// schoolHeads are the head words a university's or college's own press
// calls it by ("the University", "College"), whose names put the head
// word anywhere: "University of <City>", "<Name> College <City>". The
// paper may name the institution only inside a longer body's name, or by
// its short form ("<Short> branch").
var schoolHeads = set(`university college`)

// aliasUsed reports whether one of the body's one-word aliases is a word
// the article uses, as folded words are (used). An ASCII alias is folded
// on the stack (foldASCIIInto), not into a string of its own: it is asked
// of every registry school whose name has the head word.
func (o orgRole) aliasUsed(used map[string]bool) bool {
	var buf [64]byte
	for _, a := range o.sp.Aliases {
		if n, ok := foldASCIIInto(&buf, a); ok {
			if f := buf[:n]; bytes.IndexByte(f, ' ') < 0 && used[string(f)] {
				return true
			}
			continue
		}
		if f := foldText(a); !strings.Contains(f, " ") && used[f] {
			return true
		}
	}
	return false
}

// namedBare returns the firm "<Owner>'s <Name> <Trade>" names (ownedName)
// by the name alone when the article also names it so, with no
// possessive before it ("<Country>'s <Firm>" once, "<Firm> said" after):
// the owner was copy's description. Else e, as the article gave it.
func (x *extractor) namedBare(e *entity) *entity {
	i, _ := lastPossessive(e.name)
	if i <= 0 {
		return e
	}
	_, name, _ := strings.Cut(e.name[i:], " ")
	if !businessHeads[strings.ToLower(lastWord(name))] {
		return e // a state's organ ("<Country>'s General Staff") keeps its state
	}
	bare := 0
	for _, p := range x.d.paras {
		bare += strings.Count(p.text, name) - strings.Count(p.text, e.name)
	}
	if bare <= 0 {
		return e
	}
	b := x.cast.newEntity(entity{name: name, kind: "organisation"})
	x.cast.add(b)
	return b
}

// ownedName returns the body "<Owner>'s <Name>" names, by the name
// alone: "<Country>'s General Administration of <Field>", "<Body>'s
// General Directorate of <Field>". The owner says whose the body is, as
// "<Country>'s president" does, but is no part of the name the body goes
// by, which is capitalised and has a head word of its own. Nil when the
// name has no such possessive in its first words, or what follows it is
// no body's name.
func (c *cast) ownedName(e *entity) *entity {
	words := strings.Fields(e.name)
	for i := 0; i < len(words)-2 && i < 3; i++ {
		if !isPossessive(words[i]) {
			continue
		}
		// The owner is a country or a body ("<Country>'s", "<Field>
		// Ministry's"), not a title or a people a name holds ("<Title>'s
		// Office of …", "<Trade>men's Federation", "Employers'").
		owner := strings.Join(words[:i+1], " ")
		if !strings.HasSuffix(owner, "s") || strings.HasSuffix(owner, "s'") || strings.HasSuffix(owner, "s’") {
			return nil
		}
		var places map[string]*briefings.Speaker
		if c.reg != nil {
			places = c.reg.speakers
		}
		if countryNamed(c.fold(stripPossessive(owner)), places) == "" && !orgHeads[strings.ToLower(stripPossessive(words[i]))] {
			return nil
		}
		rest := words[i+1:]
		if !startsUpper(rest[0]) || !startsUpper(rest[len(rest)-1]) && !strings.Contains(strings.Join(rest, " "), " of ") {
			return nil
		}
		for _, w := range rest {
			if startsUpper(w) && orgHeads[strings.ToLower(w)] {
				return c.org(strings.Join(rest, " "), "")
			}
		}
		return nil
	}
	return nil
}

// countysDepartment returns "<Name> County <Head> of <Field>" for a body
// the copy names through the county's possessive, "<Name> County's <Head>
// of <Field>" with a state body's head (a department, a ministry): a
// county names its departments with its own name before them, and the
// possessive is only how the sentence puts it. Nil for a name of another
// shape.
func (c *cast) countysDepartment(e *entity) *entity {
	owner, rest, ok := strings.Cut(e.name, " County's ")
	if !ok {
		owner, rest, ok = strings.Cut(e.name, " County’s ")
	}
	if !ok || owner == "" || strings.Count(owner, " ") > 1 || !stateBodyName(rest) {
		return nil
	}
	for w := range strings.FieldsSeq(owner) {
		if !isCapWord(w) || isPossessive(w) {
			return nil
		}
	}
	name := owner + " County " + rest
	if s := c.regSpeaker(name); s != nil {
		return c.fromRegistry(s)
	}
	return c.org(name, "")
}

// delegationOf returns the country a body named as its delegation speaks
// for — "<Country> delegation", "<Country>'s delegation", "the delegation
// of <Country>" — else nil. A delegation is a government's voice at a
// meeting, and copy gives its words to the state, as it does a capital's.
// A delegation the registry lists by name keeps its entry (checked before
// this is asked).
func (x *extractor) delegationOf(e *entity) *entity {
	if e.kind != "organisation" {
		return nil
	}
	name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
	place, ok := strings.CutSuffix(name, " delegation")
	if !ok {
		place, ok = strings.CutSuffix(name, " Delegation")
	}
	if !ok {
		if place, ok = strings.CutPrefix(name, "delegation of "); !ok {
			place, ok = strings.CutPrefix(name, "Delegation of ")
		}
		place = strings.TrimPrefix(place, "the ")
	}
	if !ok || place == "" || !unicode.IsUpper(firstRune(place)) {
		return nil
	}
	if i := strings.Index(place, " to "); i > 0 && unicode.IsUpper(firstRune(place[i+len(" to "):])) {
		// "the Delegation of <Union> to <Host>": whose it is, not
		// where it is posted.
		place = place[:i]
	}
	c := x.countryOf(stripPossessive(place))
	if c == "" {
		// A union's or an alliance's delegation ("the Delegation of
		// the <Union> to <Host>", "the <ACR> delegation"): its
		// mission abroad speaks for the body the article or the
		// registry knows, as a state's does for the state.
		return x.ownersBody(place)
	}
	if pl := x.cast.lookup(c); pl != nil && pl.kind == "place" {
		return pl
	}
	return x.cast.place(c)
}

// unSpelledOut returns "United Nations <Body>" for a body the article
// names "UN <Body>" or "U.N. <Body>" with two words or more after the
// acronym (a programme, an office, a council), else "". A name of one word
// after it ("UN Women") is the body's own short name, and is kept.
func unSpelledOut(e *entity) string {
	if e.kind != "organisation" || e.reg != nil {
		return ""
	}
	first, rest, ok := strings.Cut(e.name, " ")
	if !ok || first != "UN" && first != "U.N." || !strings.Contains(rest, " ") || !unicode.IsUpper(firstRune(rest)) {
		return ""
	}
	return "United Nations " + rest
}

// headOpens reports whether a folded body's name opens with the head word
// k before "of", "for" or "on": "court of justice of …".
func headOpens(name, k string) bool {
	rest, ok := strings.CutPrefix(name, k+" ")
	return ok && (strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "for ") || strings.HasPrefix(rest, "on "))
}

// bodyOfTitleHead returns the one body the article names only inside a
// person's title ("<Title> of the <Place> <Head> of <Field>") whose name
// has the head word k as the cast's bodies are matched (headEnds,
// headOpens, headFormed): copy introduces a body's officer by the full
// name of the body, then lets the body speak as "the <Head>". Nil when no
// title or two titles so name a body.
func (x *extractor) bodyOfTitleHead(k string) *entity {
	c := x.cast
	body := ""
	for _, o := range c.all {
		if o.kind != "person" || len(o.role) < len(k)+4 {
			continue
		}
		_, b, ok := strings.Cut(o.role, " of ")
		if !ok {
			continue
		}
		b = strings.TrimPrefix(b, "the ")
		if !strings.Contains(b, " ") || !startsUpper(b) {
			continue
		}
		f := foldText(b)
		if !headEnds(f, k) && !headOpens(f, k) && !headFormed(f, k) {
			continue
		}
		if body != "" && body != b {
			return nil
		}
		body = b
	}
	if body == "" {
		return nil
	}
	return x.bodyByContent(c.org(body, ""))
}

// headFormed reports whether a folded body's name has the head word k
// before nothing but words that say what form the body takes ("<place>
// police department", "<place> fire service", "<place> defence force"):
// copy calls such a body by its first head alone ("police said"), the
// form word being the institution's bookkeeping, not its kind. A second
// body noun after k that names another kind of body ("police union",
// "police federation") is another body, and is not matched.
func headFormed(name, k string) bool {
	rest, ok := strings.CutPrefix(name, k+" ")
	if !ok {
		i := strings.Index(name, " "+k+" ")
		if i < 0 {
			return false
		}
		rest = name[i+len(k)+2:]
	}
	for rest != "" {
		w, r, _ := strings.Cut(rest, " ")
		if w == "of" || w == "for" {
			return true // "… police department of <place>"
		}
		if !formWords[w] {
			return false
		}
		rest = r
	}
	return true
}

// formWords say what form a body takes after its head word (headFormed).
var formWords = set(`department service services force forces agency authority corps command directorate bureau`)

// headEnds reports whether a folded body's name of two or more words ends
// in the head word k before any "of", "for" or "on" after a head word:
// "european court of human rights" and "public accounts committee" for
// "court" and "committee".
func headEnds(name, k string) bool {
	words := strings.Fields(name)
	for i := 1; i+1 < len(words); i++ {
		if (words[i] == "of" || words[i] == "for" || words[i] == "on") && orgHeads[words[i-1]] {
			words = words[:i] // "commission on fisheries", "centre for research"
			break
		}
	}
	return len(words) >= 2 && words[len(words)-1] == k
}

// countryInTitle is the country a title names after "of", in lower case:
// "Minister of Foreign Affairs of <Country>", "… of the Republic of
// <Country>", "Ambassador of <Country> to <Country>" (the first). Copy then
// calls the holder "the <nationality> minister". "" when none is known.
func countryInTitle(role string) string {
	if !strings.Contains(role, " of ") {
		return ""
	}
	words := strings.Fields(role)
	for i := 1; i < len(words); i++ {
		if words[i-1] != "of" {
			continue
		}
		w := strings.TrimRight(stripPossessive(words[i]), ",.;:")
		if r := firstRune(w); r < 'A' || r > 'Z' || continents[foldText(w)] || placeWords[strings.ToLower(w)] {
			continue
		}
		for n := min(len(words), i+3); n > i; n-- {
			name := strings.TrimRight(strings.Join(words[i:n], " "), ",.;:")
			if n-i > 1 && isKnownPlace(name) || n-i == 1 && isKnownPlace(w) {
				return strings.ToLower(name)
			}
		}
	}
	return ""
}

// localArm reports whether e is a company's local arm named by its brand
// and a country ("<Brand> <Country>", which the reader may have taken for
// a person's name with no title), which k, the brand alone, names apart
// from it: copy calls the subsidiary that signs a local deal by its
// full name and the group that speaks for it by the brand.
func localArm(e *entity, k string) bool {
	if e.kind != "organisation" && (e.kind != "person" || e.role != "" || e.reg != nil) || len(e.name) <= len(k)+1 {
		return false
	}
	if _, given := givenGender(k); given {
		return false // "<Given> <Place>": a person's name
	}
	rest := e.name[strings.IndexByte(e.name, ' ')+1:]
	return !strings.Contains(rest, " ") && isKnownPlace(foldText(rest))
}

// registryTail returns the registry body whose whole name (two words or
// more) ends a longer name, the one or two capitalised words before it
// saying what the body is ("Heritage NGO <Body>", "Watchdog <Body>"), or
// nil.
func (c *cast) registryTail(name string) *briefings.Speaker {
	if c.reg == nil || len(c.reg.orgFirst) == 0 {
		return nil
	}
	i := 0
	for n := 0; n < 2; n++ {
		sp := strings.IndexByte(name[i:], ' ')
		if sp < 0 {
			return nil
		}
		w := name[i : i+sp]
		if r := firstRune(w); !unicode.IsUpper(r) || inFolded(functionWords, w) || allUpper(w) && len(w) > 3 {
			return nil // "THE MATTER OF <Body>": a heading's words, not a description
		}
		i += sp + 1
		rest := name[i:]
		sp2 := strings.IndexByte(rest, ' ')
		if sp2 < 0 {
			return nil
		}
		if !inFolded(c.reg.orgFirst, rest[:sp2]) {
			continue // no body's name opens so: no look-up, which folds the words anew
		}
		if s := c.regSpeaker(rest); s != nil && s.Kind == "organisation" {
			if len(c.reg.placed[c.fold(name)]) > 0 {
				// The whole name is a listed body's before its place
				// ("<Word> <Body> of <Place>"): the shorter body its
				// tail names is another one.
				return nil
			}
			return s
		}
	}
	return nil
}

// ownersPlaceBody returns the registry's "<Body> of <Place>" for a body
// the article names as "<Body> of the <Owner>" (folded k), when the
// registry lists the owner as "<Owner> of <Place>": a ministry named by
// the government it belongs to ("… of the Government of National Unity")
// where the registry names it by the country; else nil.
func (c *cast) ownersPlaceBody(k string) *briefings.Speaker {
	i := strings.Index(k, " of the ")
	if i < 0 || !strings.Contains(k[:i], " ") {
		return nil
	}
	owner := c.reg.speakers[k[i+len(" of the "):]]
	if owner == nil || owner.Kind != "organisation" {
		return nil
	}
	on := foldText(owner.Name)
	j := strings.LastIndex(on, " of ")
	if j < 0 {
		return nil
	}
	if s := c.reg.speakers[k[:i]+on[j:]]; s != nil && s.Kind == "organisation" {
		return s
	}
	return nil
}

// titledOwner returns the person whose own office a body the registry
// does not know is, named with their title and in full ("<Title> <Given>
// <Surname>'s office", the title's last word straight before the given
// name): the office speaks for its holder, as it does for one named with
// a courtesy title (staffOwner). Else nil.
func (x *extractor) titledOwner(e *entity) *entity {
	if e.kind != "organisation" || !strings.HasSuffix(e.name, "s office") {
		return nil
	}
	owner := strings.TrimSuffix(e.name, " office")
	if !isPossessive(owner) {
		return nil
	}
	owner = stripPossessive(owner)
	var buf [8]string
	words := buf[:0]
	for w := range strings.FieldsSeq(owner) {
		words = append(words, w)
	}
	i := len(words) - 2
	if i < 1 || !nameTitleWord(words[i-1]) || nameTitleWord(words[i]) || !surnameLike(words[i+1]) || !unicode.IsUpper(firstRune(words[i])) || bodyWord(words[i]) {
		return nil
	}
	name := owner[len(owner)-len(words[i])-1-len(words[i+1]):]
	return x.personForm(x.cast.person(name, owner[:len(owner)-len(name)-1], unknownGender, true))
}

// councilConfigurations are the fields the Council of the European Union
// meets in, each a "<Field> Council" in copy ("the Agriculture and
// Fisheries Council", "the Foreign Affairs Council"): a closed class.
// The configurations whose names have commas are left out: the name's
// run stops at a comma.
var councilConfigurations = set(`general|affairs foreign|affairs economic|and|financial|affairs
	justice|and|home|affairs competitiveness environment agriculture|and|fisheries`)

// councilOfConfiguration returns the registry's Council of the European
// Union for a body copy names by one of its configurations ("the <Field>
// Council", councilConfigurations), which the registry does not list: the
// ministers meeting in a configuration are the Council, whose press
// release the configuration's decisions are. Nil for any other body, or
// when the registry does not list the Council.
func (x *extractor) councilOfConfiguration(e *entity) *entity {
	c := x.cast
	if e.reg != nil || c.reg == nil || !strings.HasSuffix(e.name, " Council") {
		return nil
	}
	field := strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The "), " Council"))
	if !councilConfigurations[strings.ReplaceAll(field, " ", "|")] {
		return nil
	}
	if s := c.regSpeaker("Council of the European Union"); s != nil {
		return c.fromRegistry(s)
	}
	return nil
}

// innerLowerWords returns the words in lower case between the capitals
// of a registry name that the name rules do not already read as joining
// ("o", "al", "bin", "van", "der", "y", "e", "i"), or nil when the name
// has none, or opens or closes in lower case. A run of capitals is cut at
// such a word, so the name as the registry writes it read as its last
// capitals alone, someone the registry does not know.
func innerLowerWords(n string) []string {
	words := strings.Fields(n)
	if len(words) < 3 || !startsUpper(words[0]) || !startsUpper(words[len(words)-1]) {
		return nil
	}
	var inner []string
	for _, w := range words[1 : len(words)-1] {
		if w != strings.ToLower(w) || !isLetters(w) {
			continue
		}
		if !knownJoins[w] {
			inner = append(inner, w)
		}
	}
	return inner
}

// knownJoins are the inner words the name rules read without the
// registry: see npLeft and chunkEnd.
var knownJoins = set(`of for the and on in to`)

// ownBanksOrgan returns the bank whose own publication the article is
// (ownBody) for e, a body the registry does not list whose name ends in
// a policy organ's head ("<Field> Policy Committee", "<Field> Policy
// Board") and says no owner of its own: a bank's transcript or statement
// names its policy committee bare, and the committee speaks for the
// bank. Nil otherwise.
func (x *extractor) ownBanksOrgan(e *entity) *entity {
	if e.kind != "organisation" || x.cast.reg == nil {
		return nil
	}
	sp := strings.LastIndexByte(e.name, ' ')
	if sp < 0 || !organHeadWord(e.name[sp+1:]) || !strings.HasSuffix(e.name[:sp], " Policy") || strings.Contains(e.name, " of ") {
		return nil // a board of its own ("<Place> <Commodity> Board") is another body
	}
	b := x.ownBody()
	if b == nil || b == e || !b.heads["bank"] {
		return nil
	}
	return b
}

// regionalChapter returns the registry body whose name or alias e's name
// opens with, when the rest names a region the way a body's provincial
// chapter or command adds it ("<Body> <Compass> <Place>", "<ACR> <Place>"
// for a place the lists know), or its organ in lower case after ("<Body>
// <Region> leadership"): the chapter speaks for the body. Nil otherwise.
func (c *cast) regionalChapter(e *entity) *entity {
	if c.reg == nil || e.kind != "organisation" {
		return nil
	}
	first, rest, ok := strings.Cut(e.name, " ")
	if !ok || !isCapWord(first) {
		return nil
	}
	if i := strings.LastIndexByte(rest, ' '); i > 0 && bodyOrgans[rest[i+1:]] {
		rest = rest[:i] // "<Body> <Region> leadership": the chapter's organ
	}
	s := c.regSpeaker(first)
	if s == nil || s.Kind != "organisation" {
		return nil
	}
	n := 0
	for w := range strings.FieldsSeq(rest) {
		if n++; n > 3 || !isCapWord(w) || orgHeads[strings.ToLower(w)] {
			return nil
		}
	}
	region := false
	switch w, _, _ := strings.Cut(rest, " "); w {
	case "Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West":
		region = n >= 2
	}
	if !region && !isKnownPlace(rest) {
		return nil
	}
	return c.fromRegistry(s)
}

// nationalOpening reports whether a name of three words or more opens
// with a nationality or a country's name ("<Nationality> <Field> <Head>"):
// a body's name, which the rules may have read as a person's.
func nationalOpening(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	if !ok || !strings.Contains(rest, " ") {
		return false
	}
	if _, given := givenGender(strings.ToLower(first)); given {
		return false
	}
	return countryOfWord(first) != "" || countryWords[foldText(first)]
}

// unambiguousBodyHeads end the names of bodies and never a person's, as
// "Court", "Union" or "Office" may ("Margaret Court").
var unambiguousBodyHeads = set(`ministry ministries department council agency commission committee
	authority administration institute university association federation organisation organization
	embassy corporation`)

// bodyNamed reports whether a name of two words or more ends in a body's
// head word that no surname is. It is asked of every person first met, so
// the word is lowered in a buffer, not a new string; the heads are ASCII.
func bodyNamed(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return false
	}
	var buf [24]byte
	lw, ok := lowerASCIIWord(buf[:], name[i+1:])
	return ok && unambiguousBodyHeads[string(lw)]
}
