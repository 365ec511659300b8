package ingest

import (
	"strings"
)

// mention is a named person or organisation at a place in the text.
type mention struct {
	e   *entity
	tok int
}

// event is a speech verb with whoever it says spoke.
type event struct {
	p, v       int // paragraph and verb token
	sent       int // document sentence
	subj       *ref
	ent        *entity // nil when the speaker could not be named
	via        string  // how ent was found, for the editor: "", "pronoun", "description"
	afterQuote int     // 1 + index of the quote it attributes from behind ("…," he said)
	use        verbUse
}

// extractor holds what one article has shown so far.
type extractor struct {
	d            *document
	cast         *cast
	mentions     [][]mention // per document sentence, in order
	speakerAt    []*entity   // per document sentence: its first named speaker
	speakerBy    []*ref      // the phrase that named it
	events       [][]*event  // per paragraph, in order
	wordUses     map[string]wordUse
	unnamed      []unnamedSubject // per document sentence: a person it describes but does not name
	roleMentions []roleMention
	kindWords    []kindWord
	countries    []*string           // per document sentence, the country it names, once read
	issuerBody   *entity             // the body whose readout speaks of both sides as one (readoutIssuer)
	issuerDone   bool                // readoutIssuer has looked
	roles        []string            // the folded roles of the registry entries the article names (mentionedRoles)
	rolesDone    bool                // mentionedRoles has looked
	letterhead   *entity             // the registry body the article's first line names (letterheadBody)
	headDone     bool                // letterheadBody has looked
	own          *entity             // the body whose own publication the article is (ownBody)
	ownDone      bool                // ownBody has looked
	writerEnt    *entity             // the person whose own text the article is (writer)
	writerDone   bool                // writer has looked
	workOwners   map[string]*entity  // a titled work's head word ("survey") → the body whose work it is (titledWork)
	spelled      map[string]string   // an acronym → the name the article spells it out as, once looked for (spelledAcronym)
	linked       map[string]string   // a short name → the body's full name the article ties it to, once looked for (linkedFullName)
	placesIn     map[string]bool     // placeInText's answers: each place looked for in the whole text once
	renamed      map[*entity]*entity // a body → the same body by its own name, without its country's possessive (ownNameAfterCountry)
	stateBodies  map[*entity]*entity // a bare state body → its home country's, or nil, once looked for (homeStateBody)
	longerBodies map[*entity]*entity // a body → the longer name the article gives it, or nil, once looked for (longerBodyName)
	romance      map[string]string   // a place word → the Romance body's name it ends (romanceBodyOfPlace), once romanceRead
	romanceRead  bool
	acrBrackets  int8   // 1 when a paragraph opens a bracket on a capital, 2 when none does, 0 unread
	clanInitials int8   // 1 when a word shaped like a clan initial ("<Cap><small>.") stands before a space, 2 when none does, 0 unread
	headNation   string // headCountry's answer, once headRead: the title does not change while a draft is made
	headRead     bool
	// otherHome is awayHome's answer, once awayRead: the copy does not
	// change while a draft is made.
	otherHome string
	awayRead  bool
	// placeHome is placesHome's answer, once placeRead: the copy does
	// not change while a draft is made.
	placeHome string
	placeRead bool
	// ownState is headerState's answer, once ownRead: the header and
	// the registry do not change while a draft is made.
	ownState string
	ownRead  bool
	divHome  string // the home readDivisionStory last read for, once divRead
	divIn    bool   // its answer
	divRead  bool
	divLevel int8 // 1 when a sentence names a division's government by its level (divisionLevelInText), 2 when none does, 0 unread

	// The body whose meeting adopted the article's joint document
	// (jointBody), found at sentence jointFrom; the sentences before
	// jointScan have been looked through for it.
	joint     *entity
	jointFrom int
	jointScan int
	// party is the first-named party of the article's joint document
	// (jointParty), once partyRead.
	party     *entity
	partyRead bool

	caseSides caseParties // the sides of the article's case, read once (parties)

	// judge is the one judge a court report names (soleJudge), once
	// judgeRead.
	judge     *entity
	judgeRead bool

	// skip is a person antecedent passes over: the one a quote names in
	// the third person, who is not its speaker (namedInOwnQuote).
	skip *entity

	// namedOnly keeps personByRole to people named with the title, when
	// the nearest holder it found was a bare use of the title itself.
	namedOnly bool
}

// unnamedSubject is "a father of three" or "one resident" as a sentence's
// subject: a pronoun after it means them, and they have no name.
type unnamedSubject struct {
	tok    int // 1 + the token of its determiner; 0 when there is none
	gender gender
	verb   int // 1 + the token of the speech verb it is the subject of; 0 when not known
}

func newExtractor(d *document, c *cast) *extractor {
	// The per-sentence lists are the last draft's, emptied: their lists
	// of mentions and events keep their room.
	sc := d.sc
	sc.mentions, sc.events = emptiedLists(sc.mentions, len(d.sents)), emptiedLists(sc.events, len(d.paras))
	sc.speakerAt, sc.speakerBy = zeroed(sc.speakerAt, len(d.sents)), zeroed(sc.speakerBy, len(d.sents))
	sc.unnamed = zeroed(sc.unnamed, len(d.sents))
	return &extractor{
		d:         d,
		cast:      c,
		mentions:  sc.mentions,
		speakerAt: sc.speakerAt,
		speakerBy: sc.speakerBy,
		events:    sc.events,
		unnamed:   sc.unnamed,
		kindWords: sc.kindWords[:0],
	}
}

// newEvent returns a copy of ev from the draft's scratch: some 35 events
// an article, each allocated alone before, were 2.7 KB of its 56 KB.
//
// The copy is made into new memory rather than by returning &ev, which
// would move ev to the heap on every call, scratch or not.
func (x *extractor) newEvent(ev event) *event {
	var p *event
	if x.d.sc == nil {
		p = new(event)
	} else {
		p = x.d.sc.evs.next()
	}
	*p = ev
	return p
}

// findEvents finds every speech verb and its speaker, in document order,
// so pronouns can look back at who spoke last.
func (x *extractor) findEvents() {
	identified := false
	for si, s := range x.d.sents {
		p := x.d.paras[s.p]
		if !identified && s.p > x.d.lead+1 {
			// Before the pronouns after it: "The analyst later added …
			// '…,' he said" means the expert the lead left unnamed.
			x.identifyLater()
			identified = true
		}
		var prev *event
		// eventAt's first test, without the call, passes over most words.
		for v := p.nextWordOf(s.a, s.b, cSpeech|cAttrib); v < s.b; v = p.nextWordOf(v+1, s.b, cSpeech|cAttrib) {
			ev := x.eventAt(si, s, p, v, prev)
			if ev == nil {
				continue
			}
			if u := x.unnamed[si]; u.verb == v+1 && ev.ent != nil && ev.subj != nil && ev.subj.kind != refRole {
				// "A woman walking her dog along the <River> embankment
				// said": the unnamed person speaks, not a name inside
				// what describes her. A body the description names ("a
				// representative for the company") keeps its own rules.
				ev.ent = nil
			}
			x.events[s.p] = append(x.events[s.p], ev)
			prev = ev
			if ev.ent != nil {
				if x.speakerAt[si] == nil {
					x.speakerAt[si], x.speakerBy[si] = ev.ent, ev.subj
				}
				// A named speaker is a person a pronoun may refer to; a lone
				// capitalised word ("Karvia accused …") may be a country.
				if ev.ent.kind == "person" && ev.subj != nil && (ev.subj.evidence || strings.Contains(ev.ent.name, " ")) {
					ev.ent.confirmed = true
				}
				x.note(si, ev.ent, ev.v)
			}
		}
	}
	if !identified {
		x.identifyLater()
	}
}

// identifyLater names the expert a story's first paragraph leaves unnamed
// ("…, a Kenyan economist has said."), as wire and state-media copy does,
// with the person who speaks first in the next paragraph. Only experts:
// an official or a source left unnamed in a lead stays so.
func (x *extractor) identifyLater() {
	lead := x.d.lead
	if lead+1 >= len(x.events) {
		return
	}
	var next *entity
	for _, ev := range x.events[lead+1] {
		if ev.ent != nil && ev.ent.kind == "person" {
			next = ev.ent
			break
		}
	}
	if next == nil {
		return
	}
	var head string
	for _, ev := range x.events[lead] {
		if ev.ent == nil && ev.subj != nil && ev.subj.kind == refRole && ev.subj.indefinite && (experts[ev.subj.head] || occupationWord(ev.subj.head)) {
			ev.ent, ev.via = next, "description"
			head = ev.subj.head
		}
		if r := ev.subj; r != nil && r.kind == refRole && !r.indefinite && strings.HasPrefix(r.head, "spokes") && (ev.ent == nil || ev.ent.kind == "organisation") &&
			x.firstNamedAt(next, lead+1) && (next.role == "" || strings.Contains(strings.ToLower(next.role), r.head)) {
			// "<Country>'s Foreign Ministry spokesman says …", then "X
			// said" opening the next paragraph: wire and state-media copy
			// names the spokesman it described, not another speaker.
			ev.ent, ev.via = next, "description"
		}
		// "“…,” the Minister of State for X said on Tuesday, …" with the
		// minister named only in the next paragraph ("Dr Y said …"): a
		// title with "the" the lead gives no holder is the person who
		// speaks first next, when no other title is given them.
		if ev.ent == nil && ev.subj != nil && ev.subj.kind == refRole && ev.subj.det == "the" && !ev.subj.plural() && !speaksForBody(ev.subj.head) &&
			(next.role == "" || strings.Contains(" "+strings.ToLower(next.role)+" ", " "+ev.subj.head+" ")) {
			ev.ent, ev.via = next, "description"
		}
	}
	if head == "" {
		return
	}
	// "The analyst" later, which no one named holds, is them too.
	for s := range x.mentions {
		for i, m := range x.mentions[s] {
			if m.e.kind == "anon" && m.e.speaksFor == nil && (m.e.role == head || strings.HasSuffix(m.e.role, " "+head)) {
				x.mentions[s][i].e = next
			}
		}
	}
}

// adverbialPreps open the phrase after a fronted adverb ("Elsewhere in",
// "Later on"); "of", "for" and "from" go on a noun ("Leaders of …").
var adverbialPreps = set(`in on at during after before`)

// firstNamedAt reports whether e is first mentioned in paragraph pi.
func (x *extractor) firstNamedAt(e *entity, pi int) bool {
	for si, ms := range x.mentions {
		for _, m := range ms {
			if m.e == e {
				return x.d.sents[si].p == pi
			}
		}
	}
	return false
}

// experts are what copy calls someone it quotes for what they know: they,
// and any specialist by the -ist ending ("agronomist"), are who a
// lead leaves unnamed and names in the next paragraph.
var experts = set(`economist analyst expert scholar professor researcher scientist lecturer academic
	historian commentator specialist`)

var beForms = set(`be been being is are was were`)

// modals before a speech verb make it a speech to come, not one reported.
var modals = set(`will would could should might may can must shall`)

// continueForms are the speech verb "continue", which also says something
// lasted; durationPreps open the span it lasted: "continued for", "went
// on until".
var (
	continueForms = set(`continue continues continued`)
	durationPreps = set(`for until till into through throughout since`)
)

// eventAt reads token v as a speech verb, or returns nil.
func (x *extractor) eventAt(si int, s sentRef, p *para, v int, prev *event) *event {
	t := &p.toks[v]
	if t.kind != tWord || t.q != 0 || t.class&(cSpeech|cAttrib) == 0 {
		return nil
	}
	if t.class&cSpeech == 0 && p.low(t) != "according" {
		return x.phraseEvent(si, s, p, v)
	}
	if p.low(t) == "according" && p.lowerAt(v+1) == "to" {
		ev := x.newEvent(event{p: s.p, v: v, sent: si, use: anyUse})
		a, b := p.npRight(v+2, s.b)
		if b == a+2 && p.lowerAt(b) == "for" && p.lowerAt(b+1) == "the" && speaksForBody(p.lw(b-1)) && p.isWordAt(b+2) && !p.toks[b+2].isCap(p.text) && p.isComma(b+3) {
			// "According to a spokesperson for the <noun>, …": whom the
			// spokesperson speaks for is the source's, as after "said".
			b += 3
		}
		if d := p.docTail(b, s.b); d > b {
			if r := p.interpret(a, d); r != nil && r.kind == refDoc {
				b = d
			}
		}
		ev.subj = p.interpret(a, b)
		if c := p.titleComplementEnd(ev.subj, b, s.b); c > b {
			// "According to the president of the <body> of <place>, X Y,
			// …": the holder named after the title.
			if n := p.holderAfterTitle(a, c, s.b); n != nil {
				ev.subj = n
			}
		}
		if prev != nil && prev.ent != nil && prev.v < v && reportsMedia(ev.subj) {
			// "X has called it “…” and “…”, according to the state news
			// agency Y": the outlet relays the subject's words, which stay
			// the subject's.
			return nil
		}
		if g, ok := objectPronouns[p.lowerAt(v+2)]; ok && (b <= v+3 || p.lowerAt(v+2) != "her") {
			// "According to him, …": the person last named, as "he".
			// "Her" before a noun ("according to her <kin>") is the
			// possessive: the phrase means someone else.
			ev.subj = &ref{kind: refPronoun, pronoun: p.lw(v + 2), text: p.word(v + 2), surface: p.word(v + 2), gender: g}
		}
		if c := p.closingMarkBefore(v); c >= 0 && p.isComma(c-1) || c >= 0 && p.isComma(c+1) {
			ev.afterQuote = int(p.toks[c].q) // "…," according to the ministry
		}
		x.resolveEvent(ev, si, p, a)
		if ev.ent == nil && ev.afterQuote == 0 && ev.subj != nil && (ev.subj.kind == refSomeone || ev.subj.kind == refDoc) {
			// "According to a draft seen by reporters, the X Council
			// would cut … and “…”": a document no one is said to have
			// issued sets out the plans of the body the clause after it
			// names.
			x.clauseAfterSource(ev, si, s, p, b)
		}
		return ev
	}
	if p.low(t) == "saying" && p.lowerAt(v-1) == "as" {
		if ev := x.quotedAs(si, s, p, v); ev != nil {
			return ev
		}
	}
	use := speechUse(t) // speechVerbs[p.low(t)]
	if use == 0 || v == s.a || t.isCap(p.text) {
		return nil // not a speech verb, an opening participle ("Asked whether …") or a name ("State Department")
	}
	if t.class&cAsLabel != 0 && !p.asQuoteAfter(v) {
		return nil // "rejected a bid": no words of the subject's
	}
	if p.inQuoteGloss(v) {
		// "“<words in another language>” (<the words in English>),
		// <Name> told reporters": the bracketed gloss after a quote
		// translates it; its verb is the quote's, no one's speech.
		return nil
	}
	if continueForms[p.low(t)] && durationPreps[p.lowerAt(v+1)] {
		// "since <the things> had continued for “<a span>”":
		// something lasting, its span quoted from the speaker of the
		// clause around it, not someone going on speaking.
		return nil
	}
	if t.class&cParticiple != 0 {
		// "In a decision written in French, Justice X found …", "a letter
		// written by hand": a participle that is never a verb on its own
		// describes the noun before it; only "has written" or "was written"
		// make it the clause's verb.
		aux := false
		for k := v - 1; k >= s.a && k >= v-3 && p.isWordAt(k) && !aux; k-- {
			l := p.lw(k)
			aux = beForms[l] || l == "has" || l == "have" || l == "had" || l == "having"
		}
		if !aux {
			return nil
		}
	}
	before := p.lowerAt(v - 1)
	if before == "to" && p.low(t) == "comment" && p.lowerAt(v+1) == "on" && v+2 < len(p.toks) && p.toks[v+2].kind == tQuote && p.toks[v+2].open {
		// "declined to comment on “rumours”": the words are
		// theirs, though the comment was declined.
		ev := x.newEvent(event{p: s.p, v: v, sent: si, use: quoteOnly, subj: x.subjectLeft(p, p.infinitiveVerb(v), s.a)})
		if ev.subj == nil {
			return nil
		}
		x.resolveEvent(ev, si, p, v)
		return ev
	}
	if before == "to" && habitual[p.lowerAt(v-2)] && (p.low(t) == "say" || p.low(t) == "tell" || p.low(t) == "remind") {
		// "X likes to say, “…”", "used to tell us, “…”": a saying of
		// theirs, not a speech to come. What someone "used to tell"
		// the speaker is theirs only when the sentence names them: "my
		// first boss used to tell us" is a person the story never names.
		ev := x.newEvent(event{p: s.p, v: v, sent: si, use: quoteOnly, subj: x.subjectLeft(p, v-2, s.a)})
		if ev.subj == nil || p.low(t) != "say" && ev.subj.kind != refName {
			return nil
		}
		x.resolveEvent(ev, si, p, v)
		return ev
	}
	if before == "to" && courtesyWishes[p.lowerAt(v-2)] && noticeVerbs[p.low(t)] {
		// "Police wish to remind the public that “…”", "The council
		// wishes to advise residents that …": a notice's courtesy form,
		// in which the body gives its message now, not a wish for later.
		ev := x.newEvent(event{p: s.p, v: v, sent: si, use: quoteOnly, subj: x.subjectLeft(p, v-2, s.a)})
		if ev.subj == nil {
			return nil
		}
		x.resolveEvent(ev, si, p, v)
		return ev
	}
	if before == "to" && p.low(t) == "say" && wishVerbs[p.lowerAt(v-2)] && p.colonQuoteAfter(v) {
		// "I want to say <adverb>: “…”": a speaker who says they want to
		// say something, then says it in marks, is saying it now; the
		// subject is the wish's.
		ev := x.newEvent(event{p: s.p, v: v, sent: si, use: quoteOnly, subj: x.subjectLeft(p, v-2, s.a)})
		if ev.subj == nil {
			return nil
		}
		x.resolveEvent(ev, si, p, v)
		return ev
	}
	if before == "to" || p.isDet(v-1) || isPossessive(p.word(v-1)) && !p.ownedNameSpeaks(v) {
		return nil // "declined to say", "a warning", "his claims"
	}
	if p.isWordAt(v-1) && !t.isCap(p.text) && p.toks[v-1].class&(cCap|cSkip|cDocNoun) == 0 && speechNouns[p.low(t)] && (p.isDet(v-2) || isPossessive(p.lowerAt(v-2))) {
		// A noun after its adjective: "on his daily call", "the final
		// note". A document's noun is no adjective: "the order states".
		return nil
	}
	if p.lowerAt(v-2) == "the" && p.isNameWord(v-1) && !t.isCap(p.text) && speechNouns[p.low(t)] && !strings.HasSuffix(p.low(t), "s") && !strings.HasSuffix(p.lw(v-1), "s") {
		// "heard the <Name> promise “…”": a name in the singular, after
		// "the", takes a verb with its "-s"; the bare form after it is
		// a noun the name modifies ("the <Place> promise"), not the
		// name speaking.
		return nil
	}
	k := v - 1
	for k >= s.a && p.isWordAt(k) && p.toks[k].class&cSkip != 0 && !p.inList(k, cBeForm) {
		k--
	}
	if k >= s.a && p.inList(k, cBeForm) {
		if ev := x.progressive(si, s, p, v, k); ev != nil {
			return ev
		}
		return nil // passive: "had been declared"
	}
	if prev != nil && k >= s.a && k < v-1 && modals[p.lowerAt(k+1)] {
		return nil // "X told RT that the fleet would respond …": not what was said
	}
	if thatOnlyVerbs[p.low(t)] && p.lowerAt(v+1) != "that" {
		// "demanded a “<term>”", "accepted the “<offer>”": a thing asked
		// for or taken, not words; "demanded that …", "accepted that …"
		// report what the subject put forward.
		return nil
	}
	if (p.low(t) == "pointed" || p.low(t) == "points") && p.lowerAt(v+1) != "out" {
		return nil
	}
	if (p.low(t) == "speaks" || p.low(t) == "spoke") && p.lowerAt(v+1) != "of" {
		return nil // "<Name> speaks of a “<words>”", not "spoke to" or "spoke at"
	}
	if prev != nil && p.echoedLine(v, s.a) {
		// "<Name> says <clause> “…”, a line <Name2> repeated": the noun
		// after the quote names the words the first verb already
		// reported, and the one said to echo, use or reject them after
		// it is not the quote's speaker.
		return nil
	}
	if prev != nil && judgementVerbs[p.low(t)] {
		// "X said the agency expects growth “…”": a judgement inside a
		// clause an earlier verb of the sentence reports is the
		// reporter's account of it; the reporter keeps the words.
		return nil
	}
	if memoryVerbs[p.low(t)] && (p.isNameWord(v-1) && isKnownPlace(p.word(v-1)) || inBrackets(p.text[:t.s])) {
		// "<Country> remembered her “…”": a nation's or a town's regard,
		// not anyone's words; whoever reported it speaks. A translation
		// in brackets ("“…” (<The land remembers>), she said") glosses
		// the quote and attributes nothing.
		return nil
	}
	ev := x.newEvent(event{p: s.p, v: v, sent: si, use: use})
	if strings.HasSuffix(p.low(t), "ing") {
		// A participle after a comma shares the clause's speaker: "…, saying
		// there was a danger", "he said, adding that …"; after "with" its
		// subject is the phrase between: "with party spokesperson X
		// accusing the Congress of …".
		if before == "by" && v-1 > s.a {
			// "X closed the session by urging members to “…”", "she
			// ended by saying …": the clause's subject speaks.
			if ev.subj = x.clauseSubject(p, s.a, v-1); ev.subj == nil {
				return nil
			}
			x.resolveEvent(ev, si, p, v)
			return ev
		}
		if (before == "while" || before == "whilst") && p.isComma(v-2) {
			// "X backed the plan, while stressing that “…”": the
			// participle after "while" goes on with the clause's
			// speaker, as one after the comma alone does.
			before = ","
		}
		if heardVerbs[before] && beForms[p.lowerAt(v-2)] && v-2 > s.a {
			// "X can be heard demanding that “…”", "Y was seen telling
			// …": a recording or a witness presents the subject speaking.
			if ev.subj = x.clauseSubject(p, s.a, v-2); ev.subj == nil {
				return nil
			}
			x.resolveEvent(ev, si, p, v)
			return ev
		}
		if before != "," {
			if a := p.npLeft(v-1, s.a); a > s.a && p.lowerAt(a-1) == "with" {
				ev.subj = p.interpret(a, v)
				x.resolveEvent(ev, si, p, v)
				return ev
			}
			return nil
		}
		if prev != nil {
			if prev.ent == nil {
				// "A spokesperson said the letters asked schools to …,
				// adding: “…”": the clause the speaker reports names no
				// one; the participle goes on with the sentence's
				// speaker, not the reported clause's subject.
				for _, e := range x.events[s.p] {
					if e.sent == si && e.v < prev.v && e.ent != nil && e.afterQuote == 0 {
						prev = e
						break
					}
				}
			}
			ev.subj, ev.ent, ev.via = prev.subj, prev.ent, prev.via
			return ev
		}
		ev.subj = x.clauseSubject(p, s.a, v)
		x.resolveEvent(ev, si, p, v)
		return ev
	}
	if (before == "and" || before == "but") && prev != nil && prev.ent != nil && (p.isComma(v-2) || prev.v == v-2 || prev.afterQuote == 0 && prev.subj != nil && prev.subj.kind == refName) {
		// "“…,” he said, and shrugged.", "X welcomed the plan but
		// called for …": a second verb with no subject of its own
		// shares the first's.
		ev.subj, ev.ent, ev.via = prev.subj, prev.ent, prev.via
		return ev
	}
	// The mark first: most verbs follow none, and then the two word-list
	// look-ups below are never made (as speechNouns' look-up above waits
	// for its token tests): some 9 K instructions of a 5 KB article's.
	c := p.closingMarkBefore(v)
	if c >= 0 && (p.inList(v-1, cPreposition) || p.inList(v-1, cNounPrep)) { // prepositions[before], nounPreps[before]
		return nil // "…” that …, despite reports that …": a noun after its preposition
	}
	if c >= 0 && t.class&cForwardOnly == 0 {
		q := x.d.quotes[p.toks[c].q-1]
		from := p.pastQuoteAside(c+1, v)
		inverted := from == v || from+1 == v && p.isComma(from) // "…," said X / "…" said X
		// A quote ending in a full stop closes its sentence, unless the stop
		// is an abbreviation's and a comma follows it: "… at <hour> a.m.," said X.
		ended := strings.HasSuffix(q.text, ".") && !(c > 0 && p.isComma(c-1))
		if !ended && (inverted || !p.introducesQuote(v)) {
			if subj, ok := x.subjectAfterQuote(p, from, v, len(p.toks)); ok {
				ev.afterQuote = int(p.toks[c].q)
				ev.subj = subj
				x.resolveEvent(ev, si, p, c+1)
				return ev
			}
		}
	}
	if p.inList(v-1, cPreposition) { // prepositions[before]
		return nil // a noun: "a request for comment"
	}
	if p.pluralNounAt(v, s.a) {
		return nil // a noun: "covering 214 driver posts"
	}
	if ev.subj = x.subjectLeft(p, v, s.a); ev.subj == nil {
		ev.subj = p.bothSidesBefore(v, s.a) // "Both sides said:"
	} else if n := p.asideNameBefore(v, s.a); n != nil && ev.subj.kind == refName && p.frontedPlace(s.a, ev.subj.name) {
		// "In <Place>, a <role>, <Name>, explained that …": the name
		// after the sentence's opening preposition is where; the full
		// name set off just before the verb is who.
		ev.subj = n
	} else if p.ownedNameSpeaks(v) && ev.subj.kind == refName && x.cast.lookup(ev.subj.name) == nil {
		// "<Founder>'s said": a name the article knows by no bare form
		// is a body's, its "'s" part of it.
		if w := p.word(v - 1); stripPossessive(w) == ev.subj.name {
			ev.subj = &ref{kind: refOrg, name: w, text: w, surface: w}
		}
	}
	if ev.subj == nil && p.isComma(v-1) && !addresseeVerbs[p.low(t)] && !uninverted[p.lowerAt(v+1)] {
		// "…, said X, an analyst": the subject after the verb. Not the
		// one a verb tells ("X, which …, informed the company that …"),
		// nor a pronoun that never stands after its verb ("X, in a
		// submission, said it would …"): those are the verb's object
		// or the reported clause's own subject.
		a, b := p.npRight(v+1, s.b)
		ev.subj = p.interpret(a, b)
		if aa, ab, ok := p.appositiveAfter(b, s.b); ok {
			ev.subj = p.applyAppositive(ev.subj, aa, ab)
		}
	}
	if ev.subj == nil {
		return nil // no one to say it: not a speech verb here
	}
	x.resolveEvent(ev, si, p, v)
	if (p.low(t) == "speaks" || p.low(t) == "spoke") && (ev.ent == nil || ev.ent.kind != "person") {
		// "<Person> speaks of a “<words>”" gives the person's words; a
		// body that "speaks of" a thing, as a teaser sums up, is no one
		// heard saying them.
		return nil
	}
	if prev != nil && prev.ent != nil && prev.ent.kind == "person" && prev.afterQuote == 0 && x.reportedInside(p, prev, ev, v) && !x.anotherBodys(prev.ent, ev.ent) {
		// "X, the ministry's spokesperson, said the department had asked
		// Y to hold “…”": a description of the speaker's own body, as
		// the subject of the clause the speaker reports, is the speaker
		// talking; the quoted words are theirs.
		ev.ent, ev.via = prev.ent, prev.via
	}
	if ev.ent == nil && prev != nil && ev.subj.kind == refPronoun && ev.subj.gender == plural && strings.EqualFold(ev.subj.text, "they") {
		// "<Body> said <the things> were <adjective>, since they had
		// continued for “…”", "<Name> asked for <something>, saying they
		// had <done something> and had “…”": a "they" that names no
		// one, in the clause an earlier verb of the sentence reports, is
		// the things or people the speaker talks about; its verb
		// ("continued", "reported") is no speech of theirs, and the
		// quoted words are the speaker's.
		for k := len(x.events[s.p]) - 1; k >= 0; k-- {
			if e := x.events[s.p][k]; e.sent == si && e.v < v && e.ent != nil && e.afterQuote == 0 {
				ev.subj, ev.ent, ev.via = e.subj, e.ent, e.via
				break
			}
		}
	}
	return ev
}

