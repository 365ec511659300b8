package ingest

import "strings"

// capitalsSurnameFull returns the name in the copy's case for a surname
// printed in capitals ("<SURNAME>:", a transcript's speaker label) where
// the article prints the name in full in capitals too, a given name the
// lists know opening it ("<TITLE>. <GIVEN> [<MIDDLE>] <SURNAME>", the
// heading over the remarks, which the reader may have set apart as the
// standfirst): "<Given> [<Middle>] <Surname>"; "" when it does not, or
// gives two different names.
func (x *extractor) capitalsSurnameFull(w string) string {
	if len(w) < 3 || !allCaps(w) || strings.ContainsAny(w, ".'’-") || capitalsGiven(w) != "" {
		return ""
	}
	full, clash := "", false
	take := func(n string) {
		if full != "" && full != n {
			clash = true
		}
		full = n
	}
	var buf [24]string
	if strings.Contains(x.d.standfirst, w) {
		words := buf[:0]
		for f := range strings.FieldsSeq(x.d.standfirst) {
			words = append(words, strings.Trim(f, ",;:()"))
		}
		for k, v := range words {
			if v == w {
				if n := capitalsRun(words[max(0, k-3) : k+1]); n != "" {
					take(n)
				}
			}
		}
	}
	for _, p := range x.d.paras {
		for k := 1; k < len(p.toks); k++ {
			if p.toks[k].kind != tWord || p.word(k) != w {
				continue
			}
			words := buf[:0]
			for g := max(0, k-3); g <= k; g++ {
				if p.toks[g].kind != tWord {
					words = words[:0]
					continue
				}
				words = append(words, p.word(g))
			}
			if n := capitalsRun(words); n != "" {
				take(n)
			}
		}
	}
	if clash {
		return ""
	}
	return full
}

// capitalsRun returns the name the words end in, in the copy's case:
// the last word, a surname in capitals, after a run of capitals (no
// title, no abbreviation) that a given name the lists know opens; "" when
// no such given name stands there.
func capitalsRun(words []string) string {
	k := len(words) - 1
	start := -1
	for g := k - 1; g >= 0; g-- {
		v := words[g]
		if len(v) < 2 || !allCaps(v) || strings.ContainsAny(v, ".'’") || nameTitleWord(v) {
			break
		}
		if capitalsGiven(v) != "" {
			start = g
		}
	}
	if start < 0 {
		return ""
	}
	var b strings.Builder
	for g := start; g <= k; g++ {
		if g > start {
			b.WriteByte(' ')
		}
		b.WriteString(upperFirst(strings.ToLower(words[g])))
	}
	return b.String()
}
