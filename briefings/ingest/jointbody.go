package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefings"
)

// jointDocs are what a meeting's sides adopt together and sign as one:
// "a joint statement", "the joint declaration", "a joint communiqué".
var jointDocs = set(`statement declaration communique communiqué`)

// jointDocAt reports whether token i of the paragraph is a joint
// document's noun, "joint" just before it ("press" allowed between: "a
// joint press statement"), outside quotes.
func (p *para) jointDocAt(i int) bool {
	if !p.isWordAt(i) || !jointDocs[p.lw(i)] {
		return false
	}
	if p.lowerAt(i-1) == "press" && p.isWordAt(i-1) {
		i--
	}
	return p.lowerAt(i-1) == "joint" && p.isWordAt(i-1)
}

// jointDocIn returns the token of the first joint document sentence s
// names, or -1.
func (x *extractor) jointDocIn(s int) int {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	for i := sr.a; i+1 < sr.b; i++ {
		// "joint" first: one comparison a token, where the document's
		// noun would take a map lookup on every token.
		if p.toks[i].lw == "joint" {
			if p.jointDocAt(i + 1) {
				return i + 1
			}
			if i+2 < sr.b && p.jointDocAt(i+2) {
				return i + 2
			}
		}
	}
	return -1
}

// isJointDocName reports whether a phrase is a joint document's name
// alone, as a release capitalises it ("The Joint Statement added:").
func isJointDocName(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && strings.EqualFold(first, "joint") && !strings.Contains(rest, " ") && jointDocs[strings.ToLower(rest)]
}

// jointBody returns the body whose meeting adopted the joint document the
// article names, by sentence si: the body named last before the first
// such document that has one before it (in its sentence or the ones
// before), a joint commission or council whose session the copy reports.
// A joint statement speaks for the body that adopted it, not for either
// side that signed it, as a communiqué speaks for the summit rather than
// for one government. Nil when no joint document by then has a body
// before it. The sentences are looked through once an article: the first
// body found is kept, as an article reports one such meeting.
func (x *extractor) jointBody(si int) *entity {
	if x.joint != nil {
		if x.jointFrom > si {
			return nil
		}
		return x.joint
	}
	for ; x.jointScan <= si && x.jointScan < len(x.d.sents); x.jointScan++ {
		s := x.jointScan
		if tok := x.jointDocIn(s); tok >= 0 {
			e := x.bodyBefore(s, tok)
			if f, g := x.issuingPair(s, tok); f != nil && (e == nil || e == f || e == g) {
				e = f // "<Body A> and <Body B> issued a joint statement"
			}
			if e == nil {
				e = x.firstSigner(s, tok)
			} else if f := x.openingPair(s, tok); f != nil && f != e && x.meetingBodyIn(s, tok, false) == e {
				// "The Ministers of <A> and of <B Council> met [at the
				// <Assembly>] and adopted a joint statement": a body the
				// sentence names after the pair it opens with is one party
				// of two, or the host, not the adopter.
				e = f
			}
			if e != nil {
				x.joint, x.jointFrom = e, s
				x.jointScan++
				return e
			}
		}
	}
	return nil
}

// firstSigner returns the first body named after "signed by" right
// after the joint document's noun at token tok of sentence s ("The joint
// statement, signed by <Body A> and <Body B>, says"): with no meeting
// body to adopt it, the text speaks for its first-named party. Nil
// otherwise.
func (x *extractor) firstSigner(s, tok int) *entity {
	if e := x.signerAfter(s, tok+1); e != nil {
		return e
	}
	// "<Bodies> issued a joint statement … The statement, coordinated by
	// <Body> and co-signed by …": the next sentence, opening with the
	// document's noun again, names the body that led the text, which
	// speaks for it as the first signer does.
	if n := s + 1; n < len(x.d.sents) && x.d.sents[n].p-x.d.sents[s].p <= 1 {
		sr := x.d.sents[n]
		p := x.d.paras[sr.p]
		if i := sr.a + 1; p.lowerAt(sr.a) == "the" && p.isWordAt(i) && jointDocs[p.lw(i)] {
			return x.signerAfter(n, i+1)
		}
	}
	return nil
}

// leadVerbs say which party drew up a joint text: "signed by", "led by",
// "coordinated by" (the body that gathered the signatures).
var leadVerbs = set(`signed led coordinated`)

// signerAfter is firstSigner's reading at token i of sentence s, right
// after the document's noun: a comma allowed, then "signed by" (or "led
// by", "coordinated by") and a body among the next three words.
func (x *extractor) signerAfter(s, i int) *entity {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	if i < sr.b && p.isComma(i) {
		i++
	}
	if i+2 >= sr.b || !leadVerbs[p.lowerAt(i)] || p.lowerAt(i+1) != "by" || s >= len(x.mentions) {
		return nil
	}
	for _, m := range x.mentions[s] {
		if m.tok > i+1 {
			if m.e.kind == "organisation" && m.tok <= i+4 {
				return m.e
			}
			return nil
		}
	}
	return nil
}

// issuingPair returns the two bodies the last two mentions before the
// joint document's noun at token tok of sentence s name, when they are
// joined by "and" ("<Body A> [(<ACR>)] and [the] <Body B> have issued a
// joint statement"): the two issue one text, and copy names first the
// party whose statement it is, as jointFirstBody reads them before a
// speech verb. The first name runs in capitals (a bracketed acronym
// allowed) up to the "and". Nil, nil otherwise.
func (x *extractor) issuingPair(s, tok int) (*entity, *entity) {
	if s >= len(x.mentions) {
		return nil, nil
	}
	var m1, m2 *mention
	for k := range x.mentions[s] {
		m := &x.mentions[s][k]
		if m.tok >= tok {
			break
		}
		m1, m2 = m2, m
	}
	if m1 == nil || !partyKind(m1.e) || !partyKind(m2.e) || m1.e == m2.e {
		return nil, nil
	}
	p := x.d.paras[x.d.sents[s].p]
	i := m1.tok
	for i < m2.tok && (p.isNameWord(i) || p.word(i) == "(" || p.word(i) == ")" ||
		m1.e.kind == "place" && (p.lowerAt(i) == "of" || p.lowerAt(i) == "the") && p.isNameWord(i+1)) {
		// A state's first name may be its government's ("The Government
		// of <Country> and the <Body> issued"), read over its "of".
		i++
	}
	if i == m1.tok || p.lowerAt(i) != "and" || !p.isWordAt(i) {
		return nil, nil
	}
	if i++; p.lowerAt(i) == "the" {
		i++
	}
	if i != m2.tok {
		return nil, nil
	}
	return m1.e, m2.e
}

// partyKind reports whether a mention may be a party to a joint text: a
// body, or a state (as the country, which speaks for its government).
func partyKind(e *entity) bool {
	return e.kind == "organisation" || e.kind == "place"
}

