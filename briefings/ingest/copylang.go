package ingest

import (
	"strings"
	"unicode"
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
	aux       string            // Slovene "je": the verb is "je <participle>", its gender the participle's
	titleLen  int               // lower-case words a title may run to between verb and name
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
			valoró valora denunció denuncia contó cuenta relató relata sentenció`),
		pronouns: map[string]string{"él": "he", "ella": "she"},
		articles: set(`el la su`),
		to:       set(`a al ante`),
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
			contou conta relatou relata sublinhou sublinha`),
		pronouns: map[string]string{"ele": "he", "ela": "she"},
		articles: set(`o a seu sua`),
		to:       set(`ao aos à às`),
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
