package ingest

import "strings"

// linkedFullName returns the body's full name the article ties a short
// name to in so many words, whatever the short name's letters: a foreign
// acronym in brackets after the English name ("<Full Name> (<ACR>)"),
// one the copy introduces ("<Full Name>, known as <ACR>,", "…, known by
// its <Language> acronym, <ACR>"), or a short name in apposition ("<Short>,
// the <Full Name>, said"). The full name is a run of capitalised words,
// lower-case function words and list commas between them, with a body's
// head word in it and no title (a person's post is no body's name). ""
// when the article ties it in no such way, or to two names. Like
// spelledAcronym it reads the whole text, quotes included: a speaker
// who glosses a short name ties it as well as the copy does. The answer
// is kept per short name, which fullBody asks for on every quote of a
// one-word speaker.
func (x *extractor) linkedFullName(short string) string {
	if x.linked == nil {
		x.linked = map[string]string{}
	}
	if v, ok := x.linked[short]; ok {
		return v
	}
	found := ""
	for _, p := range x.d.paras {
		if !strings.Contains(p.text, short) {
			continue
		}
		for k := range p.toks {
			if p.toks[k].kind != tWord || p.word(k) != short {
				continue
			}
			full := p.linkedNameAt(k)
			if full == "" || full == found {
				continue
			}
			if found != "" {
				x.linked[short] = ""
				return ""
			}
			found = full
		}
	}
	x.linked[short] = found
	return found
}

// linkedNameAt reads the patterns of linkedFullName around the short name
// at token k.
func (p *para) linkedNameAt(k int) string {
	if p.lowerAt(k-1) == "(" && p.lowerAt(k+1) == ")" {
		return p.bodyRunBefore(k - 1)
	}
	// ", known as <ACR>", ", known by its <Language> acronym(,) <ACR>".
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		lw := p.lowerAt(j)
		if lw == "known" {
			if p.lowerAt(j-1) == "," && (p.lowerAt(j+1) == "as" || p.lowerAt(j+1) == "by") {
				return p.bodyRunBefore(j - 1)
			}
			break
		}
		if lw != "," && p.toks[j].kind != tWord {
			break
		}
	}
	// "<Short>, the <Full Name>,": the appositive names the body in full.
	if p.lowerAt(k+1) == "," && p.lowerAt(k+2) == "the" && (k == 0 || p.toks[k-1].kind != tWord || functionWords[p.toks[k-1].lw]) {
		end := k + 3
		for end < len(p.toks) && p.toks[end].kind == tWord && (p.toks[end].isCap(p.text) || functionWords[p.toks[end].lw] && end+1 < len(p.toks) && p.toks[end+1].isCap(p.text)) {
			end++
		}
		if end < len(p.toks) && p.lowerAt(end) == "," {
			return p.bodyRun(k+3, end)
		}
	}
	return ""
}

// bodyRunBefore returns the body's name whose words end just before
// token end: capitalised words back from it, lower-case function words
// and list commas between them, a leading "The" left out.
func (p *para) bodyRunBefore(end int) string {
	start, edge := end, end // the name's first capital, the run's first token
	for j := end - 1; j >= 0 && end-j <= 20; j-- {
		t := &p.toks[j]
		switch {
		case t.kind == tWord && t.isCap(p.text) && !functionWords[t.lw]:
			start, edge = j, j
			continue
		case t.kind == tWord && !t.isCap(p.text) && functionWords[t.lw] && edge == j+1 && start < end:
			edge = j
			continue
		case p.lowerAt(j) == "," && start == j+1 && j > 0 && p.toks[j-1].kind == tWord && p.toks[j-1].isCap(p.text):
			edge = j
			continue
		}
		break
	}
	return p.bodyRun(start, end)
}

// bodyRun returns the text of tokens [a, b) as a body's name: its first
// and last words capitalised, a body's head word among them and no title.
func (p *para) bodyRun(a, b int) string {
	for a < b && p.toks[a].kind == tWord && functionWords[p.toks[a].lw] {
		a++
	}
	for b > a && (p.toks[b-1].kind != tWord || !p.toks[b-1].isCap(p.text)) {
		b--
	}
	if b-a < 2 {
		return ""
	}
	head := false
	for j := a; j < b; j++ {
		if p.isRoleAt(j) {
			return ""
		}
		head = head || p.isOrgHeadAt(j)
	}
	if !head {
		return ""
	}
	return p.text[p.toks[a].s:p.toks[b-1].e]
}
