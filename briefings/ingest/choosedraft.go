package ingest

// The drafts' use of the learned chooser (chooser.go): which quotes it is
// asked about and which candidates it may name. Kept apart from the
// features and the model so that chooser.go, chooser_weights.go and the
// experiment can be copied onto the older commits the exports are made at
// (docs/ingest.md), where these filters' helpers do not exist.

import "strings"

// chooserOn is whether the drafts ask the chooser. Only tests turn it off
// (TestArticleSet with SCORE_RULES_ONLY=1, to score the rules alone); the
// package never reads the environment for it.
var chooserOn = true

// choose asks the chooser about the quotes where the rules name nobody and
// returns, for each quote, the speaker it picks over the rules' answer, or
// nil where the rules' answer stands (the rules' answer in these
// situations is always Unknown, so a pick is always a named entity).
//
// Before scoring, the drafts leave out what the rules already know is no
// one to name: a quote whose speech the article gives to an unnamed or
// anonymous voice, or to several (chooserKeepsUnknown), and candidates
// that are no speaker (chooserCandidate). Both only narrow what the
// chooser is asked; its features and weights are the experiment's.
func (x *extractor) choose(quotes []found) []*entity {
	if !chooserOn {
		return nil
	}
	ask := false
	for _, f := range quotes {
		if chooserCats[chCategory(f)] {
			ask = true
			break
		}
	}
	if !ask { // most articles: no features computed
		return nil
	}
	sits, _ := chSituations(x, quotes, chooserCats)
	var picks []*entity
	for i := range sits {
		s := &sits[i]
		if x.chooserKeepsUnknown(quotes[s.quoteIdx]) {
			continue
		}
		// A phrase that is a body's noun ("the committee") names no person,
		// and where two candidates answer to it the rules' Unknown stands.
		head := chooserBodyHead(quotes[s.quoteIdx].phrase)
		cands, bodies := s.cands[:1], 0 // Unknown, the rules' answer here
		for _, c := range s.cands[1:] {
			if chooserCandidate(c.e) && (head == "" || c.e.kind != "person") {
				cands = append(cands, c)
				if head != "" && c.e.heads[head] {
					bodies++
				}
			}
		}
		if len(cands) == 1 || bodies > 1 {
			continue
		}
		s.cands = cands
		k := chooserWeights.pick(s, chooserMargin)
		if k == s.rules || s.cands[k].e == nil {
			continue
		}
		if picks == nil {
			picks = make([]*entity, len(quotes))
		}
		picks[s.quoteIdx] = s.cands[k].e
	}
	return picks
}

// chooserCandidate reports whether the chooser may name e: a person the
// cast has more than capital letters for, or the registry lists; a body;
// a place the registry lists. A capitalised chunk the cast only guessed a
// person ("Kalpe Point", "Reform Plan"), an unnamed person ("the finance
// minister") and a place only the gazetteer knows are no speaker to give a
// quote to.
func chooserCandidate(e *entity) bool {
	switch e.kind {
	case "person":
		return e.confirmed || e.reg != nil
	case "organisation":
		return true
	case "place":
		return e.reg != nil
	}
	return false
}

