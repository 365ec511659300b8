package ingest_test

import "testing"

// TestRound52PronounsGenericTitle covers a "she" attributing a quote right
// after a woman introduced by a title in a man's form that women hold too
// ("the Chairman of <Body>, <Given> <Surname>, said …"): the title does not
// say she is a man, and her own pronoun in the next paragraph is the copy's
// word on her sex, so the quote is hers rather than no one's.
func TestRound52PronounsGenericTitle(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a chairman who is a woman, then she said",
			paras: []string{
				"Tribunal bans two club officials",
				"Tuesday, 14 July 2026",
				"The Disciplinary Panel of the Norland Football Union has banned two club officials for life after a match was fixed.",
				"Speaking after the ruling, the Chairman of the Disciplinary Panel, Lawyer Nana Abena Owusu-Ntim, said the decision should serve as a warning.",
				"\"We will not let a few people destroy our competitions,\" she said.",
			},
			want: map[string]string{"We will not let a few people destroy our competitions": "Nana Abena Owusu-Ntim"},
		},
		{
			name: "a chairman who is a man keeps he",
			paras: []string{
				"Tribunal bans two club officials",
				"Tuesday, 14 July 2026",
				"The Disciplinary Panel of the Norland Football Union has banned two club officials for life after a match was fixed.",
				"Speaking after the ruling, the Chairman of the Disciplinary Panel, Lawyer Kofi Owusu-Ntim, said the decision should serve as a warning.",
				"\"We will not let a few people destroy our competitions,\" he said.",
			},
			want: map[string]string{"We will not let a few people destroy our competitions": "Kofi Owusu-Ntim"},
		},
		{
			name: "a chairman who is a man asks, then she replies for the woman named before",
			paras: []string{
				"Hospital short of nurses, hearing told",
				"Tuesday, 14 July 2026",
				"Dr. Lerato Dube-Marsh, the director of nursing at Norland General Hospital, told the health committee that the hospital was short of 40 nurses.",
				"\"Our nurses are working double shifts,\" she said.",
				"Committee chairman Rep. Tavake Olandsen asked whether the hospital had taken its request to the Governor's Office.",
				"\"We sent the request in January. We are still waiting,\" she replied.",
			},
			want: map[string]string{"We sent the request in January. We are still waiting": "Lerato Dube-Marsh"},
		},
	})
}
