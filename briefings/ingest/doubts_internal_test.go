package ingest

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// doubtOf is the check note doubt gives a quote whose event has subject
// r and whose speaker is e, in a paragraph with no verb of saying.
func doubtOf(t *testing.T, r *ref, e *entity) string {
	t.Helper()
	in := New(&briefings.Registry{})
	doc := newDocumentIn([]string{"The river rose by a metre on Monday night."}, in.names)
	defer doc.release()
	x := newExtractor(doc, doc.sc.newCast(in.names))
	x.collectMentions()
	x.findEvents()
	return x.doubt(found{q: &quoteSpan{}, ev: &event{subj: r, ent: e}, ent: e}, e)
}

// TestDoubtPronounRoleAndPlural: a pronoun, a role or a plural read as a
// speaker of a kind it does not name is flagged; the same words given to
// a speaker they fit are not.
func TestDoubtPronounRoleAndPlural(t *testing.T) {
	t.Parallel()
	body := &entity{name: "Harbour Authority", kind: "organisation"}
	country := &entity{name: "Norland", kind: "place"}
	person := &entity{name: "Ada Lindqvist", kind: "person"}
	for _, c := range []struct {
		name string
		r    *ref
		e    *entity
		flag bool
	}{
		{"she given to a body", &ref{kind: refPronoun, text: "she", surface: "she"}, body, true},
		{"he given to a country", &ref{kind: refPronoun, text: "He", surface: "He"}, country, true},
		{"she given to a person", &ref{kind: refPronoun, text: "she", surface: "she"}, person, false},
		{"it given to a country", &ref{kind: refPronoun, text: "It", surface: "It"}, country, true},
		{"it given to a body", &ref{kind: refPronoun, text: "it", surface: "it"}, body, false},
		{"an official given to a country", &ref{kind: refRole, text: "senior Norland official", surface: "a senior Norland official", head: "official", det: "a"}, country, true},
		{"a spokeswoman given to a country", &ref{kind: refRole, text: "spokeswoman", surface: "its spokeswoman", head: "spokeswoman", det: "its"}, country, true},
		{"a delegate given to a country", &ref{kind: refRole, text: "representative of Norland", surface: "the representative of Norland", head: "representative", det: "the"}, country, false},
		{"a person's spokesperson given to a body", &ref{kind: refRole, text: "spokesperson", surface: "His spokesperson", head: "spokesperson", det: "His"}, body, true},
		{"a body's spokesperson given to it", &ref{kind: refRole, text: "spokesperson", surface: "its spokesperson", head: "spokesperson", det: "its"}, body, false},
		{"the parties given to one body", &ref{kind: refSomeone, text: "parties", surface: "The parties", head: "parties", det: "The"}, body, true},
		{"a bench given to its court", &ref{kind: refSomeone, text: "bench", surface: "the bench", head: "bench", det: "the"}, body, false},
	} {
		if got := doubtOf(t, c.r, c.e); (got != "") != c.flag {
			t.Errorf("%s: note %q, want flagged %v", c.name, got, c.flag)
		}
	}
	for w, plural := range map[string]bool{"parties": true, "unions": true, "press": false, "bus": false, "news": false, "council": false} {
		if pluralHead(w) != plural {
			t.Errorf("pluralHead(%q) = %v, want %v", w, !plural, plural)
		}
	}
}

// TestDoubtInitials: an acronym is read against the name as acronyms are
// made, first letters of words in order, with a syllable's letters inside
// a word and small words skipped; one in another alphabet is not read.
func TestDoubtInitials(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		acr, name string
		fit       bool
	}{
		{"SEC", "Securities and Exchange Commission of Norland", true},
		{"PIOJ", "Planning Institute of Jamaica", true},
		{"LATRA", "Land Transport Regulatory Authority", true},
		{"U.N.", "United Nations", true},
		{"ČHMÚ", "Hydrometeorological Institute", true},
		{"MPC", "Harbour Bank of Norland", false},
		{"NEA", "Environment Agency", false},
		{"TWC", "Tidewater Council", true},
	} {
		if got := initialsFit(c.acr, c.name); got != c.fit {
			t.Errorf("initialsFit(%q, %q) = %v, want %v", c.acr, c.name, got, c.fit)
		}
	}
}

// TestDoubtCountryForItsBody: a speaker that is a body the rules chose for
// the country a sentence names ("<Country> said in a statement issued by
// its <ministry>") is flagged; the country given its own words is not.
func TestDoubtCountryForItsBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Kelby"}},
		{Name: "Ministry of Foreign Affairs of Norland", Kind: "organisation", Role: "Foreign ministry of Norland"},
	}}
	in := New(reg)
	doc := newDocumentIn([]string{"Norland and its neighbour met on Monday to talk about the river."}, in.names)
	x := newExtractor(doc, doc.sc.newCast(in.names))
	x.collectMentions()
	ministry := &entity{name: reg.Speakers[1].Name, kind: "organisation", reg: reg.Speakers[1]}
	country := &entity{name: "Norland", kind: "place", reg: reg.Speakers[0]}
	for _, c := range []struct {
		name string
		r    *ref
		e    *entity
		want string
	}{
		{"the country given to its ministry", &ref{kind: refName, name: "Norland", text: "Norland", surface: "Norland"}, ministry, "the draft gives the words to Ministry of Foreign Affairs of Norland"},
		{"the capital given to its ministry", &ref{kind: refName, name: "Kelby", text: "Kelby", surface: "Kelby"}, ministry, "the draft gives the words to"},
		{"the country given to itself", &ref{kind: refName, name: "Norland", text: "Norland", surface: "Norland"}, country, ""},
	} {
		got := x.nameMisfit(c.r, c.e)
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s: note %q, want %q", c.name, got, c.want)
		}
	}
	doc.release()
}
