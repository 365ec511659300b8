package ingest

// titleBeforeCourtesy returns where the title opens that runs straight
// into a Commonwealth courtesy before a name ("<Title> the Hon. [Dr.]
// <Given> <Surname> announced"), start being the courtesy's "the", or -1:
// the title, capitalised and holding a title word, is the named person's,
// as it is with no courtesy between ("<Title> <Given> <Surname>"). lo is
// the sentence's first token.
func (p *para) titleBeforeCourtesy(lo, start int) int {
	if start-1 < lo || start+1 >= len(p.toks) || p.lowerAt(start) != "the" || !honourableWords[p.lowerAt(start+1)] || !p.toks[start-1].isCap(p.text) {
		return -1
	}
	t := start
	for t-1 >= lo && p.titleWords(t-1, t) && p.lw(t-1) != "the" {
		t--
	}
	for t < start && (p.lw(t) == "of" || p.lw(t) == "for" || p.lw(t) == "and" || p.lw(t) == "to") {
		t++
	}
	if t >= start || !p.hasRoleIn(t, start) {
		return -1
	}
	return t
}
