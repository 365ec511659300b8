package ingest_test

import "testing"

// TestRound49Teams49b covers a side's statement given as "the team said"
// or "the club said" when the article names the side with no word for
// its kind, and a firm's short name, taken for a surname, for the firm
// the article names in full.
func TestRound49Teams49b(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a side named with a plural verb is the club",
			paras: []string{
				"Harrowgate part with veteran defender",
				"Harrowgate have released defender Dario Pellino a year before his contract was due to end.",
				"\"We thank Dario for six seasons of loyal service and wish him well,\" the club said on its website.",
				"Harrowgate, who finished third last season, face Dunmore on Saturday.",
			},
			want: map[string]string{"We thank Dario for six seasons of loyal service and wish him well": "Harrowgate"},
		},
		{
			name: "a side named before its rider is the team",
			paras: []string{
				"Rider breaks wrist in sprint finish",
				"Velocity Northern rider Anton Brisk was taken to hospital after a fall in the final kilometre on Sunday.",
				"\"Anton will have surgery tomorrow and we expect him back before the autumn,\" the team said.",
			},
			want: map[string]string{"Anton will have surgery tomorrow and we expect him back before the autumn": "Velocity Northern"},
		},
		{
			name: "near miss: a side the article names as a team keeps its name",
			paras: []string{
				"Redline Racing confirm new engine partner",
				"The Redline Racing team announced a five-year deal with an engine maker on Monday.",
				"\"This is the biggest step in our history,\" the team said.",
			},
			want: map[string]string{"This is the biggest step in our history": "Redline Racing team"},
		},
		{
			name: "near miss: no side named, the team stays unknown",
			paras: []string{
				"Ground closed after storm damage",
				"Part of the stand roof was torn off overnight and the pitch is under water.",
				"\"We will not be able to play here for at least a month,\" the club said.",
			},
			want: map[string]string{"We will not be able to play here for at least a month": "unknown"},
		},
		{
			name: "a firm's short name for the firm named in full",
			paras: []string{
				"Brannock Tin PLC lifts output as new mill runs",
				"Brannock Tin PLC said first-half output rose by a fifth after its new mill reached full speed.",
				"Brannock added in its results: \"We expect the second half to be stronger still.\"",
			},
			want: map[string]string{"We expect the second half to be stronger still.": "Brannock Tin PLC"},
		},
		{
			name: "near miss: a one-word speaker with no longer firm stays as named",
			paras: []string{
				"Tin output rises at mill",
				"Output at the mill rose by a fifth in the first half, figures show.",
				"Ostrander added in a note: \"We expect the second half to be stronger still.\"",
			},
			want: map[string]string{"We expect the second half to be stronger still.": "Ostrander"},
		},
	})
}
