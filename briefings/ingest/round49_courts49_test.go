package ingest_test

import "testing"

// TestRound49Courts49Family: "the <Surname> family" of a person the
// article named speaks as "<Surname> family".
func TestRound49Courts49Family(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the family of a named man after an inquest",
			paras: []string{
				"Inquest told of crane failure",
				"Darragh Fennelly died in March when a crane jib gave way at a building site in Athlone, an inquest heard.",
				"In a statement after the hearing, the Fennelly family said: \"Darragh went to work and never came home. We want answers from everyone involved.\"",
			},
			want: map[string]string{"Darragh went to work and never came home. We want answers from everyone involved.": "Fennelly family"},
		},
	})
}

func TestRound49Courts49Initials(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "presiding judge with initials and a particle",
			paras: []string{
				"Court annuls permit for wind farm",
				"The district court has annulled the permit the province gave for a wind farm near the dyke.",
				"Presiding judge Mr. J.K. van Dam explained the ruling at the hearing. \"The province did not weigh the noise for the nearest farms. That is why the permit cannot stand.\"",
			},
			want: map[string]string{"The province did not weigh the noise for the nearest farms. That is why the permit cannot stand.": "J.K. van Dam"},
		},
		{
			name: "presiding judge with initials",
			paras: []string{
				"Court annuls permit for wind farm",
				"The district court has annulled the permit the province gave for a wind farm near the dyke.",
				"Presiding judge Mr. J.K. Dammers explained the ruling at the hearing. \"The province did not weigh the noise for the nearest farms. That is why the permit cannot stand.\"",
			},
			want: map[string]string{"The province did not weigh the noise for the nearest farms. That is why the permit cannot stand.": "J.K. Dammers"},
		},
	})
}

// TestRound49Courts49NearMisses: what must stay as it was.
func TestRound49Courts49NearMisses(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "near miss: a family named by a possessive, not by the surname",
			paras: []string{
				"Inquest told of crane failure",
				"Darragh Fennelly died in March when a crane jib gave way at a building site in Athlone, an inquest heard.",
				"In a statement after the hearing, his family said: \"We want answers from everyone involved.\"",
			},
			want: map[string]string{"We want answers from everyone involved.": "unknown"},
		},
		{
			name: "near miss: a named relative still speaks for herself",
			paras: []string{
				"Inquest told of crane failure",
				"Darragh Fennelly died in March when a crane jib gave way at a building site in Athlone, an inquest heard.",
				"His sister, Orla Fennelly, said: \"He loved that job.\"",
			},
			want: map[string]string{"He loved that job.": "Orla Fennelly"},
		},
		{
			name: "near miss: initials before a capitalised surname",
			paras: []string{
				"Court annuls permit for wind farm",
				"The district court has annulled the permit the province gave for a wind farm near the dyke.",
				"\"The province did not weigh the noise,\" said presiding judge Mr. J.K. Dammers.",
			},
			want: map[string]string{"The province did not weigh the noise": "J.K. Dammers"},
		},
	})
}
