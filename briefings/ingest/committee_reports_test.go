package ingest_test

import "testing"

// TestCommitteeReports: a committee that adopted, tabled or presented
// its report speaks through it ("The report … finds that … "…""); a body
// named "<Head> on <Field>" is one name before its verb; and an "it" in a
// relative or "as" clause ("which it describes as "…"") is the body or
// document the sentence opens with, not a body named sentences before.
func TestCommitteeReports(t *testing.T) {
	t.Parallel()
	text := `Committee adopts rail report

The Select Committee on Public Works today adopted its report on the state of the commuter lines in the capital.

The report, which will be tabled next week, finds that train punctuality remains "well below the levels promised in 2022".

The Cape Rail Authority said in a written response that it would "reply within a month".

The committee's report also raises concern about the signalling between the two main stations, which it describes as "the weakest part of the network".`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"well below the levels promised in 2022": "Select Committee on Public Works",
		"the weakest part of the network":        "Select Committee on Public Works",
	})
}
