package ingest_test

import "testing"

// TestRound52AskedBody covers an unnamed spokesperson with no body of
// their own who answers a question the copy put to a body it calls back
// by its kind ("I asked the corporation …. A spokesperson replied …",
// "when I put it to the company, a spokesperson told me …"): the
// spokesperson speaks for the body that noun means.
func TestRound52AskedBody(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a spokesperson answering the corporation the columnist asked",
			paras: []string{
				"Commuters pay for a railway run for day-trippers",
				"Valdor Rail Corporation calls its new fares 'flexible'. For those who ride to work, they are simply dearer.",
				"In a statement, Valdor Rail Corporation said the change would \"spread the crowds across the day\".",
				"I asked the corporation how a baker who starts at five is meant to spread himself across the day. A spokesperson replied that the operator was \"listening to every passenger\" and pointed to the season ticket.",
			},
			want: map[string]string{"listening to every passenger": "Valdor Rail Corporation"},
		},
	})
}
