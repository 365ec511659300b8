package ingest_test

import "testing"

// TestRound51SaidItSubject covers an "it" that opens the complement of
// its sentence's own speech verb ("<Name>[, which …,] said [in a
// statement] [that] it had <noted> “…”"): the "it" is the verb's subject,
// a body whose name the rules may read as a person's or do not read at
// all, not the body named in the sentence before.
func TestRound51SaidItSubject(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a monitor with an aside, then said it had noted",
			paras: []string{
				"Council vote count stalls in Vellmar",
				"The Vellmar Police Service confirmed it had received “two complaints about the vote” and said both were under review.",
				"Election monitor Clearwater Watch, which deployed 40 observers, said it had noted “isolated problems that did not change the outcome” on the day.",
			},
			want: map[string]string{
				"two complaints about the vote":                     "Vellmar Police Service",
				"isolated problems that did not change the outcome": "Clearwater Watch",
			},
		},
		{
			name: "a county said in a press release that it had asked",
			paras: []string{
				"Battery plant halts a line",
				"Analysts at Brightmere Securities said the plant's output would fall by a third this year.",
				"Harrow County said in a press release that it had asked the company to keep “the local supplier base” in mind.",
			},
			want: map[string]string{"the local supplier base": "Harrow County"},
		},
	})
}
