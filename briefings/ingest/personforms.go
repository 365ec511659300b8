package ingest

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// personForm is the last look at a person the draft names, who is not in
// the registry: the name in the form the article gives for the person
// themself. Words before the given name that are no part of it — titles,
// honorifics and ranks the reader ran into the name ("<Rank> <Rank>
// Surname", "<Honorific> Given Surname"), or a body's name that the
// reader took for given names ("<Words> <Body head> Given Surname") —
// are dropped; a lone surname becomes the full name the article
// introduced the person by, where the cast has not seen it (a possessive
// or a phrase the reader passed over).
func (x *extractor) personForm(e *entity) *entity {
	if e == nil || e.reg != nil {
		return e
	}
	if e.kind == "organisation" && (e.formed == nil || e.formed == e) && strings.Count(e.name, " ") >= 2 && isAcronym(e.name[:strings.IndexByte(e.name, ' ')]) && x.portfolioTail(strings.Fields(e.name)) {
		// "<Field> and <ACR> Given Surname": the acronym that closes a
		// title's portfolio made the reader take the person for a body.
		e.kind, e.formed = "person", nil
	}
	if e.kind != "person" {
		return e
	}
	if e.formed == nil { // a person is drafted for each of their quotes: look once
		if firmFormEnds(e.name) {
			// "<Word> <Word> <Word> Limited": the capitals the reader took
			// for a person's end in a firm's legal form, which ends only a
			// firm's name; its first word (a place's name the article also
			// gives alone, "<Place> River") is the firm's, not a title
			// or a seat to cut.
			e.formed = e
			return e
		}
		ini, name := initialsAfterTitle(e.role), e.name
		e.formed = x.personFormOf(e)
		if f := e.formed; f == e && strings.IndexByte(f.name, ' ') < 0 && knownGiven(f.name) {
			if sur := x.kinSurname(e); sur != "" {
				f.name += " " + sur
			}
		}
		if f := e.formed; ini != "" && f == e && f.name == name && strings.IndexByte(name, ' ') > 0 && mayBeGiven(name[:strings.IndexByte(name, ' ')]) {
			// "<Title> <II> <Given> <Surname>": two capitals straight
			// after a title word, before a given name, are the initials
			// the article prints before the name (South Indian copy's),
			// which the name keeps; the reader left them on the title.
			f.name = ini + " " + name
			if r := strings.TrimSpace(f.role); strings.HasSuffix(r, " "+ini) {
				f.role = strings.TrimSpace(r[:len(r)-len(ini)])
			}
		}
	}
	return e.formed
}

// personFormOf is personForm's look.
func (x *extractor) personFormOf(e *entity) *entity {
	first, _, _ := strings.Cut(e.name, " ") // not Fields(…)[0]: no panic on an empty name
	if r := e.role; r != "" && strings.IndexByte(r, ' ') < 0 && startsUpper(r) && (knownGiven(r) || isNationality(r)) && knownGiven(first) && !strings.ContainsAny(r, ".'’") && !isAcronym(r) && !nameTitleWord(r) && !inFolded(localHonorifics, r) && countryOfWord(r) == "" && !isKnownPlace(strings.ToLower(r)) && x.opensSentenceWith(r, e.name) && !x.usedAsNoun(strings.ToLower(r), "") {
		// "<Given> <Given> <Surname>, who …, said", the name opening a
		// sentence: the reader took the first given name (one shaped
		// like a nationality, "-an", or one also a title) for the
		// person's title before a given name the lists know. No title,
		// honorific, state or place, nor a word the article uses as a
		// noun ("each headman").
		e.name, e.role = r+" "+e.name, ""
	}
	if pre := x.nameOpener(e.name); pre != "" {
		e.name = pre + " " + e.name
		e.role = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(e.role), pre))
	}
	if k := balineseNameInRole(e.role); k > 0 {
		// "head of <Body> <Seat> I <Birth-order> <Given> <Given>
		// <Surname>": the person's Balinese opening names ran into the
		// title when the copy calls them by the last two names alone;
		// the short form ends the full name, which is the person's.
		e.name = e.role[k:] + " " + e.name
		e.role = strings.TrimSpace(e.role[:k])
	}
	var buf [8]string
	words := buf[:0]
	for w := range strings.FieldsSeq(e.name) {
		words = append(words, w)
	}
	i := leadingTitles(words, 0)
	if i == 0 && (x.localTitle(words) || localHonorific(words) && !initialAfterRank(words[0], e.role) || x.portfolioTail(words) || x.fieldAfterTitle(words) || x.spelledTitle(words)) {
		i = leadingTitles(words, 1)
	}
	if i == 0 && len(words) >= 4 && words[1] == "Master" && startsUpper(words[0]) && !knownGiven(words[0]) && mayBeGiven(words[2]) {
		// "<Harbour|Port|Quarter> Master <Given> <Surname>": a compound
		// title written as two words before the name.
		i = leadingTitles(words, 1)
	}
	if i == 0 && len(words) >= 3 && (germanOffice(words[0]) || germanPost(words[0])) && mayBeGiven(words[1]) {
		// "<Seat><Office> <Given> <Surname>": a German-language title of
		// office, one word made of its seat and its head ("Landesrat",
		// "Stadträtin", "Landammann"), that Swiss, Austrian and German
		// copy keeps untranslated before the name.
		i = leadingTitles(words, 1)
	}
	if i == 0 && len(words) >= 3 && inFolded(localHonorifics, words[0]) && endsLikeNationality(words[1]) && x.titledBySurname(words) {
		i = leadingTitles(words, 1)
	}
	if i == 0 && len(words) == 2 && inFolded(localHonorifics, words[0]) && x.cast.namesakeOf(e, words[1]) {
		// "<Chief's title> <Surname>" after "<Title> <Given> <Surname>":
		// the title of a closed class before the surname alone is the
		// person's, as it is before their full name (localHonorific).
		i = 1
	}
	if i == 0 && len(words) == 2 && inFolded(localHonorifics, words[0]) {
		// "<Honorific> <Given>" after "<Given> <Surname>": Thai, Burmese,
		// Indonesian, Southern African and other forms of address of this
		// closed class stand before the given name, which names the one
		// person the article named in full with it.
		if o := x.cast.givenNamesake(e, words[1]); o != nil {
			return x.personForm(o)
		}
		if o := x.cast.innerNamesake(e, words[1]); o != nil {
			// "<Honorific> <Middle>" after "<Honorific> <Given> <Middle>
			// <Surname>": copy that calls a person by a middle name
			// after the honorific (a religious sister's name in religion,
			// an East African name of the father) names the one person
			// named in full with it inside.
			return x.personForm(o)
		}
		if inFolded(monasticHonorifics, words[0]) {
			// "Anba <Name>", "Abba <Name>": a Coptic or Ge'ez clergyman's
			// title before his one name in religion; the name alone is his.
			e.name, e.role = words[1], roleBeforeName(e.role, words[1:])
			return e
		}
	}
	if i == 0 && len(words) >= 2 && inFolded(burmeseCourtesies, words[0]) && (x.burmeseCopy() || x.namedWithout(words[0], strings.Join(words[1:], " "))) {
		// "Ko <Name>", "Ma <Given> <Name>": Burmese forms of address for
		// a young man and a young woman, as "U" and "Daw" are for their
		// elders; elsewhere the words are Chinese and Korean surnames,
		// so only in copy about Myanmar. A name of one word after it is
		// the person's whole name as the article gives it.
		if len(words) == 2 {
			e.name, e.role = words[1], roleBeforeName(e.role, words[1:])
			return e
		}
		i = 1
	}
	if i == 0 && len(words) >= 2 && inFolded(imperativeOpeners, words[0]) && (len(words) >= 3 && mayBeGiven(words[1]) || len(words) == 2 && knownGiven(words[1])) {
		// "Ask <Given> <Surname> how …", "Meet <Given> <Surname>, …",
		// "Take <Given>, <age>, …": the verb a feature's or a column's
		// sentence opens on, capitalised, ran into the name after it;
		// before one word, only a given name the lists know is read so,
		// and it is the whole name the article gives (the verb is no
		// given name before it to read as a surname's).
		if len(words) == 2 {
			e.name, e.role = words[1], roleBeforeName(e.role, words[1:])
			return e
		}
		i = 1
	}
	if i == 0 && len(words) >= 2 && inFolded(accordingWords, words[0]) {
		// "Volgens <Surname> …", "Selon <Given> <Surname>, …": the word
		// for "according to" opening a sentence in copy of another
		// language, capitalised there, ran into the name.
		i = 1
	}
	if i == 0 && len(words) >= 2 && countCompound(words[0]) {
		// "<Two>-<noun> <Surname>", "<20>-<noun> <Given> <Surname>": a
		// compound of a count and a lower-case noun, sports copy's
		// modifier before a player, is what the person did, no name.
		i = 1
	}
	if i == 0 && len(words) >= 3 && x.occupationOpensName(words) {
		// "<Occupation> <Given> <Surname>, who …, said": what the person
		// does, capitalised only because it opens the sentence or a
		// quote's signature line after a dash, ran into a name whose
		// given name no list knows.
		i = 1
	}
	if i == 0 && x.fieldListTail(words) {
		// "<Title> for <Region>, <Region> and <Region> <Field> <Given>
		// <Surname>": the last item of the title's list and its field
		// word ran into the name.
		i = 2
	}
	if i == 0 && localTitlePair(words) {
		i = leadingTitles(words, 2)
	}
	if i == 0 && len(words) >= 3 && inFolded(churchOffices, words[0]) && (inFolded(clergyCourtesies, lastWord(e.role)) || x.afterClergy(words[0], words[1])) {
		i = 1 // "Rev. <Office> <Given> <Surname>", the courtesy title read as the role or dropped
	}
	if j := x.rankGradeEnd(words, i); j > i {
		i = leadingTitles(words, j)
	}
	if i > 0 && x.namedAfterThe(words) {
		i = 0 // a body's name the reader took for a person's: its first word is no title
	}
	if i < 2 && x.fieldPairAfterTitle(words) {
		// "<Title> <Word> <Field> <Given> <Surname>": the field of two
		// words after the title, though a body's name may open on them
		// ("the <Word> <Field> Act"), is no part of the name before a
		// given name the lists know.
		i = 2
	}
	if i == 0 && len(words) >= 3 && e.role != "" && worldRegions[strings.ToLower(lastWord(e.role))+" "+strings.ToLower(words[0])] && x.nameAfterAdjective(words[1:]) {
		// "<Title> of Asia Pacific <Given> <Surname>", "head of Latin
		// America <Given> <Surname>": a region of the world named in two
		// words closes the title; the reader ended the title at its first
		// word, and its second is no part of the name but the title's.
		e.role += " " + words[0]
		i = leadingTitles(words, 1)
	}
	for i < len(words)-2 && partyMembers[words[i]] && x.nameAfterAdjective(words[i+1:]) {
		// "Democrat <Given> <Surname>", "Liberal Democrat <Given>
		// <Surname>": the party the person sits for, a noun copy sets
		// before a candidate's or a member's name as it sets a
		// nationality, is no part of the name.
		i = leadingTitles(words, i+1)
	}
	if i < len(words)-1 && x.nationalityOpensName(words[i:]) {
		i = leadingTitles(words, i+1)
	} else if i < len(words)-3 && !isKnownPlace(words[i]+" "+words[i+1]) && x.nationalityBeforeName(words[i]+" "+words[i+1], words[i+2:]) {
		// "<Two-word nationality> <Given> <Surname>" ("Sri Lankan"):
		// a state's adjective of two words, no part of the name, as
		// one word's is. The state's own name ("<Country> <Word>") is
		// a body's more often than a nationality.
		i = leadingTitles(words, i+2)
	}
	if j := bodyBeforeName(words, i); j > i && (x.namedAlone(words[len(words)-1]) || x.roleAtBody(words[i:]) || len(words)-j == 2 && bodyWord(words[j-1]) && x.namedAlone(words[j])) {
		// The person is named by the surname alone elsewhere, or the
		// run stands after "<role noun> at", or the two words after the
		// head word are a given name and a surname and the given name
		// speaks alone elsewhere (Indonesian copy calls a person by the
		// given name), so the words before the body's head word are no
		// part of their name.
		i = leadingTitles(words, j)
	}
	if n := len(words); n-i >= 4 && x.bodyRunBeforeGiven(words[i:]) && x.namedAlone(words[n-1]) && !x.afterComma(words[i:]) && !(n-i == 4 && isRoleWord(strings.ToLower(lastWord(e.role)))) {
		// "<Title> of <Word> <Word> <Word> <Given> <Surname>", a body
		// whose head word no list knows (a firm's name in its own
		// language) before a known given name, the surname alone
		// elsewhere: the given name opens the person's name. Two words
		// after a title set right before the name ("<Body> President
		// <Word> <Word> <Given> <Surname>") are the person's own first
		// names, as South Asian copy gives four, not a body's run.
		i = n - 2
		if x.firstOfThreeParts(words[n-3], words[n-2:]) {
			i = n - 3
		}
	}
	if i == 0 {
		if j := x.wordsBeforeGiven(words); j > 0 {
			// "<Occupation> <Occupation> <Given> <Surname>", "<Place>
			// <Given> <Surname>": capitalised words the article also uses
			// on their own ran into a name at a given name the lists know.
			i = j
		}
	}
	if i == 0 && len(words) == 3 && x.acronymSeat(e.role, words) {
		// "head of <ACR> <Seat> <Given> <Surname>": a regional office's
		// seat after its body's initials ran into the name.
		i = 1
	}
	if i == 0 && x.bodyTailOpensName(words) {
		// "<Title> of the <Words> <Body-word> <Given> <Surname>": the
		// complement's last word, a body's kind or a local word for it,
		// ran into the name (bodyTailOpensName).
		i = 1
	}
	if n := len(words); i == 0 && n == 3 && surnameLike(words[2]) && !knownGiven(words[0]) && x.afterTitleComplement(words[0], words[1]) && mayBeGiven(words[1]) && x.namedAlone(words[2]) {
		// "<Title> for|of <Body> <Given> <Surname>", a body of one word
		// that closes the title's complement, before a given name the
		// lists know, the surname alone elsewhere: the body's word is no
		// part of the person's name.
		i = 1
	}
	if n := len(words); n-i >= 2 && bodyBeforeName(words, i) == i && headNoGiven(words[n-2]) && surnameLike(words[n-1]) && !titledInitials(words[i:], e.role) && x.saysAlone(words[n-1]) {
		// "<Words> <Head> <Surname>", whatever phrase the reader took it
		// from, where the surname speaks alone elsewhere ("<Surname>
		// said"): a body's head word ends the body's name, and the one
		// word after it is the person (bodyBeforeName wants two).
		i = n - 1
	}
	if i == 0 && len(words) == 2 && len(words[0]) >= 3 && isAcronym(words[0]) && !strings.Contains(words[0], ".") && surnameLike(words[1]) {
		// "<ACR> <Surname>", a title's initials no list knows ("PRO",
		// a public relations officer) before the surname of the one
		// person the article names in full by it.
		if o := x.surnameHolder(e, words[1]); o != nil {
			return x.personForm(o)
		}
	}
	if i > 0 {
		name := strings.Join(words[i:], " ")
		if i == len(words)-1 && isAcronym(words[0]) {
			// "<INITIALS> <Surname>", a title's initials cut: the one
			// person named in full by the surname, before the surname
			// alone the cast may also hold ("<Rank> <Surname> said").
			if o := x.surnameHolder(e, name); o != nil {
				return x.personForm(o)
			}
		}
		if o := x.cast.named(x.cast.fold(name)); o != nil && o != e && o.kind == "person" {
			return x.personFormOf(o)
		}
		e.name, words = name, words[i:]
		e.role = roleBeforeName(e.role, words)
	}
	if len(words) == 2 && i == 0 && e.role == "" {
		// "<Surname> <Surname>", a double surname as Portuguese and
		// Spanish copy calls a person by, after "<Title>, <Given>
		// <Surname> <Surname>," set off in apposition, though only
		// inside a statement the article quotes; the copy gave the
		// person no title of its own (one it did introduces them).
		if o := x.doubleSurname(e, words); o != nil {
			return o
		}
	}
	if len(words) == 1 && !strings.Contains(words[0], ".") { // "X.Surname" has its initial already
		if full := x.givenInFull(words[0]); full != "" {
			if o := x.cast.named(x.cast.fold(full)); o != nil && o != e && o.kind == "person" {
				return o
			}
			e.name = full
			return e
		}
	}
	if len(words) == 2 && i > 0 && inFolded(particles, words[0]) {
		// "<Title> <Particle> <Surname>" with the title cut: the one
		// person named in full by that surname.
		if o := x.namedInFull(e, "", e.name); o != nil {
			return x.personForm(o)
		}
	}
	if len(words) == 1 {
		// "<Initial>.<Surname>" with the initial run into the surname, or a
		// surname a title was run into ("<Title> <Surname>", cut above):
		// the one person the article names in full by that surname, with
		// given names opening with the initials, is the person.
		initials, surname := gluedInitials(words[0])
		if initials != "" || i > 0 {
			if o := x.namedInFull(e, initials, surname); o != nil {
				return x.personForm(o)
			}
		}
		if initials != "" {
			// No one of the cast holds the name in full (the reader ran
			// it into the title before it): the given names the article
			// prints before the surname, when the first opens on the
			// initial.
			if full := x.initialledInFull(initials[0], surname); full != "" {
				if o := x.cast.named(x.cast.fold(full)); o != nil && o != e && o.kind == "person" {
					return o
				}
				e.name = full
				return e
			}
		}
		if initials == "" && i == 0 {
			// "<Title> said", a title alone that the article put before one
			// person's name ("<Title> <Given> <Surname>") and that the rules
			// drop from it there, is that person addressed by the title.
			if o := x.titledBy(e, words[0]); o != nil {
				return o
			}
			if o := x.seatTitleHolder(e, words[0]); o != nil {
				return o
			}
		}
		if initials == "" {
			// "<Family> said" after "<Family> <Given> <Given>": a name
			// that puts the family name first is called by that word
			// alone, as a surname is; and so is a given name a title
			// was cut from ("<ACR> <Given>", cut above), that the
			// article prints in full after an honorific.
			if full := x.openedInFull(words[0]); full != "" {
				if o := x.cast.named(x.cast.fold(full)); o != nil && o != e && o.kind == "person" {
					return o
				}
				e.name = full
				return e
			}
		}
		if initials == "" && i == 0 {
			// "<SURNAME>:", a transcript's label, under a heading that
			// names the person in full in capitals: the full name in the
			// copy's case (capitalsSurnameFull).
			if full := x.capitalsSurnameFull(words[0]); full != "" {
				if o := x.cast.named(x.cast.fold(full)); o != nil && o != e && o.kind == "person" {
					return o
				}
				e.name = full
				return e
			}
		}
	}
	if len(words) == 2 && i == 0 && isInitial(words[0]) && surnameLike(words[1]) {
		// "<I>. <Surname>", the initial spaced from the surname: the one
		// person the article names in full by that surname, with a given
		// name opening on the initial, whether or not a list knows it.
		if o := x.namedInFull(e, string(words[0][0]+'a'-'A'), words[1]); o != nil {
			return x.personForm(o)
		}
	}
	if len(words) == 2 {
		if w := capitalsGiven(words[0]); w != "" {
			// "<GIVEN> <Surname>": a feature's or an obituary's lead
			// sets the opening word in capitals, the name's given name
			// among them; the name is the given name as the rest of
			// the copy prints it.
			words[0] = w
			e.name = w + " " + words[1]
		}
		if full := x.standfirstMiddle(words[0], words[1]); full != "" {
			if o := x.cast.named(x.cast.fold(full)); o != nil && o != e && o.kind == "person" {
				return o
			}
			e.name = full
			return e
		}
	}
	unknownGiven := i == 0 && !hasKnownGiven(e.name)
	if unknownGiven {
		// "The <Words> said", where the article set the words before a
		// person's name in commas ("the <Words>, <Given> <Surname>,",
		// "<Words> for <Field>, <Given> <Surname>,"): a title, the
		// person's.
		if o := x.apposedHolder(e, words); o != nil {
			return o
		}
	}
	if unknownGiven && len(words) >= 2 {
		// "<Body>'s <Title Words> said": a title in capitals the reader
		// took for a name, which the article sets after one person's
		// name ("<Given> <Surname>, <Title Words> of <Body>"), is that
		// person's.
		if o := x.heldBy(e, words); o != nil {
			return o
		}
	}
	return e
}

