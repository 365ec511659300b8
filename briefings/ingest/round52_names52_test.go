package ingest_test

import "testing"

// TestRound52ClergyHonorifics covers clergy honorifics glued onto a
// person's name: Ge'ez and Coptic "Abba" and "Anba" and the abbreviated
// "Fr." are cut off the name, "Anba <Name>" alone is the bishop's one name
// in religion, and "Sr. <Middle>" after the sister's full name is her.
func TestRound52ClergyHonorifics(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a Ge'ez priest's honorific before his full name",
			paras: []string{
				"Parish schools closed in the highlands",
				"Three parish schools in the highlands were closed by the authorities last month.",
				"Abba Tesfay Gebremariam, a priest of the diocese who now lives abroad, said the church \"only wants to teach children\".",
			},
			want: map[string]string{"only wants to teach children": "Tesfay Gebremariam"},
		},
		{
			name: "a Coptic bishop called by his name in religion",
			paras: []string{
				"Diocese opens halls to families from the south",
				"The diocese has opened its halls to families arriving from across the border.",
				"\"We do not ask anyone where they come from,\" Anba Makarios said.",
			},
			want: map[string]string{"We do not ask anyone where they come from": "Makarios"},
		},
		{
			name: "a priest's abbreviated title before his name",
			paras: []string{
				"Camp rations cut again",
				"Food rations in the camp were cut by a third in October, aid workers said.",
				"\"Every parish will be asked to help,\" Fr. Gaudensio Mrema Kimaro, the parish priest, said.",
			},
			want: map[string]string{"Every parish will be asked to help": "Gaudensio Mrema Kimaro"},
		},
		{
			name: "a sister called by her middle name after her full name",
			paras: []string{
				"River town short of supplies",
				"The head of the parish clinic, Sr. Rebecca Achol Deng, said supplies had run low.",
				"\"The boat comes once a week and it is never enough,\" Sr. Achol told reporters.",
			},
			want: map[string]string{"The boat comes once a week and it is never enough": "Rebecca Achol Deng"},
		},
	})
}

// TestRound52PlaceTitleBeforeName covers a regency's name and the English
// title of its head run into a person's name ("<Regency> Regent <Given>
// <Surname>"), as Indonesian copy in English writes it.
func TestRound52PlaceTitleBeforeName(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a regency's regent before his name",
			paras: []string{
				"Landslide cuts road in the hills",
				"A landslide cut the main road through the hills on Monday, stranding hundreds of villagers.",
				"Sikka Regent Fransiskus Wolo Mbete declared a seven-day emergency. \"We need heavy equipment as soon as possible,\" he said.",
			},
			want: map[string]string{"We need heavy equipment as soon as possible": "Fransiskus Wolo Mbete"},
		},
	})
}

// TestRound52IndonesianShortForms covers Indonesian copy, which calls a
// person by the given name: the words of a body or of its seat run into
// the name before it are cut when the given name speaks alone elsewhere,
// and the Balinese "I" opening a paragraph stays on the name.
func TestRound52IndonesianShortForms(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a body's head word before a name whose given name speaks alone",
			paras: []string{
				"Volcano alert raised",
				"The alert level of the volcano was raised to the highest on Sunday.",
				"\"Residents must stay out of the seven-kilometre zone,\" BNPB Head of the Data and Information Center Bambang Susilo Wardoyo said.",
				"Bambang added that tents had been sent. \"More will come tomorrow,\" he said.",
			},
			want: map[string]string{"More will come tomorrow": "Bambang Susilo Wardoyo"},
		},
		{
			name: "a province's office after its agency's initials, before a name",
			paras: []string{
				"Elephant herd enters plantation",
				"A herd of elephants entered an oil palm plantation in Jambi on Friday, villagers said.",
				"\"The herd is moving back to the forest,\" head of BKSDA Jambi Rahmat Lubis said.",
				"Rahmat said rangers would stay in the village. BKSDA Jambi staff set up a post near the river.",
			},
			want: map[string]string{"The herd is moving back to the forest": "Rahmat Lubis"},
		},
		{
			name: "a Balinese name opening a paragraph with I",
			paras: []string{
				"Temple festival goes ahead",
				"The temple festival in the village will go ahead despite the rain, organisers said.",
				"I Nyoman Sukarta, the head of the village, said the offerings were ready. \"We have prepared for months,\" he said.",
			},
			want: map[string]string{"We have prepared for months": "I Nyoman Sukarta"},
		},
	})
}
