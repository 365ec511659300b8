package ingest

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefings"
)

// resolve finds who a phrase means at sentence si, token at.
func (x *extractor) resolve(r *ref, si, at int) (*entity, string) {
	if r == nil {
		return nil, ""
	}
	if r.kind == refSomeone && (r.text == "who" || r.text == "which" || r.text == "that") {
		return nil, "" // a relative pronoun, never the WHO's acronym in lower case
	}
	if r.kind == refName && r.det == "the" && !r.object && strings.HasPrefix(r.role, "of ") && strings.EqualFold(r.name, "bench") {
		// "The Bench of Justice <Name> observed, “…”": the phrase
		// reads as a person "Bench" with a title, but it is the court
		// sitting — its one judge when it sat alone, else the court.
		if j := x.soleJudge(); j != nil {
			return j, "description"
		}
		if e := x.courtThatRuled("court", si, at); e != nil {
			return e, "description"
		}
	}
	if (r.kind == refOrg || r.kind == refName) && r.det == "the" && !r.object {
		// "The <Title>, <Name>, …. “…,” the <Title> said": the person
		// named in apposition to the title, over a body of that name,
		// though the registry lists the office under the same words.
		if e := x.appositiveTitleHolder(r.name, si); e != nil {
			return e, "description"
		}
	}
	if r.kind == refRole && r.det == "the" && !r.object && r.text != "" && r.text[0] >= 'A' && r.text[0] <= 'Z' {
		// The same with a title of role words in capitals ("the Special
		// Prosecutor"), which a registry's office of that name may claim.
		if e := x.appositiveTitleHolder(r.text, si); e != nil {
			return e, "description"
		}
	}
	if r.kind != refPronoun && r.kind != refOrgDesc {
		// The registry knows some descriptions verbatim: "State Department
		// officials", "a State Department official".
		if s := x.cast.regSpeaker(r.text); s != nil {
			if (r.kind == refOrg || r.kind == refName) && s.Kind == "organisation" && x.cast.byReg[s] == nil && !strings.Contains(r.text, " ") {
				// "Commission": a lone head word the registry gives one
				// body, folded without allocating.
				var buf [64]byte
				if n, ok := foldASCIIInto(&buf, r.text); ok {
					if e := x.cast.namedOverHeadAlias(string(buf[:n]), x.cast.keys[string(buf[:n])], s); e != nil {
						return e, ""
					}
				}
			}
			return x.cast.fromRegistry(s), ""
		}
	}
	if t := titlesOwnOffice(r.text); t != "" && !r.object && !x.officeBodyNamed(t) {
		// "The minister's office said": the minister, named before
		// with the title, whose office answers for them.
		x.namedOnly = true
		e := x.personByRole(t, t, si, at)
		x.namedOnly = false
		if e != nil {
			return e, "description"
		}
	}
	if (r.kind == refRole || r.kind == refOrgDesc || r.kind == refSomeone) && !r.object {
		if name := lowerInitialBodyName(r.text); name != "" {
			// "The <kind> organisation <lowerCase>Name said": the body's
			// own name, written with a small first letter, after the
			// words that describe it.
			if e := x.cast.lookup(name); e != nil {
				return e, ""
			}
			return x.cast.org(name, ""), ""
		}
	}
	if r.kind == refOrg && r.det == "the" && !r.object {
		if e := x.titleInitialsHolder(r, si); e != nil {
			return e, "description"
		}
	}
	if r.kind == refSomeone && r.det == "" && !r.object && strings.Contains(r.text, " and ") {
		if e := x.portfolioListHolder(r.text); e != nil {
			return e, ""
		}
		if e := x.jointReleaseFirst(r.text); e != nil {
			return e, ""
		}
		if e := x.pairAfterJointDoc(r.text, si); e != nil {
			return e, ""
		}
	}
	if r.kind == refSomeone && r.det == "" && x.cast.reg != nil && strings.Contains(r.text, " and ") && unicode.IsUpper(firstRune(r.text)) {
		// "The <Field> and <Field> Protection Agency, which …, said": a
		// body's name that lists its fields reads like several people;
		// the registry's "<name> of <Country>" says it is one body. So
		// does it of "<Field> and <Field> <Noun> (<ACR>) said", a
		// service named for what it does ("<Field> and Border Control"),
		// whose last word is no body's head word: only the registry's
		// placed name, never a list of people, matches.
		if i := strings.LastIndexByte(r.text, ' '); orgHeads[strings.ToLower(r.text[i+1:])] || titleCased(r.text) {
			if sp := x.placedBody(foldText(r.text)); sp != nil {
				return x.cast.fromRegistry(sp), ""
			}
		}
	}
	if (r.kind == refName || r.kind == refOrg) && !r.object {
		if e := x.titledWork(r, si); e != nil {
			return e, "description"
		}
	}
	if r.det == "its" && !r.object {
		if e := x.bodyAndIts(si, at); e != nil {
			// "<Body> and its affiliate in <Country> <verb>ed …": the
			// body leads the pair its own unit or member joins.
			return e, "description"
		}
	}
	if r.kind == refRole && r.head == "sources" && (r.det == "the" || r.det == "these" || r.det == "those") && !r.object {
		// "Sources from the <Body> told …; “…,” these sources said":
		// the sources named with their body speak for it again.
		if e := x.sourcesBody(si, at); e != nil {
			return e, "description"
		}
	}
	if r.det == "the" && !r.object && r.kind != refPronoun && pressOrgan(r.text) {
		// "…, the press service of the <body> reported. “…,” the press
		// service said": the owner named with the press service before.
		if e := x.pressOrganOwner(r.text, si, at); e != nil {
			return e, "description"
		}
	}
	if e := x.caseParty(r); e != nil {
		// "the Appellant submitted", "The Respondent State argued": the
		// side of the case the article named with that role.
		return e, "description"
	}
	if e := x.jointDocSpeaker(r, si, at); e != nil {
		// "In the joint statement, the two delegations said", "The
		// joint declaration states", "The document adds" after it: a
		// meeting's sides through their joint document speak for the
		// body whose meeting adopted it, over a readout's issuer.
		return e, "description"
	}
	if e := x.jointFirms(r, si, at); e != nil {
		// "the two companies said": two firms speaking as one speak
		// for the first-named of the pair, not the venture they form.
		return e, "description"
	}
	if e := x.issuingBodies(r, si, at); e != nil {
		// "Both institutions said:" in a joint release: the two issuing
		// bodies as one speak through its issuer or first-named party.
		return e, "description"
	}
	if x.jointSubject(r, si, at) {
		// "The two ministers agreed that “…”": a readout's summary of
		// both sides at once is the words of the body that issued it.
		if e := x.readoutIssuer(si); e != nil {
			return e, "description"
		}
	}
	if r.det == "the" && !r.object && (r.kind == refOrgDesc || r.kind == refRole) {
		// "the presidential office said", "the office of the governor
		// said", "the office said" after either: the registry's "Office
		// of the <Title> (of <Place>)".
		if e := x.executiveOffice(si, at); e != nil {
			return e, "description"
		}
	}
	if r.det == "the" && (r.kind == refOrgDesc || r.kind == refSomeone) && bodyOrgans[r.head] {
		// "the association's committee said", "the club's board said": a
		// body's own organ, unnamed, speaks for the body named before
		// with the possessor's kind word in its name.
		if e := x.possessedOrgan(r.text, si, at); e != nil {
			return e, "description"
		}
	}
	if r.det == "the" && r.kind == refOrgDesc && !r.object && bankOrgans[r.head] {
		// "the board said", "the committee said" in a bank's story that
		// names no body of that head: the bank's own board, which speaks
		// for the bank named just before.
		if e := x.organsBank(r.head, si, at); e != nil {
			return e, "description"
		}
	}
	if r.indefinite && !r.object && !r.plural() && (r.kind == refRole || r.kind == refSomeone || r.kind == refEpithet || r.kind == refOrgDesc) {
		// "…,” said a <noun> who gave only her first name, <Name>": the
		// one name the person gave is who speaks; the words say it is a
		// person, though "a fish trader" may read as a firm.
		if e := x.selfNamed(si, r.gender); e != nil {
			return e, "description"
		}
	}
	if r.det == "the" && !r.object && !r.plural() && (r.kind == refRole || r.kind == refSomeone || r.kind == refEpithet) {
		// "…,” said the resident, who gave only his first name, <Name>":
		// the person a sentence before described, named here by the one
		// name they gave in a clause set right after the noun.
		if e := x.selfNamedAt(si, at, r.gender); e != nil {
			return e, "description"
		}
	}
	if (r.kind == refEpithet || r.kind == refSomeone) && !r.object && !r.plural() {
		if g, ok := personNouns[r.head]; ok {
			// "…,” says the woman at the front. … The woman is X Y, 61":
			// a feature names the one it described in the paragraph after.
			if e := x.describedThenNamed(si, r.head, g); e != nil {
				return e, "description"
			}
			// "…,” the <noun> says. … She asked us to call her <Name>":
			// the one name the person gave is who speaks.
			if e := x.namedLater(si, g); e != nil {
				return e, "description"
			}
		}
	}
	if len(r.surface) == 3 && strings.EqualFold(r.surface, "you") && !r.object {
		// "You said in March that …?": in an interview's question, "you"
		// is whoever answers it.
		return x.questionAddressee(si), "pronoun"
	}
	switch r.kind {
	case refPronoun:
		if r.text == "I" {
			// In a transcript, "I" is whoever's turn it is.
			if e := x.turnSpeaker(si); e != nil {
				return e, "pronoun"
			}
			// A transcript that labels no turns: the one its heading
			// says gives the answers.
			if e := x.answerer(si); e != nil {
				return e, "pronoun"
			}
			// An interview set out as questions and answers with no
			// labels ("– <Question>?" over "– <Answer>"): the "I" of an
			// answer is whoever the question before it asks.
			if e := x.interviewAnswerer(si); e != nil {
				return e, "pronoun"
			}
			// Outside any quote and any transcript's turn, "I" is the
			// writer's own, in a piece they sign or are described as
			// writing: their words quoted back in the sentence are
			// theirs. Only a sentence that quotes: an "I" that asks or
			// meets someone is no speaker a later "he" goes on with.
			if st := x.d.sents[si]; at >= 0 && at < len(x.d.paras[st.p].toks) && x.d.paras[st.p].toks[at].q == 0 &&
				!opensWithLabel(x.d.paras[st.p].text) && x.d.paras[st.p].quoteIn(st.a, st.b) {
				if e := x.writer(); e != nil {
					return e, "pronoun"
				}
			}
		}
		if r.gender == plural && strings.EqualFold(r.text, "we") {
			// In a transcript, "we" is the body whose turn it is.
			if e := x.turnInstitution(si); e != nil {
				return e, "pronoun"
			}
			// Outside the marks of a body's own publication (a transcript
			// with unlabelled answers, a release), "we" is the body.
			if e := x.ownBody(); e != nil {
				return e, "pronoun"
			}
		}
		if r.gender == orgOnly && si > 0 && x.speakerAt[si-1] != nil && x.speakerBy[si-1] != nil && x.speakerBy[si-1].kind == refDoc &&
			x.d.sents[si].p-x.d.sents[si-1].p <= 1 {
			// "The statement said: “…” It continued: “…”": "it" is the
			// document just quoted, which speaks for whoever issued it.
			return x.speakerAt[si-1], "pronoun"
		}
		if (r.gender == male || r.gender == female) && x.asksAnonymity(si) {
			// "… a mother of three tells the paper. She asks not to be
			// named.": whoever asks it is unnamed, not the last woman
			// the article named.
			return nil, ""
		}
		if r.gender == orgOnly {
			if e := x.clauseOwnerBody(si, at); e != nil {
				return e, "pronoun"
			}
			if e := x.saidItSubject(si, at); e != nil {
				return e, "pronoun"
			}
			if e := x.ourNoticeSays(si, at); e != nil {
				return e, "pronoun"
			}
		}
		if r.gender == male || r.gender == female {
			if e := x.describedBeforeNamed(si, r.gender); e != nil {
				return e, "pronoun"
			}
		}
		return x.antecedent(r.gender, si, at), "pronoun"
	case refName:
		x.givenInRole(r)
		if placePartRole(r.role) {
			// "a shop owner in <Town>'s X said": X is a part of the
			// town, where the unnamed owner is; the words before it
			// are no title of a person called X.
			return nil, ""
		}
		if ownedByTitle(r.role) {
			// "<Title>'s <Word>:": a thing the title's holder owns (a
			// column's label, a prize), no one who speaks.
			return nil, ""
		}
		if r.indefinite && r.role == "" {
			// "said one Labour MP", "a Tory MP told": one of a party's or a
			// body's people, unnamed; a name takes no "a" or "one".
			return nil, ""
		}
		if owner := x.unitOwner(r); owner != nil {
			return owner, ""
		}
		if e := x.officeHolder(r); e != nil {
			return e, "description"
		}
		if r.det == "the" && r.role == "" && !r.object && strings.EqualFold(r.name, "bench") {
			// "A Bench of Justice <Name> and Justice <Name> was hearing …
			// '…,' the Bench said": the judges give the court's word, as
			// "the bench" in lower case does — the court named before.
			if e := x.courtThatRuled("court", si, at); e != nil {
				return e, "description"
			}
		}
		if head := publicationHead(r); head != "" && x.cast.regSpeaker(r.name) == nil {
			// "The <Field> Review warned of “…”": a body's publication by
			// its title, which speaks for the body that issued it — the
			// one the sentences name as its issuer, else the body whose
			// own publication the article is.
			doc := *r
			doc.kind, doc.head, doc.det, doc.text = refDoc, head, "the", head
			if e, via := x.resolve(&doc, si, at); e != nil {
				return e, via
			}
			if e := x.ownBody(); e != nil {
				return e, "description"
			}
		}
		if !strings.Contains(r.name, " ") && si >= 0 && si < len(x.d.sents) {
			// "Dr <Surname> said" where relatives share the surname: the
			// one named in full after the same title.
			st := x.d.sents[si]
			p := x.d.paras[st.p]
			for k := st.a; k < st.b; k++ {
				if c := p.text[p.toks[k].s]; (c == 'D' || c == 'P') && p.toks[k].q == 0 && academicTitles[p.lowerAt(k)] {
					if o := x.titledNamesake(p, k, r.name); o != nil {
						return o, ""
					}
				}
			}
		}
		if e := x.cast.lookup(r.name); e != nil {
			if o := x.cast.honorificNamesake(e, r); o != nil {
				e = o
			}
			if e.kind == "person" && e.role == "" && e.reg == nil && r.role != "" && r.evidence {
				// "Minister of A, B and C, Hon. X Y, says": the title the
				// speaker is introduced with is what "the Minister" later
				// means, though the name was met first without it.
				e.role = r.role
			} else if e.kind == "person" && e.reg == nil && r.evidence && len(r.role) > len(e.role)+5 && strings.HasSuffix(r.role, " and "+e.role) {
				// "<Title> and <Title> of <Body> <Name> said", the
				// mentions having read only the second title: one
				// holder of two offices, whom "the <first title>" in
				// the next paragraph names too, before a "he" after it.
				e.role = r.role
			}
			return e, ""
		}
		if r.role == "" && isKnownPlace(r.name) {
			return x.cast.place(r.name), ""
		}
		if r.role == "" && r.gender == unknownGender && x.cast.reg != nil && len(x.cast.reg.placed[x.cast.fold(r.name)]) > 0 {
			// "<Name> argued" where the registry lists "<Name> of
			// <Country>": a state's body named bare as its subject, as
			// noteChunk reads it named anywhere else (its head word may
			// name no body by itself); fullBody adds the country the
			// article names.
			return x.cast.org(r.name, ""), ""
		}
		if r.role != "" && saintOpensBody(r.role, r.name) {
			// "St <Saint> <Place> said": the body noteChunk read whole.
			role := strings.TrimRight(r.role, " ")
			if e := x.cast.lookup(role[strings.LastIndexByte(role, ' ')+1:] + " " + r.name); e != nil {
				return e, ""
			}
		}
		confirmed := r.evidence || strings.Contains(r.name, " ") || runOnInitialName(r.name)
		if !confirmed && pluralOfPeople(r.name) {
			// "Environmentalists have criticised …", "Economists say":
			// a plural of an occupation opening a sentence names a group,
			// no one person.
			return nil, ""
		}
		if !confirmed {
			// One capitalised word as the subject of a speech verb: a
			// surname the readers know ("Peskov told reporters"), unless
			// the article uses the word as a place or a common noun.
			switch x.wordUse(r.name) {
			case usedAsCommon:
				return nil, ""
			case usedAsPlace:
				return x.cast.place(r.name), ""
			}
			e := x.cast.person(r.name, r.role, r.gender, true)
			e.bare = e.bare || !strings.Contains(e.name, " ") && e.role == ""
			return e, ""
		}
		if r.role != "" {
			if s := x.cast.regSpeaker(r.role + " " + r.name); s != nil {
				return x.cast.fromRegistry(s), ""
			}
		}
		return x.cast.person(r.name, r.role, r.gender, confirmed), ""
	case refOrg:
		if isKnownPlace(r.name) {
			return x.cast.place(r.name), ""
		}
		if first, ok := conjoinedParty(r.name); ok && x.cast.regSpeaker(r.name) == nil {
			// "<Body> of <Country> and <Firm> said": two parties speaking
			// as one, no body of that name; the first-named speaks, as
			// for a joint statement with no issuing body of its own.
			r1 := *r
			r1.name, r1.text = first, first
			return x.resolve(&r1, si, at)
		}
		if e := x.possessedArm(r.name); e != nil {
			return e, ""
		}
		if r.det == "the" && shortBodyHeads[strings.ToLower(r.name)] && x.cast.regSpeaker(r.name) == nil {
			// "the Court" in a court's own release is that court, though
			// the release names the court that referred the case first
			// and the registry lists both; its letterhead says more than
			// the body its first sentence names (leadBody).
			if e := x.letterheadBody(); e != nil && hasWordFold(e.display(), strings.ToLower(r.name)) {
				return e, "description"
			}
		}
		if e := x.leadBody(r, si, at); e != nil {
			return e, "description"
		}
		if e := x.namedUnitOwner(r.name); e != nil {
			return e, ""
		}
		if e := x.titleAcronymHolder(r.name, si); e != nil {
			return e, "description"
		}
		if r.det == "the" && !r.object {
			// "the DPM said", "the GM said": the person whose title the
			// initials spell, as copy shortens a long title once it has
			// given it in full.
			if e := x.initialledTitleHolder(r.name, si, at); e != nil {
				return e, "description"
			}
		}
		if w := organWord(r.name); r.det == "the" && w != "" {
			// "the Board said": a body named before with that word in its
			// name, else the company named before, whose board it is.
			if e := x.organOwner(w, si, at); e != nil {
				return e, "description"
			}
		}
		if place := governedPlace(r.name); place != "" {
			// "The Government of <Country> has described …": the country,
			// which speaks for its government, when the registry lists
			// the country and not the government.
			if e := x.cast.lookup(r.name); e == nil || e.reg == nil {
				if s := x.cast.regSpeaker(place); s != nil && s.Kind == "place" {
					return x.cast.fromRegistry(s), ""
				}
			}
		}
		if e := x.cast.definedBody(x.cast.fold(r.name)); e != nil && r.det == "the" {
			return e, "" // "the Company said", as the filing's brackets defined it
		}
		if r.det == "the" && shortBodyHeads[strings.ToLower(r.name)] {
			// "the Police posted", "the Commission said": a body's head
			// word in capitals alone is the body named before with that
			// word in its name, unless the registry lists the word itself.
			if e := x.cast.lookup(r.name); e == nil || e.reg == nil {
				if e := x.bodyWithWord(strings.ToLower(r.name), si, at); e != nil {
					return e, "description"
				}
			}
		}
		if e := x.cast.lookup(r.name); (e == nil || e.reg == nil) && !strings.Contains(r.name, " of ") && stateHeads[strings.ToLower(r.name[strings.LastIndexByte(r.name, ' ')+1:])] {
			// "the <Field> Ministry", "<Capital>'s <field> department":
			// the registry may list the country's body by its full name.
			if e := x.stateBody(r.name, si); e != nil && (e.reg != nil || e.kind == "place" && nationalGovernmentName(r.name)) {
				return e, "" // "the <Nationality> Government": the country, when the registry lists neither
			}
		}
		if organ, ok := x.organName(r.name); ok {
			if e := x.organByName(r.name, organ); e != nil {
				return e, "" // "<Fund> staff said", "the <Forum> partners said"
			}
		}
		return x.cast.org(r.name, r.head), ""
	case refRole:
		if e := x.nameClosingTitle(r); e != nil {
			return e, ""
		}
		if (r.det == "its" || r.det == "their") && !r.object {
			// "Its secretary, who did not want to be named, said": a
			// body's officer who withholds their name gives their own
			// view, as an official speaking on condition of anonymity does.
			s := x.d.sents[si]
			if u := x.d.paras[s.p].anonymousSubject(s.a, s.b); u.tok == s.a+1 {
				return nil, ""
			}
		}
		if formerHolder(r.text) {
			// "a former FDA official", "the former official": no longer
			// the body's, they speak for themselves; by name only if the
			// article named one who held that title.
			if r.indefinite {
				return nil, ""
			}
			if e := x.personByRole(r.head, r.text, si, at); e != nil && e.kind == "person" {
				return e, "description"
			}
			if r.det == "the" && !r.object && !r.plural() {
				// "The former <Team> midfielder added …" right after a
				// named person spoke: a post no one holds now is what
				// the one who just spoke once was, copy's way of naming
				// them again.
				if e := x.recentSpeaker(r, si); e != nil {
					return e, "description"
				}
			}
			return nil, ""
		}
		if e := x.officeInFull(r, si, at); e != nil {
			return e, "description"
		}
		if e := x.holdersVoice(r, si, at); e != nil {
			return e, "description"
		}
		if e := x.watchdogOffice(r, si, at); e != nil {
			return e, "description"
		}
		if country := delegationOf(r); country != "" {
			// "The representative of X said": a meeting's record names
			// delegations by their country, which speaks, not by the
			// person who sits for it.
			return x.cast.place(country), ""
		}
		if (r.det == "its" || r.det == "their") && (strings.HasPrefix(r.head, "spokes") || r.head == "representative") {
			// "Its spokesman said": the body named last speaks.
			if e := x.antecedent(orgOnly, si, at); e != nil {
				return e, "description"
			}
		}
		// "The chief government spokesman told reporters", "the
		// Galway West TD said", right after a named person spoke: a
		// title with "the" that no one named before holds is a new way of
		// naming the one who just spoke, as copy varies its words.
		var holder *entity
		looked := false
		if r.det == "the" && !r.plural() && !r.object && !singleOffices[r.head] && (r.org == "" || !speaksForBody(r.head) && x.cast.lookup(r.org) == nil) {
			holder, looked = x.personByRole(r.head, r.text, si, at), true
			if holder != nil && holder.kind == "person" && !x.mentionedBefore(holder, si) {
				if e := x.expertJustNamed(r, si); e != nil {
					return e, "description" // the specialist just named, not one named later
				}
				// A holder named only later ("… spokesman Zhou said" three
				// paragraphs on) is someone else when the one who just spoke
				// has a title: "The top government spokesman said" after
				// "…," Chief Cabinet Secretary X told a press conference.
				if v := x.variedSpeaker(r, si); v != nil {
					return v, "description"
				}
			}
			if holder == nil || holder.kind == "anon" && (holder.described == si+1 || x.introducedBody(r.head, si)) {
				if ev := x.introducedAs(r.head, si); ev != nil {
					// "One Singapore-based owner, who declined to be named,
					// said … '…,' the owner said": the one just introduced.
					return ev.ent, ev.via
				}
				if e := x.expertJustNamed(r, si); e != nil {
					return e, "description"
				}
				if v := x.variedSpeaker(r, si); v != nil {
					return v, "description"
				}
			}
		}
		// "The Chief of Mission said" after "a mission headed by <title>,
		// X,": the one the article introduced as its head.
		if e := x.headOfBody(r, si); e != nil && (holder == nil || holder.kind != "person") {
			return e, "description"
		}
		if r.det == "the" && !r.object && (holder == nil || holder.kind != "person") {
			if e := x.titlesOffice(r.text, si); e != nil {
				return e, "description"
			}
			if looked && !r.plural() {
				// "The Minister of <Field> said …" in a briefing that
				// never names the minister: the ministry they head.
				if e := x.unnamedMinistersMinistry(r.text, si); e != nil {
					return e, "description"
				}
				// "The <Title> said …" with the holder never named: the
				// one office the registry lists under that title.
				if e := x.unnamedTitlesEntry(r.text, si, false); e != nil {
					return e, "description"
				}
			} else if holder == nil && singleOffices[r.head] && !r.plural() {
				// "The President said …" with the holder never named, in
				// a readout of the head of state's own office: the
				// registry's office of that state's head, by its role
				// alone: the bare title's other entries are another
				// body's head's ("<Title> of <Body>").
				if e := x.unnamedTitlesEntry(r.text, si, true); e != nil {
					return e, "description"
				}
			}
		}
		// "The Kremlin spokesman noted": the spokesman the article named,
		// when it named one.
		if r.org != "" && r.det == "the" {
			if e := x.personOfBody(r, si, at); e != nil {
				return e, "description"
			}
		}
		// "X Bank said in a note … '…,' the bank's economists wrote":
		// the people of the body that spoke just before.
		if r.plural() && r.org == "" && r.det == "the" {
			if e := x.ownersPeople(r.text, si); e != nil {
				return e, "description"
			}
			// "X Securities analysts said in a note … '…,' the analysts
			// wrote": the body whose people of that kind spoke just before.
			if e := x.groupJustNamed(r.head, si); e != nil {
				return e, "description"
			}
		}
		// "Analysts at X Research said": people of a firm, who
		// speak for it, as "they" next.
		if r.plural() && r.org != "" && !isKnownPlace(r.org) {
			return x.cast.org(r.org, ""), ""
		}
		if !r.indefinite && r.det == "" && r.org == "" && !r.plural() && r.text == r.role && !strings.Contains(r.text, " ") && x.d.sents[si].p <= x.d.lead+1 {
			// A standfirst's "“…,” CEO says" over a story that names the
			// company's chief executive: the one person the story names
			// with that title, spelt out or not.
			head := r.head
			if full := titleInFull[head]; full != "" {
				head = full
			}
			if e := x.onlyHolder(head); e != nil {
				return e, "description"
			}
		}
		if r.indefinite && r.det == "a" && singleOffices[r.head] && x.d.sents[si].p <= x.d.lead+1 {
			// A lead's "… after a judge said that …", whom the story
			// names further down: the one person it names with that
			// title.
			if e := x.onlyHolder(r.head); e != nil {
				return e, "description"
			}
		}
		if w := municipalOf(r); w != "" {
			// "A city spokesperson said", "the town spokeswoman told": the
			// municipality's voice, the registry's "City of <Place>" for
			// the place the article is in, as "the city" is. An unnamed
			// "city official" may speak for themselves.
			if e := x.municipality(w, si); e != nil {
				return e, "description"
			}
			if w == "city" {
				if e := x.cityBody(); e != nil {
					return e, "description"
				}
			}
		}
		if r.indefinite && !x.bodyVoice(r.head, si) && !(x.initialledBodyVoice(r) && !x.saysAnonymity(si)) {
			return nil, "" // "one EU diplomat", an official who spoke on condition of anonymity
		}
		if r.org == "" && r.orgHead == "" && speaksForBody(r.head) {
			// "a senior official of X", "a spokeswoman at X": a body
			// the article or the registry knows, after the title.
			if e := x.bodyAfterTitle(r.text); e != nil {
				return e, ""
			}
			if head := possessedUnitOwner(r.text); head != "" {
				// "an official from the ministry's <field> division":
				// the body of that kind named before, whose unit it is.
				if e := x.orgByHeadAt(head, si, at); e != nil && e.kind == "organisation" {
					return e, "description"
				}
			}
		}
		if r.org != "" && r.det == "the" && !r.plural() && !r.object && holder == nil && rankedDescription(r.text) {
			// "The senior <Body> official emphasized …" right after a
			// named official spoke: "the" and a rank make a known
			// person, the one copy just named, not the body's voice.
			if e := x.recentSpeaker(r, si); e != nil && e.role != "" {
				return e, "description"
			}
		}
		// An unnamed official or spokesperson speaks for their body.
		if r.org != "" && (r.indefinite || speaksForBody(r.head)) {
			e := x.cast.org(r.org, "")
			if p := x.staffOwner(e); p != nil {
				return p, "description"
			}
			return e, ""
		}
		if r.det == "the" && r.orgHead != "" && holder != nil && holder.kind == "person" {
			// "the junta spokesman said" after "Junta spokesman <rank> X":
			// the person whose title has the body's word, not the body.
			if key, _ := holder.roleInfo(); strings.Contains(key, " "+strings.ToLower(r.orgHead)+" ") {
				return holder, "description"
			}
		}
		if r.orgHead != "" && (r.indefinite || strings.HasPrefix(r.head, "spokes")) {
			if e := x.registryBodyOfRole(r); e != nil {
				return e, ""
			}
			if level := governmentLevel(r.role, r.orgHead); level != "" {
				// "a provincial government spokesperson": the reading
				// keeps "government" as the body, the level in the role.
				if e := x.subnationalGovernment(level); e != nil {
					return e, "description"
				}
			}
			if mod := modifierOf(r.text, r.orgHead); mod != "" && r.orgHead == "ministry" {
				// "a spokesman for the <field> ministry": that field's
				// ministry of the story's country, as the registry lists
				// it or as its convention names it, never the country's
				// ministry of another field the registry lists first.
				if e := x.stateBodyOf(mod+" "+r.orgHead, si, r.orgHead); e != nil && e.reg != nil {
					return e, "description"
				}
				if c := x.lastCountry(si); c != "" {
					if field := fieldBeforeMinistry([]string{upperFirst(mod), "Ministry"}, true); field != "" {
						if e := x.ownedStateBody(&entity{name: c + "'s Ministry of " + field, kind: "organisation"}); e != nil {
							return e, "description"
						}
					}
				}
			}
			if e := x.stateBodyOf(r.orgHead, si, "police"); e != nil && e.reg != nil {
				// "a spokesman for the <nationality> <field> ministry"; "a
				// police spokesperson", the national force the registry
				// lists for the story's country by its role.
				return e, "description"
			}
			if e := x.orgByHead(r.orgHead, si); e != nil {
				return e, "description"
			}
			if e := x.companySpeaker(r.orgHead, si); e != nil {
				// "X said it would … '…,' a company spokesperson said":
				// the body that just spoke, a company then.
				return e, "description"
			}
			// "X Ferries cancelled every crossing. '…,' a spokesman for
			// the ferry operator said": a body called by its kind, which
			// no body named has in its name, is the one just named whose
			// name has the word the kind is described by.
			if e := x.namedWithWord(modifierOf(r.text, r.orgHead), si, at); e != nil {
				return x.cast.org(e.name, r.orgHead), "description"
			}
			if strings.HasPrefix(r.head, "spokes") {
				// "<Body> said …. A spokesperson for the regulator
				// added …": the noun says what the body just named is,
				// not a word of its name.
				if e := x.bodyOfKindJustNamed(r.orgHead, si, at); e != nil {
					return e, "description"
				}
			}
			return nil, ""
		}
		if r.indefinite && strings.HasPrefix(r.head, "spokes") || r.det == "" && strings.HasPrefix(r.head, "spokes") && !r.plural() && !r.object && x.personByRole(r.head, r.text, si, at) == nil {
			// "The Commission said it was in contact. '…,' a spokesperson
			// said": the body just named. So does an officeholder's
			// spokesperson whom the article never names ("the
			// president's official spokeswoman said"), who speaks for the
			// office the sentence before named.
			if e := x.bodyJustNamed(si, at); e != nil {
				if p := x.staffOwner(e); p != nil {
					return p, "description"
				}
				return e, "description"
			}
			if r.indefinite && r.org == "" && r.orgHead == "" {
				// "When I put it to the company, a spokesperson told me
				// …", "I asked the corporation …. A spokesperson
				// replied …": the body the copy just called by its kind
				// is the one the spokesperson answers for.
				if e := x.bodyAskedBefore(si, at); e != nil {
					return e, "description"
				}
			}
		}
		if r.indefinite && r.text == "official" && !r.object {
			// "When <people> wrote to <Body>, an official replied
			// that …": a bare official, with no body of their own in the
			// description, answering right after the copy named one
			// body, speaks for it, as an unnamed spokesperson does. Two
			// bodies named there leave the official unknown.
			if e := x.bodyJustNamed(si, at); e != nil && (e.reg != nil || startsUpper(e.name)) {
				// A body by its name; a unit described in lower case is
				// no name to give the official's words.
				return e, "description"
			}
		}
		if r.indefinite {
			return nil, ""
		}
		if !looked {
			holder = x.personByRole(r.head, r.text, si, at)
		}
		if holder == nil && r.det == "the" && teamLeaders[r.head] && clubNamed(r.text, r.head) {
			// "The Rovers boss said" with no one titled so: the
			// manager the sentences just before are about, as
			// sports copy varies how it names him — not one whose
			// title names another club.
			if e := x.personByEpithet(r.head, si, at); e != nil {
				if key, _ := e.roleInfo(); clubMatches(r.text, r.head, key, e.role) {
					return e, "description"
				}
			}
		}
		if (holder == nil || holder.kind == "anon") && r.det == "the" && r.text == r.head && teamLeaders[r.head] && !r.object {
			// "<Name> had <verb>ed …, and the <Team> coach <verb>ed …":
			// the title the second clause gives is the named person's.
			if e := x.titledInAndClause(r.head, si, at); e != nil {
				return e, "description"
			}
		}
		if e := holder; e != nil {
			if e.kind == "anon" {
				// The holder the article describes but never names, who may
				// speak for a body ("a spokesperson for the trust") — or for
				// the person whose own office that body is ("Mr X's
				// office"), as on the first mention.
				if e.speaksFor != nil {
					if p := x.staffOwner(e.speaksFor); p != nil {
						return p, "description"
					}
					return e.speaksFor, "description"
				}
				if e.described == si+1 && r.det == "the" && !r.object && !singleOffices[r.head] && !speaksForBody(r.head) && !counterparts[r.head] {
					// First described here, as the subject of the speech
					// verb: the person the sentence before is about ("X
					// smiles. “…,” the ranger says"), named another way.
					if a := x.sceneActor(si); a != nil {
						return a, "description"
					}
				}
				if e.described == si+1 || e.definite {
					// Described so, definitely, but never named: the person
					// the article introduced by name with a word of the
					// noun's stem.
					if p := x.introducedByNoun(r, si, at); p != nil {
						return p, "description"
					}
				}
				if e.definite && e.described <= si && r.det == "the" && r.text == r.head && !r.object && !r.plural() && r.org == "" && !speaksForBody(r.head) {
					// "<Body> appointed X as the head <title> …. <Y>
					// introduced the new <title> …. The <title> said":
					// a holder described with "the" in an earlier
					// sentence is one the reader knows, the person named
					// before it with that title.
					if p := x.namedHolderBefore(r.head, e.described-1); p != nil {
						return x.personForm(p), "description"
					}
				}
				if r.det == "the" && r.org != "" && !r.object && !r.plural() {
					// "<Rank> <Name>, the <Body> <title>, …": the
					// description in apposition was theirs.
					if p := x.namedBeforeDescription(r.text, si); p != nil {
						return p, "description"
					}
				}
				return nil, ""
			}
			return e, "description"
		}
	case refSomeone:
		if e := x.jointStatementParty(r, si, at); e != nil {
			return e, "description"
		}
		if e := x.jointLeader(r, si); e != nil {
			return e, "description"
		}
		if r.det == "" && !r.object && isKnownPlace(r.text) {
			// "<Country> said" for a country whose name holds a word in
			// lower case ("Côte d'Ivoire"), read as a phrase, not a name:
			// the country speaks, as one named in capitals does.
			return x.cast.place(r.text), ""
		}
		if e := x.possessedArm(r.text); e != nil {
			return e, ""
		}
		if r.det == "the" && (r.text == r.head || benchOfKind(r.text, r.head)) && courtBenches[r.head] && !r.object {
			// "The bench observed that …", "the panel held": the judges
			// the court sits as give its judgment, which copy reports as
			// the court's — the one that ruled, named before.
			if e := x.courtThatRuled("court", si, at); e != nil {
				return e, "description"
			}
		}
		if e := x.groupsBody(r, si); e != nil {
			return e, "description"
		}
		if r.det == "the" && r.text == r.head && eventHeads[r.head] && !r.object {
			// "The organisers of the <event> said", read as "the
			// <event>": an event speaks through the body named for it,
			// the one whose name ends in the event's noun ("<Place>
			// <Field> Show").
			if e := x.eventBody(r.head); e != nil {
				return e, "description"
			}
		}
		if e := x.workOwner(r, si, at); e != nil {
			return e, "description"
		}
		if e := x.kinOf(r, si, at); e != nil {
			return e, "description"
		}
		if e := x.surnameFamily(r); e != nil {
			return e, "description"
		}
		if e := x.relationIntroduced(r, si, at); e != nil {
			return e, "description"
		}
		if g, ok := personalPronouns[r.det]; ok && (g == male || g == female) && authoredWorks[r.head] {
			// "Her latest book argues that …": the author, whom "her"
			// means.
			if e := x.antecedent(g, si, at); e != nil {
				return e, "pronoun"
			}
		}
		if r.det == "the" && bodyAgents[r.head] {
			// "The weather service issued an amber warning, saying …
			// '…,' the forecaster said": a body called by what it
			// does, right after it spoke.
			if e := x.bodyJustSpoke(si); e != nil {
				return e, "description"
			}
		}
		if r.det == "the" && r.gender == plural || r.det == "the" && groupNouns[r.head] {
			if e := x.ownersPeople(r.text, si); e != nil {
				return e, "description" // "the bank's economists"
			}
		}
		if r.det == "the" && municipalWords[r.text] {
			if e := x.municipality(r.text, si); e != nil {
				return e, "description"
			}
		}
		if r.det == "the" && r.head == "house" {
			if e := x.tradeHouse(r.text, si, at); e != nil {
				return e, "description"
			}
		}
	case refEpithet:
		if x.unnamedEpithet(r, si) {
			// "One man, who would not give his name, said …. “…,” the
			// man said": the person just described, never named.
			return nil, ""
		}
		if e := x.personByEpithet(r.head, si, at); e != nil && (r.gender == unknownGender || genderAgrees(e.gender, r.gender)) {
			if e.role != "" && !demonyms[r.head] && !strings.HasSuffix(r.head, "-year-old") && !strings.Contains(strings.ToLower(e.role), r.head) && x.introducedUnnamed(r.head, si) {
				// "… a near-miss with a <noun> …. “…,” the <noun> said":
				// someone the article brought in by the noun alone and
				// never named, not a titled speaker before ("Defence
				// counsel <Name>"), whose title is no such noun.
				return nil, ""
			}
			return e, "description"
		}
	case refDoc:
		if e := x.workOwner(r, si, at); e != nil {
			return e, "description"
		}
		if r.det == "our" && !r.object {
			// "Our <document> <time> says …" in a transcript's turn: the
			// document of the body the speaker answers for.
			if e := x.turnInstitution(si); e != nil {
				return e, "description"
			}
		}
		if g, ok := personalPronouns[r.det]; ok && (g == male || g == female) && !r.object {
			// "Her latest report warned": the author "her" means, as for
			// a book; a person's document is not a body's.
			if e := x.antecedent(g, si, at); e != nil {
				return e, "pronoun"
			}
			return nil, ""
		}
		switch {
		case r.org != "" && isKnownPlace(r.org):
			return x.cast.place(r.org), ""
		case r.org != "":
			if e := x.docTitlesOffice(r); e != nil {
				return e, ""
			}
			if s := x.cast.regSpeaker(r.org); s != nil {
				return x.cast.fromRegistry(s), "" // "a <registry acronym> press release"
			}
			if r.det == "the" && !strings.Contains(r.org, " ") {
				// "the Unit's report": a body named before, called again by
				// the capitalised last word of its name.
				if e := x.orgByLastWord(r.org, si); e != nil {
					return e, "description"
				}
			}
			if e := x.cast.lookup(r.org); e != nil {
				return e, ""
			}
			return x.cast.org(r.org, ""), ""
		case r.orgHead != "":
			if e := x.stateBody(r.orgHead, si); e != nil && e.reg != nil {
				return e, "description" // "the ministry's memo": the country's ministry the registry lists
			}
			if e := x.orgByHead(r.orgHead, si); e != nil {
				return e, "description"
			}
			return nil, ""
		}
		if r.det == "the" && x.docFromUnnamed(r.head, si, at) {
			// "<Someone> read a <document> from one of the <people> … “…,”
			// the statement said": its author, whom the article does not
			// name, not whoever read it out or spoke last.
			return nil, ""
		}
		// "According to a council report, … The report said", "a
		// ministerial circular … The circular states": the document as
		// the article named it last says whose it is.
		if e, ok := x.namedIssuer(r, si, at); ok {
			return e, "description"
		}
		// "In an emailed statement, a spokesperson for X said … “…,” the
		// statement said": whoever the sentences just before say issued
		// one.
		if e := x.issuer(r.head, si); e != nil {
			return e, "description"
		}
		if sameDocNouns[r.head] {
			if e := x.issuerOf(func(w string) bool { return issuedDocs[w] }, si); e != nil {
				return e, "description"
			}
		}
		// "The memo states … According to the memo": the document
		// quoted before.
		if e := x.sameDoc(r.head, si); e != nil {
			return e, "description"
		}
		// "X issued a statement on Monday … The statement said": who
		// the sentences before say issued or wrote it.
		if e := x.docIssuer(r.head, si); e != nil {
			return e, "description"
		}
		if r.det == "the" && x.unnamedIssuer(r.head, si, at) {
			// "<An unnamed body> said in a statement that …. “…,” the
			// statement said": the statement is the unnamed body's, not
			// the publisher's nor the body named last.
			return nil, ""
		}
		// "The <document> notes …" in a development bank's own
		// release: a document no sentence gives an issuer is the
		// publisher's whose page it is.
		if r.det == "the" {
			if e := x.ownPageBody(); e != nil {
				return e, "description"
			}
		}
		if r.det == "the" && !r.object && courtDocs[r.head] {
			// "The <Court> determined …. The determination <verb>s …": a
			// court's written decision is the court's that ruled, named
			// before it.
			if e := x.courtThatRuled("court", si, at); e != nil {
				return e, "description"
			}
		}
		// "The readout said": the body named last issued it; a report or
		// a review is as often someone else's.
		if !issuedDocs[r.head] {
			break
		}
		if e := x.lastBody(si, at); e != nil {
			return e, "description"
		}
	case refOrgDesc:
		if r.det == "its" && !r.object && stateHeads[r.head] {
			// "<Country> rejected the accusation. Its foreign ministry
			// said …": the state body of the country "its" stands for,
			// as the registry lists it.
			if c := x.antecedent(orgOnly, si, at); c != nil && c.kind == "place" {
				if e := x.stateBody(c.name+"'s "+r.text, si); e != nil && e.reg != nil {
					return e, "description"
				}
			}
		}
		if r.det == "the" && !r.object && seatedHeads[r.head] {
			// "the <Nationality> embassy in <City> said": a state's mission
			// named by its sender's adjective and its seat is one body, as
			// "<Country>'s embassy in <City>" is; fullBody names it by the
			// two states where the registry's convention does.
			if e := x.seatedMission(r.text, r.head); e != nil {
				return e, ""
			}
		}
		if r.indefinite {
			// "a Nairobi-based trader said", "one company said": someone
			// or some body the article does not name, never the body
			// named before.
			return nil, ""
		}
		if i := strings.Index(r.text, " of "); i > 0 && stateArms[r.head] {
			// "the military of <country>", "the regime of <country>": a
			// state's arm with no name of its own speaks as the country.
			if c := x.countryOf(strings.TrimPrefix(r.text[i+4:], "the ")); c != "" {
				if e := x.cast.lookup(c); e != nil && e.kind == "place" {
					return e, ""
				}
				return x.cast.place(c), ""
			}
		}
		if r.det == "the" && len(x.cast.reg.theAlias) > 0 {
			// "the institute" when the registry lists it so: the
			// registry's word over a body the article named with that
			// head.
			if s := x.cast.reg.theAlias[r.text]; s != nil && x.namesRegistry(s) { // a description is in lower case, folded already
				return x.cast.fromRegistry(s), "description"
			}
		}
		if s := x.regDescription(r.text); s != nil {
			// The registry lists the description itself as a body's alias
			// ("the <nationality> government" of a territory whose
			// adjective is not its name's): its entry, over a body the
			// article read from the description's capitalised word.
			return x.cast.fromRegistry(s), "description"
		}
		if first, rest, ok := strings.Cut(r.text, " "); ok && placedAdjective(first) {
			// "the Sanaa-based Houthi authorities": where a body sits or
			// who backs it is no part of the name the registry lists.
			if s := x.cast.regSpeaker(rest); s != nil {
				return x.cast.fromRegistry(s), "description"
			}
		}
		if r.det == "the" && stateArms[r.head] && (r.text == r.head || interimArm(r.text)) {
			// "In <Country>, the authorities said …": the country
			// the sentence opens in, whose authorities they are.
			c := x.openingCountry(si, at)
			if c == "" {
				// "QUESTION: … on <Country> …?" over "MINISTER: The
				// authorities have told us …": the country asked about.
				c = x.askedCountry(si)
			}
			if c != "" {
				if e := x.cast.lookup(c); e != nil && e.kind == "place" {
					return e, "description"
				}
				return x.cast.place(c), "description"
			}
		}
		if e := x.nationalLowerBody(r); e != nil {
			return e, "description"
		}
		if e := x.governmentsLowerBody(r, si); e != nil {
			return e, "description"
		}
		if e := x.nationsArm(r); e != nil {
			return e, "description"
		}
		if r.det == "the" && r.text == r.head && nationalVoices[r.head] && !r.object {
			// "The <Nationality> side proposed …. The delegation said":
			// the side or delegation the article named by its country last.
			if e := x.lastNationalSide(si, at); e != nil {
				return e, "description"
			}
		}
		if e := x.nationalGovernment(r, si); e != nil {
			return e, "description"
		}
		if e := x.companySpeaker(r.head, si); e != nil {
			return e, "description"
		}
		if courtHeads[r.head] && r.text == r.head {
			// "The court said" after "… can be appealed to the <City>
			// Court of Appeal": the court that ruled, named before it.
			if e := x.courtThatRuled(r.head, si, at); e != nil {
				return e, "description"
			}
		}
		if r.det == "the" && r.text == r.head && genericOrgHeads[r.head] {
			// "the organization warned" in a body's own release: the body
			// itself, however the release described it before.
			if e := x.ownBody(); e != nil {
				return e, "description"
			}
		}
		if e := x.orgByHeadAt(r.head, si, at); e != nil {
			return e, "description"
		}
		if r.det == "the" && r.text == r.head && !r.object {
			if e := x.capitalsCompany(r.head, si); e != nil {
				return e, "description"
			}
		}
		if r.det == "the" && r.text == r.head && !r.object && (r.head == "team" || r.head == "club") {
			if e := x.namedSide(r.head, si, at); e != nil {
				return e, "description"
			}
		}
		if r.det == "the" && r.text == r.head {
			if e := x.bodyInTitleBefore(r.head, si, at); e != nil {
				return e, "description"
			}
			if r.head == "office" && !r.object {
				// "<Agency> in <Place> said …. “…,” the office said": an
				// agency's local office, the one body — no company — that
				// sentence or this one named before, whatever its own
				// name's head.
				if e := x.bodyJustNamed(si, at); e != nil && !e.business {
					return e, "description"
				}
			}
		}
		if e := x.headlineBody(r, si); e != nil {
			return e, "description"
		}
		if r.det == "the" && r.text == r.head && x.cast.reg != nil {
			if s := x.stateOrgan(r.head); s != nil {
				return x.cast.fromRegistry(s), "description" // "the presidency" for "Presidency of <Country>"
			}
		}
		if s := x.cast.regSpeaker("the " + r.text); s != nil {
			return x.cast.fromRegistry(s), "description"
		}
		if r.det == "the" && !r.object && orgHeads[r.head] {
			if e := x.apposedOwner(r.text, si, at); e != nil {
				return e, "description"
			}
		}
		if r.det == "the" && r.text == "ministry" && !r.object {
			// "Minister of <Field> X said …. The ministry said": no
			// ministry named before, the one the minister named last
			// heads, as the registry lists it.
			if e := x.lastMinistersMinistry(si, at); e != nil {
				return e, "description"
			}
		}
	}
	if r.det == "the" && !r.object && (r.kind == refOrgDesc || r.kind == refSomeone || r.kind == refOrg) && strings.EqualFold(r.text, "city") {
		if e := x.cityBody(); e != nil {
			return e, "description"
		}
	}
	if e := x.describedLast(r, si, at); e != nil {
		return e, "description"
	}
	if e := x.introducedByNoun(r, si, at); e != nil {
		return e, "description"
	}
	if r.kind == refSomeone && r.det == "the" && r.text == "airport" && !r.object {
		// "<Place> Airport <Words> will …. The airport said …": an
		// airport speaks through its operator, the one the article
		// named last by its name.
		if e := x.airportNamed(si); e != nil {
			return e, "description"
		}
	}
	return nil, ""
}

// airportNamed returns the airport the article named last before
// sentence si, or in it, by a capitalised name around the word
// "airport" ("<Place> Airport <Words>", "<City> airport"), added as a
// body of that name; nil when it named none. The word must follow a
// capitalised word, so "Airport" opening a sentence or a title
// ("Airport chief executive …") names no airport by itself.
func (x *extractor) airportNamed(si int) *entity {
	for t := si; t >= 0; t-- {
		s := x.d.sents[t]
		p := x.d.paras[s.p]
		for k := s.b - 1; k > s.a; k-- {
			if !p.isWordAt(k) || p.lw(k) != "airport" || !p.isWordAt(k-1) || !p.toks[k-1].isCap(p.text) {
				continue
			}
			a, b := k-1, k+1
			for a > s.a && p.isWordAt(a-1) && p.toks[a-1].isCap(p.text) && p.toks[a-1].class&(cFunction|cDet|cPrep|cSpeech) == 0 {
				a--
			}
			for b < s.b && p.isWordAt(b) && p.toks[b].isCap(p.text) && !isPossessive(p.word(b-1)) && p.toks[b].class&(cFunction|cDet|cPrep|cSpeech|cRole) == 0 {
				b++
			}
			if a == s.a && p.toks[a].class&(cFunction|cDet|cPrep) != 0 {
				a++
			}
			if a >= k {
				continue
			}
			return x.cast.org(stripPossessive(p.textOf(a, b)), "airport")
		}
	}
	return nil
}

// The document nouns a body's periodical publication ends its title in
// ("<Field> Stability Review", "Monetary Policy Report", "Economic
// Survey", "<Region> Economic Outlook") are a closed class, listed in
// publicationWord: report, review, survey, outlook, bulletin.

// publicationHead returns the document noun, in lower case, that ends a
// capitalised name with no role ("The <Field> Review", "the Survey"), ""
// for any other name.
func publicationHead(r *ref) string {
	if r.role != "" || r.name == "" {
		return ""
	}
	sp := strings.LastIndexByte(r.name, ' ')
	if sp < 0 && r.det != "the" {
		return "" // one word: "the Survey" only
	}
	return publicationWord(r.name[sp+1:])
}

// publicationWord returns a capitalised word's lower case when it is a
// publication noun (report, review, survey, outlook, bulletin), else "":
// asked of most names' last words, so read without allocating.
func publicationWord(w string) string {
	if !isCapWord(w) {
		return ""
	}
	var buf [16]byte
	lw, ok := lowerASCIIWord(buf[:], w)
	if !ok {
		return ""
	}
	switch string(lw) { // constants: no string made
	case "report":
		return "report"
	case "review":
		return "review"
	case "survey":
		return "survey"
	case "outlook":
		return "outlook"
	case "bulletin":
		return "bulletin"
	}
	return ""
}

// publicationName reports whether a body's name is a publication's
// title: two capitalised words or more, the last before any "of" or "on"
// a publication noun ("<Field> Stability Review", "<Year> Synthesis Report
// on …").
func publicationName(name string) bool {
	if i := strings.Index(name, " of "); i > 0 {
		name = name[:i]
	}
	if i := strings.Index(name, " on "); i > 0 {
		name = name[:i]
	}
	sp := strings.LastIndexByte(name, ' ')
	if sp < 0 {
		return false
	}
	return publicationWord(name[sp+1:]) != ""
}

// titlesOffice returns the body named "Office of the <title>" in sentence
// si or the three before it, for "the <title>" that no one named holds:
// "The Office of the <Title>, which …, welcomed …. “…,” the <Title>
// said" — copy calls such an office by its holder's title, and the
// office speaks. Nil when no such office is named there. An office the
// registry lists with its country is its entry, for the country the
// article names most.
func (x *extractor) titlesOffice(title string, si int) *entity {
	const office = "office of the "
	for s := si; s >= 0 && si-s <= 3; s-- {
		for _, m := range x.mentions[s] {
			n := m.e.name
			if m.e.kind != "organisation" || len(n) < len(office)+len(title) || !strings.EqualFold(n[:len(office)], office) {
				continue
			}
			rest := n[len(office):]
			if strings.EqualFold(rest, title) {
				// "the Office of the <Title>" for the registry's
				// "Office of the <Title> of <Country>".
				if m.e.reg == nil {
					if e := x.titleOffice(title, officePlaced|officeHome); e != nil {
						return e
					}
				}
				return m.e
			}
			if strings.EqualFold(rest[:len(title)], title) && len(rest) > len(title)+4 && strings.EqualFold(rest[len(title):len(title)+4], " of ") {
				// "the Office of the <Title> of <Place>": that name
				// placed, else the title's office at home.
				if m.e.reg == nil && x.cast.reg != nil {
					if sp := x.placedBody(foldText(n)); sp != nil {
						return x.cast.fromRegistry(sp)
					}
					if e := x.titleOffice(title, officeHome); e != nil {
						return e
					}
				}
				return m.e
			}
		}
	}
	return nil
}

// officeOfPlace returns the registry body named "<office> of <place>"
// (the folded office's name given) for the country the story is filed
// from, else the one whose place the article's words name ("the <Islands>"
// as "<Islands>"); nil when none or several do.
func (x *extractor) officeOfPlace(office string) *briefings.Speaker {
	var found *briefings.Speaker
	home := ""
	for _, o := range x.cast.reg.orgRoles {
		n := foldText(o.sp.Name)
		place, ok := strings.CutPrefix(n, office+" of ")
		if !ok {
			continue
		}
		place = strings.TrimPrefix(place, "the ")
		if home == "" {
			home = strings.TrimPrefix(foldText(x.homeCountry()), "the ")
		}
		if place == home {
			return o.sp // the dateline's country: "MANILA, Philippines —"
		}
		for _, p := range x.d.paras {
			if i := strings.Index(p.lower, place); i >= 0 && (i == 0 || !unicode.IsLetter(rune(p.lower[i-1]))) {
				if found != nil && found != o.sp {
					return nil
				}
				found = o.sp
				break
			}
		}
	}
	return found
}

// groupsBody returns the one body the article names around sentence si
// (the six sentences before it, the four after) that a bare plural group
// stands for: "<Nationality> unions say …" in a standfirst over a story
// about "the Confederation of <Nationality> Trade Unions", "organizers
// promise …" over a festival the registry describes with its organisers.
// The body's name holds the plural and the group's other words, or its
// registry role holds the plural (either spelling of "-iz-"/"-is-").
// Nil for any other phrase, or when no body or more than one fits.
func (x *extractor) groupsBody(r *ref, si int) *entity {
	if r.object || r.indefinite || r.det != "" && r.det != "the" || r.org != "" {
		return nil
	}
	// The plural groups that speak as one body: a union centre's
	// unions, an event's organisers. Most phrases are none, and are
	// turned away before any word is lowered or listed.
	if last := r.text[strings.LastIndexByte(r.text, ' ')+1:]; !strings.EqualFold(last, "unions") && !strings.EqualFold(last, "organizers") && !strings.EqualFold(last, "organisers") {
		return nil
	}
	words := strings.Fields(strings.ToLower(r.text))
	if len(words) > 2 {
		return nil
	}
	head := words[len(words)-1]
	other := strings.Replace(head, "iz", "is", 1)
	if other == head {
		other = strings.Replace(head, "is", "iz", 1)
	}
	var found *entity
	for s := max(0, si-6); s < len(x.mentions) && s <= si+4; s++ {
		for _, m := range x.mentions[s] {
			e := m.e
			if e.kind != "organisation" || e == found {
				continue
			}
			name := " " + foldText(e.display()) + " "
			fits := strings.Contains(name, " "+head+" ")
			for _, w := range words[:len(words)-1] {
				fits = fits && strings.Contains(name, " "+w+" ")
			}
			if !fits && len(words) == 1 && e.reg != nil {
				role := " " + foldText(e.reg.Role) + " "
				fits = strings.Contains(role, " "+head+" ") || strings.Contains(role, " "+other+" ")
			}
			if !fits {
				continue
			}
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// titledWork returns the body whose titled work a name is: "The <Body>'s
// latest Economic Survey of <Country> finds that …" names the survey by
// its title after its publisher's possessive, and the survey speaks for
// the body; "the Survey calls for …" later is the same work. Nil when the
// name's head is no work's noun ("Survey", "Outlook", "Report", …) or no
// body's possessive stands before it (at most two words in lower case
// between) and none did before it in the article.
func (x *extractor) titledWork(r *ref, si int) *entity {
	name := r.name
	if name == "" {
		name = r.text
	}
	if i := strings.Index(name, " of "); i > 0 {
		name = name[:i]
	}
	head := name[strings.LastIndexByte(name, ' ')+1:]
	if !isTitledWork(head) {
		return nil // most names: no word is lowered or looked up
	}
	head = strings.ToLower(head)
	sr := x.d.sents[si]
	p := x.d.paras[sr.p]
	first, second, _ := strings.Cut(name, " ")
	second, _, _ = strings.Cut(second, " ")
	start := -1
	for k := sr.a; k < sr.b && start < 0; k++ {
		if p.isWordAt(k) && p.word(k) == first && (second == "" || p.word(k+1) == second) {
			start = k // where the name stands in the sentence
		}
	}
	if start < 0 {
		return x.workOwners[head]
	}
	k := start - 1
	for n := 0; n < 2 && k > sr.a && p.isWordAt(k) && !p.toks[k].isCap(p.text) && !isPossessive(p.word(k)); n++ {
		k-- // "<Body>'s latest", "<Body>'s new annual"
	}
	if k >= sr.a && k != start && p.isWordAt(k) && isPossessive(p.word(k)) && p.toks[k].isCap(p.text) {
		j := k
		for j-1 >= sr.a && j > k-5 && p.isNameWord(j-1) && !isPossessive(p.word(j-1)) {
			j-- // "The <Place> Reserve Bank's"
		}
		owner := stripPossessive(p.textOf(j, k+1))
		var e *entity
		if s := x.cast.regSpeaker(owner); s != nil && s.Kind == "organisation" {
			e = x.cast.fromRegistry(s)
		} else if o := x.cast.lookup(owner); o != nil && o.kind == "organisation" {
			e = o
		} else if orgHeads[strings.ToLower(stripPossessive(p.word(k)))] {
			// A body by its name's head word ("<Place> Reserve Bank"),
			// though its possessive read like a person's name.
			if e = x.cast.org(owner, ""); e.kind != "organisation" {
				e = nil
			}
		}
		if e != nil {
			if x.workOwners == nil {
				x.workOwners = map[string]*entity{}
			}
			x.workOwners[head] = e
		}
		return e
	}
	return x.workOwners[head]
}

// titledWorks are the nouns that end a body's periodic publication's
// title: "Economic Survey", "World Economic Outlook", "Financial
// Stability Report".
var titledWorks = [...]string{"survey", "outlook", "report", "review", "assessment", "bulletin"}

// isTitledWork reports whether w is one of titledWorks, in any case,
// without lowering it.
func isTitledWork(w string) bool {
	for _, t := range titledWorks {
		if len(w) == len(t) && strings.EqualFold(w, t) {
			return true
		}
	}
	return false
}

// describedBeforeNamed resolves "he" or "she" in sentence si when the
// sentence before it, in the same paragraph or the one before, describes
// someone unnamed with "a|an [<adjective>] <noun>" and a sentence opening
// the paragraph after names them: "… an <adjective> man <verb>s …" ¶
// "“…,” he <verb>s …" ¶ "The <adjective> man is <Given> <Surname>, …". A
// feature's opening scene introduces its subject so, and names them only
// after their first words. Nil when nothing so describes and names.
func (x *extractor) describedBeforeNamed(si int, g gender) *entity {
	if si == 0 {
		return nil
	}
	prev := x.d.sents[si-1]
	if x.d.sents[si].p-prev.p > 1 {
		return nil
	}
	p := x.d.paras[prev.p]
	noun := ""
	for k := prev.a; k+1 < prev.b && noun == ""; k++ {
		if l := p.lowerAt(k); l != "a" && l != "an" || p.toks[k].q != 0 {
			continue
		}
		for j := k + 1; j < prev.b && j <= k+2; j++ {
			if ng, ok := personNouns[p.lowerAt(j)]; ok && (ng == g || ng == unknownGender) && p.toks[j].q == 0 {
				noun = p.lowerAt(j)
				break
			}
		}
	}
	if noun == "" {
		return nil
	}
	for s := si + 1; s < len(x.d.sents) && s <= si+3 && x.d.sents[s].p <= x.d.sents[si].p+1; s++ {
		ds := x.d.sents[s]
		q := x.d.paras[ds.p]
		if s != q.first || q.lowerAt(ds.a) != "the" {
			continue // the sentence opening its paragraph
		}
		a := ds.a + 1
		if q.lowerAt(a) != noun {
			a++ // "The <adjective> <noun>"
		}
		if q.lowerAt(a) != noun {
			continue
		}
		if v := q.lowerAt(a + 1); v != "is" && v != "was" {
			continue
		}
		k, j := a+2, a+2
		for j < ds.b && q.isNameWord(j) && q.toks[j].q == 0 {
			j++
		}
		if j-k < 2 || j < ds.b && !q.isComma(j) && q.lowerAt(j) != "." {
			continue
		}
		if e := x.cast.lookup(q.nameOf(k, j)); e != nil && e.kind == "person" && genderAgrees(e.gender, g) {
			return e
		}
	}
	return nil
}

// describedThenNamed returns the person a feature names right after describing
// them as the noun's subject at sentence si: a sentence opening the next
// few, in this paragraph or the next, "The <noun> is X Y", "Her name is X
// Y" ("His …" for a man). The name has two words or more; nil when no such
// sentence follows.
func (x *extractor) describedThenNamed(si int, noun string, g gender) *entity {
	for s := si + 1; s < len(x.d.sents) && s <= si+3 && x.d.sents[s].p <= x.d.sents[si].p+1; s++ {
		ds := x.d.sents[s]
		p := x.d.paras[ds.p]
		a := ds.a
		first, second := p.lowerAt(a), p.lowerAt(a+1)
		switch {
		case first == "the" && second == noun:
		case second == "name" && (first == "her" && g != male || first == "his" && g != female):
		default:
			continue
		}
		if v := p.lowerAt(a + 2); v != "is" && v != "was" {
			continue
		}
		k := a + 3
		j := k
		for j < ds.b && p.isNameWord(j) && p.toks[j].q == 0 {
			j++
		}
		if j-k < 2 || j < ds.b && !p.isComma(j) && p.toks[j].kind != tEnd && p.lowerAt(j) != "." {
			continue
		}
		name := p.nameOf(k, j)
		if e := x.cast.lookup(name); e != nil && e.kind == "person" {
			return e
		}
		return x.cast.person(name, "", g, true)
	}
	return nil
}

// selfNamed returns the person a sentence describes and then names by the
// one name they gave ("…,” said a <noun> who gave only her first name,
// <Name>", "said a <noun> who asked that only her first name, <Name>, be
// used"), or nil when sentence si gives no such name. Copy that withholds a
// surname says so in these words; the given name is then all the name
// there is. givenName reads the clause, as it does for an unnamed subject
// that opens its sentence.
func (x *extractor) selfNamed(si int, g gender) *entity {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	for k := s.a; k < s.b; k++ {
		if l := p.lowerAt(k); (l != "who" && l != "whom") || p.toks[k].q != 0 {
			continue
		}
		return x.clauseGivenPerson(p, k, s.b, g)
	}
	return nil
}

// clauseGivenPerson is the person the relative clause opening at token k
// (before end) names by a given name alone, of gender g or else the
// clause's; nil when it names none. selfNamed and selfNamedAt differ only
// in where they look for the clause.
func (x *extractor) clauseGivenPerson(p *para, k, end int, g gender) *entity {
	n, ng := p.givenName(k, end)
	if n == 0 {
		return nil
	}
	if g == unknownGender {
		g = ng
	}
	return x.givenPerson(p.word(n), g)
}

// selfNamedAt is selfNamed for a definite noun at token at: only a
// relative clause opening a few tokens after it, behind a comma ("the
// <noun>, who gave only his first name, <Name>"), names it, so a clause
// about someone else later in the sentence does not.
func (x *extractor) selfNamedAt(si, at int, g gender) *entity {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	for k := at + 1; k < s.b && k <= at+4; k++ {
		if l := p.lowerAt(k); l != "who" || p.toks[k].q != 0 || !p.isComma(k-1) {
			continue
		}
		return x.clauseGivenPerson(p, k, s.b, g)
	}
	return nil
}

// namedLater returns the person a feature describes as the noun's subject
// at sentence si and names, a few sentences on in the same or the next
// paragraph, in a sentence about them that opens with a pronoun of their
// gender and asks to be called by a name ("“…,” the <noun> says. … She
// asked to be called <Name>."); nil when none follows.
func (x *extractor) namedLater(si int, g gender) *entity {
	for s := si + 1; s < len(x.d.sents) && s <= si+4 && x.d.sents[s].p <= x.d.sents[si].p+1; s++ {
		ds := x.d.sents[s]
		p := x.d.paras[ds.p]
		if pg := personalPronouns[p.lowerAt(ds.a)]; (pg != male && pg != female) || p.lowerAt(ds.a) == "his" || p.lowerAt(ds.a) == "her" || !genderAgrees(g, pg) {
			continue
		}
		for i := ds.a + 1; i < ds.b; i++ {
			// "to call her <Name>", "to be called <Name>", "to be
			// identified only as <Name>": asked for, not "She called X".
			if p.toks[i].q != 0 || p.lowerAt(i-1) != "to" && p.lowerAt(i-1) != "be" && p.lowerAt(i-2) != "be" || p.negatedBefore(i) {
				continue
			}
			if n := p.nameAfterNaming(i, ds.b); n > 0 {
				return x.givenPerson(p.word(n), g)
			}
		}
	}
	return nil
}

// givenPerson is the person called by the one name they gave: the one the
// article knows by it, else a new person.
func (x *extractor) givenPerson(name string, g gender) *entity {
	if e := x.cast.lookup(name); e != nil {
		if e.kind == "person" {
			return e
		}
		return nil
	}
	return x.cast.person(name, "", g, true)
}

// negatedBefore reports whether one of the four words before token i
// denies it: "asked not to be identified", "declined to be named".
func (p *para) negatedBefore(i int) bool { return p.negatedFrom(i-4, i) }

// negatedFrom is negatedBefore with the look-back starting no earlier
// than token lo, for a clause that must not reach past its own verb.
func (p *para) negatedFrom(lo, i int) bool {
	for d := max(lo, 0); d < i; d++ {
		if l := p.lowerAt(d); l == "not" || l == "declined" || l == "refused" {
			return true
		}
	}
	return false
}

// workOwner resolves a body's work as the subject of a speech or finding
// verb — "its latest outlook warned", "its report found", "<Body>'s
// analysis warns" — to the body that owns it: the body "its" means, or the
// one the possessive names, as the article or the registry knows it. A
// document speaks for whoever wrote it, and the possessive says who did.
// Nil for a person's possessive ("her report", whose author the pronoun
// rules find), for people or a body's organs or units after the
// possessive ("its spokesman", "its board"), which other rules read, and
// when "its" finds no body.
func (x *extractor) workOwner(r *ref, si, at int) *entity {
	if r.object {
		return nil
	}
	words := strings.Fields(r.text)
	if len(words) == 0 || len(words) > 5 {
		return nil
	}
	for _, w := range words {
		if !unicode.IsLetter(firstRune(w)) {
			return nil // a phrase run over a dash or a quote is no one noun phrase
		}
	}
	last := strings.ToLower(words[len(words)-1])
	if describesPerson(last) || personBySuffix(last) || pluralOfPeople(last) || isRoleWord(strings.TrimSuffix(last, "s")) ||
		orgHeads[last] || bodyOrgans[last] || kinNouns[last] || groupNouns[last] {
		return nil
	}
	if r.det == "its" {
		e := x.antecedent(orgOnly, si, at)
		if e == nil || e.kind != "organisation" && e.kind != "place" {
			return nil
		}
		sr := x.d.sents[si]
		p := x.d.paras[sr.p]
		for k := sr.a; k < at && k < sr.b; k++ {
			if p.isNameWord(k) && !(k == sr.a && p.lw(k) == "its") {
				return nil // "X pitched it … “…,” its video promised": the sentence's own subject may own it
			}
		}
		return e
	}
	if r.det != "" && !(r.det == "the" && strings.HasPrefix(r.surface, "the ") || strings.HasPrefix(r.surface, "The ")) {
		return nil
	}
	// The owner is the capitals up to the possessive: "<Body>'s analysis",
	// "The <Two Words>'s latest assessment", "<Field> and <Field>'s
	// preseason outlook" (a body's name that holds an "and").
	own := -1
	for i, w := range words[:len(words)-1] {
		if isPossessive(w) {
			own = i
			break
		}
		if !unicode.IsUpper(firstRune(w)) && w != "and" && w != "of" || i >= 3 {
			return nil
		}
	}
	if own < 0 || !unicode.IsUpper(firstRune(words[0])) || r.det == "" && own > 0 && !strings.Contains(r.text, " and ") {
		return nil
	}
	owner := stripPossessive(strings.Join(words[:own+1], " "))
	if s := x.cast.regSpeaker(owner); s != nil {
		if s.Kind != "organisation" {
			return nil
		}
		return x.cast.fromRegistry(s)
	}
	if e := x.cast.lookup(owner); e != nil && e.kind == "organisation" {
		return e
	}
	if own > 0 {
		return x.cast.clippedBody(words[:own+1], nil)
	}
	if h := strings.ToLower(owner); r.det == "the" && orgHeads[h] {
		// "The Ministry's decision says": the body "the Ministry"
		// means, named before by its full name.
		if e := x.orgByHeadAt(h, si, at); e != nil && e.kind == "organisation" {
			return e
		}
	}
	return nil
}

// clippedBody returns the one body the article named whose name ends in
// the words given, each of the others a clipping of one of its words in
// order — "the Met Office" for "<Nation> Meteorological Office", "the Stats
// Bureau" for "<Nation> Statistics Bureau" — as copy shortens a long name
// it has already given; nil when no body or more than one fits. The body
// named by the clipping itself (except) is none of them.
func (c *cast) clippedBody(words []string, except *entity) *entity {
	n := len(words)
	last := stripPossessive(words[n-1])
	var found *entity
	for _, e := range c.all {
		if e == except || e.kind != "organisation" || !strings.HasSuffix(e.name, " "+last) {
			continue
		}
		name := strings.Fields(e.name)
		j := 0
		for _, w := range words[:n-1] {
			for j < len(name)-1 && !(len(w) >= 3 && len(name[j]) > len(w) && strings.HasPrefix(name[j], w) || name[j] == w) {
				j++
			}
			if j == len(name)-1 {
				j = -1
				break
			}
			j++
		}
		if j < 0 || found != nil && found != e {
			if j >= 0 {
				return nil
			}
			continue
		}
		found = e
	}
	return found
}

// clippedName returns the one body the article named in full for a body
// named again by a clipping of its words ("the <Clip> <Head>" for
// "<Nation> <Word> <Head>"), as clippedBody finds it: two or three words,
// the first a capitalised clipping of three to five letters, and at least
// one word of the name cut short, so a name the copy gives whole is left
// to the rules for longer names. Nil when no body or more than one fits.
func (c *cast) clippedName(e *entity) *entity {
	if e.kind != "organisation" || e.reg != nil {
		return nil
	}
	name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
	first, _, _ := strings.Cut(name, " ")
	if len(first) < 3 || len(first) > 5 || !isCapWord(first) || isAcronym(first) {
		return nil
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 {
		return nil
	}
	b := c.clippedBody(words, e)
	if b == nil || strings.Contains(" "+b.name+" ", " "+first+" ") { // b != e: e is clippedBody's except
		return nil
	}
	return b
}

// introducedByNoun resolves "the <noun>" for a person whom no title held
// and no recent speaker fits to the person the article introduced with a
// word of the same stem or a synonym of the noun: "the <agent>" after a
// work "<verb>ed by X" or "X has <verb>ed", after "X, the <synonym> of
// …", after "a <work> by X" for the agent noun of that work. The word
// must stand near a mention of the person, outside quotes, or in their
// role; the most recent such person wins. Nil when no one was introduced
// so, or the noun is a post one unnamed person holds or a body's voice.
func (x *extractor) introducedByNoun(r *ref, si, at int) *entity {
	if r.det != "the" || r.object || r.plural() || r.kind != refRole && r.kind != refSomeone && r.kind != refOrgDesc {
		return nil
	}
	head := strings.ToLower(r.text[strings.LastIndexByte(r.text, ' ')+1:])
	if head != r.head || singleOffices[head] || speaksForBody(head) || counterparts[head] || businessHeads[head] {
		return nil
	}
	stem := agentStem(head)
	if stem == "" && len(nounSynonyms[head]) == 0 {
		return nil
	}
	agent := func(w string) bool { // the verb or work, not the agent noun again
		return stem != "" && strings.HasPrefix(w, stem) && w != head && w != head+"s"
	}
	introduced := func(s int, m mention) bool {
		e := m.e
		if e.kind != "person" || r.gender != unknownGender && e.gender != unknownGender && r.gender != e.gender {
			return false
		}
		for w := range strings.FieldsSeq(strings.ToLower(e.role)) {
			if slices.Contains(nounSynonyms[head], w) {
				return true
			}
		}
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		word := func(k int) string {
			if k < sr.a || k >= sr.b || p.toks[k].q != 0 || !p.isWordAt(k) {
				return ""
			}
			return p.lw(k)
		}
		// "<Synonym> X" or "X, the <synonym> of …".
		for k := m.tok - 2; k <= m.tok+4; k++ {
			if w := word(k); w != "" && slices.Contains(nounSynonyms[head], w) {
				return true
			}
		}
		// "<Stem> <noun> X" ("hill-climb winner X" for "the hill-climber"):
		// the stem itself, a word of the title before the name.
		for k := m.tok - 3; k < m.tok; k++ {
			if w := word(k); w == stem && k+1 < m.tok && word(k+1) != "" {
				return true
			}
		}
		// "<work|verb>ed by [a few words] X": the agent of the work.
		for k := m.tok - 5; k < m.tok; k++ {
			if agent(word(k)) && word(k+1) == "by" {
				return true
			}
		}
		// "X[, 58,] has <verb>ed …": X the subject of the verb.
		if k := x.askedClauseEnd(s); m.tok >= k {
			for k := m.tok + 1; k < sr.b && k <= m.tok+6; k++ {
				if agent(word(k)) {
					return true
				}
				if p.isNameWord(k) && k > m.tok+1 || clauseTurn[word(k)] {
					break // "X on <score>, but <work>ed <Name> …": the next clause's subject did it
				}
			}
		}
		return false
	}
	for s := si; s >= 0; s-- {
		ms := x.mentions[s]
		for i := len(ms) - 1; i >= 0; i-- {
			if (s < si || ms[i].tok < at) && introduced(s, ms[i]) {
				return ms[i].e
			}
		}
	}
	return nil
}

// clauseTurn are the conjunctions that open a new clause with its own
// subject, after which a verb is no longer the name's before them.
var clauseTurn = set(`but while whereas yet although though`)

// agentStem returns what an agent noun names its doer by, the noun less
// its agent ending ("direct" of "director", "design" of "designer"), so
// that the verb or noun the article introduced someone with shares it;
// or, for an agent noun of a work, the work ("report" of "rapporteur").
// "" when the stem is too short to tell anything.
func agentStem(noun string) string {
	if w, ok := agentWorks[noun]; ok {
		return w
	}
	for _, suf := range []string{"eur", "er", "or", "ist"} {
		if st, ok := strings.CutSuffix(noun, suf); ok && len(st) >= 5 {
			return st
		}
	}
	return ""
}

// agentWorks are agent nouns whose work the article names by a word of
// another stem: "a report by X" makes X the rapporteur.
var agentWorks = map[string]string{"rapporteur": "report"}

// nounSynonyms are descriptions copy uses for one another when it names a
// person again: a programme's host is its presenter.
var nounSynonyms = map[string][]string{
	"presenter": {"host", "anchor", "presenter"},
	"host":      {"presenter", "anchor"},
	"anchor":    {"presenter", "host"},
}

// cityBody resolves "the city said" (or "the City", as South African and
// British copy write it) to the registry's "City of X" whose city the
// article names: the municipal government, which a city council or city
// hall speaks for. Else nil.
func (x *extractor) cityBody() *entity {
	for _, o := range x.cast.reg.orgRoles {
		city, ok := strings.CutPrefix(foldText(o.sp.Name), "city of ")
		if !ok || city == "" {
			continue
		}
		for _, p := range x.d.paras {
			if i := strings.Index(p.lower, city); i >= 0 && (i == 0 || !unicode.IsLetter(rune(p.lower[i-1]))) {
				return x.cast.fromRegistry(o.sp)
			}
		}
	}
	return x.homeCityBody()
}

// letterAt reports whether the rune that starts at byte i of s is a
// letter; false at s's end. The rune is decoded, not read as one byte: a
// multi-byte rune's lead byte (the curly apostrophe's 0xE2) is no letter.
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// homeCityBody is cityBody's answer when the registry lists no "City of
// X" the article names: "City of <Place>" for the place the story is
// filed from (its dateline), by the registry's convention for a city's
// government, when that place is no country or state the registry knows
// and the copy names it again in running text, so it is a town the story
// is about. Nil with no dateline.
func (x *extractor) homeCityBody() *entity {
	home := x.d.home
	if home == "" || strings.Contains(home, " ") && len(strings.Fields(home)) > 3 {
		return nil
	}
	if e := x.cast.lookup(home); e != nil && (e.kind == "place" && e.reg != nil && foldText(e.display()) == foldText(home) || e.kind == "person") {
		// A country or state by its own name, or a person's name. A
		// capital the registry lists as its country's alias is still a
		// city with a government of its own.
		return nil
	}
	name := home
	if strings.ToUpper(home) == home {
		// "<CITY> –": a dateline in capitals, the name in its own case.
		var b strings.Builder
		for i, w := range strings.Fields(strings.ToLower(home)) {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(upperFirst(w))
		}
		name = b.String()
	}
	named := false
	for _, p := range x.d.paras {
		if i := strings.Index(p.text, name); i >= 0 && !letterAt(p.text, i+len(name)) {
			named = true
			break
		}
	}
	if !named {
		return nil
	}
	if s := x.cast.regSpeaker("City of " + name); s != nil {
		return x.cast.fromRegistry(s)
	}
	return x.cast.org("City of "+name, "")
}

// compatible reports whether a pronoun can stand for an entity.
func compatible(e *entity, g gender) bool {
	switch g {
	case male:
		return e.kind == "person" && e.confirmed && e.gender != female && (e.gender != unknownGender || e.formGender() != female)
	case female:
		return e.kind == "person" && e.confirmed && e.gender != male && (e.gender != unknownGender || e.formGender() != male)
	case orgOnly:
		return e.kind == "organisation" || e.kind == "place"
	}
	return false
}

// antecedent resolves a pronoun at sentence si, token at: the first
// compatible person named earlier in the same sentence (its subject, as a
// rule), else, going back a sentence at a time, that sentence's speaker or
// its first compatible person — unless a person described and never named
// stands nearer ("A <noun> at <Place> said …. “…,” he said"): then no one.
func (x *extractor) antecedent(g gender, si, at int) *entity {
	e := x.antecedentNamed(g, si, at)
	if e == nil || g != male && g != female {
		return e
	}
	// Only when the one found is not named in the pronoun's sentence or
	// the two before it are those sentences read for the described person
	// (in this paragraph or the one before).
	para := x.d.sents[si].p
	for s := si; s >= 0 && s >= si-2; s-- {
		if x.speakerAt[s] == e {
			return e
		}
		for _, m := range x.mentions[s] {
			if m.e == e && (s < si || m.tok < at) {
				return e
			}
		}
		if s < si && x.d.sents[s].p >= para-1 && x.indefiniteOpens(s) && (x.anonSpeaks(s, g, s == si-1) || x.anonAsked(s, g)) {
			return nil
		}
	}
	return e
}

// antecedentNamed is antecedent's search for someone named.
func (x *extractor) antecedentNamed(g gender, si, at int) *entity {
	if g == plural {
		if s := si - 1; s >= 0 && x.speakerAt[s] != nil && x.d.sents[s].p == x.d.sents[si].p {
			// "A spokesperson for <Body> said …. “…,” they said": the
			// singular "they" of copy that gives an unnamed spokesperson
			// no sex goes on with the one the sentence before made speak,
			// not with whichever bodies the story named.
			if r := x.speakerBy[s]; r != nil && r.indefinite && !r.object && !r.plural() && speaksForBody(r.head) {
				return x.speakerAt[s]
			}
		}
		if x.jointBefore(si, at) {
			// "<The meeting> allowed the two <Titles> to <verb> …, which
			// they described as “…”": both sides at once, whose
			// words a readout gives as its own.
			if e := x.readoutIssuer(si); e != nil {
				return e
			}
		}
		if e := x.organBefore(si, at); e != nil {
			return e
		}
		if e := x.groupOfBody(si); e != nil {
			return e
		}
		return x.loneBodyBefore(si, at)
	}
	if g != male && g != female && g != orgOnly {
		return nil // "I", "we": not one speaker we can name
	}
	from := x.askedClauseEnd(si)
	person := g == male || g == female
	if person && (x.ownPersonBefore(si, at, g) || x.andBefore(si, at) && x.strangerMetBefore(si, at, g)) {
		// "When I met my counterpart, he said …": the counterpart,
		// unnamed; "I had a <noun> come up to me and he said …": the
		// stranger, whose clause the pronoun's follows.
		return nil
	}
	unnamed := func(s, before int) bool {
		u := x.unnamed[s]
		return person && u.tok > 0 && u.tok-1 < before && (u.gender == unknownGender || u.gender == g)
	}
	for k, m := range x.mentions[si] {
		if m.tok >= from && m.tok < at && person && m.e.kind == "anon" && x.opensClause(si, m.tok) && genderAgrees(m.e.gender, g) && !x.namedInApposition(si, k) && !x.ownedByPronoun(si, m.tok, g) {
			if e := x.describedSpeaker(si, m.tok, at); e != nil && compatible(e, g) && e != x.skip {
				return e // "The official added that …, in her words, “…”": the official named before
			}
			return x.anonMeans(m.e, g) // "The minister thanked us. She said …": someone never named
		}
		if m.tok >= from && m.tok < at && compatible(m.e, g) && m.e != x.skip {
			if unnamed(si, m.tok) {
				return nil
			}
			return m.e
		}
	}
	if unnamed(si, at) {
		return nil // "A father of three waited … '…,' he said": no name to give
	}
	para := x.d.sents[si].p
	if p := x.d.paras[para]; len(p.toks) > 0 && p.toks[0].q != 0 {
		// A quote run over paragraphs counts from where it opens: the
		// "she said" closing it is as near the paragraph before it as the
		// quote's first words are.
		para = min(para, x.d.quotes[p.toks[0].q-1].startPara)
	}
	for n := 0; n < 2 && person && para > 0 && x.d.paras[para-1].onlyQuoted(); n++ {
		// "“…,” she <verb>ed.\n\n“…”\n\n<Clause>, she said …": a
		// paragraph of quote alone goes on with the speaker before it,
		// and a pronoun after it is as near that speaker as the
		// quote's own paragraph is.
		para--
	}
	for s := si - 1; s >= 0 && si-s <= 8; s-- {
		if person && s == si-1 && x.d.sents[s].p == x.d.sents[si].p && x.strangerMet(s, g) {
			// "I had a <person noun> <verb> me at <Place>. She said, “…”":
			// the stranger the speaker met, never named.
			return nil
		}
		if person && s == si-1 {
			// "Her husband was blunter. '…,' he said": the relative the
			// sentence before opens with.
			if k := x.kinOpening(s); k != nil && genderAgrees(k.gender, g) && k != x.skip {
				return k
			} else if k == nil && x.unnamedKinOpens(s, g) {
				// "Her only son works in <City>. … a message he had
				// sent her: “…”": the relative, never named.
				return nil
			} else if k == nil && x.d.sents[s].p == x.d.sents[si].p && x.plainPersonOpens(s, g) {
				// "The <person noun> <verb> …. She said, “…”": the
				// person the sentence before opens on, never named.
				return nil
			}
		}
		if person && x.d.sents[s].p < para-1 {
			// Past the paragraph before: the story's subject, when the
			// pronoun fits them, over someone named in passing.
			if ms := x.mainSubject(); ms != nil && ms.gender == g && ms != x.skip {
				return ms
			}
		}
		if unnamed(s, 1<<30) {
			// "A <title> at <Body>, who spoke on behalf of it and asked
			// not to be named, <verb>ed …. “…,” he said": the unnamed
			// voice of a body is the body.
			return x.unnamedVoice(s, g)
		}
		if sp := x.speakerAt[s]; sp != nil && compatible(sp, g) && sp != x.skip {
			return sp
		} else if sp != nil && sp != x.skip && person && x.d.sents[s].p >= para-1 && x.otherSexByTitle(sp, g, si) {
			return sp
		}
		if sp, by := x.speakerAt[s], x.speakerBy[s]; sp != nil && by != nil && by.kind == refRole && sp.kind == "organisation" &&
			(g == male || g == female) && (by.gender == unknownGender || by.gender == g) {
			// "A spokeswoman for Meridian Line said … '…,' she said": the
			// unnamed spokeswoman, who speaks for her organisation.
			return sp
		}
		if g == orgOnly {
			// "It said": the organisation named last — but for an "It"
			// opening its sentence, the body the sentence before opens
			// with as its subject ("The Court made clear that … the
			// Government's power … It stressed …").
			ms := x.mentions[s]
			if s == si-1 {
				if e := x.openingBody(si, at); e != nil {
					return e
				}
				if e := x.describedBodyBefore(si, at); e != nil {
					return e
				}
			}
			for i := len(ms) - 1; i >= 0; i-- {
				if compatible(ms[i].e, g) {
					return ms[i].e
				}
			}
			continue
		}
		// The sentence's subject first: a person named in an opening
		// clause ("Asked about …, when X …, Y shook her head") only when
		// the main clause names no one who fits.
		from := x.askedClauseEnd(s)
		if k := x.subjectPronoun(s, from, g); k >= 0 {
			// "She steers the boat past X. “…,” she says": a "he" or
			// "she" of the same gender ahead of anyone the sentence names
			// is its subject, and carries on whoever it means, not the
			// person named after it as the sentence's object.
			if e := x.antecedent(g, s, k); e != nil || x.skip == nil {
				return e
			}
			continue // the subject was the person skipped: further back
		}
		if e := x.describedSubject(s, from, g); e != nil {
			return e
		}
		var inOpening, owner *entity
		for k, m := range x.mentions[s] {
			if m.tok >= from && m.e.kind == "anon" && x.opensClause(s, m.tok) && genderAgrees(m.e.gender, g) && !x.namedInApposition(s, k) {
				if x.frontedBeforePronoun(s, k, g) {
					continue // "A lawyer by training, she has …": whom "she" means, further back
				}
				if m.e.gender == unknownGender && x.d.sents[s].p < x.d.sents[si].p && x.opensParagraphOn(x.d.paras[x.d.sents[si].p].first, g) {
					// "A spokesperson said: “…”" ¶ "She <verb>s when I
					// <verb> …. “…,” she says.": a paragraph opening
					// on "she" doing something else goes back to the one
					// the story is about, not to a voice of no gender
					// quoted in passing in the paragraph before.
					if ms := x.mainSubject(); ms != nil && ms.gender == g && ms != x.skip {
						return ms
					}
				}
				return x.anonMeans(m.e, g)
			}
			if !compatible(m.e, g) || m.e == x.skip {
				continue
			}
			if m.tok >= from && owner == nil && x.ownsNamedPerson(s, m.tok) {
				// "the farmer's landlord, a man called X": the
				// person the phrase is about is the one named after it.
				owner = m.e
				continue
			}
			if m.tok >= from {
				return m.e
			}
			if inOpening == nil {
				inOpening = m.e
			}
		}
		if inOpening != nil {
			return inOpening
		}
		if owner != nil {
			return owner
		}
	}
	return nil
}

// otherSexByTitle reports whether the speaker sp of a sentence before the
// pronoun's, at sentence si, has the
// other gender than g only by a title in a man's form that women hold as
// well ("the Chairman of <Body>, <Given> <Surname>, said …" ¶ "“…,” she
// said"): the pronoun of the next quote is the copy's own word on the
// speaker's sex, and a title worded for either is not. Only when the name's
// form does not say otherwise and no one who fits the pronoun is named
// before it at all: a "she" after a chairman who is a man ("Board chairman
// X called her …. She says …", "Chairman X asked …. “…,” she replied")
// goes on with a woman the story has named already.
func (x *extractor) otherSexByTitle(sp *entity, g gender, si int) bool {
	if sp.kind != "person" || !sp.confirmed || sp.gender == g || sp.gender == unknownGender || sp.role == "" || sp.formGender() == sp.gender {
		return false
	}
	generic := false
	for _, w := range strings.Fields(strings.ToLower(sp.role)) {
		generic = generic || genericRoles[strings.Trim(w, ",.")]
	}
	if !generic {
		return false
	}
	for s := 0; s < si; s++ {
		for _, m := range x.mentions[s] {
			if m.e != sp && compatible(m.e, g) {
				return false
			}
		}
	}
	return true
}

// describedSubject returns the person a sentence's subject describes
// by title ("The <Team> coach praised <Name>, …"), when the title, read
// as the rules read it, means someone named before who fits gender g and
// the sentence names anyone only after it: a "he" or "she" in the next
// sentence goes on with that subject, not the person the verb's object
// names. Nil otherwise.
func (x *extractor) describedSubject(s, from int, g gender) *entity {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	a := max(sr.a, from)
	if (g != male && g != female) || a+2 >= sr.b || p.lowerAt(a) != "the" || !p.isDet(a) {
		return nil
	}
	k := a + 1
	for k < sr.b && k <= a+3 && p.isWordAt(k) && p.toks[k].isCap(p.text) {
		k++ // "The <Team> coach"
	}
	if k > a+1 && k < sr.b && !p.isRoleAt(k) && p.isRoleAt(k-1) && !p.toks[k].isCap(p.text) {
		// "The <Title> <verb>ed …": a title written with its
		// capital, as releases write their own officers' titles.
		k--
	} else if k < sr.b && p.toks[k].isCap(p.text) {
		return nil
	}
	if k+1 >= sr.b || !p.isRoleAt(k) || !p.isWordAt(k+1) || p.toks[k+1].isCap(p.text) || p.toks[k+1].class&(cFunction|cPrep) != 0 {
		return nil
	}
	for _, m := range x.mentions[s] {
		if m.tok <= k && (m.e.kind != "anon" || m.tok < a) {
			return nil // someone named before the title: not its subject
		}
	}
	r := p.interpret(a, k+1)
	if r == nil {
		return nil
	}
	e, _ := x.resolve(r, s, a)
	if (e == nil || e.kind == "anon") && r.head != "" {
		// The title read back to the same title used bare before ("The
		// <Title> said …" twice): the person named with it, further
		// back, whom both descriptions mean.
		x.namedOnly = true
		e = x.personByRole(strings.ToLower(r.head), strings.ToLower(r.text), s, a)
		x.namedOnly = false
	}
	if e != nil && compatible(e, g) && e != x.skip {
		return e
	}
	return nil
}

// anonSpeaks reports whether sentence s opens, or opens after a comma, on
// a person it describes and never names as the subject of a speech verb:
// "[<Opening>,] a <noun> [at <Place>] said …", "Another, a <noun> in his
// <age>, said …", "the <noun> of one of the <nouns> said …". A "he" or "she" of gender g after it means that person
// when the sentence gives them g ("his", "she", "a <man's noun>") and
// nothing else, or, with no gender given, when the pronoun's sentence is
// the next one (adj) and the phrase's noun is an agent's ("<verb>er",
// "<noun>ist"). Not when anyone is named before the verb, or named after
// all ("a <noun> whom we call <Given>", "his first name, <Given>"), when
// the phrase has a capitalised word but a place's after "at" or "in", or
// when it holds a body the person might speak for ("a <title> at <Body>").
func (x *extractor) anonSpeaks(s int, g gender, adj bool) bool {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	d, v, place, agent := -1, -1, false, false
	lead := -1 // the next token of a capitalised run right after the article
	for i := sr.a; i < sr.b && i-sr.a <= 40 && v < 0; i++ {
		if p.toks[i].q != 0 {
			return false
		}
		if d < 0 {
			if i-sr.a > 12 {
				return false // past any opening clause: "<Opening>, a <noun> …"
			}
			if (p.inList(i, cIndefinite) && !p.isComma(i+1) || p.lowerAt(i) == "the" && p.lowerAt(i+2) == "of" && p.inList(i+3, cIndefinite)) &&
				(i == sr.a || p.isComma(i-1) && !(i-2 == sr.a && p.isNameWord(sr.a) && !p.inList(sr.a, cIndefinite)) || isDash(p.word(i-1)) || i > sr.a && p.timeOpening(sr.a) == i) {
				// "a <noun>", "the <noun> of one of the <nouns>"; not
				// "<Given>, a <noun>, said"; after a live page's stamp
				// ("<Time> — A <noun> …") or a time with no comma ("Last
				// week a <noun> …") as at a sentence's start
				d, lead = i, i+1
			} else if p.isSpeechVerbAt(i) {
				return false
			}
			continue
		}
		if p.isSpeechVerbAt(i) {
			v = i
			break
		}
		l := p.lowerAt(i)
		switch cap := p.isWordAt(i) && p.toks[i].isCap(p.text); {
		case l == "whom":
			return false
		case p.inList(i, cPlacePrep):
			place = true
		case cap && !place && i == lead && p.isWordAt(i+1):
			// "A <Place> <noun> said": a capitalised word or two right
			// after the article, before the noun, is where the person
			// is from; a body there is a mention, which the test below
			// turns away.
			lead++
		case cap && !place:
			return false
		case !cap && l != "the":
			if !place && p.isWordAt(i) && agentNoun(l) {
				agent = true
			}
			place = false
		}
	}
	if v < d+2 || personalPronouns[p.lowerAt(v-1)] != unknownGender || p.lowerAt(v-1) == "they" || p.lowerAt(v-1) == "we" ||
		p.isWordAt(v+1) && p.toks[v+1].isCap(p.text) {
		return false
	}
	for _, m := range x.mentions[s] {
		if m.tok < v && (m.e.kind == "person" || m.tok >= d && m.e.kind != "place" && (m.e.kind != "anon" || m.e.speaksFor != nil)) {
			return false
		}
	}
	gendered := false
	for i := d; i < sr.b; i++ {
		if p.toks[i].q != 0 {
			continue
		}
		for k := i + 1; namingWord(p.lowerAt(i)) && k < sr.b && k <= i+3; k++ {
			if p.isWordAt(k) && p.toks[k].isCap(p.text) {
				return false // "…, who asked to be called only <Given>, said", "his first name, <Given>"
			}
		}
		pg, ok := unknownGender, p.inList(i, cGendered)
		if ok {
			pg = personalPronouns[p.lowerAt(i)]
		} else {
			pg, ok = p.genderAt(i, cPersonNoun, personNouns)
		}
		if ok && pg != unknownGender {
			if pg != g {
				return false
			}
			gendered = true
		}
	}
	return gendered || adj && agent
}

// indefiniteOpens reports whether an "a", "an", "one" or "another" stands
// in sentence s's first 16 tokens, where anonSpeaks and anonAsked look for
// their phrase: a test of class bits alone, so that most sentences the
// search back passes are read no further.
func (x *extractor) indefiniteOpens(s int) bool {
	sr := x.d.sents[s]
	toks := x.d.paras[sr.p].toks
	for i := sr.a; i < sr.b && i-sr.a <= 16; i++ {
		if toks[i].class&cIndefinite != 0 {
			return true
		}
	}
	return false
}

// anonAsked reports whether sentence s tells of a person by "a <noun>"
// and a "who" clause saying they asked not to be named, wherever the
// phrase stands: "I put it to a <noun> who has <verb>ed … and asked that
// his name not be used", "… a <noun>, who spoke on condition of
// anonymity, …". The clause's own "his" or "her", if any, must be of
// gender g; no one is named in the phrase or the clause.
func (x *extractor) anonAsked(s int, g gender) bool {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	d, who := -1, -1
	for i := sr.a; i < sr.b; i++ {
		t := &p.toks[i]
		if who < 0 {
			if i-sr.a > 24 {
				return false // the phrase opens the sentence or its first clause
			}
			// Class bits and a length first: asked of every sentence
			// the search back passes.
			if t.class&cIndefinite != 0 && t.q == 0 && (t.lw == "a" || t.lw == "an") {
				d = i
			} else if d >= 0 && i-d <= 8 && t.e-t.s == 3 && t.lw == "who" {
				who = i
			}
			continue
		}
		if i-who > 24 {
			return false
		}
		l := t.lw
		if t.class&cGendered != 0 {
			if pg := personalPronouns[l]; pg != unknownGender && pg != g {
				return false
			}
			continue
		}
		if l != "anonymity" && l != "named" && l != "identified" && !(l == "used" && p.lowerAt(i-3) == "name") {
			continue
		}
		for k := max(who, i-4); k < i; k++ {
			if m := p.lowerAt(k); l == "anonymity" || m == "not" || m == "declined" || m == "refused" {
				for _, m := range x.mentions[s] {
					if m.tok > d && m.tok < i && m.e.kind != "place" && (m.e.kind != "anon" || m.e.speaksFor != nil) {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// namingWord reports whether a word gives the name a person goes by when
// a capitalised word follows: "his first name, <Given>", "known as
// <Given>".
func namingWord(w string) bool {
	switch w {
	case "name", "named", "called", "call", "calls", "nicknamed", "as":
		return true
	}
	return false
}

// agentNoun reports whether a lower-case word reads as one who does
// something: "<verb>er", "<verb>or", "<noun>ist", "<noun>ian".
func agentNoun(w string) bool {
	return len(w) >= 5 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian"))
}

// placePartRole reports whether a role read before a name ends on a
// place's preposition and a capitalised possessive ("owner in <Town>'s"):
// the name is then a part of that place, not a person with that title.
func placePartRole(role string) bool {
	// The last two words, without a slice of them all: asked of most
	// roles the rules resolve, which seldom end so.
	n, before, last := 0, "", ""
	for w := range strings.FieldsSeq(role) {
		n, before, last = n+1, last, w
	}
	if n < 2 || !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s") {
		return false
	}
	return placeAfter[strings.ToLower(before)] && last != strings.ToLower(last)
}

// subjectPronoun returns the token of the first "he" or "she" of gender g
// outside quotes in sentence s from token from, when no person who fits g
// is named before it there but one is named after it (whom the pronoun,
// as the subject, is not), and it is no reported clause's subject ("X said
// she …", where she may be someone else); else -1. A sentence naming no
// one after its pronoun is left to the search back, which goes on past it.
func (x *extractor) subjectPronoun(s, from int, g gender) int {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	ms := x.mentions[s]
	k := 0
	for i := max(sr.a, from); i < sr.b; i++ {
		for k < len(ms) && ms[k].tok <= i {
			if compatible(ms[k].e, g) || ms[k].e.kind == "anon" {
				return -1
			}
			k++
		}
		t := &p.toks[i]
		if t.kind != tWord || t.q != 0 || t.class&cGendered == 0 {
			continue
		}
		if l := p.low(t); (l == "he" || l == "she") && personalPronouns[l] == g {
			if p.isSpeechVerbAt(i-1) || p.lowerAt(i-1) == "that" || p.lowerAt(i-1) == "when" && p.isSpeechVerbAt(i-2) {
				return -1
			}
			for ; k < len(ms); k++ {
				if compatible(ms[k].e, g) {
					return i
				}
			}
			return -1
		}
	}
	return -1
}

// ownersPeople resolves "the bank's economists" or "the firm's analysts":
// the speaker of the sentence just before, in this paragraph or the one
// before, when it is a body or a name read as a person's with no title
// that has the kind word in it ("X Bank Nordic"); else the body of that
// kind named last; else nil.
func (x *extractor) ownersPeople(text string, si int) *entity {
	i := strings.Index(strings.ReplaceAll(text, "’", "'"), "'s ")
	if i <= 0 || strings.Contains(text[:i], " ") {
		return nil
	}
	owner := text[:i]
	if owner != strings.ToLower(owner) || !orgHeads[owner] {
		return nil
	}
	if si > 0 && x.d.sents[si-1].p >= x.d.sents[si].p-1 {
		switch sp := x.speakerAt[si-1]; {
		case sp == nil:
		case sp.kind == "organisation":
			return sp
		case sp.kind == "person" && sp.role == "" && sp.reg == nil && strings.Contains(" "+strings.ToLower(sp.name)+" ", " "+owner+" "):
			return x.cast.org(sp.name, owner)
		}
	}
	return x.orgByHead(owner, si)
}

// bodyOrgans are the parts of a body that speak for it with no name of
// their own: "the <kind>'s committee" is the body's voice.
var bodyOrgans = set(`committee board council executive management leadership secretariat trustees presidium bureau`)

// possessedOrgan resolves "the <kind>'s <organ>" ("the union's executive",
// "the society's board") to the body named before token at of sentence si
// whose name has the kind word; nil when the possessor is no body's kind
// word or no body named before has it.
func (x *extractor) possessedOrgan(text string, si, at int) *entity {
	owner, _, ok := strings.Cut(strings.ReplaceAll(text, "’", "'"), "'s ")
	if !ok || owner == "" || strings.Contains(owner, " ") || owner != strings.ToLower(owner) || !orgHeads[owner] {
		return nil
	}
	return x.orgByHeadAt(owner, si, at)
}

// groupJustNamed returns the body whose people were the subject of a
// speech verb in sentence si's paragraph or the one before, named with
// the same plural head ("<Body> analysts said", "analysts at <Body>
// said"), when the people of that kind spoke for one body there; else nil.
func (x *extractor) groupJustNamed(head string, si int) *entity {
	para := x.d.sents[si].p
	var found *entity
	for pi := para; pi >= 0 && pi >= para-1; pi-- {
		for _, ev := range x.events[pi] {
			if ev.sent >= si || ev.subj == nil || ev.subj.kind != refRole || ev.subj.head != head || ev.subj.org == "" {
				continue
			}
			if ev.ent == nil || ev.ent.kind != "organisation" || found != nil && found != ev.ent {
				return nil
			}
			found = ev.ent
		}
	}
	return found
}

// bodyAfterTitle returns the body a title's complement names ("official
// of X", "spokeswoman at X"), when the article or the registry knows X as
// a body; else nil.
func (x *extractor) bodyAfterTitle(text string) *entity {
	for _, prep := range [...]string{" of ", " for ", " at "} {
		i := strings.Index(text, prep)
		if i < 0 {
			continue
		}
		name := strings.TrimPrefix(text[i+len(prep):], "the ")
		if name == "" || !unicode.IsUpper([]rune(name)[0]) || isKnownPlace(name) {
			return nil
		}
		if s := x.cast.regSpeaker(name); s != nil && s.Kind == "organisation" {
			return x.cast.fromRegistry(s)
		}
		if e := x.cast.lookup(name); e != nil && e.kind == "organisation" {
			return e
		}
		return nil
	}
	return nil
}

// authoredWorks are what a person writes in their own words: "her new
// book argues", "his memoir says", "her column warned".
var authoredWorks = set(`book books memoir essay column blog newsletter thesis`)

// eventHeads are the nouns of the recurring events a body is named for
// and speaks for ("<Place> Boat Show", "<Place> Book Fair"): a closed
// class.
var eventHeads = set(`show fair festival expo exhibition`)

// eventBody returns the body named for the event whose noun is head: the
// registry's or the article's one body whose name ends in it, else the
// one name of the article's that does, which the reader may have taken
// for a person's (a name of capitals that never spoke), as a body.
func (x *extractor) eventBody(head string) *entity {
	if e := x.bodyEndingIn(head); e != nil {
		return e
	}
	var only *entity
	for _, e := range x.cast.all {
		if e.kind != "person" || e.reg != nil || !strings.HasSuffix(x.cast.nameKey(e), " "+head) {
			continue
		}
		if only != nil && only != e {
			return nil
		}
		only = e
	}
	if only == nil {
		return nil
	}
	return x.cast.org(only.name, "")
}

// bodyAgents are what copy calls a body by what it does, as often as a
// person: "the forecaster" for a weather service, "the organisers" for a
// festival's company. They mean a body only right after it spoke.
var bodyAgents = set(`forecaster forecasters organiser organisers organizer organizers publisher`)

// bodyJustSpoke returns the organisation that spoke in the sentence just
// before si, in the same paragraph; else nil.
func (x *extractor) bodyJustSpoke(si int) *entity {
	if si == 0 || x.d.sents[si-1].p != x.d.sents[si].p {
		return nil
	}
	if sp := x.speakerAt[si-1]; sp != nil && sp.kind == "organisation" {
		return sp
	}
	return nil
}

// onlyHolder returns the one person the article names with this title in
// their role ("U.S. District Judge X" for "judge"), or nil when it names
// none or more than one.
func (x *extractor) onlyHolder(head string) *entity {
	return x.holderIn(head, 0, len(x.mentions)-1, false)
}

// holderIn returns the one person named in sentences first to last whose
// title holds the noun head, the title read as written or, when
// expanded, with its short forms spelt out (roleInfo); nil when none or
// two do.
func (x *extractor) holderIn(head string, first, last int, expanded bool) *entity {
	padded := " " + head + " "
	var only *entity
	for _, ms := range x.mentions[first : last+1] {
		for _, m := range ms {
			e := m.e
			if e.kind != "person" || e == only {
				continue
			}
			var key string
			if !expanded {
				key = " " + strings.ToLower(e.role) + " "
			} else if e.role != "" {
				key, _ = e.roleInfo()
			}
			if !strings.Contains(key, padded) {
				continue
			}
			if only != nil {
				return nil
			}
			only = e
		}
	}
	return only
}

// titleInFull spells out the titles headlines and standfirsts shorten.
var titleInFull = map[string]string{"ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer"}

// leaderHeads name the one who heads a body, mission or team: "the Chief
// of Mission", "the head of the delegation", "the team leader".
var leaderHeads = set(`chief head leader`)

// headOfBody returns the one person the article, before sentence si,
// introduced as heading something ("a mission headed by <title>, X",
// "the team, led by X,"), whom "the Chief of Mission" or "the head of the
// delegation" means; else nil.
func (x *extractor) headOfBody(r *ref, si int) *entity {
	if !leaderHeads[r.head] || r.det != "the" || r.head != "leader" && !strings.Contains(r.text, " of ") {
		return nil
	}
	var only *entity
	for s := 0; s < si && s < len(x.mentions); s++ {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		for _, m := range x.mentions[s] {
			if m.e.kind != "person" || m.e == only {
				continue
			}
			led := false
			for k := m.tok - 1; k > sr.a && k >= m.tok-12; k-- {
				if p.toks[k].q != 0 || p.toks[k].kind == tEnd {
					break
				}
				if p.lowerAt(k) == "by" && (p.lowerAt(k-1) == "led" || p.lowerAt(k-1) == "headed") {
					led = true
					break
				}
			}
			if !led {
				continue
			}
			if only != nil {
				return nil
			}
			only = m.e
		}
	}
	return only
}

// describedSpeaker returns the named person a description at token tok
// of sentence si, the subject of a speech verb before token at, was read
// as ("The official added that …": the official named before); else nil.
func (x *extractor) describedSpeaker(si, tok, at int) *entity {
	for _, ev := range x.events[x.d.sents[si].p] {
		if ev.sent == si && ev.v > tok && ev.v < at && ev.via == "description" && ev.ent != nil && ev.ent.kind == "person" {
			return ev.ent
		}
	}
	return nil
}

// namedInApposition reports whether the k-th mention of sentence s, a
// title no one named holds, is followed by a named person set off by a
// comma: "Then the chair, the Lib Dem MP for X, Harriet Y, asked": the
// title is hers, not someone never named.
func (x *extractor) namedInApposition(s, k int) bool {
	ms := x.mentions[s]
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	if n, _ := p.givenName(ms[k].tok, sr.b); n > 0 {
		// "A nurse on the night shift, who would give only her first
		// name, X, said": the clause after the description names them.
		for _, m := range ms[k+1:] {
			if m.tok == n && m.e.kind == "person" {
				return true
			}
		}
	}
	for j := k + 1; j < len(ms) && ms[j].tok-ms[k].tok <= 14; j++ {
		// "The <title in a language's own words> of <Place>, X Y,": a
		// title the lists do not know runs to the comma before the name.
		// Past eight words only a title word with its complement after
		// it reaches that far: "<Place>'s deputy <title> for the <field>
		// and the <field>, X Y,".
		if e := ms[j].tok; ms[j].e.kind == "person" && p.isComma(e-1) && !p.isComma(ms[k].tok+1) && p.isCapNameWord(e) &&
			(e-ms[k].tok <= 8 || p.titleComplementTo(ms[k].tok, e-1)) {
			ok := true
			for i := ms[k].tok + 1; i < e-1 && ok; i++ {
				ok = p.isWordAt(i) && p.toks[i].class&(cSpeech|cPronoun) == 0 && !auxiliaries[p.lw(i)]
			}
			if ok {
				return true
			}
		}
	}
	if k+1 >= len(ms) || ms[k+1].e.kind != "person" || ms[k+1].tok-ms[k].tok > 16 {
		return false
	}
	if p.isComma(ms[k].tok + 1) {
		return true
	}
	// "<Country>'s Permanent Representative to the UN in <City> Ambassador
	// X Y": the title runs on in capitals into the name, with no verb or
	// comma between.
	for i := ms[k].tok + 1; i < ms[k+1].tok; i++ {
		if !p.isNameWord(i) && !p.isTitleWord(i) && !(p.isWordAt(i) && titleLinks[p.lw(i)]) {
			return false
		}
	}
	return true
}

// titleComplementTo reports whether a title word in (a, b) has "for" or
// "of" right after it, opening the complement that runs on to token b:
// "<title> for the <field> and the <field>". The caller checks the words.
func (p *para) titleComplementTo(a, b int) bool {
	for i := a; i+1 < b; i++ {
		if p.isRoleAt(i) && (p.lowerAt(i+1) == "for" || p.lowerAt(i+1) == "of") {
			return true
		}
	}
	return false
}

// titleLinks join the words of a long title in lower case: "Permanent
// Representative to the UN in Geneva".
var titleLinks = set(`of for to in at the`)

// anonMeans is whom a pronoun after a title no one named holds stands
// for: the body they speak for, if any; or, for a craft ("The novelist
// laughs … '…,' she says"), the story's main subject, as profiles and
// interviews call their subject by what they do, when the subject's own
// title (if the article gave one) says the same. Offices ("the
// minister") are not crafts: an unnamed holder of one is someone else.
func (x *extractor) anonMeans(e *entity, g gender) *entity {
	if e.speaksFor != nil || !occupationWord(e.role) {
		return e.speaksFor
	}
	ms := x.mainSubject()
	if ms == nil || ms.gender != g || ms.role != "" && !strings.Contains(strings.ToLower(ms.role), e.role) {
		return nil
	}
	return ms
}

// opensParagraphOn reports whether sentence si, a paragraph's first, opens
// on a "he" or "she" of gender g that is not a speech verb's subject ("She
// <verb>s", "He has <verb>ed …", "She <verb>s when …", whose verb
// speaks only beside a quote; not "She added"): the paragraph turns to
// someone the story has been about.
func (x *extractor) opensParagraphOn(si int, g gender) bool {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	l := p.lowerAt(s.a)
	return (l == "he" || l == "she") && personalPronouns[l] == g && !(p.isSpeechVerbAt(s.a+1) && speechVerbs[p.lw(s.a+1)] == anyUse)
}

// ownsNamedPerson reports whether the mention at token tok of sentence si
// is a possessive before a title or a relation that a name set off by a
// comma follows: "the farmer's landlord, X", "her husband,
// Ganbold".
func (x *extractor) ownsNamedPerson(si, tok int) bool {
	p := x.d.paras[x.d.sents[si].p]
	if !isPossessive(p.word(tok)) {
		return false
	}
	k := tok + 1
	for k < len(p.toks) && k <= tok+3 && p.isWordAt(k) && !p.toks[k].isCap(p.text) {
		k++
	}
	if k == tok+1 || !p.isComma(k) {
		return false
	}
	for i := k + 1; i < len(p.toks) && i <= k+8 && p.isWordAt(i); i++ {
		if p.isNameWord(i) {
			return true // "her husband, X", "…, a man called X"
		}
	}
	return false
}

// singleOffices are posts one person holds in a story's setting, whom
// "the judge" or "the governor" means even unnamed: never a new word for
// whoever spoke last.
var singleOffices = set(`judge justice magistrate coroner prosecutor president premier mayor
	governor chancellor king queen pope sheriff referee`)

// speaksForBody reports whether a title is one whose holder, unnamed,
// speaks for their body: "a Kremlin spokesman", "a ministry official";
// "counsel for X" makes X's submission in court.
func speaksForBody(head string) bool {
	return strings.HasPrefix(head, "spokes") || strings.HasPrefix(head, "official") || head == "representative" || strings.HasPrefix(head, "source") || head == "counsel"
}

// introducedAs returns the speech event, in sentence si's paragraph or
// the one before, whose subject introduced someone by an indefinite
// description with this head word ("One owner … said"), so that "the
// owner" next is them; else nil.
func (x *extractor) introducedAs(head string, si int) *event {
	para := x.d.sents[si].p
	for pi := para; pi >= 0 && pi >= para-1; pi-- {
		evs := x.events[pi]
		for i := len(evs) - 1; i >= 0; i-- {
			if ev := evs[i]; ev.sent < si && ev.subj != nil && (ev.subj.indefinite || ev.subj.det == "") && ev.subj.head == head && (ev.subj.kind == refRole || ev.subj.kind == refSomeone) {
				return ev
			}
			if ev := evs[i]; ev.sent < si && ev.subj != nil && ev.subj.kind == refName && ev.subj.indefinite && strings.HasPrefix(ev.subj.role, head+" for ") {
				// "A spokesman for <title> X said": read as X, whom the
				// spokesman speaks for.
				return ev
			}
		}
	}
	return nil
}

// namesRegistry reports whether the article uses the registry speaker's
// name or another alias than a "the …" one: the story is about that body.
func (x *extractor) namesRegistry(s *briefings.Speaker) bool {
	names := append([]string{s.Name}, s.Aliases...)
	for _, n := range names {
		if strings.HasPrefix(strings.ToLower(n), "the ") {
			continue
		}
		k := strings.ToLower(n)
		for _, p := range x.d.paras {
			if strings.Contains(p.lower, k) {
				return true
			}
		}
	}
	return false
}

// introducedBody reports whether the paragraph of sentence si or the one
// before introduced someone with this head word who speaks for a body
// ("A <nationality> government spokesperson said …"): then "the
// spokesperson" next is them, not an unnamed one met further back.
//
// A spokesperson introduced for a person ("A spokesman for <title> X
// said …") speaks for them, and "the spokesman" next is that spokesman too.
func (x *extractor) introducedBody(head string, si int) bool {
	ev := x.introducedAs(head, si)
	if ev == nil || ev.ent == nil {
		return false
	}
	if ev.ent.kind == "person" {
		return strings.HasPrefix(head, "spokes") && ev.subj != nil && ev.subj.indefinite
	}
	return ev.ent.kind == "organisation" && !isKnownPlace(ev.ent.name) // "a senior U.S. official" speaks for no body
}

// variedSpeaker returns the named person who spoke last, in the
// sentences before si back to the paragraph before, when their title's
// nationality agrees with the description's; else nil.
// mentionedBefore reports whether e is mentioned before sentence si (in
// si itself a description may already stand for them).
func (x *extractor) mentionedBefore(e *entity, si int) bool {
	for s := 0; s < si && s < len(x.mentions); s++ {
		for _, m := range x.mentions[s] {
			if m.e == e {
				return true
			}
		}
	}
	return false
}

// registryBodyOfRole returns the registry's body that a role's words
// before its title name, with the body's noun in lower case: "a Flemish
// government spokesperson" speaks for the registry's Flemish Government.
func (x *extractor) registryBodyOfRole(r *ref) *entity {
	sp := strings.LastIndexByte(r.text, ' ')
	if sp < 0 || !strings.HasSuffix(r.text[:sp], " "+r.orgHead) {
		return nil
	}
	if s := x.cast.regSpeaker(r.text[:sp]); s != nil && s.Kind == "organisation" {
		return x.cast.fromRegistry(s)
	}
	return nil
}

// expertJustNamed resolves "the expert", "the analyst" to the specialist
// the sentences just before name, who need not have spoken yet:
// "Political scientist X believes … '…,' the expert said". Only someone
// whose title ends in a specialist's word is one; nil if no one, or
// another person who has spoken, comes first.
func (x *extractor) expertJustNamed(r *ref, si int) *entity {
	if !experts[r.head] && !occupationWord(r.head) || r.det != "the" {
		return nil
	}
	para := x.d.sents[si].p
	for s := si - 1; s >= 0 && x.d.sents[s].p >= para-1; s-- {
		ms := x.mentions[s]
		for i := len(ms) - 1; i >= 0; i-- {
			e := ms[i].e
			if e.kind != "person" || e.role == "" {
				continue
			}
			last := strings.ToLower(e.role[strings.LastIndexByte(e.role, ' ')+1:])
			if experts[last] || occupationWord(last) {
				if otherSpecialist(r.text, e.role) {
					return nil // "the historian" after "Economist X": someone else
				}
				return e // "Analyst X thinks … the strategist said"
			}
			if x.speakerAt[s] == e {
				return nil // someone else spoke just before
			}
		}
	}
	return nil
}

func (x *extractor) variedSpeaker(r *ref, si int) *entity {
	para := x.d.sents[si].p
	nat := nationalityOf(r.text)
	reach := para - 1
	for s := si - 1; s >= 0 && x.d.sents[s].p >= reach; s-- {
		sp := x.speakerAt[s]
		if sp == nil && s == si-1 && len(x.mentions[s]) > 0 {
			// "Economist X believes that … “…,” the analyst said": the
			// sentence just before has the person as its subject,
			// though no speech verb.
			if m := x.mentions[s][0]; m.e.kind == "person" && m.e.confirmed && m.e.role != "" && x.opensClause(s, m.tok) {
				sp = m.e
			}
		}
		if sp == nil {
			continue
		}
		if tried[r.head] && sp.kind == "person" && courtOfficer(sp.role) {
			// "“…?” <prosecutor> asked. “…,” the defendant said": the one
			// on trial answers the court's officer who questioned them,
			// so the speaker before the question, a paragraph further
			// back, is the one named again.
			reach = min(reach, x.d.sents[s].p-1)
			continue
		}
		if sp.kind != "person" || sp.role == "" && !x.titledAtFirst(sp) {
			return nil
		}
		if _, other := sp.roleInfo(); nat != "" && other != "" && !sameNationality(nat, other) {
			return nil
		}
		if r.gender != unknownGender && sp.gender != unknownGender && r.gender != sp.gender {
			return nil
		}
		if otherSpecialist(r.text, sp.role) {
			return nil // "the <historian>" after "<Name>, an <economist>": someone else
		}
		if r.head == "minister" && otherPortfolio(namedMinistryField(r.text), sp) {
			return nil // "the Minister of <Field>" after a chief executive or another portfolio's minister
		}
		if r.org != "" && otherBodysTitle(r.org, sp) {
			return nil // "the <Body> chairman" after the head of another body: someone else
		}
		if r.org != "" && x.otherBodysInitials(r.org, sp) {
			return nil // "the <ACR> chairman" after the head of another body: someone else
		}
		if r.head == "speaker" && strings.HasSuffix(r.text, "Speaker") && !strings.Contains(strings.ToLower(sp.role), "speaker") {
			// "the Speaker" with a capital after a minister spoke: the
			// chamber's presiding officer, someone else.
			return nil
		}
		if key, _ := sp.roleInfo(); key != "" && strings.Contains(strings.ToLower(r.text), "prime minister") && !strings.Contains(key, "prime minister") && !strings.Contains(key, "premier") {
			// "The Prime Minister said …" after a "<Department>
			// Secretary" spoke: the head of government is someone else.
			return nil
		}
		return sp
	}
	return nil
}

// tried are the words for the one a criminal trial is about.
var tried = set(`defendant accused`)

// courtOfficer reports whether a role is one of a court's officers or
// counsel, who question the one on trial but are never them: a
// prosecutor, a judge, a lawyer.
func courtOfficer(role string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(role)) {
		switch w {
		case "prosecutor", "judge", "magistrate", "lawyer", "counsel", "attorney", "barrister", "solicitor":
			return true
		}
	}
	return false
}

// otherBodysTitle reports whether a description's body, spelt out in words
// ("the <Commission> chairman"), is not the body in the title of the person
// who just spoke ("<Name>, President of the <Committee>"): copy that varies
// its words for the one who spoke keeps their body, so a title of another
// body is another holder, unnamed. A body given by its initials, a place,
// or a person whose title names no body leaves it open.
func otherBodysTitle(org string, sp *entity) bool {
	if sp.role == "" || isKnownPlace(org) || strings.ToUpper(org) == org {
		return false
	}
	key, _ := sp.roleInfo()
	if !strings.Contains(key, " of ") && !strings.Contains(key, " at ") {
		return false // no body in the title to compare
	}
	for w := range strings.FieldsSeq(strings.ToLower(org)) {
		if !strings.Contains(key, " "+w+" ") && !functionWords[w] {
			return true
		}
	}
	return false
}

// namedBeforeDescription returns the person an earlier paragraph named
// just before the description in apposition ("<Rank> <Name>, the <Body>
// <title>, <verb>ed …"), when "the <Body> <title>" comes again: their
// rank was read as their title, yet the description is theirs. Nil when
// no one is so named.
func (x *extractor) namedBeforeDescription(desc string, si int) *entity {
	if desc == "" {
		return nil
	}
	for pi := 0; pi <= x.d.sents[si].p; pi++ {
		text := x.d.paras[pi].text
		k := appositionAt(text, desc)
		if k <= 0 {
			continue
		}
		before := text[:k]
		for _, e := range x.cast.all {
			if e.kind == "person" && strings.Contains(e.name, " ") && hasWordSuffix(before, e.name) {
				return e
			}
		}
	}
	return nil
}

// appositionAt returns the byte offset of the first ", the <desc>," in
// text, or -1: the search strings.Index would make of the joined
// pattern, without building it on every call.
func appositionAt(text, desc string) int {
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], desc)
		if i < 0 {
			return -1
		}
		i += from
		if i >= 6 && text[i-6:i] == ", the " && i+len(desc) < len(text) && text[i+len(desc)] == ',' {
			return i - 6
		}
		from = i + 1
	}
	return -1
}

// otherBodysInitials is otherBodysTitle for a body given by its initials
// that the article spelt out ("the <Name> Port Authority (<ACR>)", then
// "the <ACR> chairman"): a title naming a body that is neither that name
// nor those initials is another body's, and its holder someone else.
func (x *extractor) otherBodysInitials(acr string, sp *entity) bool {
	if sp.role == "" || !isAcronym(acr) || strings.ToUpper(acr) != acr {
		return false
	}
	key, _ := sp.roleInfo()
	if !strings.Contains(key, " of ") && !strings.Contains(key, " at ") {
		return false // no body in the title to compare
	}
	body := x.cast.lookup(acr)
	if body == nil || body.kind != "organisation" || body.name == acr || initials(body.name) != acr {
		return false // initials the article never spelt out: left open
	}
	if strings.Contains(key, " "+strings.ToLower(acr)+" ") || strings.Contains(initials(sp.role), acr) {
		return false
	}
	return !strings.Contains(key, strings.ToLower(body.name))
}

// titledAtFirst reports whether the sentence that first names e gives
// them a title the name was not read with: a title word before the name
// or in an aside after it, before the sentence's speech verb ("Deputy
// Minister of A and B for C Dr X said", "X, a member of the Y
// committee, told reporters"). So does a briefing the person gives there
// ("At the ministry's briefing, X said"): who speaks at one holds an
// office. Someone named with no title at all ("X, 45, said") is no
// officeholder the next "the <title>" may mean.
func (x *extractor) titledAtFirst(e *entity) bool {
	for s, ms := range x.mentions {
		for _, m := range ms {
			if m.e != e {
				continue
			}
			sr := x.d.sents[s]
			p := x.d.paras[sr.p]
			end := min(sr.b, m.tok+16)
			for _, ev := range x.events[sr.p] {
				if ev.sent == s && ev.v > m.tok {
					end = min(end, ev.v)
					break
				}
			}
			for i := sr.a; i < end; i++ {
				if p.toks[i].q == 0 && p.isWordAt(i) && (p.isRoleAt(i) || p.lw(i) == "member" || p.lw(i) == "briefing") {
					return true
				}
			}
			// "a team led by X": its head, whom "the team leader" or
			// "the head of the team" means.
			k := m.tok - 1
			for k > sr.a && p.isWordAt(k) && p.toks[k].class&cHonor != 0 {
				k--
			}
			return p.lowerAt(k) == "by" && (p.lowerAt(k-1) == "led" || p.lowerAt(k-1) == "headed")
		}
	}
	return false
}

// otherSpecialist reports whether a description names a specialist by an
// -ist or -ian ending ("historian", "economist") and a role names a
// different one: then they are two people. A broad kind ("the scientist")
// takes in any narrower one.
func otherSpecialist(desc, role string) bool {
	d := strings.ToLower(desc[strings.LastIndexByte(desc, ' ')+1:])
	if broadSpecialties[d] || !(occupationWord(d) || personBySuffix(d)) {
		return false
	}
	other := false
	for _, w := range strings.Fields(strings.ToLower(role)) {
		w = strings.Trim(w, ",.")
		if w == d {
			return false
		}
		if !broadSpecialties[w] && (occupationWord(w) || personBySuffix(w)) {
			other = true
		}
	}
	return other
}

// broadSpecialties name a kind of specialist that takes in the narrower
// ones: "the scientist" may be a hydrologist, "the politician" a minister.
var broadSpecialties = set(`politician scientist specialist analyst`)

// groupOfBody resolves "they" to the body whose people spoke in the
// sentence before, in the same paragraph ("Analysts at X Research
// said … “…,” they wrote"), or whose people are the subject of the
// sentence just before; else nil, as "they" names no one.
func (x *extractor) groupOfBody(si int) *entity {
	if si == 0 || x.d.sents[si-1].p < x.d.sents[si].p-1 {
		return nil
	}
	sp, by := x.speakerAt[si-1], x.speakerBy[si-1]
	bodysPeople := sp != nil && by != nil && by.kind == refRole && by.plural() && sp.kind == "organisation"
	if !bodysPeople && sp != nil && sp.kind == "organisation" {
		// "<People> at <Body> wrote …": the sentence's subject is the
		// body's people, though its speaker was read as the body.
		sr := x.d.sents[si-1]
		p := x.d.paras[sr.p]
		if sr.b-sr.a > 3 && p.isWordAt(sr.a) && (p.lowerAt(sr.a+1) == "at" || p.lowerAt(sr.a+1) == "from") {
			r := p.interpret(sr.a, sr.a+1)
			bodysPeople = r != nil && r.kind == refRole && r.plural()
		}
	}
	if x.d.sents[si-1].p != x.d.sents[si].p {
		if bodysPeople {
			// "<People> at <Body> <verb> … “…”." over
			// "“…,” they wrote": the body's people who spoke last,
			// closing the paragraph before, speak on.
			return sp
		}
		// "X Research analysts moved the country to overweight.
		// “…,” they wrote": the sentence ending the paragraph before has
		// a firm's people as its subject, whom "they" means next.
		s := x.d.sents[si-1]
		p := x.d.paras[s.p]
		a, b := p.npRight(s.a, s.b)
		if b <= a || b-a > 8 {
			return nil
		}
		r := p.interpret(a, b)
		if r == nil || r.kind != refRole || !r.plural() {
			return nil
		}
		if r.org == "" && b-a >= 2 && allNameWords(p, a, b-1) {
			r.org = p.textOf(a, b-1) // "Halvard Research analysts": a plural title after a name is the firm's people
		}
		if r.org == "" || isKnownPlace(r.org) {
			return nil
		}
		if e := x.cast.lookup(r.org); e != nil {
			return e
		}
		return x.cast.org(r.org, "")
	}
	if bodysPeople {
		return sp
	}
	return nil
}

// issuer returns the speaker of the sentence before si, in this
// paragraph or the one before, that names a document of that kind ("in a
// statement", "in an emailed statement"); else nil.
func (x *extractor) issuer(doc string, si int) *entity {
	return x.issuerOf(func(w string) bool { return w == doc }, si)
}

// issuerOf is issuer for any document whose noun isDoc accepts.
func (x *extractor) issuerOf(isDoc func(string) bool, si int) *entity {
	para := x.d.sents[si].p
	for s := si - 1; s >= 0 && si-s <= 3 && x.d.sents[s].p >= para-1; s-- {
		sp := x.speakerAt[s]
		if sp == nil {
			continue
		}
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		for i := sr.a; i < sr.b; i++ {
			if p.isWordAt(i) && isDoc(p.lw(i)) && !x.docSpeaks(sr.p, s) {
				return sp
			}
		}
		return nil
	}
	return nil
}

// docSpeaks reports whether a document is the subject of a speech verb in
// sentence s of paragraph pi ("…, the statement noted"): the sentence
// quotes the document again, it does not say who issued it.
func (x *extractor) docSpeaks(pi, s int) bool {
	for _, ev := range x.events[pi] {
		if ev.sent == s && ev.subj != nil && ev.subj.kind == refDoc {
			return true
		}
	}
	return false
}

// sameDoc returns who the document with this head word spoke for when
// it was quoted last, before sentence si: copy names a memo or a review
// once and quotes it again as "the memo".
func (x *extractor) sameDoc(head string, si int) *entity {
	for pi := x.d.sents[si].p; pi >= 0; pi-- {
		evs := x.events[pi]
		for i := len(evs) - 1; i >= 0; i-- {
			if ev := evs[i]; ev.sent < si && ev.ent != nil && ev.subj != nil && ev.subj.kind == refDoc && ev.subj.head == head {
				return ev.ent
			}
		}
	}
	return nil
}

// namedIssuer reads the mention of a document with this head word that
// comes last before token at of sentence si, back a dozen sentences, for
// the issuer its own words name: a body's kind or name before the noun ("a
// council report", "a ministerial circular", "the <Body> statement"), or
// "its" in a sentence a body speaks in ("In its report, the <Body> …").
// ok is false when that mention names no issuer, or none is found: the
// rules that read who issued it from the sentences around it decide then.
func (x *extractor) namedIssuer(doc *ref, si, at int) (*entity, bool) {
	if sr := x.d.sents[si]; at >= sr.a {
		// The subject's own mention may say who issued it ("According
		// to the <document> of the <event> published by <Body>, …", "a
		// communiqué of <Body>").
		p := x.d.paras[sr.p]
		for i := at; i < sr.b && i < at+3; i++ {
			if p.isWordAt(i) && p.lw(i) == doc.head {
				if e := x.docPublishedBy(p, i, si, sr.b); e != nil {
					return e, true
				}
				if e := x.docOfBody(p, i, si, sr.b); e != nil {
					return e, true // "According to a communiqué of <Body>, …"
				}
				break
			}
		}
	}
	for {
		s, i, ok := x.lastDocMention(doc.head, si, at)
		if !ok {
			return nil, false
		}
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		n := i - 1
		for n >= sr.a && n >= i-3 && p.isWordAt(n) && !p.toks[n].isCap(p.text) && p.toks[n].class&(cDet|cPronoun|cPrep|cSpeech|cFunction) == 0 && !isPossessive(p.word(n)) {
			n--
		}
		if n < sr.a || !p.isWordAt(n) {
			return nil, false
		}
		if e := x.docPublishedBy(p, i, s, sr.b); e != nil {
			// "According to the <document> of the <event> published by
			// <Body>, …": the body the words after the noun say issued it,
			// the subject's own mention or one before.
			return e, true
		}
		if s == si && p.textOf(n, i+1) == doc.surface {
			at = i // the subject itself: the mention before it
			continue
		}
		if s < si {
			// "… the <adjective> report of the <Body>, submitted to
			// <Court>, …. The report warned": the body the noun is "of"
			// wrote it, not the one the sentence says cited it.
			if e := x.docOfBody(p, i, s, sr.b); e != nil {
				return e, true
			}
		}
		if l := p.lw(n); l == "its" || l == "their" {
			if sp := x.speakerAt[s]; s < si && sp != nil && sp.kind == "organisation" {
				return sp, true
			}
			return nil, false
		}
		if isPossessive(p.word(n)) && p.toks[n].isCap(p.text) {
			// "<Person> presented <Body>'s report …. The report says
			// “…”": the report speaks for the body whose it is, not
			// for whoever presented it.
			st := n
			for st > sr.a && n-st < 6 && p.isWordAt(st-1) && (p.toks[st-1].isCap(p.text) || p.lw(st-1) == "of" || p.lw(st-1) == "the" && st-1 == n-1) {
				st--
			}
			if p.lowerAt(st-1) == "the" {
				st--
			}
			if r := p.interpret(st, i+1); r != nil && r.kind == refDoc {
				if e := x.workOwner(r, s, st); e != nil {
					return e, true
				}
			}
			return nil, false
		}
		if !p.isDet(n) {
			return nil, false
		}
		r := p.interpret(n, i+1)
		if r == nil || r.kind != refDoc || r.org == "" && r.orgHead == "" {
			return nil, false
		}
		e, _ := x.resolve(r, s, n)
		return e, e != nil
	}
}

// unnamedIssuer reports whether the sentence that last names a document
// with this head word, in sentence si's paragraph or the one before, is
// one whose speech has a subject the article does not name ("The company,
// which …, said in a statement that …", the company never named): the
// document is that speaker's, whom no one can name. A body a possessive
// names ("Its <body> said") is named, though the rules may not find it.
func (x *extractor) unnamedIssuer(head string, si, at int) bool {
	s, _, ok := x.lastDocMention(head, si, at)
	if !ok || s == si || x.d.sents[s].p < x.d.sents[si].p-1 || x.speakerAt[s] != nil {
		return false
	}
	for _, ev := range x.events[x.d.sents[s].p] {
		if ev.sent == s && ev.ent == nil && ev.subj != nil && ev.subj.kind != refDoc && ev.subj.kind != refPronoun && (ev.subj.det == "the" || ev.subj.indefinite) {
			return true
		}
	}
	return false
}

// lastDocMention returns where the article last names a document with
// this head word, outside quotes, before token at of sentence si and back
// a dozen sentences: the sentence s and the head word's token i. ok is
// false when it names none there.
func (x *extractor) lastDocMention(head string, si, at int) (s, i int, ok bool) {
	for s := si; s >= 0 && si-s <= 12; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		end := sr.b
		if s == si {
			end = min(at, sr.b)
		}
		for i := end - 1; i >= sr.a; i-- {
			if p.toks[i].q == 0 && p.isWordAt(i) && p.lw(i) == head {
				return s, i, true
			}
		}
	}
	return 0, 0, false
}

// bodyAndIts returns the body named just before "and its …" in the
// subject of the verb at token at of sentence si: "<Body> and its affiliate
// in <Country> have condemned", "<Body> and its members said". The unnamed
// unit or member speaks with the body, which the quote is given to. Nil
// when the subject is no such pair.
func (x *extractor) bodyAndIts(si, at int) *entity {
	sr := x.d.sents[si]
	p := x.d.paras[sr.p]
	for k := at - 1; k > sr.a && k >= at-12; k-- {
		if p.toks[k].q != 0 {
			return nil
		}
		if p.lowerAt(k) != "its" {
			continue
		}
		if p.lowerAt(k-1) != "and" {
			return nil
		}
		ms := x.mentions[si]
		for i := len(ms) - 1; i >= 0; i-- {
			if m := ms[i]; m.tok < k-1 && m.tok >= k-9 {
				if m.e.kind == "organisation" {
					return m.e
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// docFromUnnamed reports whether the article named the document with this
// head word last, before token at of sentence si and back a dozen
// sentences, as one "from" someone it does not name: "a <document> from
// one of the <people>", "a <document> from a <person>".
func (x *extractor) docFromUnnamed(head string, si, at int) bool {
	s, i, ok := x.lastDocMention(head, si, at)
	if !ok {
		return false
	}
	p := x.d.paras[x.d.sents[s].p]
	l := p.lowerAt(i + 2)
	return p.lowerAt(i+1) == "from" && (l == "a" || l == "an" || l == "one")
}

// docIssuer returns who the sentences before si, back to a dozen, say
// issued or wrote a document with this head word: the subject of an
// issuing verb before it ("X, deputy minister of …, issued a
// statement") or the body after "by" ("a study commissioned by the council
// and prepared by consultancy X", "a report by the agency"). Nil when
// none does.
func (x *extractor) docIssuer(head string, si int) *entity {
	if sr := x.d.sents[si]; sr.b > sr.a+3 && x.d.paras[sr.p].lowerAt(sr.a) == "in" {
		// The document fronted in the sentence itself ("In a statement
		// <participle> …, <Body> <verb>ed …"); frontedDocSubject reads
		// none but a sentence opening on "in", so no other is scanned.
		p := x.d.paras[sr.p]
		for i := sr.a + 1; i <= sr.a+3; i++ {
			if p.isWordAt(i) && p.lw(i) == head {
				if e := x.frontedDocSubject(p, i, si); e != nil {
					return e
				}
				break
			}
		}
	}
	for s := si - 1; s >= 0 && si-s <= 12; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		for i := sr.a; i < sr.b; i++ {
			if !p.isWordAt(i) || p.lw(i) != head {
				continue
			}
			for k := i - 1; k >= sr.a && k >= i-6; k-- { // "issued an orange rain warning for the region"
				if !p.isWordAt(k) {
					break
				}
				if issueVerbs[p.lw(k)] {
					if r := x.subjectLeft(p, k, sr.a); r != nil && r.kind != refPronoun {
						if e, _ := x.resolve(r, s, k); e != nil && !(e.kind == "person" && (p.lowerAt(i-1) == "its" || p.lowerAt(i-2) == "its")) {
							// Not a person in an aside: "<Body>, headed by
							// X, presented its report" is the body's.
							return e
						}
					}
					break
				}
			}
			if e := x.frontedDocSubject(p, i, s); e != nil {
				return e
			}
			if e := x.docOfBody(p, i, s, sr.b); e != nil {
				return e
			}
			if e := x.docOfMeeting(p, i); e != nil {
				return e
			}
			for k := i + 1; k < sr.b && k <= i+14 && p.toks[k].q == 0; k++ {
				if p.lowerAt(k) == "by" && (k == i+1 || p.issuingVerbBefore(k) >= 0 || p.signedBefore(i, k)) { // not "commissioned by"
					a, b := p.npRight(k+1, sr.b)
					if c, d := p.apposedName(a, b, sr.b); d > c {
						a, b = c, d // "written by <Name>'s mother, <Name>": the name set off
					}
					if r := p.interpret(a, b); r != nil && r.kind != refPronoun {
						if e, _ := x.resolve(r, s, a); e != nil {
							return e
						}
					}
					break
				}
			}
		}
	}
	return nil
}

// frontedDocSubject returns the body that opens sentence s after a
// fronted document at token i ("In a statement <participle> …,
// <Body> <verb>ed …"): whatever its verb, the subject issued the
// document the sentence opens with. Only a body counts, named or
// described; nil otherwise.
func (x *extractor) frontedDocSubject(p *para, i, s int) *entity {
	sr := x.d.sents[s]
	if p.lowerAt(sr.a) != "in" || i > sr.a+3 {
		return nil
	}
	k := i + 1
	for k < sr.b && k < i+8 && !p.isComma(k) && p.toks[k].q == 0 {
		k++
	}
	if k >= sr.b || !p.isComma(k) {
		return nil
	}
	a, b := p.npRight(k+1, sr.b)
	if b <= a {
		return nil
	}
	for k := a; k+1 < b; k++ {
		if isPossessive(p.word(k)) && p.toks[k].isCap(p.text) && !p.toks[k+1].isCap(p.text) {
			// "<Body>'s national secretariat": a part of the body,
			// which speaks as the body the article named before.
			if r := p.interpret(a, k+1); r != nil {
				if e, _ := x.resolve(r, s, a); e != nil && e.kind == "organisation" {
					return e
				}
			}
			return x.bracketedAcronymBody(stripPossessive(p.word(k)))
		}
	}
	r := p.interpret(a, b)
	if r == nil || r.kind != refOrg && r.kind != refOrgDesc && r.kind != refName {
		return nil
	}
	e, _ := x.resolve(r, s, a)
	if e == nil || e.kind != "organisation" {
		return nil
	}
	return e
}

// bracketedAcronymBody returns the organisation the article named with
// this acronym in brackets after its name ("<Body> (<ACR>)"), for an
// acronym the reader did not tie to it: the run of capitalised words
// before the brackets, "of", "and" or "for" between them. Nil when no
// paragraph spells it so.
func (x *extractor) bracketedAcronymBody(acr string) *entity {
	if len(acr) < 3 || strings.ToUpper(acr) != acr {
		return nil
	}
	for _, p := range x.d.paras {
		i := strings.Index(p.text, " ("+acr+")")
		if i < 0 {
			continue
		}
		ws := strings.Fields(p.text[:i])
		j := len(ws)
		for j > 0 && (isCapWord(ws[j-1]) || j < len(ws) && (ws[j-1] == "of" || ws[j-1] == "and" || ws[j-1] == "for")) {
			j--
		}
		for j < len(ws) && !isCapWord(ws[j]) {
			j++
		}
		if len(ws)-j < 2 {
			return nil
		}
		return x.knownOrNewBody(strings.Join(ws[j:], " "))
	}
	return nil
}

// knownOrNewBody is the organisation the cast holds by this name, or a new
// one of it; nil when the cast holds the name as something else (a person,
// a place), which a body's reader must not turn into a body.
func (x *extractor) knownOrNewBody(name string) *entity {
	if e := x.cast.lookup(name); e != nil {
		if e.kind != "organisation" {
			return nil
		}
		return e
	}
	return x.cast.org(name, "")
}

// signVerbs put a signatory's name to a document: "a letter signed by
// <Name>" is the signatory's.
var signVerbs = set(`signed co-signed cosigned countersigned`)

// signedBefore reports whether the words between a document's noun at
// token i and "by" at token by are a signing participle set off by a
// comma, with at most a short phrase of place or time and no comma after
// it: "The <document>, signed in <City> on <date> by <Name>".
func (p *para) signedBefore(i, by int) bool {
	j := i + 1
	if p.word(j) == "," {
		j++
	}
	if j >= by || !p.isWordAt(j) || !signVerbs[p.lw(j)] || by-j > 8 {
		return false
	}
	for k := j + 1; k < by; k++ {
		if p.toks[k].kind != tWord || p.toks[k].q != 0 {
			return false
		}
	}
	return true
}

// docOfMeeting returns the body whose meeting a document's noun at token
// i was issued at: "the <document> released at the close of the <Body>
// Leaders Meeting in <City>" speaks for the body, not for the host city's
// country named after it. Only "at the close", "at the end" or "at the
// conclusion of the" count, and only a registry body whose name opens the
// capitalised words after it; nil otherwise.
func (x *extractor) docOfMeeting(p *para, i int) *entity {
	k := i + 1
	if x.cast.reg == nil || !p.isWordAt(k) || !issueVerbs[p.lw(k)] || p.lowerAt(k+1) != "at" || p.lowerAt(k+2) != "the" {
		return nil
	}
	if l := p.lowerAt(k + 3); l != "close" && l != "end" && l != "conclusion" || p.lowerAt(k+4) != "of" || p.lowerAt(k+5) != "the" {
		return nil
	}
	a := k + 6
	if a >= len(p.toks) {
		return nil
	}
	if w := p.word(a); w[0] >= '0' && w[0] <= '9' {
		a++ // "the 55th <Body> Leaders Meeting": the session's number
	}
	b := a
	for b < len(p.toks) && b-a < 8 && p.isWordAt(b) && p.toks[b].isCap(p.text) {
		b++
	}
	for ; b-a >= 2; b-- {
		if sp := x.cast.regSpeaker(p.textOf(a, b)); sp != nil && sp.Kind == "organisation" {
			return x.cast.fromRegistry(sp)
		}
	}
	return nil
}

// docPublishedBy returns the body a participle after a document's noun
// at token i says issued it ("the <document> of the <event> published
// by <Body>", "a statement issued by <Body>"): what the document is about
// may name programmes, meetings or other bodies, but the body after
// "by" wrote it. At most a short "of" phrase in lower case may stand
// between the noun and the verb, with no comma (an aside set off by
// commas is docIssuedAside's). Nil unless the issuer is a body.
func (x *extractor) docPublishedBy(p *para, i, s, hi int) *entity {
	j := i + 1
	if p.lowerAt(j) == "of" && p.isWordAt(j) {
		j++
		if p.isDet(j) {
			j++
		}
		for k := 0; k < 3 && j < hi && p.isWordAt(j) && !p.toks[j].isCap(p.text) && !p.issuingVerbAt(j) && p.toks[j].class&(cPrep|cSpeech|cFunction|cPronoun) == 0; k++ {
			j++
		}
	}
	if j >= hi || !p.issuingVerbAt(j) {
		return nil
	}
	by := j + 1
	if !issueVerbs[p.lw(j)] {
		by++ // "drawn up by"
	}
	if by >= hi || p.lowerAt(by) != "by" || !p.isWordAt(by) || p.issuingVerbBefore(by) != j {
		return nil
	}
	a, b := p.npRight(by+1, hi)
	if a >= b {
		return nil
	}
	if r := p.interpret(a, b); r != nil && (r.kind == refOrg || r.kind == refName) {
		if e, _ := x.resolve(r, s, a); e != nil && e.kind == "organisation" {
			return e
		}
		if e := x.cast.lookup(r.name); r.kind == refOrg && e != nil && e.kind == "organisation" {
			return e // a body's acronym its head's title also carries
		}
	}
	return nil
}

// docOfBody returns the body a document's noun at token i is "of":
// "According to a report of the <Body> presented at …" —
// copy translated from languages that say whose a document is with "of"
// names its issuer so. The body's name must open with a capital ("a report
// of violence" names no issuer); "the <Unit> of the Ministry of …" is the
// unit, in the registry's form with its country when it lists one.
func (x *extractor) docOfBody(p *para, i, s, hi int) *entity {
	if p.lowerAt(i+1) != "of" || !p.isWordAt(i+1) {
		return nil
	}
	a, b := p.npRight(i+2, hi)
	n := a
	if p.isDet(n) {
		n++
	}
	if n >= b || !p.toks[n].isCap(p.text) {
		return nil
	}
	for o := n + 1; o < b-1; o++ {
		if p.lowerAt(o) != "of" || !p.isWordAt(o) {
			continue
		}
		if r := p.interpret(a, o); r != nil && r.kind == refOrg {
			if e := x.cast.lookup(r.name); e != nil && e.kind == "organisation" && e.reg != nil {
				return e
			}
			if x.cast.reg != nil {
				if sp := x.placedBody(foldText(r.name)); sp != nil {
					return x.cast.fromRegistry(sp)
				}
			}
		}
		break
	}
	if r := p.interpret(a, b); r != nil && (r.kind == refOrg || r.kind == refName) {
		if e, _ := x.resolve(r, s, a); e != nil && e.kind == "organisation" {
			return e
		}
	}
	return nil
}

// genderAgrees reports whether someone of gender e may be what a pronoun
// of gender g stands for.
func genderAgrees(e, g gender) bool {
	return e == unknownGender || e == g
}

// opensClause reports whether token tok of sentence si starts its main
// clause, after an opening phrase and an article: "The minister thanked
// us", "Asked about it, the minister said". A preposition opening the
// sentence, capitalised only for that, makes what follows its object ("Of
// the <role>, …, she says only that …"), not the clause's subject.
func (x *extractor) opensClause(si, tok int) bool {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	from := max(s.a, x.askedClauseEnd(si))
	for i := from; i < tok; i++ {
		if !p.isWordAt(i) || p.toks[i].class&(cDet|cCap|cRoleMod) == 0 {
			return false
		}
		if i == s.a && (openingPrepositions[p.lw(i)] || p.lw(i) == "of" || p.lw(i) == "about") {
			return false
		}
	}
	return true
}

// roleSynonyms are titles copy uses for one another: "the envoy" for an
// ambassador, "the spokeswoman" for a spokesperson, "the diplomat" (state
// media's word) for an ambassador or a foreign ministry's minister or
// spokesperson; a sports team's "coach", "manager", "boss" and "gaffer" for one
// another, and "the <club> chief" for its boss or head.
var roleSynonyms = map[string][]string{
	"diplomat":                {" ambassador ", " envoy ", " foreign minister ", " foreign ministry ", " consul ", " diplomat ", " high commissioner "},
	"chief executive":         {" ceo ", " chief executive officer ", " managing director "},
	"chief financial officer": {" cfo ", " finance chief ", " finance director ", " chief financial officer "},
	"envoy":                   {" ambassador ", " representative "},
	"ambassador":              {" envoy ", " representative "},
	"representative":          {" ambassador ", " envoy "},
	"spokesman":               {" spokesperson ", " spokeswoman ", " press secretary "},
	"spokeswoman":             {" spokesperson ", " spokesman ", " press secretary "},
	"spokesperson":            {" spokesman ", " spokeswoman ", " press secretary "},
	"judge":                   {" justice ", " magistrate "},
	"coach":                   {" manager ", " boss "},
	"manager":                 {" coach ", " boss "},
	"boss":                    {" manager ", " coach ", " chief "},
	"mentor":                  {" coach ", " manager ", " boss "}, // "the <club> mentor": sports copy's coach
	"gaffer":                  {" manager ", " boss ", " coach "}, // British football copy's manager
	"skipper":                 {" captain "},                      // "the <nationality> skipper": sports copy's captain
	"chief":                   {" boss ", " head "},
	"justice":                 {" judge "},
	"magistrate":              {" judge "},
	// "the prosecutor": a court report's word for the lawyer its title
	// names as the state's ("<County> County Attorney", "District
	// Attorney", "Crown Counsel", "Procurator Fiscal"), never a defence
	// lawyer's plain "attorney".
	"prosecutor": {" county attorney ", " district attorney ", " state's attorney ", " state attorney ", " prosecuting attorney ", " crown counsel ", " crown prosecutor ", " procurator fiscal ", " public prosecutor "},
	// "the selector": the chair or a member of a side's selection
	// committee or panel, as cricket and other team sports name it.
	"selector": {" selection committee ", " selection panel ", " selectors "},
	// "the prelate": church copy's word for the bishop or other senior
	// cleric it named by his title ("auxiliary bishop of <See>",
	// "Archbishop of <See>", "Msgr. <Name>").
	"prelate": {" bishop ", " archbishop ", " cardinal ", " patriarch ", " eparch ", " archeparch ", " monsignor ", " msgr. ", " msgr "},
	// "the Local Ordinary": canon law's name for a diocese's bishop,
	// which church copy uses for the bishop it named by his title.
	"ordinary": {" bishop ", " archbishop ", " eparch ", " archeparch "},
	// "the Primate": the archbishop who heads a national church, whom
	// copy names by either title; "the archbishop" is the Primate too.
	"primate":    {" archbishop "},
	"archbishop": {" primate "},
}

// clubMatches reports whether a title holder whose role is role (key in
// lower case, padded) can be the one a description means when the
// description names a body before its title: "the Rovers boss" is the
// manager of a side called Rovers, not a coach whose title names another
// club ("<Other> head coach X"). A description with no such name, or a
// role that names no body, always matches, and so does one whose body is
// a former one ("the former <Club> mentor", "the ex-<Club> boss"): sports
// copy calls a coach by the club they left, which their title today does
// not name.
func clubMatches(desc, head, key, role string) bool {
	named, met := false, false
	for w := range strings.FieldsSeq(desc) {
		if strings.EqualFold(w, head) {
			break
		}
		if strings.EqualFold(w, "former") || len(w) > 3 && strings.EqualFold(w[:3], "ex-") {
			return true
		}
		if !clubWord(w) {
			continue
		}
		named = true
		if lw := strings.ToLower(w); strings.Contains(key, " "+lw+" ") || strings.Contains(key, " "+lw+"'s ") || bodyInitialsInTitle(desc, lw, role) {
			met = true // "the <ACR> <title>" after "<Title> of the <Body> (<ACR>)" too
		}
	}
	if !named || met {
		return true
	}
	for w := range strings.FieldsSeq(role) {
		if clubWord(w) {
			return false // the title names another body
		}
	}
	return true
}

// teamLeaders are the titles sports copy gives a side's manager, which a
// club's name may qualify ("the Rovers boss", "the City manager").
var teamLeaders = set(`boss manager coach gaffer skipper`)

// clubNamed reports whether a description names a body before its head
// word: "Rovers boss", not "veteran boss" or "Scottish manager".
func clubNamed(desc, head string) bool {
	for w := range strings.FieldsSeq(desc) {
		if strings.EqualFold(w, head) {
			return false
		}
		if clubWord(w) {
			return true
		}
	}
	return false
}

// clubWord reports whether w, a word of a description before its head,
// is a name: capitalised, and no nationality, title or small word.
func clubWord(w string) bool {
	return startsUpper(w) && !isNationality(w) && wordClassOf(strings.ToLower(w))&(cRole|cRoleMod|cFunction) == 0
}

// startsUpper reports whether w opens with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// askedClauseEnd returns the token after an opening participle clause of
// sentence si ("Asked whether …,", "Speaking with …,"), or 0. The clause's
// subject is the main clause's, so whoever it names is someone else: in
// "Asked whether the president would go, he said" he is not the president.
func (x *extractor) askedClauseEnd(si int) int {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	if w := p.lowerAt(s.a); !askedWords[w] && !(strings.HasSuffix(w, "ing") && p.isWordAt(s.a) && p.toks[s.a].class&cFunction == 0) {
		return 0
	}
	for i := s.a + 1; i < s.b; i++ {
		if !p.isComma(i) {
			continue
		}
		if subordinators[p.lowerAt(i+1)] && p.lowerAt(i+1) != "in" && p.lowerAt(i+1) != "on" && p.lowerAt(i+1) != "at" {
			continue // a second opening clause: "Asked about X, when Y …, Z said"
		}
		return i + 1
	}
	return 0
}

// askedWords open a participle clause whose subject is the main clause's:
// "Asked whether …,", and "Speaking to <Outlet>,", "Writing in <Paper>,",
// whose participles are function words, not the "-ing" form read above.
var askedWords = set(`asked pressed questioned quizzed speaking talking writing`)

// personByRole resolves "the minister" to the person last named with that
// role, or, when none was named yet, the next one named in the following
// sentences ("its governor warned … Governor Henrik Aalto said").
// subordinateRanks make a title another office than the title alone:
// "the minister" is not the deputy minister.
var subordinateRanks = []string{"deputy", "vice", "assistant", "junior", "under"}

// rankedTitleIn reports whether the padded title occurs in key, a role in
// lower case padded with spaces, with the rank word rank right before it,
// or, when rank is "", with no subordinate rank before it.
func rankedTitleIn(key, padded, rank string) bool {
	for off := 0; ; {
		i := strings.Index(key[off:], padded)
		if i < 0 {
			return false
		}
		before := key[:off+i]
		sp := strings.LastIndexByte(before, ' ')
		w := before[sp+1:]
		if rank != "" && w == rank || rank == "" && !slices.Contains(subordinateRanks, w) && w != "prime" {
			return true
		}
		if rank != "" && sp > 0 && w != "" && w != "prime" && !slices.Contains(subordinateRanks, w) {
			// "<Rank> <Place> <Title>", "<Rank> <Field> <Title>": the
			// rank before one word that narrows the title is still its
			// rank ("the <rank> <title>" for a "<Rank> <Place> <Title>").
			b2 := before[:sp]
			if b2[strings.LastIndexByte(b2, ' ')+1:] == rank {
				return true
			}
		}
		off += i + 1
	}
}

// sittingOffices are offices whose deputies and assistants sit as the
// office itself: an assistant coroner holding an inquest is "the coroner",
// a deputy judge hearing a case "the judge".
var sittingOffices = set(`coroner judge magistrate registrar recorder`)

func (x *extractor) personByRole(head, desc string, si, at int) *entity {
	acr := strings.TrimPrefix(desc, "the ")
	if len(acr) != len(head) || !strings.EqualFold(acr, head) || !isAcronym(acr) {
		acr = ""
	}
	if full, ok := titleAbbrevs[head]; ok {
		head = full
	}
	nat := nationalityOf(desc)
	padded := " " + head + " "
	same := roleSynonyms[head]
	if head == "foreign minister" {
		// "the FM": whatever the holder's title calls the post.
		same = foreignMinisterTitles
	}
	if topDiplomat(head, desc) {
		// "the head of <nationality> diplomacy", "the country's top
		// diplomat": the foreign minister, not an ambassador.
		head, padded, same = "foreign minister", " foreign minister ", foreignMinisterTitles
	}
	mods := titleModifiers(desc, head)
	field := "" // "the Minister of <Field>": not a minister of another field
	if head == "minister" {
		field = namedMinistryField(desc)
	}
	subordinate := "" // "the deputy minister": only a deputy minister
	prev := ""
	for w := range strings.FieldsSeq(desc) {
		if strings.EqualFold(w, head) {
			for _, pre := range subordinateRanks {
				if strings.EqualFold(prev, pre) {
					subordinate = pre
				}
			}
			if strings.EqualFold(prev, "prime") {
				// "the Prime Minister" is no minister of a department,
				// and "the minister" no prime minister: read like a rank.
				subordinate = "prime"
			}
		}
		prev = w
	}
	match := func(e *entity) bool {
		if e.kind != "person" && (e.kind != "anon" || x.namedOnly) || e.role == "" {
			return false
		}
		if strings.HasSuffix(e.role, " of") {
			// "the Minister of <Field> <Field>, <Name>,": a title cut
			// before its complement, which the name rules took for a
			// person so titled, holds no title; the holder in
			// apposition after it does.
			return false
		}
		key, other := e.roleInfo()
		found := strings.Contains(key, padded)
		for _, syn := range same {
			found = found || strings.Contains(key, syn)
		}
		if !found && head == "foreign minister" {
			// A minister of several portfolios, foreign affairs among
			// them but not first ("Minister of <Field> and Foreign
			// Affairs"), is the country's foreign minister all the same.
			found = foreignPortfolio(key)
		}
		if found && len(same) == 0 && !(subordinate == "" && sittingOffices[head]) {
			// "The Minister" is not the deputy minister named last: a
			// deputy's or an assistant's title is another office; "the
			// deputy minister" needs a deputy.
			found = rankedTitleIn(key, padded, subordinate)
		}
		if !found && head == "premier" && subordinate == "" {
			// "The premier" back to a "<Nationality> Prime Minister
			// <Name>": copy's short word for the head of government, not
			// a deputy's title.
			found = rankedTitleIn(key, " prime minister ", "")
		}
		if found && !clubMatches(desc, head, key, e.role) {
			return false
		}
		if found && otherPortfolio(field, e) {
			return false
		}
		// "the Japanese FM" is not the Indian one.
		if found && nat != "" && other == "" {
			// A title with no country of its own: the nationality the
			// article gave the holder where it introduced them ("the
			// <nationality> delegation, led by X", "his <nationality>
			// counterpart, X").
			other = x.introNationality(e)
		}
		return found && (nat == "" || other == "" || sameNationality(nat, other))
	}
	if sp := strings.LastIndexByte(desc, ' '); sp > 0 {
		// "Minister of <Field> <Surname> says": a title whose complement
		// the name rules read on into the surname after it is the holder
		// so named, not the holder of that title named last.
		if sur := desc[sp+1:]; startsUpper(sur) && !strings.EqualFold(sur, head) && !isKnownPlace(sur) {
			named := func(e *entity) bool {
				n := len(e.name) - len(sur)
				return n > 0 && e.name[n-1] == ' ' && e.name[n:] == sur && match(e)
			}
			if e := x.scanHolders(named, si, at); e != nil {
				return e
			}
		}
	}
	if comp := titleComplement(desc, head); comp != "" {
		// "The <Title> of <Body>" back to one of two holders of like
		// titles of different bodies is the one whose title names that
		// body, in full or by its initials, however near the other.
		ofBody := func(e *entity) bool {
			return match(e) && x.complementNames(e.role, head, comp)
		}
		if e := x.scanHolders(ofBody, si, at); e != nil {
			return e
		}
	}
	// "the <nationality> Minister" after two ministers met is the one the
	// article gave that nationality, not a nearer one it gave none (the
	// host's minister, whom the host's own release leaves unmarked): a
	// holder with no nationality does only when no holder so marked is
	// found. The words before the title's noun come first.
	if len(mods) > 0 {
		// "the Finance chief", "the junta spokesman", "the border guard
		// spokesman": the words before the title's noun narrow it to
		// the holder whose title has them, the most recent one; a
		// generic head ("chief", "head", "boss") is the top of that
		// field, whatever the title's own noun ("Finance Secretary").
		generic := genericHeads[head]
		if !generic {
			// "the <Field> <Title>" back to one of two holders whose
			// titles both hold the field is the one whose title reads
			// so, the words side by side ("<Field> <Title> X Y"), not the
			// nearer one that has the field elsewhere ("<Title> of the
			// Ministry of <Field>, <Field> and <Field>").
			phrase := " " + strings.Join(mods, " ") + padded
			tight := func(e *entity) bool {
				if !match(e) {
					return false
				}
				key, other := e.roleInfo()
				return strings.Contains(key, phrase) && (nat == "" || other == "" || sameNationality(nat, other))
			}
			if e := x.scanHolders(tight, si, at); e != nil {
				return e
			}
		}
		strict := func(e *entity) bool {
			if !generic && !match(e) || generic && (e.kind != "person" || e.role == "") {
				return false
			}
			key, other := e.roleInfo()
			for _, m := range mods {
				if !strings.Contains(key, " "+m+" ") && !bodyInitialsInTitle(desc, m, e.role) {
					return false
				}
			}
			return nat == "" || other == "" || sameNationality(nat, other)
		}
		if e := x.scanHolders(strict, si, at); e != nil {
			return e
		}
	}
	if nat != "" {
		marked := func(e *entity) bool {
			if !match(e) {
				return false
			}
			_, other := e.roleInfo()
			return other != "" || x.introNationality(e) != ""
		}
		if e := x.scanHolders(marked, si, at); e != nil {
			return e
		}
	}
	if e := x.scanHolders(match, si, at); e != nil {
		if strings.EqualFold(desc, head) {
			// "the minister", "The Minister": the bare title, in
			// capitals or not.
			if lead := x.leadBesideCompanion(e, match, si, at); lead != nil {
				return lead
			}
		}
		return e
	}
	if nat != "" && generalOffices[head] {
		// "the <Nationality> official" when no title has the noun: the
		// titled person the article gave that nationality, however
		// their title reads ("State Secretary for <Field> of <Country>").
		marked := func(e *entity) bool {
			if e.kind != "person" || e.role == "" {
				return false
			}
			_, other := e.roleInfo()
			if other == "" {
				other = x.introNationality(e)
			}
			return other != "" && sameNationality(nat, other)
		}
		if e := x.scanHolders(marked, si, at); e != nil {
			return e
		}
	}
	if acr == "" {
		return nil
	}
	// "The CMO said" when no one holds the title a list spells the
	// initials as: the initials of the title of someone named before
	// ("Chief Medical Officer Dr X").
	return x.initialledTitleHolder(acr, si, at)
}

// titleComplement returns the body a title's description names after
// its noun and "of" ("<Title> of the <ACR>" gives "<ACR>"), without the
// article; "" when there is none or it is no body's capitals.
func titleComplement(desc, head string) string {
	lower := strings.ToLower(desc)
	i := strings.Index(lower, head+" of ")
	if i < 0 || len(lower) != len(desc) {
		return ""
	}
	comp := desc[i+len(head)+len(" of "):]
	comp = strings.TrimPrefix(strings.TrimPrefix(comp, "the "), "The ")
	if !startsUpper(comp) {
		return ""
	}
	return comp
}

// complementNames reports whether a holder's title names the body comp
// after its noun: the same words, or the body spelled out whose initials
// comp is ("<Title> of the <Word> <Word> <Head>" for "<Title> of the
// <ACR>"), or a name the cast knows as the same body.
func (x *extractor) complementNames(role, head, comp string) bool {
	own := titleComplement(role, head)
	if own == "" {
		return false
	}
	if strings.EqualFold(own, comp) || complementRunsOn(own, comp) {
		return true
	}
	if isAcronym(comp) && strings.ReplaceAll(comp, ".", "") == initials(own) {
		return true
	}
	a, b := x.cast.lookup(comp), x.cast.lookup(own)
	return a != nil && a == b
}

// complementRunsOn reports whether a holder's title complement own is
// comp and more, joined by a word in lower case ("<Title> of State at the
// Ministry of <Field>", "<Title> of State for <Field>", "<Title> of
// <Field> and <Field>" for "the <Title> of State", "the <Title> of
// <Field>"): copy names a holder again by the head of a long title, and
// the rest only says where or for what it is held.
func complementRunsOn(own, comp string) bool {
	if len(own) <= len(comp)+1 || own[len(comp)] != ' ' || !strings.EqualFold(own[:len(comp)], comp) {
		return false
	}
	next := own[len(comp)+1:]
	return next != "" && 'a' <= next[0] && next[0] <= 'z'
}

// bodyInitialsInTitle reports whether the modifier m of a title ("the
// <ACR> <title>") is the initials of the body a holder's title names in
// full ("The <Title> of the <Word> <Word> <Body>"): the article spelt the
// body out where it named the person, then short. The modifier must be
// written as an acronym in desc, of two letters or more.
func bodyInitialsInTitle(desc, m, role string) bool {
	if len(m) < 2 || role == "" {
		return false
	}
	for w := range strings.FieldsSeq(desc) {
		if len(w) == len(m) && isAcronym(w) && strings.EqualFold(w, m) {
			return strings.Contains(initials(role), strings.ToUpper(m))
		}
	}
	return false
}

// holdersVoice resolves an unnamed spokesperson for a post's holder ("a
// spokesperson for the <title>", "the <title>'s spokesman", "a press
// secretary to the <title>") to the person the article named with that
// title: the sets give a named person's spokesperson's words to that
// person. Nil when the phrase is no such voice, or no one named holds the
// post.
func (x *extractor) holdersVoice(r *ref, si, at int) *entity {
	if r.object || r.plural() || !strings.HasPrefix(r.head, "spokes") && r.head != "secretary" || r.org != "" {
		return nil
	}
	text := strings.ToLower(r.text)
	title := ""
	if i := strings.Index(text, "'s "); i > 0 && strings.HasSuffix(text, " "+r.head) {
		title = text[:i] // "the <title>'s spokesman"
	} else {
		for _, prep := range [...]string{" for the ", " to the ", " of the "} {
			if _, t, ok := strings.Cut(text, prep); ok {
				title = t
				break
			}
		}
	}
	if r.head == "secretary" && !strings.HasPrefix(text, "press secretary") {
		return nil
	}
	head := title[strings.LastIndexByte(title, ' ')+1:]
	if head == "" || !isRoleWord(head) || strings.HasPrefix(head, "spokes") {
		return nil
	}
	if e := x.personByRole(head, "the "+title, si, at); e != nil && e.kind == "person" && x.mentionedBefore(e, si) {
		return e
	}
	if strings.Contains(title, " ") {
		return nil
	}
	// "The minister" for the one minister named before, though their
	// title has a rank ("Assistant Minister for <Field> <Name>"): with no
	// other holder to tell apart, copy drops the rank.
	padded := " " + head + " "
	var only *entity
	for s := 0; s < si && s < len(x.mentions); s++ {
		for _, m := range x.mentions[s] {
			if m.e.kind != "person" || m.e == only {
				continue
			}
			if key, _ := m.e.roleInfo(); strings.Contains(key, padded) {
				if only != nil {
					return nil
				}
				only = m.e
			}
		}
	}
	return only
}

// generalOffices name any holder of a public post by what they do for
// their state, not by their title: "the <Nationality> official", "the
// <Nationality> negotiator".
var generalOffices = set(`official politician delegate negotiator`)

// scanHolders returns the person a description at token at of sentence si
// means among those match accepts: named before it in the sentence, in
// the dozen sentences before, in the four after, or, further back, the
// only one.
func (x *extractor) scanHolders(match func(*entity) bool, si, at int) *entity {
	from := x.askedClauseEnd(si)
	for _, m := range x.mentions[si] {
		if m.tok >= from && m.tok < at && match(m.e) {
			return m.e
		}
	}
	for s := si - 1; s >= 0 && si-s <= 12; s-- {
		for i := len(x.mentions[s]) - 1; i >= 0; i-- {
			if match(x.mentions[s][i].e) {
				return x.mentions[s][i].e
			}
		}
	}
	for s := si; s < len(x.mentions) && s-si <= 4; s++ {
		for _, m := range x.mentions[s] {
			if (s > si || m.tok > at) && match(m.e) {
				return m.e
			}
		}
	}
	// Further back, the only one who holds it: "the judge" of a court
	// report, named once at its start.
	var only *entity
	for s := si - 13; s >= 0; s-- {
		for _, m := range x.mentions[s] {
			if match(m.e) {
				if only != nil && only != m.e {
					return nil
				}
				only = m.e
			}
		}
	}
	return only
}

// introNationality is the nationality the article set nearest before a
// person's name where it named them, within the sentence and not past
// another person named in it: "the <nationality> delegation was led by X",
// "met his <nationality> counterpart, X". "" when no mention has one.
func (x *extractor) introNationality(e *entity) string {
	for s, ms := range x.mentions {
		for n, m := range ms {
			if m.e != e {
				continue
			}
			ds := x.d.sents[s]
			p := x.d.paras[ds.p]
			for i := m.tok; i < m.tok+3 && i+1 < ds.b && p.isWordAt(i); i++ {
				// "the <nationality> FM said": the description itself.
				if w := p.word(i); p.toks[i].isCap(p.text) && countryOfWord(w) != "" && p.isRoleAt(i+1) {
					return strings.ToLower(w)
				}
			}
			stop := ds.a
			for k := n - 1; k >= 0; k-- {
				if ms[k].e != e && ms[k].e.kind == "person" {
					stop = ms[k].tok + 1
					break
				}
			}
			for i := m.tok - 1; i >= stop; i-- {
				if !p.isWordAt(i) || !p.toks[i].isCap(p.text) {
					continue
				}
				w := p.word(i)
				if isPossessive(w) {
					continue
				}
				if countryOfWord(w) != "" {
					return strings.ToLower(w)
				}
			}
		}
	}
	return ""
}

// genericHeads name the top of whatever field or body the words before
// them give, whatever the holder's title calls the post: "the Finance
// chief" for the Finance Secretary, "the army head".
var genericHeads = set(`chief head boss`)

// foreignMinisterTitles are the ways a title names a foreign minister.
var foreignMinisterTitles = []string{" foreign minister ", " minister of foreign affairs ", " foreign affairs minister ", " minister for foreign affairs ", " foreign secretary ",
	" minister for europe and foreign affairs ", " minister of europe and foreign affairs "}

// foreignPortfolio reports whether a title key (lower case, padded) is a
// minister's whose list of portfolios names foreign affairs after another
// one: " minister of <field> and foreign affairs ".
func foreignPortfolio(key string) bool {
	for _, pre := range []string{" minister of ", " minister for "} {
		i := strings.Index(key, pre)
		if i < 0 {
			continue
		}
		rest := key[i+len(pre):]
		j := strings.Index(rest, " and foreign affairs ")
		if j < 0 {
			j = strings.Index(rest, ", foreign affairs ")
		}
		// Only portfolio words between: not past another title or body.
		if j > 0 && !strings.ContainsAny(rest[:j], ",;()") && !strings.Contains(rest[:j], " of ") {
			return true
		}
	}
	return false
}

// topDiplomat reports whether a description with this head means a
// country's foreign minister as copy varies the title: "the head of
// <nationality> diplomacy", "the chief of diplomacy", "the top diplomat".
func topDiplomat(head, desc string) bool {
	d := strings.ToLower(desc)
	switch head {
	case "head", "chief":
		// "the head of the <nationality> foreign ministry" too.
		return strings.HasSuffix(d, " diplomacy") || strings.HasSuffix(d, " foreign ministry") || strings.HasSuffix(d, " ministry of foreign affairs")
	case "diplomat":
		return strings.Contains(" "+d, " top diplomat") || strings.Contains(" "+d, " chief diplomat")
	}
	return false
}

// titleModifiers returns the words of a description before its head, in
// lower case, that a title could hold: "finance" in "the Finance chief",
// "junta" in "the junta spokesman"; not a nationality, a rank or a word
// that only describes ("veteran", "top").
func titleModifiers(desc, head string) []string {
	var mods []string
	for w := range strings.FieldsSeq(desc) {
		lw := strings.ToLower(w)
		if lw == head || strings.HasPrefix(head, lw+" ") {
			return mods
		}
		if lw == "the" || isNationality(w) || isPossessive(w) || slices.Contains(subordinateRanks, lw) || plainModifiers[lw] || !isLetters(lw) {
			continue
		}
		mods = append(mods, lw)
	}
	return nil // the head is not among its words: "head of X diplomacy"
}

// plainModifiers describe a title's holder without naming a field or body
// their title would hold.
var plainModifiers = set(`top senior chief veteran longtime long-time new former outgoing incoming acting interim current then embattled powerful influential young old`)

// isLetters reports whether w is letters and hyphens only.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// personOfBody resolves "the Kremlin spokesman" or "the Kremlin
// official" to the person named before whose title names that body, and
// that title for a spokesman: "Kremlin Spokesman Arkady Belov".
func (x *extractor) personOfBody(r *ref, si, at int) *entity {
	org := " " + strings.ToLower(r.org) + " "
	head := " " + r.head + " "
	generic := strings.HasPrefix(r.head, "official") || r.head == "representative"
	match := func(e *entity) bool {
		if e.kind != "person" || e.role == "" {
			return false
		}
		key, _ := e.roleInfo()
		if !strings.Contains(key, org) {
			return false
		}
		found := generic || strings.Contains(key, head)
		for _, syn := range roleSynonyms[r.head] {
			found = found || strings.Contains(key, syn)
		}
		return found
	}
	for w := x.mentionsBack(si, at, 12); w.next(); {
		if match(w.e) {
			return w.e
		}
	}
	return nil
}

// bodyInTitleBefore returns the body a person's title named in this
// sentence before token at or in the sentence before it, in the same
// paragraph, by a capitalised name with the head word in it ("The <rank>
// head of the <Name> Mission in <Place>, <Title> <Given> <Surname>,
// <verb>. “…,” the mission said"): a body named only inside a title is no
// mention, yet "the <head>" calls it again. Only a body the article or
// the registry already knows by that name counts there — or one named
// right before a title and the holder's name ("<Place> City <Head>
// spokesperson <Given> <Surname>"), which may be as far back as three
// sentences and two paragraphs: the body a named speaker spoke for, whose
// statement copy then gives to "the <head>". Nil otherwise.
func (x *extractor) bodyInTitleBefore(head string, si, at int) *entity {
	para := x.d.sents[si].p
	for s := si; s >= 0 && s >= si-3 && x.d.sents[s].p >= para-2; s-- {
		near := s >= si-1 && x.d.sents[s].p == para
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		end := sr.b
		if s == si {
			end = min(at, sr.b)
		}
		for i := end - 1; i > sr.a; i-- {
			if p.toks[i].q != 0 || p.toks[i].lw != head || !p.toks[i].isCap(p.text) || !p.isNameWord(i-1) || isPossessive(p.word(i-1)) {
				continue
			}
			j := i - 1
			for j-1 >= sr.a && p.isWordAt(j-1) && p.toks[j-1].isCap(p.text) && p.toks[j-1].q == 0 && !isPossessive(p.word(j-1)) && p.lowerAt(j-1) != "the" {
				j--
			}
			k := i + 1
			for k+1 < end && (p.lowerAt(k) == "in" || p.lowerAt(k) == "of" || p.lowerAt(k) == "for") && p.isNameWord(k+1) {
				k += 2
				for k < end && p.isNameWord(k) {
					k++
				}
			}
			name := p.textOf(j, k)
			// Further back, a paragraph or two before, only a body named
			// in a person's title ("<Place> City <Head> spokesperson
			// <Given> <Surname>") counts; one so named counts even when
			// neither the article nor the registry knows it.
			titled := k == i+1 && k+1 < sr.b && isRoleWord(p.lw(k)) && p.isNameWord(k+1) && i > j
			if !near && !titled {
				continue
			}
			if e := x.cast.lookup(name); e != nil {
				if e.kind == "organisation" {
					return e
				}
				return nil
			}
			if sp := x.cast.regSpeaker(name); sp != nil && sp.Kind == "organisation" {
				return x.cast.fromRegistry(sp)
			}
			if full := unSpelledOut(&entity{name: name, kind: "organisation"}); full != "" {
				if sp := x.cast.regSpeaker(full); sp != nil && sp.Kind == "organisation" {
					return x.cast.fromRegistry(sp) // "UN <Body>"
				}
			}
			if titled {
				return x.cast.org(name, "")
			}
			return nil
		}
	}
	return nil
}

// orgByLastWord returns the body named last, back a dozen sentences before
// si, whose name of several capitalised words ends in word ("the Unit" for
// "<Field> Health Unit"): a body's own kind word, which no list of heads
// holds, calls it again. Nil when no name ends so.
func (x *extractor) orgByLastWord(word string, si int) *entity {
	for s := si; s >= 0 && si-s <= 12; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		for i := sr.b - 1; i > sr.a; i-- {
			if p.toks[i].q != 0 || !p.isWordAt(i) || !p.toks[i].isCap(p.text) || !strings.EqualFold(p.word(i), word) || !p.isNameWord(i-1) || isPossessive(p.word(i-1)) {
				continue
			}
			j := i - 1
			for j-1 >= sr.a && p.isNameWord(j-1) && !isPossessive(p.word(j-1)) {
				j--
			}
			return x.knownOrNewBody(p.textOf(j, i+1))
		}
	}
	return nil
}

// backWalk steps back over the mentions made before token at of
// sentence si, the nearest first, through the window sentences before
// si: a loop the resolvers write often, with no closure to call. The
// walks back to the article's start on every "the <head>" (orgByHeadAt's
// first, courtThatRuled) keep their own loops: through the walk their
// instructions rose measurably.
type backWalk struct {
	ms        [][]mention
	si, at    int
	s, i, end int
	e         *entity // the mention next stepped to
}

// mentionsBack starts a backWalk from token at of sentence si; none
// when si is below 0.
func (x *extractor) mentionsBack(si, at, window int) backWalk {
	w := backWalk{ms: x.mentions, si: si, at: at, end: max(si-window, 0)}
	if si >= 0 {
		w.s, w.i = si, len(x.mentions[si])
	}
	return w
}

// next steps to the mention before the last one, setting e; false past
// the window.
func (w *backWalk) next() bool {
	for {
		for w.i--; w.i >= 0; w.i-- {
			if m := &w.ms[w.s][w.i]; w.s < w.si || m.tok < w.at {
				w.e = m.e
				return true
			}
		}
		if w.s <= w.end {
			return false
		}
		w.s--
		w.i = len(w.ms[w.s])
	}
}

// nearerBody returns the organisation other than e named last before
// token at of sentence si, within the two sentences before it, when e is
// named no nearer and the body shares no word of e's name; nil otherwise.
func (x *extractor) nearerBody(e *entity, si, at int) *entity {
	for w := x.mentionsBack(si, at, 2); w.next(); {
		if w.e == e {
			return nil
		}
		if w.e.kind == "organisation" {
			for f := range strings.FieldsSeq(w.e.name) {
				if len(f) > 2 && hasWordFold(e.name, f) {
					return nil // the listed body by a shorter name of its own
				}
			}
			return w.e
		}
	}
	return nil
}

// orgByHead resolves "the ministry" or "the company" to the organisation
// last named so.
func (x *extractor) orgByHead(head string, si int) *entity {
	return x.orgByHeadAt(head, si, 1<<30)
}

// orgByHeadAt is orgByHead for the phrase at token at of sentence si,
// which means a body named before it: in "the organization said … the
// board of the state company X", X is not the organization.
func (x *extractor) orgByHeadAt(head string, si, at int) *entity {
	for s := si; s >= 0; s-- {
		ms := x.mentions[s]
		for i := len(ms) - 1; i >= 0; i-- {
			if e := ms[i].e; e.kind == "organisation" && e.heads[head] && (s < si || ms[i].tok < at) {
				if genericOrgHeads[head] && e.reg != nil && !hasWordFold(e.name, head) {
					// "the agency" for a listed body whose name has no
					// such word, only the registry's role: a body of any
					// name the sentences just before named comes first.
					if n := x.nearerBody(e, si, at); n != nil {
						return n
					}
				}
				return e
			}
		}
	}
	if kinds := bodyKindWords[head]; kinds != nil {
		// "<Place> Police have closed … “…,” the force said": a body
		// called back by a word for its kind that its own name does not
		// hold, the nearest body named before whose head is of that kind.
		for w := x.mentionsBack(si, at, 8); w.next(); {
			if e := w.e; e.kind == "organisation" && anyHeadIn(e, kinds) {
				return e
			}
		}
	}
	if head == "club" {
		// "<Place> HC have sacked … the club said": a sports club named
		// by its abbreviation, whose name holds no "club", not long before.
		for w := x.mentionsBack(si, at, 8); w.next(); {
			if e := w.e; e.kind == "organisation" && clubAbbreviated(e.name) {
				return e
			}
			if e := w.e; e.kind == "person" && e.reg == nil && e.role == "" && e.gender == unknownGender && clubAbbreviated(e.name) {
				// "<Name> Sports said …": the capitals the reader
				// took for a person's are the club's.
				e.kind, e.formed = "organisation", nil
				x.cast.addHead(e, head)
				return e
			}
		}
		// Further back, the one club so named that the article names:
		// a match report opens on the club and calls it "the club" in
		// its last paragraphs.
		var one *entity
		many := false
		for s := si - 9; s >= 0 && !many; s-- {
			for _, m := range x.mentions[s] {
				e := m.e
				if e == one || !clubAbbreviated(e.name) || e.kind != "organisation" && (e.kind != "person" || e.reg != nil || e.role != "" || e.gender != unknownGender) {
					continue
				}
				many = one != nil
				one = e
			}
		}
		if one != nil && !many {
			if one.kind == "person" {
				one.kind, one.formed = "organisation", nil
				x.cast.addHead(one, head)
			}
			return one
		}
	}
	if businessHeads[head] || genericOrgHeads[head] {
		// "The <Name> group, whose …, …. “…,” the group said": the
		// body the article just put beside the noun, before whichever
		// body was named last.
		if e := x.byKindWord(head, si); e != nil && e.kind == "organisation" {
			return e
		}
	}
	if businessHeads[head] {
		// "The utility said": the company named last, a power company.
		for s := si; s >= 0; s-- {
			ms := x.mentions[s]
			for i := len(ms) - 1; i >= 0; i-- {
				if e := ms[i].e; e.kind == "organisation" && e.business && (s < si || ms[i].tok < at) {
					return e
				}
			}
		}
		// "<Name> <Trade> said …. “…,” the company said", the firm's
		// full name "<Name> <Trade> Limited" or "<Name> <Trade> (Pvt)
		// Ltd" given elsewhere: capitals the reader took for a person's,
		// which the article writes with a firm's legal form, are the
		// company, when the article names no company otherwise.
		for w := x.mentionsBack(si, at, 3); w.next(); {
			if e := w.e; e.kind == "person" && x.firmTakenForPerson(e) {
				if full := x.cast.fullFirmOf(e); full != nil {
					e = full // the name in full, with its legal form
				}
				e.kind, e.business, e.formed = "organisation", true, nil
				x.cast.addHead(e, head)
				return e
			}
		}
	}
	if genericOrgHeads[head] {
		if e := x.whichSubject(head, si, at); e != nil {
			return e
		}
		// "The American Farm Bureau Federation … welcomed the vote. '…,'
		// the group said": the organisation named last, not long before.
		for w := x.mentionsBack(si, at, 8); w.next(); {
			if w.e.kind == "organisation" {
				return w.e
			}
		}
	}
	if businessHeads[head] {
		return x.bodyBeforeItsNoun(head, si, at)
	}
	return x.writtenRegistryBody(head)
}

// writtenRegistryBody returns the one registry body that "the <head>"
// can mean when the article names no body of that head the reader kept:
// a body whose name or alias ends in the head word and that the article
// writes out in full, headline included, where the reader lost it (a long
// name with "and" in it, a headline's tag). Two such bodies are a coin
// toss: nil. Read only when the head word found no body otherwise.
func (x *extractor) writtenRegistryBody(head string) *entity {
	if x.cast.reg == nil || head == "" {
		return nil
	}
	var one *briefings.Speaker
	for _, o := range x.cast.reg.orgRoles {
		if one == o.sp {
			continue
		}
		// The name, then its aliases, with no slice built for each body:
		// this runs for every "the <head>" no body of the article took.
		for i := -1; i < len(o.sp.Aliases); i++ {
			n := o.sp.Name
			if i >= 0 {
				n = o.sp.Aliases[i]
			}
			sp := strings.LastIndexByte(n, ' ')
			if sp < 0 || !strings.EqualFold(n[sp+1:], head) || !x.writesName(n) {
				continue
			}
			if one != nil {
				return nil
			}
			one = o.sp
			break
		}
	}
	if one == nil {
		return nil
	}
	return x.cast.fromRegistry(one)
}

// runeBefore is the last rune of s, utf8.RuneError for "".
func runeBefore(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// writesName reports whether the article's headline or a paragraph
// holds name as written, as whole words.
func (x *extractor) writesName(name string) bool {
	has := func(t string) bool {
		for off := 0; ; {
			i := strings.Index(t[off:], name)
			if i < 0 {
				return false
			}
			i += off
			if !letterAt(t, i+len(name)) && !unicode.IsLetter(runeBefore(t[:i])) {
				return true
			}
			off = i + 1
		}
	}
	if has(x.d.head) {
		return true
	}
	for _, p := range x.d.paras {
		if has(p.text) {
			return true
		}
	}
	return false
}

// possessedUnitOwner returns the body's head word in "<title> from (of,
// at, in) the <head>'s <unit words>", in lower case ("<head>" in
// "<title> from the <head>'s <field> <unit>"), or "" when the
// description has none.
func possessedUnitOwner(text string) string {
	i := strings.Index(text, " the ")
	if i < 0 {
		return ""
	}
	before := text[:i]
	if sp := strings.LastIndexByte(before, ' '); sp >= 0 {
		before = before[sp+1:]
	}
	switch before {
	case "from", "of", "at", "in":
	default:
		return ""
	}
	rest := text[i+5:]
	sp := strings.IndexByte(rest, ' ')
	if sp < 0 {
		return ""
	}
	w := rest[:sp]
	stem := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if stem == w || !orgHeads[stem] {
		return ""
	}
	return stem
}

// bodyBeforeItsNoun returns, for "the company" that no body named answers,
// the body a sentence of the eight before names, as a preposition's
// object, right before it calls it "the company" ("<people> at <Name>
// will <verb> … after the company <verb>ed …"): the last body named
// before the noun in that sentence, with no person between, and none
// whose head says it is a public body; or capitals after "the" there
// that no list reads as a body. Nil when no sentence does so.
func (x *extractor) bodyBeforeItsNoun(head string, si, at int) *entity {
	for s := si; s >= 0 && si-s <= 8; s-- {
		st := x.d.sents[s]
		p := x.d.paras[st.p]
		end := st.b
		if s == si {
			end = min(end, at)
		}
		for k := st.a + 1; k+1 < end; k++ {
			if !p.isWordAt(k) || p.lw(k) != "the" || p.lw(k+1) != head {
				continue
			}
			var found *entity
			ftok := -1
			for _, m := range x.mentions[s] {
				if m.tok < k && m.tok > ftok && (m.e.kind == "organisation" || m.e.kind == "person") {
					found, ftok = m.e, m.tok
				}
			}
			if found != nil && found.kind == "organisation" && found.reg == nil && !anyHeadIn(found, publicHeads) && p.afterPrep(ftok) {
				return found
			}
			if found == nil {
				// Capitals after "the" that no list reads as a body
				// ("the <Name> <Trade> <Place>"): the company's name.
				e := k - 1
				for e > st.a && !p.isNameWord(e) {
					e--
				}
				j := e
				for j > st.a && p.isNameWord(j) {
					j--
				}
				if e-j >= 2 && p.lw(j) == "the" && !p.toks[j].isCap(p.text) && p.afterPrep(j+1) {
					if name := p.textOf(j+1, e+1); !isKnownPlace(name) && x.cast.lookup(name) == nil {
						return x.cast.org(name, head)
					}
				}
			}
			break
		}
	}
	return nil
}

// afterPrep reports whether the name at token i is a preposition's
// object, with or without "the" between: "workers at the <Name>", not
// the sentence's subject.
func (p *para) afterPrep(i int) bool {
	if i >= 1 && p.lw(i-1) == "the" {
		i--
	}
	return i >= 1 && p.isWordAt(i-1) && p.toks[i-1].class&cPrep != 0
}

// anyHeadIn reports whether a body's name holds a head word of the set.
func anyHeadIn(e *entity, heads map[string]bool) bool {
	for h := range e.heads {
		if heads[h] {
			return true
		}
	}
	return false
}

// whichSubject returns the body a sentence of the paragraph, this one
// before token at or the one before, opens with, set off by ", which"
// ("<Name>, which <clause>, <verb> …. '…,' the organisation said"): a
// name "which" follows is a body's, not a person's, and the subject the
// noun goes back to over any body the sentence names after it. Capitals
// read as a person's name with no given name, title or gender become the
// body. Nil when neither sentence opens so.
func (x *extractor) whichSubject(head string, si, at int) *entity {
	for s := si; s >= 0 && s >= si-1; s-- {
		st := x.d.sents[s]
		if st.p != x.d.sents[si].p {
			return nil
		}
		p := x.d.paras[st.p]
		a := st.a
		if p.lowerAt(a) == "the" {
			a++
		}
		k := a
		for k < st.b && k < a+8 && p.isWordAt(k) && (p.isNameWord(k) || k > a && p.isFunctionAt(k)) {
			k++
		}
		if k == a || k+1 >= st.b || s == si && k >= at || !p.isComma(k) || p.lowerAt(k+1) != "which" {
			continue
		}
		name := p.textOf(a, k)
		for _, m := range x.mentions[s] {
			if e := m.e; e.name == name {
				switch {
				case e.kind == "organisation":
					return e
				case e.kind == "person" && e.reg == nil && e.role == "" && e.gender == unknownGender:
					if _, given := givenGender(strings.ToLower(strings.Fields(e.name)[0])); !given {
						return x.cast.org(e.name, head)
					}
				}
				return nil
			}
		}
		return nil
	}
	return nil
}

// clubAbbreviations are the capitals a sports club's name opens or ends
// with in place of "club" ("<Place> HC", "FC <Place>", "<Place> IF").
var clubAbbreviations = set(`FC AFC CF HC SC BK IF FF IK FK SK AIK HK`)

// clubOpenings are the capitals that open a sports club's name only,
// never end it: "AS <Place>" (a Norwegian firm's name ends "AS").
var clubOpenings = set(`AS`)

// clubAbbreviated reports whether a body's name of two words or more
// opens or ends with a sports club's abbreviation (clubAbbreviations),
// in capitals, or ends with a word only a sports club's name ends in
// (clubNameEnds: "<Name> Sports", "<Place> Rovers").
func clubAbbreviated(name string) bool {
	sp := strings.IndexByte(name, ' ')
	if sp < 0 {
		return false
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return clubAbbreviations[last] || clubAbbreviations[name[:sp]] || clubOpenings[name[:sp]] || clubNameEnds[last]
}

// clubNameEnds are capitalised words that end a sports club's name in
// place of "club": "<Name> Sports", "<Place> Rovers", "<Place> Wanderers".
var clubNameEnds = set(`Sports Rovers Wanderers Athletic Hotspur Albion`)

// personByEpithet resolves "the Brazilian", "the 19-year-old" or "the
// winger": the person named before whose description says so ("Brazilian
// qualifier Lucas Moreira"), or whose age the article gave ("Endo, 64,");
// else the person a recent sentence is about (its speaker, or the first
// person it names), back to the paragraph before; else, for a
// nationality, the last person who spoke, and for anything else the
// article's main subject.
func (x *extractor) personByEpithet(word string, si, at int) *entity {
	age := strings.TrimSuffix(word, "-year-old")
	says := func(s int, m mention) bool {
		if m.e.kind != "person" {
			return false
		}
		if strings.Contains(" "+strings.ToLower(m.e.role)+" ", " "+word+" ") {
			return true
		}
		p := x.d.paras[x.d.sents[s].p]
		if adj := nationalAdjective(word); adj != "" {
			// "the Spaniard" for the "Spanish coach, X" or the one whose
			// role gives that nationality: the noun and its adjective are
			// one nationality.
			// Only an adjective counts: a country's name or possessive
			// before a title ("<Country>'s minister") is left to the
			// rules that read it.
			if _, nat := m.e.roleInfo(); nat != "" && !isKnownPlace(upperFirst(nat)) && sameNationality(nat, adj) {
				return true
			}
			if first, rest, _ := strings.Cut(m.e.role, " "); isPossessive(first) && nationalityOf(rest) == "" && isKnownPlace(stripPossessive(first)) && sameNationality(strings.ToLower(stripPossessive(first)), adj) {
				// "<Country>'s <Name> won …": results copy gives an
				// athlete's country so, then calls them by its demonym;
				// not "<Country>'s <Nationality> coach", a team's.
				return true
			}
			if c, ok := strings.CutPrefix(m.e.role, "of "); ok && isKnownPlace(c) && sameNationality(strings.ToLower(c), adj) {
				// "<Given> <Surname> of <Country> won …": results copy
				// gives an athlete's country after the name, then calls
				// them by its demonym ("the <Demonym>").
				return true
			}
			for w := range strings.FieldsSeq(m.e.role) {
				// "<Country>'s <Nationality> coach": the team's
				// country first, then the coach's own nationality.
				if r := firstRune(w); r >= 'A' && r <= 'Z' && !isPossessive(w) && isNationality(w) && !isKnownPlace(w) && sameNationality(strings.ToLower(w), adj) {
					return true
				}
			}
			k := m.tok - 1
			if p.isComma(k) {
				k-- // "<Adjective> <title>, X"
			}
			for stop := k - 3; k >= 0 && k > stop && p.isWordAt(k); k-- {
				if w := p.lw(k); p.toks[k].isCap(p.text) && !isKnownPlace(p.word(k)) && sameNationality(w, adj) {
					return true
				}
			}
		}
		if age != word {
			// "Kazuo Endo, 64," or "Endo, 64, who heads …".
			k := m.tok + 1
			for k < len(p.toks) && p.isNameWord(k) {
				k++
			}
			return p.isComma(k) && p.lowerAt(k+1) == age
		}
		// "Brazilian qualifier Lucas Moreira": the word just before the name.
		for k := m.tok - 1; k >= 0 && m.tok-k <= 3 && p.isWordAt(k); k-- {
			if p.lw(k) == word {
				return true
			}
		}
		return false
	}
	for s := si; s >= 0; s-- {
		ms := x.mentions[s]
		for i := len(ms) - 1; i >= 0; i-- {
			if (s < si || ms[i].tok < at) && says(s, ms[i]) {
				return ms[i].e
			}
		}
	}
	// Of another nationality: "the Norwegian" is not the Indian; nor is
	// someone who spoke of "the 31-year-old" earlier the 31-year-old.
	talkedOf := x.talkedOfEpithet(word, si)
	other := func(e *entity) bool {
		if e == talkedOf {
			return true
		}
		_, nat := e.roleInfo()
		return demonyms[word] && nat != "" && !sameNationality(nat, word)
	}
	para := x.d.sents[si].p
	for s := si - 1; s >= 0 && x.d.sents[s].p >= para-1; s-- {
		if sp := x.speakerAt[s]; sp != nil && sp.kind == "person" && !other(sp) {
			return sp
		}
		if e := x.pronounOnly(s); e != nil && !other(e) {
			return e // "Did her family mind? “…,” the 47-year-old says": whom "her" means
		}
		end := x.askedClauseEnd(s)
		for _, m := range x.mentions[s] {
			if m.tok < end {
				continue
			}
			if m.e.kind == "person" && (m.e.confirmed || x.opensSentenceBefore(s, si, m.tok) || x.titledSubjectJustBefore(s, si, m.tok)) && !other(m.e) && !x.ownsNamedPerson(s, m.tok) {
				return m.e
			}
			if e := x.possessorPerson(m.e); e != nil && !other(e) {
				return e // "<Name>'s team <verb>ed … “…,” the <age>-year-old said"
			}
		}
	}
	if demonyms[word] {
		for s := si - 1; s >= 0 && si-s <= 8; s-- {
			if sp := x.speakerAt[s]; sp != nil && sp.kind == "person" && !other(sp) {
				return sp
			}
		}
		if ms := x.mainSubject(); ms != nil && ms.confirmed && !other(ms) {
			// No one has spoken yet but a body: the one person the
			// story is about, whom its opening names, is the one
			// its "the <Demonym>" means.
			return ms
		}
		return nil
	}
	if ms := x.mainSubject(); ms != nil && !other(ms) {
		return ms
	}
	return nil
}

// possessorPerson returns the person whose side, team or crew a body's
// name is ("<Name>'s team", "<Name>'s rink"), read as a body because of
// its noun: a sentence about it is about them, whom an epithet after it
// may mean. Nil for any other entity or a possessor the article has not
// named as a person.
func (x *extractor) possessorPerson(e *entity) *entity {
	if e.kind != "organisation" || e.reg != nil {
		return nil
	}
	i := strings.Index(e.name, "'s ")
	if i < 0 {
		if i = strings.Index(e.name, "’s "); i < 0 {
			return nil
		}
	}
	if o := x.cast.lookup(e.name[:i]); o != nil && o.kind == "person" && o.confirmed {
		return o
	}
	return nil
}

// nationalAdjective returns the adjective of a nationality noun, for the
// nouns that are not their adjective ("spaniard" is "spanish", "briton"
// "british"); the word itself for a noun that is ("the Brazilian"); ""
// for any other epithet.
func nationalAdjective(noun string) string {
	if !demonyms[noun] {
		return ""
	}
	if adj, ok := demonymAdjectives[noun]; ok {
		return adj
	}
	return noun
}

// upperFirst returns a folded word with its first letter in capitals.
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// demonymAdjectives are the nationality nouns whose adjective is another
// word.
var demonymAdjectives = map[string]string{
	"spaniard": "spanish", "briton": "british", "dane": "danish", "finn": "finnish", "swede": "swedish",
	"pole": "polish", "turk": "turkish", "scot": "scottish", "scotsman": "scottish", "croat": "croatian",
	"serb": "serbian", "frenchman": "french", "frenchwoman": "french", "englishman": "english",
	"englishwoman": "english", "irishman": "irish", "irishwoman": "irish", "welshman": "welsh",
	"dutchman": "dutch", "dutchwoman": "dutch", "filipino": "philippine",
	"icelander": "icelandic", "luxembourger": "luxembourgish",
}

// talkedOfEpithet returns the speaker of an earlier sentence that used
// the epithet of someone else ("The coach added that the 31-year-old
// would …"): a speaker who talks about "the 31-year-old" is not the
// 31-year-old. Else nil.
func (x *extractor) talkedOfEpithet(word string, si int) *entity {
	for s := si - 1; s >= 0; s-- {
		sp, by := x.speakerAt[s], x.speakerBy[s]
		if sp == nil || by == nil || strings.Contains(strings.ToLower(by.text), word) {
			continue
		}
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		for i := sr.a; i < sr.b; i++ {
			if p.toks[i].q == 0 && p.isWordAt(i) && p.lw(i) == word && !indefinite[p.lowerAt(i-1)] {
				// Not "A man who gave his name only as X said …": the
				// speaker's own description, not someone they spoke of.
				return sp
			}
		}
	}
	return nil
}

// pronounOnly returns whom a sentence that names no one is about: the
// person its first "he", "his", "she" or "her" outside quotes stands for,
// as an interviewer's question ("Did her family mind?") is about the one
// who answers it; else nil.
func (x *extractor) pronounOnly(s int) *entity {
	if len(x.mentions[s]) > 0 || x.speakerAt[s] != nil {
		return nil
	}
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	for i := sr.a; i < sr.b; i++ {
		if t := &p.toks[i]; t.kind == tWord && t.q == 0 && t.class&cGendered != 0 {
			if g, ok := personalPronouns[p.low(t)]; ok {
				return x.antecedent(g, s, i)
			}
		}
	}
	return nil
}

// mainSubject returns the person the story is about: the first person its
// opening sentence names (a confirmed one: "Harlow Vikings have signed X"
// names a club, whatever its capitals), when it names them again; else
// the person named most often, when no one else is named as often; else
// nil.
func (x *extractor) mainSubject() *entity {
	counts := map[*entity]int{}
	for _, ms := range x.mentions {
		for _, m := range ms {
			if m.e.kind == "person" {
				counts[m.e]++
			}
		}
	}
	if first := x.d.paras[x.d.lead].first; first < len(x.mentions) {
		for _, m := range x.mentions[first] {
			if m.e.kind == "person" && m.e.confirmed {
				if counts[m.e] >= 2 {
					return m.e
				}
				break
			}
		}
	}
	var best *entity
	top, second := 0, 0
	for _, e := range x.cast.all {
		switch n := counts[e]; {
		case n > top:
			best, top, second = e, n, top
		case n > second:
			second = n
		}
	}
	if top < 2 || top == second {
		return nil
	}
	return best
}

// lowerInitialBodyName returns the last word of a description when it is
// a body's own name written with a small first letter and a capital
// inside ("the campaign group <xY…>"), right after a word for a kind of
// body: a brand written so is no common noun, and the kind word before it
// says it names a body. Else "".
func lowerInitialBodyName(text string) string {
	sp := strings.LastIndexByte(text, ' ')
	if sp < 0 {
		return ""
	}
	w := text[sp+1:]
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || strings.IndexFunc(w[1:], unicode.IsUpper) < 0 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return ""
	}
	prev := text[:sp]
	if i := strings.LastIndexByte(prev, ' '); i >= 0 {
		prev = prev[i+1:]
	}
	if !orgHeads[strings.ToLower(prev)] {
		return ""
	}
	return w
}

// capitalsOnlyPerson reports whether e was read as a person on its
// capitals alone: several words, no title or role, no gender, no
// registry entry, and a first word no list gives as a given name. A
// company's name ("<Place> <Word> has confirmed …") reads so as readily
// as a person's.
func capitalsOnlyPerson(e *entity) bool {
	if e.kind != "person" || e.reg != nil || e.role != "" || e.gender != unknownGender || !strings.Contains(e.name, " ") {
		return false
	}
	first, _, _ := strings.Cut(e.name, " ")
	_, given := givenGender(strings.ToLower(first))
	return !given
}

// capitalsCompany resolves "the company" or "the firm", which no body
// named before answers, to the one who spoke in the sentence before or
// this one when the capitals of their name alone made them a person
// ("<Name> <Word> has confirmed …. “…,” the company wrote"): a person is
// never called "the company", so the name was a company's all along.
//
// companySpeaker, asked earlier, makes the same repair for a lone word
// read as a surname and returns nil for a name of several words; this
// look is asked after it and after orgByHeadAt, so that a body the
// article names by the head word answers first, and only for a bare
// "the company" or "the firm" one sentence back at most.
func (x *extractor) capitalsCompany(head string, si int) *entity {
	if head != "company" && head != "firm" {
		return nil
	}
	for s := si; s >= 0 && si-s <= 1; s-- {
		if sp := x.speakerAt[s]; sp != nil {
			if !capitalsOnlyPerson(sp) {
				return nil
			}
			sp.kind, sp.business = "organisation", true
			x.cast.index(sp)
			return sp
		}
	}
	return nil
}

// companySpeaker resolves "the company said" to the one who spoke just
// before: a lone name read as a surname ("Separately, Naftoprom said …"),
// which was a company all along, or a body that is not a state's.
func (x *extractor) companySpeaker(head string, si int) *entity {
	if !businessHeads[head] {
		return nil
	}
	for s := si; s >= 0 && si-s <= 2; s-- {
		sp := x.speakerAt[s]
		if sp == nil {
			if s < si {
				if e := x.businessSubject(s); e != nil {
					return e // "<Firm> declined to comment. The company said": that firm, not who spoke before
				}
			}
			continue
		}
		if sp.kind == "person" && sp.bare && sp.reg == nil {
			sp.kind, sp.bare, sp.business = "organisation", false, true
			return sp
		}
		if sp.kind == "organisation" && !publicBody(sp) {
			// "A spokesperson for Yorkshire Water said … The company
			// said": the body that just spoke, which is a company then.
			sp.business = true
			return sp
		}
		if name := companyOfRole(sp); name != "" {
			// "X chief executive Y said … The company said": the company
			// whose head just spoke, which the article named only in
			// their title.
			if e := x.bodyOpenedBy(name, si); e != nil {
				// "<Name> <Word> CEO" for the firm the article named
				// "<Name> <Word> <Trade>" before: that firm.
				e.business = true
				return e
			}
			e := x.cast.org(name, head)
			e.business = true
			return e
		}
		return nil
	}
	return nil
}

// headlineBody resolves "the <kind>" in a standfirst, a page's first
// paragraphs ("The <kind> says … “<words>” …"), when no body is named
// before it: the
// standfirst speaks of the body its headline names ("<Body> <verb>s …"),
// which the story names again within its first sentences. The first
// organisation the story names there whose name the headline carries, and
// which the noun may mean (a company for "the company"); nil otherwise.
func (x *extractor) headlineBody(r *ref, si int) *entity {
	if r.det != "the" || r.text != r.head || si >= len(x.d.sents) || x.d.sents[si].p > max(x.d.lead, 1) || x.d.head == "" {
		return nil
	}
	business := businessHeads[r.head]
	if !business && !genericOrgHeads[r.head] {
		return nil
	}
	for s := si + 1; s < len(x.d.sents) && s <= si+4; s++ {
		for _, m := range x.mentions[s] {
			e := m.e
			if e.kind != "organisation" || len(e.name) < 3 || business && publicBody(e) {
				continue
			}
			if i := strings.Index(x.d.head, e.name); i >= 0 && (i == 0 || x.d.head[i-1] == ' ') {
				return e
			}
		}
	}
	return nil
}

// publicBody reports whether an organisation is part of a state, a party or
// a court by its head words, so "the company" cannot mean it: a "<Place>
// Fire Force" or a police "force" is the state's service, not a firm.
func publicBody(e *entity) bool {
	if e.reg != nil && e.reg.Kind != "" && e.reg.Kind != "organisation" {
		return true
	}
	for h := range e.heads {
		if publicHeads[h] {
			return true
		}
	}
	return false
}

var publicHeads = set(`ministry department agency council commission committee government administration
	embassy party parliament congress senate court tribunal police army navy military office
	authority authorities presidency cabinet kremlin pentagon bureau directorate regulator
	assembly mission delegation union alliance force`)

// bodyJustNamed returns the organisation that spoke or was named in
// sentence si before token at, or in the sentence before it; nil when
// there is none or more than one.
func (x *extractor) bodyJustNamed(si, at int) *entity {
	for s := si; s >= 0 && si-s <= 1; s-- {
		if sp := x.speakerAt[s]; sp != nil && sp.kind == "organisation" && s < si {
			return sp
		}
		var only *entity
		for _, m := range x.mentions[s] {
			if m.e.kind != "organisation" || s == si && m.tok >= at || m.e == only {
				continue
			}
			if only != nil {
				return nil
			}
			only = m.e
		}
		if only != nil {
			return only
		}
	}
	return nil
}

// loneBodyBefore resolves a plural "they" that no group of people can
// mean: the one organisation named in sentence si before token at and in
// the sentence before it ("I agree with <Body>. In their <document> they
// said “…”", "Q: What did <Body> say? A: … they repeated …"), when neither
// names a person. Nil when they name none, more than one, or anyone.
func (x *extractor) loneBodyBefore(si, at int) *entity {
	var only *entity
	for s := si; s >= 0 && si-s <= 1; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		label := -1 // a transcript's turn label ("<Name>:") names who speaks, not whom "they" means
		if s == p.first && opensWithLabel(p.text) {
			label = strings.IndexByte(p.text, ':')
		}
		for _, m := range x.mentions[s] {
			if s == si && m.tok >= at || int(p.toks[m.tok].s) < label {
				continue
			}
			switch {
			case m.e.kind == "person":
				return nil
			case m.e.kind != "organisation" || m.e == only:
			case only != nil:
				return nil
			default:
				only = m.e
			}
		}
	}
	return only
}

// bodyOfKindJustNamed returns the body last named in sentence si before
// token at, or in the sentence before, that is of the kind a noun says
// ("the regulator", "the company") though the noun is no word of its
// name: a business for a business's noun, a public body (publicBody: one
// whose name holds a public body's head) for any other. Nil when none is.
func (x *extractor) bodyOfKindJustNamed(noun string, si, at int) *entity {
	business := businessHeads[noun]
	for s := si; s >= 0 && si-s <= 1; s-- {
		ms := x.mentions[s]
		for k := len(ms) - 1; k >= 0; k-- {
			e := ms[k].e
			if e.kind != "organisation" || s == si && ms[k].tok >= at {
				continue
			}
			if business && e.business || !business && !e.business && publicBody(e) {
				return e
			}
		}
	}
	return nil
}

// modifierOf returns the lower-case word before the head word that ends a
// description ("ferry" in "spokesman for the ferry operator"), or "".
func modifierOf(text, head string) string {
	f := strings.Fields(text)
	if len(f) < 2 || !strings.EqualFold(f[len(f)-1], head) {
		return ""
	}
	m := f[len(f)-2]
	if m != strings.ToLower(m) || functionWords[m] || len(m) < 3 {
		return ""
	}
	return m
}

// namedWithWord returns the one body, or capitals read as a name, in
// sentence si before token at or in the two sentences before it, whose
// name ends in the word or its plural, as a body's name ends in what it
// is ("X Ferries" for "ferry", "Y Water" for "water"); nil when there is
// none or more than one.
func (x *extractor) namedWithWord(word string, si, at int) *entity {
	if word == "" {
		return nil
	}
	var only *entity
	for s := si; s >= 0 && si-s <= 2; s-- {
		for _, m := range x.mentions[s] {
			e := m.e
			if s == si && m.tok >= at || e == only || e.reg != nil || !(e.kind == "organisation" || e.kind == "person" && !e.confirmed && e.role == "") {
				continue
			}
			w := strings.ToLower(e.name[strings.LastIndexByte(e.name, ' ')+1:])
			if w == word || w == word+"s" || w == word+"es" || strings.HasSuffix(word, "y") && w == word[:len(word)-1]+"ies" {
				if only != nil {
					return nil
				}
				only = e
			}
		}
	}
	return only
}

// kinNouns are the family a person is named by through another: "his
// wife", "her son", "her granddaughter <Given>". The whole family, not
// only the nearest: features introduce a grandchild, a niece or a cousin
// the same way, by the kin noun and a given name alone.
var kinNouns = set(`wife husband son daughter mother father brother sister partner widow widower
	grandson granddaughter grandmother grandfather grandchild niece nephew cousin aunt uncle
	stepson stepdaughter stepmother stepfather fiancé fiancée sibling`)

// kinOf resolves "his wife", "her husband" and the like: the one other
// person the article names with the surname of whom "his" or "her" means
// ("Ben and Laura X", then "his wife"), of the noun's gender. Else nil.
func (x *extractor) kinOf(r *ref, si, at int) *entity {
	text := r.surface
	sp := strings.IndexByte(text, ' ')
	if sp < 0 || strings.Contains(text[sp+1:], " ") || !kinNouns[strings.ToLower(text[sp+1:])] {
		return nil
	}
	var g gender
	switch strings.ToLower(text[:sp]) {
	case "his":
		g = male
	case "her":
		g = female
	default:
		return nil
	}
	owner := x.antecedent(g, si, at)
	if owner == nil || owner.kind != "person" {
		return nil
	}
	noun := strings.ToLower(text[sp+1:])
	kg := personNouns[noun]
	if e := x.kinIntroduced(owner, noun, kg); e != nil {
		return e
	}
	surname := owner.name[strings.LastIndexByte(owner.name, ' ')+1:]
	if surname == owner.name {
		return nil
	}
	var kin *entity
	for _, e := range x.cast.all {
		if e == owner || e.kind != "person" || !strings.HasSuffix(e.name, " "+surname) || kg != unknownGender && !genderAgrees(e.gender, kg) {
			continue
		}
		if other := x.kinNamedAs(e); other != "" && other != noun {
			continue // "<his|her> daughter <Name>" is no one's wife
		}
		if kin != nil {
			return nil
		}
		kin = e
	}
	return kin
}

// staffOwner returns the person whose own staff a body is, named with a
// courtesy title ("Mr X's office", "Dr Y's team"), when the article names
// that person: their spokesperson speaks for them. Else nil.
func (x *extractor) staffOwner(e *entity) *entity {
	if e == nil || e.kind != "organisation" || e.reg != nil {
		return nil
	}
	name := strings.ReplaceAll(e.name, "’", "'")
	owner, ok := strings.CutSuffix(name, "'s office")
	if !ok {
		owner, ok = strings.CutSuffix(name, "'s team")
	}
	sp := strings.IndexByte(owner, ' ')
	if !ok || sp < 0 {
		return nil
	}
	if _, honor := honorifics[strings.ToLower(owner[:sp])]; !honor {
		return nil
	}
	if p := x.cast.lookup(owner[sp+1:]); p != nil && p.kind == "person" {
		return p
	}
	return nil
}

// lastBody returns the organisation or place named last, in sentence si
// before token at or in the few before it.
func (x *extractor) lastBody(si, at int) *entity {
	for s := si; s >= 0 && si-s <= 8; s-- {
		ms := x.mentions[s]
		for i := len(ms) - 1; i >= 0; i-- {
			if s == si && ms[i].tok >= at {
				// "According to its readout, the ministers condemned the
				// breach of UN Security Council resolutions": a body the
				// sentence names after the document did not issue it.
				continue
			}
			if k := ms[i].e.kind; k == "organisation" || k == "place" {
				return ms[i].e
			}
		}
	}
	return nil
}

// genericOrgHeads may stand for any organisation, whatever its name: "the
// group" for a farm lobby, "the agency" for the World Health Organization,
// "the lobby" for a bankers' association, "the charity" for a trust or a
// hospital's friends' association.
var genericOrgHeads = set(`group agency organisation organization body lobby institution charity`)

// nationalityOf returns the first adjective of nationality or country in
// a role or description ("Japanese" in "the Japanese FM", "Israel" in
// "Israel's ambassador"), folded, or "". A possessive counts only when it
// is a known place: an adjective of nationality takes no "'s", so
// "Ferrari's" or "Mitsubishi's" is an owner that merely ends like one.
func nationalityOf(s string) string {
	for w := range strings.FieldsSeq(s) { // no slice of the words: a call for each event's speaker
		possessive := isPossessive(w)
		w = stripPossessive(w)
		if r := firstRune(w); r >= 'A' && r <= 'Z' && (isNationality(w) && !possessive && !faithAdjective(w) || possessive && isKnownPlace(w)) {
			return strings.ToLower(w)
		}
	}
	return ""
}

// faithAdjectives are the adjectives of a church or creed that end as
// adjectives of nationality do ("Catholic", "Anglican", "Lutheran"): a
// "Catholic Bishop of <See>" has no country in his title, so "the
// <Nationality> Bishop" later is still he, not someone the article never
// names.
var faithAdjectives = set(`catholic anglican lutheran episcopalian presbyterian apostolic evangelical pentecostal coptic`)

// faithAdjective reports whether w is one of faithAdjectives, without
// allocating.
func faithAdjective(w string) bool {
	var buf [16]byte
	lw, ok := lowerASCIIWord(buf[:], w)
	return ok && faithAdjectives[string(lw)]
}

// sameNationality reports whether two folded nationalities are one:
// equal, or a country and its adjective ("japan" and "japanese").
func sameNationality(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, adj := range placeAdjectives(a) {
		if adj == b {
			return true
		}
	}
	if len(a) > 3 && strings.HasPrefix(b, a[:len(a)-1]) {
		return true
	}
	if strings.IndexByte(a, ' ') > 0 && strings.IndexByte(b, ' ') < 0 && len(a) > 4 {
		// A state its own diplomacy writes in two words ("viet nam") and
		// the adjective copy makes of it in one ("vietnamese").
		if spacedPrefix(b, a[:len(a)-1]) {
			return true
		}
	}
	// An adjective no suffix makes ("malagasy" for Madagascar), or two
	// adjectives of one country.
	adj := adjectiveCountry()
	ca, cb := adj[a], adj[b]
	return ca == b || cb == a || ca != "" && ca == cb
}

// spacedPrefix reports whether s opens with pre read without its spaces,
// without allocating.
func spacedPrefix(s, pre string) bool {
	j := 0
	for i := 0; i < len(pre); i++ {
		if pre[i] == ' ' {
			continue
		}
		if j >= len(s) || s[j] != pre[i] {
			return false
		}
		j++
	}
	return true
}

// expandTitles spells out the abbreviated titles in a lower-case role:
// "sen." becomes "senator", "fm" "foreign minister".
func expandTitles(role string) string {
	if !strings.Contains(role, ".") && !strings.Contains(role, "fm") && !strings.Contains(role, "pm") && !strings.Contains(role, "eam") && !rankInitialsIn(role) {
		return role
	}
	words := strings.Fields(role)
	for i, w := range words {
		if full, ok := titleAbbrevs[w]; ok {
			words[i] = full
		}
	}
	return strings.Join(words, " ")
}

// rankInitialsIn reports whether a lower-case role holds a rank or title
// shortened without a stop ("dsp", "cp", "supt"): the role a person was named
// with ("<Initials> <Given> <Surname>") is spelt out, so that "the
// <Initials>" later, which personByRole spells out too, finds the holder.
func rankInitialsIn(role string) bool {
	for w := range strings.FieldsSeq(role) {
		if _, ok := titleAbbrevs[w]; ok {
			return true
		}
	}
	return false
}

// delegateHeads sit for a country at a meeting: "the representative of X",
// "the delegate of Y".
var delegateHeads = set(`representative representatives delegate delegates delegation`)

// delegationOf returns the country in "the representative of X" (a known
// place), else "".
func delegationOf(r *ref) string {
	if !delegateHeads[r.head] {
		return ""
	}
	if first, _, ok := strings.Cut(r.text, " "); ok && isPossessive(first) {
		// "<Country>'s representative": the country's delegation.
		if c := stripPossessive(first); isKnownPlace(foldText(c)) {
			return c
		}
	}
	if r.det != "the" {
		return ""
	}
	_, c, ok := strings.Cut(r.text, " of ")
	if !ok {
		return ""
	}
	c = strings.TrimPrefix(c, "the ")
	if !isKnownPlace(c) {
		return ""
	}
	return c
}

// companyOfRole returns the company in a person's title when the title is
// a company's ("Fullwood chief executive", "Acme Ltd's managing
// director"): its capitalised words before a corporate title in lower
// case, unless they are a place or a nationality. Else "".
func companyOfRole(e *entity) string {
	if e.kind != "person" || e.role == "" {
		return ""
	}
	words := strings.Fields(e.role)
	n := 0
	for n < len(words) && unicode.IsUpper(firstRune(words[n])) {
		if n > 0 && n == len(words)-1 && allUpper(words[n]) && corporateTitles[strings.ToLower(words[n])] {
			break // "<Firm> CEO": the title in capitals ends the firm's name
		}
		n++
	}
	if n == 0 || n == len(words) {
		return ""
	}
	title := strings.ToLower(strings.Join(words[n:], " "))
	if !corporateTitles[title] {
		return ""
	}
	name := stripPossessive(strings.Join(words[:n], " "))
	if isKnownPlace(name) || isNationality(strings.ToLower(name)) {
		return ""
	}
	return name
}

// businessSubject returns the company whose name opens sentence s, its
// subject, or nil.
func (x *extractor) businessSubject(s int) *entity {
	a := x.d.sents[s].a
	for _, m := range x.mentions[s] {
		if m.tok == a {
			if e := m.e; e.kind == "organisation" && e.business {
				return e
			}
			return nil
		}
	}
	return nil
}

// bodyOpenedBy returns the one body the sentences up to si name whose
// name opens with name's words and goes on ("<Name> <Word>" for
// "<Name> <Word> <Trade>"), not a registry body; nil when none or two.
func (x *extractor) bodyOpenedBy(name string, si int) *entity {
	var one *entity
	for s := si; s >= 0; s-- {
		for _, m := range x.mentions[s] {
			e := m.e
			if e == one || e.kind != "organisation" || e.reg != nil || len(e.name) <= len(name)+1 ||
				e.name[len(name)] != ' ' || !strings.HasPrefix(e.name, name) {
				continue
			}
			if one != nil {
				return nil
			}
			one = e
		}
	}
	return one
}

// corporateTitles are the posts that speak for a company.
var corporateTitles = set(`ceo chairman chairwoman chairlady chair president founder
	co-founder owner spokesman spokeswoman spokesperson director`)

func init() {
	// Titles of two words, which set() would split.
	for _, t := range []string{"chief executive", "managing director", "chief executive officer", "general manager", "chief operating officer", "chief financial officer"} {
		corporateTitles[t] = true
	}
}

// describedLast is the last resort for a definite description no rule
// above could place, as the subject of a speech verb. Copy varies how it
// names whoever it is writing about ("the <party> politician", "the
// <adjective> expert", "the <body> chief" for the person who just spoke), so
// a description of a person means the person who spoke last, back to the
// paragraph before, when no one unnamed came between; and a body's noun
// ("the association", "the channel") means the body last introduced by that
// noun.
func (x *extractor) describedLast(r *ref, si, at int) *entity {
	if r.det != "the" || r.object || r.plural() {
		return nil
	}
	last := strings.ToLower(r.text[strings.LastIndexByte(r.text, ' ')+1:])
	if last == "" {
		return nil
	}
	switch {
	case r.kind == refRole || r.kind == refSomeone && (describesPerson(last) || personBySuffix(last)):
		if singleOffices[last] {
			return nil // "the judge", "the mayor": a post one person holds, unnamed
		}
		if e := x.recentSpeaker(r, si); e != nil {
			if r.org != "" && e.kind == "person" && (otherBodysTitle(r.org, e) || x.otherBodysInitials(r.org, e)) {
				// "the <Body> chairman" after the head of another body:
				// the one named before with that description in
				// apposition, else an unnamed holder.
				return x.namedBeforeDescription(r.text, si)
			}
			if !strings.Contains(strings.ToLower(e.role), last) && x.introducedUnnamed(last, si) {
				return nil // "the <noun>" after "a|the <ordinal> <noun>" earlier: that unnamed one
			}

			return e
		}
		if r.org != "" {
			if e := x.namedBeforeDescription(r.text, si); e != nil {
				return e
			}
		}
		if !speaksForBody(last) && !counterparts[last] {
			return x.sceneActor(si)
		}
	case r.kind == refOrgDesc || r.kind == refSomeone:
		if e := x.stateBody(r.text, si); e != nil {
			return e
		}
		if e := x.byKindWord(last, si); e != nil {
			return e
		}
		if businessHeads[last] {
			return x.businessByKindWord(si)
		}
		if e := x.kindOfName(last, si, at); e != nil {
			return e
		}
	}
	return nil
}

// kindOfName resolves "the <noun>" for a body to the one body the article
// introduced, before token at of sentence si, by a name that opens with
// that noun, "the <Noun> of <Name>": a court's "the State" for "the State
// of <Country>" (the country, which speaks for its state), "the
// committee" for "the Committee of <Members>" named only in its head's
// title, where no mention of the body stands for orgByHead to find. A
// noun that opens two such names fits both and means neither: nil, as
// when nothing introduced it so.
func (x *extractor) kindOfName(noun string, si, at int) *entity {
	if !orgHeads[noun] && noun != "state" {
		return nil
	}
	found := ""
	for s := 0; s <= si; s++ {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		for i := sr.a + 1; i+2 < sr.b; i++ {
			if s == si && i >= at {
				break
			}
			if p.toks[i].class&cCap == 0 || !p.isWordAt(i) || p.lw(i) != noun || p.lowerAt(i-1) != "the" || p.lowerAt(i+1) != "of" {
				continue
			}
			a, b := i+2, i+2
			if p.lowerAt(a) == "the" {
				a, b = a+1, a+1
			}
			for b < sr.b && (p.isNameWord(b) || nameJoiners[p.lowerAt(b)] && p.isNameWord(b+1)) {
				b++
			}
			if b == a || !p.isNameWord(b-1) {
				continue
			}
			name := p.textOf(i, b)
			if noun == "state" {
				name = p.textOf(a, b) // the country, not "State of <Country>"
			}
			if found != "" && found != name {
				return nil // two bodies open with the noun: which is not said
			}
			found = name
		}
	}
	switch {
	case found == "":
		return nil
	case noun == "state":
		c := x.countryOf(found)
		if c == "" {
			return nil
		}
		if e := x.cast.lookup(c); e != nil && e.kind == "place" {
			return e
		}
		return x.cast.place(c)
	}
	if e := x.cast.lookup(found); e != nil {
		if e.kind != "organisation" {
			return nil
		}
		return e
	}
	return x.cast.org(found, noun)
}

// nameJoiners are the lower-case words inside a body's name ("Committee of
// Teachers in Basic Education", "Ministry of Food and Agriculture").
var nameJoiners = set(`of and for in on the &`)

// counterparts are people copy describes beside the one a story is about,
// whom "the <noun>" after a sentence about that person does not mean: the
// lawyer of the accused, the doctor of the patient.
var counterparts = set(`lawyer attorney counsel solicitor barrister advocate prosecutor defender doctor officer interpreter translator agent`)

// sceneActor returns the named person whose action the sentence before
// si, in the same paragraph, tells ("X smiles when …", "X chose her words
// carefully."), when a description no one else holds ("the novelist",
// "the ranger") is the subject of si's speech verb: feature copy names
// whoever it is writing about first by name, then by what they are. Quotes
// standing between the two sentences are skipped. Nil otherwise.
func (x *extractor) sceneActor(si int) *entity {
	ds := x.d.sents[si]
	p := x.d.paras[ds.p]
	k := p.sentenceOf(ds.a) - 1
	for ; k >= 0; k-- {
		s := p.sents[k]
		quoted := true
		for i := s.a; i < s.b && quoted; i++ {
			quoted = p.toks[i].kind == tQuote || p.toks[i].q != 0
		}
		if !quoted {
			break
		}
	}
	if k < 0 {
		return nil
	}
	if ev := x.actor(ds.p, k); ev != nil {
		return ev.ent
	}
	return nil
}

// introducedUnnamed reports whether a sentence before si introduces
// someone by the noun without a name: after an indefinite article or an
// ordinal, with a modifier or two between ("a <noun>", "the <ordinal>
// <field> <noun>"), and no capitalised name straight after it. "The
// <noun>" later means that one, not whoever spoke last (a trial's unnamed
// witness after the judge's words).
func (x *extractor) introducedUnnamed(noun string, si int) bool {
	unnamed := false
	for s := range si {
		ds := x.d.sents[s]
		p := x.d.paras[ds.p]
		for k := ds.a + 1; k < ds.b; k++ {
			if p.toks[k].q != 0 || !p.isWordAt(k) || p.lw(k) != noun {
				continue
			}
			if p.namedAfterNounAt(k+1, ds.b) {
				return false // "the <noun>, <Given> <Surname>,": the noun is named
			}
			for j := k - 1; j >= ds.a && j >= k-3 && p.isWordAt(j) && !unnamed; j-- {
				if p.inList(j, cIndefinite) && p.lw(j) != "one" || isOrdinalWord(p.lw(j)) {
					unnamed = true
				}
				if p.toks[j].isCap(p.text) || p.toks[j].class&(cDet|cPrep|cFunction) != 0 {
					break
				}
			}
		}
	}
	return unnamed
}

// namedAfterNounAt reports whether a name follows a noun whose next token
// is j, in apposition: straight after it or its comma ("<noun> <Name>",
// "<noun>, <Name>"), or after a description set off in commas ("<noun>,
// a <description>, <Name>").
func (p *para) namedAfterNounAt(j, b int) bool {
	if j < b && p.isComma(j) {
		j++
	}
	if j < b && p.isWordAt(j) && p.inList(j, cIndefinite) {
		for end := min(j+6, b); j < end && !p.isComma(j); j++ {
		}
		j++
	}
	return j < b && p.isWordAt(j) && p.toks[j].isCap(p.text)
}

// recentSpeaker returns the person who spoke last in the sentences before
// si, back to the paragraph before, when the description's gender and
// nationality agree and no one unnamed came between; else nil.
func (x *extractor) recentSpeaker(r *ref, si int) *entity {
	para := x.d.sents[si].p
	nat := nationalityOf(r.text)
	for s := si - 1; s >= 0 && x.d.sents[s].p >= para-1; s-- {
		if x.unnamed[s].tok > 0 {
			return nil
		}
		if x.unnamedKin(r, s) {
			return nil
		}
		sp := x.speakerAt[s]
		if sp == nil {
			continue
		}
		if sp.kind != "person" {
			return nil
		}
		if _, other := sp.roleInfo(); nat != "" && other != "" && !sameNationality(nat, other) {
			return nil
		}
		if r.gender != unknownGender && sp.gender != unknownGender && r.gender != sp.gender {
			return nil
		}
		if otherSpecialist(r.text, sp.role) {
			return nil
		}
		return sp
	}
	return nil
}

// unnamedKin reports whether sentence s opens on a relative the copy
// brings in by the kin noun alone and never names ("<His or her> <kin>,
// <aside>, <verb>."), whom a description of a person of the kin's
// gender ("the girl", "the boy") means next: the relative, not the one
// who spoke before. Only a description asks this: a "she"
// after such a sentence is as often the person the "her" means.
func (x *extractor) unnamedKin(r *ref, s int) bool {
	g, ok := personNouns[r.head]
	if !ok {
		return false
	}
	st := x.d.sents[s]
	p := x.d.paras[st.p]
	k := p.kinSetOff(st)
	if k == 0 || p.namedAfterNoun(k+1, st.b) {
		return false
	}
	if n, _ := p.givenName(k, st.b); n > 0 {
		return false
	}
	kg, _ := p.genderAt(k, cPersonNoun, personNouns)
	return g == unknownGender || kg == unknownGender || g == kg
}

// rankedDescription reports whether a description opens with a word that
// ranks its holder ("senior <Body> official", "top <Body> diplomat"):
// with "the", one known person, not any of the body's officials.
func rankedDescription(text string) bool {
	first, _, _ := strings.Cut(text, " ")
	return first == "senior" || first == "top"
}

// personBySuffix reports whether a lower-case noun names someone by an
// ending that makes people of what they do ("politician", "historian",
// "librarian"), which no word list can hold all of.
func personBySuffix(w string) bool {
	return len(w) > 6 && strings.HasSuffix(w, "ian")
}

// possessedArm resolves "<Country>'s military regime", "<Country>'s
// ruling junta": a state's arm with no name of its own, owned by a
// country, speaks as the country, as "the regime of <Country>" does.
// Nil when the phrase is not that.
func (x *extractor) possessedArm(text string) *entity {
	first, rest, ok := strings.Cut(text, " ")
	if !ok || !isPossessive(first) {
		return nil
	}
	last := rest[strings.LastIndexByte(rest, ' ')+1:]
	if !stateArms[last] && last != "junta" || last == "government" || x.cast.regSpeaker(text) != nil {
		return nil // "<Country>'s government" the state-body rules read, with the registry's entry
	}
	for w := range strings.FieldsSeq(rest) {
		if startsUpper(w) {
			return nil // "X's Defence Ministry": a body with a name of its own
		}
	}
	c := x.countryOf(stripPossessive(first))
	if c == "" {
		return nil
	}
	if e := x.cast.lookup(c); e != nil && e.kind == "place" {
		return e
	}
	return x.cast.place(c)
}

// stateHeads are the bodies of a state that copy names by their kind and
// leaves the country to the context: "the government said", "the health
// ministry", "the foreign ministry in <capital>".
var stateHeads = set(`government ministry department office cabinet`)

// stateArms are a state's arms that copy names by kind and country ("the
// military of X", "the regime of X") and that speak as the country.
var stateArms = set(`government military army regime authorities leadership`)

// nationalLevels are the adjectives that set a state's own government
// against a region's or a town's ("the national government", "the central
// government", "the federal government"): a closed class.
var nationalLevels = set(`national central federal union`)

// stateBody names a state's body described by its kind ("the <field>
// ministry", "the government", "the <field> ministry in <capital>",
// "<capital>'s <field> department"): the country is the one the phrase
// names, else the one the nearest sentence before names, else the one the
// first after names (a capital the registry lists as its country's alias
// stands for it, as copy uses it), and the body is the registry's body
// called so with the country's adjective, or whose role says it is that
// kind of body of that country; for "the government", with none listed,
// the country itself speaks.
func (x *extractor) stateBody(text string, si int) *entity {
	return x.stateBodyOf(text, si, "")
}

// stateBodyOf is stateBody, with head also taken as a state's body's
// kind ("" for none).
func (x *extractor) stateBodyOf(text string, si int, head string) *entity {
	desc, where := text, ""
	if i := strings.Index(strings.ToLower(text), " in "); i > 0 {
		desc, where = text[:i], text[i+4:]
	}
	var words []string
	country, adjective := "", false
	for _, w := range strings.Fields(desc) {
		if country == "" && firstRune(w) >= 'A' && firstRune(w) <= 'Z' {
			c := countryOfWord(stripPossessive(w))
			adjective = c != "" && !isPossessive(w)
			if c == "" && isPossessive(w) {
				c = x.countryOf(stripPossessive(w))
			}
			if c != "" {
				country = c
				continue
			}
		}
		words = append(words, strings.ToLower(w))
	}
	if len(words) == 0 || !stateHeads[words[len(words)-1]] && words[len(words)-1] != head {
		return nil
	}
	if len(words) == 2 && words[1] == "government" && nationalLevels[words[0]] {
		// "the national government", "the central government": the
		// state's own, as against a region's or a town's; "the
		// government" of the country.
		words = words[1:]
	}
	if len(words) == 2 && words[1] == "government" && subnationalLevels[words[0]] && country == "" && where == "" {
		// "the State Government", "the provincial government": not the
		// country's, the government of the state the story is in.
		return x.subnationalGovernment(words[0])
	}
	if where != "" {
		country = x.countryOf(where)
	}
	if country == "" && len(words) == 1 && words[0] == "government" && strings.HasSuffix(desc, "Government") {
		// "the Government", capitalised as copy writes its own: the
		// country the story is filed from, when the registry lists the
		// dateline's place as a country or its capital.
		country = x.homeCountry()
	}
	if country == "" {
		country = x.lastCountry(si)
	}
	if country == "" {
		country = x.nextCountry(si) // a story that names its country later
	}
	if country == "" {
		return nil
	}
	kind := strings.Join(words, " ")
	if c, ok := governedBy[foldText(country)]; ok && kind == "government" {
		country = c // "fares in England will rise, the government said"
	}
	names := []string{foldText(country)}
	if e := x.cast.lookup(country); e != nil {
		names = append(names, foldText(e.display()))
		if e.reg != nil {
			for _, a := range e.reg.Aliases {
				if len(a) >= 2 && a == strings.ToUpper(a) {
					// "FSM", "PNG": a registry's roles name its
					// bodies by the country's initials as often as
					// by its name.
					names = append(names, foldText(a))
				}
			}
		}
	}
	var forms []string
	for _, n := range names {
		forms = append(forms, n, n+"s")
		forms = append(forms, placeAdjectives(n)...)
		if b, ok := strings.CutSuffix(n, "s"); ok {
			forms = append(forms, b) // the Philippines, Philippine
		}
		for adj, place := range irregularNationalities {
			if place == n {
				forms = append(forms, adj) // "the Turkmen foreign ministry": no suffix makes it
			}
		}
	}
	for _, f := range forms {
		if sp := x.cast.regSpeaker(f + " " + kind); sp != nil && sp.Kind == "organisation" {
			return x.cast.fromRegistry(sp) // "the <nationality> <field> ministry"
		}
	}
	for _, n := range names {
		// "the Government" of a territory the registry lists as
		// "Government of <Place>": the body's formal name, the kind and
		// its country after "of".
		if sp := x.cast.regSpeaker(kind + " of " + n); sp != nil && sp.Kind == "organisation" {
			return x.cast.fromRegistry(sp)
		}
	}
	// Of the country's bodies whose role says that kind, the first the
	// registry lists, unless the article has named just one of them: a
	// bare kind ("a department spokesperson") after one of the country's
	// departments spoke is that department, not another listed first.
	var byRole, named *briefings.Speaker
	namedTwice := false
	for _, o := range x.cast.reg.orgRoles {
		sp, role := o.sp, o.role
		if !strings.Contains(role, " "+kind+" ") && !(kind == "government" && strings.Contains(role, " government")) {
			continue
		}
		if kind == "government" && adjective && localGovernment(sp, role, foldText(country)) {
			continue // "the <Nationality> government" is not a region's of that country
		}
		for _, f := range forms {
			if f == "" || !strings.Contains(role, " "+f+" ") {
				continue
			}
			if byRole == nil {
				byRole = sp
			}
			if x.cast.byReg[sp] != nil {
				namedTwice = namedTwice || named != nil && named != sp
				named = sp
			}
			break
		}
	}
	if named != nil && !namedTwice {
		byRole = named
	}
	if byRole != nil {
		return x.cast.fromRegistry(byRole)
	}
	if kind == "government" {
		if e := x.cast.lookup(country); e != nil && e.kind == "place" {
			return e
		}
		return x.cast.place(country)
	}
	return nil
}

// localWords mark a government below the state's: a region's, a
// province's, a territory's, a city's, a devolved nation's.
var localWords = set(`region regional province provincial territory territorial autonomous
	municipal municipality city county district prefecture prefectural canton cantonal oblast
	governorate emirate devolved`)

// localGovernment reports whether a registry body whose role (folded and
// padded) names a government of country (folded) is one of a part of it
// ("Government of the <Name> Region of <Country>", "<Name> Regional
// Government", "<Name> State Government"), by a word of its role or name.
// "The <Nationality> government" is the state's, which the country speaks
// for; the registry names a region's government by the country in its
// role as often as not. "State" marks a federation's member, but not in
// "the State of <Country>", a country's own style.
func localGovernment(sp *briefings.Speaker, role, country string) bool {
	name := " " + foldText(sp.Name) + " "
	for _, s := range [2]string{role, name} {
		words := strings.Fields(s)
		for i, w := range words {
			if localWords[w] {
				return true
			}
			if w != "state" {
				continue
			}
			if i+1 == len(words) || words[i+1] != "of" {
				return true // "<Name> State Government", "Government of <Name> State"
			}
			if rest := strings.TrimPrefix(strings.Join(words[i+2:], " ")+" ", "the "); !strings.HasPrefix(rest, country+" ") {
				return true // "the State of <Name>", a member of the federation
			}
		}
	}
	return false
}

// subnationalLevels are the units below a state that have governments of
// their own, which copy from inside one calls "the <level> government"
// without its name: a federation's states, provinces, territories,
// cantons, prefectures and regions.
var subnationalLevels = set(`state provincial territory territorial cantonal prefectural regional`)

// subnationalGovernment returns the registry's government of a state,
// province or territory that "the <level> government" means: copy from
// inside one names its own government by its level alone ("the State
// Government", "the provincial government"), as a country's copy says
// "the Government". The candidates are the registry's bodies whose name,
// an alias or role says they are a government of that level ("Government
// of <State>", "<State> State Government", role "<Level> government of
// <State>"); of them, the one whose place the article names (its name
// without "Government", "of" and the level's word, in any of the
// article's words, quotes included, or its adjective), else the only one
// the registry lists. Nil when two are named, or none is and the registry
// lists several: the level alone does not say which.
func (x *extractor) subnationalGovernment(level string) *entity {
	if x.cast.reg == nil {
		return nil
	}
	lw := level
	if lw == "provincial" {
		lw = "province"
	} else if lw == "territorial" {
		lw = "territory"
	}
	var only, named *briefings.Speaker
	cands, namedN := 0, 0
	for _, o := range x.cast.reg.orgRoles {
		names := append([]string{o.sp.Name}, o.sp.Aliases...)
		ofLevel := strings.Contains(o.role, " government ") && (strings.Contains(o.role, " "+level+" ") || strings.Contains(o.role, " "+lw+" "))
		for _, n := range names {
			f := " " + foldText(n) + " "
			ofLevel = ofLevel || strings.Contains(f, " government ") && (strings.Contains(f, " "+level+" ") || strings.Contains(f, " "+lw+" "))
		}
		if !ofLevel {
			continue
		}
		cands++
		only = o.sp
		for _, n := range names {
			if place := governedName(foldText(n), level, lw); len(place) >= 4 && x.placeInText(place) {
				namedN++
				named = o.sp
				break
			}
		}
	}
	switch {
	case namedN == 1:
		return x.cast.fromRegistry(named)
	case namedN == 0 && cands == 1:
		return x.cast.fromRegistry(only)
	}
	return nil
}

// governmentLevel returns the level word before "government" in a role
// whose body is a government ("provincial" in "provincial government
// spokesperson"), "" when the word is no subnational level.
func governmentLevel(role, orgHead string) string {
	if !strings.EqualFold(orgHead, "government") {
		return ""
	}
	before, _, ok := strings.Cut(strings.ToLower(role), " government")
	if !ok {
		return ""
	}
	level := before[strings.LastIndexByte(before, ' ')+1:]
	if !subnationalLevels[level] {
		return ""
	}
	return level
}

// governedName returns a government's folded name without "government",
// "of", "the" and the level's words: "south australia" for "Government of
// South Australia", "lagos" for "Lagos State Government".
func governedName(n, level, lw string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(n) {
		if w == "government" || w == "of" || w == "the" || w == level || w == lw {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// placedAdjective reports whether a word says where a body sits or who
// leads or backs it: "Sanaa-based", "Iran-backed", "UN-led".
func placedAdjective(w string) bool {
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-backed") || strings.HasSuffix(w, "-led") || strings.HasSuffix(w, "-run")
}

// lastNationalSide returns the country of the last "the <Nationality>
// side" or "the <Nationality> delegation" (one word or a two-word state's)
// before token at of sentence si, within the six sentences before it:
// the side "the delegation" or "the side" alone goes on calling. Nil when
// none, or the adjective is no known country's.
func (x *extractor) lastNationalSide(si, at int) *entity {
	for s := si; s >= 0 && s >= si-6; s-- {
		st := x.d.sents[s]
		p := x.d.paras[st.p]
		hi := st.b
		if s == si {
			hi = at
		}
		for i := hi - 1; i >= st.a+2; i-- {
			if !p.isWordAt(i) || !nationalVoices[p.lw(i)] {
				continue
			}
			c := ""
			if p.isDet(i - 2) {
				c = countryOfWord(p.word(i - 1))
			} else if i-3 >= st.a && p.isDet(i-3) {
				c = twoWordStateAdjectives()[p.lw(i-2)+" "+p.lw(i-1)]
			}
			if c == "" {
				continue
			}
			if e := x.cast.lookup(c); e != nil && e.kind == "place" {
				return e
			}
			return x.cast.place(c)
		}
	}
	return nil
}

// nationsArm resolves "the <nationality> authorities" (or regime, or
// leadership) to the country the adjective belongs to, which such an arm
// with no name of its own speaks as; the registry's name for it when it
// lists the country. So does "the <nationality> delegation", before a
// body the article introduced with the noun: at a meeting of several
// delegations, each adjective names another country. Nil for any other
// description.
func (x *extractor) nationsArm(r *ref) *entity {
	if !stateArms[r.head] && r.head != "delegation" || r.head == "government" || r.det != "the" {
		return nil
	}
	// The adjective is one word, or a two-word state's ("<Sri> <Adjective>").
	k := strings.LastIndexByte(r.text, ' ')
	if k < 0 || strings.ToLower(r.text[k+1:]) != r.head {
		return nil
	}
	c := countryOfWord(r.text[:k])
	if c == "" {
		return nil
	}
	if e := x.cast.lookup(c); e != nil && e.kind == "place" {
		return e
	}
	return x.cast.place(c)
}

// nationalGovernment resolves "the <Nationality> government" to the
// state's government as stateBody finds it (the registry's, else the
// country), before the rule for a body the article introduced by the
// noun: a region's or a province's government named before ("the
// Government of <Region>") is not the one the adjective names. Nil for
// any other description, or an adjective of no known country.
func (x *extractor) nationalGovernment(r *ref, si int) *entity {
	if r.head != "government" || r.det != "the" || r.object {
		return nil
	}
	adj, rest, ok := strings.Cut(r.text, " ")
	if !ok || rest != "government" || countryOfWord(adj) == "" {
		return nil
	}
	return x.stateBody(r.text, si)
}

// nationalLowerBody returns the state body "the <Nationality> <field>
// ministry" describes ("the <Nationality> trade ministry", "the
// <Nationality> health department"): a state's body, its field in lower
// case, which the adjective says is that state's, as "<Country>'s <field>
// ministry" does; the convention names it "Ministry of <Field> of
// <Country>" (ownedStateBody). Nil for a description of another shape.
func (x *extractor) nationalLowerBody(r *ref) *entity {
	if r.det != "the" || r.object || !lowerStateHeads[r.head] {
		return nil
	}
	adj, rest, ok := strings.Cut(r.text, " ")
	if !ok || !isCapWord(adj) || isPossessive(adj) {
		return nil
	}
	c := countryOfWord(adj)
	if c == "" || namedLowerBody(strings.Fields(rest)) == nil {
		return nil
	}
	return x.ownedStateBody(&entity{name: c + "'s " + rest, kind: "organisation"})
}

// governmentsLowerBody returns the state body "the government's <field>
// ministry" describes ("the interim government's health ministry", "the
// <Nationality> government's trade department"): a body of the state whose
// government owns it, as "<Country>'s <field> ministry" is, named so by
// the convention (ownedStateBody). The government's country is its
// adjective's, else the country the sentence or the nearest before names,
// else the story's own. A government of a region or a town ("the
// provincial government's …") is not the state's: nil, as for any other
// description.
func (x *extractor) governmentsLowerBody(r *ref, si int) *entity {
	if r.det != "the" || r.object || !lowerStateHeads[r.head] {
		return nil
	}
	owner, rest, ok := strings.Cut(r.text, "government's ")
	if !ok || namedLowerBody(strings.Fields(rest)) == nil {
		return nil
	}
	country := ""
	switch owner = strings.TrimSpace(owner); {
	case owner == "" || interimWords[owner] || nationalLevels[owner]:
	case isCapWord(owner) && !strings.Contains(owner, " "):
		if country = countryOfWord(owner); country == "" {
			return nil
		}
	default:
		return nil
	}
	if country == "" {
		country = x.lastCountry(si)
	}
	if country == "" {
		country = x.homeCountry()
	}
	if country == "" {
		return nil
	}
	return x.ownedStateBody(&entity{name: country + "'s " + rest, kind: "organisation"})
}

// nationalGovernmentName reports whether a body's name is a country's
// adjective and "Government" alone, as copy capitalises its own country's
// ("The <Nationality> Government said"): no body's own name, but the
// state's government, which the country speaks for.
func nationalGovernmentName(name string) bool {
	adj, rest, ok := strings.Cut(name, " ")
	return ok && rest == "Government" && countryOfWord(adj) != ""
}

// ownPersonBefore reports whether sentence si, before token at, names
// someone only as the speaker's own — "my" or "our" and a title or a
// person noun of the pronoun's gender, with no name after it ("When I met
// my counterpart, he said"): a pronoun after it means that person, whom
// the article does not name.
func (x *extractor) ownPersonBefore(si, at int, g gender) bool {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	for i := s.a; i < at && i < s.b; i++ {
		if !p.isWordAt(i) || p.lw(i) != "my" && p.lw(i) != "our" {
			continue
		}
		// "my <Nationality> counterpart": a capitalised nationality
		// qualifies the role, it names no one.
		for k := i + 1; k < at && k <= i+3 && p.isWordAt(k) && (!p.toks[k].isCap(p.text) || k < at-1 && isNationality(p.word(k))); k++ {
			if pg, person := p.genderAt(k, cPersonNoun, personNouns); person && pg == unknownGender || person && pg == g || p.isRoleAt(k) && genderAgrees(roleGender[p.lw(k)], g) {
				if !p.isNameWord(k+1) && !(p.isComma(k+1) && p.isNameWord(k+2)) {
					return true // not "my colleague X", "my colleague, X,"
				}
				break
			}
		}
	}
	return false
}

// strangerMet reports whether sentence s tells, in the first person, of
// someone met and not named, of gender g: "I had a <noun> <verb> me", "we
// met a <adjective> <noun> who …" — an indefinite article, at most two
// words, then a person noun of that gender, with no name after it ("a
// <adjective> man called X" is named). A "he" or "she" opening the next
// sentence is that person.
func (x *extractor) strangerMet(s int, g gender) bool {
	return x.strangerMetBefore(s, x.d.sents[s].b, g)
}

// andBefore reports whether an "and" stands in the three tokens before
// token at of sentence si, opening the pronoun's clause: "… and he said".
func (x *extractor) andBefore(si, at int) bool {
	sr := x.d.sents[si]
	p := x.d.paras[sr.p]
	for i := at - 1; i >= sr.a && i >= at-3; i-- {
		if p.lowerAt(i) == "and" {
			return true
		}
	}
	return false
}

// strangerMetBefore is strangerMet on sentence s's tokens before end: "I
// had a <noun> come up to me … and he said": the pronoun at end, in the
// same sentence, is the stranger.
func (x *extractor) strangerMetBefore(s, end int, g gender) bool {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	first, from := false, sr.a
	if end < sr.b {
		from = max(sr.a, end-40) // in the pronoun's sentence, its clause and the one before
	}
	for i := from; i < end; i++ {
		if !p.isWordAt(i) || end < sr.b && p.toks[i].q != 0 {
			continue // before a pronoun in the sentence, not the words it quotes
		}
		switch l := p.lw(i); {
		case l == "i" || l == "we" || l == "me" || l == "us":
			first = true
		case p.inList(i, cIndefinite) && l != "one" && l != "another": // indefinite[l]
			for k := i + 1; k < sr.b && k <= i+3 && p.isWordAt(k) && !p.toks[k].isCap(p.text); k++ {
				if pg, ok := p.genderAt(k, cPersonNoun, personNouns); ok {
					if first && pg == g && !p.isNameWord(k+1) && !p.namedAfterNoun(k+1, sr.b) {
						return true
					}
					break
				}
			}
		}
	}
	return false
}

// formerHolder reports whether a title says its holder no longer holds it:
// "former", "ex-", "retired".
func formerHolder(text string) bool {
	former := false
	for w := range strings.FieldsSeq(text) {
		if strings.EqualFold(w, "former") || strings.EqualFold(w, "retired") || len(w) > 3 && strings.EqualFold(w[:3], "ex-") {
			former = true
		} else if former && isPossessive(w) {
			former = false // "the former Soviet republic's president": the place was
		}
	}
	return former
}

// organWord returns "board" or "management" when a body's name is that
// word alone, a company's governing organ that copy names with "the" and
// a capital ("the Board") and that speaks for the company; else "".
func organWord(name string) string {
	for _, w := range [...]string{"board", "management"} {
		if strings.EqualFold(name, w) {
			return w
		}
	}
	return ""
}

// organOwner returns the body "the Board" (or "the Management") at token
// at of sentence si belongs to: the last body named before with the word
// in a longer name ("the X Board"), else the last company named before;
// nil when there is neither.
func (x *extractor) organOwner(w string, si, at int) *entity {
	var company *entity
	for s := si; s >= 0; s-- {
		ms := x.mentions[s]
		for i := len(ms) - 1; i >= 0; i-- {
			e := ms[i].e
			if e.kind != "organisation" || s == si && ms[i].tok >= at || !strings.Contains(e.name, " ") && orgHeads[strings.ToLower(e.name)] {
				continue // "the Board" itself, "the Company" as a defined term
			}
			if e.heads[w] {
				return e
			}
			if company == nil && e.business {
				company = e
			}
		}
	}
	return company
}

// conjoinedParty returns the first of two parties a body's name runs
// over when its "of" complement is a known place and an "and" follows it
// ("<Head> of <Country> and <Firm>"): a body is of one place, so the
// "and" parts two names, unless the words after it make the place's own
// longer name ("<Isle> and <Isle>"). Only the first "and" is read.
func conjoinedParty(name string) (string, bool) {
	i := strings.Index(name, " and ")
	if i < 0 {
		return "", false
	}
	left := name[:i]
	o := strings.LastIndex(left, " of ")
	if o < 0 {
		return "", false
	}
	place := left[o+4:]
	if len(place) > 4 && strings.EqualFold(place[:4], "the ") {
		place = place[4:]
	}
	if !isKnownPlace(place) || isKnownPlace(place+name[i:]) {
		return "", false
	}
	return left, true
}

// governedPlace returns the place a government's name holds — "<Place>"
// for "Government of <Place>", "Government of the <Place>" or "<Place>
// Government" — or "".
func governedPlace(name string) string {
	const gov = "government"
	switch {
	case len(name) > len(gov)+4 && strings.EqualFold(name[:len(gov)+4], gov+" of "):
		rest := name[len(gov)+4:]
		if len(rest) > 4 && strings.EqualFold(rest[:4], "the ") {
			rest = rest[4:]
		}
		return rest
	case len(name) > len(gov)+1 && strings.EqualFold(name[len(name)-len(gov)-1:], " "+gov):
		return name[:len(name)-len(gov)-1]
	}
	return ""
}

// shortBodyHeads are the head words copy capitalises alone to call a body
// it named in full ("the Police" for "<Country> Police Service", "the
// Commission"); not the words that are a body's whole name ("the Kremlin",
// "the Pentagon", "Parliament") or the government, which the home
// country's rules read.
var shortBodyHeads = set(`police ministry commission council committee department agency service bureau
	authority court tribunal bank fund institute university federation confederation association society
	union secretariat command mission embassy regulator directorate inspectorate`)

// bodyWithWord returns the first body named before token at of sentence
// si with the word w (in lower case) in its name, not counting a body
// named by the word alone or in capitals (a headline's "<WORD> <VERB>");
// nil when there is none. The first: a story
// names the body it is about before its units and the other bodies of
// its kind ("the <Country> Police Service" before "the Regional Police
// Command", the court that ruled before the courts below).
func (x *extractor) bodyWithWord(w string, si, at int) *entity {
	for s := 0; s <= si && s < len(x.mentions); s++ {
		if s < si && courtHeads[w] && x.titleCaseLine(s) {
			continue // a court's headline, "<Court> Dismisses <Party>'s Appeal": no court's name
		}
		for _, m := range x.mentions[s] {
			e := m.e
			if s == si && m.tok >= at {
				break
			}
			if e.kind != "organisation" || !strings.Contains(e.name, " ") {
				continue
			}
			if name := e.display(); hasWordFold(name, w) && !allCapitals(name) {
				if courtHeads[w] && x.courtAside(e, si, at) {
					continue
				}
				return e // not "<WORD> <VERB>" read from a headline in capitals
			}
			if e.reg != nil && x.unitWordAt(s, m.tok, w) {
				// "the <Region> <Field> Bureau of the <Ministry>", then
				// "the Bureau": the unit was read as the registry body
				// it belongs to, whose name lacks the word; the word in
				// the copy's own name for it is the unit's, and the unit
				// speaks as that body.
				return e
			}
		}
	}
	return nil
}

// unitWordAt reports whether the capitalised name the copy gives at token
// tok of sentence s holds the word w (in lower case) before any "of":
// the unit's own head ("<Region> <Field> Bureau of the <Body>"), not the
// body's after it.
func (x *extractor) unitWordAt(s, tok int, w string) bool {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	for k := tok; k < sr.b && k < tok+8; k++ {
		if !p.isWordAt(k) || !p.toks[k].isCap(p.text) {
			return false
		}
		if p.lw(k) == w {
			return k > tok
		}
	}
	return false
}

// courtThatRuled returns the court named last before token at of sentence
// si that the article does not name only as one the case passed through
// (courtAside); nil when there is none.
func (x *extractor) courtThatRuled(head string, si, at int) *entity {
	for s := si; s >= 0; s-- {
		ms := x.mentions[s]
		for i := len(ms) - 1; i >= 0; i-- {
			if e := ms[i].e; e.kind == "organisation" && e.heads[head] && (s < si || ms[i].tok < at) && !x.courtAside(e, si, at) {
				return e
			}
		}
	}
	return nil
}

// courtHeads are the head words of a court, which "the court" and "the
// Court" use.
var courtHeads = set(`court tribunal`)

// courtAside reports whether the article names court e, up to token at of
// sentence si, only as one the case passed through and not the court
// whose judgment it reports: the court that referred the questions ("a
// case referred by the <Town> Court") or the one an appeal may go to ("can
// be appealed to the <City> Court of Appeal", "appealed to X"). A
// judgment's report names the court that decided as the subject
// of its verbs, these others after a preposition. Only the court's own
// name counts: a mention at a verb is a description the rules resolved
// ("the court said"), and a name in brackets translates the one before.
func (x *extractor) courtAside(e *entity, si, at int) bool {
	seen := false
	for s := 0; s <= si && s < len(x.mentions); s++ {
		p := x.d.paras[x.d.sents[s].p]
		a := x.d.sents[s].a
		for _, m := range x.mentions[s] {
			if s == si && m.tok >= at {
				break
			}
			if m.e != e || !p.isWordAt(m.tok) || m.tok > a && p.word(m.tok-1) == "(" {
				continue
			}
			if x.eventVerbAt(x.d.sents[s].p, m.tok) {
				continue // a description resolved to it, noted at its verb
			}
			if !p.courtPassedThrough(a, m.tok) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// eventVerbAt reports whether token k of paragraph pi is a speech verb
// the rules read, where they note the speaker they found.
func (x *extractor) eventVerbAt(pi, k int) bool {
	for _, ev := range x.events[pi] {
		if ev.v == k {
			return true
		}
	}
	return false
}

// courtPassedThrough reports whether the court named at token k, in a
// sentence from token a, is named as the one that referred a case or
// that an appeal goes to: "referred to it by (the) X", "appeal … to (the)
// X", "an appeal with X".
func (p *para) courtPassedThrough(a, k int) bool {
	i := k - 1
	if i >= a && p.isDet(i) {
		i--
	}
	if i < a || !p.isWordAt(i) {
		return false
	}
	prefix, reach := "", 0
	switch p.lw(i) {
	case "by":
		prefix, reach = "referr", 4
	case "to", "with":
		prefix, reach = "appeal", 6
	default:
		return false
	}
	for j := i - 1; j >= a && j >= i-reach; j-- {
		if p.isWordAt(j) && strings.HasPrefix(p.lw(j), prefix) {
			return true
		}
	}
	return false
}

// titleCased reports whether every word of s but its joining "and",
// "of", "the" and "for" opens on a capital: "<Field> and Border Control".
func titleCased(s string) bool {
	for f := range strings.FieldsSeq(s) {
		switch f {
		case "and", "of", "the", "for":
			continue
		}
		if !unicode.IsUpper(firstRune(f)) {
			return false
		}
	}
	return true
}

// allCapitals reports whether s has letters and none in lower case.
func allCapitals(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// hasWordFold reports whether name has the word w (in lower case) among
// its words, in any case.
func hasWordFold(name, w string) bool {
	for f := range strings.FieldsSeq(name) {
		if strings.EqualFold(strings.Trim(f, ",.()"), w) {
			return true
		}
	}
	return false
}

// homeCountry returns the country the story is filed from: the one the
// registry says the dateline's place is or is the capital of, else the
// first the story's opening sentences name, when the registry lists it as
// a place; "" otherwise.
func (x *extractor) homeCountry() string {
	if c := x.datelineCountry(); c != "" {
		return c
	}
	for s := 0; s < len(x.d.sents) && s < 4; s++ {
		if x.d.sents[s].p < x.d.lead {
			continue
		}
		if c := x.countryIn(s); c != "" {
			if !x.adjectiveFirst(s) {
				return x.registryPlace(c)
			}
			if h := x.headHome(); h != "" && h != foldText(c) {
				// "An outbreak of <Nationality> <pests> …" under a title
				// that names the country: the adjective qualifies a
				// thing, the title says where the story is.
				return x.registryPlace(h)
			}
			return x.registryPlace(c)
		}
	}
	return ""
}

// registryPlace returns the display name of the registry place the
// article calls name, "" when the name is no registry place's: the one
// test homeCountry and datelineCountry put to each place they read.
func (x *extractor) registryPlace(name string) string {
	if e := x.cast.lookup(name); e != nil && e.kind == "place" && e.reg != nil {
		return e.display()
	}
	return ""
}

// datelineCountry returns the country, as the registry names it, that
// the dateline's place is or is the capital of, or that the dateline
// names after a town the registry does not know; "" otherwise.
func (x *extractor) datelineCountry() string {
	if c := x.registryPlace(x.d.home); x.d.home != "" && c != "" {
		return c
	}
	if c := x.registryPlace(x.d.region); x.d.region != "" && c != "" {
		// "<TOWN>, <Country> –": a town the registry does not know, then
		// the country or territory it is in, as wire style writes a
		// place outside the outlet's own.
		return c
	}
	if k := cityCountries[foldText(x.d.home)]; x.d.home != "" && k != "" {
		// "<CITY> —": a large city the registry does not list, filed
		// from in its own country, as a dateline's capital is.
		return x.registryPlace(k)
	}
	return ""
}

// adjectiveFirst reports whether the first country sentence s names
// (countryIn) is named by its nationality adjective, not its name.
func (x *extractor) adjectiveFirst(s int) bool {
	ds := x.d.sents[s]
	p := x.d.paras[ds.p]
	for i := ds.a; i < ds.b; i++ {
		if !p.isWordAt(i) || !p.toks[i].isCap(p.text) {
			continue
		}
		if x.countryRunAt(p, i, ds.b) != "" || directedCountry(p, i, ds.b) != "" {
			return false
		}
		w := stripPossessive(p.word(i))
		if x.countryOf(w) != "" {
			return false
		}
		if countryOfWord(w) != "" {
			return true
		}
	}
	return false
}

// headCountry returns the one country (folded) the article's title names
// by its name, as the registry lists it or the lists know it; "" for none
// or two. Read once a draft: homeCountry asks it on every homeFolded call.
func (x *extractor) headCountry() string {
	if !x.headRead {
		x.headNation, x.headRead = x.readHeadCountry(), true
	}
	return x.headNation
}

// headHome returns the country (folded) the title names as where the
// story is: headCountry, unless the title names it only as a destination
// (headDestination); else "".
func (x *extractor) headHome() string {
	if h := x.headCountry(); h != "" && !x.headDestination(h) {
		return h
	}
	return ""
}

// headDestination reports whether the title names country h (folded)
// only as where something goes ("<Goods> leave for <Country>", "<Exports>
// to <Country>"): a preposition of direction (destinationWords) before it.
// Such a title says where the story's goods or people are bound, not
// where the story is; the adjective of the opening names the home.
func (x *extractor) headDestination(h string) bool {
	words := x.headWords()
	n := len(strings.Fields(h))
	named := false
	for i := 0; i+n <= len(words); i++ {
		if foldText(stripPossessive(strings.Join(words[i:i+n], " "))) != h {
			continue
		}
		if i == 0 || !destinationWords[strings.ToLower(words[i-1])] {
			return false
		}
		named = true
	}
	return named
}

// headWords splits the title into the words headCountry and
// headDestination read, apostrophes and hyphens kept inside them, so that
// both match a run of words against the same country names.
func (x *extractor) headWords() []string {
	return strings.FieldsFunc(x.d.head, func(r rune) bool {
		return r != '\'' && r != '’' && r != '-' && !unicode.IsLetter(r)
	})
}

// destinationWords are the prepositions of direction before a place: a
// closed class.
var destinationWords = set(`to for into towards toward`)

// readHeadCountry is headCountry's reading of the title.
func (x *extractor) readHeadCountry() string {
	words := x.headWords()
	speakers := x.cast.reg.speakers
	found := ""
	for i := 0; i < len(words); i++ {
		for n := min(3, len(words)-i); n >= 1; n-- {
			run := foldText(stripPossessive(strings.Join(words[i:i+n], " ")))
			k := ""
			sp := speakers[run]
			if n > 1 && sp != nil && sp.Kind != "place" && sp.Kind != "person" {
				// "<Country> <Coast Guard> detains …": a body the registry
				// lists by a name that opens with its country's is the
				// title's actor, often the other side of a story between
				// two states; its country word names the body, not where
				// the story is.
				i += n - 1
				break
			}
			if sp != nil && sp.Kind == "place" && foldText(sp.Name) == run {
				k = run
			} else if n == 1 && countryWords[run] && isCapWord(words[i]) {
				k = countryNamed(run, speakers)
			}
			if k == "" {
				continue
			}
			if found != "" && found != k {
				return ""
			}
			found = k
			i += n - 1
			break
		}
	}
	return found
}

// governedBy maps a nation with no government of its own to the state
// whose government copy means by "the government" there: England's is the
// United Kingdom's (Scotland and Wales have governments of their own).
var governedBy = map[string]string{"england": "United Kingdom"}

// countryOf returns the country a place name stands for: the registry's
// place when it lists the name (a capital as an alias of its country),
// else the name itself when it is a known place; else "".
func (x *extractor) countryOf(name string) string {
	if continents[foldText(name)] {
		return "" // "one of <continent>'s biggest <producers>": no state of its own
	}
	if e := x.cast.lookup(name); e != nil && e.kind == "place" {
		return e.display()
	}
	if isKnownPlace(foldText(name)) {
		return name
	}
	return ""
}

// lastCountry returns the country the nearest sentence at or before si
// names, "" when none does.
func (x *extractor) lastCountry(si int) string {
	for s := si; s >= 0; s-- {
		if c := x.countryIn(s); c != "" {
			return c
		}
	}
	return ""
}

// nextCountry returns the country the first sentence after si names, ""
// when none does.
func (x *extractor) nextCountry(si int) string {
	for s := si + 1; s < len(x.d.sents); s++ {
		if c := x.countryIn(s); c != "" {
			return c
		}
	}
	return ""
}

// countryIn returns the first country sentence s names outside quotation
// marks, in words or by its adjective — its subject's, as a rule, ahead of
// one its object names ("<A> asked <B> for help") — or "". Each sentence
// is read once per article.
func (x *extractor) countryIn(s int) string {
	if x.countries == nil {
		x.countries = make([]*string, len(x.d.sents))
	}
	if c := x.countries[s]; c != nil {
		return *c
	}
	found := ""
	ds := x.d.sents[s]
	p := x.d.paras[ds.p]
	for i := ds.a; i < ds.b && found == ""; i++ {
		if !p.isWordAt(i) || !p.toks[i].isCap(p.text) {
			continue
		}
		if e := int(p.toks[i].e); e < len(p.text) && p.text[e] == '$' {
			// "<Code>$<Amount>" ("US$", "NZ$"): a currency's code, not
			// the story's place.
			continue
		}
		if embassyOfBefore(p, i, ds.a) {
			// "the Embassy of (the Kingdom of) <Country>": the sender, a
			// guest of the story's place.
			continue
		}
		if found = x.countryRunAt(p, i, ds.b); found != "" {
			if g := x.glossedCountry(p, i, ds.b); g != "" {
				found = g
				break
			}
			if p.lw(i) == "the" && p.isWordAt(i+1) && p.toks[i+1].isCap(p.text) && (x.countryRunAt(p, i+1, ds.b) != "" || x.countryOf(stripPossessive(p.word(i+1))) != "") {
				// "The <Country> <Body> said": a sentence's capitalised
				// article is no part of the country's name after it, nor
				// is a lead's "THE" in capitals, the house style of some
				// papers' first word.
				found = ""
				continue
			}
			break
		}
		if found = directedCountry(p, i, ds.b); found != "" {
			break
		}
		w := stripPossessive(p.word(i))
		if x.capitalOpensName(p, i, ds.b, w) {
			continue
		}
		if i+1 < ds.b && p.isWordAt(i+1) && missionWords[p.lw(i+1)] {
			// "the <Nationality> Embassy", "<Country>'s embassy": the
			// sending state's mission in the story's place.
			continue
		}
		if found = x.countryOf(w); found == "" {
			found = countryOfWord(w)
		}
		if found != "" {
			if g := x.glossedCountry(p, i, ds.b); g != "" {
				found = g
			}
		}
	}
	x.countries[s] = &found
	return found
}

// glossedCountry returns the country a bracket names right after the
// state's name that opens at token i ("<Long form of a state> (<Country>)"),
// or "": a state's formal or older name with the common one glossed in
// brackets is one state, the glossed one, which is the name the reader and
// the registry know it by. The formal name may hold another state's word,
// so the gloss, not the words before it, says whose the story is. Read on
// the tokens up to the bracket: capitalised words and the joining "of",
// "and", "the" only, as countryRunAt reads the run.
func (x *extractor) glossedCountry(p *para, i, end int) string {
	for j, n := i+1, 0; j < end && n < 5; j, n = j+1, n+1 {
		if p.isWordAt(j) {
			if !p.toks[j].isCap(p.text) {
				if lw := p.lw(j); lw != "of" && lw != "and" && lw != "the" {
					return ""
				}
			}
			continue
		}
		// The first token that is no word: the gloss's bracket, or nothing.
		if p.text[p.toks[j].s:p.toks[j].e] != "(" || p.toks[j].s != p.toks[j-1].e+1 {
			return ""
		}
		k := j + 1
		for k < end && p.isWordAt(k) && p.toks[k].isCap(p.text) {
			k++
		}
		if k == j+1 || k >= end || p.text[p.toks[k].s:p.toks[k].e] != ")" {
			return ""
		}
		in := p.text[p.toks[j+1].s:p.toks[k-1].e]
		if c := x.countryOf(in); c != "" && !strings.EqualFold(c, p.text[p.toks[i].s:p.toks[j-1].e]) {
			return c
		}
		return ""
	}
	return ""
}

// missionWords are the heads of a state's diplomatic mission in another:
// a closed class.
var missionWords = set(`embassy embassies consulate consulates`)

// stateFormWords are the words of a state's long form between a mission's
// "of" and the state's name ("the Kingdom of the <Country>"): a closed
// class.
var stateFormWords = set(`the of kingdom republic federal democratic islamic united state grand duchy principality sultanate commonwealth`)

// embassyOfBefore reports whether the words before token i, back to the
// sentence's start a, are a mission's "Embassy of" and perhaps a state's
// long form: the country there is the mission's sender, a guest of the
// story's place, not the place.
func embassyOfBefore(p *para, i, a int) bool {
	for j := i - 1; j >= a; j-- {
		if !p.isWordAt(j) {
			return false
		}
		lw := p.lw(j)
		if missionWords[lw] {
			return j < i-1 && p.lw(j+1) == "of"
		}
		if !stateFormWords[lw] {
			return false
		}
	}
	return false
}

// capitalOpensName reports whether w, the capitalised word at token i, is
// a capital's name opening a longer proper name of a place or a work
// ("<Capital> <Name> dam", "<Capital> <Name> reservoir"): a capitalised
// word after it that names no place and heads no body, then a word in
// lower case. A feature named for a capital stands anywhere in the
// country or beyond it, and says nothing of where the story is, as the
// capital alone would.
func (x *extractor) capitalOpensName(p *para, i, end int, w string) bool {
	if w != p.word(i) || capitalCountry(w) == "" {
		return false
	}
	j := i + 1
	if j+1 >= end || !p.isWordAt(j) || !p.toks[j].isCap(p.text) || !p.isWordAt(j+1) || p.toks[j+1].isCap(p.text) {
		return false
	}
	next := p.word(j)
	if isPossessive(next) || x.countryOf(stripPossessive(next)) != "" || countryOfWord(next) != "" || inFolded(orgHeads, next) || inFolded(cityKindWords, next) || inFolded(localScopes, next) {
		return false
	}
	return true
}

// capitalCountry is capitalCountries' country for a word as it stands in
// the text, folded on the stack as nationalityCountry folds: countryIn
// asks capitalOpensName of every capitalised word of every sentence.
func capitalCountry(w string) string {
	var buf [64]byte
	if n, ok := foldASCIIInto(&buf, w); ok {
		return capitalCountries[string(buf[:n])]
	}
	return capitalCountries[foldText(w)]
}

// cityKindWords name the kind of place a city is after its own name
// ("<Capital> City councillors", "<Capital> Metropolitan"): the capital
// itself, still, not a feature named for it. A closed class.
var cityKindWords = set(`city metropolitan metro municipality capital`)

// countryRunAt returns the country a name of two to four words starting
// at capitalised token i names ("Sierra Leone", "Isle of Man", "Papua New
// Guinea's"), or "": a country's name is often more than one word, and
// none of its words alone names it. The run ends in a capitalised word;
// the words inside it are capitalised or "of", "and", "the".
func (x *extractor) countryRunAt(p *para, i, end int) string {
	found := ""
	for j, n := i+1, 1; j < end && n < 4; j++ {
		if !p.isWordAt(j) {
			break
		}
		if !p.toks[j].isCap(p.text) {
			if lw := p.lw(j); lw != "of" && lw != "and" && lw != "the" {
				break
			}
			continue
		}
		n++
		run := p.text[p.toks[i].s:p.toks[j].e]
		if isPossessive(run) {
			run = stripPossessive(run)
		}
		if c := x.countryOf(run); c != "" {
			found = c // the longest run that names one: "Papua New Guinea", not "New Guinea"
		}
		if isPossessive(p.word(j)) {
			break
		}
	}
	return found
}

// directedCountry returns the country of two words a capitalised word at
// token i and the nationality after it name ("<Direction> <Nationality>"
// for "<Direction> <Country>": South Sudanese, North Korean), or "": the
// adjective alone would name another country or a continent.
func directedCountry(p *para, i, end int) string {
	if i+1 >= end || !p.isWordAt(i+1) || !p.toks[i+1].isCap(p.text) {
		return ""
	}
	adj := nationalityCountry(stripPossessive(p.word(i + 1)))
	if adj == "" || strings.IndexByte(adj, ' ') >= 0 {
		return ""
	}
	run := p.lw(i) + " " + adj
	if !knownPlaceNames[run] {
		return ""
	}
	return placeCase(run)
}

// countryOfWord returns the folded known place a capitalised adjective of
// nationality belongs to ("German" gives "germany"), or "".
func countryOfWord(w string) string {
	if strings.IndexByte(w, ' ') > 0 {
		// "Sri Lankan", "New Zealand": a two-word state's, no one word's.
		return twoWordStateAdjectives()[foldText(w)]
	}
	if w == "" || !isNationality(w) {
		return ""
	}
	c := nationalityCountry(w)
	if c == "" || continents[c] {
		return "" // "European", "African": no state of its own
	}
	return placeCase(c)
}

// placeCase capitalises a place's folded name as copy writes it: "san
// marino" is "San Marino", and a joining word after the first stays in
// lower case ("Saint Kitts and Nevis"). One spelling for every rule that
// names a country it has only folded.
func placeCase(k string) string {
	if k == "" {
		return ""
	}
	if strings.IndexByte(k, ' ') < 0 {
		return strings.ToUpper(k[:1]) + k[1:]
	}
	words := strings.Fields(k)
	for i, w := range words {
		if i == 0 || !functionWords[w] {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// nationalityCountry returns adjectiveCountry's place for a word as it
// stands in the text ("Peruvian"), folded on the stack: countryIn asks it
// of every capitalised word of every sentence, and a folded copy of each
// was an allocation per token for a map that mostly answers "".
func nationalityCountry(w string) string {
	var buf [64]byte
	if n, ok := foldASCIIInto(&buf, w); ok {
		return adjectiveCountry()[string(buf[:n])]
	}
	return adjectiveCountry()[foldText(w)]
}

// twoWordStates are the sovereign states whose name is two words, a
// closed class: "the <Two-word nationality> side" ("<South|Sri|Costa>
// <Adjective>") or "the <Two-word country> delegation" is the state as
// the one-word adjective's side is, which isNationality, reading one
// word, never sees.
const twoWordStates = `north korea|south korea|saudi arabia|united states|united kingdom|new zealand|south africa|sri lanka|czech republic|costa rica|el salvador|ivory coast|burkina faso|sierra leone|south sudan|east timor|north macedonia|dominican republic|equatorial guinea|san marino|cape verde|marshall islands|solomon islands`

// twoWordStateAdjectives maps each of twoWordStates, folded, and each
// adjective its last word makes ("sri lankan", "new zealander"), to the
// state's name as countryOfWord gives it ("Sri Lanka").
var twoWordStateAdjectives = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, st := range strings.Split(twoWordStates, "|") {
		first, last, _ := strings.Cut(st, " ")
		name := placeCase(st)
		m[st] = name
		for _, adj := range placeAdjectives(last) {
			m[first+" "+adj] = name
		}
	}
	return m
})

var adjectiveCountry = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for adj, place := range irregularNationalities {
		m[adj] = place
	}
	// Countries first, then the cities, each in the lists' order: where
	// two places give the same form, the country keeps it, the same on
	// every run (a map's order would pick either).
	for _, list := range []string{knownCountries, knownCapitals, knownCities} {
		for _, place := range strings.Fields(list) {
			for _, adj := range placeAdjectives(place) {
				if _, taken := m[adj]; !taken {
					m[adj] = place
				}
			}
		}
	}
	return m
})

// notBodyVoices are people a body's name describes without their speaking
// for it: "one EU diplomat" is a member state's, "industry sources" and "an
// insider" speak for no one; nor does a party's member of a parliament
// ("one Labour MP", "a Republican senator"), who speaks for themself, or
// "one airline executive" talking to a reporter, who gives their own view,
// not the company's statement; nor does "a union member", one of its rank
// and file; nor do the people a place's name before them says where they
// live ("a <Place> resident", "one <Town> villager"), which the reader may
// take for a body when it knows no such place: nouns of residence, a
// closed class.
var notBodyVoices = set(`diplomat diplomats source sources insider insiders negotiator negotiators
	resident residents villager villagers inhabitant inhabitants local locals townsman townswoman
	townspeople homeowner homeowners householder householders neighbour neighbours neighbor neighbors
	mp mep msp td mla lawmaker legislator senator congressman congresswoman backbencher executive executives
	member supporter supporters fan fans follower followers voter voters customer customers passenger passengers
	shopper shoppers subscriber subscribers viewer viewers listener listeners reader readers patient patients
	student students pupil pupils`)

// unplacedWorkers are people who work at or in a place without holding a
// post in it, beyond the person nouns: "a trader at <Exchange>", "a
// stallholder in <Market>" speak for themselves.
var unplacedWorkers = set(`trader hawker stallholder labourer laborer fisher grower merchant`)

// bodyVoice reports whether an unnamed person with this head word, in
// sentence si, speaks for the body the phrase names: a spokesperson does,
// even one who declines to be named; an official who spoke on condition of
// anonymity, a diplomat or a source does not.
func (x *extractor) bodyVoice(head string, si int) bool {
	if strings.HasPrefix(head, "spokes") {
		return true
	}
	if notBodyVoices[head] || isPersonNoun(head) || unplacedWorkers[head] {
		// "a vendor at <Market>", "a farmer from <Place>", "a
		// trader in <Town>": a person the description says only where
		// they are or work, who speaks for themself, not for the place
		// or the body after the preposition.
		return false
	}
	if x.saysAnonymity(si) {
		return false // "…," a <role> said on condition of anonymity
	}
	s := x.d.sents[si]
	return x.d.paras[s.p].anonymousSubject(s.a, s.b).tok == 0
}

// saysAnonymity reports whether sentence si says, outside quotes, that
// someone speaks "on condition of anonymity" or "anonymously": such a
// speaker is a source, not the body's voice, and the annotation brief
// leaves them unknown, where an official who only withholds a name still
// speaks for the body (initialledBodyVoice).
func (x *extractor) saysAnonymity(si int) bool {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	for i := s.a; i < s.b; i++ {
		if l := p.lowerAt(i); (l == "anonymity" || l == "anonymously") && p.toks[i].q == 0 {
			return true
		}
	}
	return false
}

// continents are places with no government to speak for them.
var continents = set(`africa europe asia america americas antarctica oceania eurasia arctic`)

// byKindWord returns the body the article last put beside the noun ("the
// <noun>" for "the <descriptor> <noun> <Name>", "<Name>, the <noun> …"), in
// sentence si or the dozen before it. A compound whose last part is the
// noun counts when that part is a business's ("shipbroker" for "the
// broker"), not any word that ends so ("husband").
func (x *extractor) byKindWord(noun string, si int) *entity {
	for k := len(x.kindWords) - 1; k >= 0; k-- {
		kw := x.kindWords[k]
		if kw.si > si {
			continue
		}
		if si-kw.si > 12 {
			break
		}
		if kw.noun != noun && !(businessHeads[noun] && len(kw.noun)-len(noun) >= 3 && strings.HasSuffix(kw.noun, noun)) {
			continue
		}
		return x.kindBody(kw.name, noun)
	}
	return nil
}

// businessByKindWord returns, for "the company" or "the firm" that no body
// named before answers, the business the article introduced by what it
// does ("<trade> <Name>"): the nearest in the dozen sentences before si,
// else, for a lead that names it only later ("The company says" first),
// one in the next six.
func (x *extractor) businessByKindWord(si int) *entity {
	best, dist := -1, 1<<30
	for k, kw := range x.kindWords {
		if !businessHeads[kw.noun] && !orgDescriptors[kw.noun] {
			continue
		}
		d := si - kw.si
		if d < 0 {
			if x.d.sents[si].p > x.d.lead+1 {
				continue // past the lead, "the company" looks back only
			}
			d = 12 - d // ahead: only when nothing before answers
		}
		if d <= 18 && d < dist {
			best, dist = k, d
		}
	}
	if best < 0 {
		return nil
	}
	kw := x.kindWords[best]
	e := x.kindBody(kw.name, kw.noun)
	if e != nil {
		e.business = true
	}
	return e
}

// kindBody returns the body called name, which the article put beside a
// body's noun: the name's entity, made a body if it was read as a person's
// with nothing to say so (no title, no gender, no given name); nil when it
// is someone's or a place's.
func (x *extractor) kindBody(name, noun string) *entity {
	if !strings.Contains(name, " ") && isNationality(name) || strings.Count(name, " ") == 1 && twoWordStateAdjectives()[foldText(name)] != "" {
		return x.nationalKind(name, noun)
	}
	e := x.cast.lookup(name)
	if e != nil && e.kind != "organisation" && !(e.kind == "person" && e.reg == nil && (e.bare || e.role == "" && e.gender == unknownGender)) {
		return nil
	}
	if e = x.cast.org(name, noun); e.kind != "organisation" {
		return nil // a given name said it is a person after all
	}
	return e
}

// openingCountry returns the country a sentence opens in ("In <Country>,
// …", "In <Capital>, where …, …") when the phrase ends before token at;
// "" otherwise.
func (x *extractor) openingCountry(si, at int) string {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	if p.lowerAt(s.a) != "in" || !p.isNameWord(s.a+1) {
		return ""
	}
	k := s.a + 1
	for k < at && p.isNameWord(k) {
		k++
	}
	if k >= at || !p.isComma(k) {
		return ""
	}
	name := p.textOf(s.a+1, k)
	if c := x.countryOf(name); c != "" && x.cast.regSpeaker(c) != nil {
		if e := x.cast.lookup(c); e == nil || e.kind == "place" {
			return c
		}
	}
	if c := capitalCountries[foldText(name)]; c != "" {
		return c
	}
	return ""
}

// nationalVoices are the nouns for the people who sit or speak for a
// country as one at a meeting: "the <Nationality> side", "the
// <Nationality> delegation". Neither has a name of its own, and the sets
// give their words to the country, as they give a country's capital's.
var nationalVoices = set(`side delegation`)

// nationalKind returns the body "the <nationality> <noun>" means, which
// the adjective alone never names: a state's side or delegation in talks
// or its arm ("the <Adjective> side", "the <Adjective> delegation", "the
// <Adjective> authorities") is the country, as a country speaks for its
// government; any other body ("the <Adjective> presidency") is called as
// the article calls it. Nil when the adjective's country is not known.
func (x *extractor) nationalKind(adj, noun string) *entity {
	if nationalVoices[noun] || stateArms[noun] {
		c := countryOfWord(adj)
		if c == "" {
			return nil
		}
		if e := x.cast.lookup(c); e != nil && e.kind == "place" {
			return e
		}
		return x.cast.place(c)
	}
	return x.cast.org(adj+" "+noun, noun)
}

// opensSentenceBefore reports whether the mention at token tok opens
// sentence s, the one just before si in the same paragraph: "<Surname>
// <verb> …. '…,' the <Club> <noun> said" is about the person
// the sentence before opens with, though the lists know no given name of
// theirs to confirm them by.
func (x *extractor) opensSentenceBefore(s, si, tok int) bool {
	return s == si-1 && x.d.sents[s].p == x.d.sents[si].p && tok == x.d.sents[s].a
}

// titledSubjectJustBefore reports whether the mention at token tok is
// the subject of sentence s, the one right before si though it closes the
// paragraph before: a name after at most three words of its description
// that open the sentence ("Match winner <Name> spoke to the crew. “…,” the
// <Club> forward said"). A live blog gives each line its paragraph, so the
// one named so is whom the epithet after means, though the lists know no
// given name of theirs to confirm them by.
func (x *extractor) titledSubjectJustBefore(s, si, tok int) bool {
	if s != si-1 {
		return false
	}
	st := x.d.sents[s]
	if tok <= st.a || tok-st.a > 3 || x.d.sents[si].p != st.p+1 {
		return false
	}
	p := x.d.paras[st.p]
	for k := st.a; k < tok; k++ {
		if !p.isWordAt(k) || p.toks[k].class&(cFunction|cPrep|cSpeech) != 0 || k > st.a && p.toks[k].class&cDet != 0 {
			return false
		}
	}
	return true
}

// kinNamedAs returns the kin noun the article puts right before a
// mention of e ("his daughter <Name>"), or "".
func (x *extractor) kinNamedAs(e *entity) string {
	for si, ms := range x.mentions {
		p := x.d.paras[x.d.sents[si].p]
		for _, m := range ms {
			if m.e == e && kinNouns[p.lowerAt(m.tok-1)] {
				return p.lowerAt(m.tok - 1)
			}
		}
	}
	return ""
}

// relationIntroduced resolves "<his|her|their> [former] <noun>" that no
// kin rule reads ("<his|her> former <relation> said", "<his|her>
// <adjective> <relation> added") to the person the article introduced by that noun before their
// name: "<his|her> former <noun> <Name>", "<noun>, <Name>,", or a title
// that has the noun ("said his former <noun> and fellow <title> <Name>").
// Obituaries and profiles name a person's colleagues, teammates and
// friends so, once, then call them by the relation. The one named last,
// in sentence si before token at or the twenty before it; nil when none.
func (x *extractor) relationIntroduced(r *ref, si, at int) *entity {
	if r.object || r.plural() || r.head == "" || r.det != "his" && r.det != "her" && r.det != "their" || kinNouns[r.head] {
		return nil
	}
	padded := " " + r.head + " "
	for s := si; s >= 0 && si-s <= 20; s-- {
		ms := x.mentions[s]
		p := x.d.paras[x.d.sents[s].p]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.e.kind != "person" || s == si && m.tok >= at {
				continue
			}
			k := m.tok - 1
			if p.isComma(k) {
				k--
			}
			if p.lowerAt(k) == r.head && possessiveDets[p.lowerAt(k-1)] || p.lowerAt(k) == r.head && possessiveDets[p.lowerAt(k-2)] {
				return m.e
			}
			if key, _ := m.e.roleInfo(); strings.Contains(key, padded) {
				return m.e
			}
		}
	}
	return nil
}

// kinIntroduced returns the one person the article introduced as the
// owner's kin, by the noun and a comma before their name, right after
// naming the owner in the same sentence ("X and her husband, Y,"), as
// feature copy names a relative by given name alone; else nil. An
// obituary's or a profile's "<She|He> is survived by <her|his> <kin>,
// <Name>" names no one before the relative: there the possessive, of the
// owner's gender, means the owner the sentence's pronoun carries on.
func (x *extractor) kinIntroduced(owner *entity, noun string, kg gender) *entity {
	var kin *entity
	for si, ms := range x.mentions {
		p := x.d.paras[x.d.sents[si].p]
		for k, m := range ms {
			if m.e == owner || m.e.kind != "person" || k > 0 && ms[k-1].e != owner || !p.isComma(m.tok-1) || p.lowerAt(m.tok-2) != noun {
				continue
			}
			l := p.lowerAt(m.tok - 3)
			if l != "his" && l != "her" || kg != unknownGender && !genderAgrees(m.e.gender, kg) {
				continue
			}
			if k == 0 && (l == "his") != (owner.gender == male) {
				continue // no one named before: the possessive must fit the owner
			}
			if kin != nil && kin != m.e {
				return nil
			}
			kin = m.e
		}
	}
	return kin
}

// kinOpening returns the relative a sentence opens with as its subject
// ("Her husband was blunter."), whom a pronoun in the next sentence may
// mean, or nil.
func (x *extractor) kinOpening(s int) *entity {
	st := x.d.sents[s]
	p := x.d.paras[st.p]
	a := st.a
	n := p.kinNounOpening(st)
	if n < 0 || n+1 >= st.b || !p.isWordAt(a) || !p.isWordAt(n) {
		return nil // none, or the sentence is all a quote's
	}
	r := p.interpret(a, n+1)
	if r == nil {
		return nil
	}
	if n > a+1 {
		r.surface = p.word(a) + " " + p.word(n) // the kin noun alone after "his" or "her"
	}
	return x.kinOf(r, s, a)
}

// unnamedKinOpens reports whether sentence s opens on "his" or "her" and a
// kin noun of gender g ("Her only son works …") that names no one: no name
// follows the noun.
func (x *extractor) unnamedKinOpens(s int, g gender) bool {
	st := x.d.sents[s]
	p := x.d.paras[st.p]
	n := p.kinNounOpening(st)
	if n < 0 {
		return false
	}
	kg, ok := p.genderAt(n, cPersonNoun, personNouns)
	return ok && kg == g
}

// plainPersonOpens reports whether sentence s opens on "the", "a", "an",
// "one", or the writer's "my" or "our", at most two lower-case words and a
// noun of personNouns of gender g or of none ("The <word> <person noun>
// <verb> …", "The <person noun>, <clause>, <verb>", "My <parent noun>
// <verb> …"), as its subject, and names no one in it: a "he" or "she"
// in the next sentence of the paragraph goes on with that person, whom
// the story never names, not with someone named further back. Not when a name or "of" follows the noun ("The widow of <Name>"),
// when the sentence names a person, or gives a name the person goes by
// (a naming word and a capitalised word within three words of it: "…,
// giving only a first name, <Given>, …").
func (x *extractor) plainPersonOpens(s int, g gender) bool {
	st := x.d.sents[s]
	p := x.d.paras[st.p]
	a := st.a
	switch p.lowerAt(a) {
	case "the", "a", "an", "one", "my", "our":
	default:
		return false
	}
	n := -1
	for k := a + 1; k < st.b && k <= a+3; k++ {
		if !p.isWordAt(k) || p.toks[k].q != 0 || p.toks[k].isCap(p.text) || p.toks[k].class&(cFunction|cPrep) != 0 {
			return false
		}
		if pg, ok := p.genderAt(k, cPersonNoun, personNouns); ok {
			if pg != unknownGender && pg != g {
				return false
			}
			n = k
			break
		}
	}
	if n < 0 || n+1 >= st.b || p.isNameWord(n+1) || p.lowerAt(n+1) == "of" {
		return false
	}
	for _, m := range x.mentions[s] {
		if m.tok <= n+1 && m.e.kind != "anon" || m.e.kind == "person" {
			return false // "<A person noun> from <Place>, <Honorific> <Name>, <verb>"
		}
	}
	for k := n + 1; k < st.b; k++ {
		for j := k + 1; p.toks[k].q == 0 && namingWord(p.lowerAt(k)) && j < st.b && j <= k+3; j++ {
			if p.isWordAt(j) && p.toks[j].isCap(p.text) {
				return false // "<A person noun> who gave a name only as <Given>"
			}
		}
	}
	return true
}

// kinNounOpening returns the token of the kin noun that sentence st opens
// with after "his" or "her" and at most one of kinAdjectives ("Her
// husband", "His eldest daughter"), when no name or comma follows it to
// name the relative (a comma before a relative clause, "His daughter, who
// <verb>s …,", names no one, unless the clause gives a name: "who asked
// to be called by her first name, <Given>"); else -1. kinOpening and unnamedKinOpens read the
// same opening, one to find who the relative is, the other that no one is.
func (p *para) kinNounOpening(st sentRef) int {
	if l := p.lowerAt(st.a); l != "his" && l != "her" {
		return -1
	}
	n := st.a + 1
	if kinAdjectives[p.lowerAt(n)] {
		n++ // "Her only son": no kin noun is one of kinAdjectives
	}
	if !kinNouns[p.lowerAt(n)] {
		return -1
	}
	m := p.tieSpanEnd(n + 1)
	if p.isNameWord(m) || p.isComma(m) && !relativeWho[p.lowerAt(m+1)] {
		return -1 // "Her son, <Name>, …": named; "Her son, who …": not
	}
	if p.isComma(m) {
		for k := m + 2; k < st.b && k <= m+20; k++ {
			if namingWord(p.lowerAt(k)) {
				return -1 // "<Kin noun>, who <clause naming her>, <Given>, …"
			}
		}
	}
	return n
}

// tieSpanEnd returns the token after "of <N> years" at k, the span of a
// tie a kin noun may carry before the relative's name ("His wife of <N>
// years, <Given> <Surname>,", "her partner of <N> decades"); else k.
// Profiles and obituaries give a marriage's length so; skipping it lets
// the name after the comma be the relative's, as it is after "his wife,".
func (p *para) tieSpanEnd(k int) int {
	if p.lowerAt(k) != "of" {
		return k
	}
	for i := k + 2; i <= k+4; i++ {
		if l := p.lowerAt(i); l == "years" || l == "decades" || l == "months" {
			return i + 1
		}
	}
	return k
}

// kinAdjectives stand between "his" or "her" and a kin noun: "her only
// son", "his eldest daughter".
var kinAdjectives = set(`only eldest oldest youngest elder older younger late`)

// municipalWords are what copy calls a local government once it has
// named the place: "the city said".
var municipalWords = set(`city town county borough municipality prefecture`)

// municipalOf is the municipal word ("city", "town") right before a
// spokesperson's title with nothing else before it but a determiner: "a
// city spokesperson", "the town spokeswoman"; else "".
func municipalOf(r *ref) string {
	if r.org != "" || !strings.HasPrefix(r.head, "spokes") {
		return ""
	}
	s := r.surface
	if i := strings.IndexByte(s, ' '); i >= 0 && (r.det != "" || r.indefinite) {
		s = s[i+1:]
	}
	w, rest, ok := strings.Cut(s, " ")
	if !ok || !strings.EqualFold(rest, r.head) {
		return ""
	}
	w = strings.ToLower(w)
	if !municipalWords[w] {
		return ""
	}
	return w
}

// municipality returns the registry body "City of X" ("Town of X", …)
// for the place X named nearest before sentence si, or nil: "the city
// said" in a story about Winnipeg is the City of Winnipeg.
func (x *extractor) municipality(word string, si int) *entity {
	if x.cast.reg == nil || len(x.cast.reg.orgRoles) == 0 {
		return nil
	}
	for s := si; s >= 0; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		for k := sr.b - 1; k >= sr.a; k-- {
			if !p.isNameWord(k) {
				continue
			}
			// A place the lists may not know ("Winnipeg council voted"),
			// so the words, not the mentions, are read.
			if sp := x.cast.regSpeaker(word + " of " + stripPossessive(p.word(k))); sp != nil && sp.Kind == "organisation" {
				return x.cast.fromRegistry(sp)
			}
			if e := x.cast.lookup(upperFirst(word) + " of " + stripPossessive(p.word(k))); e != nil && e.reg == nil && (e.kind == "organisation" || e.kind == "person") {
				// "The City of <Place> said …. “…,” a city spokesperson
				// said": the municipality the article names in full, which
				// the registry lacks; the reader may have kept its capitals
				// as a person's.
				if e.kind == "person" {
					e.kind, e.formed = "organisation", nil
				}
				return e
			}
		}
	}
	return nil
}

// unitOwner returns the body whose unit a name is, where the reader took
// the unit for a person: after the body's possessive, read as a title
// ("the <Body>'s <Words> Room", "<ACR>'s Integrity Unit"), after the
// body's name ("the <ACR> Replay Room") or before it ("the War Room of
// the <Body>"). A body's room, desk, unit or panel that rules or
// reviews speaks for the body, as namedUnitOwner's offices do, whatever
// its name's last word. The owner must be a body the article or the
// registry knows; the unit's name two words or more that the registry
// does not list, whose first word is no given name the lists know and
// whose last is a unit's noun (unitNounWord, or, after the possessive or
// before "of", a body's or a bench's head word) that the article never
// uses alone ("the <Body>'s <Given>
// <Surname>", then "<Surname> said", is a person). Else nil.
func (x *extractor) unitOwner(r *ref) *entity {
	sp := strings.LastIndexByte(r.name, ' ')
	if sp < 0 {
		return nil
	}
	last := r.name[sp+1:]
	unitNoun := unitNounWord(last)
	if !unitNoun && r.role == "" {
		return nil // the cheap tests first: most names end in no unit's noun
	}
	possessed := r.role != "" && strings.IndexByte(r.role, ' ') < 0 && isPossessive(r.role) && startsUpper(r.role)
	if !unitNoun && (!possessed && !strings.HasPrefix(r.role, "of ") || !bodyWord(last) && !benchWord(last)) {
		// After the body's possessive or before "of the <Body>" a body's
		// or a bench's head word ends a unit's name too; after the
		// body's name only a unit's own noun does: "<Body> <Words>
		// Police" is a body of its own.
		return nil
	}
	var owner *entity
	unit := r.name
	switch {
	case r.role == "":
		// "<Body> <Unit Words>": the longest run of the name's first
		// words that names a body, with two words or more after it.
		for k := strings.IndexByte(r.name, ' '); k > 0 && k < sp; {
			if e := x.cast.lookup(r.name[:k]); e != nil && e.kind == "organisation" {
				owner, unit = e, r.name[k+1:]
			}
			n := strings.IndexByte(r.name[k+1:], ' ')
			if n < 0 {
				break
			}
			k += 1 + n
		}
	case possessed:
		owner = x.cast.lookup(stripPossessive(r.role))
	default:
		if o, ok := strings.CutPrefix(r.role, "of "); ok {
			owner = x.cast.lookup(strings.TrimPrefix(o, "the "))
		}
	}
	if owner == nil || owner.kind != "organisation" {
		return nil
	}
	first, _, two := strings.Cut(unit, " ")
	if !two || x.cast.regSpeaker(r.name) != nil || x.cast.regSpeaker(unit) != nil {
		return nil
	}
	if _, given := givenGender(strings.ToLower(first)); given || x.namedAlone(last) {
		return nil
	}
	return owner
}

// unitNounWord reports whether a capitalised word is one of the nouns
// that end the names bodies give the units inside them that rule, review
// or speak for them, beyond the head words of bodies themselves (office,
// department, centre): "War Room", "Video Review", "<Sport> Safety",
// "<Sport> Operations", "Integrity Unit", "Media Relations",
// "Public Affairs", "News Desk", "Crisis Cell", "Fact-Check Team",
// "Appeals Panel". The word is compared as copy capitalises it in a
// unit's name, without folding it: every name the rules resolve is asked.
func unitNounWord(w string) bool {
	switch w {
	case "Room", "Desk", "Unit", "Cell", "Panel", "Review", "Safety", "Operations", "Integrity", "Relations", "Affairs", "Team", "Squad", "Hub":
		return true
	}
	return false
}

// benchWord reports whether a capitalised word is one of courtBenches, as
// unitNounWord does for units' nouns.
func benchWord(w string) bool {
	switch w {
	case "Chamber", "Panel", "Bench", "Division", "Section", "Senate":
		return true
	}
	return false
}

// namedUnitOwner returns the body that owns a unit named with its possessive
// ("<Body>'s General Secretariat", "<Body>'s Inspectorate"), when the
// owner is a body the article or the registry knows and the unit is known
// by no name of its own: a body's office speaks for the body, as its
// spokesperson does. A place's body ("<Country>'s Defence Ministry") is
// the state rules' to name. Else nil.
func (x *extractor) namedUnitOwner(name string) *entity {
	i := strings.IndexByte(name, ' ')
	if i < 0 || !isPossessive(name[:i]) || x.cast.regSpeaker(name) != nil || x.cast.regSpeaker(name[i+1:]) != nil {
		return nil
	}
	owner := x.cast.lookup(stripPossessive(name[:i]))
	if owner == nil || owner.kind != "organisation" {
		return nil
	}
	return owner
}

// initialledTitleHolder returns the person named before (or just after)
// whose title ends in words whose initials are acr, whichever title they
// are: "Deputy Chief Minister" for "the DCM", "<Firm> General Manager" for
// "the GM" (the abbreviations list knows only the commonest). Nil when the
// registry or the article knows acr as a body's ("the EU", a firm whose
// initials they are).
func (x *extractor) initialledTitleHolder(acr string, si, at int) *entity {
	if n := len(acr); n < 2 || n > 4 || !isAcronym(acr) || x.cast.regSpeaker(acr) != nil {
		return nil
	}
	if o := x.cast.byInitial[acr]; o != nil && o.name != acr {
		return nil // the initials of a body the article names ("GM" for a motor firm)
	}
	if e := x.cast.lookup(acr); e != nil && e.reg != nil {
		return nil
	}
	return x.scanHolders(func(e *entity) bool {
		return e.kind == "person" && e.role != "" && (titleInitialsEnd(e.role, acr) || titleInitialsEnd(firstOfJointTitle(e.role), acr))
	}, si, at)
}

// firstOfJointTitle returns the first of two offices a role joins with
// "and" ("Attorney-General and Minister of Justice" gives
// "Attorney-General"), or "" when it joins none: copy shortens such a
// holder to the first office's initials ("the AG").
func firstOfJointTitle(role string) string {
	if i := strings.Index(role, " and "); i > 0 {
		return role[:i]
	}
	return ""
}

// titleInitialsEnd reports whether the capitalised words that end role,
// past its joining words, have acr for their initials. Each part of a
// hyphenated title is a word of its own ("Attorney-General" is "AG").
func titleInitialsEnd(role, acr string) bool {
	words := strings.Fields(role)
	k := len(acr) - 1
	for i := len(words) - 1; i >= 0 && k >= 0; i-- {
		w := stripPossessive(words[i])
		if functionWords[strings.ToLower(w)] {
			continue
		}
		for k >= 0 {
			part := w
			h := strings.LastIndexByte(w, '-')
			if h >= 0 {
				part, w = w[h+1:], w[:h]
			}
			if part == "" || part[0] != acr[k] {
				return false
			}
			k--
			if h < 0 {
				break
			}
		}
	}
	return k < 0
}

// appositiveTitleHolder returns the person an earlier sentence named in
// apposition to a capitalised title ("The <Title>, Advocate <Name>, …"),
// when "the <Title>" comes again: copy calls an office-holder by the
// office once it has named them, and the words are theirs, not those of
// the office as a body (which the registry may list under the same
// words). A body's head word, an acronym or "of" in the words makes them
// a body's name ("the Commission, <Name>," is no one's title), as "of"
// before "the" makes them the tail of a longer title ("the chairman of
// the <Body>, <Name>,"); only capitalised words of address may stand
// between the comma and the name, which the next comma closes.
func (x *extractor) appositiveTitleHolder(title string, si int) *entity {
	if title == "" || strings.Contains(title, " of ") {
		return nil
	}
	for rest := title; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if isAcronym(w) || bodyWord(w) {
			return nil // "the City Council", "the ÚOHS": a body's name
		}
	}
	for pi := 0; pi <= x.d.sents[si].p; pi++ {
		text := x.d.paras[pi].text
		for off := 0; off < len(text); {
			k := strings.Index(text[off:], title)
			if k < 0 {
				break
			}
			k += off
			off = k + len(title)
			if k < 4 || !strings.EqualFold(text[k-4:k], "the ") || !strings.HasPrefix(text[off:], ", ") {
				continue
			}
			if before := strings.TrimRight(text[:k-4], " "); strings.HasSuffix(before, " of") || strings.HasSuffix(before, " at") || strings.HasSuffix(before, " for") {
				continue // "the Mayor of the <Title>, <Name>": a longer title
			}
			seg := text[off+2:]
			if c := strings.IndexByte(seg, ','); c > 0 {
				seg = seg[:c]
			} else {
				continue
			}
			if e := x.addressedPerson(seg); e != nil {
				return e
			}
		}
	}
	return nil
}

// addressedPerson returns the person whose name ends seg, after nothing
// but capitalised words of address ("Advocate", "Mr.", "Dr"), else nil.
func (x *extractor) addressedPerson(seg string) *entity {
	for _, e := range x.cast.all {
		if e.kind != "person" || !strings.Contains(e.name, " ") || !strings.HasSuffix(seg, e.name) {
			continue
		}
		for rest := strings.TrimSpace(seg[:len(seg)-len(e.name)]); rest != ""; {
			var w string
			w, rest, _ = strings.Cut(rest, " ")
			if w != "" && (w[0] < 'A' || w[0] > 'Z' || len(w) > 12) {
				return nil
			}
		}
		return e
	}
	return nil
}

// titleAcronymHolder returns the person who holds a title the article
// spelt out with its acronym in brackets ("The District Chief Executive
// (DCE) for X, Y Z, said …", then "the DCE said"): the person named as
// the subject of a speech verb in the sentence that spells it out. An
// acronym the registry lists, or one of capitals that do not end in a
// title, is a body's. Else nil.
func (x *extractor) titleAcronymHolder(acr string, si int) *entity {
	if !isAcronym(acr) || x.cast.regSpeaker(acr) != nil {
		return nil
	}
	for pi := 0; pi <= x.d.sents[si].p; pi++ {
		p := x.d.paras[pi]
		for k := 2; k+1 < len(p.toks); k++ {
			if p.lowerAt(k-1) != "(" || p.lowerAt(k+1) != ")" || p.word(k) != acr || !p.isRoleAt(k-2) || !p.toks[k-2].isCap(p.text) {
				continue
			}
			b := k - 2
			for b > 0 && p.isNameWord(b-1) {
				b--
			}
			if !p.acronymOf(b, k-1) {
				continue
			}
			for _, ev := range x.events[pi] {
				if ev.v > k && ev.ent != nil && ev.ent.kind == "person" && ev.sent < si {
					return ev.ent
				}
			}
			return nil
		}
	}
	return nil
}

// pluralOfPeople reports whether a capitalised word is the plural of an
// occupation or a kind of person ("Environmentalists", "Residents",
// "Economists"), not a name.
func pluralOfPeople(w string) bool {
	l := strings.ToLower(w)
	one, ok := strings.CutSuffix(l, "s")
	if !ok || len(one) < 4 || strings.HasSuffix(one, "s") {
		return false
	}
	if _, person := personNouns[one]; person {
		return true
	}
	return strings.HasSuffix(one, "ist") || isRoleWord(one)
}

// asksAnonymity reports whether sentence si opens with "he" or "she" and
// says that they asked not to be named ("She asks not to be named.", "He
// declined to be identified.").
func (x *extractor) asksAnonymity(si int) bool {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	if l := p.lowerAt(s.a); l != "he" && l != "she" {
		return false
	}
	for k := s.a + 1; k < s.b && k <= s.a+8; k++ {
		switch p.lowerAt(k) {
		case "named", "identified":
			for d := k - 4; d < k; d++ {
				if l := p.lowerAt(d); d > s.a && (l == "not" || l == "declined" || l == "refused") {
					return true
				}
			}
		case "anonymity":
			return true
		}
	}
	return false
}

// regDescription returns the registry entry listed under a description's
// words, looked up as they stand when they are in lower case (most
// descriptions), so that no folded copy is made per article.
func (x *extractor) regDescription(text string) *briefings.Speaker {
	for i := 0; i < len(text); i++ {
		if c := text[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == ' ') {
			return x.cast.regSpeaker(text)
		}
	}
	return x.cast.reg.speakers[text]
}

// watchdogTitles head the names of independent offices a state sets up
// to oversee others: "the Commissioner of <Elections Body>", "the
// Ombudsman of <Province>", "the Auditor General of <State>".
var watchdogTitles = set(`commissioner ombudsman ombudsperson auditor comptroller registrar`)

// watchdogOffice resolves such an office written out in full with "the"
// ("The Commissioner of <Name>, who enforces …, said in a statement") to
// the office itself when the article names no one who holds it: its
// statements are the office's, not those of whoever spoke just before,
// whom a bare title after a speaker would otherwise name again. Nil for
// other titles, a title with no "of <Name>", or one a named person holds.
func (x *extractor) watchdogOffice(r *ref, si, at int) *entity {
	if r.det != "the" || r.object || r.plural() || r.org != "" || !watchdogTitles[r.head] || r.text == "" || r.text[0] < 'A' || r.text[0] > 'Z' {
		return nil
	}
	_, of, ok := strings.Cut(r.text, " of ")
	if !ok || !isCapWord(strings.TrimPrefix(of, "the ")) {
		return nil
	}
	if h := x.personByRole(r.head, r.text, si, at); h != nil && h.kind == "person" {
		return nil
	}
	if e := x.cast.lookup(r.text); e != nil {
		if e.kind == "organisation" {
			return e
		}
		return nil
	}
	return x.cast.org(r.text, r.head)
}

// litigantOffices are a state's law offices that stand as a party in
// court ("X v The Attorney General of Y"): the office, not its holder,
// submits.
var litigantOffices = set(`attorney-general solicitor-general advocate-general procurator-general`)

// officeInFull resolves a capitalised law office that no one named holds
// ("The Attorney General, represented by Mr X, contended …") to the office
// the article wrote out in full before with its state ("… v The Attorney
// General of Y"): a party to the case, which its counsel speaks for. Nil
// for other offices, an office someone named holds, or none written out.
func (x *extractor) officeInFull(r *ref, si, at int) *entity {
	if r.det != "the" || r.plural() || r.org != "" || r.text == "" || r.text[0] < 'A' || r.text[0] > 'Z' {
		return nil
	}
	if !litigantOffices[strings.ReplaceAll(strings.ToLower(r.text), " ", "-")] {
		return nil
	}
	holder := x.personByRole(r.head, r.text, si, at)
	if holder == nil || holder.kind != "anon" || holder.speaksFor != nil {
		return nil
	}
	name, ok := strings.CutPrefix(holder.name, r.text+" of ")
	if !ok || !isKnownPlace(name) {
		return nil
	}
	return x.cast.org(holder.name, r.head)
}

// openingBody returns the body the sentence before si opens with as its
// subject ("The Court made clear that … the Government's power …"), when
// sentence si opens with "It", or "it" before the verb at token at is the
// subject after a phrase the sentence opens with ("In its <document>, it
// <verb>s"; frontedIt): a subject pronoun goes on with the subject before
// it, not with a body named in passing after it. The body may be a name
// only the registry knows for a body, one word after "the" in its own
// language ("The <Body word> <verb>s that …"), which the name reader takes
// for no body. Nil otherwise.
func (x *extractor) openingBody(si, at int) *entity {
	if si == 0 {
		return nil
	}
	s, prev := x.d.sents[si], x.d.sents[si-1]
	p, pp := x.d.paras[s.p], x.d.paras[prev.p]
	if prev.p != s.p && prev.p+1 != s.p {
		return nil
	}
	if p.lowerAt(s.a) != "it" && !p.frontedIt(s.a, at) {
		return nil
	}
	a := prev.a
	if !pp.isDet(a) || pp.lw(a) != "the" || !pp.isWordAt(a+1) {
		return nil
	}
	if !pp.toks[a+1].isCap(pp.text) {
		// "The <head>, to be fair, has …. In its <document>, it said":
		// a body called back by its head word in lower case.
		if !orgHeads[pp.lw(a+1)] || !pp.isComma(a+2) && !(pp.isWordAt(a+2) && !pp.toks[a+2].isCap(pp.text)) {
			return nil
		}
		if r := pp.interpret(a, a+2); r != nil {
			if e, _ := x.resolve(r, si-1, a); e != nil && e.kind == "organisation" {
				return e
			}
		}
		return nil
	}
	b := pp.chunkEnd(a+1, prev.b)
	if b <= a+1 || b >= prev.b || !pp.isWordAt(b) || pp.toks[b].isCap(pp.text) || isPossessive(pp.word(b-1)) {
		return nil
	}
	r := pp.interpret(a, b)
	if r == nil || r.kind != refOrg && r.kind != refOrgDesc {
		if sp := x.cast.regSpeaker(pp.textOf(a, b)); sp != nil && sp.Kind == "organisation" {
			return x.cast.fromRegistry(sp)
		}
		return nil
	}
	e, _ := x.resolve(r, si-1, a)
	if e == nil || e.kind != "organisation" {
		return nil
	}
	return e
}

// leadBody resolves a capitalised head word alone ("the Court", "the
// Commission") to the body the story's first sentence names with that
// head, as a release calls the body it speaks for, when the story names
// other bodies so ("the Supreme Court of X" and "the Court of Appeal of X"
// in a regional court's release). Nil when the lead names none so.
func (x *extractor) leadBody(r *ref, si, at int) *entity {
	if r.det != "the" || r.name == "" || strings.Contains(r.name, " ") || r.name[0] < 'A' || r.name[0] > 'Z' {
		return nil
	}
	head := strings.ToLower(r.name)
	if !orgHeads[head] {
		return nil
	}
	for s := 0; s < len(x.d.sents) && s <= si; s++ {
		if x.d.sents[s].p < x.d.lead || s < si && courtHeads[head] && (x.titleCaseLine(s) || x.headerLine(s)) {
			// A court's headline ("<Court> Dismisses <Party>'s Appeal") and
			// its release's header lines (place and date, reference, case,
			// parties) are not the story's first sentence.
			continue
		}
		for _, m := range x.mentions[s] {
			if m.e.kind == "organisation" && m.e.heads[head] && strings.Contains(m.e.name, " ") && !allCapitals(m.e.name) {
				if courtHeads[head] && x.courtAside(m.e, si, at) {
					continue // the court that referred the case, which "the Court" answers
				}
				return m.e // not words of a headline in capitals
			}
		}
		return nil // the first sentence only
	}
	return nil
}

// headerLine reports whether sentence s is a paragraph of its own that no
// stop closes: a court's release's header lines over its text ("<Place>,
// <date>", "Ref. No.: <N>", "Judgment in case <N> Applicant: <Name>
// Request for review of … of the <Lower Court>"), which name the lower
// court before the sentence that names the court whose release it is.
// (Other bodies' releases are left as they were: a mission's report names
// its own body in such lines.)
func (x *extractor) headerLine(s int) bool {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	if sr.a != 0 || sr.b != len(p.toks) || sr.b == 0 {
		return false
	}
	switch p.word(sr.b - 1) {
	case ".", "!", "?", "”", "\"", "’", "'":
		return false
	}
	return true
}

// titleCaseLine reports whether sentence s is a paragraph of its own in
// title case with no closing stop — a headline or cross-head set in the
// story, whose capitalised verb the name rules run into a body's name.
func (x *extractor) titleCaseLine(s int) bool {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	if sr.a != 0 || sr.b != len(p.toks) || sr.b-sr.a < 3 {
		return false
	}
	if last := p.word(sr.b - 1); last == "." || last == "!" || last == "?" || p.toks[sr.b-1].kind != tWord {
		return false
	}
	for i := sr.a; i < sr.b; i++ {
		if p.isWordAt(i) && !p.toks[i].isCap(p.text) && !p.isFunctionAt(i) {
			return false
		}
	}
	return true
}

// ourNoticeSays resolves an "It" that opens its sentence before a speech
// verb ("We have <sent> a <document> …. It says, “…”") to the body the
// sentence before stands for with its "we", when that sentence, in the
// same paragraph, has "we" issue a document: the notice speaks for the
// body, not the body or place last named. Nil otherwise.
func (x *extractor) ourNoticeSays(si, at int) *entity {
	if si == 0 || x.d.sents[si].p != x.d.sents[si-1].p {
		return nil
	}
	s, t := x.d.sents[si], x.d.sents[si-1]
	p := x.d.paras[s.p]
	if at != s.a+1 || p.lowerAt(s.a) != "it" || !p.isSpeechVerbAt(at) {
		return nil
	}
	w := p.subjectStart(t.a, t.b)
	if p.lowerAt(w) != "we" {
		return nil
	}
	for i := w + 1; i < t.b && i <= w+6; i++ {
		if p.isWordAt(i) && docNouns[p.lw(i)] {
			if r := p.interpret(w, w+1); r != nil {
				if e, _ := x.resolve(r, si-1, w); e != nil && e.kind == "organisation" {
					return e
				}
			}
			return nil
		}
	}
	return nil
}

// clauseOwnerBody resolves an "it" inside a relative or "as" clause of
// its sentence ("The committee's report also expresses concern about X,
// which it describes as "…"", "…, as it put it") to the body or document
// the sentence opens with as its subject, when no other body is named
// between them. Nil otherwise.
func (x *extractor) clauseOwnerBody(si, at int) *entity {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	k := at - 1
	for k > s.a && p.isWordAt(k) && p.lw(k) != "it" {
		k--
	}
	if k <= s.a+1 || p.lw(k) != "it" {
		return nil
	}
	from, and := s.a, false
	switch p.lowerAt(k - 1) {
	case "which", "that", "what", "as":
	case "and":
		// "<Unit> of the <Ministry> issued a <notice> … and it says
		// “…”": an "it" that opens a clause joined to the sentence's
		// own, before a speech verb, carries on that clause's subject
		// (its notice speaks for it), not the body or the place named
		// inside it. The subject may follow a fronted time.
		if !p.isSpeechVerbAt(k + 1) {
			return nil
		}
		from, and = p.subjectStart(s.a, k), true
	default:
		return nil
	}
	a, b := p.npRight(from, k)
	if b <= a {
		return nil
	}
	if !and && a == s.a && b-a <= 2 && b+1 < k && p.dashAt(b) && p.toks[a].isCap(p.text) {
		// "<Place> – The <Body> decided …, citing what it called “…”": a
		// dateline in title case the layout left in the sentence; the
		// subject is the phrase after its dash.
		if a, b = p.npRight(b+1, k); b <= a {
			return nil
		}
	}
	if and && b+1 < k && p.lowerAt(b) == "and" && p.isNameWord(b+1) {
		// "The <Field> and <Field> Division": a body's name that joins
		// two fields runs on over its "and".
		for b++; b < k && p.isNameWord(b); b++ {
		}
	}
	end := b
	if and && p.lowerAt(b) == "of" {
		// "<Unit> of my <Ministry>": the body the subject belongs to is
		// part of it, not a body named between.
		for end = b + 1; end < k && (p.isDet(end) || p.isNameWord(end)); end++ {
		}
	}
	// A body named between: "it" may be that one, unless it is the
	// subject itself ("The <Body> (<ACR>) decided …"), its acronym in
	// brackets or its name again.
	var between *entity
	for _, m := range x.mentions[si] {
		if m.tok > s.a+3 && m.tok < k && m.e.kind == "organisation" && (!and || m.tok >= end) {
			if between != nil && between != m.e {
				return nil
			}
			between = m.e
		}
	}
	if b < k && isPossessive(p.word(b-1)) && p.isWordAt(b) && docNouns[p.lw(b)] {
		b++ // "The committee's report"
	}
	side := false
	if e := p.nationalSideEnd(a, b, k); e > b {
		// "The <Nationality> side thanked X for …, which it described
		// as …": a state's side in talks, as a verb's subject reads it.
		b, side = e, true
	}
	r := p.interpret(a, b)
	if and && r != nil && r.kind == refPronoun && r.gender == plural && strings.EqualFold(r.text, "we") {
		// "We <send> a <document> …, and it says “…”": the notice of
		// the body "we" stands for.
		e, _ := x.resolve(r, si, a)
		if e != nil && e.kind == "organisation" {
			return e
		}
		return nil
	}
	if and && r != nil && r.kind == refSomeone && p.isDet(a) && b-a >= 3 && allNameWordsAnd(p, a+1, b) && (orgHeads[p.lw(b-1)] || unitHeads[p.lw(b-1)]) {
		// "The <Field> and <Field> Division …, and it says": a unit named
		// in full, whose "and" the phrase reader takes for two people's.
		if e := x.cast.lookup(r.text); e != nil {
			return e
		}
		return x.cast.org(r.text, "")
	}
	if r != nil && r.kind == refName && x.itsOwnIt(p, r, a, b, k) {
		// "<Name> said it had …, which it said …": the sentence calls
		// its subject "it" after its own speech verb, as no person is
		// called; the capitals are a body's, a firm named with no head
		// word ("<Place> <Products>").
		return x.cast.org(r.name, "")
	}
	if r == nil || r.kind != refOrg && r.kind != refOrgDesc && r.kind != refDoc && !(side && r.kind == refSomeone) {
		return nil
	}
	e, _ := x.resolve(r, si, a)
	if e == nil || e.kind != "organisation" && e.kind != "place" {
		return nil
	}
	if between != nil && between != e {
		return nil
	}
	return e
}

// apposedOwner resolves "the <organ>" (a committee, a panel, a board the
// article never names) to the body the article set in apposition to it
// the first time, "the <organ>, the <Body> body in charge of …": the
// organ is a branch of that body and speaks for it. Nil when no sentence
// up to si did so.
func (x *extractor) apposedOwner(text string, si, at int) *entity {
	n := strings.Count(text, " ") + 1
	for s := 0; s <= si; s++ {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		for _, m := range x.mentions[s] {
			i := m.tok - 2 // the comma
			if s == si && m.tok >= at || i-n-1 < sr.a || m.e.kind != "organisation" || p.lowerAt(m.tok-1) != "the" || !p.isComma(i) || p.lowerAt(i-n-1) != "the" {
				continue
			}
			if !strings.EqualFold(p.textOf(i-n, i), text) {
				continue
			}
			j := m.tok + 1
			for j < sr.b && p.isNameWord(j) {
				j++
			}
			if j == m.tok || j >= sr.b || !p.isWordAt(j) || !apposedOrganNouns[p.lw(j)] {
				continue
			}
			// The body by its own name, not the mention that ran the
			// noun after it into the name ("<Acronym> body").
			name := p.textOf(m.tok, j)
			if sp := x.cast.regSpeaker(name); sp != nil && sp.Kind == "organisation" {
				return x.cast.fromRegistry(sp)
			}
			if e := x.cast.lookup(name); e != nil && e.kind == "organisation" {
				return e
			}
			return nil
		}
	}
	return nil
}

// apposedOrganNouns call a body's branch by what it is to the body: "the
// <Body> body in charge of …", "the <Body> panel that …".
var apposedOrganNouns = set(`body organ arm branch unit panel wing division`)

// saidItSubject resolves an "it" that opens the complement of its
// sentence's own speech verb ("<Name>[, which …,] said [in a statement]
// [that] it had <noted> “…”") to that verb's subject, named by capitals
// that open the sentence: a person is never called "it", so the name the
// rules may read as a person's ("<Descriptor> <Word> <Word>") is a
// body's, and "it" is no body named in a sentence before. Nil when the
// subject is no such name, has a given name, a gender or a registry
// entry as a person, or someone else is named between.
func (x *extractor) saidItSubject(si, at int) *entity {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	k := at - 1
	for k > s.a && k >= at-3 && p.isWordAt(k) && p.lw(k) != "it" {
		k--
	}
	if k <= s.a+1 || p.lw(k) != "it" || p.toks[k].q != 0 {
		return nil
	}
	// The speech verb: right before "it", or before a few words in
	// lower case ("in a press release", "on Monday") and "that".
	v := k - 1
	if p.lowerAt(v) == "that" {
		for v--; v > s.a && v >= k-7 && p.isWordAt(v) && !p.isSpeechVerbAt(v) && !p.toks[v].isCap(p.text) && p.toks[v].q == 0; v-- {
		}
	}
	if v <= s.a || !p.isSpeechVerbAt(v) {
		return nil
	}
	// The subject: right before the verb, or before an aside set off by
	// commas (", which <did something>,").
	b := v
	if p.isComma(v - 1) {
		c := v - 2
		for c > s.a && c >= v-16 && !p.isComma(c) && p.toks[c].q == 0 {
			c--
		}
		if c <= s.a || !p.isComma(c) {
			return nil
		}
		b = c
	}
	a := b
	for a > s.a && p.isNameWord(a-1) {
		a--
	}
	if b-a < 2 || a > s.a+2 {
		return nil // one capital, or a name far into the sentence
	}
	var e *entity
	for _, m := range x.mentions[si] {
		if m.tok >= a && m.tok < b {
			e = m.e
		}
	}
	for _, m := range x.mentions[si] {
		if m.tok >= b && m.tok < k && m.e != e && m.e.kind != "place" {
			return nil // someone or some body named between: "it" may be that one
		}
	}
	if e == nil {
		name := p.textOf(a, b)
		if e = x.cast.lookup(name); e == nil {
			return x.cast.org(name, "")
		}
	}
	switch {
	case e.kind == "organisation" || e.kind == "place":
		return e
	case e.kind != "person" || e.gender != unknownGender || e.reg != nil:
		return nil
	}
	if _, given := givenGender(strings.ToLower(strings.Fields(e.name)[0])); given {
		return nil
	}
	return x.cast.org(e.name, "")
}

// itsOwnIt reports whether the name [a, b) that opens a sentence, read
// as a person's, is called "it" by the sentence before token k: its
// speech verb right after it, then "it" ("<Name> said it had …"). The name
// has no title, no given name first and no one the cast knows as a
// person by a title or a gender: a body, whose "which it said" further
// on goes back to it.
func (x *extractor) itsOwnIt(p *para, r *ref, a, b, k int) bool {
	if r.role != "" || r.evidence || r.gender != unknownGender || b+2 >= k || !p.isSpeechVerbAt(b) || p.lw(b+1) != "it" {
		return false
	}
	if _, given := givenGender(strings.ToLower(strings.Fields(r.name)[0])); given {
		return false
	}
	if e := x.cast.lookup(r.name); e != nil && (e.kind != "person" || e.role != "" || e.gender != unknownGender || e.reg != nil) {
		return false
	}
	return true
}

// nationalSideEnd returns where "the <Nationality> side" (or a state's
// arm: "the <Nationality> authorities") ends when the noun phrase [a, b)
// that npRight read stops at the adjective, before hi; else b. The
// adjective is a capital, so the phrase reads as a name and would end
// there, leaving "the <Nationality>", a person by their nationality.
func (p *para) nationalSideEnd(a, b, hi int) int {
	if b < hi && b == a+2 && p.isDet(a) && isNationality(p.word(a+1)) && p.isWordAt(b) && (nationalVoices[p.lw(b)] || stateArms[p.lw(b)]) {
		return b + 1
	}
	// "the <Two-word nationality> side": the state's two words, then the noun.
	if b < hi && b == a+3 && p.isDet(a) && p.isWordAt(b) && (nationalVoices[p.lw(b)] || stateArms[p.lw(b)]) &&
		twoWordStateAdjectives()[p.lw(a+1)+" "+p.lw(a+2)] != "" {
		return b + 1
	}
	return b
}

// ownPageBody returns the registry body whose own page the article is:
// the publisher the page's metadata names (og:site_name or JSON-LD's
// publisher) when the registry lists it as a body, else the site's name in
// the title (siteBody), else the letterhead (letterheadBody). Nil for a
// newspaper's page, whose outlet is no registry body.
func (x *extractor) ownPageBody() *entity {
	if o := x.d.outlet; o != "" && x.cast.reg != nil {
		if s := x.cast.regSpeaker(o); s != nil && s.Kind == "organisation" {
			return x.cast.fromRegistry(s)
		}
	}
	if e := x.siteBody(); e != nil {
		return e
	}
	return x.letterheadBody()
}

// letterheadBody is the registry body a body's own release names at the
// top of its title, as it opens with its name over the headline ("<Court
// of …>" then "PRESS RELEASE", joined into one title line): the words
// before a release's label; else a title that is only the body's name, or
// the line over the title the reader took off as a label. Nil when none
// names a registry body. The answer is kept for the article.
func (x *extractor) letterheadBody() *entity {
	if x.headDone {
		return x.letterhead
	}
	x.headDone = true
	head := x.d.head
	if len(head) > 160 {
		head = ""
	}
	// The body's name before the release's label: one lookup, with no
	// list of the title's words, and none for a title with no label.
	name, _ := nameBeforeLabel(head, releaseLabel)
	if !strings.Contains(name, " ") {
		// The body's name on a line of its own, over the release's label
		// and headline: the title the reader kept, when it is no more than
		// the name, else the line it took off above the title as a label.
		name = head
		if x.cast.regSpeaker(name) == nil {
			if e := x.placedLetterhead(head); e != nil {
				x.letterhead = e
				return e
			}
			name = x.d.letterhead
		}
		if len(name) > 160 || !strings.Contains(name, " ") {
			return nil
		}
	}
	if s := x.cast.regSpeaker(name); s != nil && s.Kind == "organisation" {
		x.letterhead = x.cast.fromRegistry(s)
	}
	return x.letterhead
}

// placedLetterhead returns the registry body a letterhead names in two
// parts, the state and the body, as courts' and ministries' releases head
// their page ("REPUBLIC OF <PLACE>" over "<KIND> COURT", "<BODY> / OF THE
// REPUBLIC OF <PLACE>"), joined into one title line: the registry lists the
// body as "<Body> of <Place>". The title must be a short run of capitals
// (a letterhead, not a headline) that splits into a state the registry
// lists as a place, its own form ("Republic of") allowed before it, and
// words of a body whose head word is a body's. Nil otherwise.
func (x *extractor) placedLetterhead(head string) *entity {
	if head == "" || len(head) > 90 || strings.ToUpper(head) != head {
		return nil
	}
	var buf [12]string
	words := buf[:0]
	for w := range strings.FieldsSeq(head) {
		if len(words) == len(buf) {
			return nil
		}
		words = append(words, w)
	}
	return x.placedSplit(words)
}

// placedSplit returns the registry body "<Body> of <Place>" that words
// name as a state's words and a body's, in either order (placedLetterhead,
// siteName); nil when no split names one. At most twelve words are read.
func (x *extractor) placedSplit(words []string) *entity {
	if len(words) > 12 {
		return nil
	}
	for k := 1; k < len(words); k++ {
		for _, pb := range [2][2][]string{{words[:k], words[k:]}, {words[k:], words[:k]}} {
			place, body := pb[0], pb[1]
			if len(body) < 2 || !bodyWord(body[len(body)-1]) && !bodyWord(body[0]) {
				// "<KIND> COURT", "Ministry of <Field>": a body's head word
				// ends or opens the body's words.
				continue
			}
			pl := x.letterheadPlace(place)
			if pl == nil {
				continue
			}
			if s := x.cast.regSpeaker(strings.Join(body, " ") + " of " + pl.display()); s != nil && s.Kind == "organisation" {
				return x.cast.fromRegistry(s)
			}
		}
	}
	return nil
}

// letterheadPlace returns the registry place a letterhead's words name
// ("<PLACE>", "REPUBLIC OF <PLACE>", "OF THE REPUBLIC OF <PLACE>"), nil
// when they name none.
func (x *extractor) letterheadPlace(words []string) *entity {
	for len(words) > 1 && (strings.EqualFold(words[0], "of") || strings.EqualFold(words[0], "the")) {
		words = words[1:]
	}
	name := strings.Join(words, " ")
	if e := x.cast.lookup(name); e != nil && e.kind == "place" && e.reg != nil {
		return e
	}
	if len(words) > 2 && stateForms[strings.ToLower(words[0])] && strings.EqualFold(words[1], "of") {
		return x.letterheadPlace(words[2:])
	}
	return nil
}

// nameBeforeLabel returns the words of a title line before the first word
// that, with the word after it, label reports as an event's or a
// release's label ("<Body> PRESS RELEASE", "<Body> News conference"), and
// whether there is one: letterheadBody and eventHost both read a body's
// name so, each with its own labels. The title's first word is never the
// label.
func nameBeforeLabel(head string, label func(w, next string) bool) (string, bool) {
	for k := 0; k < len(head); k++ {
		if head[k] != ' ' {
			continue
		}
		w, rest, _ := strings.Cut(head[k+1:], " ")
		next, _, _ := strings.Cut(rest, " ")
		if label(w, next) {
			return head[:k], true
		}
	}
	return "", false
}

// releaseLabel reports whether w and the word after it label a release
// under a body's name: "PRESS RELEASE No 19/27", "Media statement".
func releaseLabel(w, next string) bool {
	switch strings.ToLower(w) {
	case "press", "media", "news":
		return strings.EqualFold(next, "release") || strings.EqualFold(next, "statement") || strings.EqualFold(next, "communiqué")
	case "communiqué", "statement", "release":
		return true
	}
	return false
}

// frontedBeforePronoun reports whether the k-th mention of sentence s, a
// description opening it after "a" or "an", is set off before the
// sentence's subject pronoun of gender g ("A lawyer by training, and for
// a decade the board's secretary, she has run …"): a description of whom the pronoun
// means, not someone else left unnamed.
func (x *extractor) frontedBeforePronoun(s, k int, g gender) bool {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	ms := x.mentions[s]
	if ms[k].tok > sr.a+2 || !p.inList(sr.a, cIndefinite) {
		return false
	}
	for i := ms[k].tok + 1; i < sr.b; i++ {
		if p.toks[i].q != 0 {
			return false
		}
		if l := p.lowerAt(i); l == "he" || l == "she" {
			if personalPronouns[l] != g || !p.isComma(i-1) {
				return false
			}
			for _, m := range ms[k+1:] {
				if m.tok < i && (m.e.kind == "person" || m.e.kind == "anon") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// unnamedEpithet reports whether an epithet ("the man", "the woman", "the
// <age>-year-old", "the pensioner") means a person the sentences just
// before described without naming, as their subject ("A <noun>, who did
// not want to be named, said …", "One <noun> said …"), with no one named
// since: copy calls an unnamed voice again so, as it calls a named one.
// "the man" and "the woman" need only a subject of their gender; another
// epithet must be a word of the description itself. It looks back over
// the paragraph and the one before, three sentences at most.
func (x *extractor) unnamedEpithet(r *ref, si int) bool {
	para := x.d.sents[si].p
	for s := si - 1; s >= 0 && si-s <= 3 && x.d.sents[s].p >= para-1; s-- {
		if u := x.unnamed[s]; u.tok > 0 && u.gender != plural {
			if r.head == "man" || r.head == "woman" {
				return u.gender == unknownGender || u.gender == r.gender
			}
			return x.describedAs(s, u.tok-1, r.head)
		}
		if x.speakerAt[s] != nil {
			return false
		}
		for _, m := range x.mentions[s] {
			if m.e.kind == "person" && m.e.confirmed {
				return false
			}
		}
	}
	return false
}

// describedAs reports whether the words of sentence s from token from to
// its first comma or verb hold word: the description of an unnamed
// subject ("A 74-year-old pensioner, who …").
func (x *extractor) describedAs(s, from int, word string) bool {
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	for k := from; k < sr.b && k < from+8 && p.isWordAt(k) && !p.isComma(k); k++ {
		if p.lw(k) == word {
			return true
		}
	}
	return false
}

// hallGovernment returns the body "City Hall" (or "Town Hall", "County
// Hall") stands for when the article calls it so after naming it in full:
// the body whose name ends in those words ("<City> City Hall"), else the
// registry's "City of <City>" for a city the article names. Nil for any
// other entity.
func (x *extractor) hallGovernment(e *entity) *entity {
	if e.kind != "organisation" || !strings.HasSuffix(e.name, " Hall") || strings.Count(e.name, " ") != 1 || !municipalWords[strings.ToLower(e.name[:strings.IndexByte(e.name, ' ')])] {
		return nil
	}
	for _, o := range x.cast.all {
		if o != e && o.kind == "organisation" && strings.HasSuffix(o.name, " "+e.name) {
			return o
		}
	}
	if x.cast.reg != nil {
		return x.cityBody()
	}
	return nil
}

// cantonGovernment returns "Canton of <Canton>" for a body named "<Canton>
// cantonal government": Swiss copy names a canton's executive by the
// canton's name and the adjective, and the canton, which the government
// speaks for, is named by its own form ("Canton of <Canton>"), the
// registry's entry when it lists it. Nil for a name of another shape.
func (x *extractor) cantonGovernment(e *entity) *entity {
	if e.kind != "organisation" {
		return nil
	}
	place, ok := strings.CutSuffix(strings.TrimPrefix(e.name, "the "), " cantonal government")
	if !ok {
		place, ok = strings.CutSuffix(strings.TrimPrefix(e.name, "the "), " Cantonal Government")
	}
	if !ok || place == "" || strings.Count(place, " ") > 1 {
		return nil
	}
	for w := range strings.FieldsSeq(place) {
		if !isCapWord(w) || isPossessive(w) || functionWords[strings.ToLower(w)] {
			return nil
		}
	}
	name := "Canton of " + place
	if s := x.cast.regSpeaker(name); s != nil {
		return x.cast.fromRegistry(s)
	}
	return x.cast.org(name, "")
}

// describedBodyBefore returns the body the sentence before sentence si
// opens with, as its subject, by a description in lower case ("The
// municipality has been cautious. In a statement, it said …", "The
// regulator has not commented. It said …") when the "it" at token at is,
// or follows, the subject "it" of its own sentence, maybe after an opening
// phrase set off by a comma: the
// body the copy has just made its subject, which a country or a body
// named in passing before it is not. Nil when no body is found so.
func (x *extractor) describedBodyBefore(si, at int) *entity {
	s, prev := x.d.sents[si], x.d.sents[si-1]
	p, pp := x.d.paras[s.p], x.d.paras[prev.p]
	if prev.p != s.p && prev.p+1 != s.p {
		return nil
	}
	k := s.a // the sentence's first "it": its subject, after an opening phrase set off by a comma
	for k < s.b && k <= s.a+10 && k < at && (!p.isWordAt(k) || p.lw(k) != "it") {
		if p.toks[k].q != 0 || p.isComma(k) && !p.isWordAt(k+1) || p.isComma(k) && p.lw(k+1) != "it" {
			return nil
		}
		k++
	}
	if !p.isWordAt(k) || p.lw(k) != "it" {
		return nil
	}
	if k > s.a {
		// "In a statement to <Outlet>, it said", "Asked about …, it
		// said": a phrase of circumstance, then the subject.
		w := p.lowerAt(s.a)
		if !p.isComma(k-1) || !p.isWordAt(s.a) || p.toks[s.a].class&cPrep == 0 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
			return nil
		}
	}
	a := prev.a
	if !pp.isDet(a) || pp.lw(a) != "the" {
		return nil
	}
	b := a + 1
	for b < prev.b && b <= a+3 && pp.isWordAt(b) && !pp.toks[b].isCap(pp.text) && !pp.isOrgHeadAt(b) && !municipalWords[pp.lw(b)] && pp.toks[b].class&(cFunction|cSpeech) == 0 {
		b++ // "the city's", "the state water": what kind of body
	}
	if b >= prev.b || !pp.isWordAt(b) || pp.toks[b].isCap(pp.text) || !pp.isOrgHeadAt(b) && !municipalWords[pp.lw(b)] {
		return nil
	}
	if n := pp.lowerAt(b + 1); n == "of" || n == "for" || isPossessive(pp.word(b)) || !pp.isWordAt(b+1) {
		return nil
	}
	r := pp.interpret(a, b+1)
	if r == nil || r.kind != refOrgDesc && r.kind != refSomeone {
		return nil
	}
	e, _ := x.resolve(r, si-1, a)
	if e == nil || e.kind != "organisation" {
		return nil
	}
	return e
}

// officeTitles are the heads of government whose executive offices copy
// names in lower case ("the office of the governor"), and officeAdjectives
// the adjectives it names them by ("the presidential office"): closed
// classes.
var (
	officeTitles     = set(`president governor premier mayor`)
	officeAdjectives = map[string]string{"presidential": "president", "gubernatorial": "governor", "mayoral": "mayor"}
)

// officeTitleAt returns the title whose office the lower-case "office" at
// token k names — "<presidential> office", "<governor>'s office", "office
// of the <governor>" — else "".
func (p *para) officeTitleAt(k int) string {
	if !p.isWordAt(k) || p.lw(k) != "office" || p.toks[k].isCap(p.text) {
		return ""
	}
	if p.lowerAt(k+1) == "of" && p.lowerAt(k+2) == "the" && p.isWordAt(k+3) && officeTitles[p.lw(k+3)] && !p.toks[k+3].isCap(p.text) {
		return p.lw(k + 3)
	}
	if k > 0 && p.isWordAt(k-1) {
		w := p.lw(k - 1)
		if t, ok := officeAdjectives[w]; ok {
			return t
		}
		if t := stripPossessive(w); t != w && officeTitles[t] {
			return t
		}
	}
	return ""
}

// jointReleaseFirst returns the first of two bodies a joint release's
// subject names ("<Body A> and <Body B> said: “…”") when the article is
// one, its heading saying so ("Joint media release by …"): a release
// issued jointly speaks for its first-named party. Nil for any other
// subject or article.
func (x *extractor) jointReleaseFirst(text string) *entity {
	a, b, _ := strings.Cut(text, " and ")
	if a == "" || b == "" || strings.Contains(b, " and ") || strings.Contains(a, ",") {
		return nil
	}
	h := strings.ToLower(x.d.head)
	if !strings.Contains(h, "joint") || !strings.Contains(h, "release") && !strings.Contains(h, "statement") {
		return nil
	}
	ea, eb := x.cast.lookup(a), x.cast.lookup(b)
	if ea == nil || eb == nil || ea == eb || ea.kind != "organisation" || eb.kind != "organisation" {
		return nil
	}
	return ea
}

// pairAfterJointDoc returns the first of two bodies joined by "and"
// after the joint document that opens sentence si ("In a joint
// statement, <Body A> and <Body B> urged …, saying “…”"), when the
// subject text ends with the second's name: the joint text speaks for
// its first-named party (jointDocPair). Nil otherwise.
func (x *extractor) pairAfterJointDoc(text string, si int) *entity {
	first, m := x.jointDocPair(si, true, 1, nil)
	if first == nil || first.kind != "organisation" {
		return nil
	}
	// The second may be capitals read as a person's name ("<Word>
	// Cycling"): the text's "and" before it joins it to a body.
	p := x.d.paras[x.d.sents[si].p]
	if !strings.HasSuffix(text, " and "+p.word(m.tok)) && !strings.HasSuffix(text, " and "+m.e.name) {
		return nil
	}
	return first
}

// docTitlesOffice returns the registry body "Office of the <Title>", by
// that name or as "Office of the <Title> of <Place>" (placedBody,
// officeOfPlace), that a
// document "from the <Title>'s Office" names as its issuer: the phrase
// reader keeps the title alone for the document's body, which is no one's
// name. Nil when the document names no such office or the registry lists
// none.
func (x *extractor) docTitlesOffice(r *ref) *entity {
	if x.cast.reg == nil || !strings.HasSuffix(r.text, " Office") {
		return nil
	}
	rest := strings.TrimSuffix(r.text, " Office")
	if !strings.HasSuffix(rest, r.org+"'s") && !strings.HasSuffix(rest, r.org+"’s") {
		return nil
	}
	return x.titleOffice(r.org, officeByName|officePlaced|officeHome)
}

// executiveOffice returns the registry body "Office of the <Title>", by
// that name or as "Office of the <Title> of <Place>" (placedBody), that a
// subject ending just before the verb at token at of sentence si names in
// lower case — "the presidential office", "the office of the governor" —
// or, when it is "the office" alone, that such a phrase named in the
// sentences before it (this paragraph and the one before). Nil otherwise.
func (x *extractor) executiveOffice(si, at int) *entity {
	s := x.d.sents[si]
	p := x.d.paras[s.p]
	title := ""
	for k := at - 1; k >= s.a && k >= at-6 && title == ""; k-- {
		if title = p.officeTitleAt(k); title == "" && p.isWordAt(k) && p.lw(k) == "office" && p.lowerAt(k-1) == "the" {
			// "the office" alone: the phrase it stands for, before.
			for t := si; t >= 0 && t >= si-4 && title == ""; t-- {
				ts := x.d.sents[t]
				if ts.p < s.p-1 {
					break
				}
				tp := x.d.paras[ts.p]
				end := ts.b
				if t == si {
					end = k
				}
				for j := ts.a; j < end && title == ""; j++ {
					title = tp.officeTitleAt(j)
				}
			}
			break
		}
	}
	if title == "" {
		return nil
	}
	return x.titleOffice(strings.ToUpper(title[:1])+title[1:], officeByName|officePlaced)
}

// apposedName returns the full name set off by a comma straight after the
// description [a, b) ("<Name>'s mother, <Given> <Surname>", "the group's
// chair, <Given> <Surname>"): copy describes a document's author so, and the
// person is the name, not the one the description is of. The name must
// run to the end of the sentence or to the next comma, two name words or
// more; the description must not be a name itself. An empty span when
// there is none.
func (p *para) apposedName(a, b, hi int) (int, int) {
	if b > a && b-1 >= 0 && isPossessive(p.word(b-1)) {
		for b < hi && b < a+8 && p.isWordAt(b) && !p.toks[b].isCap(p.text) && p.toks[b].class&(cFunction|cDet|cPrep|cSpeech) == 0 {
			b++ // the possessor's noun: "<Name>'s mother"
		}
	}
	if a < 0 || b <= a || b >= hi || !p.isComma(b) || allNameWords(p, a, b) {
		return 0, 0
	}
	c := b + 1
	d := c
	for d < hi && p.isNameWord(d) {
		d++
	}
	if d-c < 2 || d < hi && !p.isComma(d) && p.toks[d].kind != tEnd && p.lowerAt(d) != "." {
		return 0, 0
	}
	return c, d
}

// frontedPrepositions open a phrase set before a sentence's subject: "In
// its ruling, it …", "On Monday, it …", "After the hearing, it …".
var frontedPrepositions = set(`in on at after before during following`)

// frontedIt reports whether the word before the verb at token v is "it",
// the subject after a phrase that opens the sentence at token a on a
// preposition and closes with a comma: "In its <document>, it <verb>s".
// The phrase holds no quotation mark.
func (p *para) frontedIt(a, v int) bool {
	k := v - 1
	if k-1 <= a || p.lowerAt(k) != "it" || !p.isComma(k-1) || !p.isWordAt(a) {
		return false
	}
	if w := p.lw(a); !openingPrepositions[w] && !frontedPrepositions[w] {
		return false
	}
	for i := a; i < k-1; i++ {
		if p.toks[i].q != 0 || p.toks[i].kind == tQuote || p.toks[i].kind == tEnd {
			return false
		}
	}
	return true
}

// unnamedVoice returns the body that the unnamed subject of sentence s
// speaks for, when the clause after the description says they spoke on
// its behalf (spokeOnBehalf: "A <title> at <Body>, who spoke on behalf of
// the <body>") and the description fits gender g; nil otherwise. A
// member of a body who asks not to be named, with no such clause, speaks
// for no one but themselves.
func (x *extractor) unnamedVoice(s int, g gender) *entity {
	u := x.unnamed[s]
	sr := x.d.sents[s]
	p := x.d.paras[sr.p]
	for _, m := range x.mentions[s] {
		if m.e.kind == "anon" && m.e.speaksFor != nil && m.e.speaksFor.kind == "organisation" && m.tok >= u.tok-1 && m.tok <= u.tok+3 &&
			genderAgrees(m.e.gender, g) && m.e.speaksFor != x.skip && p.spokeOnBehalf(m.tok, sr.b) {
			return m.e.speaksFor
		}
	}
	return nil
}

// bodyPeople are the plural people nouns that, after a body's name, are
// that body's own people speaking together: "the <Body> members", "the
// <Body> elders" (with bodyOrgans, "the <Body> board", and organPeople,
// "the <Body> staff"; "trustees" is bodyOrgans', as a board is).
var bodyPeople = set(`members leaders elders representatives delegates officials directors`)

// organBefore returns the body whose organ or people the sentence si names
// before the verb at token at — "<Body> board", "<Body> members", the
// body's name followed by an organ noun — when a "they" in the same
// sentence speaks: "<Person> <verb>ed the <Body> board, and they <verb>ed
// “…”". Nil when the sentence names none so.
func (x *extractor) organBefore(si, at int) *entity {
	sr := x.d.sents[si]
	p := x.d.paras[sr.p]
	var found *entity
	for _, m := range x.mentions[si] {
		if m.tok >= at || m.e.kind != "organisation" {
			continue
		}
		k := m.tok
		for k < at && p.isWordAt(k) && p.toks[k].q == 0 && (p.toks[k].isCap(p.text) || p.lw(k) == "of" || p.lw(k) == "and") {
			k++
		}
		if k > m.tok && k < at && p.isWordAt(k) && p.toks[k].q == 0 && (bodyOrgans[p.lw(k)] || bodyPeople[p.lw(k)] || organPeople[p.lw(k)]) {
			found = m.e
		}
	}
	return found
}

// sourcesPreps join unnamed sources to the body they are in: "sources
// from the <Body>", "sources in", "at", "within", "close to". Agency copy
// names the sources' body once with one of these and then says only "the
// sources", so the body is found by them.
var sourcesPreps = set(`from in at within inside of close`)

// sourcesBody returns the body the article last named its unnamed
// sources with ("Sources from the <Body> said", "According to sources in
// the <Body>, …"), in sentence si before token at or in the two sentences
// before it, or nil: "the sources" and "these sources" after it are the
// same people, who speak for that body, as agency copy refers back to
// them. The body is read as the phrase after the preposition would be
// read as a sentence's subject.
func (x *extractor) sourcesBody(si, at int) *entity {
	for s := si; s >= 0 && si-s <= 2; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		end := sr.b
		if s == si {
			end = at
		}
		for i := end - 3; i >= sr.a; i-- {
			if !p.isWordAt(i) || p.lw(i) != "sources" || !sourcesPreps[p.lowerAt(i+1)] {
				continue
			}
			a := i + 2
			if p.lowerAt(i+1) == "close" {
				if p.lowerAt(a) != "to" {
					continue
				}
				a++
			}
			k := a
			if p.lowerAt(k) == "the" {
				k++
			}
			e := k
			for e < sr.b && p.isWordAt(e) && (p.toks[e].isCap(p.text) || e > k && e+1 < sr.b && p.toks[e+1].isCap(p.text) && (p.lw(e) == "of" || p.lw(e) == "for" || p.lw(e) == "and" || p.lw(e) == "the")) {
				e++
			}
			if e == k {
				return nil // "sources in the area": no body's name
			}
			r := p.interpret(a, e)
			if r == nil || r.kind != refOrg && r.kind != refName {
				return nil
			}
			if ent, _ := x.resolve(r, s, a); ent != nil && ent.kind == "organisation" {
				return ent
			}
			return nil
		}
	}
	return nil
}

// initialledBodyVoice reports whether an unnamed officer is given with
// the initials of the body they work for ("An <ACR> official, who did not
// wish to be named, said"): the clause withholds the officer's name, not
// whom they speak for, as the annotation brief gives an unnamed official
// of a named body to the body. One who speaks "on condition of
// anonymity" is a source, not the body's voice, and is left unknown by
// the caller. A place's initials ("a senior U.S. official") name a
// country, not a body, and a diplomat or a source is no body's voice
// (notBodyVoices).
func (x *extractor) initialledBodyVoice(r *ref) bool {
	return r.org != "" && isAcronym(r.org) && !isKnownPlace(r.org) && !notBodyVoices[r.head]
}

// academicTitles are titles copy keeps before a surname alone ("Dr
// <Surname>") as before the full name.
var academicTitles = set(`dr dr. prof prof. professor`)

// titledNamesake returns, for a surname alone after the academic title at
// token t, the one person of that surname the copy named in full after
// the same title ("Dr <Given> <Surname>"), when two or more people share
// the surname (a parent and a child, two siblings); else nil.
func (x *extractor) titledNamesake(p *para, t int, surname string) *entity {
	if n := t + 1; !p.isWordAt(n) || !strings.HasPrefix(p.text[p.toks[n].s:], surname) {
		if n++; !p.isWordAt(n) || !strings.HasPrefix(p.text[p.toks[n].s:], surname) {
			return nil // "Dr. <Surname>": the stop its own token
		}
	}
	k := " " + x.cast.fold(surname)
	var found *entity
	many := 0
	for _, o := range x.cast.all {
		if o.kind != "person" || !strings.HasSuffix(x.cast.nameKey(o), k) {
			continue
		}
		many++
		title := p.word(t) + " " + o.name
		for _, q := range x.d.paras {
			if strings.Contains(q.text, title) {
				if found != nil && found != o {
					return nil
				}
				found = o
				break
			}
		}
	}
	if many < 2 {
		return nil
	}
	return found
}

// bankOrgans are the organs of a bank that decide its policy and speak
// for it: "the board", "the committee".
var bankOrgans = set(`board committee`)

// organsBank returns the bank named last before token at of sentence si,
// in that sentence or the two before, for "the <organ>" (head) when the
// article names no body with that head before it: the organ is the
// bank's own. Nil otherwise.
func (x *extractor) organsBank(head string, si, at int) *entity {
	if x.orgByHeadAt(head, si, at) != nil {
		return nil
	}
	for w := x.mentionsBack(si, at, 2); w.next(); {
		if e := w.e; e.kind == "organisation" && e.heads["bank"] {
			return e
		}
	}
	return nil
}

// titleInitialsHolder returns the one person named by the sentence si
// whose title the initials "the <ACR>" spell ("<Word> <Word> of <Body>,
// Mr. <Given> <Surname>", then "the <WW> said"), when the initials name
// no body the article or the registry knows: copy shortens a long title
// to its initials once it has named the holder.
func (x *extractor) titleInitialsHolder(r *ref, si int) *entity {
	acr := r.name
	if len(acr) > 5 || !isAcronym(acr) || strings.Contains(acr, ".") || x.cast.regSpeaker(acr) != nil {
		return nil
	}
	if o := x.cast.lookup(acr); o != nil && (o.kind != "organisation" || o.name != acr) {
		return nil
	}
	var found *entity
	for _, o := range x.cast.all {
		if o.kind != "person" || o.role == "" || !spellsTitle(acr, o.role) || !x.mentionedBefore(o, si+1) {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// onlyQuoted reports whether every word of the paragraph is inside a
// quote: a quote standing alone, with no attribution of its own.
func (p *para) onlyQuoted() bool {
	if len(p.toks) == 0 || p.toks[0].q == 0 {
		return false
	}
	for i := range p.toks {
		if p.isWordAt(i) && p.toks[i].q == 0 {
			return false
		}
	}
	return true
}

// relativeWho open a relative clause about a person: "<noun>, who …".
var relativeWho = set(`who whose whom`)

// firmTakenForPerson reports whether a person of the cast, named by two
// capitalised words or more with no role, registry entry or gender, is a
// firm: its name ends in a firm's legal form ("<Name> <Trade> Limited"),
// or the article writes the name again with one after it ("<Name>
// <Trade> Ltd", "<Name> <Trade> (Pty) Ltd", "<Name> <Trade> Limited").
func (x *extractor) firmTakenForPerson(e *entity) bool {
	if e.reg != nil || e.role != "" || e.gender != unknownGender || strings.IndexByte(e.name, ' ') < 0 {
		return false
	}
	if firmFormEnds(e.name) {
		return true
	}
	if e.firmReadFor != e.name {
		e.firmNamed, e.firmReadFor = x.firmAfterName(e.name), e.name
	}
	return e.firmNamed
}

// firmAfterName reports whether a paragraph writes name followed by a
// firm's legal form ("<Name> Ltd", "<Name> (Pty) Ltd"): firmTakenForPerson's
// scan of the article, which depends on the name alone.
func (x *extractor) firmAfterName(name string) bool {
	for _, p := range x.d.paras {
		for off := 0; ; {
			i := strings.Index(p.text[off:], name)
			if i < 0 {
				break
			}
			off += i + len(name)
			rest := p.text[off:]
			if len(rest) < 2 || rest[0] != ' ' {
				continue
			}
			rest = rest[1:]
			for _, b := range bracketedLegalForms {
				rest = strings.TrimPrefix(rest, b)
			}
			w := rest
			if j := strings.IndexAny(w, " ,.;:)'’\n"); j >= 0 {
				w = w[:j]
			}
			if lw := strings.ToLower(w); legalSuffixes[lw] || firmForms[lw] {
				return true
			}
		}
	}
	return false
}

// fullFirmOf returns the one other entity of the cast, none the registry
// lists, whose name is e's followed by a firm's legal form ("<Name>
// <Trade> Limited" for "<Name> <Trade>"), else nil.
func (c *cast) fullFirmOf(e *entity) *entity {
	return c.longerFirm(e, false)
}

// longerFirm returns the entity of the cast other than e whose name is
// e's, a space and more words ending in a firm's legal form ("<Name>
// <Trade> Limited", "<Name> Holdings Ltd"); nil when there is none or
// two. org asks for an organisation, the registry's or not, and takes
// two of one display name for one firm; without it, any kind the
// registry does not list, and any two are two.
func (c *cast) longerFirm(e *entity, org bool) *entity {
	var found *entity
	for _, o := range c.all {
		if o == e || len(o.name) <= len(e.name)+1 || o.name[len(e.name)] != ' ' || !strings.HasPrefix(o.name, e.name) {
			continue
		}
		if org && o.kind != "organisation" || !org && o.reg != nil || !firmFormEnds(o.name) {
			continue
		}
		if found != nil && (!org || found.display() != o.display()) {
			return nil
		}
		found = o
	}
	return found
}

// tradeNamed returns the registry firm the article names whose name is
// the one word e's name and a trade's head word ("<Name> Airlines",
// "<Name> Energy"): copy drops the trade after naming the firm once, and
// the bare word reads as a surname. Nil when the article names no such
// firm, or two.
func (c *cast) tradeNamed(e *entity) *entity {
	var found *entity
	for _, o := range c.all {
		if o.reg == nil || o.kind != "organisation" || len(o.name) <= len(e.name)+1 || o.name[len(e.name)] != ' ' || !strings.HasPrefix(o.name, e.name) {
			continue
		}
		if rest := o.name[len(e.name)+1:]; strings.IndexByte(rest, ' ') >= 0 || !businessHeads[strings.ToLower(rest)] {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// titledInAndClause returns the person named in the eight sentences up
// to token at of sentence si as the subject of a sentence whose next
// clause opens ", and the <Capitalised words> <head>" ("<Name> had
// <verb>ed …, and the <Team> <title> <verb>ed …"): the clause
// gives the title of the one person named before it; nil when none, or
// when another person is named before the clause.
func (x *extractor) titledInAndClause(head string, si, at int) *entity {
	for s := si; s >= 0 && si-s <= 8; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		end := sr.b
		if s == si {
			end = min(end, at)
		}
		for k := sr.a + 1; k+4 < end; k++ {
			if !p.isWordAt(k) || p.lw(k) != "and" || !p.isComma(k-1) || p.lw(k+1) != "the" || !p.isNameWord(k+2) {
				continue
			}
			j := k + 2
			for j < end && p.isNameWord(j) {
				j++
			}
			if j >= end || p.lw(j) != head {
				continue
			}
			var found *entity
			for _, m := range x.mentions[s] {
				if m.tok < k && m.e.kind == "person" {
					if found != nil && found != m.e {
						return nil
					}
					found = m.e
				}
			}
			if found != nil {
				return found
			}
		}
	}
	return nil
}

// namedHolderBefore returns the one person named in the dozen sentences
// up to sentence si whose title holds the noun head ("head coach" for
// "coach"); nil when none or two do.
func (x *extractor) namedHolderBefore(head string, si int) *entity {
	return x.holderIn(head, max(0, si-12), si, true)
}

// bodyKindWords are words copy calls a body by that its name does not hold,
// with the head words of the names they fit: "the force" for "<Place>
// Police" or "<Place> Constabulary".
var bodyKindWords = map[string]map[string]bool{"force": set(`police constabulary`)}

// lastMinistersMinistry returns the registry's ministry headed by the
// minister named last, within eight sentences before token at of
// sentence si (ministryOfMinister); nil when no minister is named there.
func (x *extractor) lastMinistersMinistry(si, at int) *entity {
	for w := x.mentionsBack(si, at, 8); w.next(); {
		if e := w.e; e.kind == "person" && ministerTitle(e) != "" {
			if b := x.ministryOfMinister(e, si); b != nil {
				return b
			}
			// "Minister of <Fields>": the registry's "Ministry of
			// <Fields>", with or without its state after it.
			if rest, ok := strings.CutPrefix(ministerTitle(e), "Minister of "); ok && x.cast.reg != nil {
				name := "Ministry of " + rest
				if sp := x.cast.regSpeaker(name); sp != nil {
					return x.cast.fromRegistry(sp)
				}
				if sp := x.placedBody(foldText(name)); sp != nil {
					return x.cast.fromRegistry(sp)
				}
			}
			return nil
		}
	}
	return nil
}

// courtDocs are the documents a court gives its decision in.
var courtDocs = set(`judgment judgement ruling determination`)

// benchOfKind reports whether text is a court's bench named by its kind
// in lower case ("division bench", "full bench", "three-judge panel"),
// which speaks for the court as the bare noun does.
func benchOfKind(text, head string) bool {
	kind, ok := strings.CutSuffix(text, " "+head)
	if !ok || strings.Contains(kind, " ") {
		return false
	}
	if benchKinds[kind] {
		return true
	}
	_, judges := strings.CutSuffix(kind, "-judge")
	return judges
}

// benchKinds are the lower-case words copy names a court's bench by its
// kind or size with.
var benchKinds = set(`division full single larger constitution constitutional appellate vacation special`)

// houseTrades are the trades copy calls a firm "the <trade> house" by: a
// research house, a brokerage house, an investment house.
var houseTrades = set(`research brokerage broking investment trading publishing auction fashion advisory`)

// tradeHouse resolves "the <trade> house" (text "<trade> house") to the
// body named last, within eight sentences before token at of sentence si,
// whose name ends in the trade's word ("<Name> Research" for "the
// research house"); nil for any other house ("the White House", "the
// lower house") or when no such body is named.
func (x *extractor) tradeHouse(text string, si, at int) *entity {
	trade, ok := strings.CutSuffix(text, " house")
	if !ok || !houseTrades[trade] {
		return nil
	}
	for w := x.mentionsBack(si, at, 8); w.next(); {
		e := w.e
		bare := e.kind == "person" && e.reg == nil && e.role == "" && e.gender == unknownGender
		if e.kind != "organisation" && !bare {
			continue
		}
		name := e.display()
		if sp := strings.LastIndexByte(name, ' '); sp >= 0 && strings.EqualFold(name[sp+1:], trade) {
			if bare {
				// "<Name> Research" read as a person's name on its
				// capitals: the house's name, a firm.
				e.kind, e.formed = "organisation", nil
			}
			return e
		}
	}
	return nil
}

// companionWords put a person beside the one a sentence is about: "X
// presented the plan, alongside Y", "accompanied by Y". So do a meeting's
// words: "X met Y", "X held talks (a call, a conversation) with Y", "after
// his meeting with Y": the other side of the meeting is the one the
// sentence's subject met, and a bare title after it goes on with the
// subject, who leads.
var companionWords = map[string]string{"alongside": "", "by": "accompanied joined flanked", "with": "together conversation talks call meeting met spoke", "met": ""}

// leadBesideCompanion returns, for a bare title ("the minister") that
// scanHolders gave to near, the other holder of it named before near in
// the sentence that brought near in as a companion ("<Title> X presented
// the plan, alongside <Title> Y"): the sentence is about X, whom copy
// then calls "the minister"; Y came along. Nil when near was named so in
// no sentence of the dozen before, or no other holder leads it.
func (x *extractor) leadBesideCompanion(near *entity, match func(*entity) bool, si, at int) *entity {
	for s := si; s >= 0 && si-s <= 12; s-- {
		ms := x.mentions[s]
		end := 1 << 30
		if s == si {
			end = at
		}
		for k, m := range ms {
			if m.e != near || m.tok >= end {
				continue
			}
			if !x.afterCompanionWord(s, m.tok) {
				return nil
			}
			for _, lead := range ms[:k] {
				if lead.e != near && match(lead.e) {
					return lead.e
				}
			}
			return nil
		}
	}
	return nil
}

// afterCompanionWord reports whether the name (with any title in
// capitals before it) at token tok of sentence s follows a companion
// word: "alongside", "accompanied by", "joined by", "together with".
func (x *extractor) afterCompanionWord(s, tok int) bool {
	sent := x.d.sents[s]
	p := x.d.paras[sent.p]
	k := tok - 1
	for k > sent.a && k > tok-10 && (p.isWordAt(k) && p.toks[k].isCap(p.text) || p.lowerAt(k) == "of" || p.lowerAt(k) == "and") {
		k--
	}
	w := p.lowerAt(k)
	before, ok := companionWords[w]
	if !ok {
		return false
	}
	return before == "" || k > sent.a && slices.Contains(strings.Fields(before), p.lowerAt(k-1))
}

// titlesOwnOffice returns the lower-case title of "<title>'s office",
// a description in lower case of the staff who answer for one officer
// ("the minister's office"), else "". The offices the registry lists as
// bodies ("the president's office", officeTitles) are left to them.
func titlesOwnOffice(text string) string {
	stem, ok := strings.CutSuffix(text, "'s office")
	if !ok {
		stem, ok = strings.CutSuffix(text, "’s office")
	}
	if !ok || stem == "" || strings.IndexByte(stem, ' ') >= 0 || !isRoleWord(stem) || officeTitles[stem] {
		return ""
	}
	return stem
}

// officeBodyNamed reports whether the article names a body for the
// title's office ("the <Adjective> <Title>'s Office"): then "the
// <title>'s office" is that body, an institution, not one officer's staff.
//
// A name in ASCII, as most are, is folded on the stack; only one outside
// it is copied to be folded.
func (x *extractor) officeBodyNamed(title string) bool {
	owned, of := title+"'s office", "office of the "+title
	ownedB, ofB := []byte(owned), []byte(of)
	var buf [128]byte
	for _, e := range x.cast.all {
		if e.kind != "organisation" {
			continue
		}
		if lw, ok := lowerASCIIWord(buf[:], e.name); ok {
			// No "’" in ASCII: the fold is the whole of the work.
			if bytes.Contains(lw, ownedB) || bytes.Contains(lw, ofB) {
				return true
			}
			continue
		}
		n := strings.ToLower(strings.ReplaceAll(e.name, "’", "'"))
		if strings.Contains(n, owned) || strings.Contains(n, of) {
			return true
		}
	}
	return false
}

// officeHolder is the person the article named as holding the office
// "the <Office>" names (see officeBefore), or nil: the office's words go
// to its holder, as "the minister" after naming her does.
func (x *extractor) officeHolder(r *ref) *entity {
	if r.det != "the" || r.object || r.role != "" || !strings.Contains(r.name, " ") {
		return nil
	}
	for _, e := range x.cast.all {
		if e.kind == "person" && e.role == r.name {
			return e
		}
	}
	return nil
}

// nameClosingTitle returns the person whose full name closes a title the
// phrase reader took whole ("<Title> of the <unit> <Given> <Surname>",
// where the given name is one no list knows): the mentions read the same
// capitals as the person, and the title's head word alone ("head") would
// otherwise go to whoever else the article gives that title, so the next
// "he" follows the wrong person too. Only a name of two or three words
// after a lower-case word of the title, that the cast holds as a person
// by that very name, never a surname or a body.
func (x *extractor) nameClosingTitle(r *ref) *entity {
	if r.object || r.indefinite || r.text == "" {
		return nil
	}
	t := r.text
	end := len(t) // t[end:] is the run of capitalised words read so far
	// n counts the capitals read: at most three reach the test below.
	for n := 0; n < 4; n++ {
		sp := strings.LastIndexByte(t[:end], ' ')
		if sp <= 0 {
			return nil
		}
		if c, _ := utf8.DecodeRuneInString(t[sp+1:]); unicode.IsUpper(c) {
			end = sp
			continue
		}
		// t[sp+1:end] is the lower-case word before the run: the
		// title's complement ends there.
		if n < 2 || strings.HasSuffix(t[:end], ",") || functionWords[t[sp+1:end]] {
			// "analysts at <Firm>", "<Body> and <Unit>": after a
			// preposition or "and" the capitals are a body or a place,
			// whatever the cast took them for.
			return nil
		}
		tail := t[end+1:]
		if e := x.cast.lookup(tail); e != nil && e.kind == "person" && e.name == tail {
			return e
		}
		return nil
	}
	return nil
}

// unnamedMinistersMinistry returns the ministry a minister's title names
// ("Minister of <Field>", "Minister for <Field>") when the article names
// no one who holds it: a government's briefing relays what "the Minister
// of <Field>" reported without naming them, and the words are their
// ministry's, as the registry or the home state's convention names it.
// Only in a government official's answering turn (answeringTurn): a
// reporter who cites an unnamed minister, and a story that names the
// holder later or means a past one, leave the words to no body.
// "The Minister" alone is the one such title the sentences just before
// give with no name (unnamedMinisterBefore). Nil for any other title, a
// field in lower case, or a title someone named in the article holds.
func (x *extractor) unnamedMinistersMinistry(title string, si int) *entity {
	if title == "Minister" || title == "minister" {
		if title = x.unnamedMinisterBefore(si); title == "" {
			return nil
		}
	}
	field, ok := strings.CutPrefix(title, "Minister of ")
	if !ok {
		if field, ok = strings.CutPrefix(title, "Minister for "); !ok {
			return nil
		}
	}
	field = strings.TrimPrefix(field, "the ")
	if field == "" || !unicode.IsUpper(firstRune(field)) || strings.Contains(field, ",") {
		return nil
	}
	answer := x.answeringTurn(si)
	if !answer {
		sr := x.d.sents[si]
		p := x.d.paras[sr.p]
		if p.asks() || pastHolder(p.textOf(sr.a, sr.b)) {
			return nil // a question, or the post's holder "at the time"
		}
	}
	named := namedMinistryField(title)
	for _, e := range x.cast.all {
		if e.kind == "person" && (strings.EqualFold(e.role, title) || !answer && named != "" && ministerTitle(e) != "" && !otherPortfolio(named, e)) {
			return nil
		}
	}
	if answer {
		return x.cast.org("Ministry of "+field, "ministry")
	}
	if named == "" {
		return nil
	}
	// Outside a transcript's answer, only the field's ministry of the
	// story's country as the registry lists it, when no one named holds
	// a post of that field: a story relaying "the Minister of <Field>"
	// unnamed gives the words of the office, as the ministry's release
	// would.
	country := x.lastCountry(si)
	if country == "" {
		country = x.homeCountry()
	}
	if country == "" {
		return nil
	}
	if e := x.stateBody(strings.ToLower(field)+" ministry in "+country, si); e != nil && e.reg != nil && e.kind == "organisation" {
		return e
	}
	if sp := x.cast.regSpeaker("Ministry of " + field + " of " + country); sp != nil && sp.Kind == "organisation" {
		return x.cast.fromRegistry(sp)
	}
	return nil
}

// unnamedMinisterBefore returns the title "Minister of <Field>" as the
// sentence si or the three before it in the same or the paragraph before
// give it with no name after it ("<a document> from the Minister of
// <Field> …"): the one "the Minister" then means. "" when none is there or a
// person is named in the title's run.
func (x *extractor) unnamedMinisterBefore(si int) string {
	pi := x.d.sents[si].p
	for s := si; s >= 0 && si-s <= 3 && pi-x.d.sents[s].p <= 1; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		for i := sr.a; i+2 < sr.b; i++ {
			if p.lw(i) != "minister" || !p.toks[i].isCap(p.text) || p.lw(i+1) != "of" && p.lw(i+1) != "for" || !p.isNameWord(i+2) {
				continue
			}
			j := i + 2
			for j < sr.b && (p.isNameWord(j) || (p.lw(j) == "and" || p.lw(j) == "the") && j+1 < sr.b && p.isNameWord(j+1)) {
				j++
			}
			if s < len(x.mentions) {
				for _, m := range x.mentions[s] {
					if m.e.kind == "person" && m.tok > i && m.tok < j+2 {
						return ""
					}
				}
			}
			if s == si {
				return "" // the title is this sentence's own subject, read whole already
			}
			return p.textOf(i, j)
		}
	}
	return ""
}

// answeringTurn reports whether sentence si is in a transcript's turn that
// answers rather than asks: the paragraph, or the one the turn opens with
// within four before it, opens with a label (or is the article's first, in
// a transcript whose opening label went with its header), and neither ends
// with a question mark. An official's answer relays the government's own; a
// reporter's question relays what others claimed.
func (x *extractor) answeringTurn(si int) bool {
	pi := x.d.sents[si].p
	if x.d.paras[pi].asks() {
		return false
	}
	for k := pi; k >= x.d.lead && pi-k <= 4; k-- {
		if p := x.d.paras[k]; opensWithLabel(p.text) {
			return !p.asks()
		}
		if k == x.d.lead {
			// The opening turn, whose label the reader took off with
			// the header: a transcript when a later paragraph opens
			// with a label, and another after it (a list's heading
			// ending in a colon is one label alone).
			n := 0
			for _, o := range x.d.paras[pi+1:] {
				if opensWithLabel(o.text) {
					if n++; n == 2 {
						return true
					}
				}
			}
		}
	}
	return false
}

// unnamedTitlesEntry returns the registry body that an office-holder's
// title names when the article never names who holds it: "the <Title>"
// said … in a readout or briefing that speaks of the office, not the
// person, and the registry lists the office by that title ("<Title> of
// <Body>", "<Title>'s Office of <Place>", or an alias ending in the
// title). The words are the office's, as the registry's convention gives
// an unnamed holder's. Nil when someone the article names holds a title
// ending in it, the sentence asks or speaks of a past holder, the title
// is no capitalised office, or no entry or more than one fits. byRole
// asks only for a state's office by its registry role (stateOfficeByRole),
// which is also asked when no entry is found by its name or alias.
func (x *extractor) unnamedTitlesEntry(title string, si int, byRole bool) *entity {
	if x.cast.reg == nil || title == "" || !unicode.IsUpper(firstRune(title)) || strings.ContainsAny(title, ",") {
		return nil
	}
	k := foldText(title)
	// "The President of the Republic": a republic's own copy names its
	// head of state so, the state's office under the bare title.
	k = strings.TrimSuffix(k, " of the republic")
	if k == "" || strings.Contains(k, " of ") {
		return nil
	}
	sr := x.d.sents[si]
	p := x.d.paras[sr.p]
	if p.asks() || pastHolder(p.textOf(sr.a, sr.b)) {
		return nil
	}
	for _, e := range x.cast.all {
		if e.kind == "person" && e.role != "" && holdsTitle(foldText(e.role), k) {
			return nil
		}
	}
	var found *briefings.Speaker
	if !byRole {
		// By name or alias; byRole skips to the registry role below.
		kOf, kOffice, endK := k+" of ", k+"s office of ", " "+k
		for _, o := range x.cast.reg.orgRoles {
			fits := strings.HasPrefix(o.name, kOf) || strings.HasPrefix(o.name, kOffice)
			for _, a := range o.sp.Aliases {
				if fits {
					break
				}
				fa := foldText(a)
				fits = fa != k && strings.HasSuffix(fa, endK)
			}
			if !fits || o.sp == found {
				continue
			}
			if found != nil {
				return nil
			}
			found = o.sp
		}
	}
	if found == nil {
		found = x.stateOfficeByRole(k, si)
	}
	if found == nil {
		return nil
	}
	return x.cast.fromRegistry(found)
}

// stateOfficeByRole returns the registry body whose role calls it the
// office of the state's holder of the folded title k ("Office of the <Title>
// of <Country>", "Office of the <Nationality> <Title>"), for the country the
// sentence si or the story is about: a state's head unnamed in a readout
// of their office speaks through that office, whatever the registry names
// it ("Presidency of …", "Presidential Administration of …"). Nil when no
// such body is of that country, or two are.
func (x *extractor) stateOfficeByRole(k string, si int) *briefings.Speaker {
	if !slices.ContainsFunc(stateOfficeTitles, func(t string) bool { return strings.EqualFold(t, k) }) {
		return nil
	}
	// The offices of that title by their country; the one of the nearest
	// country named up to the sentence (a readout names its guest's
	// country as often as its own), else of the story's country.
	type office struct {
		sp    *briefings.Speaker
		place string
	}
	var offices []office
	for _, o := range x.cast.reg.orgRoles {
		rest, ok := strings.CutPrefix(o.role, " office of the ")
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		place := ""
		if p, ok := strings.CutPrefix(rest, k+" of "); ok {
			place = strings.TrimPrefix(p, "the ")
		} else if adj, ok := strings.CutSuffix(rest, " "+k); ok && !strings.Contains(adj, " ") {
			place = adj
		}
		if place != "" {
			offices = append(offices, office{o.sp, place})
		}
	}
	if len(offices) == 0 {
		return nil
	}
	of := func(c string) *briefings.Speaker {
		c = strings.TrimPrefix(foldText(c), "the ")
		var found *briefings.Speaker
		for _, o := range offices {
			if c == "" || !sameNationality(o.place, c) || o.sp == found {
				continue
			}
			if found != nil {
				return nil
			}
			found = o.sp
		}
		return found
	}
	for s := si; s >= 0; s-- {
		if c := x.countryIn(s); c != "" {
			if sp := of(c); sp != nil {
				return sp
			}
		}
	}
	return of(x.homeCountry())
}

// holdsTitle reports whether a person's folded role is the folded title
// k or ends in it as its holder's ("<Body> <Title>"): a role that only
// serves or stands in for the holder ("Spokesperson for the <Title>",
// "Deputy <Title>", "former <Title>") is someone else's.
func holdsTitle(role, k string) bool {
	if role == k {
		return true
	}
	rest, ok := strings.CutSuffix(role, " "+k)
	if !ok {
		return false
	}
	if i := strings.LastIndexByte(rest, ' '); i >= 0 {
		rest = rest[i+1:]
	}
	switch rest {
	case "the", "for", "of", "to", "deputy", "assistant", "vice", "under", "former", "ex":
		return false
	}
	return true
}

// sideMemberNouns are the words that put a sports side's member after
// its name and before their own ("<Side> rider <Given> <Surname>",
// "<Side> prop <Given> <Surname>"): the capitals before the word are the
// side's. Words any body's member takes ("director", "spokesman") and an
// event's ("champion", "winner") are left out.
var sideMemberNouns = set(`rider riders driver drivers player players coach captain skipper striker winger
	defender midfielder goalkeeper keeper forward playmaker prop hooker lock flanker fly-half scrum-half
	full-back fullback back-rower centre center batter batsman bowler spinner seamer all-rounder
	wicketkeeper quarterback pitcher outfielder infielder shortstop goaltender goalie netminder
	defenceman defenseman teammate team-mate signing recruit`)

// namedSide resolves "the team said" or "the club said" when no body
// of the article holds the word: the side the article names, back from
// token at of sentence si, as a side is named without any word for its
// kind, by one of two marks. Its name opens a sentence with a plural
// verb ("<Name> have confirmed …", as British copy writes of a side,
// where no one person's name takes "have"), or stands before a word for
// a member of a side and that member's name ("<Name> rider <Given>
// <Surname>"). The nearest such name wins; the reader may have taken
// its capitals for a person's, which only a name of no title, gender or
// given name can be.
func (x *extractor) namedSide(head string, si, at int) *entity {
	for s := si; s >= 0; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		end := sr.b
		if s == si {
			end = min(end, at)
		}
		for k := end - 2; k > sr.a; k-- {
			w := p.lw(k)
			plural := k-1 >= sr.a && (w == "have" || w == "are" || w == "were")
			if !plural && !sideMemberNouns[w] || p.toks[k].q != 0 || !p.isWordAt(k) || p.toks[k].isCap(p.text) || !p.isNameWord(k-1) {
				continue
			}
			j := k - 1
			for j-1 >= sr.a && p.isNameWord(j-1) && !isPossessive(p.word(j-1)) {
				j--
			}
			if plural && j != sr.a || !plural && !p.isNameWord(k+1) || isPossessive(p.word(k-1)) {
				continue
			}
			e := x.cast.lookup(p.textOf(j, k))
			if e == nil || e.kind == "place" {
				continue
			}
			if e.kind == "person" {
				if e.reg != nil || e.role != "" || e.gender != unknownGender {
					continue
				}
				if first, _, ok := strings.Cut(e.name, " "); ok {
					if _, given := givenGender(strings.ToLower(first)); given {
						continue
					}
				}
				e.kind, e.formed = "organisation", nil
			}
			x.cast.addHead(e, head)
			return e
		}
	}
	return nil
}

// surnameFamily returns the family "the <Surname> family" names, when a
// person of that surname is in the cast: a dead man's or a victim's
// relatives speak together under the name the article gives them
// ("<Surname> family"), who are no body and no one person. A capitalised
// word no person of the article bears ("the Royal family") names no
// family the article is about.
func (x *extractor) surnameFamily(r *ref) *entity {
	if r.det != "the" || r.object || !strings.HasSuffix(r.text, " family") {
		return nil
	}
	sur := strings.TrimSuffix(r.text, " family")
	if sur == "" || strings.IndexByte(sur, ' ') >= 0 || sur[0] < 'A' || sur[0] > 'Z' {
		return nil
	}
	for _, e := range x.cast.all {
		if e.kind == "person" && strings.HasSuffix(e.name, " "+sur) {
			return x.cast.org(r.text, "")
		}
	}
	return nil
}

// pressOrgan reports whether text names a body's or an officeholder's
// press staff, "press service" or "press office", which copy names
// without their owner once the article has named it with them.
func pressOrgan(text string) bool {
	return strings.EqualFold(text, "press service") || strings.EqualFold(text, "press office")
}

// pressOrganOwner is whom the press service (or office) means when the
// article named its owner with it shortly before: "the press service of
// <Owner>" or "<Owner>'s press service". Nil when no sentence of the last
// few names one.
func (x *extractor) pressOrganOwner(text string, si, at int) *entity {
	w0, w1, _ := strings.Cut(strings.ToLower(text), " ")
	for s := si; s >= 0 && si-s <= 4; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		end := sr.b
		if s == si {
			end = at
		}
		for i := end - 2; i >= sr.a; i-- {
			if !p.isWordAt(i) || p.lw(i) != w0 || p.lowerAt(i+1) != w1 {
				continue
			}
			var r *ref
			a := i + 3
			switch {
			case p.lowerAt(i+2) == "of" && a < sr.b:
				// The owner runs to the clause's verb or its end: "the
				// press service of the <Body> announced".
				b := a
				for b < sr.b && b-a < 8 && p.isWordAt(b) && (p.toks[b].class&cSpeech == 0 || p.lw(b-1) == "of") {
					b++
				}
				if b > a {
					if e := x.ownersBody(p.textOf(a, b)); e != nil {
						return e // the registry's body by the whole name
					}
					r = p.interpret(a, b)
				}
			case i > sr.a && p.isWordAt(i-1) && isPossessive(p.word(i-1)):
				// "<Owner>'s press service": the unit means its owner.
				a = i
				r = p.unitOwnerRef(i+1, p.npLeft(i-1, sr.a))
			default:
				continue
			}
			if r == nil || r.kind != refOrg && r.kind != refOrgDesc && r.kind != refName && r.kind != refRole {
				return nil // not an owner the words name whole
			}
			e, _ := x.resolve(r, s, a)
			return e
		}
	}
	return nil
}

// ownedByPronoun reports whether the description at token tok of sentence
// si is owned by a "his" or "her" of gender g a word or two before it
// ("<Her> <noun> was a <noun> she …"): a "he" or "she" of that gender
// later in the sentence goes on with the owner, not the person owned.
func (x *extractor) ownedByPronoun(si, tok int, g gender) bool {
	p := x.d.paras[x.d.sents[si].p]
	for i := tok; i >= tok-3 && i >= x.d.sents[si].a && p.isWordAt(i); i-- {
		switch p.lowerAt(i) {
		case "her":
			return g == female
		case "his":
			return g == male
		}
	}
	return false
}

// bodyAskedBefore resolves a body the copy calls back by its kind ("the
// company", "the corporation"), outside quotes, in sentence si before
// token at or in the sentence before: a business's noun means the nearest
// body known for a business named before it (eight sentences at most), any other body's
// noun the body last named with that head. Nil when there is no such
// noun or no body it means.
func (x *extractor) bodyAskedBefore(si, at int) *entity {
	for s := si; s >= 0 && si-s <= 1; s-- {
		sr := x.d.sents[s]
		p := x.d.paras[sr.p]
		hi := sr.b
		if s == si {
			hi = min(at, sr.b)
		}
		for k := hi - 1; k > sr.a; k-- {
			if p.toks[k].q != 0 || !p.isWordAt(k) || p.lowerAt(k-1) != "the" {
				continue
			}
			noun := p.lw(k)
			if !businessHeads[noun] && !orgHeads[noun] || k+1 < sr.b && p.isNameWord(k+1) {
				continue
			}
			if e := x.orgByHeadAt(noun, s, k); e != nil {
				return e
			}
			if !businessHeads[noun] {
				return nil
			}
			for w := x.mentionsBack(s, k, 8); w.next(); {
				if e := w.e; e.kind == "organisation" && e.business {
					return e
				}
			}
			return nil
		}
	}
	return nil
}
