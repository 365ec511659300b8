package ingest_test

import "testing"

// TestRound52Leftovers52c covers a resident or bystander the copy names
// only by the one name they gave, in a clause right after "the <noun>"
// that signs a quote ("…,” said the resident, who gave only his first
// name, <Name>").
func TestRound52Leftovers52c(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a definite noun signing a quote, then the one name the person gave",
			paras: []string{
				"Quarry traffic angers village",
				"Lorries from the new quarry above Vrellë now pass the school forty times a day, residents say.",
				"A farmer whose fields border the haul road said nothing had been done about the dust.",
				"\u201cWe were promised a bypass. We got a sign that says drive slowly,\u201d said the farmer, who gave only his first name, Bardhyl.",
			},
			want: map[string]string{"We were promised a bypass. We got a sign that says drive slowly": "Bardhyl"},
		},
	})
}

// TestRound52Leftovers52cJointStatement covers "the joint statement"
// pointing back to the sentence right before, where named bodies "said in
// a joint statement": the text speaks for the party the copy gave it to
// there, not for the forum whose meeting adopted it.
func TestRound52Leftovers52cJointStatement(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "three ministries' joint statement read after them, at a forum's meeting",
			paras: []string{
				"Northern ministers agree on joint fuel reserve",
				"On 3 March, the Minister of Energy of Norland hosted the meeting of the Northern Energy Ministerial Council in Halden with his counterparts from Sudmark and Ostvia.",
				"The Ministry of Energy of Norland, the Ministry of Energy of Sudmark and the Ministry of Energy of Ostvia said in a joint statement adopted at the meeting that the three countries would \"share one reserve\" from next winter.",
				"\"No country in the region should face a cold winter alone. Together we will buy cheaper and store more,\" the joint statement reads.",
			},
			want: map[string]string{"No country in the region should face a cold winter alone. Together we will buy cheaper and store more": "Ministry of Energy of Norland"},
		},
	})
}
