package ingest

import "strings"

// fullerName returns the one person the article names with more words
// whose name ends in all of e's, when e is a person named by two words
// or more: a name whose leading given name the reader lost to a title
// before it ("<Title> X Y" read as "Y Z" of "X Y Z") is the full name the
// article gives elsewhere. Two such people (relatives, or two given
// names the reader cannot tell apart) leave e as it is, and so does a
// registry speaker; a registry person whose name ends e's is e.
func (c *cast) fullerName(e *entity) *entity {
	if e == nil || e.kind != "person" || e.reg != nil {
		return e
	}
	k := c.nameKey(e)
	if !strings.Contains(k, " ") {
		return e // one word: cast.fullName's
	}
	// "<Title> X Y" with a title no list knows, for the registry's X Y: the
	// longest run of two words or more ending the name that names a
	// registry person.
	for rest, n := k, 0; ; n++ {
		_, r, ok := strings.Cut(rest, " ")
		if !ok || !strings.Contains(r, " ") {
			break
		}
		rest = r
		if s := c.reg.speakers[rest]; s != nil && (s.Kind == "person" || s.Kind == "") {
			return c.fromRegistry(s)
		}
	}
	// One pass over the people finds both a name ending in all of e's and,
	// failing that, one opening with them: Icelandic copy, and others whose
	// people have two given names, names someone again by both given names
	// without the patronymic or surname ("Anna Rún" for Anna Rún
	// Einarsdóttir). Two of either kind leave e as it is. Failing both,
	// a name that keeps e's leading words and its last and has more
	// between them is e's: "<Given> <Surname>" for "<Given> <Middle>
	// <Surname>" given in full before it, in a heading or an earlier
	// paragraph (a full name given only after, in a closing line of
	// dates, leaves the name the copy used throughout).
	var full, given, middle *entity
	fullMany, givenMany, middleMany := false, false, false
	sp := strings.LastIndexByte(k, ' ')
	// A surname's particles belong to it ("<Given> al <Surname>" for
	// "<Given> bin <Father> al <Surname>"): what lies between the given
	// names and the surname is what the fuller form adds.
	for sp > 0 {
		q := strings.LastIndexByte(k[:sp], ' ')
		if q < 0 || !particles[k[q+1:sp]] {
			break
		}
		sp = q
	}
	lead, last := k[:sp+1], k[sp:]
	before := true // c.all holds the cast in the order the copy names them
	for _, o := range c.all {
		if o == e {
			before = false
		}
		if o == e || o.kind != "person" {
			continue
		}
		ok := c.nameKey(o)
		if len(ok) <= len(k)+1 {
			continue
		}
		if strings.HasSuffix(ok, k) && ok[len(ok)-len(k)-1] == ' ' {
			fullMany = fullMany || full != nil && full != o
			full = o
		} else if strings.HasPrefix(ok, k) && ok[len(k)] == ' ' {
			givenMany = givenMany || given != nil && given != o
			given = o
		} else if before && strings.HasPrefix(ok, lead) && strings.HasSuffix(ok, last) && len(ok) > len(k)+1 {
			middleMany = middleMany || middle != nil && middle != o
			middle = o
		}
	}
	switch {
	case fullMany:
		return e
	case full != nil:
		return full
	case given != nil && !givenMany:
		return given
	case middle != nil && !middleMany && given == nil:
		return middle
	}
	return c.afterTitleAcronym(e, k)
}

// afterTitleAcronym returns the one person named before e whose name is,
// opens with or ends with the words of e's after an acronym of three
// capitals or more ("<ACR> <Given> <Given>" for "<Title in full> <Given>
// <Given> <Surname>"): a title or its body shortened to initials before
// someone named again by part of their name, as Malay and Indonesian copy
// names people, is no part of it. Two such people, or none, leave e.
func (c *cast) afterTitleAcronym(e *entity, k string) *entity {
	acr, _, ok := strings.Cut(e.name, " ")
	if !ok || len(acr) < 3 || !isAcronym(acr) || strings.Contains(acr, ".") {
		return e
	}
	_, rest, _ := strings.Cut(k, " ")
	var found *entity
	for o := range c.peopleBefore(e) {
		key := c.nameKey(o)
		if key == rest || hasWordPrefix(key, rest) || hasWordSuffix(key, rest) {
			if found != nil && found != o {
				return e
			}
			found = o
		}
	}
	if found == nil {
		return e
	}
	return c.fullerName(found)
}

