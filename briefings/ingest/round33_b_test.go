package ingest_test

import "testing"

// TestRound33bSportsPositionBeforeName: a rugby position written before
// the name ("<Position> <Given> <Surname>", New Zealand's "First-five" and
// "Second-five" among them) is no part of it, and "the <position>" later
// is the player.
func TestRound33bSportsPositionBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "position opens the sentence",
		paras: []string{"Harriers edge the derby\n\n" +
			"The Harriers beat the Ospreys 24-22 in Tauranga on Saturday night.\n\n" +
			"Second-five Tamati Rangiwai was named player of the match after a try and two turnovers.\n\n" +
			"\"We never stopped believing, not for a second,\" Rangiwai said.\n\n" +
			"The captain singled out lock Losa Faleolo, whose lineout steals turned the second half.\n\n" +
			"Faleolo shrugged it off. \"The forwards made it easy for me,\" the lock said.\n\n" +
			"The Harriers travel to Napier next week."},
		want: map[string]string{
			"We never stopped believing, not for a second": "Tamati Rangiwai",
			"The forwards made it easy for me":             "Losa Faleolo",
		},
	}})
}

// TestRound33bExcellencyBeforeName: "HE" (His or Her Excellency, "H.E."
// without its stops) before "<Particle> <Surname>" is a courtesy title,
// and the name left is the person the article named in full.
func TestRound33bExcellencyBeforeName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "HE before particle and surname",
		paras: []string{"Ministers sign port accord\n\n" +
			"Minister of Ports Khalid bin Saeed Al Harthy opened two grain berths at Sohar on Sunday.\n\n" +
			"Touring the quay, HE Al Harthy said a third berth would follow in 2027.\n\n" +
			"\"Sohar will feed half the Gulf within ten years,\" HE Al Harthy told guests.\n\n" +
			"The berths can unload two bulk carriers at once."},
		want: map[string]string{
			"Sohar will feed half the Gulf within ten years": "Khalid bin Saeed Al Harthy",
		},
	}})
}

// TestRound33bBurmeseFormsOfAddress: in copy about Myanmar, the Burmese
// forms of address ("Daw", "U", and "Ma", "Ko" for younger people) open a
// name and are no part of it; elsewhere "Ma" is a surname.
func TestRound33bBurmeseFormsOfAddress(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "Myanmar copy",
		paras: []string{"Sagaing traders count the cost of outages\n\n" +
			"Shopkeepers in Shwebo say the power cuts in Myanmar have halved their trade.\n\n" +
			"Daw Nwe Mar Khaing, who runs a cold store, said she had thrown out fish twice this month.\n\n" +
			"\"The generator eats more than the shop earns,\" she said.\n\n" +
			"Ma Ei Phyu Win, a tailor, said she now sews by candlelight.\n\n" +
			"\"My eyes hurt by nine at night,\" she said.\n\n" +
			"Ko Zaw, a driver who asked that only part of his name be used, said fuel was scarce.\n\n" +
			"\"I queue for four hours for ten litres,\" he said."},
		want: map[string]string{
			"The generator eats more than the shop earns": "Nwe Mar Khaing",
			"My eyes hurt by nine at night":               "Ei Phyu Win",
			"I queue for four hours for ten litres":       "Zaw",
		},
	}, {
		name: "an elder's form of address elsewhere in the copy",
		paras: []string{"Tea shops close early in Pakokku\n\n" +
			"U Tin Maung Aye has run his tea shop near the jetty for thirty years.\n\n" +
			"Ma Hnin Wai Lwin, who serves at a stall across the road, said the evening trade had gone.\n\n" +
			"\"Nobody walks out after dark any more,\" she said."},
		want: map[string]string{
			"Nobody walks out after dark any more": "Hnin Wai Lwin",
		},
	}, {
		name: "Chinese surname elsewhere",
		paras: []string{"Port city opens new terminal\n\n" +
			"The new cruise terminal in Xiamen opened on Monday after three years of work.\n\n" +
			"\"We expect half a million passengers in the first year,\" port director Ma Lihua said.\n\n" +
			"The terminal has berths for two large ships."},
		want: map[string]string{
			"We expect half a million passengers in the first year": "Ma Lihua",
		},
	}})
}

// TestRound33bWomanInAMansTitle: a title in a man's form ("chairman",
// "spokesman") before a given name the lists do not know says nothing of
// the holder when her own reported speech follows with "she" ("<Title>
// <Given> <Surname> said she …"): the "she" that attributes her quote
// after it is hers, not the woman quoted before her.
func TestRound33bWomanInAMansTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "chairman said she",
		paras: []string{"Library to close on Saturdays\n\n" +
			"Opening hours at the Scalloway library will be cut from next month to save £30,000 a year.\n\n" +
			"Councillor Fiona Garriock said: \"Nobody on the committee wanted this.\"\n\n" +
			"Library trust chairman Ingrith Mowatt-Leask said she had \"fought for every hour\" but the budget was fixed.\n\n" +
			"\"The children's room will stay open on Saturday mornings,\" she said.\n\n" +
			"The new hours start on 1 May."},
		want: map[string]string{
			"The children's room will stay open on Saturday mornings": "Ingrith Mowatt-Leask",
		},
	}})
}

// TestRound33bAccordingToHerRelative: "according to her <kin>, <Given>
// <Surname>" has "her" as a possessive, not the object pronoun of
// "according to her": the source is the relative named, whom the "he"
// attributing the next quote means.
func TestRound33bAccordingToHerRelative(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a swim, the son's account",
		paras: []string{"Pensioner, 71, swims the Sound of Harris\n\n" +
			"Petronella Varga-Hollis became the oldest woman to swim the Sound of Harris on Saturday.\n\n" +
			"\"She was steady the whole way,\" said boat pilot Osric Penhallow. \"The tide did the rest.\"\n\n" +
			"He said she had trained in a cold loch all winter.\n\n" +
			"She ate nothing but jelly babies on the way, according to her son, Dorian Hollis.\n\n" +
			"\"She has already booked next year's crossing,\" he said.\n\n" +
			"The swim raised £4,000 for the lifeboat."},
		want: map[string]string{
			"She has already booked next year's crossing": "Dorian Hollis",
		},
	}})
}

