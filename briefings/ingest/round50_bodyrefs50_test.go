package ingest_test

import "testing"

// TestRound50JointPairs covers a joint statement fronted before the pair
// that issues it: the quotes go to its first-named party, whether the
// pair's names carry bracketed acronyms, the first is a description of a
// body the article named before, or the document is a "joint press
// statement" dated after its noun.
func TestRound50JointPairs(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "two bodies with acronyms after a fronted joint statement",
			paras: []string{
				"Grass fires spread across the plateau",
				"The government on Tuesday sent police to the town of Vell Alta, where 900 fires were recorded in a week.",
				"In a joint statement, the Plateau Institute of Forests and Water Resources (Pifor) and the Lindqvist Institute for Wildlife Conservation (LIWC) said that \"most of the fires are set on purpose.\"",
				"\"Crews are working day and night,\" the statement said.",
			},
			want: map[string]string{
				"most of the fires are set on purpose.": "Plateau Institute of Forests and Water Resources",
				"Crews are working day and night":       "Plateau Institute of Forests and Water Resources",
			},
		},
		{
			name: "a description of the ministry named before, then a body, after a dated joint statement",
			paras: []string{
				"Flood sirens fall silent in the valleys",
				"The sirens were installed under a project run by the Ministry of Upland Affairs with the Alpine Relief Fund.",
				"In a joint statement on 9 June, the ministry and the Alpine Relief Fund said that \"most of the sirens still work\" and that a repair plan was ready. \"Upkeep was planned from the start,\" the statement said.",
			},
			want: map[string]string{
				"most of the sirens still work":     "Ministry of Upland Affairs",
				"Upkeep was planned from the start": "Ministry of Upland Affairs",
			},
		},
		{
			name: "a joint press statement names its first party first",
			paras: []string{
				"Island neighbours hold talks on fisheries",
				"Norland and Vesterøy on Tuesday held a round of talks on fisheries in the capital.",
				"In a joint press statement, the Ministry of Sea Affairs and the Vesterøy Ministry of Fisheries said the two sides reviewed quotas. \"Both sides agreed to share their catch data,\" the statement said.",
			},
			want: map[string]string{"Both sides agreed to share their catch data": "Ministry of Sea Affairs"},
		},
	})
}

// TestRound50FrontedDocSubject covers a statement fronted before a body
// that does not say but acts ("In a statement posted on its website,
// <Body>'s <organ> backed the strike"): the statement quoted next is that
// body's, not the firm the story opened on, and the acronym the article
// put in brackets after the body's name stands for it.
func TestRound50FrontedDocSubject(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a possessive acronym's organ backs a strike in a fronted statement",
			paras: []string{
				"Refinery staff walk out over allowances",
				"Workers at Halvard Petroleum who belong to the Coastal Refinery Technicians Guild of Norland (CORTEG) on Monday began a strike, shutting two units.",
				"\"Until management pays what it owes, nobody goes back,\" branch chairman Emeka Rowntree-Obi said.",
				"In a statement posted on its website, CORTEG's national secretariat backed the branch.",
				"\"The national council has approved the strike and directs all branches to stand ready,\" the statement read.",
			},
			want: map[string]string{
				"The national council has approved the strike and directs all branches to stand ready": "Coastal Refinery Technicians Guild of Norland",
			},
		},
	})
}

// TestRound50CompanyNotForce covers "the company" after a state's force
// has spoken: a fire or police force is no company, so the words go to
// the company the article named before it.
func TestRound50CompanyNotForce(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the company after a fire force's statement is the company named before",
			paras: []string{
				"Blaze at coastal tank farm put out",
				"A fire broke out at a storage tank of the Marvik Petroleum Company in the port of Skelby early on Sunday, the company said.",
				"Skelby Fire Force said in a separate statement that six of its crews had taken part and that the fire had been \"fully out by dawn.\"",
				"The company urged residents to avoid sharing \"rumours and doctored photos\" online.",
			},
			want: map[string]string{"rumours and doctored photos": "Marvik Petroleum Company"},
		},
	})
}
