package ingest

import (
	"slices"
	"strings"
)

// namedMinistryField returns the field a description of a minister names
// after "of" or "for" in capitals — "the Minister of <Field>", "the
// Minister for <Field>" — in lower case; "" when the description names no
// field so ("the minister", "the Deputy Minister", "the <Nationality>
// minister", "the Minister of State", whose "State" is a rank), or names
// a foreign minister, whose post goes by too many names ("External
// Affairs", "Secretary of State") for the words to tell two apart. A
// field so named is an office of its own: copy that means a minister it
// named before with another portfolio would not give the other
// portfolio's name.
func namedMinistryField(desc string) string {
	words := strings.Fields(desc)
	for i, w := range words {
		if !strings.EqualFold(w, "minister") || i+2 >= len(words) || words[i+1] != "of" && words[i+1] != "for" {
			continue
		}
		if i > 0 && (strings.EqualFold(words[i-1], "prime") || slices.ContainsFunc(subordinateRanks, func(r string) bool { return strings.EqualFold(words[i-1], r) })) {
			return ""
		}
		f := strings.Trim(words[i+2], ",.()")
		if strings.EqualFold(f, "the") && i+3 < len(words) {
			f = strings.Trim(words[i+3], ",.()")
		}
		lf := strings.ToLower(f)
		if !isCapWord(f) || lf == "state" || lf == "foreign" {
			return ""
		}
		return lf
	}
	return ""
}

// otherPortfolio reports whether e, a person, holds a title that is no
// minister's or a minister's that does not name field (a namedMinistryField)
// among its words: "the Minister of <Field>" is not the "Minister for
// <Other>" named before, nor a company's chief who spoke last. A title that
// names the field anywhere ("Minister of <Other> and <Field>") is the office.
func otherPortfolio(field string, e *entity) bool {
	if field == "" || e == nil || e.kind != "person" {
		return false
	}
	title := ministerTitle(e)
	if title == "" {
		return true
	}
	if hasWordFold(title, field) {
		return false
	}
	return ministryField(title) != ""
}

// pastHolder reports whether a sentence says the post it names was held
// by someone else then: "the Minister for <Field> at the time", "the
// then Minister": words of a past holder are not the office's now.
func pastHolder(sentence string) bool {
	l := strings.ToLower(sentence)
	return strings.Contains(l, " at the time") || strings.Contains(l, "then minister") || strings.Contains(l, "then-minister")
}
