package ingest_test

import "testing"

// TestRound49Names49d covers names the draft cut at the wrong place: a
// nationality's noun after an age read as a name, a firm's two-part legal
// form split at its comma, and a person after a rank whose last surname is
// spelt as a place.
func TestRound49Names49d(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the <age> <Demonym> after a body's statement is the story's person",
			paras: []string{
				"Rowing club parts ways with sculler Anders Vikstrom",
				"Northfield Rowing Club has ended its contract with sculler Anders Vikstrom after two seasons.",
				"Vikstrom joined the club from a university crew in 2023.",
				"\"The club thanks Anders for his efforts on the water,\" the club said in a statement.",
				"The 24-year-old Swede, who won a silver medal in May, wrote on his blog: \"I leave with my head up and my oars ready.\"",
			},
			want: map[string]string{
				"The club thanks Anders for his efforts on the water": "Northfield Rowing Club",
				"I leave with my head up and my oars ready.":          "Anders Vikstrom",
			},
		},
		{
			name: "near miss: a demonym before a full name keeps the name",
			paras: []string{
				"Sculler wins in Lucerne",
				"Veteran Italian Giorgio Pellandra won the single sculls on Sunday.",
				"The 31-year-old Italian Marco Bellucci said: \"The water was rough, but I kept my rhythm.\"",
			},
			want: map[string]string{"The water was rough, but I kept my rhythm.": "Marco Bellucci"},
		},
		{
			name: "a firm's legal form in two parts, split by its comma",
			paras: []string{
				"Toyohara Seiki and Lakeshore Motion form a venture",
				"Toyohara Seiki Co., Ltd. and Lakeshore Motion announced a joint venture to build servo motors in Michigan.",
				"\"Our precision parts and Lakeshore's plant make a strong pair,\" said Toyohara Seiki Co. in a statement.",
			},
			want: map[string]string{"Our precision parts and Lakeshore's plant make a strong pair": "Toyohara Seiki Co., Ltd."},
		},
		{
			name: "near miss: a comma after Co. with no legal form",
			paras: []string{
				"Harwick Co. cuts jobs",
				"Harwick Co., the maker of garden tools, will cut 200 jobs at its plant.",
				"\"Demand for tools fell sharply this year,\" said Harwick Co. in a statement.",
			},
			want: map[string]string{"Demand for tools fell sharply this year": "Harwick Co."},
		},
		{
			name: "a rank before a given name and surnames, the last spelt as a place",
			paras: []string{
				"Floods cut off river towns",
				"Lieutenant Colonel Evandro Quaresma Lima told reporters that boats had reached four towns.",
				"\"The water is still rising in the lower valley,\" said Quaresma.",
			},
			want: map[string]string{"The water is still rising in the lower valley": "Evandro Quaresma Lima"},
		},
	})
}