// longerBodyName returns a body by the longer name the article gives it
// where it names it in full: capitalised words just before e's own
// ("<Qualifier> <Name>", "<Owner> <Brand>", "<Place> <Field> <Head>"),
// which copy drops after the first mention ("the <Name> said"). Every
// such longer form in the article must be the same one, and the reader
// must have a name of the cast that ends in e's; nil when there is none,
// two, e is the registry's, a state's body or an office, or e's name is
// one word that is no more than a head. An acronym of three letters or
// more has its longer form in the words it is made of (acronymSpelt).
func (x *extractor) longerBodyName(e *entity) *entity {
	if e.reg != nil || e.kind != "organisation" {
		return nil
	}
	name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
	if (isAcronym(name) || smallLetterAcronym(name)) && len(name) >= 3 && !strings.Contains(name, ".") {
		// Two letters spell out too much ("<A>… <B>…") to be sure of.
		return x.longerOnce(e, func() *entity {
			if b := x.acronymSpelt(name); b != nil {
				return b
			}
			return x.bracketSpelt(name)
		})
	}
	// The reader has the longer name among the cast (as a body's or, a
	// given name before a brand, a person's): only then read the copy.
	longer := false
	for _, o := range x.cast.all {
		if n := o.name; o != e && len(n) > len(name)+1 && n[len(n)-len(name)-1] == ' ' && strings.HasSuffix(n, name) {
			longer = true
			break
		}
	}
	if !longer {
		return nil
	}
	return x.longerOnce(e, func() *entity { return x.longerBodyOf(e) })
}

// longerOnce returns look's answer for e, looked up once an article: a
// body is drafted for each of its quotes, and its longer name is read from
// the whole article.
func (x *extractor) longerOnce(e *entity, look func() *entity) *entity {
	if b, looked := x.longerBodies[e]; looked {
		return b
	}
	if x.longerBodies == nil {
		x.longerBodies = map[*entity]*entity{}
	}
	b := look()
	x.longerBodies[e] = b
	return b
}

// longerBodyOf is longerBodyName's look through the article for e,
// apart so that the answer is kept once per body.
func (x *extractor) longerBodyOf(e *entity) *entity {
	c := x.cast
	name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) == 1 && orgHeads[strings.ToLower(name)] || !isCapWord(words[0]) || isAcronym(name) {
		return nil
	}
	if stateHeadsOf[strings.ToLower(words[0])] || stateBodyName(name) || officeTitle(name) != "" || strings.HasSuffix(name, "Minister") {
		return nil // a state's body or an office: homeStateBody names those
	}
	if c.reg != nil && c.regSpeaker(name) != nil {
		return nil
	}
	fuller := ""
	for _, p := range x.d.paras {
		// Find the name's text first (a fast search), then its first
		// word's token, by binary search on the tokens' offsets.
		for off := 0; off < len(p.text); {
			at := strings.Index(p.text[off:], words[0])
			if at < 0 {
				break
			}
			at += off
			off = at + len(words[0])
			lo, hi := 0, len(p.toks)
			for lo < hi {
				if m := (lo + hi) / 2; int(p.toks[m].s) < at {
					lo = m + 1
				} else {
					hi = m
				}
			}
			i := lo
			if i >= len(p.toks) || int(p.toks[i].s) != at || p.toks[i].kind != tWord || p.word(i) != words[0] || i+len(words) > len(p.toks) {
				continue
			}
			match := true
			for j := 1; j < len(words) && match; j++ {
				match = p.toks[i+j].kind == tWord && p.word(i+j) == words[j]
			}
			if !match {
				continue
			}
			if n := i + len(words); n == len(p.toks) || p.toks[n].kind == tWord && p.toks[n].isCap(p.text) {
				// A longer name going on after e's, or a heading's
				// last words (running copy goes on after a name).
				continue
			}
			start := i
			for j := i - 1; j >= 0 && i-j <= 3; j-- {
				t := &p.toks[j]
				if t.kind != tWord || !t.isCap(p.text) || functionWords[t.lw] || isPossessive(p.word(j)) || isAcronym(p.word(j)) {
					break
				}
				start = j
			}
			if start == i || start > 0 && p.toks[start-1].kind != tWord && !strings.Contains(".,;:(\"“‘", p.word(start-1)) {
				continue // none, or words after a slash or a dash (a heading's run)
			}
			f := p.text[p.toks[start].s:p.toks[i+len(words)-1].e]
			if fuller != "" && fuller != f {
				return nil
			}
			fuller = f
		}
	}
	return x.bodyCalled(fuller)
}

