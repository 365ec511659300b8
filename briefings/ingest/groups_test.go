package ingest_test

import "testing"

// TestPeopleOfAFirm: a firm's economists, strategists or analysts speak
// for the firm, whichever way round the copy puts them ("Economists at X
// said", "X strategists said") and whichever verb carries the quote.
func TestPeopleOfAFirm(t *testing.T) {
	t.Parallel()
	const quote = "the only sensible call in a fog like this"
	for _, tc := range []struct{ sentence, want string }{
		{`Analysts at Halvorsen Capital said the decision was "` + quote + `".`, "Halvorsen Capital"},
		{`Economists at Northgate Research said the decision was "` + quote + `".`, "Northgate Research"},
		{`Strategists at Halvorsen Capital said the decision was "` + quote + `".`, "Halvorsen Capital"},
		{`Halvorsen Capital economists said the decision was "` + quote + `".`, "Halvorsen Capital"},
		{`Economists at Halvorsen Capital wrote in a note that the decision was "` + quote + `".`, "Halvorsen Capital"},
		{`The economists at Halvorsen Capital said the decision was "` + quote + `".`, "Halvorsen Capital"},
	} {
		t.Run(tc.sentence, func(t *testing.T) {
			t.Parallel()
			text := "Rates hold as markets wobble\n\nThe central bank kept its main rate at 4 per cent on Tuesday.\n\n" + tc.sentence
			wantSpeakers(t, draftWith(t, nil, text), map[string]string{quote: tc.want})
		})
	}
}
