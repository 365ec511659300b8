package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A court's release or a court report calls a case's sides by their role
// in it — "the Appellant", "the Applicant", "the Respondent State" — once
// it has said who they are: in a defined term after the name ("X (the
// "Appellant")", "X (the Applicant)") or in the case's caption ("X v Y",
// "X v. Y"), whose first name is the side that brought the case and whose
// second the side that answers it. No list of people knows these words as
// a title, so the rules read them from the article itself.

// partyRoles are the role words of a case's sides in lower case: true for
// the side that brought the case, false for the side that answers it.
var partyRoles = map[string]bool{
	"appellant": true, "applicant": true, "claimant": true, "petitioner": true,
	"plaintiff": true, "complainant": true,
	"respondent": false, "respondent state": false, "defendant state": false,
	"respondent government": false,
	// Several on a side: "the applicants contended", "the respondents
	// argued" speak for the side, by its first named party.
	"appellants": true, "applicants": true, "claimants": true, "petitioners": true,
	"plaintiffs": true, "respondents": false,
}

// caseParties are the two sides of the article's case, once read.
type caseParties struct {
	done          bool
	first, second *entity
	// roles holds the sides a defined term names, by its role word,
	// over the caption's order.
	roles [4]struct {
		role string
		e    *entity
	}
}

// caseParty returns the side of the article's case that a description
// "the <role>" names, or nil when r is no such description or the article
// says of no one that they are that side. "the State" is the answering
// side when that side is a state the registry lists as a place.
func (x *extractor) caseParty(r *ref) *entity {
	if r.kind == refPronoun || len(r.surface) < 7 {
		return nil
	}
	surface := r.surface
	if !strings.HasPrefix(surface, "the ") && !strings.HasPrefix(surface, "The ") {
		return nil
	}
	role := strings.ToLower(strings.TrimSpace(surface[4:]))
	first, ok := partyRoles[role]
	if role == "prosecution" && surface[4] == 'P' {
		// "The Prosecution submitted" in a case against the state's
		// prosecuting office ("X v Public Prosecutor"): that side, as
		// the caption names it.
		cp := x.parties()
		for _, e := range [...]*entity{cp.first, cp.second} {
			if e != nil && e.kind == "organisation" && prosecutingSide(e.name) {
				return e
			}
		}
		return nil
	}
	// "the Government" of a court's release on a case against a state
	// ("X v. <State>") is the answering state, as "the State" is.
	state := role == "state" || role == "government" && surface[4] == 'G'
	if !ok && !state {
		return nil
	}
	cp := x.parties()
	if state {
		if cp.second != nil && cp.second.kind == "place" && cp.second.reg != nil {
			return cp.second
		}
		if cp.first == nil && cp.second == nil && role == "state" && surface[4] == 'S' {
			// "The State argued" in a court's summary with no caption
			// under a title that names the court's country ("<Court> of
			// <Country>"): the answering state is that country.
			if h := x.headCountry(); h != "" && strings.Contains(x.d.head, "Court") {
				if e := x.cast.lookup(h); e != nil && e.kind == "place" && e.reg != nil {
					return e
				}
				if sp := x.cast.regSpeaker(h); sp != nil && sp.Kind == "place" {
					return x.cast.fromRegistry(sp)
				}
			}
		}
		return nil
	}
	for _, d := range cp.roles {
		if d.role == role {
			return d.e
		}
	}
	if first {
		return cp.first
	}
	return cp.second
}

// parties reads the article's case once: its defined terms, then its
// caption.
func (x *extractor) parties() *caseParties {
	cp := &x.caseSides
	if cp.done {
		return cp
	}
	cp.done = true
	for _, p := range x.d.paras {
		x.definedParties(p.text, cp)
	}
	for _, p := range x.d.paras {
		x.labelledParty(p.text, cp)
	}
	for _, p := range x.d.paras {
		if cp.first != nil && cp.second != nil {
			break
		}
		x.captionParties(p.text, cp)
	}
	for _, p := range x.d.paras {
		if cp.first != nil {
			break
		}
		cp.first = x.filingParty(p.text)
	}
	return cp
}

// filingParty reads the side that brought a case from a sentence that
// says so when no caption or defined term does: "<Name> filed an action
// … against <Body>", "<Name>, <role>, lodged a complaint against …" —
// the name that ends the words before the verb, when the article or the
// registry knows it. Nil otherwise.
func (x *extractor) filingParty(text string) *entity {
	for _, v := range [...]string{" filed ", " lodged "} {
		i := strings.Index(text, v)
		if i <= 0 {
			continue
		}
		rest := text[i+len(v):]
		if end := strings.IndexAny(rest, ".;"); end >= 0 {
			rest = rest[:end]
		}
		if !strings.Contains(rest, " against ") {
			continue
		}
		start := strings.LastIndexAny(text[:i], ".;") + 1
		name := strings.TrimRight(nameBefore(text[start:i]), ",")
		if strings.Count(name, " ") == 0 {
			continue // one capitalised word: a sentence's opening, not a name
		}
		if e := x.partyEntity(name); e != nil {
			return e
		}
	}
	return nil
}

