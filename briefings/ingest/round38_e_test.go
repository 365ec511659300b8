package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound38eMasterMusicianTitle: "<Ustad> <Given> <Name>", the title
// South Asian copy puts before a master musician's name, is no part of
// the name; the pronoun that follows speaks for the bare name.
func TestRound38eMasterMusicianTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "sarangi teacher's farewell",
		paras: []string{"Sarangi maestro gives his last recital\n\n" +
			"Lucknow, Mar 14: Veteran sarangi player Ustad Imtiaz Hasan Qureshi gave his farewell recital at the Bhatkhande auditorium on Saturday evening. He is 79.\n\n" +
			"After the encore he thanked his pupils. \"The bow is lighter now than when I was a boy, but the strings still answer,\" he said.\n\n" +
			"The recital was recorded for the state archive."},
		want: map[string]string{
			"The bow is lighter now than when I was a boy, but the strings still answer": "Imtiaz Hasan Qureshi",
		},
	}})
}

// TestRound38eApostropheClosedPlaceInBodyName: "<Place>' <Word> and
// <Word> Company (<ACRONYM>)", a place spelt with a closing apostrophe
// inside a body's name, keeps the apostrophe in the word: the body is
// named in full, not cut at a possessive of the place. A nickname in
// single marks ("'<Nickname>' <Surname>") still closes at its mark.
func TestRound38eApostropheClosedPlaceInBodyName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "utility spokesperson",
		paras: []string{"Hill districts without water\n\n" +
			"A spokesperson for Tovara’ Water and Drainage Company (TWDC) said the cut was caused by a burst main under the ring road. “Supply to the hill districts will come back first,” the spokesperson said.\n\n" +
			"Repairs were due to finish overnight."},
		want: map[string]string{
			"Supply to the hill districts will come back first": "Tovara’ Water and Drainage Company",
		},
	}, {
		name: "nickname in single marks",
		paras: []string{"Ferry skipper retires\n\n" +
			"Ferry skipper Rowan 'Gecko' Abernethy, 66, steered his last crossing to the island on Sunday. \"The tide never once asked me how I felt,\" Abernethy said.\n\n" +
			"The ferry company thanked him."},
		want: map[string]string{
			"The tide never once asked me how I felt": "Rowan Abernethy",
		},
	}})
}

// TestRound38eSurnameFromGivenName: "<Title> <Given> <Middle> <Surname>"
// then "<Title> <Surname>", where the surname is a man's given name in the
// lists: the lone surname gives the person no gender, so "she" after the
// full name still finds her.
func TestRound38eSurnameFromGivenName(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "live blog entry",
		paras: []string{"LIVE: Island ferry strike\n\n" +
			"4:45 pm\n\n" +
			"Hithadhoo City Mayor Zuleykha Nasreen Omar says the council has opened two halls as waiting rooms. “Please keep the aisles clear for the elderly,” she said in a video message.\n\n" +
			"Mayor Omar said the council would review its plan. “This cannot happen twice.”"},
		want: map[string]string{
			"Please keep the aisles clear for the elderly": "Zuleykha Nasreen Omar",
			"This cannot happen twice.":                    "Zuleykha Nasreen Omar",
		},
	}})
}

// TestRound38eJointStatementIssuingPair: "<Body A> (<ACR>) and the <Body
// B> have issued a joint statement", then "the joint statement reads" and
// "the statement added": the text speaks for its first-named party, not
// for the body named last before it.
func TestRound38eJointStatementIssuingPair(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "patrol office and a government",
		paras: []string{"Island states, Canada sign joint statement on reef patrols\n\n" +
			"SUVA, 4 MARCH 2026 --- The Coral Sea Patrol Office (CSPO) and the Government of Canada have issued a joint statement committing to expand aerial surveillance of reef fisheries across the Coral Sea.\n\n" +
			"\"The Parties recognise that poaching on the outer reefs continues to cost island communities their livelihoods,\" the joint statement reads.\n\n" +
			"\"Both sides commit to two patrol flights a week by 2028,\" the statement added.\n\n" +
			"CSPO Director Tavita Leaupepe told reporters the agreement was \"overdue\"."},
		want: map[string]string{
			"The Parties recognise that poaching on the outer reefs continues to cost island communities their livelihoods": "Coral Sea Patrol Office",
			"Both sides commit to two patrol flights a week by 2028":                                                        "Coral Sea Patrol Office",
			"overdue": "Tavita Leaupepe",
		},
	}})
}

// TestRound38eFrontedJointStatementPair: "In a joint statement, the <Body
// A> and <Body B> said …", then "the statement read": the fronted
// document goes before the pair, whose first-named party speaks.
func TestRound38eFrontedJointStatementPair(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "authority and a bridge company",
		paras: []string{"Harbour bridge toll rise shelved\n\n" +
			"The government has shelved a planned rise in harbour bridge tolls, Works Minister Ruth Achieng announced on Monday.\n\n" +
			"In a joint statement, the Coastal Roads Authority and Lango Bridge Company said the decision was effective at once. “Drivers will keep paying the old rates until further notice,” the statement read."},
		want: map[string]string{
			"Drivers will keep paying the old rates until further notice": "Coastal Roads Authority",
		},
	}})
}

