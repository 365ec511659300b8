package ingest_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
	"go.yaml.in/yaml/v3"
)

// expected is what a careful editor extracts from one test article.
type expected struct {
	Given struct {
		Date string `yaml:"date"`
		URL  string `yaml:"url"`
	} `yaml:"given"`
	Date   string `yaml:"date"`
	Quotes []struct {
		Speaker string `yaml:"speaker"`
		Text    string `yaml:"text"`
	} `yaml:"quotes"`
}

// Targets on each article set (issues 6 and 15).
const (
	minPrecision = 0.95
	minRecall    = 0.95
	minSpeakers  = 0.90
)

// testRegistry is the registry the tuning article set is ingested against.
func testRegistry(t testing.TB) *briefings.Registry {
	t.Helper()
	return setRegistry(t, filepath.Join("testdata", "articles"))
}

// setRegistry reads the registry.yaml of an article set's folder.
func setRegistry(t testing.TB, dir string) *briefings.Registry {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, briefings.RegistryFile))
	if err != nil {
		t.Fatal(err)
	}
	reg, ps := briefings.ParseRegistry(briefings.RegistryFile, data)
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	return reg
}

// setScore is how one article set scores.
type setScore struct {
	articles, wanted, found, matched, rightSpeaker int
	wrongDates                                     int
	// flagged and flaggedRight count the matched quotes whose draft tells
	// the curator to check the speaker (Quote.Check), and how many of
	// those are right: a wrong speaker the draft flags is one the curator
	// is asked to look at, an unflagged one is one click from published.
	flagged, flaggedRight int
	// silent counts the wrong speakers a curator is given no reason to
	// look at: unflagged, not a new speaker the draft asks to add to the
	// registry, and not unknown — a registry name, published as drafted.
	silent int
	// english is the set's score on its English copy alone, kept only for
	// a set with articles in other languages (otherLanguage).
	english *setScore
}

// add counts o's articles and quotes into s.
func (s *setScore) add(o setScore) {
	s.articles += o.articles
	s.wanted += o.wanted
	s.found += o.found
	s.matched += o.matched
	s.rightSpeaker += o.rightSpeaker
	s.wrongDates += o.wrongDates
	s.flagged += o.flagged
	s.flaggedRight += o.flaggedRight
	s.silent += o.silent
}

// otherLanguage names the articles written in a language other than
// English, in sets whose writers wrote several so (held-out 43's first
// writer wrote eleven of its sixteen in the outlet's own Spanish,
// Portuguese, German, French or Slovene, where every earlier writer had
// rendered such outlets in English). The rules read English, and since
// round 36 French attributions: such a set's figure is reported whole and
// for its English copy alone, so that neither hides the other.
var otherLanguage = map[string]bool{
	"heldout43/01-eltiempo-banrep-rate-cut":            true,
	"heldout43/03-estadao-itamaraty-guyana-readout":    true,
	"heldout43/04-verdi-lufthansa-ground-staff":        true,
	"heldout43/05-radiocanada-interview-hydro-quebec":  true,
	"heldout43/07-infobae-corte-suprema-jubilaciones":  true,
	"heldout43/09-bloomberglinea-ecopetrol-permian":    true,
	"heldout43/10-dnevnik-slovenia-ministry-flood-aid": true,
	"heldout43/11-corteconstitucional-fracking-ruling": true,
	"heldout43/13-semana-millonarios-sanction":         true,
	"heldout43/14-oglobo-aovivo-cbf-selecao":           true,
	"heldout43/15-primicias-guayaquil-port-seizure":    true,
	// Held-out 44's writers were asked for about five each, as the outlet
	// prints them: Malay, Vietnamese, French, Portuguese, Indonesian,
	// Swedish, German, Spanish, Dutch and Italian.
	"heldout44/02-utusan-harga-beras-tempatan":               true,
	"heldout44/03-nhandan-cang-lien-chieu":                   true,
	"heldout44/04-lematin-port-nador-west-med":               true,
	"heldout44/06-jornaldeangola-tribunal-supremo-diamantes": true,
	"heldout44/07-detik-polda-metro-sindikat-judi-online":    true,
	"heldout44/17-svt-kiruna-flytt-skola":                    true,
	"heldout44/18-letemps-glacier-zermatt-evacuation":        true,
	"heldout44/19-zerohora-enchente-guaiba-diques":           true,
	"heldout44/20-tagesanzeiger-bezirksgericht-treuhaender":  true,
	"heldout44/21-elobservador-paro-puerto-montevideo":       true,
	"heldout44/24-standaard-antwerpen-chemie-ontslagen":      true,
	"heldout44/25-lastampa-torino-derby-bellandi":            true,
}

func (s setScore) precision() float64 { return float64(s.matched) / float64(max(s.found, 1)) }
func (s setScore) recall() float64    { return float64(s.matched) / float64(max(s.wanted, 1)) }
func (s setScore) speakers() float64 {
	return float64(s.rightSpeaker) / float64(max(s.matched, 1))
}

