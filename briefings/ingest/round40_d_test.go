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
				"Power cuts close bakeries in Shiraz",
				"Rolling blackouts closed dozens of bakeries in Shiraz this week.",
				"A spokesman for the Shiraz Confectioners' Guild said: \"Without power the ovens stay cold, and the shops stay shut.\"",
			},
			want: map[string]string{"Without power the ovens stay cold, and the shops stay shut.": "Shiraz Confectioners' Guild"},
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
				"Island ferry fares to rise in June",
				"Tobago Harbour Ferries Ltd has been allowed to raise fares by 6% from June.",
				"THF said the increase was \"needed to replace two vessels that are thirty years old\".",
			},
			want: map[string]string{"needed to replace two vessels that are thirty years old": "Tobago Harbour Ferries Ltd"},
		},
	})
}
