package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestTitledDocumentSpeaksForIssuer: a body's own page that cites a
// document by its capitalised title alone ("the <Field> Report says",
// "the Decision Notice states") gives the words to the body that issued
// the page, not to a speaker named after the document; a person or a
// body named in the same place is left as it is read.
func TestTitledDocumentSpeaksForIssuer(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Harbour Water Authority", Kind: "organisation", Role: "Port city's water utility", Aliases: []string{"HWA"}},
		{Name: "Mirela Vosk", Kind: "person", Role: "Chief Executive of the Harbour Water Authority"},
	}}
	cases := []struct {
		name, text string
		want       map[string]string
	}{
		{"a report by its title on the body's own page", `Harbour Water Authority

Supply outlook for the dry season

The Authority published its figures on Monday. The Annual Supply Report says that "reservoir levels are a third below the ten-year average" and that restrictions may follow.

Customers are asked to save water.`,
			map[string]string{"reservoir levels are a third below the ten-year average": "Harbour Water Authority"}},
		{"a notice by its title on the body's own page", `Harbour Water Authority

Contractor fined for missed repairs

The Decision Notice states that the contractor "failed to report leaks within the agreed time" on four occasions.

The contractor may appeal.`,
			map[string]string{"failed to report leaks within the agreed time": "Harbour Water Authority"}},
		{"a person on the same page keeps her words", `Harbour Water Authority

Supply outlook for the dry season

The Authority published its figures on Monday. Mirela Vosk said that "reservoir levels are a third below the ten-year average" and that restrictions may follow.

Customers are asked to save water.`,
			map[string]string{"reservoir levels are a third below the ten-year average": "Mirela Vosk"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := draftWith(t, reg, tc.text)
			got := map[string]string{}
			for _, q := range d.Quotes {
				got[q.Text] = q.Speaker
			}
			for text, want := range tc.want {
				if got[text] != want {
					t.Errorf("%q: speaker %q, want %q (draft %v)", text, got[text], want, got)
				}
			}
		})
	}
}
