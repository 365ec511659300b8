package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound42nTwoWordNationality: "<Nationality> <Nationality> <Given>
// <Surname>", a state's adjective of two words ran into a name whose
// given name the lists know; the name is the person's without the
// adjective, and no use of the surname alone is needed to say so
// (round42_m's case has a given name the lists lack).
func TestRound42nTwoWordNationality(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "two-word nationality before a known given name",
		paras: []string{"Chess club hires grandmaster to train juniors\n\n" +
			"A city chess club has hired South African Peter Hollowbrook to run its junior academy for two years.\n\n" +
			"\"Children learn faster than adults because they are not afraid to lose,\" he told members at the club's annual dinner.\n\n" +
			"Classes open in February."},
		want: map[string]string{
			"Children learn faster than adults because they are not afraid to lose": "Peter Hollowbrook",
		},
	}})
}

// TestRound42nGluedInitialOfFirstGiven: "<I>.<Surname>" after "<Given>
// <Patronymic> <Surname>" — the initial is the first given name's, not
// the one right before the surname.
func TestRound42nGluedInitialOfFirstGiven(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "initial of the first of two given names",
		paras: []string{"Ministers of agriculture meet in Bishkek\n\n" +
			"Bishkek, 4 March /Kabar/. Minister of Agriculture of the Kyrgyz Republic Bakyt Osmonov Temirkulov received a delegation led by the deputy minister of agriculture of Kazakhstan.\n\n" +
			"The sides discussed grain supplies and veterinary controls at the border.\n\n" +
			"\"Our farmers need one set of rules on both sides of the border,\" B.Temirkulov said.\n\n" +
			"The next round of talks will be held in Astana."},
		want: map[string]string{
			"Our farmers need one set of rules on both sides of the border": "Bakyt Osmonov Temirkulov",
		},
	}, {
		name: "initial of a name run into the title before it",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Kazakhstan", Role: "Country", Kind: "place"},
			{Name: "Ministry of Foreign Affairs of Kazakhstan", Role: "Kazakh foreign ministry", Kind: "organisation"},
		}},
		paras: []string{"Foreign ministers sign pipeline protocol\n\n" +
			"Astana, 5 May /Kazinform/. Minister of Foreign Affairs of the Republic of Kazakhstan Dovlatbek Serikovich Zhaksybekov held talks with Minister of Foreign Affairs of the Kyrgyz Republic Taalaibek Omurzakov Ibraimov, who arrived in Astana on a working visit.\n\n" +
			"The parties signed a protocol on gas deliveries for the coming winter.\n\n" +
			"\"Every cubic metre we promised will arrive on time,\" D.Zhaksybekov said.\n\n" +
			"The next meeting will take place in Bishkek."},
		want: map[string]string{
			"Every cubic metre we promised will arrive on time": "Dovlatbek Serikovich Zhaksybekov",
		},
	}})
}

// TestRound42nShortenedRankBeforeSurname: "<Asst> <Comm> <Surname>", a
// police rank shortened without its stops before the surname of the
// officer the article named in full.
func TestRound42nShortenedRankBeforeSurname(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "assistant commissioner shortened",
		paras: []string{"Two dead as bus leaves road near Masvingo\n\n" +
			"Two people died and 14 were injured when a bus left the road near Masvingo on Sunday night, police said.\n\n" +
			"Police spokesperson Assistant Commissioner Tendai Rufaro Chikomba said the driver had fled the scene.\n\n" +
			"\"We are appealing to the driver to hand himself in at the nearest police station,\" Asst Comm Chikomba said.\n\n" +
			"The injured were taken to Masvingo General Hospital."},
		want: map[string]string{
			"We are appealing to the driver to hand himself in at the nearest police station": "Tendai Rufaro Chikomba",
		},
	}})
}