// bodyBefore returns the body named last before token tok of sentence s,
// back to the article's start: a capitalised name whose head is a
// meeting body's word ("the <Adjective> Mixed Commission", "the Fifth Session of the
// <Name> Council", "the <Name> Commission for <Field>"), as the registry
// or the article knows it. The names are read from the words, as a body
// named only as the owner of a session is no subject the mentions hold.
func (x *extractor) bodyBefore(s, tok int) *entity {
	for ; s >= 0; s-- {
		if e := x.meetingBodyIn(s, tok, false); e != nil {
			return e
		}
		tok = -1
	}
	return nil
}

// meetingBodyIn is bodyBefore for sentence s alone, before token tok
// (the whole sentence when tok < 0). With lone, a head word alone after
// "the" ("at the Forum meeting") is the one body whose name ends in it
// (bodyEndingIn); else it names no body.
func (x *extractor) meetingBodyIn(s, tok int, lone bool) *entity {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	end := sr.b
	if tok >= 0 {
		end = tok
	}
	for k := end - 1; k >= sr.a; k-- {
		if !p.isNameWord(k) || !meetingBodyHeads[p.lw(k)] || p.word(k) == strings.ToUpper(p.word(k)) {
			continue // not a body that meets; or a heading in capitals, whose words run together
		}
		a := k
		for a-1 >= sr.a && p.isNameWord(a-1) {
			a--
		}
		b := k + 1
		for b+1 < sr.b && (p.lowerAt(b) == "for" || p.lowerAt(b) == "of" || p.lowerAt(b) == "on") && p.isNameWord(b+1) {
			b += 2
			for b < sr.b && (p.isNameWord(b) || nameJoiners[p.lowerAt(b)] && p.isNameWord(b+1)) {
				b++
			}
		}
		if a == k && b == k+1 {
			// "the Commission" alone: which one is not said here,
			// unless the caller asks for the one body so named.
			if lone && p.lowerAt(k-1) == "the" {
				if e := x.bodyEndingIn(p.lw(k)); e != nil {
					return e
				}
			}
			continue
		}
		if e := x.knownBodyNamed(p.textOf(a, b), p.lw(k)); e != nil {
			return e
		}
	}
	return nil
}

// knownBodyNamed returns the body by this name: the registry's entry, the
// article's entity, else a new organisation. Nil for a place or a person.
func (x *extractor) knownBodyNamed(name, head string) *entity {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the ")
	if s := x.cast.regSpeaker(name); s != nil {
		if s.Kind != "organisation" {
			return nil
		}
		return x.cast.fromRegistry(s)
	}
	if e := x.cast.lookup(name); e != nil {
		if e.kind != "organisation" {
			return nil
		}
		return e
	}
	if isKnownPlace(name) {
		return nil
	}
	return x.cast.org(name, head)
}

// meetingBodyHeads end the names of bodies whose sides meet in session and
// adopt texts together: "the <Adjective> Joint Commission", "the <Name>
// Presidential Council", "the <Name> Forum". A company, an association or
// one side's ministry or delegation does not: a joint statement of two
// firms, or one a ministry publishes, is no such body's.
var meetingBodyHeads = set(`commission council committee forum assembly conference board summit`)

// meetingSides reports whether a phrase is a meeting's sides speaking
// through their joint document: a plural definite subject ("the two
// delegations", "the parties", "the ministers") in a sentence that names
// a joint statement or declaration ("In the joint statement, the two
// delegations described …", "signed a joint declaration in which the
// parties …"). The sides named with their body ("the <Forum> partners")
// are left to the rules for a body's people.
func (x *extractor) meetingSides(r *ref, si int) bool {
	if (r.kind == refName || r.kind == refOrg) && r.det == "the" && sidesNouns[strings.ToLower(r.text)] {
		// "the Governments", capitalised as a release writes it, is
		// read as a name; it is the sides all the same.
	} else if r.kind != refSomeone && r.kind != refRole || r.org != "" || r.orgHead != "" {
		return false
	}
	if !strings.HasSuffix(r.text, "s") || strings.HasSuffix(r.text, "'s") {
		return false
	}
	first, _, _ := strings.Cut(r.text, " ")
	if !sidesDets[r.det] && !sidesDets[strings.ToLower(first)] {
		return false // "delegations", "some ministers": not the meeting's sides as one
	}
	if x.jointDocIn(si) >= 0 {
		return true
	}
	// "In the Communiqué, the Leaders expressed …", "The Leaders further
	// agreed …": after the article has named the joint document its body
	// adopted, the meeting's sides as one go on speaking through it.
	// Only the sides' own plural noun continues so ("the Leaders", "the
	// delegations"): "one of the smaller states" or "the delegation of
	// <Country>" is one side, not the meeting, and "the two ministers"
	// after it are a bilateral readout's, whose issuer speaks for them.
	words := strings.Fields(strings.ToLower(r.text))
	if len(words) != 1 || !sidesNouns[words[0]] {
		return false
	}
	if x.jointBody(si) != nil {
		return r.det == "the" && x.jointFrom < si
	}
	// No meeting body adopted it: "the Governments", "the two sides",
	// "both countries" go on speaking through the joint document of an
	// article that names its parties.
	return x.jointParty() != nil
}

// sidesNouns are the plural nouns a joint document's report uses for all
// the meeting's sides after it has named the document: "the Leaders", "the
// ministers", "the delegations", "the parties", with no "two" or "both".
var sidesNouns = set(`leaders ministers delegations parties sides governments countries signatories`)

// sidesDets open a phrase for all the sides of a meeting as one: "the
// parties", "the two delegations", "both sides".
var sidesDets = set(`the two both`)

