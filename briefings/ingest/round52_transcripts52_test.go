package ingest_test

import "testing"

// TestRound52TurnLabelsOwnWords covers transcript turns whose label does
// not resolve as it stands: a first turn's label in capitals ("HON.
// <SURNAME>:") that reads like a colon dateline, a label with the
// speaker's agency and titles before the name ("<ACR> DIRECTOR CAPTAIN
// <GIVEN> <SURNAME>:"), and the speaker's own words set in marks inside
// the turn with no verb of saying ("Good morning. “…”", "I want to be
// very clear: “…”"): the words are the turn's speaker's.
func TestRound52TurnLabelsOwnWords(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a first turn's capitals label is no dateline",
			paras: []string{
				"TRANSCRIPT: WEEKLY GOVERNMENT PRESS BRIEFING",
				"Opening remarks by the Minister of State for Water, Hon. Grace Akello Namugga",
				"HON. NAMUGGA: Good morning, members of the press. \"This week the Ministry will begin drilling 40 boreholes in the Karamoja sub-region.\" I will then take your questions.",
				"QUESTION (Radio Kiira): When will the drilling end?",
				"HON. NAMUGGA: \"The last borehole will be finished before the end of March.\"",
				"Minister of State for Water Grace Akello Namugga later told reporters that the boreholes would cost 2 billion shillings.",
			},
			want: map[string]string{
				"This week the Ministry will begin drilling 40 boreholes in the Karamoja sub-region.": "Grace Akello Namugga",
			},
		},
		{
			name: "a label's titles before the name, and I want to be clear",
			paras: []string{
				"TRANSCRIPT: Emergency agency press briefing on Tropical Storm Delia",
				"The following are excerpts from the briefing held at the agency's headquarters on Monday afternoon.",
				"EMA DIRECTOR COMMANDER RUPERT KNOWLES-FERGUSON: Good afternoon. Tropical Storm Delia is expected to reach the northern cays by Wednesday.",
				"We have opened nine shelters on the cays. I want to be very clear: \"If your home is near the shore, leave before dark on Tuesday.\"",
				"QUESTION (Island FM): Is there a mandatory evacuation order?",
				"KNOWLES-FERGUSON: Not at this time. We will review it tomorrow morning.",
			},
			want: map[string]string{
				"If your home is near the shore, leave before dark on Tuesday.": "Rupert Knowles-Ferguson",
			},
		},
	})
}

// TestRound52OwnWordsFirstParagraph covers the reading of a speaker's own
// words inside a labelled turn where no label can stand above: "I …:
// “…”" as the body's first paragraph has no paragraph before it, so the
// draft names no one and does not fail.
func TestRound52OwnWordsFirstParagraph(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "own words opening the body, under no label",
			paras: []string{
				"Harbour talks stall again",
				"I want to be very clear: “We will not move the harbour, and we will not sell the land to anyone.”",
				"The council meets again on Monday to decide on the harbour plan, which has divided the town for two years and drawn hundreds to its public meetings.",
			},
			want: map[string]string{"We will not move the harbour, and we will not sell the land to anyone.": "unknown"},
		},
	})
}
