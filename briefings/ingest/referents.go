package ingest

import "strings"

// leadConnectives open a sentence before its subject without being part
// of it: "But the owner of …", "Meanwhile, a trader …".
var leadConnectives = set(`but and yet meanwhile still however elsewhere nearby separately`)

// subjectStart returns where the subject of the sentence [a, b) starts:
// after a connective that opens it and a fronted phrase of place or time
// set off by a comma ("In <town>, a woman …").
func (p *para) subjectStart(a, b int) int {
	s := a
	if p.isWordAt(s) && p.inList(s, cLeadConn) {
		s++
		if p.isComma(s) {
			s++
		}
	}
	for c := s + 1; c < b && c <= s+8; c++ {
		if p.isComma(c) {
			if p.frontedPhrase(s, c) {
				s = c + 1
			}
			break
		}
	}
	if t := p.timeOpening(s); t > s && p.isWordAt(t) && p.toks[t].class&cDet != 0 {
		s = t // "Last week a <noun> …", "On Monday a <noun> …": a time fronted with no comma
	}
	return s
}

// timeOpening returns the token after a time phrase that opens a clause at
// s with no comma after it ("Yesterday", "Last week", "On Monday"); else s.
// Columns and features front a time without the comma a subordinate
// phrase would take, so the clause's subject ("Last week a <noun> …") is
// found only by stepping over the time.
func (p *para) timeOpening(s int) int {
	if !p.isWordAt(s) {
		return s
	}
	if p.toks[s].class&cTimeWord != 0 {
		return s + 1 // timeWords, by the token's class: no look-up
	}
	switch w := p.lw(s); {
	case w == "last" || w == "this" || w == "earlier" || w == "on":
		if p.isWordAt(s+1) && (p.toks[s+1].class&(cDay|cMonth) != 0 || timeUnits[p.lw(s+1)]) {
			return s + 2
		}
	}
	return s
}

// timeUnits are the spans "last" or "this" makes a time of ("last week"):
// a closed class, so "this <noun>" before any other noun stays the
// subject's determiner.
var timeUnits = set(`week month year weekend night morning evening afternoon summer winter spring autumn`)

// subjectPronouns are the pronouns that stand as a clause's subject.
var subjectPronouns = set(`he she they we i`)

// unnamedSpeaker finds a person introduced as someone never named who is
// the subject of the sentence's speech verb: an indefinite description ("a
// <words> <noun>", "one <noun>") or a post defined by an indefinite thing
// ("the owner of a <place>"), maybe after a connective or a fronted phrase,
// then where they are, a relative clause or a participle's phrase set off
// in commas, and the verb. News copy brings in its vox pops so; the
// article's "he said" after one is that person, who stays unknown, not a
// named person further back, and the verb's subject is the person, not a
// name in the description ("along the <River> embankment said").
//
// The description's head word is not checked against a list of people:
// the speech verb says the subject speaks. Documents, bodies and a body's
// voice are left to their own rules. It returns the person with the token
// of the verb in verb, or the zero value.
func (p *para) unnamedSpeaker(a, b int) unnamedSubject {
	s := p.subjectStart(a, b)
	if !p.isWordAt(s) || p.toks[s].class&cDet == 0 {
		return unnamedSubject{}
	}
	det := p.lw(s)
	k := s + 1
	for k < b && k <= s+5 && p.isWordAt(k) && p.toks[k].class&(cPrep|cSpeech|cDet|cPronoun) == 0 && p.lw(k) != "who" &&
		(!p.toks[k].isCap(p.text) || isAcronym(p.word(k)) || k == s+1 && k+1 < len(p.toks) && p.toks[k+1].kind == tWord && !p.toks[k+1].isCap(p.text) && (p.inList(k, cDemonym) || isNationality(p.word(k)))) {
		// "A <nationality> nurse living in …": a nationality before the
		// noun describes the unnamed person; it names no one.
		if w := p.lw(k); k > s+1 && strings.HasSuffix(w, "ing") && (p.isDet(k+1) || p.isPronoun(k+1)) {
			break // "a woman walking her dog": the participle's phrase
		}
		k++
	}
	head := k - 1
	if head <= s || !p.isWordAt(head) || p.toks[head].isCap(p.text) && !isAcronym(p.word(head)) || p.isWordAt(k) && p.toks[k].isCap(p.text) && !isAcronym(p.word(k)) {
		// "A <Body> spokesperson", "A senior <Body> official": a body's
		// name inside the description, whose own rules read it.
		return unnamedSubject{}
	}
	for i := s + 1; i < head; i++ {
		if w := p.lw(i); strings.HasPrefix(w, "spokes") || strings.HasPrefix(w, "official") || docNouns[w] {
			return unnamedSubject{} // "a government official familiar with …"
		}
	}
	hw := p.lw(head)
	// "A fish processor", "a timber exporter": an agent noun that names a
	// firm as often as a person, which the words after the verb settle.
	agent := p.isOrgHeadAt(head) && !isPersonNoun(hw) && (strings.HasSuffix(hw, "er") || strings.HasSuffix(hw, "or"))
	if strings.HasPrefix(hw, "spokes") || strings.HasPrefix(hw, "official") || docNouns[hw] || p.isOrgHeadAt(head) && !isPersonNoun(hw) && !agent ||
		strings.HasSuffix(hw, "s") && !isPersonNoun(hw) {
		// A body's voice, a document, a body, or several people: their
		// own rules.
		return unnamedSubject{}
	}
	if !indefinite[det] && !(p.lowerAt(k) == "of" && p.inList(k+1, cIndefinite)) || det == "some" || det == "several" {
		return unnamedSubject{}
	}
	if p.namedAfterNoun(k, b) {
		return unnamedSubject{} // "A bus driver at the depot, Mr X, said"
	}
	rel := false // inside a relative clause with no comma before it
	for i := k; i < b && i < k+40; i++ {
		switch {
		case rel && p.toks[i].kind == tQuote && p.toks[i].open && p.lowerAt(i-1) == "name":
			// "a <person noun> who goes by the name “<Name>” told …":
			// the marks hold the one name the relative clause gives;
			// the sentence's verb is still to come.
			if n := p.markedNameEnd(i); n > 0 {
				i = n
				continue
			}
			return unnamedSubject{}
		case p.toks[i].q != 0 || p.toks[i].kind == tQuote:
			return unnamedSubject{}
		case p.isComma(i):
			// A clause set off in commas: who, where, or a participle's.
			l := p.lowerAt(i + 1)
			// "The mother of one of the victims, in <Town>, said": where
			// they are, set off, names no one either.
			if l != "who" && l != "where" && l != "whose" && !(strings.HasSuffix(l, "ing") && !p.toks[i+1].isCap(p.text)) && !(placePreps[l] && p.isNameWord(i+2)) && !p.participleAside(i+1) {
				return unnamedSubject{}
			}
			c := i + 2
			for c < b && !p.isComma(c) && p.toks[c].q == 0 {
				c++
			}
			if !p.isComma(c) {
				return unnamedSubject{}
			}
			v := c + 1
			for v < b && p.isWordAt(v) && p.toks[v].class&cSkip != 0 && p.toks[v].class&cSpeech == 0 {
				v++ // "…, later told", "…, also said"
			}
			if !p.isSpeechVerbAt(v) {
				return unnamedSubject{}
			}
			return p.agentSpeaker(s, v, personNouns[hw], agent && l != "who")
		case p.lowerAt(i) == "who":
			rel = true
		case p.isSpeechVerbAt(i):
			return p.agentSpeaker(s, i, personNouns[hw], agent && !rel)
		case !rel && p.isWordAt(i) && auxiliaries[p.lw(i)]:
			return unnamedSubject{} // "A man was arrested after …": not a speaker
		case !rel && p.isWordAt(i) && subjectPronouns[p.lw(i)]:
			// "<Number> <unit> after the <event> he <verb>ed …": a time,
			// not a person, opens the sentence; the pronoun is the verb's
			// subject.
			return unnamedSubject{}
		case p.isNameWord(i) && p.isComma(i+1) && p.isSpeechVerbAt(i+2):
			return unnamedSubject{} // a name set off before the verb
		}
	}
	return unnamedSubject{}
}