// jointDocSubject reports whether a document phrase is the joint document
// itself ("the joint declaration states") or, with a noun that names no
// owner ("the document adds", "the statement reads"), one that points
// back to it: the last document the sentences before name, read back over
// "the <noun>"s that point further back, is a joint one. It returns the
// sentence that names the joint document, or -1 for the joint document
// itself.
func (x *extractor) jointDocSubject(r *ref, si, at int) (int, bool) {
	if r.det != "the" && r.det != "a" || r.object || r.org != "" || r.orgHead != "" {
		return -1, false
	}
	mod, head, two := strings.Cut(r.text, " ")
	if r.det == "a" && !two {
		return -1, false // "a statement": another document
	}
	if two {
		// "The joint declaration states", and "A joint communiqué
		// released after the meeting stated": the article's one joint
		// text, whichever article copy gives it the first time.
		if !strings.EqualFold(mod, "joint") || strings.Contains(head, " ") || !jointDocs[strings.ToLower(head)] {
			return -1, false
		}
		if r.det == "the" {
			// "<Body>, <Body> and <Body> said in a joint statement …
			// “…,” the joint statement reads": "the" points back to the
			// sentence just before that named it, whose speaker the
			// caller may give it to.
			if s := si - 1; s >= 0 && x.d.sents[s].p >= x.d.sents[si].p-1 && x.jointDocIn(s) >= 0 {
				return s, true
			}
		}
		return -1, true
	}
	head = strings.ToLower(mod)
	if !jointDocs[head] && !sameDocNouns[head] {
		return -1, false
	}
	para := x.d.sents[si].p
	for s := si; s >= 0 && si-s <= 4 && x.d.sents[s].p >= para-2; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		end := sr.b
		if s == si {
			end = at
		}
		for i := end - 1; i > sr.a; i-- {
			if !p.isWordAt(i) || !docNouns[p.lw(i)] && !jointDocs[p.lw(i)] {
				continue
			}
			if p.jointDocAt(i) {
				return s, true
			}
			if p.docModifier(i) && x.jointDocIn(s) >= 0 && x.jointDocIn(s) < i {
				continue // a compound after the joint document ("… a joint statement after a <noun> visit"), no document of its own
			}
			if p.lowerAt(i-1) != "the" {
				return -1, false // "a statement", "its report": another document
			}
		}
	}
	if !two && jointDocs[head] && x.titleIsJointDoc() && !x.docNamedBefore(si, at) {
		// "the statement said" on a page whose title is the joint
		// statement itself, no other statement named before it: the
		// page's own text.
		return -1, true
	}
	return -1, false
}

// docModifier reports whether the document's noun at i modifies the
// lower-case noun after it ("an assessment mission", "the review
// panel"): a compound's first word, which names no document the copy
// then points back to. The next word must be no function word, speech
// verb, nor a form in -ed or -s, which a document's own verb takes.
func (p *para) docModifier(i int) bool {
	n := i + 1
	if !p.isWordAt(n) || p.toks[n].isCap(p.text) || p.isFunctionAt(n) || p.toks[n].class&(cSpeech|cSkip) != 0 {
		return false
	}
	w := p.lw(n)
	return len(w) > 3 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s")
}

// docNamedBefore reports whether the article names a document other
// than a joint one before token at of sentence si: "the statement" may
// then point back to it rather than to the page.
func (x *extractor) docNamedBefore(si, at int) bool {
	for s := si; s >= 0; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		end := sr.b
		if s == si {
			end = at
		}
		for i := sr.a; i < end; i++ {
			if p.isWordAt(i) && docNouns[p.lw(i)] && !p.jointDocAt(i) {
				return true
			}
		}
	}
	return false
}

// jointDocSpeaker returns who a phrase for a joint document or a
// meeting's sides speaks for at sentence si, or nil: the body the
// sentence that named the document gave it to when a rule found one
// ("In a joint statement, the <Forum> partners said … The statement
// added"), else the body whose meeting adopted it (jointBody).
func (x *extractor) jointDocSpeaker(r *ref, si, at int) *entity {
	if x.meetingSides(r, si) || (r.kind == refOrg || r.kind == refName) && isJointDocName(r.name) {
		if e := x.publishingState(); e != nil {
			return e
		}
		if e := x.jointBody(si); e != nil {
			return e
		}
		if x.jointDocIn(si) >= 0 {
			// "In the joint statement, the <Plural> agreed": the release's
			// issuer, else the document's first-named party.
			if e := x.readoutIssuer(si); e != nil {
				return e
			}
		} else if !x.titleIsJointDoc() {
			// "The leaders agreed" after it in a body's own release, its
			// letterhead over the title: the release's issuer speaks.
			if e := x.letterheadBody(); e != nil {
				return e
			}
		}
		return x.jointParty()
	}
	if e := x.sidesOwnDoc(r, si, at); e != nil {
		return e
	}
	if r.kind != refDoc && r.kind != refSomeone {
		return nil
	}
	if r.kind == refDoc && !r.object {
		if e := x.jointDocMinistries(si); e != nil {
			return e
		}
	}
	s, ok := x.jointDocSubject(r, si, at)
	if !ok {
		return nil
	}
	if s >= 0 && s < si {
		if e := x.speakerAt[s]; e != nil && e.kind == "organisation" {
			if f, _ := x.jointDocPair(s, false, 3, orgOrPlace); f != nil && f.kind == "organisation" {
				return f
			}
			return e
		}
	}
	if e := x.jointBody(si); e != nil {
		return e
	}
	return x.jointParty()
}

// orgOrPlace reports whether e is a body or a place, a party a joint
// document may name before it.
func orgOrPlace(e *entity) bool { return e.kind == "organisation" || e.kind == "place" }

// jointDocPair is the one finder of a joint document's "<A> and <B>"
// pair in the mentions of sentence s: the first two distinct parties
// named on one side of the document — after it when after is set, else
// before it — the second with "and" among the window words before it.
// Only mentions party accepts are read (all when nil). It returns the
// first and the second's mention, or nil when no such pair stands there.
//
// The joint text speaks for its first-named party wherever the copy names
// the pair, where the sentence's speaker may have been read as the party
// named last. The callers differ only in the side they read, how far the
// "and" may stand from the second name, and which parties count: before
// the document ("<Body> (<ACR>) and contractor <Firm> said in a joint
// statement") a body or place (orgOrPlace) with "and" up to three words
// back; after it ("In a joint statement, <A> and <B> urged", see
// pairAfterJointDoc) "and" right before the second, whose name the
// subject's own words must end with. The word-level pairFirst serves
// headlines and openings, which have no mentions to read.
func (x *extractor) jointDocPair(s int, after bool, window int, party func(*entity) bool) (*entity, mention) {
	i := x.jointDocIn(s)
	if i < 0 || s >= len(x.mentions) {
		return nil, mention{}
	}
	p := x.d.paras[x.d.sents[s].p]
	var first *entity
	for _, m := range x.mentions[s] {
		if after && m.tok <= i {
			continue
		}
		if !after && m.tok >= i {
			break
		}
		if party != nil && !party(m.e) {
			continue
		}
		if first == nil {
			first = m.e
			continue
		}
		if m.e == first {
			continue
		}
		for k := m.tok - 1; k >= 0 && k >= m.tok-window; k-- {
			if p.isWordAt(k) && p.lw(k) == "and" {
				return first, m
			}
		}
		return nil, mention{}
	}
	return nil, mention{}
}

