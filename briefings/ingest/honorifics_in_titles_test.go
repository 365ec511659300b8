package ingest_test

import "testing"

// TestHonorificsAfterTitles: a plain honorific without its full stop
// ("Mr", "Ms", "Mrs") where a title's complement runs into a name, or
// before a name set in capitals, is no part of the name, and nor are
// senior counsel's letters ("SC"): the speaker is the name without them,
// and later references ("he", "the Deputy Minister") are the same person.
// A name set only in capitals is written as names are.
func TestHonorificsAfterTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "after a department's name",
			paras: []string{
				`Director of the District Office of Water Supply Mr Phonsavanh Keomany said the wells were dry. "Trucks will bring water until the rains come," he said.`,
			},
			want: map[string]string{"Trucks will bring water until the rains come": "Phonsavanh Keomany"},
		},
		{
			name: "after a portfolio",
			paras: []string{
				`Deputy Minister of Health Ms Norah Kabeya-Lunde visited the clinic on Friday.`,
				`"No clinic will close this year," the Deputy Minister said.`,
			},
			want: map[string]string{"No clinic will close this year": "Norah Kabeya-Lunde"},
		},
		{
			name: "a name in capitals after a title in the same copy",
			paras: []string{
				`Committee Chairperson Mrs Thuli Ndaba-Achterberg said members were unhappy with the delays.`,
				`"We have heard these promises before," MRS THULI NDABA-ACHTERBERG said.`,
			},
			want: map[string]string{"We have heard these promises before": "Thuli Ndaba-Achterberg"},
		},
		{
			name: "a name only in capitals",
			paras: []string{
				`"We have heard these promises before," MR THULI NDABA-ACHTERBERG said.`,
				`"Nobody here wants another study," said KEVIN O'DWYER-MBALI, the union's secretary.`,
			},
			want: map[string]string{"We have heard these promises before": "Thuli Ndaba-Achterberg", "Nobody here wants another study": "Kevin O'Dwyer-Mbali"},
		},
		{
			name: "senior counsel's letters",
			paras: []string{
				`Counsel for the growers, Ms. Orla Ferreira-Quist SC, argued that the permit was "a permit in name only".`,
				`Senior counsel Dorian Mbeki-Hart SC told the court the ruling was "plainly wrong."`,
			},
			want: map[string]string{"a permit in name only": "Orla Ferreira-Quist", "plainly wrong.": "Dorian Mbeki-Hart"},
		},
	})
}
