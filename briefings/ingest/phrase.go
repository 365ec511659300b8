package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// refKind is what a noun phrase tells about who it means.
type refKind uint8

const (
	refNone    refKind = iota
	refPronoun         // he, she, it
	refName            // a proper name, maybe with a role: "Foreign Minister Sergey Lavrov"
	refOrg             // an organisation by name: "the State Department", "Drava Coal"
	refRole            // a role without a name: "the minister", "Horvath's spokesman"
	refOrgDesc         // an organisation by kind: "the ministry", "the company"
	refSomeone         // someone not named: "one shopkeeper", "officials", "a deputy"
	refDoc             // what a body issued: "the readout", "a Kremlin statement", "the ministry's statement"
	refEpithet         // a person by nationality or age: "the Brazilian", "the 19-year-old"
)

// docNouns are what a body issues in its own words: "the readout said …"
// speaks for the body that issued it. The kinds of document official copy
// names are a closed class; a regulator's "notification", a security
// service's "threat assessment", a council's or a board's "minutes"
// ("minutes" of time head no subject of a verb of saying) and a body's
// "plan" or "strategy" ("<Body>'s own <plan> described … as “…”")
// are among them, and so is a body's written "reply" or "response" to
// the outlet's questions.
var docNouns = set(`readout statement communique communiqué release brief memo memorandum bulletin advisory notice
	report review audit paper conclusions judgment judgement ruling filing letter warning
	text document circular directive decree guidelines order indictment complaint lawsuit petition
	affidavit submission notification assessment gazette proclamation minutes plan strategy reply response
	determination note`)

// sameDocNouns name no kind of document: "the text" and "the document" are
// the one the sentences just before say a body issued ("X said in a
// statement … “…,” the text stated").
var sameDocNouns = set(`text document`)

// issuedDocs are the documents a body writes itself, which the body that
// spoke last may be taken to have issued ("the readout said"); a report,
// a review or a paper is as often someone else's (a newspaper's, a
// consultant's), so only the sentences before that say who wrote it name
// its author.
var issuedDocs = set(`readout statement communique communiqué release brief memo memorandum bulletin advisory notice
	warning circular directive decree guidelines order`)

// issuerAdjectives name the kind of body that issued a document by an
// adjective rather than the body's noun: "a ministerial circular" is the
// ministry's, as "a ministry circular" is.
var issuerAdjectives = map[string]string{"ministerial": "ministry", "departmental": "department", "governmental": "government"}

// issueVerbs say who wrote or issued a document: "X issued a statement",
// "a review prepared by X".
var issueVerbs = set(`issued issues released releases published publishes prepared drafted wrote written
	compiled produced circulated sent adopted adopts tabled tables presented presents`)

// phrasalIssueVerbs issue a document with a particle after them: "drawn
// up by", "handed down by", "put out by", "put together by", "sent out by".
var phrasalIssueVerbs = map[string]string{"drawn": "up", "handed": "down", "put": "out together", "sent": "out",
	"written": "up", "set": "out", "signed": "off"}

// issuingVerbAt reports whether a verb issuing a document starts at token
// i: "issued", or a phrasal one with its particle ("drawn up").
func (p *para) issuingVerbAt(i int) bool {
	if !p.isWordAt(i) {
		return false
	}
	if issueVerbs[p.lw(i)] {
		return true
	}
	parts, ok := phrasalIssueVerbs[p.lw(i)]
	return ok && p.isWordAt(i+1) && slices.Contains(strings.Fields(parts), p.lw(i+1))
}

// issuingVerbBefore returns where the verb issuing a document starts when
// the words before "by" at token by end one ("issued by", "drawn up by"),
// else -1.
func (p *para) issuingVerbBefore(by int) int {
	switch {
	case by >= 1 && p.isWordAt(by-1) && issueVerbs[p.lw(by-1)]:
		return by - 1
	case by >= 2 && p.isWordAt(by-1) && p.isWordAt(by-2) && slices.Contains(strings.Fields(phrasalIssueVerbs[p.lw(by-2)]), p.lw(by-1)):
		return by - 2
	}
	return -1
}

// speakingPlaceWords end a name of places or things that, as the subject
// of a speech verb, is a firm's or an institute's ("Chatham House", "X
// Storm", "Y Bridge Capital"), not a war, a treaty or a cup.
var speakingPlaceWords = set(`storm house tower bridge field fields park square hill hills harbour harbor
	coast forest summit centre center building hall`)

// ref is a noun phrase read for who it refers to.
type ref struct {
	kind       refKind
	text       string // the words, without a leading article
	surface    string // the words as the article has them, for the editor
	pronoun    string
	name       string // refName / refOrg: the name
	role       string // the role or title found with it
	head       string // refRole / refOrgDesc: the head word ("minister", "ministry")
	org        string // an organisation the phrase names ("State Department" in "State Department officials")
	orgHead    string // an organisation it describes ("the operator" in "a spokesman for the operator")
	indefinite bool
	det        string // the determiner it opened with: "the", "its", "a"
	gender     gender
	evidence   bool // refName: role, honorific, given name or appositive say it is a person
	object     bool // the object of a relaying verb ("quoted the minister as saying"), not a sentence's subject
}

// plural reports whether a role's head word names more than one person:
// "officials", "spokespeople".
func (r *ref) plural() bool {
	return r.head == "spokespeople" || r.head == "people" || strings.HasSuffix(r.head, "s") && isRoleWord(strings.TrimSuffix(r.head, "s"))
}

// isWordAt reports whether token i is a word outside quotes.
func (p *para) isWordAt(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tWord && p.toks[i].q == 0
}

// wordOf reports whether token i is a word outside quotes with any of
// the classes in c: isWordAt(i) && p.toks[i].class&c != 0, the class
// tested first. Only words have a class, and most words lack the one
// asked for, so most tokens are settled by one test, not isWordAt's
// four; the rules ask this of every token of a sentence in several
// passes.
func (p *para) wordOf(i int, c wordClass) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].class&c != 0 && p.toks[i].kind == tWord && p.toks[i].q == 0
}

// nextWordOf returns the first token from i before b for which wordOf(c)
// holds, or b when none does (b ≤ len(p.toks)). The rules' loops over a
// sentence's tokens in search of a few words (speech verbs, names,
// articles) took some 15 instructions a token, most of them keeping the
// loop's variables across the calls made for the words found; alone, the
// search takes about five.
func (p *para) nextWordOf(i, b int, c wordClass) int {
	toks := p.toks[:b]
	for ; i < len(toks); i++ {
		if t := &toks[i]; t.class&c != 0 && t.kind == tWord && t.q == 0 {
			return i
		}
	}
	return b
}

// lowerAt returns the lower-case text of token i, or "".
func (p *para) lowerAt(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.lw(i)
}

// isNameWord reports whether token i is a capitalised word that can be part
// of a name: not a function word, day or month capitalised at the start of a
// sentence.
func (p *para) isNameWord(i int) bool {
	// The rules ask this some 5,000 times an article, of every token
	// several times: the answer is worked out once per token when the
	// quotes are found (markNameWords), and read here from its class.
	// Asked anew each time, it was some 60 K instructions of a 5 KB
	// article's 2.8 M.
	return uint(i) < uint(len(p.toks)) && p.toks[i].class&cName != 0
}

// markNameWords gives each token that nameWordAt says is a name word the
// class cName, for isNameWord. It runs once the tokens are final, when
// the quotes are found: nothing changes a token, its quote or its
// neighbours after.
func (p *para) markNameWords() {
	toks := p.toks // read once, as in doublePairs
	named := false // token i-1 is a name word, kept in a register
	for i := range toks {
		if toks[i].class&cCap != 0 {
			if named = p.isCapNameWord(i); named { // nameWordAt(i)
				toks[i].class |= cName
			}
			continue
		}
		// A digit after a name word, rare: firmNumeral reads on.
		if named = named && p.text[toks[i].s]-'0' < 10 && (p.firmNumeral(i) || p.unionLocal(i) || p.seasonBody(i)); named {
			toks[i].class |= cName
			continue
		}
		// "<Noun> en <Noun>": the Spanish and French "in" joins the words
		// of a body's name as "of" does, its name word on either side.
		if i > 0 && toks[i-1].class&cName != 0 && toks[i].e-toks[i].s == 2 && p.lw(i) == "en" && p.isWordAt(i) && p.nameWordAt(i+1) && toks[i+1].class&cFunction == 0 {
			toks[i].class |= cName
		}
	}
}

// firmNumeral reports whether token i, after a name word, is a numeral
// inside a company's registered name: "<Name> <Line> 2 <Legal form>",
// "<Name> 4 <Word> <Legal form>" — digits, then up to two name words and
// a legal suffix (legalSuffixes) closing the name. A number elsewhere
// after a name ("<Name> 2026", "<Team> 3, <Team> 1") is no part of it.
func (p *para) firmNumeral(i int) bool {
	t := &p.toks[i]
	if t.kind != tWord || t.q != 0 || !t.plain || t.e-t.s > 4 {
		return false
	}
	for _, c := range p.text[t.s:t.e] {
		if c < '0' || c > '9' {
			return false
		}
	}
	for k := i + 1; k < len(p.toks) && k <= i+3; k++ {
		if !p.isWordAt(k) || p.toks[k].class&cCap == 0 {
			return false
		}
		if p.legalSuffixAt(k) {
			return true
		}
	}
	return false
}

// nameBeforeAcronym returns where the name ends in "<Name> (<ACR>)"
// before token k starts: the capitalised words back from the bracket,
// with the lower-case words a body's name holds between them ("of",
// "and", "for"), or -1 when the brackets hold no acronym or no name
// word stands before them.
func (p *para) nameBeforeAcronym(k int) int {
	if p.word(k-1) != ")" || p.word(k-3) != "(" || !isAcronym(p.word(k-2)) || !p.isNameWord(k-4) {
		return -1
	}
	c := k - 4
	for c > 0 && c > k-16 {
		if p.isNameWord(c - 1) {
			c--
			continue
		}
		if w := p.lowerAt(c - 1); (w == "of" || w == "and" || w == "for") && c-2 >= 0 && p.isNameWord(c-2) {
			c -= 2
			continue
		}
		break
	}
	return c
}

// legalSuffixAt reports whether word token k is a legal form closing a
// company's name (legalSuffixes), with or without its stop ("Ltd.",
// "Inc."): the one reading a chunk's run-on and a firm's numeral share.
func (p *para) legalSuffixAt(k int) bool {
	return legalSuffixes[strings.TrimSuffix(p.lw(k), ".")]
}

// nameWordAt is isNameWord worked out from the token and its neighbours.
func (p *para) nameWordAt(i int) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].class&cCap != 0 && p.isCapNameWord(i)
}

// isCapNameWord is isNameWord for a capitalised token i.
func (p *para) isCapNameWord(i int) bool {
	// The rules ask this of nearly every token, often more than once: the
	// two usual answers, no capitalised word outside quotes and a
	// capitalised word that is no function word, date or speech verb, are
	// settled here by the token's class alone, the rest below.
	if t := &p.toks[i]; t.kind != tWord || t.q != 0 || t.class&cCap == 0 {
		return false
	} else if t.class&(cFunction|cDay|cMonth|cSpeech) == 0 {
		// "Thirteen-year-old <Given> <Surname>": an age, capitalised
		// only because it opens the sentence, says how old the person
		// named after it is and is no part of the name.
		return !strings.HasSuffix(p.word(i), "-year-old")
	}
	return p.isNameWordOther(i)
}

// pluralTitleOverList reports whether [a, b) is a plural role noun that
// opens a sentence in capitals and two or more name words after it, no
// body's head among them, with a comma or "and" after them going on to
// the list's next name ("<Role nouns> <Given> <Surname>, <Given> …").
func (p *para) pluralTitleOverList(a, b int) bool {
	if b-a < 3 || b >= len(p.toks) || a > 0 && p.toks[a-1].kind != tEnd || !p.toks[a].isCap(p.text) {
		return false
	}
	w := p.lw(a)
	if len(w) < 4 || w[len(w)-1] != 's' || !isRoleWord(w[:len(w)-1]) {
		return false
	}
	if !p.isComma(b) && p.lowerAt(b) != "and" || !p.isNameWord(b+1) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !p.isNameWord(k) || p.isOrgHeadAt(k) || p.isRoleAt(k) {
			return false
		}
	}
	return true
}

// describedAside reports whether the three capitalised words from a to
// left, a sentence's first, are set off by a comma before an indefinite
// description ("<Word> <Given> <Surname>, a|an <noun>"), which says what
// the person is, so the opening word is not a description of them.
func (p *para) describedAside(a, left int) bool {
	if left-a != 3 || !p.isComma(left) || p.toks[a].class&(cRole|cRoleMod|cEpithet) != 0 {
		return false
	}
	w := p.lowerAt(left + 1)
	return (w == "a" || w == "an") && p.toks[a].class&cFunction == 0
}

// isNameWordOther is isNameWord for a capitalised function word, date or
// speech verb.
func (p *para) isNameWordOther(i int) bool {
	if c := p.toks[i].class; c&(cCap|cFunction|cDay|cMonth) != cCap {
		if c&(cCap|cFunction|cDay|cMonth) == cCap|cFunction && p.lw(i) == "first" && p.firstOpensName(i) {
			return true
		}
		if c&(cCap|cFunction|cDay|cMonth) == cCap|cFunction && (p.campaignWord(i) || p.functionWordEndsName(i) || p.connectorInBodyName(i) || p.givenFunctionWord(i)) {
			return true
		}
		if c&(cCap|cFunction|cDay|cMonth) == cCap|cFunction && i > 0 && p.lowerAt(i-1) == "of" && p.isWordAt(i+1) && p.toks[i+1].class&(cCap|cFunction) == cCap && p.toks[i].q == 0 {
			// "Alliance for the Peoples of Our America", "Church of Our
			// Lady": a function word capitalised inside a sentence, after
			// "of" and before a capital, is part of the name.
			return true
		}
		// A month that is a given name between an honorific and a
		// surname: "Aunty June X", "Mrs April Y"; or one often given as a
		// name, opening an aside's name before a surname ("<role>, Jan
		// X,") or inside a name after a given name ("<Given> Jan
		// <Surname>", as Dutch, Czech and Pashto names have it): a date
		// never has a name after its month. A month's three-letter short
		// form without a full stop is also a name word there ("<Given>
		// Mar <Name>", "<Given> May <Name>", as Burmese names have them).
		if c&(cCap|cMonth|cFunction) != cCap|cMonth || i == 0 || !p.isWordAt(i+1) || p.toks[i+1].class&(cCap|cFunction|cDay|cMonth) != cCap {
			return false
		}
		if p.toks[i-1].class&cHonor != 0 {
			return true
		}
		w := p.lw(i)
		if monthGivenNames[w] && p.isComma(i-1) {
			return true
		}
		return (monthGivenNames[w] || len(w) == 3) && p.toks[i-1].class&(cCap|cFunction|cDay|cMonth) == cCap && p.nameWordAt(i-1)
	}
	// A speech verb capitalised only because it opens a sentence or a note, before a
	// word in lower case ("Added reporting from …"), is no name; elsewhere it may be part
	// of one ("Edward Said", "Secretary of State").
	opens := i == 0 || !p.isWordAt(i-1)
	next := p.isWordAt(i+1) && p.toks[i+1].class&cCap == 0
	return p.toks[i].class&cSpeech == 0 || !opens || !next
}

// functionWordEndsName reports whether the capitalised function word at
// token i closes a person's name of several words, as a word spelled like
// an English conjunction, preposition or adverb may in Malay, Arabic,
// Korean or Dutch names ("<Given> <Given> <Father> Nor", "<Surname> <Given>
// In"): inside a sentence English writes such a word in lower case, so
// its capital after two plain name words, with a lower-case word (or a
// comma and one) after it, says it is the name's last word. Only a short
// word of two or three letters, as such name words are, is read so: a
// longer word the function list holds ("Relations", "Twice") ends a
// heading's or a body's words rather than a person's. A determiner or
// pronoun, and a capital before another capital (a title of a work in
// headline case), are left out.
func (p *para) functionWordEndsName(i int) bool {
	if n := p.toks[i].e - p.toks[i].s; i < 2 || n < 2 || n > 3 || p.isDet(i) || p.isPronoun(i) {
		return false
	}
	for k := i - 2; k < i; k++ {
		t := &p.toks[k]
		if t.kind != tWord || t.q != 0 || t.class&(cCap|cFunction|cDay|cMonth|cSpeech|cRole|cRoleMod) != cCap || isAcronym(p.word(k)) || isPossessive(p.word(k)) {
			return false
		}
	}
	j := i + 1
	if p.isComma(j) {
		j++
	}
	return p.isWordAt(j) && p.toks[j].class&cCap == 0 && p.toks[j].q == 0
}

// givenFunctionWord reports whether the capitalised function word at
// token i is a given name inside a person's name: "Even" is a Norwegian
// man's name as well as the English adverb, and in "<Title> <Given> Even
// <Surname>," the adverb would be in lower case. Read so only between two
// plain capitalised words, the first after another capital (so not
// opening a sentence), the second closing the name before a comma, a
// full stop or a lower-case word (so not a headline in title case).
func (p *para) givenFunctionWord(i int) bool {
	if i < 2 || p.lw(i) != "even" || !p.isWordAt(i+1) {
		return false
	}
	const notPlain = cFunction | cDay | cMonth | cSpeech | cRole | cRoleMod
	for _, k := range [2]int{i - 1, i + 1} {
		t := &p.toks[k]
		if t.kind != tWord || t.q != 0 || t.class&(cCap|notPlain) != cCap || isAcronym(p.word(k)) || isPossessive(p.word(k)) {
			return false
		}
	}
	if t := &p.toks[i-2]; t.kind != tWord || t.class&cCap == 0 {
		return false
	}
	return !p.isWordAt(i+2) || p.toks[i+2].class&cCap == 0
}

// campaignWord reports whether the capitalised function word at token i
// is part of a body's name, as the words of a campaign's or union's name
// may be: "All" after a lower-case "the" and before a capitalised word
// ("the All <Place> <Trade> Union": English puts "all" before "the", so
// "the All" is a name), or "Now" closing a name after its name word
// inside a sentence ("<Verb> <Place> Now <verb>ed"), where the adverb
// would be in lower case.
func (p *para) campaignWord(i int) bool {
	switch p.lw(i) {
	case "all":
		return i > 0 && p.isWordAt(i-1) && p.lw(i-1) == "the" && p.toks[i-1].class&cCap == 0 && p.isWordAt(i+1) && p.toks[i+1].class&(cCap|cFunction|cDay|cMonth) == cCap
	case "now":
		return i > 1 && p.isWordAt(i-1) && p.isWordAt(i-2) && p.nameWordAt(i-1) && (p.isWordAt(i+1) && p.toks[i+1].class&cCap == 0 || !p.isWordAt(i+1))
	case "two", "three", "four", "many":
		// "<Given> Two <Nouns>", "<Given> Many <Nouns>": a number word
		// inside a sentence, between a capitalised word no list knows
		// but as a given name and a plural that ends the capitals, opens
		// a surname, as North American Indigenous names have it.
		j := i + 1
		if i < 1 || !p.isWordAt(i-1) || !p.isWordAt(j) || p.toks[i-1].class&^(cCap|cName|cGiven) != 0 || p.toks[i-1].class&cCap == 0 || p.toks[j].class&^(cCap|cName) != 0 || p.toks[j].class&cCap == 0 {
			return false
		}
		w := p.lw(j)
		return len(w) > 3 && w[len(w)-1] == 's' && !(p.isWordAt(j+1) && p.toks[j+1].isCap(p.text))
	}
	return false
}

// firstOpensName reports whether a capitalised "First" at token i opens a
// name, as a company's or a people's may ("First X Y", "First Nations"):
// a capitalised word follows it that is no title, function word, date or
// nationality ("First Minister", "First Lady" are titles; "First, …" and
// "First Dutch troops" are not names).
func (p *para) firstOpensName(i int) bool {
	j := i + 1
	if !p.isWordAt(j) || p.toks[j].class&(cCap|cFunction|cDay|cMonth|cRole|cRoleMod) != cCap || isNationality(p.lw(j)) || p.inList(j, cRoleWord) {
		return false
	}
	return !roleGenderWord(p.lw(j))
}

// unionLocal reports whether token i is the number of a union's local
// after "Local" ("<Trade> Union Local <Number>", "Local <Number>-B"): a local is
// named by its number, which is part of its name.
func (p *para) unionLocal(i int) bool {
	return i > 0 && p.isWordAt(i) && p.lw(i-1) == "local" && localNumber(p.lw(i))
}

// seasonBody reports whether token i numbers a league's season inside
// the name of the body that runs that season: "<League> Season <N>
// Board", "<League> Season <N> Organising Committee" — digits after
// "Season" with a capitalised word for a body right after them. A season
// numbered elsewhere ("<League> Season 88 opener") is no part of a name.
func (p *para) seasonBody(i int) bool {
	return i > 0 && i+1 < len(p.toks) && p.isWordAt(i) && p.lw(i-1) == "season" && isNumber(p.lw(i)) &&
		p.isWordAt(i+1) && p.toks[i+1].class&cCap != 0 && orgHeads[p.lw(i+1)]
}

// localNumber reports whether lower-case word w numbers a union's local:
// digits, perhaps with a letter after a hyphen ("<digits>", "<digits>-b").
func localNumber(w string) bool {
	if k := strings.IndexByte(w, '-'); k > 0 && k == len(w)-2 && 'a' <= w[k+1] && w[k+1] <= 'z' {
		w = w[:k]
	}
	return isNumber(w)
}

// roleGenderWord reports whether w is a gendered title ("Lady"), which
// after "First" makes a title, not a name.
func roleGenderWord(w string) bool {
	_, ok := roleGender[w]
	_, h := honorifics[w]
	return ok || h
}

// monthGivenNames are months (or their short forms) that are also given
// names; "May" is left out, as a modal verb it is no name.
var monthGivenNames = set(`jan june april august`)

// isTitleWord reports whether token i is a lower-case word that belongs in a
// title before a name ("chief executive", "foreign minister").
func (p *para) isTitleWord(i int) bool {
	return p.wordOf(i, cRole|cRoleMod)
}

