package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/briefbot/briefbot/briefings"
)

// TestDraftSanity ingests every article of every article set (each folder
// of testdata with a registry.yaml) and checks what an editor would reject
// at a glance in any draft, whatever its expected quotes say: the scoring
// test counts right and wrong speakers, this one catches speakers no
// article could mean.
//
//   - A new speaker's kind is person, organisation or place, and a person
//     is never a place the word lists know, nor a lone word the article
//     itself uses as a place ("in X", "Xian"), nor an acronym, nor
//     a name ending in a body's head word ("X Council").
//   - A new speaker's name is a name: it starts with a capital or a digit,
//     and holds no quotation mark, no reporting verb (in lower case, or as
//     its first word), no sentence's end.
//   - A new speaker's role describes them: no reporting verb ("the farm's
//     owner said"), no quotation mark.
//   - A key point's speaker is not a place the point names only as where
//     something happened ("… in the north of X, the owner said").
//   - No new speaker is listed twice, and the draft passes lint (two new
//     speakers of one family share no alias).
func TestDraftSanity(t *testing.T) {
	t.Parallel()
	dirs, _ := filepath.Glob(filepath.Join("testdata", "*", briefings.RegistryFile))
	if len(dirs) < 4 {
		t.Fatalf("found %d article sets, want at least 4", len(dirs))
	}
	articles := 0
	for _, regFile := range dirs {
		dir := filepath.Dir(regFile)
		data, err := os.ReadFile(regFile)
		if err != nil {
			t.Fatal(err)
		}
		reg, ps := briefings.ParseRegistry(briefings.RegistryFile, data)
		if err := ps.Err(); err != nil {
			t.Fatal(err)
		}
		in := New(reg)
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			ctype := ""
			switch filepath.Ext(f) {
			case ".txt":
				ctype = "text/plain"
			case ".html":
				ctype = "text/html"
			default:
				continue
			}
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Read(raw, ctype, "")
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			d, err := in.Draft(a, Options{Now: func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			articles++
			name := filepath.Join(filepath.Base(dir), filepath.Base(f))
			for _, problem := range draftProblems(a, d) {
				t.Errorf("%s: %s", name, problem)
			}
			if _, ps := briefings.ParseBriefing("draft.md", d.Markdown(), reg); ps.Err() != nil {
				t.Errorf("%s: the draft does not pass lint: %v", name, ps.Err())
			}
		}
	}
	if articles < 150 {
		t.Fatalf("checked %d articles, want at least 150", articles)
	}
}

// reportingVerbs report speech; a name or a role never holds one.
var reportingVerbs = set(`said says told tells added adds wrote writes warned warns stated insisted
	explained argued according`)

// institutionHeads end the name of a body, never of a person.
var institutionHeads = set(`ministry department council agency commission committee government
	parliament party union court company corporation authority administration institute
	university association federation organisation organization embassy office police army
	navy forces ministries`)

// draftProblems lists what no draft of article a should say.
func draftProblems(a *Article, d *Draft) []string {
	var out []string
	paras := a.Body
	if hasQuoteMark(a.Subtitle) {
		paras = append([]string{a.Subtitle}, a.Body...)
	}
	x := newExtractor(newDocument(paras), nil)
	seen := map[string]bool{}
	kinds := map[string]string{}
	for _, n := range d.New {
		kinds[n.Name] = n.Kind
		if seen[n.Name] {
			out = append(out, "new speaker "+n.Name+" is listed twice")
		}
		seen[n.Name] = true
		switch n.Kind {
		case "person", "organisation", "place":
		default:
			out = append(out, "new speaker "+n.Name+" has kind "+n.Kind)
		}
		words := strings.Fields(n.Name)
		if len(words) == 0 {
			out = append(out, "a new speaker has no name")
			continue
		}
		// A Sesotho woman's name opens with "’M" ("’Mathabo"), or "'M"
		// typed straight: the capital is the letter after the apostrophe.
		// A body's brand may open with a small letter and carry its
		// capital inside ("<xYz>"), as the body writes it itself.
		brand := len(words) == 1 && strings.IndexFunc(n.Name, unicode.IsUpper) > 0
		if r := firstRune(strings.TrimPrefix(strings.TrimPrefix(afterParticle(n.Name), "’"), "'")); !unicode.IsUpper(r) && !unicode.IsDigit(r) && !brand {
			out = append(out, "new speaker "+n.Name+" does not start with a capital")
		}
		if strings.ContainsAny(n.Name, "\"“”«»") || strings.ContainsAny(n.Name, ".?!;:") && !strings.Contains(n.Name, ". ") && strings.ContainsAny(n.Name[len(n.Name)-1:], "?!;:,") {
			out = append(out, "new speaker "+n.Name+" holds punctuation no name has")
		}
		for i, w := range words {
			// "bin Said", "ibn Said": after a patronymic particle the word
			// is a father's given name, as Arabic and Malay names have it.
			if i > 0 && patronymics[strings.ToLower(words[i-1])] {
				continue
			}
			// "Mahmoud Said": a capitalised word after a given name is a
			// surname, whatever verb it spells; a verb in lower case, or
			// opening the name as a sentence's first word does, is not.
			if i > 0 && unicode.IsUpper(firstRune(w)) {
				continue
			}
			// "Said bin <Father>": a first word a patronymic particle follows
			// is the person's own given name, not a sentence's verb.
			if i == 0 && len(words) > 1 && patronymics[strings.ToLower(words[1])] {
				continue
			}
			if reportingVerbs[strings.ToLower(w)] {
				out = append(out, "new speaker "+n.Name+" holds the reporting verb "+w)
			}
		}
		for _, w := range strings.Fields(strings.ToLower(n.Role)) {
			if reportingVerbs[strings.Trim(w, ",.")] {
				out = append(out, "new speaker "+n.Name+" has the role "+n.Role+", which holds the reporting verb "+w)
			}
		}
		if strings.ContainsAny(n.Role, "\"“”«»") {
			out = append(out, "new speaker "+n.Name+" has a role with a quotation mark: "+n.Role)
		}
		if n.Kind != "person" {
			continue
		}
		last := strings.ToLower(words[len(words)-1])
		switch {
		case isKnownPlace(n.Name):
			out = append(out, "new speaker "+n.Name+", a known place, is typed a person")
		case len(words) == 1 && x.wordUse(n.Name) == usedAsPlace:
			out = append(out, "new speaker "+n.Name+", a place the article names as one, is typed a person")
		case isAcronym(n.Name):
			out = append(out, "new speaker "+n.Name+", an acronym, is typed a person")
		case len(words) > 1 && institutionHeads[last]:
			out = append(out, "new speaker "+n.Name+", a body's name, is typed a person")
		}
	}
	for _, pt := range d.Points {
		if pt.Speaker == "" || kinds[pt.Speaker] == "organisation" {
			continue
		}
		if placeOnly(pt.Text, pt.Speaker) {
			out = append(out, "key point given to "+pt.Speaker+", which it names only as a place: "+pt.Text)
		}
	}
	return out
}

// placeOnly reports whether every time text names name, it is where
// something happened: after "in", "at", "near" or "from", maybe with a
// word in lower case between ("in eastern X").
func placeOnly(text, name string) bool {
	found := false
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			break
		}
		k += i
		i = k + len(name)
		if r := firstRune(text[i:]); unicode.IsLetter(r) || r == ' ' && unicode.IsUpper(firstRune(text[i+1:])) {
			// "in <Country> City", "<Country>n": a longer name, another
			// place (a capital is where its government sits), or another
			// word, not a mention of name.
			continue
		}
		found = true
		before := strings.Fields(text[:k])
		if len(before) == 0 {
			return false
		}
		word := before[len(before)-1]
		prev := strings.ToLower(word)
		// Only a lower-case modifier is looked past ("in eastern <Name>"):
		// a capitalised word before the name is a place of its own ("in
		// <Town> <Given> <Surname>"), so the name after it is no place.
		if len(before) > 1 && !unicode.IsUpper(firstRune(word)) && !placePrepositions[prev] && unicode.IsLetter(rune(prev[len(prev)-1])) {
			prev = strings.ToLower(before[len(before)-2]) // "in eastern"
		}
		if !placePrepositions[prev] {
			return false
		}
	}
	return found
}

