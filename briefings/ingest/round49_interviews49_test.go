package ingest_test

import "testing"

// TestRound49Interviews49 covers whose answer an interview's quote is: a
// Q&A that labels its turns "Q:" and "A:", the guest its introduction
// names once beside the journalist who asked, and a rank written with
// both abbreviations' stops.
func TestRound49Interviews49(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "answers labelled A: are the guest's",
			paras: []string{
				"'The harbour will be ready by spring': Ports Minister",
				"Northland Ports Minister Helena Varga Koskinen talks about the delayed harbour and the ferry fares.",
				"Northland Ports Minister Helena Varga Koskinen has faced questions all winter about the harbour works. We met her at the ministry. Edited excerpts:",
				"Q: The harbour was due to open last year. What went wrong?",
				"A: \"The storms took three months from us. The contractor lost two barges in January.\"",
				"Q: And the fares?",
				"A: \"Fares stay where they are until the new ferries arrive.\"",
				"Q: Islanders say they were not consulted.",
				"A: \"We held eleven meetings on the islands. I attended four of them myself.\"",
			},
			want: map[string]string{
				"The storms took three months from us. The contractor lost two barges in January.": "Helena Varga Koskinen",
				"Fares stay where they are until the new ferries arrive.":                          "Helena Varga Koskinen",
				"We held eleven meetings on the islands. I attended four of them myself.":          "Helena Varga Koskinen",
			},
		},
		{
			name: "near miss: one Q and A pair is no interview",
			paras: []string{
				"Ferry fares to stay",
				"Fares on the island ferries will not rise this year, the operator said on Monday.",
				"Q: Will the fares rise?",
				"A: \"Not this year.\"",
				"Islander Tomas Berglund said the news was welcome.",
			},
			want: map[string]string{"Not this year.": "unknown"},
		},
		{
			name: "the guest named once, the journalist who asked left out",
			paras: []string{
				"'The museum must open its doors at night'",
				"Interview | The Valley Courier",
				"Margit Ellinor Sandvik became director of the Valley Museum in March. Our correspondent Pieter Olsen spoke to her about the visitor numbers and the new wing. Excerpts:",
				"Visitors are down on last year. Why?",
				"\"The new wing closed half the galleries for a year. People came back once they reopened.\"",
				"What will change?",
				"\"We will open on Thursday nights from June.\"",
				"Local guide Karl Ruud, who takes tour groups to the museum, was not convinced. \"The nights will be empty,\" Ruud said.",
			},
			want: map[string]string{
				"The new wing closed half the galleries for a year. People came back once they reopened.": "Margit Ellinor Sandvik",
				"We will open on Thursday nights from June.":                                              "Margit Ellinor Sandvik",
				"The nights will be empty":                                                                "Karl Ruud",
			},
		},
		{
			name: "a rank with both stops before the name",
			paras: []string{
				"Radar upgrade behind schedule",
				"OTTAWA — The northern radar upgrade will miss its first deadline, officers told MPs on Tuesday.",
				"\"The winter came early and the barges could not land,\" said Brig.-Gen. Marc Dufresne, who leads the project.",
				"\"The crews are back on site,\" said Lt.-Col. Anne Tremblay.",
			},
			want: map[string]string{
				"The winter came early and the barges could not land": "Marc Dufresne",
				"The crews are back on site":                          "Anne Tremblay",
			},
		},
	})
}