// chunkEnd extends a name-and-title chunk from i: capitalised words, title
// words, name particles before a capital ("de Wit", "van den Berg") and
// "of"/"for"/"the" between capitals ("Secretary of State", "Committee of
// the Red Cross", "Institute for Economic Research").
func (p *para) chunkEnd(i, hi int) int {
	j := i
	for j < hi {
		// The cases ask most of their tokens whether token j is a word
		// and which: asked once here, where most chunks end after all
		// the cases have failed (some 10 K instructions of a 5 KB
		// article's 2.76 M asked each time).
		word, lw := p.isWordAt(j), p.lw(j)
		switch {
		case j > i && isPossessive(p.word(j-1)) && !p.isNameWord(j) && p.possessedHead(j, hi) > j:
			// "General Staff of Westmark's armed forces", "Chile's central
			// bank": the body the possessive owns, in lower case, ends the
			// name, but for where it sits ("Russia's embassy in the United
			// States").
			j = p.possessedHead(j, hi)
			if j < hi && p.isNameWord(j) && isAcronym(p.word(j)) && !isPossessive(p.word(j)) {
				// "<Country>'s weather service <ACR>": the acronym after
				// the description names the body it describes.
				return j + 1
			}
			if !(p.isWordAt(j) && (p.lw(j) == "in" || p.lw(j) == "to") && p.nameAhead(j+1, hi) && p.chunkHasSeat(i, j)) {
				return j
			}
		case j > i && p.partyLabelAt(j):
			return j // "Applicant: X Y Respondent: Z": the next header line's label
		case j > i && (lw == "press" || lw == "news" || lw == "media") && word && j+1 < hi && p.isWordAt(j+1) && releaseLabel(lw, p.lw(j+1)):
			// "<Body> PRESS RELEASE", "<Body> Media Statement": a release's
			// label under the letterhead, read into one line with it, is
			// the document's kind, not more of the body's name.
			return j
		case p.isNameWord(j) || p.isTitleWord(j):
			j++
		case j > i && p.modifiedJob(j) && p.nameAhead(j+1, hi):
			j++ // "<Body> senior forecaster X Y"
		case lw == "/" && j > i && p.isRoleAt(j+1) && p.isNameWord(j-1) && p.toks[j].q == 0 && p.nameAhead(j+2, hi):
			j++ // "Ch/Supt X", "Det/Sgt Y": a rank written as two abbreviations joined by a slash
		case j > i && word && p.isRoleAt(j+1) && p.isNameWord(j+1) && isNumber(lw) && p.isNameWord(j-1) && p.nameAhead(j+2, hi):
			j++ // "Local 594 President X Y", "Region 6 Director X Y": a numbered unit's title
		case j > i && p.gaelicLink(j) && p.isNameWord(j+2):
			j += 2 // "Nic a' Phearsain", "Mac a' Bhàird"
		case word && p.toks[j].class&cParticle != 0 && particles[lw] && j > i && p.nameAhead(j+1, hi):
			j++
		case word && (lw == "of" || lw == "for" || lw == "on" && (p.isOrgHeadAt(j-1) || p.bodyComplement(i, j) || p.fieldAfterOn(j))) && j > i && p.nameAhead(j+1, hi) && !isPossessive(p.word(j-1)):
			j++
			if p.isWordAt(j) && p.lw(j) == "the" {
				j++
			}
		case word && lw == "from" && j > i && p.toks[j-1].isCap(p.text) && (p.isRoleAt(j-1) || j-3 >= i && p.lowerAt(j-2) == "of" && p.isRoleAt(j-3)) && p.nameAhead(j+1, hi) && p.partyThenName(j+1, hi):
			j++ // "Member of Parliament from the <Party> <Given> <Surname>": whose member, then the holder
			if p.isWordAt(j) && p.lw(j) == "the" {
				j++
			}
		case word && lw == "in" && j > i && p.inChargeOf(j) && p.nameAhead(j+3, hi) && !p.remitIsBody(j+3, hi):
			j += 3 // "Minister in charge of <Field> X Y": the title's remit
			if p.lowerAt(j) == "the" && p.isNameWord(j+1) {
				j++
			}
		case word && lw == "in" && j > i && p.inChargeTitle(j) && p.nameAhead(j+2, hi):
			j += 2 // "Special Agent in Charge X Y": the title's own last words
		case word && lw == "to" && j > i && p.isRoleAt(j-1) && p.nameAhead(j+1, hi):
			j++ // "Chinese Ambassador to Kenya Zhou Lingyun"
			if p.lowerAt(j) == "the" && p.isNameWord(j+1) {
				j++ // "Ambassador to the Philippines X Y"
			}
		case word && (lw == "at" || lw == "to") && j > i && p.honorificAfterSeat(i, j, hi):
			j++ // "Minister of State at the Ministry of <Field> Dr. X Y": the title's seat, then its holder
			if p.lowerAt(j) == "the" {
				j++
			}
		case word && lw == "to" && j > i && p.purposeAt(j):
			j++ // "<Place> Coalition to End <Noun>": a body named for its aim
		case word && lw == "in" && j > i && p.regionalForce(j):
			j += 3 // "the Police in South Iceland": a force named for its region
		case word && (lw == "in" || lw == "to") && j > i && p.nameAhead(j+1, hi) && p.chunkHasSeat(i, j):
			j++ // "the American Chamber of Commerce in Ukraine"
			if p.isWordAt(j) && p.lw(j) == "the" {
				j++
			}
		case word && lw == "and" && j > i && (p.andJoinsName(i, j, hi) || p.regJoinedBody(i, j, hi)):
			j++ // "Food and Agriculture Organization", "Department of Health and Human Services"
		case word && lw == "and" && j > i && j+2 < hi && p.lowerAt(j+1) == "the" && isPortfolio(p.lowerAt(j+2)) && p.isNameWord(j+2) && p.chunkHasOf(i, j):
			j += 2 // a title's last field after "the": "Minister for Culture and the Environment X"
		case word && lw == "and" && j > i && p.isTitleWord(j-1) && !p.toks[j-1].isCap(p.text) && p.lowerTitleAfter(j+1, hi) > 0:
			j = p.lowerTitleAfter(j+1, hi) // "the health and welfare minister"
		case lw == "&" && p.toks[j].q == 0 && j > i && p.isNameWord(j-1) && p.isNameWord(j+1):
			j++ // "London School of Hygiene & Tropical Medicine", "Marks & Spencer"
		case p.isComma(j) && j > i && p.isNameWord(j-1) && p.portfolioList(i, j, hi):
			j++ // "Ministry of Food, Agriculture and Light Industry"
		case j > i && word && p.isNameWord(j+1) && p.placeJoins(i, j+2):
			j += 2 // "Dar es Salaam": a known place's word in lower case
		case p.inner && j > i && word && p.sc.innerWords[lw] && p.innerNameEnd(i, j, hi) > j:
			j = p.innerNameEnd(i, j, hi) // "<Word> o <Word>": a registry name as the registry writes it
		default:
			return j
		}
	}
	return j
}

// partyLabelAt reports whether token j is a case's side named as a
// header's label, a capitalised role word and a colon ("Respondent:"):
// a judgment's header lines, which the reader joins into one paragraph,
// put it right after the name the line before ends with.
func (p *para) partyLabelAt(j int) bool {
	if j+1 >= len(p.toks) || p.toks[j+1].kind != tPunct || p.toks[j].class&cCap == 0 || p.text[p.toks[j+1].s] != ':' {
		return false
	}
	lw := p.lw(j)
	if _, ok := partyRoles[lw]; ok {
		return true
	}
	// "<Given> <Surname> Judges: <Name>, <Name>": a bench's or a panel's
	// header line names its members under a plural role word and a
	// colon, after a line that ends with a person's name. The role in
	// the plural labels a list and is no part of the name before it;
	// after a title word ("Presiding Judge:") it is the title's own.
	one, plural := strings.CutSuffix(lw, "s")
	return plural && len(one) >= 3 && isRoleWord(one) && j > 0 && p.isNameWord(j-1) && !p.isRoleAt(j-1)
}

// placeJoins reports whether [a, b), capitals around one short word in
// lower case, is a known place of several words ("Dar es Salaam"), which
// copy names as a whole and a run of capitals would cut at the word.
func (p *para) placeJoins(a, b int) bool {
	if b > len(p.toks) || b-a < 3 || !innerPlaceWords[p.lw(b-2)] || p.toks[b-2].isCap(p.text) {
		return false
	}
	return knownPlaceNames[strings.ToLower(p.textOf(a, b))] || p.shortPlaceAt(a, b)
}

// shortPlaceAt reports whether tokens [s, e) spell one of shortPlaceNames,
// read from the paragraph's lower-cased text without a copy.
func (p *para) shortPlaceAt(s, e int) bool {
	return e > s && e-s <= 3 && shortPlaceNames[p.lower[p.toks[s].s:p.toks[e-1].e]]
}

// placeStart returns where a known place named with two words in lower
// case inside it ("Saint Vincent and the Grenadines", "São Tomé and
// Príncipe" run over more than the three words placeJoins reads) begins,
// when its capitals from token j on close it: the token before j is one
// of its inner words. -1 when no place of the lists ends so.
func (p *para) placeStart(j, lo int) int {
	e := j + 1
	for e < len(p.toks) && p.isNameWord(e) && e < j+2 {
		e++
	}
	for s := j - 2; s >= lo && s >= j-4; s-- {
		if !p.isWordAt(s) {
			return -1
		}
		if p.isNameWord(s) {
			for end := j + 1; end <= e; end++ {
				if k := p.lower[p.toks[s].s:p.toks[end-1].e]; knownPlaceNames[k] || shortPlaceNames[k] {
					return s
				}
			}
		}
	}
	return -1
}

// innerPlaceWords are the words in lower case inside knownPlaceNames
// ("es" of Dar es Salaam), which alone make a run of capitals worth
// checking against them.
var innerPlaceWords = func() map[string]bool {
	m := map[string]bool{}
	for n := range knownPlaceNames {
		if f := strings.Fields(n); len(f) > 2 {
			for _, w := range f[1 : len(f)-1] {
				m[w] = true
			}
		}
	}
	return m
}()

// lowerTitleAfter returns the token after a title word in lower case that
// ends one or two lower-case words from i ("welfare minister"), or 0.
func (p *para) lowerTitleAfter(i, hi int) int {
	for k := i; k < hi && k < i+3 && p.isWordAt(k) && !p.toks[k].isCap(p.text) && !p.isFunctionAt(k); k++ {
		if p.isRoleAt(k) && k > i {
			return k + 1
		}
		if k > i && k+1 < hi && endsAgent(p.lw(k)) && p.isNameWord(k+1) {
			// "<label> and <field> <agent>-er <Given> <Surname>": a
			// trade the lexicon lacks, right before the name. joinedJob
			// reads the same shape back from the job for roleAt; it is
			// not called here because it is stricter (a title word, not
			// a rank, before "and"; no title, determiner, preposition or
			// speech verb among the words), and chunkEnd's case before
			// this call accepts those.
			return k + 1
		}
	}
	return 0
}

// andJoinsName reports whether "and" at token j, after the chunk [i, j),
// is inside one body's name rather than between two names: the chunk is a
// body's name with a complement ("Ministry of Trade and Industry") or the
// capitals after "and" end in a body's head word ("European and
// Developing Countries Clinical Trials Partnership").
func (p *para) andJoinsName(i, j, hi int) bool {
	if !p.isNameWord(j+1) || isPossessive(p.word(j-1)) {
		return false
	}
	if p.titledPair(i, j, hi) || p.betweenPair(i, j, hi) {
		return false
	}
	if (isPortfolio(p.lw(j-1)) || p.commaIn(i, j) || p.fieldThenName(j+1, hi)) && p.titleComplement(i, j) && (p.fieldAfterList(j+1) || p.headFieldBeforeGiven(j+1, hi)) {
		// "Minister of Water Resources and Irrigation X Y", "Minister for
		// Transport, Ports and Shipping X Y": the title's last field.
		return true
	}
	if j-2 >= i && p.isRoleAt(j-2) && p.toks[j-2].isCap(p.text) && p.fieldAfterList(j-1) && p.fieldThenName(j+1, hi) && p.fieldAfterList(j+1) {
		// "<Title> <Field> and <Field> X Y": a post of two fields in
		// capitals right after its title word, with no "of" ("<ACR>
		// Commander <Field> and <Field>"), whatever words the fields are.
		return true
	}
	for k := i + 1; k < j; k++ {
		// "Court on Human and Peoples' Rights" as "Ministry of Trade and
		// Industry": the body's complement after its head word, whichever
		// of the three joins it, runs over the "and".
		if l := p.lw(k); (l == "of" || l == "for" || l == "on" && p.toks[k-1].isCap(p.text)) && orgHeads[strings.ToLower(p.word(k-1))] {
			return true
		}
	}
	k := j + 1
	for k < hi && p.isNameWord(k) {
		if isPortfolio(p.lw(k)) && p.chunkHasOf(i, j) {
			return true // "Secretary of State for Economic and Business Affairs"
		}
		if isPossessive(p.word(k)) && p.isRoleAt(k+1) {
			// "X Y Z and <Country>'s Consul General": the possessive owns
			// a second person's title; no field before a title takes one.
			return false
		}
		if p.isRoleAt(k) && k > j+1 {
			return true // "Health and Welfare Minister X": fields, then the title
		}
		if k == j+1 && p.isRoleAt(k) && p.isRoleAt(j-1) && p.toks[j-1].isCap(p.text) && (p.isNameWord(k+1) && !p.isRoleAt(k+1) || p.isComma(k+1) && p.isNameWord(k+2)) {
			// "<ACR> President and CEO <Given> <Surname>": two titles in
			// capitals joined by "and", one holder named after both.
			return true
		}
		k++
	}
	if i >= 2 && p.isComma(i-1) && p.isNameWord(i-2) && p.toks[i-1].q == 0 {
		// "A, B, C and D Industries": the last of a list of names, each
		// set off by a comma (two items before this one at least, so an
		// aside after a name, "X Y, <Field> and <Field> Organization
		// spokeswoman", stays one); "and" ends the list and joins no
		// name.
		c := i - 2
		for c > 0 && p.isNameWord(c) {
			c--
		}
		if p.isComma(c) && p.isNameWord(c-1) {
			return false
		}
	}
	return p.isOrgHeadAt(k - 1)
}

// betweenPair reports whether "and" at j is the one "between [the] <Name>
// and <Name>" takes to part its two sides: the chunk [i, j) opens right
// after "between", and the capitals after "and" run on to the phrase's
// end with no "and" of their own (which would be the parting one, the
// first a field's: "between the Ministry of <Field> and <Field> and
// <Name>"). A memorandum, a match, talks or a border lie between two.
func (p *para) betweenPair(i, j, hi int) bool {
	b := i - 1
	if b >= 0 && p.isWordAt(b) && p.lw(b) == "the" {
		b--
	}
	if b < 0 || !p.isWordAt(b) || p.lw(b) != "between" {
		return false
	}
	for k := j + 1; k < hi && p.isWordAt(k); k++ {
		if l := p.lw(k); l == "and" {
			return false
		} else if !p.isNameWord(k) && l != "of" && l != "for" && l != "the" {
			break
		}
	}
	return true
}

// titledPair reports whether "and" at j joins two people each named
// after their title ("Ambassador to X Jane Doe and Defence Secretary John
// Roe"): the chunk [i, j) holds a title and ends in two or more
// capitals that are neither a title, a field nor a body's head, and the
// capitals after "and" run into a title and a name. The second title may
// be a body's word in capitals and a title in lower case ("<Title> X Y
// and <Body> member Z W"): the body's head before "and"'s title is the
// second person's, not a body "X Y and <Body>".
func (p *para) titledPair(i, j, hi int) bool {
	k := j
	for k > i && p.isNameWord(k-1) && !p.isRoleAt(k-1) && !isPortfolio(p.lw(k-1)) && !p.isOrgHeadAt(k-1) && !placeWords[p.lw(k-1)] {
		k--
	}
	if j-k < 2 || !p.hasRoleIn(i, k) {
		return false
	}
	for n := j + 1; n < hi && (p.isNameWord(n) || n > j+1 && (p.isFunctionAt(n) && (p.lw(n) == "of" || p.lw(n) == "for" || p.lw(n) == "the") || p.isRoleAt(n))); n++ {
		if p.isRoleAt(n) && p.isNameWord(n+1) && !p.isRoleAt(n+1) {
			return true
		}
	}
	return false
}

// portfolioList reports whether the comma at j, in a body's name [i, j)
// with "of" or "for" after its head word, lists the body's fields: the
// capitals after it run, maybe over more commas, into "and" and capitals
// ("Ministry of Food, Agriculture and Light Industry").
func (p *para) portfolioList(i, j, hi int) bool {
	body := false
	for k := i + 1; k < j; k++ {
		if l := p.lw(k); (l == "of" || l == "for") && orgHeads[strings.ToLower(p.word(k-1))] {
			body = true
		}
	}
	// A person's title whose complement lists its fields ("Minister for
	// Housing, Local Government and Heritage X Y") runs over them as a
	// body's name does, when each listed part holds a field's word.
	fields := !body && isPortfolio(p.lw(j-1)) && p.titleComplement(i, j)
	k := j + 1
	titled := false // a listed part holds a title: a name's aside, not fields
	for k < hi {
		if !p.isNameWord(k) {
			return false
		}
		field, from := false, k
		for k < hi && p.isNameWord(k) {
			_, given := p.givenGenderAt(k)
			field = field || isPortfolio(p.lw(k)) || p.fieldAfterList(k) && !given && k-from < 2
			titled = titled || p.isRoleAt(k)
			k++
		}
		fields = fields && field && (k-from <= 2 || p.lowerAt(k) == "and")
		switch {
		case k < hi && p.lw(k) == "and" && !body && fields:
			// The last field may be a body's head word as well
			// ("…, <Field> and Energy, <Given> <Surname>"): a field's
			// word the comma closes ends the title before its holder, as
			// a given name right after it does ("…, <Field> and Energy
			// <Given> <Surname>").
			// "…, <Field> and the <Field> <Given> <Surname>": the last
			// field may take "the" as a single field does.
			return p.fieldAfterList(k+1) || isPortfolio(p.lw(k+1)) && p.isComma(k+2) || p.headFieldBeforeGiven(k+1, hi) ||
				p.lowerAt(k+1) == "the" && isPortfolio(p.lowerAt(k+2)) && p.isNameWord(k+2)
		case k < hi && p.lw(k) == "and":
			if !body {
				// "Trade, Industry and Tourism Minister X": fields
				// listed before a title. A part with a title of its own
				// ("X Y, <Body> Representative and Country Director")
				// is an aside after a name, whose titles are joined.
				if titled {
					return false
				}
				if p.listedFieldsHead(i, j, k, hi) {
					return true
				}
				n := k + 1
				for n < hi && p.isNameWord(n) && !p.isRoleAt(n) {
					n++
				}
				return n > k+1 && p.isRoleAt(n) && p.isNameWord(n)
			}
			// "Ministry of <Field>, <Field> and the <Field>": a body's
			// last listed field may take "the" as a title's does.
			return p.isNameWord(k+1) || p.lowerAt(k+1) == "the" && isPortfolio(p.lowerAt(k+2)) && p.isNameWord(k+2)
		case p.isComma(k):
			k++
		default:
			return false
		}
	}
	return false
}

// listedFieldsHead reports whether a body's name lists its fields before
// its head word ("<Adj> <Field>, <Field> and <Field> <Head>"): the first
// field is the chunk [i, j) of a word or two, the second one word before
// "and" at token and, the last one word after it, then the head word and
// no more capitals. The chunk holds neither a body's head, a title nor a
// given name; parts of two words after the comma ("<Name> <Name>, <Name>
// <Name> and <Name> <Name> <Head>") are a list of several bodies' names.
func (p *para) listedFieldsHead(i, j, and, hi int) bool {
	if j-i > 2 || and-j != 2 {
		return false // a field of a word or two, then fields of one word each: not a list of names
	}
	for k := j + 1; k < and; k++ {
		if !p.isNameWord(k) || p.isOrgHeadAt(k) || p.isRoleAt(k) {
			return false
		}
	}
	a := and + 1
	for k := i; k < j; k++ {
		if p.isOrgHeadAt(k) || p.isRoleAt(k) {
			return false
		}
		if _, given := p.givenGenderAt(k); given {
			return false
		}
	}
	n := a
	if p.isNameWord(n) && !p.isRoleAt(n) && !p.isOrgHeadAt(n) {
		n++
	}
	return n > a && n < hi && p.isOrgHeadAt(n) && !isPossessive(p.word(n)) && (n+1 >= hi || !p.isNameWord(n+1))
}

// titleComplement reports whether [i, j) holds a person's title with its
// complement: a title word, then "of" or "for" ("Minister of Water").
func (p *para) titleComplement(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if l := p.lw(k); (l == "of" || l == "for") && p.isRoleAt(k-1) {
			return true
		}
	}
	return false
}

// fieldThenName reports whether the capitals from k run three words or
// more with no title or body's word among them: a field and a name of two
// words or more after it ("Roads and Bridges X Y"), not a second person's
// title and name.
func (p *para) fieldThenName(k, hi int) bool {
	n := 0
	for ; k < hi && p.isNameWord(k); k++ {
		if p.isRoleAt(k) || p.isOrgHeadAt(k) {
			return false
		}
		n++
	}
	return n >= 3
}

// commaIn reports whether a comma stands in [i, j): in a chunk, one that
// portfolioList took for a list of fields.
func (p *para) commaIn(i, j int) bool {
	for k := i; k < j; k++ {
		if p.isComma(k) {
			return true
		}
	}
	return false
}

// fieldAfterList reports whether token k, after the "and" that ends a
// title's listed fields, can be the last field rather than a second
// person or body: a capital that is no given name, title, body's head
// word, acronym or known place.
func (p *para) fieldAfterList(k int) bool {
	if !p.isNameWord(k) || p.isRoleAt(k) || p.isOrgHeadAt(k) || isAcronym(p.word(k)) || isKnownPlace(p.word(k)) {
		return false
	}
	_, given := p.givenGenderAt(k)
	return !given
}

// headFieldBeforeGiven reports whether the capital at k is a field that
// is also a body's head word ("Energy", "Mining", "Resources") with a
// given name right after it: the last field of a title's list before its
// holder's name ("Minister of <Field>, <Field> and Energy <Given>
// <Surname>"), not a firm's name.
func (p *para) headFieldBeforeGiven(k, hi int) bool {
	if k+2 >= hi || !isPortfolio(p.lw(k)) || p.isRoleAt(k) || !p.isNameWord(k+1) || p.isOrgHeadAt(k+1) || p.isRoleAt(k+1) || !p.isNameWord(k+2) {
		return false
	}
	_, given := p.givenGenderAt(k + 1)
	return given
}

// portfolios are the fields a ministry, a secretary or a committee is for:
// "and" before one is inside the title ("for Agriculture and Livestock
// Development"), not between two names.
var portfolios = set(`affairs development industry industries trade commerce security defence defense
	justice health services resources environment culture sport sports energy agriculture
	fisheries livestock planning infrastructure transport education labour labor employment
	finance housing science technology innovation tourism communications works welfare heritage
	food rural local government policy reform cooperation integration protection crisis climate
	family families equality gender women children youth migration citizenship veterans water
	digital transformation disaster disasters emergency emergencies relief arts economy media regions
	interior shipping mining ports land lands mines roads forestry forests wildlife petroleum minerals
	electricity highways railways cooperatives business jobs skills marine maritime`)

// fieldAfterOn reports whether "on" at token j joins a title in capitals
// to its portfolio in capitals ("Opposition Spokesman on <Field> X Y"):
// a spokesman's remit is his title's, as "for" and "of" join a
// minister's, not the start of the name after it.
func (p *para) fieldAfterOn(j int) bool {
	return j+1 < len(p.toks) && p.isRoleAt(j-1) && p.toks[j-1].isCap(p.text) && p.isNameWord(j+1) && isPortfolio(p.lw(j+1))
}

// bodyComplement reports whether [i, j) is a body's name with "of" or
// "for" after its head word, whose complement may run on with "on":
// "Centre for Research on Ageing".
func (p *para) bodyComplement(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if l := p.lw(k); (l == "of" || l == "for") && p.isOrgHeadAt(k-1) {
			return true
		}
	}
	return false
}

// regionalForce reports whether "in" at token j joins a capitalised
// "Police" to the region the force serves, named by a compass point and a
// place ("the Police in South Iceland", "Police in North Jutland"), as
// Nordic forces are named: the region is part of the body's name, not where
// its speaker stood.
func (p *para) regionalForce(j int) bool {
	if j+2 >= len(p.toks) || p.lw(j-1) != "police" || !p.toks[j-1].isCap(p.text) || !p.isNameWord(j+1) || !p.isNameWord(j+2) {
		return false
	}
	switch p.lw(j + 1) {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west":
		return true
	}
	return false
}

// chunkHasSeat reports whether [i, j) names a body that sits somewhere
// (an embassy, a mission, a chamber of commerce) and holds no "in" yet.
func (p *para) chunkHasSeat(i, j int) bool {
	seat := false
	for k := i; k < j; k++ {
		switch l := p.lw(k); {
		case l == "in" || l == "to":
			return false
		case seatedHeads[l]:
			seat = true
		}
	}
	return seat
}

// chunkHasOf reports whether [i, j) holds "of" or "for".
func (p *para) chunkHasOf(i, j int) bool {
	for k := i; k < j; k++ {
		if l := p.lw(k); l == "of" || l == "for" {
			return true
		}
	}
	return false
}

// trailingHead extends a name ending at j over up to three lower-case
// words that end in an organisation's head word ("the Kyiv city
// administration"), or returns j.
func (p *para) trailingHead(j, hi int) int {
	for k := j; k < hi && k < j+3 && p.isWordAt(k) && !p.toks[k].isCap(p.text) && !p.isFunctionAt(k) && p.toks[k].class&cSpeech == 0; k++ {
		if p.isOrgHeadAt(k) {
			if industryWords[p.lw(k)] && j > 0 && isPossessive(p.word(j-1)) {
				return j // "the Government's power to …": a thing it owns
			}
			return k + 1
		}
	}
	return j
}

// possessedHead extends a chunk ending in a possessive at j over up to
// three lower-case words that end in an organisation's head word ("armed
// forces", "foreign ministry") or are a title ("ambassador", "deputy
// foreign minister"), or returns j.
func (p *para) possessedHead(j, hi int) int {
	head := -1
	for k := j; k < hi && k < j+3 && p.isWordAt(k) && !p.toks[k].isCap(p.text) && !p.isFunctionAt(k); k++ {
		if p.isOrgHeadAt(k) {
			head = k + 1 // the longest: "military rulers" over "military"
		}
	}
	if head > 0 && industryWords[p.lw(head-1)] {
		// "the country's oil investment": an industry's word goes on to
		// its noun; "the Government's power to …", "the region's
		// energy": in lower case after an owner it is a thing, no body.
		return j
	}
	if head > 0 {
		return head
	}
	end := j
	for k := j; k < hi && k < j+3 && p.isWordAt(k) && !p.toks[k].isCap(p.text) && p.toks[k].class&(cFunction|cSpeech|cDet|cPrep) == 0; k++ {
		if p.isRoleAt(k) {
			end = k + 1 // "deputy infrastructure minister"
		}
	}
	return end
}

