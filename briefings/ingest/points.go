package ingest

import (
	"strings"
	"time"
)

// namePronoun replaces a pronoun that opens a key point and is its
// speaker ("She said the priority was …") with the speaker's name, so the
// point stands on its own.
func namePronoun(pt reportedStatement, e *entity) string {
	if pt.ev.subj == nil || pt.ev.subj.kind != refPronoun || !strings.HasPrefix(pt.text, pt.ev.subj.text+" ") {
		return pt.text
	}
	name := e.display()
	if words := strings.Fields(name); e.kind == "person" && len(words) > 1 {
		name = words[len(words)-1]
	}
	return name + strings.TrimPrefix(pt.text, pt.ev.subj.text)
}

// reportedStatement is a sentence that reports speech without quoting it.
type reportedStatement struct {
	text string
	ev   *event
}

// reported returns the sentences that report what someone said without
// quotation marks ("X said (that) …"), with the first such speech verb in
// each.
func (x *extractor) reported() []reportedStatement {
	var out []reportedStatement
	for pi, evs := range x.events {
		if pi < x.d.lead {
			continue // the standfirst
		}
		p := x.d.paras[pi]
		done := map[int]bool{}
		for _, ev := range evs {
			k := p.sentenceOf(ev.v)
			if done[k] || ev.use != anyUse {
				continue
			}
			done[k] = true
			s := p.sents[k]
			quoted := false
			for i := s.a; i < s.b; i++ {
				if p.toks[i].q != 0 {
					quoted = true
					break
				}
			}
			if quoted {
				continue
			}
			text := strings.TrimSpace(p.textOf(s.a, s.b))
			// The tokens hold the sentence's words: counted from them, not
			// its text again, unless a nickname was taken out of them.
			n := 0
			if p.nicked {
				n = wordCountUpTo(text, 6)
			} else {
				n = p.fieldsUpTo(s.a, s.b, 6)
			}
			if n < 6 {
				continue
			}
			out = append(out, reportedStatement{text: text, ev: ev})
		}
	}
	return out
}

// saidDates dates each speech event: a day named in its sentence ("on
// Tuesday"), else the day last named with its speaker, else the article's.
func (x *extractor) saidDates(article time.Time) map[*event]time.Time {
	sc := x.d.sc
	sc.said, sc.lastSaid = emptied(sc.said, 8), emptied(sc.lastSaid, 8)
	out, last := sc.said, sc.lastSaid
	for si, s := range x.d.sents {
		p := x.d.paras[s.p]
		t := relativeDay(p, s.a, s.b, article)
		for _, ev := range x.events[s.p] {
			if ev.sent != si {
				continue
			}
			switch {
			case !t.IsZero():
				out[ev] = t
			case ev.ent != nil && !last[ev.ent].IsZero():
				out[ev] = last[ev.ent]
			}
		}
		if t.IsZero() {
			continue
		}
		for _, m := range x.mentions[si] {
			last[m.e] = t
		}
		if sp := x.speakerAt[si]; sp != nil {
			last[sp] = t
		}
	}
	return out
}