// agentSpeaker is unnamedSpeaker's answer for the description opening at
// token s whose speech verb is at v. When its head is an agent noun that
// may name a firm ("a fish processor", "a timber exporter") and no "who"
// clause said it is a person, the clause the verb reports must: its
// subject "he" or "she" ("said she was waiting …", "told <Outlet> he had
// …"), as a firm's would be "it". That pronoun gives the gender.
func (p *para) agentSpeaker(s, v int, g gender, agent bool) unnamedSubject {
	if agent {
		pg := p.reportedPerson(v)
		if pg == unknownGender {
			return unnamedSubject{}
		}
		g = pg
	}
	return unnamedSubject{tok: s + 1, gender: g, verb: v + 1}
}

// reportedPerson returns the gender of a "he" or "she" opening the clause
// a speech verb at v reports, within a few words of it (past "that" and
// whom it was told to), else unknownGender.
func (p *para) reportedPerson(v int) gender {
	for k := v + 1; k <= v+4 && p.isWordAt(k); k++ {
		switch p.lw(k) {
		case "he":
			return male
		case "she":
			return female
		}
	}
	return unknownGender
}

// participleAside reports whether the words at token i open an aside
// that is a past participle's phrase ("met at the <Place> market",
// "interviewed by telephone", "reached in <Town>"): how the reporter
// found an unnamed voice, which names no one.
func (p *para) participleAside(i int) bool {
	if !p.isWordAt(i) || p.toks[i].isCap(p.text) || !p.isWordAt(i+1) || p.toks[i+1].class&cPrep == 0 && p.lw(i+1) != "by" {
		return false
	}
	w := p.lw(i)
	return strings.HasSuffix(w, "ed") || strongParticiples[w]
}

// strongParticiples are past participles that do not end in "-ed".
var strongParticiples = set(`met seen found caught heard spoken`)

// markedNameEnd returns the closing mark of marks opened at token i that
// hold one or two capitalised words and nothing else (“<Name>”), as copy sets
// off a pseudonym; else 0.
func (p *para) markedNameEnd(i int) int {
	for n := i + 1; n < len(p.toks) && n <= i+3; n++ {
		switch {
		case p.toks[n].kind == tQuote:
			if n > i+1 {
				return n
			}
			return 0
		case p.toks[n].kind != tWord || !p.toks[n].isCap(p.text):
			return 0 // inside marks no token is a name word: capitals tell

		}
	}
	return 0
}