// progressive reads a speech verb's -ing form after a form of "be" at k
// ("Police are reminding drivers that …", "the union has been warning
// that …"): a tense of the verb, whose subject stands before the
// auxiliary, not a passive. Nil after "being" or "be" ("is being
// said", "will be asking": no words reported as said), after a modal,
// for a verb that names rather than says ("is calling her “…”"), or with
// no subject.
func (x *extractor) progressive(si int, s sentRef, p *para, v, k int) *event {
	if b := p.lw(k); b == "being" || b == "be" || !strings.HasSuffix(p.lw(v), "ing") || speechVerbs[p.lw(v)] != anyUse || modals[p.lowerAt(k-1)] {
		return nil
	}
	subj := x.subjectLeft(p, k, s.a)
	if subj == nil {
		return nil
	}
	ev := x.newEvent(event{p: s.p, v: v, sent: si, use: anyUse, subj: subj})
	x.resolveEvent(ev, si, p, v)
	return ev
}

// relationNamed returns the name [n, m) set off after a relation noun that
// follows a possessive ending at token b ("<Name>'s neighbour, <Given>
// <Family>,", "<Name>'s cousin, …"): one to three lower-case words, no
// document's, body's or organ's noun, a comma, then a name of two words or
// more that ends its phrase. m == n when the words after b are not that.
func (p *para) relationNamed(b, hi int) (int, int) {
	k := b
	for k < hi && k < b+3 && p.isWordAt(k) && !p.toks[k].isCap(p.text) {
		k++
	}
	if k == b || !p.isComma(k) {
		return 0, 0
	}
	if w := p.lw(k - 1); docNouns[w] || orgHeads[w] || bodyOrgans[w] {
		return 0, 0 // "<Name>'s office, <Name> <Name>": no person's relation
	}
	n := k + 1
	m := n
	for m < hi && p.isNameWord(m) && p.toks[m].q == 0 {
		m++
	}
	if m-n < 2 || m < hi && !p.isComma(m) && p.toks[m].kind != tEnd {
		return 0, 0
	}
	return n, m
}

// forwardOnly verbs attribute only words quoted after them: thanks and
// commendations are never set after the words they are for ("…," she
// thanked), so a mark just before the verb closes a term in its subject
// ("the "interim" council thanked …") or words another verb attributes.
var forwardOnly = set(`thank thanked commend commended`)

// anotherBodys reports whether body is not the person's own: their title
// names another body by its name in the possessive ("<Body>'s regional
// coordinator"). "He recalled that the committee had asked …" then reports
// what that other body asked, in its words, not the speaker's.
func (x *extractor) anotherBodys(person, body *entity) bool {
	if body == nil || body.kind != "organisation" || person.role == "" {
		return false
	}
	for w := range strings.FieldsSeq(person.role) {
		if !isPossessive(w) {
			continue
		}
		own := x.cast.lookup(stripPossessive(w))
		return own != nil && own.kind == "organisation" && own != body
	}
	return false
}

// addresseeVerbs take the one told as their object: the phrase after
// them is never their subject set after the verb.
var addresseeVerbs = set(`told tells informed informs notified notifies assured assures reminded
	reminds briefed briefs`)

// uninverted are pronouns that open a reported clause after a speech verb
// but never stand as its subject set after it, as "said X" does: "…, said
// it would …", "…, said they had …".
var uninverted = set(`it they we this there`)

// reportedInside reports whether ev, a speech verb at v, is the verb of
// the clause the earlier event prev reports ("X said [that] the
// department had asked …"), with a description of a body in lower case
// as its subject: the clause starts right after prev's verb, maybe after
// "that", and holds no other speech verb or quote before v.
func (x *extractor) reportedInside(p *para, prev, ev *event, v int) bool {
	r := ev.subj
	if r == nil || r.det != "the" || prev.v >= v {
		return false
	}
	if r.kind != refOrgDesc && !(r.kind == refOrg && !strings.Contains(r.text, " ") && orgHeads[strings.ToLower(r.text)]) &&
		!(r.kind == refSomeone && !strings.Contains(r.text, " ") && !describesPerson(strings.ToLower(r.text))) {
		return false // "the ministry", "the Council" capitalised as a body's short name, "the talks" (a thing)
	}
	k := prev.v + 1
	if p.lowerAt(k) == "that" {
		k++
	} else if j := p.secondThat(k, v); j > 0 {
		k = j + 1 // "<Name> said <clause>, and that the <body> <verb> …"
	}
	if p.lowerAt(k) != "the" {
		return false
	}
	for i := k; i < v; i++ {
		if p.toks[i].q != 0 || p.isComma(i) || p.toks[i].kind == tEnd {
			return false
		}
	}
	return true
}

// secondThat returns the "that" of ", and that" opening a second clause
// a speech verb reports, within a short first one that starts at token k
// ("said <clause>, and that …"), before token v; else 0. The clauses a
// verb reports joined by "and that" are all the subject's, as the first.
func (p *para) secondThat(k, v int) int {
	for i := k; i < v && i < k+8; i++ {
		if p.toks[i].q != 0 || p.toks[i].kind == tEnd {
			return 0
		}
		if p.lowerAt(i) == "and" && p.lowerAt(i+1) == "that" && p.isComma(i-1) {
			return i + 1
		}
	}
	return 0
}

// attribWords attribute words to someone without being speech verbs:
// "according to", "as she puts it", "in his words", and every word of
// findingVerbs and openingVerbs, which are made from those lists so that a
// verb added to one is an attribution word too.
var attribWords = func() map[string]bool {
	m := set(`according put puts words phrase statement read reads went goes opinion view`)
	for _, from := range []map[string]bool{findingVerbs, openingVerbs} {
		for w := range from {
			m[w] = true
		}
	}
	return m
}()

// openingVerbs say what words someone opened or closed a meeting or a
// speech with: "opened the meeting with "…"", "ended her set with "…"".
var openingVerbs = set(`opened opens began begins closed closes ended ends greeted greets`)

// findingVerbs report a body's or a judge's finding, a party's submission or
// a view held ("the court found that …", "holding that …", "the respondent
// submitted that …", "considering that …"): the words quoted in the clause
// after "that" are the subject's, as a court's or an inquiry's own
// wording. Without "that" they are no speech ("found the body", "held a
// meeting"). "Expressed" and "found" also take a quote straight after
// them (expressed "deep regret", found "serious failings"). A party
// "contended that …", and a court that decided a case did so ", ruling
// that …".
//
// The class takes in the other verbs that report what was said only
// through the clause after them — agreement ("the sides agreed that …"),
// advice and forecasts ("advised us that …", "has forecast that …"), and
// requests and orders, whose clause is an infinitive after their object
// ("requested the government to …", "ordered the state to …", an
// order that "requires the firm to …"): see
// clauseAfter for the frames each may take. So do a decision ("the
// tribunal decided that …"), and what a body's figures or bulletin
// indicate or estimate ("indicated in its bulletin that …", "estimated
// that the closure was costing …"): a body's own wording of its finding.
var findingVerbs = set(`found finds held holds holding submitted submits submitting considered
	considering expressed expresses expressing contended contends contending ruling
	agree agrees agreed advised advises forecast forecasts forecasted requested requests
	ordered orders instructed instructs recommended recommends directed directs
	decided decides indicated indicates estimated estimates finding requires`)

// directiveVerbs are the clause verbs whose clause may be an infinitive
// after the one told: "requested the Government to ensure that “…”",
// "ordered the Respondent State to “…”", "advised farmers to “…”".
var directiveVerbs = set(`advised advises requested requests ordered orders instructed instructs
	recommended recommends directed directs requires`)

// labelVerbs are the clause verbs that may take the words straight after
// their object, as "called" does: "considered the plan “…”".
var labelVerbs = set(`considered considers`)

// objectPronounWords are the pronouns that stand as the one told between
// a clause verb and its "that": "advised us that …".
var objectPronounWords = set(`us them him her me you`)

// clauseAfter returns the first token of the clause a clause verb at v
// reports when its object or an aside stands between them — "that" after
// an object pronoun or a short phrase opening on a preposition ("advised
// us that", "considered in a statement that", "found in its judgment of
// <date> that", the date's words not counted), a directive verb's object
// and "to" ("ordered the state to") or the opening mark of an infinitive
// quoted whole ("directed the <party> “not to …”"), a label verb's
// short object and an opening mark ("considered the corridor “…”") —
// else -1. The object must
// be short and hold no comma, no "that" and no mark: a longer one is a
// sentence of its own, and "that" after a noun ("considered the plan that
// …") most often opens a relative clause, not what was said.
func (p *para) clauseAfter(v, hi int) int {
	w := p.lw(v)
	first := p.lowerAt(v + 1)
	end := v + 6
	for k := v + 2; k < hi && k <= end; k++ {
		if p.isWordAt(k) && (p.toks[k].class&cMonth != 0 || isDigit(p.text[p.toks[k].s]) && isNumber(p.lw(k))) {
			end++ // a date's words name no one: "found in its judgment of <d> <Month> <yyyy> that"
		}
		if p.toks[k].kind == tQuote && p.toks[k].open {
			if labelVerbs[w] && p.isDet(v+1) {
				return k
			}
			if directiveVerbs[w] && !prepositions[first] && p.infinitiveOpens(k) {
				return k // "ordered the state “not to …”": the infinitive inside the marks
			}
			return -1
		}
		if !p.isWordAt(k) {
			return -1
		}
		switch p.lw(k) {
		case "that":
			if k == v+2 && objectPronounWords[first] || prepositions[first] {
				return k
			}
			return -1
		case "to":
			if directiveVerbs[w] && !prepositions[first] && (p.isWordAt(k+1) || k+1 < hi && p.toks[k+1].kind == tQuote && p.toks[k+1].open) {
				return k
			}
			return -1
		}
	}
	return -1
}

// infinitiveOpens reports whether the quote whose opening mark is token k
// opens on an infinitive, "to <verb>" or "not to <verb>": what a
// directive's object was told to do, quoted from the order itself.
func (p *para) infinitiveOpens(k int) bool {
	rest := p.text[p.toks[k].e:min(int(p.toks[k].e)+8, len(p.text))]
	return strings.HasPrefix(rest, "to ") || strings.HasPrefix(rest, "not to ")
}

