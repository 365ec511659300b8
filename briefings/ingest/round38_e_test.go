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
			"A spokesperson for Tovara’ Water and Drainage Company (TWDC) said a pump failure at the river intake had stopped supply. “Supply to the hill districts will come back first,” the spokesperson said.\n\n" +
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
		paras: []string{"LIVE: Storm over the atoll\n\n" +
			"6:10 pm\n\n" +
			"Hithadhoo City Mayor Zuleykha Nasreen Omar says two schools now serve as storm shelters. “Bring water and blankets if you can,” she said on local radio.\n\n" +
			"Mayor Omar said a full report would follow. “We will not be caught out again.”"},
		want: map[string]string{
			"Bring water and blankets if you can": "Zuleykha Nasreen Omar",
			"We will not be caught out again.":    "Zuleykha Nasreen Omar",
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
		paras: []string{"Patrol office and Norway to share satellite data\n\n" +
			"HONIARA, 9 JUNE 2026 --- The Coral Sea Patrol Office (CSPO) and the Government of Norway have issued a joint statement on sharing satellite images to track unlicensed trawlers.\n\n" +
			"\"Unreported catches take food from island tables every season,\" the joint statement reads.\n\n" +
			"\"Images will reach every member state within the hour,\" the statement added.\n\n" +
			"CSPO Director Tavita Leaupepe told reporters the deal was \"long awaited\"."},
		want: map[string]string{
			"Unreported catches take food from island tables every season": "Coral Sea Patrol Office",
			"Images will reach every member state within the hour":         "Coral Sea Patrol Office",
			"long awaited": "Tavita Leaupepe",
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
		paras: []string{"Ferry fares frozen\n\n" +
			"The province has frozen ferry fares for the rest of the year, Transport Minister Halima Osei-Brandt announced on Tuesday.\n\n" +
			"In a joint statement, the Inland Waterways Board and Kavu Ferry Company said the freeze covered every route. “Season tickets bought before May remain valid,” the statement read."},
		want: map[string]string{
			"Season tickets bought before May remain valid": "Inland Waterways Board",
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
		paras: []string{"City buses go electric\n\n" +
			"Deputy Kisumu Governor Ibinabo Dokubo-Briggs told reporters the first twenty electric buses would arrive in spring. Some conductors are worried. “No conductor will be laid off when the buses come,” the deputy governor said. “The new buses still need a crew on board.”\n\n" +
			"The drivers' union asked for talks."},
		want: map[string]string{
			"No conductor will be laid off when the buses come": "Ibinabo Dokubo-Briggs",
			"The new buses still need a crew on board.":         "Ibinabo Dokubo-Briggs",
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
	d := draftArticle(t, nil, "Conductors of the coast road\n\n"+
		"Anyone who takes the Kilifi express bus knows Kariuki Ndegwa-Otieno, a stocky conductor of 61 whose regulars call him “Mzee Kiti.” He has collected fares on the coast road since 1989.\n\n"+
		"“Tourists count their change twice. Regulars hand me coins and fall asleep before the first stop,” Kariuki laughs.")
	wantFurniture(t, d, []string{"Mzee Kiti."}, "Tourists count their change twice. Regulars hand me coins and fall asleep before the first stop")
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
		paras: []string{"Water trust dispute deepens\n\n" +
			"The speaker of the provincial council, Kofi Mensah-Bonsu, replied the same evening. “Only this council can wind up the trust,” Mensah-Bonsu said at a rally in Tamale.\n\n" +
			"Mensah-Bonsu has since said that the council would “audit the trust's books before the rains”, a plan that Accra dismissed as bluster.\n\n" +
			"The trust's staff said they were anxious."},
		want: map[string]string{
			"Only this council can wind up the trust":  "Kofi Mensah-Bonsu",
			"audit the trust's books before the rains": "Kofi Mensah-Bonsu",
		},
	}})
}

// TestRound38eBodyNamedInTitle: "The <rank> head of the <Name> Mission in
// <Place>, <Title> <Given> <Surname>, <verb>. “…,” the mission said":
// a body named only inside a person's title is what "the <head>" calls
// again, when the registry knows it (by its full name, or "UN <Body>" for
// "United Nations <Body>").
func TestRound38eBodyNamedInTitle(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "United Nations Observer Mission in Tavora", Kind: "organisation", Role: "UN mission"},
	}}
	lead := "Tavora talks stall\n\n"
	tail := "\n\nNegotiators will reconvene after the harvest, officials said."
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name:  "UN short form",
		reg:   reg,
		paras: []string{lead + "The interim head of the UN Observer Mission in Tavora, Special Representative Ines Okonkwo-Lind, appealed for patience. “Tavorans cannot afford another winter without wages,” the mission said." + tail},
		want: map[string]string{
			"Tavorans cannot afford another winter without wages": "United Nations Observer Mission in Tavora",
		},
	}, {
		name:  "full name",
		reg:   reg,
		paras: []string{lead + "The interim head of the United Nations Observer Mission in Tavora, Special Representative Ines Okonkwo-Lind, appealed for patience. “Tavorans cannot afford another winter without wages,” the mission said." + tail},
		want: map[string]string{
			"Tavorans cannot afford another winter without wages": "United Nations Observer Mission in Tavora",
		},
	}})
}