// unitOwnerName returns the body a role's complement names as the owner
// of a unit in lower case — "the <Body>'s <field> division", "<Body>'s
// press office" — read from the words before the possessive; "" when the
// complement is of another shape or the owner no body's name.
func (p *para) unitOwnerName(a, b int) string {
	k := b - 2
	for k > a && p.isWordAt(k) && !p.toks[k].isCap(p.text) && !isPossessive(p.word(k)) {
		k--
	}
	if k <= a || !p.isWordAt(k) || !isPossessive(p.word(k)) || !p.isWordAt(b-1) || p.toks[b-1].isCap(p.text) {
		return ""
	}
	if !localUnits[p.lw(b-1)] {
		return ""
	}
	from := a
	if p.lowerAt(from) == "the" {
		from++
	}
	if from > k || !p.toks[from].isCap(p.text) {
		return ""
	}
	// The owner: capitalised words, or a place's and its level's before
	// a head word ("<Place> prefectural government's").
	if head := stripPossessive(p.lw(k)); !orgHeads[head] && !(p.toks[k].isCap(p.text) && allNameWords(p, from, k)) {
		return ""
	}
	for i := from; i < k; i++ {
		if !p.isWordAt(i) || !p.toks[i].isCap(p.text) && !localScopes[p.lw(i)] && !subnationalLevels[p.lw(i)] && !functionWords[p.lw(i)] {
			return ""
		}
	}
	return stripPossessive(p.textOf(from, k+1))
}

// localBodyHead reports whether the lower-case word at h, after a scope
// word ("regional", "provincial", "district", "municipal"), is a local
// body's own name for itself: a word of no class the lexicon knows — no
// role, person noun, function or speech word, not a plural.
func (p *para) localBodyHead(h int) bool {
	if h < 1 || !p.isWordAt(h) || !p.isWordAt(h-1) || p.toks[h].isCap(p.text) || p.toks[h-1].isCap(p.text) || !localScopes[p.lw(h-1)] {
		return false
	}
	w := p.lw(h)
	if p.toks[h].class != 0 || p.isRoleAt(h) || strings.HasSuffix(w, "s") || functionWords[w] || orgHeads[w] {
		return false
	}
	_, person := personNouns[w]
	return !person
}

// industryWords end bodies' names ("Drava Coal", "Nordvik Steel") but
// in lower case more often qualify a noun ("oil investment", "energy
// prices").
var industryWords = set(`mining energy coal oil gas steel power media capital grid commodities
	electric telecom resources`)

// nameAhead reports whether a capitalised name word follows, after any
// particles or "the".
func (p *para) nameAhead(i, hi int) bool {
	for i < hi && p.isWordAt(i) && (p.toks[i].class&cParticle != 0 && particles[p.lw(i)] || p.lw(i) == "the") {
		i++
	}
	return i < hi && p.isNameWord(i)
}

func isPossessive(w string) bool {
	if !possessiveEnd(w) {
		return false
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

func stripPossessive(w string) string {
	if !possessiveEnd(w) {
		return w
	}
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, s) {
			return strings.TrimSuffix(w, s)
		}
	}
	return w
}

// possessiveEnd reports whether w ends in a byte a possessive can end in:
// the s of 's, an apostrophe, or the last byte of ’. The rules ask about
// nearly every name, and few end so.
func possessiveEnd(w string) bool {
	if w == "" {
		return false
	}
	c := w[len(w)-1]
	return c == 's' || c == '\'' || c == "’"[2]
}

// isAcronym reports whether w is an organisation's initials: NATO, ICRC, U.N.
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// initialsBeforeName reports whether token i, dotted capitals, is a
// person's initials before their name ("K.P. X", "Minister A.B. X"), as
// South Asian and African copy gives them, rather than a body's: single
// letters each with its stop, not a country's ("U.S.", "U.K."), and a
// name word after them that is no title or body's head word.
//
// Indian copy writes them without stops after a title ("<Title> <II>
// <Surname>"): two or three capitals straight after a role word, before
// the last word of the run, are initials too when that word is a name
// word and no body's (a body's initials after a title are its
// possessor's: "<Title> of <ACR>", not "<Title> <ACR> <Word>").
func (p *para) initialsBeforeName(i, left int) bool {
	w := p.word(i)
	if n := len(w); n >= 2 && n <= 3 && i > 0 && i+2 == left && p.toks[i-1].class&cRole != 0 && p.isWordAt(i-1) && strings.IndexByte(w, '.') < 0 {
		return p.isNameWord(i+1) && p.toks[i+1].class&(cRole|cRoleMod|cOrgHead) == 0 && !isAcronym(p.word(i+1)) && !bodyWord(p.word(i+1))
	}
	if len(w) < 4 || len(w) > 8 || i+1 >= left || countryInitials[strings.ToLower(w)] {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if w[k] < 'A' || w[k] > 'Z' || k+1 < len(w) && w[k+1] != '.' {
			return false
		}
	}
	n := i + 1
	if n+1 < left && p.isWordAt(n) && particles[p.lw(n)] && !p.toks[n].isCap(p.text) {
		// "<Title> W.H. de <Surname>": Dutch and Flemish copy gives a
		// judge's or an official's initials before a surname that opens
		// on its particle in lower case; the name word is after it.
		n++
	}
	return p.isNameWord(n) && p.toks[n].class&(cRole|cRoleMod|cOrgHead) == 0 && !isAcronym(p.word(n))
}

// countryInitials are the dotted initials of countries and unions, which
// open a title ("U.S. Senator X"), never a person's name.
var countryInitials = set(`u.s. u.s u.k. u.k u.n. u.n e.u. e.u u.s.a. u.a.e. d.c. p.r.c.`)

// isNationality reports whether a capitalised modifier is a nationality or
// place adjective (Russian, Karvian, Keshi), which qualifies a role but is
// not an organisation that can speak. A title in capitals that ends as an
// adjective does ("Ombudsman", "Chairman", "Veteran") is a role word, and
// a body's head word ("Electric", "Clinic") a name's head: neither is a
// nationality.
func isNationality(w string) bool {
	for _, suf := range nationalitySuffixes {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) && utf8.RuneCountInString(w) > len(suf)+2 {
			// A body's head word that merely ends like an adjective of
			// nationality ("<Name> Electric", "<Name> Clinic", a
			// "Branch", "<X>-Electric") is the head of a name, not a
			// nationality.
			head := w
			if i := strings.LastIndexByte(w, '-'); i >= 0 {
				head = w[i+1:] // "<X>-Electric": the head after the hyphen
			}
			var buf [16]byte
			lw, ok := lowerASCIIWord(buf[:], head)
			return (!ok || !orgHeads[string(lw)]) && !roleWordInCaps(w)
		}
	}
	return irregularNationality(w)
}

// roleWordInCaps reports whether a word, whatever its case, is a role word
// of the lexicon, without allocating.
func roleWordInCaps(w string) bool {
	var buf [24]byte
	lw, ok := lowerASCIIWord(buf[:], w)
	return ok && lexiconClassBytes(lw)&cRoleWord != 0
}

var nationalitySuffixes = []string{"ian", "ean", "ese", "ish", "ch", "ic", "an", "i"}

// irregularNationalities are the adjectives of nationality no rule of
// placeAdjectives makes from the country's name, with the country: the
// "-stan" countries' ("Uzbek"), and those that change the word ("Thai",
// "Greek", "Swiss", "Dutch", "French").
var irregularNationalities = map[string]string{"uzbek": "uzbekistan", "kazakh": "kazakhstan", "tajik": "tajikistan",
	"kyrgyz": "kyrgyzstan", "turkmen": "turkmenistan", "afghan": "afghanistan", "thai": "thailand", "greek": "greece",
	"swiss": "switzerland", "dutch": "netherlands", "french": "france", "spanish": "spain", "british": "britain",
	"danish": "denmark", "swedish": "sweden", "finnish": "finland", "polish": "poland", "norwegian": "norway",
	"filipino": "philippines", "philippine": "philippines", "cypriot": "cyprus", "peruvian": "peru",
	"portuguese": "portugal", "irish": "ireland", "turkish": "turkey", "belgian": "belgium", "argentine": "argentina",
	// States of two or more words, which no suffix makes an adjective of,
	// and small states whose adjective changes the word: readouts call
	// their delegations "the <adjective> side".
	"sammarinese": "san marino", "salvadoran": "el salvador", "salvadorean": "el salvador",
	"burkinabe": "burkina faso", "emirati": "united arab emirates", "saudi": "saudi arabia",
	"marshallese": "marshall islands", "monegasque": "monaco", "malagasy": "madagascar",
	"bahamian": "bahamas", "comorian": "comoros", "kittitian": "saint kitts and nevis",
	"vincentian": "saint vincent and the grenadines", "lucian": "saint lucia", "czech": "czechia",
	// The country's own word, not "<country>+n": "Lao" is Laos's adjective.
	"lao": "laos",
	// Adjectives that drop the name's last letters before "-ese": without
	// them "<Adjective> Ministry of <Field>" in the registry was a body of no
	// country, and matched the same ministry of any.
	"lebanese": "lebanon", "togolese": "togo", "congolese": "congo", "barbadian": "barbados",
	// Two countries one suffix would give the same adjective: Niger's
	// "-ian" is Nigeria's word, and Niger has its own.
	"nigerian": "nigeria", "nigerien": "niger",
	// Adjectives and nouns of nationality no suffix makes from the
	// country's name.
	"montenegrin": "montenegro", "macedonian": "north macedonia", "kosovar": "kosovo", "kosovan": "kosovo",
	"azeri": "azerbaijan", "panamanian": "panama", "honduran": "honduras", "mauritian": "mauritius",
	"icelander": "iceland", "luxembourger": "luxembourg", "luxembourgish": "luxembourg", "slovene": "slovenia",
	"trinidadian": "trinidad and tobago",
	// States renamed or whose people's word is not the country's: the
	// list of sovereign states is closed, and these are the rest of its
	// adjectives and nouns of nationality that no suffix makes ("Swazi"
	// for Eswatini, "Mosotho" for Lesotho).
	"swazi": "eswatini", "mosotho": "lesotho", "basotho": "lesotho", "motswana": "botswana", "batswana": "botswana",
	"seychellois": "seychelles", "maldivian": "maldives", "mozambican": "mozambique", "ivorian": "ivory coast",
	// A state whose name ends in "-ia" and whose adjective drops only the
	// "a" ("Somali" for Somalia): no suffix makes it, and the "<Stem>i"
	// rule of placeAdjectives keeps to names ending in "i".
	"somali": "somalia"}

// irregularNationality reports whether w (any case) is one of
// irregularNationalities that no suffix of nationalitySuffixes marks.
func irregularNationality(w string) bool {
	var buf [12]byte
	if len(w) < 3 || len(w) > len(buf) {
		return false // "lao" is the shortest
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "uzbek", "kazakh", "tajik", "kyrgyz", "turkmen", "thai", "greek", "swiss", "filipino", "philippine", "cypriot", "argentine",
		"burkinabe", "monegasque", "malagasy", "lao", "mosotho", "basotho", "motswana", "batswana", "seychellois",
		// "Irish" ends in "-ish" but is too short for the suffix's test,
		// which keeps short words ("wish", "dish") out.
		"irish":
		return true
	}
	return false
}

// interpret reads the tokens [a, b) of a paragraph as a noun phrase.
// The rules read many spans more than once (a quarter of the calls, as a
// subject is tried by one rule and then another), and the tokens do not
// change once the document is made: a paragraph remembers what each span
// read as and hands out a copy, which the caller may change.
func (p *para) interpret(a, b int) *ref {
	if p.sc != nil {
		for k := p.latest; k > 0; k = p.sc.readings[k-1].prev {
			if rd := &p.sc.readings[k-1]; int(rd.a) == a && int(rd.b) == b {
				if rd.r == nil {
					return nil
				}
				r := p.sc.newRef()
				*r = *rd.r
				return r
			}
		}
	}
	r := p.interpretPhrase(a, b)
	if r == nil {
		r = p.portBody(a, b)
	}
	if b-a >= 4 && (r == nil || r.kind != refName) && p.inList(a, cIndefinite) {
		if n := p.namedNoun(a, b); n != nil {
			r = n
		}
	}
	if b == a+1 && a >= 4 && p.toks[a-1].kind == tPunct && p.text[p.toks[a-1].s] == ')' && p.toks[a].class&cCap != 0 && (p.legalSuffixAt(a) || p.lw(a) == "limited") {
		if c := p.nameBeforeAcronym(a); c >= 0 {
			// "<Name> (<ACR>) Ltd": the firm's legal form after its
			// bracketed initials is no name of its own, but the close
			// of the name before the brackets.
			if n := p.interpret(c, a-3); n != nil && n.kind == refOrg {
				r = n
			}
		}
	}
	if r != nil && r.kind == refName {
		p.stripSeatPlace(r, a, b)
		stripCourtesy(r)
		stripChiefTitle(r)
		stripBodyTitle(r)
	}
	if r != nil && r.kind == refOrg && strings.Contains(r.name, " and the ") {
		if f := p.jointFirst(a, b); f != nil {
			r = f
		}
	}
	if r != nil && r.kind == refOrg {
		stripTradeDescriptor(r)
	}
	if r != nil && r.kind == refRole {
		if i := strings.Index(r.org, " ("); i > 0 {
			r.org = r.org[:i] // "a senior Frontier Patrol Command (FPC) official": the body without its acronym
		}
	}
	if p.sc != nil {
		var kept *ref
		if r != nil {
			kept = p.sc.newRef()
			*kept = *r
		}
		p.sc.readings = append(p.sc.readings, reading{a: int32(a), b: int32(b), prev: p.latest, r: kept})
		p.latest = int32(len(p.sc.readings))
	}
	return r
}

// partyThenName reports whether the capitals from i (after "the") run
// through a body's name ending on its head word ("<Words> Party",
// "<Words> Alliance") into a name of two words or more: "<Title> from the
// <Party> <Given> <Surname>", the body whose member the holder is.
func (p *para) partyThenName(i, hi int) bool {
	if p.isWordAt(i) && p.lw(i) == "the" {
		i++
	}
	for k := i; k < hi && k < i+6 && p.isNameWord(k); k++ {
		if p.isOrgHeadAt(k) && k > i && p.isNameWord(k+1) && p.isNameWord(k+2) && !p.isRoleAt(k+1) && !p.isOrgHeadAt(k+1) {
			return true
		}
	}
	return false
}

// namedNoun reads "a <noun> named <Name>" over [a, b): an indefinite
// article, a noun for a person (an occupation or a person noun) and,
// after "named", "called" or "surnamed", a name running to the phrase's
// end ("said a <trade> named <Given> <Surname>", "a <noun> called
// <Surname>"). The name is who is meant, the noun what they do. nil
// otherwise.
func (p *para) namedNoun(a, b int) *ref {
	k := a + 2
	for k < b-1 && k < a+5 && p.isWordAt(k) && !p.toks[k].isCap(p.text) {
		if l := p.lw(k); l == "named" || l == "called" || l == "surnamed" {
			break
		}
		k++
	}
	if l := p.lowerAt(k); l != "named" && l != "called" && l != "surnamed" {
		return nil
	}
	g, ok := p.genderAt(k-1, cPersonNoun, personNouns)
	if !ok && !p.isRoleAt(k-1) {
		return nil
	}
	if !allNameWords(p, k+1, b) {
		return nil
	}
	n := p.interpretPhrase(k+1, b)
	if n == nil || n.kind != refName {
		return nil
	}
	n.role, n.evidence = p.textOf(a+1, k), true
	if n.gender == unknownGender {
		n.gender = g
	}
	return n
}

// jointFirst returns the first of two bodies that act as one subject,
// "<Body> and the <Head> …" over [a, b), where the words after "and the"
// open another body's name with its head word ("the Department of …",
// "the Government of …") and the words before "and" read as a body of
// their own: a joint statement's copy names its parties in order, and the
// first named is the one the quote is given to. A body's own name joins
// fields, not bodies ("Ministry of <Field> and the <Field>"), and a head word
// in capitals after "and the" ends no remit, so such names stay whole. Nil
// when the phrase is no such pair.
func (p *para) jointFirst(a, b int) *ref {
	for i := a + 1; i+2 < b; i++ {
		if p.lw(i) != "and" || p.lowerAt(i+1) != "the" || !p.isOrgHeadAt(i+2) || !p.toks[i+2].isCap(p.text) || !p.isNameWord(i-1) {
			continue
		}
		if l := p.lowerAt(i + 3); l != "of" && l != "for" && !p.isOrgHeadAt(b-1) {
			continue // "… and the <Head>" not opening a named body of its own
		}
		if !p.nameRun(a, i) {
			return nil // "the <kind>'s <Place> office and the …": a description, not a name
		}
		if f := p.interpret(a, i); f != nil && f.kind == refOrg && namesBody(f.name) && startsUpper(f.name) {
			return f
		}
		return nil
	}
	return nil
}

// nameRun reports whether [a, b) is a body's name in capitals after an
// optional article: name words joined only by the small words a name
// holds, none of them a possessive.
func (p *para) nameRun(a, b int) bool {
	if a < b && p.isDet(a) {
		a++
	}
	if a >= b {
		return false
	}
	for t := a; t < b; t++ {
		switch l := p.lowerAt(t); {
		case l == "of" || l == "for" || l == "the" || l == "and" || l == "&" || l == ",":
		case !p.isNameWord(t) || isPossessive(p.word(t)):
			return false
		}
	}
	return true
}

// stripCourtesy moves courtesy titles that open a name to its role:
// "Tan Sri X Y", "Datuk Seri X Y", "Pastor X Y", "Alhaji X Y". Such a title
// is never part of the name, and the article names the person without it
// later ("Y said"); a title alone before one word ("Pastor Y") is kept off
// too, since the word after it is the name.
func stripCourtesy(r *ref) {
	name, cut := r.name, 0
	after := false // a title went before: in the name's role or just cut
	if k := strings.LastIndexByte(r.role, ' '); r.role != "" {
		// A second title ("Seri") ending the role stood after a first,
		// so a run of them ("<Title> Seri Setia") goes on in the name.
		title, tan, sri := courtesyWord(r.role[k+1:])
		after = title || tan || sri
	}
	if (r.det == "the" && r.role == "" || strings.HasSuffix(r.role, " the")) && strings.HasPrefix(name, "Hon ") {
		// "Senator the Hon X", "the Hon X MP": "Hon" after "the" is the
		// style of a Commonwealth minister, not a given name.
		cut = len("Hon ")
	}
	for {
		sp := strings.IndexByte(name[cut:], ' ')
		if sp < 0 {
			break
		}
		title, tan, sri := courtesyWord(name[cut : cut+sp])
		next := name[cut+sp+1:]
		// "Sri" and "Seri" are titles only after another ("Tan Sri",
		// "Datuk Seri"); alone they may open a name, as "Tan" may.
		if !title && !(tan && (strings.HasPrefix(next, "Sri ") || strings.HasPrefix(next, "Seri "))) && !((after || cut > 0) && sri) {
			break
		}
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) {
			break
		}
		cut += sp + 1
	}
	if cut == 0 {
		return
	}
	if g, ok := honorifics[strings.ToLower(name[:strings.IndexByte(name, ' ')])]; ok && g != unknownGender && r.gender == unknownGender {
		r.gender = g // "Mr X Y" inside a title's complement: his
	}
	r.role = strings.TrimSpace(r.role + " " + name[:cut-1])
	r.name = name[cut:]
	r.evidence = true
}

