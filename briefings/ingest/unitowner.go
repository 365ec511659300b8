package ingest

import "strings"

// unitOwnerRef reads a body's unit ending at token k and opening the
// phrase at lo, "<Owner>'s <field words> <unit>" with the field in lower
// case ("The Government's communication and protocol department", "the
// ministry's press office"): a unit named only by what it does speaks for
// its body, so the phrase means the owner. Nil when the phrase is of
// another shape or its owner no body.
func (p *para) unitOwnerRef(k, lo int) *ref {
	o, e := p.ownerOfUnit(k, lo)
	if o < 0 {
		return nil
	}
	if w := stripPossessive(p.lw(e - 1)); e-o == 2 && p.isDet(o) && !p.toks[e-1].isCap(p.text) && orgHeads[w] {
		return &ref{kind: refOrgDesc, head: w, text: w, surface: p.textOf(o, e), det: p.lw(o)} // "the ministry's"
	}
	if r := p.interpret(o, e); r != nil && (r.kind == refOrg || r.kind == refOrgDesc || r.kind == refName && !r.evidence) {
		if r.kind == refName {
			r.kind = refOrg
		}
		r.name = stripPossessive(r.name)
		return r
	}
	return nil
}

// stateFormOff returns "<Body> of <Country>" for a state's body the
// article names with its state's long form, "<Body> of the Republic of
// <Country>" ("… of the Kingdom of <Country>"), which the registry does
// not list: the state's form of government is no part of the name the
// registry's convention gives a state's bodies, "<Body> of <Country>"
// with the country as the registry writes it after "of". Only a name a
// state's body has by its form alone (stateBodyName: "Ministry of
// <Field>", "National <Field> Agency") and a country the registry or
// the lists know, under a registry that names every state body with its
// state; nil otherwise.
func (x *extractor) stateFormOff(e *entity) *entity {
	c := x.cast
	if c.reg == nil || !c.reg.countried || e.reg != nil {
		return nil
	}
	i := strings.LastIndex(e.name, " of the ")
	if i <= 0 {
		return nil
	}
	form, country, ok := strings.Cut(e.name[i+len(" of the "):], " of ")
	if !ok || !stateForms[strings.ToLower(form)] || strings.Contains(form, " ") {
		return nil
	}
	body := e.name[:i]
	if !stateBodyName(body) {
		return nil
	}
	k := foldText(country)
	var placeName string
	if place := c.reg.speakers[k]; place != nil && place.Kind == "place" {
		placeName = c.reg.placeAfterOf(place)
	} else if place == nil && sovereignState(k) {
		placeName = placeCase(k)
	} else {
		return nil
	}
	if s := c.regSpeaker(body + " of " + placeName); s != nil {
		return c.fromRegistry(s)
	}
	return c.org(body+" of "+placeName, "")
}
