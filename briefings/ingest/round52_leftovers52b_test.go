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

// TestRound52TwoTitledSpeakersJointly covers "Minister <Surname> and
// Minister <Surname> said …" after a joint release: two people by title
// and surname speaking as one give their words to the first named, as a
// joint statement's go to its first-named party.
func TestRound52TwoTitledSpeakersJointly(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "two ministers by title and surname",
			paras: []string{
				"Australia hands over ferry to Tonga",
				"The ferry was handed over in a ceremony attended by Minister for Transport Kelvin Marrable and Tonga's Minister for Infrastructure, Sione Fakatava.",
				"In a joint media release, Minister Marrable and Minister Fakatava said the handover \"marks a new chapter in our ties\".",
				"\"Tonga can count on us,\" Minister Marrable said.",
			},
			want: map[string]string{
				"marks a new chapter in our ties": "Kelvin Marrable",
				"Tonga can count on us":           "Kelvin Marrable",
			},
		},
	})
}

// TestRound52SoFarBeforeVerb covers "<Subject> has so far said that it
// “…”": "so far" between the auxiliary and the verb is a span of time,
// as "since" is, and no part of the subject.
func TestRound52SoFarBeforeVerb(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a capital that has so far said only",
			paras: []string{
				"Graft commission frames charges against former official",
				"The commission has sought the help of the United Kingdom to bring back the main accused.",
				"Dhaka has sent a formal request, but London has so far said only that it \"does not comment on individual cases.\"",
			},
			want: map[string]string{"does not comment on individual cases.": "London"},
		},
	})
}
