package ingest_test

import "testing"

// TestKindOfName: "the <noun>" for a body is the one body the article
// introduced by a name opening with that noun, "the <Noun> of <Name>" —
// a court's "the State" for the country of "the State of <Country>", "the
// committee" or "the board" for a body named only in its head's title —
// and nothing when two such names share the noun or none opens with it.
func TestKindOfName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "TheStateOfACountry",
			paras: []string{`Court rules on river dam

The regional court found against the State of Paraguay in a case brought by fishing villages downstream of the Velka dam.

During the hearings, the State argued that the villagers had been "consulted at every stage of the project".`},
			want: map[string]string{"consulted at every stage of the project": "Paraguay"},
		},
		{
			name: "ACommitteeNamedInItsHeadsTitle",
			paras: []string{`Nurses walk out over pay

"We cannot pay rent on these wages," said Mara Velic-Stone, chair of the Committee of Agency Nurses in Public Hospitals.

According to the committee, the strike closed "nine wards out of ten" in the capital's hospitals.`},
			want: map[string]string{"nine wards out of ten": "Committee of Agency Nurses in Public Hospitals"},
		},
		{
			name: "ABoardIntroducedByItsFullName",
			paras: []string{`Port fees to rise

Shipping lines met officials of the Board of Harbour Commissioners of Port Linden on Monday to discuss the new tariff.

The board said in a notice that the fees would rise "by no more than six percent" next year.`},
			want: map[string]string{"by no more than six percent": "Board of Harbour Commissioners of Port Linden"},
		},
		{
			name: "TwoBodiesOpenWithTheNoun",
			paras: []string{`Nurses and porters walk out

"We cannot pay rent on these wages," said Mara Velic-Stone, chair of the Committee of Agency Nurses, and Tomas Brill, secretary of the Committee of Hospital Porters, agreed.

According to the committee, the strike closed "nine wards out of ten" in the capital's hospitals.`},
			want: map[string]string{"nine wards out of ten": "unknown"},
		},
		{
			name: "NoNameOpensWithTheNoun",
			paras: []string{`Teachers to vote on strike

Thousands of supply teachers will vote next week on a strike over unpaid holiday pay.

The committee said members were "out of patience".`},
			want: map[string]string{"out of patience": "unknown"},
		},
	})
}