// TestRound33bNameAfterBodyHead: "<Title> of the <Words> Council <Given>
// <Father's> al-<Surname>": the body's name ends at its head word, so all
// three capitals after it are the person's, though the lists know only
// the father's name and the family name opens on "al-".
func TestRound33bNameAfterBodyHead(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "member of a council",
		paras: []string{"MUKALLA, Nov. 3 - Fishermen say the harbour has been closed to their boats for a week.\n\n" +
			"Member of the Coastal Fisheries Council Abdulwahab Ahmed al-Saqqaf told a crowd at the quay: \"The sea feeds this city and it will be reopened.\"\n\n" +
			"The closure follows a dispute over landing fees."},
		want: map[string]string{
			"The sea feeds this city and it will be reopened.": "Abdulwahab Ahmed al-Saqqaf",
		},
	}})
}

// TestRound33bSpeakingToAnOutlet: "Speaking to <Outlet>, she said: …"
// opens on a participle clause whose subject is the main clause's: the
// outlet named in it is spoken to, and "she" goes back to the person named
// before.
func TestRound33bSpeakingToAnOutlet(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "speaking to a broadcaster",
		paras: []string{"Dredging plan splits harbour town\n\n" +
			"Mussel farmers moored their boats across the harbour mouth in Bar on Monday.\n\n" +
			"Boat owner Milutin Stevanić said the silt would \"kill the beds in a season\".\n\n" +
			"Transport Minister Ivana Marjanac defended the plan at a press conference. Speaking to TV Zora, she said: \"The port cannot grow without a deeper channel.\"\n\n" +
			"Dredging is due to start in October."},
		want: map[string]string{
			"The port cannot grow without a deeper channel.": "Ivana Marjanac",
		},
	}})
}

// TestRound33bNamedAfterPartitive: "A <noun> of one of the <nouns>,
// <Given> <Surname>, <age>, said she …": the person described is named in
// the aside after the partitive, so the "she" attributing the next quote
// is her, not someone unnamed.
func TestRound33bNamedAfterPartitive(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a nurse of one of the clinics",
		paras: []string{"Nurses walk out over unpaid overtime\n\n" +
			"Nurses and midwives at three district clinics in Rajshahi stopped work on Sunday.\n\n" +
			"A nurse of one of the clinics, Shirin Akter, 29, said she had worked seventy hours in the last week.\n\n" +
			"'I fell asleep on the bus home twice. My son cooks for himself now,' she said.\n\n" +
			"The health office will meet them on Tuesday."},
		want: map[string]string{
			"I fell asleep on the bus home twice. My son cooks for himself now": "Shirin Akter",
		},
	}})
}

// TestRound33bFormerClubCoach: "the former <Club> mentor said" is the
// coach the report named, whose title today names another club: the club
// after "former" is one they left.
func TestRound33bFormerClubCoach(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "former club before a coach's synonym",
		paras: []string{"Mokoena rues missed chances\n\n" +
			"Marumo Gallants coach Sifiso Mokoena said his side wasted a strong first half in a goalless draw with Orlando Pirates on Saturday.\n\n" +
			"\"We should have been two up at the break,\" Mokoena said.\n\n" +
			"Goalkeeper Lebo Dube made four saves to keep the point.\n\n" +
			"\"Our finishing lets us down every week and I am tired of saying so,\" the former Golden Arrows mentor said."},
		want: map[string]string{
			"Our finishing lets us down every week and I am tired of saying so": "Sifiso Mokoena",
		},
	}})
}

// TestRound33bHolderAfterBodyAgainst: "said the head of the <Office>
// against <Crime>, <Given> <Surname>, at …": the body's name runs on past
// "against", and the holder named after it, set off, speaks.
func TestRound33bHolderAfterBodyAgainst(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "head of an office against a crime",
		paras: []string{"Stolen herds cross the border in a day, prosecutors say\n\n" +
			"Ranchers in Huehuetenango have lost more than 900 head of cattle this year.\n\n" +
			"\"Most of the animals are over the border before the owner notices,\" said the head of the Prosecutor's Office against Cattle Theft, Marta Ixcoy-Tzul, at a briefing in the town hall.\n\n" +
			"Two checkpoints will open next month."},
		want: map[string]string{
			"Most of the animals are over the border before the owner notices": "Marta Ixcoy-Tzul",
		},
	}})
}

// TestRound33bTimeOpensBeforeUnnamed: "Last week a <noun> at <place> told
// me …. “…,” he said": a time fronted with no comma opens the sentence
// before the unnamed person, who stays unknown, not the person named
// further back.
func TestRound33bTimeOpensBeforeUnnamed(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "last week a fisherman",
		paras: []string{"A marina for yachts, and for whom else?\n\n" +
			"By Desmond Hadley-Joseph\n\n" +
			"Ports Minister Carlton Baptiste-Roache promised the marina would bring \"jobs for every village on the bay\".\n\n" +
			"Eighteen months later the berths are full and the village jetty is empty.\n\n" +
			"Last week a fisherman at the slipway told me what the marina has meant for him. \"They dredge for the yachts and we lose the bait beds,\" he said."},
		want: map[string]string{
			"They dredge for the yachts and we lose the bait beds": "unknown",
		},
	}})
}
