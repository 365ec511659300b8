package ingest_test

import "testing"

// TestTitleAndSurname: a release that named a holder in full calls them
// later by a title whose complement is one word and the surname alone —
// "Secretary of State X", "Head of Government X", "Chief of Staff X" — or
// names them only so. The capital after the title is the person, not part
// of the title; a field of two capitals after a portfolio is still a field.
func TestTitleAndSurname(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "secretary of state and surname after the full title", paras: []string{
			"Ostria and Velmark talk trade",
			"The Minister for Foreign Affairs, Ana Ferrer Soler, received on Monday in Port Vell the Secretary of State for Foreign Affairs of the Republic of Velmark, Paolo Bertani, on a working visit.",
			"Secretary of State Bertani said that Velmark \"has long seen Ostria as a partner\" and proposed more exchanges of experts.",
		}, want: map[string]string{"has long seen Ostria as a partner": "Paolo Bertani"}},
		{name: "head of government known by surname only", paras: []string{
			"Deputy minister visits",
			"In the afternoon, the Deputy Minister was received by Head of Government Lindqvist. Head of Government Lindqvist underlined the ties and said that the visit showed \"how far we have come.\"",
		}, want: map[string]string{"how far we have come.": "Lindqvist"}},
		{name: "chief of staff and surname", paras: []string{
			"Army reshuffle",
			"The president named General Hugo Medina Saravia as Chief of Staff on Friday.",
			"Chief of Staff Medina told officers the army would be \"leaner and faster\" within a year.",
		}, want: map[string]string{"leaner and faster": "Hugo Medina Saravia"}},
		{name: "a field of two capitals is no surname", paras: []string{
			"Landslide survivors to be moved",
			"The State Minister for Flood Preparedness, Ms Grace Atim-Oketch, who visited the hillside on Sunday, said the families would be moved.",
			"\"No one will be left on this slope when the rains return,\" the minister said.",
		}, want: map[string]string{"No one will be left on this slope when the rains return": "Grace Atim-Oketch"}},
	})
}

// TestNationalityOfTitle: "the <nationality> minister", "The <nationality>
// FM" is the holder of that nationality, which the title may give only as
// "of <Country>" ("of the Republic of <Country>"), or the article where it
// introduced them ("the <nationality> delegation, led by X"). A continent's
// adjective in a title's field is no nationality, and "the FM" is whatever
// the holder's title calls a foreign minister.
func TestNationalityOfTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the FM after titles that name the countries", paras: []string{
			"Ministers meet on the river",
			"Minister of Foreign Affairs of Portugal Ana Lopes Vieira and Minister for Europe and Foreign Affairs of the Republic of Croatia Ivo Marinković today co-chaired the third session of the joint river commission.",
			"The Croatian FM said the river was \"a shared treasure\".",
			"Asked about fishing, the FM said there would be \"no exceptions\" this year.",
		}, want: map[string]string{"a shared treasure": "Ivo Marinković", "no exceptions": "Ivo Marinković"}},
		{name: "the delegation each minister led", paras: []string{
			"Chile and Peru sign rail deal",
			"The Chilean delegation was led by Ambassador Pedro Aravena Soto, Minister of Foreign Affairs and Trade, and the Peruvian delegation by Hon. Dr. Rosa Quispe Mamani, Minister for Foreign Affairs and South American Integration.",
			"Speaking at the signing, Minister Aravena said the line would \"change the north\".",
			"The Peruvian minister described the line as \"a bridge between peoples.\"",
		}, want: map[string]string{"change the north": "Pedro Aravena Soto", "a bridge between peoples.": "Rosa Quispe Mamani"}},
	})
}