// courtesyWord reports whether a word of a name is a courtesy title, or
// "Tan" or "Sri"/"Seri", which are titles only beside another. It folds
// the word's ASCII case in a buffer of its own: names are read often and
// are capitalised, and lowering each would allocate.
func courtesyWord(w string) (title, tan, sri bool) {
	w = strings.TrimRight(w, "'’")
	var buf [12]byte
	if len(w) > len(buf) {
		return false, false, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	lw := buf[:len(w)]
	c := lexiconClass(string(lw)) // courtesyTitles and secondTitles in one look-up
	return c&cCourtesy != 0, string(lw) == "tan", c&cSecondTitle != 0
}

// first2 is the word at token a in lower case, or "" past the end.
func first2(p *para, a int) string {
	if a >= len(p.toks) || !p.isWordAt(a) {
		return ""
	}
	return p.lw(a)
}

// malayTitleRun are the words that carry on a Malay or Bruneian title
// after its first word ("Datuk Seri", "Dato Seri Setia", "Dato Paduka",
// and the Sabah and Sarawak grades "Datuk Seri Panglima", "Datuk Seri
// Utama", "Datuk Wira", "Datuk Patinggi"): secondTitles without the
// Javanese ones, which the reader reads apart.
var malayTitleRun = set(`sri seri setia paduka panglima utama wira patinggi`)

// secondTitles are titles only after another: Malay "Sri" and "Seri"
// ("Tan Sri", "Datuk Seri") and the grades after them ("Panglima",
// "Utama", "Wira", "Patinggi"), Javanese "Mas" and "Ayu" ("Raden Mas",
// "Raden Ayu"); alone they may open a name.
var secondTitles = set(`sri seri setia paduka panglima utama wira patinggi mas ayu ajeng`)

// courtesyTitles are honorifics of Malaysian, Bruneian, Javanese ("Raden"), South Asian,
// Nigerian and other West African (the pilgrim's "Alhaji" in its Gambian,
// Ghanaian and francophone spellings), Arab, Indigenous Canadian, clergy and continental European copy
// that open a name without being part of it: "Tan Sri", "Datuk Seri",
// "Dato' Sri", "Tun", "Pehin", "Toh Puan", "Thiru", "Kukpi7" (a Secwepemc
// chief's title), "Ustaz", "Haji", "Sardar", "Pandit", "Ven.", "Pastor", "Ir.",
// "Drs.", Khmer "Lok", "Lok Chumteav", "Oknha" and "Samdech", a
// Pakistani or Nigerian lawyer's "Barrister", and the plain honorifics
// ("Mr", "Ms", with or without a full stop), which a title's complement
// may run into ("Director of <Department> Mr X Y"). Traditional leaders'
// titles open a name the same way: Somali "Ugaas", "Garaad", "Suldaan",
// "Boqor", "Islaan", "Nabadoon"; Igbo "Igwe", Ewe "Togbe", Zulu "Inkosi"
// (not "Obi" or "Eze", which are surnames too). Shia clerics' ranks
// ("Ayatollah", "Hojatoleslam"), the other spellings of "Sheikh", the
// Javanese cleric's "Kyai", Indian "Sushri" and Malay "Cik" (Miss) open
// a name too, and so do the pilgrim's "Hajji" as East African copy
// spells it and the Sesotho "'Me" (Mrs, its apostrophe straight or
// curly) and "Ntate" (Mr). Lords and ladies are not here: a judge may be
// named by title alone ("Lord X").
var courtesyTitles = set(`datuk dato datin tun toh puan pehin thiru thirumathi tmt selvi kukpi7
	alhaji alhaja alhajji alhagie alhagi alhadji elhadj elhadji el-hadj el-hadji hadja hajia hajiya haji hajji hajjah hajah ustaz ustazah mallam malam sheikh sheikha
	begum sardar pandit shri shri. smt smt. shrimati mzee mwalimu ven. venerable pastor imam rabbi
	reverend rev. rev revd bishop archbishop ir. drs. dr. dr prof. prof engr engr. eng. h.e. barr. mgr mgr. msgr
	msgr. monsignor pr. hon. honourable honorable rt. comrade chief oba raden barrister
	lok chumteav oknha samdech hajjat highness excellency majesty worship sayyid sayyida maître maitre ratu
	ugaas garaad suldaan boqor islaan nabadoon igwe togbe inkosi
	ayatollah hojatoleslam shaykh shaikh sheik kyai sushri cik me ’me ntate
	mr mr. mrs mrs. ms ms. mx mx.`)

// firstPersonContraction tells "i'd", "i'll", "i'm", "i've" (folded,
// with either apostrophe): "I" with its verb run on.
func firstPersonContraction(w string) bool {
	switch w {
	case "i'd", "i'll", "i'm", "i've", "i’d", "i’ll", "i’m", "i’ve":
		return true
	}
	return false
}

// irishArticleAt reports whether the "An" at a opens a name rather than
// standing as the English indefinite article: English writes "an" only
// before a vowel sound ("An Irish official", "An MP"), so a capitalised
// "An" before a capitalised word that opens with a consonant (not "h" or
// "y", not letters read one by one) is the Irish article of a body's own name
// ("An <Name>"), which the name keeps.
func (p *para) irishArticleAt(a, b int) bool {
	if a+1 >= b || p.word(a) != "An" || !p.isWordAt(a+1) || !p.toks[a+1].isCap(p.text) {
		return false
	}
	w := p.word(a + 1)
	if isAcronym(w) {
		return false
	}
	switch unicode.ToLower(firstRune(w)) {
	case 'a', 'e', 'i', 'o', 'u', 'h', 'y':
		return false
	}
	return true
}

func (p *para) interpretPhrase(a, b int) *ref {
	for a < b && !p.isWordAt(a) {
		a++
	}
	for b > a && !p.isWordAt(b-1) {
		b--
	}
	if a >= b {
		return nil
	}
	r := p.sc.newRef()
	r.surface = p.textOf(a, b)
	if b-a == 1 {
		if g, ok := p.genderAt(a, cPronounKey, pronounGender); ok {
			r.kind, r.pronoun, r.gender, r.text = refPronoun, p.lw(a), g, p.word(a)
			return r
		}
		if firstPersonContraction(p.lw(a)) {
			// "I'd <verb> …, “…”": the speaker's own "I" with its
			// verb run on, not a name.
			r.kind, r.pronoun, r.gender, r.text = refPronoun, "i", unknownGender, "I"
			return r
		}
	}
	first := p.lw(a)
	if p.toks[a].class&cDet != 0 && !p.irishArticleAt(a, b) {
		r.indefinite = p.inList(a, cIndefinite) // indefinite[first]
		r.det = first
		a++
	}
	if r.det == "" && p.irishArticleAt(a, b) && allNameWords(p, a+1, b) {
		// "An <Name>": a body named with the Irish article.
		r.kind, r.name, r.text = refOrg, p.textOf(a, b), p.textOf(a, b)
		return r
	}
	if b-a == 1 && p.judicialStyle(r, a) {
		return r
	}
	if m := p.classYearIn(a, b); m > 0 {
		// "<Field> senior <Given> <Surname>": a student described by
		// field and year; the name reads on after the year.
		if n := p.interpretPhrase(m+1, b); n != nil && n.kind == refName && n.role == "" {
			n.role, n.surface, n.evidence = p.textOf(a, m+1), r.surface, true
			return n
		}
	}
	if m := p.inChargeTitleIn(a, b); m > 0 {
		// "<Title> in Charge <Given> <Surname>": the title ends at
		// "Charge", the holder's name reads on after it.
		e := m + 2
		for e < b && p.isNameWord(e) {
			e++
		}
		if n := p.interpretPhrase(m+2, e); n != nil && n.kind == refName && n.role == "" {
			n.role, n.surface = p.textOf(a, m+2), r.surface
			if e+1 < b && (p.lw(e) == "of" || p.lw(e) == "at") {
				// "… <Surname> of the <Body>": the office the title is held at
				o := e + 1
				if p.lw(o) == "the" {
					o++
				}
				n.org = p.textOf(o, b)
				if i := strings.Index(n.org, " ("); i > 0 {
					n.org = n.org[:i]
				}
			}
			return n
		}
	}
	if r.det == "" && b-a >= 3 && p.lw(a+1) == "the" && !p.toks[a+1].isCap(p.text) && p.campaignVerb(a) && allNameWords(p, a+2, b) {
		// "<Verb> the <Name>": a campaign named for its aim (see
		// campaignVerb), which npLeft took whole.
		r.kind, r.name, r.text = refOrg, p.textOf(a, b), p.textOf(a, b)
		return r
	}
	if r.det == "the" && a+1 < b && honourableWords[first2(p, a)] {
		// "the Hon Dr X Y MP", "the Rt Hon X Y": a Commonwealth
		// minister's courtesy, which only a person's name takes.
		n := a
		for n < b-1 && honourableWords[p.lw(n)] {
			n++
		}
		if p.isNameWord(n) {
			r.det, a = "", n
		}
	}
	if a >= b {
		return nil
	}
	r.text = p.textOf(a, b)
	if b-a == 4 && p.lw(a+1) == "of" && compoundTitle(p.lw(a), p.lw(a+2)) && p.toks[a].isCap(p.text) && p.toks[a+2].isCap(p.text) &&
		p.isNameWord(a+3) && !p.isRoleAt(a+3) && !p.isOrgHeadAt(a+3) && !isKnownPlace(p.word(a+3)) {
		// "Head of Government X", "Secretary of State Y": a title whose
		// "of" is its own, before a surname alone.
		r.kind, r.name, r.role, r.evidence = refName, p.nameOf(a+3, b), p.textOf(a, a+3), true
		return r
	}
	if k := p.awardTitleEnd(a, b); k > 0 {
		// "<Body> Man of the Match X Y": a sports award used as a title
		// before the winner's name, whose "of" splits no complement.
		r.kind, r.name, r.role, r.evidence = refName, p.nameOf(k, b), p.textOf(a, k), true
		p.genderFromName(r, k)
		if r.gender == unknownGender {
			r.gender = awardGender[p.lw(k-4)]
		}
		return r
	}
	if b-a >= 2 && p.generalBody(a, b) {
		// "the <Nation> Consulate General in <City>", "the Directorate
		// General of <Field>": "General" after a body's head word is the
		// body's own name, as in "Consulate-General", not a general.
		r.kind, r.name = refOrg, r.text
		return r
	}
	if b-a >= 3 && p.sc != nil && len(p.sc.joinedBodies) > 0 && p.joinedBodyAt(a, b) {
		// "<Field> and <Field> <Country>('s)": a body the registry
		// lists by a name with "and" in it (see regJoinedBody).
		r.kind, r.name = refOrg, stripPossessive(r.text)
		return r
	}
	if b-a >= 3 && p.firmName(a, b) {
		// "<Word> & General Insurance Company Limited": a firm's
		// legal form ends only a firm's name, whatever title word
		// ("General", "Chief") its capitals hold.
		r.kind, r.name = refOrg, r.text
		return r
	}

	// Split at the first "of"/"for": "Secretary of State Antony Blinken",
	// "Bank of Norland", "a spokesman for the Interior Ministry", "Marcus Webb
	// of Calder State University".
	left, right := b, b
	placeEnd := -1 // where a place named with "of" or "and" ends the capitals
	for i := a; i < b; i++ {
		if l := p.lw(i); i > a && (l == "of" || l == "and") && p.isWordAt(i) && !p.toks[i].isCap(p.text) {
			if e := p.placeAcross(i, b); e > 0 && (e < b && p.isOrgHeadAt(b-1) || e == b) || p.stateFormAt(i) && i+2 < b && p.isOrgHeadAt(b-1) {
				if e == 0 {
					e = i + 2
				}
				placeEnd = e
				// "<Isle> of <Name> Constabulary", "<City> of <Name>
				// Council": the "of" of a place's own name, in a body's
				// name that ends in its head word, joins no title or head
				// to a complement; the body is read whole below.
				i = e - 1
				continue
			}
		}
		// "A <role> from the <Body>" splits as "<role> of the <Body>"
		// does: the role word and its body, never one body's name; a
		// "<Party> <role> from <Constituency> <Name>" (no "the") keeps its
		// seat in the title.
		if l := p.lw(i); i > a && (l == "of" || l == "for" || l == "on" && (p.isOrgHeadAt(i-1) && p.toks[i-1].isCap(p.text) || p.fieldAfterOn(i)) || (l == "to" || l == "with" || l == "at" || l == "in" || l == "from" && i+1 < b && p.lw(i+1) == "the") && p.isRoleAt(i-1) || (l == "at" || l == "in") && p.personNounBefore(i) || p.livesAbout(i) || l == "to" && p.purposeAt(i) || (l == "in" || l == "to") && seatedHeads[p.lw(i-1)] && p.nameAhead(i+1, b) || l == "in" && p.regionalForce(i)) {
			left, right = i, i+1
			if p.inChargeOf(i) && !p.isOrgHeadAt(b-1) {
				// "<Title> in charge of <Field> X Y": the remit is the
				// complement, the name after it; a remit that ends in a
				// body's head word ("in charge of the <Words> Unit") names
				// no one.
				right = i + 3
			}
			if right < b && p.lw(right) == "the" {
				right++
			}
			break
		}
	}
	// "Ministry of External Affairs spokesperson Arvind Menon", "Head of
	// the Office of the President Andrii Bondar": a title word ends a long
	// title just before the name.
	if k := p.nameTail(a, b); k > a {
		r.kind, r.name, r.role, r.evidence = refName, p.nameOf(k, b), p.textOf(a, k), true
		p.genderFromName(r, k)
		return r
	}
	// Letters after a name are not the name: "Jane Doe KC", "John Roe MP";
	// after "the" they are a title: "the Galway West TD".
	judge := "" // a judge's office in letters after the surname ("<Surname> J")
	for left-1 > a && p.postNominalAt(left-1) && p.isNameWord(left-2) && !definite[r.det] && !r.indefinite && !(right < b && p.nameInComplement(right, b) >= 0) {
		left-- // "a Tory MP", "one Labour MP": a party and a seat, no name
		if judge == "" {
			judge = singleJudgeTitles[p.word(left)]
		}
	}
	if l := p.lw(left - 1); left == b && left-1 > a && len(l) > 2 && l[len(l)-1] == 's' && postNominals[l[:len(l)-1]] && p.toks[left-1].isCap(p.text) {
		// "Labour MPs", "40 Tory MEPs": members of a party, no one's name.
		r.kind, r.head, r.gender = refSomeone, l, plural
		return r
	}
	if left-1 == a && right < b && quantityNouns[p.lw(a)] && p.lw(left) == "of" {
		r.kind, r.head = refSomeone, p.lw(b-1) // "a group of parents", "a handful of residents"
		return r
	}
	if right == b && p.toks[left-1].class&cDocNoun != 0 && !(left-1 > a && p.toks[left-1].isCap(p.text) && p.isNameWord(left-2)) {
		// Not a capitalised noun ending a body's name: "X Advisory".
		return p.interpretDoc(r, a, left-1)
	}
	for i := a + 1; i < b-1; i++ {
		l := p.lw(i)
		d := i - 1
		if l == "by" && i-2 >= a {
			if v := p.issuingVerbBefore(i); v > a {
				d = v - 1 // "a statement issued by the council", "the ruling handed down by"
			}
		}
		if (l == "from" || l == "by") && docNouns[p.lw(d)] {
			// "the note from the ministry's legal service", "a
			// report by the agency", "a statement issued by the
			// utility": the body after it issued it, or the body that
			// owns the unit that did.
			r.kind, r.head = refDoc, p.lw(d)
			to := b
			for k := i + 1; k < b-1; k++ {
				if isPossessive(p.word(k)) {
					to = k + 1
					break
				}
			}
			if o := p.interpret(i+1, to); o != nil {
				switch {
				case o.kind == refOrgDesc:
					r.orgHead = strings.TrimSuffix(stripPossessive(o.head), "'")
				case o.kind == refOrg || o.kind == refName:
					r.org = stripPossessive(o.name)
				}
			}
			return r
		}
	}
	if b-a == 1 && a > 0 && p.lowerAt(a-1) == "the" && (p.inList(a, cDemonym) && p.toks[a].isCap(p.text) || isAgeWord(p.lw(a)) || p.inList(a, cEpithet)) {
		// Sports and feature copy names a person again by nationality,
		// age or what they are: "the Brazilian said", "the 19-year-old
		// added", "the winger said".
		r.kind, r.head = refEpithet, p.lw(a)
		return r
	}
	if r.det == "the" && b-a >= 2 && b-a <= 3 && p.epithetAt(b-1) && p.epithetModifiers(a, b-1) {
		// "the <n>-time <award> said", "the former <title> added", "the
		// <age> <nationality>": what sports copy calls a player it has
		// named, with what kind of player or winner they are.
		r.kind, r.head = refEpithet, p.lw(b-1)
		return r
	}
	if r.det == "the" && b-a <= 3 && p.isWordAt(b-1) && (p.lw(b-1) == "man" || p.lw(b-1) == "woman") && a > 0 {
		// "the younger woman", "the man": someone just named, as "the
		// teenager" is, whom the noun gives a gender.
		for i := a; i < b-1; i++ {
			if !p.isWordAt(i) || p.toks[i].isCap(p.text) || p.toks[i].class&(cFunction|cRole) != 0 {
				goto notEpithet
			}
		}
		r.kind, r.head, r.gender = refEpithet, p.lw(b-1), personNouns[p.lw(b-1)]
		return r
	}
notEpithet:
	roleAt, orgAt, caps, honorAt, roleGenderAt := -1, -1, 0, -1, -1
	for i := a; i < left; i++ {
		w := p.lw(i)
		cls := p.toks[i].class
		possessive := isPossessive(w)
		stripped := possessive || strings.HasSuffix(w, ".")
		if stripped {
			w = strings.TrimSuffix(stripPossessive(w), ".")
		}
		isCap := cls&cCap != 0
		if isCap {
			caps++
		}
		if !possessive && (cls&cRole != 0 || stripped && isRoleWord(w) || p.modifiedJob(i) || p.bodyJob(i, left) || p.joinedJob(i, left)) && !p.givenAfterTitle(i, left) {
			roleAt = i
		}
		if isCap && (len(w) == 5 || len(w) == 4) && gradeWords[w] && i > a && classOrdinals[p.lw(i-1)] {
			// "<Rank> <Ordinal> Class <Given> <Surname>", a navy's
			// "<Rank> <Ordinal> Rank <Name>": a service rank's grade
			// closes the title, and the capitals after it are the
			// person.
			roleAt = i
		}
		if !possessive && (isCap || i == left-1) && (cls&cOrgHead != 0 || stripped && orgHeads[w] || isCap && isAcronym(p.word(i)) && !p.initialsBeforeName(i, left) && !p.regnalNumeral(i, a) || !isCap && orgDescriptors[w]) {
			orgAt = i
		}
		if cls&cHonor == 0 && !stripped {
			continue // no honorific, no gendered title: the lists say nothing more
		}
		if g, ok := honorifics[p.lw(i)]; ok {
			if g != unknownGender && !p.titleOpener(i, left) {
				r.gender, roleGenderAt = g, -1 // an honorific's gender is the person's
			}
			if i < left-1 && roleAt < i && !p.titleInsideName(i) {
				// "<Honorific>. <Given> <Surname>": a title, not part of the name;
				// but one after a given name the lists know is a part of
				// it ("<Given> Sheikh <Given> <Surname>", titleInsideName).
				honorAt = i
			}
		}
		if g, ok := roleGender[w]; ok && !(possessive && p.titleOpener(i, left)) && !p.heldByOtherSex(w, g, i, left) {
			r.gender, roleGenderAt = g, i
		}
	}
	if roleGenderAt >= 0 && orgAt > roleGenderAt && p.toks[orgAt].isCap(p.text) {
		// "<King> <Given> <Surname> Local Municipality mayor X", "<Queen>
		// <Name> Hospital spokesperson Y": a gendered title inside a
		// body's name, before its head word, is the namesake's, not the
		// person's after the body.
		r.gender = unknownGender
	}
	last := max(roleAt, orgAt)
	for honorAt >= 0 && honorAt+2 < left && malayTitleRun[p.lowerAt(honorAt+1)] {
		// "Datuk Seri X Y": a two-word title; Bruneian titles run on
		// ("Dato Seri Setia X Y", "Pehin Datu Paduka X Y").
		honorAt++
	}
	if honorAt > last && honorAt+1 < left && allNameWords(p, honorAt+1, left) {
		r.kind, r.name, r.evidence = refName, p.nameOf(honorAt+1, left), true
		if _, given := p.givenGenderAt(honorAt + 1); peerTitles[p.lw(honorAt)] && left == honorAt+2 && !given {
			// "Lady X", "Lord X": a peer or judge named by title and one
			// name only is known by both; the name alone is not theirs.
			r.name = p.nameOf(honorAt, left)
		}
		if last >= 0 {
			r.role = p.textOf(a, last+1)
		}
		p.genderFromName(r, honorAt+1)
		return r
	}

	// A name after the title: "Russian Foreign Minister Sergey Lavrov".
	nameFrom := last + 1
	if roleAt == last && roleAt >= 0 && nameFrom+3 < left && p.toks[roleAt].isCap(p.text) && p.lowerAt(nameFrom+1) == "and" && !p.toks[nameFrom+1].isCap(p.text) &&
		p.fieldAfterList(nameFrom) && p.fieldAfterList(nameFrom+2) && p.fieldThenName(nameFrom+2, left) {
		// "<Title> <Field> and <Field> X Y": the title's post of two
		// fields, with no "of", before the name (see andJoinsName).
		last, nameFrom = nameFrom+2, nameFrom+3
	}
	if last >= 0 && nameFrom < left && p.isNameWord(nameFrom) && allNameWords(p, nameFrom, left) && (roleAt >= orgAt || p.titleThenBodyInitials(roleAt, orgAt, nameFrom, left)) && !(roleAt == last && p.rankOpensBody(nameFrom, left)) {
		r.kind, r.name, r.evidence = refName, p.nameOf(nameFrom, left), true
		r.role = p.textOf(a, last+1)
		if right < b {
			r.role += " " + p.textOf(left, b)
		}
		p.genderFromName(r, nameFrom)
		return r
	}
	// "Secretary of State Antony Blinken": the complement of the title runs
	// into the name. The name starts at a given name, or at the word before
	// a middle initial ("Daniel P. Whitcomb"), else it is taken to be the
	// last two words, with a surname's particle ("Ó Dálaigh") and the word
	// before it. A complement ending in a body's head word is
	// the body ("a spokesperson for the Music Venue Trust").
	if roleAt >= 0 && roleAt == left-1 && right < b && r.det == "the" && p.fieldOnly(right, b) {
		r.kind, r.head, r.role = refRole, strings.TrimSuffix(p.lw(roleAt), "."), r.text
		return r // "the Minister of State for Marine Resources": a title, no one named
	}
	if roleAt >= 0 && roleAt == left-1 && right < b {
		if nameFrom := p.nameInComplement(right, b); nameFrom >= 0 {
			roleEnd := nameFrom
			if roleEnd-1 > right && plainHonorifics[p.lw(roleEnd-1)] {
				roleEnd-- // "Minister of State Dr. X Y": the honorific is the name's, not the title's
			}
			r.kind, r.name, r.role, r.evidence = refName, p.nameOf(nameFrom, b), p.textOf(a, roleEnd), true
			p.genderFromName(r, nameFrom)
			return r
		}
	}
	if orgAt > roleAt && orgAt+2 < left && p.toks[orgAt].isCap(p.text) && p.toks[orgAt+1].isCap(p.text) && causePrepositions[p.lw(orgAt+1)] && allNameWords(p, a, orgAt+1) && allNameWords(p, orgAt+2, left) && right == b {
		// "Independent Commission Against Corruption", "Committee
		// Against Torture": a body named for its cause, in title case,
		// the preposition capitalised like the words around it.
		r.kind, r.name, r.head = refOrg, p.textOf(a, left), strings.TrimSuffix(p.lw(orgAt), ".")
		return r
	}
	if orgAt > roleAt && orgAt+1 < left && right == b && p.toks[orgAt].isCap(p.text) && allNameWords(p, a, left) && isKnownPlace(p.textOf(orgAt+1, left)) {
		// "<Brand> <Trade> <Country>", "<Name> Bank <Country>": a firm's
		// or a body's national arm, named with the country after its
		// head word, as groups name their subsidiaries; a body, not a
		// person whose name ends in a place.
		r.kind, r.name, r.head = refOrg, p.textOf(a, left), strings.TrimSuffix(p.lw(orgAt), ".")
		return r
	}
	// An organisation: its head word ends the part before "of" ("Foreign
	// Ministry", "Bank of Norland", "the Westmark government").
	if orgAt >= 0 && orgAt > roleAt && orgAt == left-1 && right < b && b-1 > right && p.isRoleAt(b-1) && !p.toks[b-1].isCap(p.text) && (allNameWordsAnd(p, right, b-1) || p.fieldListName(right, b-1)) {
		// "a Ministry of Defence spokesman", "a Department for Transport
		// official": a body's whole name, "of" and all, before the role.
		r.kind, r.head, r.role, r.org = refRole, p.lw(b-1), r.text, p.textOf(a, b-1)
		return r
	}
	if roleAt < 0 && orgAt < 0 && r.det != "" && right < b && b-1 > right && p.isRoleAt(b-1) && !p.toks[b-1].isCap(p.text) && allNameWords(p, a, left) && allNameWordsAnd(p, right, b-1) {
		// "a Transport for Wales spokesman", "the Friends of the Earth
		// campaigner": a body's whole name in capitals before the role,
		// though no word of it is a body's head.
		r.kind, r.head, r.role, r.org = refRole, p.lw(b-1), r.text, p.textOf(a, b-1)
		return r
	}
	if orgAt >= 0 && orgAt > roleAt && orgAt == left-1 && right == b && orgAt > a && relationHeads[p.lw(orgAt)] && !p.toks[orgAt].isCap(p.text) && isPossessive(p.word(orgAt-1)) {
		// "<Body>'s partners", "the agency's partners": others the owner
		// works with, who speak for themselves, not for it.
		r.kind, r.head = refSomeone, p.lw(orgAt)
		return r
	}
	if orgAt >= 0 && orgAt > roleAt && orgAt == left-1 && caps == 1 && p.peopleBeforeModifier(a, b) {
		// "Traders in the capital said", "Vendors at the market": a
		// plural noun for people, capitalised only as the sentence's
		// first word, and where they are in lower case: unnamed people,
		// no body's name, though the place's word ends one.
		r.kind, r.head, r.gender = refSomeone, p.lw(a), plural
		return r
	}
	if orgAt >= 0 && orgAt > roleAt && orgAt == left-1 {
		if caps > 0 && !p.toks[orgAt].isCap(p.text) && (p.onlyNationalities(a, orgAt) || r.indefinite && p.lw(a) != "the") {
			// "the Brazilian miner", "a Norwegian company": described,
			// not named; so is "one <City> exporter", "a <Group>
			// company": after "a" or "one" the capitals say where a firm
			// or a trader is, or whose, and the noun in lower case what it
			// is; no body is named so.
			caps = 0
		}
		if caps > 0 && !p.toks[orgAt].isCap(p.text) && indefinite[r.det] && isKnownPlace(p.textOf(a, orgAt)) {
			// "one <City> exporter said", "a <Country> trader": one of
			// many of a kind in the place, described, not named; a body
			// named so takes no "a" or "one".
			caps = 0
		}
		if h := p.describedOwnersUnit(r, a, orgAt); h != "" {
			// "the <kind>'s <Country> office said", "the <kind>'s
			// <City> branch": a body's local unit, named by where it
			// sits, speaks for the body "the <kind>" refers to, as "the
			// organisation said" would; the words name no body.
			r.kind, r.head, r.text = refOrgDesc, h, h
			return r
		}
		if caps == 0 {
			r.kind, r.head = refOrgDesc, strings.TrimSuffix(p.lw(orgAt), ".")
			if a < orgAt && isPossessive(p.word(a)) && p.toks[a].isCap(p.text) {
				// "Westmark's grid operator" names a body.
				r.kind, r.name = refOrg, r.text
			}
			return r
		}
		r.kind, r.name = refOrg, r.text
		r.head = strings.TrimSuffix(p.lw(orgAt), ".")
		if p.toks[orgAt].isCap(p.text) && a+1 < orgAt && isPossessive(p.word(a)) && !p.toks[a+1].isCap(p.text) {
			// "the country's official X News Agency": whose it
			// is and what it is describe the body; the capitals name it.
			from := a + 1
			for from < orgAt && !p.toks[from].isCap(p.text) && p.isWordAt(from) && p.toks[from].class&cFunction == 0 {
				from++
			}
			if p.toks[from].isCap(p.text) && allNameWordsAnd(p, from, orgAt+1) {
				r.name = p.textOf(from, b)
			}
		} else if p.toks[orgAt].isCap(p.text) && !p.toks[a].isCap(p.text) {
			// "the state Environmental Protection Agency": the name is the
			// capitals; the words before them describe it.
			from := a
			for from < orgAt && !p.toks[from].isCap(p.text) && p.isWordAt(from) && p.toks[from].class&cFunction == 0 {
				from++
			}
			if p.toks[from].isCap(p.text) && allNameWordsAnd(p, from, orgAt+1) {
				r.name = p.textOf(from, b)
			}
		}
		if ownersVoice[r.head] {
			// "Morena's national leadership said": the party did.
			for k := orgAt - 1; k >= a; k-- {
				if isPossessive(p.word(k)) && p.toks[k].isCap(p.text) {
					r.name, r.head = stripPossessive(p.textOf(a, k+1)), ""
					break
				}
			}
		}
		if kindHeads[r.head] && !p.toks[orgAt].isCap(p.text) {
			// "the ZNP union", "the opposition Law and Justice party": the
			// name is the capitals before the kind of body.
			from := a
			for from < orgAt && !p.toks[from].isCap(p.text) {
				from++
			}
			end := orgAt
			for end-1 > from && p.inList(end-1, cKindHead) && !p.toks[end-1].isCap(p.text) {
				end-- // "the <ACR> union confederation": two kinds, one the other's
			}
			if from < end && !isPossessive(p.word(end-1)) && allNameWordsAnd(p, from, end) {
				r.name = p.textOf(from, end)
			}
		}
		return r
	}
	// A role without a name: "the minister", "a Kremlin spokesman", "State
	// Department officials", "a spokesman for the Interior Ministry".
	if roleAt >= 0 {
		r.kind, r.head, r.role = refRole, strings.TrimSuffix(p.lw(roleAt), "."), r.text
		if org := p.orgPart(a, roleAt); org != "" {
			r.org = org
		} else if roleAt > a && !p.toks[roleAt-1].isCap(p.text) && p.isOrgHeadAt(roleAt-1) && !(industryFields[p.lw(roleAt-1)] && !speaksForBody(r.head)) {
			// "a ministry spokeswoman", "a department spokesperson"; not
			// "a <industry> analyst" nor "an <industry> engineer", whose
			// industry is the field they follow or work in, not a body
			// they speak for.
			r.orgHead = p.lw(roleAt - 1)
		}
		if right < b {
			// "a spokeswoman for Meridian Line": what follows "for" is the
			// body she speaks for, whatever its name looks like.
			if sub := p.interpret(right, b); sub != nil {
				switch {
				case sub.kind == refOrg || sub.kind == refName && (p.lowerAt(left) == "for" || p.lowerAt(left) == "at"):
					r.org = sub.name
					if b-right == 2 && saintsPlace(p.textOf(right, b)) {
						// "a spokesperson for St <Name>'s": a school, a church or
						// a hospital named for its saint keeps the possessive,
						// which is its name's.
						r.org = p.textOf(right, b)
					}
				case sub.kind == refOrgDesc && !sub.indefinite:
					// "an economist at a … bank" works for a body the
					// article does not name, not the bank it named.
					r.orgHead = sub.head
				}
			}
			if r.org == "" && r.orgHead == "" {
				// "an official of the <Body>'s <field> division": the unit,
				// in lower case, speaks through its owner, as parentBody
				// reads a unit named after its body.
				r.org = p.unitOwnerName(right, b)
			}
			if r.org == "" && r.orgHead == "" && p.lowerAt(left) == "for" && !strings.HasSuffix(r.head, "s") && b-right >= 3 && allNameWordsAnd(p, right, b) && p.isRoleAt(left-1) && !p.toks[left-1].isCap(p.text) {
				// "a spokesperson for <Field> and <Field>": one body,
				// whose name holds the "and" (see andJoinsName).
				r.org = p.textOf(right, b)
			}
		}
		return r
	}
	if right == b && p.pluralTitleOverList(a, b) {
		// "<Role nouns> <Given> <Surname>, <Given> <Surname> and …": a
		// plural title, capitalised as a sentence's first word, over a
		// list of names is each one's; the first name is the phrase's.
		r.kind, r.name, r.role, r.evidence = refName, p.textOf(a+1, b), p.lw(a), true
		return r
	}
	// "Leaders of the Northern Alliance", "officials of the ministry".
	if p.inList(a, cGroupNoun) || isRoleWord(strings.TrimSuffix(p.lw(a), "s")) {
		if right < b && !rankAndFile[p.lw(a)] {
			if sub := p.interpret(right, b); sub != nil && sub.kind == refOrg {
				return sub
			}
		}
		r.kind = refSomeone
		return r
	}
	if caps == 0 {
		r.kind = refSomeone
		r.head = p.lw(b - 1)
		if right < b && (p.lowerAt(left) == "in" || p.lowerAt(left) == "at") && p.personNounBefore(left) {
			// "the only <person noun> in the <group>": the person the
			// noun before the preposition names, of its gender, not
			// the body after it.
			r.head = p.lw(left - 1)
			if r.gender == unknownGender {
				r.gender = personNouns[r.head]
			}
		}
		return r
	}
	if right < b && p.lowerAt(left) == "for" && p.isNameWord(a) && allNameWords(p, a, left) && allNameWords(p, right, b) {
		// "Transport for Wales", "Advocates for Justice": capitals
		// "for" capitals, with no title, are a body; a person is "of"
		// somewhere, not "for" it.
		if _, given := p.givenGenderAt(a); !given {
			r.kind, r.name = refOrg, p.textOf(a, b)
			return r
		}
	}
	// Capitalised words with no title: a person, an organisation or a
	// place, which the caller tells apart with what else it knows. Leading
	// lower-case words describe them ("city council veteran Gordon Hale"),
	// unless a preposition puts the name in a place of its own ("one woman
	// in northern Kavala").
	from := a
	for from < left && !p.isNameWord(from) {
		if prepositions[p.lw(from)] {
			r.kind, r.head = refSomeone, p.lw(a)
			return r
		}
		from++
	}
	if left == b && from < b-1 && bodyStaff[p.lw(b-1)] && p.isWordAt(b-1) && !p.toks[b-1].isCap(p.text) && allNameWordsAnd(p, from, b-1) && !isKnownPlace(p.textOf(from, b-1)) {
		// "<Body> reviewers noted", "<Acronym> inspectors wrote": a
		// body's people who work in its name speak for it.
		r.kind, r.head, r.role, r.org = refRole, p.lw(b-1), r.text, p.textOf(from, b-1)
		return r
	}
	if placeEnd == b && left == b && from < b {
		// "the City of <Name>", "the Isle of <Name>'s": the place, or
		// the body named as it is, read whole as a place of one word is.
		r.kind, r.name = refName, stripPossessive(p.textOf(from, b))
		return r
	}
	if h := left - 1; left == b && h-from >= 2 && p.localBodyHead(h) && allNameWords(p, from, h-1) {
		// "The <Place> regional <noun> said": a local body by its own
		// word for itself, which the lexicon does not know as a head
		// ("khokimiyat", "akimat"), after the place and its level.
		r.kind, r.name, r.head = refOrg, p.textOf(from, left), p.lw(h)
		return r
	}
	if from == left || !allNameWords(p, from, left) {
		r.kind = refSomeone
		return r
	}
	if _, given := p.givenGenderAt(from); from > a && (p.isOrgHeadAt(from-1) || p.inList(from-1, cOrgDesc)) && !(given && left-from >= 2) {
		// "state grain trader Rusagrotrans", "news agency Interfax": what
		// the body does, then its name.
		r.kind, r.name, r.head = refOrg, p.textOf(from, left), p.lw(from-1)
		return r
	}
	lastWord := stripPossessive(p.lw(left - 1))
	if left-from >= 3 && legalPrefixes[p.lw(from)] && p.toks[from].isCap(p.text) {
		r.kind, r.name = refOrg, p.textOf(from, left) // "PT X Y"
		return r
	}
	// The last word's lists, looked up once for the three asked below.
	lastClass := lexiconClass(lastWord)
	legalClass := lastClass
	if t := strings.TrimSuffix(lastWord, "."); len(t) < len(lastWord) {
		legalClass = lexiconClass(t)
	}
	if legalClass&cLegalSuffix != 0 && left-from >= 2 {
		r.kind, r.name = refOrg, p.textOf(from, left) // "X Mining SAA"
		return r
	}
	if lastClass&cBodyEnd != 0 && isKnownBody(p.textOf(from, left)) {
		r.kind, r.name = refOrg, p.textOf(from, left)
		return r
	}
	if lastClass&cPlaceWord != 0 {
		if lastWord == "hall" && right == b && p.hallBody(a, from, left) {
			// "City Hall has been cautious", "<City> City Hall said": the
			// city's government by its building, as "the White House"
			// is the president's office.
			r.kind, r.name = refOrg, p.textOf(from, left)
			return r
		}
		if r.det == "the" && from == a && left == a+1 && right == b {
			// "The Republic said": a state by its form of
			// government, which the registry may know as "the Republic".
			r.kind, r.head = refOrgDesc, lastWord
			return r
		}
		if r.det == "" && left-from >= 2 && from == a && right == b && !isKnownPlace(p.textOf(from, left)) && speakingPlaceWords[lastWord] &&
			(p.isSpeechVerbAt(b) || p.isWordAt(b) && subjectSkip[p.lw(b)] && p.isSpeechVerbAt(b+1)) {
			// "X Storm said in a note to clients", "Y House said": capitals
			// ending in a word of places or things that speak are a firm's
			// or an institute's name.
			r.kind, r.name = refOrg, p.textOf(from, left)
			return r
		}
		if (r.det == "the" || r.det == "") && from == a && right == b && left-from >= 2 && (lastWord == "islands" || isKnownPlace(p.textOf(from, left))) {
			// "The Czech Republic said", "the <Name> Islands maintained",
			// "<Capital> City has described": a state or a capital whose
			// name ends in a word of places speaks as its government, as
			// one of a single word does; an archipelago is a state or a
			// territory with its own.
			r.kind, r.name = refName, p.textOf(from, left)
			return r
		}
		if !p.placeWordSurname(a, b, from, left, r.det) {
			return nil
		}
		// Otherwise a person whose surname is a word of places, read as
		// any name is below.
	}
	if left-from == 2 && placeOpeners[p.lw(from)] && !p.isNameWord(left) {
		// "<Lake> <Name>", "<Cape> <Name>": a word of the closed class
		// that opens a geographic name, before one capitalised word, is
		// a place, never a person a pronoun may reach.
		return nil
	}
	// A capitalised word opening a sentence before a given name is a
	// description, not a name: "Substitute Kieran Doyle" (but "Abu Ahmed
	// al-Masri" is a name). An English description is spelt in plain
	// letters; a word with accents ("Þórdís", "Jóhanna") is a given name the
	// lists lack, before a second given name. Sports and feature copy opens
	// with the noun it calls the person by later ("Rookie X Y", "Veteran X
	// Y", "Setter X Y") or their craft ("Photographer X Y",
	// "Cinematographer X Y"), which says what they are whether or not the
	// lists know the given name after it. A name the sentence describes
	// in an aside right after it ("<Word> <Given> <Surname>, a <noun> …,")
	// has its description there: the word before the given name is a
	// first given name the lists lack, before a father's name.
	if left-from >= 3 && (from == 0 || p.toks[from-1].kind == tEnd) && !surnameParticle(p.lw(from)) && (p.toks[from].plain || isASCII(p.word(from))) && !p.describedAside(from, left) {
		_, g0 := p.givenGenderAt(from)
		g0 = g0 || givenAbbrevs[p.lw(from)] // "Md <Given> <Surname>": a given name cut short
		// "<Family> <Given> <Given>": a common East Asian family name
		// opens the name, family name first; it describes no one. In
		// capitals it is a speaker's label before their answer, which
		// the capitals' rules read.
		g0 = g0 || eastAsianFamilyNames[p.lw(from)] && strings.IndexFunc(p.word(from)[1:], unicode.IsLower) >= 0
		if _, g1 := p.givenGenderAt(from + 1); g1 && !g0 && !(servantName(p.lw(from+1)) && p.toks[from].class&cHonor == 0 && !courtesyTitles[p.lw(from)]) || !g0 && (describesPerson(p.lw(from)) || p.inList(from, cEpithet) || strings.HasSuffix(p.lw(from), "grapher")) {
			from++ // "Retiree X Y", whatever the given name
		}
	}
	// A body's or a place's word before a given name is not the name
	// either: "… of the provincial Council X Y".
	for left-from >= 3 && (p.isOrgHeadAt(from) || placeWords[p.lw(from)]) {
		if _, g := p.givenGenderAt(from + 1); !g {
			break
		}
		from++
	}
	// "South Korea's Kim Ha-eun": whose she is goes to the role; a
	// person's own possessive is no part of the name ("Adeyemi-Hart's").
	for k := left - 2; k >= from; k-- {
		if isPossessive(p.word(k)) {
			from = k + 1
			break
		}
	}
	if from > a && isPossessive(p.word(from-1)) && left-from >= 3 && p.isOrgHeadAt(from) && !p.isOrgHeadAt(left-1) && !placeWords[stripPossessive(p.lw(left-1))] {
		// "… People's Committee X Y Z": the body's head word after its
		// possessive ends the body, which the person chairs; the
		// capitals after it are the person's name.
		from++
	}
	if p.acronymOf(from, b) {
		// "The Joint Chiefs of Staff (JCS)": capitals that a bracketed
		// acronym of their initials follows are a body's name, "of" and
		// all, whatever words it is made of.
		r.kind, r.name = refOrg, p.textOf(from, b)
		return r
	}
	r.kind, r.name = refName, p.nameOf(from, left)
	if isPossessive(r.name) {
		r.name = stripPossessive(r.name)
	}
	if from > a {
		r.role = p.textOf(a, from)
	} else if judge != "" && right == b {
		r.role, r.evidence = judge, true
	}
	if right < b {
		r.role = strings.TrimSpace(r.role + " " + p.textOf(left, b)) // "of Calder State University"
	}
	p.genderFromName(r, from)
	return r
}

// surnamePlaceWords are the placeWords that are also common surnames
// ("<Given> Hill", "<Given> Park", "<Family> <Given>" family name first):
// the words of compass points, treaties, contests and states are left out,
// as copy that has them speak means a place or a bloc.
var surnamePlaceWords = set(`park hill hills field fields house street hall lake bay bridge forest storm coast river`)

// placeWordSurname reports whether the capitals [from, left), the whole
// phrase [a, b) with no article, ending in a word of places that is also a
// common surname, are a person the speech verb beside them has speak: a
// known given name before that word ("<Given> Hill said", "said <Given>
// Park"), or that word alone after a mark or opening the paragraph ("…,”
// Hill said", "Park said", a name's family word when it comes first). The
// cast resolves it to the person the article names in full with it, or
// else keeps it as someone known by that name alone, as copy names a
// spokesperson its readers know. A park, a hall or a street does not
// speak; a place the lists know is left to the rules above.
func (p *para) placeWordSurname(a, b, from, left int, det string) bool {
	if left-from == 1 && from > 0 && p.lowerAt(from-1) == "surnamed" && surnamePlaceWords[stripPossessive(p.lw(from))] {
		// "a worker surnamed Park": East Asian copy names a member of the
		// public by the family name alone, which is a person's.
		return true
	}
	if det != "" || from != a || left != b || left-from > 2 || !surnamePlaceWords[stripPossessive(p.lw(left-1))] {
		return false
	}
	if !(p.isSpeechVerbAt(b) || p.isWordAt(b) && subjectSkip[p.lw(b)] && p.isSpeechVerbAt(b+1) || a > 0 && p.isSpeechVerbAt(a-1)) {
		return false
	}
	if left-from == 2 {
		_, given := p.givenGenderAt(from)
		return given && !isKnownPlace(p.textOf(from, left))
	}
	// Alone, the word stands after a mark or at the paragraph's head: a
	// word before it ("<Day> <Month> Street told …") makes it the end of
	// a place's name the chunk was cut from.
	return (from == 0 || !p.isWordAt(from-1)) && !isKnownPlace(p.word(from))
}

// purposeAt reports whether "to" at token j joins a body's head word in
// capitals to the aim it is named for, a verb and its object in capitals
// ("Coalition to End <Noun>", "Committee to Protect <Noun>", "Campaign to
// Stop <Noun>"): one body's name, where a run of capitals cut at "to"
// would take the aim for a name of its own. The verb must be one that
// opens such names, so "the Commission to Member States" stays two.
func (p *para) purposeAt(j int) bool {
	return j > 0 && p.isOrgHeadAt(j-1) && p.toks[j-1].isCap(p.text) && !p.toks[j].isCap(p.text) &&
		p.isNameWord(j+1) && purposeVerbs[p.lw(j+1)] && p.isNameWord(j+2)
}

// purposeVerbs open the aim a campaigning body is named for, after its
// head word and "to".
var purposeVerbs = set(`end stop protect save ban abolish prevent fight defend free eliminate eradicate
	combat promote preserve restore reform halt beat cure feed house educate empower support`)

// placeAcross returns the end of a place's name of several words whose
// lower-case "of" or "and" is token i, or 0: a known place ("Trinidad and
// Tobago") or a place word and the name it is of ("Isle of <Name>", "City
// of <Name>", "State of <Name>"). A run of capitals split at that word
// would leave its last words ("<Name> Constabulary") for a name.
func (p *para) placeAcross(i, b int) int {
	if p.lw(i) == "of" && p.isNameWord(i-1) && placeOfWords[p.lw(i-1)] && p.isNameWord(i+1) && !p.isRoleAt(i+1) && !p.isOrgHeadAt(i+1) {
		return i + 2
	}
	for s := i - 1; s >= 0 && s >= i-2 && p.isNameWord(s); s-- {
		for e := i + 2; e <= b && e <= i+4; e++ {
			if !p.isNameWord(e-1) && !(p.isWordAt(e-1) && p.lw(e-1) == "the") {
				break
			}
			if p.isNameWord(e-1) && (isKnownPlace(p.textOf(s, e)) || p.shortPlaceAt(s, e) || p.regJoinedPlace(s, e)) {
				return e
			}
		}
	}
	return 0
}

// regJoinedPlace reports whether tokens [s, e) name a place the draft's
// registry lists by a name with a joining word in it — a capital or a
// country as an alias ("Port of Spain" for its country) — which the lists
// of known places need not hold: read at its "of", such a name splits into
// a word and its complement and names no one, so "<Name> of <Name>, …,
// said" had no subject. A name after "for" or "of" (perhaps with "the")
// is the seat in another body's name ("<Unit> of the <Agency> for the
// <Republic of Name>"), which a phrase read from the verb back may start
// inside: it is left to the reading of the whole name.
func (p *para) regJoinedPlace(s, e int) bool {
	if p.sc == nil || len(p.sc.joinedPlaces) == 0 {
		return false
	}
	if b := s - 1; b >= 0 {
		if p.lowerAt(b) == "the" {
			b--
		}
		if l := p.lowerAt(b); l == "for" || l == "of" {
			return false
		}
	}
	k := p.lower[p.toks[s].s:p.toks[e-1].e]
	if isPossessive(k) {
		k = stripPossessive(k)
	}
	return p.sc.joinedPlaces[k]
}

// regJoinedBody reports whether "and" at token j joins the capitals
// before it, from i on, to those after it in one name the registry lists
// for a body: a department named for two fields and its country ("<Field>
// and <Field> <Country>"), a body named for two causes ("<Cause> and
// <Cause> Trust"), which the name rules cut at the "and" when neither
// side ends in a body's head word or a title. Cut, the subject of "…,
// warning that", of "said <Body>" after a quote or of "According to
// <Body>" was the first field alone, a person. The registry's names are
// looked up only where a chunk stops at "and" and the registry has such a
// body at all; the name may start at any of the chunk's words (a title
// before it: "a spokesperson for <Field> and …") and end at any of the
// few capitals after the "and".
func (p *para) regJoinedBody(i, j, hi int) bool {
	if p.sc == nil || len(p.sc.joinedBodies) == 0 || !p.isNameWord(j+1) {
		return false
	}
	for s := j - 1; s >= i && s >= j-4; s-- {
		if !p.isNameWord(s) {
			break
		}
		for e := j + 1; e < hi && e <= j+5 && p.isNameWord(e) && p.toks[e].q == 0; e++ {
			if p.joinedBodyAt(s, e+1) {
				return true
			}
		}
	}
	return false
}

// innerNameAt reports whether tokens [a, b), a possessive's ending
// aside, spell a registry name with an inner word in lower case as the
// registry writes it, case and all: the same words in other case are
// copy's own words, no name.
func (p *para) innerNameAt(a, b int) bool {
	inner := false
	for i := a + 1; i < b-1 && !inner; i++ {
		inner = p.sc.innerWords[p.lw(i)]
	}
	if !inner {
		return false
	}
	s, e := p.toks[a].s, p.toks[b-1].e
	k := p.lower[s:e]
	if isPossessive(k) {
		k = stripPossessive(k)
	}
	n, ok := p.sc.innerNames[k]
	return ok && strings.HasPrefix(p.text[s:e], n)
}

// innerNameEnd returns where a registry name with inner words in lower
// case ends when token j is one of them and the name starts at one of the
// chunk's capitals from i on; 0 when none does. A chunk cut at the inner
// word left its last capitals ("according to <Word> o <Word>") to stand
// alone for a name the registry does not know.
func (p *para) innerNameEnd(i, j, hi int) int {
	for s := j - 1; s >= i && s >= j-4 && p.isNameWord(s); s-- {
		for e := j + 1; e < hi && e <= j+5 && p.isWordAt(e) && p.toks[e].q == 0; e++ {
			if p.isNameWord(e) && p.innerNameAt(s, e+1) {
				return e + 1
			}
		}
	}
	return 0
}

// innerNameStart returns where a registry name with inner words in lower
// case begins when the word before token j is one of them and the name
// ends at b, read from a verb back; -1 when none does. Read back from its
// verb, "<Word> o <Word> said" stopped at the inner word, and its last
// capitals alone named someone the registry does not know.
func (p *para) innerNameStart(j, lo, b int) int {
	for s := j - 2; s >= lo && s >= j-6; s-- {
		if !p.isWordAt(s) {
			return -1
		}
		if p.isNameWord(s) {
			if p.innerNameAt(s, b) {
				return s
			}
		}
	}
	return -1
}

// joinedBodyAt reports whether tokens [a, b), a possessive's ending
// aside, are a name regJoinedBody joins: the phrase reader takes them for
// the body whole, since a name with "and" between its capitals reads as
// two names otherwise.
func (p *para) joinedBodyAt(a, b int) bool {
	and := false
	for i := a + 1; i < b-1 && !and; i++ {
		and = p.lw(i) == "and"
	}
	if !and {
		return false // every key holds " and ": no look-up without one
	}
	k := p.lower[p.toks[a].s:p.toks[b-1].e]
	if isPossessive(k) {
		k = stripPossessive(k)
	}
	return p.sc.joinedBodies[k]
}

// joinedName reports whether a name of several words holds a joining word
// in lower case: "of", "and", "the", "de" between its capitals.
func joinedName(n string) bool {
	words := strings.Fields(n)
	for _, w := range words[min(1, len(words)):] {
		if w == "and" || w == "the" || placeJoins[w] {
			return true
		}
	}
	return false
}

// stateFormAt reports whether "of" at i joins a state's own form to its
// name ("Commonwealth of <Name>", "Republic of <Name>"), one capital
// after it: inside a body's name that ends in its head word ("the
// Commonwealth of <Name> Police Force") the state is the body's seat, not
// a complement that splits the name.
func (p *para) stateFormAt(i int) bool {
	return p.lw(i) == "of" && p.isNameWord(i-1) && stateForms[p.lw(i-1)] && p.isNameWord(i+1) && !p.isRoleAt(i+1) && !p.isOrgHeadAt(i+1)
}

// stateForms are the words a state's official name opens with before "of".
var stateForms = set(`commonwealth republic kingdom principality grand-duchy sultanate emirate state`)

// placeOfWords name a kind of place before "of" and its name. A state's
// own form ("Republic of", "State of", "Kingdom of") is left out: copy names
// the country so, which the rules read as the country.
var placeOfWords = set(`isle island islands city county province district region municipality borough`)

// acronymOf reports whether a bracketed acronym right after [a, b) spells
// the initials of its capitals: "Joint Chiefs of Staff (JCS)".
func (p *para) acronymOf(a, b int) bool {
	if b+2 >= len(p.toks) || p.lowerAt(b) != "(" || p.lowerAt(b+2) != ")" || b-a < 2 {
		return false
	}
	if w := p.word(b + 1); !isAcronym(w) {
		// "<First> <Second> d'<Third> (<F><S>d<T>)": a particle's
		// initial kept in lower case; the words must spell it.
		return particleAcronym(w) && p.spellsOut(a, w) == p.textOf(a, b)
	}
	ini := initials(p.textOf(a, b))
	return len(ini) >= 2 && ini == strings.ReplaceAll(p.word(b+1), ".", "")
}

// gaelicLink reports whether token i is the "a'" of a Gaelic surname
// after "Nic" or "Mac" ("Nic a' Phearsain", "Mac a' Ghobhainn"): "a" in
// lower case, then an apostrophe token of its own.
func (p *para) gaelicLink(i int) bool {
	if i < 1 || i+1 >= len(p.toks) || p.lw(i) != "a" || p.toks[i].isCap(p.text) {
		return false
	}
	if l := p.lw(i - 1); l != "nic" && l != "mac" {
		return false
	}
	w := p.word(i + 1)
	return (w == "'" || w == "’") && p.toks[i+1].s == p.toks[i].e
}

// relationHeads are bodies' words that, after an owner's possessive, name
// others the owner deals with ("the agency's partners"), not the owner.
var relationHeads = set(`partners`)

// bodyStaff are a body's people who speak in its name when the body's
// name goes before them ("<Agency> reviewers", "<Firm> lawyers"), unlike
// its rank and file or those who merely use it (drivers, players, fans).
var bodyStaff = set(`reviewers inspectors investigators auditors examiners negotiators
	scientists researchers economists analysts strategists prosecutors`)

// rankAndFile are a body's people who do not speak for it: "the workers
// of X said" is the workers, not X, as "leaders of X" would be.
var rankAndFile = set(`workers employees members residents students customers passengers staffers
	tenants patients pupils parents`)

// describesPerson reports whether a lower-case word says what someone
// is: a title or occupation, a person noun, or a word for someone to whom
// something is done ("retiree", "evacuee", "detainee").
func describesPerson(w string) bool {
	if r := strings.TrimPrefix(w, "co-"); len(r) < len(w) && (isRoleWord(r) || occupationWord(r)) {
		return true // "co-author", "co-pilot": one of two or more who are so
	}
	_, noun := personNouns[w]
	return noun || isRoleWord(w) || occupationWord(w) || len(w) > 5 && strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "cee")
}

