package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// turnSpeaker returns who speaks in the transcript turn that holds
// sentence si: the name the turn's first paragraph puts before a colon
// ("MINISTER X: …", "Jane Doe: …"), which label reads, for the turn's own
// paragraph or one that goes on with it. In a turn, "I" is its speaker,
// so "As I said in the debate, “…”" is theirs. Nil when the paragraph or
// the one the walk back reaches first opens with another kind of label (a
// reporter's question, a dateline) or none opens the turn.
func (x *extractor) turnSpeaker(si int) *entity {
	pi := x.d.sents[si].p
	for k := pi; k >= x.d.lead && pi-k <= 4; k-- {
		p := x.d.paras[k]
		if !opensWithLabel(p.text) {
			continue
		}
		if ev := x.label(k); ev != nil {
			return ev.ent
		}
		if e := x.titledLabel(k); e != nil {
			return e
		}
		// A label used once ("MINISTER X:") names the turn's speaker
		// when the article knows the name already, as a briefing's
		// opening introduces each speaker.
		n := 0
		for n < len(p.toks) && n < 5 && p.isNameWord(n) {
			n++
		}
		if n == 0 || n >= len(p.toks) || p.lw(n) != ":" {
			return nil
		}
		if r := p.interpret(0, n); r != nil && r.kind == refName {
			if e := x.cast.lookup(r.name); e != nil && e.kind == "person" {
				return e
			}
		}
		return nil
	}
	return nil
}

// answerer returns the first person a transcript's heading, before
// sentence si, says gives the answers ("<Heading> … answers given by
// <Name>, <Title>, and <Name>, <Title>", "… answered by <Name>"): a
// press conference printed without speaker labels sets the reporters'
// questions and the answers as plain paragraphs, and its "I" is the one
// who answers, the first named (who chairs it) when the heading names
// more. Nil when no paragraph before says who answers.
func (x *extractor) answerer(si int) *entity {
	for j := x.d.lead; j < x.d.sents[si].p; j++ {
		p := x.d.paras[j]
		by := strings.Index(p.lower, "answers given by ")
		if by < 0 {
			by = strings.Index(p.lower, "answered by ")
		}
		if by < 0 {
			continue
		}
		for s := p.first; s < p.first+len(p.sents) && s < len(x.mentions); s++ {
			for _, m := range x.mentions[s] {
				if m.e.kind == "person" && int(p.toks[m.tok].s) > by {
					return m.e
				}
			}
		}
		return nil
	}
	return nil
}

// turnInstitution returns the body a transcript's "we" means in the turn
// that holds sentence si: the one its speaker speaks for, as the
// speakers' list gives it on the speaker's own line ("<Name>, <Title>,
// <Unit>, <Body>", the body last, or "<Name>, <Title>, <Body> (<ACR>)").
// An official who says "we call it … in the report" or "as we write"
// speaks for the institution, not for themself. Nil outside a labelled
// turn, when the speaker is no person the list introduces, or when the
// list's line names no body.
func (x *extractor) turnInstitution(si int) *entity {
	e := x.turnSpeaker(si)
	if e == nil || e.kind != "person" {
		return nil
	}
	for j := 0; j < x.d.sents[si].p; j++ {
		o := x.d.paras[j]
		if len(o.sents) != 1 || o.first >= len(x.mentions) {
			continue
		}
		ms := x.mentions[o.first]
		if len(ms) < 2 || ms[0].e != e || ms[0].tok > 2 || opensWithLabel(o.text) {
			continue
		}
		// A line of the list: the name first, then its titles and body.
		for i := len(ms) - 1; i > 0; i-- {
			if ms[i].e.kind == "organisation" {
				return ms[i].e
			}
		}
		if b := x.titledBody(e); b != nil {
			return b
		}
		return x.eventHost()
	}
	if b := x.titledBody(e); b != nil {
		return b
	}
	return x.eventHost()
}

// eventHost returns the registry body whose name heads a transcript's
// title before the event's label ("<Body> News conference", "<BODY> PRESS
// BRIEFING", "<Body> Transcript"): a body publishes the transcripts of
// its own events, so an official whose title names no body ("<Rank> of
// the <Organ>") speaks for the host when they say "we". Nil when the title
// has no such label or the words before it are no listed body.
func (x *extractor) eventHost() *entity {
	head := x.d.head
	if len(head) > 160 || x.cast.reg == nil {
		return nil
	}
	name, ok := nameBeforeLabel(head, eventLabel)
	if !ok {
		return nil
	}
	if s := x.cast.regSpeaker(name); s != nil && s.Kind == "organisation" {
		return x.cast.fromRegistry(s)
	}
	return nil
}

