package briefings

import (
	"errors"
	"strings"
	"testing"
)

func defaultCatalog(t testing.TB) *Catalog {
	t.Helper()
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestSpeakerMatching(t *testing.T) {
	t.Parallel()
	c := defaultCatalog(t)
	cases := []struct {
		name, want string
	}{
		{"putin", "Vladimir Putin"},
		{"PUTIN", "Vladimir Putin"},
		{"Vladimir Putin", "Vladimir Putin"},
		{"vladimir-putin", "Vladimir Putin"},
		{"Russian President", "Vladimir Putin"},
		{"  russian   president ", "Vladimir Putin"},
		{"Putn", "Vladimir Putin"},         // one letter missing
		{"Ptuin", "Vladimir Putin"},        // two letters swapped
		{"Sergei Lavrov", "Sergey Lavrov"}, // alias spelling
		{"Sérgey Lávrov", "Sergey Lavrov"}, // accents
		{"Lavorv", "Sergey Lavrov"},
		{"state department", "US State Department"},
		{"Blinkn", "Antony Blinken"},
	}
	for _, tc := range cases {
		s, err := c.Speaker(tc.name)
		if err != nil {
			t.Errorf("Speaker(%q): %v", tc.name, err)
			continue
		}
		if s.Name != tc.want {
			t.Errorf("Speaker(%q) = %s, want %s", tc.name, s.Name, tc.want)
		}
	}
}

func TestTopicMatching(t *testing.T) {
	t.Parallel()
	c := defaultCatalog(t)
	cases := []struct{ name, want string }{
		{"ukraine", "Ukraine"},
		{"Ukrane", "Ukraine"},
		{"ukriane", "Ukraine"},
		{"NATO", "NATO"},
		{"arms control", "Arms control"},
		{"arms-control", "Arms control"},
		{"INF treaty", "Arms control"},
		{"medium-range missiles", "Arms control"},
		{"sanctons", "Sanctions"},
		{"US-Russia talks", "US–Russia diplomacy"},
	}
	for _, tc := range cases {
		tp, err := c.Topic(tc.name)
		if err != nil {
			t.Errorf("Topic(%q): %v", tc.name, err)
			continue
		}
		if tp.Name != tc.want {
			t.Errorf("Topic(%q) = %s, want %s", tc.name, tp.Name, tc.want)
		}
	}
}

func TestUnknownNamesSuggest(t *testing.T) {
	t.Parallel()
	c := defaultCatalog(t)
	cases := []struct {
		kind, name string
		suggest    string // one of the suggestions
	}{
		{"topic", "narnia", "Ukraine"},
		{"topic", "natto enlargement", "NATO"},
		{"topic", "sanctioning regime", "Sanctions"},
		{"speaker", "Lavrova Sergeyevna", "Sergey Lavrov"},
		{"speaker", "Blinkenship", "Antony Blinken"},
	}
	for _, tc := range cases {
		var err error
		if tc.kind == "topic" {
			_, err = c.Topic(tc.name)
		} else {
			_, err = c.Speaker(tc.name)
		}
		var nf *NotFoundError
		if !errors.As(err, &nf) || !errors.Is(err, ErrNotFound) {
			t.Errorf("%s %q: got %v, want a NotFoundError", tc.kind, tc.name, err)
			continue
		}
		if !strings.Contains(strings.Join(nf.Suggestions, "|"), tc.suggest) {
			t.Errorf("%s %q: suggestions %v do not include %s", tc.kind, tc.name, nf.Suggestions, tc.suggest)
		}
		if len(nf.Suggestions) > 3 {
			t.Errorf("%s %q: %d suggestions, want at most 3", tc.kind, tc.name, len(nf.Suggestions))
		}
	}
}

// A typo that is as close to two speakers as to one is a question, not an
// answer: the matcher must not guess.
func TestAmbiguousTypoIsNotGuessed(t *testing.T) {
	t.Parallel()
	reg := &Registry{Speakers: []*Speaker{{ID: "jon-smith", Name: "Jon Smith", Aliases: []string{"Smith"}}, {ID: "jan-smyth", Name: "Jan Smyth", Aliases: []string{"Smyth"}}}}
	c := NewCatalog(reg, nil)
	s, err := c.Speaker("Smth")
	if err == nil {
		t.Errorf("Speaker(Smth) = %s, want no guess between Smith and Smyth", s.Name)
	} else if nf := err.(*NotFoundError); len(nf.Suggestions) < 2 {
		t.Errorf("Speaker(Smth) suggests %v, want both", nf.Suggestions)
	}
	if s, err := c.Speaker("Smitth"); err != nil || s.Name != "Jon Smith" {
		t.Errorf("Speaker(Smitth) = %v, %v; want Jon Smith", s, err)
	}
}

func TestComplete(t *testing.T) {
	t.Parallel()
	c := defaultCatalog(t)
	cases := []struct {
		kind, partial, first string
	}{
		{"topic", "ukr", "Ukraine"},
		{"topic", "arm", "Arms control"},
		{"topic", "missi", "Arms control"},
		{"topic", "sanc", "Sanctions"},
		{"speaker", "pu", "Vladimir Putin"},
		{"speaker", "lav", "Sergey Lavrov"},
		{"speaker", "serg", "Sergey Lavrov"},
		{"speaker", "Ptuin", "Vladimir Putin"},
	}
	for _, tc := range cases {
		var names []string
		if tc.kind == "topic" {
			for _, t := range c.CompleteTopics(tc.partial, 25) {
				names = append(names, t.Name)
			}
		} else {
			for _, s := range c.CompleteSpeakers(tc.partial, 25) {
				names = append(names, s.Name)
			}
		}
		if len(names) == 0 || names[0] != tc.first {
			t.Errorf("complete %s %q = %v, want %s first", tc.kind, tc.partial, names, tc.first)
		}
	}
	if got := c.CompleteTopics("", 25); len(got) != len(c.Topics()) {
		t.Errorf("empty partial gave %d topics, want all %d", len(got), len(c.Topics()))
	}
	if got := c.CompleteTopics("", 2); len(got) != 2 {
		t.Errorf("limit 2 gave %d", len(got))
	}
}

func TestFold(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"Sérgey  LAVROV":        "sergey lavrov",
		"Russia's":              "russias",
		"US–Russia diplomacy":   "us russia diplomacy",
		"  --INF--Treaty!  ":    "inf treaty",
		"Zürich, Kyiv & Kraków": "zurich kyiv krakow",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDistance(t *testing.T) {
	t.Parallel()
	cases := []struct {
		a, b string
		want int
	}{
		{"putin", "putin", 0}, {"putn", "putin", 1}, {"ptuin", "putin", 1},
		{"ukrane", "ukraine", 1}, {"", "abc", 3}, {"kitten", "sitting", 3},
	}
	for _, tc := range cases {
		if got := distance(tc.a, tc.b, 5); got != tc.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
	if got := distance("kitten", "sitting", 1); got != 2 {
		t.Errorf("distance with max 1 = %d, want 2 (max+1)", got)
	}
}

// The indexer's ASCII fast path must cut and fold words exactly as Fold
// does, or a query (folded one way) would miss documents (folded another).
func TestTermsFastPathAgreesWithFold(t *testing.T) {
	t.Parallel()
	texts := []string{
		"Russia's INF-range missiles, Ukraine's NATO bid: 2019 & 5 ties!",
		"THE Cities' buses-cases; glasses, status, bonuses, Oes, aes, fees",
		"a b c 1 22 x-ray e-mail U.S. don't it's",
		"  leading and trailing  ",
	}
	for _, text := range texts {
		var slow []string
		for _, w := range strings.Fields(Fold(text)) {
			if !stopwords[w] && (len(w) >= 2 || isDigits(w)) {
				slow = append(slow, stem(w))
			}
		}
		fast := Terms(text)
		if strings.Join(fast, " ") != strings.Join(slow, " ") {
			t.Errorf("Terms(%q)\n fast %q\n slow %q", text, fast, slow)
		}
	}
}
