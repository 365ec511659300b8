package ingest_test

import "testing"

// TestQuoteFurniture: marks that enclose no one's speech — the names a
// filing defines in brackets (“X” or “the Company”), a quotation mark a
// pasted photo caption leaves open, a print deck's kicker in capitals
// before a colon — are not quotes; the speech beside them still is.
func TestQuoteFurniture(t *testing.T) {
	t.Parallel()
	for _, tc := range []furnitureCase{
		{"a filing's defined terms", []string{
			`Harrowgate Marine Holdings plc ("Harrowgate" or "the Company" or, together with its subsidiaries, "the Group") today announces a fall in first-half orders.`,
			`"Demand for new hulls has paused, not ended," chief executive Ines Olafsdottir-Grant said.`,
		}, []string{"the Company", "the Group", "Harrowgate"}, "Demand for new hulls has paused, not ended"},
		{"a photo caption's open mark", []string{
			`[Photo caption: Volunteers clear mud from a school in Orrin after what the mayor called “the worst flood since records began. (Photo: Orrin Council)]`,
			`"We will rebuild the school before term starts," mayor Tomas Reyes-Oduya said.`,
		}, []string{"the worst flood since records began. (Photo: Orrin Council)]"}, "We will rebuild the school before term starts"},
		{"a deck's kicker in capitals", []string{
			`'FERRY FATIGUE': Islanders say the new timetable leaves them stranded, while the operator says it has no boats to spare`,
			`"We are doing what we can with two ferries," operator spokesperson Lena Vasquez-Brandt said.`,
		}, []string{"FERRY FATIGUE"}, "We are doing what we can with two ferries"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantFurniture(t, draftOf(t, nil, append([]string{lead}, tc.paras...)...), tc.not, tc.keep)
		})
	}
}