// chooserKeepsUnknown reports whether the rules' Unknown stands for quote
// f whatever the chooser would say, because the article itself says the
// speaker is no one it names:
//   - the sentence of the quote or of its speech verb has an unnamed or
//     anonymous subject (x.unnamed: "Its treasurer, who did not want to be
//     named, said", "a resident said");
//   - the speech verb's subject is a phrase for several or for someone
//     unnamed: "a"/"an"/"one …" (ref.indefinite), a plural of people or of
//     bodies ("Observers", "officials", "Civic associations", a
//     capitalised "Conservationists" opening the sentence), or two names
//     joined ("The X Company and Y Marine said");
//   - the phrase for the speaker is someone's relation or a body's people,
//     not the one named ("His <nationality> counterpart", "The workers
//     of <Firm> Ltd"): chooserRelative;
//   - the subject is "I" or "we" in a transcript's turn whose label the
//     rules give to no one (turnSpeaker: a reporter's question);
//   - the quote's sentence, before it, opens a clause with a plural of
//     people ("and fishermen met … and said": barePluralBefore), or has a
//     crowd chant or sing it ("<Nationality> fans … went on singing":
//     crowdSings);
//   - the quote's sentence, before it, gives its words to an unnamed voice
//     (unnamedVoiceBefore: "a senior official … telling a meeting",
//     "My first boss used to tell us", "raised slogans of");
//   - nothing attributes the quote and it finishes a noun phrase of the
//     narrative (inNounPhrase, the rules' test for a term), or is a phrase
//     after "a" or "the" that ends no sentence ("publish a “sufficiently
//     detailed summary” of"): a scare quote or a term.
func (x *extractor) chooserKeepsUnknown(f found) bool {
	q := f.q
	si := x.d.chSentOf(q.startPara, q.startTok)
	if x.unnamed[si].tok > 0 || x.unnamedVoiceBefore(si, q.startTok) || x.barePluralBefore(si, q.startTok) || x.crowdSings(si, q.startTok) {
		return true
	}
	if f.ev == nil {
		p := x.d.paras[q.startPara]
		return p.inNounPhrase(q) || p.isDet(q.startTok-1) && !strings.ContainsAny(lastRune(q.text), ".?!…")
	}
	if x.unnamed[f.ev.sent].tok > 0 || chooserRelative(f.phrase) {
		return true
	}
	r := f.ev.subj
	if r == nil {
		return false
	}
	if r.indefinite || r.gender == plural || r.plural() || groupNouns[r.head] {
		return true
	}
	if r.kind == refRole && r.det == "the" && r.name == "" && r.org == "" && r.orgHead == "" && r.head != "" && !principalTitle(r.text) && x.onlyHolder(strings.ToLower(r.head)) == nil {
		// "The <Title> of <Portfolio>" as a speaker in a story naming
		// no one with that title: the rules could not say who
		// holds it, and a body or a person of another title is no
		// better a guess. A head of state's or government's title is
		// left to the chooser: a readout writes its own principal so,
		// and the office that issues it speaks for them.
		return true
	}
	w := strings.Fields(strings.ToLower(r.text))
	if n := len(w); n > 0 && (r.name == "" && r.org == "" || n == 1) {
		// A name of one word is read from a capital that may only open
		// the sentence: "Conservationists have criticised …".
		last := w[n-1]
		if groupNouns[last] || pluralOfPeople(last) {
			return true
		}
		if one, ok := strings.CutSuffix(last, "s"); ok && orgHeads[one] {
			return true // "Civic associations": several bodies, none named
		}
		if r.kind == refSomeone && len(last) >= 5 && (strings.HasSuffix(last, "ers") || strings.HasSuffix(last, "ors")) {
			// "<Place> <agent>s had described it as “…”", "<Trade>
			// operators say …": an agent noun's plural, people the phrase reader
			// found no name or body in, several of them.
			return true
		}
	}
	if (r.text == "I" || strings.EqualFold(r.text, "we")) && opensWithLabel(x.d.paras[q.startPara].text) && x.turnSpeaker(si) == nil {
		return true // "REPORTER (Name, Outlet): … I wrote that …": a turn the rules give no one, its "I" the questioner
	}
	return strings.Contains(" "+strings.ToLower(r.surface)+" ", " and ")
}

// principalTitle reports whether a role's words are a head of state's or
// government's title alone ("President", "Prime Minister", "Premier"),
// which a readout uses for the principal its office speaks for.
func principalTitle(text string) bool {
	return inFolded(principalTitles, text)
}

// principalTitles are the titles principalTitle takes, lower case, looked
// up folded without allocating: the chooser asks for every quote left open.
var principalTitles = map[string]bool{"president": true, "prime minister": true, "premier": true, "chancellor": true, "taoiseach": true}

// chooserBodyHead returns the noun of phrase when it is "the" and a
// body's noun ("the committee", "The ministry"), else "".
func chooserBodyHead(phrase string) string {
	w := strings.Fields(strings.ToLower(phrase))
	if len(w) == 2 && w[0] == "the" && orgHeads[w[1]] {
		return w[1]
	}
	return ""
}

// chooserRelative reports whether phrase names the speaker by a relation
// to someone else, whom the chooser would name instead: a possessive
// pronoun before a noun ("His <nationality> counterpart", "her deputy"),
// or a plural of people or a group noun of a body ("The workers of <Firm>
// Ltd", "members of the union").
func chooserRelative(phrase string) bool {
	w := strings.Fields(strings.ToLower(phrase))
	if len(w) > 1 && (w[0] == "his" || w[0] == "her" || w[0] == "their") {
		return true
	}
	for i := 0; i+1 < len(w) && i < 3; i++ {
		if w[i+1] == "of" && (groupNouns[w[i]] || pluralOfPeople(w[i])) {
			return true
		}
	}
	return false
}

