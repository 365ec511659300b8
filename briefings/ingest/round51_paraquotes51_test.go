package ingest_test

import "testing"

// TestRound51ActorLeadIns covers a quote with no attribution of its own set
// after a sentence about its speaker that reports no speech: the subject
// may be the side's name before a title ("The <Club> boss paid tribute
// …"), or a pronoun or title with an adverb before the verb ("He also
// praised …"), and the quote may follow in the same paragraph or stand in
// the next one. A quote followed by the document it is read from ("the
// letter read") stays off the one who read it out.
func TestRound51ActorLeadIns(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the side's name before the title",
			paras: []string{
				"Harbourside win the county title",
				"Harbourside beat Millbrook 2-14 to 1-12 in the county final at Norwood Park on Sunday.",
				"Manager Tomas Vellacott could barely speak afterwards. \"Twenty years,\" he said. \"I don't know what to say.\"",
				"The Harbourside boss paid tribute to his goalkeeper. \"That save won us the title. Simple as that.\"",
			},
			want: map[string]string{"That save won us the title. Simple as that.": "Tomas Vellacott"},
		},
		{
			name: "a pronoun and an adverb, the quote in a paragraph of its own",
			paras: []string{
				"Harbourside win the county title",
				"Harbourside beat Millbrook 2-14 to 1-12 in the county final at Norwood Park on Sunday.",
				"Manager Tomas Vellacott said the side had earned it. \"Twenty years,\" he said.",
				"He also praised goalkeeper Aidan Roche, whose save in the 50th minute turned the game.",
				"\"That save won us the title. Simple as that.\"",
			},
			want: map[string]string{"That save won us the title. Simple as that.": "Tomas Vellacott"},
		},
		{
			name: "a title and an adverb, the quote in the same paragraph",
			paras: []string{
				"Rovers slip to a late defeat",
				"Rovers lost 31-29 to Westfield in the league on Friday night.",
				"\"We were ahead with three minutes left,\" coach Ilse Brandvold said.",
				"The coach also defended her winger, who lost the ball twice. \"She is our best player. One bad night changes nothing.\"",
			},
			want: map[string]string{"She is our best player. One bad night changes nothing.": "Ilse Brandvold"},
		},
		{
			name: "a nickname in marks in the paragraph that introduces the speaker",
			paras: []string{
				"Island ferry faces the axe",
				"The province plans to end the ferry service to Harrow Cove next year.",
				"The ferry's skipper for thirty years, a man everyone calls \"Cap,\" retired in the spring. His name is Walter Greaney-Boyd, and he still comes down to the wharf most days.",
				"\"I carried coffins on that boat and I carried newborns.\"",
			},
			want: map[string]string{"I carried coffins on that boat and I carried newborns.": "Walter Greaney-Boyd"},
		},
		{
			name: "a message read out is not the reader's",
			paras: []string{
				"Treasurer's trial hears of missing funds",
				"A former treasurer of the Lindale savings group went on trial on Monday accused of taking 80,000 in members' savings.",
				"Prosecutor Ilona Marsh then read into the record a text message the accused is said to have sent in May.",
				"\"Don't worry about the money, it is safe with me,\" the message read.",
			},
			want: map[string]string{"Don't worry about the money, it is safe with me": "unknown"},
		},
	})
}