// definedParties reads the defined terms of a paragraph: a name, then in
// brackets "the <role>", quoted or not.
func (x *extractor) definedParties(text string, cp *caseParties) {
	for from := 0; ; {
		i := strings.Index(text[from:], "(")
		if i < 0 {
			return
		}
		i += from
		from = i + 1
		j := strings.IndexByte(text[i:], ')')
		if j < 0 || j > 40 {
			continue
		}
		inner := strings.Trim(text[i+1:i+j], "\"“”'‘’ ")
		if len(inner) > 4 && strings.EqualFold(inner[:4], "the ") {
			inner = inner[4:]
		}
		role := strings.ToLower(strings.Trim(inner, "\"“”'‘’ "))
		first, ok := partyRoles[role]
		if !ok {
			continue
		}
		e := x.partyEntity(nameBefore(text[:i]))
		if e == nil {
			continue
		}
		for k := range cp.roles {
			if cp.roles[k].role == role {
				break
			}
			if cp.roles[k].role == "" {
				cp.roles[k].role, cp.roles[k].e = role, e
				break
			}
		}
		if first && cp.first == nil {
			cp.first = e
		} else if !first && cp.second == nil {
			cp.second = e
		}
	}
}

// labelledParty reads a decision's or a release's header lines that name
// a side by its role and a colon ("Applicant: <Name>", "Respondent:
// <Name>", "Appellants: <Name> and Others"), as courts head a judgment's
// summary under the case number; the reader joins such lines into one
// paragraph, so a label may follow a case number on the same one. The
// side is the name after the colon: a name in quotation marks there,
// after a kind of body ("Association "<Name>"", "NGO “<Name>”"), is the
// body's own name; else the capitalised run that opens the rest. A name
// the article or the registry knows is that speaker; another is a body
// when a kind of body or a body's head word says so, else a person. A role
// a defined term named already keeps its side.
func (x *extractor) labelledParty(text string, cp *caseParties) {
	if len(text) > 320 || strings.HasSuffix(text, ".") {
		return // a sentence, not a header
	}
	for from := 0; from < len(text); {
		c := strings.IndexByte(text[from:], ':')
		if c < 0 {
			return
		}
		c += from
		from = c + 1
		w := text[strings.LastIndexByte(text[:c], ' ')+1 : c]
		if len(w) < 5 || !unicode.IsUpper(firstRune(w)) || c+1 >= len(text) || text[c+1] != ' ' {
			continue
		}
		role := strings.ToLower(w)
		if first, ok := partyRoles[role]; ok {
			x.labelledSide(role, first, strings.TrimSpace(text[c+1:]), cp)
		}
	}
}

// labelledSide records the side a header's label names (see
// labelledParty), from the words after the label's colon.
func (x *extractor) labelledSide(role string, first bool, rest string, cp *caseParties) {
	for k := range cp.roles {
		if cp.roles[k].role == role {
			return
		}
	}
	name, kind := "", ""
	if q := strings.IndexAny(rest, "\"“«"); q >= 0 && q < 40 {
		_, size := utf8.DecodeRuneInString(rest[q:])
		if e := strings.IndexAny(rest[q+size:], "\"”»"); e > 0 {
			name, kind = rest[q+size:q+size+e], strings.TrimSpace(rest[:q])
		}
	}
	if name == "" {
		if c := strings.Index(rest, ": "); c > 0 {
			// "Applicant: X Y Respondent: Z": the next header's label
			// ends this side's name.
			if sp := strings.LastIndexByte(rest[:c], ' '); sp > 0 && unicode.IsUpper(firstRune(rest[sp+1:])) {
				rest = rest[:sp]
			}
		}
		name = nameAfter(rest)
		if strings.Count(name, " ") > 4 {
			return // the next header line's words run on into the name
		}
	}
	name = strings.TrimSpace(captionSide(name))
	if name == "" || !unicode.IsUpper(firstRune(name)) {
		return
	}
	e := x.partyEntity(name)
	if e == nil {
		org := kind != "" || namesBody(name)
		if sp := strings.IndexByte(name, ' '); sp > 0 && kind == "" {
			if _, given := givenGender(strings.ToLower(name[:sp])); given {
				org = false
			}
		}
		if org {
			e = x.cast.org(name, "")
		} else {
			e = x.cast.person(name, "", unknownGender, true)
		}
	}
	for k := range cp.roles {
		if cp.roles[k].role == "" {
			cp.roles[k].role, cp.roles[k].e = role, e
			break
		}
	}
	if first && cp.first == nil {
		cp.first = e
	} else if !first && cp.second == nil {
		cp.second = e
	}
}

