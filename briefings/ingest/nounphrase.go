package ingest

import (
	"strings"
	"unicode"
)

// These functions find the bounds of the noun phrase around a speech verb;
// interpret (phrase.go) then reads what the phrase means.

func (p *para) isDet(i int) bool {
	return p.wordOf(i, cDet)
}

func (p *para) isPronoun(i int) bool {
	return p.wordOf(i, cPronoun)
}

func (p *para) isComma(i int) bool {
	return i >= 0 && i < len(p.toks) && p.lw(i) == "," && p.toks[i].hint != hintThousands
}

// npLeft returns where the noun phrase ending at token k starts, or -1. It
// takes a name with its title ("Russian Foreign Minister Sergey Lavrov"), a
// described role or body with its article ("the board's chair", "a
// spokesman for the Interior Ministry"), a pronoun, or a bare noun at the
// start of a clause ("police", "analysts").
func (p *para) npLeft(k, lo int) int {
	if k < lo || !p.isWordAt(k) {
		return -1
	}
	if p.isPronoun(k) {
		return k
	}
	j := k
	body := p.inList(k, cKindHead) && p.isNameWord(k-1) // "the Law and Justice party said"
	if p.isNameWord(k) || p.isTitleWord(k) || body {
		for j-1 >= lo {
			switch {
			case p.isNameWord(j-1) || p.isTitleWord(j-1):
				j--
			case body && p.lowerAt(j-1) == "and" && j-2 >= lo && p.isNameWord(j-2) && p.isNameWord(j):
				j--
			case p.isWordAt(j-1) && p.toks[j-1].class&cParticle != 0 && particles[p.lw(j-1)] && j-2 >= lo && p.isNameWord(j-2):
				j--
			case p.isWordAt(j-1) && particles[p.lw(j-1)] && j-3 >= lo && p.isWordAt(j-2) && particles[p.lw(j-2)] && p.isNameWord(j-3):
				j -= 2 // two particles: "van der", "de los", "por la"
			case j-2 >= lo && p.isNameWord(j-2) && p.placeJoins(j-2, k+1):
				j -= 2 // "Dar es Salaam"
			case p.isWordAt(j-1) && !p.toks[j-1].isCap(p.text) && innerPlaceWords[p.lw(j-1)] && p.placeStart(j, lo) >= 0:
				j = p.placeStart(j, lo) // "<Body> of Saint Vincent and the Grenadines"
			case p.isWordAt(j-1) && p.lw(j-1) == "the" && j-2 >= lo && (p.lowerAt(j-2) == "of" || p.lowerAt(j-2) == "for" && p.isOrgHeadAt(j-3)) && j-3 >= lo && (p.isNameWord(j-3) || p.isTitleWord(j-3)):
				j -= 2 // "Bank of the South", "Office for the Coordination of …"
			case p.isWordAt(j-1) && p.lw(j-1) == "the" && j-3 >= lo && p.lowerAt(j-2) == "and" && (isPortfolio(p.lowerAt(j)) || p.ruleOfLawAt(j)) && p.isNameWord(j-3):
				j -= 2 // a title's last field: "Minister for Culture and the Environment X"
			case p.isWordAt(j-1) && (p.lw(j-1) == "of" || p.lw(j-1) == "for") && j-2 >= lo && (p.isNameWord(j-2) || p.isTitleWord(j-2)):
				j--
			case j-4 >= lo && p.lowerAt(j-1) == "of" && p.inChargeOf(j-3) && !p.remitIsBody(j, k+1):
				j -= 3 // "Minister in charge of <Field>": the title's remit
			case j-5 >= lo && p.lowerAt(j-1) == "the" && p.lowerAt(j-2) == "of" && p.inChargeOf(j-4) && !p.remitIsBody(j, k+1):
				j -= 4
			case j-4 >= lo && p.placeUnitAt(j-1) && p.isNameWord(j) && p.lowerAt(j-3) == "of" && (p.isNameWord(j-4) || p.isTitleWord(j-4)):
				j-- // "Governor of <Place> province X Y": the division's word in lower case
			case p.isWordAt(j-1) && p.lw(j-1) == "on" && j-2 >= lo && p.isOrgHeadAt(j-2) && p.toks[j-2].isCap(p.text):
				j-- // "the Portfolio Committee on Transport", "the Commission on X"
			case p.isWordAt(j-1) && !p.toks[j-1].isCap(p.text) && p.toks[j-1].class&(cFunction|cSpeech|cSkip) == 0 &&
				(p.lowerAt(j-2) == "the" && p.lowerAt(j-3) == "of" || p.lowerAt(j-2) == "of") && p.isNameWord(j):
				j-- // "of the conservative People's Party"
			case j-2 == lo && p.isWordAt(j-1) && p.lw(j-1) == "the" && !p.toks[j-1].isCap(p.text) && p.campaignVerb(j-2):
				j -= 2 // "<Verb> the <Name>" opening the sentence: a campaign's name
			case p.isWordAt(j-1) && p.lw(j-1) == "to" && p.purposeAt(j-1) && j-2 >= lo:
				j-- // "<Place> Coalition to End <Noun>"
			case p.isWordAt(j-1) && p.lw(j-1) == "to" && p.isRoleAt(j-2):
				j-- // "Chinese Ambassador to Kenya Zhou Lingyun"
			case p.isWordAt(j-1) && p.lw(j-1) == "the" && p.lowerAt(j-2) == "to" && p.isRoleAt(j-3) && j-3 >= lo:
				j -= 2 // "Russia's ambassador to the United Nations"
			case p.lowerAt(j-1) == "&" && p.toks[j-1].q == 0 && p.isNameWord(j-2):
				j-- // "Hygiene & Tropical Medicine"
			case p.slashJoinsName(j):
				j -= 2 // "<ACR>/<Region>": a body's regional office as it writes itself
			case !body && p.lowerAt(j-1) == "and" && p.isWordAt(j-1) && p.isNameWord(j-2) && p.isNameWord(j) && p.andInName(j-1, lo, k+1):
				j-- // "the Ministry of Municipal Affairs and Housing"
			case !body && p.lowerAt(j-1) == "and" && p.isWordAt(j-1) && p.isNameWord(j-2) && p.isNameWord(j) && p.titleFieldsAnd(j-1, lo):
				j-- // "the coroner for A and B X Y": places a title covers, joined
			case !body && p.isComma(j-1) && p.isNameWord(j-2) && p.isNameWord(j) && p.titleFieldsAnd(j-1, lo) && p.fieldsEndAhead(j, k+1):
				j-- // "Commissioner for A, B and C X Y": the post's fields, listed
			case !body && p.lowerAt(j-1) == "to" && p.isWordAt(j-1) && p.isNameWord(j) && p.titleFieldsAnd(j-1, lo):
				j-- // "Ambassador of A to B X Y": the post's seat after its country
			case !body && p.lowerAt(j-1) == "the" && p.lowerAt(j-2) == "to" && p.isWordAt(j-2) && p.isNameWord(j) && p.titleFieldsAnd(j-2, lo):
				j -= 2 // "Ambassador of A to the State of B X Y"
			case !body && j-2 >= lo && p.seatedAt(j, lo, k+1) >= 0:
				j = p.seatedAt(j, lo, k+1) // "the Chamber of Commerce to the EU"
			case !body && p.isComma(j-1) && p.isNameWord(j-2) && p.isNameWord(j) && !p.isRoleAt(j-2) && p.titleListAhead(j, k+1):
				j-- // "Trade, Industry and Tourism Minister X"
			case !body && p.isComma(j-1) && p.isNameWord(j-2) && p.isNameWord(j) && p.andInName(j-1, lo, k+1):
				j-- // "the Department for Environment, Food and Rural Affairs"
			case j-4 >= lo && p.lowerAt(j-1) == ")" && p.lowerAt(j-3) == "(" && isAcronym(p.word(j-2)) && p.isNameWord(j-4) && (!p.isNameWord(j) || p.isRoleAt(j) && p.isNameWord(j+1)):
				// "a senior Frontier Patrol Command (FPC) officer": a body's
				// acronym after its name; "<Body> (<ACR>) <Title> <Given>
				// <Surname>" after a quote, the whole of it the subject.
				j -= 4
			case p.inner && p.sc.innerWords[p.lowerAt(j-1)] && p.innerNameStart(j, lo, k+1) >= 0:
				j = p.innerNameStart(j, lo, k+1) // "<Word> o <Word>": a registry name as the registry writes it
			default:
				goto done
			}
		}
	done:
		if j == k && p.inList(k, cDemonym) && p.toks[k].isCap(p.text) {
			// "the <age> <Demonym>", "the three-time <Demonym>": a
			// nationality's noun after what qualifies it is an epithet
			// for someone named before, not a name; the phrase runs
			// back to its article, as interpret reads it.
			for m := k - 1; m >= lo && m >= k-3 && p.isWordAt(m); m-- {
				if p.lw(m) == "the" {
					if m < k-1 && p.epithetModifiers(m+1, k) {
						return m
					}
					break
				}
			}
		}
		j = p.descriptorStart(j, lo)
		if j-1 >= lo && p.isDet(j-1) {
			j--
		}
		return p.extendPP(j, lo)
	}
	// A body a name owns: "Saudi Arabia's foreign ministry", "Ukraine's air
	// force"; or a document: "Canada's annual foreign policy white paper".
	if doc := docNouns[p.lw(k)]; !p.toks[k].isCap(p.text) && (p.isOrgHeadAt(k) || doc) {
		reach := k - 3
		if doc {
			reach-- // "Canada's annual foreign policy white paper"
		}
		for i := k - 1; i >= lo && i >= reach && p.isWordAt(i); i-- {
			if p.isNameWord(i) && isPossessive(p.word(i)) {
				for i-1 >= lo && p.isNameWord(i-1) {
					i--
				}
				o := i - 1
				if p.lowerAt(o) == "the" {
					o--
				}
				if l := p.lowerAt(o); (l == "of" || l == "for") && o-1 >= lo && (p.isNameWord(o-1) || p.isTitleWord(o-1)) {
					return p.npLeft(o-1, lo) // "the General Staff of Westmark's armed forces"
				}
				if i-1 >= lo && p.isDet(i-1) {
					i--
				}
				return i
			}
			if p.toks[i].isCap(p.text) || p.isFunctionAt(i) || p.toks[i].class&cSpeech != 0 {
				break
			}
		}
	}
	if f := p.remitFor(k, lo); f > lo {
		// "the <Body>'s spokesperson for <field>": a role's remit in
		// lower case after "for" is part of the role's phrase.
		return p.npLeft(f-1, lo)
	}
	// A described role or body: up to four words after an article.
	for i := k; i >= lo && i > k-5; i-- {
		if !p.isWordAt(i) {
			break
		}
		if p.isDet(i) {
			return p.extendPP(i, lo)
		}
		if p.lw(i) == "of" && i-1 >= lo && p.isWordAt(i-1) && (p.isRoleAt(i-1) || quantityNouns[p.lw(i-1)]) {
			continue // "director of immunization", "a group of parents"
		}
		if p.isFunctionAt(i) && !p.toks[i].isCap(p.text) {
			break
		}
	}
	// A bare noun or two opening the clause: "police said", "Grain traders
	// said", or a clause after a conjunction ("…, as Westmark's navy said").
	i := k
	for i-1 >= lo && k-i < 2 && p.isWordAt(i-1) && !p.isFunctionAt(i-1) {
		i--
	}
	if i == lo || !p.isWordAt(i-1) || clauseOpeners[p.lw(i-1)] {
		return i
	}
	return -1
}

