package ingest

import "strings"

// firstOfThreeParts reports whether the capitalised word w, which the
// lists do not know as a given name, is the first part of a name of three
// ("<Word> <Given> <Surname>") rather than the last word of a body's or a
// title's run before it: the article opens a sentence with the three
// words, where no body's name or title ends before a person's name, and
// the word is no title, role, epithet, body's word, place or nationality.
func (x *extractor) firstOfThreeParts(w string, name []string) bool {
	lw := strings.ToLower(w)
	if !startsUpper(w) || isAcronym(w) || strings.ContainsAny(w, ".'’") || nameTitleWord(w) || bodyWord(w) || isKnownPlace(lw) || isNationality(w) || countryOfWord(w) != "" {
		return false
	}
	if len(lw) <= maxLexiconWord && wordClassOf(lw)&^listBits != 0 {
		return false // a word of some class: a role, an epithet, a function word
	}
	return x.opensSentenceWith(w, strings.Join(name, " "))
}
