package ingest

// portBody reads "(the) Port of <Place>" as the body that runs the port,
// as copy names port authorities and companies ("The Port of <City> said
// in a statement …"): the phrase reader takes "Port" for a word of places
// and the name for no one's, so the port's own statements had no
// speaker. A known place so named ("Port of Spain") stays a place. Nil
// when [a, b) is no such phrase.
func (p *para) portBody(a, b int) *ref {
	det := ""
	if p.lowerAt(a) == "the" {
		det, a = "the", a+1
	}
	if b-a < 3 || b-a > 5 || p.lw(a) != "port" || !p.toks[a].isCap(p.text) || p.lowerAt(a+1) != "of" {
		return nil
	}
	for k := a + 2; k < b; k++ {
		if !p.isNameWord(k) {
			return nil
		}
	}
	name := p.textOf(a, b)
	if isKnownPlace(name) {
		return nil
	}
	r := p.sc.newRef()
	r.kind, r.name, r.head, r.det, r.text, r.surface = refOrg, name, "port", det, name, p.textOf(max(a-1, 0), b)
	if det == "" {
		r.surface = name
	}
	return r
}