// titleListAhead reports whether the capitals from j run, over "and",
// into a title before a name that ends before hi: the fields of a
// minister listed before the title ("Industry and Tourism Minister X").
func (p *para) titleListAhead(j, hi int) bool {
	and := false
	for k := j; k < hi; k++ {
		switch {
		case p.isWordAt(k) && p.lw(k) == "and" && !and:
			and = true
		case p.isRoleAt(k) && p.isNameWord(k):
			return and && k+1 < hi && p.isNameWord(k+1)
		case !p.isNameWord(k):
			return false
		}
	}
	return false
}

// andInName reports whether "and" (or a comma) at token c is inside one
// body's name that ends before hi, as chunkEnd reads names forwards: the
// capitals before it, back to a body's head word and its "of" or "for",
// run on over it. A body's fields may be listed with commas before the
// "and" ("Department for Transport, Tourism and Sport"), so the capitals
// are followed back over commas between them: the whole name is read, not
// its last comma-part.
//
// A body's name may hold an "and" of its own before this one ("Commission
// for the Reception and Reintegration of Refugees and Returnees"): when the
// capitals back to the nearer "and" do not read on to hi, the walk goes on
// over it, at most twice, and tries again from further back.
func (p *para) andInName(c, lo, hi int) bool {
	i := c - 1
	for tries := 0; tries < 3; tries++ {
		for i-1 >= lo && (p.isNameWord(i-1) || p.isComma(i-1) && i-2 >= lo && p.isNameWord(i-2) && p.isNameWord(i) || p.isWordAt(i-1) && (p.lw(i-1) == "of" || p.lw(i-1) == "for" || p.lw(i-1) == "on" || p.lw(i-1) == "the")) {
			i-- // over a body's listed fields too: "Ministry of Land, Urban Planning and Construction"
		}
		from := i
		for from < c && !p.isNameWord(from) {
			from++
		}
		if from < c {
			end := p.chunkEnd(from, hi)
			if end+3 < hi && p.word(end) == "(" && p.word(end+2) == ")" && isAcronym(p.word(end+1)) {
				end = p.chunkEnd(end+3, hi) // "<Body> (<ACR>) <Title> <Name>": the name runs on past the body's acronym
			}
			if end >= hi {
				return true
			}
		}
		if !(i-2 >= lo && p.lowerAt(i-1) == "and" && p.isWordAt(i-1) && p.isNameWord(i-2) && p.isNameWord(i)) {
			return false
		}
		i -= 2
	}
	return false
}

