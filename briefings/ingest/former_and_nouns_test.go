package ingest_test

import "testing"

// TestFormerHoldersAndPluralNouns: someone who "formerly" held a body's
// title ("a former <Agency> official", then "the former official") speaks
// for no body, while "the former president" after "Former President X" is
// X and "the former Soviet republic's president" (the place was) is the
// president named before; and a verb-like plural after a number or a preposition ("covering 40
// pilot posts") is a noun, so the quote in the clause stays the
// statement's.
func TestFormerHoldersAndPluralNouns(t *testing.T) {
	t.Parallel()
	text := `Drug panel splits

The Medicines Review Agency's advisory panel voted 7-4 on Thursday to back the new asthma inhaler.

One former Medicines Review Agency official, who asked not to be named, said the split could mean a narrower label.

"A narrower label is the likeliest outcome," the former official said.

Former President Amadou Keita-Sow returned to the capital on Monday.

"I have come home to help," the former president said.

President Salome Kavtaradze-Rubio signed a pipeline deal in the capital on Monday.

"This pipeline is our independence," the former Soviet republic's president said.

The Civil Aviation Authority said in a statement that it had received applications covering 40 pilot posts since March, and that each would be "checked against the airline's own training records".`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"A narrower label is the likeliest outcome":          "unknown",
		"I have come home to help":                           "Amadou Keita-Sow",
		"This pipeline is our independence":                  "Salome Kavtaradze-Rubio",
		"checked against the airline's own training records": "Civil Aviation Authority",
	})
}
