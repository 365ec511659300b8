package ingest_test

import "testing"

// TestSittingOffices: a title whose complement joins two places ("coroner
// for A and B X Y") still ends at the name after them, and a deputy or
// assistant who sits as a coroner or a judge is "the coroner" or "the
// judge" afterwards; "the minister" stays another office than a deputy
// minister's.
func TestSittingOffices(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		text string
		want map[string]string
	}{
		{
			name: "an assistant coroner for two joined places",
			text: `Walker died after a fall, inquest hears

Tom Reed, 80, fell on a hill path near his home in the spring.

Recording a conclusion of misadventure, assistant coroner for Avonshire and Wexmoor Helena Ashcroft-Bell said the path had been "poorly marked" for years.

"Nobody had walked it with a torch in a decade," the coroner said.`,
			want: map[string]string{
				"poorly marked": "Helena Ashcroft-Bell",
				"Nobody had walked it with a torch in a decade": "Helena Ashcroft-Bell",
			},
		},
		{
			name: "a deputy judge is the judge",
			text: `Landlord fined over damp flat

A landlord was fined on Thursday for leaving a family in a damp flat for two years.

Deputy district judge Omar Lindqvist-Bayo said the conditions were "wholly unacceptable".

"This was a home with a child in it," the judge said.`,
			want: map[string]string{
				"wholly unacceptable":                "Omar Lindqvist-Bayo",
				"This was a home with a child in it": "Omar Lindqvist-Bayo",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantSpeakers(t, draftWith(t, nil, tc.text), tc.want)
		})
	}
}
