package ingest

import (
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

// countrysOwnBody returns the state body a country speaks through when the
// sentence says so: "<Country>, in a statement issued by its <Body>,
// said", "<Capital> said in a statement by its <field> ministry that": the
// words are the body's, named as the registry's convention names a
// country's own body ("<Body> of <Country>", ownedStateBody). Nil when
// the sentence has no "by its" before a body's name, or the words after
// it name no state body.
func (x *extractor) countrysOwnBody(country *entity, si int) *entity {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	for k := s.a; k+2 < s.b; k++ {
		if p.toks[k].kind != tWord || p.toks[k].q != 0 || p.lw(k) != "by" || p.lowerAt(k+1) != "its" {
			continue
		}
		a, e := k+2, k+2
		if p.toks[a].isCap(p.text) {
			// "<Head> of <Field> and <Field>": capitalised words, with
			// "of", "for" and "and" between them.
			for e < s.b && p.isWordAt(e) && (p.toks[e].isCap(p.text) || e > a && e+1 < s.b && p.toks[e+1].isCap(p.text) && (p.lw(e) == "of" || p.lw(e) == "for" || p.lw(e) == "and")) {
				e++
			}
		} else {
			// "<field> ministry": lower-case words up to a state body's head.
			for e < s.b && e < a+4 && p.isWordAt(e) && !p.toks[e].isCap(p.text) && !lowerStateHeads[p.lw(e)] {
				e++
			}
			if e >= s.b || !p.isWordAt(e) || !lowerStateHeads[p.lw(e)] {
				return nil
			}
			e++
		}
		if e-a < 2 {
			return nil
		}
		name := p.textOf(a, e)
		if !p.toks[a].isCap(p.text) {
			if industryFields[p.lw(a)] && orgHeads[p.lw(a)] {
				// "by its energy ministry": an industry's word in lower
				// case is a description of what the state said through,
				// not the ministry's name (ownedStateBody reads the field
				// so only as the copy capitalises it); the state speaks.
				return nil
			}
			// Named as the state names it: "<Field> Ministry" is the
			// convention's "Ministry of <Field>" (fieldBeforeMinistry).
			name = capitalWords(name)
		}
		return x.ownedStateBody(&entity{name: country.name + "'s " + name, kind: "organisation"})
	}
	return nil
}

// capitalWords gives a body a country's possessive describes in lower
// case ("its foreign ministry") the capitals its own name has, "and"
// left as it is, so that the registry's convention can match it.
func capitalWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w != "and" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// descriptorHeads are the lower-case kind words copy sets after a body's
// own name to say what it is ("<Name> labor federation", "<Name> rights
// group"): not part of the name. A party is left out: copy and curators
// keep "<Name> party".
var descriptorHeads = set(`federation confederation union group watchdog charity organisation organization coalition`)

// undescribedBody returns a body's name without the kind words copy puts
// around it: "NGO <Name>" and "<Name> <kind> federation" are <Name>. The
// name itself when it has no such words, or nothing but a place's or a
// nationality's word would be left ("<Nationality> rights group" is no
// body's own name).
func undescribedBody(name string) string {
	if rest, ok := strings.CutPrefix(name, "NGO "); ok && isCapWord(rest) && !strings.Contains(rest, " ") {
		return rest
	}
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 || !descriptorHeads[name[sp+1:]] {
		return name
	}
	// Trailing lower-case words, at most three with the head.
	cut := sp
	for n := 1; n < 3; n++ {
		prev := strings.LastIndexByte(name[:cut], ' ')
		w := name[prev+1 : cut]
		if prev < 0 || !lowerLetters(w) {
			break
		}
		cut = prev
	}
	own := name[:cut]
	if own == "" || !isCapWord(own) || strings.Contains(own, " ") || isPossessive(own) ||
		nationalityCountry(own) != "" || countryOfWord(own) != "" || isKnownPlace(own) {
		return name
	}
	return own
}

// lowerLetters reports whether w is all plain lower-case letters: the
// kind words copy puts around a body's name are such words, while a
// name, an acronym or a figure is not.
func lowerLetters(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// stateOfficeTitles are the state offices whose holder's office copy names
// "the <Title>'s Office" and the registry's convention names "Office of
// the <Title> of <Country>": a closed class of national offices (a
// county's or a city's officer's office is no state's), and a territory's
// or a dependency's governor's (homeStateBodyOf asks the place's kind).
var stateOfficeTitles = []string{"Prime Minister", "President", "Vice President", "Deputy Prime Minister", "Public Prosecutor", "Ombudsman", "Governor"}

// officeTitle returns the title of a state office named "<Title>'s
// Office", "<Title>'s media office" or "<Title>’s press office": "" for
// any other name.
func officeTitle(name string) string {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	rest, ok := strings.CutSuffix(name, " Office")
	if !ok {
		if rest, ok = strings.CutSuffix(name, " office"); !ok {
			return ""
		}
	}
	if r, ok := strings.CutSuffix(rest, " media"); ok {
		rest = r
	} else if r, ok := strings.CutSuffix(rest, " press"); ok {
		rest = r
	}
	if r, ok := strings.CutSuffix(rest, "'s"); ok {
		rest = r
	} else if r, ok := strings.CutSuffix(rest, "’s"); ok {
		rest = r
	} else {
		return ""
	}
	for _, t := range stateOfficeTitles {
		if strings.EqualFold(rest, t) && isCapWord(rest) {
			return t
		}
	}
	return ""
}

// platformNames are the social platforms copy says a post was "on".
var platformNames = set(`facebook twitter instagram telegram tiktok threads linkedin youtube weibo wechat bluesky whatsapp`)

// platformAt reports whether token k names a social platform: one of
// platformNames capitalised, or "X" as written.
func (p *para) platformAt(k int) bool {
	if !p.isWordAt(k) {
		return false
	}
	if w := p.word(k); w == "X" {
		return true
	}
	return p.toks[k].isCap(p.text) && platformNames[p.lw(k)]
}

// unionStates are the states, folded, whose central government copy
// styles "the Union" ("the Union Ministry of <Field>", "the Union
// Cabinet"): a closed class, like the federations of divisionFederation.
var unionStates = set(`india myanmar`)

// unionBody returns "<Body> of <Country>" for a state body named with the
// word by which a union state's copy marks its central government ("the
// Union Ministry of <Field>"): the word says the body is the state's, not
// one of its states', as a nationality adjective does, and the convention
// names it as it names "<Country>'s <Body>" (ownedStateBody). The country
// is the article's home when it is a union state; when the article gives
// no home, the registry's body of a union state that the rest of the name
// is a form of. Nil for any other name, or when neither says the state.
func (x *extractor) unionBody(e *entity) *entity {
	name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
	rest, ok := strings.CutPrefix(name, "Union ")
	if !ok || x.cast.reg == nil || !stateBodyName(rest) {
		return nil
	}
	home := x.homeFolded()
	if unionStates[home] {
		return x.ownedStateBody(&entity{name: placeCase(home) + "'s " + rest, kind: "organisation"})
	}
	if home != "" {
		return nil
	}
	c := x.cast
	mw, mc := bodyContent(rest, c.reg.speakers)
	if len(mw) == 0 || len(mc) > 0 {
		return nil
	}
	var found *briefings.Speaker
	for f := range c.reg.formsNamed(mw) {
		if len(f.countries) != 1 || !unionStates[f.countries[0]] {
			continue
		}
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
