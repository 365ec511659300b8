package ingest_test

import "testing"

// TestRound49Pronouns49 covers who "the <nationality> FM", a constable
// named after a quote and a pronoun after someone described mean.
func TestRound49Pronouns49(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a minister of another portfolio and foreign affairs is the FM",
			paras: []string{
				"Ghana and Togo agree on border patrols",
				"Ghana's Minister of Regional Integration and Foreign Affairs, Efua Mensah-Boateng, held talks in Accra on Tuesday with Togo's Foreign Minister, Kossi Agbeyome-Lawson.",
				"\"We share more than a border,\" the Togolese minister said.",
				"Asked about the northern border, the Ghanaian FM said patrols would \"start before the rains.\"",
				"\"Neither of us can guard it alone,\" she said.",
			},
			want: map[string]string{
				"We share more than a border":      "Kossi Agbeyome-Lawson",
				"start before the rains.":          "Efua Mensah-Boateng",
				"Neither of us can guard it alone": "Efua Mensah-Boateng",
			},
		},
		{
			name: "near miss: a minister of trade and industry is no FM",
			paras: []string{
				"Ghana and Togo agree on border markets",
				"Ghana's Minister of Trade and Industry, Efua Mensah-Boateng, held talks in Accra on Tuesday with Togo's Foreign Minister, Kossi Agbeyome-Lawson.",
				"\"We share more than a border,\" the Togolese minister said.",
				"The Ghanaian FM said the markets would \"open before the rains.\"",
			},
			want: map[string]string{"open before the rains.": "unknown"},
		},
		{
			name: "a constable by the Canadian abbreviation, named after the quote",
			paras: []string{
				"Two charged after break-ins on Elm Street",
				"Regina police have charged two men after a string of garage break-ins, police said.",
				"\"These were not kids fooling around. They came with bolt cutters,\" Const. Dana Whitlock-Reyes told reporters Tuesday.",
			},
			want: map[string]string{"These were not kids fooling around. They came with bolt cutters": "Dana Whitlock-Reyes"},
		},
		{
			name: "a constable by the RCMP abbreviation",
			paras: []string{
				"Highway reopened after crash",
				"The highway east of town reopened Monday evening, the RCMP said.",
				"\"Slow down on that stretch. It ices over first,\" Cst. Dana Whitlock-Reyes said.",
			},
			want: map[string]string{"Slow down on that stretch. It ices over first": "Dana Whitlock-Reyes"},
		},
		{
			name: "a pronoun after someone described tells nothing of the person named",
			paras: []string{
				"Fire crews pull driver from canal",
				"A driver was pulled from a flooded canal on Sunday night.",
				"\"The car was almost under when we got there,\" Capt. Brelynn Ostrander said.",
				"Ostrander said crews reached the car within minutes, with help from a passenger who had held him above the water.",
				"\"He owes that passenger his life,\" she said.",
			},
			want: map[string]string{"He owes that passenger his life": "Brelynn Ostrander"},
		},
		{
			name: "near miss: the pronoun after the only person named still gives their gender",
			paras: []string{
				"Fire crews pull driver from canal",
				"A driver was pulled from a flooded canal on Sunday night.",
				"\"The car was almost under when we got there,\" Capt. Brelynn Ostrander said.",
				"Ostrander said his crew reached the car within minutes.",
				"\"We were lucky with the traffic,\" he said.",
			},
			want: map[string]string{"We were lucky with the traffic": "Brelynn Ostrander"},
		},
	})
}
