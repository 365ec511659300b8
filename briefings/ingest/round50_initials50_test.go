package ingest_test

import "testing"

// TestRound50Initials50 covers people's names printed with initials, an
// abbreviated given name, an abbreviated rank and a lower-case particle:
// the name keeps the initials and particles the article prints, and drops
// the rank.
func TestRound50Initials50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a rank before an initial and a full name keeps the initial",
			paras: []string{
				"Harbour yards clear as backlog eases",
				"Rear Admiral R. Tanvir Hossain, the harbour board chairman, told reporters at the port on Tuesday that the yards had room again.",
				"\"We are moving more boxes a day than at any time this year,\" Hossain said.",
			},
			want: map[string]string{"We are moving more boxes a day than at any time this year": "R. Tanvir Hossain"},
		},
		{
			name: "a courtesy M. with no rank before it is dropped",
			paras: []string{
				"Le maire défend le budget",
				"M. Julien Marchetti, le maire de Valbonne, a défendu le budget lundi.",
				"« Nous ne toucherons pas aux impôts cette année », a déclaré M. Marchetti.",
			},
			want: map[string]string{"Nous ne toucherons pas aux impôts cette année": "Julien Marchetti"},
		},
		{
			name: "a patronymic initial of two letters before a single name is kept",
			paras: []string{
				"Steppe airline adds a southern route",
				"Steppe Air chief executive Bt. Oyunbold said the route would open in the spring.",
				"\"Our travellers have waited a long time for this link,\" Oyunbold said.",
				"The CEO added that the airline hoped to add flights, \"if the bookings hold up.\"",
			},
			want: map[string]string{
				"Our travellers have waited a long time for this link": "Bt. Oyunbold",
				"if the bookings hold up.":                             "Bt. Oyunbold",
			},
		},
		{
			name: "an abbreviated given name and a lower-case particle are kept",
			paras: []string{
				"Senator presses phone carriers on fraud",
				"Senator Ma. Luisa \"Lulu\" dela Cruzada on Monday warned phone carriers that they could face fines.",
				"\"Every number needs a name behind it,\" dela Cruzada said.",
			},
			want: map[string]string{"Every number needs a name behind it": "Ma. Luisa dela Cruzada"},
		},
		{
			name: "a police rank in abbreviations is not a person",
			paras: []string{
				"Police break up a call-centre gang",
				"Bureau Commissioner Pol. Lt. Gen. Somkiat Wongprasert told a press conference on Thursday that 40 people had been held.",
				"\"No officer will ever ask you to move money,\" Pol. Lt. Gen. Somkiat said.",
				"\"Anyone who asks is a criminal,\" the bureau commissioner said.",
			},
			want: map[string]string{
				"No officer will ever ask you to move money": "Somkiat Wongprasert",
				"Anyone who asks is a criminal":              "Somkiat Wongprasert",
			},
		},
		{
			name: "a Welsh ap between given name and surname is kept",
			paras: []string{
				"Museum returns remains to island elders",
				"Dr Dafydd ap Rhisiart, Keeper of Collections at the Museum, led the research. He said the letters had been hard to read.",
				"\"There was never any doubt about what we had to do,\" ap Rhisiart said.",
			},
			want: map[string]string{"There was never any doubt about what we had to do": "Dafydd ap Rhisiart"},
		},
	})
}
