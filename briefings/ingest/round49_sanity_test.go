package ingest

import "testing"

// TestRound49SanityGuards covers what TestDraftSanity found on held-out 74
// to 79 when they were frozen, reproduced on invented copy where it could
// be (the blind articles were not opened). Two shapes were not reproduced:
// a lower-case "us" listed as a new speaker, and capitals ending in
// "Association" typed a person; the guards for them (pronounNames in
// Draft, bodyNamed in cast.person) are held by TestDraftSanity on those
// sets, and bodyNamed's word test here.
func TestRound49SanityGuards(t *testing.T) {
	t.Parallel()
	t.Run("a saint's title opens the body's name", func(t *testing.T) {
		t.Parallel()
		d := chooserDraft(t, nil,
			"CASTRIES — The island expects a record number of visitors this winter.",
			`"We sell the whole island," said the head of the Saint Lucia Tourism Authority.`)
		if got := speakerOf(d, "We sell the whole island"); got != "Saint Lucia Tourism Authority" {
			t.Errorf("speaker %q, want the Saint Lucia Tourism Authority", got)
		}
		for _, n := range d.New {
			if n.Name == "Lucia Tourism Authority" || n.Kind == "person" {
				t.Errorf("new speaker %q typed %s", n.Name, n.Kind)
			}
		}
	})
	t.Run("near miss: a saint's title is not read into a person's title", func(t *testing.T) {
		t.Parallel()
		d := chooserDraft(t, nil,
			"CASTRIES — The island expects a record number of visitors this winter.",
			`"We sell the whole island," said Anne Joseph, head of the Saint Lucia Tourism Authority.`)
		if got := speakerOf(d, "We sell the whole island"); got != "Anne Joseph" {
			t.Errorf("speaker %q, want Anne Joseph", got)
		}
	})
	t.Run("a body's bracketed initials after a quote close its name", func(t *testing.T) {
		t.Parallel()
		d := chooserDraft(t, nil,
			"CHITTAGONG — Ships are waiting a week to berth at the country's main port.",
			`"Vessels are waiting seven days at the anchorage," the Harbour Shipping Agents Association (HSAA) said in a statement.`)
		if got := speakerOf(d, "Vessels are waiting seven days at the anchorage"); got != "Harbour Shipping Agents Association" {
			t.Errorf("speaker %q, want the Harbour Shipping Agents Association", got)
		}
	})
	t.Run("a place that opens the sentence is not who explained", func(t *testing.T) {
		t.Parallel()
		d := chooserDraft(t, nil,
			"LOCAL — Hundreds of former fighters have returned to the lakeside towns this year.",
			"In Kousseri, a women's association leader, Zara Ali Moussa, explained that families of victims saw the returnees receive help while they received nothing.")
		for _, pt := range d.Points {
			if pt.Speaker != "Zara Ali Moussa" {
				t.Errorf("key point given to %q, want Zara Ali Moussa", pt.Speaker)
			}
		}
		if len(d.Points) == 0 {
			t.Error("the reported statement is no key point")
		}
	})
	t.Run("near miss: an unnamed official after a fronted place keeps the partial", func(t *testing.T) {
		t.Parallel()
		d := chooserDraft(t, nil,
			"LOCAL — Farm fires are down this year, officials say.",
			`In Kousseri, an official of the farm department, who did not wish to be named, said fire counts were "substantially lower" than last year.`)
		if got := speakerOf(d, "substantially lower"); got == "(no such quote)" {
			t.Error("the partial quote is lost")
		}
	})
	t.Run("a describing word in lower case is no part of a body's name", func(t *testing.T) {
		t.Parallel()
		d := chooserDraft(t, nil,
			"GYUMRI — Counting in the city council election ended on Monday.",
			`"The count was not transparent," the opposition Zartonk bloc said in a statement.`)
		if got := speakerOf(d, "The count was not transparent"); got != "Zartonk bloc" {
			t.Errorf("speaker %q, want the Zartonk bloc", got)
		}
	})
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Agents Association", true},
		{"Forwarding Agents Association", true},
		{"Harbour Authority", true},
		{"Margaret Court", false}, // a surname that is also a body's head word
		{"Association", false},    // one word: the body itself, read elsewhere
		{"Ama Union", false},
	} {
		if got := bodyNamed(c.name); got != c.want {
			t.Errorf("bodyNamed(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// speakerOf is the speaker the draft gives the quote with this text.
func speakerOf(d *Draft, text string) string {
	for _, q := range d.Quotes {
		if q.Text == text {
			return q.Speaker
		}
	}
	return "(no such quote)"
}
