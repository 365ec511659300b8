package ingest_test

import "testing"

// TestRound52ClubCalledBackByDescription covers a club called back by a
// description of capitals and a word for a club ("the <League> club", "the
// <City> side") that the reader takes for a body's name: the words are the
// club's the story named just before, not a body called "<League> club";
// a federation named just before is no club, so it takes nothing.
func TestRound52ClubCalledBackByDescription(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the league club after the club named in the sentence before",
			paras: []string{
				"Harbourside Rovers sign midfielder Tomas Okello from Northgate United FC",
				"Harbourside Rovers have signed midfielder Tomas Okello from Premier Division side Northgate United FC on a three-year contract.",
				"Northgate United FC thanked the player for his service. \"Tomas gave everything for us over four seasons. We wish him well,\" the Premier Division club said in a statement.",
			},
			want: map[string]string{"Tomas gave everything for us over four seasons. We wish him well": "Northgate United FC"},
		},
	})
}

// TestRound52SeasonBoardNamedInFull covers the body that runs a league's
// numbered season, named with the number inside its name ("<League>
// Season <N> Board"): the whole name speaks, not a body called "Board".
func TestRound52SeasonBoardNamedInFull(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a season's board in a statement after the game",
			paras: []string{
				"Eagles beat Hawks in five sets",
				"MANILA – The Eagles beat the Hawks in five sets on Saturday.",
				"The NCAL Season 88 Board, in a statement released after the game, said it had reviewed a disputed call in the fourth set and found it \"correctly applied under the rules.\"",
			},
			want: map[string]string{"correctly applied under the rules.": "NCAL Season 88 Board"},
		},
	})
}

// TestRound52TwoBodiesSpeakingJointly covers "the two bodies said" after a
// sentence naming two bodies: the first named speaks for both.
func TestRound52TwoBodiesSpeakingJointly(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "two bar bodies in a joint resolution",
			paras: []string{
				"Lawyers reject draft bill",
				"LAHORE: The Punjab Bar Council and the Lahore Advocates Association on Friday rejected the draft Legal Practice Bill.",
				"In a joint resolution, the two bodies said the draft would \"silence the profession\" if passed.",
			},
			want: map[string]string{"silence the profession": "Punjab Bar Council"},
		},
	})
}
