package ingest

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
)

// The learned chooser as the drafts use it (chooser.go), on invented copy:
// it answers only where the rules name nobody, it says so in the quote's
// check note, and a draft is the same every time.

// chooserNote begins the check note of a quote whose speaker the chooser
// picked.
const chooserNote = "speaker picked by the learned chooser: "

// chooserDraft drafts a small plain-text article (paragraphs separated by
// blank lines) on a fixed date.
func chooserDraft(t *testing.T, reg *briefings.Registry, paras ...string) *Draft {
	t.Helper()
	a, err := Read([]byte("Harbour news\n\n"+strings.Join(paras, "\n\n")), "text/plain", "")
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(reg).Draft(a, Options{Date: time.Date(2022, 2, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// okaforRegistry knows the minister the invented articles are about.
func okaforRegistry(t *testing.T) *briefings.Registry {
	t.Helper()
	reg, ps := briefings.ParseRegistry(briefings.RegistryFile, []byte("speakers:\n  - name: Ruth Okafor\n    role: Harbour Minister\n    kind: person\n"))
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	return reg
}

// TestChooserPicksWhereNothingAttributes: a partial quote nothing
// attributes, in a paragraph about the one person the article names, is
// given to her, and flagged as the chooser's pick; a quote the article
// gives only to a phrase keeps the phrase in the note. (Refitted on six
// pre-round sets, the chooser leaves a whole sentence nothing attributes
// unknown here when the registry does not list her, p 0.56 against 0.44:
// on the sets it learned from, such quotes are more often no one named.)
func TestChooserPicksWhereNothingAttributes(t *testing.T) {
	d := chooserDraft(t, nil,
		"Harbour Minister Ruth Okafor toured the new container terminal in Port Lenna on Tuesday.",
		`In her speech: "not to let this harbour fall behind its neighbours".`,
		"Okafor later flew back to the capital.")
	if len(d.Quotes) != 1 {
		t.Fatalf("quotes %+v, want one", d.Quotes)
	}
	q := d.Quotes[0]
	if q.Speaker != "Ruth Okafor" || q.Check != chooserNote+"nothing in the article attributes this quote" {
		t.Errorf("speaker %q, check %q; want Ruth Okafor, picked by the chooser", q.Speaker, q.Check)
	}
	if md := string(d.Markdown()); !strings.Contains(md, "  # check: "+q.Check+"\n  - speaker: Ruth Okafor\n") {
		t.Errorf("the draft does not flag the chooser's pick:\n%s", md)
	}

	d = chooserDraft(t, okaforRegistry(t),
		"Harbour Minister Ruth Okafor toured the new container terminal in Port Lenna on Tuesday.",
		`"We will not let this harbour fall behind its neighbours," the visitor from the capital said.`,
		"Okafor later flew back to the capital.")
	if len(d.Quotes) != 1 {
		t.Fatalf("quotes %+v, want one", d.Quotes)
	}
	if q := d.Quotes[0]; q.Speaker != "Ruth Okafor" || q.Check != chooserNote+"the article says “the visitor from the capital”" {
		t.Errorf("speaker %q, check %q; want Ruth Okafor, picked by the chooser over the phrase", q.Speaker, q.Check)
	}
}

// TestChooserLeavesUnnamedVoices: where the article gives the words to
// someone it does not name ("a source close to the minister", "one
// resident", "observers", "one Nordic envoy", someone "who asked not to be
// identified"), to two speakers at once, or quotes a term no
// one says, the rules' Unknown stands, with their note: the chooser is not
// asked (chooserKeepsUnknown), however near a named person is.
func TestChooserLeavesUnnamedVoices(t *testing.T) {
	for _, para := range []string{
		`"We will not let this harbour fall behind its neighbours," a source close to the minister said.`,
		`"We will not let this harbour fall behind its neighbours," one resident said.`,
		`Observers said the minister had been "in no hurry at all."`,
		`A dock worker watching the visit summed it up: "We will not let this harbour fall behind its neighbours."`,
		`Okafor inspected a gleaming "terminal of the future" on the east quay.`,
		// A capitalised word between the determiner and the person, a name
		// withheld, a plural of people opening the sentence.
		`The lesson, in the words of one Nordic envoy, is that the harbour is "never going to wait for anyone."`,
		`A Lenna trawlerman who asked not to be identified said the terminal would "change nothing for us."`,
		`Economists have called the terminal "a white elephant on stilts".`,
	} {
		d := chooserDraft(t, okaforRegistry(t),
			"Harbour Minister Ruth Okafor toured the new container terminal in Port Lenna on Tuesday.",
			para,
			"Okafor later flew back to the capital.")
		for _, q := range d.Quotes {
			if q.Speaker != Unknown || strings.HasPrefix(q.Check, chooserNote) {
				t.Errorf("%s: %q: speaker %q, check %q; want unknown, the rules' note", para, q.Text, q.Speaker, q.Check)
			}
		}
	}
}

// TestChooserKeepsExplicitAttributions: where the article says who spoke,
// the rules' answer stands, with the same people named around it as in the
// quote the chooser answers.
func TestChooserKeepsExplicitAttributions(t *testing.T) {
	d := chooserDraft(t, okaforRegistry(t),
		"Harbour Minister Ruth Okafor toured the new container terminal in Port Lenna on Tuesday.",
		`In her speech: "We will not let this harbour fall behind its neighbours."`,
		`The mayor, Tomas Brandt, joined her. "The terminal will open in spring," said Brandt. "It is the town's biggest project in a generation," he added.`,
		`"We have waited long enough," said dock worker Ana Reyes, who has worked at the port for twenty years.`,
		`Okafor said: "The money is in the budget."`)
	want := map[string]string{
		"The terminal will open in spring":                         "Tomas Brandt",
		"It is the town's biggest project in a generation":         "Tomas Brandt",
		"We will not let this harbour fall behind its neighbours.": "Ruth Okafor",
		"We have waited long enough":                               "Ana Reyes",
		"The money is in the budget.":                              "Ruth Okafor",
	}
	picked := 0
	for _, q := range d.Quotes {
		if w, ok := want[q.Text]; !ok || q.Speaker != w {
			t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, w)
		}
		if strings.HasPrefix(q.Check, chooserNote) {
			picked++
			if q.Text != "We will not let this harbour fall behind its neighbours." {
				t.Errorf("%q: the chooser overrode an attributed quote (%s)", q.Text, q.Check)
			}
		}
	}
	if len(d.Quotes) != len(want) || picked != 1 {
		t.Errorf("%d quotes, %d picked by the chooser; want %d and 1", len(d.Quotes), picked, len(want))
	}
}

// TestChooserAsksOnlyWhereRulesNameNobody: the drafts ask the chooser only
// about quotes the rules left unknown ("none", "phrase"), and its pick is a
// named candidate, never Unknown.
func TestChooserAsksOnlyWhereRulesNameNobody(t *testing.T) {
	for _, c := range []string{"event", "pronoun", "description", "para", "direct"} {
		if chooserCats[c] {
			t.Errorf("the drafts ask the chooser about %q quotes", c)
		}
	}
	if len(chooserWeights) != nFeatures {
		t.Fatalf("%d weights for %d features: refit chooser_weights.go", len(chooserWeights), nFeatures)
	}
	// A hand-made situation: Unknown (the rules' answer) against a
	// registered person named just before the quote, in its sentence.
	unk := make([]float64, nFeatures)
	unk[fUnknown], unk[fUnkNone], unk[fRules] = 1, 1, 1
	near := make([]float64, nFeatures)
	near[fPerson], near[fReg], near[fSameBefore], near[fNearBefore], near[fNearBNone], near[fParaBefore] = 1, 1, 1, 1, 1, 1
	far := make([]float64, nFeatures)
	far[fOrg], far[fNearAfter], far[fNearANone] = 1, 0.25, 0.25
	s := &chSit{cat: "none", cands: []chCand{
		{name: Unknown, f: unk, nz: nonZero(unk)},
		{name: "Ruth Okafor", f: near, nz: nonZero(near)},
		{name: "Port Authority", f: far, nz: nonZero(far)},
	}}
	if k := chooserWeights.pick(s, chooserMargin); k != 1 {
		t.Errorf("picked %d (%v), want Ruth Okafor", k, chooserWeights.probs(s))
	}
	// The margin: no pick when the best is not ahead of the rules by it.
	if k := chooserWeights.pick(s, 1); k != 0 {
		t.Errorf("picked %d with margin 1, want the rules' answer", k)
	}
}

// TestChooserDeterministic: the same article drafts to the same bytes, the
// chooser's picks included, however often and in whatever order it runs.
func TestChooserDeterministic(t *testing.T) {
	reg := okaforRegistry(t)
	paras := []string{
		"Harbour Minister Ruth Okafor toured the new container terminal in Port Lenna on Tuesday with the mayor, Tomas Brandt.",
		`In her speech: "We will not let this harbour fall behind its neighbours."`,
		`"We will be watching," a source close to the minister said. "The money must be spent."`,
		"Brandt and Okafor later met union leaders.",
	}
	first := chooserDraft(t, reg, paras...).Markdown()
	if !bytes.Contains(first, []byte(chooserNote)) {
		t.Fatalf("the chooser picked nothing:\n%s", first)
	}
	for i := 0; i < 20; i++ {
		if again := chooserDraft(t, reg, paras...).Markdown(); !bytes.Equal(again, first) {
			t.Fatalf("draft %d differs:\n%s\nfirst:\n%s", i, again, first)
		}
	}
}
