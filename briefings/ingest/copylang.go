package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// copyLang is what attributionsIn needs of a language the copy is written
// in: the words that tell it from others in an article's opening, the
// sentence-opening forms of "according to <Name>", and how to read an
// attribution standing after a quote's closing mark.
type copyLang struct {
	function  []string // words between spaces English copy all but never holds
	according []string // "Selon ", "Según ", …: "According to " before a capital
	closing   string   // the marks that close a quote: German closes „ with “ and » with «
	verbs     map[string]bool
	pronouns  map[string]string // subject pronoun → "he" or "she"
	articles  map[string]bool   // "el", "der", "su": before a title and a name
	to        map[string]bool   // "a", "ao": "<verb> to <Outlet> …", whose name is no speaker's
	reads     []string          // "lê-se no ": "<words>", it reads in <document>
	the       map[string]bool   // "El", "La", "O": the articles that may open a sentence on a name
	aux       string            // Slovene "je": the verb is "je <participle>", its gender the participle's
	titleLen  int               // lower-case words a title may run to between verb and name
	saying    map[string]bool   // verbs that may report a quote opened after them in their clause
	phrase    func(s string) (string, int)
}

var frenchLang, spanishLang, portugueseLang, germanLang, sloveneLang copyLang

func init() {
	frenchLang = copyLang{
		function:  []string{" les ", " des ", " du ", " une ", " est ", " pas ", " dans ", " pour "},
		according: []string{"Selon "},
		closing:   "”»\"",
		phrase:    frenchVerbPhrase,
	}
	spanishLang = copyLang{
		function:  []string{" los ", " las ", " del ", " el ", " una ", " por ", " con ", " que "},
		according: []string{"Según ", "De acuerdo con "},
		closing:   "”»\"",
		// past and present, singular and plural, of the verbs of speech
		verbs: set(`dijo dice dijeron dicen afirmó afirma afirmaron señaló señala señalaron
			explicó explica explicaron aseguró asegura aseguraron añadió añade añadieron agregó
			agrega agregaron advirtió advierte advirtieron indicó indica indicaron sostuvo sostiene
			precisó precisa subrayó subraya destacó destaca comentó comenta expresó expresa
			manifestó manifiesta declaró declara declararon apuntó apunta insistió insiste
			remarcó enfatizó puntualizó concluyó concluye admitió admite reconoció reconoce
			respondió responde aclaró aclara detalló detalla anunció anuncia criticó critica
			lamentó lamenta recordó recuerda opinó opina consideró considera estimó estima
			valoró valora denunció denuncia contó cuenta relató relata sentenció escribió escribe
			publicó`),
		pronouns: map[string]string{"él": "he", "ella": "she"},
		articles: set(`el la su`),
		to:       set(`a al ante`),
		reads:    []string{"se lee en el ", "se lee en la ", "reza el ", "reza la "},
	}
	portugueseLang = copyLang{
		function:  []string{" não ", " uma ", " com ", " dos ", " das ", " ao ", " do ", " da ", " em "},
		according: []string{"Segundo ", "De acordo com "},
		closing:   "”»\"",
		verbs: set(`disse diz disseram dizem afirmou afirma afirmaram declarou declara declararam
			explicou explica explicaram ressaltou ressalta destacou destaca acrescentou acrescenta
			completou completa observou observa comentou comenta garantiu garante assegurou
			admitiu admite reconheceu reconhece respondeu responde frisou frisa salientou
			salienta apontou aponta avaliou avalia defendeu defende informou informa indicou
			indica concluiu conclui argumentou argumenta alertou alerta advertiu adverte
			insistiu insiste anunciou anuncia criticou critica lamentou lamenta lembrou lembra
			contou conta relatou relata sublinhou sublinha escreveu escreve publicou considera
			considerou refere referiu sustenta sustentou`),
		pronouns: map[string]string{"ele": "he", "ela": "she"},
		articles: set(`o a seu sua`),
		to:       set(`ao aos à às`),
		reads:    []string{"lê-se no ", "lê-se na ", "pode ler-se no ", "pode ler-se na "},
	}
	germanLang = copyLang{
		function:  []string{" der ", " die ", " und ", " das ", " nicht ", " mit ", " den ", " ist ", " ein "},
		according: []string{"Laut ", "Nach Angaben von ", "Nach Angaben "},
		closing:   "“”«\"",
		// the verb before its subject ("<Verb> <Name>", "<Verb> er"), and
		// "so <Name>"
		verbs: set(`sagte sagt sagten erklärte erklärt erklärten betonte betont betonten meinte meint
			ergänzte ergänzt kritisierte kritisiert warnte warnt forderte fordert unterstrich
			unterstreicht versicherte versichert bekräftigte bekräftigt bestätigte bestätigt
			argumentierte argumentiert mahnte mahnt räumte räumt fügte fügt teilte teilt
			verwies verweist berichtete berichtet antwortete antwortet beklagte beklagt
			hob hebt stellte stellt schrieb schreibt so`),
		pronouns: map[string]string{"er": "he", "sie": "she"},
		articles: set(`der die sein seine ihr ihre`),
		to:       set(`gegenüber dem`),
	}
	sloveneLang = copyLang{
		function: []string{" je ", " in ", " za ", " na ", " da ", " so ", " bo ", " se "},
		closing:  "”«\"",
		aux:      "je",
		// the past participle after "je", masculine and feminine
		verbs: set(`dejal dejala povedal povedala poudaril poudarila dodal dodala izjavil izjavila
			pojasnil pojasnila opozoril opozorila zatrdil zatrdila ocenil ocenila menil menila
			odgovoril odgovorila zapisal zapisala sporočil sporočila napovedal napovedala
			priznal priznala kritiziral kritizirala ocenjeval zagotovil zagotovila`),
		pronouns: map[string]string{"on": "he", "ona": "she"},
		to:       set(`za v`),
		titleLen: 8,
	}
	frenchLang.saying = frenchSpeechVerbs
	frenchLang.the = set(`Le La Les`)
	spanishLang.the = set(`El La Los Las`)
	portugueseLang.the = set(`O A Os As`)
	spanishLang.saying = spanishLang.verbs
	portugueseLang.saying = portugueseLang.verbs
	for _, l := range [...]*copyLang{&spanishLang, &portugueseLang, &germanLang, &sloveneLang} {
		l.phrase = l.verbPhrase
		if l.titleLen == 0 {
			l.titleLen = 3
		}
	}
}