// onlyNationalities reports whether every capitalised word of [a, b) is
// an adjective of nationality: "Brazilian", "South Korean".
func (p *para) onlyNationalities(a, b int) bool {
	for i := a; i < b; i++ {
		if !p.toks[i].isCap(p.text) {
			continue
		}
		w := p.word(i)
		if isPossessive(w) || isAcronym(w) || !isNationality(w) && !demonyms[strings.ToLower(w)] && !(i+1 < b && p.toks[i+1].isCap(p.text)) {
			return false
		}
	}
	return true
}

// nameTail returns where a name ends a phrase [a, b) whose title, with an
// "of" or "for" in it, ends in a title word just before the name, or -1.
func (p *para) nameTail(a, b int) int {
	k := b
	for k > a && p.isNameWord(k-1) {
		k--
	}
	if k < b && k-1 > a && !p.isRoleAt(k-1) && !p.isOrgHeadAt(b-1) && !placeWords[p.lw(b-1)] {
		// "<Body> of <Place> <Title> X Y": a capitalised title word
		// inside the capitals ends the title; the name, of two words or
		// more and no body's, is after it.
		for m := b - 3; m > k; m-- {
			if _, given := p.givenGenderAt(m); p.isRoleAt(m) && p.toks[m].class&cCap != 0 && !given {
				k = m + 1
				break
			}
		}
	}
	if k == b || k-1 <= a || !(p.isRoleAt(k-1) || p.modifiedJob(k-1) || p.placeUnitAt(k-1)) || !allNameWords(p, k, b) {
		return -1
	}
	for i := a + 1; i < k-1; i++ {
		if l := p.lw(i); l == "of" || l == "for" {
			return k
		}
	}
	return -1
}