// kindWordsOff returns a body by its own name without the lower-case
// words copy puts after it to say what kind of body it is ("<Name>
// initiative", "<Name> labour federation", "<Name> campaign"): the name
// is the capitalised words, the kind is the writer's gloss. Nil when e's
// name ends otherwise (a state's or a town's "<Place> government",
// "<Place> council", "<Name> agency" keep their kind: the convention
// names them so), or what is left is a place's, a nationality's or a
// bare head word.
func (x *extractor) kindWordsOff(e *entity) *entity {
	c := x.cast
	if e.reg != nil || e.kind != "organisation" {
		return nil
	}
	if !glossKinds[e.name[strings.LastIndexByte(e.name, ' ')+1:]] {
		return nil
	}
	words := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The "))
	n := len(words)
	for n > 0 && lowerLetters(words[n-1]) && !functionWords[words[n-1]] {
		n--
	}
	if n == len(words) || n == 0 || !glossKinds[words[len(words)-1]] {
		return nil
	}
	if words[len(words)-1] == "association" && n < len(words)-1 {
		// "<Place> hotel association": a trade's words before the kind
		// say whose association it is, with no name of its own.
		return nil
	}
	for _, w := range words[:n] {
		if !isCapWord(w) && !functionWords[w] || isPossessive(w) {
			return nil
		}
	}
	name := strings.Join(words[:n], " ")
	k := foldText(name)
	if n == 1 && (orgHeads[k] || nationalityCountry(name) != "") || cityWords[k] || countryWords[k] {
		return nil
	}
	if c.reg != nil {
		if countryNamed(k, c.reg.speakers) != "" {
			return nil
		}
		if s := c.regSpeaker(name); s != nil {
			return c.fromRegistry(s)
		}
	}
	return x.bodyByContent(c.org(name, ""))
}

// glossKinds are the kinds of a people's body that copy adds in lower
// case after the body's own name: a closed class, none a state's. A
// trade body calls itself by its own name ("<Nation> Shipping"), which
// copy glosses "the <Nation> Shipping association".
var glossKinds = set(`initiative campaign movement federation forum coalition alliance collective platform association`)

// corporateSuffixes end a company's registered name after the words its
// initials are made of ("<A> <B> <C> Ltd" is "ABC").
var corporateSuffixes = set(`ltd ltd. limited inc inc. plc llc`)

// acronymSpelt returns the body an acronym stands for when the article
// spells it out: the one run of capitalised words whose initials, less
// the function words between them and a company's closing suffix, are
// the acronym's letters ("<Alpha> <Bravo> of <Charlie>" for "ABC"). Nil
// when the article spells out none, or two different ones.
func (x *extractor) acronymSpelt(acr string) *entity {
	c := x.cast
	if c.reg != nil && c.regSpeaker(acr) != nil {
		return nil
	}
	full := ""
	for _, p := range x.d.paras {
		for i := 0; i < len(p.toks); i++ {
			t := &p.toks[i]
			if t.kind != tWord || !t.isCap(p.text) || p.text[t.s] != acr[0] {
				continue
			}
			if i > 0 && p.toks[i-1].kind == tWord && p.toks[i-1].isCap(p.text) && !functionWords[p.toks[i-1].lw] {
				continue // inside a longer run of capitalised words
			}
			if i > 1 && p.toks[i-1].kind == tWord && functionWords[p.toks[i-1].lw] && !p.toks[i-1].isCap(p.text) && p.toks[i-2].kind == tWord && p.toks[i-2].isCap(p.text) {
				continue // "<Head> of <Alpha> <Bravo>": the tail of a longer name
			}
			n, j, end := 0, i, -1
			for ; j < len(p.toks) && n < len(acr); j++ {
				u := &p.toks[j]
				if u.kind != tWord {
					break
				}
				switch {
				case u.isCap(p.text) && p.text[u.s] == acr[n]:
					n++
					end = j
				case n > 0 && 'a' <= acr[n] && acr[n] <= 'z' && functionWords[u.lw] && !u.isCap(p.text) && u.lw[0] == acr[n]:
					n++ // "Transport for <Place>" of "TfP": the small letter is the function word's
				case n > 0 && u.lw == "of" && acr[n] == 'O' && !u.isCap(p.text) && j+1 < len(p.toks) && p.toks[j+1].kind == tWord && p.toks[j+1].isCap(p.text) && p.text[p.toks[j+1].s] != 'O':
					// "Department of <Field>" of "DO<F>": some states' copy
					// keeps the "of" among a department's capital initials.
					// Only where the word after it does not open with the
					// same letter, which then is the initial.
					n++
				case n > 0 && functionWords[u.lw] && !u.isCap(p.text):
				default:
					j = len(p.toks)
				}
			}
			if n < len(acr) || end == i {
				continue
			}
			if end+1 < len(p.toks) && p.toks[end+1].kind == tWord && corporateSuffixes[p.toks[end+1].lw] {
				end++
			}
			possessive := isPossessive(p.word(end))
			if !possessive && end+1 < len(p.toks) && p.toks[end+1].kind == tWord && p.toks[end+1].isCap(p.text) && !functionWords[p.toks[end+1].lw] {
				continue // a longer name going on: not these initials
			}
			f := p.text[t.s:p.toks[end].e]
			if possessive {
				// "<Alpha> <Bravo> Agency's <Scheme Name>": the possessive
				// ends the body's name; the capitals after it are its own
				// thing's.
				f = stripPossessive(f)
			}
			if full != "" && full != f {
				return nil
			}
			full = f
		}
	}
	return x.bodyCalled(full)
}