// phraseEvent reads "as X put it" and "in X's words" ("in his phrase"),
// which attribute the quote next to them to X, or returns nil.
func (x *extractor) phraseEvent(si int, s sentRef, p *para, v int) *event {
	var ev event
	ev.p, ev.v, ev.sent, ev.use = s.p, v, si, quoteOnly
	switch w := p.low(&p.toks[v]); {
	case findingVerbs[w]:
		return x.findingEvent(si, s, p, v)
	case openingVerbs[w]:
		// "X opened the meeting with "…"": the words after "with", in
		// the verb's own clause, are the subject's.
		for k := v + 1; k < s.b && k <= v+7; k++ {
			if !p.isWordAt(k) || p.isComma(k) {
				return nil
			}
			if p.lw(k) == "with" {
				if k+1 >= s.b || p.toks[k+1].kind != tQuote || !p.toks[k+1].open {
					return nil
				}
				ev.subj = x.subjectLeft(p, v, s.a)
				if ev.subj == nil {
					return nil
				}
				x.resolveEvent(&ev, si, p, v)
				return &ev
			}
		}
		return nil
	case w == "put" || w == "puts":
		// "as she puts it, “…”", "“…”, as one driver put it"
		if p.lowerAt(v+1) != "it" {
			return nil
		}
		as := v - 1
		for as >= s.a && v-as <= 12 && p.lowerAt(as) != "as" && p.toks[as].q == 0 {
			as--
		}
		if as < s.a || p.lowerAt(as) != "as" || as+1 >= v {
			return nil
		}
		if v-as <= 4 {
			ev.subj = p.interpret(as+1, v)
		} else {
			// "as my colleague at the agency, Jane Doe, puts it": the
			// name set off before the verb.
			ev.subj = x.subjectLeft(p, v, as+1)
		}
	case w == "went" || w == "goes":
		// "“…,” he went on, “…”": a speaker going on with a quote
		// split around the words, as "continued" is.
		c := p.closingMarkBefore(v)
		if c < 0 || p.lowerAt(v+1) != "on" || v+2 < len(p.toks) && p.isWordAt(v+2) && !p.isComma(v+2) {
			return nil
		}
		subj, ok := x.subjectAfterQuote(p, c+1, v, len(p.toks))
		if !ok || subj == nil {
			return nil
		}
		ev.subj, ev.afterQuote = subj, int(p.toks[c].q)
		x.resolveEvent(&ev, si, p, c+1)
		return &ev
	case w == "statement":
		// "NNPC Ltd, in a statement on Tuesday, attributed the rise to
		// “…”": the sentence's subject speaks in what it issued, when no
		// speech verb before says so already.
		if p.lowerAt(v-2) != "in" || !p.isDet(v-1) && !isPossessive(p.lowerAt(v-1)) {
			return nil
		}
		for i := s.a; i < v; i++ {
			if p.isSpeechVerbAt(i) {
				return nil
			}
		}
		ev.subj = x.clauseSubject(p, s.a, v)
		if ev.subj == nil || ev.subj.kind == refSomeone || ev.subj.kind == refPronoun && ev.subj.gender == plural {
			return nil
		}
		x.resolveEvent(&ev, si, p, v)
		if ev.ent == nil {
			return nil
		}
		return &ev
	case w == "read" || w == "reads":
		// "“…,” the statement read": a document's words.
		c := p.closingMarkBefore(v)
		if c < 0 && p.lowerAt(v+1) == ":" {
			// "A team statement read: “…”"
			if ev.subj = x.subjectLeft(p, v, s.a); ev.subj == nil || ev.subj.kind != refDoc {
				return nil
			}
			x.resolveEvent(&ev, si, p, v)
			return &ev
		}
		if c < 0 {
			return nil
		}
		subj, ok := x.subjectAfterQuote(p, c+1, v, len(p.toks))
		if !ok || subj == nil || subj.kind != refDoc {
			return nil
		}
		ev.subj, ev.afterQuote = subj, int(p.toks[c].q)
		x.resolveEvent(&ev, si, p, v)
		return &ev
	case (w == "view" || w == "position") && p.lowerAt(v-1) == "the" && viewVerbs[p.lowerAt(v-2)] && p.lowerAt(v+1) == "that":
		// "The Commission, for its part, took the view that … were “…”":
		// a body's position in a case or a debate, as "argued that"
		// would give it. Without it the quote fell to the sentence
		// before's speaker.
		if ev.subj = x.subjectLeft(p, v-2, s.a); ev.subj == nil {
			return nil
		}
	case w == "words" || w == "phrase" || w == "opinion" || w == "view":
		// "in his words, “…”", "in X's phrase", "in her view, “…”"
		o := v - 1
		if p.lowerAt(o) == "own" {
			o--
		}
		// "His words: “…”", a release's way to open a long quote.
		// Nigerian and Ghanaian copy write it with a comma: "His words,
		// “…”".
		opensColon := o == s.a && (p.lowerAt(v+1) == ":" || p.isComma(v+1) && v+2 < len(p.toks) && p.toks[v+2].kind == tQuote && p.toks[v+2].open)
		// "In the <Head>'s view", "in the <Words> <Head>'s words": a
		// body's capitalised head, one word or a few, after its article,
		// which the resolver gives the body the article names so.
		h := o
		for h > s.a && o-h < 3 && p.isWordAt(h-1) && p.toks[h-1].isCap(p.text) {
			h--
		}
		headIn := p.lowerAt(h-1) == "the" && p.lowerAt(h-2) == "in" && p.isWordAt(o) && p.toks[o].isCap(p.text)
		if p.lowerAt(o-1) != "in" && !opensColon && !headIn || !p.isWordAt(o) {
			return nil
		}
		w := p.lw(o)
		switch w {
		case "his", "her":
			ev.subj = &ref{kind: refPronoun, pronoun: w, text: p.word(o), surface: p.word(o), gender: personalPronouns[w]}
		case "its", "their":
			// "<Body> declared the appeal inadmissible because, in its
			// opinion, …", "<Group> say that, in their view, the plan
			// was “…”": the body whose view it is is the sentence's
			// subject; a person's is "his" or "her".
			//
			// "In its view, <someone> “…”" opening a sentence: "its"
			// looks back, as a pronoun, to the body the sentences before
			// were about (a court's reasoning reported), not to the one
			// the clause goes on to name. So it does after a clause's
			// subject that is a thing ("A delay would, in its view,
			// “…”"), which holds no view.
			looksBack := w == "its" && o-1 == s.a
			if !looksBack {
				ev.subj = x.clauseSubject(p, s.a, o)
				looksBack = w == "its" && abstractThing(ev.subj)
			}
			if looksBack {
				ev.subj = &ref{kind: refPronoun, pronoun: "it", text: p.word(o), surface: p.word(o), gender: pronounGender["it"]}
			} else if ev.subj == nil || ev.subj.kind != refOrg && ev.subj.kind != refOrgDesc {
				return nil
			}
		default:
			if !isPossessive(w) || !p.isNameWord(o) && !headIn {
				return nil
			}
			a := p.npLeft(o, s.a)
			if a < 0 {
				return nil
			}
			ev.subj = p.interpret(a, o+1)
			if ev.subj != nil && ev.subj.name != "" {
				ev.subj.name = stripPossessive(ev.subj.name)
				if headIn && ev.subj.kind == refName {
					ev.subj.kind = refOrg // "the <Head>'s": no person's name takes the article
				}
			}
		}
	}
	if ev.subj == nil {
		return nil
	}
	if c := p.closingMarkBefore(v); c >= 0 && v-c <= 6 {
		ev.afterQuote = int(p.toks[c].q) // "“…”, as he put it"
	}
	x.resolveEvent(&ev, si, p, v)
	return &ev
}

// viewVerbs take "the view that" or "the position that" as a verb of
// saying: "took the view that", "expressed the view that".
var viewVerbs = set(`took takes take taking taken expressed expresses adopted adopts maintained maintains`)

// concernNouns are what a body expresses about something it then quotes
// words of: "expressed concern about the "…" handling of …".
var concernNouns = set(`concern concerns alarm regret dismay disappointment`)

var concernPreps = set(`about over at regarding`)

// findingEvent reads a finding verb (findingVerbs) at token v before
// "that" or a quote: its subject, or the clause's for a participle after
// a comma ("dismissed the appeal, holding that …"), speaks the quoted words
// after it. Nil for a passive ("it was held that") or no subject.
func (x *extractor) findingEvent(si int, s sentRef, p *para, v int) *event {
	next := v + 1
	if strings.HasPrefix(p.lw(v), "express") && concernNouns[p.lowerAt(next)] && concernPreps[p.lowerAt(next+1)] {
		// "The mission expressed concern about the "late and uneven"
		// delivery of …": the words quoted in what the concern is about
		// are the subject's, in its own clause.
		next = -1
		for i := v + 3; i < s.b; i++ {
			if p.toks[i].kind == tQuote && p.toks[i].open {
				next = i
				break
			}
			if p.isSpeechVerbAt(i) && !prepositions[p.lowerAt(i-1)] && !p.isDet(i-1) || p.isWordAt(i) && (p.lw(i) == "that" || p.lw(i) == "which" || p.lw(i) == "who") {
				break
			}
		}
		if next < 0 {
			return nil
		}
	} else if n := p.hopeThat(v); n > 0 {
		next = n // "expressed (the) hope that …"
	} else if q := p.agreedWords(v); q > 0 {
		next = q // "the sides agreed “…”", "agreed to maintain “…”"
	} else if q := p.expressedOwn(v); q > 0 {
		next = q // "expressed its “…”"
	} else if p.lowerAt(next) != "that" && !(next < len(p.toks) && p.toks[next].kind == tQuote && p.toks[next].open && (strings.HasPrefix(p.lw(v), "express") || strings.HasPrefix(p.lw(v), "found") || strings.HasPrefix(p.lw(v), "finds"))) {
		if p.clauseAfter(v, s.b) < 0 {
			return nil
		}
	}
	k := v - 1
	for k >= s.a && p.isWordAt(k) && p.toks[k].class&cSkip != 0 && !p.inList(k, cBeForm) {
		k--
	}
	if k < s.a || p.inList(k, cBeForm) || p.isDet(v-1) || isPossessive(p.word(v-1)) {
		return nil
	}
	for _, ev := range x.events[s.p] {
		if ev.sent == si && ev.v < v && ev.afterQuote == 0 {
			return nil // "X told reporters the audit had found “…”": X reports the finding
		}
	}
	ev := x.newEvent(event{p: s.p, v: v, sent: si, use: quoteOnly})
	if strings.HasSuffix(p.lw(v), "ing") {
		if !p.isComma(v - 1) {
			return nil
		}
		from := s.a
		if prepositions[p.lowerAt(from)] && (isNumber(p.lowerAt(from+1)) || p.isWordAt(from+1) && p.toks[from+1].class&(cMonth|cDay) != 0) {
			// "In 2019 the appeal court upheld the fine, holding
			// that …": a time opening the clause without a comma.
			from += 2
			for from < v && (isNumber(p.lowerAt(from)) || p.isWordAt(from) && p.toks[from].class&(cMonth|cDay) != 0) {
				from++
			}
		}
		ev.subj = x.clauseSubject(p, from, v)
	} else if ev.subj = x.subjectLeft(p, v, s.a); ev.subj == nil {
		ev.subj = p.bothSidesBefore(v, s.a)
	}
	if ev.subj == nil {
		return nil
	}
	x.resolveEvent(ev, si, p, v)
	return ev
}

// bothSidesBefore returns the subject "Both <sides>" when the sentence
// opens with it right before the verb at v ("Both <sides|ministers|
// parties> <agreed> …", after a paragraph's number if any): a readout's
// summary of both sides at once, which the phrase reader leaves unread
// with "both" for its determiner at a sentence's start. Nil otherwise.
func (p *para) bothSidesBefore(v, lo int) *ref {
	h, b := v-1, v-2
	if b < lo || !p.isWordAt(b) || !p.isWordAt(h) || p.lw(b) != "both" || !jointHeads[p.lw(h)] && !jointBodyNouns[p.lw(h)] {
		return nil
	}
	for k := lo; k < b; k++ {
		if p.isWordAt(k) && !isNumber(p.lw(k)) {
			return nil
		}
	}
	return &ref{kind: refSomeone, det: "both", head: p.lw(h), text: p.lw(h), surface: p.textOf(b, v), gender: plural}
}

// agreedWords returns the opening mark of the words an agreement verb at
// v quotes as what was agreed, else 0: straight after it ("agreed “…”")
// or after "to" and one verb ("agreed to maintain “…”", "agree to
// establish “…”"). A communiqué or a readout reports its sides' decisions
// so, in the words of the text they adopted; anything longer between the
// verb and the mark may be someone else's words the sentence reports.
func (p *para) agreedWords(v int) int {
	if !strings.HasPrefix(p.lw(v), "agree") {
		return 0
	}
	k := v + 1
	if p.lowerAt(k) == "to" && p.isWordAt(k) && p.isWordAt(k+1) && !p.isDet(k+1) {
		k += 2
	} else if p.lowerAt(k) == "to" && k+1 < len(p.toks) && p.toks[k+1].kind == tQuote && p.toks[k+1].open {
		k++ // "agreed to “coordinate …”": the verb inside the quote
	}
	if k < len(p.toks) && p.toks[k].kind == tQuote && p.toks[k].open {
		return k
	}
	return p.agreedListed(v)
}

// agreedListed returns the opening mark of words quoted as the last of a
// list of things agreed, else 0: "agreed to <verb> … and to <verb> (a|the)
// “…”", "agreed to <verb> … and “to <verb> …”", as readouts and
// communiqués list their sides' decisions in infinitives and quote the one
// the text adopted word for word. No verb of saying, no relative clause
// and no new sentence stand between the agreement and the mark, so the
// words are still what was agreed.
func (p *para) agreedListed(v int) int {
	if p.lowerAt(v+1) != "to" {
		return 0
	}
	for k := v + 2; k < len(p.toks) && k < v+40; k++ {
		t := &p.toks[k]
		if t.kind == tEnd || t.q != 0 && t.kind != tQuote {
			return 0
		}
		if t.kind == tQuote {
			if !t.open {
				return 0
			}
			switch {
			case p.lowerAt(k-1) == "and" && strings.HasPrefix(strings.ToLower(p.text[t.e:min(int(t.e)+4, len(p.text))]), "to "):
				return k // "and “to report …”"
			case p.lowerAt(k-2) == "to" && p.lowerAt(k-3) == "and":
				return k // "and to adopt “…”"
			case p.lowerAt(k-1) == "to" && (p.lowerAt(k-2) == "and" || p.lowerAt(k-3) == "and" && p.isComma(k-2)):
				return k // "and to “work …”", ", and to “…”": the verb inside the quote
			case p.isDet(k-1) && p.lowerAt(k-3) == "to" && p.lowerAt(k-4) == "and":
				return k // "and to prepare a “…”"
			case !p.isComma(k-1) && !strings.Contains(p.textOf(v+2, k), ",") && !p.clauseOpensIn(v+2, k):
				return k // "agreed to hold the next round of <talks> “in <City> before …”": the first thing agreed, quoted in its own clause
			}
			return 0
		}
		if p.isSpeechVerbAt(k) && !p.isDet(k-1) || p.isWordAt(k) && (p.lw(k) == "that" || p.lw(k) == "which" || p.lw(k) == "who") {
			return 0
		}
	}
	return 0
}

// clauseOpensIn reports whether a word in tokens [a, b) opens another
// clause ("as", "while", "because", "but", …: a subordinator or a
// conjunction other than "and"), so words quoted after it are no longer
// what was agreed: "agree to <verb> … as <X> flags “…”".
func (p *para) clauseOpensIn(a, b int) bool {
	for k := a; k < b; k++ {
		if p.isWordAt(k) && (subordinators[p.lw(k)] && !prepositions[p.lw(k)] || p.lw(k) == "but" || p.lw(k) == "or") {
			return true
		}
	}
	return false
}

// hopeThat returns the "that" after "expressed (the/his/her) hope",
// confidence, belief, wish or conviction at token v, else 0: the clause
// after it is what the subject hoped, in their words.
func (p *para) hopeThat(v int) int {
	if !strings.HasPrefix(p.lw(v), "express") {
		return 0
	}
	n := v + 1
	if p.isDet(n) || personalPronouns[p.lowerAt(n)] != unknownGender {
		n++
	}
	if !hopeNouns[p.lowerAt(n)] || p.lowerAt(n+1) != "that" {
		return 0
	}
	return n + 1
}

// expressedOwn returns the opening mark of the words an expressing verb
// at v quotes after a possessive or "the" and at most one word in lower
// case ("expressed its “solidarity with …”", "expressed their deep
// “…”"), or after such a word and a preposition ("expressed its
// gratitude for the “…”"), else 0: a readout sets out a side's sentiment in its own words
// inside the verb's object.
func (p *para) expressedOwn(v int) int {
	if !strings.HasPrefix(p.lw(v), "express") {
		return 0
	}
	n := v + 1
	if w := p.lowerAt(n); w != "the" && !possessiveDets[w] {
		return 0
	}
	n++
	if p.isWordAt(n) && !p.toks[n].isCap(p.text) && p.toks[n].class&(cFunction|cSpeech|cPrep|cDet) == 0 {
		n++
		if sentimentPreps[p.lowerAt(n)] {
			// "expressed its appreciation for the “…”": what the
			// sentiment is for, in the side's words.
			n++
			if p.lowerAt(n) == "the" {
				n++
			}
		}
	}
	if n < len(p.toks) && p.toks[n].kind == tQuote && p.toks[n].open {
		return n
	}
	return 0
}

// sentimentPreps say what an expressed sentiment is for or about.
var sentimentPreps = set(`for with at over about to`)

// possessiveDets are the possessive determiners a body's or a person's
// own sentiment takes: "its", "their".
var possessiveDets = set(`its their his her our`)

var hopeNouns = set(`hope hopes confidence belief wish conviction optimism`)