// titleFieldsAnd reports whether the "and" (or "to") at c joins the
// capitals a title's complement names ("coroner for A and B",
// "commissioner of A and B", "Ambassador of A to B"): name words back from
// c reach "for" or "of" right after a title, maybe over a field's own
// "of" ("Deputy Minister for <Field> of A and B of <Country> X Y").
func (p *para) titleFieldsAnd(c, lo int) bool {
	i := c - 1
	for {
		n := i
		for i >= lo && p.isNameWord(i) && !p.isRoleAt(i) {
			i--
		}
		if i == n || i-1 < lo || !p.isWordAt(i) {
			return false
		}
		if l := p.lw(i); l != "for" && l != "of" {
			return false
		}
		if p.isRoleAt(i - 1) {
			return true
		}
		i--
	}
}

// seatedAt returns where a body's name starts whose seat ends at hi and
// starts at j, after "in" or "to" and maybe "the" ("the Chinese Chamber
// of Commerce to the EU"), when the name reads forward to hi as one;
// else -1.
func (p *para) seatedAt(j, lo, hi int) int {
	c := j - 1
	if p.lowerAt(c) == "the" {
		c--
	}
	if l := p.lowerAt(c); l != "in" && l != "to" || c-1 < lo || !p.isNameWord(c-1) {
		return -1
	}
	i := c - 1
	for i-1 >= lo && (p.isNameWord(i-1) || p.isWordAt(i-1) && (p.lw(i-1) == "of" || p.lw(i-1) == "for" || p.lw(i-1) == "the")) {
		i--
	}
	for i < c && !p.isNameWord(i) {
		i++
	}
	if i < c && (p.chunkHasSeat(i, c) || p.regionalForce(c)) && p.chunkEnd(i, hi) >= hi {
		return i
	}
	return -1
}

// quantityNouns count the people after "of": "a group of parents".
var quantityNouns = set(`group crowd handful number couple pair dozens hundreds thousands team`)

// clauseOpeners start a clause whose subject follows them directly.
var clauseOpeners = set(`as while and but when after because whereas though although`)

// descriptorStart widens a name starting at j over the lower-case words
// before it that say what kind of body it is ("state grain trader
// Rusagrotrans"), or returns j.
func (p *para) descriptorStart(j, lo int) int {
	if j-2 >= lo && p.bodyAlias(j-2, j) != "" {
		return j - 2 // "No 10 spokesperson"
	}
	if j-1 < lo || !p.isWordAt(j-1) || p.toks[j-1].isCap(p.text) || !(p.isOrgHeadAt(j-1) || p.inList(j-1, cOrgDesc)) {
		return j
	}
	title := j
	j--
	for n := 0; n < 2 && j-1 >= lo && p.isWordAt(j-1) && !p.toks[j-1].isCap(p.text) && p.toks[j-1].class&(cFunction|cDet|cSpeech|cPrep) == 0; n++ {
		j--
	}
	if j-1 >= lo && p.isNameWord(j-1) && !isPossessive(p.word(j-1)) && (isNationality(p.word(j-1)) || p.inList(j-1, cDemonym)) && p.isOrgHeadAt(j) && p.isRoleAt(title) && !p.toks[title].isCap(p.text) {
		j-- // "a Scottish government spokesperson": whose body it is
	}
	return j
}

// extendPP widens a phrase starting at j to the role or group it
// qualifies: "the Interior Ministry" after "a spokesman for", "Moscow"
// after "Officials in".
func (p *para) extendPP(j, lo int) int {
	if j-2 >= lo && p.isWordAt(j-1) && placedAdjective(p.lw(j-1)) {
		// "Analysts at <City>-based <Firm>": where the firm sits, set
		// between the preposition and its name, is no end of the phrase.
		if e := p.extendPP(j-1, lo); e < j-1 {
			return e
		}
	}
	switch p.lowerAt(j - 1) {
	case "for", "of", "at", "in", "from":
	case "on": // "the Special Envoy on the region"
		if !p.isRoleAt(j - 2) {
			return j
		}
	case "around", "near", "beyond": // "residents around <Place>": where the people live
		if !p.livesAbout(j - 1) {
			return j
		}
	default:
		return j
	}
	if j-2 >= lo && p.isWordAt(j-2) && (p.isRoleAt(j-2) || p.inList(j-2, cGroupNoun) || rankAndFile[p.lw(j-2)] && p.lowerAt(j-1) == "of" || seatedHeads[p.lw(j-2)] && (p.lowerAt(j-1) == "in" || p.lowerAt(j-1) == "to") && p.nameAhead(j, len(p.toks))) {
		if a := p.npLeft(j-2, lo); a >= 0 {
			return a
		}
	}
	return j
}