// sidesOwnDoc resolves a meeting's sides speaking through their own
// document ("The leaders said in their communiqué that …", "In their
// final declaration, the ministers said …") to the body whose meeting it
// was: a joint text with no "joint" before it, as "their" says it is all
// the sides'. The body is the one the sentence or the three before name
// last with a meeting body's head ("the <Name> Forum", "the <Name>
// Council"), or, for a head word alone ("at the Forum meeting"), the one
// registry body or body of the article whose name ends in it. Nil
// otherwise.
func (x *extractor) sidesOwnDoc(r *ref, si, at int) *entity {
	if r.det != "the" || r.object || r.kind != refSomeone && r.kind != refRole || !sidesNouns[strings.ToLower(r.text)] {
		return nil
	}
	sr := x.d.sents[si]
	p := x.d.paras[sr.p]
	tok := -1
	for i := sr.a; i+1 < sr.b; i++ {
		if !p.isWordAt(i) || p.lw(i) != "their" {
			continue
		}
		k := i + 1
		if p.lowerAt(k) == "final" || p.lowerAt(k) == "joint" {
			k++
		}
		if p.isWordAt(k) && jointDocs[p.lw(k)] {
			tok = k
			break
		}
	}
	if tok < 0 {
		return nil
	}
	for s := si; s >= 0 && si-s <= 3; s-- {
		if e := x.meetingBodyIn(s, tok, true); e != nil {
			return e
		}
		tok = -1
	}
	return nil
}

// bodyEndingIn returns the one body whose name ends in the head word
// (folded): the registry's, else the article's. Nil when none or two do.
func (x *extractor) bodyEndingIn(head string) *entity {
	var found *briefings.Speaker
	for _, o := range x.cast.reg.orgRoles {
		if n := foldText(o.sp.Name); strings.HasSuffix(n, " "+head) {
			if found != nil {
				return nil
			}
			found = o.sp
		}
	}
	if found != nil {
		return x.cast.fromRegistry(found)
	}
	var only *entity
	for _, e := range x.cast.all {
		if e.kind == "organisation" && e.reg == nil && strings.HasSuffix(x.cast.nameKey(e), " "+head) {
			if only != nil && only != e {
				return nil
			}
			only = e
		}
	}
	return only
}

// jointStatementParty returns the first-named party of a joint document's
// subject naming states ("<Country> and <Country> said in a joint
// statement", "In a joint statement, <Capital> and <Capital> said"), or
// nil: a joint statement speaks for several states at once, and news
// copy names first the one whose statement it is, as the annotation
// brief gives it to the first-named party. Both parties must name a
// state (a capital standing for its state through the registry),
// and the sentence must name the joint document, so that a pair of
// people or bodies ("<Surname> and <Surname> said") is left alone.
func (x *extractor) jointStatementParty(r *ref, si, at int) *entity {
	if r.det != "" || r.object || !strings.Contains(r.text, " and ") || x.jointDocIn(si) < 0 {
		return nil
	}
	first, second, _ := strings.Cut(r.text, " and ")
	if x.countryOf(first) == "" || x.countryOf(second) == "" {
		return nil
	}
	if e := x.jointIssuer(si); e != nil {
		return e
	}
	if e := x.listBefore(si, at, r.text); e != nil {
		// "<A>, <B>, <C> and <D> said in a joint statement": the phrase
		// holds the list's last pair; its first party is named first.
		return e
	}
	if e := x.cast.lookup(first); e != nil && e.kind == "place" {
		return e
	}
	return x.cast.place(x.countryOf(first))
}

// listOpeners are the words a list of a joint text's parties may follow
// ("between <A>, <B> and <C>", "the Governments of <A>, <B> and <C>",
// "issued by <A>, <B> and <C>"), besides a clause's start or a comma. A
// place after another word ("in <City>, <A> and <B> said") is where the
// parties met, not one of them.
var listOpeners = set(`between of by`)

// listBefore returns the first state of a comma-separated list whose
// last pair is the subject phrase text before the verb at token at of
// sentence si ("<A>, [the] <B>, <C> and <D> said"): the phrase reader takes
// the words after the last comma, the states before it are named first.
// Each list part is a state's name of up to three capitalised words, an
// article allowed before it. Nil when no comma and state stand right
// before the phrase.
func (x *extractor) listBefore(si, at int, text string) *entity {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	k := at - 1
	for k > s.a && !p.isComma(k) {
		k--
	}
	if k <= s.a || p.textOf(k+1, at) != text {
		return nil
	}
	var first *entity
	for k > s.a && p.isComma(k) {
		found := false
		for n := 3; n >= 1; n-- {
			b := k - n
			if b < s.a {
				continue
			}
			caps := true
			for i := b; i < k && caps; i++ {
				caps = p.isWordAt(i) && p.toks[i].isCap(p.text)
			}
			if !caps {
				continue
			}
			c := x.countryOf(p.textOf(b, k))
			if c == "" {
				continue
			}
			if b > s.a && p.lowerAt(b-1) == "the" {
				b--
			}
			if b > s.a && !p.isComma(b-1) && !listOpeners[p.lowerAt(b-1)] {
				return first // "in <City>, <A> and <B>": a place the pair is in, no party
			}
			first, found = x.cast.place(c), true
			k = b - 1
			break
		}
		if !found {
			break
		}
	}
	return first
}

// jointLeader returns the body that led a group's joint document, as the
// sentence names it between the group and its speech verb ("<Plural
// group>, in a joint statement led by [the] <Body>, said"): copy gives a
// coalition's words to the body that led it, the one it names. Nil when
// the subject is no plural noun or the sentence names no leader so.
func (x *extractor) jointLeader(r *ref, si int) *entity {
	if r.det != "" || r.object || !strings.HasSuffix(r.text, "s") || strings.IndexByte(r.text, ' ') < 0 && startsUpper(r.text) {
		return nil // a plural noun ("<Field> groups"), no one body's or person's name
	}
	j := x.jointDocIn(si)
	if j < 0 {
		return nil
	}
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	if p.lowerAt(j+1) != "led" || p.lowerAt(j+2) != "by" {
		return nil
	}
	a := j + 3
	if p.lowerAt(a) == "the" {
		a++
	}
	e := a
	for e < s.b && p.isWordAt(e) && (p.toks[e].isCap(p.text) || e > a && e+1 < s.b && p.toks[e+1].isCap(p.text) && (p.lw(e) == "of" || p.lw(e) == "for" || p.lw(e) == "and")) {
		e++
	}
	if e-a < 2 {
		return nil
	}
	name := p.textOf(a, e)
	if b := x.cast.lookup(name); b != nil {
		if b.kind == "organisation" {
			return b
		}
		return nil
	}
	if sp := x.cast.regSpeaker(name); sp != nil {
		if sp.Kind == "organisation" {
			return x.cast.fromRegistry(sp)
		}
		return nil
	}
	return x.cast.org(name, "")
}

