package ingest_test

import "testing"

// TestRound50Documents50 covers documents whose words are their
// signatory's or their party's: a letter "signed … by" a named person and
// others speaks for the first person named.
func TestRound50Documents50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a letter signed by a named mayor and his peers is the first signatory's",
			paras: []string{
				"Mayors press capital over road money",
				"Nine mayors sent a joint letter to the transport ministry this week demanding the release of road funds.",
				"The letter, signed in Varnholm on 3 May by the host mayor, Tobias Lindqvar, and eight of his colleagues, was drafted by the northern towns. \"The towns are not asking for charity. We are asking for what the budget promised,\" the letter stated. It warned that bridges would be \"closed before the autumn\".",
				"The Ministry of Transport said the money would come \"when the audit is complete\".",
			},
			want: map[string]string{
				"The towns are not asking for charity. We are asking for what the budget promised": "Tobias Lindqvar",
				"closed before the autumn": "Tobias Lindqvar",
			},
		},
	})
}
