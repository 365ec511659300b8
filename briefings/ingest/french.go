package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// frenchSpeechVerbs are the French verbs of speech a quote's attribution
// after it uses: the present ("<verb>-t-il", "<verb> <Name>") and the
// past participle behind "a" ("a <participle> <Name>", "a-t-il
// <participle>").
var frenchSpeechVerbs = set(`dit déclare déclaré indique indiqué affirme affirmé précise précisé
	explique expliqué ajoute ajouté souligne souligné assure assuré estime estimé confie confié
	déplore déploré prévient prévenu poursuit poursuivi insiste insisté martèle martelé rappelle
	rappelé conclut conclu regrette regretté dénonce dénoncé témoigne témoigné raconte raconté
	lance lancé glisse glissé répond répondu interroge interrogé annonce annoncé avertit averti
	reconnaît reconnu admet admis commente commenté observe observé note noté relève relevé
	plaide plaidé tranche tranché résume résumé soutient soutenu`)

// frenchDocuments are the French nouns for a statement a body issues
// ("le communiqué", "le texte", "le compte rendu", "la déclaration"):
// "<verb> le communiqué" and "selon le communiqué" after a quote are "said
// the statement", which the English rules give to the body that issued it.
var frenchDocuments = [...]string{"le communiqué", "le texte", "le compte rendu", "le compte-rendu",
	"la déclaration", "la note", "le document"}

// frenchDocument returns the length of a frenchDocuments noun opening s,
// followed by the end of a clause, or 0.
func frenchDocument(s string) int {
	for _, d := range frenchDocuments {
		if strings.HasPrefix(s, d) && (len(s) == len(d) || strings.IndexByte(" ,.;:", s[len(d)]) >= 0) {
			return len(d)
		}
	}
	return 0
}

// frenchObjects are the object pronouns that may stand before a French
// attribution's verb ("<pronoun> a-t-<il|elle> <participle>").
var frenchObjects = [...]string{"nous ", "lui ", "leur ", "me ", "m'", "m’"}

// attributionsIn rewrites, in a paragraph of copy in language l, l's
// attributions into the English the attribution rules read: l's
// sentence-opening "according to" forms, then the attribution standing
// right after each closing mark (in French "<verb>-t-il" and "a-t-il
// <participle>" are "he said", "<verb> <Name>" and "a <participle>
// <Name>" are "said <Name>"). The quote's own words are left as they are.
func attributionsIn(p string, l *copyLang) string {
	p = l.verbsBeforeQuotes(p)
	p = l.verbsBeforeOpenings(p)
	p = l.namesOpened(p)
	for _, s := range l.according {
		if strings.Contains(p, s) {
			p = frenchSelon(p, s)
		}
	}
	var b strings.Builder
	last := 0 // p is copied into b up to here, only once a rewrite is made
	for rest := p; ; {
		i := strings.IndexAny(rest, l.closing)
		if i < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(rest[i:])
		j := i + size
		k := j
		for k < len(rest) && (rest[k] == ' ' || rest[k] == ',') {
			k++
		}
		if k == j {
			// Only a mark with a space or comma after it is read: one
			// that opens a quote (a straight mark, or German copy's “
			// set English-style) has the quote's own words right after
			// it, which are never rewritten.
			rest = rest[j:]
			continue
		}
		w, n := l.phrase(rest[k:])
		at := len(p) - len(rest) // rest is p's tail
		if w != "" && w != "said" {
			// A pronoun's attribution after a quote whose sentence
			// brings in someone unnamed ("Un <noun>, …", "… une <noun>
			// …"): the pronoun is that person's, whom the English rules
			// would not see in French words, so it is left unread.
			if open := strings.LastIndexAny(p[:at+i], "«“\""); open >= 0 && frenchIndefinite(p[:open]) {
				w = ""
			}
		}
		if w == "" {
			rest = rest[k:]
			continue
		}
		b.WriteString(p[last : at+k])
		b.WriteString(w)
		last = at + k + n
		rest = rest[k+n:]
	}
	if last == 0 {
		return p
	}
	b.WriteString(p[last:])
	return b.String()
}

// attributionWord is the word s opens with, up to a space or a stop: the
// language pass's verb and name readers step through an attribution word
// by word.
func attributionWord(s string) string {
	if e := strings.IndexAny(s, " ,.;:"); e >= 0 {
		return s[:e]
	}
	return s
}

