package ingest_test

import "testing"

// TestRound52BodyNamedInItsQuote covers a body's statement that names the
// body as the subject of its first verb, speaking of itself in the third
// person: the quote is that body's, not the last body of the same kind the
// article named ("the club said" after a rival club), and not no one's.
func TestRound52BodyNamedInItsQuote(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a club's signing statement after the rival club is named",
			paras: []string{
				"Lakeside SC sign Harbour City FC striker Okello on three-year deal",
				"MARSABIT – Lakeside SC have completed the signing of striker Tomas Okello from rivals Harbour City FC on a three-year contract.",
				"The Lakers did not disclose the fee.",
				"\"Lakeside SC is delighted to announce the signing of Tomas Okello from Harbour City FC. He fits the long-term vision of the club,\" the club said in a statement.",
			},
			want: map[string]string{"Lakeside SC is delighted to announce the signing of Tomas Okello from Harbour City FC. He fits the long-term vision of the club": "Lakeside SC"},
		},
		{
			name: "a club's statement no verb attributes, opening on the club's name",
			paras: []string{
				"Harbour United fined over flares",
				"The football association fined Harbour United and Riverside Rangers after flares were thrown in their derby last month.",
				"Both clubs have seven days to appeal.",
				"\"Riverside Rangers FC accepts the decision but wishes to state that all safety procedures at the ground were followed.\"",
			},
			want: map[string]string{"Riverside Rangers FC accepts the decision but wishes to state that all safety procedures at the ground were followed.": "Riverside Rangers FC"},
		},
		{
			name: "a named analyst's words about a firm stay the analyst's",
			paras: []string{
				"Norvik Air posts record profit",
				"Norvik Air reported a record quarterly profit on Tuesday.",
				"Analyst Mara Jensen of Fjord Securities said: \"Norvik Air is the one airline in the region that makes money in every quarter.\"",
			},
			want: map[string]string{"Norvik Air is the one airline in the region that makes money in every quarter.": "Mara Jensen"},
		},
	})
}