// heldBy returns the one person the article names right before a comma
// and the words of e's name as a title with its complement ("<Given>
// <Surname>, <Words> of|to|for|at <Body>"), outside quotation marks, in
// personForm's form; nil when there are none or two.
func (x *extractor) heldBy(e *entity, words []string) *entity {
	var found *entity
	for _, p := range x.d.paras {
		for k := 2; k+len(words) <= len(p.toks); k++ {
			if !p.isComma(k-1) || !p.isWordAt(k) || p.word(k) != words[0] || !p.isWordAt(k-2) || !p.toks[k-2].isCap(p.text) {
				continue
			}
			match := true
			for j := 1; j < len(words) && match; j++ {
				match = p.isWordAt(k+j) && p.word(k+j) == words[j]
			}
			if !match || !p.isWordAt(k+len(words)) {
				continue
			}
			switch p.lw(k + len(words)) {
			case "of", "to", "for", "at":
				// the title's complement: "<Words> of <Body>"; a name set
				// after a name ("<Place>, <Given> <Surname>,") has none
			default:
				continue
			}
			a := k - 2
			for a > 0 && p.isWordAt(a-1) && p.toks[a-1].isCap(p.text) && p.toks[a].s <= p.toks[a-1].e+1 {
				a--
			}
			var o *entity
			for ; a < k-1 && o == nil; a++ { // the longest run the cast knows: "<Title> <Given> <Surname>" or "<Given> <Surname>"
				o = x.cast.named(x.cast.fold(p.nameOf(a, k-1)))
			}
			if o == nil || o == e || o.kind != "person" {
				continue
			}
			f := x.personForm(o)
			if f == nil || f == e || f.kind != "person" {
				continue
			}
			if found != nil && found != f {
				return nil
			}
			found = f
		}
	}
	return found
}

// apposedHolder returns the one person the article names in commas right
// after e's words used as a title, outside quotation marks: "the <Words>,
// <Given> <Surname>," or "<Words> of|for <Complement>, <Given> <Surname>,"
// (the complement's own capitals, commas and "and" between). A title the
// lists do not know (a local office, a title in another language) is
// read as a name, and "the <Words> said" later spoke as someone no one
// is; but a person's name takes neither an article nor a complement, and
// the name the commas set off is the holder's. The named person must be
// in the cast; nil when there are none or two. The person is given in
// personForm's form.
func (x *extractor) apposedHolder(e *entity, words []string) *entity {
	if len(words) == 0 || !unicode.IsUpper(firstRune(words[0])) {
		return nil
	}
	var found *entity
	for _, p := range x.d.paras {
		for k := 0; k+len(words) < len(p.toks); k++ {
			if !p.isWordAt(k) || p.word(k) != words[0] {
				continue
			}
			match := true
			for j := 1; j < len(words) && match; j++ {
				match = p.isWordAt(k+j) && stripPossessive(p.word(k+j)) == words[j]
			}
			end := k + len(words)
			if !match || p.isNameWord(k-1) || p.isNameWord(end) {
				continue // part of a longer run of capitals
			}
			l := p.lowerAt(end)
			if p.lowerAt(k-1) != "the" && l != "of" && l != "for" {
				continue // no article, no complement: a name, maybe a list of names
			}
			for c := end; c < len(p.toks) && c <= end+14; c++ {
				if p.isComma(c) {
					n := c + 1
					for n < len(p.toks) && n-c <= 4 && p.isNameWord(n) {
						n++
					}
					if n-c-1 >= 2 && (n == len(p.toks) || p.isComma(n) || p.toks[n].kind == tEnd) {
						if o := x.cast.named(x.cast.fold(p.nameOf(c+1, n))); o != nil && o != e && o.kind == "person" {
							f := x.personForm(o)
							if f == nil || f == e || f.kind != "person" {
								break
							}
							if found != nil && found != f {
								return nil
							}
							found = f
							break
						}
					}
					continue
				}
				if !p.isNameWord(c) && !(p.isWordAt(c) && complementJoiners[p.lw(c)]) {
					break
				}
			}
		}
	}
	return found
}

// complementJoiners are the lower-case words inside a title's complement
// between its capitals: "for <Field>, <Field> and <Field>", "of the <Body>".
var complementJoiners = set(`of for and the on &`)

// titledBy returns the one person the article names with the word w
// before their name, outside quotation marks ("<w> <Given> <Surname>"),
// when the cast has the whole run as a person's name and personForm drops
// w from it there, or, where the article writes "the <w>" as a title is
// written, has the name after w as a person whose role ends in w; nil
// when there are none or two. The person is given in personForm's form.
func (x *extractor) titledBy(e *entity, w string) *entity {
	if !unicode.IsUpper(firstRune(w)) {
		return nil
	}
	titled := 0 // afterThe(w), asked once and only when needed: 1 no, 2 yes
	var found *entity
	for _, p := range x.d.paras {
		for k := 0; k+1 < len(p.toks); k++ {
			if !p.isWordAt(k) || p.word(k) != w || !p.isWordAt(k+1) || !p.toks[k+1].isCap(p.text) {
				continue
			}
			end := k + 1
			for end < len(p.toks) && p.isWordAt(end) && p.toks[end].isCap(p.text) && p.toks[end].s <= p.toks[end-1].e+1 {
				end++
			}
			o := x.cast.named(x.cast.fold(p.nameOf(k, end)))
			if o == nil && titled == 0 {
				titled = 1
				if x.afterThe(w) {
					titled = 2
				}
			}
			if o == nil && titled == 2 {
				// "<w> <Given> <Surname>" read as the title and the name,
				// then "the <w> said".
				if o = x.cast.named(x.cast.fold(p.nameOf(k+1, end))); o != nil && lastWord(o.role) != w {
					o = nil
				}
			}
			if o == nil || o == e || o.kind != "person" {
				continue
			}
			f := x.personForm(o)
			if f == nil || f == e || f.kind != "person" || f.name == w || strings.HasPrefix(f.name, w+" ") {
				continue // the word is part of the name there
			}
			if found != nil && found != f {
				return nil
			}
			found = f
		}
	}
	return found
}

// gluedInitials splits "<I>.<Surname>" or "<I>.<J>.<Surname>", initials
// run into a surname without a space, into the initials' letters and the
// surname; a word of another shape is all surname.
func gluedInitials(w string) (initials, surname string) {
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || dot+2 > len(w) || !unicode.IsUpper(firstRune(w[dot+1:])) {
		return "", w
	}
	var b []byte
	for k := 0; k < dot; k++ {
		c := w[k]
		switch {
		case 'A' <= c && c <= 'Z' && (k+1 == dot || w[k+1] == '.'):
			b = append(b, c+'a'-'A')
		case c == '.' && k > 0 && w[k-1] != '.':
		default:
			return "", w
		}
	}
	return string(b), w[dot+1:]
}