// TestRound38eRankBeforeNarrowedTitle: "<Rank> <Place> <Title> <Given>
// <Surname>", then "the <rank> <title> said": the rank before the one
// word that narrows the title is still its rank, so the description finds
// the holder, and the quote after it goes on in the same voice.
func TestRound38eRankBeforeNarrowedTitle(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "deputy governor of a city",
		paras: []string{"Lagoon ferries go electric\n\n" +
			"Deputy Kisumu Governor Ibinabo Dokubo-Briggs told reporters the first six electric ferries would arrive next year. Not every skipper agrees. “Nobody is losing their job because of this,” the deputy governor said. “We need experienced skippers more than ever.”\n\n" +
			"Passengers were unconvinced."},
		want: map[string]string{
			"Nobody is losing their job because of this":   "Ibinabo Dokubo-Briggs",
			"We need experienced skippers more than ever.": "Ibinabo Dokubo-Briggs",
		},
	}, {
		name: "deputy minister of a field",
		paras: []string{"Clinic hours extended\n\n" +
			"Deputy Health Minister Tandiwe Mokoena-Ruiz visited the district clinic on Friday. Nurses asked about night shifts. “Every clinic will open until ten from June,” the deputy minister said.\n\n" +
			"The union welcomed the plan."},
		want: map[string]string{
			"Every clinic will open until ten from June": "Tandiwe Mokoena-Ruiz",
		},
	}})
}

// TestRound38eNicknameClosingSentence: "whose friends call him “<Nick>.”"
// with the sentence's full stop inside the marks, as American copy sets
// it, is the man's nickname, no quote, even where a speech verb's noun use
// ("the <Place> express ferry") stands before it in the sentence.
func TestRound38eNicknameClosingSentence(t *testing.T) {
	t.Parallel()
	d := draftArticle(t, nil, "The skippers of the lagoon\n\n"+
		"If you’ve ever ridden the Ikorodu express ferry, you’ve probably seen Tunde Bakare-Ojo, a wiry 58-year-old whose friends call him “Baba Tee.” He has been steering boats across the lagoon for 31 years.\n\n"+
		"“People think it’s easy. You try docking a 20-meter boat at the jetty with two centimeters to spare,” Tunde laughs.")
	wantFurniture(t, d, []string{"Baba Tee."}, "People think it’s easy. You try docking a 20-meter boat at the jetty with two centimeters to spare")
}

// TestRound38eRelativeClauseAfterQuote: "<Surname> has since said that …
// “<words>”, a <noun> that <Place> dismissed as <…>": the verb after the
// quote belongs to a relative clause on the noun set beside it, whose own
// subject answered the words; the speech verb before the quote names its
// speaker.
func TestRound38eRelativeClauseAfterQuote(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "threat dismissed by a capital",
		paras: []string{"Harbour board fight goes on\n\n" +
			"The chair of the regional assembly, Kofi Mensah-Bonsu, answered within hours. “The assembly alone appoints the board,” Mensah-Bonsu said in a televised address from Tamale.\n\n" +
			"Mensah-Bonsu has since said that the assembly would “name a new board before the end of the year”, a threat that Accra dismissed as theatre.\n\n" +
			"The port workers' union said it was worried."},
		want: map[string]string{
			"The assembly alone appoints the board":       "Kofi Mensah-Bonsu",
			"name a new board before the end of the year": "Kofi Mensah-Bonsu",
		},
	}})
}

// TestRound38eBodyNamedInTitle: "The acting head of the <Name> Mission in
// <Place>, <Title> <Given> <Surname>, urged calm. “…,” the mission said":
// a body named only inside a person's title is what "the <head>" calls
// again, when the registry knows it (by its full name, or "UN <Body>" for
// "United Nations <Body>").
func TestRound38eBodyNamedInTitle(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "United Nations Observer Mission in Tavora", Kind: "organisation", Role: "UN mission"},
	}}
	lead := "Tavora talks stall\n\n"
	tail := "\n\nThe two camps are due to meet again next month in the capital, officials said."
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name:  "UN short form",
		reg:   reg,
		paras: []string{lead + "The acting head of the UN Observer Mission in Tavora, Special Representative Ines Okonkwo-Lind, urged calm. “Tavorans cannot afford another winter without wages,” the mission said." + tail},
		want: map[string]string{
			"Tavorans cannot afford another winter without wages": "United Nations Observer Mission in Tavora",
		},
	}, {
		name:  "full name",
		reg:   reg,
		paras: []string{lead + "The acting head of the United Nations Observer Mission in Tavora, Special Representative Ines Okonkwo-Lind, urged calm. “Tavorans cannot afford another winter without wages,” the mission said." + tail},
		want: map[string]string{
			"Tavorans cannot afford another winter without wages": "United Nations Observer Mission in Tavora",
		},
	}})
}