// verbPhrase reads a Spanish, Portuguese or German attribution after a
// quote's closing mark: "<verb> <Name>" is "said <Name>", "<verb> <article>
// <title> <Name>" (a title in lower case between) "said <Name>", "<verb>
// <pronoun>" "he said" or "she said", and the verb alone closing the
// sentence "he said" (these languages drop the pronoun).
func (l *copyLang) verbPhrase(s string) (string, int) {
	for _, r := range l.reads {
		// "“<words>”, lê-se no acórdão.": the document's words
		if strings.HasPrefix(s, r) {
			if d := attributionWord(s[len(r):]); copyDocuments[d] {
				return "said the statement", len(r) + len(d)
			}
		}
	}
	w := attributionWord(s)
	n, he := len(w), "he"
	if l.aux != "" {
		// "je <participle>", "je po <noun> <participle>": the participle
		// within three words of "je"
		if w != l.aux {
			return "", 0
		}
		for k := 0; k < 3 && n < len(s) && s[n] == ' '; k++ {
			w = attributionWord(s[n+1:])
			n += 1 + len(w)
			if l.verbs[w] {
				break
			}
		}
		if strings.HasSuffix(w, "la") {
			he = "she"
		}
	}
	if !l.verbs[w] {
		return "", 0
	}
	if n == len(s) || s[n] == '.' {
		return he + " said", n
	}
	if s[n] != ' ' {
		return "", 0
	}
	next := attributionWord(s[n+1:])
	if l.to[next] {
		return "", 0
	}
	if pr := l.pronouns[next]; pr != "" {
		return pr + " said", n + 1 + len(next)
	}
	if unicode.IsUpper(firstRune(next)) {
		return "said", n
	}
	if l.articles[next] && n+1+len(next) < len(s) {
		// "<verb> la nota", "refere o comunicado": said the statement,
		// which the English rules give to the body that issued it
		if d := attributionWord(s[n+2+len(next):]); copyDocuments[d] {
			return "said the statement", n + 2 + len(next) + len(d)
		}
	}
	if he := bareTitleGender[next]; he != "" && l.articles[next] {
		// "<verb> el ministro.": a title alone closing the sentence
		if e := bareTitle(s[n+1+len(next):]); e > 0 {
			return he + " said", n + 1 + len(next) + e
		}
	}
	// "<verb> <article> <title> <Name>", "<verb> <title> <Name>"
	at := n + 1
	if l.articles[next] {
		at += len(next) + 1
	}
	for k := 0; k < l.titleLen && at < len(s); k++ {
		t := attributionWord(s[at:])
		if unicode.IsUpper(firstRune(t)) {
			if k == 0 && !l.articles[next] {
				return "", 0
			}
			return "said ", at
		}
		if !unicode.IsLower(firstRune(t)) || at+len(t) >= len(s) {
			return "", 0
		}
		if e := at + len(t); s[e] == ',' && (k > 0 || l.articles[next]) && strings.HasPrefix(s[e:], ", ") && unicode.IsUpper(firstRune(s[e+2:])) {
			// "<verb> <article> <title>, <Name>"
			return "said ", e + 2
		}
		if s[at+len(t)] != ' ' {
			return "", 0
		}
		at += len(t) + 1
	}
	return "", 0
}

