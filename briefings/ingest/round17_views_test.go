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
