package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The endings below give a person's gender where the name's own grammar
// does, for names whose given name the lists lack: Slavic and Baltic
// surnames agree with their bearer ("<Surname>ova" is a woman's,
// "<Surname>ov" a man's), and so do a few given names' endings, Russian
// patronymics, Turkic, Arabic and Malay words for "son of" and "daughter
// of", and the women's names South Asian and Vietnamese names hold
// ("Kaur", "Devi", "Thị"). Only endings no name of the other gender takes are
// listed; a man's ending is not trusted after a given name ending in "-a"
// (a woman abroad may keep her father's form, "<Given>a <Surname>ski").

// femaleSurnameEnds end only women's surnames: Russian, Bulgarian and
// Central Asian "-ova"/"-eva", Czech and Slovak "-á" ("-ová", "-ská",
// the adjectival "<Surname>á" whose men are "<Surname>ý"),
// Polish "-ska"/"-cka"/"-dzka", Russian adjectival "-skaya", Lithuanian
// married and maiden forms, Icelandic "-dóttir" and Greek genitive forms.
var femaleSurnameEnds = []string{"ova", "eva", "á", "ska", "cka", "dzka", "skaya", "tskaya",
	"ienė", "aitė", "ytė", "iūtė", "iene", "aite", "dóttir", "dottir", "opoulou", "idou", "iadou"}

// maleSurnameEnds end only men's surnames: the Slavic "-ov"/"-ev" and
// "-ski"/"-sky"/"-cki" families and the Czech and Slovak adjectival "-ý"
// ("<Surname>ý", whose women are "<Surname>á").
var maleSurnameEnds = []string{"ov", "ev", "ski", "sky", "skiy", "skyi", "cki", "cky", "ý"}

// notSurnameForms are words that end like a surname of one gender but are
// a country's or a language's adjective in bodies' names ("Poczta
// Polska", "Telewizja Polska") or words of other languages.
var notSurnameForms = set(`polska polski polskie slovenska slovenská česká ceska hrvatska casanova villanova terranova
	genova nova moldova alaska nebraska`)

// nameGender returns the gender the form of a person's name gives, or
// unknownGender: a given name's Slavic ending ("-slava", "-mira" a
// woman's, "-slav", "-mir" a man's), a patronymic ("-ovna", "-ovich"), a
// "son of"/"daughter of" word, or, failing those, the surname's ending.
// A given name the lists know is left to them.
func nameGender(name string) gender {
	first, last := name, name
	if sp := strings.IndexByte(name, ' '); sp > 0 {
		first, last = name[:sp], name[strings.LastIndexByte(name, ' ')+1:]
		if _, known := givenGender(strings.ToLower(first)); known {
			return unknownGender
		}
		if g := givenForm(first); g != unknownGender {
			return g
		}
		for rest := name[sp+1 : len(name)-len(last)]; rest != ""; {
			w := rest
			if i := strings.IndexByte(rest, ' '); i >= 0 {
				w, rest = rest[:i], rest[i+1:]
			} else {
				rest = ""
			}
			if g := middleForm(w); g != unknownGender {
				return g
			}
		}
		if g, ok := lineageWords[strings.ToLower(last)]; ok {
			return g // "<Surname> <Given> <Father's name> oglu"
		}
	} else if g := givenForm(name); g != unknownGender {
		return g
	}
	// A double-barrelled surname's parts each agree with the bearer
	// ("<Surname>ova-<Surname>ova", "<Surname>ý-<Surname>").
	g := unknownGender
	for part := range strings.SplitSeq(last, "-") {
		switch pg := surnameForm(part, first != name && endsFold(first, "a")); {
		case pg == unknownGender:
		case g != unknownGender && g != pg:
			return unknownGender
		default:
			g = pg
		}
	}
	return g
}

// surnameForm returns the gender a surname's ending gives, or
// unknownGender; a man's ending counts only when afterA is false (the
// given name does not end in "-a").
func surnameForm(w string, afterA bool) gender {
	if len(w) < 4 || notSurnameForms[strings.ToLower(w)] {
		return unknownGender
	}
	for _, e := range femaleSurnameEnds {
		if endsFold(w, e) {
			return female
		}
	}
	if afterA {
		return unknownGender
	}
	for _, e := range maleSurnameEnds {
		if endsFold(w, e) {
			return male
		}
	}
	return unknownGender
}

// givenForm returns the gender a Slavic given name's ending gives:
// "-slava" and "-mira" a woman's, "-slav" and "-mir" a man's.
func givenForm(w string) gender {
	if len(w) < 5 {
		return unknownGender
	}
	switch {
	case endsFold(w, "slava"), endsFold(w, "mira"):
		return female
	case endsFold(w, "slav"), endsFold(w, "mir"):
		return male
	}
	return unknownGender
}

// lineageWords say whose child a person is, or are names only one sex
// takes inside or at the end of a full name: Turkic "qizi"/"kyzy" and
// Arabic and Malay "bint"/"binti" a daughter, "oglu"/"uulu", "bin" and
// "ibn" a son; Vietnamese "Thị" a woman's middle name, "Văn" a man's;
// Sikh "Kaur", South Asian "Devi", "Kumari", "Khatun" and "Bibi" women's.
var lineageWords = map[string]gender{"qizi": female, "qızı": female, "kyzy": female, "gizi": female, "bint": female,
	"binti": female, "binte": female, "oglu": male, "oğlu": male, "ogly": male, "uulu": male, "bin": male, "ibn": male,
	"thị": female, "thi": female, "văn": male, "kaur": female, "devi": female, "kumari": female, "khatun": female,
	"khatoon": female, "bibi": female}

// middleForm returns the gender a word inside a name gives: a Russian
// patronymic ("-ovna" a daughter's, "-ovich" a son's) or a lineage word.
func middleForm(w string) gender {
	if g, ok := lineageWords[strings.ToLower(w)]; ok {
		return g
	}
	switch {
	case endsFold(w, "ovna"), endsFold(w, "evna"), endsFold(w, "ichna"):
		return female
	case endsFold(w, "ovich"), endsFold(w, "evich"):
		return male
	}
	return unknownGender
}

// endsFold reports whether w ends in the lower-case suffix, whatever the
// case of w.
func endsFold(w, suffix string) bool {
	return len(w) > len(suffix) && strings.EqualFold(w[len(w)-len(suffix):], suffix)
}

// formGender is nameGender for a person the cast holds, read once.
func (e *entity) formGender() gender {
	if !e.formRead {
		e.form, e.formRead = nameGender(e.name), true
	}
	return e.form
}

// elidedParticleName reports whether a word in lower case is a surname
// behind the elided article that opens it in French, Acadian and Italian
// names: "d'<Surname>", "dell'<Surname>", "dall'<Surname>", written with
// either apostrophe and a capital after it. Such a word is a capital of a
// name ("<Given> d'<Surname>"), though its first letter is small. A closed
// class.
func elidedParticleName(w string) bool {
	if len(w) < 4 || w[0] != 'd' {
		return false
	}
	for _, pre := range [...]string{"d'", "d’", "dell'", "dell’", "dall'", "dall’"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) >= 2 {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}