// TestShortenedTitle: once copy has given a title in full it shortens it —
// to its initials ("the DCM", "the GM"), whichever title they spell, or to
// its noun in capitals ("the Consul", "the Counsellor-Minister") — and means
// the one named with it.
func TestShortenedTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "initials of a title of three words", paras: []string{
			"Moratorium on new hotels",
			"The cabinet has stopped new hotel permits on the east coast for two years while the sewage works are rebuilt, the government announced on Tuesday.",
			"Deputy Chief Minister Harriet Vaine-Okoro said the decision had not been easy.",
			"\"The reef is what people come here for, and the reef is dying,\" the DCM said.",
		}, want: map[string]string{"The reef is what people come here for, and the reef is dying": "Harriet Vaine-Okoro"}},
		{name: "initials of the end of a firm's title", paras: []string{
			"Water hours cut again",
			"Households in the capital will get piped water two days a week from Monday as the dry season drags on, the water company said.",
			"\"We are not at the red line, but we can see it,\" PWC General Manager Joel Kabua-Lang told reporters on Tuesday.",
			"\"Fill every bucket you have on your day,\" the GM said.",
		}, want: map[string]string{"Fill every bucket you have on your day": "Joel Kabua-Lang"}},
		{name: "a title's noun in capitals", paras: []string{
			"Bodies of migrants to be flown home",
			"Nine migrants died when their bus overturned on the highway north of the border on Saturday night, the state prosecutor's office said.",
			"The Consul General of Ostria, Maria Lindqvist-Oyelaran, said the victims had all been identified by Monday morning.",
			"\"The families have been very patient with us,\" the Consul said.",
		}, want: map[string]string{"The families have been very patient with us": "Maria Lindqvist-Oyelaran"}},
		{name: "a hyphenated title in capitals", paras: []string{
			"Tunnel works to start in spring",
			"Works on the harbour tunnel will start in March and last eleven weeks, the government announced on Friday, with one lane closed at night.",
			"Speaking at a press conference, the Government Counsellor-Minister for Public Works, Henri Valdeblanc, said the timing had been chosen with care.",
			"\"We could not do this in the summer,\" the Counsellor-Minister said.",
		}, want: map[string]string{"We could not do this in the summer": "Henri Valdeblanc"}},
	})
}

// TestTitleRunToTheName: the title set before a name in commas is the
// holder's whole, so "the <title's noun>" later finds them, also when it
// names where it is held ("… of <Country> in <City>"), lists fields with
// "the" after a comma, has capitals before its noun ("the Government
// Counsellor-Minister"), or opens the clause after a fronted phrase.
func TestTitleRunToTheName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a title held in a city", paras: []string{
			"Bodies of migrants to be flown home",
			"Nine migrants died when their bus overturned on the highway north of the border on Saturday night, the state prosecutor's office said.",
			"The Consul General of Ostria in Tapachula, Maria Lindqvist-Oyelaran, reported that the victims had all been identified by Monday morning.",
			"\"The families have been very patient with us,\" the Consul said.",
		}, want: map[string]string{"The families have been very patient with us": "Maria Lindqvist-Oyelaran"}},
		{name: "after a fronted phrase, fields with the, capitals before the noun", paras: []string{
			"Tunnel works to start in spring",
			"Works on the harbour tunnel will start in March and last eleven weeks, the government announced on Friday, with one lane closed at night.",
			"Speaking at a press conference on Friday, the Government Counsellor-Minister for Public Works, the Environment and Urban Development, Henri Valdeblanc, said the timing had been chosen with care.",
			"\"We could not do this in the summer,\" the Counsellor-Minister said.",
		}, want: map[string]string{"We could not do this in the summer": "Henri Valdeblanc"}},
		{name: "a minister named after a fronted phrase", paras: []string{
			"Clean-up crews sent to the east coast",
			"Seaweed has piled up a metre deep on the beaches of the east coast this week, and residents have complained of headaches and sore throats.",
			"Visiting the bay on Tuesday, the Minister for Health, Wellness and the Elderly, Dr. Jonah Pierre-Lacombe, said crews would start on Thursday.",
			"\"Nobody here will be left to deal with this alone,\" the minister said.",
		}, want: map[string]string{"Nobody here will be left to deal with this alone": "Jonah Pierre-Lacombe"}},
	})
}
