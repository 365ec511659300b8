package ingest_test

import "testing"

// TestRound49Names49c covers a person named at their fullest where the
// copy calls them by the surname alone: the initials the article prints
// after a title keep to the name though no list knows the given name, a
// nickname of three words between the names is no part of the name, and a
// union's or church's abbreviated fraternal address ("Bro.", "Sis.") is no
// name of its own.
func TestRound49Names49c(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "initials after a title, a given name no list knows",
			paras: []string{
				"Flooded streets in the east of the city",
				"Deputy Chief Minister KR Thimmaraya Gowda, who holds the city portfolio, visited the flooded layout on Monday.",
				"\"We have sent twenty pumps here. By night the water will be gone,\" Gowda told reporters.",
			},
			want: map[string]string{"We have sent twenty pumps here. By night the water will be gone": "KR Thimmaraya Gowda"},
		},
		{
			name: "initials after a title, a known given name",
			paras: []string{
				"Flooded streets in the east of the city",
				"Port Director KR Anand Kumar visited the flooded quay on Monday with the harbour engineers.",
				"\"We have sent twenty pumps here,\" Kumar told reporters.",
			},
			want: map[string]string{"We have sent twenty pumps here": "KR Anand Kumar"},
		},
		{
			// Near-miss: the capitals follow a portfolio, no title word.
			name: "capitals after a portfolio are the title's",
			paras: []string{
				"Border patrols to continue",
				"Interior CS Amos Kiprono visited the border villages on Monday with the county police chiefs.",
				"\"We will not leave these villages alone,\" Kiprono told reporters.",
			},
			want: map[string]string{"We will not leave these villages alone": "Amos Kiprono"},
		},
		{
			// Near-miss: no initials, the name as printed.
			name: "no initials",
			paras: []string{
				"Flooded streets in the east of the city",
				"Port Director Anand Kumar visited the flooded quay on Monday with the harbour engineers.",
				"\"We have sent twenty pumps here,\" Kumar told reporters.",
			},
			want: map[string]string{"We have sent twenty pumps here": "Anand Kumar"},
		},
		{
			name: "a nickname of three words between the names",
			paras: []string{
				"Harps edge the county final",
				"Two late points from corner-forward Peter \"The Old Fox\" Devlin sealed it for the visitors on Sunday.",
				"Devlin, who finished with 0-5, was modest. He said afterwards: \"I only finished what the others started.\"",
			},
			want: map[string]string{"I only finished what the others started.": "Peter Devlin"},
		},
		{
			name: "a nickname of two words between the names, as before",
			paras: []string{
				"Harps edge the county final",
				"Two late points from corner-forward Peter \"Old Fox\" Devlin sealed it for the visitors on Sunday.",
				"Devlin, who finished with 0-5, was modest. He said afterwards: \"I only finished what the others started.\"",
			},
			want: map[string]string{"I only finished what the others started.": "Peter Devlin"},
		},
		{
			name: "a union's fraternal address before the name",
			paras: []string{
				"Dock workers serve strike notice",
				"The dock workers' union has served the port authority with a fourteen-day strike notice over unpaid overtime.",
				"Speaking at the union's offices, the union's General Secretary, Bro. Peter Kamau Njoroge, said talks had failed.",
				"The General Secretary said the authority had stopped answering letters in May.",
				"\"They promised us a date and then went quiet,\" he said.",
			},
			want: map[string]string{"They promised us a date and then went quiet": "Peter Kamau Njoroge"},
		},
		{
			name: "a sister's address before the name",
			paras: []string{
				"Dock workers serve strike notice",
				"The dock workers' union has served the port authority with a fourteen-day strike notice over unpaid overtime.",
				"Deputy General Secretary Sis. Grace Atieno Wafula said women on the night shift had waited longest. \"Some of us have not been paid since March,\" Wafula said.",
			},
			want: map[string]string{"Some of us have not been paid since March": "Grace Atieno Wafula"},
		},
	})
}
