package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound18NationalTitles: "the <nationality> Minister" after two
// ministers met is the one the article gave that nationality — in a title
// that names the country ("… of the Republic of X"), by an adjective no
// suffix makes, or where the delegation they led was introduced — not a
// nearer minister the host's own release leaves unmarked; an unmarked
// minister still answers when no one is marked. A clause set beside a
// name after ", and" says who someone else is, not who the name is.
func TestRound18NationalTitles(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the guest's title names the country; the host is unmarked", paras: []string{
			"Joint commission ends with four agreements",
			"The fifth session of the Joint Commission closed on Friday with the signing of four agreements on trade, fisheries and training.",
			"The agreements were signed by the Minister of Trade and Industry, Mr. Kwabena Osei-Mensah, and the Minister of Foreign Trade and Tourism of the Republic of Peru, Mr. Rodrigo Valdivia-Ponce, in front of exporters from both countries.",
			"At the closing ceremony, Minister Osei-Mensah said: \"Our exporters have waited too long for these rules.\"",
			"He added that the agreements would be \"reviewed every two years by both sides.\"",
			"Speaking after him, the Peruvian Minister praised \"a partnership built on patience\" and said the fisheries protocol was \"the first of its kind for our coast.\"",
		}, want: map[string]string{
			"Our exporters have waited too long for these rules.": "Kwabena Osei-Mensah",
			"a partnership built on patience":                     "Rodrigo Valdivia-Ponce",
			"the first of its kind for our coast.":                "Rodrigo Valdivia-Ponce",
		}},
		{name: "two delegations in one sentence, an adjective no suffix makes", paras: []string{
			"Salvador and Denmark sign water agreement",
			"The third session of the Danish-Salvadoran Joint Commission was held today in Copenhagen. The Danish delegation was headed by the Minister for Development Cooperation, Dr Søren Holm-Larsen, and the Salvadoran delegation by the Minister of Foreign Affairs of the Republic of El Salvador, Mrs Ana Lucía Menjívar-Soto.",
			"Opening the talks, Minister Holm-Larsen noted that the two countries had not met in this format since 2019. \"Six years is too long between two sessions,\" he said.",
			"\"Every well we dig under this agreement must be run by the villages themselves,\" the Salvadoran Minister said.",
		}, want: map[string]string{
			"Six years is too long between two sessions":                                    "Søren Holm-Larsen",
			"Every well we dig under this agreement must be run by the villages themselves": "Ana Lucía Menjívar-Soto",
		}},
		{name: "no minister is marked: the one named still answers", paras: []string{
			"Fisheries fair opens on the coast",
			"The Minister of Fisheries, Mr. Julio Quispe-Mamani, opened the national fisheries fair in Paita on Monday.",
			"\"Our boats bring in more than our ports can handle,\" the Peruvian Minister said.",
		}, want: map[string]string{"Our boats bring in more than our ports can handle": "Julio Quispe-Mamani"}},
	})
}

// TestRound18NationalSides: "the <nationality> side" and "the
// <nationality> authorities" are the state, also as the subject of a
// second verb after "and", which reads its subject from the clause's
// start; "the <nationality>" alone is still a person.
func TestRound18NationalSides(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the side, then a second verb", paras: []string{
			"State Secretary holds political consultations with Peru",
			"Lima, 3 March 2025 - Peru's Vice Minister of Foreign Affairs, Tomás Echeverría-Luna, hosted Swiss State Secretary Ursula Brandenberger-Iten for talks on mediation and border questions.",
			"Vice Minister Echeverría-Luna said that Peru was \"ready to share what it has learned\" about mediation. The Peruvian side then presented its plans for the border region and called the Swiss support \"a bridge we could not have built alone\".",
		}, want: map[string]string{"a bridge we could not have built alone": "Peru"}},
		{name: "the authorities, then a second verb", paras: []string{
			"Chile and Argentina reopen mountain pass",
			"The Los Libertadores pass reopened on Tuesday after three weeks of snow, with lorries queued for twenty kilometres on both sides.",
			"The Chilean authorities also inspected the tunnel on Monday and called the repairs \"the fastest we have ever done in winter\".",
		}, want: map[string]string{"the fastest we have ever done in winter": "Chile"}},
	})
}