// eventLabel reports whether w and the word after it label a transcript's
// event under its host's name: "News conference", "PRESS BRIEFING",
// "Transcript". The word is lowered on the stack: eventHost asks of every
// word of the title each time a turn's "we" is resolved, and every label
// is ASCII, so a word outside ASCII (or too long) is none.
func eventLabel(w, next string) bool {
	var buf [16]byte
	lw, ok := lowerASCIIWord(buf[:], w)
	if !ok {
		return false
	}
	switch string(lw) {
	case "press", "media", "news":
		return strings.EqualFold(next, "conference") || strings.EqualFold(next, "briefing")
	case "transcript":
		return true
	}
	return false
}

// titledBody returns the registry body a person's title names after "of"
// ("<Title> of (the) <Body>", the article's title or else the
// registry's): a transcript's official who says "as we wrote in <our
// report>" with no list line naming their body speaks for the body their
// post is in. Nil when the title names no listed organisation.
func (x *extractor) titledBody(e *entity) *entity {
	if x.cast.reg == nil {
		return nil
	}
	for _, t := range [...]string{e.role, regRole(e)} {
		_, body, ok := strings.Cut(t, " of ")
		if !ok {
			continue
		}
		body = strings.TrimPrefix(body, "the ")
		if body == "" || !unicode.IsUpper(firstRune(body)) {
			continue
		}
		if s := x.cast.regSpeaker(body); s != nil && s.Kind == "organisation" {
			return x.cast.fromRegistry(s)
		}
	}
	return nil
}

// opensWithLabel reports whether a paragraph opens with a transcript's
// label: a short run of words starting with a capital, with no full stop
// in it but an abbreviated title's, before a colon ("Q:", "MINISTER X:",
// "REPORTER (Name, Outlet):", "MR. X:", "Dr. X:").
func opensWithLabel(text string) bool {
	c := strings.IndexByte(text, ':')
	if c <= 0 || c > 60 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) {
		return false
	}
	head := text[:c]
	return !strings.ContainsAny(head, "\"“”") && (!strings.Contains(head, ". ") || onlyTitlesStopped(head))
}

// onlyTitlesStopped reports whether every full stop inside a label's head
// closes an abbreviated courtesy title or rank ("MR. <SURNAME>", "Ms.
// <Surname>", "H.E. <Name>", "SEN. <SURNAME>", "Lt. Gen. <Surname>"), as
// US, UN and Fund transcripts label each turn: such a stop ends no
// sentence, so the head is still a label, where "He said. Then:" is not.
func onlyTitlesStopped(head string) bool {
	for rest := head; ; {
		i := strings.Index(rest, ". ")
		if i < 0 {
			return true
		}
		w := strings.ToLower(rest[strings.LastIndexByte(rest[:i], ' ')+1 : i+1])
		if _, ok := honorifics[w]; !ok && titleAbbrevs[w] == "" {
			return false
		}
		rest = rest[i+2:]
	}
}

// questionAddressee returns whom "you" means in the question of the
// interview paragraph that holds sentence si: the speaker of the turn
// that answers it, when the answer opens with a label ("Q. You said …?"
// over "JANE DOE: …"), else, in a Q&A set out with no labels (the
// question in bold, the answer under it), the person the interview is
// about. A paragraph is a question when its last sentence, outside any
// quote, ends with a question mark and the paragraph after it does not.
// Nil when it is no such question, or no one answers it.
func (x *extractor) questionAddressee(si int) *entity {
	pi := x.d.sents[si].p
	if pi+1 >= len(x.d.paras) || pi < x.d.lead || !x.d.paras[pi].asks() || x.d.paras[pi+1].asks() {
		return nil
	}
	return x.addressee(pi)
}

// addressee is who answers the question or prompt in paragraph pi: the
// next paragraph's labelled speaker, else the one the introduction is
// about, else the article's main subject when a person.
func (x *extractor) addressee(pi int) *entity {
	if next := x.d.paras[pi+1]; opensWithLabel(next.text) && !next.labelledAs("A") {
		if e := x.turnSpeaker(next.first); e != nil {
			return e
		}
		return x.labelHeadPerson(pi + 1)
	}
	g := x.d.paras[pi].askedAbout()
	if e := x.introduced(pi); e != nil && !gendersDiffer(e.gender, g) {
		return e
	}
	if e := x.mainSubject(); e != nil && e.kind == "person" && !gendersDiffer(e.gender, g) {
		return e
	}
	if g != unknownGender {
		// "Does he <verb> …?" in a profile that names a woman as often
		// as the man it is about: the question's pronoun says whom it
		// asks about, the one of that gender the article names most.
		return x.mostNamedOf(g)
	}
	return nil
}

