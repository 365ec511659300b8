package ingest

import "strings"

// doubt says why the speaker of a quote the rules attributed with no note
// of check's still wants a second look, or "". check flags the ways of
// finding a speaker that are guesses as a class (a pronoun, a description,
// the paragraph before); doubt flags a speaker found by a way that is
// usually right, from a sentence whose words show that this time it may
// not be: the phrase read as the speaker names someone of another kind,
// or is only part of the subject, or another voice stands between the
// quote and its verb. A curator publishes an unflagged speaker as drafted,
// so these are the wrong speakers that would go out unread.
//
// e is the speaker as drafted (after fullName). Only words of the event's
// own sentence are read: no scan of the article.
func (x *extractor) doubt(f found, e *entity) string {
	ev := f.ev
	if ev == nil || e == nil {
		return ""
	}
	if ev.subj == nil {
		return x.otherVoice(f, e)
	}
	r := ev.subj
	var note string
	switch {
	case r.kind == refPronoun:
		note = pronounMisfit(r, e)
	case r.kind == refRole:
		note = roleMisfit(r, e)
	case r.kind == refSomeone:
		if e.kind != "person" && pluralHead(r.head) {
			// "The parties thank …": several voices, given to one body.
			note = "speaker from " + quoteWords(r.surface) + ", who are more than one; the draft gives the words to one of them"
		}
	case r.kind == refName || r.kind == refOrg:
		note = x.nameMisfit(r, e)
	}
	if note == "" {
		note = subjectPart(x.d.paras[ev.p], ev, e)
	}
	if note != "" {
		return note
	}
	return x.otherVoice(f, e)
}

// pronounMisfit flags a pronoun read as a speaker of a kind it does not
// name: "he" or "she" given to a body or a country, "it" given to a
// country (a country's words come from someone in it, whom the sentence
// with "it" does not name). These reach an unflagged quote when the quote
// continues the paragraph of the pronoun's own, flagged, quote.
func pronounMisfit(r *ref, e *entity) string {
	switch t := r.text; {
	case strings.EqualFold(t, "he") || strings.EqualFold(t, "she") || strings.EqualFold(t, "him") || strings.EqualFold(t, "her"):
		if e.kind != "person" {
			return "speaker from " + quoteWords(r.surface) + ", a person's pronoun, given to a body or place"
		}
	case strings.EqualFold(t, "it"):
		if e.kind == "place" {
			return "speaker from " + quoteWords(r.surface) + ", given to a country"
		}
	}
	return ""
}

// roleMisfit flags an unnamed person by their role whose words the draft
// gives to a country ("a senior <Country> official said", "its
// spokeswoman told"), unless the role is a delegate's, who sits for the
// country and speaks for it ("the representative of <Country>"); and a
// person's spokesperson ("her spokesperson") given to a body.
func roleMisfit(r *ref, e *entity) string {
	if e.kind == "place" && !delegateHeads[r.head] {
		return "speaker from " + quoteWords(r.surface) + ", one person's words given to a country"
	}
	if e.kind != "person" && (strings.EqualFold(r.det, "her") || strings.EqualFold(r.det, "his")) {
		return "speaker from " + quoteWords(r.surface) + ", a person's spokesperson or aide, given to a body"
	}
	return ""
}

// pluralHead reports whether a noun reads as a plural of at least four
// letters before its "s" ("parties", "unions"), not a singular ending in
// one ("press", "bus").
func pluralHead(h string) bool {
	one, ok := strings.CutSuffix(h, "s")
	return ok && len(one) >= 4 && !strings.HasSuffix(one, "s") && !strings.HasSuffix(one, "u")
}

