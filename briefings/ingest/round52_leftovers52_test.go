package ingest_test

import "testing"

// TestRound52SoleJudgeCourt covers a court report whose court sat as one
// named judge ("the Bench of Justice <Name>", "Justice <Name>, dismissing
// the plea, …"): "the Court observed" and "the Bench said" give that
// judge's words, while a bench of two judges still speaks as the court.
func TestRound52SoleJudgeCourt(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the Bench of one named judge, then the Court",
			paras: []string{
				"High Court sets aside demolition notice against bakery",
				"The Madras High Court has set aside a demolition notice issued to a bakery in Tambaram, holding that the civic body had not heard its owner.",
				"The Bench of Justice Harini Venkatraman Iyer observed that the civic body had given the owner two days to reply.",
				"\"A notice that gives a person two days to answer is no notice at all,\" Justice Iyer said.",
				"\"The corporation cannot be judge in its own cause and then refuse to hear the other side,\" the Court observed.",
			},
			want: map[string]string{
				"A notice that gives a person two days to answer is no notice at all":                     "Harini Venkatraman Iyer",
				"The corporation cannot be judge in its own cause and then refuse to hear the other side": "Harini Venkatraman Iyer",
			},
		},
		{
			name: "a named judge deciding the plea, then the court",
			paras: []string{
				"HC rejects bail for travel agent in visa fraud",
				"The Kerala High Court on Monday rejected the bail plea of a travel agent accused of cheating 300 job seekers.",
				"Justice Anand Pillai Varkey, dismissing the plea, noted that the probe was at an early stage. \"The accused collected passports from people who trusted him. Releasing him now would defeat the investigation,\" the court said.",
			},
			want: map[string]string{
				"The accused collected passports from people who trusted him. Releasing him now would defeat the investigation": "Anand Pillai Varkey",
			},
		},
	})
}
