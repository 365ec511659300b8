package ingest_test

import (
	"testing"
)

// TestR45UnitOfPlace checks that a body's local unit named "<BODY> <Words>
// Office of <Place>" speaks as the body, as "for <Place>" does, while an
// office of a function ("Office of Audit") keeps its own name.
func TestR45UnitOfPlace(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Velmar", "Ostra"))
	runSpeakerCases(t, draftOf, []speakerCase{
		{
			name: "AcronymOfficeOfIsland",
			reg:  reg,
			paras: []string{
				`Ferries to the outer islands were halted by the Velmari Harbours Board (VHB) on Monday after a storm warning.`,
				`The VHB Harbour Operations Office of Kestramo said in a statement that two berths were "closed until the swell drops".`,
				`"We expect the first sailings again on Thursday morning," the harbour office said.`,
			},
			want: map[string]string{
				"closed until the swell drops":                           "Velmari Harbours Board",
				"We expect the first sailings again on Thursday morning": "Velmari Harbours Board",
			},
		},
	})
	d := draftOf(t, reg,
		`The accounts of the Velmari Harbours Board (VHB) were questioned by lawmakers on Monday.`,
		`The VHB Office of Audit said the ledgers were "complete and in order".`,
		`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`)
	for _, q := range d.Quotes {
		if q.Text == "complete and in order" && q.Speaker == "Velmari Harbours Board" {
			t.Errorf("%q given to the body, not its office of a function", q.Text)
		}
	}
}
