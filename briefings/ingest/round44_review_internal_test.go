package ingest

import "testing"

// TestRound44HelpersOnShortParagraphs: the token readers round 44 added
// take a token index from their callers; on a paragraph of one or two
// tokens, or at its first token, they answer without reading past either
// end.
func TestRound44HelpersOnShortParagraphs(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"Tarn", "Tarn:", "TWF", "Velm TWF"} {
		d := newDocument([]string{text})
		if len(d.paras) == 0 {
			continue
		}
		p := d.paras[0]
		for i := 0; i <= 4; i++ {
			want := text == "Tarn:" && i == 1
			if got := p.datelineColonAt(i); got != want {
				t.Errorf("%q: datelineColonAt(%d) = %v, want %v", text, i, got, want)
			}
		}
		for i := range p.toks {
			if got := p.prefixBeforeSpelled(i); got != i {
				t.Errorf("%q: prefixBeforeSpelled(%d) = %d, want %d (no country before)", text, i, got, i)
			}
		}
		for k := range p.toks {
			if got := p.linkedNameAt(k); got != "" {
				t.Errorf("%q: linkedNameAt(%d) = %q, want none", text, k, got)
			}
		}
		if got := p.datedPredicate(len(p.toks), len(p.toks)); got {
			t.Errorf("%q: datedPredicate past the end = true", text)
		}
	}
	for _, w := range []string{"", "a", "ab"} {
		if lowerInitialBodyName(w) != "" || complementRunsOn(w, w) || mixedAcronym(w) {
			t.Errorf("%q: a short word read as a body's name", w)
		}
	}
}

// TestMixedAcronymIsNoPlural: a body's initials with a word's second
// letter in lower case are one, the plural of plain initials is not.
func TestMixedAcronymIsNoPlural(t *testing.T) {
	t.Parallel()
	for w, want := range map[string]bool{
		"CoFWS": true, "FiST": true, "DfEA": true,
		"NGOs": false, "CEOs": false, "ATMs": false, "MPs": false, "McKinley": false, "BBC": false,
	} {
		if got := mixedAcronym(w); got != want {
			t.Errorf("mixedAcronym(%q) = %v, want %v", w, got, want)
		}
	}
}
