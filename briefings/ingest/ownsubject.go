package ingest

import "strings"

// selfNamingVerbs are the words a body's statement puts after its own
// name when it speaks of itself in the third person: "<Club> is delighted
// to announce", "<Bank> will continue", "<Body> can confirm".
var selfNamingVerbs = map[string]bool{
	"is": true, "has": true, "will": true, "can": true, "shall": true, "would": true,
	"remains": true, "wishes": true, "welcomes": true, "regrets": true, "calls": true,
	"apologises": true, "apologizes": true, "accepts": true, "condemns": true, "notes": true,
	"reaffirms": true, "affirms": true, "urges": true, "announces": true, "confirms": true,
	"thanks": true, "strongly": true, "hereby": true, "continues": true, "respects": true,
	"rejects": true, "deplores": true, "expresses": true, "takes": true, "stands": true,
}

// bodyOpensQuote is the body the cast knows whose name opens quote q as
// the subject of a verb in the present ("“<Body> is delighted to announce
// …”", "“The <Body> calls on …”"): a statement speaking of its issuer in
// the third person, as clubs, banks and governments write. Nil when the
// quote opens otherwise. Only the quote's first few words are read.
func (x *extractor) bodyOpensQuote(q *quoteSpan) *entity {
	if q.startPara >= len(x.d.paras) {
		return nil
	}
	p := x.d.paras[q.startPara]
	a := q.startTok + 1
	if a < len(p.toks) && p.toks[a].kind == tWord && p.lw(a) == "the" {
		a++
	}
	if a >= len(p.toks) || p.toks[a].kind != tWord || p.toks[a].class&cCap == 0 {
		return nil
	}
	// The run of capitalised words (and the small words inside a body's
	// name) that opens the quote, up to six.
	end := a
	for end < len(p.toks) && end-a < 6 && p.toks[end].kind == tWord && p.toks[end].q == p.toks[a].q {
		if w := p.lw(end); p.toks[end].class&cCap == 0 && w != "of" && w != "for" && w != "and" {
			break
		}
		end++
	}
	if end >= len(p.toks) || p.toks[end].kind != tWord || !selfNamingVerbs[p.lw(end)] {
		return nil
	}
	if p.toks[end-1].class&cCap == 0 {
		return nil
	}
	name := p.text[p.toks[a].s:p.toks[end-1].e]
	if e := x.cast.lookup(name); e != nil {
		if e.kind != "organisation" {
			return nil
		}
		return e
	}
	if short := clubUnabbreviated(name); short != "" {
		// "<Name> SC" for the club the article calls "<Name>".
		if e := x.cast.lookup(short); e != nil && e.kind == "organisation" {
			return e
		}
	}
	if end-a >= 2 && (clubAbbreviated(name) || bodyNamed(name)) {
		// A name the article has not met as a speaker, whose form says it
		// is a body ("<Name> FC", "<Words> Association").
		return x.cast.org(name, "")
	}
	return nil
}

// quoteNamesItsIssuer is the body a quote names as the subject of its
// first verb (bodyOpensQuote) when that body, not the speaker found so
// far, says the words: nil to keep f's speaker. It takes the body where
//
//   - no one is found and nothing names a person as the speaker: the words
//     stand alone, or a document, a body or "it" gives them ("“<Club>
//     apologises to …”", "the club said" with no club to go back to);
//   - a noun for a kind of body ("the club", "the company") went back to
//     another body that the quote itself names, which the words are about
//     ("“<Club> is delighted to announce the signing of <Player> from
//     <Other Club> …,” the club said"), and the quote's body is of the
//     noun's kind.
//
// A person's words about a body ("one analyst said: “<Airline> is …”")
// stay theirs, as does an organ speaking of its own body.
func (x *extractor) quoteNamesItsIssuer(q *quoteSpan, f *found) *entity {
	var subj *ref
	if f.ev != nil {
		subj = f.ev.subj
	}
	if f.ent == nil {
		if subj != nil && subj.kind != refDoc && subj.kind != refOrgDesc && subj.kind != refOrg &&
			!(subj.kind == refPronoun && subj.gender == orgOnly) {
			return nil
		}
	} else if subj == nil || subj.kind != refOrgDesc || subj.head == "" || !strings.Contains(q.text, f.ent.name) {
		return nil
	}
	b := x.bodyOpensQuote(q)
	if b == nil || b == f.ent {
		return nil
	}
	if f.ent != nil && !bodyOfKind(b, subj.head) {
		return nil
	}
	return b
}

// bodyOfKind reports whether body e is of the kind head names: one of its
// heads, the last word of its name, a sports club's name for "club", a
// firm for "company".
func bodyOfKind(e *entity, head string) bool {
	if e.heads[head] {
		return true
	}
	if i := strings.LastIndexByte(e.name, ' '); i >= 0 && strings.EqualFold(e.name[i+1:], head) {
		return true
	}
	switch head {
	case "club", "team", "side":
		return clubAbbreviated(e.name)
	case "company", "firm":
		return e.business
	}
	return false
}

// clubUnabbreviated is a club's name without the abbreviation that opens
// or ends it ("<Name>" for "<Name> FC" or "FC <Name>"), or "".
func clubUnabbreviated(name string) string {
	if i := strings.LastIndexByte(name, ' '); i > 0 && (clubAbbreviations[name[i+1:]] || clubNameEnds[name[i+1:]]) {
		return name[:i]
	}
	if i := strings.IndexByte(name, ' '); i > 0 && (clubAbbreviations[name[:i]] || clubOpenings[name[:i]]) {
		return name[i+1:]
	}
	return ""
}
