package ingest_test

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// speakerCase is one pattern on invented copy and the speaker a reader
// gives each of its quotes. The pattern tests share it so that a new case
// is only its copy and its answers, and every such test checks its cases
// the same way.
type speakerCase struct {
	name  string
	paras []string
	reg   *briefings.Registry // nil: drafted with no registry
	want  map[string]string   // quote text → speaker
}

// runSpeakerCases runs each case as its own parallel subtest, so a failure
// names the pattern that broke and the others still report. draft is how
// the test's copy is laid out: draftOf when the cases are paragraphs under a
// stock headline, draftArticle when each is a whole article.
func runSpeakerCases(t *testing.T, draft func(*testing.T, *briefings.Registry, ...string) *ingest.Draft, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			wantSpeakers(t, draft(t, c.reg, c.paras...), c.want)
		})
	}
}

// draftArticle drafts copy that carries its own headline, as draftWith
// does, in the shape runSpeakerCases takes; the pieces are joined by blank
// lines, so a case may give its whole article as one.
func draftArticle(t *testing.T, reg *briefings.Registry, paras ...string) *ingest.Draft {
	t.Helper()
	return draftWith(t, reg, strings.Join(paras, "\n\n"))
}

// ledBy is draftOf with lead as the first paragraph of every case, in the
// shape runSpeakerCases takes: cases that share a story's opening give
// only what follows it.
func ledBy(lead string) func(*testing.T, *briefings.Registry, ...string) *ingest.Draft {
	return func(t *testing.T, reg *briefings.Registry, paras ...string) *ingest.Draft {
		t.Helper()
		return draftOf(t, reg, append([]string{lead}, paras...)...)
	}
}

// furnitureCase is copy whose marks enclose no one's speech beside a quote
// that does: the marks must not become quotes and the speech must stay one.
type furnitureCase struct {
	name  string
	paras []string
	not   []string
	keep  string
}

// wantFurniture checks a draft of a furnitureCase. Checking the quote kept
// as well as the ones dropped guards against a rule that passes by taking
// no quotes from the copy at all.
func wantFurniture(t *testing.T, d *ingest.Draft, not []string, keep string) {
	t.Helper()
	found := map[string]bool{}
	for _, q := range d.Quotes {
		found[q.Text] = true
	}
	for _, n := range not {
		if found[n] {
			t.Errorf("%q taken for a quote", n)
		}
	}
	if !found[keep] {
		t.Errorf("missed %q; quotes %v", keep, found)
	}
}
