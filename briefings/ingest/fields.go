package ingest

import "strings"

// isPortfolio reports whether a lower-case word is a field a ministry, a
// secretary or a committee is for: one of portfolios, or an abstract noun
// by an ending hardly anyone's name has ("Irrigation", "Ecology",
// "Procurement", "Statistics"), which no word list can hold all of. A
// title's fields end where the name after them begins.
func isPortfolio(w string) bool {
	if inLexicon(w, cPortfolio) {
		return true
	}
	n := len(w)
	switch {
	case n >= 7 && (strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "sion")):
		return true // irrigation, aviation, immigration, broadcasting's "information"
	case n >= 8 && (strings.HasSuffix(w, "tions") || strings.HasSuffix(w, "sions")):
		return true // the same nouns in the plural: "Social Relations"
	case n >= 9 && strings.HasSuffix(w, "ment"):
		return true // procurement, settlement (not Clement)
	case n >= 7 && strings.HasSuffix(w, "ology"):
		return true // ecology, technology (not -ness: Harkness, Guinness)
	case n >= 8 && strings.HasSuffix(w, "ics"):
		return true // statistics, logistics, economics
	}
	return false
}

// fieldPairs are fields of two words whose second is no field alone: a
// title's last word, "Minister of Ecology and Climate Change <Name>", runs
// on to the name after it unless the pair is known, since the first word
// ("Climate") is a field and would end the title a word early.
var fieldPairs = set(`climate+change human+rights vocational+training special+duties civil+service
	public+service national+unity national+guidance`)

// fieldAt reports whether token k ends one of a title's fields: a
// portfolio, or the second word of one of fieldPairs.
func (p *para) fieldAt(k int) bool {
	if !p.isWordAt(k) {
		return false
	}
	if isPortfolio(p.lw(k)) {
		return true
	}
	return k > 0 && p.isWordAt(k-1) && fieldPairs[p.lw(k-1)+"+"+p.lw(k)]
}
