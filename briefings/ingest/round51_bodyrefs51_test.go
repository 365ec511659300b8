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

// TestRound51ApposedOrgan covers an unnamed organ set in apposition to
// its body the first time ("the sanctions committee, the <Acronym> body in
// charge of fines, …"): "the committee" and the "it" after it speak for
// that body, not for the firm the committee fined.
func TestRound51ApposedOrgan(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a committee described as the body's own, then it",
			paras: []string{
				"Data watchdog fines a delivery firm",
				"The Norland Data Authority (NDA) said on Monday that the sanctions committee, the NDA body in charge of issuing fines, had fined Quickcart Ltd 2 million crowns.",
				"In its reply, the company argued that its forms were \"in line with the market\".",
				"The sanctions committee did not accept this. It noted that the market \"cannot excuse a breach of the law\" and said the firm must \"ask before it collects\".",
			},
			want: map[string]string{
				"in line with the market":           "Quickcart Ltd",
				"cannot excuse a breach of the law": "Norland Data Authority",
				"ask before it collects":            "Norland Data Authority",
			},
		},
	})
}
