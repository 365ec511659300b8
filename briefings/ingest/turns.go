package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// turnSpeaker returns who speaks in the transcript turn that holds
// sentence si: the name the turn's first paragraph puts before a colon
// ("MINISTER X: …", "Jane Doe: …"), which label reads, for the turn's own
// paragraph or one that goes on with it. In a turn, "I" is its speaker,
// so "As I said in the debate, “…”" is theirs. Nil when the paragraph or
// the one the walk back reaches first opens with another kind of label (a
// reporter's question, a dateline) or none opens the turn.
func (x *extractor) turnSpeaker(si int) *entity {
	pi := x.d.sents[si].p
	for k := pi; k >= x.d.lead && pi-k <= 4; k-- {
		p := x.d.paras[k]
		if !opensWithLabel(p.text) {
			continue
		}
		if ev := x.label(k); ev != nil {
			return ev.ent
		}
		// A label used once ("MINISTER X:") names the turn's speaker
		// when the article knows the name already, as a briefing's
		// opening introduces each speaker.
		n := 0
		for n < len(p.toks) && n < 5 && p.isNameWord(n) {
			n++
		}
		if n == 0 || n >= len(p.toks) || p.lw(n) != ":" {
			return nil
		}
		if r := p.interpret(0, n); r != nil && r.kind == refName {
			if e := x.cast.lookup(r.name); e != nil && e.kind == "person" {
				return e
			}
		}
		return nil
	}
	return nil
}

// opensWithLabel reports whether a paragraph opens with a transcript's
// label: a short run of words starting with a capital, with no full stop
// in it, before a colon ("Q:", "MINISTER X:", "REPORTER (Name, Outlet):").
func opensWithLabel(text string) bool {
	c := strings.IndexByte(text, ':')
	if c <= 0 || c > 60 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) {
		return false
	}
	head := text[:c]
	return !strings.Contains(head, ". ") && !strings.ContainsAny(head, "\"“”")
}
