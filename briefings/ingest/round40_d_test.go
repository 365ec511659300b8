package ingest_test

import "testing"

// TestRound40dFullestForm: a speaker named by a short form of a name the
// article gives in full elsewhere is named by the full form.
func TestRound40dFullestForm(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "title and surname before the title and full name",
			paras: []string{
				"Water board caps irrigation for the summer",
				"\"Nobody will lose their tap water because of this drought,\" Water Commissioner Vaszary said after the board voted on Thursday.",
				"Farmers had asked for a delay until the harvest was in.",
				"Water Commissioner Ilona Vaszary had warned growers a week earlier that the board would halve their allowance.",
			},
			want: map[string]string{"Nobody will lose their tap water because of this drought": "Ilona Vaszary"},
		},
	})
}

// TestRound40dShortBodyNotPerson: a body's name ending in a head word
// ("<Name> Corps", "<City> <Trade> Guild") is a body, named by its
// longest form, and not a person called by its last two words.
func TestRound40dShortBodyNotPerson(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a spokesperson for a corps",
			paras: []string{
				"Truck overturns on Accra ring road",
				"ACCRA — A fuel truck overturned on the ring road on Friday, blocking traffic for hours.",
				"A spokesperson for the National Highway Patrol Corps said officers had \"warned drivers about the bend for months\".",
			},
			want: map[string]string{"warned drivers about the bend for months": "National Highway Patrol Corps"},
		},
		{
			name: "a trade guild",
			paras: []string{
				"Lisbon tram drivers stop work over brakes",
				"Most of Lisbon's trams stayed in their depots on Monday as drivers refused to take out cars they said were unsafe.",
				"A spokeswoman for the Lisbon Tram Drivers' Guild said: \"We have reported the brakes since March and nobody has come to look at them.\"",
			},
			want: map[string]string{"We have reported the brakes since March and nobody has come to look at them.": "Lisbon Tram Drivers' Guild"},
		},
	})
}

// TestRound40dAcronymSpelt: an acronym speaks for the one body whose
// initials, less the function words and a company's closing suffix, the
// article spells it out with.
func TestRound40dAcronymSpelt(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a company named in full once, then by its initials",
			paras: []string{
				"Yoghurt recalled after listeria found",
				"Kestrel Valley Dairies Ltd recalled 20,000 pots of yoghurt from shops in three counties on Tuesday after a routine test found listeria in one batch.",
				"In a notice to retailers, KVD described the recall as \"a precaution while the other batches are tested\".",
			},
			want: map[string]string{"a precaution while the other batches are tested": "Kestrel Valley Dairies Ltd"},
		},
	})
}