// npRight returns the noun phrase starting at token i (inverted
// attributions: "said Tomas Ferreira", "according to the board").
func (p *para) npRight(i, hi int) (int, int) {
	j := i
	if p.isPronoun(j) {
		return i, j + 1
	}
	if p.isDet(j) {
		j++
		if end := p.describedThenNamed(i, j, hi); end > j {
			return i, end
		}
	}
	if j < hi && (p.isNameWord(j) || p.isTitleWord(j)) {
		end := p.chunkEnd(j, hi)
		if j > i {
			end = p.trailingHead(end, hi) // "according to the Kyiv city administration"
		}
		if end+3 < hi && p.word(end) == "(" && p.word(end+2) == ")" && len(p.word(end+1)) <= 4 && allUpper(p.word(end+1)) && (p.isNameWord(end+3) || p.isTitleWord(end+3)) {
			// A party's letter in brackets inside its name: "said AB(C)
			// chief spokesperson X".
			end = p.chunkEnd(end+3, hi)
		}
		// "said Liberal energy expert X", "said Labour health spokesperson
		// Y": a body or a place, words in lower case, then a title and a
		// name; the name is who speaks.
		for k := end; k < hi && k < end+3 && p.isWordAt(k) && !p.toks[k].isCap(p.text) && p.toks[k].class&(cFunction|cSpeech|cSkip|cDet) == 0; k++ {
			if p.isRoleAt(k) && p.isNameWord(k+1) {
				return i, p.chunkEnd(k, hi)
			}
		}
		if j > i {
			return i, p.namedAfterNounEnd(i, end, hi)
		}
		return i, end
	}
	// "said supporters' trust chairman Gary Newell": words in lower case
	// before a title and a name describe the title.
	for k := j; k < hi && k < j+3 && p.isWordAt(k) && !p.toks[k].isCap(p.text) && p.toks[k].class&(cFunction|cSpeech|cSkip) == 0; k++ {
		if p.isRoleAt(k) && p.isNameWord(k+1) {
			return i, p.chunkEnd(k, hi)
		}
	}
	for j < hi && j-i < 5 && p.isWordAt(j) && p.toks[j].class&(cSkip|cSpeech) == 0 {
		if p.isFunctionAt(j) {
			// "the health and welfare minister": fields joined before a title.
			if p.lw(j) != "and" || j == i || !p.isRoleAt(j+2) && !p.isRoleAt(j+3) {
				break
			}
		}
		j++ // not into the verb: "the company has"
	}
	if j > i+1 && p.isDet(i) {
		return i, p.namedAfterNounEnd(i, j, hi)
	}
	return i, j
}

// namedAfterNounEnd returns where the phrase [i, end) ends when a name
// follows its noun after "named", "called" or "surnamed" ("said a
// <noun> named <Given> <Surname>", "a <noun> surnamed <Surname>"): the
// name ends it, and the phrase is the named person. The noun must
// describe a person (an occupation or a person noun) and the phrase open
// on an indefinite article. end otherwise.
func (p *para) namedAfterNounEnd(i, end, hi int) int {
	if end+1 >= hi || !p.isNameWord(end+1) || !p.isWordAt(end) {
		return end
	}
	if l := p.lw(end); l != "named" && l != "called" && l != "surnamed" {
		return end
	}
	if !p.inList(i, cIndefinite) {
		return end
	}
	if _, ok := p.genderAt(end-1, cPersonNoun, personNouns); !ok && !p.isRoleAt(end-1) {
		return end
	}
	return p.chunkEnd(end+1, hi)
}

// describedThenNamed returns where the name ends in "<his|her|their>
// <words> <Name>", with two to five words in lower case between the
// possessive at i and the name, from j: "said <his|her> former <relation>
// and fellow <title> <Name>", "said <his|her> <adjective> <relation> <Name>" (or the
// phrase's end before ", <Name>" set off after it). The words say
// who the person is to someone named before, as "her teammate <Name>"
// does, and the name after them speaks; a modifier that is also a title's
// ("former", "longtime") would otherwise be read as the phrase's head and
// end it there. The last word before the name must be no modifier or
// function word, and "and" the only function word between. 0 otherwise.
func (p *para) describedThenNamed(i, j, hi int) int {
	if !possessiveDets[p.lw(i)] || p.lw(i) == "its" {
		return 0
	}
	k := j
	for k < hi && k-j < 5 && p.isWordAt(k) && p.toks[k].class&(cCap|cSpeech|cSkip|cDet|cPronoun) == 0 {
		if p.toks[k].class&cFunction != 0 && (p.lw(k) != "and" || k == j) {
			return 0
		}
		k++
	}
	if k-j < 2 || p.toks[k-1].class&(cFunction|cRoleMod) != 0 {
		return 0
	}
	if p.isComma(k) && p.isNameWord(k+1) {
		return k // "said her longtime friend, <Name>": the name set off after it
	}
	if !p.isNameWord(k) {
		return 0
	}
	e := k
	for e < hi && p.isNameWord(e) {
		e++
	}
	return e
}