// labelHeadPerson returns the person a turn's label names when the label
// is read whole, up to its colon or the comma before a title ("<Title>
// <Name> van den <Surname>:", "<TITLE>:", "<Honorific> <Name>, <Title>:"):
// the answer to a question is that person's, though the label names no
// one turnSpeaker knows by its stricter reading. Nil when the words are
// no one the article names as a person.
func (x *extractor) labelHeadPerson(pi int) *entity {
	p := x.d.paras[pi]
	if len(p.sents) == 0 {
		return nil
	}
	end := -1
	for k := 0; k < len(p.toks) && k < 9; k++ {
		if p.lw(k) == ":" || p.isComma(k) {
			end = k
			break
		}
	}
	if end <= 0 {
		return nil
	}
	r := p.interpret(0, end)
	if r == nil {
		return nil
	}
	e, _ := x.resolve(r, p.first, 0)
	if e == nil || e.kind != "person" {
		return nil
	}
	return e
}

// gendersDiffer reports whether two genders are both known and not the
// same.
func gendersDiffer(a, b gender) bool {
	return a != unknownGender && b != unknownGender && a != b
}

// askedAbout is the gender of the one a question in a profile asks about
// in the third person ("Does he <verb> …?", "What would she <verb> …?"),
// from its pronouns outside quotation marks; unknownGender when it
// has none or both.
func (p *para) askedAbout() gender {
	g := unknownGender
	for i := range p.toks {
		if !p.isWordAt(i) {
			continue
		}
		var h gender
		switch p.lw(i) {
		case "he", "him", "his":
			h = male
		case "she", "her":
			h = female
		default:
			continue
		}
		if g != unknownGender && g != h {
			return unknownGender
		}
		g = h
	}
	return g
}

// mostNamedOf is the person of gender g the article names most often,
// when no other of that gender is named as often; else nil.
func (x *extractor) mostNamedOf(g gender) *entity {
	return mostNamed(x.mentions, func(e *entity) bool { return e.gender == g })
}

// interviewAnswerer returns who answers in the paragraph that holds
// sentence si when it answers an interview's question: the paragraph
// before it asks (questionAddressee's test) and the article sets out two
// questions at least, each over an answer, as a Q&A does, so a column's
// one rhetorical question over the writer's own "I" is none. Nil
// otherwise.
func (x *extractor) interviewAnswerer(si int) *entity {
	pi := x.d.sents[si].p
	if pi-1 < x.d.lead || !(x.d.paras[pi-1].asks() || x.d.paras[pi-1].prompts() || x.d.paras[pi-1].dashPrompt(x.d.paras[pi])) || x.d.paras[pi].asks() {
		return nil
	}
	pairs := 0
	for k := x.d.lead; k+1 < len(x.d.paras) && pairs < 2; k++ {
		if x.d.paras[k].asks() && !x.d.paras[k+1].asks() {
			pairs++
		}
	}
	if pairs < 2 {
		return nil
	}
	if !x.d.paras[pi-1].asks() {
		return x.addressee(pi - 1) // a prompt put as a statement
	}
	return x.questionAddressee(x.d.paras[pi-1].first)
}

// labelledAnswerer returns who answers in paragraph pi when an interview
// labels its turns with letters, "Q: <question>" over "A: <answer>": the
// letter names no one, so the answer is the one the interview is with
// (addressee), when the article sets out two such pairs at least. Nil
// otherwise.
func (x *extractor) labelledAnswerer(pi int) *entity {
	if pi-1 < x.d.lead || !x.d.paras[pi].labelledAs("A") || !x.d.paras[pi-1].labelledAs("Q") {
		return nil
	}
	pairs := 0
	for k := x.d.lead; k+1 < len(x.d.paras) && pairs < 2; k++ {
		if x.d.paras[k].labelledAs("Q") && x.d.paras[k+1].labelledAs("A") {
			pairs++
		}
	}
	if pairs < 2 {
		return nil
	}
	return x.addressee(pi - 1)
}

// labelledAs reports whether a paragraph opens with an interview's
// one-letter label and its colon ("Q:", "A:"), the letter in capitals.
func (p *para) labelledAs(letter string) bool {
	return len(p.toks) > 2 && p.toks[0].kind == tWord && p.word(0) == letter && p.word(1) == ":"
}