// jointIssuer returns the state body sentence si says issued its joint
// document ("a joint statement issued by <Country>'s <Body>", "… by the
// <Nationality> <Body>"), named as
// the registry's convention names a country's own body, or nil: the
// party that issued the text speaks for it before the first-named one.
func (x *extractor) jointIssuer(si int) *entity {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	j := x.jointDocIn(si)
	if j < 0 || !issueVerbs[p.lowerAt(j+1)] || p.lowerAt(j+2) != "by" {
		return nil
	}
	a := j + 3
	if p.lowerAt(a) == "the" {
		a++ // "issued by the <Nationality> <Body>"
	}
	e := a
	for e < s.b && p.isWordAt(e) && (p.toks[e].isCap(p.text) || e > a && e+1 < s.b && p.toks[e+1].isCap(p.text) && (p.lw(e) == "of" || p.lw(e) == "for" || p.lw(e) == "and")) {
		if e > a && p.lw(e) == "and" && p.ownerNext(e+1, s.b) {
			// "issued by <Country>'s <Body> and <Country2>'s <Body2>":
			// two owners' bodies, the first-named the issuer.
			break
		}
		e++
	}
	if e-a < 2 {
		return nil
	}
	return x.ownedStateBody(&entity{name: p.textOf(a, e), kind: "organisation"})
}

// ownerNext reports whether the capitals from token i (before end) run,
// within three words, into a possessive ("<Country>'s", "<Two> <Words>'s"):
// another owner's body begins there.
func (p *para) ownerNext(i, end int) bool {
	for k := i; k < end && k < i+3 && p.isWordAt(k) && p.toks[k].isCap(p.text); k++ {
		if isPossessive(p.word(k)) {
			return true
		}
	}
	return false
}

// jointFirstBody returns the first of two bodies a sentence opens with as
// the subject of its speech verb at v, when it names a joint document
// ("<Body> and [the] <Body2> said in a joint statement", "In a joint
// statement, [the] <Body> and [the] <Body2> said"): the two issue
// one text, and copy names first the party whose statement it is, as
// jointStatementParty reads two states. Both names are runs of capitals
// from the sentence's opening (an article before either allowed) to "and"
// and from it to the verb; the first must be a body of the cast. Nil
// otherwise.
func (x *extractor) jointFirstBody(si int, p *para, v int) *entity {
	s := x.d.sents[si]
	a := s.a
	if b := p.frontedJointDoc(a, v); b > a {
		// "In a joint statement, <Body> and <Body2> said": the fronted
		// document goes before the pair.
		a = b
		if e := x.jointMentionPair(si, p, a, v); e != nil {
			return e
		}
	}
	if p.lowerAt(a) == "the" {
		a++
	}
	b := a
	for b < v && p.isWordAt(b) && p.toks[b].isCap(p.text) {
		b++
	}
	if b > a && b < v && (p.lowerAt(b) == "of" || p.lowerAt(b) == "for") {
		return x.jointPairBefore(si, p, a, v)
	}
	if b > a && b < v && p.word(b) == "(" && x.jointDocIn(si) >= 0 {
		// "<Body> (<ACR>) and <Body2> said in a joint statement": the
		// acronym the copy brackets after the first name ends its run
		// before the "and"; the pair's mentions are read as after a
		// fronted document.
		return x.jointMentionPair(si, p, a, v)
	}
	if b == a || b >= v || p.lowerAt(b) != "and" {
		return nil
	}
	c := b + 1
	if p.lowerAt(c) == "the" {
		c++
	}
	d := c
	for d < v && p.isWordAt(d) && p.toks[d].isCap(p.text) {
		d++
	}
	if d == c || d != v || x.jointDocIn(si) < 0 {
		return nil
	}
	r := p.interpret(a, b)
	if r == nil || r.kind != refName && r.kind != refOrg {
		return nil
	}
	e, _ := x.resolve(r, si, a)
	if e != nil && e.kind == "organisation" {
		return e
	}
	if e != nil && (e.kind != "person" || e.reg != nil) {
		return nil
	}
	// Two capitals read as a person's name: the body the article named
	// before with more words that open with them ("<Name> <Name2>
	// <Head>"), when one body alone does.
	k := foldText(p.textOf(a, b)) + " "
	var only *entity
	for _, o := range x.cast.all {
		if o.kind != "organisation" || !strings.HasPrefix(x.cast.nameKey(o), k) {
			continue
		}
		if only != nil && only != o {
			return nil
		}
		only = o
	}
	if only != nil {
		return only
	}
	// Nor named alone: the body a person's title named it in ("<Name>
	// <Name2> <Head> <Title> <Given> <Surname>"), its words those of the
	// role before the title's.
	kw := strings.Fields(p.textOf(a, b))
	name := ""
	for _, o := range x.cast.all {
		if o.kind != "person" || len(o.role) <= len(k) || !strings.HasPrefix(foldText(o.role), k) {
			continue
		}
		rw := strings.Fields(o.role)
		j := len(kw)
		for j < len(rw) && isCapWord(rw[j]) && !isRoleWord(strings.ToLower(rw[j])) {
			j++
		}
		if j == len(rw) || !isRoleWord(strings.ToLower(rw[j])) {
			continue
		}
		n := strings.Join(rw[:j], " ")
		if name != "" && n != name {
			return nil
		}
		name = n
	}
	if name == "" {
		return nil
	}
	return x.cast.org(name, "")
}

// frontedJointDoc returns the token after the comma that closes a joint
// document fronted at a sentence's opening a, before the verb at v ("In a
// joint statement,", a date after it allowed: "In a joint statement on
// <Date>,"), where the sentence's subject starts; a when the sentence
// opens on none. jointFirstBody and jointListFirst read the subject after
// it alike.
func (p *para) frontedJointDoc(a, v int) int {
	if p.lowerAt(a) != "in" {
		return a
	}
	k := a + 1
	doc := false
	for k < v && k < a+9 && !p.isComma(k) {
		doc = doc || p.jointDocAt(k)
		k++
	}
	if k < v && p.isComma(k) && doc {
		return k + 1
	}
	return a
}

// jointMentionPair returns the first of two parties the subject from a
// to the verb at v names, after a fronted joint document ("In a joint
// statement, [the] <Body> [(<ACR>)] and [the] <Body2> [(<ACR2>)] said",
// "…, the <ministry> and <Body2> said"): the first mention opens the
// subject, the second follows its last "and", and the two are different
// parties. Nil otherwise.
func (x *extractor) jointMentionPair(si int, p *para, a, v int) *entity {
	if si >= len(x.mentions) {
		return nil
	}
	and := -1
	depth := 0
	for k := a; k < v; k++ {
		switch w := p.word(k); {
		case w == "(":
			depth++
		case w == ")":
			depth--
		case depth == 0 && p.lowerAt(k) == "and" && p.isWordAt(k):
			and = k
		}
	}
	if and < 0 {
		return nil
	}
	var m1, m2 *mention
	for k := range x.mentions[si] {
		m := &x.mentions[si][k]
		if m.tok < a || m.tok >= v {
			continue
		}
		if m.tok < and && m1 == nil {
			m1 = m
		}
		if m.tok > and && m2 == nil {
			m2 = m
		}
	}
	if m2 == nil || m2.tok > and+2 || !partyKind(m2.e) {
		return nil
	}
	var first *entity
	if m1 != nil && m1.tok <= a+1 {
		first = m1.e
	} else if r := p.interpret(a, and); r != nil && (r.kind == refOrg || r.kind == refOrgDesc) {
		first, _ = x.resolve(r, si, a)
	}
	if first == nil || first == m2.e || first.kind != "organisation" {
		return nil
	}
	return first
}