// placeUnitAt reports whether token i is the lower-case word for a
// division of the country ("province", "aimag", "oblast") after the
// capitalised name of the place: "Governor of <Place> province X Y"
// ends its title there, and the capitals after it are the holder.
func (p *para) placeUnitAt(i int) bool {
	return i > 0 && p.isWordAt(i) && !p.toks[i].isCap(p.text) && placeUnits[p.lw(i)] && p.isWordAt(i-1) && p.toks[i-1].isCap(p.text)
}

// placeUnits are the words for a country's divisions that copy writes in
// lower case after the division's name.
var placeUnits = set(`province aimag soum oblast raion region district county prefecture governorate
	municipality state`)

// modifiedJob reports whether token i is a job in lower case that the
// lists do not know, made a title by a rank in lower case before it
// ("senior forecaster", "chief hydrographer", "lead investigator").
func (p *para) modifiedJob(i int) bool {
	if !p.wordOf(i-1, cRoleMod) || !p.isWordAt(i) || p.toks[i].isCap(p.text) || p.toks[i-1].isCap(p.text) {
		return false
	}
	return p.toks[i].class&(cFunction|cSpeech|cDet|cPrep|cSkip|cPronoun) == 0 && p.toks[i-1].class&cRoleMod != 0 && rankWords[p.lw(i-1)]
}

// joinedJob reports whether token i is a job in lower case that the
// lists do not know, named by its ending as a doer's (endsAgent), that a
// title in lower case and "and" open, with one or two words of its field
// between, right before a name: "<label> and <field> <job> <Given>
// <Surname>" gives the person two labels, the second the trade the name
// follows (as lowerTitleAfter reads the chunk).
func (p *para) joinedJob(i, hi int) bool {
	if i+1 >= hi || i < 3 || p.toks[i].class&(cCap|cFunction|cSpeech|cDet|cPrep|cSkip|cPronoun) != 0 || !p.isNameWord(i+1) || !endsAgent(p.lw(i)) {
		return false
	}
	for k := i - 1; k >= i-3 && k >= 1; k-- {
		if p.lw(k) == "and" {
			return k < i-1 && p.toks[k-1].class&(cRole|cCap) == cRole
		}
		if !p.isWordAt(k) || p.toks[k].class&(cCap|cFunction|cRole) != 0 {
			return false
		}
	}
	return false
}

// bodyJob reports whether token i is a job in lower case that the lists
// do not know, named by its ending as a doer's ("forecaster",
// "hydrographer", "conservator": endsAgent), between a body's acronym or
// head word and a name of a given name the lists know and a surname:
// "<ACR> <job> <Given> <Surname>", "<Body> <job> <Given> <Surname>". The
// body says where the person works, the noun what they do; the capitals
// after it are the person.
func (p *para) bodyJob(i, hi int) bool {
	if i < 1 || i+2 >= hi || !p.isWordAt(i) || p.toks[i].isCap(p.text) || !p.toks[i-1].isCap(p.text) ||
		p.toks[i].class&(cFunction|cSpeech|cDet|cPrep|cSkip|cPronoun) != 0 || !endsAgent(p.lw(i)) {
		return false
	}
	if !isAcronym(p.word(i-1)) && !p.isOrgHeadAt(i-1) {
		return false
	}
	if _, given := p.givenGenderAt(i + 1); !given || !p.isNameWord(i+2) || p.isRoleAt(i+2) || p.isOrgHeadAt(i+2) {
		return false
	}
	return true
}

// classOrdinals are the grades of a service rank written before "Class":
// "Petty Officer 2nd Class", "Airman First Class".
var classOrdinals = set(`1st 2nd 3rd first second third`)

// gradeWords are the nouns an ordinal grades a service rank with: "Class"
// in English ranks, "Rank" in the naval ranks of Russian, Ukrainian and
// Bulgarian fleets written in English ("<Rank> <Ordinal> Rank"). After an
// ordinal the word closes the title; it never opens a name.
var gradeWords = set(`class rank`)

// classYearAt reports whether token j is a school or college year in
// lower case ("senior", "junior") between a field in capitals and a
// name of two words or more: "<Field> senior X Y" describes a student, as "<Field> sophomore"
// does; a rank there would take a job after it ("senior economist").
func (p *para) classYearAt(j int) bool {
	if !p.isWordAt(j) || p.toks[j].isCap(p.text) || !classYears[p.lw(j)] || j < 1 || !p.isNameWord(j-1) || !p.isNameWord(j+1) || p.isRoleAt(j+1) || p.isRoleAt(j-1) || p.isOrgHeadAt(j-1) {
		return false
	}
	return p.isNameWord(j+2) && !p.isRoleAt(j+2)
}

// classYearIn returns the token of a school or college year (classYearAt)
// in [a, b) with only name words after it to b, or 0.
func (p *para) classYearIn(a, b int) int {
	for m := a + 1; m+2 <= b; m++ {
		if p.toks[m].kind == tWord && p.toks[m].class&cRoleMod != 0 && p.classYearAt(m) && allNameWords(p, m+1, b) {
			return m
		}
	}
	return 0
}

// classYears are the years of a school or college that copy puts before a
// student's name.
var classYears = set(`senior junior`)

// rankWords are the role modifiers that say how senior someone is in
// their job, so the word after them is the job.
var rankWords = set(`senior chief deputy principal lead junior assistant associate acting`)

// stripSeatPlace takes a country or city off the front of a name read
// after "to", "of" or "in": "Ambassador of X to Y A B" ends its title at
// the place Y, and A B is the name. The place is no given name ("Jordan",
// "Chad") and two to four name words follow it.
func (p *para) stripSeatPlace(r *ref, a, b int) {
	if r.det != "" || r.role != "" || a == 0 {
		return
	}
	switch p.lowerAt(a - 1) {
	case "to", "of", "in":
	default:
		return
	}
	k := a + 1
	if !isKnownPlace(p.word(a)) {
		if a+1 >= b || !isKnownPlace(p.textOf(a, a+2)) {
			return
		}
		k = a + 2
	} else if _, given := p.givenGenderAt(a); given {
		return
	}
	if n := b - k; n < 2 || n > 4 || !allNameWords(p, k, b) || isPossessive(p.word(a)) || p.isOrgHeadAt(b-1) || p.placeEndsAt(k) {
		return
	}
	r.name = p.nameOf(k, b)
}

// placeEndsAt reports whether a country, territory or city of the lists
// ends at token k, in one word or two ("Pakistan", "Marshall Islands").
// The place stands after "of", "to", "in" or "the", as a title's
// complement has it, not inside a name ("JSC X Railways", "X's").
func (p *para) placeEndsAt(k int) bool {
	if !p.isWordAt(k) || isPossessive(p.word(k)) {
		return false
	}
	a := k
	if !isKnownPlace(p.word(k)) {
		if k == 0 || !p.isWordAt(k-1) || !isKnownPlace(p.textOf(k-1, k+1)) {
			return false
		}
		a = k - 1
	}
	switch p.lowerAt(a - 1) {
	case "of", "to", "in", "the":
		return true
	}
	return false
}

// nameInComplement finds where a person's name starts in the capitalised
// words [i, b) after a title's "of" or "for", or returns -1.
func (p *para) nameInComplement(i, b int) int {
	k := p.complementName(i, b)
	if k < 0 || p.rankOpensBody(k, b) {
		return -1
	}
	// A plain honorific among the words taken for the name ends the
	// title: "… of Water Supply Mr X Y" is X Y, whichever word of the
	// field the rules above took to open the name.
	for j := b - 2; j >= k; j-- {
		if p.isWordAt(j) && p.toks[j].class&cHonor != 0 && plainHonorifics[p.lw(j)] && allNameWords(p, j+1, b) {
			return j + 1
		}
	}
	return k
}

// rankOpensBody reports whether the capitals from k to b, after a
// capitalised rank at k-1, are no person but the rest of a body's name
// the rank word opens as an adjective ("<Major> <Field>s <City>"): two
// words or more, none a known given name, the last a known place. A
// person after a rank is named by a given name or a surname, never by a
// field and a city.
func (p *para) rankOpensBody(k, b int) bool {
	if b-k < 2 || k < 1 || !p.isRoleAt(k-1) || p.toks[k-1].class&cCap == 0 || !p.isNameWord(k-1) || !isKnownPlace(p.word(b-1)) || p.placeEndsAt(k) {
		return false
	}
	field := b-k == 2
	for m := k; m < b-1; m++ {
		if _, given := p.givenGenderAt(m); given || !p.isNameWord(m) || p.toks[m].class&cHonor != 0 {
			return false
		}
		if p.isOrgHeadAt(m) || industryFields[p.lw(m)] {
			field = true
		}
	}
	// Two capitals or more before the place with no word of a body or a
	// field among them are a given name and surnames the lists do not
	// know, the last of them a surname spelt as a place ("<Rank> <Given>
	// <Surname> <Surname>", as Portuguese and Spanish names run).
	return field
}

// kindWordNamesBody reports whether the capitals from c to b in a title's
// complement from i follow a body's kind word in lower case after an
// article ("<role> of the organization <Name> <Name>", "for the
// collective <Name>"): the kind word introduces the body's name, every
// capital after it, which is no person unless it opens on a known given
// name.
func (p *para) kindWordNamesBody(i, c, b int) bool {
	k := c - 1
	if k < i || !p.isWordAt(k) || p.toks[k].class&cCap != 0 || !p.isDet(k-1) || !allNameWords(p, c, b) {
		return false
	}
	if w := p.lw(k); !orgHeads[w] && !orgDescriptors[w] || businessHeads[w] {
		return false
	}
	_, given := p.givenGenderAt(c)
	return !given
}

// honorificAfterSeat reports whether the "at" or "to" at token j joins a
// title in the chunk [i, j) to the body it is held at, or the state an
// envoy is sent to, and the holder's name after it ("<Title> at the
// <Body> of <Field> Dr. X Y", "Ambassador of <State> to the Republic of
// <State> Mr. X Y"): capitals (a body's with its head word, after "at")
// run from "at (the)" or "to (the)" to a plain honorific and a name. The
// honorific marks where the body or state ends, which capitals alone
// cannot; without one the title and the name are left apart.
func (p *para) honorificAfterSeat(i, j, hi int) bool {
	if !p.hasRoleIn(i, j) {
		return false
	}
	k := j + 1
	if p.lowerAt(k) == "the" {
		k++
	}
	head := false
	for n := k; n < hi && n < k+10; n++ {
		if !p.isWordAt(n) {
			return false
		}
		if p.toks[n].class&cHonor != 0 && plainHonorifics[p.lw(n)] {
			return (head || p.lw(j) == "to") && n > k && p.isNameWord(n+1)
		}
		switch l := p.lw(n); {
		case p.isOrgHeadAt(n) && p.toks[n].isCap(p.text):
			head = true
		case p.isNameWord(n):
		case n > k && (l == "of" || l == "for" || l == "and"):
		default:
			return false
		}
	}
	return false
}

// plainHonorifics are the honorifics that are never part of a name: "Mr",
// "Ms", "Mrs", "Miss", "Mx", "Dr", with or without a full stop.
var plainHonorifics = set(`mr mr. mrs mrs. ms ms. miss mx mx. dr dr.`)

// orgHeadIn reports whether a body's head word ("Council", "Ministry")
// stands among tokens [a, b): a field's word before it opens a body's
// name ("Arts Council <Nation>"), not a person's.
func (p *para) orgHeadIn(a, b int) bool {
	for k := a; k < b; k++ {
		if p.isWordAt(k) && p.isOrgHeadAt(k) {
			return true
		}
	}
	return false
}

// complementName is nameInComplement before an honorific inside the name
// is looked for.
func (p *para) complementName(i, b int) int {
	if stateForms[p.lw(b-1)] || p.lw(b-1) == "federation" {
		// "… of the <Adjective> People's Democratic Republic": a state's
		// formal name, its form last, ends the title; no one is called
		// "Republic" or "Kingdom".
		return -1
	}
	if b-1 > i && p.isNameWord(b-1) && runOnInitialName(p.word(b-1)) {
		// "Minister of Food and Light Industry B.Tsogt": a Mongolian name
		// is one word, its father's initial run on; the title ends before it.
		return b - 1
	}
	var caps []int
	for k := i; k < b; k++ {
		if p.isNameWord(k) {
			caps = append(caps, k)
		}
	}
	if len(caps) < 2 || !allNameWords(p, caps[len(caps)-1], b) {
		return -1
	}
	if p.bodyBeforeApposedName(caps[0], b) || p.kindWordNamesBody(i, caps[0], b) {
		return -1
	}
	if len(caps) >= 2 && len(caps) <= 4 && caps[1] == caps[0]+1 && p.lw(caps[0]) == "appeal" && p.lowerAt(caps[0]-1) == "of" && allNameWords(p, caps[1], b) && (len(caps) > 2 || surnameLike(p.word(caps[1]))) {
		// "Justice of Appeal <Surname>", "Judge of Appeal <Given>
		// <Surname>": an appellate judge's title ends in "of Appeal",
		// and the capitals after it are the judge, named by the surname
		// alone as court copy often names judges.
		return caps[1]
	}
	if n := p.surnameAfterBody(i, caps, b); n >= 0 {
		return n
	}
	for n := len(caps) - 3; n >= 0; n-- {
		// "Minister of State for Foreign Affairs X Y Z": the last field
		// ends the title; the two to four capitals after it, none a
		// field, are the name, whichever of them is a given name.
		if p.fieldAt(caps[n]) {
			if m := len(caps) - 1 - n; m <= 4 && p.isNameWord(caps[n]+1) && allNameWords(p, caps[n]+1, b) && !p.hasRoleIn(caps[n]+1, b) && !p.orgHeadIn(caps[n]+1, b) {
				return caps[n] + 1
			}
			break
		}
		// "Minister of Foreign Affairs of the Republic of X A B C",
		// "Ambassador of X to Y A B": a country or city ends the title,
		// and the two to four capitals after it are the name.
		if m := len(caps) - 1 - n; m >= 2 && m <= 4 && caps[n+1] == caps[n]+1 && p.placeEndsAt(caps[n]) && allNameWords(p, caps[n]+1, b) && !p.hasRoleIn(caps[n]+1, b) && !p.placeEndsAt(caps[n]+1) && !p.isOrgHeadAt(b-1) {
			return caps[n] + 1
		}
		if k := p.nameAfterHead(caps, n, b); k >= 0 {
			return k
		}
		if !p.isNameWord(caps[n]+1) && !(p.isWordAt(caps[n]+1) && particles[p.lw(caps[n]+1)]) {
			break // a field list's "and": not among the name's capitals
		}
	}
	for n := len(caps) - 3; n > 0; n-- {
		// "… to the UN in Geneva Ambassador X Y Z": a capitalised title
		// or courtesy title ("… for Welfare Datuk X Y Z") inside the
		// capitals ends the title; the two or more names after it are
		// the person's.
		// The words after it must hold no body's head word: "a spokesperson
		// for the <State> Attorney General's Office" names an office.
		if k := caps[n]; (p.isRoleAt(k) || p.courtesyAt(k)) && !p.isRoleAt(k+1) && allNameWords(p, k+1, b) && !p.orgHeadIn(k+1, b) {
			if _, given := p.givenGenderAt(k); !given && p.toks[k].class&cCap != 0 {
				return k + 1
			}
		}
	}
	for n, k := range caps[:len(caps)-1] {
		if _, ok := p.givenGenderAt(k); ok && allNameWords(p, k, b) && n > 0 && !p.fieldAfterHead(k) {
			if n > 1 && caps[n-1] == k-1 && b-k <= 3 && eastAsianFamilyNames[p.lw(k-1)] {
				// "… for <Place> <Family> <Given> <Given>": a common
				// East Asian family name before the given name opens
				// the name, family name first.
				return k - 1
			}
			return p.particleStart(k, i)
		}
		if n > 0 && isInitial(p.word(k)) && allNameWords(p, caps[n-1], b) && n > 1 {
			return caps[n-1]
		}
	}
	if _, ok := p.givenGenderAt(caps[0]); ok && len(caps) == 2 {
		return caps[0]
	}
	for n, k := range caps[:len(caps)-1] {
		if n+3 >= len(caps)-1 && p.lowerAt(k-1) == "the" && p.lowerAt(k-2) == "and" && allNameWords(p, k+1, b) {
			// "for Culture and the Environment Tay Hui Min": a field after
			// "and the" is the title's last; the two or three capitals
			// after it are the name, family name first or not.
			return k + 1
		}
	}
	if len(caps) < 3 || p.isOrgHeadAt(caps[len(caps)-1]) {
		return -1
	}
	if p.spokesFor(i, b) && !p.hasRoleIn(i, b) {
		// "a spokesman for X Y Z" with no given name or title in it:
		// whom a spokesperson is for is a body, not a person after its
		// last words.
		return -1
	}
	from := len(caps) - 2
	if surnameParticle(p.lw(caps[from])) && from > 0 {
		from--
	} else if from > 1 && (vietnameseFamilyNames[p.lw(caps[from-1])] || eastAsianFamilyNames[p.lw(caps[from-1])]) {
		from-- // "Minister of <Field> <Family> <Given> <Given>": family name first, then two
	} else if from > 2 && vietnameseFamilyNames[p.lw(caps[from-2])] && vietnameseMiddleNames[p.lw(caps[from-1])] {
		from -= 2 // four words: family, middle ("Thi", "Van"), two given
	}
	if !allNameWords(p, caps[from], b) {
		return -1
	}
	if p.allRoles(caps[from], b) {
		return -1 // "… for the <Place> Attorney General": a title of two words, no one named
	}
	for _, k := range caps[from:] {
		if isPortfolio(p.lw(k)) {
			return -1 // "Minister of State for Foreign Trade": a field, no name
		}
	}
	if l := p.lowerAt(caps[from] - 1); l == "and" || l == "&" {
		return -1 // the last of a body's listed fields: "Ministry of Trade and Regional Development"
	}
	if waterNames[p.lw(b-1)] || isKnownPlace(p.textOf(caps[from], b)) {
		// "Governor of the <Name> Sea": the last capitals are the
		// place the title is for, a sea or a known place, no one's name.
		return -1
	}
	return p.particleStart(caps[from], i)
}

// fieldAfterHead reports whether token k follows "<Head> of", the head a
// capitalised body's head word ("<Department> of <Field>"): what follows
// is the body's field, though its first word is someone's given name
// elsewhere.
func (p *para) fieldAfterHead(k int) bool {
	return k >= 2 && p.lowerAt(k-1) == "of" && p.toks[k-2].isCap(p.text) && p.isOrgHeadAt(k-2)
}

// surnameAfterBody returns the last of a title's capitals, from i on, when
// the one before it is a body's head word or acronym and the body follows
// "of the" or "for the" ("<Title> for the <Words> Service <Surname>",
// "<Title> of the <ACR> <Surname>"): no one's given name is "Service" or
// "Directorate", so the body's name ends the title and the person is
// named by the surname alone, as wire copy names a spokesperson it never
// names in full. Read as the last two capitals, the name was "<Head>
// <Surname>", which the surname alone and "he" later resolved to. The last
// word must be no place, field, title or head word itself (surnameLike);
// -1 otherwise.
func (p *para) surnameAfterBody(i int, caps []int, b int) int {
	if l := p.lowerAt(i - 2); p.lowerAt(i-1) != "the" || l != "of" && l != "for" {
		return -1 // "an economist at <Bank> <Name>", "analysts at <ACR> <Name>": a firm's name whole
	}
	n := len(caps)
	last, before := caps[n-1], caps[n-2]
	if last != b-1 || before != last-1 || !(p.isOrgHeadAt(before) || isAcronym(p.word(before)) && !strings.Contains(p.word(before), ".")) {
		return -1
	}
	if placeWords[p.lw(last)] || !surnameLike(p.word(last)) {
		return -1
	}
	return last
}

// nameAfterHead returns where a name of three or four words starts after
// the head word caps[n] of a body's or a place's name among a title's
// capitals ("<Title> of <Words> <Head|City|District> <Given> <Middle>
// <Surname>"), else -1. Such a name ends at its head word, so every
// capital after it is the person's;
// read as the last two capitals, the name lost its first word to the
// title. Every word after the head must be a name's: no title, head
// word, field, acronym, place or nationality (surnameLike), so a body's
// name that runs on past its head ("<Words> Council <Place>", "<Words>
// Service Board") stays whole; after the first, a given name the lists
// know (a father's name) and a family name that opens on a particle
// joined by a hyphen ("al-<Surname>") are a name's too. Two words after the head
// are left to the rules below, which read them so already.
func (p *para) nameAfterHead(caps []int, n, b int) int {
	k := caps[n]
	m := len(caps) - 1 - n
	if m < 3 || m > 4 || caps[n+1] != k+1 || !p.toks[k].isCap(p.text) || !allNameWords(p, k+1, b) {
		return -1
	}
	if !headNoGiven(p.word(k)) && !placeWords[p.lw(k)] {
		return -1
	}
	for j := k + 1; j < b; j++ {
		w := p.word(j)
		if h := strings.IndexByte(w, '-'); h > 0 && j > k+1 && particles[strings.ToLower(w[:h])] {
			w = w[h+1:] // "al-<Surname>": an Arabic family name opens on its article
		}
		if _, given := p.givenGenderAt(j); given && j > k+1 {
			continue // a father's name the lists know ("<Given> <Father's> al-<Surname>")
		}
		if !surnameLike(w) || isPossessive(p.word(j)) {
			return -1
		}
	}
	return k + 1
}

