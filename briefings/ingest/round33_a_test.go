package ingest_test

import (
	"testing"
)

// TestRound33LeadInCapitals: a newspaper lead that opens in capitals ("A
// FORMER <Council> officer") and goes on in ordinary case leaves the role's
// modifier out of the body's name the council's spokesperson speaks for.
func TestRound33LeadInCapitals(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a modifier in capitals before the council", paras: []string{
			"Planning officer jailed over building bribes",
			"A FORMER Leeds City Council planning officer who took bribes from a builder has been jailed for three years.",
			"Marcus Thwaite-Jones, 51, admitted the charges at Leeds Crown Court.",
			"A council spokesperson said: \"We have reviewed every contract he signed and will recover what we can.\"",
		}, want: map[string]string{"We have reviewed every contract he signed and will recover what we can.": "Leeds City Council"}},
		{name: "the lead's modifier before a board", paras: []string{
			"Ex-manager fined over hospital car park takings",
			"A FORMER Cardiff and Vale University Health Board car park manager who kept cash from the machines has been fined.",
			"Dylan Ap-Rhys Owen, 44, was ordered to repay £12,000.",
			"A health board spokeswoman said: \"Every machine is now emptied by two members of staff.\"",
		}, want: map[string]string{"Every machine is now emptied by two members of staff.": "Cardiff and Vale University Health Board"}},
	})
}
