package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound28OrganOfNamedBody: a registry that names the state bodies it
// lists "<Ministry> of <Field> of <Country>" keeps that convention when it
// also lists "<Secretariat> of the <Name>", an organ of another named body
// (a regional programme's secretariat) with no country to give: a state's
// ministry the article names bare is still named with its country.
func TestRound28OrganOfNamedBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Aliases: []string{"Port Vell"}},
		{Name: "Varnia", Kind: "place"},
		{Name: "Keshia", Kind: "place"},
		{Name: "Ministry of Trade of Varnia", Role: "Varnian trade ministry", Kind: "organisation"},
		{Name: "Ministry of Energy of Norland", Role: "Norland's energy ministry", Kind: "organisation"},
		{Name: "Ministry of Fisheries of Norland", Role: "Norland's fisheries ministry", Kind: "organisation"},
		{Name: "Secretariat of the Northern Reef Programme", Role: "regional programme's secretariat", Kind: "organisation"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a bare ministry of the home country", reg: reg, paras: []string{
			"Clinic nurses to get back pay by March",
			"Nurses at three clinics in Keshia have gone unpaid since August, and their union said the strike would go on until the money arrived.",
			`In a statement on Friday, the Ministry of Health said it was "aware of the delays" and would pay the arrears "before the end of March."`,
		}, want: map[string]string{
			"aware of the delays":      "Ministry of Health of Keshia",
			"before the end of March.": "Ministry of Health of Keshia",
		}},
	})
}