// introduced returns the person an interview's introduction is about: of
// the paragraphs before its first question (the one before paragraph
// upto at the latest), the person they name most, at least twice and
// more often than anyone else. Nil when there is none.
func (x *extractor) introduced(upto int) *entity {
	end := x.d.lead
	for end < upto && !x.d.paras[end].asks() {
		end++
	}
	if end >= len(x.d.paras) {
		return nil
	}
	intro := x.mentions[x.d.paras[x.d.lead].first:x.d.paras[end].first]
	if e := mostNamed(intro, func(*entity) bool { return true }); e != nil {
		return e
	}
	return onlyNamed(intro)
}

// onlyNamed is the one person the sentences name, leaving out those the
// article gives a journalist's title ("our correspondent <Name>"): an
// interview's introduction names its guest once, then "spoke to him",
// and may name who asked the questions. Nil when it names none, or more
// than one who is not a journalist.
func onlyNamed(sents [][]mention) *entity {
	var one *entity
	for _, ms := range sents {
		for _, m := range ms {
			if m.e.kind != "person" || m.e == one || asksForOutlet(m.e) {
				continue
			}
			if one != nil {
				return nil
			}
			one = m.e
		}
	}
	return one
}

// asksForOutlet reports whether a person's title is a journalist's
// ("correspondent", "senior reporter"), the last word of it one a byline
// ends with.
func asksForOutlet(e *entity) bool {
	r := e.role
	if i := strings.LastIndexByte(r, ' '); i >= 0 {
		r = r[i+1:]
	}
	return r != "" && bylineRoles[strings.ToLower(r)]
}

// mostNamed is the person the sentences' mentions name most often among
// those keep accepts, at least twice and more often than any other; nil
// when there is none. A person is counted at each mention, so the leader
// is known in one pass.
func mostNamed(sents [][]mention, keep func(*entity) bool) *entity {
	var best *entity
	top, second := 0, 0
	counts := map[*entity]int{}
	for _, ms := range sents {
		for _, m := range ms {
			if m.e.kind != "person" || !keep(m.e) {
				continue
			}
			counts[m.e]++
			switch n := counts[m.e]; {
			case m.e == best:
				top = n
			case n > top:
				best, second, top = m.e, top, n
			case n > second:
				second = n
			}
		}
	}
	if top < 2 || top == second {
		return nil
	}
	return best
}

// prompts reports whether a paragraph is an interviewer's prompt put as a
// statement to the one interviewed ("You have been <verb>ed.", "Your
// <noun> <verb>s …."): one short sentence opening with "You" or "Your",
// with no quotation mark in it.
func (p *para) prompts() bool {
	if len(p.sents) != 1 || len(p.toks) > 14 || len(p.toks) < 3 || !p.isWordAt(0) || p.quotes() {
		return false
	}
	w := p.lw(0)
	return w == "you" || w == "your"
}

// asks reports whether a paragraph ends with a question mark outside
// quotes: an interviewer's question.
func (p *para) asks() bool {
	n := len(p.toks)
	return n > 0 && p.toks[n-1].kind == tEnd && p.toks[n-1].q == 0 && p.word(n-1) == "?"
}

// titledLabel returns who a turn's label means when the label is a title
// alone ("MINISTER:", "CHAIR:", "Secretary for Housing:"), as
// transcripts label their speakers after introducing them with their
// titles: of the people named before the turn outside any turn's label
// (the speakers' list, the introduction), the one whose role has the
// title's words, or who opens a line of the list that gives them ("Jane
// Doe, Minister of Finance, Chair of the meeting"). Nil when the label is
// no title, or when several or none hold it.
func (x *extractor) titledLabel(k int) *entity {
	p := x.d.paras[k]
	c := 0
	title := false
	for c < len(p.toks) && c < 8 && p.isWordAt(c) {
		title = title || p.isRoleAt(c)
		c++
	}
	if !title || c >= len(p.toks) || p.lw(c) != ":" {
		return nil
	}
	padded := " " + strings.ToLower(p.textOf(0, c)) + " "
	var holder *entity
	for j := x.d.lead; j < k; j++ {
		o := x.d.paras[j]
		if opensWithLabel(o.text) {
			continue // a turn, a question's label or a list's heading
		}
		for si := o.first; si < o.first+len(o.sents) && si < len(x.mentions); si++ {
			for mi, m := range x.mentions[si] {
				e := m.e
				if e.kind != "person" || e == holder {
					continue
				}
				// Under a rank below it ("Deputy <Title>") the title is
				// another office, whose holder the label does not mean.
				holds := e.role != "" && rankedTitleIn(" "+strings.ToLower(e.role)+" ", padded, "")
				if !holds && mi == 0 && m.tok <= 2 && si == o.first && len(o.sents) == 1 {
					// A line of the list: the name, then its titles.
					holds = rankedTitleIn(strings.ReplaceAll(" "+o.lower+" ", ",", " "), padded, "")
				}
				if !holds {
					continue
				}
				if holder != nil && e.role != holder.role {
					return nil
				}
				if holder == nil {
					// A word after the holder's title that reads as a
					// name too ("…, Minister of Ports, <Country>") shares
					// it: the holder is the one named first.
					holder = e
				}
			}
		}
	}
	return holder
}

