package ingest_test

import "testing"

// TestDescribedPeopleThenPronouns: whom "he said" means after a sentence
// that describes its subject — an economist "at a bank" the article does
// not name stays unknown rather than the bank it named before; someone
// "who gave only his surname, X" is X; and "A driver who works <route>,
// Mr X Y, told …" names its driver after the relative clause.
func TestDescribedPeopleThenPronouns(t *testing.T) {
	t.Parallel()
	text := `Bus fares rise again

The Harbour Savings Bank raised its lending rate on Monday, its second rise this year.

An analyst at a Lisbon-based investment bank, who asked not to be named because he was not cleared to speak publicly, said rates had further to go.

"One more rise is priced in. Two would surprise the market," he said.

One driver on the airport line, who gave only his surname, Ferreira, said he had worked there since 1998. "I have never seen passengers this angry," he said.

A minibus driver who works the night route to the docks, Mr. Teodoro Magalhães-Baptista, told reporters he had raised his fare.

"If I do not raise it, I cannot fill the tank," he said.`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"One more rise is priced in. Two would surprise the market": "unknown",
		"I have never seen passengers this angry":                   "Ferreira",
		"If I do not raise it, I cannot fill the tank":              "Teodoro Magalhães-Baptista",
	})
}