// jointPairBefore reads the subject from a to the verb at v of a sentence
// naming a joint document as two bodies' names joined by "and", when the
// first has "of" or "for" in it ("[the] <Body> of <Field> and <Field2> and
// <Body2> said"): the "and" is the one after which the rest is a body the
// registry or the article knows by that whole name, and the words before
// it, capitals and joiners only, name the first party, which speaks.
// Nil otherwise.
func (x *extractor) jointPairBefore(si int, p *para, a, v int) *entity {
	for k := a + 1; k < v; k++ {
		if !p.isWordAt(k) {
			return nil
		}
		l := p.lw(k)
		if !p.toks[k].isCap(p.text) && l != "of" && l != "for" && l != "and" && l != "the" {
			return nil
		}
	}
	if x.jointDocIn(si) < 0 {
		return nil
	}
	for k := a + 2; k+1 < v; k++ {
		if p.lw(k) != "and" || !p.toks[k-1].isCap(p.text) {
			continue
		}
		c := k + 1
		if p.lowerAt(c) == "the" {
			c++
		}
		if c >= v || !p.toks[c].isCap(p.text) {
			continue
		}
		second := p.textOf(c, v)
		if sp := x.cast.regSpeaker(second); sp != nil && sp.Kind == "organisation" {
			return x.knownBodyNamed(p.textOf(a, k), "")
		}
		if e := x.cast.lookup(second); e != nil && e.kind == "organisation" {
			return x.knownBodyNamed(p.textOf(a, k), "")
		}
	}
	return nil
}

// jointParty returns the first-named party of the article's joint
// document when no meeting body adopted it: the first state or registry
// body of a pair the first sentence naming a joint document opens with
// ("<Country> and <Country2> agreed …, according to a joint statement",
// "The Governments of <Country> and <Country2> issued the following joint
// statement", "The Ministers of <Body> and <Body2> adopted a Joint
// Statement"), else the title's ("Joint Statement … between <Country> and
// <Country2>"). A joint statement speaks for the body that issues it, or
// else for its first-named party. A state is given as the country.
// Nil when none names such a pair. Read once an article.
func (x *extractor) jointParty() *entity {
	if x.partyRead {
		return x.party
	}
	x.partyRead = true
	docAt := -1
	for s := range x.d.sents {
		tok := x.jointDocIn(s)
		if tok < 0 {
			continue
		}
		docAt = s
		// "<A> and <B> agreed …, according to a joint statement issued
		// by <Country>'s <Body> and …": the issuer named speaks for it.
		if x.party = x.jointIssuer(s); x.party != nil {
			return x.party
		}
		if x.party = x.openingPair(s, x.d.sents[s].b); x.party != nil {
			return x.party
		}
		break
	}
	if h := strings.ToLower(x.d.head); strings.Contains(h, "joint statement") || strings.Contains(h, "joint declaration") || strings.Contains(h, "joint communiqu") {
		words := strings.Fields(x.d.head)
		if x.party = x.pairFirst(words); x.party == nil {
			x.party = x.headlinePair(words)
		}
	}
	if x.party == nil && docAt >= 0 {
		x.party = x.hostAndCount(docAt)
	}
	return x.party
}

// stateGroupNouns count the other side of "<Country> and four countries": the
// states a host meets as one group.
var stateGroupNouns = set(`countries states nations`)

// hostAndCount returns the country a sentence before sentence end opens
// with when a count of other states follows it ("<Country> and four
// countries of the <Region> adopted …", "<Country> and five other
// states"): the host named first, and the one party the copy names, of
// the meeting whose joint text the article goes on to quote. Nil when no
// sentence opens so.
func (x *extractor) hostAndCount(end int) *entity {
	for s := 0; s < end && s < len(x.d.sents); s++ {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		i := sr.a
		if !p.isNameWord(i) || !p.isWordAt(i+1) || p.lw(i+1) != "and" || !spelledCounts[p.lowerAt(i+2)] {
			continue
		}
		k := i + 3
		if p.lowerAt(k) == "other" {
			k++
		}
		if !stateGroupNouns[p.lowerAt(k)] {
			continue
		}
		if c := x.countryOf(p.word(i)); c != "" {
			return x.cast.place(c)
		}
	}
	return nil
}

// headlinePair returns the first party of a title that opens with two
// parties set apart by a comma, as headlines write "and" ("<A>, <B> agree
// …"): a country or a registry body each (partyAt). Nil otherwise.
func (x *extractor) headlinePair(words []string) *entity {
	e, n := x.partyAt(words, 0)
	if e == nil || n >= len(words) || !strings.HasSuffix(words[n-1], ",") {
		return nil
	}
	if f, _ := x.partyAt(words, n); f != nil && f != e {
		return e
	}
	return nil
}

// openingPair is pairFirst over sentence s before token tok (the
// sentence's end for all of it).
func (x *extractor) openingPair(s, tok int) *entity {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	words := make([]string, 0, tok-sr.a)
	for i := sr.a; i < tok; i++ {
		words = append(words, p.word(i))
	}
	return x.pairFirst(words)
}

// pairFirst returns the party words name first when "and" follows it
// within three words and a second party within six after that ("<A> and
// <B>", "the Governments of <A> and the Republic of <B>", "the Ministers
// of <A> <Members> and the <Members> of <B>"): a country (one
// word or two) or a registry body's name or acronym, each in capitals.
// Punctuation between them ("<CITY>, <date> – <A> …") breaks the pair.
// Nil otherwise.
func (x *extractor) pairFirst(words []string) *entity {
	for i := 0; i < len(words); i++ {
		e, n := x.partyAt(words, i)
		if e == nil {
			continue
		}
		j := i + n
		if l := x.listRun(words, j, e); l > j && listOpens(words, i) {
			// "<A>, <B>, [the] <C> and [the] <D>": the list's "and"
			// joins its last two; the first of them all is named first.
			j = l
		}
		for k := 0; k < 3 && j < len(words) && !strings.EqualFold(words[j], "and") && !punctWord(words[j]); k++ {
			j++
		}
		if j >= len(words) || !strings.EqualFold(words[j], "and") {
			i += n - 1
			continue
		}
		for k := j + 1; k < len(words) && k <= j+6 && !punctWord(words[k]); k++ {
			if f, _ := x.partyAt(words, k); f != nil && f != e {
				return e
			}
		}
		i += n - 1
	}
	return nil
}

