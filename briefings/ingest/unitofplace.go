package ingest

import (
	"strings"
	"unicode"
)

// unitOfPlace reports whether the words after "<unit head> of" name the
// part of the ground a body's local unit serves ("<Body> District Office
// of <Province>", "<BODY> Port Management Office of <Island>"), as "for"
// or "in" a place does: a place the lists know, or one capitalised word
// ending the name that is no field a functional office is for ("Office of
// Audit", "Office of Legal Affairs", "Office of Finance").
func unitOfPlace(words []string) bool {
	if isKnownPlace(strings.Join(words, " ")) {
		return true
	}
	if len(words) != 1 || !unicode.IsUpper(firstRune(words[0])) || isAcronym(words[0]) {
		return false
	}
	lw := strings.ToLower(words[0])
	return !portfolios[lw] && !officeFunctions[lw]
}

// officeFunctions are what a body's functional office is for, named after
// "Office of": the work, not a place.
var officeFunctions = set(`audit audits investigations investigation evaluation oversight ethics
	procurement administration management operations legal compliance inspection inspections
	communication communications information research statistics personnel staff protocol
	president presidency chairman chair director secretary minister commissioner ombudsman
	counsel prosecutor prosecutions training standards safety security internal external
	programmes programs projects policy strategy budget accounts treasury`)