// copyLanguage returns the language of copy not in English, by its first
// 800 bytes or so of paragraphs: four accented Latin letters (the lead
// byte of é, à, ç, ä, ñ … counted at memory speed, so English copy is
// passed over at once), then the language with most of its function
// words there, three at least; nil for English or any other.
func copyLanguage(paras []string) *copyLang {
	open := paras
	accents, n := 0, 0
	for i, p := range paras {
		if n >= 800 {
			open = paras[:i]
			break
		}
		n += len(p)
		accents += strings.Count(p, "\xc3") + strings.Count(p, "\xc4") + strings.Count(p, "\xc5")
	}
	if accents < 4 {
		return nil
	}
	var best *copyLang
	most := 2
	for _, l := range [...]*copyLang{&frenchLang, &spanishLang, &portugueseLang, &germanLang, &sloveneLang} {
		hits := 0
		for _, w := range l.function {
			for _, p := range open {
				if strings.Contains(p, w) {
					hits++
					break
				}
			}
		}
		if hits > most {
			best, most = l, hits
		}
	}
	return best
}

// verbsBeforeQuotes rewrites, in copy of language l, a verb of l's
// standing right before a colon that opens a quote ("<Name> <verb>:
// “<words>”", "<Name> <verb>: „<words>“") as "said", the form the English
// rules read; the quote's words are left as they are.
func (l *copyLang) verbsBeforeQuotes(p string) string {
	if l.verbs == nil {
		return p
	}
	var b strings.Builder
	last := 0
	for at := 0; ; {
		i := strings.IndexByte(p[at:], ':')
		if i < 0 {
			break
		}
		i += at
		at = i + 1
		r := strings.TrimPrefix(p[at:], " ")
		if r == "" || !strings.ContainsRune("\"“„«»", firstRune(r)) {
			continue
		}
		sp := strings.LastIndexByte(p[last:i], ' ')
		if sp < 0 {
			continue
		}
		sp += last + 1
		if w := p[sp:i]; w == "so" || !l.verbs[w] {
			continue
		}
		b.WriteString(p[last:sp])
		b.WriteString("said")
		last = i
	}
	if last == 0 {
		return p
	}
	b.WriteString(p[last:])
	return b.String()
}

// bareTitleGender maps the singular definite articles of the copy
// languages to the pronoun of the one their noun names ("el ministro", "la
// ministra", "le député", "a diretora").
var bareTitleGender = map[string]string{"el": "he", "la": "she", "o": "he", "a": "she", "le": "he"}

// bareTitle returns the length of a title standing alone after its article
// at the end of a sentence (" ministro.", " ministre de l'Agriculture."),
// or 0: one to four words in lower case, the first not a plural, then a
// stop or the end. An attribution after a quote that names its speaker
// only by the title he was just introduced with ("…», a insisté le
// ministre.", "…", afirmó el ministro.) is "he said" to the English rules:
// the person last named, whom the title calls back.
func bareTitle(s string) int {
	n := 0
	for k := 0; k < 4; k++ {
		if n >= len(s) || s[n] != ' ' {
			return 0
		}
		w := attributionWord(s[n+1:])
		if w == "" || !unicode.IsLower(firstRune(w)) || k == 0 && strings.HasSuffix(w, "s") {
			return 0
		}
		n += 1 + len(w)
		if n == len(s) || s[n] == '.' {
			return n
		}
	}
	return 0
}

