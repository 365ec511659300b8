package ingest

import (
	"strings"
	"unicode"
)

// writer returns the person whose own text the article is, so whose "I"
// outside any quote is theirs: an opinion column's or an academic's
// piece's author, a judgment's or sentencing remarks' judge, who speak in
// the first person throughout and may quote their own words ("As I said
// in the reasons, …", "I told the inquiry that “…”"). Copy names them in
// one of three ways, read here in the body's paragraphs:
//   - a line near the top labelled "Author:" (one too long for the
//     reader's byline pattern stays in the body);
//   - a tagline closing the piece, "<Name> is a <description>", about
//     someone the piece never named before it;
//   - a judge's sign-off closing it, the name and titles alone in
//     capitals ("<SURNAME> J", "His Honour Judge <Surname>"), dates and
//     place after. A letters page signs each letter so, its last
//     signatory no writer of the letters above, so a sign-off without a
//     judge's title is left.
//
// Nil when no paragraph says who wrote it. Looked for once.
func (x *extractor) writer() *entity {
	if x.writerDone {
		return x.writerEnt
	}
	x.writerDone = true
	if name, _, _ := strings.Cut(x.d.author, ","); strings.Contains(name, " ") {
		// "Author: <Name>, <Title>, <Institution>": the byline's person,
		// when the body names them too (a disclosure, a tagline); a
		// byline the body never names may be the outlet's staff's.
		if e := x.cast.lookup(strings.TrimSpace(name)); e != nil && e.kind == "person" {
			x.writerEnt = e
			return e
		}
	}
	paras := x.d.paras
	for k := x.d.lead; k < len(paras) && k < x.d.lead+6; k++ {
		p := paras[k]
		if len(p.text) < 8 || !strings.EqualFold(p.text[:7], "author:") {
			continue
		}
		if e := x.personOpening(k, 3); e != nil {
			x.writerEnt = e
			return e
		}
	}
	for k := len(paras) - 1; k >= x.d.lead && k >= len(paras)-2; k-- {
		p := paras[k]
		if len(p.toks) > 40 || p.quotes() {
			continue
		}
		e := x.personOpening(k, 4)
		if e == nil {
			continue
		}
		if signOffLine(p) && len(p.sents) == 1 && judicialRole(e.role) {
			if allCaps(e.name) {
				// The sign-off sets the name in capitals ("<SURNAME> J");
				// the draft names the judge as prose would. Folded, the
				// name is the same, so the cast finds them as before.
				e.name = unshouted(e.name)
			}
			x.writerEnt = e
			return e
		}
		if x.taglineOf(k, e) {
			x.writerEnt = e
			return e
		}
	}
	return nil
}

// personOpening returns the person paragraph k's first sentence names
// first, when the name starts within its first maxTok tokens.
func (x *extractor) personOpening(k, maxTok int) *entity {
	p := x.d.paras[k]
	si := p.first
	if si >= len(x.mentions) {
		return nil
	}
	for _, m := range x.mentions[si] {
		if m.tok > maxTok {
			return nil
		}
		if m.e.kind == "person" {
			return m.e
		}
	}
	return nil
}

// signOffLine reports whether every word of a paragraph starts with a
// capital or a digit: a name, its titles, a date and a place, as a
// judge's or a signatory's closing line gives them, with no sentence.
func signOffLine(p *para) bool {
	words := 0
	for i := range p.toks {
		t := &p.toks[i]
		if t.kind != tWord {
			continue
		}
		words++
		c := p.text[t.s]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 0x80 && !unicode.IsUpper(firstRune(p.text[t.s:t.e])) {
			return false
		}
	}
	return words >= 2 && words <= 10
}

// taglineOf reports whether paragraph k, near the end, opens on "<Name>
// is …" for e, whom no paragraph before it names: the description of the
// piece's author that columns and academics' pieces close with.
func (x *extractor) taglineOf(k int, e *entity) bool {
	p := x.d.paras[k]
	s := p.sents[0]
	is := -1
	for i := s.a; i < s.b && i < s.a+6; i++ {
		if p.isWordAt(i) && p.lw(i) == "is" {
			is = i
			break
		}
	}
	if is < 0 || is+1 >= s.b || !p.isWordAt(is+1) {
		return false
	}
	for j := x.d.lead; j < k; j++ {
		o := x.d.paras[j]
		for si := o.first; si < o.first+len(o.sents) && si < len(x.mentions); si++ {
			for _, m := range x.mentions[si] {
				if m.e == e {
					return false
				}
			}
		}
	}
	return true
}

// judicialRole reports whether a role is a judge's ("Justice", "Honour
// Judge", "Magistrate").
func judicialRole(role string) bool {
	l := strings.ToLower(role)
	return strings.Contains(l, "judge") || strings.Contains(l, "justice") || strings.Contains(l, "magistrate")
}

// quoteIn reports whether tokens a to b hold a quotation mark.
func (p *para) quoteIn(a, b int) bool {
	for i := a; i < b && i < len(p.toks); i++ {
		if p.toks[i].kind == tQuote {
			return true
		}
	}
	return false
}

// unshouted returns a name set in capitals with each word's first letter
// alone in capitals, as after a hyphen or an apostrophe
// ("<SURNAME>-<SURNAME>" -> "<Surname>-<Surname>").
func unshouted(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	start := true
	for _, r := range name {
		if start {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r)
	}
	return b.String()
}
