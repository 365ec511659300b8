package ingest_test

import "testing"

// TestRound40dFullestForm: a speaker named by a short form of a name the
// article gives in full elsewhere is named by the full form.
func TestRound40dFullestForm(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "title and surname before the title and full name",
			paras: []string{
				"Live: Parliament debates the harbour budget",
				"15:10 — Harbour Minister Dagenais answered questions on the levy. \"The levy pays for the dredging and nothing else,\" Harbour Minister Dagenais said.",
				"11:00 — Harbour Minister Lucien Dagenais opened the session, describing the budget as prudent.",
			},
			want: map[string]string{"The levy pays for the dredging and nothing else": "Lucien Dagenais"},
		},
	})
}