// unflaggedSpeakers is the speaker accuracy of the quotes the draft does
// not ask the curator to check; flaggedShare is how many it does ask about.
func (s setScore) unflaggedSpeakers() float64 {
	return float64(s.rightSpeaker-s.flaggedRight) / float64(max(s.matched-s.flagged, 1))
}
func (s setScore) flaggedShare() float64 { return float64(s.flagged) / float64(max(s.matched, 1)) }

// scoreSet ingests every article of the set in dir against the set's own
// registry, logs each miss, and counts quotes and speakers.
func scoreSet(t *testing.T, dir string, heldOut bool) setScore {
	t.Helper()
	in := ingest.New(setRegistry(t, dir))
	files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	var sc, english setScore
	for _, exp := range files {
		if filepath.Base(exp) == briefings.RegistryFile {
			continue
		}
		base := strings.TrimSuffix(exp, ".yaml")
		src, ctype := base+".txt", "text/plain"
		if _, err := os.Stat(src); err != nil {
			src, ctype = base+".html", "text/html"
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatalf("%s: no article next to it: %v", exp, err)
		}
		var want expected
		raw, _ := os.ReadFile(exp)
		if err := yaml.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", exp, err)
		}
		name := filepath.Base(base)
		var art setScore // this article's counts, added to the set's below
		art.articles++
		a, err := ingest.Read(data, ctype, want.Given.URL)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		opt := ingest.Options{URL: want.Given.URL, Now: func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }}
		if want.Given.Date != "" {
			opt.Date, _ = time.Parse(briefings.DateLayout, want.Given.Date)
		}
		d, err := in.Draft(a, opt)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := d.Date.Format(briefings.DateLayout); got != want.Date {
			art.wrongDates++
			miss := t.Errorf
			if heldOut { // reported with the set's figures, like its other misses
				miss = t.Logf
			}
			miss("%s: date %s, want %s (from %q)", name, got, want.Date, d.DateFrom)
		}

		got := map[string]string{} // text -> speaker
		chk := map[string]string{}
		isNew := map[string]bool{}
		for _, ns := range d.New {
			isNew[ns.Name] = true
		}
		for _, q := range d.Quotes {
			got[q.Text] = q.Speaker
			chk[q.Text] = q.Check
		}
		art.found += len(d.Quotes)
		art.wanted += len(want.Quotes)
		seen := map[string]bool{}
		for _, w := range want.Quotes {
			seen[w.Text] = true
			sp, ok := got[w.Text]
			if !ok {
				t.Logf("%s: missed quote %q (%s)", name, w.Text, w.Speaker)
				continue
			}
			art.matched++
			right := briefings.Fold(sp) == briefings.Fold(w.Speaker)
			switch {
			case chk[w.Text] != "":
				art.flagged++
				if right {
					art.flaggedRight++
				}
			case !right && !isNew[sp] && sp != ingest.Unknown:
				art.silent++
			}
			if right {
				art.rightSpeaker++
			} else {
				t.Logf("%s: %q: speaker %q, want %q [%s]", name, w.Text, sp, w.Speaker, chk[w.Text])
			}
		}
		for _, q := range d.Quotes {
			if !seen[q.Text] {
				t.Logf("%s: not a quote: %q (%s)", name, q.Text, q.Speaker)
			}
		}
		sc.add(art)
		if !otherLanguage[filepath.Base(dir)+"/"+name] {
			english.add(art)
		}
	}
	if english.articles != sc.articles {
		sc.english = &english
		t.Logf("English copy alone (%d of %d articles): quote precision %.3f, quote recall %.3f, speaker accuracy %.3f",
			english.articles, sc.articles, english.precision(), english.recall(), english.speakers())
	}
	t.Logf("%d articles, %d quotes expected, %d found, %d matched", sc.articles, sc.wanted, sc.found, sc.matched)
	t.Logf("quote precision %.3f, quote recall %.3f, speaker accuracy %.3f", sc.precision(), sc.recall(), sc.speakers())
	t.Logf("speakers flagged for a check: %d of %d (%.3f), right %d; speaker accuracy of the unflagged: %.3f; wrong, unflagged and in the registry: %d",
		sc.flagged, sc.matched, sc.flaggedShare(), sc.flaggedRight, sc.unflaggedSpeakers(), sc.silent)
	return sc
}

