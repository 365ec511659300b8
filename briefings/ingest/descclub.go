package ingest

import "strings"

// clubWords are the lower-case nouns for a sports club that a description
// puts after capitals saying where the club plays or in which league:
// "the Izmir club", "the K League club", "the Bundesliga side".
var clubWords = map[string]bool{"club": true, "side": true, "team": true}

// describedClub is the club a description of capitals and a lower-case
// word for a club ("the <City> club said", "the <League> club said")
// stands for, when the reader took the description for a body's own name:
// such a name is no club's, only a way to call back the club the story
// is about. The club is the one the quote names as the subject of its
// first verb ("“<Club> will appeal …,” the <City> club said"), else the
// body named last before the words in their sentence or the one before
// ("<Club> thanked the player. “…,” the <League> club said"). Nil keeps
// f's speaker.
func (x *extractor) describedClub(q *quoteSpan, f *found) *entity {
	if f.ent == nil || f.ent.reg != nil || f.ev == nil || f.ev.subj == nil || f.ev.subj.det != "the" {
		return nil
	}
	name := f.ent.name
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 || !clubWords[name[sp+1:]] {
		return nil
	}
	if b := x.bodyOpensQuote(q); b != nil && b != f.ent {
		return b
	}
	ev := f.ev
	at := 0
	if ev.sent < len(x.d.sents) {
		at = ev.v
	}
	for w := x.mentionsBack(ev.sent, at, 1); w.next(); {
		e := w.e
		if e == f.ent || e.kind != "organisation" || e.name == name[:sp] {
			continue // the description itself, or the place or league it names
		}
		if governingBody(e) {
			return nil // a federation or league the club answers to: no club named
		}
		return e
	}
	return nil
}

// governingBody reports whether e is a body over clubs, not a club: a
// federation, league, association or board.
func governingBody(e *entity) bool {
	for _, h := range [...]string{"federation", "league", "association", "board", "confederation", "union"} {
		if e.heads[h] || hasWordFold(e.name, h) {
			return true
		}
	}
	return false
}

// firstOfTwoBodies is the first of the two bodies the sentence before
// named, for words "the two bodies" or "both bodies" said ("<Body A> and
// <Body B> rejected the bill. … the two bodies said “…”"): a joint
// statement goes to the body named first, as a joint statement of two
// named people does. Nil unless that sentence named two bodies or more.
func (x *extractor) firstOfTwoBodies(f *found) *entity {
	if f.ent != nil || f.ev == nil || f.ev.subj == nil {
		return nil
	}
	switch strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(f.ev.subj.surface, "the "), "The ")) {
	case "two bodies", "both bodies", "two organisations", "two organizations", "both organisations", "both organizations":
	default:
		return nil
	}
	si := f.ev.sent - 1
	if si < 0 || si >= len(x.mentions) {
		return nil
	}
	var first *entity
	for _, m := range x.mentions[si] {
		if m.e.kind != "organisation" {
			continue
		}
		if first == nil {
			first = m.e
		} else if m.e != first {
			return first
		}
	}
	return nil
}