// clauseAfterSource gives an "according to" event whose source names no
// speaker the body or person the clause after the source's comma names
// as its subject, when that is a name; else it leaves the event as it is.
func (x *extractor) clauseAfterSource(ev *event, si int, s sentRef, p *para, b int) {
	c := b
	for c < s.b && c < b+8 && !p.isComma(c) && p.toks[c].q == 0 {
		c++
	}
	if c >= s.b || !p.isComma(c) {
		return
	}
	a2, b2 := p.npRight(c+1, s.b)
	r := p.interpret(a2, b2)
	if r == nil || r.kind != refOrg && r.kind != refName || !p.toks[a2+boolInt(p.isDet(a2))].isCap(p.text) {
		return
	}
	e, via := x.resolve(r, si, a2)
	if e == nil || e.kind == "place" {
		return
	}
	ev.subj, ev.ent, ev.via = r, e, via
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// docTail extends a noun phrase ending before token b over the document
// it names and whoever issued it: "according to a <body> press release",
// "according to a statement issued by the ministry", "according to a
// notice from the council". It returns b when no document follows.
func (p *para) docTail(b, hi int) int {
	d := -1
	if b-1 >= 0 && p.isWordAt(b-1) && docNouns[p.lw(b-1)] {
		d = b - 1
	} else if b-2 >= 0 && p.isWordAt(b-2) && docNouns[p.lw(b-2)] && issueVerbs[p.lowerAt(b-1)] {
		d = b - 2 // the phrase stopped at the verb: "a statement issued"
	}
	for k := b; d < 0 && k < hi && k < b+2 && p.isWordAt(k) && !p.toks[k].isCap(p.text) && !p.isFunctionAt(k); k++ {
		if docNouns[p.lw(k)] {
			d = k
		}
	}
	if d < 0 {
		return b
	}
	k := d + 1
	for b := k + 1; b <= k+2; b++ {
		if p.lowerAt(b) == "by" && p.issuingVerbBefore(b) == k {
			k = b // "a statement issued by", "the ruling handed down by"
			break
		}
	}
	if l := p.lowerAt(k); (l == "by" || l == "from") && k+1 < hi && p.isWordAt(k+1) {
		if _, e := p.npRight(k+1, hi); e > k+1 {
			return e
		}
	}
	return d + 1
}

// infinitiveVerb returns the verb whose "to" stands before token v
// ("declined to comment"): where the subject before it ends.
func (p *para) infinitiveVerb(v int) int {
	if v >= 2 && p.isWordAt(v-2) {
		return v - 2
	}
	return v - 1
}

// speechNouns are speech verbs whose form is as often a noun ("a phone
// call", "a brief comment"), read as a verb only when a subject, not an
// adjective, comes before them.
var speechNouns = set(`call calls comment comments answer reply replies claim claims note notes
	promise promises pledge pledges vow vows remark remarks tweet tweets state states counter caution
	report reports post posts`)

// quotedAs reads "Interfax quoted X as saying", "cited him as saying" and
// "X was quoted as saying": the speaker is X, never the agency that
// relays the words.
func (x *extractor) quotedAs(si int, s sentRef, p *para, v int) *event {
	for k := v - 2; k >= s.a && v-k <= 16; k-- {
		if !p.isWordAt(k) {
			if p.toks[k].q != 0 {
				return nil
			}
			continue
		}
		if !relayVerbs[p.lw(k)] {
			continue
		}
		ev := x.newEvent(event{p: s.p, v: v, sent: si, use: anyUse})
		verb := k
		if p.inList(k-1, cBeForm) {
			verb = k - 1
			ev.subj = x.subjectLeft(p, k-1, s.a) // "X was quoted as saying"
		} else if g, ok := objectPronouns[p.lowerAt(k+1)]; ok && k+2 == v-1 {
			ev.subj = &ref{kind: refPronoun, pronoun: p.lw(k + 1), text: p.word(k + 1), surface: p.word(k + 1), gender: g}
		} else {
			a, b := p.npRight(k+1, v-1)
			ev.subj = p.interpret(a, b)
			if ev.subj != nil {
				ev.subj.object = true
			}
		}
		if ev.subj == nil {
			return nil
		}
		if c := p.closingMarkBefore(verb); c >= 0 {
			ev.afterQuote = int(p.toks[c].q) // "…," Interfax quoted X as saying
		}
		x.resolveEvent(ev, si, p, v)
		return ev
	}
	return nil
}

var relayVerbs = set(`quoted cited quotes cites quoting citing`)

// objectPronouns stand for the speaker after a relaying verb: "cited him
// as saying".
var objectPronouns = map[string]gender{"him": male, "her": female}

func isDash(w string) bool { return w == "—" || w == "–" || w == "--" }

// clauseBreaks end the clause of a speech verb before a later quote: what
// follows them is another clause's.
var clauseBreaks = set(`and as while before after when`)

var prepositions = set(`for of with without in on at by from into about after before over under`)

// nounPreps are prepositions that take a noun and never a subject before
// a verb, beyond the common ones: "despite reports", "amid claims".
var nounPreps = set(`despite amid amidst following against`)

// closingMarkBefore returns the closing quotation mark just before verb v,
// with only a name, its title or an aside between ("…," Putin said; "…" he told a
// briefing), or -1.
func (p *para) closingMarkBefore(v int) int {
	for i := v - 1; i >= 0 && v-i <= 24; i-- {
		t := &p.toks[i]
		switch {
		case t.kind == tQuote:
			if !t.open && t.q != 0 {
				return i
			}
			return -1
		case t.q != 0 || t.kind == tEnd:
			return -1
		}
	}
	return -1
}

// pastQuoteAside returns where the attribution after a closing mark at
// k-1 starts, past what some copy sets between a quote and its verb: a
// lone dash ("…," - said X, as copy translated from Russian or Georgian
// sets it), a translation set off by two dashes ("<words in another
// language>" – <the words in English> – said X) or a bracketed
// translation of the quote ("<words in another language>" (<the words in
// English>), said X). It returns k when none stands there, or when a
// bracket does not close before the verb at v.
func (p *para) pastQuoteAside(k, v int) int {
	if k >= v {
		return k
	}
	if w := p.word(k); w == "-" || isDash(w) {
		if !p.isWordAt(k + 1) {
			return k
		}
		// A gloss between two dashes: "<words in another language>" –
		// <the words in English> – she said. The second dash before the
		// verb, with no mark between, closes the gloss; the attribution
		// starts after it.
		for i := k + 2; i < v; i++ {
			if p.toks[i].q != 0 || p.toks[i].kind == tQuote || p.toks[i].kind == tEnd {
				break
			}
			if x := p.word(i); x == w && i+1 < v && p.isWordAt(i+1) {
				return i + 1
			}
		}
		return k + 1
	}
	if p.word(k) != "(" {
		return k
	}
	for i := k + 1; i < v; i++ {
		switch {
		case p.toks[i].q != 0 || p.toks[i].kind == tQuote:
			return k
		case p.word(i) == ")":
			if i+1 < v && p.isComma(i+1) {
				return i + 2
			}
			return i + 1
		}
	}
	return k
}

// inQuoteGloss reports whether token v stands inside brackets opened
// straight after a closing quotation mark: a translation or gloss of the
// quote ("“…” (<the words in English>), she said"), whose words are the
// quote's own and attribute nothing.
func (p *para) inQuoteGloss(v int) bool {
	for i := v - 1; i > 0 && v-i <= 12; i-- {
		switch t := &p.toks[i]; {
		case t.q != 0 || t.kind == tQuote || t.kind == tEnd || p.word(i) == ")":
			return false
		case p.word(i) == "(":
			c := &p.toks[i-1]
			return c.kind == tQuote && !c.open
		}
	}
	return false
}

// introducesQuote reports whether the clause of verb v runs straight into
// an opening quotation mark with no comma or colon before it: then the verb
// introduces that quote ("He also accused the US of trying to "draw us …")
// rather than attributing the one before it. A quote after the clause has
// ended — past a comma or a word that opens another clause ("…," he said,
// and the fans sang "…"; "…," she told the audience before 'Song') — is
// another verb's or a title, not this one's; "as" right before a quote
// ("described it as "…"") is still the verb's.
func (p *para) introducesQuote(v int) bool {
	for i := v + 1; i < len(p.toks); i++ {
		t := &p.toks[i]
		if t.kind == tEnd && t.q == 0 {
			return false
		}
		if t.q == 0 && (p.isComma(i) || t.kind == tWord && clauseBreaks[p.lw(i)]) && !(p.lw(i) == "as" && i+1 < len(p.toks) && p.toks[i+1].kind == tQuote) {
			return false
		}
		if t.kind == tQuote && t.open {
			prev := p.lowerAt(i - 1)
			return prev != "," && prev != ":"
		}
	}
	return false
}

// subjectAfterQuote reads the speaker between a closing mark and its verb:
// "…," Putin said / "…," said Tomas Ferreira, an analyst / "…" for the
// crisis, he told a briefing / "…," the board's chair, Lillian Cho, said.
// ok is false when the words between are not an attribution but the rest of
// the sentence ("…" and promised a response; "…" the border, a charge
// officials denied).
func (x *extractor) subjectAfterQuote(p *para, from, v, hi int) (*ref, bool) {
	for from < v && p.isComma(from) {
		from++
	}
	if from < v-1 && p.lowerAt(from) == "as" {
		from++ // "“…”, as she told a radio station"
	}
	end := v
	for end > from && p.isWordAt(end-1) && subjectSkip[p.lw(end-1)] {
		end--
	}
	if end-from >= 4 && p.word(end-1) == ")" && p.word(end-3) == "(" && isAcronym(p.word(end-2)) {
		// "…," the <Body> (<ACR>) said: the initials in brackets close the
		// body's name and are no part of it; read with them, the name
		// kept the opening mark.
		end -= 3
	}
	if from >= end {
		a, b := p.npRight(v+1, hi)
		r := p.interpret(a, b)
		if r == nil && b == a+1 {
			r = x.personByPlaceWord(p, a) // "…,” said <Word>."
		}
		if r != nil && r.kind == refName && isPossessive(p.word(b-1)) {
			if n, m := p.relationNamed(b, hi); m > n {
				// "…,” says <Name>'s cousin, <Given> <Family>": the
				// relation named after the comma speaks, not the one
				// whose relation they are.
				if nr := p.interpret(n, m); nr != nil && nr.kind == refName {
					nr.evidence = true
					return nr, true
				}
			}
		}
		c := p.titleFieldEnd(r, b, hi)
		if c == b {
			c = p.titleComplementEnd(r, b, hi)
		}
		if c > b {
			// "…," said <Body> spokesman on water, X Y, who …: a title's
			// field in lower case, then the holder's name set off.
			if n := p.holderAfterTitle(a, c, hi); n != nil {
				return n, true
			}
		} else if n := p.holderAfterField(r, a, b, hi); n != nil {
			return n, true
		}
		if aa, ab, ok := p.appositiveAfter(b, hi); ok {
			r = p.applyAppositive(r, aa, ab)
		}
		return r, r != nil
	}
	if l := p.lowerAt(end - 1); (l == "and" || l == "but") && !p.isComma(end-2) {
		// "<Body> said it was “<partial>” the <noun> and urged …": the
		// conjunction joins the verb to the one before the quote, and
		// the words between are that verb's object, not a subject; a
		// noun phrase never ends in "and".
		return nil, false
	}
	last := -1
	for i := from; i < end; i++ {
		if p.isComma(i) {
			last = i
		}
		if p.lowerAt(i) == "and" && p.isComma(i-1) {
			// "“…” in a statement, and its president, X, said the union
			// would …": a new clause with its own subject, not who said
			// the words.
			return nil, false
		}
	}
	switch {
	case last >= 0 && p.npLeft(end-1, from) == from:
		// One name over its commas: "…," Minister for Transport, Ports
		// and Shipping X said.
		return p.interpret(from, end), true
	case last >= 0 && last+1 < end:
		// A parenthetical attribution: the phrase after the comma must be
		// a whole noun phrase, and not a relative pronoun, whose verb
		// belongs to a clause about the speaker ("…," said Sen. Maria
		// Ortega, D-N.M., who wrote the bill).
		if w := p.lowerAt(last + 1); w == "who" || w == "which" {
			return nil, false
		}
		if p.npLeft(end-1, last+1) != last+1 {
			return nil, false
		}
		return p.interpret(last+1, end), true
	case last >= 0:
		r := x.subjectLeft(p, v, from)
		return r, r != nil
	}
	if isDash(p.word(from)) && from+1 < end && functionWords[p.lowerAt(from+1)] && !p.isDet(from+1) && !p.isPronoun(from+1) {
		return nil, false // "… is “nearly gone” — and says what comes next": the clause goes on
	}
	if w := p.lowerAt(from); functionWords[w] && !p.isDet(from) && !p.isPronoun(from) && !p.ordinalTitle(from) {
		return nil, false
	}
	for w := from + 1; w < end; w++ {
		l := p.lowerAt(w)
		if (l == "that" || l == "which") && w+1 < end && p.isDet(from) && p.npLeft(w-1, from) == from {
			// "“…”, a <noun> that <Subject> <verb>ed": the noun set
			// beside the quote is the object of a relative clause with a
			// subject of its own, who answered the words, not said them.
			return nil, false
		}
		if (l == "who" || l == "whom") && !p.toks[w].isCap(p.text) && p.npLeft(w-1, from) == from {
			// "“…,” a villager who declined to be named told RFA": the
			// noun phrase before the relative clause said it.
			return p.interpret(from, w), true
		}
	}
	if r := p.unitOwnerRef(end-1, from); r != nil {
		// "“…,” the ministry's press service said": the unit speaks
		// for its body, after the quote as before it.
		return r, true
	}
	if end-from > 8 {
		// A long title must be one noun phrase up to the verb, maybe with
		// a bracketed aside: "…," Finance Minister X of the Free
		// Democrats (FDP) said.
		k := end - 1
		if p.lowerAt(k) == ")" {
			for k > from && p.lowerAt(k) != "(" {
				k--
			}
			k--
		}
		if k < from || p.npLeft(k, from) != from {
			return nil, false
		}
		return p.interpret(from, k+1), true
	}
	if o := p.bracketTail(from, end); o > from {
		// "…," <Given> <Surname> (<Party>) told …: the party or seat in
		// brackets is an aside about the speaker, not part of the name.
		if r := p.interpret(from, o); r != nil && r.kind == refName {
			return r, true
		}
	}
	r := p.interpret(from, end)
	if r == nil && end == from+1 {
		r = x.personByPlaceWord(p, from)
	}
	return r, true
}

// ordinalTitle reports whether token i is an ordinal in capitals that
// opens a title ("First Vice Minister", "Second Deputy Speaker"): the
// title's rank, not a sentence adverb, so the title and name after it are
// the subject.
func (p *para) ordinalTitle(i int) bool {
	switch p.lowerAt(i) {
	case "first", "second", "third":
	default:
		return false
	}
	return p.toks[i].isCap(p.text) && p.toks[i+1].isCap(p.text) && (p.isRoleAt(i+1) || p.inList(i+1, cRoleMod) && p.isRoleAt(i+2))
}

// bracketTail returns where a bracketed aside closing the phrase [from,
// end) opens, or -1 when the phrase does not end on one. Only an aside of
// a few words counts: a party, a seat, a state ("(Centre)", "(D-Calif.)",
// "(Lab, Leeds North)").
func (p *para) bracketTail(from, end int) int {
	if end-1 <= from || p.lowerAt(end-1) != ")" {
		return -1
	}
	for o := end - 2; o > from && o >= end-7; o-- {
		switch p.lowerAt(o) {
		case "(":
			return o
		case ")":
			return -1
		}
		if p.toks[o].q != 0 {
			return -1
		}
	}
	return -1
}

// closeTo are the adjectives that place an unnamed source by whom they
// know: "a source close to the club", "a person familiar with the talks".
var closeTo = set(`close familiar`)

// titleFieldEnd returns where a title's field in lower case after "on",
// "for", "of" or "at" ends ("spokesman on water", "minister for roads and
// bridges", "head of skills supply at the federation") when the phrase r,
// ending at b, is a role and the field runs to a comma; else b. Only a
// name set off after the comma makes it the holder's title (the caller's
// test).
func (p *para) titleFieldEnd(r *ref, b, hi int) int {
	if r == nil || r.kind != refRole || b >= hi || !titleFieldPreps[p.lowerAt(b)] {
		return b
	}
	for k := b + 1; k < hi && k <= b+7; k++ {
		if p.isComma(k) {
			if k == b+1 {
				return b
			}
			return k
		}
		if titleFieldPreps[p.lowerAt(k)] && k > b+1 || p.lowerAt(k) == "the" && titleFieldPreps[p.lowerAt(k-1)] {
			continue // "head of skills supply at the federation"
		}
		if !p.isWordAt(k) || p.toks[k].isCap(p.text) || p.toks[k].class&(cSpeech|cDet|cPronoun) != 0 || p.lw(k) != "and" && p.isFunctionAt(k) {
			return b
		}
	}
	return b
}

// registryNameOverCommas is the body the registry lists by the whole of
// the capitals, commas and joining words [lo, k] that open the clause:
// "The Ministry of State, Ministry of <Field>, <Field> and <Field> said",
// a francophone ministry's full name, which the noun phrase rules cut at
// its last comma. Nil when there is no comma in it or the registry does
// not list it.
func (x *extractor) registryNameOverCommas(p *para, lo, k int) *ref {
	s := lo
	if p.isDet(s) {
		s++
	}
	if k-s < 3 || k-s > 20 || !p.isNameWord(k) {
		return nil
	}
	comma := false
	for i := s; i <= k; i++ {
		switch {
		case p.isComma(i):
			comma = true
		case p.isNameWord(i), p.isWordAt(i) && titleJoiners[p.lw(i)]:
		default:
			return nil
		}
	}
	if !comma {
		return nil
	}
	text := p.textOf(s, k+1)
	if sp := x.cast.regSpeaker(text); sp == nil || sp.Kind != "organisation" {
		return nil
	}
	r := &ref{kind: refOrg, text: text, surface: p.textOf(lo, k+1), name: text}
	if s > lo {
		r.det = p.lw(lo)
	}
	return r
}

// titleComplementEnd returns the comma that ends a title's complement
// after the role r, which ends at b — "<Body>'s Representative in
// <Country>,", "the president of the <body> of <Town>," — in whatever
// case its words are; else b. A body's or a country's office holder is
// named after it, set off ("…, X Y,"): holderAfterTitle reads the name.
// A body's name may run on after "against" ("the head of the <Office>
// against <Crime>, X Y,", "the <Committee> against <Abuse>"), where the
// noun phrase stopped.
func (p *para) titleComplementEnd(r *ref, b, hi int) int {
	if r == nil || r.kind != refRole || b >= hi || !titleFieldPreps[p.lowerAt(b)] && !titlePlacePreps[p.lowerAt(b)] && p.lowerAt(b) != "against" {
		return b
	}
	for k := b + 1; k < hi && k <= b+10; k++ {
		if p.isComma(k) {
			if k == b+1 {
				return b
			}
			return k
		}
		if p.word(k) == "(" && k > b+1 && k+3 < hi && p.word(k+2) == ")" && p.isComma(k+3) && isAcronym(p.word(k+1)) {
			// "the head of the <body> (<ACR>), X Y,": the body's initials
			// in brackets close its name before the comma.
			k += 2
			continue
		}
		if !p.isWordAt(k) || p.toks[k].class&(cSpeech|cPronoun) != 0 {
			return b
		}
	}
	return b
}

// holderAfterField is the person an honorific names straight after a
// title's field in lower case, with no comma between, when the name ends
// the sentence: "…,” said <Title> of the <field> <Honorific> <Given>
// <Surname>. r is the
// title, [a, b); nil when the words after it are anything else.
func (p *para) holderAfterField(r *ref, a, b, hi int) *ref {
	if r == nil || r.kind != refRole || b >= hi || !titleFieldPreps[p.lowerAt(b)] {
		return nil
	}
	for k := b + 1; k < hi && k <= b+6; k++ {
		if _, ok := honorifics[p.lw(k)]; ok && k > b+1 && p.isNameWord(k+1) {
			e := k + 1
			for e < hi && p.isNameWord(e) {
				e++
			}
			if e-k < 3 || e < hi && p.toks[e].kind != tEnd {
				return nil
			}
			n := p.interpret(k, e)
			if n == nil || n.kind != refName {
				return nil
			}
			n.role, n.evidence = p.textOf(a, k), true
			return n
		}
		if !p.isWordAt(k) || p.toks[k].isCap(p.text) || p.toks[k].class&(cSpeech|cPronoun) != 0 {
			return nil
		}
	}
	return nil
}

// titlePlacePreps put a title in a place or send it to one, where it is
// held: "Representative in <Country>", "Ambassador to <Country>".
var titlePlacePreps = set(`in to`)

// holderAfterTitle is the person named in two or more capitals set off
// after the title [a, c), who holds it; nil when none is.
func (p *para) holderAfterTitle(a, c, hi int) *ref {
	n := p.setOffName(c, hi)
	if n == nil || n.kind != refName {
		return nil
	}
	n.role, n.evidence = p.textOf(a, c), true
	return n
}

// setOffName reads the two or more capitals, all name words, that an
// aside after token c sets off before hi (", X Y,"), whatever they name;
// nil when there are none.
func (p *para) setOffName(c, hi int) *ref {
	aa, ab, ok := p.appositiveAfter(c, hi)
	if !ok || ab-aa < 2 || !allNameWords(p, aa, ab) {
		return nil
	}
	return p.interpret(aa, ab)
}

// titleRunStart returns where the title before a name set off starts
// when it opens the clause at lo and runs over its fields' commas and
// joining words to k ("Minister of Agriculture, Fisheries and Mining",
// "The Minister for Transport and the Frontier"): the whole title is the
// holder's, which "the Minister" later means. Else a, where the noun
// phrase before the comma starts.
func (p *para) titleRunStart(lo, a, k int) int {
	for from := lo; from < a; from++ {
		// "Speaking at a press conference, the <title>, X Y, said": the
		// title may open the clause after a fronted phrase's comma.
		if from == lo || p.isComma(from-1) {
			if s := p.titleRunFrom(from, a); s < a {
				return s
			}
		}
	}
	return a
}

// titleRunFrom is titleRunStart for a title opening at lo.
func (p *para) titleRunFrom(lo, a int) int {
	s := lo
	for s < a && !p.isWordAt(s) {
		s++ // a list's dash or bullet
	}
	if p.isDet(s) {
		s++
	}
	r := s
	for r < a && r < s+2 && p.isWordAt(r) && p.toks[r].isCap(p.text) && !p.isRoleAt(r) && !p.hyphenedRoleAt(r) {
		r++ // "the <Word> Counsellor-Minister": the title's own capitals before its noun
	}
	if r >= a || !p.isRoleAt(r) && !p.hyphenedRoleAt(r) {
		return a
	}
	for i := r + 1; i < a; i++ {
		switch {
		case p.isComma(i):
			// "for <Field>, the <Field> and …": a field list's
			// commas, with or without "the" after them.
			if next := i + 1; !p.isNameWord(i-1) || !p.isNameWord(next) && !(p.lowerAt(next) == "the" && p.isNameWord(next+1)) {
				return a
			}
		case p.isNameWord(i), p.isWordAt(i) && titleJoiners[p.lw(i)]:
		case p.isWordAt(i) && titlePlacePreps[p.lw(i)] && p.isNameWord(i+1):
			// "Consul General of <Country> in <City>", "Ambassador to
			// <Country>": where the title is held.
		default:
			return a
		}
	}
	return s
}

// hyphenedRoleAt reports whether token i joins a role to another word
// with a hyphen, in capitals: "Counsellor-Minister", "Minister-President".
func (p *para) hyphenedRoleAt(i int) bool {
	if !p.isWordAt(i) || !p.toks[i].isCap(p.text) {
		return false
	}
	for part := range strings.SplitSeq(p.lw(i), "-") {
		if isRoleWord(part) {
			return true
		}
	}
	return false
}

// titleJoiners join a title's words and fields.
var titleJoiners = set(`of for and the &`)

// honourableWords open a Commonwealth minister's name after "the": "the
// Hon", "the Rt Hon", "the Honourable".
var honourableWords = set(`hon hon. honourable honorable rt rt. right`)

// titleFieldPreps open a title's field after its noun.
var titleFieldPreps = set(`on for of at`)

// subjectLeft reads the subject before verb v: skipping adverbs ("Putin still
// said"), asides ("Tevita Fonua, the environment minister of Lomara, told")
// and relative pronouns ("Rui Tavares, who called"); a verb joined by "and"
// or "but" shares the clause's subject.
func (x *extractor) subjectLeft(p *para, v, lo int) *ref {
	k := v - 1
	// An adverb before the verb is skipped ("X also said"), but not one
	// that closes a name, as a capitalised "Now" may a campaign's
	// (campaignWord).
	for k >= lo && p.isWordAt(k) && p.toks[k].class&(cSkip|cName) == cSkip {
		k--
	}
	k = p.skipTimeBefore(k, lo)
	if k > lo && p.lowerAt(k-1) == "on" && p.platformAt(k) {
		// "<Body> in a post on <Platform> urged": the platform is where
		// the words appeared, not who spoke; the subject is before the
		// aside. A post on it that opens the sentence is no one's.
		for j := k - 2; j > lo && j >= k-5 && p.isWordAt(j); j-- {
			if p.lw(j) == "in" {
				return x.subjectLeft(p, j, lo)
			}
		}
		return nil
	}
	if k >= lo && p.lowerAt(k) == ")" {
		// A bracketed aside before the verb: "Sen. Tom Reilly (R-Idaho) said".
		o := k - 1
		for o >= lo && p.lowerAt(o) != "(" && p.lowerAt(o) != ")" && p.toks[o].q == 0 {
			o--
		}
		if o < lo || p.lowerAt(o) != "(" {
			return nil
		}
		k = o - 1
	}
	if k >= lo && isDash(p.word(k)) {
		// An aside between dashes: "Its spokesman — who also … — said".
		o := k - 1
		for o >= lo && !isDash(p.word(o)) && p.toks[o].q == 0 && p.toks[o].kind != tEnd {
			o--
		}
		if o < lo || !isDash(p.word(o)) {
			return nil
		}
		k = o - 1
	}
	if k < lo {
		return nil
	}
	if k-2 >= lo && p.lw(k) == "you" && p.askedTimeBefore(k-2, k) && p.questionOpensAt(k-2, lo) {
		// "Last <period> you told <Body> that “…”", "<Title>, in <Month>
		// you said …", opening a question or its labelled turn, perhaps
		// after the one it asks is hailed or a dash sets out its topic:
		// the question quotes the one it asks; the time is no part of
		// the subject.
		return p.interpretPhrase(k, k+1)
	}
	if r := x.registryNameOverCommas(p, lo, k); r != nil {
		return r
	}
	if l := p.lowerAt(k); l == "and" || l == "but" {
		if w := p.relativeOpening(k, lo); w > lo {
			// "<Body>, which <verb>s it … and calls it “…”": the
			// second verb of a relative clause has the clause's subject,
			// the noun the relative pronoun follows.
			if !p.isComma(w - 1) {
				return x.subjectLeft(p, w-1, lo) // after a dash: the noun before it
			}
			return x.subjectLeft(p, w+1, lo)
		}
		return x.clauseSubject(p, lo, v)
	}
	if r := p.docIssuedAside(k, lo); r != nil {
		return r
	}
	// The asides, rarely more than two, in an array of the call's own:
	// appending to a nil slice put them on the heap, some 20 allocations
	// an article.
	var asideRoom [4]span
	asides := asideRoom[:0]
	if c := p.relativeWithQuotedName(k, lo); c >= 0 {
		// "<Name>, who runs the channel “<Title>”, wrote": the clause is
		// an aside, its title in marks no one's speech.
		asides = append(asides, span{c + 1, k})
		k = c - 1
	}
	if t := p.titleAside(k, lo); t >= 0 {
		k = t // "The document, titled “…”, also calls on"
	}
	if t := p.definedTermBefore(k, lo); t >= 0 {
		k = t // "<Name> S.A. (the “Contractor”), has informed"
	}
	for len(asides) < 2 && p.isComma(k) {
		c := k - 1
		for c >= lo && !p.isComma(c) && p.toks[c].kind != tEnd && p.toks[c].q == 0 {
			c--
		}
		if c >= lo && p.isComma(c) && len(asides) == 0 && c+2 < k && p.lowerAt(c+1) == "through" {
			// "<Body>, through <Title> <Given> <Surname>, said": the body
			// speaks through the person the aside names, whose words
			// these are.
			if r := p.interpret(c+2, k); r != nil && r.kind == refName && strings.Contains(r.name, " ") && (r.role != "" || r.evidence) {
				return r
			}
		}
		if c < lo || !p.isComma(c) || !p.appositiveLike(c+1, k) {
			break
		}
		asides = append(asides, span{c + 1, k})
		k = c - 1
		if p.lowerAt(c+1) == "where" {
			// "X, of St Y's Church, where …, said": the where-clause is
			// about a place in an aside, whose holder is further back.
			if n := p.npLeft(k, lo); n > lo && prepositions[p.lowerAt(n-1)] {
				return nil
			}
		}
		k, asides = p.skipTag(k, lo, asides)
		if len(asides) == 1 && p.lowerAt(c+1) != "where" {
			// "X, chair of the Y Union (YU), a trade body, said": a
			// second aside before the first, after a name.
			c2 := k
			for c2 >= lo && !p.isComma(c2) && p.toks[c2].kind != tEnd && p.toks[c2].q == 0 {
				c2--
			}
			// Only after a person's full name that opens the clause, and
			// an aside in lower case: not a sentence's opening phrase
			// ("In X, Minister Y of Z, …, said", "Separately, X, …").
			if c2 > lo && p.isComma(c2) && c2 < k && p.isNameWord(c2-1) && p.isWordAt(c2+1) && !p.toks[c2+1].isCap(p.text) && p.appositiveLike(c2+1, k+1) {
				if n := p.npLeft(c2-1, lo); n == lo {
					if r := p.interpret(n, c2); r != nil && r.kind == refName && strings.Contains(r.name, " ") {
						asides = append(asides, span{c2 + 1, k + 1})
						k = c2 - 1
					}
				}
			}
		}
	}
	if len(asides) > 0 && len(asides) < 2 && asides[0].a+1 < len(p.toks) && prepositions[p.lowerAt(asides[0].a)] {
		// "X had, in a statement in <month>, described …": an adverb or an
		// auxiliary before an aside that says where or when stands
		// between the subject and the verb.
		for k > lo && p.isWordAt(k) && p.toks[k].class&cSkip != 0 {
			k--
		}
	}
	if len(asides) > 0 && k-2 >= lo && p.lowerAt(k) == ")" {
		// "X (Ward 3), whose ward …, said": a bracketed tag after the
		// name, before the aside.
		o := k - 1
		for o >= lo && o >= k-6 && p.lowerAt(o) != "(" && p.toks[o].q == 0 {
			o--
		}
		if o > lo && p.lowerAt(o) == "(" {
			k = o - 1
		}
	}
	if k < lo || p.isComma(k) {
		return nil
	}
	if l := p.lowerAt(k); (l == "who" || l == "which") && p.isComma(k-1) {
		asides = append(asides, span{k, k + 1})
		k, asides = p.skipTag(k-2, lo, asides)
	}
	if len(asides) == 1 && p.lowerAt(asides[0].a) == "who" {
		// "X Y, an MP for Z, who visited …, said": a description set off
		// in commas before the who-clause describes the person named
		// before it; its own capitals (a constituency, an employer) are
		// not who spoke.
		c := k
		for c > lo && !p.isComma(c) && p.toks[c].kind != tEnd && p.toks[c].q == 0 {
			c--
		}
		if p.isComma(c) && c < k && p.inList(c+1, cIndefinite) && p.appositiveLike(c+1, k+1) {
			if n := p.npLeft(c-1, lo); n >= 0 {
				if r := p.interpret(n, c); r != nil && r.kind == refName && strings.Contains(r.name, " ") {
					asides = append(asides, span{c + 1, k + 1})
					k = c - 1
				}
			}
		}
	}
	if len(asides) > 0 && k > lo && p.lowerAt(k) == ")" && p.toks[k].q == 0 {
		// "Coun. X (Ward), who …, called": a bracketed ward or party
		// after the name, before the aside.
		o := k - 1
		if q := p.quotedAcronymBefore(k); q >= 0 {
			// "The X Y Company ("XYC"), which …, informed": a body's
			// short name in marks, as a release defines it.
			o = q
		}
		for o >= lo && p.lowerAt(o) != "(" && p.lowerAt(o) != ")" && p.toks[o].q == 0 {
			o--
		}
		if o > lo && p.lowerAt(o) == "(" && !(o+2 == k && isAcronym(p.word(o+1)) && p.lowerAt(asides[len(asides)-1].a) == "who") {
			// Not a body's acronym before "who": "X, Director of the
			// Office for … (OCHA), who said" is X's title's body.
			k = o - 1
		}
	}
	if len(asides) == 0 {
		if r := p.unitOwnerRef(k, lo); r != nil {
			return r
		}
	}
	if len(asides) == 0 {
		if r := p.docWithModifier(k, lo); r != nil {
			return r
		}
	} else if r := p.acronymLowerName(k, lo, asides[len(asides)-1]); r != nil {
		return r
	}
	a := p.npLeft(k, lo)
	if r := p.nameOfSide(a, k, lo); r != nil {
		return r
	}
	if h := p.participleHead(a, lo); len(asides) == 0 && h >= 0 {
		// "Groups monitoring the X Agenda said", "state media citing
		// the ministry reported": the phrase a participle follows is
		// the subject, not the participle's object.
		return p.interpret(h, a-1)
	}
	if len(asides) == 0 && a-3 >= lo && (p.lowerAt(a-1) == "on" || p.lowerAt(a-1) == "for") && p.isWordAt(a-2) && !p.toks[a-2].isCap(p.text) &&
		(p.isOrgHeadAt(a-2) || orgHeads[strings.TrimPrefix(p.lw(a-2), "sub-")]) && isPossessive(p.word(a-3)) {
		// "<Body>'s sub-committee on X said", "<Body>'s panel for Y
		// said": the body's unit, whose field the capitals after "on"
		// or "for" name, speaks for the body.
		if h := p.npLeft(a-3, lo); h >= 0 && p.isNameWord(a-3) {
			if r := p.interpret(h, a-2); r != nil && (r.kind == refOrg || r.kind == refName && !r.evidence) {
				r.kind, r.name = refOrg, stripPossessive(r.name)
				return r
			}
		}
	}
	if len(asides) == 0 && a-4 > lo && p.isDet(a) && p.lowerAt(a-1) == "of" && p.lowerAt(a-2) == ")" {
		// "<Title> <Given> <Surname> (<name in its own script>) of the
		// <Party> wrote": the body after "of" is the person's, as in
		// "<Name> of the <Party> said" without the bracket; the person
		// the bracket follows speaks.
		if o := p.bracketOpenBefore(a-2, lo); o > lo && p.isNameWord(o-1) {
			if b := p.npLeft(o-1, lo); b >= 0 {
				if r := p.interpret(b, o); r != nil && r.kind == refName && r.evidence {
					return r
				}
			}
		}
	}
	if len(asides) == 0 && a-3 > lo && p.lowerAt(a-1) == ")" && p.isNameWord(a) && p.isOrgHeadAt(k) {
		// "The X Y Commission (XYC) Secretariat said": a body's unit
		// named after the body and its acronym in brackets speaks for
		// the body.
		b := p.npLeft(a-4, lo)
		if b >= 0 && p.isDet(b) {
			b++
		}
		if b >= 0 && p.acronymOf(b, a-3) {
			if r := p.interpret(b, a-3); r != nil && r.kind == refOrg {
				return r
			}
		}
	}
	if len(asides) > 0 {
		if n := p.nameBeforeDescription(a, k+1, lo); n != nil {
			return n
		}
	}
	if len(asides) > 0 && (a < 0 || !p.isPronoun(a)) {
		// "The budget spokesman of the CDU in the Bundestag, Matthias
		// Krämer-Voss, said", "…, Moscow's ambassador to Denmark,
		// Vladislav Orekhov, has said", "Halden's vice president of
		// development, Brooke Sandoval, told …": a full name set off just
		// before the verb is who spoke, whatever the words before it
		// describe and however far they run.
		if n := asides[0]; p.isComma(n.a - 1) {
			if cc := p.issuedBy(n.a-1, lo); cc > lo {
				// "X, in a statement signed by its director, Y, said":
				// Y signed for X, which speaks.
				if b := p.npLeft(cc-1, lo); b >= 0 {
					return p.interpret(b, cc)
				}
			}
		}
		if n := asides[0]; n.b-n.a == 1 && len(asides) == 1 && p.isNameWord(n.a) && p.isRoleAt(lo) && p.lowerAt(lo+1) == "of" && !isKnownPlace(p.word(n.a)) {
			// "Head of the forecasting division of the X Agency (BMKG),
			// Sulastri, said": a title opening the sentence and one name
			// set off after it, as people known by one name are.
			if name := p.interpret(n.a, n.b); name != nil && name.kind == refName {
				name.role = p.textOf(lo, n.a-1)
				name.evidence = true
				return name
			}
		}
		if n := asides[0]; n.b-n.a == 1 && len(asides) == 1 && p.isNameWord(n.a) && p.isDet(lo) && lo+1 < n.a && p.isWordAt(lo+1) &&
			!p.toks[lo+1].isCap(p.text) && orgHeads[p.lw(lo+1)] && (p.lowerAt(lo+2) == "of" || p.lowerAt(lo+2) == "for") && !isKnownPlace(p.word(n.a)) {
			// "The association of <members> in <Region>, <Short-Name>,
			// said": a body described by its kind and whom it gathers,
			// then its one-word name set off before the verb, which is
			// who speaks — not a place or a body inside the description.
			if name := p.interpret(n.a, n.b); name != nil && name.kind == refName {
				name.kind, name.head, name.role, name.evidence = refOrg, p.lw(lo+1), "", false
				return name
			}
		}
		if n := asides[0]; n.b-n.a >= 2 && n.a+2 < n.b && p.lowerAt(n.a) == "the" && honourableWords[p.lowerAt(n.a+1)] {
			// "The Minister for X and the Y, the Hon Dr A B MP, said": a
			// Commonwealth minister's courtesy title opens the name.
			n.a++
			for n.a+2 < n.b && honourableWords[p.lowerAt(n.a)] {
				n.a++
			}
			asides[0] = n
		}
		if n := asides[0]; n.b-n.a >= 4 {
			if o := p.bracketTail(n.a, n.b); o >= n.a+2 && allNameWords(p, n.a, o) {
				// "<Title>, <Name> (<Country>), said": a delegate's
				// country, a member's party or seat in brackets after
				// the name is its tag, not a word of the name.
				n.b = o
				asides[0] = n
			}
		}
		if n := asides[0]; n.b-n.a >= 2 && allNameWords(p, n.a, n.b) && !p.widerPlace(n.a) {
			if name := p.interpret(n.a, n.b); name != nil && name.kind == refName {
				if a >= 0 {
					if d := p.interpret(a, k+1); d != nil && d.kind == refName && d.name == name.name {
						return d // the same name twice
					} else if d != nil && d.kind == refName && d.evidence && strings.IndexByte(d.name, ' ') > 0 && !name.evidence && name.role == "" && allNameWords(p, a, k+1) {
						// "<Title> <Given> <Surname>, <Place> Division,
						// thanked …": capitals set off after a titled full
						// name in capitals, with no title or given name of
						// their own, are where the person serves (a unit, a
						// district, a post), not a second name for them.
						// After a title in lower case with its complement
						// ("The president of the <Body>, X Y,") the aside
						// is the name.
						return d
					}
					if d := lo; p.isDet(d) && d+1 <= k && p.isWordAt(d+1) && (businessHeads[p.lw(d+1)] || genericOrgHeads[p.lw(d+1)]) && !p.toks[d+1].isCap(p.text) && (d+2 > k || p.lowerAt(d+2) == "that" || p.lowerAt(d+2) == "which") {
						// "The firm that built the bridge, X Works,
						// says": a body named after what it is.
						name.kind, name.head, name.role, name.evidence = refOrg, p.lw(lo+1), "", false
						return name
					}
					name.role = p.textOf(p.titleRunStart(lo, a, k), k+1)
				}
				name.evidence = true
				return name
			}
		}
	}
	if a < 0 || len(asides) > 0 && a > lo && p.openingPlace(lo, k) {
		// "In <Place>, <clause>, said X": the phrase before an aside
		// that names no one is where, opening the sentence, not who;
		// the speaker stands after the verb.
		return nil
	}
	if a-3 >= lo && closeTo[p.lowerAt(a-2)] && (p.lowerAt(a-1) == "to" || p.lowerAt(a-1) == "with") {
		// "A source close to the player, who …, told": the source, whom
		// the words after "close to" place, not the player.
		if h := p.npLeft(a-3, lo); h >= 0 {
			return p.interpret(h, a-2)
		}
	}
	if t := p.titleAfterPlace(a, k); t > a {
		// "<Country>'s Permanent Representative to the UN in <City>
		// Ambassador X Y said": the title before the name ends the place,
		// and the holder it names speaks, not the post the words before
		// the place describe.
		if r := p.interpret(t, k+1); r != nil && r.kind == refName {
			return r
		}
	}
	if r := p.titledAfterField(a, k, lo); r != nil {
		return r
	}
	if h, at, ok := p.placeAfterHead(a, lo); ok {
		// "Shoppers in Leeds said", "Farmers from across the region
		// say", "the Commission in X said": a place after a preposition
		// says where the subject is; the subject is the phrase before it,
		// which may name no one. A body that sits there keeps its seat
		// ("the British Chamber of Commerce in X").
		end := k + 1 // where the place nearest the subject ends
		for h > lo && p.lowerAt(at) == "in" && p.lowerAt(h-1) == "in" && allNameWords(p, h, at) {
			// "Nurses in <Town> in <Region> say": a place inside a
			// wider one is where the subject is too; the subject is the
			// phrase before the first "in".
			h2, at2, ok := p.placeAfterHead(h, lo)
			if !ok {
				break
			}
			h, at, end = h2, at2, at
			if h < 0 {
				return nil
			}
		}
		if h < 0 {
			return nil
		}
		if len(asides) > 0 {
			if n := p.nameBeforeDescription(h, k+1, lo); n != nil {
				return n
			}
		}
		if at == h+1 && h == lo && strings.HasSuffix(p.lw(h), "s") && !isPossessive(p.word(h)) {
			return nil // "Renters in Cardiff said": people, a plural, not a name
		}
		if p.lowerAt(at) == "in" || p.lowerAt(at) == "to" {
			if p.chunkHasSeat(h, at) {
				return p.interpret(h, k+1)
			}
		}
		if p.lowerAt(at) == "in" {
			// "The rebel authorities in <town> accused …": a state's
			// arm with no name of its own, known only by where it
			// sits, speaks as that place.
			if r := p.interpret(h, at); r != nil && r.kind == refOrgDesc && stateArms[r.head] && at+1 < end && allNameWords(p, at+1, end) {
				if pl := p.interpret(at+1, end); pl != nil && (isKnownPlace(pl.text) || x.cast.regPlace(pl.text)) {
					return pl
				}
			}
		}
		r := p.interpret(h, at)
		if r != nil && r.kind == refDoc && r.org == "" && r.orgHead == "" && p.lowerAt(at) == "from" && p.lowerAt(at-1) == r.head {
			// "The latest <document> from the <Body> warned", "…, the
			// <document> from <Body> (<ACR>), which warned": what a
			// document came from is who issued it, the body, not the
			// document left with no author.
			if o := p.interpret(at+1, end); o != nil && o.kind == refOrg && o.name != "" {
				r.org = o.name
			}
		}
		return r
	}
	if a-2 >= lo && p.lowerAt(a-1) == "and" && p.isNameWord(a-2) && p.isNameWord(a) && !isKnownPlace(p.textOf(a-2, k+1)) {
		if p.isRoleAt(a-2) && p.isRoleAt(a) {
			// "<Title> and <Title> of <Body> X Y": one person who holds
			// both posts, the name after the second; the first title,
			// with its modifiers ("Vice"), opens the role.
			if r := p.interpret(a, k+1); r != nil && r.kind == refName && r.role != "" {
				t := a - 2
				for t-1 >= lo && p.isNameWord(t-1) && (p.isRoleAt(t-1) || p.wordOf(t-1, cRoleMod)) {
					t--
				}
				r.role = p.textOf(t, a) + " " + r.role
				for i := len(asides) - 1; i >= 0; i-- {
					r = p.applyAppositive(r, asides[i].a, asides[i].b)
				}
				return r
			}
		}
		if a-3 >= lo && p.isRoleAt(a-3) && p.toks[a-3].isCap(p.text) && !p.isRoleAt(a-2) && p.isRoleAt(a) && k == a+1 && !p.isRoleAt(k) {
			// "Minister <Surname> and Minister <Surname> said …": two
			// people by title and surname, speaking jointly (a joint
			// release); the words go to the first named, as a joint
			// statement's go to its first-named party.
			if r := p.interpret(a-3, a-1); r != nil && r.kind == refName && r.role != "" {
				return r
			}
		}
		// "Croatia and Hungary called …": two speakers, neither alone.
		return &ref{kind: refSomeone, text: p.textOf(a-2, k+1), surface: p.textOf(a-2, k+1), gender: plural}
	}
	r := p.interpret(a, k+1)
	if r == nil && a == k {
		r = x.personByPlaceWord(p, a)
	}
	for i := len(asides) - 1; i >= 0; i-- {
		r = p.applyAppositive(r, asides[i].a, asides[i].b)
	}
	return r
}

// personByPlaceWord reads one capitalised word that the lexicon knows as a
// word of places ("Hall", "Park", "Field") as the person the article
// names in full with it, when it stands alone as the subject of a speech
// verb: surnames are made of such words, and a family name written first
// ("<Family> <Given-name>") is called by that word alone after. A word no
// one's name in the article holds stays a place's; a registry entry alone
// is not enough to take it from the place. Nil when it is no such word.
func (x *extractor) personByPlaceWord(p *para, a int) *ref {
	if p.toks[a].class&cCap == 0 || !placeWords[p.lw(a)] {
		return nil
	}
	if e := x.cast.lookup(p.word(a)); e == nil || e.kind != "person" || e.reg != nil {
		return nil
	}
	return &ref{kind: refName, name: p.word(a), text: p.word(a), surface: p.word(a)}
}

// bracketOpenBefore returns the "(" that opens the bracket closing at
// token c, within six tokens, outside quotation marks; -1 when there is
// none.
func (p *para) bracketOpenBefore(c, lo int) int {
	for o := c - 1; o >= lo && o >= c-6 && p.toks[o].q == 0; o-- {
		switch p.lowerAt(o) {
		case "(":
			return o
		case ")":
			return -1
		}
	}
	return -1
}

// acronymLowerName reads "<ACR> <word>, the <…> company …, said": a
// firm's name that is an acronym and a word in lower case, as some
// languages write a company's name, opening the clause before an aside
// whose head is a business's (a company, an operator, a utility). The
// lower-case word stops the run of capitals, so the subject was that word
// alone and no one spoke; the aside says the two words name a body.
func (p *para) acronymLowerName(k, lo int, aside span) *ref {
	if k-1 < lo || !p.isWordAt(k) || !p.isWordAt(k-1) || p.toks[k].isCap(p.text) || !isAcronym(p.word(k-1)) {
		return nil
	}
	if k-1 > lo && !p.isComma(k-2) {
		return nil // the clause's first word, or the first after an opening phrase
	}
	if p.toks[k].class&(cFunction|cSpeech|cSkip|cRole) != 0 || p.isTitleWord(k) || p.isPronoun(k) {
		return nil
	}
	if w := p.lw(k); isPersonNoun(w) || isPersonNoun(strings.TrimSuffix(w, "s")) || isRoleWord(strings.TrimSuffix(w, "s")) || w == "staff" || w == "members" {
		return nil // "<ACR> officials", "<ACR> members": people of the body, not its name
	}
	if !p.isDet(aside.a) {
		return nil
	}
	head := ""
	for i := aside.a + 1; i < aside.b && i <= aside.a+4 && p.isWordAt(i) && !p.toks[i].isCap(p.text); i++ {
		// The aside's head: "the state-owned company leading …", "a
		// grid operator", before any phrase or clause that follows it.
		if w := p.lw(i); businessHeads[w] && w != "group" {
			head = w
			break
		} else if prepositions[w] || w == "that" || w == "which" || w == "who" {
			break
		}
	}
	if head == "" {
		return nil
	}
	name := p.textOf(k-1, k+1)
	return &ref{kind: refOrg, text: name, surface: name, name: name, head: head}
}

// openingPlace reports whether the words from lo to k are a phrase that
// opens the sentence on a preposition and holds no comma, dash or
// quotation mark ("In <Place>", "At the <Place> market"): an adverbial
// phrase, never a speech verb's subject.
func (p *para) openingPlace(lo, k int) bool {
	if !p.isWordAt(lo) || !prepositions[p.lw(lo)] {
		return false
	}
	for i := lo + 1; i <= k; i++ {
		if p.isComma(i) || isDash(p.word(i)) || p.toks[i].q != 0 || p.toks[i].kind == tQuote || p.toks[i].kind == tEnd {
			return false
		}
	}
	return true
}

// nameBeforeDescription returns the name before a description that opens
// with "a" or "an" after a comma at a and runs to b, when an aside came
// after it: "X, a microbiologist at the Y Institute in Z, <Country>,
// calls …" — the description, its place and the aside are about X, the
// subject, not the body X works for. Else nil.
func (p *para) nameBeforeDescription(a, b, lo int) *ref {
	if a <= lo+1 || !p.isComma(a-1) || p.lowerAt(a) != "a" && p.lowerAt(a) != "an" {
		return nil
	}
	n0 := p.npLeft(a-2, lo)
	if n0 < 0 {
		return nil
	}
	if n := p.interpret(n0, a-1); n != nil && n.kind == refName {
		return p.applyAppositive(n, a, b)
	}
	return nil
}

// titledAfterField reads "<Title> in <field> Dr <Given> <Surname> said",
// "<Occupation> in <field> Prof <Name>": a post, the field it is held in
// after "in" or "of" in lower case, then the holder's name behind an
// academic title. The words after the preposition are no place (a place
// never ends in a title), so the name is the subject and the words before
// it its role. Nil when the phrase at a is not such a name.
func (p *para) titledAfterField(a, k, lo int) *ref {
	if a < 0 || a >= k || !p.isWordAt(a) || !academicTitles[p.lw(a)] || !p.isNameWord(a+1) {
		return nil
	}
	i := a - 1
	for n := 0; n < 3 && i > lo && p.isWordAt(i) && !p.toks[i].isCap(p.text) && p.toks[i].class&(cFunction|cSpeech|cDet|cPrep|cRole) == 0; n++ {
		i--
	}
	if i == a-1 || i-1 < lo || (p.lowerAt(i) != "in" && p.lowerAt(i) != "of") || !p.isRoleAt(i-1) {
		return nil
	}
	r := p.interpret(a, k+1)
	if r == nil || r.kind != refName || !strings.Contains(r.name, " ") {
		return nil
	}
	t := i - 1
	for t-1 >= lo && p.isNameWord(t-1) && (p.isRoleAt(t-1) || p.wordOf(t-1, cRoleMod)) {
		t--
	}
	if r.role == "" || academicTitles[strings.ToLower(strings.TrimSpace(r.role))] {
		r.role = p.textOf(t, a)
	}
	r.evidence = true
	return r
}

// placeAfterHead reads the phrase starting at token a as a place after a
// preposition of place ("in Leeds", "from across the northern plains", "in
// the Riverina"), maybe with words in lower case before it: then it
// returns where the phrase the place qualifies starts (-1 when none can
// be read), the preposition's token, and true.
func (p *para) placeAfterHead(a, lo int) (int, int, bool) {
	i := a - 1
	for n := 0; n < 2 && i > lo && p.isWordAt(i) && !p.toks[i].isCap(p.text) && p.toks[i].class&(cFunction|cSpeech|cDet|cPrep|cRole) == 0 && !locatives[p.lw(i)]; n++ {
		i-- // "eastern", "rural"
	}
	if i-2 > lo && p.lowerAt(i) == "of" && settlementNouns[p.lowerAt(i-1)] {
		// "X from the village of Y says": where X lives, named after
		// its kind.
		j := i - 2
		if p.isDet(j) {
			j--
		}
		if j > lo && p.isWordAt(j) && p.inList(j, cPlacePrep) {
			i = j
		}
	}
	if i <= lo || !p.isWordAt(i) || !p.inList(i, cPlacePrep) {
		return 0, 0, false
	}
	at := i
	for i-1 > lo && p.isWordAt(i-1) && p.inList(i-1, cPlacePrep) {
		i-- // "from across"
		at = i
	}
	if p.lowerAt(i-1) == ")" && p.toks[i-1].q == 0 {
		// "The X Federation (XF) in <Place> said": the body and its
		// acronym, then where it sits.
		o := i - 2
		for o > lo && p.lowerAt(o) != "(" && p.lowerAt(o) != ")" && p.toks[o].q == 0 {
			o--
		}
		if p.lowerAt(o) == "(" && p.isWordAt(o-1) && o-1 >= lo {
			if h := p.npLeft(o-1, lo); h >= 0 {
				return h, o, true
			}
		}
		return 0, 0, false
	}
	if !p.isWordAt(i - 1) {
		return 0, 0, false // "…, in Kyiv the ministry said": not a subject's place
	}
	return p.npLeft(i-1, lo), at, true
}

// titleAfterPlace returns the title word in the capitalised phrase a..k
// that a place after "in" or "at" opens, when the title is followed by a
// name of two words or more running to k ("in <City> Ambassador X Y"),
// else -1. Copy that strings a post's seat and its holder's title
// together without commas reads as one capitalised run.
func (p *para) titleAfterPlace(a, k int) int {
	if a < 1 || k-a < 3 || p.lowerAt(a-1) != "in" && p.lowerAt(a-1) != "at" {
		return -1
	}
	for t := a + 1; t+2 <= k; t++ {
		if p.isRoleAt(t) && p.toks[t].isCap(p.text) && allNameWords(p, t+1, k+1) && !p.isRoleAt(t+1) {
			return t
		}
	}
	return -1
}

// placePreps put a place after a subject: "officials in Moscow", "mayors
// from across the province".
var placePreps = set(`in at from across near inside outside throughout around`)

// settlementNouns are the kinds of place copy names before "of" ("the
// village of X", "the district of Y").
var settlementNouns = set(`village town city district region province county municipality commune parish island suburb`)

// widerPlace reports whether the aside starting at token a follows a
// place after "from", "in" or "of" and so names where that is: "X from
// a town, Y province, said". After a known place, an aside that is not
// one itself is the name of the person the words before describe ("The
// representative of a fund in <country>, Y Z, said"): a known place's
// wider place is known too.
func (p *para) widerPlace(a int) bool {
	k := a - 2 // the word before the aside's comma
	for k >= 0 && p.isNameWord(k) {
		k--
	}
	if k == a-2 || p.lowerAt(k) != "from" && p.lowerAt(k) != "in" && p.lowerAt(k) != "of" && p.lowerAt(k) != "near" {
		return false
	}
	if p.lowerAt(k) == "of" && p.isRoleAt(k-1) && p.toks[k+1].class&cDet == 0 && p.titleAsideName(a) {
		// "Chairman and CEO of <Body>, <Name> <Name>, said": after a
		// title's body, two or more capitals that are no place are the
		// name of whoever holds the title.
		return false
	}
	if _, ok := honorifics[p.lw(a)]; ok && p.isNameWord(a+1) {
		// "President of the X branch in <village>, Mr. Y Z, said": a
		// place takes no honorific; the aside is the holder's name.
		return false
	}
	if _, given := p.givenGenderAt(a); given && p.isNameWord(a+1) && p.toks[k+1].class&cDet == 0 {
		// "The principal of a school in <village>, <Given> <Surname>,
		// said": a known given name opens a person's name, not the
		// wider place of a village the rules do not know.
		return false
	}
	if isKnownPlace(p.textOf(k+1, a-1)) {
		e := a
		for e < len(p.toks) && p.isNameWord(e) {
			e++
		}
		return isKnownPlace(p.textOf(a, e))
	}
	return true
}

// titleAsideName reports whether the aside starting at token a is two to
// four capitalised words, none a place's word, that together are no
// known place: a person's name, as it stands after a title.
func (p *para) titleAsideName(a int) bool {
	e := a
	for e < len(p.toks) && e < a+5 && p.isNameWord(e) {
		if placeWords[p.lw(e)] {
			return false
		}
		e++
	}
	return e-a >= 2 && e-a <= 4 && !p.isNameWord(e) && !isKnownPlace(p.textOf(a, e)) && !isKnownPlace(p.word(a))
}

// skipTimeBefore steps back over a time between a subject and its verb
// ending at token k: "India on Friday said", "the ministry on Sunday
// night warned", "Moscow yesterday said", "has in the past described"
// and "has since maintained" (with the auxiliary before them).
func (p *para) skipTimeBefore(k, lo int) int {
	switch {
	case k >= lo && p.isWordAt(k) && p.inList(k, cTimeWord):
		return k - 1
	case k-1 >= lo && p.isWordAt(k) && p.lowerAt(k-1) == "on" && p.toks[k].class&cDay != 0:
		return k - 2
	case k-2 >= lo && p.isWordAt(k) && (p.lw(k) == "night" || p.lw(k) == "morning" || p.lw(k) == "evening" || p.lw(k) == "afternoon") &&
		p.toks[k-1].class&cDay != 0 && p.lowerAt(k-2) == "on":
		return k - 3
	case k-1 >= lo && p.isWordAt(k) && (p.lowerAt(k-1) == "last" || p.lowerAt(k-1) == "this") && (periodWords[p.lw(k)] || p.toks[k].class&cDay != 0):
		return k - 2 // "and last week warned", "this month said"
	case k-1 >= lo && p.isWordAt(k) && (p.lowerAt(k-1) == "last" || p.lowerAt(k-1) == "this" || p.lowerAt(k-1) == "yesterday") &&
		(p.lw(k) == "night" || p.lw(k) == "morning" || p.lw(k) == "evening" || p.lw(k) == "afternoon"):
		return k - 2 // "<subject> last night said", "<subject> this morning says"
	case k-3 >= lo && p.isWordAt(k) && p.lw(k) == "time" && ordinals[p.lowerAt(k-1)] && p.lowerAt(k-2) == "the" && p.lowerAt(k-3) == "for":
		return k - 4 // "which for the first time calls"
	case k-1 >= lo && p.isWordAt(k) && p.lw(k) == "since" && (p.lowerAt(k-1) == "has" || p.lowerAt(k-1) == "have" || p.lowerAt(k-1) == "had"):
		return k - 2 // "<Capital> has since maintained"
	case k-3 >= lo && p.isWordAt(k) && p.lw(k) == "far" && p.lowerAt(k-1) == "so" && (p.lowerAt(k-2) == "has" || p.lowerAt(k-2) == "have" || p.lowerAt(k-2) == "had"):
		return k - 3 // "<Capital> has so far said": a span of time, as "since" is
	case k-2 >= lo && p.isWordAt(k) && p.lowerAt(k-2) == "in" && (p.lw(k) == "past" && p.lowerAt(k-1) == "the" || periodWords[strings.TrimSuffix(p.lw(k), "s")] && (p.lowerAt(k-1) == "recent" || p.lowerAt(k-1) == "past")):
		// "but has in the past described", "the union in recent weeks
		// warned": a span of time, not a place, between subject and verb.
		k -= 3
		for k >= lo && p.isWordAt(k) && p.toks[k].class&cSkip != 0 {
			k--
		}
		return k
	}
	if n := p.turnAside(k, lo); n > 0 {
		return k - n // "X on his part said", "the ministry in turn said"
	}
	if n := p.spanFor(k, lo); n > 0 {
		return k - n // "<Body> has for <span of time> <verb>ed"
	}
	return k
}

// askedTimeBefore reports whether tokens t and t+1, just before the
// "you" at k, are a time a question dates its addressee's words by: "last
// <period>", "earlier <period>", "in <Month>", "on <Weekday>".
func (p *para) askedTimeBefore(t, k int) bool {
	if k != t+2 || !p.isWordAt(t+1) {
		return false
	}
	switch p.lowerAt(t) {
	case "last", "earlier":
		return periodWords[p.lw(t+1)]
	case "in":
		return p.toks[t+1].class&cMonth != 0
	case "on":
		return p.toks[t+1].class&cDay != 0
	}
	return false
}

// questionOpensAt reports whether token t opens a question's own words:
// the clause's start, after a turn's label colon or a dash, or after a
// hail of at most four capitalised words and a comma ("Minister, …",
// "Mr <Surname>, …") that itself opens the clause or follows the colon.
func (p *para) questionOpensAt(t, lo int) bool {
	if t == lo || t-1 >= lo && (p.lowerAt(t-1) == ":" || isDash(p.word(t-1))) {
		return true
	}
	if t-2 < lo || !p.isComma(t-1) {
		return false
	}
	j := t - 2
	for n := 0; j >= lo && n < 4 && p.isNameWord(j); n++ {
		j--
	}
	return j < t-2 && (j < lo || p.lowerAt(j) == ":")
}

// spanFor returns how many words before the verb, ending at token k, are a
// span of time after "for" between an auxiliary and the verb ("<has|have|had>
// for <a span of time> <verb>ed"), with the auxiliary: 0 when they are not. The span's noun is
// no subject.
func (p *para) spanFor(k, lo int) int {
	if k-1 < lo || !p.isWordAt(k) || !spanNouns[p.lw(k)] {
		return 0
	}
	f := k - 1
	if w := p.lowerAt(f); w == "several" || w == "many" || w == "a" || w == "some" || w == "two" || w == "three" || isNumber(w) {
		f--
	} else if w == "few" && p.lowerAt(f-1) == "a" {
		f -= 2
	}
	if f-1 < lo || p.lowerAt(f) != "for" || !auxiliaries[p.lowerAt(f-1)] {
		return 0
	}
	return k - f + 2 // the auxiliary too: the subject stands before it
}

// spanNouns are the units a span of time is counted in.
var spanNouns = set(`years decades months weeks days year decade month week`)

// pluralNounAt reports whether the verb-like word at v that ends in "s"
// is a plural noun: the words in lower case before it, with no article,
// follow a number or a preposition, so they are an object's modifiers
// ("applications covering 214 driver posts", "for staff notes"), not a
// subject.
func (p *para) pluralNounAt(v, lo int) bool {
	if !strings.HasSuffix(p.lw(v), "s") {
		return false
	}
	i := v - 1
	for i >= lo && i >= v-3 && p.isWordAt(i) && !p.toks[i].isCap(p.text) && p.toks[i].class&(cFunction|cDet|cPronoun|cPrep|cSpeech|cSkip) == 0 && !isNumber(p.lw(i)) {
		i--
	}
	if i == v-1 || i < lo {
		return false
	}
	return isNumber(p.lowerAt(i)) || prepositions[p.lowerAt(i)]
}

// reportsMedia reports whether a phrase names a news outlet by what it
// is ("the state agency X", "state media", "the newspaper X").
func reportsMedia(r *ref) bool {
	if r == nil {
		return false
	}
	t := " " + strings.ToLower(r.text) + " "
	for _, w := range mediaWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

var mediaWords = []string{" news agency ", " state agency ", " media ", " newspaper ", " broadcaster ", " television ", " tv ", " radio ", " outlet ", " wire service "}

// clauseWords join or open clauses, never a unit's field.
var clauseWords = set(`but or nor so yet if when while that which who whom whose as because`)

// unitHeads are the words for a body's unit that speaks for it.
var unitHeads = set(`department office unit division desk team section service secretariat directorate`)

// ownerOfUnit reads a body's unit ending at token k, "<Owner>'s <field
// words> <unit>" with the fields in lower case, maybe joined by "and"
// ("the ministry's press and information office"): it returns the span
// of the owner, possessive and all, the phrase opening the clause; else
// -1, -1.
func (p *para) ownerOfUnit(k, lo int) (int, int) {
	if !p.isWordAt(k) || p.toks[k].isCap(p.text) || !unitHeads[p.lw(k)] {
		return -1, -1
	}
	i := k - 1
	for i >= lo && i >= k-6 && p.isWordAt(i) && !p.toks[i].isCap(p.text) && !isPossessive(p.word(i)) &&
		(p.lw(i) == "and" || p.toks[i].class&(cSpeech|cSkip|cDet|cPronoun|cPrep) == 0 && !clauseWords[p.lw(i)]) {
		i--
	}
	if i == k-1 || i < lo || !p.isWordAt(i) || !isPossessive(p.word(i)) || p.lowerAt(i+1) == "and" {
		return -1, -1
	}
	o := p.npLeft(i, lo)
	if o != lo {
		return -1, -1
	}
	if p.isPronoun(o) || isKnownPlace(stripPossessive(p.textOf(o, i+1))) {
		return -1, -1 // "Norway's weather service": a state's body, read as such elsewhere
	}
	return o, i + 1
}

// participleHead returns where the noun phrase starts that a present
// participle right before token a follows ("organizations monitoring
// <a>…"): a lower-case noun in the plural or a body's word before the
// participle, the phrase opening the clause; else -1.
func (p *para) participleHead(a, lo int) int {
	v := a - 1
	if a < 0 || v-1 < lo || !p.isWordAt(v) || p.toks[v].isCap(p.text) || !strings.HasSuffix(p.lw(v), "ing") || len(p.lw(v)) < 6 {
		return -1
	}
	if !p.isDet(a) && !(p.isNameWord(a) && !p.isRoleAt(a)) {
		return -1 // "chief shipping analyst X": a compound title, no participle's object
	}
	n := v - 1
	if !p.isWordAt(n) || p.toks[n].class&(cSpeech|cSkip|cDet|cPronoun|cPrep) != 0 {
		return -1
	}
	w := p.lw(n)
	if p.toks[n].isCap(p.text) {
		// Capitalised only as the clause's first word: "Officials
		// monitoring …", "Police investigating …".
		if n != lo || !groupNouns[w] && !pluralOfPeople(p.word(n)) && !orgHeads[w] {
			return -1
		}
	} else if p.toks[n].class&cFunction != 0 && !groupNouns[w] || !(strings.HasSuffix(w, "s") && len(w) > 3) && !p.isOrgHeadAt(n) && !p.isRoleAt(n) {
		return -1
	}
	h := p.npLeft(n, lo)
	if h != lo {
		return -1
	}
	return h
}

// docWithModifier reads a document named with a phrase after its noun as
// the subject whose last word is at k: "<Body>'s report for <period>
// says", "<Body>'s review of <topic> warns", "a <kind> circular issued to
// <readers> states". The phrase after the noun says what the document is
// about or whom it went to, never who speaks; the noun phrase up to the
// document's noun is the subject, and interpretDoc finds its issuer. Only
// a possessive owner (or an issuing participle not followed by "by",
// which interpret reads whole) opens such a phrase, and only where the
// clause begins: after its first word, "and" or "but", or a comma.
func (p *para) docWithModifier(k, lo int) *ref {
	for d := k - 1; d >= lo && d >= k-12; d-- {
		if !p.isWordAt(d) || p.toks[d].q != 0 {
			return nil
		}
		if p.toks[d].class&cDocNoun == 0 || p.toks[d].isCap(p.text) {
			continue
		}
		next := p.lowerAt(d + 1)
		participle := issueVerbs[next] && next != "issues" && next != "releases" && next != "publishes" && next != "tables" &&
			next != "presents" && next != "adopts" && next != "wrote" && p.lowerAt(d+2) != "by"
		if !participle && next != "for" && next != "on" && next != "of" && next != "about" && next != "into" {
			continue
		}
		n := d - 1
		for n >= lo && n >= d-3 && p.isWordAt(n) && !isPossessive(p.word(n)) && !p.toks[n].isCap(p.text) && p.toks[n].class&cDet == 0 {
			n-- // "recent", "latest weekly", "project appraisal"
		}
		if n < lo || !p.isWordAt(n) {
			return nil
		}
		switch {
		case isPossessive(p.word(n)) && p.toks[n].isCap(p.text):
			if n-1 >= lo && p.isDet(n-1) {
				n-- // "the Unit's"
			}
		case participle && p.isDet(n):
		default:
			return nil
		}
		if !(n == lo || p.isComma(n-1) || (p.lowerAt(n-1) == "and" || p.lowerAt(n-1) == "but") && p.isComma(n-2)) {
			return nil
		}
		if r := p.interpret(n, d+1); r != nil && r.kind == refDoc {
			return r
		}
		return nil
	}
	return nil
}

// quotedAcronymBefore returns the opening bracket of a body's short name
// set in quotation marks inside brackets that close at token k — `("XYC")`,
// as releases and filings define a name — else -1.
func (p *para) quotedAcronymBefore(k int) int {
	o := k - 4
	if o < 0 || p.lowerAt(o) != "(" || p.toks[o+1].kind != tQuote || p.toks[k-1].kind != tQuote || p.toks[k-2].kind != tWord || !allCaps(p.word(k-2)) {
		return -1
	}
	return o
}

// turnAside returns how many words end at token k that say a speaker
// takes their turn — "for his part", "on its part", "in turn" — which
// stand between a subject and its verb with or without commas; else 0.
func (p *para) turnAside(k, lo int) int {
	if k-2 >= lo && p.isWordAt(k) && p.lw(k) == "part" && possessivePronouns[p.lowerAt(k-1)] && (p.lowerAt(k-2) == "for" || p.lowerAt(k-2) == "on") {
		return 3
	}
	if k-1 >= lo && p.isWordAt(k) && p.lw(k) == "turn" && p.lowerAt(k-1) == "in" {
		return 2
	}
	return 0
}

// asLabels are verbs that speak only when they label something "as" the
// quoted words: "rejected the claim as “…”".
var asLabels = set(`reject rejects rejected rejecting`)

// asQuoteAfter reports whether "as" and an opening quotation mark follow
// the verb at token v within a few words: "rejected (the claim) as “…”".
func (p *para) asQuoteAfter(v int) bool {
	for i := v + 1; i < len(p.toks) && i <= v+8; i++ {
		if p.toks[i].kind == tQuote || p.toks[i].kind == tEnd {
			return false
		}
		if p.isWordAt(i) && p.lw(i) == "as" {
			return i+1 < len(p.toks) && p.toks[i+1].kind == tQuote && p.toks[i+1].open
		}
	}
	return false
}

// possessivePronouns go before what is someone's own: "for his part".
var possessivePronouns = set(`his her its their our my your`)

var ordinals = set(`first second third fourth fifth last`)

var periodWords = set(`week weekend month year night`)

var timeWords = set(`yesterday today tonight`)

// clauseSubject reads the subject at the start of the clause holding token
// v, after any opening phrase ("After X spoke with Y on Tuesday, State
// Department officials said …").
func (x *extractor) clauseSubject(p *para, lo, v int) *ref {
	i := lo
	if p.lowerAt(i) == "let" && (p.lowerAt(i+1) == "me" || p.lowerAt(i+1) == "us") {
		// "Let me <verb> …:", "Let us …:": an imperative whose capital is the
		// sentence's, not a name's. Its subject is the speaker, whom "me"
		// or "us" stands for, not a name the clause gives.
		return nil
	}
	// "Elsewhere in his speech, X …", "Later on Monday, X …": one
	// capitalised word and a preposition open an adverbial phrase that a
	// comma closes, no subject.
	// A country or a body the article knows before the preposition is the
	// subject with a time after it: "<Country> on Thursday rejected …,
	// terming it …".
	adverbial := p.isNameWord(i) && p.isWordAt(i+1) && adverbialPreps[p.lw(i+1)] && !p.isRoleAt(i) &&
		!isKnownPlace(p.word(i)) && x.cast.lookup(p.word(i)) == nil
	if w := p.lowerAt(i); adverbial || subordinators[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		c := i
		for c < v && !p.isComma(c) {
			c++
		}
		if c >= v {
			return nil
		}
		i = c + 1
	} else if c := p.openingPrepPhrase(i, v); c > 0 {
		i = c + 1
	}
	if i > lo {
		i = p.afterParticipleAside(i, v)
	}
	a, b := p.npRight(i, v)
	if a >= b {
		return nil
	}
	b = p.nationalSideEnd(a, b, v) // "The <Nationality> side thanked … and called …"
	if b+3 < v && p.lowerAt(b) == "(" && p.lowerAt(b+2) == ")" && isAcronym(p.word(b+1)) {
		// "The General Manager of X Y (XY), A B C, welcomed … but
		// warned": a title whose body's acronym follows it, then the
		// holder's name set off.
		if n := p.holderAfterTitle(a, b+3, v); n != nil {
			return n
		}
	}
	if n := p.possessedNamed(a, b, v); n != nil {
		return n
	}
	if c := p.ofChainEnd(b); c > b && c < v && p.isRoleAt(b-1) {
		// "The Chair of the committee, <Name> (<Country>, <Group>),
		// said:": the title's "of" phrases, then its holder set off.
		e := c + 1
		for e < v && e-c <= 5 && p.isNameWord(e) {
			e++
		}
		if p.isComma(c) && e-c > 2 && (p.isComma(e) || p.lowerAt(e) == "(") {
			if n := p.interpret(c+1, e); n != nil && n.kind == refName {
				n.role, n.evidence = p.textOf(a, c), true
				return n
			}
		}
	}
	r := p.interpret(a, b)
	if aa, ab, ok := p.knownAsAfter(b, v); ok {
		return p.applyAppositive(r, aa, ab)
	}
	for n := 0; n < 2; n++ {
		aa, ab, ok := p.appositiveAfter(b, v)
		if !ok {
			break
		}
		r = p.applyAppositive(r, aa, ab)
		b = ab
	}
	return r
}

// afterParticipleAside returns where the clause's subject starts when
// the opening phrase that ends before token i is followed by a
// participle's aside set off by commas ("In its <document>, published
// on <site>, the <Body> <verb>ed …", "At the <event>, held in <City>,
// the <title> said …"): after the aside's comma. An aside in lower case
// that opens on a past participle or a gerund describes the phrase before
// it; it is no subject. Else i.
func (p *para) afterParticipleAside(i, v int) int {
	if !p.isWordAt(i) || p.toks[i].isCap(p.text) {
		return i
	}
	if w := p.lw(i); !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return i
	}
	for c := i + 1; c < v; c++ {
		if p.toks[c].q != 0 {
			return i
		}
		if p.isComma(c) {
			return c + 1
		}
	}
	return i
}

// openingPrepositions open a phrase that may stand before a clause's
// subject, closed by a comma: "For her part, …", "By contrast, …", "With
// the vote due, …", "Under the plan, …". The prepositions of time and
// place are subordinators already.
var openingPrepositions = set(`for with without by from under over among amid like unlike
	through across against within beyond despite`)

// openingPrepPhrase returns the comma closing a phrase that opens on a
// preposition at token i and ends before verb v ("For his part, X … and
// said"), else -1. Whatever a speech verb's subject is, it is not the
// phrase's noun: the subject starts after the comma. The phrase holds no
// quotation mark, and a comma must close it before v; a phrase with no
// comma ("For years the union has said") is left to the reading before.
func (p *para) openingPrepPhrase(i, v int) int {
	if !p.isWordAt(i) || !openingPrepositions[p.lw(i)] {
		return -1
	}
	for c := i + 1; c < v; c++ {
		if p.toks[c].q != 0 || p.toks[c].kind == tQuote || p.toks[c].kind == tEnd {
			return -1
		}
		if p.isComma(c) {
			if c+1 < v && p.isWordAt(c+1) {
				return c
			}
			return -1
		}
	}
	return -1
}

// resolveEvent names the speaker of an event.
func (x *extractor) resolveEvent(ev *event, si int, p *para, at int) {
	ev.ent, ev.via = x.resolve(ev.subj, si, at)
	if ev.ent != nil && ev.ent.kind == "organisation" && ev.subj != nil && !ev.subj.object && ev.ent.heads["court"] {
		if j := x.soleJudge(); j != nil {
			// "Justice <Name>, dismissing the plea, observed …. “…,”
			// the court said": a court that sits as one named judge
			// speaks in that judge's words.
			ev.ent, ev.via = j, "description"
		}
	}
	if ev.via == "pronoun" && ev.ent != nil && ev.ent.kind == "person" && ev.subj.kind == refPronoun &&
		(ev.subj.gender == male || ev.subj.gender == female) && x.namedInOwnQuote(ev.ent, si) {
		// "“<Name> was a wall tonight. I told him …,” he said": the
		// man the quote talks about is not the "he" who says it.
		x.skip = ev.ent
		ev.ent = x.antecedent(ev.subj.gender, si, at)
		x.skip = nil
	}
	if ev.ent != nil && ev.subj != nil && (ev.subj.kind == refRole || ev.subj.kind == refSomeone || ev.subj.kind == refEpithet) && x.unnamedAfter(p, ev.v, si) {
		// "“…,” said the captain of a barge in the port, who did not
		// want to be named": whoever held that role before is not this
		// one, who asked to stay unnamed; nor may the chooser name them.
		ev.ent = nil
		if x.unnamed[si].tok == 0 {
			x.unnamed[si] = unnamedSubject{tok: ev.v + 2, verb: ev.v + 1}
		}
	}
	if ev.ent != nil && ev.subj != nil && ev.subj.kind != refPronoun && !(ev.ent.kind == "organisation" && speaksForBody(ev.subj.head)) && x.withheldBefore(p, si, at) {
		// "A nurse from a <Region> hospital, who asked not to be named,
		// told the inquiry: “…”", "A cousin of <Name>, who asked that his
		// name be withheld, summed it up: “…”": the unnamed
		// person speaks, not a body or a person their description names.
		// A body's official or spokesperson who withholds their name
		// still speaks for the body.
		ev.ent = nil
		if x.unnamed[si].tok == 0 {
			x.unnamed[si] = unnamedSubject{tok: x.d.sents[si].a + 1, verb: at + 1}
		}
	}
	if ev.ent != nil && p.inList(at, cChantVerb) && x.crowdSings(si, at) {
		// "<Nationality> fans lined the road chanting “…”", "the <Club>
		// faithful sang “…”": a crowd's chant is no one's words, not
		// the country's or the club's its modifier names.
		ev.ent = nil
		if x.unnamed[si].tok == 0 {
			x.unnamed[si] = unnamedSubject{tok: at + 1, gender: plural, verb: at + 1}
		}
	}
	if e := x.stateAgent(ev.subj); e != nil {
		ev.ent = e
	}
	if ev.ent != nil && ev.subj != nil && ev.subj.kind == refName && ev.ent.kind != "organisation" && ev.subj.name != "" &&
		(ev.ent.name == ev.subj.name || strings.HasSuffix(ev.ent.name, " "+ev.subj.name)) && (ev.subj.det == "the" || strings.IndexByte(ev.subj.name, ' ') < 0) {
		// A title the reader took for a name ("<Title> said"): the
		// person the article names after it holds it (titleHolder).
		if h := x.titleHolder(ev.ent, ev.subj.det, x.d.sents[si].p); h != nil {
			ev.ent = h
		}
	}
	if ev.ent != nil && ev.subj != nil && (ev.subj.kind == refName || ev.subj.kind == refOrg) {
		if e := x.jointFirstBody(si, p, ev.v); e != nil {
			ev.ent = e
		}
	}
	if ev.subj != nil && !ev.subj.object && (ev.ent == nil || ev.ent.kind != "person") {
		if e := x.jointListFirst(si, p, ev.v); e != nil {
			ev.ent = e
		}
	}
	if ev.ent != nil && ev.ent.kind == "place" && ev.subj != nil && (ev.subj.kind == refName || ev.subj.kind == refOrg) {
		if e := x.jointPairLast(p, ev); e != nil {
			ev.ent = e
		}
	}
	if ev.ent != nil && ev.ent.kind == "place" {
		if b := x.countrysOwnBody(ev.ent, si); b != nil {
			ev.ent = b
		}
	}
	if ev.ent != nil && ev.ent.kind == "person" {
		if b := x.actingFor(ev, si, p); b != nil {
			ev.ent = b
		}
	}
}

// stateAgent is the state whose Agent before an international court or
// tribunal speaks: "the Agent of <State> argued", "the Agent of <State>,
// Mr <Name>, said". The Agent presents the state's case, as counsel does a
// party's (the sets' counsel convention), so the words are the state's.
// Nil for any other subject, and for an agent of anything but a place
// ("an agent of the venues").
func (x *extractor) stateAgent(r *ref) *entity {
	if r == nil || r.kind != refName && r.kind != refRole {
		return nil
	}
	t := r.role
	if r.kind == refRole || strings.HasPrefix(r.role, "of ") {
		t = r.text // "the Agent of <State>" read as a name and its "of"
	}
	i := strings.Index(t, "Agent of ")
	if i < 0 || i > 0 && t[i-1] != ' ' {
		return nil
	}
	place := strings.TrimPrefix(t[i+len("Agent of "):], "the ")
	c := x.countryOf(place)
	if c == "" {
		return nil
	}
	if e := x.cast.lookup(c); e != nil && e.kind == "place" {
		return e
	}
	return x.cast.place(c)
}

// actingFor is the party a lawyer speaks for when the sentence sets it
// off after the lawyer's name: "Prosecutor <Name>, for the <Office>,
// submitted", "Crown Counsel <Name>, for the <Body>, had urged …". A
// submission in court is the party's (the sets' counsel convention), and
// "for the <Body>" between the name and the verb says which party that
// is. Only a lawyer's title before the name or in the person's role counts:
// a spokesperson "for the ministry" named in full speaks as herself.
func (x *extractor) actingFor(ev *event, si int, p *para) *entity {
	if si < 0 || si >= len(x.d.sents) || ev.v <= 0 {
		return nil
	}
	s := x.d.sents[si]
	if s.p != ev.p {
		return nil
	}
	for _, m := range x.mentions[si] {
		if m.e != ev.ent || m.tok >= ev.v {
			continue
		}
		c := m.tok
		for c < ev.v && p.isWordAt(c) && (p.isNameWord(c) || p.toks[c].class&cParticle != 0) {
			c++
		}
		if !p.isComma(c) || p.lowerAt(c+1) != "for" || p.lowerAt(c+2) != "the" || !p.isNameWord(c+3) {
			continue
		}
		d := c + 3
		for d < ev.v && p.isWordAt(d) && (p.isNameWord(d) || p.lowerAt(d) == "of" || p.lowerAt(d) == "the" || p.lowerAt(d) == "and") {
			d++
		}
		if d >= ev.v || !p.isComma(d) || !p.isNameWord(d-1) {
			continue
		}
		lawyer := false
		for w := range strings.FieldsSeq(strings.ToLower(ev.ent.role)) {
			lawyer = lawyer || counterparts[w]
		}
		for i := s.a; i < m.tok && !lawyer; i++ {
			lawyer = p.isWordAt(i) && counterparts[p.lw(i)]
		}
		if !lawyer {
			continue
		}
		r := p.interpret(c+3, d)
		if r == nil || r.kind != refOrg {
			return nil
		}
		return x.cast.org(r.name, "")
	}
	return nil
}

// skipTag steps back over a party tag or an age between commas ending at
// token k, one more aside before the verb: "Sen. Tom Reilly, R-Idaho, the
// panel's ranking Republican, said"; "Jane Doe, 54, a nurse, said"; "Sen.
// Maria Ortega, D-N.M., who wrote the bill". It returns asides with the
// tag's span appended when it steps over one (the slice, not a pointer to
// it, so that subjectLeft's asides stay in its own frame).
func (p *para) skipTag(k, lo int, asides []span) (int, []span) {
	if k-1 >= lo && p.isWordAt(k) && p.isComma(k-1) && (partyTag(p.word(k)) || isNumber(p.word(k))) {
		return k - 2, append(asides, span{k, k + 1})
	}
	if c := p.lettersAfterName(k, lo); c > lo {
		return c - 1, append(asides, span{c + 1, k + 1})
	}
	return k, asides
}

// lettersAfterName returns the comma that opens the letters after a name
// set off in commas and ending at token k ("<Given> <Surname>, <KC>,
// <CERT>/<X>, a lawyer, said"), else -1: honours, degrees and
// professional credentials in capitals are no one's name, and the person
// is the name before them. Up to three groups of letters, each one or
// two words of capitals (a slash may join them), after a capitalised word
// not itself in capitals.
func (p *para) lettersAfterName(k, lo int) int {
	c := -1
	for groups := 0; groups < 3; groups++ {
		j, words := k, 0
		for j > lo && !p.isComma(j) {
			switch {
			case p.isWordAt(j) && (p.postNominalAt(j) || capitalLetters(p.word(j)) || p.lowerAt(j-1) == "/" && len(p.word(j)) == 1 && isUpperASCII(p.word(j)[0])):
				words++
			case p.lowerAt(j) == "/" && words > 0:
			default:
				return -1
			}
			j--
		}
		if words == 0 || words > 2 || j <= lo || !p.isComma(j) {
			break
		}
		c, k = j, j-1
		if p.isWordAt(k) && p.toks[k].isCap(p.text) && !capitalLetters(p.word(k)) && p.lowerAt(k-1) != "/" && !p.postNominalAt(k) && p.isNameWord(k) {
			return c
		}
	}
	return -1
}

// capitalLetters reports whether w is two to six capital letters of
// ASCII, as credentials and acronyms are written.
func capitalLetters(w string) bool {
	return len(w) >= 2 && len(w) <= 6 && allUpper(w)
}

// isNumber reports whether a word is a number, such as an age.
func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// habitual verbs before "to say" make what follows a saying of the
// subject's: "likes to say", "loves to say", "used to say".
var habitual = set(`like likes liked love loves loved used`)

// titleAside returns the token before an aside that gives a document's
// title in marks, ending at the comma k ("The report, entitled “…”,
// says"), else -1: the title is no speaker and no aside a name follows,
// and the subject is the noun before it.
func (p *para) titleAside(k, lo int) int {
	if !p.isComma(k) || k-1 <= lo || p.toks[k-1].kind != tQuote || p.toks[k-1].open {
		return -1
	}
	o := k - 2
	for o > lo && !(p.toks[o].kind == tQuote && p.toks[o].open) {
		if p.toks[o].kind == tEnd && p.toks[o].q == 0 {
			return -1
		}
		o--
	}
	if o-2 < lo || !titleMarkers[p.lowerAt(o-1)] || !p.isComma(o-2) {
		return -1
	}
	return o - 3
}

// definedTermBefore returns the token before a defined term in brackets
// that closes at the comma k — `(the “Contractor”)`, `(“the Bank”)` —
// else -1. Filings and releases name a party once with the short name
// they will use for it; the bracket belongs to the name before it, which
// is the verb's subject, and its marks are no quote and no aside.
func (p *para) definedTermBefore(k, lo int) int {
	if !p.isComma(k) || p.lowerAt(k-1) != ")" {
		return -1
	}
	o := k - 2
	if o-1 <= lo || p.toks[o].kind != tQuote {
		return -1
	}
	for o > lo && o > k-10 && p.lowerAt(o) != "(" {
		o--
	}
	if o <= lo || p.lowerAt(o) != "(" {
		return -1
	}
	i := o + 1
	if p.lowerAt(i) == "the" {
		i++
	}
	if i >= k || p.toks[i].kind != tQuote || !p.toks[i].open {
		return -1
	}
	return o - 1
}

// titleMarkers give a document's or a work's title in an aside.
var titleMarkers = set(`titled entitled headlined called named`)

// docIssuedAside reads a document as the subject, set off from its verb
// by an aside that names its issuer ("A readout of the talks, published
// later by <Body>, said", "The report on the floods, released on
// Monday by <Body>, warns", "That report, by <Body>, found"): the issuer speaks, whatever the words
// after the document's noun describe. k is the aside's closing comma;
// the clause must open on the document's noun, after at most a
// determiner and two words in lower case. Nil otherwise.
func (p *para) docIssuedAside(k, lo int) *ref {
	if !p.isComma(k) {
		return nil
	}
	n := lo
	if p.isDet(n) {
		n++
	}
	for i := 0; i < 2 && p.isWordAt(n) && p.toks[n].class&cDocNoun == 0 && !p.toks[n].isCap(p.text) && p.toks[n].class&(cFunction|cPrep|cSpeech) == 0; i++ {
		n++ // "A brief", "the final joint"
	}
	if !p.isWordAt(n) || p.toks[n].class&cDocNoun == 0 || p.toks[n].isCap(p.text) {
		return nil
	}
	by := -1
	for i := k - 1; i > n && i >= k-12; i-- {
		if p.isComma(i) {
			if by < 0 || !p.issuingVerbAt(i+1) && by != i+1 {
				return nil // ", published by <Body>,", ", by <Body>,"
			}
			a, b := p.npRight(by+1, k)
			if b != k {
				return nil
			}
			if r := p.interpret(a, b); r != nil && (r.kind == refOrg || r.kind == refName && !r.evidence) {
				return r
			}
			return nil
		}
		if !p.isWordAt(i) || p.toks[i].q != 0 {
			return nil
		}
		if p.lw(i) == "by" && by < 0 {
			by = i
		}
	}
	return nil
}

// issuedBy returns the comma opening an aside that ends at the comma c
// and says who signed or issued a body's statement ("X, in a statement
// signed by its director, Y, said"), else -1. The aside may run to
// twenty tokens: two signers, each with a title, and one's state
// ("signed by <Title> <Name> and <Country>'s <Title> of <Field>, <Name>,").
func (p *para) issuedBy(c, lo int) int {
	signed := false
	for i := c - 1; i >= lo && i >= c-20; i-- {
		if p.isComma(i) {
			if signed {
				return i
			}
			return -1
		}
		if l := p.lowerAt(i); (l == "signed" || l == "issued") && p.lowerAt(i+1) == "by" {
			signed = true
		}
	}
	return -1
}

// possessedNamed is the person or body named in the aside after "<Name>'s
// <noun>," when the phrase read as the clause's subject stopped at the
// possessive: "Mr <Surname>'s wife, <Given> <Surname>, has released the
// following statement:", "<Body>'s lawyer, <Name>, issued …". The name
// before "'s" is whom the subject belongs to, not who speaks; a relative
// of the dead named in a police release shares their surname, so taking
// the possessive gave the dead man the family's words.
func (p *para) possessedNamed(a, b, v int) *ref {
	if b <= a || b+1 >= v || !isPossessive(p.word(b-1)) || !p.isWordAt(b) || p.toks[b].isCap(p.text) {
		return nil
	}
	e := b
	for e < v && e-b < 3 && p.isWordAt(e) && !p.toks[e].isCap(p.text) && !p.isComma(e) {
		e++
	}
	n := p.setOffName(e, v)
	switch {
	case n == nil:
		return nil
	case n.kind == refName:
		n.role, n.evidence = p.textOf(a, e), true
		return n
	case n.kind == refOrg:
		return n
	}
	return nil
}

// chantVerbs are the verbs a crowd gives its words with.
var chantVerbs = set(`chant chants chanted chanting sang sing sings singing`)

// crowdSings reports whether sentence si, before token at, has a crowd as
// the subject of a chanting or singing verb: a plural of people or a
// crowd ("supporters", "fans", "protesters"), after only "the" and
// capitalised words (a nationality, a club), opening the sentence or the
// main clause after an opening one ("When the gates opened, the <Club>
// fans sang"), with a chant verb after it before at.
func (x *extractor) crowdSings(si, at int) bool {
	sr := x.d.sents[si]
	p := x.d.paras[sr.p]
	crowd := -1
	for start := sr.a; start < at && crowd < 0; start++ {
		if start > sr.a && !p.isComma(start-1) {
			continue
		}
		i := start
		for i < at && p.isWordAt(i) && (p.lw(i) == "the" || p.toks[i].isCap(p.text)) {
			i++
		}
		if i < at && p.isWordAt(i) && crowdNoun(p.lw(i)) {
			crowd = i
		}
	}
	if crowd < 0 {
		return false
	}
	for k := crowd + 1; k < at && k < sr.b; k++ {
		if p.isWordAt(k) && p.inList(k, cChantVerb) {
			return true
		}
	}
	return p.inList(at, cChantVerb) && p.isWordAt(at)
}

// crowdNoun reports whether a word in lower case names a crowd or a
// plural of people: "fans", "supporters", "protesters", "crowd".
func crowdNoun(w string) bool {
	return w == "fans" || w == "crowd" || w == "crowds" || groupNouns[w] || pluralOfPeople(w)
}

// withheldBefore reports whether sentence si opens with an indefinite
// description ("A nurse from …", "A cousin of X") set off with a
// who-clause that withholds the person's name ("who asked not to be
// named", "who asked that her name not be used", "who spoke on condition
// of anonymity"), and the speech verb at is the clause's own or the main
// clause's after it, with no name between. A clause that gives a name
// after all ("who asked to be identified only as X") withholds none.
func (x *extractor) withheldBefore(p *para, si, at int) bool {
	sr := x.d.sents[si]
	if sr.p >= len(x.d.paras) || x.d.paras[sr.p] != p || at <= sr.a || at > sr.b || p.toks[sr.a].class&cDet == 0 || !p.inList(sr.a, cIndefinite) {
		return false
	}
	c := sr.a
	for c < at && !(p.isComma(c) && p.lowerAt(c+1) == "who") {
		if p.toks[c].q != 0 || p.toks[c].kind == tQuote {
			return false
		}
		c++
	}
	if c >= at {
		return false
	}
	withheld := false
	k := c + 2
	for ; k < sr.b && !p.isComma(k); k++ {
		if p.toks[k].q != 0 || p.toks[k].kind == tQuote {
			return false
		}
		switch l := p.lowerAt(k); l {
		case "anonymity", "anonymous":
			withheld = true
		case "named", "identified", "name":
			for d := max(k-4, c); d < k+4 && d < sr.b; d++ {
				if l := p.lowerAt(d); d > k && l == "not" || d < k && (l == "not" || l == "declined" || l == "refused") {
					withheld = true
				}
			}
		}
	}
	if !withheld {
		return false
	}
	for i := k + 1; i < at; i++ {
		if p.isNameWord(i) {
			return false // another subject: "…, the mayor X told them"
		}
	}
	n, _ := p.givenName(sr.a+1, sr.b)
	return n == 0
}

// unnamedAfter reports whether the subject after speech verb v, in the
// rest of sentence si, is set off with a who-clause saying it is not
// named: ", who did not want to be named", ", who spoke on condition of
// anonymity".
func (x *extractor) unnamedAfter(p *para, v, si int) bool {
	sr := x.d.sents[si]
	if sr.p >= len(x.d.paras) || x.d.paras[sr.p] != p || v < sr.a || v >= sr.b {
		return false
	}
	who := false
	for k := v + 1; k < sr.b; k++ {
		if p.toks[k].q != 0 || p.toks[k].kind == tQuote {
			return false
		}
		switch l := p.lowerAt(k); {
		case p.isComma(k):
			who = p.lowerAt(k+1) == "who"
		case !who:
		case l == "anonymity" || l == "anonymous":
			return true
		case l == "named" || l == "identified" || l == "name":
			if p.negatedFrom(max(k-4, v+1), k) {
				return true
			}
		}
	}
	return false
}

// participleOnly are speech verbs' past participles that are no past
// tense: "written" and "spoken" stand as a clause's verb only after "has"
// or "was".
var participleOnly = set(`written spoken`)

// relativeWithQuotedName returns the comma that opens a relative clause
// ending at the comma k which holds a name in quotation marks — a
// channel's, a book's or a show's, maybe with a gloss in brackets
// ("<Name>, who runs the channel “<Title>” (“<Gloss>”), wrote") — or -1
// when there is none. The marks hold a title, not speech: the clause
// opens with "who", "whose" or "which", its marked words are capitalised,
// and no speech verb comes right before the marks.
func (p *para) relativeWithQuotedName(k, lo int) int {
	if !p.isComma(k) {
		return -1
	}
	o, quoted := k-1, false
	for o >= lo && !p.isComma(o) && p.toks[o].kind != tEnd {
		if p.toks[o].q != 0 {
			quoted = true
			if p.toks[o].kind == tWord && !p.toks[o].isCap(p.text) {
				return -1 // words in lower case in the marks: speech
			}
		}
		o--
	}
	if !quoted || o < lo || !p.isComma(o) {
		return -1
	}
	switch p.lowerAt(o + 1) {
	case "who", "whose", "which":
	default:
		return -1
	}
	for i := o + 2; i < k; i++ {
		if p.toks[i].q != 0 && p.toks[i-1].q == 0 && (p.isSpeechVerbAt(i-1) || p.isSpeechVerbAt(i-2)) {
			return -1 // marks after a speech verb: speech
		}
	}
	return o
}

// relativeOpening returns the token of the "which" or "who" that opens the
// relative clause holding the "and" at token k, set off after a comma or a
// dash ("<Body>, which <verb>s … and <verb>s", "<Body> - which <verb>s …
// and <verb>s"), with no comma, dash, quote or sentence end between; -1
// when the "and" joins no such clause's verbs.
func (p *para) relativeOpening(k, lo int) int {
	for i := k - 1; i > lo && i >= k-12; i-- {
		t := &p.toks[i]
		if t.q != 0 || t.kind == tQuote || t.kind == tEnd || p.isComma(i) || !p.isWordAt(i) {
			return -1
		}
		if l := p.lw(i); l == "which" || l == "who" {
			if b := p.lowerAt(i - 1); p.isComma(i-1) || isDash(b) || b == "-" {
				return i
			}
			return -1
		}
	}
	return -1
}

// ownedNameSpeaks reports whether the capitalised word ending in "'s"
// before the speech verb at v is the speaker, not an owner: some firms
// and agencies are named with a possessive ("<Founder>'s said"), and a
// speech verb that no noun shares ("said", "told", "says") cannot be a
// thing the name owns. A pronoun's contraction ("It's said") is not a
// name.
func (p *para) ownedNameSpeaks(v int) bool {
	switch p.lowerAt(v) {
	case "said", "told", "added", "warned", "wrote", "says":
	default:
		return false
	}
	if !p.isWordAt(v-1) || !p.toks[v-1].isCap(p.text) {
		return false
	}
	w := p.word(v - 1)
	if !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return false
	}
	return !inFolded(contractedPronouns, stripPossessive(w))
}