// appositiveLike reports whether tokens [a, b) read as an aside about the
// phrase before them: "the environment minister of Lomara", "who championed
// it", "71", "now <n>", "responsible for <field>", "speaking on
// condition of anonymity", "Sofia Mendes".
func (p *para) appositiveLike(a, b int) bool {
	if a >= b || b-a > 20 || !p.isWordAt(a) {
		return false
	}
	w := p.lw(a)
	switch {
	case inLexicon(w, cDefinite|cIndefinite) || w == "who" || w == "which" || w == "whose":
		return true
	case w == "where" && b-a > 3:
		return true // "X Hospital, where she worked for twenty years, said"
	case w == "known" && p.lowerAt(a+1) == "as" && b-a > 2:
		return true // "the U.N. agency in X, known as Y,"
	case b-a == 1 && asideAdverbs[w]:
		return true // "Russia, however, said"
	case p.turnAside(b-1, a) == b-a:
		return true // "Russia, for its part, said", "X, in turn, said"
	case w == "in" && b-a <= 9 && p.isWordAt(a+1) && (p.isDet(a+1) || isPossessive(p.word(a+1))) && p.asideDoc(a+2, b):
		return true // "X, in a note to clients today, said": where the words were issued
	case w == "in" && p.isWordAt(a+1) && (p.isDet(a+1) || isPossessive(p.word(a+1))) && p.asideVehicle(a+2):
		// "X, in a submission to the meeting, said", "X, in a message
		// read at the forum by its consul, considered": the vehicle
		// that carried the subject's words, however long what follows
		// it; the subject still speaks.
		return true
	case (w == "in" || w == "during") && b-a > 2 && possessiveDets[p.lowerAt(a+1)] && p.lowerAt(a+1) != "our":
		// "The Fund, in its latest consultation with <State>, recommended":
		// "its" points back to the subject; what it did is an aside
		// however long its capitals run.
		return true
	case b-a > 1 && isPossessive(p.word(a)) && p.toks[a].isCap(p.text):
		return true // "Russia's top war planner"
	case firstRune(w) >= '0' && firstRune(w) <= '9' && b-a == 1:
		return true
	case b-a == 2 && (w == "now" || w == "aged") && isNumber(p.lowerAt(a+1)):
		return true // "<Name>, now <n>, told": an age
	case b-a > 2 && w == "responsible" && p.lowerAt(a+1) == "for", b-a > 3 && w == "in" && p.lowerAt(a+1) == "charge" && p.lowerAt(a+2) == "of":
		return true // "<Title> <Name>, responsible for <field>, told": a remit, as a title's field
	case (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !p.toks[a].isCap(p.text):
		return true // "speaking on condition of anonymity", "asked about the timing"
	case w == "for" && b-a > 2 && p.lowerAt(a+1) == "the" && p.isNameWord(a+2) && p.isNameWord(b-1):
		return true // "X, for the Public Prosecutor's Office, submitted": whom X acts for
	case (w == "of" || w == "from") && b-a > 1 && p.isNameWord(a+1) || (w == "of" || w == "from") && b-a > 2 && p.lw(a+1) == "the" && p.isNameWord(a+2):
		return true // "of the Institute for Market Studies"
	case p.isTitleWord(a):
		return true
	case allNameWords(p, a, b):
		return true
	case b-a > 3 && p.lowerAt(b-1) == ")":
		// "<Title>, Mr. <Name> (<Country>), told": a name with the seat,
		// party or country it sits for in brackets, as a meeting's record
		// sets a delegate's; the bracket is read as the name's tag.
		if o := p.bracketTail(a, b); o > a {
			return p.appositiveLike(a, o)
		}
	}
	// "Dr. Amadou Traore of the University of Bamako": a name, then where
	// they work.
	n := a
	if _, ok := honorifics[w]; ok {
		n++
	}
	for k := n; k < b; k++ {
		if l := p.lw(k); (l == "of" || l == "at" || l == "from") && k > n && allNameWords(p, n, k) {
			return true
		}
	}
	// "Red Cross volunteer": names then a role.
	for i := a; i < b; i++ {
		if p.isRoleAt(i) {
			return true
		}
	}
	return false
}

// asideAdverbs are set off by commas between a subject and its verb.
var asideAdverbs = set(`however meanwhile too though therefore nevertheless moreover instead also
	separately likewise earlier later`)

// knownAsAfter finds ", known as X," after a phrase ending before j, maybe
// past where the body sits ("the U.N. agency in X, known as Y,"): the
// aside's bounds, and whether there is one.
func (p *para) knownAsAfter(j, hi int) (int, int, bool) {
	c := j
	if l := p.lowerAt(c); l == "in" || l == "to" || l == "at" {
		c++
		for c < hi && c < j+5 && (p.isNameWord(c) || p.isWordAt(c) && p.lw(c) == "the") {
			c++
		}
	}
	if !p.isComma(c) || p.lowerAt(c+1) != "known" || p.lowerAt(c+2) != "as" {
		return 0, 0, false
	}
	return p.appositiveAfter(c, hi)
}

// appositiveAfter returns the aside that follows a phrase ending before j:
// ", the cloud software company," or ", an analyst at Halden Commodities."
func (p *para) appositiveAfter(j, hi int) (int, int, bool) {
	if !p.isComma(j) {
		return 0, 0, false
	}
	k, depth := j+1, 0
	for k < hi && p.toks[k].q == 0 && p.toks[k].kind != tEnd && p.lw(k) != "," && p.lw(k) != ";" {
		switch p.word(k) {
		case "(":
			depth++
		case ")":
			if depth == 0 {
				// "<Name> (<Place>, <ACR>) will …": the phrase stands
				// inside brackets, an affiliation after a name; words
				// past the closing bracket are the sentence's, no aside
				// about it.
				return 0, 0, false
			}
			depth--
		}
		k++
	}
	if k < hi && p.toks[k].q != 0 {
		return 0, 0, false
	}
	if w := p.lowerAt(j + 1); (k >= hi || p.toks[k].kind == tEnd) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return 0, 0, false // ", conceded in a statement.": the main verb, not an aside
	}
	if p.isSpeechVerbAt(j+1) && !p.toks[j+1].isCap(p.text) && p.lowerAt(j+2) != "to" {
		// "<role>, <name>, said <clause>.": a speech verb right after the
		// comma is the verb of the phrase before it, whose description
		// came before the name; only "said to be …" opens an aside.
		return 0, 0, false
	}
	if p.clauseVerbIn(j+1, k) || p.namedSubjectActs(j+1, k) {
		return 0, 0, false // ", the farm's manager said.": a clause with its own speaker
	}
	if p.datedPredicate(j+1, k) {
		return 0, 0, false
	}
	if !p.appositiveLike(j+1, k) {
		return 0, 0, false
	}
	return j + 1, k, true
}

// datedPredicate reports whether the words [a, b) after a comma open on
// a day ("on <Weekday>", "today", "yesterday") and a verb in the past
// ("<Title>, <Name>, on <Weekday> received the <Title> …"): the sentence's
// own predicate, its time first, after a name set off by commas; no aside
// about the name.
func (p *para) datedPredicate(a, b int) bool {
	v := a + 1
	switch l := p.lowerAt(a); {
	case l == "on":
		if _, ok := dayNames[p.lowerAt(a+1)]; !ok {
			return false
		}
		v = a + 2
	case l == "today" || l == "yesterday":
	default:
		return false
	}
	w := p.lowerAt(v)
	return v < b && p.isWordAt(v) && !p.toks[v].isCap(p.text) && len(w) > 4 && strings.HasSuffix(w, "ed")
}