// bodyBeforeApposedName reports whether the title's capitals from k to b
// follow "of the" or "for the" and a name set off by commas follows them
// ("the <title> of the <Words> <Words>, <Surname>, said"): a person's
// name takes no article, and the name after the comma is the holder's, so
// the capitals are all the body's, whatever its last word.
func (p *para) bodyBeforeApposedName(k, b int) bool {
	if l := p.lowerAt(k - 2); p.lowerAt(k-1) != "the" || l != "of" && l != "for" || !p.isComma(b) || !p.isNameWord(b+1) {
		return false
	}
	e := b + 1
	for e < len(p.toks) && e <= b+4 && p.isNameWord(e) {
		e++
	}
	return e < len(p.toks) && p.isComma(e) && !p.isRoleAt(b+1) && !p.isOrgHeadAt(e-1)
}

// waterNames end the names of seas and waters, which no person's name
// ends in.
var waterNames = set(`sea ocean gulf strait lagoon`)

// particleStart widens a name starting at token k back over a particle in
// lower case that joins it to the word before ("X bin Y Z", "X van Y"):
// the two last capitals of a name with "bin" or "van" inside are its
// father's name and the family's, not the whole name. It stops at i.
func (p *para) particleStart(k, i int) int {
	for k-2 >= i && p.isWordAt(k-1) && particles[p.lw(k-1)] && !p.toks[k-1].isCap(p.text) && p.isNameWord(k-2) &&
		!p.isRoleAt(k-2) && !p.isOrgHeadAt(k-2) && !isPortfolio(p.lw(k-2)) && p.toks[k-2].class&cHonor == 0 {
		k -= 2
	}
	return k
}

// fieldOnly reports whether a title's complement [i, b) ends in just two
// capitals after its last "of" or "for", the first no given name: after
// "the" they are the field ("the Minister of State for Artificial
// Intelligence"), as a name after such a title has two words of its own.
func (p *para) fieldOnly(i, b int) bool {
	k := b - 2
	if k <= i || !p.isNameWord(k) || !p.isNameWord(k+1) {
		return false
	}
	if l := p.lowerAt(k - 1); l != "of" && l != "for" {
		return false
	}
	_, given := p.givenGenderAt(k)
	return !given
}

// spokesFor reports whether the words before token i are a spokesperson's
// title and "for" right before the capitals [i, b). "For the" may lead into
// a place and a title before a person ("for the West Sea Commodore X Y");
// but capitals after "the" with an "of" or "and" of their own ("for the
// <Isle> of <Man> <Head>") are a body's name, however its last words look,
// as a person's name takes neither an article nor a joiner.
func (p *para) spokesFor(i, b int) bool {
	if p.lowerAt(i-1) == "the" {
		joined := false
		for k := i + 1; k < b-1 && !joined; k++ {
			l := p.lw(k)
			joined = (l == "of" || l == "and") && p.isWordAt(k) && !p.toks[k].isCap(p.text)
		}
		if !joined {
			return false
		}
		i--
	}
	return p.lowerAt(i-1) == "for" && strings.HasPrefix(p.lowerAt(i-2), "spokes")
}

// allRoles reports whether every token of [a, b) is a title's word
// ("Attorney General", "Secretary General"): a title, not a name.
func (p *para) allRoles(a, b int) bool {
	for k := a; k < b; k++ {
		if !p.isRoleAt(k) {
			return false
		}
	}
	return a < b
}

// hasRoleIn reports whether a title word stands in [a, b).
func (p *para) hasRoleIn(a, b int) bool {
	for k := a; k < b; k++ {
		if p.isRoleAt(k) {
			return true
		}
	}
	return false
}

// vietnameseFamilyNames are the commonest Vietnamese family names, which
// open a name of three words (family, middle, given): after a title's
// complement they start the name, not the two words after them.
var vietnameseFamilyNames = set(`nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan
	vu vũ vo võ dang đặng bui bùi do đỗ ho hồ ngo ngô duong dương ly lý trinh trịnh dinh đinh truong
	trương luong lương doan đoàn`)

