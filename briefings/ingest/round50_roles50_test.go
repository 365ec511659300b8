package ingest_test

import "testing"

// TestRound50Roles50 covers a role that names its holder only past the
// title's field — after the body's initials in brackets, or after an
// honorific with no comma — and a press service that speaks again,
// unowned, for the owner the article named it with.
func TestRound50Roles50(t *testing.T) {
	filler := "The dry season has been longer than usual across the region, and officials expect more of the same in the weeks ahead as the reservoirs fall."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the body's initials in brackets close the title before the holder",
			paras: []string{
				"Frost hits highland villages",
				"\"Food can only reach some villages on foot,\" said the head of the provincial relief agency (PRA), Yohanes Wenda-Kogoya.",
				filler,
			},
			want: map[string]string{"Food can only reach some villages on foot": "Yohanes Wenda-Kogoya"},
		},
		{
			name: "an honorific after the title's field opens the holder's name",
			paras: []string{
				"Salt arrives early in the delta",
				"\"Saltwater will arrive early this year,\" said Director of the institute Dr Tran Minh Quoc.",
				filler,
			},
			want: map[string]string{"Saltwater will arrive early this year": "Tran Minh Quoc"},
		},
		{
			name: "the press service speaks for the owner named with it before",
			paras: []string{
				"Court jails fuel supplier chief",
				"The Leninsky District Court of Karavan on Thursday sentenced Arman Tolgoev, former director of a fuel supplier, to eight years in prison for fraud, the court's press service reported.",
				"\"The guilt of the defendant has been fully proven by the evidence,\" the press service said.",
				filler,
			},
			want: map[string]string{"The guilt of the defendant has been fully proven by the evidence": "Leninsky District Court of Karavan"},
		},
		{
			name: "an owner the press service is named of",
			paras: []string{
				"Bus fares rise",
				"The fare on Karavan buses will rise from 1 December, the press service of the Karavan Transport Authority announced.",
				"\"The increase covers rising fuel costs,\" the press service said.",
				filler,
			},
			want: map[string]string{"The increase covers rising fuel costs": "Karavan Transport Authority"},
		},
	})
}