// clauseVerbIn reports whether the words [a, b) after a comma hold a
// speech verb used as a verb, outside a relative clause: then they are a
// clause with a subject of its own ("…, the owner said"), not an aside
// about the phrase before the comma ("…, the owner, said" or "…, an
// official who said …" are asides).
func (p *para) clauseVerbIn(a, b int) bool {
	for i := a; i < b; i++ {
		if !p.isWordAt(i) {
			continue
		}
		switch p.lw(i) {
		case "who", "whom", "whose", "which", "that":
			return false
		}
		if p.isSpeechVerbAt(i) && i > a && !p.toks[i].isCap(p.text) && !strings.HasSuffix(p.lw(i), "ing") &&
			!p.isDet(i-1) && !isPossessive(p.word(i-1)) && p.toks[i-1].class&cPrep == 0 && p.lw(i-1) != "to" {
			return true
		}
	}
	return false
}

// namedSubjectActs reports whether the words [a, b) after a comma hold a
// clause of their own: a name, then a verb in the past and a determiner
// ("<Title> <Given> <Surname> <verb>ed the <noun> to …"). Such words after
// a phrase that closes a sentence's opening phrase are its main clause,
// not an aside about that phrase's noun, so no name in them is its holder.
func (p *para) namedSubjectActs(a, b int) bool {
	for i := a; i+2 < b; i++ {
		if p.isNameWord(i) && p.isWordAt(i+1) && !p.toks[i+1].isCap(p.text) && strings.HasSuffix(p.lw(i+1), "ed") && p.isDet(i+2) {
			return true
		}
	}
	return false
}

