package ingest_test

import "testing"

// TestRound19BodiesCompanyWithoutLegalForm: a company named once with its
// legal form ("<Name> JSC", "<Name> PJSC") and then by its one-word name
// alone is the same company, not a person of that name.
func TestRound19BodiesCompanyWithoutLegalForm(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a joint-stock company", paras: []string{
			"Water cuts in the north",
			"Residents of three districts have had no running water since Monday, according to Suvtaminotkanal JSC.",
			`In a reply to questions, Suvtaminotkanal said the pump station would be repaired "within the current quarter".`,
		}, want: map[string]string{"within the current quarter": "Suvtaminotkanal JSC"}},
		{name: "a public joint-stock company", paras: []string{
			"Power plant unit restarted",
			"The third unit of the Zarafshan plant restarted on Friday, Issiqlikenergo PJSC said in a statement.",
			`Issiqlikenergo said the unit would run "at half load until the spring inspection".`,
		}, want: map[string]string{"at half load until the spring inspection": "Issiqlikenergo PJSC"}},
	})
}