// copyDocuments are the Spanish and Portuguese nouns for a statement or
// ruling a body issues: "<verb> la nota" after a quote is "said the
// statement", as frenchDocuments are in French.
var copyDocuments = set(`comunicado nota resolución fallo sentencia documento texto informe
	acórdão sentença relatório despacho`)

// frenchAux are the forms of "avoir" before a past participle ("a
// déclaré", "avait estimé"): with the participle they are the one verb.
var frenchAux = set(`a avait ont avaient aurait`)

// subjectArticles maps the articles that open a subject in the copy
// languages to the English the attribution rules read a subject by:
// "La Cámara de …" is "The Cámara de …", whose name the rules take
// without its article, and "Una fuente …" is "A fuente …", someone
// unnamed. The subject pronouns are "He" and "She".
var subjectArticles = map[string]string{
	"El": "The", "La": "The", "Los": "The", "Las": "The", "Le": "The", "Les": "The",
	"O": "The", "A": "The", "Os": "The", "As": "The",
	"el": "the", "la": "the", "los": "the", "las": "the", "le": "the", "les": "the",
	"o": "the", "a": "the", "os": "the", "as": "the",
	"Un": "A", "Una": "A", "Une": "A", "Um": "A", "Uma": "A",
	"un": "a", "una": "a", "une": "a", "um": "a", "uma": "a",
	"Él": "He", "Ella": "She", "Ele": "He", "Ela": "She", "Il": "He", "Elle": "She",
}

// portugueseArticles are the subjectArticles that only Portuguese has
// (Spanish "a" is "to").
var portugueseArticles = set(`O A Os As o a os as Um Uma um uma`)

// copyConjunctions are the conjunctions that join a second verb to the
// subject of the first ("pero advirtió que", "e disse que"), in English.
var copyConjunctions = map[string]string{"pero": "but", "aunque": "but", "mas": "but", "mais": "but",
	"porém": "but", "y": "and", "e": "and", "et": "and"}

// frenchTo are the French words for "to" before a listener ("a déclaré à
// <Outlet>").
var frenchTo = set(`à au aux`)

// copyEdit is one rewrite of a paragraph's bytes [at, at+n) as s.
type copyEdit struct {
	at, n int
	s     string
}