// TestRound18CourtThatRuled: "the court" and "the Court" of a judgment's
// report are the court that decided, not one the article names only as
// where an appeal may go or as the court that referred the questions;
// with no other court named, "the Court" is the registry's court whose
// other words the article uses.
func TestRound18CourtThatRuled(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Nordic Trade Court", Kind: "organisation", Role: "Court of the Nordic trade area"},
		{Name: "Bergen District Court", Kind: "organisation", Role: "Norwegian first-instance court"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the court an appeal may go to", paras: []string{
			"Fish farm owner fined over lake pollution",
			"A fish farm near Orivesi let feed waste reach the lake for two summers, the Tampere District Court ruled on Tuesday, fining its owner.",
			"Ilkka Rautanen-Virta, 61, said he would talk to his lawyer. The ruling can be appealed to the Turku Court of Appeal within a month.",
			"The court found that the farm had \"ignored three written warnings from the regional authority\".",
		}, want: map[string]string{"ignored three written warnings from the regional authority": "Tampere District Court"}},
		{name: "the court that referred the questions", reg: reg, paras: []string{
			"Licences for coastal boats must be open to the whole Nordic trade area",
			"Today the Court answered questions referred to it by the Bergen District Court about licences for coastal fishing boats.",
			"The plaintiff, a boat owner from Shetland, had been refused a licence although his boat is registered in another state of the Nordic trade area.",
			"The Court held that a licence scheme \"must be open on equal terms to boats registered in any member state\".",
		}, want: map[string]string{"must be open on equal terms to boats registered in any member state": "Nordic Trade Court"}},
		{name: "a court an appeal went to, then that court ruled", paras: []string{
			"Appeal court cuts fine for harbour company",
			"The harbour company appealed to the Vaasa Court of Appeal after it was fined for dredging without a permit.",
			"The Vaasa Court of Appeal on Friday halved the fine, finding that the company had applied for the permit in time.",
			"The court said the authority had \"taken eleven months to answer a routine request\".",
		}, want: map[string]string{"taken eleven months to answer a routine request": "Vaasa Court of Appeal"}},
	})
}

// TestRound18DemonymOfTheCoach: a national team's foreign coach is
// introduced by the team's country and their own nationality ("<Country>'s
// <Nationality> head coach X"); "the <Demonym>" after it is the coach, not
// a player of the team named nearer.
func TestRound18DemonymOfTheCoach(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the team's country, then the coach's nationality", paras: []string{
			"Norway beat Germany to reach the final",
			"Norway will play for the title on Sunday after a 27-24 win over Germany in Herning.",
			"Goalkeeper Ingrid Solheim-Dahl made 14 saves. \"I just tried to stay big in the goal,\" the 27-year-old said.",
			"Norway's Swedish coach Lars-Erik Lindqvist-Berg praised the defence and said his players had \"grown up this spring\".",
			"\"Nobody gave us a chance in March. Now look at them,\" the Swede said.",
		}, want: map[string]string{
			"I just tried to stay big in the goal":               "Ingrid Solheim-Dahl",
			"Nobody gave us a chance in March. Now look at them": "Lars-Erik Lindqvist-Berg",
		}},
	})
}

// TestRound18TitleSeatThenHolder: an official release names a diplomat by
// the title, where it is held and the name with no comma between ("The
// Ambassador of A to B X Y opened …"); "the Ambassador" and "she" after it
// are that person.
func TestRound18TitleSeatThenHolder(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "title, seat, name", paras: []string{
			"Chilean fruit week opens in Nairobi",
			"A week of Chilean fruit and wine tastings opened on Monday at a hotel in Nairobi, with importers from across East Africa.",
			"The Ambassador of the Republic of Chile to Kenya María José Fuentes-Arriagada welcomed the guests and thanked the Kenyan importers for their trust.",
			"\"Our growers want to know the East African market as well as they know the European one,\" the Ambassador said.",
			"She added that a direct cargo route would be studied \"before the next harvest\".",
		}, want: map[string]string{
			"Our growers want to know the East African market as well as they know the European one": "María José Fuentes-Arriagada",
			"before the next harvest": "María José Fuentes-Arriagada",
		}},
	})
}

// TestRound18PossessedOrgan: a central bank's committee named with the
// bank's possessive ("<Bank>'s <Field> Committee")
// speaks for the registry's bank, as "<Bank> Executive Board" does, and so
// does "the Committee" after it.
func TestRound18PossessedOrgan(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Kestrian Central Bank", Kind: "organisation", Role: "Central bank of Kestria"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the bank's committee, then the Committee", reg: reg, paras: []string{
			"Policy rate unchanged at 3.5 percent",
			"Kestrian Central Bank's Interest Rate Committee left the benchmark rate at 3.5 percent on Thursday.",
			"The Committee said house prices had risen \"faster than anyone on the Committee expected\" over the summer.",
		}, want: map[string]string{"faster than anyone on the Committee expected": "Kestrian Central Bank"}},
	})
}

