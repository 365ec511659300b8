package ingest_test

import "testing"

// TestRound50KinSurname: a child or a wife introduced by a given name
// alone after a possessive ("his daughter <Given>", "her son, <Given>,",
// "<Surname>'s daughter, <Given>,") carries the family surname of the
// person the possessive means; a husband takes no wife's surname, and a
// double-barrelled surname passes to no one.
func TestRound50KinSurname(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "her son by given name takes his mother's surname",
			paras: []string{
				"Tributes paid to harbour choir founder",
				"Tributes have been paid to retired teacher Brigid Conaghty, who has died aged 79.",
				"Her son, Declan, said the family had been overwhelmed by messages.",
				"\"She would have laughed at all the fuss,\" he said.",
			},
			want: map[string]string{"She would have laughed at all the fuss": "Declan Conaghty"},
		},
		{
			name: "his wife of some years takes his surname",
			paras: []string{
				"Forty years on the mudflats",
				"Tommy Ferrick has dug cockles for forty years. He says so quietly.",
				"His wife of 40 years, Orla, said she stopped asking him to retire.",
				"\"The flats keep him going,\" she said.",
			},
			want: map[string]string{"The flats keep him going": "Orla Ferrick"},
		},
		{
			name: "a possessive surname names the daughter's family",
			paras: []string{
				"Two bakers, one river",
				"Goran Vukašić, 58, bakes on the north bank. He agreed to talk only about bread.",
				"Vukašić's daughter, Ana, who studies in the capital, is less patient. \"We care about jobs,\" she says.",
			},
			want: map[string]string{"We care about jobs": "Ana Vukašić"},
		},
		{
			name: "a husband keeps his given name alone",
			paras: []string{
				"Sequins and sewing machines",
				"Annette Brathwaite has designed carnival costumes for 30 years.",
				"Her husband, Cyril, who handles the band's money, put it bluntly.",
				"\"Somebody has to count,\" he said.",
			},
			want: map[string]string{"Somebody has to count": "Cyril"},
		},
		{
			name: "a double-barrelled surname passes to no one",
			paras: []string{
				"The vet who will not retire",
				"Graham Pellow-Tane has run the practice for 40 years.",
				"His wife of 45 years, Judith, is less sure about the long weeks. \"I married a vet,\" she says.",
			},
			want: map[string]string{"I married a vet": "Judith"},
		},
	})
}

// TestRound50PronounSubjects: "he" or "she" goes on with a person the
// sentence before names: a common given name the lists now know
// ("Johnny", "Leah"), and a name after an indefinite description set off
// by a comma with three lower-case words of occupation before it
// ("Another resident, retired <word> <noun> <Name>, said"); and not a
// description owned by "her" before it ("Her teacher was a man she …").
func TestRound50PronounSubjects(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a common given name the lists know carries he",
			paras: []string{
				"The river that stopped giving",
				"The first thing Johnny does when he pushes his skiff off the mud at dawn is smell the water.",
				"\"If it smells like diesel, I go back to bed,\" he says.",
			},
			want: map[string]string{"If it smells like diesel, I go back to bed": "Johnny"},
		},
		{
			name: "a she after her own teacher goes on with her, not the teacher",
			paras: []string{
				"The harpist who learned from a hard master",
				"Ilse Moorcroft-Ayodele arrives at the hall early. She apologises for the mess.",
				"\"This music has been with me since I was twelve,\" she says.",
				"She grew up in Ibadan and Hamburg. Her first teacher was a man she still calls only \"the Master\".",
				"\"He told me on my first day that my hands were too small. I cried all the way home.",
				"\"A year later he said they were the right size after all.\"",
				"Her rise has been fast.",
			},
			want: map[string]string{"He told me on my first day that my hands were too small. I cried all the way home. A year later he said they were the right size after all.": "Ilse Moorcroft-Ayodele"},
		},
		{
			name: "an occupation of three words before the name after an indefinite description",
			paras: []string{
				"Villagers doubt the new turbine",
				"Residents of Lower Brackley are divided over the wind turbine.",
				"Another resident, retired lock keeper Maud Penhaligon, 71, said the turbine was late. \"Let me see the lights come on first,\" she said.",
			},
			want: map[string]string{"Let me see the lights come on first": "Maud Penhaligon"},
		},
	})
}