// bodyCalled is the body the article's one longer form of a short name
// calls it: the registry's entry when the registry lists that form, else a
// body of that name, read for the place its words give. Nil for no form,
// which both the fuller-name and the spelt-acronym readers end on.
func (x *extractor) bodyCalled(name string) *entity {
	if name == "" {
		return nil
	}
	c := x.cast
	if s := c.regSpeaker(name); c.reg != nil && s != nil {
		return c.fromRegistry(s)
	}
	return x.bodyByContent(c.org(name, ""))
}

// sideWordOff returns a party by its own name without the word for its
// side in parliament that the reader ran into it ("Opposition <Party>
// said", "Ruling <ACR> …"), capitalised only because it opens the
// sentence: the side is the writer's description, the party's name what
// follows. Nil unless what follows is an acronym or a name the cast
// holds alone, so a party whose own name opens on the word ("Opposition
// Bloc" of a country that calls it so) stays whole.
func (x *extractor) sideWordOff(e *entity) *entity {
	c := x.cast
	if e.reg != nil || e.kind != "organisation" {
		return nil
	}
	first, rest, ok := strings.Cut(e.name, " ")
	if !ok || !inFolded(partySides, first) || rest == "" || !startsUpper(rest) {
		return nil
	}
	if !isAcronym(rest) && c.named(c.fold(rest)) == nil {
		return nil
	}
	if c.reg != nil {
		if s := c.regSpeaker(rest); s != nil {
			return c.fromRegistry(s)
		}
	}
	return x.bodyByContent(c.org(rest, ""))
}

// partySides are the words for a party's side in a parliament that copy
// puts before its name: a closed class.
var partySides = set(`opposition ruling governing`)

