package ingest_test

import "testing"

// TestRound51PersonRefsB covers people the article brings in in a form the
// rules did not read: a lone surname, never introduced, as the subject
// after a fronted clause on speaking, whom the "he" after it means; and a
// post with its field after "in" before an academic title and a name,
// whose holder speaks, not the person named before.
func TestRound51PersonRefsB(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a lone surname after a fronted clause on speaking",
			paras: []string{
				"Council vote upheld despite complaints",
				"The commission's chairman, Oskar Venhaldt, said the appeal had failed. \"The margin was too wide,\" he said.",
				"Speaking to reporters at the town hall, Marrowick rejected the claims. \"No one was pressured into anything,\" he said.",
			},
			want: map[string]string{
				"The margin was too wide":            "Oskar Venhaldt",
				"No one was pressured into anything": "Marrowick",
			},
		},
		{
			name: "a post with its field after in, then a doctor's name",
			paras: []string{
				"Ward crowding reaches a new high",
				"The Minister for Health, Petra Lindqvist, told parliament that she was concerned.",
				"Consultant in intensive care Dr Tomas Brevik, who chairs the doctors' union's hospital committee, said crowding was \"costing lives every week\".",
			},
			want: map[string]string{"costing lives every week": "Tomas Brevik"},
		},
	})
}