// askedCountry returns the country the question names that holds
// sentence si, or that the transcript turn holding it answers; "" when
// there is none. A reporter's question, or one the moderator reads out,
// names the country it asks about ("QUESTION: … On <Country>. The
// <caretaker> authorities say …?", "… who asks: “<Country> has met the
// targets … ?”"), and the question's or the answer's "the authorities" or
// "the government" are that country's. The question is the labelled
// paragraph ending in a question mark, in or out of its quote, whose
// label the rules give no speaker (a reporter's), or the paragraph just
// before an answer's label; its first country after the label is the
// one asked about, read inside the quote alone when the question is read
// out, since a read-out question is all quote.
func (x *extractor) askedCountry(si int) string {
	pi := x.d.sents[si].p
	k := pi
	for k > x.d.lead && pi-k <= 4 && !opensWithLabel(x.d.paras[k].text) {
		k--
	}
	if k < x.d.lead || !opensWithLabel(x.d.paras[k].text) {
		return ""
	}
	if x.turnSpeaker(x.d.paras[k].first) != nil {
		k-- // an answer: the question is the paragraph before its label
	} else if k != pi {
		return "" // a reporter's question is one paragraph
	}
	if k < x.d.lead {
		return ""
	}
	p := x.d.paras[k]
	if !strings.HasSuffix(strings.TrimRight(p.text, "\"”’' "), "?") {
		return ""
	}
	from, q := 0, int32(0)
	if n := len(p.toks); n > 0 && p.toks[n-1].q != 0 {
		q = p.toks[n-1].q // a question read out: the asker's own words, not their outlet's city
	} else if opensWithLabel(p.text) {
		for from < n && p.lw(from) != ":" {
			from++
		}
		from++ // past the label's colon
	}
	for _, st := range p.sents {
		if st.b <= from || q == 0 && signInLine(p, max(st.a, from), st.b) {
			continue // "<Name>, <Outlet>.": the reporter's own, whatever place it names
		}
		for i := max(st.a, from); i < st.b; i++ {
			if p.toks[i].kind != tWord || !p.toks[i].isCap(p.text) || q != 0 && p.toks[i].q != q {
				continue
			}
			found := ""
			for j := i; j < st.b && j < i+4 && p.toks[j].kind == tWord; j++ {
				if c := x.countryOf(stripPossessive(p.text[p.toks[i].s:p.toks[j].e])); c != "" {
					found = c // the longest run that names one
				}
			}
			if found == "" {
				found = countryOfWord(stripPossessive(p.word(i)))
			}
			if found != "" {
				return found
			}
		}
	}
	return ""
}

// signInLine reports whether tokens [a, b) are a reporter's sign-in
// before a question: words all capitalised, with commas between ("<Name>,
// <Outlet>."), no verb or lower-case word among them, and no function
// word first ("On <Country>." says what the question is about).
func signInLine(p *para, a, b int) bool {
	if a >= b || p.toks[a].class&cFunction != 0 {
		return false
	}
	n := 0
	for i := a; i < b; i++ {
		switch {
		case p.toks[i].kind == tWord:
			if !p.toks[i].isCap(p.text) {
				return false
			}
			n++
		case p.isComma(i) || p.toks[i].kind == tEnd:
		default:
			return false
		}
	}
	return n >= 2
}

// interimArm reports whether a state's arm is named by its standing
// alone, no place or nationality in it: "the caretaker authorities", "the
// interim government", "the transitional authorities", "the de facto
// authorities". Such a phrase, like the bare "the authorities", is the
// state the sentence or the question is about.
func interimArm(text string) bool {
	m, head, ok := strings.Cut(text, " ")
	if !ok {
		return false
	}
	if m == "de" {
		m, head, ok = strings.Cut(head, " ")
		if !ok || m != "facto" {
			return false
		}
	}
	return interimWords[m] && stateArms[head]
}

// interimWords say how a government holds power, not whose it is.
var interimWords = set(`caretaker interim transitional provisional facto incoming outgoing`)
