package ingest

import (
	"strings"

	"github.com/briefbot/briefbot/briefings"
)

// Round 22's body forms: a body the rules found, named in a form the
// article's own structure or the registry shows to be short of the name a
// draft should give it.

// bodyVoices are the lower-case words after a body's name that say its
// staff or delegation speaks for it as a whole: "<Body> management",
// "<ACRONYM> mission", "<Body> leadership". A closed class of collective
// nouns for a body's people, not its organs (a board or committee that
// the registry may list as a body of its own).
var bodyVoices = set(`management mission leadership secretariat`)

// voiceOfBody returns the body a "<Body> <voice>" name speaks for (see
// bodyVoices), when the article or the registry knows the body by the
// words before the voice; nil otherwise.
func (x *extractor) voiceOfBody(name string) *entity {
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 || !bodyVoices[name[sp+1:]] {
		return nil
	}
	owner := strings.TrimPrefix(strings.TrimPrefix(name[:sp], "the "), "The ")
	if isPossessive(owner) {
		owner = stripPossessive(owner)
	}
	return x.knownBody(owner)
}

// spelledAcronym returns the name the article prints, anywhere in its
// text (a quote included), whose capitalised words' initials spell the
// acronym: "<First> <Second> <Third>" for "<FST>", function words in
// lower case between them allowed ("<First> of <Second>"), an acronym of
// three letters or more. Copy names a
// body its readers know by its acronym and spells it out once, not always
// where the acronym speaks, nor always in brackets after it. "" when the
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
// between them, the run ending where acr does: "" when they do not.
func (p *para) spellsOut(i int, acr string) string {
	t := &p.toks[i]
	if t.kind != tWord || !t.isCap(p.text) || p.text[t.s] != acr[0] {
		return ""
	}
	if i > 0 && p.toks[i-1].kind == tWord && p.toks[i-1].isCap(p.text) && !functionWords[p.toks[i-1].lw] {
		return "" // the run starts before: "<Other> <First> …"
	}
	k, j, last := 0, i, i
	for ; j < len(p.toks) && k < len(acr); j++ {
		u := &p.toks[j]
		if u.kind != tWord {
			return ""
		}
		w := p.text[u.s:u.e]
		switch {
		case u.isCap(p.text) && w[0] == acr[k] && !isAcronym(w):
			k++
			last = j
		case !u.isCap(p.text) && functionWords[u.lw] && j > i:
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
	return stripPossessive(p.text[t.s:p.toks[last].e])
}

// homeStateBody returns "<Head> of <Field> of <Country>" for a body the
// article names bare as "<Head> of <Field>" (folded k, e's name), when
// the registry names its bodies of that head for the article's home
// country so ("<Head> of <Other field> of <Country>") and lists no body
// of this name: a national paper names its own state's ministry or
// department without the country, and the registry's convention, which
// the draft should follow, gives it. Nil when the name is of another
// shape, names a place, or the home country or the convention is not
// there to read.
func (x *extractor) homeStateBody(e *entity, k string) *entity {
	c := x.cast
	first, rest, ok := strings.Cut(k, " of ")
	if !ok || strings.Contains(first, " ") || !orgHeads[first] || businessHeads[first] || rest == "" {
		return nil
	}
	words, countries := bodyContent(e.name, c.reg.speakers)
	if len(countries) > 0 || len(words) < 2 {
		return nil
	}
	home := x.homeFolded()
	if home == "" {
		return nil
	}
	place := c.reg.speakers[home]
	if place == nil || place.Kind != "place" {
		return nil
	}
	for i := range c.reg.forms {
		f := &c.reg.forms[i]
		if f.sp.Name == "" || len(f.countries) != 1 || f.countries[0] != home || len(f.words) < 2 || f.words[0] != first {
			continue
		}
		if !strings.HasSuffix(briefings.Fold(f.sp.Name), " of "+home) {
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
		return c.org(name+" of "+place.Name, "")
	}
	return nil
}
