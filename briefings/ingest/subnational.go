package ingest

import (
	"strings"
)

// divisionFederation maps the first-level divisions of the federations
// whose states, provinces and territories run departments and ministries
// of their own (folded name, and the short forms copy and page titles
// use) to their federation, folded: a closed, well-known list, like the
// country lists. A province's or a state's body is named as the article
// names it, without the federation: it is no state body of the country.
var divisionFederation = func() map[string]string {
	m := map[string]string{}
	add := func(country, names string) {
		for n := range strings.SplitSeq(names, ",") {
			if n = strings.TrimSpace(n); n != "" {
				m[n] = country
			}
		}
	}
	add("canada", `british columbia, b.c., bc, alberta, alta., saskatchewan, sask., manitoba, ontario, ont.,
		quebec, que., new brunswick, n.b., nova scotia, n.s., prince edward island, p.e.i., pei,
		newfoundland and labrador, newfoundland, n.l., nl, yukon, northwest territories, n.w.t., nunavut`)
	add("australia", `new south wales, nsw, victoria, vic, queensland, qld, western australia, south australia,
		tasmania, tas, northern territory, australian capital territory, act`)
	add("malaysia", `johor, kedah, kelantan, malacca, melaka, negeri sembilan, pahang, penang, pulau pinang,
		perak, perlis, sabah, sarawak, selangor, terengganu`)
	add("united states", `alabama, alaska, arizona, arkansas, california, calif., colorado, colo., connecticut, conn.,
		delaware, florida, fla., georgia, hawaii, idaho, illinois, ill., indiana, iowa, kansas, kan.,
		kentucky, ky., louisiana, maine, maryland, md., massachusetts, mass., michigan, mich., minnesota,
		minn., mississippi, miss., missouri, montana, mont., nebraska, neb., nevada, nev., new hampshire,
		n.h., new jersey, n.j., new mexico, n.m., new york, n.y., north carolina, n.c., north dakota,
		n.d., ohio, oklahoma, okla., oregon, ore., pennsylvania, pa., rhode island, r.i., south carolina,
		s.c., south dakota, s.d., tennessee, tenn., texas, utah, vermont, vt., virginia, va.,
		washington, wash., west virginia, w.va., wisconsin, wis., wyoming, wyo.`)
	return m
}()

// divisionLevelWords are the words by which copy says a body belongs to
// its province's or state's government rather than the federation's:
// "the province's Ministry of …", "the provincial Department of …", "the
// state Department of …", "the Premier": a closed class.
var divisionLevelWords = set(`province province's provincial provinces state state's premier premier's`)

// nationalOnlyFields are the remits only a federation's government holds
// (a state or province keeps no foreign or defence ministry): a body
// named for one is the country's even in a state's story.
var nationalOnlyFields = set(`foreign external defence defense immigration citizenship veterans`)

// divisionRun returns the federation (folded) of the division named by
// the words of p from token i on, one to four words, and how many
// tokens it spans; "" when none. A short form of two or three letters
// counts only in capitals ("VIC", "NSW", "BC"), so a common word is not
// read as one.
func divisionRun(p *para, i, end int) (string, int) {
	if !p.isWordAt(i) || !p.toks[i].isCap(p.text) {
		return "", 0
	}
	for n := min(4, end-i); n >= 1; n-- {
		if !p.isWordAt(i + n - 1) {
			continue
		}
		raw := p.text[p.toks[i].s:p.toks[i+n-1].e]
		raw = stripPossessive(raw)
		c := divisionFederation[foldText(raw)]
		if c == "" {
			c = divisionFederation[strings.ToLower(raw)]
		}
		if c == "" {
			continue
		}
		if n == 1 && len(raw) <= 3 && strings.ToUpper(raw) != raw {
			continue
		}
		return c, n
	}
	return "", 0
}

// divisionInWords reports whether words (a title's or a dateline's) name
// a division of federation home (folded); short forms only in capitals.
func divisionInWords(s, home string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '|' || r == '(' || r == ')' || r == '–' || r == '-' || r == ':' || r == '/'
	})
	for i := range words {
		for n := min(4, len(words)-i); n >= 1; n-- {
			raw := stripPossessive(strings.Join(words[i:i+n], " "))
			if raw == "" || !isCapWord(raw) || divisionFederation[strings.ToLower(raw)] != home {
				continue
			}
			if n == 1 && len(raw) <= 3 && strings.ToUpper(raw) != raw {
				continue
			}
			return true
		}
	}
	return false
}

