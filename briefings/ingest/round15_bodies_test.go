package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

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

// TestWorkOwner: a body's work as the subject of a speech or finding verb
// ("its latest outlook warned", "its annual report found", "<Body>'s
// analysis warns") speaks for the body that owns it; a person's work and
// an "its" whose sentence names someone else before it are not a body's.
func TestWorkOwner(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Valdoria Weather Service", Kind: "organisation", Role: "Valdoria's national weather service"},
		{Name: "International Freight Council", Kind: "organisation", Role: "Trade body of freight forwarders", Aliases: []string{"IFC"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "ItsOutlook",
			reg:  reg,
			paras: []string{`Dry season to run on

The Valdoria Weather Service said rainfall in the south had been half of normal since October.

Its latest seasonal outlook warned that "dry conditions are likely to last until May," and advised farmers to plan for a late planting.`},
			want: map[string]string{"dry conditions are likely to last until May": "Valdoria Weather Service"},
		},
		{
			name: "ItsReport",
			paras: []string{`Charity counts cost of floods

The Riverside Relief Trust has spent more than its yearly budget in two months, its trustees say.

Its annual report found that demand for food parcels had "more than doubled since the spring".`},
			want: map[string]string{"more than doubled since the spring": "Riverside Relief Trust"},
		},
		{
			name: "ABodysAnalysis",
			reg:  reg,
			paras: []string{`Port charges under fire

Forwarders have complained about the new fees for months.

IFC's analysis warns that the charges would make the port "the dearest in the region for transit cargo".`},
			want: map[string]string{"the dearest in the region for transit cargo": "International Freight Council"},
		},
		{
			name: "APersonsReportIsNoBodys",
			reg:  reg,
			paras: []string{`Economist sees slow year

The Valdoria Weather Service forecast a wet spring. Economist Lena Marsh-Oduya expects growth to slow.

Her latest report warned that exports would "stall for a year or more".`},
			want: map[string]string{"stall for a year or more": "Lena Marsh-Oduya"},
		},
		{
			name: "TheSentencesOwnSubjectMayOwnIt",
			paras: []string{`Glasses lose a feature

The Data Commission said it had concerns about the face-matching feature.

Vantor pitched it as a memory aid — "never forget a face," its launch video promised — but critics were not convinced.`},
			want: map[string]string{"never forget a face": "unknown"},
		},
	})
}