// nameMisfit flags a name read as the speaker that names someone else
// than the speaker drafted: an acronym whose letters are not the
// speaker's initials (the committee's "MPC" given to its bank, an
// agency's acronym given to another agency); a country named in the
// possessive ("<Country>'s largest <federation> said"), which owns the
// speaker rather than speaks; a unit named with its parent's possessive
// ("<Body>'s <Unit> said"), given to the parent; a country's name or its
// capital's given to one of its bodies ("<Country> said in a statement
// issued by its <ministry>"), where whether the words are the country's
// or the body's is the curator's call.
func (x *extractor) nameMisfit(r *ref, e *entity) string {
	if isAcronym(r.text) && !initialsFit(r.text, e.display()) && !x.namesEntity(r.text, e) {
		return "speaker named by " + quoteWords(r.text) + ", whose letters are not the initials of " + e.display()
	}
	if e.kind == "place" && isPossessive(r.surface) {
		return "speaker from " + quoteWords(r.surface) + ", a possessive: the country owns whoever speaks"
	}
	if e.kind == "organisation" && isPossessive(r.role) && r.name != "" && !x.namesEntity(r.name, e) {
		return "the article names " + quoteWords(r.surface) + "; the draft gives the words to " + e.display() + ", whose unit it is"
	}
	if r.kind == refName && e.kind == "organisation" {
		if sp := x.cast.regSpeaker(r.name); sp != nil && sp.Kind == "place" {
			return "the article names " + quoteWords(r.surface) + "; the draft gives the words to " + e.display()
		}
	}
	return ""
}

// initialsFit reports whether acronym acr can be made of name's words in
// order, as acronyms are made: each letter the first of a word, or a
// letter further inside the word whose first letter came just before it
// (a syllable's: "LATRA" of "Land Transport Regulatory Authority"), words
// that give none skipped ("of", "the", a country after the name). "SEC"
// fits "Securities and Exchange Commission of <Country>", "PIOJ" "Planning
// Institute of Jamaica"; "MPC" fits neither "<Name> Bank of <Country>" nor
// "Bank of <Country>", and "NEA" does not fit "Environment Agency". An
// acronym with a letter outside A to Z is another language's, which the
// English name cannot be read against: it fits.
func initialsFit(acr, name string) bool {
	acr = strings.ReplaceAll(acr, ".", "")
	for i := 0; i < len(acr); i++ {
		if acr[i] < 'A' || acr[i] > 'Z' {
			return true
		}
	}
	return acronymOf(acr, strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }))
}

// acronymOf reports whether acr can be made of words (initialsFit).
func acronymOf(acr string, words []string) bool {
	if acr == "" {
		return true
	}
	for k, w := range words {
		if upperASCII(w[0]) != acr[0] {
			continue
		}
		rest := acr[1:]
		if acronymOf(rest, words[k+1:]) {
			return true
		}
		// Letters of rest taken inside w, in order, before the next word.
		at := 1
		for m := 0; m < len(rest); m++ {
			for at < len(w) && upperASCII(w[at]) != rest[m] {
				at++
			}
			if at == len(w) {
				break
			}
			at++
			if acronymOf(rest[m+1:], words[k+1:]) {
				return true
			}
		}
	}
	return false
}

// upperASCII returns c in upper case when it is an ASCII letter.
func upperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// namesEntity reports whether name is e's name or, for a registry
// speaker, one of its aliases.
func (x *extractor) namesEntity(name string, e *entity) bool {
	if e.reg != nil {
		return x.cast.regSpeaker(name) == e.reg
	}
	return x.cast.fold(name) == x.cast.nameKey(e)
}

// topicPrepositions make the name after them what a noun is about ("the
// report on <Country> described …"), not the subject.
var topicPrepositions = set(`on about regarding concerning into`)

// subjectPart flags a subject read as the speaker that is only part of
// the phrase before the verb: the object of a preposition ("a <Body>
// audit on <Country> called it “…”") or the last of two names "and"
// joins ("the leaders of <A> and <B> pledged “…”"), who speak together,
// not the last alone. The subject's words are matched
// back from the verb; a subject that does not end right before it is not
// read.
func subjectPart(p *para, ev *event, e *entity) string {
	r := ev.subj
	i := subjectBefore(p, ev)
	if i < 0 || !p.isWordAt(i) {
		return ""
	}
	w := p.lw(i)
	if topicPrepositions[w] {
		return "speaker from " + quoteWords(r.surface) + ", which follows " + quoteWords(p.word(i)) + ": the subject is what the words are about"
	}
	if w == "the" && i > 0 && p.isWordAt(i-1) {
		i--
		w = p.lw(i)
	}
	if w == "and" && i > 0 && p.isWordAt(i-1) && p.toks[i-1].isCap(p.text) && e.reg != nil && (r.kind == refName || r.kind == refOrg) {
		name := r.name
		if name == "" {
			name = r.text
		}
		if foldText(name) == foldText(e.reg.Name) || aliasOf(e.reg.Aliases, name) {
			return "speaker from " + quoteWords(r.surface) + ", the last of the subjects “and” joins; the words are theirs together"
		}
	}
	return ""
}

