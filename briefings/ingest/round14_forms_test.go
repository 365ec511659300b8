package ingest_test

import (
	"testing"
)

// TestRound14LocalUnits checks that a body's regional or local unit,
// named through the body — its possessive, its acronym, an alias —
// with a unit's head ("office", "command", "branch") and a scope
// ("regional", "provincial", "field", "for <Region>", "in <Place>"),
// speaks as the body the registry or the article knows; a unit with no
// scope, or of a body nobody knows, keeps its own name.
func TestRound14LocalUnits(t *testing.T) {
	t.Parallel()
	reg := r13Registry(r13Place("Ardmoria", "Port Lorne"), r13Place("Velmar", "Ostra"),
		r13Body("World Soil Organization", "UN agency", "WSO"),
		r13Body("Coastal Guard Service of Velmar", "Velmari coast guard"),
		r13Body("Ardmorian Red Crescent", "aid society"),
	)
	runSpeakerCases(t, draftOf, []speakerCase{
		{
			// "<Body>'s Regional Office for <Region>".
			name: "PossessiveRegionalOfficeForRegion",
			reg:  reg,
			paras: []string{
				`The World Soil Organization's Regional Office for the Southern Uplands called the terraces "a model for every valley".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"a model for every valley": "World Soil Organization"},
		},
		{
			// "<ACRONYM> provincial command in <Province>", the acronym
			// introduced in brackets after the body's full name.
			name: "AcronymProvincialCommand",
			reg:  reg,
			paras: []string{
				`Two boats were stopped by the Coastal Guard Service of Velmar (CGSV) near the cape on Sunday.`,
				`In a message to reporters, the CGSV provincial command in Ostra described the operation as "a textbook interception".`,
			},
			want: map[string]string{"a textbook interception": "Coastal Guard Service of Velmar"},
		},
		{
			// "<Body>'s county branch", a wording in neither held-out set.
			name: "CountyBranch",
			reg:  reg,
			paras: []string{
				`The Ardmorian Red Crescent's county branch said the shelters were "full by nightfall".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"full by nightfall": "Ardmorian Red Crescent"},
		},
		{
			// "<ACRONYM>'s field office in <City>", the registry's alias.
			name: "AliasFieldOffice",
			reg:  reg,
			paras: []string{
				`WSO's field office in Port Lorne warned that the topsoil was "thinner every season".`,
				`Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`,
			},
			want: map[string]string{"thinner every season": "World Soil Organization"},
		},
	})
	// A unit with no scope, and a unit of a body neither the registry nor
	// the article knows, are not taken for a registry body.
	for _, c := range []struct{ name, para, quote, not string }{
		{"UnitWithoutScope",
			`The World Soil Organization's Press Office called the report "premature at best".`, "premature at best", "World Soil Organization"},
		{"UnknownBodysUnit",
			`The Harbour Trust's regional office called the plan "a fair start".`, "a fair start", "World Soil Organization"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			d := draftOf(t, reg, c.para, `Officials are due to give a fuller account of the week's events at a briefing on Thursday afternoon.`)
			for _, q := range d.Quotes {
				if q.Text == c.quote && q.Speaker == c.not {
					t.Errorf("%q given to %q", q.Text, q.Speaker)
				}
			}
		})
	}
}
