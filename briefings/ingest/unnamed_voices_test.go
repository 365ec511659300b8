package ingest_test

import "testing"

// TestUnnamedVoices: "Its treasurer, who did not want to be named, said"
// gives the treasurer's own view, not the body's; "When I met my
// counterpart, he said, “…”" quotes the counterpart, whom the article
// does not name; and a body that "has informed me that “…”" speaks the
// words.
func TestUnnamedVoices(t *testing.T) {
	t.Parallel()
	text := `Ferry row: the minister answers

Transport Minister Ravindra Senanayake-Pillai said the two days of talks in the capital had gone "better than expected".

The ferry trust has launched an appeal to repair the old jetty at Kalpe Point. Its treasurer, who did not want to be named, said gifts had "poured in" since March.

Q: Did the talks achieve anything?

They did. When I met my counterpart, he said, "We want a lasting answer, not a seasonal one." I believe him. The Ports Authority has informed me that "nine in ten" boats now carry transponders.`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"poured in": "unknown",
		"We want a lasting answer, not a seasonal one.": "unknown",
		"nine in ten": "Ports Authority",
	})
}