// listRun reads a comma-separated run of parties after a party that ends
// at word j ("<A>, <B>, [the] <C> and …"): while a comma ends the last
// party (as its word's end or a word of its own) and a party other than
// first follows it, with an article allowed before it, the run goes on.
// It returns the word after the run's last party, or j when no comma and
// party follow. A run of one name, or names that are not parties ("<A>,
// the capital, and …"), leaves j as it was.
func (x *extractor) listRun(words []string, j int, first *entity) int {
	end := j
	for k := 0; k < 8 && end > 0 && end < len(words); k++ {
		c := end
		switch {
		case words[c] == ",":
			c++
		case strings.HasSuffix(words[c-1], ","):
		default:
			return end
		}
		if c < len(words) && strings.EqualFold(words[c], "the") {
			c++
		}
		if c >= len(words) {
			return end
		}
		f, n := x.partyAt(words, c)
		if f == nil || f == first {
			return end
		}
		end = c + n
	}
	return end
}

// listOpens reports whether a list may open at word i: at the words'
// start, after a clause's punctuation, or after a list opener, an article
// allowed between.
func listOpens(words []string, i int) bool {
	if i > 0 && strings.EqualFold(words[i-1], "the") {
		i--
	}
	return i == 0 || punctWord(words[i-1]) || listOpeners[strings.ToLower(words[i-1])]
}

// punctWord reports whether a word ends a clause: a comma, a dash or a
// stop, alone or at the word's end.
func punctWord(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return w != "" && strings.ContainsRune(",;:.–—-", r)
}

// partyAt returns the party words name at i and how many words it takes:
// a country (two words, then one) or a registry body's name or acronym,
// in capitals. Nil, 0 otherwise.
func (x *extractor) partyAt(words []string, i int) (*entity, int) {
	w := strings.Trim(words[i], "()\"“”'’")
	if w == "" || !isCapWord(w) {
		return nil, 0
	}
	if i+1 < len(words) && isCapWord(words[i+1]) {
		if c := x.countryOf(w + " " + strings.Trim(words[i+1], ",.;:()\"“”'’")); c != "" {
			return x.cast.place(c), 2
		}
		// A registry body's name in capitals: "<Word> <Word> Council".
		n := i + 2
		for n < len(words) && n < i+5 && isCapWord(words[n]) {
			n++
		}
		for ; n > i+1; n-- {
			if sp := x.cast.regSpeaker(strings.Join(words[i:n], " ")); sp != nil && sp.Kind == "organisation" {
				return x.cast.fromRegistry(sp), n - i
			}
		}
	}
	w = strings.TrimRight(w, ",.;:")
	if c := x.countryOf(w); c != "" {
		return x.cast.place(c), 1
	}
	if sp := x.cast.regSpeaker(w); sp != nil && sp.Kind == "organisation" {
		return x.cast.fromRegistry(sp), 1
	}
	return nil, 0
}

// titleIsJointDoc reports whether the article's title opens with a joint
// document's name ("Joint Statement on …", "Joint Communiqué of …"): the
// page is the document itself, not a release about it.
func (x *extractor) titleIsJointDoc() bool {
	h := x.d.head
	if i := strings.LastIndexByte(h, '\n'); i >= 0 {
		h = h[i+1:]
	}
	return opensJointDoc(strings.TrimSpace(h))
}

// opensJointDoc reports whether line opens with "Joint" and a joint
// document's noun ("Joint Statement", "JOINT COMMUNIQUÉ"), in any case:
// the title and the standfirst under a letterhead are read alike.
func opensJointDoc(line string) bool {
	first, rest, _ := strings.Cut(line, " ")
	noun, _, _ := strings.Cut(rest, " ")
	return strings.EqualFold(first, "joint") && jointDocs[strings.ToLower(noun)]
}

// jointBodyNouns are the plural nouns a joint release uses for its two
// issuing bodies at once: "both institutions said", "the two central
// banks reaffirm", "both organisations call on", "both regulators said".
var jointBodyNouns = set(`institutions banks organisations organizations agencies bodies regulators`)

// issuingBodies returns who a phrase for the joint document's issuing
// bodies as one speaks for ("Both institutions said:", "the two banks
// said"): the first of the pair named before the document when the
// document has an adopting body (jointBody) — the pair met at that body's
// forum, which is not who speaks — else that body, else the document's
// first-named party (jointParty). Only "both" or "the two" make the
// bodies the pair that issued it; "the banks", "two agencies" or "some
// agencies" may be others. Nil when the article names no joint
// document's issuer or party.
//
// meetingSides reads a meeting's sides ("the two delegations", "the
// parties") the same way; these nouns are the issuing bodies', which a
// joint release uses after the document rather than in its sentence.
func (x *extractor) issuingBodies(r *ref, si, at int) *entity {
	if r.object || r.org != "" || r.orgHead != "" || r.kind == refPronoun || r.kind == refName {
		return nil
	}
	// No allocation: most phrases fail on their last word.
	text := r.text
	head := text[strings.LastIndexByte(text, ' ')+1:]
	if !jointBodyNouns[head] {
		return nil
	}
	first, rest, _ := strings.Cut(text, " ")
	the := r.det == "the"
	if strings.EqualFold(first, "the") {
		first, rest, _ = strings.Cut(rest, " ") // the phrase reader may keep the article
		the = true
	}
	if strings.Count(rest, " ") > 1 {
		return nil
	}
	switch {
	case r.det == "both" || strings.EqualFold(first, "both"):
	case strings.EqualFold(first, "two"):
		if !the {
			return nil // "Two agencies said": two the copy does not name
		}
	case r.det == "two":
		if !x.theBeforeTwo(si, at, first) {
			return nil
		}
	default:
		return nil
	}
	if e := x.jointBody(si); e != nil {
		// "<A> and <B>, meeting at the <Forum>, issued a joint
		// statement … Both institutions said": the two are the pair,
		// not the meeting they met at; the first-named speaks.
		if f, _ := x.jointDocPair(x.jointFrom, false, 3, orgOrPlace); f != nil && f.kind == "organisation" {
			return f
		}
		return e
	}
	return x.jointParty()
}

