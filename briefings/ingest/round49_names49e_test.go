package ingest_test

import "testing"

// TestRound49Names49e covers a title the reader took for a name: the
// person the article names right after the title earlier holds it.
func TestRound49Names49e(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a local word for a minister before two ministers' names",
			paras: []string{
				"Dam levy to rise in spring",
				"The levy on the northern dam's water will rise in April, the Minister for Water, Dasho Pelmo Karten Orlu, told the assembly on Monday.",
				"\"The dam was paid for by farmers, and the levy must keep it standing,\" Dasho said.",
				"Finance Minister Dasho Yeshi Norkal Samdrup said the revenue was already in the budget.",
			},
			want: map[string]string{"The dam was paid for by farmers, and the levy must keep it standing": "Pelmo Karten Orlu"},
		},
		{
			name: "a post's short form after its written-out title",
			paras: []string{
				"Mountain road to close at night",
				"Regional Superintendent Northfell, Arvo Kestila Brandt today said the pass road would close at night for four weeks.",
				"Chairing a meeting of engineers, the Reg Sup said, \"No lorry will cross the pass after dark until the wall is rebuilt.\"",
			},
			want: map[string]string{"No lorry will cross the pass after dark until the wall is rebuilt.": "Arvo Kestila Brandt"},
		},
		{
			name: "a hyphenated office named before its holder",
			paras: []string{
				"Forum chair ends visit",
				"The Forum Chair-of-the-Year, Velmar's Trade Minister Odile Ransgaard, ended a visit to the islands on Friday.",
				"\"Trade talks never stop for long,\" the Chair-of-the-Year said at a press conference.",
			},
			want: map[string]string{"Trade talks never stop for long": "Odile Ransgaard"},
		},
		{
			name: "near miss: a family name written first before one given name",
			paras: []string{
				"Scam bill passes",
				"Tan Mei Ling, a member for the east coast, backed the bill.",
				"The bill lets banks freeze an account for three days when they suspect a scam.",
				"\"Older people need this law,\" Tan said.",
			},
			want: map[string]string{"Older people need this law": "Tan Mei Ling"},
		},
		{
			name: "near miss: a body's possessive before its officer stays the body's word",
			paras: []string{
				"Storm cuts power",
				"Lumenta's network manager Kaiho Rautama said crews worked through the night.",
				"\"We will bring in additional crews from the south,\" the Lumen said.",
			},
			want: map[string]string{"We will bring in additional crews from the south": "Lumen"},
		},
	})
}