// contractedPronouns are the words whose "'s" is a contraction of "is" or
// "has" before a verb ("It's said", "There's said to be"), never a
// name's: a closed class.
var contractedPronouns = set(`it he she that there who what here this one`)

// wishVerbs say a speaker means to say what follows: "want to say", "like
// to say" (after "would").
var wishVerbs = set(`want wants like`)

// courtesyWishes and noticeVerbs make a notice's courtesy form ("wishes
// to remind", "wish to advise"): the message follows at once.
var courtesyWishes = set(`wish wishes`)
var noticeVerbs = set(`remind advise inform`)

// heardVerbs, after a form of "be" and before a speech verb's -ing form,
// present the subject speaking on a recording or before witnesses.
var heardVerbs = set(`heard seen`)

// thatOnlyVerbs speak only before "that": a demand, a concession or a
// regret the subject put in words. Before a noun they are no speech.
var thatOnlyVerbs = set(`demanded demanding accepted regrets regretted viewed`)

// colonQuoteAfter reports whether the speech verb at v is followed, past
// at most one adverb, by a colon and an opening quotation mark: the words
// said come right after it.
func (p *para) colonQuoteAfter(v int) bool {
	k := v + 1
	if p.isWordAt(k) && strings.HasSuffix(p.lw(k), "ly") {
		k++
	}
	return p.lowerAt(k) == ":" && k+1 < len(p.toks) && p.toks[k+1].kind == tQuote
}