// publishingState returns the state whose government publishes the page
// (its publisher or site name "Government of <Country> …"), when the
// title names that state as a party of the joint document it carries: a
// joint statement speaks for the body that issues it, before the
// commission whose meeting adopted it or its other party. Nil otherwise.
func (x *extractor) publishingState() *entity {
	rest, ok := strings.CutPrefix(x.d.outlet, "Government of ")
	if !ok || !strings.Contains(strings.ToLower(x.d.head), "joint statement") {
		return nil
	}
	words := strings.Fields(rest)
	for n := min(3, len(words)); n > 0; n-- {
		name := strings.Join(words[:n], " ")
		if c := x.countryOf(name); c != "" && strings.Contains(x.d.head, name) {
			return x.cast.place(c)
		}
	}
	return nil
}

// jointPageVoice returns who speaks a quote nothing names a speaker for
// on a page that is a joint document itself (its title opens "Joint
// Statement …"): the document's own words, which go to the body whose
// page it is, as the publisher issues the text; a joint document under
// a body's letterhead (standfirstIsJointDoc) is that body's (ownPageBody, else
// ownBody, else domainSiteBody). Nil on any other page, or when the page
// names no body of its own: which party speaks is then no reading of
// the page's.
func (x *extractor) jointPageVoice() *entity {
	if !x.titleIsJointDoc() && !x.standfirstIsJointDoc() {
		return nil
	}
	if e := x.ownPageBody(); e != nil {
		return e
	}
	if e := x.ownBody(); e != nil {
		return e
	}
	return x.domainSiteBody()
}

// standfirstIsJointDoc reports whether the line under the title opens
// with a joint document's name, as a body's letterhead stands over it
// ("<BODY> / <STATE>" then "JOINT STATEMENT BY …"): the page is the
// document, its title the issuer's name.
func (x *extractor) standfirstIsJointDoc() bool {
	return opensJointDoc(x.d.standfirst)
}

// domainSiteBody returns the registry body "<Body> of <Country>" for a
// site name in the title ("<Headline> - <Body>, <Portfolio> and
// <Portfolio>") whose first part before a comma is the body's common name,
// the country the one the page's address ends in: a ministry titles its
// site with its full portfolio, the registry lists it by the common
// name and its state. Nil otherwise.
func (x *extractor) domainSiteBody() *entity {
	head := x.d.head
	if x.d.domain == "" || len(head) > 200 {
		return nil
	}
	i := strings.LastIndex(head, " - ")
	if i < 0 {
		return nil
	}
	name, _, ok := strings.Cut(head[i+3:], ", ")
	if !ok || !strings.Contains(name, " ") {
		return nil
	}
	if sp := x.cast.regSpeaker(name + " of " + x.d.domain); sp != nil && sp.Kind == "organisation" {
		return x.cast.fromRegistry(sp)
	}
	return nil
}

// jointPairLast returns who speaks for a state the subject names last of
// two "and" joins ("The Governments of <A> and [the] <B> <verb>") in
// an article that is a joint document's report: the two speak together,
// and a joint statement speaks for the state whose government publishes
// it (publishingState), else for its first-named party (jointParty). Nil
// when the subject is no pair's last part, the article names no joint
// document's party, or the party is the one named already.
func (x *extractor) jointPairLast(p *para, ev *event) *entity {
	i := subjectBefore(p, ev)
	if i <= 0 || !p.isWordAt(i) {
		return nil
	}
	if p.lw(i) == "the" {
		i--
	}
	if i <= 0 || !p.isWordAt(i) || p.lw(i) != "and" || !p.isWordAt(i-1) || !p.toks[i-1].isCap(p.text) {
		return nil
	}
	e := x.publishingState()
	if e == nil {
		e = x.jointParty()
	}
	if e == nil || e == ev.ent {
		return nil
	}
	return e
}

// jointDocMinistries returns the first state's ministry of a joint
// document sentence si names as its field's ministries' text ("the joint
// statement of the <field> ministries of <A>, <B> and <C>"): the
// document speaks for its first-named party, and a party named as a
// state's field ministry is that ministry, not the state, named as the
// registry's convention names a country's own body. Nil when the
// document's noun is followed by no such owner or the first word after
// "ministries of" names no state.
func (x *extractor) jointDocMinistries(si int) *entity {
	j := x.jointDocIn(si)
	if j < 0 || x.d.paras[x.d.sents[si].p].lowerAt(j+1) != "of" {
		return nil
	}
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	k := j + 2
	if p.lowerAt(k) == "the" {
		k++
	}
	a := k
	for k < s.b && k < a+3 && p.isWordAt(k) && p.lw(k) != "ministries" {
		k++
	}
	if k == a || p.lowerAt(k) != "ministries" || p.lowerAt(k+1) != "of" {
		return nil
	}
	c := k + 2
	if p.lowerAt(c) == "the" {
		c++
	}
	e := c
	for e < s.b && e < c+3 && p.isWordAt(e) && p.toks[e].isCap(p.text) {
		e++
	}
	if e == c || !p.isComma(e) && p.lowerAt(e) != "and" {
		return nil // one state's ministries, or no list of parties
	}
	country := x.countryOf(p.textOf(c, e))
	if country == "" {
		return nil
	}
	words := make([]string, 0, k-a+1)
	for i := a; i < k; i++ {
		words = append(words, upperFirst(p.word(i)))
	}
	field := fieldBeforeMinistry(append(words, "Ministry"), true)
	if field == "" {
		return nil
	}
	return x.ownedStateBody(&entity{name: country + "'s Ministry of " + field, kind: "organisation"})
}

// jointListFirst returns the first body of a list of three or more that a
// sentence naming a joint document opens with as the subject of its
// speech verb at v ("[The] <Body>, <Body2> and <Body3> said in a joint
// statement", "In a joint statement, <Body>, <Body2> and <Body3> said"):
// the parties issue one text, and copy names first the party whose
// statement it is, as jointFirstBody reads a pair. The subject must be
// capitals and the joiners of names only, with a comma before an "and";
// the words before the first comma must name a body. Nil otherwise.
func (x *extractor) jointListFirst(si int, p *para, v int) *entity {
	s := x.d.sents[si]
	a := p.frontedJointDoc(s.a, v)
	if p.lowerAt(a) == "the" {
		a++
	}
	comma, and := -1, false
	for k := a; k < v; k++ {
		if p.isComma(k) {
			if comma < 0 {
				comma = k
			}
			continue
		}
		if !p.isWordAt(k) {
			return nil
		}
		if p.toks[k].isCap(p.text) {
			continue
		}
		switch p.lw(k) {
		case "and":
			and = and || comma >= 0
		case "of", "for", "the":
		default:
			return nil
		}
	}
	if comma < a+2 || !and || x.jointDocIn(si) < 0 {
		return nil
	}
	r := p.interpret(a, comma)
	if r == nil || r.kind != refOrg && r.kind != refName {
		return nil
	}
	if e, _ := x.resolve(r, si, a); e != nil && e.kind == "organisation" {
		return e
	}
	return nil
}
