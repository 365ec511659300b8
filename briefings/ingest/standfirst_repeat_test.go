package ingest_test

import "testing"

// TestStandfirstQuoteRepeatedInBody: a standfirst that quotes a body
// ("<Body> says there is a “…” from …") is read for its quotes, and the
// body often repeats the same words by the same speaker. The draft lists
// the quote once.
func TestStandfirstQuoteRepeatedInBody(t *testing.T) {
	t.Parallel()
	d := draftArticle(t, nil,
		"Gales close schools along the coast",
		`The Weather Service says there is a "risk to life" from flying debris`,
		"Schools were closed across three counties on Thursday as the storm moved north, and ferries stayed in port for a second day.",
		`The Weather Service says there is a "risk to life" from flying debris and large waves, and that roofs could be blown off.`,
		"Crews worked through the night to restore power to about 40,000 homes, the grid operator said.",
	)
	n := 0
	for _, q := range d.Quotes {
		if q.Text == "risk to life" {
			n++
			if q.Speaker != "Weather Service" {
				t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, "Weather Service")
			}
		}
	}
	if n != 1 {
		t.Errorf("the draft lists %q %d times, want once", "risk to life", n)
	}
}
