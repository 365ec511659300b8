package ingest

import (
	"unicode"
	"unicode/utf8"
)

// wordClass is what the word lists say about a word, looked up once per
// token when it is made: the attribution rules ask these questions of every
// word several times, and a bit test is far cheaper than a map lookup.
type wordClass uint64

const (
	cFunction wordClass = 1 << iota
	cDay
	cMonth
	cRole
	cRoleMod
	cParticle // a name particle ("de", "van"): tested before a lookup in particles, which it spares for most words
	cSpeech
	cDet
	cPronoun
	cSkip // an adverb or auxiliary between subject and verb
	cPrep
	cGendered // he, his, him, she, her, hers and the -self forms
	cOrgHead  // a word that ends a body's name: "ministry", "council"
	cHonor    // an honorific or a title that tells a gender: "Mr", "Dame", "spokeswoman"
	cAttrib   // attributes words without being a speech verb: "according", "as she put it", "in his words"
	cCap      // the token starts with a capital (set per token, not in the table)
	// A word with only the bits below is in no list as far as
	// tokenize's guesses go (listOnly): they spare a map lookup each.
	cPlaceAfter // a preposition a place follows: "in", "near" (placeAfter)
	cDocNoun    // a noun for a document: "statement", "report" (docNouns)
	cKin        // a kin noun: "wife", "son" (kinNouns)
	cToday      // "today" or "yesterday", which relativeDay looks for in every sentence
	cName       // a name word, as isNameWord says: set per token once the quotes are found (markNameWords), not in the table

	// The bits below say only that a token's lower case is a word of a
	// list, so the rules that ask the list of a token read a bit rather
	// than look the word up in the list's map (some 120 instructions a
	// look-up, and they were some 100 K of a 5 KB article's 2.7 M). No rule
	// clears them, joinPossessives works them out again for the word it
	// makes, and the lists hold only words that start with a letter or a
	// digit, so no other token is in them (checked by init): a bit is set
	// exactly when list[p.lw(i)] is true. inList reads them.
	cIndefinite // indefinite
	cBeForm     // beForms
	cPlacePrep  // placePreps
	cGroupNoun  // groupNouns
	cChantVerb  // chantVerbs
	cAsLabel    // asLabels
	cParticiple // participleOnly
	cLeadConn   // leadConnectives
	cOrgDesc    // orgDescriptors
	cTimeWord   // timeWords
	cKindHead   // kindHeads
	cFuture     // futureMarkers
	cForwardOnly
	cPersonNoun // a key of personNouns
	cPronounKey // a key of pronounGender
	cDemonym    // demonyms
	cEpithet    // epithets
	cPreposition
	cNounPrep    // nounPreps
	cPostNominal // postNominals
	cJudges      // judgesLetters
	cSpeechAny   // speechVerbs' anyUse verbs
	cSpeechQuote // speechVerbs' quoteOnly verbs
	cGiven       // a key of givenNames
	cSummaryStop // summaryStop

	// These lists are read by inLexicon, of any word, not only a token's
	// (titleSmallWords has "&", which inList would not find).
	cTitleSmall   // titleSmallWords
	cAbbrev       // abbreviations
	cCourtesy     // courtesyTitles
	cSecondTitle  // secondTitles
	cRoleWord     // roleWords
	cPlaceWord    // placeWords
	cLegalSuffix  // legalSuffixes
	cBodyEnd      // knownBodyEnds
	cFirmForm     // firmForms
	cKnownPlace   // knownPlaces
	cPlaceName    // knownPlaceNames
	cPortfolio    // portfolios
	cBusinessHead // businessHeads
	cDefinite     // definite
)

// listBits are the bits that say only which lists a word is in (above).
const listBits = cIndefinite | cBeForm | cPlacePrep | cGroupNoun | cChantVerb | cAsLabel | cParticiple | cLeadConn |
	cOrgDesc | cTimeWord | cKindHead | cFuture | cForwardOnly | cPersonNoun | cPronounKey | cDemonym | cEpithet |
	cPreposition | cNounPrep | cPostNominal | cJudges | cSpeechAny | cSpeechQuote | cGiven | cSummaryStop |
	cTitleSmall | cAbbrev | cCourtesy | cSecondTitle | cRoleWord | cPlaceWord | cLegalSuffix | cBodyEnd |
	cFirmForm | cKnownPlace | cPlaceName | cPortfolio | cBusinessHead | cDefinite

// cUnread is no word's class: foldTokens gives it to a folded word that is
// not a plain token's lower case, whose class the token does not tell
// (see document.wordCls).
const cUnread wordClass = 1 << 63

// listOnly is the bits tokenize's occupation and "vice-" guesses ignore,
// as they did before the bits were added.
const listOnly = cPlaceAfter | cDocNoun | cKin | cToday | listBits

var wordClasses = map[string]wordClass{}

// maxLexiconWord is the length of the longest word in the lists: longer
// words need no lookup.
var maxLexiconWord int

// wordClassOf is wordClasses[lw], but none for "" (which a list may hold,
// and no token is).
func wordClassOf(lw string) wordClass {
	if lw == "" {
		return 0
	}
	return wordClasses[lw]
}

// markListWord gives w the list bit c (listBits), checking that a token
// other than a word cannot be w: its first character is a letter or a
// digit, as only a word token's is.
func markListWord(w string, c wordClass) {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		panic("a list word that is no word: " + w)
	}
	wordClasses[w] |= c
}

// listClass is the list bits of a token whose lower case is lw.
func listClass(lw string) wordClass {
	return lexiconClass(lw) & listBits
}

// inLexicon reports whether w is a word of the list whose bit c says so
// (listBits): list[w], by one look-up in wordClasses for all the lists.
func inLexicon(w string, c wordClass) bool {
	return lexiconClass(w)&c != 0
}