// frontedPlace reports whether name is the whole object of the
// preposition that opens the sentence at lo and a comma closes it ("In
// <Place>, …", "At <Place>, …"): a scene set before the clause, never its
// subject.
func (p *para) frontedPlace(lo int, name string) bool {
	if lo+2 >= len(p.toks) || !placeAfter[p.lowerAt(lo)] && p.lowerAt(lo) != "at" {
		return false
	}
	for k := lo + 1; k < len(p.toks) && k <= lo+5; k++ {
		if p.isComma(k) {
			return k > lo+1 && p.textOf(lo+1, k) == name
		}
		if !p.isWordAt(k) {
			return false
		}
	}
	return false
}

// asideNameBefore returns the person's full name set off in commas right
// before the verb at v ("…, <Given> <Surname>, explained"), or nil.
func (p *para) asideNameBefore(v, lo int) *ref {
	if v-2 <= lo || !p.isComma(v-1) {
		return nil
	}
	c := v - 2
	for c > lo && !p.isComma(c) {
		if !p.isWordAt(c) {
			return nil
		}
		c--
	}
	if !p.isComma(c) {
		return nil
	}
	if r := p.interpret(c+1, v-1); r != nil && r.kind == refName && strings.Contains(r.name, " ") {
		return r
	}
	return nil
}

