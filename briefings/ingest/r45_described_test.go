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

// TestR45TitleBeforeCourtesy checks that a title run straight into a
// Commonwealth courtesy before a name ("<Title> the Hon. Dr. <Name>") is
// the person's, so that "the <title>" later means them and not an office
// of that title named in between.
func TestR45TitleBeforeCourtesy(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Velmar", "Ostra"))
	runSpeakerCases(t, draftOf, []speakerCase{
		{
			name: "PrimeMinisterTheHonDr",
			reg:  reg,
			paras: []string{
				`Prime Minister the Hon. Dr. Tobin Carrow-Eades told islanders on Monday that the new pier would open in spring.`,
				`At a briefing held in the Office of the Prime Minister, Dr. Carrow-Eades said the pier would "change the whole harbour".`,
				`"Fishermen have asked for this since before I was born," the Prime Minister said.`,
			},
			want: map[string]string{"Fishermen have asked for this since before I was born": "Tobin Carrow-Eades"},
		},
		{
			name: "MinisterForFieldTheHon",
			reg:  reg,
			paras: []string{
				`Minister for Fisheries the Hon. Marisol Teague-Odunze opened the new landing site at Ostra on Friday.`,
				`"Every boat that lands here lands safely," the Minister said.`,
			},
			want: map[string]string{"Every boat that lands here lands safely": "Marisol Teague-Odunze"},
		},
	})
}
