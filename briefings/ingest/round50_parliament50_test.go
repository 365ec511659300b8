package ingest_test

import "testing"

// TestRound50Parliament50 covers the shapes of question-time copy: a
// member who interjects words of her own ("<Name> interjected that the
// minister was "…""), and a member's question put to a minister named by
// portfolio and answered with "she asked"; a member named with the side
// she sits on in lower case ("<Name> of the opposition said").
func TestRound50Parliament50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a member who interjected that the minister was a phrase speaks it",
			paras: []string{
				"Transport Minister pressed over late rail upgrade",
				"Greens transport spokesperson Ottilie Varnavas-Crane pressed Transport Minister Ruari Dempsey-Holt on the delayed signalling contract.",
				"Dempsey-Holt said the contractor had been told to recover the lost months.",
				"Varnavas-Crane interjected that the minister was \"reading from the wrong timetable\", prompting a warning from the Speaker.",
			},
			want: map[string]string{"reading from the wrong timetable": "Ottilie Varnavas-Crane"},
		},
		{
			name: "a spokesperson's question to a minister, closed by she asked, is hers",
			paras: []string{
				"Transport Minister grilled over late rail upgrade",
				"The Transport Minister has been forced to defend the signalling contract after the upgrade slipped by a year.",
				"Labour's transport spokesperson Ottilie Varnavas-Crane used Question Time on Tuesday to ask Transport Minister Ruari Dempsey-Holt whether the line would open in spring.",
				"\"Can the minister tell the House when the first train will run, and will he resign if it is not this year?\" she asked.",
				"Dempsey-Holt said the contractor had been told to recover the lost months.",
			},
			want: map[string]string{"Can the minister tell the House when the first train will run, and will he resign if it is not this year?": "Ottilie Varnavas-Crane"},
		},
		{
			name: "a member of the opposition named before her side speaks",
			paras: []string{
				"Assembly approves harbour levy",
				"The assembly approved the harbour levy on Wednesday by 31 votes to 12.",
				"Not every member welcomed it. Deputy Ilse Marchetti-Vogt of the opposition said in the budget committee that the levy was \"a toll on every crate of fish.\"",
			},
			want: map[string]string{"a toll on every crate of fish.": "Ilse Marchetti-Vogt"},
		},
		{
			name: "a councillor of the ruling party set off by a who-clause speaks",
			paras: []string{
				"Council backs tower on the seafront",
				"The city council voted to raise the height limit on the seafront plot.",
				"Councillor Teodor Brancusi-Lenz of the ruling party, who chaired the session, wrote on his page: \"The plot has stood empty for ten years.\"",
			},
			want: map[string]string{"The plot has stood empty for ten years.": "Teodor Brancusi-Lenz"},
		},
	})
}
