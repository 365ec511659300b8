package ingest_test

import "testing"

// TestRound52BenchOfJudgeSpeaks covers "The Bench of Justice <Name>
// observed, “…”": the phrase is the court sitting, not a person called
// "Bench" — its one judge when the court sat alone, else the court.
func TestRound52BenchOfJudgeSpeaks(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the Bench of one named judge opening with a quote",
			paras: []string{
				"High Court sets aside demolition notice against bakery",
				"The Madras High Court has set aside a demolition notice issued to a bakery in Tambaram, holding that the civic body had not heard its owner.",
				"The Bench of Justice Harini Venkatraman Iyer observed, \"A notice that gives a person two days to answer is no notice at all. The corporation cannot be judge in its own cause.\"",
				"\"The corporation cannot refuse to hear the other side,\" Justice Iyer said.",
			},
			want: map[string]string{
				"A notice that gives a person two days to answer is no notice at all. The corporation cannot be judge in its own cause.": "Harini Venkatraman Iyer",
			},
		},
	})
}