// verbsBeforeOpenings rewrites, in copy of language l, the verb of speech
// nearest before a quote that opens inside its clause ("<Name> <verb> en
// un comunicado que “<words>”", "la Cour relève que « <words> »") as
// "said", the form the English rules read a speaker before a quote by,
// and "<verb> a <Outlet>" as "told <Outlet>", whose name is the
// listener's. The article opening the clause's subject, at the sentence's
// start or after its last comma before the verb, is put in English too
// (subjectArticles). Only words outside quotes are rewritten: the span
// read runs from the last mark or sentence end to the opening mark.
func (l *copyLang) verbsBeforeOpenings(p string) string {
	if l.saying == nil {
		return p
	}
	to := l.to
	if l == &frenchLang {
		to = frenchTo
	}
	var edits []copyEdit
	from := 0
	for at := 0; at < len(p); {
		i := strings.IndexAny(p[at:], "“”«»\"„")
		if i < 0 {
			break
		}
		i += at
		r, size := utf8.DecodeRuneInString(p[i:])
		at = i + size
		span := p[from:i]
		from = at
		if r == '”' || r == '»' || r == '"' && !(i == 0 || p[i-1] == ' ' || p[i-1] == '(') {
			continue
		}
		if e := strings.LastIndex(span, ". "); e >= 0 {
			span = span[e+2:]
		}
		base := i - len(span)
		end := len(span)
		for k := 0; k < 14 && end > 0; k++ {
			sp := strings.LastIndexByte(span[:end], ' ')
			w := strings.TrimRight(span[sp+1:end], ",;")
			said := w == "said" // the verb before a colon, rewritten already
			if !said && !l.saying[w] {
				if sp < 0 {
					break
				}
				end = sp
				continue
			}
			ws := sp + 1
			if l == &frenchLang && sp > 0 {
				if ps := strings.LastIndexByte(span[:sp], ' '); frenchAux[span[ps+1:sp]] {
					ws = ps + 1
				}
			}
			if len(edits) > 0 && base+ws < edits[len(edits)-1].at+edits[len(edits)-1].n {
				break
			}
			// the subject's article: at the sentence's start, then after
			// its last comma before the verb
			subj := [...]int{0, strings.LastIndex(span[:ws], ", ") + 2}
			for n, c := range subj {
				if n == 1 && (c < 2 || c == subj[0]) {
					break
				}
				a := attributionWord(span[c:])
				if len(a) > 2 && a[0]|0x20 == 'l' && (a[1] == '\'' || strings.HasPrefix(a[1:], "’")) && l == &frenchLang {
					_, size := utf8.DecodeRuneInString(a[1:])
					edits = append(edits, copyEdit{base + c, 1 + size, subjectArticles[a[:1]+"e"] + " "})
				} else if e := subjectArticles[a]; e != "" && c+len(a) < ws && (l == &portugueseLang || !portugueseArticles[a]) {
					edits = append(edits, copyEdit{base + c, len(a), e})
				}
			}
			if ws > 1 {
				// "<Name> <verb> … pero <verb> que “…”": the subject of
				// the verb before
				ps := strings.LastIndexByte(span[:ws-1], ' ')
				if c := copyConjunctions[span[ps+1:ws-1]]; c != "" {
					edits = append(edits, copyEdit{base + ps + 1, ws - 2 - ps, c})
				}
			}
			verb := "said"
			we := sp + 1 + len(w)
			if we < len(span) && span[we] == ' ' {
				if t := attributionWord(span[we+1:]); to[t] && unicode.IsUpper(firstRune(span[we+2+len(t):])) {
					verb, we = "told", we+1+len(t)
				}
			}
			if !said {
				edits = append(edits, copyEdit{base + ws, we - ws, verb})
			}
			// "que" after the verb is "that"
			for q := we; q < len(span); {
				t := strings.IndexByte(span[q:], ' ')
				if t < 0 {
					t = len(span) - q
				}
				switch u := span[q : q+t]; {
				case u == "que":
					edits = append(edits, copyEdit{base + q, 3, "that"})
				case strings.HasPrefix(u, "qu'") || strings.HasPrefix(u, "qu’"):
					_, size := utf8.DecodeRuneInString(u[2:])
					edits = append(edits, copyEdit{base + q, 2 + size, "that "})
				}
				q += t + 1
			}
			break
		}
	}
	if len(edits) == 0 {
		return p
	}
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.WriteString(p[last:e.at])
		b.WriteString(e.s)
		last = e.at + e.n
	}
	b.WriteString(p[last:])
	return b.String()
}

// namesOpened rewrites, in copy of language l, the article that opens a
// sentence on a capitalised name ("La Corte Suprema …", "O Tribunal
// Supremo …", "L'Association …") as "The", which the English rules read
// a body's name without: the name alone is the speaker, not "La Corte".
// A sentence inside a quote is the speaker's own and is left as it is.
func (l *copyLang) namesOpened(p string) string {
	if l.the == nil {
		return p
	}
	var b strings.Builder
	last := 0
	for at := 0; at < len(p); {
		a := attributionWord(p[at:])
		n := 0
		switch {
		case l.the[a] && at+len(a)+1 < len(p) && p[at+len(a)] == ' ' && unicode.IsUpper(firstRune(p[at+len(a)+1:])):
			n = len(a) + 1
		case l == &frenchLang && len(a) > 3 && a[0] == 'L' && (a[1] == '\'' || strings.HasPrefix(a[1:], "’")):
			_, size := utf8.DecodeRuneInString(a[1:])
			if unicode.IsUpper(firstRune(a[1+size:])) {
				n = 1 + size
			}
		}
		if n > 0 && !insideFrenchQuote(p[:at]) && strings.Count(p[:at], "\"")%2 == 0 {
			b.WriteString(p[last:at])
			b.WriteString("The ")
			last = at + n
		}
		e := strings.Index(p[at:], ". ")
		if e < 0 {
			break
		}
		at += e + 2
	}
	if last == 0 {
		return p
	}
	b.WriteString(p[last:])
	return b.String()
}