// subjectBefore returns the token just before the event's subject, its
// words matched back from the verb, or -1 when the subject does not end
// right before the verb.
func subjectBefore(p *para, ev *event) int {
	r := ev.subj
	if r == nil || r.surface == "" || ev.v == 0 {
		return -1
	}
	// The surface's words from its last, without splitting it: this runs
	// for most quotes, and a slice of words would be an allocation each.
	i := ev.v - 1
	for rest := strings.TrimSpace(r.surface); rest != ""; i-- {
		w := rest
		if j := strings.LastIndexByte(rest, ' '); j >= 0 {
			w, rest = rest[j+1:], strings.TrimRight(rest[:j], " ")
		} else {
			rest = ""
		}
		if !p.isWordAt(i) || p.word(i) != w {
			return -1
		}
	}
	return i
}

// aliasOf reports whether name folds to one of aliases.
func aliasOf(aliases []string, name string) bool {
	k := foldText(name)
	for _, a := range aliases {
		if foldText(a) == k {
			return true
		}
	}
	return false
}

// otherVoice flags a quote inside a clause another speaker's verb
// governs: a person's "said that" or "added that" before the speaker's
// own verb ("<Person> said that the <Body> had urged bidders to stay
// “…”"), whose report the words may be; or, for a quote attributed from
// behind, another speaker's verb between the quote and it ("<Capital>
// sent “…” and said …, <Ministry> said"), whose words they may be.
func (x *extractor) otherVoice(f found, e *entity) string {
	ev := f.ev
	p := x.d.paras[ev.p]
	after := ev.afterQuote > 0 && f.q.startPara == ev.p && f.q.endPara == ev.p
	if note := x.issuedByOther(ev, e); note != "" {
		return note
	}
	for _, o := range x.events[ev.p] {
		if o == ev || o.sent != ev.sent || o.ent == nil || o.ent == ev.ent {
			continue
		}
		if o.v < ev.v && e.kind != "person" && o.ent.kind == "person" && p.lowerAt(o.v+1) == "that" {
			return "speaker from a clause another speaker reports (" + quoteWords(p.word(o.v)+" that") + "): the words may be theirs"
		}
		if after && o.v > f.q.endTok && o.v < ev.v {
			return "speaker from the verb after the quote; another speaker's verb, " + quoteWords(p.word(o.v)) + ", stands between them"
		}
	}
	return ""
}

// statementNouns are the documents a body issues to speak in its own
// words, as "in a <statement> by <Body>" says.
var statementNouns = set(`statement readout communique communiqué release`)

// issuedByOther flags a speaker the sentence says spoke through another
// body's statement after the verb: "<Capital> dismissed it as “…” in a
// statement by the <Country> Foreign Ministry", where the words are the
// issuing body's, named with the country's own voice before them. The
// sentence's mentions are the extractor's, read once an article.
func (x *extractor) issuedByOther(ev *event, e *entity) string {
	if ev.sent >= len(x.mentions) {
		return ""
	}
	p := x.d.paras[ev.p]
	for _, mn := range x.mentions[ev.sent] {
		if mn.tok <= ev.v || mn.e == nil || mn.e == e || mn.e == ev.ent || mn.e.kind != "organisation" {
			continue
		}
		k := mn.tok - 1
		if p.lowerAt(k) == "the" {
			k--
		}
		if k > 0 && (p.lowerAt(k) == "by" || p.lowerAt(k) == "from") && statementNouns[p.lowerAt(k-1)] {
			return "the sentence says the words came in a " + p.lw(k-1) + " " + p.lw(k) + " " + mn.e.display()
		}
	}
	return ""
}
