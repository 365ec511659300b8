package ingest

import (
	"strings"
	"unicode"

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

	roleKey, roleNat, roleOf string // the role folded with titles spelt out, its nationality, and the role they were made from
}

// roleWords returns the entity's role in lower case with abbreviated
// titles spelt out, padded with spaces for whole-word matching, and the
// nationality it names; both are kept until the role changes.
func (e *entity) roleInfo() (key, nat string) {
	if e.roleOf != e.role || e.roleKey == "" {
		e.roleOf = e.role
		e.roleKey = " " + expandTitles(strings.ToLower(e.role)) + " "
		e.roleNat = nationalityOf(e.role)
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
	securities partners holdings industries energy coal grid commodities media capital technologies
	labs mining resources telecom motors airlines steel oil gas owner bank utility
	trader carmaker automaker giant maker miner refiner shipper conglomerate startup start-up chain brand`)

// registryIndex finds registry speakers by any of their names.
type registryIndex struct {
	speakers map[string]*briefings.Speaker
	keys     map[*briefings.Speaker][]string // each speaker's folded aliases
}

func newRegistryIndex(reg *briefings.Registry) *registryIndex {
	ix := &registryIndex{speakers: map[string]*briefings.Speaker{}, keys: map[*briefings.Speaker][]string{}}
	if reg == nil {
		return ix
	}
	for _, s := range reg.Speakers {
		for _, n := range append([]string{s.Name, s.ID}, s.Aliases...) {
			if k := briefings.Fold(n); k != "" {
				if _, taken := ix.speakers[k]; !taken {
					ix.speakers[k] = s
				}
				ix.keys[s] = append(ix.keys[s], k)
			}
		}
	}
	return ix
}

// cast is everyone one article names, found by name, surname or initials.
type cast struct {
	reg       *registryIndex
	all       []*entity
	byName    map[string]*entity
	bySurname map[string]*entity
	byInitial map[string]*entity
	byShort   map[string]*entity // companies by their first word: "nordvik" for Nordvik Steel
	byFirst   map[string]*entity // people by the first word of their name, nil when two share it
	byReg     map[*briefings.Speaker]*entity
	folds     map[string]string // briefings.Fold of the names seen, which repeat
}

// regSpeaker finds a registry speaker by any of their names.
func (c *cast) regSpeaker(name string) *briefings.Speaker {
	if name == "" {
		return nil
	}
	return c.reg.speakers[c.fold(name)]
}

// fold returns briefings.Fold(s), remembering it.
func (c *cast) fold(s string) string {
	if k, ok := c.folds[s]; ok {
		return k
	}
	k := briefings.Fold(s)
	c.folds[s] = k
	return k
}

func newCast(reg *registryIndex) *cast {
	return &cast{
		reg:       reg,
		byName:    map[string]*entity{},
		bySurname: map[string]*entity{},
		byInitial: map[string]*entity{},
		byShort:   map[string]*entity{},
		byFirst:   map[string]*entity{},
		byReg:     map[*briefings.Speaker]*entity{},
		folds:     make(map[string]string, 64),
	}
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
	e := &entity{name: s.Name, role: s.Role, kind: kind, reg: s, confirmed: true}
	c.add(e)
	c.byReg[s] = e
	for _, k := range c.reg.keys[s] {
		if c.byName[k] == nil {
			c.byName[k] = e
		}
	}
	return e
}

// add indexes a new entity.
func (c *cast) add(e *entity) {
	c.all = append(c.all, e)
	k := c.fold(e.name)
	if c.byName[k] == nil {
		c.byName[k] = e
	}
	words := strings.Fields(k)
	if e.kind == "person" && len(words) > 1 {
		// Index the surname, with its particles: "de wit" and "wit".
		for i := 1; i < len(words); i++ {
			if i == len(words)-1 || particles[words[i]] {
				c.bySurname[strings.Join(words[i:], " ")] = e
			}
		}
		// Chinese, Korean and Vietnamese names put the family name first:
		// "Mao Ning" is "Mao" after. One word shared by two people names
		// neither.
		if other, seen := c.byFirst[words[0]]; !seen {
			c.byFirst[words[0]] = e
		} else if other != e {
			c.byFirst[words[0]] = nil
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
			}
		}
		if ini := initials(e.name); len(ini) >= 2 {
			e.initials = ini
			if c.byInitial[ini] == nil {
				c.byInitial[ini] = e
			}
		}
		if short := shortName(e.name, words); short != "" && c.byShort[short] == nil {
			c.byShort[short] = e
		}
	}
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

// initials returns the capital initials of a name: "International Committee
// of the Red Cross" gives "ICRC"; an acronym gives itself without dots.
func initials(name string) string {
	if isAcronym(name) {
		return strings.ReplaceAll(name, ".", "")
	}
	var b strings.Builder
	for _, w := range strings.Fields(name) {
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
	k := c.fold(name)
	if k == "" {
		return nil
	}
	if e := c.byName[k]; e != nil {
		return e
	}
	if e := c.bySurname[k]; e != nil {
		return e
	}
	if e := c.byShort[k]; e != nil {
		return e
	}
	if e := c.byFirst[k]; e != nil && !strings.Contains(k, " ") {
		return e
	}
	if s := c.reg.speakers[k]; s != nil {
		return c.fromRegistry(s)
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
	e := c.lookup(name)
	if e == nil && role != "" {
		if s := c.regSpeaker(role + " " + name); s != nil {
			e = c.fromRegistry(s)
		}
	}
	if e == nil {
		e = &entity{name: name, kind: "person"}
		c.add(e)
	}
	if e.kind == "person" {
		if e.role == "" && e.reg == nil {
			e.role = role
		}
		if e.gender == unknownGender {
			e.gender = g
		}
		e.confirmed = e.confirmed || confirmed
	}
	return e
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
		e = &entity{name: name, kind: "place"}
		c.add(e)
	}
	return e
}

// org finds or adds an organisation; head is a word "the X" may call it.
func (c *cast) org(name, head string) *entity {
	name = strings.TrimSpace(name)
	e := c.lookup(name)
	if e == nil {
		e = &entity{name: name, kind: "organisation"}
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
	if businessHeads[head] {
		e.business = true
	}
}
