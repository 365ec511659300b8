package ingest

import (
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

// jointHeads are the plural nouns a readout of a meeting or a call uses
// for both sides at once: "the two ministers agreed that …", "the sides
// noted …", "the parties stressed …".
var jointHeads = set(`ministers sides parties presidents leaders delegations`)

// jointSubject reports whether a phrase before token at of sentence si
// names both sides of a meeting at once — "the two ministers", "both
// sides", "the parties" — which a readout uses for its own summary of
// what the meeting agreed. "Two ministers" with no article is two people
// the copy does not name.
func (x *extractor) jointSubject(r *ref, si, at int) bool {
	if r == nil || r.kind == refPronoun || r.kind == refName || r.kind == refOrg || r.object {
		return false
	}
	head := strings.ToLower(r.text)
	if i := strings.LastIndexByte(head, ' '); i >= 0 {
		h, verb, _ := strings.Cut(head, " ")
		if !jointHeads[h] || !strings.HasSuffix(verb, "ed") || strings.Contains(verb, " ") || r.det != "the" {
			return false // "the Turkmen sides", "the two <field> ministers" stay as they are read
		}
		// "The ministers <verb>ed the <noun> …": the phrase reader
		// took the verb in; the sides are the subject.
		head = h
	}
	if !jointHeads[head] {
		return false
	}
	switch r.det {
	case "the", "both":
		return true
	case "two":
		return x.theBeforeTwo(si, at, head)
	}
	return false
}

// theBeforeTwo reports whether "two <next>" before token at of sentence
// si has "the" before it. The phrase reader starts a phrase at "two" and
// keeps no article before it, and the article is what tells "the two
// ministers", the ones the article is about, from "two ministers" it
// does not name.
func (x *extractor) theBeforeTwo(si, at int, next string) bool {
	ds := x.d.sents[si]
	p := x.d.paras[ds.p]
	for k := ds.a + 1; k < at && k < ds.b; k++ {
		if p.isWordAt(k) && p.lw(k) == "two" && strings.EqualFold(p.lowerAt(k+1), next) {
			return p.lowerAt(k-1) == "the"
		}
	}
	return false
}

// jointBefore reports whether sentence si names both sides of a meeting
// at once before token at ("the two ministers", "both sides", "the
// parties"), whom a plural pronoun after it means.
func (x *extractor) jointBefore(si, at int) bool {
	ds := x.d.sents[si]
	p := x.d.paras[ds.p]
	for k := ds.a + 1; k < at && k < ds.b; k++ {
		if !p.isWordAt(k) || !jointHeads[p.lw(k)] {
			continue
		}
		switch p.lowerAt(k - 1) {
		case "the", "both":
			return true
		case "two":
			return k >= ds.a+2 && p.lowerAt(k-2) == "the"
		}
	}
	return false
}

// readoutIssuer returns the body whose readout speaks of both sides as
// one: the registry's ministry of the first minister the article names,
// the home side of a readout of a call or a meeting ("The Minister of
// Foreign Affairs …, X, held a conversation with …"), found from the
// minister's title as "the <country>'s <field> ministry" is; else the
// body the page's site name or its letterhead names. Nil when none does:
// no one else's words are the readout's. The answer is kept for the
// article.
func (x *extractor) readoutIssuer(si int) (issuer *entity) {
	if x.issuerDone {
		return x.issuerBody
	}
	x.issuerDone = true
	defer func() {
		if x.issuerBody == nil {
			// No minister's title and no site's name says who issued it:
			// the body whose letterhead heads the release, else the one
			// its sign-off block names ("<MINISTRY OF …> <COUNTRY>"
			// over the day it issued).
			x.issuerBody = x.letterheadBody()
			if x.issuerBody == nil && x.d.signOff != "" {
				x.issuerBody = x.siteName(x.d.signOff)
			}
			issuer = x.issuerBody
		}
	}()
	var minister *entity
	for s := 0; s < len(x.mentions) && minister == nil; s++ {
		for _, m := range x.mentions[s] {
			if m.e.kind == "person" && ministerTitle(m.e) != "" {
				minister = m.e
				break
			}
		}
	}
	if minister == nil {
		x.issuerBody = x.siteBody()
		return x.issuerBody
	}
	if x.issuerBody = x.ministryOfMinister(minister, si); x.issuerBody == nil {
		x.issuerBody = x.siteBody()
	}
	return x.issuerBody
}

// ministryOfMinister returns the registry's ministry a minister's title
// heads: the title's field ("Minister of <Field>", "<Field> Minister")
// in the country the title names, else the article's home country. Nil
// when the title names no field or the registry lists no such ministry.
func (x *extractor) ministryOfMinister(minister *entity, si int) *entity {
	title := ministerTitle(minister)
	country := ""
	for _, w := range strings.Fields(title) {
		w = strings.Trim(w, ",.()")
		if w == "" || firstRune(w) < 'A' || firstRune(w) > 'Z' {
			continue
		}
		if country = countryOfWord(stripPossessive(w)); country == "" {
			country = x.countryOf(stripPossessive(w))
		}
		if country != "" {
			break
		}
	}
	if country == "" {
		country = x.homeCountry()
	}
	field := ministryField(title)
	if country == "" || field == "" {
		return nil
	}
	// "<field> ministry in <country>": a country's name of several words
	// ("Federated States of …") is read whole after "in", not word by word.
	if e := x.stateBody(field+" ministry in "+country, si); e != nil && e.reg != nil && e.kind == "organisation" {
		return e
	}
	if s := x.roleOfField(country, field); s != nil {
		return x.cast.fromRegistry(s)
	}
	return nil
}

// roleOfField returns the one registry body whose role opens with the
// country's possessive and the minister's field ("<Country>'s foreign
// affairs, trade and development department"): a ministry named neither
// "Ministry of <Field>" nor "<Field> Ministry" (a department with a name of
// its own, not "<field> ministry") is known by the role the registry gives
// it. Nil when none or several bodies have such a role.
func (x *extractor) roleOfField(country, field string) *briefings.Speaker {
	// Fold keeps a possessive's "s" on its word ("<country>s"), and
	// drops the apostrophe after a name that ends in "s" ("<countries>'").
	c := strings.TrimPrefix(foldText(country), "the ")
	want, alt := " "+c+"s "+field+" ", " "+c+" "+field+" "
	var found *briefings.Speaker
	for _, o := range x.cast.reg.orgRoles {
		r := strings.Replace(o.role, " the ", " ", 1)
		if strings.HasPrefix(r, want) || strings.HasSuffix(c, "s") && strings.HasPrefix(r, alt) {
			if found != nil {
				return nil
			}
			found = o.sp
		}
	}
	return found
}

// siteBody returns the registry body whose own page the article is, by
// the site's name its title gives beside the headline: after a bar
// ("<Headline> | <Ministry of …>"), before or after a dash ("<Ministry of
// …> - <Headline>"), or alone (a title that is no more than the site's
// name): a ministry's or an agency's site titles its pages so, and a
// readout there is the body's. The site may write its state after a comma
// or in its own form ("<Body>, Republic of <Place>", "<Body> of the
// Republic of <Place>"), where the registry lists "<Body> of <Place>"
// (siteName). Nil when no such part names a registry body.
func (x *extractor) siteBody() *entity {
	if e := x.titleSiteBody(); e != nil || x.d.outlet == "" {
		return e
	}
	// The page reader took the site's name off the title as the
	// outlet's.
	return x.siteName(x.d.outlet)
}

// titleSiteBody is siteBody's reading of the title.
func (x *extractor) titleSiteBody() *entity {
	head := x.d.head
	if len(head) > 200 {
		return nil
	}
	if i := strings.LastIndex(head, " | "); i >= 0 {
		return x.siteName(strings.TrimSpace(head[i+3:]))
	}
	for _, dash := range [...]string{" - ", " – ", " — "} {
		if i := strings.Index(head, dash); i >= 0 {
			if e := x.siteName(strings.TrimSpace(head[:i])); e != nil {
				return e
			}
			return x.siteName(strings.TrimSpace(head[strings.LastIndex(head, dash)+len(dash):]))
		}
	}
	return x.siteName(head)
}

// headWordLetterhead returns the body the title's letterhead names ("<Place>
// Police Force - <Section> - …") for a body the copy names by one word of
// that name alone, as a proper noun ("a <title> for <Head> said", the
// head word capitalised alone): a force's or an agency's own release
// calls its body so. Nil for a name of more than one word, or a
// letterhead of no more than that word.
func (x *extractor) headWordLetterhead(e *entity) *entity {
	name := e.name
	if strings.IndexByte(name, ' ') >= 0 || !isCapWord(name) || isAcronym(name) {
		return nil
	}
	var buf [24]byte
	if lw, ok := lowerASCIIWord(buf[:], name); !ok || !orgHeads[string(lw)] {
		return nil
	}
	head := x.d.head
	for _, sep := range [...]string{" - ", " – ", " — ", " | "} {
		if i := strings.Index(head, sep); i >= 0 {
			head = head[:i]
		}
	}
	if head == x.d.head || len(head) > 80 || head == name {
		return nil // no letterhead before a section or a headline
	}
	held := false
	for w := range strings.FieldsSeq(head) {
		if !isCapWord(w) && !functionWords[w] {
			return nil
		}
		held = held || w == name
	}
	if !held {
		return nil
	}
	if s := x.cast.regSpeaker(head); s != nil {
		return x.cast.fromRegistry(s)
	}
	// The letterhead's own form of a body the registry lists in another
	// ("<Country> <Body>" for "<Body> of <Country>").
	return x.bodyByContent(x.cast.org(head, ""))
}

// addressBody returns the registry body whose acronym is the article's
// site name ("<acr>.<domain>" for the body a registry lists as "<ACR>"):
// a body's own page, a transcript or a release it published, whose
// unmarked voice is the body's. Nil when the site name is no registry
// body's acronym.
func (x *extractor) addressBody() *entity {
	site := x.d.site
	if len(site) < 2 || len(site) > 8 || x.cast.reg == nil {
		return nil
	}
	s := x.cast.reg.speakers[site]
	if s == nil || s.Kind != "organisation" {
		return nil
	}
	for _, a := range s.Aliases {
		if strings.EqualFold(a, site) && isAcronym(a) {
			return x.cast.fromRegistry(s)
		}
	}
	return nil
}

// ownBody returns the body whose own publication the article is: the one
// its letterhead, its page title's site name or its address names (see
// letterheadBody, siteBody, addressBody); nil when none names a registry
// body. The answer is kept for the article.
func (x *extractor) ownBody() *entity {
	if x.ownDone {
		return x.own
	}
	x.ownDone = true
	if x.own = x.letterheadBody(); x.own == nil {
		if x.own = x.siteBody(); x.own == nil {
			x.own = x.addressBody()
		}
	}
	return x.own
}

// siteName returns the registry body a site's name names: the registry's
// entry by that name, the one "<name> of <Place>" (placedBody), or the one
// "<Body> of <Place>" when the name is "<Body>, <state's form> of <Place>"
// or "<Body> of (the) <state's form> of <Place>" (placedLetterhead's
// split, in any case). Nil for a one-word name, a long one, or none listed.
func (x *extractor) siteName(name string) *entity {
	if !strings.Contains(name, " ") || len(name) > 120 || x.cast.reg == nil {
		return nil
	}
	if s := x.cast.regSpeaker(name); s != nil {
		if s.Kind != "organisation" {
			return nil
		}
		return x.cast.fromRegistry(s)
	}
	if s := x.placedBody(foldText(name)); s != nil {
		return x.cast.fromRegistry(s)
	}
	if title, _, ok := strings.Cut(name, " of "); ok && isCapWord(title) && isRoleWord(strings.ToLower(title[strings.LastIndexByte(title, ' ')+1:])) {
		// "<Title> of <Country>": a head of government's site, named
		// for the title, is the office's ("Office of the <Title> of
		// <Country>").
		if s := x.cast.regSpeaker("Office of the " + name); s != nil && s.Kind == "organisation" {
			return x.cast.fromRegistry(s)
		}
	}
	return x.placedSplit(strings.Fields(strings.ReplaceAll(name, ",", " ")))
}

// ministerTitle returns the title that makes a person a minister — the
// article's or the registry's — or "": a deputy's or a prime minister's
// readout is issued by another office.
func ministerTitle(e *entity) string {
	for _, t := range [...]string{e.role, regRole(e)} {
		lt := strings.ToLower(t)
		if hasWordFold(lt, "minister") && !strings.Contains(lt, "prime minister") && !strings.Contains(lt, "deputy") && !strings.Contains(lt, "vice") && !formerHolder(t) {
			return t
		}
		if cabinetSecretary(lt) && !formerHolder(t) {
			return t
		}
	}
	return ""
}

// cabinetSecretary reports whether a title in lower case is a department's
// head called its secretary, as governments modelled on the American
// cabinet title their ministers: "Secretary of Foreign Affairs",
// "Secretary for Health", "Secretary of the Department of …". A permanent,
// press, party or general secretary heads no ministry, nor does a deputy.
func cabinetSecretary(lt string) bool {
	words := strings.Fields(lt)
	for i, w := range words {
		if w != "secretary" || i+1 >= len(words) || words[i+1] != "of" && words[i+1] != "for" {
			continue
		}
		if i > 0 && nonCabinetSecretary[strings.Trim(words[i-1], ",")] {
			return false
		}
		return !strings.Contains(lt, "deputy") && !strings.Contains(lt, "vice")
	}
	return false
}

// nonCabinetSecretary are the words before "secretary" in titles that head
// no ministry: "permanent secretary of", "press secretary for".
var nonCabinetSecretary = set(`permanent press party general assistant under parliamentary private principal executive
	chief first second third financial cabinet acting`)

// regRole is the registry's role for an entity, or "".
func regRole(e *entity) string {
	if e.reg == nil {
		return ""
	}
	return e.reg.Role
}

// ministryField returns the field a minister's title names, as a
// ministry's kind is called: "foreign" for a foreign minister or a
// minister of foreign affairs (whatever else the post holds), else the
// word after "minister" (or a cabinet "secretary") "of" or "for", or the
// word before "minister"; ""
// when the title names none.
func ministryField(title string) string {
	words := strings.Fields(strings.ToLower(title))
	for _, w := range words {
		if w == "foreign" {
			return "foreign"
		}
	}
	for i, w := range words {
		if w != "minister" && w != "secretary" {
			continue
		}
		if i+2 < len(words) && (words[i+1] == "of" || words[i+1] == "for") {
			return strings.Trim(words[i+2], ",.()")
		}
		if w == "secretary" {
			continue // "<field> secretary" is left to the rules for a minister's title
		}
		if i > 0 && !isNationality(words[i-1]) && !strings.HasSuffix(words[i-1], "'s") && !definite[words[i-1]] {
			return strings.Trim(words[i-1], ",.()")
		}
	}
	return ""
}
