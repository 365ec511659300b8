package ingest_test

import "testing"

// TestRound49Roles49 covers people named at less than their fullest: a
// lineage name ("Syed", "Sayed") that opens a name at a sentence's start
// or after a title's field in capitals, and a title's acronym before a
// person named again by part of the name the article gave in full.
func TestRound49Roles49(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a lineage name opening the sentence stays in the name",
			paras: []string{
				"Landslide blocks mountain highway",
				"A landslide cut the only road to the upper valley on Sunday, stranding dozens of lorries.",
				"Sayed Habib Noorzai, the district's disaster officer, told reporters: \"Two bulldozers are working from each side. The road should open by Tuesday.\"",
			},
			want: map[string]string{"Two bulldozers are working from each side. The road should open by Tuesday.": "Sayed Habib Noorzai"},
		},
		{
			name: "a lineage name after a title's field in capitals",
			paras: []string{
				"Hockey federation names its summer squad",
				"The federation named 30 players for the summer training camp on Friday, with six uncapped forwards.",
				"Federation Director Domestic Hockey Syed Irfan Qazmi said the selectors had \"looked at every league match\" this season.",
			},
			want: map[string]string{"looked at every league match": "Syed Irfan Qazmi"},
		},
		{
			name: "near miss: a name opening with a known given name keeps its words",
			paras: []string{
				"Port extends its opening hours",
				"The container terminal will work through the night from next month.",
				"Operations Manager Ali Syed Khan said: \"Ships will no longer wait at anchor for a berth.\"",
			},
			want: map[string]string{"Ships will no longer wait at anchor for a berth.": "Ali Syed Khan"},
		},
		{
			name: "a title's acronym before the given names of someone named in full",
			paras: []string{
				"Clerk jailed for lending bank account to scammers",
				"A warehouse clerk who let a syndicate use his bank account was jailed for 14 months on Thursday. Deputy Public Prosecutor Farah Liyana Osman asked for 16 months.",
				"\"The syndicates cannot move a cent without accounts like his,\" DPP Farah Liyana said.",
			},
			want: map[string]string{"The syndicates cannot move a cent without accounts like his": "Farah Liyana Osman"},
		},
		{
			name: "near miss: an acronym before a name nobody gave in full stays",
			paras: []string{
				"Council approves night market",
				"The council voted on Tuesday to let a night market run in the old bus depot.",
				"\"Stallholders have waited two years for this,\" KTC Farah Liyana said.",
			},
			want: map[string]string{"Stallholders have waited two years for this": "KTC Farah Liyana"},
		},
	})
}