// unnamedVoiceBefore reports whether sentence si, before token at, gives
// words to someone it does not name: a subject that opens with "a", "an"
// or "one" and a word in lower case (unnamedSpeaker's reading, without its
// speech verb: "A supporter in a Chiefs jersey … summed up the mood:"); a
// crowd's words (crowdWords, as openingQuote reads them); a name withheld
// (withheldName); or an indefinite or first-person possessive determiner
// ("a", "one", "some", "my", "our") with a person noun, a role, a group
// noun or a plural of people within three words, capitalised modifiers
// among them, and no name after it ("a senior official from one creditor
// country", "Some farmers", "My first boss", "one European diplomat", "An
// <Island> fisher"), as unnamedSubject and ownPersonBefore read them.
func (x *extractor) unnamedVoiceBefore(si, at int) bool {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	if k := p.subjectStart(s.a, s.b); k+1 < at && p.isWordAt(k+1) && (p.inList(k, cIndefinite) && p.lw(k) != "some" && p.lw(k) != "several") &&
		!p.toks[k+1].isCap(p.text) && !docNouns[p.lw(k+1)] {
		return true // "A supporter in a Chiefs jersey … summed up the mood:", as unnamedSpeaker reads a subject
	}
	for i := s.a; i < at && i < s.b; i++ {
		if !p.isWordAt(i) {
			continue
		}
		w := p.lw(i)
		if crowdWords[w] || withheldName(p, i) {
			return true
		}
		if !indefinite[w] && w != "my" && w != "our" {
			continue
		}
		for k := i + 1; k < at && k <= i+3 && p.isWordAt(k); k++ {
			if p.toks[k].isCap(p.text) {
				continue // a capitalised modifier: "one European diplomat", "An <Island> fisher"
			}
			l := p.lw(k)
			if _, person := personNouns[l]; person || p.isRoleAt(k) || groupNouns[l] || pluralOfPeople(l) {
				if !p.isNameWord(k+1) && !p.namedAfterNoun(k+1, s.b) {
					return true
				}
				break
			}
		}
	}
	return false
}

// barePluralBefore reports whether sentence si, before token at, has a
// plural of people with no determiner opening a clause, whose words a
// quote there would be: "…, and fishermen met on the quay and said it had
// been “…”".
func (x *extractor) barePluralBefore(si, at int) bool {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	for i := s.a; i < at && i < s.b; i++ {
		if !p.isWordAt(i) || p.toks[i].isCap(p.text) {
			continue
		}
		if w := p.lw(i); !pluralOfPeople(w) && !groupNouns[w] && !pluralOfMan(w) {
			continue
		}
		if i == s.a || !p.isWordAt(i-1) {
			return true
		}
		switch p.lw(i - 1) {
		case "and", "but", "while", "as", "when", "which", "where", "whom":
			return true // "… a <meeting> at which <people> accused …": a relative clause's subject
		}
	}
	return false
}

// pluralOfMan reports whether w is the plural of a person noun in "-man":
// "fishermen" for "fisherman", which pluralOfPeople's "-s" does not read.
// Only a word ending in "men" costs a look-up.
func pluralOfMan(w string) bool {
	stem, ok := strings.CutSuffix(w, "men")
	if !ok {
		return false
	}
	_, person := personNouns[stem+"man"]
	return person
}

// withheldName reports whether word i says someone's name is withheld, as
// anonymousSubject reads it in a "who" clause: "anonymity", "anonymous",
// or "named"/"identified" after "not", "declined" or "refused" ("An <Island>
// fisher who asked not to be named said", where the capitalised modifier
// keeps the rules from reading the clause).
func withheldName(p *para, i int) bool {
	switch p.lw(i) {
	case "anonymity", "anonymous", "anonymously":
		return true
	case "named", "identified":
		return p.negatedBefore(i)
	}
	return false
}

// chooserCheck is the check note of a quote whose speaker the chooser
// picked: in the style of check's, saying what the rules found and that
// the name is the model's guess, for the curator to confirm.
func chooserCheck(f found) string {
	if f.ent == nil && f.ev == nil {
		return "speaker picked by the learned chooser: nothing in the article attributes this quote"
	}
	return "speaker picked by the learned chooser: the article says " + quoteWords(f.phrase)
}