// frenchVerbPhrase reads the attribution at the start of s: its English
// ("he said", "she said", "said") and the bytes it stands for, or "" when
// s opens on none.
func frenchVerbPhrase(s string) (string, int) {
	for _, o := range frenchObjects {
		if strings.HasPrefix(s, o) {
			// "<pronoun> a-t-il <participle>": the pronoun is the
			// reader's or the reporter's, not the speaker.
			if e, n := frenchVerbPhrase(s[len(o):]); e != "" {
				return e, len(o) + n
			}
			return "", 0
		}
	}
	w := attributionWord(s)
	if w == "selon" && len(s) > 6 {
		// "« <words> », selon le compte rendu."
		if d := frenchDocument(s[6:]); d > 0 {
			return "according to the statement", 6 + d
		}
		return "", 0
	}
	pron := func(w, verb string) string {
		for _, suf := range [...]string{"-t-il", "-t-elle", "-il", "-elle"} {
			if v, ok := strings.CutSuffix(w, suf); ok && (verb == "" || v == verb) {
				if strings.HasSuffix(suf, "elle") {
					return "she"
				}
				return "he"
			}
		}
		return ""
	}
	if pr := pron(w, "a"); pr != "" {
		// "a-t-il <participle>"
		rest := s[len(w):]
		if !strings.HasPrefix(rest, " ") {
			return "", 0
		}
		part := attributionWord(rest[1:])
		if !frenchSpeechVerbs[part] {
			return "", 0
		}
		return pr + " said", len(w) + 1 + len(part)
	}
	if h := strings.IndexByte(w, '-'); h > 0 && (frenchSpeechVerbs[w[:h]] || frenchReflexive(w[:h])) {
		// "<verb>-t-il", "s'<verb>-t-il"
		if pr := pron(w, w[:h]); pr != "" {
			return pr + " said", len(w)
		}
		return "", 0
	}
	verb, n := w, len(w)
	if w == "a" && strings.HasPrefix(s[1:], " ") {
		verb = attributionWord(s[2:])
		n = 2 + len(verb)
	}
	if !frenchSpeechVerbs[verb] || n >= len(s) || s[n] != ' ' {
		return "", 0
	}
	if d := frenchDocument(s[n+1:]); d > 0 {
		// "<verb> le communiqué", "a <participle> le texte"
		return "said the statement", n + 1 + d
	}
	for _, a := range [...]string{"le", "la"} {
		// "<verb> le <title>.": the title alone, see bareTitle
		if strings.HasPrefix(s[n+1:], a+" ") {
			if e := bareTitle(s[n+1+len(a):]); e > 0 {
				return bareTitleGender[a] + " said", n + 1 + len(a) + e
			}
		}
	}
	if !unicode.IsUpper(firstRune(s[n+1:])) {
		return "", 0 // "<verb> <Name>" only: a capital after the verb
	}
	return "said", n
}

// frenchReflexiveVerbs are French verbs of speech used with "se"
// ("s'<verb>-t-il": asks, exclaims, protests).
var frenchReflexiveVerbs = set(`interroge exclame insurge indigne étonne inquiète emporte agace amuse
	impatiente alarme écrie`)

// frenchReflexive reports whether w is "s'<verb>" of frenchReflexiveVerbs.
func frenchReflexive(w string) bool {
	for _, pre := range [...]string{"s'", "s’"} {
		if v, ok := strings.CutPrefix(w, pre); ok {
			return frenchReflexiveVerbs[v]
		}
	}
	return false
}

// frenchSelon rewrites "Selon <Name>, …" (or another language's form,
// sel: "Según ", "Laut ") opening a sentence as "According to <Name>, …",
// the form of a source's attribution. One inside a quote (more « or “
// than » or ” before it) is the speaker's own word and is left as it is.
func frenchSelon(p, sel string) string {
	var b strings.Builder
	for rest := p; ; {
		i := strings.Index(rest, sel)
		if i < 0 {
			if b.Len() == 0 {
				return p
			}
			b.WriteString(rest)
			return b.String()
		}
		start := i == 0 && len(p) == len(rest) || i >= 2 && rest[i-2] == '.' && rest[i-1] == ' '
		b.WriteString(rest[:i])
		if start && unicode.IsUpper(firstRune(rest[i+len(sel):])) && !insideFrenchQuote(p[:len(p)-len(rest)+i]) {
			b.WriteString("According to ")
		} else {
			b.WriteString(sel)
		}
		rest = rest[i+len(sel):]
	}
}

// frenchIndefinite reports whether s brings in someone unnamed as a
// sentence's subject: "Un <noun>" or "Une <noun>" opening a sentence, or
// "un" or "une" after a comma ("Dans <place>, une <noun> …").
func frenchIndefinite(s string) bool {
	for _, a := range [...]string{"Un ", "Une ", ", un ", ", une "} {
		for rest := s; ; {
			i := strings.Index(rest, a)
			if i < 0 {
				break
			}
			if a[0] == ',' || i == 0 && len(rest) == len(s) || i >= 2 && rest[i-2] == '.' && rest[i-1] == ' ' {
				return true
			}
			rest = rest[i+len(a):]
		}
	}
	return false
}

// withCopyAttributions is attributionsIn on each paragraph of copy whose
// opening reads as one of the languages copyLanguage knows; the slice is
// copied only when one changes.
// English copy is passed over by its opening alone: scanning every
// paragraph for closing marks cost an eighth of a 5 KB article's
// instructions.
func withCopyAttributions(paras []string) []string {
	l := copyLanguage(paras)
	if l == nil {
		return paras
	}
	out := paras
	for i, p := range paras {
		if q := attributionsIn(p, l); q != p {
			if &out[0] == &paras[0] {
				out = append([]string(nil), paras...)
			}
			out[i] = q
		}
	}
	return out
}

// insideFrenchQuote reports whether the text before leaves a quote open:
// more opening marks (« “) than closing ones (» ”).
func insideFrenchQuote(before string) bool {
	return strings.Count(before, "«")+strings.Count(before, "“") > strings.Count(before, "»")+strings.Count(before, "”")
}
