package ingest

import "strings"

// isPortfolio reports whether a lower-case word is a field a ministry, a
// secretary or a committee is for: one of portfolios, or an abstract noun
// by an ending hardly anyone's name has ("Irrigation", "Ecology",
// "Procurement", "Statistics"), which no word list can hold all of. A
// title's fields end where the name after them begins.
func isPortfolio(w string) bool {
	if portfolios[w] {
		return true
	}
	n := len(w)
	switch {
	case n >= 7 && (strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "sion")):
		return true // irrigation, aviation, immigration, broadcasting's "information"
	case n >= 9 && strings.HasSuffix(w, "ment"):
		return true // procurement, settlement (not Clement)
	case n >= 7 && strings.HasSuffix(w, "ology"):
		return true // ecology, technology (not -ness: Harkness, Guinness)
	case n >= 8 && strings.HasSuffix(w, "ics"):
		return true // statistics, logistics, economics
	}
	return false
}