// TestRound18GroupJustIntroduced: "the group" after a sentence that put a
// body beside that noun ("The <Name> group, whose …") is that body, not
// whichever body the article named last, also when the name before the
// noun reads like an adjective of nationality (as a movement's often do).
func TestRound18GroupJustIntroduced(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Baluchi Liberation Front", Kind: "organisation", Role: "Armed movement", Aliases: []string{"BLF", "Baluchi group"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the group after the <Name> group", reg: reg, paras: []string{
			"Shelling hits farms east of Turbat",
			"The Health Department, based in the regional capital Quetta, said on Sunday that 14 villagers had been treated for shrapnel wounds since Friday.",
			"The Baluchi group, which holds the hills east of the town, has controlled the only road to the border since May. Speaking on Dawn FM Radio, the group said the attack was \"a crime against people who only grow rice\".",
		}, want: map[string]string{"a crime against people who only grow rice": "Baluchi Liberation Front"}},
	})
}

// TestRound18FormerClubPosition: sports copy calls a coach by the club and
// position of their playing days ("the former <Club> scrum-half"), which
// is the person the sentences before are about.
func TestRound18FormerClubPosition(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the former <Club> <position>", paras: []string{
			"Portugal edge Romania in Lisbon",
			"Portugal beat Romania 24-22 in Lisbon on Saturday, a late penalty settling a match that swung four times.",
			"Romania coach Dorin Vasilescu-Munteanu blamed the scrum penalties. \"We had the better pack for an hour,\" Vasilescu-Munteanu said.",
			"\"Nobody in Europe can say we are far away now. We lost by two points away from home,\" the former Timisoara scrum-half said.",
		}, want: map[string]string{"Nobody in Europe can say we are far away now. We lost by two points away from home": "Dorin Vasilescu-Munteanu"}},
	})
}

// TestRound18TitleThenSurname: "<Title> of <Field> <Surname>" after the
// story introduced two holders of the title is the one with that surname,
// not the one named last.
func TestRound18TitleThenSurname(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the surname after the title's field", paras: []string{
			"Ministers agree on joint rail timetable",
			"Minister of Transport Aino Virtanen-Laakso and Minister of Justice Mikko Haapala-Rinne met rail operators in Tampere on Monday.",
			"\"From next spring a passenger will buy one ticket for the whole journey, whichever company runs the train,\" says Minister of Transport Virtanen-Laakso.",
		}, want: map[string]string{"From next spring a passenger will buy one ticket for the whole journey, whichever company runs the train": "Aino Virtanen-Laakso"}},
	})
}

// TestRound18InitialledTitle: "the CMO" after "Chief Medical Officer Dr X"
// is X, though a list of titles spells those initials as another title
// no one in the story holds.
func TestRound18InitialledTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "initials of the title given before", paras: []string{
			"Dengue cases rise in the south",
			"The Ministry of Health has recorded 214 suspected dengue cases in the southern districts since the start of the rains, almost three times the figure for last year.",
			"The ministry's advisory states: \"Residents should empty standing water around their homes at least twice a week.\"",
			"Chief Medical Officer Dr. Keisha Baptiste-Alleyne said:",
			"\"We have seen this pattern before, and we know that the first two weeks decide how bad a season becomes.\"",
			"The CMO said the ministry would publish case numbers \"every morning until the rains end\".",
		}, want: map[string]string{"every morning until the rains end": "Keisha Baptiste-Alleyne"}},
	})
}

// TestRound18HeadOfForeignMinistry: "the head of the <nationality> foreign
// ministry" is that country's foreign minister, as "the head of
// <nationality> diplomacy" is; a title "of the Islamic Republic of <X>"
// is X's, not a nationality "Islamic" matches no one by.
func TestRound18HeadOfForeignMinistry(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the head of the <nationality> foreign ministry", paras: []string{
			"Foreign ministers discuss rail corridor by phone",
			"On 3 March, the Minister of Foreign Affairs of the Republic of Kazakhstan, Daulet Serikbayev, held a telephone conversation with the Minister of Foreign Affairs of the Islamic Republic of Iran, Hossein Rahmani-Far.",
			"The Kazakh minister stressed that the railway corridor \"must be open all year round\".",
			"The head of the Iranian foreign ministry said Tehran was \"ready to finish the last section\" of the line.",
		}, want: map[string]string{
			"must be open all year round":      "Daulet Serikbayev",
			"ready to finish the last section": "Hossein Rahmani-Far",
		}},
	})
}

// TestRound18ClubMentor: "the <club> mentor" is what sports copy in many
// places calls the club's coach, named before as "<club> coach X".
func TestRound18ClubMentor(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the <club> mentor", paras: []string{
			"Lautoka lift the cup after extra time",
			"Lautoka beat Rewa 2-1 after extra time at Churchill Park on Sunday to win the Battle of the Giants for the first time in nine years.",
			"\"We lost the last two finals here, so the boys carried a lot on their shoulders,\" Lautoka coach Semesa Naivalu-Rika said.",
			"\"This one is for every supporter who kept coming back,\" the Lautoka mentor told reporters.",
		}, want: map[string]string{"This one is for every supporter who kept coming back": "Semesa Naivalu-Rika"}},
	})
}