// eastAsianFamilyNames are the commonest Chinese (in pinyin, Wade-Giles
// and the Cantonese and Hokkien spellings of Hong Kong, Singapore and
// Malaysia), Korean and Japanese family names, which English copy from
// those countries writes first ("<Family> <Given> <Given>", "<Family>
// <Given>-<given>"). Words that are also common English words or a
// function word ("Long", "Law", "Do", "He") are left out; the list is
// asked only of a capitalised word that opens a name before more names.
var eastAsianFamilyNames = set(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo gao lin
	luo zheng liang xie tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng wei
	su lu ding ren shen yao cui zhong tan liao jin shi jia xia fu fang zou xiong bai meng qin qiu hou yin xue
	yan duan lei tao mao hao gu shao qian dai kong xiang chang
	chan wong leung lau cheung ng lam tsang ho chow lai kwok yip tse mak fung lo tam yuen lui siu poon chu
	kwan yeung choi szeto
	lim lee goh chua koh teo ang yeo tay toh sim chong chia seah foo heng yap quek soh chew loh tong phua
	pang kok neo khoo png chng wee ong
	tsai hsu hsieh kuo hung chiu tseng chou yeh chuang chiang kao chien chung hsiao weng
	kim park choi jung jeong kang cho yoon jang shin kwon hwang ahn song jeon hong yoo moon son bae baek
	heo nam noh kwak cha joo ryu jin eom chae cheon hyun ham byun yeom
	sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
	yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita
	ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo
	aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa kishida ishiba`)

// vietnameseMiddleNames are the middle names that mark a Vietnamese name
// of four words as a woman's or a man's.
var vietnameseMiddleNames = set(`thi thị van văn`)

// runOnInitialName reports whether a word is a whole name written as
// Mongolian copy writes one: the father's initial, its full stop and the
// given name with no space between ("B.Tsogt", "Ts.Delger"). The initial is
// one capital or a capital and the lower-case letter that spells one
// Cyrillic letter in Latin (Ch, Sh, Ts, Kh, Zh, Ya, Ye, Yo, Yu); a given
// name of three letters or more follows. "Dr.X" and "St.Y" are no initials.
func runOnInitialName(w string) bool {
	dot := strings.IndexByte(w, '.')
	if dot < 1 || dot > 2 || len(w)-dot < 4 || w[0] < 'A' || w[0] > 'Z' || w[dot+1] < 'A' || w[dot+1] > 'Z' {
		return false
	}
	if dot == 2 {
		switch w[:2] {
		case "Ch", "Sh", "Ts", "Kh", "Zh", "Ya", "Ye", "Yo", "Yu":
		default:
			return false
		}
	}
	for k := dot + 2; k < len(w); k++ {
		if c := w[k]; c == '.' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return false // "U.S.A", "A.BC": initials or an acronym, not a given name
		}
	}
	return true
}

// isInitial reports whether a word is a middle initial: "P.".
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// surnameParticle reports whether a capitalised word opens a surname
// rather than a name: Irish Ó, Ní, Mac, Nic; Arabic Al, Bin.
func surnameParticle(w string) bool {
	switch w {
	case "ó", "o", "ní", "nic", "mac", "mc", "uí", "al", "bin", "ibn", "abu", "umm", "de", "van", "von", "da", "di", "del", "le", "la", "jno":
		return true
	}
	return false
}

// interpretDoc reads a phrase ending in a document noun at token d: the
// body named before it ("a State Department readout"), the body it
// belongs to ("the ministry's statement", "Turkey's statement"), or none
// ("the readout", which the body that spoke last issued).
func (p *para) interpretDoc(r *ref, a, d int) *ref {
	r.kind, r.head = refDoc, p.lw(d)
	if a < d && isPossessive(p.word(d-1)) {
		owner := p.interpret(a, d)
		if owner != nil {
			owner.text = stripPossessive(owner.text)
			switch {
			case owner.kind == refOrgDesc:
				r.orgHead = owner.head
			case owner.name != "":
				r.org = stripPossessive(owner.name)
			}
		}
		return r
	}
	from, to := -1, -1
	for i := a; i < d; i++ {
		// A month or weekday says when the document came out ("its
		// <Month> bulletin", "a <Weekday> statement"), never who wrote it.
		if p.toks[i].isCap(p.text) && p.toks[i].class&(cDay|cMonth) == 0 {
			if from < 0 {
				from = i
			}
			to = i + 1
		}
	}
	if from >= 0 && !(to-from == 1 && isNationality(p.word(from)) && !isKnownPlace(p.word(from))) {
		r.org = p.textOf(from, to)
	} else if from < 0 && d-1 >= a && p.isOrgHeadAt(d-1) {
		r.orgHead = p.lw(d - 1) // "a union statement", "the ministry memo": the body of that kind
	} else if from < 0 && d-1 >= a && issuerAdjectives[p.lw(d-1)] != "" {
		r.orgHead = issuerAdjectives[p.lw(d-1)] // "a ministerial circular"
	}
	return r
}

// demonyms are the nationalities copy uses as nouns for a person named
// before ("the Brazilian", "the Spaniard").
var demonyms = set(`american argentine argentinian australian austrian belgian brazilian briton
	british bulgarian canadian chilean chinese colombian croat croatian czech dane danish dutchman
	dutchwoman englishman englishwoman estonian ethiopian finn finnish frenchman frenchwoman
	georgian german ghanaian greek hungarian indian indonesian iranian iraqi irishman irishwoman
	israeli italian japanese kazakh kenyan korean latvian lithuanian mexican moroccan nigerian
	norwegian pakistani peruvian pole portuguese romanian russian scot scotsman saudi serb serbian
	slovak slovenian spaniard swede swiss syrian thai turk ukrainian uruguayan venezuelan
	vietnamese welshman belarusian egyptian tunisian algerian senegalese cameroonian lao khmer
	kyrgyz uzbek tajik turkmen afghan somali filipino emirati omani yemeni qatari kuwaiti
	bahraini iraqi jordanian lebanese libyan malian nigerien chadian ivorian zambian
	zimbabwean ugandan tanzanian rwandan congolese angolan mozambican
	montenegrin macedonian albanian bosnian kosovar moldovan armenian azerbaijani azeri
	mongolian cambodian malaysian singaporean bangladeshi nepali nepalese burmese fijian tongan
	samoan jamaican haitian cuban bolivian ecuadorian paraguayan panamanian guatemalan honduran
	nicaraguan maltese cypriot namibian botswanan malawian sudanese eritrean beninese togolese
	gabonese liberian gambian mauritanian mauritian malagasy burundian palestinian icelander
	luxembourger kazakhstani slovene slovakian trinidadian barbadian bahamian guyanese belizean
	salvadoran`)

// epithets are what sports and feature copy calls a person it has just
// named, in place of their name: "the teenager", "the defender". A
// position in any sport (football's and water polo's "centre-forward",
// hockey's "defenceman", cricket's "leg-spinner", American football's
// "linebacker", rugby's forwards and New Zealand's "first-five" and
// "second-five"), an event's athlete ("hurdler", "judoka") and a boxer's
// weight are all one: the player the sentences before are about.
var epithets = set(`teenager youngster veteran rookie newcomer debutant winger striker forward
	defender midfielder goalkeeper keeper playmaker captain skipper qualifier champion seed
	underdog favourite favorite finalist runner-up grandmother grandfather pensioner
	flanker back-rower fly-half scrum-half full-back fullback batter batsman bowler spinner seamer
	all-rounder wicketkeeper left-hander right-hander quarterback pitcher outfielder infielder
	shortstop sprinter swimmer rower cyclist climber jockey golfer boxer wrestler
	setter libero opposite spiker
	centre-forward center-forward centre-back center-back centre-half center-half wing-back
	left-back right-back sweeper attacker goalscorer marksman shot-stopper
	defenceman defenseman blueliner goaltender goalie netminder centreman centerman
	half-back halfback five-eighth first-five second-five lock prop hooker number-eight
	wicket-keeper wicketkeeper-batter keeper-batter
	leg-spinner off-spinner paceman pacer speedster catcher reliever slugger southpaw infielder
	linebacker cornerback lineman tailback kicker punter
	hurdler marathoner gymnast skater skier snowboarder surfer fencer archer weightlifter
	judoka karateka triathlete decathlete heptathlete canoeist kayaker paddler
	heavyweight cruiserweight middleweight welterweight lightweight featherweight
	bantamweight flyweight vice-captain co-captain medallist medalist titleholder`)

// peerTitles name a peer or a judge with one name after them ("Lord X",
// "Baroness Y"), which is how copy knows them.
var peerTitles = set(`lord lady baroness baron viscount viscountess earl countess marquess`)

// honourAcronyms are awards sports copy calls a player by, as a noun
// after "the": "the reigning MVP".
var honourAcronyms = set(`mvp goat`)

// epithetAt reports whether token i is a noun sports and feature copy
// names a person by: an epithet, an age, a capitalised demonym or an
// honour's acronym.
func (p *para) epithetAt(i int) bool {
	if !p.isWordAt(i) {
		return false
	}
	w := p.lw(i)
	return epithets[w] || isAgeWord(w) || (demonyms[w] || honourAcronyms[w]) && p.toks[i].isCap(p.text)
}

// epithetModifiers reports whether the words [a, b) only qualify an
// epithet after them: lower-case words that are no title, body or
// function word ("three-time", "former", "defending"), an age, or a
// capitalised demonym ("the Australian veteran").
func (p *para) epithetModifiers(a, b int) bool {
	for i := a; i < b; i++ {
		if !p.isWordAt(i) || isPossessive(p.word(i)) {
			return false
		}
		w := p.lw(i)
		if isAgeWord(w) || demonyms[w] && p.toks[i].isCap(p.text) {
			continue
		}
		if i == b-1 && p.toks[i].isCap(p.text) && p.toks[b].class&cRole == 0 && p.toks[i].class&(cFunction|cRole|cOrgHead) == 0 && !isKnownPlace(p.word(i)) {
			// "the former <Club> <position>", "the <Club> sprinter": the
			// club a player is known by, before a position no title list
			// has, first among the modifiers or not.
			continue
		}
		if p.toks[i].isCap(p.text) || p.toks[i].class&(cFunction|cRole|cOrgHead) != 0 || orgDescriptors[w] || placeWords[w] {
			return false
		}
	}
	return true
}

// isAgeWord reports whether w is an age used as a noun: "19-year-old".
func isAgeWord(w string) bool {
	n := strings.TrimSuffix(w, "-year-old")
	return n != w && n != "" && isNumber(n)
}

// orgDescriptors say what a body does, before its name: "carmaker Volta",
// "state grain trader Rusagrotrans". (orgHeads say it too: "news agency
// Interfax".)
var orgDescriptors = set(`trader carmaker automaker giant maker miner refiner shipper conglomerate
	startup start-up outlet website chain brand lobby broadcaster publisher platform provider
	processor distributor wholesaler`)

// seatedHeads are bodies named with where they sit: "the U.S. embassy in
// Kyiv", "China's mission to the EU".
var seatedHeads = set(`embassy consulate mission delegation office bureau chamber`)

// ownersVoice are those who speak for the body that owns them: "the
// party's leadership said" is the party speaking, and so is a union's
// local or a party's branch.
var ownersVoice = set(`leadership management local branch chapter wing`)

// kindHeads say what kind of body a name is, after the name: "the ZNP
// union", "the Law and Justice party", "the Wagner group", "the <ACR>
// union confederation".
var kindHeads = set(`union party group company firm corporation movement confederation federation`)

// allNameWordsAnd is allNameWords allowing "and" between name words.
func allNameWordsAnd(p *para, a, b int) bool {
	for i := a; i < b; i++ {
		if p.isWordAt(i) && p.lw(i) == "and" && i > a && i+1 < b {
			continue
		}
		if !p.isNameWord(i) && !(p.isWordAt(i) && p.toks[i].class&cParticle != 0 && particles[p.lw(i)]) {
			return false
		}
	}
	return a < b
}

// fieldListName reports whether [a, b) is a list of capitalised fields
// that a body's name joins after its head ("Department for <Field>,
// <Field> and <Field>"): name words, commas each followed by one, and an
// "and" before the last. The commas are the name's own, not an aside's.
func (p *para) fieldListName(a, b int) bool {
	commas, and := 0, false
	for i := a; i < b; i++ {
		switch {
		case p.word(i) == ",":
			if i == a || i+1 >= b || and || !p.isNameWord(i+1) || !p.isNameWord(i-1) {
				return false
			}
			commas++
		case p.isWordAt(i) && p.lw(i) == "and" && i > a && i+1 < b:
			and = true
		case !p.isNameWord(i):
			return false
		}
	}
	return commas > 0 && and
}

// allNameWords reports whether [a, b) holds only name words and particles.
func allNameWords(p *para, a, b int) bool {
	for i := a; i < b; i++ {
		if p.lw(i) == "&" && i > a && i+1 < b {
			continue
		}
		if i > a && i+2 < b && p.gaelicLink(i) {
			i++ // "Nic a' Phearsain"
			continue
		}
		if !p.isNameWord(i) && !(p.isWordAt(i) && p.toks[i].class&cParticle != 0 && particles[p.lw(i)]) {
			return false
		}
	}
	return a < b
}

// genderFromName sets the gender a given name suggests, when the phrase did
// not already tell it.
func (p *para) genderFromName(r *ref, i int) {
	if w := p.lw(i); strings.IndexByte(w, '-') > 0 && !p.isNameWord(i+1) {
		// A double-barrelled surname alone ("X-Y said"): its first part
		// is a family name here, whatever it is elsewhere.
	} else if p.isNameWord(i+1) && dinCompounds[p.lw(i+1)] {
		// "<Nour|Salah|Alaa> al-Din <Surname>": an Arabic compound given
		// name of "<word> of the faith" is a man's, whatever its first
		// word ("Nour" alone is a woman's) is elsewhere.
		r.evidence = true
		if r.gender == unknownGender {
			r.gender = male
		}
	} else if g, ok := p.givenGenderAt(i); ok { // givenGender(w), by the token's class for most
		r.evidence = true
		if r.gender == unknownGender {
			r.gender = g
		}
	} else if p.isNameWord(i+1) && !p.isNameWord(i+2) && p.toks[i].q == 0 {
		// "<Family> <Given>": Japanese, Chinese, Korean, Vietnamese and
		// Hungarian names put the family name first, so a known given name
		// closing a name of two words, after a word no list gives, is the
		// person's, and says what they are.
		// A double-barrelled word is a surname, and a teknonym ("Umm
		// <Child>", "Abu <Child>") names the child; a place's name of
		// two words (a known one, or a saint's: "Santa <Name>") is no
		// one's, and a father's given name (fatherNames) closes a name
		// of either gender.
		given := p.lw(i + 1)
		if g, ok := givenGender(given); ok && g != unknownGender && strings.IndexByte(given, '-') < 0 && !teknonyms[w] && !saintPrefixes[w] && !fatherNames[given] &&
			wordClassOf(w) == 0 && !isKnownPlace(w) && !isKnownPlace(w+" "+given) {
			r.evidence = true
			if r.gender == unknownGender {
				r.gender = g
			}
		}
	}
	if !r.evidence && p.capsFamilyFirst(i) {
		r.evidence = true
	}
	if r.gender == unknownGender && i > 0 && p.toks[i-1].class&cHonor != 0 { // not "MS", a seat's title
		if g, ok := honorifics[p.lw(i-1)]; ok {
			r.gender = g
		}
	}
}

// capsFamilyFirst reports whether token i opens a name of two words
// written family name first with the family name in capitals ("<FAMILY>
// <Given>"), as Japanese, Korean, French and international sports and
// diplomatic copy print names: a word of three or more capitals with a
// vowel, that no list knows and that is no place, before one capitalised
// word in lower case after its first letter that no list knows either,
// closing the name, not after a preposition or an article. The capitals
// mark the family name; an acronym before a word is a body's, which the
// lists, the places or the preposition before it tell.
func (p *para) capsFamilyFirst(i int) bool {
	if i+1 >= len(p.toks) || !p.isNameWord(i+1) || p.isNameWord(i+2) || p.toks[i].q != 0 {
		return false
	}
	if i > 0 && p.isWordAt(i-1) && p.toks[i-1].class&(cPrep|cDet) != 0 && !p.toks[i-1].isCap(p.text) {
		return false // "at <ACR> <Word>", "the <ACR> <Word>": a place or a body
	}
	fam, given := p.word(i), p.word(i+1)
	if len(fam) < 3 || !isAcronym(fam) || strings.IndexByte(fam, '.') >= 0 || !strings.ContainsAny(fam, "AEIOUY") || isAcronym(given) || len(given) < 2 {
		return false
	}
	lf, lg := p.lw(i), p.lw(i+1)
	return wordClassOf(lf) == 0 && wordClassOf(lg) == 0 && !isKnownPlace(lf) && !isKnownPlace(lg)
}

// placeOpeners are the words of a closed class that open a geographic
// name in English and in the local languages copy keeps: lakes ("Lake",
// "Loch", "Lough", "Lago"), capes ("Cape", "Cabo"), hills and mountains
// ("Cerro", Malay and Indonesian "Bukit", "Gunung"), islands ("Pulau")
// and Malay villages ("Kampung", "Kampong"). Words that are given names
// as well ("Sierra", "Isla") and "Mount", which opens hospitals' names,
// are not here.
var placeOpeners = set(`lake loch lough lago cape cabo cerro bukit gunung pulau kampung kampong`)

// dinCompounds are the second words of the Arabic compound men's names
// of "<word> of the faith" ("Nour al-Din", "Salah ad-Din", "Alaa
// el-Din"), in lower case.
var dinCompounds = set(`al-din ad-din el-din ud-din al-deen el-deen ud-deen`)

// teknonyms open an Arabic name by a child's: "Umm <Child>", "Abu
// <Child>", the mother or father of the child named.
var teknonyms = set(`umm um abu`)

// saintPrefixes open the names of places called for a saint ("Santa
// <Name>", "San <Name>", "São <Name>"), which read like a person's.
var saintPrefixes = set(`santa san santo são sao saint sainte st st. ste ste. sankt`)

// postNominals are letters after a name: honours, silk (KC, QC, SC for
// senior counsel), seats (a provincial or island parliament's too: MPP,
// MHA, MNA, MLC, MHK), a doctorate ("PhD", "Ph.D").
var postNominals = set(`kc qc sc mp mep msp td mla mpp mha mna mlc mhk obe cbe mbe kbe dbe gcmg kcmg dcmg cmg frs phd ph.d ph.d.`)

// judgesLetters are the letters law reports and court copy put after a
// judge's surname for the office: "<Surname> J" (Justice), "JA" (Judge of
// Appeal), "CJ", "DCJ", "ACJ" (Chief, Deputy Chief, Acting Chief Justice),
// "AJ" (Acting Justice), "AJA" (Acting Judge of Appeal), "LJ" (Lord
// Justice), "JP" (Judge President), "PJ" and "NPJ" (a permanent and a
// non-permanent judge of a final court of appeal), and "JJ" and "JJA" for
// several. The judge is the surname.
var judgesLetters = set(`j ja cj dcj acj aj aja lj jj jja jp pj npj`)

// postNominalAt reports whether token k is letters after a name: one of
// postNominals, or a judge's office in capitals (not "j", a lower-case
// word, nor an initial's "J.").
func (p *para) postNominalAt(k int) bool {
	if !p.isWordAt(k) {
		return false
	}
	if p.inList(k, cPostNominal) {
		return true
	}
	if p.word(k) == "MS" {
		return true // a Member of the Senedd; "Ms", the honorific, is not in capitals
	}
	return p.inList(k, cJudges) && p.word(k) == strings.ToUpper(p.lw(k))
}

// bodyAlias returns the body a short name in tokens [a, b) stands for,
// as British copy calls Downing Street "No 10", or "".
func (p *para) bodyAlias(a, b int) string {
	if b-a == 2 && (p.lw(a) == "no" || p.lw(a) == "no." || p.lw(a) == "number") && p.lw(a+1) == "10" {
		return "Downing Street"
	}
	return ""
}

// regionAdjectives describe where someone is from without naming a body.
var regionAdjectives = set(`western eastern northern southern arab latin gulf`)

// orgPart returns the organisation named before a role word, as in
// "Kremlin spokesman" or "State Department officials", leaving out
// nationality adjectives ("a Karvian security official" names no body).
func (p *para) orgPart(a, roleAt int) string {
	from, to := -1, -1
	for i := a; i < roleAt; i++ {
		if p.toks[i].isCap(p.text) && !lowerTail(p.word(i)) {
			if from < 0 {
				from = i
			}
			to = i + 1
		}
	}
	if from < 0 {
		return ""
	}
	if alias := p.bodyAlias(from, roleAt); alias != "" {
		return alias // "a No 10 spokesperson"
	}
	if to-from == 1 && p.toks[from].class&cRoleMod != 0 {
		return "" // "Federal prosecutors", "Foreign diplomats": a sentence's capital
	}
	// A place noun closing the capitals ("<Name> Ocean", "<Name>
	// Republic") is a name's last word, though it ends like an adjective
	// of nationality.
	if last := strings.ToLower(p.word(to - 1)); isNationality(last) && !isAcronym(p.word(to-1)) && !isKnownPlace(last) && !placeWords[last] || regionAdjectives[last] || demonyms[last] {
		return "" // "one Latin American negotiator", "a Western diplomat"
	}
	w := p.textOf(from, to)
	if isPossessive(w) {
		// "<Name>'s spokesman" is a person's; "the <Name> Authority's
		// spokesperson" speaks for the body whose kind word ends the
		// name, as "an Authority spokesperson" does.
		if to-from >= 2 && inFolded(orgHeads, stripPossessive(p.word(to-1))) {
			return stripPossessive(w)
		}
		return ""
	}
	return w
}

// lowerTail reports whether a capitalised word ends in a part in lower
// case after a hyphen: "Oslo-based", "Saudi-led" describe, they name no
// body.
func lowerTail(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// isRoleAt reports whether token i names a position or an occupation:
// a word of the lists, or a specialist's -ist word in lower case.
func (p *para) isRoleAt(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].class&cRole != 0
}

// inChargeOf reports whether token i opens "in charge of" right after a
// title word: "<Title> in charge of <Field> <Given> <Surname>", the remit
// a vice mayor's or a commission's minister's title gives as a
// portfolio's "for" does.
func (p *para) inChargeOf(i int) bool {
	return p.lowerAt(i) == "in" && p.lowerAt(i+1) == "charge" && p.lowerAt(i+2) == "of" && p.isRoleAt(i-1)
}

// inChargeTitle reports whether token i opens "in Charge" right after a
// title word and before a capital: "<Title> in Charge <Given> <Surname>",
// a field office's or a station's head as agencies style the title,
// whose words run on to the holder's name as any title's do.
func (p *para) inChargeTitle(i int) bool {
	return p.lowerAt(i+1) == "charge" && p.toks[i+1].isCap(p.text) && p.lowerAt(i) == "in" && i >= 1 && p.isWordAt(i-1) && p.toks[i-1].isCap(p.text)
}

// inChargeTitleIn returns the token of "in" in the first "in Charge"
// (inChargeTitle) of tokens a to b with a name word after it, or 0.
func (p *para) inChargeTitleIn(a, b int) int {
	for m := a + 1; m+2 < b; m++ {
		if p.toks[m].kind == tWord && p.lw(m) == "in" && p.inChargeTitle(m) && p.isNameWord(m+2) {
			return m
		}
	}
	return 0
}

// remitIsBody reports whether the capitals from k ("in charge of [the]
// <Words>") name a unit rather than a field: they end in a body's head
// word or hold a title word ("Officer in charge of the <Place> Detective
// Unit"), a unit the officer heads, which no name follows inside the
// phrase. A field ("<Field> and <Field>") holds neither.
func (p *para) remitIsBody(k, hi int) bool {
	if p.lowerAt(k) == "the" {
		k++
	}
	e := k
	for e < hi && p.isNameWord(e) {
		if p.isRoleAt(e) {
			return true
		}
		e++
	}
	return e > k && p.isOrgHeadAt(e-1)
}

// livesAbout reports whether token i is "around", "near" or "beyond"
// after a noun for the people of a place ("residents around <Place>",
// "villagers near <Place>"): the capitals after it are where they live.
// "people around <Name>" may be a person's circle, and is left alone.
func (p *para) livesAbout(i int) bool {
	switch p.lowerAt(i) {
	case "around", "near", "beyond":
		l := p.lowerAt(i - 1)
		return inhabitants[l] && l != "people"
	}
	return false
}

// personNounBefore reports whether the word before token i is a person
// noun in lower case ("girl", "resident", "worker"): "the only <person
// noun> in the <Body>" is one person among the body's people, and its
// head is the noun before the preposition, not the body after it.
func (p *para) personNounBefore(i int) bool {
	k := i - 1
	return k >= 0 && k < len(p.toks) && p.toks[k].class&cPersonNoun != 0 && p.isWordAt(k) && !p.toks[k].isCap(p.text)
}

// isOrgHeadAt reports whether token i is a word that ends a body's name.
func (p *para) isOrgHeadAt(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].class&cOrgHead != 0
}

// isFunctionAt reports whether token i is a function word.
func (p *para) isFunctionAt(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].class&cFunction != 0
}

// givenAfterTitle reports whether the capitalised word i, which is also a
// title (Dean, Major, Chancellor), is a given name instead: it follows a
// title in lower case and a name follows it ("deputy chief Dean X").
func (p *para) givenAfterTitle(i, end int) bool {
	if i == 0 || i+1 >= end || p.toks[i].class&cCap == 0 || !p.isTitleWord(i-1) || p.toks[i-1].class&cCap != 0 || !p.isNameWord(i+1) {
		return false
	}
	_, ok := p.givenGenderAt(i)
	return ok || rankGivenNames[p.lw(i)]
}

// rankGivenNames are ranks that are also given names, common in West
// African and Caribbean copy: "substitute Prince <Surname>" is a player
// called Prince, since no rank follows another title in lower case. The
// lists leave them out as given names, where "Prince <Name>" opening a
// sentence is a royal.
var rankGivenNames = set(`prince princess king duke earl`)

// generalBody reports whether [a, b) is capitals holding a body's head
// word then "General" ("Consulate General", "Directorate General"), maybe
// with its seat or field after "in", "of" or "for" ("… in <City>", "… of
// Civil Aviation").
func (p *para) generalBody(a, b int) bool {
	at := -1
	for k := a + 1; k < b; k++ {
		if p.lw(k) == "general" && p.toks[k].isCap(p.text) && p.isOrgHeadAt(k-1) && p.toks[k-1].isCap(p.text) {
			at = k
			break
		}
	}
	if at < 0 || militaryHeads[p.lw(at-1)] {
		return false // "Police General X", "Army General Y": a rank
	}
	if l := p.lowerAt(at + 1); at+1 < b && l != "in" && l != "of" && l != "for" {
		return false
	}
	for k := a; k < b; k++ {
		if k <= at && !p.isNameWord(k) {
			return false
		}
		if k > at && !p.isNameWord(k) {
			switch p.lw(k) {
			case "in", "of", "for", "the", "and":
			default:
				return false
			}
		}
	}
	return true
}

// compoundTitle reports whether "<first> of <last>" is a title of three
// words whose "of" is its own: copy puts one before a surname alone as it
// puts "Minister" ("Head of Government X").
func compoundTitle(first, last string) bool {
	switch first {
	case "secretary", "minister":
		return last == "state"
	case "head":
		return last == "government" || last == "state"
	case "chief":
		return last == "staff"
	}
	return false
}

// awardTitleEnd returns where a sports award used as a title ends in the
// capitals [a, b) — "<Man|Player> of the <Match|Series|Tournament|Year>"
// — when a name of one word or more follows it; 0 when none does.
func (p *para) awardTitleEnd(a, b int) int {
	for k := a + 1; k+3 < b; k++ {
		if p.lw(k) != "of" || p.lw(k+1) != "the" || !awardSpans[p.lw(k+2)] || !p.toks[k+2].isCap(p.text) {
			continue
		}
		if w := p.lw(k - 1); p.toks[k-1].isCap(p.text) && (awardGender[w] != 0 || w == "player") {
			if allNameWords(p, k+3, b) {
				return k + 3
			}
			return 0
		}
	}
	return 0
}

// awardGender says whom an award's noun names: "Man of the Match".
var awardGender = map[string]gender{"man": male, "woman": female}

// awardSpans are what a sports award is for: "of the Match", "of the Year".
var awardSpans = set(`match series tournament year season month game race championship`)

// militaryHeads are body heads that open a rank before "General".
var militaryHeads = set(`police army navy military forces force guard`)

// firmName reports whether [a, b) is capitals, maybe joined by "&", that
// end in a firm's legal form ("Limited", "S.A.", "Ltd") and hold a title
// word, which the rules below would take for a person's title. Other
// firms' names are read below, as the registry's forms expect.
func (p *para) firmName(a, b int) bool {
	if !p.isNameWord(a) {
		return false // a bit test before the word lists: most phrases open on "the" or lower case
	}
	if last := strings.TrimSuffix(p.lw(b-1), "."); !inLexicon(last, cLegalSuffix|cFirmForm) {
		return false
	}
	titled := false
	for k := a; k < b-1; k++ {
		if !p.isNameWord(k) && p.lw(k) != "&" {
			return false
		}
		titled = titled || p.isRoleAt(k)
	}
	return titled
}

// firmForms are legal forms that end a firm's name beyond legalSuffixes,
// with their inner stops: "Limited", "S.A.", "S.R.L.".
var firmForms = set(`limited s.a s.r.l n.v s.a.s sarl pty`)

// isASCII reports whether a word has no letter outside ASCII.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// servantName reports whether a word is the first half of an Arabic
// theophoric name ("Abdel", "Abdul", "Abd": servant of, before one of
// God's names), which is never a name alone: in "<Word> Abdel <Name>"
// it is the father's or family name after a given name the lists lack,
// not a given name after a description.
func servantName(w string) bool {
	return w == "abdel" || w == "abdul" || w == "abd" || w == "abdal" || w == "abdoul"
}

// causePrepositions join a body's head word to the cause it is named for,
// capitalised in title case: "Commission Against Corruption".
var causePrepositions = set(`against without`)

// titleOpener reports whether the gendered word at token i opens the
// name of an office rather than saying who holds it: a peer's "Lord" or a
// sovereign's possessive ("King's", "Queen's") before a title word
// ("<Lord> <Office> <Given> <Surname>", "<King's> Counsel <Given>
// <Surname>"). The office keeps its name whoever holds it, so a woman may
// be Lord Mayor, Lord Provost, Lord Advocate or King's Counsel, and
// "she" must still find her. A judge's "Lord Justice" is left gendered
// (a woman is "Lady Justice"), as are the forms of address before a title
// ("Mr Justice", "Madam Speaker"), which say whom they address.
func (p *para) titleOpener(i, end int) bool {
	if i+1 >= end || !p.isWordAt(i+1) || !p.toks[i].isCap(p.text) || !p.toks[i+1].isCap(p.text) {
		return false
	}
	next := strings.TrimSuffix(stripPossessive(p.lw(i+1)), ".")
	if p.toks[i+1].class&cRole == 0 && !isRoleWord(next) || judicialTitles[next] {
		return false
	}
	w := p.lw(i)
	if isPossessive(w) {
		return royalOpeners[stripPossessive(w)]
	}
	return officeHonorifics[w]
}

// officeHonorifics are honorifics that also open offices' titles whose
// holders may be of either sex ("Lord Mayor", "Lord Lieutenant", "Lord
// Chancellor", "Lord President", "Lord Speaker").
var officeHonorifics = set(`lord`)

// royalOpeners are the sovereign's words whose possessive opens an
// office's title ("King's Counsel", "Queen's Printer", "King's Harbour
// Master"), which says nothing of its holder.
var royalOpeners = set(`king queen`)

// judicialTitles are the judges' titles a peer's word keeps gendered
// before: "Lord Justice", "Lord Chief Justice", "Lord Judge".
var judicialTitles = set(`justice judge`)

// regnalNumeral reports whether token i, capitals, is the numeral a
// reigning or inherited name ends with ("<Given> <Surname> II", "<Chief's
// title> <Given> <Stool name> III", "<Given> <Surname> IV"), not a body's
// initials: a Roman numeral of two letters or more after a person's name,
// which a known given name, an honorific or a courtesy title before it,
// a double-barrelled surname or a person's description set off before it
// ("<Body>'s owner, <Given> <Surname> III") says is one. "<Word> War II"
// or "Phase III" have no such name.
func (p *para) regnalNumeral(i, a int) bool {
	if i-a < 2 || !romanNumeral(p.word(i)) || !p.isNameWord(i-1) || p.isOrgHeadAt(i-1) || placeWords[p.lw(i-1)] {
		return false
	}
	for k := a; k < i-1; k++ {
		if !p.isNameWord(k) {
			return false
		}
	}
	if strings.IndexByte(p.word(i-1), '-') > 0 || p.isComma(a-1) && (p.isRoleAt(a-2) || isPersonNoun(p.lowerAt(a-2)) || p.roleOfPlaceBefore(a-1)) {
		return true
	}
	for k := a; k < i-1; k++ {
		if _, ok := p.givenGenderAt(k); ok || p.toks[k].class&cHonor != 0 || courtesyTitles[p.lw(k)] || chiefTitles[p.lw(k)] {
			return true
		}
	}
	return false
}

// roleOfPlaceBefore reports whether the words before the comma at c
// close a title's "of <Capitals>" ("The <Title> of <Place> <Unit>,"),
// a person's description set off before the name after the comma as a
// title alone is. At most four capitalised words after "of".
func (p *para) roleOfPlaceBefore(c int) bool {
	for k := c - 1; k >= 0 && k >= c-5; k-- {
		if !p.isWordAt(k) {
			return false
		}
		if p.lowerAt(k) == "of" {
			return k < c-1 && p.isRoleAt(k-1)
		}
		if !p.toks[k].isCap(p.text) {
			return false
		}
	}
	return false
}

// romanNumeral reports whether w is a Roman numeral of two to six letters
// (II to XXXIX or so): "I", "V" and "X" alone are a pronoun, a letter or a
// platform's name as often.
func romanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return !strings.Contains(w, "IIII") && !strings.Contains(w, "VV") && !strings.Contains(w, "XXXX")
}

// chiefTitles are West African traditional rulers' titles that open a
// name without being part of it ("Nana" of an Akan chief, "Nii" and "Naa"
// of Ga ones, "Osagyefo", "Otumfuo", "Daasebre", "Okatakyie"). "Nana" and
// "Nii" are given names too, so stripChiefTitle takes one off only before
// a stool name that ends in its regnal numeral.
var chiefTitles = set(`nana nii naa osagyefo otumfuo daasebre okatakyie odeefuo`)

// stripChiefTitle moves a traditional ruler's titles to the role when the
// name after them ends in a regnal numeral: "<Stool title> <Chief's title>
// <Given> <Stool name> II" is "<Given> <Stool name> II", as the copy names
// the chief again. A courtesy title before them has gone already.
func stripChiefTitle(r *ref) {
	last := strings.LastIndexByte(r.name, ' ')
	if last <= 0 || !romanNumeral(r.name[last+1:]) {
		return
	}
	cut := 0
	for {
		sp := strings.IndexByte(r.name[cut:], ' ')
		if sp <= 0 || cut+sp >= last {
			break
		}
		if !chiefTitle(r.name[cut : cut+sp]) {
			// "<Town> Mantse": the town's name before a Ga ruler's title.
			next := r.name[cut+sp+1:]
			n := strings.IndexByte(next, ' ')
			if n < 0 || cut+sp+1+n >= last || !strings.EqualFold(next[:n], "mantse") {
				break
			}
			sp += 1 + n
		}
		cut += sp + 1
	}
	if cut == 0 {
		return
	}
	r.role = strings.TrimSpace(r.role + " " + r.name[:cut-1])
	r.name = r.name[cut:]
	r.evidence = true
}

// chiefTitle reports whether a word is a traditional ruler's title: one
// of chiefTitles, an Akan stool title in "-hene" ("Omanhene",
// "Asantehene", "<Town>hene", a town's chief) or a Ga "Mantse".
func chiefTitle(w string) bool {
	return chiefTitles[strings.ToLower(w)] || endsFold(w, "hene") || strings.EqualFold(w, "mantse")
}

// hallBody reports whether the capitals [from, left) ending in "Hall" are
// a local government's building standing for the government: "City Hall",
// "Town Hall", "County Hall", maybe after the place's name ("<City> City
// Hall"), not after a preposition of place ("a rally at City Hall",
// "outside the Town Hall"), where they are the building.
func (p *para) hallBody(a, from, left int) bool {
	if left-from < 2 || !municipalWords[p.lw(left-2)] || !p.toks[left-2].isCap(p.text) || !allNameWords(p, from, left) {
		return false
	}
	k := a - 1
	if p.isDet(k) {
		k--
	}
	return !(p.isWordAt(k) && (placePreps[p.lw(k)] || hallPreps[p.lw(k)]))
}

// hallPreps are the prepositions besides placePreps that put a building
// where something happens or goes: "to City Hall", "outside City Hall".
var hallPreps = set(`to into outside inside opposite behind beside past toward towards on`)

// genericRoles are titles in a man's form that copy gives women too
// ("Chairman <Given> <Surname>", "company spokesman <Given> <Surname>").
var genericRoles = set(`chairman spokesman`)

// heldByOtherSex reports whether a title in a man's form at token i
// (genericRoles) is held by a woman, as a known given name after it in
// the phrase [i, end) says, or, where the lists do not know the given
// name, the pronoun of her own reported speech straight after the phrase
// ("<Title> <Given> <Surname> said she …", "… said that she …"): the
// title's form then says nothing of the holder, and "she" must still find
// her.
func (p *para) heldByOtherSex(w string, g gender, i, end int) bool {
	if !genericRoles[w] {
		return false
	}
	for k := i + 1; k < end && k <= i+4; k++ {
		if gg, ok := p.givenGenderAt(k); ok && gg != unknownGender {
			return gg != g
		}
	}
	k := end + 1
	if p.lowerAt(k) == "that" {
		k++
	}
	if !p.isSpeechVerbAt(end) || !p.isWordAt(k) || p.toks[k].q != 0 {
		return false
	}
	pg, ok := personalPronouns[p.lw(k)]
	return ok && (pg == male || pg == female) && pg != g
}

// saintTitles open the name of a place or body named for its saint ("St
// <Name>'s" school, church, hospital).
var saintTitles = set(`St St. Saint Ste Ste.`)

// saintsPlace reports whether a name is "St <Name>'s", two words, the
// second capitalised and possessive: a school, church or hospital named
// for its saint, whose possessive is its name's.
func saintsPlace(name string) bool {
	title, saint, ok := strings.Cut(name, " ")
	return ok && saintTitles[title] && !strings.Contains(saint, " ") && isCapWord(saint) && (strings.HasSuffix(saint, "'s") || strings.HasSuffix(saint, "’s"))
}

// titleThenBodyInitials reports whether a capitalised title at roleAt is
// followed straight by a body's initials at orgAt and then a name of two
// words or more from nameFrom: "<Title> <ACR> <Given> <Surname>", South
// Asian copy's way of titling the head of a body ("Chairman <ACR>",
// "Director General <ACR>") before the name — a person, the title and
// the initials their role. The initials are four letters or more: a
// person's own initials before their name ("<Title> <III> <Given>
// <Surname>") run to three.
func (p *para) titleThenBodyInitials(roleAt, orgAt, nameFrom, left int) bool {
	return roleAt >= 0 && orgAt == roleAt+1 && nameFrom == orgAt+1 && left-nameFrom >= 2 && p.toks[roleAt].isCap(p.text) &&
		len(p.word(orgAt)) >= 4 && isAcronym(p.word(orgAt)) && !isPossessive(p.word(orgAt)) && strings.IndexByte(p.word(orgAt), '.') < 0
}

// stripTradeDescriptor cuts the words that describe a firm off the front
// of its name ("<Place> broker <Name> Capital", "<Place> lender <Name>
// Bank"): copy sets a place and a trade in small letters before a firm's
// name, and a firm's own name has no trade word in small letters inside
// it, so the name starts after the last such word.
func stripTradeDescriptor(r *ref) {
	name := r.name
	cut := -1
	for at := 0; at < len(name); {
		sp := strings.IndexByte(name[at:], ' ')
		if sp < 0 {
			break // the last word is the name's own
		}
		if w := name[at : at+sp]; at > 0 && w != "" && w[0] >= 'a' && w[0] <= 'z' && businessHeads[w] {
			cut = at + sp + 1
		}
		at += sp + 1
	}
	if cut < 0 || cut >= len(name) || name[cut] < 'A' || name[cut] > 'Z' {
		return
	}
	r.name = name[cut:]
}

// nameConnectors are the prepositions and the conjunction a body's name
// holds between its words, which a name in title case capitalises
// ("<Name> Without <Name>", "<Head> Against <Cause>", "<Name> Of The
// <Name>"); inside a sentence English otherwise writes them in lower
// case.
var nameConnectors = set(`without against beyond across for of and`)

// connectorInBodyName reports whether the capitalised connector at token
// i (nameConnectors) joins the words of one body's name: a name word
// before it and a capitalised word that is no function word after it,
// outside quotes, and the run of capitals named as a body — after a kind
// noun in lower case ("the medical charity <Name> Without <Name>", "the
// rights group …"), holding a body's head word in capitals ("<Field>
// Committee Against <Cause>"), or before its acronym in brackets. A
// title-case heading's preposition ("<Noun> Warn Against <Noun>") has
// none of these, and a sentence opened by the preposition no name word
// before it.
func (p *para) connectorInBodyName(i int) bool {
	if i < 1 || p.toks[i].q != 0 || !nameConnectors[p.lw(i)] || !p.isWordAt(i+1) || p.toks[i+1].q != 0 ||
		p.toks[i+1].class&(cCap|cFunction|cDay|cMonth|cSpeech) != cCap || !p.isWordAt(i-1) || p.toks[i-1].class&cCap == 0 {
		return false
	}
	s := i
	for s-1 >= 0 && i-s < 6 && p.isWordAt(s-1) && p.toks[s-1].class&cCap != 0 && !p.isDet(s-1) && (p.toks[s-1].class&cFunction == 0 || nameConnectors[p.lw(s-1)]) {
		s--
	}
	if s == i || p.toks[s].class&cFunction != 0 {
		return false
	}
	e := i + 1
	for e < len(p.toks) && e-i < 6 && p.isWordAt(e) && p.toks[e].q == 0 && p.toks[e].class&cCap != 0 && p.toks[e].class&(cSpeech|cDay|cMonth) == 0 &&
		(p.toks[e].class&cFunction == 0 || nameConnectors[p.lw(e)] && p.isWordAt(e+1) && p.toks[e+1].class&(cCap|cFunction) == cCap) {
		e++
	}
	for k := s; k < e; k++ {
		if p.toks[k].class&cOrgHead != 0 && p.toks[k].class&cFunction == 0 {
			return true // "<Field> Committee Against <Cause>"
		}
	}
	if e+2 < len(p.toks) && p.word(e) == "(" && isAcronym(p.word(e+1)) && p.word(e+2) == ")" {
		return true // "<Name> Without <Name> (<ACR>)"
	}
	if s >= 1 && p.isWordAt(s-1) && p.toks[s-1].class&cCap == 0 {
		w := p.lw(s - 1)
		return orgHeads[w] || orgDescriptors[w] || kindHeads[w] // "the medical charity <Name> Without <Name>"
	}
	return false
}

// peopleBeforeModifier reports whether the phrase [a, b) opens its
// sentence on a plural noun for people of no post ("Traders",
// "Residents", "Farmers"), capitalised only by where it stands, with a
// preposition in lower case straight after it ("Traders in the capital",
// "Vendors at the market"): a group of people described by where they
// are, not a body's name, whatever word ends the phrase.
func (p *para) peopleBeforeModifier(a, b int) bool {
	if a+2 >= b || !p.isWordAt(a) || !p.toks[a].isCap(p.text) || a > 0 && p.toks[a-1].kind != tEnd {
		return false
	}
	if l := p.lw(a + 1); !p.isWordAt(a+1) || p.toks[a+1].isCap(p.text) || !placePreps[l] && l != "of" {
		return false
	}
	w := p.lw(a)
	one := strings.TrimSuffix(w, "s")
	if isRoleWord(one) || speaksForBody(w) {
		return false // "Officials at the ministry": a body's people, its own rules
	}
	return peopleGroups[w] || rankAndFile[w] || len(one) < len(w) && (notBodyVoices[w] || isPersonNoun(one))
}

// peopleGroups are plural nouns for people of no post that copy opens a
// sentence on, before where they are ("Traders in the capital said").
var peopleGroups = set(`traders vendors hawkers stallholders shopkeepers merchants farmers growers fishermen fishers
	workers labourers laborers miners drivers commuters motorists residents villagers locals people
	protesters demonstrators activists witnesses survivors families parents teachers students nurses
	doctors refugees migrants pilgrims tourists visitors shoppers consumers customers passengers`)
