package ingest_test

import "testing"

// TestRound42rTeamTitleAfterName: "<Name> had <verb>ed …, and the <Team>
// <title> <verb>ed …" — the title the second clause gives is the named
// person's, whom "the <title>" calls back.
func TestRound42rTeamTitleAfterName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "coach after a name in the same sentence",
		paras: []string{"Falcons end losing run\n\n" +
			"TORBAY — Declan Ashworth had warned his players all week, and the Torbay Falcons coach got the answer he wanted on Friday.\n\n" +
			"The Falcons beat the Exeter Kites 3-1 at Riverside Arena.\n\n" +
			"\"We finally played with some belief,\" the coach said after the game.\n\n" +
			"The Falcons host Plymouth next week."},
		want: map[string]string{
			"We finally played with some belief": "Declan Ashworth",
		},
	}})
}
