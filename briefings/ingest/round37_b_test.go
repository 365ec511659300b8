package ingest_test

import (
	"testing"
)

// TestRound37bStateCommitteeForField: "the State Committee for <Field>"
// (or "on <Field>"), the form a state's agency of ministerial rank takes in
// the states that name their agencies so, is a state body the registry's
// convention names with its country, as it does a ministry; a party's
// "<Party> State Committee", with no remit after it, keeps its name.
func TestRound37bStateCommitteeForField(t *testing.T) {
	t.Parallel()
	reg := countriedRegistry()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "committee for a field, the dateline's country", reg: reg, paras: []string{
			"Customs officers held over timber exports",
			"VESTBY (Norpress) - Four customs officers were detained on Tuesday over the export of undeclared timber, investigators said.",
			"The State Committee for Forest Protection (GKLO), which led the inquiry, said the losses had been \"largely recovered\" through seized lorries.",
			"A GKLO spokeswoman told Norpress: \"Checks at the other border posts will continue until the spring.\"",
		}, want: map[string]string{
			"largely recovered": "State Committee for Forest Protection of Norland",
			"Checks at the other border posts will continue until the spring.": "State Committee for Forest Protection of Norland",
		}},
		{name: "committee on a field", reg: reg, paras: []string{
			"Census results delayed",
			"VESTBY (Norpress) - The results of the spring census will be published a month late.",
			"The State Committee on Statistics said the delay was \"needed to check the returns from the mountain districts\".",
		}, want: map[string]string{
			"needed to check the returns from the mountain districts": "State Committee on Statistics of Norland",
		}},
	})
}