// namedInFull returns the one person of the cast other than e whose name
// ends in the surname after given names whose first letters are the
// initials (lower case), the words right before the surname; nil when
// there are none or two. A name that is only titles before the surname
// ("<Title> <Surname>") is not named in full. A surname may be two words
// when the first is a particle ("al <Surname>", "van <Surname>"), as
// Arab and Dutch names are called by both.
func (x *extractor) namedInFull(e *entity, initials, surname string) *entity {
	ks := x.cast.fold(surname)
	if sp := strings.IndexByte(ks, ' '); ks == "" || sp >= 0 && (!particles[ks[:sp]] || strings.Count(ks, " ") > 1) {
		return nil
	}
	var found *entity
	for _, o := range x.cast.all {
		if o == e || o.kind != "person" {
			continue
		}
		ok := x.cast.nameKey(o)
		n := len(ok) - len(ks) - 1
		if n <= 0 || !strings.HasSuffix(ok, ks) || ok[n] != ' ' {
			continue
		}
		before := strings.Fields(ok[:n])
		if len(before) < len(initials) || leadingTitles(strings.Fields(o.name), 0) == strings.Count(strings.TrimSpace(o.name), " ") {
			continue
		}
		if !initialsOpen(before, initials, len(before)-len(initials)) && !initialsOpen(before, initials, 0) {
			// The initials open the given names right before the surname,
			// or the first ones: "F.<Surname>" for "<Given> <Patronymic>
			// <Surname>", as Central Asian copy shortens a minister.
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// initialsOpen reports whether the words from the k-th on open, one by
// one, on the initials' letters.
func initialsOpen(words []string, initials string, k int) bool {
	for j := range len(initials) {
		if words[k+j][0] != initials[j] {
			return false
		}
	}
	return true
}

// nationalityOpensName reports whether the first of a person's name words
// is a country's adjective the reader ran into the name ("the experienced
// <Nationality> <Given> <Surname>", sports and wire copy's way of saying
// where a competitor is from): no given name is a state's adjective, so
// it is what the person is, not who. It needs a given name the lists know
// and a surname after it, or a surname the article uses alone, and no
// word of a body ("<Nationality> <Field> Federation"). A word the name lists know as a
// given name ("Christian", "Jordan") stays.
func (x *extractor) nationalityOpensName(words []string) bool {
	return len(words) >= 2 && x.nationalityBeforeName(words[0], words[1:])
}

// nationalityBeforeName is nationalityOpensName for the adjective w, of
// one word or of two ("Sri Lankan"), before the name words rest.
func (x *extractor) nationalityBeforeName(w string, rest []string) bool {
	if len(rest) < 1 || countryOfWord(w) == "" {
		return false
	}
	if _, given := givenGender(strings.ToLower(w)); given {
		return false
	}
	return x.nameAfterAdjective(rest)
}

// worldRegions are regions of the world named in two words, in lower
// case, that a regional title's complement ends in ("head of Asia
// Pacific", "president for Latin America").
var worldRegions = map[string]bool{
	"asia pacific":    true,
	"latin america":   true,
	"north america":   true,
	"south america":   true,
	"central america": true,
	"middle east":     true,
	"far east":        true,
	"southeast asia":  true,
	"south asia":      true,
	"central asia":    true,
	"east asia":       true,
	"east africa":     true,
	"west africa":     true,
	"north africa":    true,
	"southern africa": true,
	"central africa":  true,
	"eastern europe":  true,
	"western europe":  true,
	"central europe":  true,
	"northern europe": true,
	"southern europe": true,
}

// partyMembers are the nouns for a party's member or candidate that copy
// sets before a person's name, capitalised ("Republican <Given>
// <Surname>"); none is a given name, and a body's name that opens on one
// ("Liberal Party") has a head word no name has.
var partyMembers = set(`Democrat Republican Tory Conservative Liberal Socialist Communist Libertarian`)

// nameAfterAdjective reports whether the capitalised words rest, after a
// word that says what the person is (a nationality, a party), are a
// person's name: no body's head word or acronym among them, and a given
// name the lists know before a surname, or a surname the article calls
// the person by alone.
func (x *extractor) nameAfterAdjective(rest []string) bool {
	if len(rest) < 1 {
		return false
	}
	for _, n := range rest {
		if bodyWord(n) || isAcronym(n) || !startsUpper(n) {
			return false
		}
	}
	if _, given := givenGender(strings.ToLower(rest[0])); given && len(rest) >= 2 {
		return true
	}
	// A given name the lists lack: the article must call the person by
	// the surname alone, or "<Nationality> Red Cross" was a person.
	return x.namedAlone(rest[len(rest)-1])
}

// surnameLike reports whether a capitalised word after a body's head may
// be a surname: no word the lexicon knows (a head, a title, a field), no
// acronym and no known place ("<ACR> <City>", a firm's "<Words> <Head>
// <Field>", a "<Place> Local <Body>" are bodies' names whole).
func surnameLike(w string) bool {
	if !startsUpper(w) || isAcronym(w) || isKnownPlace(w) || countryOfWord(w) != "" {
		return false
	}
	lw := strings.ToLower(w)
	return !isPortfolio(lw) && (len(lw) > maxLexiconWord || wordClassOf(lw) == 0)
}

// saysAlone reports whether the article has a lone capitalised word speak
// by itself, outside quotation marks: before a plain speech verb after no
// other capital ("<Surname> said"), or after one at the sentence's end
// ("…," said <Surname>.). A surname does; a body's last word, a field
// ("<Words> <Field>", "Head of <Field>"), is not a sentence's subject
// alone.
func (x *extractor) saysAlone(w string) bool {
	for _, p := range x.d.paras {
		for k := range p.toks {
			if !p.isWordAt(k) || stripPossessive(p.word(k)) != w || p.isWordAt(k-1) && p.toks[k-1].isCap(p.text) {
				continue
			}
			if p.isWordAt(k+1) && saysWords[p.lw(k+1)] || k > 0 && p.isWordAt(k-1) && saysWords[p.lw(k-1)] && !p.isWordAt(k+1) {
				return true
			}
		}
	}
	return false
}

// titledInitials reports whether a name of two words opens on two or
// three capitals without stops and the reader found a title before it
// ("<Title> <II> <Surname>"): Indian copy's initials before a surname,
// which stay the person's, not a body's acronym before a surname.
func titledInitials(words []string, role string) bool {
	if len(words) != 2 || len(words[0]) < 2 || len(words[0]) > 3 || !isAcronym(words[0]) || strings.IndexByte(words[0], '.') >= 0 {
		return false
	}
	lw := strings.ToLower(lastWord(role))
	return len(lw) <= maxLexiconWord && wordClassOf(lw)&cRole != 0
}

// headNoGiven reports whether a capitalised word is a body's head word or
// acronym that the name lists do not know as a given name: "Directorate",
// "Service", "<ACR>", but not "Trust", which names people too.
func headNoGiven(w string) bool {
	if !bodyWord(w) && !(isAcronym(w) && !strings.Contains(w, ".")) {
		return false
	}
	_, given := givenGender(strings.ToLower(w))
	return !given
}

// leadingTitles returns the index of the first word from i on that is not
// a title, honorific or rank, keeping one word at least.
func leadingTitles(words []string, i int) int {
	for i < len(words)-1 {
		switch {
		case nameTitleWord(words[i]):
			i++
		case i < len(words)-2 && spacedAbbrev(words[i], words[i+1]):
			i += 2
		case i < len(words)-2 && unstopped(words[i]):
			i++
		case i > 0 && i < len(words)-2 && inFolded(clergyCourtesies, words[i-1]) && inFolded(churchOffices, words[i]):
			i++ // "Rev. <Office> <Given> <Surname>"
		default:
			return i
		}
	}
	return i
}

// initialAfterRank reports whether w, a lone capital with a stop that is
// also a courtesy title's abbreviation ("M." for Monsieur), follows a rank
// or title word ("<Rank> <I>. <Given> <Surname>"): copy sets no form of
// address after a rank, so the letter is the initial the name keeps.
func initialAfterRank(w, role string) bool {
	if len(w) != 2 || w[1] != '.' || !isUpperASCII(w[0]) || role == "" {
		return false
	}
	last := lastWord(role)
	return startsUpper(last) && isRoleWord(strings.ToLower(last))
}

// spacedAbbrev reports whether two words are the letters of a stopped
// courtesy title written spaced and without its stops ("<H> <E>
// <Surname>" for "H.E. <Surname>"), as Gulf and South Asian copy writes
// them: single capitals whose stopped form the closed list of courtesy
// titles holds.
func spacedAbbrev(a, b string) bool {
	if len(a) != 1 || len(b) != 1 || !('A' <= a[0] && a[0] <= 'Z') || !('A' <= b[0] && b[0] <= 'Z') {
		return false
	}
	return courtesyTitles[string([]byte{a[0] + 'a' - 'A', '.', b[0] + 'a' - 'A', '.'})]
}

// lastWord returns the last word of s, "" for none.
func lastWord(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// afterClergy reports whether the article writes the words a b after a
// clergy courtesy title, outside quotation marks ("Rev. <a> <b>").
func (x *extractor) afterClergy(a, b string) bool {
	for _, p := range x.d.paras {
		for k := 1; k+1 < len(p.toks); k++ {
			if !p.isWordAt(k) || p.word(k) != a || !p.isWordAt(k+1) || p.word(k+1) != b {
				continue
			}
			c := k - 1
			if p.toks[c].kind != tWord && p.word(c) == "." && c > 0 {
				c-- // "Rev" "." as two tokens
			}
			if p.isWordAt(c) && clergyCourtesies[p.lw(c)] {
				return true
			}
		}
	}
	return false
}

// clergyCourtesies are the courtesy titles of the clergy ("Rev.",
// "Revd", "Very Rev."), after which copy may set the office the person
// holds in their church before the name.
var clergyCourtesies = set(`rev rev. revd revd. reverend ven ven. venerable rt. very`)

// churchOffices are the closed class of church offices that stand after
// a clergy courtesy title and before a name ("Rev. <Office> <Given>
// <Surname>"): an elder, deacon, canon or the like of a congregation.
// Some are surnames too ("Elder", "Deacon", "Canon"), so each counts only
// after the courtesy title with two words of name after it.
var churchOffices = set(`elder deacon deaconess canon apostle evangelist prophet prophetess presbyter
	prebendary archdeacon dean chaplain catechist superintendent moderator`)

// unstopped reports whether a word is a stopped courtesy title of the
// closed list written without its stop ("Eng <Given> <Surname>" for
// "Eng."). Some are given names too ("Hon"), so it counts only with two
// words or more after it (leadingTitles). Two capitals with neither stop
// ("HE <Surname> <Surname>" for "H.E.", His or Her Excellency, as Gulf
// copy writes it) are the stopped initials of the closed list too: only
// capitals, so the pronoun is never one.
func unstopped(w string) bool {
	if len(w) < 2 || len(w) > 6 || strings.HasSuffix(w, ".") {
		return false
	}
	if len(w) == 2 && 'A' <= w[0] && w[0] <= 'Z' && 'A' <= w[1] && w[1] <= 'Z' {
		return courtesyTitles[string([]byte{w[0] + 'a' - 'A', '.', w[1] + 'a' - 'A', '.'})]
	}
	var buf [8]byte
	lw, ok := lowerASCIIWord(buf[:], w)
	return ok && courtesyTitles[string(append(lw, '.'))]
}

// titlePrefixes are the closed class of prefixes that make a rank of a
// rank ("Sub-<Rank>", "Co-<Title>", "Ex-<Title>", "Under-<Title>").
var titlePrefixes = set(`sub co ex under pro`)

// officeTails are the run-on tails of a title's office that end a
// hyphened title ("<Title>-at-law", "<Title>-in-chief").
var officeTails = set(`at-law at-large in-chief in-charge`)

// rankGradeEnd returns the index after a rank's grade that opens the
// name words[i:], with the rank before it if the reader kept that too
// ("<Rank> <Ordinal> Class <Given> <Surname>", a grade word of
// gradeWords: "First
// Class <Given> <Surname>", or "Class <Given> <Surname>" where the reader
// cut the name after the ordinal and the article prints "<Ordinal> Class
// <Given>"); i when there is none. Two words of name stay after it.
func (x *extractor) rankGradeEnd(words []string, i int) int {
	switch {
	case i+4 < len(words) && gradeWord(words[i+2]) && isOrdinalWord(strings.ToLower(words[i+1])):
		return i + 3 // a rank no list knows: only a rank takes a grade
	case i+3 < len(words) && gradeWord(words[i+1]) && isOrdinalWord(strings.ToLower(words[i])):
		return i + 2
	case i+2 < len(words) && gradeWord(words[i]):
		for _, p := range x.d.paras {
			for k := 1; k+1 < len(p.toks); k++ {
				if p.isWordAt(k) && p.word(k) == words[i] && p.isWordAt(k+1) && p.word(k+1) == words[i+1] && p.isWordAt(k-1) && isOrdinalWord(p.lw(k-1)) {
					return i + 1
				}
			}
		}
	}
	return i
}

// gradeWord reports whether a name's word is a capitalised grade noun
// (gradeWords: "Class", "Rank") as ranks write it after an ordinal.
func gradeWord(w string) bool {
	return w == "Class" || w == "Rank"
}

// isOrdinalWord reports whether a lower-case word is an ordinal, in words
// ("first" to "tenth") or in figures ("2nd", "3rd", "4th").
func isOrdinalWord(lw string) bool {
	switch lw {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	n := 0
	for n < len(lw) && '0' <= lw[n] && lw[n] <= '9' {
		n++
	}
	switch lw[n:] {
	case "st", "nd", "rd", "th":
		return n > 0
	}
	return false
}

// builtTitle reports whether a capitalised word no list knows is a
// title made of words the lists know: a hyphened rank whose last part is
// a title and whose first part a title's modifier, a title or one of the
// prefixes of rank ("Sub-<Rank>", "Vice-<Title>", "<Rank>-<Rank>"), or a
// body's head word run into a title ("<Assembly|Council|Board><member>"),
// as American copy writes a legislator's office, or a title with the
// closed tail of its office run on ("<Title>-at-<Field>",
// "<Title>-in-<Rank>": a lawyer's courtesy title in South Asian and
// Caribbean copy, a roving envoy's). Such a word opening a name says
// what the person is, whatever the words.
func builtTitle(lw string) bool {
	if h := strings.IndexByte(lw, '-'); h > 0 && officeTails[lw[h+1:]] && lexiconClass(lw[:h])&cRole != 0 {
		return true
	}
	if h := strings.LastIndexByte(lw, '-'); h > 0 {
		pre, last := lw[:h], lw[h+1:]
		if lexiconClass(last)&cRole == 0 {
			return false
		}
		return titlePrefixes[pre] || lexiconClass(pre)&(cRole|cRoleMod) != 0
	}
	for k := 4; k+4 <= len(lw); k++ {
		if orgHeads[lw[:k]] && lexiconClass(lw[k:])&cRole != 0 {
			return true
		}
	}
	return false
}

// nameTitleWord reports whether a word opening a person's name is a title,
// honorific or rank ("Dr", "Lt", "Col", "Supt", "Minister") rather than a
// given name.
func nameTitleWord(w string) bool {
	if w == "Master" {
		// The head of a compound title ("<Harbour|Port> Master <Given>
		// <Surname>") or a boy's honorific: no given name.
		return true
	}
	lw := strings.ToLower(w)
	if _, given := givenGender(lw); given {
		return false
	}
	bare := strings.TrimSuffix(lw, ".")
	if courtesyTitles[lw] || courtesyTitles[bare] {
		return true
	}
	if peerTitles[lw] || lw == "sir" || lw == "dame" || lw == "duke" || lw == "duchess" {
		return false // part of the name: a peer or a judge is "Lord X" by surname alone
	}
	if rankGivenNames[lw] {
		return false // "Prince <Surname>" that the reader kept whole is a given name (see givenAfterTitle)
	}
	if _, ok := honorifics[lw]; ok {
		return true
	}
	if epithets[lw] {
		// "Debutant X won …", "Opposite Y scored …": what the
		// player is, capitalised as the sentence's first word.
		return true
	}
	if _, ok := titleAbbrevs[lw]; ok {
		return true
	}
	if _, ok := titleAbbrevs[bare+"."]; ok && bare != "con" {
		return true // a wire title without its stop: "Lt", "Col"; "Con" is a given name alone (see stripRank)
	}
	if len(lw) > 3 && lw[len(lw)-1] == 's' && len(lw)-1 <= maxLexiconWord && wordClassOf(lw[:len(lw)-1])&cRole != 0 {
		// "Judges X and Y", "Senators X and Y": a title in the plural
		// before several surnames, the first of which the reader ran it
		// into.
		return true
	}
	return len(lw) <= maxLexiconWord && wordClassOf(lw)&(cRole|cHonor) != 0 || builtTitle(lw)
}

// bodyBeforeName returns the index after the last body's head word or
// acronym among words[i:] that leaves two words or more after it, which
// then are the name ("<Words> Directorate Given Surname"); i when there is
// none. No one's given name follows a body's head word in a name.
func bodyBeforeName(words []string, i int) int {
	at := i
	for k := i; k < len(words)-2; k++ {
		if w := words[k]; bodyWord(w) || isAcronym(w) && !strings.Contains(w, ".") && len(w) > 1 {
			at = k + 1
		}
	}
	if at > i && !unicode.IsUpper(firstRune(words[at])) {
		return i
	}
	return at
}

// namedAlone reports whether the article names someone by this surname
// alone somewhere, outside quotation marks: after no other capitalised
// word.
func (x *extractor) namedAlone(surname string) bool {
	for _, p := range x.d.paras {
		for k := range p.toks {
			if p.isWordAt(k) && stripPossessive(p.word(k)) == surname && !(p.isWordAt(k-1) && p.toks[k-1].isCap(p.text)) {
				return true
			}
		}
	}
	return false
}

// roleBeforeName cuts from the end of a role the words that open the
// person's name: where the reader ended a title run inside the name
// ("<Role> at <Body> <Given>" before "<Middle> <Surname>"), the role kept
// the given name the name now begins with.
func roleBeforeName(role string, name []string) string {
	for k := len(name) - 1; k >= 1; k-- {
		head := strings.Join(name[:k], " ")
		if strings.HasSuffix(role, " "+head) {
			return strings.TrimSpace(role[:len(role)-len(head)])
		}
	}
	return role
}

// roleAtBody reports whether the article prints the run of words after
// "<role noun> at" ("<Field> professor at <Body> <Given> <Surname> said",
// "an analyst at <Body> <Given> <Surname>"): the role and the body it is
// held at are what the person is, so a body's head word in the run ends
// the body, and the words after it are the person's name. A body's own
// name ("<Words> Bank <Word> <Word>") stands after no role noun and "at".
func (x *extractor) roleAtBody(words []string) bool {
	for _, p := range x.d.paras {
		for k := 2; k+len(words) <= len(p.toks); k++ {
			if !p.isWordAt(k) || p.word(k) != words[0] || p.lw(k-1) != "at" || !p.isWordAt(k-2) || p.toks[k-2].isCap(p.text) {
				continue
			}
			if role := p.lw(k - 2); p.toks[k-2].class&cRole == 0 && !isRoleWord(role) && !occupationWord(role) && !endsAgent(role) {
				continue
			}
			same := true
			for n := 1; n < len(words) && same; n++ {
				same = p.isWordAt(k+n) && p.word(k+n) == words[n]
			}
			if same {
				return true
			}
		}
	}
	return false
}

// endsAgent reports whether a lower-case word is a noun for a doer by its
// ending (-or, -ist, -ian: "professor", "economist"; -er in a word of
// seven letters or more: "lecturer", "researcher", but not "water" or
// "later"). Every word personBySuffix takes (-ian, seven letters or more)
// it takes too.
func endsAgent(w string) bool {
	if len(w) < 6 {
		return false
	}
	if strings.HasSuffix(w, "er") {
		return len(w) >= 7
	}
	return strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian")
}

// givenInFull returns the full name the article first gives a person it
// otherwise calls by the surname alone: the surname after a given name,
// outside quotation marks, met before the surname alone; "" when the
// article gives none, or two different given names with it, or names the
// person by the surname alone first (a relative named in full later is
// someone else).
func (x *extractor) givenInFull(surname string) string {
	if !unicode.IsUpper(firstRune(surname)) {
		return ""
	}
	given, bareSeen := "", false
	for _, p := range x.d.paras {
		for k := range p.toks {
			g := k - 1
			if p.quotedFullName(g, surname) {
				// A statement the article quotes may be where it names the
				// person in full ("… the Minister, Mr <Given> <Surname>, …"),
				// the report calling them by the surname alone after.
				if given == "" {
					given = p.word(g)
				} else if given != p.word(g) {
					return ""
				}
				continue
			}
			if !p.isWordAt(k) || stripPossessive(p.word(k)) != surname {
				continue
			}
			start := -1
			if p.isWordAt(g) && !inFolded(accordingWords, p.word(g)) {
				start = p.givenRunStart(g)
			}
			if start < 0 && p.middleNameAt(g) && p.titledInitialsAt(g-1) {
				// "<Title> <II> <Given> <Surname>": initials straight after
				// a title word mark the words after them as a name, though
				// no list knows the given name.
				start = g
			}
			if start < 0 || p.isWordAt(k+1) && p.toks[k+1].isCap(p.text) && !p.bodyRunAt(k+1) {
				bareSeen = true
				continue
			}
			if bareSeen && given == "" {
				return ""
			}
			w := p.givenRun(start, g)
			if p.titledInitialsAt(start - 1) {
				// The initials the article prints before the name are the
				// name's (the agreed form), not the title's.
				w = p.word(start-1) + " " + w
			}
			if given == "" {
				given = w
			} else if given != w {
				return ""
			}
		}
	}
	if given == "" {
		if full := x.standfirstFull(surname); full != "" {
			return full
		}
		return x.capitalsFull(surname)
	}
	return given + " " + surname
}

// capitalsFull returns "<Given> <Surname>" where the article prints the
// name in capitals, a given name the lists know before the surname
// ("<TITLE> <GIVEN> <SURNAME>", a quotes box's heading over the person's
// words), and the copy calls the person by the surname alone; "" when it
// does not, or gives two given names with it.
func (x *extractor) capitalsFull(surname string) string {
	if len(surname) < 3 || allCaps(surname) {
		return ""
	}
	up := strings.ToUpper(surname)
	var given soleGiven
	for _, p := range x.d.paras {
		for k := 1; k < len(p.toks); k++ {
			if !p.isWordAt(k) || p.word(k) != up || !p.isWordAt(k-1) {
				continue
			}
			if g := capitalsGiven(p.word(k - 1)); g != "" {
				given.add(g)
			}
		}
	}
	return given.full(surname)
}

// soleGiven gathers the given names an article puts before a surname, for
// the full-name readers that take one only when it is the same every time.
type soleGiven struct {
	name  string
	clash bool // two different given names: the surname is not one person's
}

func (s *soleGiven) add(g string) {
	if s.name != "" && s.name != g {
		s.clash = true
	}
	s.name = g
}

// full returns "<Given> <Surname>", or "" when no given name, or two, came.
func (s *soleGiven) full(surname string) string {
	if s.clash || s.name == "" {
		return ""
	}
	return s.name + " " + surname
}

// initialledInFull returns the name the article gives a person it also
// calls "<I>.<Surname>": the surname after one to three capitalised name
// words, outside quotation marks, the nearest of which to open on the
// initial (lower case) opens the name ("<Given> <Patronymic> <Surname>"
// for "<G>.<Surname>"); "" when the article gives none, or two
// different ones.
func (x *extractor) initialledInFull(initial byte, surname string) string {
	full := ""
	for _, p := range x.d.paras {
		for k := 1; k < len(p.toks); k++ {
			if !p.isWordAt(k) || p.word(k) != surname {
				continue
			}
			for g := k - 1; g >= k-3 && p.middleNameAt(g); g-- {
				w := p.word(g)
				if len(w) < 2 || w[0]|0x20 != initial || strings.IndexByte(w, '.') >= 0 {
					continue
				}
				if n := p.givenRun(g, k); full == "" {
					full = n
				} else if full != n {
					return ""
				}
				break
			}
		}
	}
	return full
}

// givenRunStart returns the first token of the given names that end at
// token g before a surname, or -1: g itself when it may be a given name
// (isGivenNameAt, givenAfterComplement), or, when g is a middle name no
// list knows, a given name the lists know one or two words before it
// ("<Title> <Given> <Middle> <Surname>"). Either way the run reaches back
// over one or two more given names the lists know ("<Given> <Given>
// <Surname>"), never over a title, an honorific or a role word, so the
// surname alone is the fullest form the article gives.
func (p *para) givenRunStart(g int) int {
	s := -1
	if p.isGivenNameAt(g) || p.givenAfterComplement(g) || p.givenAfterTitleWord(g) {
		s = g
	} else if p.titleInsideName(g) {
		s = g - 1
	} else if p.middleNameAt(g) {
		for j := g - 1; j >= g-2; j-- {
			if p.knownGivenAt(j) {
				s = j
				break
			}
			if !p.middleNameAt(j) {
				break
			}
		}
	}
	for n := 0; s > 0 && n < 2 && p.knownGivenAt(s-1); n++ {
		s--
	}
	return s
}

// middleNameAt reports whether token i is a capitalised name word that
// may stand between a given name and a surname: no title, honorific or
// role word.
func (p *para) middleNameAt(i int) bool {
	if i < 0 || !p.isWordAt(i) || !p.isNameWord(i) || p.toks[i].class&(cRole|cHonor|cCourtesy) != 0 {
		return false
	}
	return !nameTitleWord(p.word(i))
}

// knownGivenAt reports whether token i is a given name the lists know,
// and no title, honorific or role word.
func (p *para) knownGivenAt(i int) bool {
	if !p.middleNameAt(i) {
		return false
	}
	_, ok := p.givenGenderAt(i)
	return ok
}

// givenRun is the words of tokens a to b, both included, joined by
// single spaces.
func (p *para) givenRun(a, b int) string {
	if a == b {
		return p.word(a)
	}
	words := make([]string, 0, b-a+1)
	for i := a; i <= b; i++ {
		words = append(words, p.word(i))
	}
	return strings.Join(words, " ")
}

// standfirstFull returns "<Given> <Surname>" where the standfirst the
// reader set apart from the body names the person in full after a given
// name the lists know ("<Remarks> by <Title> <Given> <Surname> and
// <Title> <Given> <Surname>", a transcript's header), and the body calls
// them by the surname alone; "" when it does not, or gives two given
// names with the surname.
func (x *extractor) standfirstFull(surname string) string {
	var given soleGiven
	for before := range surnameMentions(x.d.standfirst, surname) {
		before = strings.TrimRight(before, " ")
		w := before[strings.LastIndexByte(before, ' ')+1:]
		if !unicode.IsUpper(firstRune(w)) {
			continue
		}
		if _, ok := givenGender(strings.ToLower(w)); !ok && !honorificBefore(before[:max(0, len(before)-len(w))]) {
			// A given name no list knows stands after an honorific
			// ("<Hon> <Given> <Surname>"), as a header lists people.
			continue
		}
		given.add(w)
	}
	return given.full(surname)
}

// honorificBefore reports whether s ends in an honorific and a space
// ("… Dr ", "…; Mrs "): the word after it opens a person's name.
func honorificBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	w := strings.ToLower(s[strings.LastIndexByte(s, ' ')+1:])
	_, ok := honorifics[w]
	return ok && w != ""
}

// surnameMentions yields, for each place s names surname as a word of its
// own after a space, the text of s between the place before (or its
// start) and this one. The standfirst's readings (standfirstFull,
// standfirstMiddle) look back from these places for the given name, so
// both pass over a longer word that holds the surname ("<Surname>son",
// "<Surname>-<Other>") and a surname run on from the word before it.
func surnameMentions(s, surname string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > len(surname) {
			k := strings.Index(s, surname)
			if k < 0 {
				return
			}
			before, rest := s[:k], s[k+len(surname):]
			s = rest
			if len(rest) > 0 && (unicode.IsLetter(firstRune(rest)) || rest[0] == '-') || !strings.HasSuffix(before, " ") {
				continue // a longer word, or no space before the surname
			}
			if !yield(before) {
				return
			}
		}
	}
}

// capitalsGiven returns a given name the lists know printed in capitals
// ("<GIVEN>"), with only its first letter in capitals; "" for any other
// word (initials, an acronym, a name already in mixed case).
func capitalsGiven(w string) string {
	if len(w) < 3 || !allCaps(w) || strings.ContainsAny(w, ".' -") {
		return ""
	}
	lw := strings.ToLower(w)
	if _, ok := givenGender(lw); !ok {
		return ""
	}
	return upperFirst(lw)
}

// standfirstMiddle returns "<Given> <Middle> <Surname>" where the
// standfirst the reader set apart from the body (an obituary's or a
// profile's name box over the story) names the person with one or two
// middle names between the given name and the surname the body calls
// them by; "" when it does not, or names two such people.
func (x *extractor) standfirstMiddle(given, surname string) string {
	full := ""
	for before := range surnameMentions(x.d.standfirst, surname) {
		// Walk back over one or two capitalised words to the given name.
		b := strings.TrimSuffix(before, " ")
		for n := 0; n < 3; n++ {
			j := strings.LastIndexByte(b, ' ') + 1
			w := b[j:]
			if w == "" || !unicode.IsUpper(firstRune(w)) {
				break
			}
			if n == 0 && strings.EqualFold(w, given) {
				break // no middle name
			}
			if n > 0 && strings.EqualFold(w, given) {
				f := before[j:] + surname
				if full != "" && full != f {
					return ""
				}
				full = f
				break
			}
			if n == 2 || j == 0 || strings.ContainsAny(w, ".,;:") {
				break
			}
			b = b[:j-1]
		}
	}
	return full
}

// bodyRunBeforeGiven reports whether a person's words are two or more
// words no list gives as a given name, then one it does, then a surname:
// a run the reader took whole from after a title's "of", of which only
// the last two are the person's.
func (x *extractor) bodyRunBeforeGiven(words []string) bool {
	n := len(words)
	if _, ok := givenGender(strings.ToLower(words[n-2])); !ok || !surnameLike(words[n-1]) {
		return false
	}
	initials := true
	for _, w := range words[:n-2] {
		if _, ok := givenGender(strings.ToLower(w)); ok || !unicode.IsUpper(firstRune(w)) {
			return false
		}
		initials = initials && spacedInitial(w)
	}
	// "<I> <I> <Given> <Surname>": South Asian copy's initials, spaced and
	// without stops, are the person's own, not a body's run.
	return !initials
}

// opensSentenceWith reports whether the article opens a sentence, outside
// quotation marks, with the word w right before the name.
func (x *extractor) opensSentenceWith(w, name string) bool {
	for _, p := range x.d.paras {
		for k := range p.toks {
			if !p.isWordAt(k) || p.word(k) != w || k > 0 && (p.toks[k-1].kind == tWord || p.word(k-1) != ".") {
				continue
			}
			j := k + 1
			for n := range strings.FieldsSeq(name) {
				if !p.isWordAt(j) || p.word(j) != n {
					j = -1
					break
				}
				j++
			}
			if j > 0 {
				return true
			}
		}
	}
	return false
}

// afterComma reports whether the article prints the words, outside
// quotation marks, right after a comma ("<Title>, <Word> <Word> <Given>
// <Surname>, …"): a name set off in apposition is given whole, its first
// words no body's run after a title's "of".
func (x *extractor) afterComma(words []string) bool {
	for _, p := range x.d.paras {
		for k := 1; k+len(words) <= len(p.toks); k++ {
			if p.toks[k-1].kind == tWord || p.word(k-1) != "," {
				continue
			}
			match := true
			for j, w := range words {
				if !p.isWordAt(k+j) || p.word(k+j) != w {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}

// afterTitleComplement reports whether the article writes the words a b
// right after "for" or "of" that closes a title ("<Title> for a b",
// "<Title> responsible for a b"), outside quotation marks.
func (x *extractor) afterTitleComplement(a, b string) bool {
	for _, p := range x.d.paras {
		for k := 2; k+1 < len(p.toks); k++ {
			if !p.isWordAt(k) || p.word(k) != a || !p.isWordAt(k+1) || p.word(k+1) != b || p.toks[k].q != 0 {
				continue
			}
			if pr := p.lowerAt(k - 1); pr != "for" && pr != "of" {
				continue
			}
			if p.isRoleAt(k-2) || k >= 3 && p.isRoleAt(k-3) {
				return true
			}
		}
	}
	return false
}

// spacedInitial reports whether w is one capital letter, with or without
// its stop: an initial of a name written spaced ("<I> <I> <Given>
// <Surname>", "<I>. <I>. <Given> <Surname>").
func spacedInitial(w string) bool {
	return isInitial(w) || len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z'
}

// givenAfterComplement reports whether the capitalised word at g, which
// no list knows, follows a title whose complement is one capital
// ("<Titles> of <Word> <Given> <Surname>", as in "Justices of Appeal
// <Given> <Surname>" or "Minister of Health <Given> <Surname>"): the
// title ends at its complement, so the word after it opens the name.
// "<Title> from <Place> <Given> <Surname>" ("an economist from <City>")
// says where the person is from as "of" says what the title is of: the
// one capital after "from" is the place, and the name opens after it.
func (p *para) givenAfterComplement(g int) bool {
	if g < 3 || !p.isWordAt(g) || !p.toks[g].isCap(p.text) || p.lowerAt(g-2) != "of" && p.lowerAt(g-2) != "from" || !p.isWordAt(g-1) || !p.toks[g-1].isCap(p.text) {
		return false
	}
	w := p.lw(g - 3)
	if !p.isRoleAt(g-3) && !(len(w) > 3 && w[len(w)-1] == 's' && wordClassOf(w[:len(w)-1])&cRole != 0) {
		return false
	}
	return mayBeGiven(p.word(g)) && !isKnownPlace(p.lw(g))
}

// titleInsideName reports whether the capitalised token g is a courtesy
// title or honorific that stands between a given name the lists know and
// the surname ("<Given> <Sheikh|Haji> <Surname>"): no title follows a
// given name, so there the word is a part of the name, as Somali, Arab
// and South Asian names have it.
func (p *para) titleInsideName(g int) bool {
	if g < 1 || !p.isWordAt(g) || !p.toks[g].isCap(p.text) || !nameTitleWord(p.word(g)) || strings.IndexByte(p.word(g), '.') >= 0 || isAcronym(p.word(g)) {
		return false
	}
	return p.knownGivenAt(g-1) && (g < 2 || !p.isWordAt(g-2) || !p.toks[g-2].isCap(p.text))
}

// givenAfterTitleWord reports whether the capitalised word at g, which no
// list knows, follows a title word directly ("<Title> <Word> <Surname>",
// "<Titles> <Word> <Surname> and <Word> <Surname>" for a bench of two
// judges): a title stands before the whole name, so the word after it
// opens the name, whatever capital the title itself has.
func (p *para) givenAfterTitleWord(g int) bool {
	if g < 1 || !p.isWordAt(g) || !p.toks[g].isCap(p.text) || !p.isWordAt(g-1) {
		return false
	}
	if w := p.lw(g - 1); !p.isRoleAt(g-1) && !(len(w) > 3 && w[len(w)-1] == 's' && wordClassOf(w[:len(w)-1])&cRole != 0) {
		return false
	}
	w := p.word(g)
	if _, ok := givenGender(p.lw(g)); ok {
		return true
	}
	// A word shaped like a nationality ("-i", "-an") is as often a given
	// name no list knows, and a body's head word ("Charity", "Trust")
	// after a title is the person's, as no body's name ends right before
	// a surname.
	return !isAcronym(w) && !nameTitleWord(w) && !isPossessive(w) && !isKnownPlace(p.lw(g)) && p.toks[g].class&^(cCap|cName|listOnly|cOrgHead) == 0
}

// quotedFullName reports whether the tokens g and g+1 are, inside
// quotation marks, a given name the lists know and then the surname, with
// no capital after: a speaker's own words name a third person in full as
// copy does, though only a known given name is trusted there (a quote's
// capitals are as often a body's or a slogan's).
func (p *para) quotedFullName(g int, surname string) bool {
	k := g + 1
	if g < 0 || k >= len(p.toks) || p.toks[k].q == 0 || p.toks[g].q == 0 || p.toks[k].kind != tWord || p.toks[g].kind != tWord {
		return false
	}
	if stripPossessive(p.word(k)) != surname || !p.toks[g].isCap(p.text) || k+1 < len(p.toks) && p.toks[k+1].kind == tWord && p.toks[k+1].isCap(p.text) {
		return false
	}
	_, ok := givenGender(p.lw(g))
	return ok
}

// openedInFull returns the one full name the article prints, outside
// quotation marks, that opens with the lone word w and runs on for one or
// two capitals more ("<W> <Given> <Given>", as Chinese, Korean,
// Vietnamese and Hungarian names put the family name first), when no
// other capital stands before w there (an honorific, a title or a title's
// initials may) and no run of capitals ends in w (someone whose surname
// it is); the headline is read when the text has no such run; "" when
// there is none or two. A name called later by its first word is that
// person, as one called by its last is (givenInFull): the words after w
// must each be a given name or a name's (surnameLike), so a body's or a
// place's name that opens with the word is no one's.
func (x *extractor) openedInFull(w string) string {
	if !unicode.IsUpper(firstRune(w)) {
		return ""
	}
	if x.afterThe(w) {
		return "" // "the <W> said": a title, which titledBy reads
	}
	full := ""
	for _, p := range x.d.paras {
		for k := range p.toks {
			if !p.isWordAt(k) || stripPossessive(p.word(k)) != w {
				continue
			}
			if p.isNameWord(k-1) && p.toks[k-1].class&(cHonor|cRole) == 0 && !isAcronym(p.word(k-1)) {
				return "" // "<Given> <W>": a surname, or inside a longer name
			}
			if p.word(k) != w || !p.isNameWord(k+1) {
				continue
			}
			end := k + 1
			for end < len(p.toks) && end-k <= 3 && p.isNameWord(end) {
				end++
			}
			if end-k > 3 || isPossessive(p.word(end-1)) {
				return ""
			}
			for j := k + 1; j < end; j++ {
				if _, given := p.givenGenderAt(j); !given && !surnameLike(p.word(j)) {
					return ""
				}
			}
			if n := p.nameOf(k, end); full == "" {
				full = n
			} else if full != n {
				return ""
			}
		}
	}
	if full == "" {
		full = headlineName(w, x.d.head)
	}
	return full
}

// headlineName is openedInFull for the headline, read from its words: a
// transcript or a release may print the full name only there ("… of
// <Title> Dr <Given> <Surname>'s Interview …"). The word must open a run
// of two or three capitals, after an honorific or no capital; a
// possessive ends the run.
func headlineName(w, head string) string {
	fields := strings.Fields(head)
	for k := 0; k+1 < len(fields); k++ {
		if fields[k] != w {
			continue
		}
		if k > 0 && startsUpper(fields[k-1]) {
			before := strings.ToLower(fields[k-1])
			if _, honor := honorifics[before]; !honor && !isRoleWord(before) {
				continue
			}
		}
		name, end := []string{w}, k+1
		for ; end < len(fields) && len(name) < 3 && startsUpper(fields[end]); end++ {
			f := strings.TrimRight(fields[end], ",.;:")
			bare := stripPossessive(f)
			if _, given := givenGender(strings.ToLower(bare)); !given && !surnameLike(bare) {
				break
			}
			name = append(name, bare)
			if bare != fields[end] {
				break
			}
		}
		if len(name) >= 2 {
			return strings.Join(name, " ")
		}
	}
	return ""
}

// seatTitleHolder returns the one person of the cast whose title is w
// with its seat ("the <Title> of <Place>, <Given> <Surname>," set off in
// commas), when the article calls them "the <w>" after: a local title no
// list knows ("the <Title>", a governor's or a prefect's local name),
// capitalised, that the reader took for a name once the seat no longer
// followed it. Nil when the
// article gives no one that title, gives it to two people, or w is a
// given name.
func (x *extractor) seatTitleHolder(e *entity, w string) *entity {
	if !startsUpper(w) || knownGiven(w) {
		return nil
	}
	// afterThe reads the whole article: ask it only once a cast member's
	// role opens with the title, and before any personForm.
	asked := false
	var found *entity
	for _, o := range x.cast.all {
		if o == e || o.kind != "person" || o.reg != nil {
			continue
		}
		r := strings.TrimPrefix(o.role, "the ")
		if rest, ok := strings.CutPrefix(r, w); !ok || !strings.HasPrefix(rest, " of ") {
			continue
		}
		if !asked {
			if !x.afterThe(w) {
				return nil
			}
			asked = true
		}
		f := x.personForm(o)
		if f == nil || f == e || f.kind != "person" || strings.Contains(f.name, w) {
			continue
		}
		if found != nil && found != f {
			return nil
		}
		found = f
	}
	return found
}

// afterThe reports whether the article writes the lone capitalised word w
// after "the", outside quotation marks, with no capital after it ("the
// <W> said"): a title or a body's word, which no one's name is.
func (x *extractor) afterThe(w string) bool {
	for _, p := range x.d.paras {
		for k := 1; k < len(p.toks); k++ {
			if p.isWordAt(k) && p.word(k) == w && p.lowerAt(k-1) == "the" && !p.isNameWord(k+1) {
				return true
			}
		}
	}
	return false
}

// isGivenNameAt reports whether capitalised token g may be a given name
// before a surname: a given name the lists know, or a word in no list,
// no place and no nationality, that no other capitalised word precedes.
func (p *para) isGivenNameAt(g int) bool {
	t := &p.toks[g]
	if !t.isCap(p.text) || t.kind != tWord {
		return false
	}
	w := p.word(g)
	lw := p.lw(g)
	if nameTitleWord(w) || isPossessive(w) {
		return false
	}
	if _, ok := givenGender(lw); ok {
		return true
	}
	if t.class&^(cCap|cName|listOnly) != 0 || isKnownPlace(lw) || isNationality(w) || isAcronym(w) {
		return false
	}
	// A word no list knows is a given name only as the first of just two
	// capitalised words: in a longer run ("<Body Words> Surname") it is
	// part of a body's or a title's name.
	return !p.isWordAt(g-1) || !p.toks[g-1].isCap(p.text) || p.sents[p.sentenceOf(g)].a == g
}

// agentSuffixes end a noun for someone who does something: a craft or an
// office ("restorer", "conservator", "archivist", "librarian").
var agentSuffixes = []string{"er", "or", "ist", "ian"}

// localTitle reports whether the first of a person's three or more words
// is a title no list knows — a craft, an office or a local title copy
// writes before the name ("<Craft> Given Surname", a court's or a chief's
// title in the country's language). Names put the given name first, so a
// capitalised word before the given name says what the person is when it
// is no given name the lists know, the word after it may be a given name
// (one the lists know, or a word in no list, that the article does not
// use as a noun), and the article uses the
// word as a noun: in lower case or after "the" or "a" ("the <Title>
// said"), or, for a noun for a doer (-er, -or, -ist, -ian), its stem in
// lower case ("restored" for "Restorer"). The lists lack many given
// names, some shaped like a doer ("Dexter", "Damian"), so the shape
// alone is no evidence.
func (x *extractor) localTitle(words []string) bool {
	if len(words) < 3 {
		return false
	}
	w, lw := words[0], strings.ToLower(words[0])
	if !unicode.IsUpper(firstRune(w)) || isAcronym(w) || strings.ContainsAny(w, ".-'’") || len(lw) < 4 {
		return false
	}
	if _, given := givenGender(lw); given || peerTitles[lw] || isKnownPlace(lw) {
		return false
	}
	if isNationality(w) {
		// A word shaped like a nationality ("-an", "-ese") is a title
		// only by an office's word made of it in lower case ("<title>ate").
		return countryOfWord(w) == "" && mayBeGiven(words[1]) && x.derivedInLower(lw)
	}
	if !mayBeGiven(words[1]) || x.usedAsNoun(strings.ToLower(words[1]), "") {
		return false // "<Adjective> Policy Report": the next word is a noun too
	}
	stem := ""
	for _, suf := range agentSuffixes {
		if b, ok := strings.CutSuffix(lw, suf); ok && len(b) >= 6 {
			stem = b
			break
		}
	}
	return x.usedAsNoun(lw, stem) || x.derivedInLower(lw)
}

// officeSuffixes make a noun for an office, its realm or its holders'
// body of a title ("<title>ate", "<title>ship", "<title>hood",
// "<title>dom"): a ruler's or an elder's title copy writes before a name
// and, in lower case, in the word for the realm or the council.
var officeSuffixes = []string{"ate", "ates", "ship", "ships", "hood", "hoods", "dom", "doms"}

// derivedInLower reports whether the article writes, in lower case
// outside quotation marks, a word made of lw and an office's suffix
// ("<title>ates", "<title>ship": a ruler's realms, an office's tenure).
func (x *extractor) derivedInLower(lw string) bool {
	for _, p := range x.d.paras {
		for k := range p.toks {
			if !p.isWordAt(k) || p.toks[k].isCap(p.text) {
				continue
			}
			t := p.lw(k)
			if len(t) <= len(lw) || !strings.HasPrefix(t, lw) {
				continue
			}
			rest := stripPossessive(t[len(lw):])
			for _, suf := range officeSuffixes {
				if rest == suf {
					return true
				}
			}
		}
	}
	return false
}

// namedAfterThe reports whether the article writes a name of two words
// or more after "the", its first word no courtesy title ("The
// <Word> <Word> <Place> said"): no one's name takes the article, so it is
// a body's name the reader took for a person's — a company's or a
// theatre's opening with a common word, maybe in another language — and
// the rules that drop a title before a given name do not apply to it.
func (x *extractor) namedAfterThe(words []string) bool {
	if len(words) < 2 || inFolded(courtesyTitles, words[0]) {
		return false
	}
	for _, p := range x.d.paras {
		for k := 1; k+1 < len(p.toks); k++ {
			if p.isWordAt(k) && p.word(k) == words[0] && p.isWordAt(k+1) && p.word(k+1) == words[1] && p.lowerAt(k-1) == "the" && !p.titleFieldWithThe(k) {
				return true
			}
		}
	}
	return false
}

// localHonorific reports whether the first of a person's three or more
// words is an honorific or a local title from the closed class copy
// writes before a name in a language or jurisdiction ("<Honorific>
// Given Surname"). Some of them are given names too ("Don", "Adi",
// "Dom"), and the lists hold few of them, so one counts as a title only
// with a name of two words or more after it, the first of which may be a
// given name: "Don Carter" is kept. A courtesy title of the closed class
// straight after it ("<Honorific> <Courtesy> Given Surname", a Malay
// honorific of address before the pilgrim's title) makes the pair a run
// of titles, which leadingTitles then reads on through.
func localHonorific(words []string) bool {
	if len(words) < 3 || !inFolded(localHonorifics, words[0]) {
		return false
	}
	if len(words) >= 4 && nameTitleWord(words[1]) && unicode.IsUpper(firstRune(words[2])) && !isAcronym(words[2]) {
		// After two titles the capitalised word is a name, whatever it
		// ends like: a given name ending "-i" is no nationality here.
		return unicode.IsUpper(firstRune(words[len(words)-1]))
	}
	return mayBeGiven(words[1]) && unicode.IsUpper(firstRune(words[len(words)-1]))
}

// titledBySurname reports whether the cast has someone called by the
// first of the words and the last alone ("<Title> <Surname>" beside
// "<Title> <Given> <Surname>"): a word copy sets before a surname alone
// is a title, where a given name of the person's stands only before the
// rest of the name. A local honorific that is also a given name in some
// countries' copy is thus told apart by the article itself.
func (x *extractor) titledBySurname(words []string) bool {
	o := x.cast.named(x.cast.fold(words[0] + " " + words[len(words)-1]))
	return o != nil && o.kind == "person"
}

// endsLikeNationality reports whether a capitalised word only ends as an
// adjective of nationality does ("-i", "-an", "-ese") and is no
// nationality the lists know, no place and no word of theirs: many given
// names of African and Asian languages end so, and after a title of a
// closed class they are the given name, which mayBeGiven, wary of a
// nationality opening a run, refuses (see titledBySurname).
func endsLikeNationality(w string) bool {
	lw := strings.ToLower(w)
	if !isNationality(w) || demonyms[lw] || irregularNationality(w) || isAcronym(w) || nameTitleWord(w) || isKnownPlace(lw) {
		return false
	}
	return unicode.IsUpper(firstRune(w)) && (len(lw) > maxLexiconWord || wordClassOf(lw)&^listBits == 0)
}

// localTitlePair reports whether a person's words open with a title of
// two words that Malaysian copy puts before a community leader's name
// without its being part of it — Iban "Tuai Rumah" (a longhouse headman)
// or Malay "Ketua Kampung" (a village head), a closed class — and a name
// of two words or more follows: "<Tuai> <Rumah> <Given> anak <Father>".
func localTitlePair(words []string) bool {
	if len(words) < 4 {
		return false
	}
	if strings.EqualFold(words[0], "tuai") && strings.EqualFold(words[1], "rumah") ||
		strings.EqualFold(words[0], "ketua") && strings.EqualFold(words[1], "kampung") {
		// The pair is no word of a name, so the given name after it
		// needs only its capital: the lists know few Iban given names.
		return unicode.IsUpper(firstRune(words[2])) && unicode.IsUpper(firstRune(words[len(words)-1]))
	}
	return false
}

// portfolioTail reports whether the first of a person's three or more
// words closes a title's portfolio of two fields in the article:
// "Minister of <Field> and <Word> Given Surname", where the reader took
// the second field for a word of the name (an acronym, or a field no list
// knows). The article shows it as the word right after "<Field> and"
// before the rest of the name. A closing field with its article,
// "<Field> and the <Word> Given Surname", is a noun whatever the word,
// one the name lists know as a given name among them: no one's given
// name follows "and the" in a title's list of fields.
func (x *extractor) portfolioTail(words []string) bool {
	if len(words) < 3 {
		return false
	}
	listed := isAcronym(words[0]) || inFolded(portfolios, words[0]) // the closing field is an acronym or a field the lists know
	var withThe string
	if !listed {
		if !startsUpper(words[0]) || !startsUpper(words[1]) {
			return false
		}
		withThe = "and the " + words[0] + " " + words[1]
	}
	for _, p := range x.d.paras {
		if !listed && !strings.Contains(p.text, withThe) {
			continue
		}
		for k := 2; k+1 < len(p.toks); k++ {
			if !p.isWordAt(k) || p.word(k) != words[0] || !p.isWordAt(k+1) || p.word(k+1) != words[1] {
				continue
			}
			if listed && p.lowerAt(k-1) == "and" && p.isWordAt(k-2) && isPortfolio(p.lw(k-2)) {
				_, given := p.givenGenderAt(k)
				return !given
			}
			if p.titleFieldWithThe(k) {
				return true // "the" says the word is a noun, though the name lists know it as a given name
			}
		}
	}
	return false
}

// occupationOpensName reports whether the first of a person's three or
// more words is a noun for a doer by its ending (endsAgent: "<Word>ier",
// "<Word>ist", "<Word>or") that no list gives as a given name, and the
// article prints it opening a sentence, or a signature line after a dash
// ("“…” — <Occupation> <Given> <Surname>"), right before the rest of the
// name: the capital is the sentence's, and the word says what the person
// does.
func (x *extractor) occupationOpensName(words []string) bool {
	lw := strings.ToLower(words[0])
	if !(endsAgent(lw) || describesPerson(lw) || epithets[lw] || sentenceDescriptors[lw]) || !startsUpper(words[1]) {
		return false
	}
	if _, given := givenGender(lw); given {
		return false
	}
	for _, p := range x.d.paras {
		for k := 0; k+1 < len(p.toks); k++ {
			if (k == 0 || p.toks[k-1].kind == tEnd || p.dashAt(k-1) || p.datelineColonAt(k-1)) && p.isWordAt(k) && p.word(k) == words[0] && p.isWordAt(k+1) && p.word(k+1) == words[1] {
				return true
			}
		}
	}
	return false
}

// sentenceDescriptors are nouns for what a person does or is that copy
// opens a sentence with before the person's name ("<Critic> <Given>
// <Surname>, writing in …", "<Opener> <Given> <Surname> struck …") and
// that neither the role lists nor the doer's endings (endsAgent) take: a
// reviewer, a commentator, a batting position. A noun those already
// take ("-or", "-er" of seven letters or more, a person noun) needs no
// entry here.
var sentenceDescriptors = set(`critic pundit opener medic cleric`)

// datelineColonAt reports whether token i is the colon after a dateline
// that opens a paragraph ("<Place>: <Words> …"): the word after it opens
// the report's first sentence.
func (p *para) datelineColonAt(i int) bool {
	return i >= 1 && i <= 3 && i < len(p.toks) && p.toks[i].kind == tPunct && p.word(i) == ":" && p.isWordAt(i-1) && p.toks[0].kind == tWord && p.toks[0].isCap(p.text)
}

// countCompound reports whether w is a count, in figures or a word of
// one to ten, joined by a hyphen to a lower-case word ("Two-goal",
// "20-year-old").
func countCompound(w string) bool {
	head, tail, ok := strings.Cut(w, "-")
	if !ok || tail == "" || !unicode.IsLower(firstRune(tail)) {
		return false
	}
	if isNumber(head) {
		return true
	}
	return countHeads[strings.ToLower(head)]
}

// countHeads are the counts spelled out that open a compound modifier
// before a player ("Three-try", "Two-goal"); unlike spelledCounts (a
// group's size) "one" is among them, as "One-goal <Surname>" is written,
// and "several" and "few" are not, as they open no such compound.
var countHeads = set(`one two three four five six seven eight nine ten`)

// dashAt reports whether token i is a dash, as opens a quote's signature
// line ("“…” — <Occupation> <Given> <Surname>").
func (p *para) dashAt(i int) bool {
	return p.toks[i].kind == tPunct && isDash(p.text[p.toks[i].s:p.toks[i].e])
}

// fieldListTail reports whether the first two of a person's four or more
// words close a list in a title: "<Title> for <Word>, <Word> and <Word>
// <Field> <Given> <Surname>", the field a word of the closed class of
// portfolios ("Affairs", "Cooperation"), the list after "for" or "of"
// after a title word, capitalised words and commas only.
func (x *extractor) fieldListTail(words []string) bool {
	if len(words) < 4 || !inFolded(portfolios, words[1]) || !mayBeGiven(words[2]) {
		return false
	}
	for _, p := range x.d.paras {
		for k := 3; k+1 < len(p.toks); k++ {
			if !p.isWordAt(k) || p.word(k) != words[0] || !p.isWordAt(k+1) || p.word(k+1) != words[1] || p.lowerAt(k-1) != "and" {
				continue
			}
			for j := k - 2; j > 0 && j > k-10; j-- {
				if p.isComma(j) || p.isWordAt(j) && p.toks[j].isCap(p.text) {
					continue
				}
				if w := p.lowerAt(j); (w == "for" || w == "of") && p.isRoleAt(j-1) {
					return true
				}
				break
			}
		}
	}
	return false
}

// fieldAfterTitle reports whether the first of a person's three or more
// words is a field the article prints right after a title before the
// rest of the name ("<Title> <Field> <Given> <Surname>", a police or an
// army officer's post as copy shortens it: "<ACR> Operations <Given>
// <Surname>" for the assistant commissioner in charge of operations).
// The reader ended the title at its own word and ran the field into the
// name; a field is no given name, so it is the title's.
//
// A field of two words ("<Title> <Word> <Field> <Given> <Surname>", the
// field a gerund or a portfolio: "<Gerund> <Field>", "<Word> <Field>")
// counts as one when a given name the lists know follows it; personFormOf
// then cuts both.
func (x *extractor) fieldAfterTitle(words []string) bool {
	if len(words) < 3 || !isPortfolio(strings.ToLower(words[0])) || !mayBeGiven(words[1]) {
		return false
	}
	if _, given := givenGender(strings.ToLower(words[0])); given {
		return false
	}
	return x.afterRole(words[0], words[1])
}

// fieldPairAfterTitle reports whether the first two of a person's four or
// more words are a field of two words after a title (fieldAfterTitle):
// the second a portfolio or a gerund, neither a given name, then a given
// name the lists know.
func (x *extractor) fieldPairAfterTitle(words []string) bool {
	if len(words) < 4 || !startsUpper(words[0]) || isAcronym(words[0]) || !knownGiven(words[2]) {
		return false
	}
	lw := strings.ToLower(words[1])
	if !isPortfolio(lw) && !(len(lw) >= 7 && strings.HasSuffix(lw, "ing")) {
		return false
	}
	if _, given := givenGender(strings.ToLower(words[0])); given {
		return false
	}
	if _, given := givenGender(lw); given {
		return false
	}
	return x.afterRole(words[0], words[1])
}

// afterRole reports whether the article prints the words a b right after
// a role word.
func (x *extractor) afterRole(a, b string) bool {
	for _, p := range x.d.paras {
		for k := 1; k+1 < len(p.toks); k++ {
			if p.isWordAt(k) && p.word(k) == a && p.isWordAt(k+1) && p.word(k+1) == b && p.isWordAt(k-1) && p.isRoleAt(k-1) {
				return true
			}
		}
	}
	return false
}

// spelledTitle reports whether the first of a person's words is an
// acronym whose letters open a title the article spells out in capitals,
// in its headline or its text ("<ACR> <Given>" beside "<Senior> <Minister>
// of <State> for … <Given> <Surname>"): copy shortens a long title to its
// initials before the name, a transcript's speaker labels most of all,
// and no one's name is the initials of a title. The spelt-out words must
// hold a title word.
func (x *extractor) spelledTitle(words []string) bool {
	if len(words) < 2 {
		return false // checked before words[0] is read: a name may be empty
	}
	acr := words[0]
	if !isAcronym(acr) || strings.Contains(acr, ".") || !mayBeGiven(words[1]) {
		return false
	}
	if spellsTitle(acr, x.d.head) {
		return true
	}
	for _, p := range x.d.paras {
		if spellsTitle(acr, p.text) {
			return true
		}
	}
	return false
}

// spellsTitle reports whether text holds capitalised words whose initials
// are the acronym's letters, with only "of", "for", "the" or "and" in
// lower case between them (their own initial counts where the acronym
// has it: "MOS"), one of them a title word. The initials may spell the
// close of a longer run ("the <Body> <Word> <Word> <Title>," for "<WWT>"):
// a body's name before a title is no part of the title's initials, so the
// words they spell must then end the run.
func spellsTitle(acr, text string) bool {
	if !strings.Contains(text, acr[:1]) {
		return false
	}
	fields := strings.Fields(text)
	for k, w := range fields {
		if w[0] != acr[0] {
			continue
		}
		inRun := k > 0 && startsUpper(fields[k-1]) && !strings.ContainsAny(fields[k-1], ",.;:")
		j, n, role := k, 0, false
		for ; n < len(acr) && j < len(fields); j++ {
			f := strings.TrimRight(fields[j], ",.;:")
			if n > 0 && complementJoiners[f] {
				if f[0]-'a'+'A' == acr[n] {
					n++ // "Minister of State" for "MOS"
				}
				continue
			}
			if f == "" || f[0] != acr[n] || isAcronym(f) || strings.TrimRight(fields[j], ",.;:") != fields[j] && n+1 < len(acr) {
				break
			}
			role = role || isRoleWord(strings.ToLower(f))
			n++
		}
		if n == len(acr) && role && (!inRun || j == len(fields) || !startsUpper(fields[j]) || fields[j-1][len(fields[j-1])-1] == ',') {
			return true
		}
	}
	return false
}

// inFolded reports whether a set of lower-case words holds w folded to
// lower case, without allocating for the folded copy: names are read
// for every quote.
func inFolded(m map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	b := buf[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
		if len(b) > len(buf)-utf8.UTFMax {
			return m[strings.ToLower(w)]
		}
	}
	return m[string(b)]
}

// localHonorifics are honorifics and titles of address that open a name
// in news copy without being part of it, beyond the courtesy titles the
// reader knows in any position (courtesyTitles): Spanish, Portuguese,
// Italian and French forms of address ("Don", "Doña", "Dom", "Senhora",
// "Sig."); Malay, Bruneian and Indonesian ("Awang", "Dayang", "Pengiran",
// "Tengku", "Encik", "Bapak", "Ibu"); Bhutanese ("Dasho", "Aum",
// "Lyonpo", "Lopen"); South Asian and Arabic ("Janab", "Maulana",
// "Mufti", "Hazrat", "Hajj", "Ustad" or "Ustaad" for a master musician,
// and the religious titles "Mawlawi", "Mawlavi", "Maulvi", "Molvi" for a
// scholar and "Qari" for a reciter of the Koran, which Afghan and
// Pakistani copy puts before officials' names);
// ("Sayed", "Sayyed", a lineage name, is no honorific: Afghan and South
// Asian copy writes it as the first word of the person's own name);
// Karen "Padoh" (a title of office, before "Saw" or "Naw", which are part
// of the name); Sarawak community leaders' "Penghulu", "Pemanca" and
// "Temenggong" (the two-word ones are localTitlePair's); Pacific ("Adi", Samoan "Afioga",
// "Susuga"); African chiefs' and courtesy titles ("Togbe", "Kgosi",
// "Inkosi", "Indvuna", "Igwe", "Otunba", "Bwana", "Mheshimiwa"), the
// Sesotho and Setswana forms of address for a man or a woman ("Ntate",
// "Mme", "Rra", "Mma") and siSwati ones ("Babe", "Make"), Swahili "Mzee" for an elder, Amharic "Ato" (Mr),
// "Woizero" or "Weizero" (Mrs) and "Woizerit" (Miss), and the "Mama" and
// "Papa" that Pacific and African copy puts before an elder's name; Burmese
// "Daw" (for a woman) and "U" (for a man: a lone capital with no stop,
// which as an initial would carry one), Thai "Khun"; clergy ("Swami", "Bhante", "Ajahn", "Khenpo",
// "Geshe"), Ge'ez and Coptic clergy's "Abba", "Abuna" or "Abune" (father, for
// an Ethiopian or Eritrean priest or bishop) and "Anba" (before a Coptic
// bishop's monastic name), and the abbreviated "Fr." of a Catholic priest
// ("Sr.", for a religious sister, is the Spanish one above); and the judicial and civic titles of island jurisdictions
// ("Bailiff", "Deemster", "Jurat", "Centenier", "Greffier").
var localHonorifics = set(`don doña dona dom señor señora señorita senhor senhora sr. sra. srta. sig. sig.ra dott. avv. ing. lic. m. mlle
	awang dayang pengiran tengku tunku encik bapak ibu
	dasho aum lyonpo lyonchhen lyonchhoen lyonchoen lopen
	janab kak maulana mufti hazrat sahibzada hajj alhaj tiru ustad ustaad mawlawi mawlavi maulvi molvi qari
	padoh penghulu pemanca temenggong
	adi afioga susuga
	togbe togbui kgosi inkosi indvuna igwe ooni alaafin kabaka sarki otunba bwana mheshimiwa
	ntate mme rra mma make babe mzee mama papa ato woizero weizero woizerit weizerit
	daw u khun swami sadhvi bhante ajahn khenpo geshe reb
	abba abuna abune anba fr.
	bailiff deemster jurat centenier connétable connetable greffier seneschal`)

// monasticHonorifics are the clergy's honorifics of localHonorifics
// that stand before a monk's or bishop's one name in religion ("Anba
// <Name>", "Abune <Name>"): with no fuller name beside it, the name alone
// is the person's.
var monasticHonorifics = set(`abba abuna abune anba`)

// germanOfficeSeats open a German-language title of office: the seat or
// level of the office, in the form it takes in a compound
// ("Regierungs-", "Stadt-", "Landes-", "Bundes-", "Ober-").
var germanOfficeSeats = []string{"regierungs", "gemeinde", "kantons", "national", "landes", "bundes", "staats", "stände", "staende", "bezirks", "kreis", "stadt", "gross", "groß", "land", "ober", "bürger", "buerger", "vize"}

// germanOfficeHeads close a German-language title of office: the office
// itself, in either gender ("-rat", "-rätin", "-meister", "-ammann").
var germanOfficeHeads = set(`rat rätin raetin ratin meister meisterin ammann hauptmann hauptfrau präsident präsidentin praesident praesidentin direktor direktorin`)

// germanOffice reports whether a capitalised word is a German-language
// title of office made of one or more seats and a head
// ("<Seat><Head>", "<Seat><Seat><Head>"): a closed pattern, since a
// given name or a surname is no such compound.
func germanOffice(w string) bool {
	if len(w) < 7 || !unicode.IsUpper(firstRune(w)) || strings.ContainsAny(w, ".-'’") {
		return false
	}
	lw := strings.ToLower(w)
	for n := 0; n < 3; n++ {
		cut := false
		for _, seat := range germanOfficeSeats {
			if rest, ok := strings.CutPrefix(lw, seat); ok && rest != "" {
				lw, cut = rest, true
				break
			}
		}
		if !cut {
			return false
		}
		if germanOfficeHeads[lw] {
			return true
		}
	}
	return false
}

// accordingWords say "according to" in Dutch, German, French, Spanish and
// the Scandinavian languages; none is a given name (Spanish "Segundo" and
// Italian "Secondo" are, and are left out, as is "Segun" without its
// accent, a Yoruba given name).
var accordingWords = set(`volgens laut selon según ifølge enligt`)

// germanPostHeads close a German-language compound for a post or a
// profession, in either gender ("Staatsanwältin", "Rechtsanwalt",
// "Pressesprecherin", "Personalvorständin", "Abteilungsleiter").
var germanPostHeads = []string{"anwalt", "anwältin", "anwaeltin", "vorstand", "vorständin", "vorstaendin",
	"sprecher", "sprecherin", "leiter", "leiterin"}

// germanPost reports whether a capitalised word is a German compound
// that ends in the head of a post or a profession
// (germanPostHeads) after a word of its own: the title German-language
// copy keeps before a name ("<Post> <Given> <Surname>"). A firm's name
// may open it with a hyphen ("<Firm>-<Post>"). No given name or surname
// is such a compound.
func germanPost(w string) bool {
	if h := strings.LastIndexByte(w, '-'); h >= 0 {
		w = w[h+1:]
	}
	if len(w) < 9 || !unicode.IsUpper(firstRune(w)) || strings.ContainsAny(w, ".'’") {
		return false
	}
	lw := strings.ToLower(w)
	for _, head := range germanPostHeads {
		if len(lw) >= len(head)+4 && strings.HasSuffix(lw, head) {
			return true
		}
	}
	return false
}

// burmeseCourtesies are the Burmese forms of address for a younger man
// ("Ko", "Maung") and a younger woman ("Ma"), which open a name as "U" and
// "Daw" do (localHonorifics) but are surnames in Chinese and Korean copy.
var burmeseCourtesies = set(`ko ma maung`)

// burmeseCopy reports whether the article names Myanmar, by either name
// or its adjective, or opens a name with an elder's form of address ("U
// <Name>", "Daw <Name>"), so that a younger person's is read as one too.
func (x *extractor) burmeseCopy() bool {
	for _, p := range x.d.paras {
		for k := range p.toks {
			if !p.isWordAt(k) {
				continue
			}
			if w := p.lw(k); w == "myanmar" || w == "burma" || w == "burmese" {
				return true
			}
			if w := p.word(k); (w == "U" || w == "Daw") && p.isWordAt(k+1) && p.toks[k+1].isCap(p.text) {
				return true
			}
		}
	}
	return false
}

// namedWithout reports whether the copy names rest, as words of their own,
// without the form of address before it: "Ko <Given> <Name>" then
// "<Given> <Name> said" is a young man's Burmese form of address however
// little the copy says where he is, as a Chinese or Korean surname is
// never dropped so.
func (x *extractor) namedWithout(address, rest string) bool {
	for _, p := range x.d.paras {
		for s := p.text; ; {
			k := strings.Index(s, rest)
			if k < 0 {
				break
			}
			before, after := s[:k], s[k+len(rest):]
			s = after
			if after != "" && (unicode.IsLetter(firstRune(after)) || after[0] == '-') {
				continue // a longer word
			}
			if before != "" {
				if r, _ := utf8.DecodeLastRuneInString(before); unicode.IsLetter(r) || r == '-' {
					continue
				}
			}
			if lastWord(strings.TrimRight(before, " ")) != address {
				return true
			}
		}
	}
	return false
}

// imperativeOpeners are the closed class of verbs a feature or a column
// opens a sentence on, in the imperative, before the person it is about
// ("Ask <Given> <Surname> …", "Meet …", "Take <Given>, <age>, …"): none
// is a given name. One is read so before a name of two words or more,
// and before one word only when it is a given name the lists know (a
// column's "Take <Given>, …" leaves out the surname).
var imperativeOpeners = set(`ask meet tell imagine consider picture take`)

// mayBeGiven reports whether a capitalised word may be a given name: one
// the lists know, or a word in no list, no place and no nationality.
func mayBeGiven(w string) bool {
	lw := strings.ToLower(w)
	if _, given := givenGender(lw); given {
		return true
	}
	if !unicode.IsUpper(firstRune(w)) || isAcronym(w) || nameTitleWord(w) || isKnownPlace(lw) || isNationality(w) {
		return false
	}
	return len(lw) > maxLexiconWord || wordClassOf(lw)&^listBits == 0
}

// usedAsNoun reports whether the article uses a word (folded to lower
// case) as a noun somewhere, outside quotation marks: in lower case, or
// capitalised after "the" or "a"; or, with a stem, a word in lower case
// that opens with the stem.
func (x *extractor) usedAsNoun(lw, stem string) bool {
	for _, p := range x.d.paras {
		for k := range p.toks {
			if !p.isWordAt(k) {
				continue
			}
			t := p.lw(k)
			if stem != "" && strings.HasPrefix(t, stem) && !p.toks[k].isCap(p.text) {
				return true
			}
			if t != lw && stripPossessive(t) != lw {
				continue
			}
			if !p.toks[k].isCap(p.text) {
				return true
			}
			if k > 0 && p.isWordAt(k-1) {
				if d := p.lw(k - 1); d == "the" || d == "a" || d == "an" {
					return true
				}
			}
		}
	}
	return false
}

// firmFormEnds reports whether a name of two words or more ends in a
// firm's legal form ("Limited", "Ltd", "PLC", "S.A."): a closed class
// (legalSuffixes, firmForms) that ends only a firm's name.
func firmFormEnds(name string) bool {
	if !strings.Contains(name, " ") {
		return false
	}
	var buf [8]byte // asked of every person drafted: read in lower case on the stack
	last, ok := lowerASCIIWord(buf[:], strings.TrimSuffix(lastWord(name), "."))
	return ok && (legalSuffixes[string(last)] || firmForms[string(last)])
}

// givenBeforePair returns "<Given> <Surname> <Surname>" where the article
// sets a two-word surname off after a comma with one given name before it
// (", <Given> <Surname> <Surname>,"), in the copy or inside a statement
// it quotes; "" when it never does, or gives two different given names.
func (x *extractor) givenBeforePair(pair string) string {
	var given soleGiven
	for _, p := range x.d.paras {
		for s, off := p.text, 0; ; {
			k := strings.Index(s[off:], pair)
			if k < 0 {
				break
			}
			k += off
			off = k + len(pair)
			if off < len(s) && (s[off] == ' ' && off+1 < len(s) && unicode.IsUpper(firstRune(s[off+1:])) || unicode.IsLetter(firstRune(s[off:]))) {
				continue // a longer name
			}
			before := s[:k]
			if !strings.HasSuffix(before, " ") {
				continue
			}
			before = before[:len(before)-1]
			sp := strings.LastIndexByte(before, ' ')
			if sp < 1 || before[sp-1] != ',' {
				continue
			}
			w := before[sp+1:]
			if !mayBeGiven(w) || strings.ContainsAny(w, ".,;:'’") {
				continue
			}
			given.add(w)
		}
	}
	return given.full(pair)
}

// knownGiven reports whether a word is a given name the lists know,
// folded to lower case without allocating (a word with letters beyond
// ASCII is looked up as givenGender folds it).
func knownGiven(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			_, ok := givenGender(strings.ToLower(w))
			return ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	_, ok := givenNames[string(buf[:len(w)])]
	return ok
}

// doubleSurname returns the person a two-word name whose first word is no
// given name the lists know names in full (givenBeforePair): the cast's
// person by that full name, or e renamed so; nil when there is none.
//
//go:noinline
func (x *extractor) doubleSurname(e *entity, words []string) *entity {
	if knownGiven(words[0]) || !surnameLike(words[0]) || !surnameLike(words[1]) {
		return nil
	}
	full := x.givenBeforePair(e.name)
	if full == "" {
		return nil
	}
	if o := x.cast.named(x.cast.fold(full)); o != nil && o != e && o.kind == "person" {
		return o
	}
	e.name = full
	return e
}

// surnameHolder returns the one person other than e whose name ends in
// the surname (of one word, hyphens and all) after a given name, else nil.
func (x *extractor) surnameHolder(e *entity, surname string) *entity {
	ks := x.cast.fold(surname)
	if ks == "" {
		return nil
	}
	var found *entity
	for _, o := range x.cast.all {
		if o == e || o.kind != "person" {
			continue
		}
		ok := x.cast.nameKey(o)
		n := len(ok) - len(ks) - 1
		if n <= 0 || !strings.HasSuffix(ok, ks) || ok[n] != ' ' || leadingTitles(strings.Fields(o.name), 0) == strings.Count(strings.TrimSpace(o.name), " ") {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// titleFieldWithThe reports whether token k, after "<Field> and the", is
// the last field a title lists ("<Title> for <Field>, <Field> and the
// <Word>"): a role word opens the list a few words before.
func (p *para) titleFieldWithThe(k int) bool {
	if k < 4 || p.lowerAt(k-1) != "the" || p.lowerAt(k-2) != "and" || !p.isWordAt(k-3) || !isPortfolio(p.lw(k-3)) {
		return false
	}
	for j := k - 4; j >= 0 && j >= k-10; j-- {
		if !p.isWordAt(j) {
			continue
		}
		if isRoleWord(p.lw(j)) {
			return p.lowerAt(j+1) == "for" || p.lowerAt(j+1) == "of"
		}
	}
	return false
}

// wordsBeforeGiven returns the index of the given name the lists know
// that opens the person's name inside a run of three words or more that
// opens on no given name ("<Seat> <Given> <Surname>" where a ward's or a
// county's name ended the title before it; "<Field> <Occupation> <Given>
// <Surname>" in a heading's capitals), or 0. The words before it must be
// plain capitalised words, no initials, particles or acronyms, and the
// last of them must stand elsewhere in the article without the given
// name after it: a place or an occupation the copy names again, which an
// unknown first given name before a known second one ("<Given> <Given>
// <Surname>") seldom is.
func (x *extractor) wordsBeforeGiven(words []string) int {
	n := len(words)
	if n < 3 || knownGiven(words[0]) {
		return 0
	}
	j := 0
	for k := 0; k < n-1; k++ {
		w := words[k]
		if knownGiven(w) {
			j = k
			break
		}
		if len(w) < 3 || !startsUpper(w) || strings.ContainsAny(w, ".-'’") || isAcronym(w) || inFolded(particles, w) {
			return 0
		}
	}
	if j == 0 {
		return 0
	}
	d, g := words[j-1], words[j]
	for _, p := range x.d.paras {
		for k := range p.toks {
			if !p.isWordAt(k) || p.isWordAt(k+1) && p.word(k+1) == g {
				continue
			}
			if w := stripPossessive(p.word(k)); w != d && strings.EqualFold(w, d) || w == d && p.isWordAt(k-1) && seatPrepositions[p.word(k-1)] {
				return j
			}
		}
	}
	return 0
}

// acronymSeat reports whether words, "<Seat> <Given> <Surname>" after a
// role ending on a body's initials, open on the seat of the body's office
// ("<ACR> <Seat>", a province's branch of a national agency): the article
// writes the initials and the seat elsewhere without the given name
// after them, and calls the person by the given name alone, as
// Indonesian copy does.
func (x *extractor) acronymSeat(role string, words []string) bool {
	acr, seat := lastWord(role), words[0]
	if len(acr) < 2 || !isAcronym(acr) || strings.Contains(acr, ".") || len(seat) < 3 || !startsUpper(seat) || strings.ContainsAny(seat, ".-'’") || isAcronym(seat) || knownGiven(seat) || !x.namedAlone(words[1]) {
		return false
	}
	for _, p := range x.d.paras {
		for k := 1; k+1 < len(p.toks); k++ {
			if p.isWordAt(k) && p.word(k) == seat && p.isWordAt(k-1) && p.word(k-1) == acr && !(p.isWordAt(k+1) && p.word(k+1) == words[1]) {
				return true
			}
		}
	}
	return false
}

// seatPrepositions are the lower-case prepositions a place's name
// follows ("in", "for", "across" <Place>) and a person's given name
// seldom does.
var seatPrepositions = set(`in for across throughout around near from`)

// bodyRunAt reports whether the capitalised words from token k on run to
// a body's head word within a few words ("<Body> Media Relations Unit"):
// a contact block's lines, run together, put a body's name right after
// the person's ("<Rank> <Given> <Surname> <Body> <Unit>"), which ends the
// name there rather than making the surname a given name of a longer one.
// A head word within two words of the surname ("<Given> <Surname>
// Memorial Trust") is a body named after the person: not the person.
func (p *para) bodyRunAt(k int) bool {
	for n := 0; n < 6 && p.isWordAt(k+n) && p.toks[k+n].isCap(p.text); n++ {
		if n >= 2 && bodyWord(p.word(k+n)) {
			return true
		}
	}
	return false
}

// nameOpener returns the word that opens a person's name in the article
// but that the reader left out of it: Balinese "I" (a man's) and "Ni" (a
// woman's) before a birth-order name ("I <Wayan> <Surname>"), the first
// read as the pronoun; and a clan name's abbreviation of a capital and a
// small letter ("Th. <Given> <Surname>", as Manipuri names are written),
// read as a title's; Mongolian copy writes a patronymic's so before a
// name of one word ("Ts. <Name>"). The word must stand before the full
// name, the same each time; "" when none does.
func (x *extractor) nameOpener(name string) string {
	first, _, ok := strings.Cut(name, " ")
	birthOrder := ok && inFolded(birthOrderNames, first)
	if !birthOrder && !x.hasClanInitials() {
		// Only a clan initial can open the name, and the article has no
		// word of its shape: no need to look for each occurrence of the
		// name (some 30 K instructions of a 5 KB article's 2.9 M).
		return ""
	}
	found := ""
	if x.eachOccurrence(name, func(t string, k int) bool {
		if k < 2 || t[k-1] != ' ' {
			return false // k == 2: "I <Name>" opening the paragraph
		}
		ws := strings.LastIndexByte(t[:k-1], ' ') + 1
		w := t[ws : k-1]
		if !(birthOrder && (w == "I" || w == "Ni")) && !clanInitial(w) {
			return false
		}
		if found != "" && found != w {
			return true // two different words before the name: neither is its own
		}
		found = w
		return false
	}) {
		return ""
	}
	return found
}

// hasClanInitials reports whether a paragraph holds a word shaped like a
// clan initial before a space (a capital, a small letter and a
// stop, opening the paragraph or after a space), read once per article:
// with none, nameOpener finds no clan initial before any name.
func (x *extractor) hasClanInitials() bool {
	if x.clanInitials == 0 {
		x.clanInitials = 2
		for _, p := range x.d.paras {
			t := p.text
			for off := 0; x.clanInitials == 2; {
				i := strings.IndexByte(t[off:], '.')
				if i < 0 {
					break
				}
				j := off + i // the stop
				off = j + 1
				if j >= 2 && j+1 < len(t) && t[j+1] == ' ' && 'a' <= t[j-1] && t[j-1] <= 'z' && isUpperASCII(t[j-2]) && (j == 2 || t[j-3] == ' ') {
					x.clanInitials = 1
				}
			}
		}
	}
	return x.clanInitials == 1
}

// balineseNameInRole returns where a Balinese name's opening ("I" or
// "Ni" before a birth-order name, then capitalised name words) ends the
// role, or 0: what follows the title is the person's, not a body's.
func balineseNameInRole(role string) int {
	k := strings.LastIndex(role, " I ")
	if k < 0 {
		k = strings.LastIndex(role, " Ni ")
	}
	if k < 0 {
		return 0
	}
	k++
	tail := role[k:]
	_, rest, _ := strings.Cut(tail, " ")
	next, _, _ := strings.Cut(rest, " ")
	if !inFolded(birthOrderNames, next) {
		return 0
	}
	for w := range strings.FieldsSeq(rest) {
		if !startsUpper(w) || isAcronym(w) || strings.ContainsAny(w, ".,") {
			return 0
		}
	}
	return k
}

// birthOrderNames are the Balinese names of a child's place in birth
// order that open a given name ("Wayan", "Made", "Nyoman", "Ketut"), with
// "Gede" and "Putu" for a first-born: a closed class.
var birthOrderNames = set(`wayan made nyoman ketut putu gede kadek komang`)

// clanInitial reports whether a word is a clan name's abbreviation of a
// capital and one small letter and a stop ("Th.", "Kh."), none of the
// titles, honorifics or places' abbreviations copy writes so.
func clanInitial(w string) bool {
	if len(w) != 3 || w[2] != '.' || !isUpperASCII(w[0]) || w[1] < 'a' || w[1] > 'z' {
		return false
	}
	return !nameTitleWord(w) && !inFolded(courtesyTitles, w) && !inFolded(notClanInitials, w)
}

// notClanInitials are abbreviations of a capital and a small letter that
// copy puts before a name as a title or a place's word: a closed class.
var notClanInitials = set(`mr. ms. mx. dr. st. mt. ft. fr. sr. jr. lt. co. no. gp. pt. vs. hr. rs. bp. br. wg. cr. cl.`)

// initialsAfterTitle returns the role's last word when it is two capital
// letters, or two initials with stops ("D.K."), right after a title word
// the lists know ("<Director> <II>"), and no title's initials itself; ""
// otherwise. A title's own initials ("<Region> <ACR>") follow no title
// word.
func initialsAfterTitle(role string) string {
	sp := strings.LastIndexByte(role, ' ')
	if sp < 0 {
		return ""
	}
	ini, prev := role[sp+1:], lastWord(role[:sp])
	switch {
	case len(ini) == 2 && isUpperASCII(ini[0]) && isUpperASCII(ini[1]):
	case len(ini) == 4 && isInitial(ini[:2]) && isInitial(ini[2:]):
	default:
		return ""
	}
	lp := strings.ToLower(prev)
	if !isRoleWord(lp) || !nameTitleWord(prev) || !startsUpper(prev) || isRoleWord(strings.ToLower(ini)) {
		return ""
	}
	return ini
}

// titledInitialsAt reports whether token i is two capitals ("DK", "D.K.")
// straight after a title word, as initialsAfterTitle reads a role: the
// initials of the name that follows, which the name keeps.
func (p *para) titledInitialsAt(i int) bool {
	if i < 1 || !p.isWordAt(i) || !p.isWordAt(i-1) {
		return false
	}
	return initialsAfterTitle(p.word(i-1)+" "+p.word(i)) != ""
}

// kinSurname returns the family surname of a person the article names
// only by a given name, introduced as a child or a wife of someone it
// names in full ("his daughter <Given>", "her son, <Given>,", "his wife
// of <n> years, <Given>,", "<Surname>'s daughter, <Given>,"): the owner
// the possessive means, through the pronoun's antecedent or the
// possessive surname itself. A husband takes no wife's surname; a
// double-barrelled surname (often the bearer's own join of two families'
// names) and one led by a particle pass to no one; and a surname whose
// form marks its bearer's sex (Slavic "-ski"/"-ska", "-ov"/"-ova")
// passes to no relative of the other sex unchanged. "" when
// the first such introduction is none of these.
func (x *extractor) kinSurname(e *entity) string {
	for si, ms := range x.mentions {
		p := x.d.paras[x.d.sents[si].p]
		for _, m := range ms {
			if m.e != e {
				continue
			}
			k := m.tok - 1
			if p.isComma(k) {
				k--
			}
			if k >= 3 && p.lowerAt(k) == "years" && p.lowerAt(k-2) == "of" {
				k -= 3 // "his wife of <n> years, <Given>"
			}
			if k < 1 {
				return ""
			}
			noun := p.lowerAt(k)
			if noun != "son" && noun != "daughter" && noun != "wife" && noun != "widow" {
				return ""
			}
			kg := female
			if noun == "son" {
				kg = male
			}
			var sur string
			og := unknownGender
			switch w := p.word(k - 1); strings.ToLower(w) {
			case "his", "her":
				og = male
				if strings.ToLower(w) == "her" {
					og = female
				}
				owner := x.antecedent(og, si, k-1)
				if owner == nil || owner.kind != "person" || owner == e {
					return ""
				}
				full := x.cast.fullName(owner)
				sp := strings.LastIndexByte(full.name, ' ')
				if sp < 0 {
					return ""
				}
				sur = full.name[sp+1:]
				pw := strings.ToLower(full.name[strings.LastIndexByte(full.name[:sp], ' ')+1 : sp])
				if particles[pw] || surnameParticle(pw) {
					return "" // "Ó <Surname>", "van <Surname>": a particle's form may mark sex, and the reader's key would drop it
				}
			default:
				if !isPossessive(w) || !startsUpper(w) {
					return ""
				}
				sur = stripPossessive(w)
				if knownGiven(sur) || !x.cast.bearsSurname(sur) {
					return ""
				}
			}
			if og == female && (noun == "wife" || noun == "widow") || strings.ContainsAny(sur, "-‐") || sexMarkedSurname(sur) && og != kg {
				return ""
			}
			return sur
		}
	}
	return ""
}

// sexMarkedSurname reports whether a surname has a form that differs
// with its bearer's sex (Polish "-ski"/"-ska", Russian and Czech
// "-ov"/"-ova", "-ová", Czech "-ý"/"-á").
func sexMarkedSurname(s string) bool {
	l := strings.ToLower(s)
	for _, end := range []string{"ski", "cki", "ska", "cka", "ov", "ova", "ová", "ev", "eva", "ý", "á"} {
		if strings.HasSuffix(l, end) {
			return true
		}
	}
	return false
}

// bearsSurname reports whether the cast holds a person of two words or
// more whose name ends in the word sur.
func (c *cast) bearsSurname(sur string) bool {
	for _, o := range c.all {
		if o.kind == "person" && hasWordSuffix(o.name, sur) {
			return true
		}
	}
	return false
}
