package ingest_test

import "testing"

// TestQuoteHeadings: a release's heading over quoted paragraphs that says
// whose words they are — "Quotes attributable to <title>, <name>:",
// "Comments from <name>:", "Remarks by <name>:" — gives them to that
// person, after a Commonwealth minister's style ("Senator the Hon", "the
// Rt Hon"); "Hon" is a given name when no "the" goes before it.
func TestQuoteHeadings(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		text string
		want map[string]string
	}{
		{
			name: "quotes attributable to a title and a styled name",
			text: `Relief for the islands

The Government will send relief supplies to the islands this week, the ministers said in a joint release.

Quotes attributable to Minister for Trade, Senator the Hon Margaret Oyelaran-Price:

"We will be there for our neighbours."

"The first flights leave tomorrow."`,
			want: map[string]string{
				"We will be there for our neighbours.": "Margaret Oyelaran-Price",
				"The first flights leave tomorrow.":    "Margaret Oyelaran-Price",
			},
		},
		{
			name: "comments from a named minister",
			text: `Clinics reopen

Clinics in the valley reopened on Monday after the storm.

Comments from Health Minister Tobias Lindqvist-Aro:

"Every clinic is staffed again."`,
			want: map[string]string{"Every clinic is staffed again.": "Tobias Lindqvist-Aro"},
		},
		{
			name: "remarks by the Rt Hon",
			text: `Harbour deal signed

The two governments signed the harbour agreement in the capital on Friday.

Remarks by the Rt Hon Eleanor Vasquez-Hale MP:

"This harbour will carry our trade for fifty years."`,
			want: map[string]string{"This harbour will carry our trade for fifty years.": "Eleanor Vasquez-Hale"},
		},
		{
			name: "Hon as a given name",
			text: `Battery patent upheld

The patent office upheld the battery patent on Tuesday after a two-year review.

"It was always my design," inventor Hon Lik-Yeung said.`,
			want: map[string]string{"It was always my design": "Hon Lik-Yeung"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			wantSpeakers(t, draftWith(t, nil, tc.text), tc.want)
		})
	}
}
