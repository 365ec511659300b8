package ingest

// glossAfter reports whether paragraph pi, whose last speech is ev, ends
// with the speech's sentence and one short sentence after it that only
// glosses it: "“<words in another language>,” she says, pouring tea.
// <The words in English>." A translation or a short aside names no one,
// quotes nothing, reports no speech and brings in no one by a pronoun of
// people ("Her son nods." may be who speaks next), so a quote set out
// alone in the next paragraph still goes on in the voice of the one
// before.
func (x *extractor) glossAfter(pi int, ev *event) bool {
	p := x.d.paras[pi]
	n := len(p.sents)
	if n < 2 || ev.v < p.sents[n-2].a || ev.v >= p.sents[n-2].b {
		return false
	}
	s := p.sents[n-1]
	if s.b-s.a > 10 {
		return false
	}
	for i := s.a; i < s.b; i++ {
		if p.toks[i].kind == tQuote || p.toks[i].q != 0 || p.isSpeechVerbAt(i) || i > s.a && p.isNameWord(i) || p.isPronoun(i) && glossPeople[p.lw(i)] {
			return false
		}
	}
	return true
}

// glossPeople are the pronouns that may bring someone new into a short
// sentence after a quote; a translation's "it", "we" or "I" do not.
var glossPeople = set(`he she his her him they their them`)
