package ingest_test

import "testing"

// TestTookTheView: "<Body>, for its part, took the view that … were
// “…”" gives the words to the body, not to the speaker of the sentence
// before; "the position that" likewise.
func TestTookTheView(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a body's view in a court's summary", paras: []string{
			"Airline must pay for strike delays",
			"The carrier argued that the strike was \"wholly outside its control\". The Aldmark Government supported that reading, submitting that strikes should count as \"extraordinary circumstances\". The Aviation Passengers' Council, for its part, took the view that strikes announced a week ahead were \"an ordinary business risk\" the carrier could plan for.",
		}, want: map[string]string{"an ordinary business risk": "Aviation Passengers' Council", "extraordinary circumstances": "Aldmark Government"}},
		{name: "maintained the position that", paras: []string{
			"Council defends bin charges",
			"Residents told the meeting the new charge was unfair. Councillor Petra Vandermolen-Hale maintained the position that the charge was \"the only fair way to pay for collections\".",
		}, want: map[string]string{"the only fair way to pay for collections": "Petra Vandermolen-Hale"}},
	})
}

// TestHasWrittenThat: "<Body> has written to us that it is “…”" — the
// perfect of "write" attributes the quote to its subject, in a transcript
// turn too, where "I" before it is the one who reports the letter.
func TestHasWrittenThat(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an airline's letter reported by a premier", paras: []string{
			"PRESS CONFERENCE TRANSCRIPT",
			"PREMIER: Good morning. I will start with the flights, because I know that is why you are here.",
			"Q (Mele Faka, Island Radio): When will there be a second weekly flight?",
			"PREMIER: We have been talking to other carriers for a year. I can tell you that Pacific Blue Air has written to us that it is \"ready to discuss a winter service\" from next year.",
		}, want: map[string]string{"ready to discuss a winter service": "Pacific Blue Air"}},
	})
}