// lexiconClass is wordClasses[w]: the classes of a word and the lists it
// is in.
func lexiconClass(w string) wordClass {
	if len(w) > maxLexiconWord {
		return 0
	}
	return wordClassOf(w)
}

// lexiconClassBytes is lexiconClass(string(b)): the map is indexed by
// string(b) itself, which copies nothing, where a string made to pass
// to lexiconClass was copied to the heap when longer than 32 bytes (a
// place's name of several words).
func lexiconClassBytes(b []byte) wordClass {
	if len(b) == 0 || len(b) > maxLexiconWord {
		return 0
	}
	return wordClasses[string(b)]
}

// speechUse is speechVerbs[p.low(t)], from the token's class.
func speechUse(t *token) verbUse {
	switch {
	case t.class&cSpeechAny != 0:
		return anyUse
	case t.class&cSpeechQuote != 0:
		return quoteOnly
	}
	return 0
}

// givenGenderAt is givenGender(p.lw(i)) asked of a token: a plain word
// (ASCII letters and digits) no given name is, givenGender has nothing
// more to try, which its class tells at once.
func (p *para) givenGenderAt(i int) (gender, bool) {
	if t := &p.toks[i]; t.plain && t.class&cGiven == 0 {
		return unknownGender, false
	}
	return givenGender(p.lw(i))
}

// inList reports whether token i's lower case is a word of the list whose
// bit c says so (listBits): list[p.lowerAt(i)], from the token's class.
func (p *para) inList(i int, c wordClass) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].class&c != 0
}

// genderAt is m[p.lowerAt(i)] and whether it is there, for m personNouns
// or pronounGender, whose keys bit c marks: the map is asked only for a
// token whose class says it is a key.
func (p *para) genderAt(i int, c wordClass, m map[string]gender) (gender, bool) {
	if !p.inList(i, c) {
		var zero gender // what the map gives for a word it lacks
		return zero, false
	}
	g, ok := m[p.lw(i)]
	return g, ok
}

func init() {
	mark := func(words map[string]bool, c wordClass) {
		for w := range words {
			wordClasses[w] |= c
		}
	}
	mark(functionWords, cFunction)
	mark(kinNouns, cKin)
	for w := range dayNames {
		wordClasses[w] |= cDay
	}
	for w := range monthNames {
		if w != "may" {
			wordClasses[w] |= cMonth
		}
	}
	mark(roleWords, cRole)
	mark(roleModifiers, cRoleMod)
	for w := range titleAbbrevs {
		wordClasses[w] |= cRole
	}
	mark(particles, cParticle)
	for w := range speechVerbs {
		wordClasses[w] |= cSpeech
	}
	mark(definite, cDet)
	mark(indefinite, cDet)
	for w := range pronounGender {
		wordClasses[w] |= cPronoun
	}
	mark(subjectSkip, cSkip)
	mark(prepositions, cPrep)
	mark(orgHeads, cOrgHead)
	for w := range honorifics {
		wordClasses[w] |= cHonor
	}
	for w := range roleGender {
		wordClasses[w] |= cHonor
	}
	mark(attribWords, cAttrib)
	mark(placeAfter, cPlaceAfter)
	mark(docNouns, cDocNoun)
	wordClasses["today"] |= cToday
	wordClasses["yesterday"] |= cToday
	for _, l := range []struct {
		words map[string]bool
		c     wordClass
	}{
		{indefinite, cIndefinite}, {beForms, cBeForm}, {placePreps, cPlacePrep}, {groupNouns, cGroupNoun},
		{chantVerbs, cChantVerb}, {asLabels, cAsLabel}, {participleOnly, cParticiple}, {leadConnectives, cLeadConn},
		{orgDescriptors, cOrgDesc}, {timeWords, cTimeWord}, {kindHeads, cKindHead}, {futureMarkers, cFuture},
		{forwardOnly, cForwardOnly}, {demonyms, cDemonym}, {epithets, cEpithet},
		{prepositions, cPreposition}, {nounPreps, cNounPrep}, {postNominals, cPostNominal}, {judgesLetters, cJudges},
		{summaryStop, cSummaryStop},
	} {
		for w, in := range l.words {
			if in {
				markListWord(w, l.c)
			}
		}
	}
	for w := range personNouns {
		markListWord(w, cPersonNoun)
	}
	for w := range pronounGender {
		markListWord(w, cPronounKey)
	}
	for w := range givenNames {
		markListWord(w, cGiven)
	}
	for w, use := range speechVerbs {
		switch use {
		case anyUse:
			markListWord(w, cSpeechAny)
		case quoteOnly:
			markListWord(w, cSpeechQuote)
		}
	}
	for _, l := range []struct {
		words map[string]bool
		c     wordClass
	}{
		{titleSmallWords, cTitleSmall}, {abbreviations, cAbbrev}, {courtesyTitles, cCourtesy}, {secondTitles, cSecondTitle},
		{roleWords, cRoleWord}, {placeWords, cPlaceWord}, {legalSuffixes, cLegalSuffix}, {knownBodyEnds, cBodyEnd},
		{firmForms, cFirmForm}, {knownPlaces, cKnownPlace}, {knownPlaceNames, cPlaceName}, {portfolios, cPortfolio},
		{businessHeads, cBusinessHead}, {definite, cDefinite},
	} {
		for w, in := range l.words {
			if in && w != "" {
				wordClasses[w] |= l.c
			}
		}
	}
	for w := range personalPronouns {
		wordClasses[w] |= cGendered
	}
	for w := range wordClasses {
		maxLexiconWord = max(maxLexiconWord, len(w))
	}
}
