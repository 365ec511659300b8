package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound50Readouts50 covers joint texts of three or more parties and
// missions named by their seat: a subject that lists three bodies before
// "said in a joint statement" speaks through the first-named; "the joint
// statement of the <field> ministries of <A>, <B> and <C>" through the
// first state's ministry of that field; and "the <Nationality> embassy in
// <City>" is one body, named as "<Country>'s embassy in <City>" is.
func TestRound50Readouts50(t *testing.T) {
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norvania", Kind: "place", Role: "Country", Aliases: []string{"Velm"}},
		{Name: "Ostria", Kind: "place", Role: "Country", Aliases: []string{"Karst"}},
		{Name: "Palidor", Kind: "place", Role: "Country", Aliases: []string{"Sunmere"}},
		{Name: "Ministry of Trade of Palidor", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Health of Ostria", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Finance of Norvania", Kind: "organisation", Role: "Ministry"},
	}}
	embassyReg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Turkey", Kind: "place", Role: "Country", Aliases: []string{"Ankara"}},
		{Name: "Georgia", Kind: "place", Role: "Country", Aliases: []string{"Tbilisi"}},
		{Name: "Ministry of Trade of Georgia", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Health of Turkey", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Finance of Georgia", Kind: "organisation", Role: "Ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "three ministries in one subject of a joint statement: the first named speaks",
			reg:  reg,
			paras: []string{
				"Ferry link pledged by three states",
				"by Tomas Erling\n4 March 2027",
				"The ministers responsible for shipping in the three countries met in Velm on Tuesday. Norvania's Ministry of Shipping, Ostria's Ministry of Ports and Palidor's Ministry of Maritime Affairs and Fisheries said in a joint statement: \"The ferry link remains a priority for all three states. We are committed to a first sailing by 2029.\"",
				"Shipowners said the timetable was tight.",
			},
			want: map[string]string{"The ferry link remains a priority for all three states. We are committed to a first sailing by 2029.": "Ministry of Shipping of Norvania"},
		},
		{
			name: "the joint statement of the field's ministries of three states: the first state's ministry",
			reg:  reg,
			paras: []string{
				"Three states sign canal deal",
				"On 2 May in Velm, the trade ministers of Norvania, Ostria and Palidor signed the framework agreement on the canal.",
				"\"The parties confirm that the canal will be open to the shipping of all three states on equal terms,\" reads the joint statement of the trade ministries of Norvania, Ostria and Palidor.",
				"Shippers welcomed the deal.",
			},
			want: map[string]string{"The parties confirm that the canal will be open to the shipping of all three states on equal terms": "Ministry of Trade of Norvania"},
		},
		{
			name: "the same with a field the long form writes with Affairs",
			reg:  reg,
			paras: []string{
				"Three states agree on visas",
				"The foreign ministers of Ostria, Norvania and Palidor met in Karst on Friday.",
				"\"Citizens of the three states will travel without visas from June,\" reads the joint statement of the foreign ministries of Ostria, Norvania and Palidor.",
			},
			want: map[string]string{"Citizens of the three states will travel without visas from June": "Ministry of Foreign Affairs of Ostria"},
		},
		{
			name: "a nationality's embassy in a capital told an outlet: named by the two states",
			reg:  embassyReg,
			paras: []string{
				"Reservoir row deepens",
				"The reservoir fell by another two metres this summer, farmers' groups said.",
				"Ankara has rejected claims that its dams are to blame. \"The fall is a result of the dry winters, and not of the dams upstream,\" the Turkish embassy in Tbilisi told the Valley Courier in a written reply.",
				"Farmers said the canals were now dry by July.",
			},
			want: map[string]string{"The fall is a result of the dry winters, and not of the dams upstream": "Embassy of Turkey in Georgia"},
		},
		{
			name: "the same before its quote, with no registry: the embassy as the copy names it",
			paras: []string{
				"Reservoir row deepens",
				"The reservoir fell by another two metres this summer, farmers' groups said.",
				"The Turkish embassy in Tbilisi said: \"The fall is a result of the dry winters, and not of the dams upstream.\"",
			},
			want: map[string]string{"The fall is a result of the dry winters, and not of the dams upstream.": "Turkish embassy in Tbilisi"},
		},
	})
}