// TestRound18EpithetOpensSentence: a sports epithet or position that opens
// a sentence before a name ("Debutant X won", "Opposite Y scored …") is what
// the player is, capitalised as the first word, not part of the name.
func TestRound18EpithetOpensSentence(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "debutant", paras: []string{
			"Kenyan debutant wins in Seville",
			"Debutant Amos Kiplagat-Rono took the Seville Marathon title on Sunday in 2:05:41, the fastest first marathon of the year.",
			"\"I only wanted to finish and learn. At 38 kilometres I felt strong, so I went,\" Kiplagat-Rono said.",
		}, want: map[string]string{"I only wanted to finish and learn. At 38 kilometres I felt strong, so I went": "Amos Kiplagat-Rono"}},
		{name: "a volleyball position", paras: []string{
			"Dominicans sweep Brazil in Rimini",
			"The Dominican Republic beat Brazil 3-0 in Rimini on Saturday to stay unbeaten in the Nations League.",
			"Opposite Yuleidy Marte-Peguero, 26, finished with 24 points. \"The block did the hard work and I only had to be in the right place,\" the 26-year-old said.",
		}, want: map[string]string{"The block did the hard work and I only had to be in the right place": "Yuleidy Marte-Peguero"}},
	})
}

// TestRound18AuthoritiesOfTheOpeningPlace: "In <Country>, the authorities
// said …" in a round-up of several countries is that country, whose
// authorities they are.
func TestRound18AuthoritiesOfTheOpeningPlace(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Chile", Kind: "place", Role: "Country"},
		{Name: "Peru", Kind: "place", Role: "Country"},
		{Name: "Bolivia", Kind: "place", Role: "Country"},
		{Name: "Interpol", Kind: "organisation", Role: "International police organisation"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a round-up by country", reg: reg, paras: []string{
			"Fake fertiliser seized in six countries",
			"Customs officers in six South American countries seized 900 tonnes of counterfeit fertiliser in a two-month operation coordinated by Interpol, the organisation said on Tuesday.",
			"Chile reported the largest single seizure, 240 tonnes in the port of San Antonio.",
			"In Peru, where lorries from Bolivia carried 85 tonnes of it, the authorities told Interpol the route was \"the main road for the trade into the Andes\".",
		}, want: map[string]string{"the main road for the trade into the Andes": "Peru"}},
	})
}

// TestRound18CourtHeadline: a court's release sets a headline in title
// case over the story ("<Court> Allows <Party>'s Appeal"),
// whose verb the name rules run into a court's name; "the Court" is the
// court the story's first sentence names, not that headline.
func TestRound18CourtHeadline(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Windward Isles Supreme Court", Kind: "organisation", Role: "Superior court of the Windward Isles"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a title-case headline over the story", reg: reg, paras: []string{
			"WINDWARD ISLES SUPREME COURT\nCourt of Appeal",
			"PRESS RELEASE",
			"Court of Appeal Allows Landowner's Appeal over Harbour Road",
			"Port Aldane, 4 August 2026: The Windward Isles Supreme Court, sitting as the Court of Appeal, today delivered judgment in the appeal brought by a landowner against the compulsory acquisition of her land for the harbour road.",
			"The Court found the taking of the land lawful. The Court held that compensation must be paid \"within a time that respects the owner's rights\".",
		}, want: map[string]string{"within a time that respects the owner's rights": "Windward Isles Supreme Court"}},
	})
}

// TestRound18BodysDocument: "The <Head>'s <document> says …" — a body
// named before by its full name, then by its capitalised head word with a
// possessive — speaks for that body, as "<Body>'s report" does.
func TestRound18BodysDocument(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Ministry of Mines and Environment of Lorvania", Kind: "organisation", Role: "Lorvania's mining and environment ministry and licensing authority"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "the Ministry's resolution", reg: reg, paras: []string{
			"Copper project gets its environmental licence",
			"Lorvania's Ministry of Mines and Environment granted the Cerro Azul copper project its environmental licence on Monday, the last permit the mine needed before construction.",
			"\"This is the day our investors have waited six years for,\" said Tomás Arrieta-Gil, chief executive of Azul Copper Corp. The company said it would start building the access road in March. The Ministry's decision says the mine's water plan \"meets every requirement of the mining law\".",
		}, want: map[string]string{"meets every requirement of the mining law": "Ministry of Mines and Environment of Lorvania"}},
	})
}
