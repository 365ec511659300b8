package ingest

import (
	"strings"
	"testing"
)

// TestNationalityIsTheCountrys: where a country's adjective is also a form
// a capital or city gives ("Colombian" from Colombia and from Colombo), the
// country keeps it, on every run.
func TestNationalityIsTheCountrys(t *testing.T) {
	t.Parallel()
	countries := set(knownCountries)
	m := adjectiveCountry()
	for _, c := range strings.Fields(knownCountries) {
		for _, adj := range placeAdjectives(c) {
			if got := m[adj]; !countries[got] {
				t.Errorf("%q is %q's, want a country's (%q gives it)", adj, got, c)
			}
		}
	}
	if got := m["colombian"]; got != "colombia" {
		t.Errorf(`"colombian" is %q's, want "colombia"`, got)
	}
}

// TestSpelledTitleShortName: spelledTitle is asked of every person's
// words, and a name of no word or one is no "<ACR> <Given>".
func TestSpelledTitleShortName(t *testing.T) {
	x := &extractor{}
	for _, words := range [][]string{nil, {}, {"ABC"}} {
		if x.spelledTitle(words) {
			t.Errorf("spelledTitle(%q) = true, want false", words)
		}
	}
}