var placePrepositions = set(`in at near from inside outside across`)

// TestPlaceOnly: the check looks at the speaker's own name, not at a
// longer name it opens.
func TestPlaceOnly(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Two boats sank in northern Norway, the owner said.", "Norway", true},
		{"From Oslo, Norway said it would send help.", "Norway", false},
		{"Norway said it would send help.", "Norway", false},
		{"From Mexico City, the federal government said it would pay.", "Mexico", false},
		{"In Mexico City and in Mexico, prices rose, the bank said.", "Mexico", true},
		{"Mexican officials in Mexico City said prices rose.", "Mexico", false},
	} {
		if got := placeOnly(c.text, c.name); got != c.want {
			t.Errorf("placeOnly(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// patronymics are the particles after which a name gives a father's
// given name, which may spell a reporting verb ("Said").
var patronymics = map[string]bool{"bin": true, "ibn": true, "binti": true, "bint": true}

// TestDraftProblemsReportingVerbInName: the sanity check rejects a name
// that a reporting verb ran into ("<Surname> said", "Said <Surname>" from a
// sentence's first word) but not a surname that spells one.
func TestDraftProblemsReportingVerbInName(t *testing.T) {
	t.Parallel()
	a := &Article{Body: []string{"A paragraph."}}
	for _, c := range []struct {
		name string
		bad  bool
	}{
		{"Jonas Petraitis said", true},
		{"Said Petraitis", true},
		{"Tarek Said", false},
		{"Amira bin Said", false},
	} {
		d := &Draft{New: []NewSpeaker{{Name: c.name, Role: "grocer", Kind: "person"}}}
		got := strings.Contains(strings.Join(draftProblems(a, d), "\n"), "reporting verb")
		if got != c.bad {
			t.Errorf("%q: flagged %v, want %v (%q)", c.name, got, c.bad, draftProblems(a, d))
		}
	}
}

// nameParticles are the lower-case particles a surname given alone may
// open with ("al-<Surname>", "van <Surname>", "de <Surname>"): an
// Arabic article, Dutch, German, French, Italian and Iberian particles.
var nameParticles = set(`al el ad ar as at az an ash bin ibn van von de da di du del della der den la le ter ten dos das do`)

// afterParticle returns a name past a lower-case particle it opens with
// ("al-<Surname>" or "van <Surname>" gives "<Surname>"), so that the
// capital is checked where such a name has it; the name itself otherwise.
func afterParticle(name string) string {
	for i, r := range name {
		if r == '-' || r == ' ' {
			if nameParticles[name[:i]] {
				return name[i+1:]
			}
			return name
		}
	}
	return name
}