// nameOfSide returns the person named just before "of" and the phrase
// a..k when that phrase is a camp or side in lower case ("<Name> of the
// opposition said", "<Title> <Given> <Surname> of the ruling party
// wrote"): the side is the person's, and the person speaks. Nil when the
// phrase has a capital of its own (a body's name, which the rules for
// "<Name> of <Body>" read) or the words before "of" name no one.
func (p *para) nameOfSide(a, k, lo int) *ref {
	if a-2 < lo || !p.isDet(a) || p.lowerAt(a-1) != "of" || !p.isNameWord(a-2) {
		return nil
	}
	for i := a + 1; i <= k; i++ {
		if !p.isWordAt(i) || p.toks[i].isCap(p.text) {
			return nil
		}
	}
	b := p.npLeft(a-2, lo)
	if b < 0 {
		return nil
	}
	if r := p.interpret(b, a-1); r != nil && r.kind == refName && strings.Contains(r.name, " ") {
		return r
	}
	return nil
}

// echoNouns name words already said, as copy refers back to a quote just
// closed: "“…”, a line <Name> repeated", "a claim <Name> denied".
var echoNouns = set(`line phrase claim charge view position refrain slogan message sentiment description characterisation characterization label assessment argument`)

// echoAdverbs stand between the name and the verb of an echo ("a line
// <Name> has long repeated"): the perfect's auxiliary and adverbs of habit.
var echoAdverbs = set(`has had have long also often`)

