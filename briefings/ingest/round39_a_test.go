package ingest_test

import "testing"

// TestRound39aGivenNamesAfterTitles: a given name of a culture world news
// quotes, after a title no list knows, opens the name ("<Title> <Given>
// <Given> <Surname>"), and a father's given name closing a woman's name
// of two words does not make her a man.
func TestRound39aGivenNamesAfterTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "given name after an unlisted title",
		paras: []string{"Village clinics open in Minya\n\n" +
			"Eleven village clinics opened in Minya governorate on Tuesday, each with a resident doctor and a pharmacy, under a programme to bring primary care within walking distance of every household.\n\n" +
			"Deputy Minister of Health for Primary Care and Villages Haitham Nabil Abdel-Rahim said at the first clinic, in Samalut, that there would be a doctor \"in every village of the governorate by next summer\".\n\n" +
			"\"A mother should not need a day off work to see a doctor,\" Abdel-Rahim said.\n\n" +
			"The programme is funded by the World Bank."},
		want: map[string]string{
			"in every village of the governorate by next summer":      "Haitham Nabil Abdel-Rahim",
			"A mother should not need a day off work to see a doctor": "Haitham Nabil Abdel-Rahim",
		},
	}, {
		name: "a father's given name closes a woman's name",
		paras: []string{"Bahir Dar clinic adds maternity ward\n\n" +
			"A health centre in Bahir Dar opened a maternity ward on Monday, the first in the district, after two years of building work.\n\n" +
			"Senait Tadesse, the midwife who runs the ward, said twelve mothers had been admitted on the first day. Dawit Mengistu, the district health officer, attended the opening.\n\n" +
			"\"Mothers used to travel for four hours to give birth,\" she said.\n\n" +
			"The ward has twenty beds."},
		want: map[string]string{
			"Mothers used to travel for four hours to give birth": "Senait Tadesse",
		},
	}})
}

// TestRound39aMalayTitleGrades: the grades that carry on a Malay title
// ("Datuk Seri <Grade> X Y", "Datuk <Grade> X Y") are the title's, not the
// name's.
func TestRound39aMalayTitleGrades(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "Datuk Seri and a grade before the name",
		paras: []string{"Kota Kinabalu port expansion approved\n\n" +
			"The state cabinet approved on Wednesday a 2.1 billion ringgit expansion of the Kota Kinabalu container port, to be built over six years.\n\n" +
			"Sabah Deputy Chief Minister Datuk Seri Panglima Rosman Idris Kinsuan told reporters after the cabinet meeting that the port authority would borrow most of the cost.\n\n" +
			"\"The port has been full for three years. Shippers have waited long enough,\" he said.\n\n" +
			"Work is expected to start in March."},
		want: map[string]string{
			"The port has been full for three years. Shippers have waited long enough": "Rosman Idris Kinsuan",
		},
	}, {
		name: "Datuk and a grade before the name",
		paras: []string{"Kuching opens river taxi service\n\n" +
			"A river taxi service began running between the two banks of the Sarawak River in Kuching on Saturday, with eight boats.\n\n" +
			"State Transport Minister Datuk Patinggi Linggi Jugah Mawan launched the service at the waterfront.\n\n" +
			"\"Nobody should need a car to cross the river,\" he said.\n\n" +
			"Fares start at one ringgit."},
		want: map[string]string{
			"Nobody should need a car to cross the river": "Linggi Jugah Mawan",
		},
	}})
}

// TestRound39aUntranslatedTitles: another language's word for a chair or
// a local head, kept untranslated before a name ("<Body> <Chair> <Given>
// <Surname>"), and a trade written as a title ("<Trade> <Given>
// <Surname>") are the role's, not the name's.
func TestRound39aUntranslatedTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "an Irish chair's title after the body",
		paras: []string{"Clare council approves new county library\n\n" +
			"Clare County Council approved plans for a new county library in Ennis on Monday after a two-year consultation with residents.\n\n" +
			"Council Cathaoirleach Pádraig Ó Dónaill, who proposed the motion, told members:\n\n" +
			"\"The library will open in 2028. Every branch will stay open in the meantime.\"\n\n" +
			"The library will cost 40 million euro."},
		want: map[string]string{
			"The library will open in 2028. Every branch will stay open in the meantime.": "Pádraig Ó Dónaill",
		},
	}, {
		name: "a village head's title and a trade before the name",
		paras: []string{"Village in Nashik district gets piped water\n\n" +
			"Households in a village in Nashik district received piped drinking water on Friday for the first time, after a three-year scheme.\n\n" +
			"Sarpanch Hemlata Keshav Bhosale said every home was now connected. \"Women no longer walk two kilometres for water,\" Bhosale said.\n\n" +
			"Restaurateur Ganpat Sawant Gaikwad, who runs the only eatery on the highway, said his kitchen had used tanker water for a decade. \"I have cancelled the tanker,\" Gaikwad said.\n\n" +
			"The scheme cost 2.4 crore rupees."},
		want: map[string]string{
			"Women no longer walk two kilometres for water": "Hemlata Keshav Bhosale",
			"I have cancelled the tanker":                   "Ganpat Sawant Gaikwad",
		},
	}})
}

