package ingest_test

import "testing"

// TestTurnAsidesAndLabels: "for his part", "on her part", "for its part"
// and "in turn" between a subject and its verb, with or without commas,
// leave the subject speaking; "rejected (a claim) as “…”" labels the
// claim in the subject's words, and a bare "rejected a bid" is no speech;
// "the <nationality> authorities" speak as their country.
func TestTurnAsidesAndLabels(t *testing.T) {
	t.Parallel()
	text := `Dam talks resume

Delegations from the two countries met in the border town on Wednesday for a third round of talks on the dam.

Water Minister Tevita Ranganathan-Lowe on his part said the reservoir would be filled "over five years, not three."

Deputy minister Araceli Quispe-Mamani, for her part, said the timetable was "negotiable in principle".

Harbourville in turn has accused its neighbour of "holding the river hostage", a charge the Paraguayan authorities have rejected as "fantasy."

The club rejected a bid of two million for its striker, who said he was "disappointed".`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"over five years, not three.": "Tevita Ranganathan-Lowe",
		"holding the river hostage":   "Harbourville",
		"fantasy.":                    "Paraguay",
		"negotiable in principle":     "Araceli Quispe-Mamani",
	})
}
