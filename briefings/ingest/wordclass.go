package ingest

// wordClass is what the word lists say about a word, looked up once per
// token when it is made: the attribution rules ask these questions of every
// word several times, and a bit test is far cheaper than a map lookup.
type wordClass uint32

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
)

var wordClasses = map[string]wordClass{}

// maxLexiconWord is the length of the longest word in the lists: longer
// words need no lookup.
var maxLexiconWord int

func init() {
	mark := func(words map[string]bool, c wordClass) {
		for w := range words {
			wordClasses[w] |= c
		}
	}
	mark(functionWords, cFunction)
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
	for w := range personalPronouns {
		wordClasses[w] |= cGendered
	}
	for w := range wordClasses {
		maxLexiconWord = max(maxLexiconWord, len(w))
	}
}