// TestArticleSet scores quote extraction and attribution on the
// article sets: precision and recall of quotes (by their exact text) and
// the share of found quotes given the right speaker. testdata/articles was
// written for the rules; testdata/heldout was frozen before issue 15's
// first round and tuned on in it; testdata/heldout2 to testdata/heldout13
// were written blind, scored after the first to eleventh rounds (7 and
// 8 both after the sixth: speaker accuracy 0.882 and 0.826; 9 after the
// seventh: 0.854; 10 after the eighth: 0.813; 11 after the ninth: 0.849;
// 12, written during the tenth, after it: 0.812; 13, after the tenth and
// the eleventh: 0.858 both times), and tuned on in the second to twelfth.
// Their figures say how the rules do on copy like them, not on copy nobody
// has seen: only a set written and frozen before a round, and scored after
// it, says that. testdata/heldout14 was such a set (written during round 11:
// 0.768 before and after it, and after round 12) until round 13 tuned on
// it; testdata/heldout15 too (written during round 12: 0.813 before and
// after it, 0.832 after round 13) until round 14 tuned on it.
// testdata/heldout16 was one too (written during round 13, frozen before any
// of it was merged: 0.796 before, 0.808 after it and after round 14) until
// round 15 tuned on it, and testdata/heldout17 (written during round 14,
// frozen after it: 0.787 after rounds 14 and 15) until round 16 tuned on it;
// testdata/heldout18 (written during round 15: 0.820, 0.829 and 0.835 on the
// rules of rounds 14, 15 and 16, 0.841 with the chooser) and
// testdata/heldout19 (written during round 16: 0.816, 0.825, 0.822; 0.846
// with the chooser) until round 17 tuned on both (0.970 and 0.988 after it).
// testdata/heldout20 (written after round 16, frozen before its first
// score: 0.815 on round 16's rules, 0.818 with the chooser, both the same
// after round 17), testdata/heldout21 (written at the start of round 17,
// frozen before any of it was merged: 0.882 before and after it) and
// testdata/heldout22 (written after round 17: 0.876 before and after the
// chooser's eight-set refit) were such sets until round 18 tuned on all
// three (0.917, 0.964 and 0.939 after it). testdata/heldout23 (written at
// the end of stop 26, after all its changes were merged: 0.891 before and
// after round 18, no quote changed) and testdata/heldout24 (written at the
// start of stop 27 on stop 26's rules, frozen before any of round 18 was
// merged: 0.853 before and after it) were such sets until round 19 tuned
// on both (0.967 and 0.935 after it). testdata/heldout25 (written at the
// start of stop 28 on stop 27's rules, frozen before any of round 19 was
// merged: 0.857 before it, 0.866 after) was one until round 20 tuned on it
// (0.921 after it). testdata/heldout26 (written during stop 28 on round
// 19's rules, frozen before any of round 20 was merged: 0.863 before it,
// 0.860 after) was one until round 21 tuned on it (0.991 after it).
// testdata/heldout27 (written during stop 29 on round 20's rules, frozen
// before any of round 21 was merged: 0.856 before it, 0.864 after the
// fixes its sanity failures asked for, 0.870 after round 21) was one
// until round 22 tuned on it (0.977 after it). testdata/heldout28
// (written during stop 30 on round 21's rules, frozen before any of round
// 22 was merged: 0.871 before it, 0.877 after the fix its sanity failure
// asked for, 0.874 after round 22) was one until round 23 tuned on it
// (0.948 after it). testdata/heldout29 (written during stop 30 on round
// 22's rules, frozen before any of round 23 was merged: 0.853 before it,
// 0.859 after) was one until round 24 tuned on it (0.982 after it).
// testdata/heldout30 (written during stop 31 on round 23's rules, frozen
// before any of round 24 was merged: 0.845 before it, 0.851 after) was one
// until round 25 tuned on it (0.930 after it). testdata/heldout31 (written
// during stop 31 on round 24's rules, frozen before any of round 25 was
// merged: 0.844 before it and after) was one until round 26 tuned on it
// (0.955 after it). testdata/heldout32 (written at the start of stop 32 on
// round 25's rules, frozen before any of round 26 was merged: 0.869 before
// it, 0.878 after) was one until round 27 tuned on it (0.931 after it).
// testdata/heldout33 (written during stop 32 on round 26's rules, frozen
// before any of round 27 was merged: 0.852 before it and after) was one
// until round 28 tuned on it (0.911 after it). testdata/heldout34 (written
// during stop 32 on round 27's rules, frozen before any of round 28 was
// merged: 0.853 before it and after) was one until round 29 tuned on it
// (0.932 after it). testdata/heldout35 (written at the end of stop 32 on
// round 28's rules and their review, frozen before any of round 29 was
// merged: 0.827 before it and after) was one until round 30 tuned on it
// (0.905 after it).
// testdata/heldout36 (written at the start of stop 33 on round 29's rules
// and their review, frozen before any of round 30 was merged: 0.844 before
// it, 0.848 after) was one until round 31 tuned on it (0.912 after it).
// testdata/heldout37
// (written during stop 33 on round 30's rules, frozen before any of round
// 31 was merged: 0.806 before it, 0.810 after) was one until round 32, a
// short round at the end of stop 33, tuned on it (0.848 after it; rounds
// 33 and 34 tuned on it further, to 0.911). testdata/heldout38 (written at
// the end of stop 33 on round 31's rules, frozen before any of round 32 was
// merged: 0.869 before it and after) was one until round 33 tuned on it
// (0.933 after it). testdata/heldout39 (written at the start of stop 34 on
// round 32's rules, frozen before any of round 33 was merged: 0.842 before
// it, 0.846 after) was one until round 34 tuned on it (0.924 after it).
// testdata/heldout40 (written during stop 34 on round 33's rules, frozen
// before any of round 34 was merged: 0.861 before it, 0.864 after) was one
// until round 35 tuned on it (0.935 after it). testdata/heldout41
// (written at the start of stop 35 on round 34's rules and the family
// slices, frozen before any of round 35 was merged: 0.871 before it, 0.872
// after) was one until round 36 tuned on it (0.917 after it).
// testdata/heldout42 (written and frozen beside it: 0.834 before round 35
// and after, 0.847 after round 36) was one until round 37 tuned on it
// (0.912 after it). testdata/heldout43 (written during stop 35 on round
// 36's rules, frozen before any of round 37 was merged: 0.667, its English
// copy 0.853, before it and after) was one until round 38 tuned on it
// (0.774, its English copy 0.911, after it). testdata/heldout44 (written
// during stop 35 on round 37's rules, frozen before any of round 38 was
// merged: 0.623, its English copy 0.828, before it; 0.633 and 0.828 after)
// was one until round 39 tuned on it (0.698, its English copy 0.922, after
// it). testdata/heldout45 (written during stop 36 on stop 35's rules,
// frozen before any of round 39 was merged; all English: 0.885 before it
// and after) was one until round 40 tuned on it (0.919 after it).
// testdata/heldout46 (written during stop 36 on round 39's rules, frozen
// before any of round 40 was merged; all English: 0.904 before it and
// after, as on the rules before round 39), testdata/heldout47 (written
// during stop 36 on round 40's rules, after it was merged: 0.907), and
// testdata/heldout48 and testdata/heldout49 (written beside each other on
// round 40's rules and its review: 0.871 and 0.859) were such sets until
// round 41 tuned on all four (0.910, 0.910, 0.914 and 0.926 after it).
// testdata/heldout50 (written during stop 36 on round 40's rules, frozen
// before any of round 41 was merged: 0.887 before it, 0.890 after the fix
// its sanity failure asked for, 0.894 after round 41), testdata/heldout51
// and testdata/heldout52 (written beside each other at the start of stop
// 37 on stop 36's last rules, frozen together before any rule or the
// chooser changed: 0.870 and 0.882) were such sets until round 42 tuned on
// all three, and testdata/heldout53 and testdata/heldout54 (written beside
// each other at the start of stop 38 on stop 37's last rules, frozen
// together before any rule changed: 0.904 and 0.910, 0.904 and 0.917
// after round 42) until round 43 tuned on them; testdata/heldout55 to
// testdata/heldout58 (written in two pairs during stop 38 on round 42's
// and round 43's rules) until round 44 tuned on them; and
// testdata/heldout59 to testdata/heldout62 (written beside each other at
// the start of stop 39 on round 43's last rules, frozen together before
// any of round 44 was merged) until round 45 tuned on them; and
// testdata/heldout63 and testdata/heldout64 (written beside each other
// during stop 39 on round 44's rules, frozen together before any of round
// 45 was merged) until round 46 tuned on them; and testdata/heldout65 to
// testdata/heldout67 (written beside each other at the start of stop 40
// on stop 39's last rules, frozen together before any of round 46 was
// merged) until round 47 tuned on them. testdata/heldout68 to
// testdata/heldout70 (written beside each other at the start of stop 41
// on stop 40's last rules, frozen together before any of round 47 was
// merged) until round 48 tuned on them. testdata/heldout71 to
// testdata/heldout73 (written beside each other at the end of stop 41 on
// its final rules) until round 49 tuned on them. testdata/heldout74 to
// testdata/heldout76 (written beside each other at the start of stop 42 on
// stop 41's final rules) until round 50 tuned on them, and
// testdata/heldout77 to testdata/heldout79 (written beside each other at
// the end of stop 42 on its final rules) until round 51 tuned on them,
// and testdata/heldout80 to testdata/heldout82 (written beside each other
// at the start of stop 44 on stop 43's final rules) until round 52 tuned
// on them. testdata/heldout83 to testdata/heldout85 (written beside each
// other at the start of stop 45 on stop 44's final rules) are such sets
// now.
func TestArticleSet(t *testing.T) {
	sets := []struct {
		name, dir   string
		minArticles int
		// heldOut marks a set whose figure is reported, not held to the targets: a
		// blind set nobody tuned on (a rule changed to make it pass would make it a
		// tuning set), or one a round has tuned on without bringing it there yet.
		heldOut bool
	}{
		{"tuning", filepath.Join("testdata", "articles"), 12, false},
		{"held-out 1, tuned on in round 1", filepath.Join("testdata", "heldout"), 25, false},
		{"held-out 2, tuned on in round 2", filepath.Join("testdata", "heldout2"), 30, false},
		{"held-out 3, tuned on in round 3", filepath.Join("testdata", "heldout3"), 30, false},
		{"held-out 4, tuned on in round 4", filepath.Join("testdata", "heldout4"), 40, false},
		{"held-out 5, tuned on in round 5", filepath.Join("testdata", "heldout5"), 50, false},
		{"held-out 6, tuned on in round 6", filepath.Join("testdata", "heldout6"), 30, false},
		{"held-out 7, tuned on in round 7", filepath.Join("testdata", "heldout7"), 30, false},
		{"held-out 8, tuned on in round 7", filepath.Join("testdata", "heldout8"), 30, false},
		{"held-out 9, tuned on in round 8", filepath.Join("testdata", "heldout9"), 30, false},
		{"held-out 10, tuned on in round 9", filepath.Join("testdata", "heldout10"), 30, false},
		{"held-out 11, tuned on in round 10", filepath.Join("testdata", "heldout11"), 30, false},
		{"held-out 12, tuned on in round 11", filepath.Join("testdata", "heldout12"), 30, false},
		{"held-out 13, tuned on in round 12", filepath.Join("testdata", "heldout13"), 30, false},
		{"held-out 14, tuned on in rounds 13-14", filepath.Join("testdata", "heldout14"), 30, false},
		// Tuned on in round 14 and, as pre-round data, by the chooser's fit:
		// held to the targets since round 17 (0.914; 0.893 on the rules alone).
		{"held-out 15, tuned on in round 14", filepath.Join("testdata", "heldout15"), 30, false},
		{"held-out 16, tuned on in round 15", filepath.Join("testdata", "heldout16"), 30, false},
		{"held-out 17, tuned on in round 16", filepath.Join("testdata", "heldout17"), 30, false},
		{"held-out 18, tuned on in round 17", filepath.Join("testdata", "heldout18"), 30, false},
		{"held-out 19, tuned on in round 17", filepath.Join("testdata", "heldout19"), 30, false},
		// Blind until round 18 tuned on all three (0.818, 0.882 and 0.876
		// on the rules they were blind to), held to the targets since.
		{"held-out 20, tuned on in round 18", filepath.Join("testdata", "heldout20"), 30, false},
		{"held-out 21, tuned on in round 18", filepath.Join("testdata", "heldout21"), 30, false},
		{"held-out 22, tuned on in round 18", filepath.Join("testdata", "heldout22"), 30, false},
		// Blind until round 19 tuned on both (0.891 and 0.853 on the rules
		// they were blind to), held to the targets since.
		{"held-out 23, tuned on in round 19", filepath.Join("testdata", "heldout23"), 30, false},
		{"held-out 24, tuned on in round 19", filepath.Join("testdata", "heldout24"), 30, false},
		// Blind until round 20 tuned on it (0.857 on the rules it was blind
		// to, 0.866 after round 19), held to the targets since.
		{"held-out 25, tuned on in round 20", filepath.Join("testdata", "heldout25"), 30, false},
		// Blind until round 21 tuned on it (0.863 on the rules it was blind
		// to, 0.860 after round 20), held to the targets since.
		{"held-out 26, tuned on in round 21", filepath.Join("testdata", "heldout26"), 30, false},
		// Blind until round 22 tuned on it (0.856 on the rules it was blind
		// to, 0.870 after round 21), held to the targets since.
		{"held-out 27, tuned on in round 22", filepath.Join("testdata", "heldout27"), 30, false},
		// Blind until round 23 tuned on it (0.871 on the rules it was blind
		// to, 0.874 after round 22), held to the targets since.
		{"held-out 28, tuned on in round 23", filepath.Join("testdata", "heldout28"), 30, false},
		// Blind until round 24 tuned on it (0.853 on the rules it was blind
		// to, 0.859 after round 23), held to the targets since.
		{"held-out 29, tuned on in round 24", filepath.Join("testdata", "heldout29"), 30, false},
		// Blind until round 25 tuned on it (0.845 on the rules it was blind
		// to, 0.851 after round 24), held to the targets since.
		{"held-out 30, tuned on in round 25", filepath.Join("testdata", "heldout30"), 30, false},
		// Blind until round 26 tuned on it (0.844 on the rules it was blind
		// to, before and after round 25), held to the targets since.
		{"held-out 31, tuned on in round 26", filepath.Join("testdata", "heldout31"), 30, false},
		// Blind until round 27 tuned on it (0.869 on the rules it was blind
		// to, 0.878 after round 26), held to the targets since.
		{"held-out 32, tuned on in round 27", filepath.Join("testdata", "heldout32"), 30, false},
		// Blind until round 28 tuned on it (0.852 on the rules it was blind
		// to, before and after round 27), held to the targets since.
		{"held-out 33, tuned on in round 28", filepath.Join("testdata", "heldout33"), 30, false},
		// Blind until round 29 tuned on it (0.853 on the rules it was blind
		// to, before and after round 28), held to the targets since.
		{"held-out 34, tuned on in round 29", filepath.Join("testdata", "heldout34"), 30, false},
		// Blind until round 30 tuned on it (0.827 on the rules it was blind
		// to, before and after round 29), held to the targets since.
		{"held-out 35, tuned on in round 30", filepath.Join("testdata", "heldout35"), 30, false},
		// Blind until round 31 tuned on it (0.844 on the rules it was blind
		// to, 0.848 after round 30), held to the targets since.
		{"held-out 36, tuned on in round 31", filepath.Join("testdata", "heldout36"), 30, false},
		// Blind until round 32 tuned on it (0.806 on the rules it was blind
		// to, 0.810 after round 31); rounds 33 and 34 took it further, to the
		// targets (0.911), held to them since.
		{"held-out 37, tuned on in rounds 32-34", filepath.Join("testdata", "heldout37"), 30, false},
		// Blind until round 33 tuned on it (0.869 on the rules it was blind
		// to, before and after round 32), held to the targets since.
		{"held-out 38, tuned on in round 33", filepath.Join("testdata", "heldout38"), 30, false},
		// Blind until round 34 tuned on it (0.842 on the rules it was blind
		// to, 0.846 after round 33), held to the targets since.
		{"held-out 39, tuned on in round 34", filepath.Join("testdata", "heldout39"), 30, false},
		// Blind until round 35 tuned on it (0.861 on the rules it was blind
		// to, 0.864 after round 34), held to the targets since.
		{"held-out 40, tuned on in round 35", filepath.Join("testdata", "heldout40"), 30, false},
		// Blind until round 36 tuned on it (0.871 on the rules it was blind
		// to, 0.872 after round 35), held to the targets since.
		{"held-out 41, tuned on in round 36", filepath.Join("testdata", "heldout41"), 30, false},
		// Blind until round 37 tuned on it (0.834 on the rules it was blind
		// to, 0.834 after round 35 and 0.847 after round 36), held to the
		// targets since.
		{"held-out 42, tuned on in round 37", filepath.Join("testdata", "heldout42"), 30, false},
		// Blind until round 38 tuned on it (0.667 on the rules it was blind
		// to, before and after round 37); reported, not held to the
		// targets, while its eleven articles in other languages keep it
		// below them (its English copy: 0.911).
		{"held-out 43, tuned on in round 38", filepath.Join("testdata", "heldout43"), 30, true},
		// Blind until round 39 tuned on it (0.623, its English copy 0.828, on
		// the rules it was blind to; 0.633 and 0.828 after round 38);
		// reported, not held to the targets, while its twelve articles in
		// other languages keep it below them (its English copy: 0.922).
		{"held-out 44, tuned on in round 39", filepath.Join("testdata", "heldout44"), 30, true},
		// Blind until round 40 tuned on it (0.885 on the rules it was blind
		// to, before and after round 39), held to the targets since.
		{"held-out 45, tuned on in round 40", filepath.Join("testdata", "heldout45"), 30, false},
		// Blind until round 41 tuned on it (0.904 on round 39's rules it was
		// written on, on the rules before them and after round 40), held to
		// the targets since.
		{"held-out 46, tuned on in round 41", filepath.Join("testdata", "heldout46"), 30, false},
		// Written on round 40's rules after it was merged, blind until
		// round 41 tuned on it (0.907 on those rules), held to the targets
		// since.
		{"held-out 47, tuned on in round 41", filepath.Join("testdata", "heldout47"), 30, false},
		// Written beside each other on round 40's rules, the pooled measure
		// for issue 15's target (0.871 and 0.859, 0.865 pooled); tuned on in
		// round 41 and held to the targets since.
		{"held-out 48, tuned on in round 41", filepath.Join("testdata", "heldout48"), 30, false},
		{"held-out 49, tuned on in round 41", filepath.Join("testdata", "heldout49"), 30, false},
		// Written during stop 36 on round 40's rules, frozen before any of
		// round 41 was merged: the blind judge of round 41 (0.887 before
		// it, 0.894 after; 0.894 on stop 37's rules), tuned on in round 42
		// and held to the targets since.
		{"held-out 50, tuned on in round 42", filepath.Join("testdata", "heldout50"), 30, false},
		// Written beside each other at the start of stop 37 on stop 36's
		// last rules, frozen in one commit before anything changed: the
		// blind judges, pooled, of what stop 37 changed (0.870 and 0.882,
		// unchanged by it); tuned on in round 42 and held to the targets
		// since.
		{"held-out 51, tuned on in round 42", filepath.Join("testdata", "heldout51"), 30, false},
		{"held-out 52, tuned on in round 42", filepath.Join("testdata", "heldout52"), 30, false},
		// Written beside each other at the start of stop 38 on stop 37's
		// last rules, frozen in one commit before anything changed: the
		// blind judges, pooled, of round 42 (0.904 and 0.910 before it,
		// 0.904 and 0.917 after); tuned on in round 43 and held to the
		// targets since.
		{"held-out 53, tuned on in round 43", filepath.Join("testdata", "heldout53"), 30, false},
		{"held-out 54, tuned on in round 43", filepath.Join("testdata", "heldout54"), 30, false},
		// Written beside each other during stop 38 on round 42's rules,
		// frozen in one commit before any of round 43 was merged: its blind
		// judges, pooled (0.854 and 0.925 before it, 0.854 and 0.932 after);
		// tuned on in round 44 and held to the targets since stop 39's date
		// readers.
		{"held-out 55, tuned on in round 44", filepath.Join("testdata", "heldout55"), 30, false},
		{"held-out 56, tuned on in round 44", filepath.Join("testdata", "heldout56"), 30, false},
		// Written beside each other during stop 38 on round 43's rules and
		// scored once with no rule changed, a confirmation (0.889 and
		// 0.864); tuned on in round 44 and held to the targets since stop
		// 39's date readers.
		{"held-out 57, tuned on in round 44", filepath.Join("testdata", "heldout57"), 30, false},
		{"held-out 58, tuned on in round 44", filepath.Join("testdata", "heldout58"), 30, false},
		// Written beside each other at the start of stop 39 on round 43's
		// rules, frozen in one commit before any of round 44 was merged: its
		// blind judges, pooled (0.866, 0.860, 0.914 and 0.903 before it;
		// 0.869, 0.860, 0.914 and 0.903 after); tuned on in round 45 and held
		// to the targets since; held-out 60 (0.887 after round 45) since
		// round 46 brought it there.
		{"held-out 59, tuned on in round 45", filepath.Join("testdata", "heldout59"), 30, false},
		{"held-out 60, tuned on in round 45", filepath.Join("testdata", "heldout60"), 30, false},
		{"held-out 61, tuned on in round 45", filepath.Join("testdata", "heldout61"), 30, false},
		{"held-out 62, tuned on in round 45", filepath.Join("testdata", "heldout62"), 30, false},
		// Written beside each other during stop 39 on round 44's rules,
		// after round 44 was scored on held-out 59 to 62, frozen in one
		// commit before any of round 45 was merged: its blind judges, pooled
		// (docs/ingest.md, "How round 45 is judged"): 0.840 and 0.889 on
		// round 45's rules. Tuned on in round 46 and held to the targets
		// since.
		{"held-out 63, tuned on in round 46", filepath.Join("testdata", "heldout63"), 30, false},
		{"held-out 64, tuned on in round 46", filepath.Join("testdata", "heldout64"), 30, false},
		// Written beside each other at the start of stop 40 on stop 39's
		// last rules, frozen in one commit before any of round 46 was
		// merged: the stop's blind judges, pooled (docs/ingest.md, "How
		// stop 40 is judged"): 0.876 before round 46, 0.882 after. Tuned on
		// in round 47, which brought each to the speaker target (0.903,
		// 0.905, 0.938). 66 and 67 are held to the targets since; 65 is
		// reported only, for one date the rules leave on purpose (its only
		// date is an event's, "said on <weekday> (<dd/mm/yyyy>)").
		{"held-out 65, tuned on in round 47", filepath.Join("testdata", "heldout65"), 30, true},
		{"held-out 66, tuned on in round 47", filepath.Join("testdata", "heldout66"), 30, false},
		{"held-out 67, tuned on in round 47", filepath.Join("testdata", "heldout67"), 30, false},
		// Written beside each other at the start of stop 41 on stop 40's
		// last rules, frozen in one commit before any of round 47 was
		// merged: the stop's blind judges, pooled (docs/ingest.md, "How
		// stop 41 is judged"): 0.867 before round 47, 0.869 after. Tuned on
		// in rounds 48 and 49 (0.925, 0.904, 0.929 after them): 69 and 70
		// are held to the targets since; 68 is reported only, for one date
		// its copy gives only in its opening paragraphs, which the rules
		// read as the day of an event, not of the article.
		{"held-out 68, tuned on in rounds 48-49", filepath.Join("testdata", "heldout68"), 30, true},
		{"held-out 69, tuned on in rounds 48-49", filepath.Join("testdata", "heldout69"), 30, false},
		{"held-out 70, tuned on in rounds 48-49", filepath.Join("testdata", "heldout70"), 30, false},
		// Written beside each other at the end of stop 41 on its final
		// rules, after round 47 was scored on held-out 68 to 70, and
		// frozen in one commit before any was scored: round 48's blind
		// judges (0.867 before it and after), the first written under the
		// name forms testdata/WRITING.md agreed after stop 41. Tuned on in
		// round 49 (0.935, 0.939, 0.902 after it): 71 and 72 are held to
		// the targets since; 73 too since round 50 read the date its copy
		// gives only on a press-release line above the headline. Held-out
		// 73 has 28 articles (its second half ran out of time).
		{"held-out 71, tuned on in round 49", filepath.Join("testdata", "heldout71"), 30, false},
		{"held-out 72, tuned on in round 49", filepath.Join("testdata", "heldout72"), 30, false},
		{"held-out 73, tuned on in round 49", filepath.Join("testdata", "heldout73"), 25, false},
		// Written beside each other at the start of stop 42 on stop 41's
		// final rules, six writers in regions and kinds no set had used,
		// twelve articles a half, and frozen in one commit before any was
		// scored: round 49's blind judges, pooled (docs/ingest.md, "How
		// stop 42 is judged": 0.889 pooled). Tuned on in round 50 (stop
		// 43; 0.938, 0.977, 0.968 after it) and held to the targets since.
		{"held-out 74, tuned on in round 50", filepath.Join("testdata", "heldout74"), 20, false},
		{"held-out 75, tuned on in round 50", filepath.Join("testdata", "heldout75"), 20, false},
		{"held-out 76, tuned on in round 50", filepath.Join("testdata", "heldout76"), 20, false},
		// Written beside each other at the end of stop 42 on its final
		// rules, after round 49 was scored on held-out 74 to 76, and frozen
		// in one commit before any was scored: a second blind reading of
		// stop 42's rules and round 50's blind judges (docs/ingest.md,
		// "Held-out 77 to 79"; 0.893 pooled on round 50's final rules, the
		// verdict taken at stop 43). Tuned on in round 51 (stop 44; 0.959,
		// 0.966, 0.966 after it) and held to the targets since.
		{"held-out 77, tuned on in round 51", filepath.Join("testdata", "heldout77"), 20, false},
		{"held-out 78, tuned on in round 51", filepath.Join("testdata", "heldout78"), 20, false},
		{"held-out 79, tuned on in round 51", filepath.Join("testdata", "heldout79"), 20, false},
		// Written beside each other at the start of stop 44 on stop 43's
		// final rules, six writers each in a kind and region no set of 74
		// to 79 had used, twelve articles a half, and frozen in one commit
		// before any was scored: round 51's blind judges, pooled
		// (docs/ingest.md, "How stop 44 is judged"; 0.864 on round 51's
		// final rules, the verdict taken at stop 44). Tuned on in round 52
		// (stop 45; 0.947, 0.950, 0.923 after it) and held to the targets
		// since.
		{"held-out 80, tuned on in round 52", filepath.Join("testdata", "heldout80"), 20, false},
		{"held-out 81, tuned on in round 52", filepath.Join("testdata", "heldout81"), 20, false},
		{"held-out 82, tuned on in round 52", filepath.Join("testdata", "heldout82"), 20, false},
		// Written beside each other at the start of stop 45 on stop 44's
		// final rules, six writers each in a kind and region no set of 74
		// to 82 had used, twelve articles a half, and frozen in one commit
		// before any was scored: round 52's blind judges, pooled
		// (docs/ingest.md, "How stop 45 is judged"); their misses are
		// unread until a round tunes on them.
		{"held-out 83, blind", filepath.Join("testdata", "heldout83"), 20, true},
		{"held-out 84, blind", filepath.Join("testdata", "heldout84"), 20, true},
		{"held-out 85, blind", filepath.Join("testdata", "heldout85"), 20, true},
	}
	// The targets are the drafts', chooser and all: the rules' own figures
	// are reported, not held to them.
	rulesOnly := os.Getenv("SCORE_RULES_ONLY") == "1"
	if rulesOnly {
		// The rules' own figures, for comparing with the chooser's: set
		// before any subtest starts and put back when the test ends (the
		// parallel tests start only after it).
		was := ingest.SetChooser(false)
		t.Cleanup(func() { ingest.SetChooser(was) })
		t.Log("rules only, chooser off")
	}
	if hide := os.Getenv("SCORE_HIDE_SETS"); hide != "" {
		// Whoever tunes the rules on the last blind set runs the test with
		// the next one named here ("heldout37,heldout38"): its misses are
		// then never printed to someone who might read them.
		kept := sets[:0]
		for _, set := range sets {
			if !slices.Contains(strings.Split(hide, ","), filepath.Base(set.dir)) {
				kept = append(kept, set)
			}
		}
		sets = kept
		t.Logf("left out: %s", hide)
	}
	scores := make([]setScore, len(sets))
	for i, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			sc := scoreSet(t, set.dir, set.heldOut)
			scores[i] = sc
			if sc.articles < set.minArticles {
				t.Fatalf("the %s set has %d articles; it needs at least %d", set.name, sc.articles, set.minArticles)
			}
			if !set.heldOut && !rulesOnly && (sc.precision() < minPrecision || sc.recall() < minRecall || sc.speakers() < minSpeakers) {
				t.Errorf("below target: precision %.3f (want ≥ %.2f), recall %.3f (want ≥ %.2f), speaker accuracy %.3f (want ≥ %.2f)",
					sc.precision(), minPrecision, sc.recall(), minRecall, sc.speakers(), minSpeakers)
			}
		})
	}
	for i, set := range sets {
		sc := scores[i]
		// The right/matched counts let sets be pooled exactly, as the
		// blind verdicts in docs/ingest.md are.
		t.Logf("%-32s %2d articles %3d quotes: precision %.3f, recall %.3f, speaker accuracy %.3f (%d/%d; unflagged %.3f, %.0f%% flagged), %d wrong date(s)",
			set.name, sc.articles, sc.wanted, sc.precision(), sc.recall(), sc.speakers(), sc.rightSpeaker, sc.matched, sc.unflaggedSpeakers(), 100*sc.flaggedShare(), sc.wrongDates)
		if e := sc.english; e != nil {
			t.Logf("%-32s %2d articles %3d quotes: precision %.3f, recall %.3f, speaker accuracy %.3f, %d wrong date(s)",
				"  its English copy alone", e.articles, e.wanted, e.precision(), e.recall(), e.speakers(), e.wrongDates)
		}
	}
}