// TestRound42nTitleWordsBeforeName: words of a title the reader ran into
// the name after it — a field of two words after "<Title>", even where a
// body's name opens on the same words, and the two words of a compound
// title ending in "Master".
func TestRound42nTitleWordsBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "title, field of two words, name",
		paras: []string{"Regulator files charges over loyalty points\n\n" +
			"The regulator has filed 12 charges against a fuel retailer over claims made about its loyalty scheme.\n\n" +
			"General Manager Consumer Licensing Margaret Tuilagi-Hewson said the retailer had told customers points never expired.\n\n" +
			"\"People saved points for years on the strength of that promise,\" she said.\n\n" +
			"The Consumer Licensing Act sets a maximum fine of $600,000 per charge."},
		want: map[string]string{
			"People saved points for years on the strength of that promise": "Margaret Tuilagi-Hewson",
		},
	}, {
		name: "compound title ending in master",
		paras: []string{"Boats cut loose in marina overnight\n\n" +
			"Three boats were cut from their moorings at the town marina overnight on Saturday, police said.\n\n" +
			"Harbour Master Gareth Le Marquand said: \"We have never seen anything like it. Every berth holder will be contacted by Monday.\"\n\n" +
			"Anyone with information is asked to call the police."},
		want: map[string]string{
			"We have never seen anything like it. Every berth holder will be contacted by Monday.": "Gareth Le Marquand",
		},
	}})
}

// TestRound42nApposedLongName: "<Title>, <Word> <Word> <Given>
// <Surname>, said" — a name of four words set off in apposition is given
// whole, though its first two are in no list of given names and the
// surname speaks alone later.
func TestRound42nApposedLongName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "four-word name after a comma",
		paras: []string{"Utility asks regulator for fuel charge\n\n" +
			"The city's power utility asked the regulator on Tuesday to pass a higher fuel cost on to consumers.\n\n" +
			"The utility's head of regulatory affairs, Syed Tabish Imran Qureshi, told the hearing that gas supplies had fallen short all month.\n\n" +
			"\"We had no choice but to run the plants on furnace oil,\" Qureshi said.\n\n" +
			"The regulator reserved its decision."},
		want: map[string]string{
			"We had no choice but to run the plants on furnace oil": "Syed Tabish Imran Qureshi",
		},
	}})
}

// TestRound42nFirstGivenTakenForTitle: "<Given> <Given> <Surname>, who
// …, said" opening a sentence, the first given name in no list and
// shaped like a nationality: it is the person's, not a title.
func TestRound42nFirstGivenTakenForTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "unknown first given name opening a sentence",
		paras: []string{"Guesthouses brace for higher power bills\n\n" +
			"Small hotels on the south coast say a proposed rise in electricity tariffs will wipe out their profits for the season.\n\n" +
			"Some owners have already cut staff. Kishan Fernando Gunasekera, who runs a 12-room guesthouse in Galle, said his bill had doubled since March.\n\n" +
			"\"I cannot raise prices on guests who booked in January,\" Gunasekera said.\n\n" +
			"The regulator will rule on the proposal next month."},
		want: map[string]string{
			"I cannot raise prices on guests who booked in January": "Kishan Fernando Gunasekera",
		},
	}})
}

// TestRound42nSurnameAfterNameInCapitals: "<Surname> said" where the
// article gives the full name only in capitals ("<TITLE> <GIVEN>
// <SURNAME>", a quotes box's heading): the given name the lists know is
// the person's.
func TestRound42nSurnameAfterNameInCapitals(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "full name only in a capitals heading",
		paras: []string{"Reaction as rowing squad named for Europeans\n\n" +
			"The federation today named the 14 rowers who will race at the European Championships in June. Here is what some of them said.\n\n" +
			"CAPTAIN CIARA DONNELLAN\n\n" +
			"\"It's a proud day for the whole club. We have worked for this since October.\"\n\n" +
			"Donnellan, who rows her fourth championships, added: \"We have never been quicker in April than we are now.\"\n\n" +
			"The squad leaves for a training camp on Monday."},
		want: map[string]string{
			"We have never been quicker in April than we are now.": "Ciara Donnellan",
		},
	}})
}