// asideHead returns where the noun phrase heading an aside [a, b) ends:
// before a participle or a relative clause that qualifies it ("a former
// official backed by the ruling party", "an engineer who …"), else b.
func (p *para) asideHead(a, b int) int {
	for i := a + 2; i < b-1; i++ {
		if !p.isWordAt(i) || p.toks[i].isCap(p.text) {
			continue
		}
		switch w := p.lw(i); {
		case w == "who" || w == "which" || w == "that" || w == "whose":
			return i
		case (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && p.toks[i+1].class&cPrep != 0 && p.isWordAt(i-1) && !p.isFunctionAt(i-1):
			return i // "… official backed by", "… analyst based in"
		}
	}
	return b
}

// vehicleNouns name the way a speaker's words reached their audience
// other than a document: a submission to a meeting, a message read out, a
// speech, an interview, a post. After "in a" they open an aside that says
// where the words were delivered, never who delivered them.
var vehicleNouns = set(`submission submissions message messages note notes speech address interview
	post posting tweet email e-mail video presentation briefing remarks comments reply response
	testimony declaration intervention contribution op-ed editorial column broadcast podcast`)

// asideVehicle reports whether the word at a, or the one after it past
// one adjective in lower case, is a vehicleNoun or a document's noun:
// "in a submission", "in a recorded message", "in its annual report".
func (p *para) asideVehicle(a int) bool {
	for i := a; i < a+2 && p.isWordAt(i); i++ {
		if w := p.lw(i); vehicleNouns[w] || docNouns[w] {
			return true
		}
		if p.toks[i].isCap(p.text) {
			return false
		}
	}
	return false
}

// asideDoc reports whether the words [a, b) of an aside name a
// document, maybe with words after it: "note", "statement to clients".
func (p *para) asideDoc(a, b int) bool {
	for i := a; i < b && i < a+3; i++ {
		if p.isWordAt(i) && docNouns[p.lw(i)] {
			return true
		}
	}
	return false
}

// applyAppositive merges what an aside says into the phrase it follows:
// a role gains its holder's name ("Horvath's spokesman, Miklos Varga"), a
// name gains a role ("Priya Raman, chief economist at Castell Bank") or
// becomes an organisation ("Norgas, the state-controlled gas exporter").
func (p *para) applyAppositive(r *ref, a, b int) *ref {
	if r == nil || p.lowerAt(a) == "where" {
		return r // a where-clause says what happens at a place, not who spoke
	}
	if w := p.lowerAt(a); w == "and" || w == "or" || w == "but" {
		// ", and the other side's by its Minister of …": a clause
		// set beside the name, which says who someone else is.
		return r
	}
	if w := p.lowerAt(a); w == "who" || w == "whose" || w == "which" {
		if r.kind == refName && w == "who" {
			// "X, who …" is a person; "X, whose …" may be a town or a
			// company as well; "<Body>, which funds …" says what the
			// body does, and names no one.
			r.evidence = true
		}
		return r
	}
	if p.lowerAt(a) == "known" && p.lowerAt(a+1) == "as" {
		// "The U.N. agency in X, known as Y,": the body by its name,
		// which the description's head ("the agency") may call it.
		if app := p.interpret(a+2, b); app != nil && (app.kind == refName || app.kind == refOrg) && (r.kind == refOrg || r.kind == refOrgDesc || r.kind == refSomeone) {
			head := r.head
			if head == "" {
				head = r.orgHead
			}
			return &ref{kind: refOrg, text: app.text, surface: app.surface, name: app.name, head: head}
		}
		return r
	}
	if r.kind == refOrgDesc && a+1 < b && p.isWordAt(a) && placedAdjective(p.lw(a)) && p.isNameWord(a+1) {
		// "The <kind>, <Place>-based <Name>,": where the body sits,
		// before its name, is no part of it.
		a++
	}
	if w := p.lowerAt(a); (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !p.toks[a].isCap(p.text) && p.toks[a].class&cRole == 0 {
		// "X, aligning with the EU,", "Y, speaking for the group,": what
		// the subject does, not who they are.
		return r
	}
	if r.kind == refName && !r.evidence {
		if h := p.collectiveAside(a, b); h != "" {
			// "<Name>, a crew of local workers,": the group's name.
			return &ref{kind: refOrg, text: r.text, surface: r.surface, name: r.name, head: h}
		}
	}
	head := p.asideHead(a, b)
	app := p.interpret(a, head)
	if app == nil {
		return r
	}
	if i := strings.LastIndex(app.name, " ("); i > 0 && !strings.Contains(app.name[i+2:], " ") && !strings.Contains(app.name[i+2:], ")") {
		// "<description>, the <Body> (<ACR>), said": the aside's
		// reading stops before the closing bracket, and the bracket
		// and initials it keeps are no part of the body's name; nor
		// is a short form spelled as a word ("<Body> (<Shortform>)"), which
		// a bracket left open in a name can only be.
		app.name = app.name[:i]
	}
	if w := p.lowerAt(head); head < b && w == "who" && r.kind == refName {
		r.evidence = true // "X, a baker who …": a person, whatever the noun
		if app.kind == refRole && r.role == "" {
			r.role = app.text
		}
		return r
	}
	switch r.kind {
	case refRole, refSomeone, refOrgDesc:
		switch app.kind {
		case refName:
			if r.kind == refRole && !app.evidence && app.role == "" {
				if e := p.titledNameAt(b); e > 0 {
					// "<Body> Vice President, <Department>, Dr. X Y":
					// capitals with no given name or title of their own,
					// between a title and a titled name, are the title's
					// department or portfolio; the name after them holds
					// it.
					return p.applyAppositive(r, b+1, e)
				}
			}
			g := app.gender
			if g == unknownGender {
				g = r.gender
			}
			role := r.text
			if inFolded(judicialTitles, app.role) {
				// "Head of the <Court>, Judge X Y,": the office and the
				// bench both, so that "the judge" finds her after.
				role = app.role + ", " + r.text
			}
			return &ref{kind: refName, text: app.text, surface: app.surface, name: app.name, role: role, gender: g, evidence: true}
		case refOrg:
			return &ref{kind: refOrg, text: app.text, surface: app.surface, name: app.name, head: r.head}
		}
	case refName:
		switch app.kind {
		case refName:
			if bodyCutByRole(r.role) && !hasKnownGiven(r.name) && endsLikeBody(r.name) && allNameWords(p, a, b) {
				// "The <Title> of the <Body Words> <Head>, <Name>,": the
				// reader cut the body's name into a title and a name of
				// its last words (no one's name follows "the"), with no
				// given name among them and a body's word last; the name
				// the commas set off, alone, holds the title.
				g := app.gender
				if g == unknownGender {
					g = r.gender
				}
				return &ref{kind: refName, text: app.text, surface: app.surface, name: app.name, role: r.role + " " + r.name, gender: g, evidence: true}
			}
		case refRole:
			if r.role == "" || onlyCourtesy(r.role) {
				r.role = app.text // "Datuk X, chairman of Y,": the aside's title is the role
			}
			r.evidence = true
			if r.gender == unknownGender {
				r.gender = app.gender
			}
		case refOrgDesc:
			if r.evidence {
				// "Director X of Y Watch, a watchdog": the body's aside; "Jane
				// Doe, a trader whose …": a given name says a person.
				break
			}
			if p.toks[a].class&cPrep != 0 {
				// "<Surname>, <preposition> … the <Body>, said": an
				// aside opening on a preposition says where or when,
				// not what the name is; the body it ends on is not it.
				break
			}
			return &ref{kind: refOrg, text: r.text, surface: r.surface, name: r.name, head: app.head}
		case refSomeone:
			if app.head != "" && businessHeads[app.head] && !r.evidence {
				// "Norgas, the state-controlled gas exporter": a company,
				// unless a given name says a person ("X, a trader whose …").
				return &ref{kind: refOrg, text: r.text, surface: r.surface, name: r.name, head: app.head}
			}
		}
	case refOrg:
		if app.kind == refOrgDesc || app.kind == refSomeone {
			if r.head == "" || app.head != "" {
				r.head = app.head
			}
		}
		if (app.kind == refOrg || app.kind == refName) && isAcronym(app.name) && describedBody(r.name) ||
			(app.kind == refOrg || app.kind == refName && !strings.Contains(app.name, " ") && unicode.IsUpper(firstRune(r.name))) && describedBody(r.name) && possessiveFirst(r.name) {
			// "<Country>'s environmental enforcement agency, XYZ, said": a
			// body described in lower case, then named by its acronym in
			// commas, is the acronym's body, as a name set off after a
			// person's description is theirs. So is a body's full name
			// after what an owner's body is to it ("The <Defined term>'s
			// insurer, <Name> S.A., has confirmed"), and its one-word
			// name, which alone reads as a person's ("<City>'s municipal
			// water company, <Name>, said"): a name set off after a body's
			// description is the body's.
			return &ref{kind: refOrg, text: app.text, surface: app.surface, name: app.name, head: r.head}
		}
	}
	return r
}

// collectiveHeads are nouns for a body of people working or playing
// together: "<Name>, a crew of local workers", "<Name>, a troupe of
// dancers" is the group's name, not a person's, as a company's is.
var collectiveHeads = set(`crew team troupe collective ensemble choir squad cooperative co-operative`)

// collectiveAside returns the collective noun of an aside [a, b) that
// says a name is a group's ("a crew of …", "a small team of …"), else "".
func (p *para) collectiveAside(a, b int) string {
	if l := p.lowerAt(a); l != "a" && l != "an" {
		return ""
	}
	for k := a + 1; k <= a+2 && k+1 < b; k++ {
		if collectiveHeads[p.lowerAt(k)] && p.lowerAt(k+1) == "of" {
			return p.lowerAt(k)
		}
	}
	return ""
}

// bodyCutByRole reports whether a title read before a name ends in "of
// the" and capitalised words ("head of the <Body Words>"): a body's name
// that the title's complement opened, whose last word the reader took
// for the person's name.
func bodyCutByRole(role string) bool {
	i := strings.LastIndex(role, " of the ")
	if i < 0 {
		return false
	}
	rest := role[i+len(" of the "):]
	if rest == "" {
		return false
	}
	for w := range strings.FieldsSeq(rest) {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// endsLikeBody reports whether a name's last word, or its singular, is
// a body's head word or a word the lexicon knows, which no surname is
// ("<Words> Networks", "<Words> Region").
func endsLikeBody(name string) bool {
	w := name[strings.LastIndexByte(name, ' ')+1:]
	one := strings.TrimSuffix(w, "s")
	return bodyWord(w) || bodyWord(one) || !surnameLike(w) || one != w && !surnameLike(one)
}

// hasKnownGiven reports whether a word of a name is a given name the
// lists know.
func hasKnownGiven(name string) bool {
	var buf [24]byte
	for w := range strings.FieldsSeq(name) {
		lw, ok := lowerASCIIWord(buf[:], w)
		if !ok {
			lw = []byte(strings.ToLower(w))
		}
		if _, ok := givenGender(string(lw)); ok {
			return true
		}
	}
	return false
}

// possessiveFirst reports whether a name's first word is a possessive:
// "<Owner>'s insurer".
func possessiveFirst(name string) bool {
	if sp := strings.IndexByte(name, ' '); sp > 0 {
		return isPossessive(name[:sp])
	}
	return false
}

// describedBody reports whether a body's name read from a phrase holds a
// word in lower case after its first word: a description ("Varnia's
// water regulator"), not a name in capitals ("Bank of Varnia" aside).
func describedBody(name string) bool {
	sp := strings.IndexByte(name, ' ')
	if sp < 0 {
		return false
	}
	for w := range strings.FieldsSeq(name[sp+1:]) {
		if c := w[0]; c >= 'a' && c <= 'z' && !particles[w] && w != "of" && w != "for" && w != "and" && w != "the" {
			return true
		}
	}
	return false
}

// onlyCourtesy reports whether a role is only courtesy titles cut from a
// name ("Datuk Seri", "Lok Chumteav"), which say nothing of the office a
// title after the name gives.
func onlyCourtesy(role string) bool {
	for w := range strings.FieldsSeq(role) {
		if title, tan, sri := courtesyWord(w); !title && !tan && !sri {
			return false
		}
	}
	return true
}

// titledNameAt returns the end of a person's name after a comma at token
// c that an honorific, a title or a known given name marks as one ("…,
// Dr. X Y", "…, Ms X Y"), else 0.
func (p *para) titledNameAt(c int) int {
	if !p.isComma(c) || !p.isNameWord(c+1) {
		return 0
	}
	end := p.chunkEnd(c+1, len(p.toks))
	if end-c-1 < 2 {
		return 0
	}
	if n := p.interpret(c+1, end); n != nil && n.kind == refName && n.evidence && strings.IndexByte(n.name, ' ') > 0 {
		return end
	}
	return 0
}

// campaignVerb reports whether token i, opening a sentence before "the
// <Name>" that is the sentence's subject, is the first word of a body's
// name ("Save the <Name>", "Restore the <Name>"): a capitalised word the
// lists know nothing of, no adverb in "-ly". A noun phrase's own words
// never go before its "the"; a campaign named for its aim puts its verb
// there.
func (p *para) campaignVerb(i int) bool {
	if !p.isWordAt(i) || p.toks[i].class&^(cCap|cName) != 0 || p.toks[i].class&cCap == 0 || strings.HasSuffix(p.lw(i), "ly") || isKnownPlace(p.lw(i)) {
		return false
	}
	if notCampaignVerbs[p.lw(i)] {
		return false
	}
	_, given := p.givenGenderAt(i)
	return !given
}

// notCampaignVerbs are prepositions the word lists do not hold, which may
// open a sentence before "the <Name>" ("Unlike the <Body>, …"): a closed
// class. Those a list holds ("among", "against", "amid", "via", "inside")
// campaignVerb turns away by their token's class; "within", a function
// word only, is here for an acronym-like "WITHIN", whose class tokenize
// clears.
var notCampaignVerbs = set(`like unlike behind beyond beside besides amongst
	toward towards versus past within upon underneath beneath`)

// lettersOnly reports whether tokens [a, b) are letters after a name
// alone (postNominalAt), one or more.
func (p *para) lettersOnly(a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if !p.postNominalAt(k) {
			return false
		}
	}
	return true
}

// remitFor returns the "for" that opens a role's remit in lower case
// ending at k ("spokesperson for <field>", "adviser for rural
// affairs"), or -1: one or two plain words after it and a role word
// before it. The role is the clause's subject, its remit no body.
func (p *para) remitFor(k, lo int) int {
	if p.toks[k].isCap(p.text) || p.isFunctionAt(k) {
		return -1
	}
	for f := k - 1; f > lo && f >= k-2; f-- {
		if !p.isWordAt(f) {
			return -1
		}
		if p.lw(f) == "for" {
			if p.isRoleAt(f-1) && p.isWordAt(f-1) {
				return f
			}
			return -1
		}
		if p.toks[f].isCap(p.text) || p.isFunctionAt(f) {
			return -1
		}
	}
	return -1
}

// slashJoinsName reports whether the name word at token j follows a slash
// that abuts it and a name word before it, with no space either side:
// "<ACR>/<Region>", the form an organisation's regional office or arm
// takes ("<Agency>/Europe"). The word after the slash alone names a place
// or a region, not the speaker.
func (p *para) slashJoinsName(j int) bool {
	return j >= 2 && p.lowerAt(j-1) == "/" && p.isNameWord(j-2) && p.isNameWord(j) &&
		p.toks[j-2].e == p.toks[j-1].s && p.toks[j-1].e == p.toks[j].s
}

// ruleOfLawAt reports whether tokens j.. read "Rule of Law": the field a
// justice portfolio names last ("Commissioner for Justice and the Rule of
// Law X Y", "Minister of Justice and the Rule of Law"), whose head word is
// no portfolio's, so the title read back from the name stopped at it and
// left "Rule" for the speaker.
func (p *para) ruleOfLawAt(j int) bool {
	return p.lowerAt(j) == "rule" && p.lowerAt(j+1) == "of" && p.lowerAt(j+2) == "law"
}

// fieldsEndAhead reports whether the capitals from token j up to hi close
// a list of a title's fields with "and" ("B and the C X Y" after "<Title>
// for A,"): a comma between a title's fields, not one that sets off the
// name from what came before it.
func (p *para) fieldsEndAhead(j, hi int) bool {
	for k := j; k < hi && k < j+6; k++ {
		switch {
		case p.isWordAt(k) && p.lw(k) == "and":
			return k > j && k+1 < hi && p.isNameWord(k-1)
		case p.isNameWord(k):
		default:
			return false
		}
	}
	return false
}