// captionParties reads a case's caption, "X v Y" or "X v. Y", standing as
// a short paragraph of its own or after a colon ("Reference No. 14 of
// 2023: X v. Y"); brackets after a side ("(Appellant)") are left out.
func (x *extractor) captionParties(text string, cp *caseParties) {
	if k := strings.Index(text, "the case of "); k >= 0 {
		// "In today's judgment in the case of X v. Y (application no.
		// …)": the caption inside a release's sentence, up to the
		// bracket or the comma after it.
		c := text[k+len("the case of "):]
		if e := strings.IndexAny(c, "(,"); e > 0 && strings.Contains(c[:e], " v. ") {
			text = c[:e]
		}
	}
	if len(text) > 240 || strings.HasSuffix(strings.TrimSpace(text), ".") {
		return // a sentence, not a caption
	}
	sep := " v. "
	i := strings.Index(text, sep)
	if i < 0 {
		sep = " v "
		i = strings.Index(text, sep)
	}
	if i < 0 {
		return
	}
	left, right := text[:i], text[i+len(sep):]
	if k := strings.LastIndex(left, ": "); k >= 0 {
		left = left[k+2:]
	}
	if cp.first == nil {
		cp.first = x.captionEntity(captionSide(left))
	}
	if cp.second == nil {
		cp.second = x.captionEntity(nameAfter(captionSide(right)))
	}
}

// captionEntity returns the entity a caption's side names: one the
// article or the registry knows (partyEntity), else, for a caption that
// stands as its own line, the side as the caption writes it — a body when
// a body's word or a prosecuting office's title says so ("Public
// Prosecutor"), else a person whose full name, two to five capitalised
// words, the caption prints. Nil for anything else.
func (x *extractor) captionEntity(name string) *entity {
	if e := x.partyEntity(name); e != nil {
		return e
	}
	name = strings.TrimSpace(name)
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 5 || strings.ContainsAny(name, "0123456789[]/,:;&") {
		return nil
	}
	for _, w := range words {
		if !unicode.IsUpper(firstRune(w)) {
			return nil
		}
	}
	if prosecutingSide(name) || namesBody(name) {
		return x.cast.org(name, "")
	}
	if _, given := givenGender(strings.ToLower(words[0])); !given {
		if _, given = givenGender(strings.ToLower(words[len(words)-1])); !given {
			return nil
		}
	}
	return x.cast.person(name, "", unknownGender, true)
}

// prosecutingSide reports whether a caption's side is the state's
// prosecuting office by its title: "Public Prosecutor", "Director of
// Public Prosecutions".
func prosecutingSide(name string) bool {
	return strings.HasSuffix(name, " Prosecutor") || strings.HasSuffix(name, " Prosecutions")
}

// captionSide trims a side of a caption to its name: no bracket after it,
// no full stop, and none of the words a caption puts after the first of
// several parties ("X and Others v Y and Another"), which leave the first
// party to stand for the side.
func captionSide(s string) string {
	if k := strings.IndexByte(s, '('); k >= 0 {
		s = s[:k]
	}
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	for _, more := range [...]string{" and Others", " and Another", " & Others", " & Another", " and Ors", " and Anor"} {
		if t, ok := strings.CutSuffix(s, more); ok {
			return t
		}
	}
	return s
}

// nameBefore returns the capitalised run of words that ends text: the
// name a defined term in brackets follows ("… brought by Mr. X Y").
// Lower-case words that join a name ("of", "des", "de") stay inside it.
func nameBefore(text string) string {
	words := strings.Fields(text)
	k := len(words)
	for k > 0 && len(words)-k < 12 {
		w := words[k-1]
		if strings.ContainsAny(w, ",:;") && k < len(words) {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !partyNameJoiners[w] {
			break
		}
		k--
	}
	for k < len(words) && partyNameJoiners[words[k]] {
		k++
	}
	return strings.Join(words[k:], " ")
}

// nameAfter returns the capitalised run of words that opens text, as
// nameBefore does for its end: a caption's second side before a case
// number on the same line.
func nameAfter(text string) string {
	words := strings.Fields(text)
	k := 0
	for k < len(words) && k < 12 {
		w := words[k]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !partyNameJoiners[w] || strings.ContainsAny(w, "0123456789/") {
			break
		}
		k++
		if strings.ContainsAny(w, ",:;") {
			break
		}
	}
	for k > 0 && partyNameJoiners[words[k-1]] {
		k--
	}
	return strings.TrimRight(strings.Join(words[:k], " "), ",:;")
}

// partyNameJoiners are the lower-case words inside a body's or a state's name.
var partyNameJoiners = set(`of de des du la le l' d' and for et the von van der`)

// partyEntity returns the entity a side's name means: one the article or
// the registry knows by it, or, for a state's law officer or government
// ("The Attorney General of X", "Republic of X"), the state itself when
// the registry lists it as a place. Nil when neither knows the name.
func (x *extractor) partyEntity(name string) *entity {
	name = strings.TrimSpace(name)
	for _, pre := range []string{"The ", "the ", "Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ", "Ms ", "Dr. ", "Dr "} {
		name = strings.TrimPrefix(name, pre)
	}
	if name == "" {
		return nil
	}
	if e := x.cast.lookup(name); e != nil {
		return e
	}
	if s := x.cast.regSpeaker(name); s != nil {
		return x.cast.fromRegistry(s)
	}
	for _, pre := range []string{"Attorney General of ", "Attorney-General of ", "Government of ", "Republic of ", "State of "} {
		if rest, ok := strings.CutPrefix(name, pre); ok {
			return x.partyEntity(rest)
		}
	}
	return nil
}
