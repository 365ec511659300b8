package ingest_test

import "testing"

// TestRound42vJointStatementSetOut: "<Credit> – The Governments of <A>
// and <B> issued the following joint statement …:" over the statement
// set out in quotes — the words are the joint document's, which speaks
// for its first-named party, not for the news service whose credit opens
// the sentence.
func TestRound42vJointStatementSetOut(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "credit line before the governments' joint statement",
		paras: []string{"Joint Statement by Portugal and Spain on the Tagus basin\n\n" +
			"Lisbon. March 3, 2027.\n\n" +
			"Iberian Wire Service – The Governments of Portugal and the Kingdom of Spain today issued the following joint statement after a meeting of their environment ministers in Badajoz:\n\n" +
			"\"The Ministers agreed to share river gauge readings every hour during the dry season and to meet again before the summer to review the minimum flows set under the Albufeira Convention.\"\n\n" +
			"The statement was signed by both ministers."},
		want: map[string]string{
			"The Ministers agreed to share river gauge readings every hour during the dry season and to meet again before the summer to review the minimum flows set under the Albufeira Convention.": "Portugal",
		},
	}})
}
