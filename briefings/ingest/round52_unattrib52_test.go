package ingest_test

import "testing"

// TestRound52DatedYouSaid covers a reporter's question in a transcript
// that dates the words it quotes back to the one it asks, the time before
// "you" ("<Title>, in <Month> you said …", "Mr <Surname>, last week you
// said …", "On <topic> — in <Month> you said …"): the quote is whoever
// answers the question in the next turn.
func TestRound52DatedYouSaid(t *testing.T) {
	head := "Vellane Port Authority news conference: transcript"
	intro := "Transcript of the news conference given by Annika Vellsdottir-Rahm, chair of the Vellane Port Authority, on 3 March."
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a hail, a month and you said",
			paras: []string{head, intro,
				"Question (Reto Ammann, Vellane Post): Ms Vellsdottir-Rahm, in December you said the authority was \"not afraid of a strike\". Has that changed today?",
				"Annika Vellsdottir-Rahm: No, it has not changed. We have talked to the union every week.",
			},
			want: map[string]string{"not afraid of a strike": "Annika Vellsdottir-Rahm"},
		},
		{
			name: "a topic, a dash, a month and you said",
			paras: []string{head, intro,
				"RETO AMMANN. On the fees \u2014 in September you said they would end \"when the quay is paid for.\" Are we there?",
				"ANNIKA VELLSDOTTIR-RAHM. We're getting close. The board will announce any change well in advance.",
			},
			want: map[string]string{"when the quay is paid for.": "Annika Vellsdottir-Rahm"},
		},
	})
}