// echoedLine reports whether the subject of verb v is a name in a clause
// hung on a noun for the quote that closes just before it: "<closing
// mark>, a line <Name> [has] repeated", when no quote of the name's own
// follows the verb. Tokens are read back from v, at most a few, and never
// before lo.
func (p *para) echoedLine(v, lo int) bool {
	if v+1 < len(p.toks) && p.toks[v+1].kind == tQuote && p.toks[v+1].open {
		return false // "a position <Name> called “…”": the name's own words follow
	}
	k := v - 1
	for n := 0; n < 2 && k > lo && p.isWordAt(k) && echoAdverbs[p.lw(k)]; n++ {
		k--
	}
	names := 0
	for names < 5 && k > lo && p.isNameWord(k) {
		k--
		names++
	}
	if names == 0 {
		return false
	}
	if k > lo && (p.lw(k) == "that" || p.lw(k) == "which") {
		k--
	}
	if k-2 < lo || !p.isWordAt(k) || !echoNouns[p.lw(k)] || p.lw(k-1) != "a" && p.lw(k-1) != "the" {
		return false
	}
	c := k - 2 // the mark, after the comma or with the comma inside it ("…,” a line)
	if p.isComma(c) {
		c--
	}
	return c >= lo && p.toks[c].kind == tQuote && !p.toks[c].open
}