// divisionStory reports whether the story is placed in a first-level
// division of its home federation (home, folded): its dateline, its
// title (the page's own too, which may close on "<Town>, <ST>") or its
// first sentences name one of that federation's divisions. A division of
// another federation of the same name as a town ("Victoria") does not
// count. Read once a draft.
func (x *extractor) divisionStory(home string) bool {
	if home == "" || !fedHomes[home] {
		return false
	}
	if x.divRead && x.divHome == home {
		return x.divIn
	}
	x.divRead, x.divHome, x.divIn = true, home, x.readDivisionStory(home)
	return x.divIn
}

// fedHomes are the federations divisionFederation lists.
var fedHomes = map[string]bool{"canada": true, "australia": true, "malaysia": true, "united states": true}

// readDivisionStory is divisionStory's reading.
func (x *extractor) readDivisionStory(home string) bool {
	for _, s := range [...]string{x.d.home, x.d.region, x.d.head, x.d.pageTitle} {
		if divisionInWords(s, home) {
			return true
		}
	}
	for s := 0; s < len(x.d.sents) && s < 4; s++ {
		ds := x.d.sents[s]
		p := x.d.paras[ds.p]
		for i := ds.a; i < ds.b; i++ {
			if c, _ := divisionRun(p, i, ds.b); c == home {
				return true
			}
		}
	}
	return false
}

// divisionBody reports whether body e, which the draft would name with
// its home federation (home, folded), is a province's or a state's: the
// story is placed in one of the federation's divisions (divisionStory),
// and the words just before the body's first mention say its level ("the
// province's", "the provincial", "the state") or name a division ("the
// <Province>'s"), or, when they say nothing, the article speaks of the
// division's government by its level elsewhere (divisionLevelWords). A
// body named for a remit only a federation holds stays the country's.
func (x *extractor) divisionBody(e *entity, name, home string) bool {
	if !x.divisionStory(home) {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(name)) {
		if nationalOnlyFields[w] {
			return false
		}
	}
	for si, ms := range x.mentions {
		for _, m := range ms {
			if m.e != e {
				continue
			}
			ds := x.d.sents[si]
			p := x.d.paras[ds.p]
			for i, n := m.tok-1, 0; i >= ds.a && n < 3; i-- {
				if !p.isWordAt(i) {
					break
				}
				n++
				w := p.lw(i) // as tokenize lowered it: no new string per word
				if divisionLevelWords[w] {
					return true
				}
				if w == "federal" || w == "national" || w == "commonwealth" {
					return false
				}
				if c, _ := divisionRun(p, i, m.tok); c == home {
					return true
				}
			}
			return x.divisionLevelInText()
		}
	}
	return false
}

// divisionLevelInText reports whether some sentence of the story, quotes
// aside, speaks of a division's government by its level: "provincial",
// "the province's", "the Premier", "the state budget", "state
// government".
// Read once a draft: every body divisionBody asks about shares the answer.
func (x *extractor) divisionLevelInText() bool {
	if x.divLevel == 0 {
		x.divLevel = 2
		if x.readDivisionLevel() {
			x.divLevel = 1
		}
	}
	return x.divLevel == 1
}

// readDivisionLevel is divisionLevelInText's reading.
func (x *extractor) readDivisionLevel() bool {
	for _, ds := range x.d.sents {
		p := x.d.paras[ds.p]
		for i := ds.a; i < ds.b; i++ {
			if !p.isWordAt(i) {
				continue
			}
			w := p.lw(i) // as tokenize lowered it: no new string per word
			switch w {
			case "provincial", "province's", "premier", "premier's":
				return true
			case "state", "state's":
				if j := i + 1; p.isWordAt(j) {
					switch p.lw(j) {
					case "government", "budget", "minister", "ministry", "department", "parliament", "legislature", "money", "funding":
						return true
					}
				}
			}
		}
	}
	return false
}