// TestRound42nGermanPostBeforeName: "<Post> <Given> <Surname>" in
// German-language copy, the post one compound word ending in its head
// ("-anwältin", "-sprecher", "-vorständin"), a firm's name hyphened
// before it or not.
func TestRound42nGermanPostBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "prosecutor and firm's board member",
		paras: []string{"Bauunternehmer wegen Betrugs verurteilt\n\n" +
			"Das Bezirksgericht hat einen 58-jährigen Bauunternehmer am Dienstag zu drei Jahren Freiheitsstrafe verurteilt.\n\n" +
			"\"Er hat Rechnungen für Arbeiten gestellt, die nie ausgeführt wurden\", sagte Oberstaatsanwältin Franziska Imboden.\n\n" +
			"\"Wir prüfen den Fall und werden uns dann äussern\", sagte Bahnbau-Finanzvorständin Claudia Seeholzer-Wyss.\n\n" +
			"Das Urteil ist noch nicht rechtskräftig."},
		want: map[string]string{
			"Er hat Rechnungen für Arbeiten gestellt, die nie ausgeführt wurden": "Franziska Imboden",
			"Wir prüfen den Fall und werden uns dann äussern":                    "Claudia Seeholzer-Wyss",
		},
	}})
}

// TestRound42nTitleInitialsBeforeSurname: "<ACR> <Surname> said", a
// title's initials no list knows before the surname of the one person the
// article named in full by it.
func TestRound42nTitleInitialsBeforeSurname(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "public relations officer's initials",
		paras: []string{"Police recover stolen cement in Brikama\n\n" +
			"Police have recovered more than 300 bags of cement stolen from a construction site in Brikama last week.\n\n" +
			"Police spokesperson Inspector Ebrima Touray told reporters that two suspects were in custody.\n\n" +
			"“Anyone found buying these goods will be charged as well,” PRO Touray said.\n\n" +
			"The site's owners thanked the police."},
		want: map[string]string{
			"Anyone found buying these goods will be charged as well": "Ebrima Touray",
		},
	}})
}

// TestRound42nHonorificSpelling: "<Title> <Surname>" with a Dzongkha
// title for the prime minister in another of its romanised spellings,
// after the person's full name.
func TestRound42nHonorificSpelling(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "prime minister's title, other spelling",
		paras: []string{"Hydropower project to go ahead, says PM\n\n" +
			"Prime Minister Karma Wangdi Dorji, speaking in Punakha, said the government would sign the financing agreement next month.\n\n" +
			"\"The river will pay for the schools our children need,\" Lyonchoen Dorji said.\n\n" +
			"Work on the access road is due to start in spring."},
		want: map[string]string{
			"The river will pay for the schools our children need": "Karma Wangdi Dorji",
		},
	}})
}

// TestRound42nAccordingToBeforeSurname: "Volgens <Surname> …" — the word
// for "according to" that opens a sentence in Dutch copy, capitalised,
// is no part of the name of the person named in full before.
func TestRound42nAccordingToBeforeSurname(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "dutch according to",
		paras: []string{"Vakbonden boos over sluiting fabriek in Gent\n\n" +
			"De directie van de papierfabriek in Gent kondigde dinsdag aan dat de productie eind juni stopt. Er verdwijnen 240 banen.\n\n" +
			"‘Niemand heeft ons iets gevraagd’, zegt Marijke Vandersteen-Goossens van de socialistische vakbond.\n\n" +
			"Volgens Vandersteen-Goossens volgt er donderdag een eerste actie. ‘We blijven niet aan de kant staan.’\n\n" +
			"De directie wil voorlopig niet reageren."},
		want: map[string]string{
			"We blijven niet aan de kant staan.": "Marijke Vandersteen-Goossens",
		},
	}})
}