// kindAcronymOff returns a body by its own name without the initials for
// its kind that copy adds after it ("the <Words> <Head> NGO"), as it adds
// "initiative" or "campaign" in lower case (kindWordsOff): what kind of
// body it is is the writer's gloss, not its name. Nil unless two
// capitalised words or more are left.
func (x *extractor) kindAcronymOff(e *entity) *entity {
	c := x.cast
	if e.reg != nil || e.kind != "organisation" {
		return nil
	}
	name, ok := strings.CutSuffix(strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The "), " NGO")
	if !ok || strings.Count(name, " ") < 1 {
		return nil
	}
	for w := range strings.FieldsSeq(name) {
		if !isCapWord(w) && !functionWords[w] || isPossessive(w) {
			return nil
		}
	}
	if c.reg != nil {
		if s := c.regSpeaker(name); s != nil {
			return c.fromRegistry(s)
		}
	}
	return x.bodyByContent(c.org(name, ""))
}

// smallLetterAcronym reports whether a word is initials with a function
// word's small letter among the capitals ("TfL", "DfE": Transport for
// London, the Department for Education), as British copy writes a body's
// initials: three to six letters, the first and last capitals, at least
// two capitals, and no two small letters side by side.
func smallLetterAcronym(w string) bool {
	if len(w) < 3 || len(w) > 6 || !isUpperASCII(w[0]) || !isUpperASCII(w[len(w)-1]) {
		return false
	}
	small := false
	for i := 1; i < len(w)-1; i++ {
		switch c := w[i]; {
		case isUpperASCII(c):
		case 'a' <= c && c <= 'z' && isUpperASCII(w[i-1]):
			small = true
		default:
			return false
		}
	}
	return small
}

// isUpperASCII reports whether a byte is an ASCII capital.
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// bracketSpelt returns the body whose name the article writes before the
// acronym in brackets ("<Place> Exchange (<P>R<X>)") when the acronym
// takes letters from inside its words, as exchanges', markets' and
// ministries' initials often do, so that the initials alone do not spell
// it (acronymSpelt): the brackets say what the initials stand for. The
// name must open on the acronym's first letter and hold all its letters
// in order; nil when none, or two names differ.
func (x *extractor) bracketSpelt(acr string) *entity {
	if !x.hasAcrBrackets() {
		return nil
	}
	full := ""
	for _, p := range x.d.paras {
		for k := 2; k+1 < len(p.toks); k++ {
			if p.lowerAt(k-1) != "(" || p.lowerAt(k+1) != ")" || p.toks[k].kind != tWord || p.word(k) != acr {
				continue
			}
			b := k - 1
			a := b
			for a > 0 && p.isWordAt(a-1) && (p.toks[a-1].isCap(p.text) || functionWords[p.lw(a-1)] && a-1 > 0 && p.isWordAt(a-2) && p.toks[a-2].isCap(p.text)) {
				a--
			}
			for a < b && !p.toks[a].isCap(p.text) {
				a++
			}
			if b-a < 2 || p.text[p.toks[a].s] != acr[0] {
				continue
			}
			f := p.textOf(a, b)
			if !lettersInOrder(acr, f) {
				continue
			}
			if full != "" && full != f {
				return nil
			}
			full = f
		}
	}
	return x.bodyCalled(full)
}

// lettersInOrder reports whether every letter of acr (an ASCII acronym)
// appears in name in the same order, in either case.
func lettersInOrder(acr, name string) bool {
	i := 0
	for j := 0; j < len(name) && i < len(acr); j++ {
		if upperASCII(name[j]) == upperASCII(acr[i]) {
			i++
		}
	}
	return i == len(acr)
}

// legalFormAfterComma returns a firm by its registered name where the
// article writes it as "<Name> Co., Ltd." (or "Co., Inc.", "Co.,
// Limited"): a legal form in two parts with a comma between them, as
// East Asian firms and some American ones register. The chunk reader
// stops at the comma, leaving "<Name> Co."; the whole form is the
// firm's name at its fullest. Only a body's name that ends in "Co." or
// "Co" is looked for in the copy, once an article.
func (x *extractor) legalFormAfterComma(e *entity) *entity {
	if e.reg != nil || e.kind != "organisation" || !(strings.HasSuffix(e.name, " Co.") || strings.HasSuffix(e.name, " Co")) {
		return nil
	}
	return x.longerOnce(e, func() *entity {
		for _, p := range x.d.paras {
			for off := 0; off < len(p.text); {
				at := strings.Index(p.text[off:], e.name)
				if at < 0 {
					break
				}
				at += off
				off = at + len(e.name)
				rest, ok := strings.CutPrefix(p.text[off:], ", ")
				if !ok {
					continue
				}
				for _, f := range [...]string{"Ltd.", "Ltd", "Limited", "Inc.", "Inc"} {
					if strings.HasPrefix(rest, f) && !letterAt(rest, len(f)) {
						return x.bodyCalled(e.name + ", " + f)
					}
				}
			}
		}
		return nil
	})
}

// hasWordPrefix reports whether s opens with the words of w and a space,
// without building w+" " for each name compared.
func hasWordPrefix(s, w string) bool {
	return len(s) > len(w) && s[len(w)] == ' ' && strings.HasPrefix(s, w)
}

// hasWordSuffix reports whether s ends with a space and the words of w.
func hasWordSuffix(s, w string) bool {
	return len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && strings.HasSuffix(s, w)
}