// TestRound39aSurnameToFullestForm: a person called by the surname alone
// ("<Title> <Surname>") whom the article names in full only where the
// reader found no person ("A Bench of <Title> <Given> <Middle>
// <Surname>") is named by all the given names the article gives, not the
// last one alone nor none.
func TestRound39aSurnameToFullestForm(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "two given names the lists know",
		paras: []string{"Bombay HC questions port authority over land transfer\n\n" +
			"The Bombay High Court on Tuesday questioned the port authority over the transfer of 40 acres of land to a private logistics firm.\n\n" +
			"A Bench of Justice Ramesh Kumar Dhanuka was hearing a plea by fishermen challenging the transfer.\n\n" +
			"Justice Dhanuka put it to the port authority's lawyer: \"If the land was surplus, why was it never advertised?\"\n\n" +
			"The matter will be heard again next week."},
		want: map[string]string{
			"If the land was surplus, why was it never advertised?": "Ramesh Kumar Dhanuka",
		},
	}, {
		name: "a middle name no list knows",
		paras: []string{"Madras HC stays demolition of fish market\n\n" +
			"The Madras High Court on Monday stayed the demolition of a fish market in Chennai until the corporation files a rehabilitation plan.\n\n" +
			"A Bench of Justice Sunita Rao Patil and Justice Arvind Menon was hearing a petition by the market's vendors.\n\n" +
			"Justice Patil said, \"The vendors were never heard.\"\n\n" +
			"The matter will be heard again in June."},
		want: map[string]string{
			"The vendors were never heard.": "Sunita Rao Patil",
		},
	}})
}

// TestRound39aClericsAndCourtesies: a cleric's rank or courtesy title
// before a name ("<Rank> <Given> <Surname>") is no part of it.
func TestRound39aClericsAndCourtesies(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a Shia cleric's rank",
		paras: []string{"Mashhad seminary reopens library\n\n" +
			"A seminary in Mashhad reopened its library on Thursday after a three-year restoration of its manuscript collection.\n\n" +
			"Hojatoleslam Farrokh Tavassoli-Nia, who heads the seminary, said the collection would be open to scholars from abroad. \"These books belong to everyone who can read them,\" Tavassoli-Nia said.\n\n" +
			"The library holds some 12,000 manuscripts."},
		want: map[string]string{
			"These books belong to everyone who can read them": "Farrokh Tavassoli-Nia",
		},
	}, {
		name: "a Javanese cleric's courtesy",
		paras: []string{"Pesantren in Jombang opens solar plant\n\n" +
			"An Islamic boarding school in Jombang switched on a rooftop solar plant on Wednesday that its board says will cover most of the school's power needs.\n\n" +
			"Kyai Mastur Hidayatullah, who leads the school, said the savings would pay for scholarships. \"Every rupiah we save goes to a student,\" Hidayatullah said.\n\n" +
			"The plant cost 1.2 billion rupiah."},
		want: map[string]string{
			"Every rupiah we save goes to a student": "Mastur Hidayatullah",
		},
	}})
}

// TestRound39aRoleWordsThatAreNames: an untranslated office word that is
// also a common surname ("Pradhan") is no role word: a name it ends
// stays whole.
func TestRound39aRoleWordsThatAreNames(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a surname that is a village head's title elsewhere",
		paras: []string{"Board exams to move online\n\n" +
			"State board exams will move online from next year, the education department said on Monday.\n\n" +
			"Education Minister Sunil Pradhan said the change would \"end paper leaks for good\".\n\n" +
			"\"Every centre will be ready by March,\" Pradhan said."},
		want: map[string]string{
			"end paper leaks for good":            "Sunil Pradhan",
			"Every centre will be ready by March": "Sunil Pradhan",
		},
	}})
}
