package ingest

import "strings"

// jointFirmNouns are the plural nouns copy uses for two companies
// speaking as one: "the two companies said", "the firms said in a joint
// statement".
var jointFirmNouns = set(`companies firms`)

// jointFirms returns who "the two companies" or "the companies said in a
// joint statement" speaks for: the first-named of the pair of bodies the
// sentence or the four before name ("<A> and <B> have formed a joint
// venture …"), as a joint statement with no issuing body of its own
// speaks for its first-named party — not for the venture the pair sets
// up, which is what the statement announces. "the companies" with no
// "two", "both" or joint document in its sentence may be any firms the
// copy speaks of, and is left to the other rules. Nil when no such pair
// stands there.
func (x *extractor) jointFirms(r *ref, si, at int) *entity {
	if r.object || r.org != "" || r.orgHead != "" || r.kind == refPronoun || r.kind == refName {
		return nil
	}
	text := r.text
	// No allocation: most phrases fail on their last word.
	if !jointFirmNouns[text[strings.LastIndexByte(text, ' ')+1:]] {
		return nil
	}
	first, rest, _ := strings.Cut(text, " ")
	the := r.det == "the"
	if strings.EqualFold(first, "the") {
		first, rest, _ = strings.Cut(rest, " ")
		the = true
	}
	switch {
	case strings.Contains(rest, " "):
		return nil
	case r.det == "both" || strings.EqualFold(first, "both"):
	case strings.EqualFold(first, "two"):
		if !the {
			return nil
		}
	case r.det == "two":
		if !x.theBeforeTwo(si, at, first) {
			return nil
		}
	case the && rest == "" && x.jointDocIn(si) >= 0:
		// "the companies said in a joint statement"
	default:
		return nil
	}
	for s := si; s >= 0 && si-s <= 4; s-- {
		end := 1 << 30
		if s == si {
			end = at
		}
		if e := x.firmPairFirst(s, end); e != nil {
			return e
		}
	}
	return nil
}

// firmPairFirst returns the first of two parties sentence s names before
// token end, "<A> and <B>": the name just before an "and" that a second
// name follows within three words, read back over a bracket ("<A>
// (<exchange>: <ticker>) and <B>") and a lone legal form ("<A> Co., Ltd.
// and <B>"). Either may be a body or capitals read as a person's name with
// no title, gender or registry entry, as a firm's name with no head word
// reads; the noun that calls them companies says they are bodies, and the
// first is made one. Nil when no such pair stands.
func (x *extractor) firmPairFirst(s, end int) *entity {
	if s >= len(x.mentions) {
		return nil
	}
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	ms := x.mentions[s]
	for j, m := range ms {
		if m.tok >= end {
			break
		}
		if j == 0 || !x.firmLike(m.e) {
			continue
		}
		and := -1
		for k := m.tok - 1; k > sr.a && k >= m.tok-3; k-- {
			if p.isWordAt(k) && p.lw(k) == "and" {
				and = k
				break
			}
		}
		if and < 0 {
			continue
		}
		// Back from "and" over a bracket and lone legal forms to the
		// first party's mention.
		depth := 0
		var first *entity
		for i := j - 1; i >= 0 && first == nil; i-- {
			a := ms[i]
			for k := and - 1; k >= a.tok; k-- {
				switch p.word(k) {
				case ")":
					depth++
				case "(":
					depth--
				}
			}
			and = a.tok
			if depth > 0 || legalSuffixes[strings.ToLower(strings.TrimSuffix(a.e.name, "."))] {
				continue
			}
			if a.e == m.e || !x.firmLike(a.e) || a.tok > sr.a && p.word(a.tok-1) == "," {
				// A comma before the first: a list's middle ("<A>, <B>
				// and <C>"), not a pair.
				break
			}
			first = a.e
		}
		if first == nil {
			continue
		}
		if first.kind == "person" {
			first.kind, first.business, first.formed = "organisation", true, nil
			x.cast.addHead(first, "company")
		}
		return first
	}
	return nil
}

// firmLike reports whether a mention may be a company's: a body, or
// capitals read as a person's name with no title, gender or registry
// entry.
func (x *extractor) firmLike(e *entity) bool {
	if e.kind == "organisation" {
		return true
	}
	if e.kind != "person" || e.reg != nil || e.gender != unknownGender || isKnownPlace(e.name) {
		return false
	}
	// "<Country>'s <Name>": the firm's home, which copy puts where a
	// person's title would stand.
	home := stripPossessive(e.role)
	return e.role == "" || home != e.role && isKnownPlace(home)
}
