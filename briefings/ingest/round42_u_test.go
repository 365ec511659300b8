package ingest_test

import "testing"

// TestRound42uPlacedNounBeforePronoun: "A <Town> <noun>, who …, said …"
// then "“…,” he said" — the capitals between the article and the
// person's noun say where the person is from; they are no name, and the
// pronoun means the one the phrase describes, whom the copy never names,
// not someone named further back.
func TestRound42uPlacedNounBeforePronoun(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "one-word town before the noun",
		paras: []string{"Port fees ease as the shilling steadies\n\n" +
			"MOMBASA — Importers say costs have stopped climbing for the first time in two years.\n\n" +
			"The Cabinet Secretary for Trade, Mr Peter Wanyonyi, told senators last week that the ministry would review clearing charges \"before the end of the quarter.\"\n\n" +
			"A Gikomba trader, who sells phones imported from Dubai, said the steadier currency had helped. \"Last year my price list changed every month. Now I can hold a price,\" he said.\n\n" +
			"The port authority did not comment."},
		want: map[string]string{
			"Last year my price list changed every month. Now I can hold a price": "unknown",
		},
	}, {
		name: "two-word town before the noun, quote in the next paragraph",
		paras: []string{"Wagon shortage leaves containers stranded\n\n" +
			"ADDIS ABABA — Containers are waiting up to three weeks for a train at the dry port, forwarders say.\n\n" +
			"Forwarders' association chairman Dawit Alemu Bekele said the backlog had doubled since June. \"We have never seen the yard this full,\" Dawit said.\n\n" +
			"A Kombolcha Road importer who brings in flour said prices had risen by a fifth.\n\n" +
			"\"Every day the box waits, I pay storage. In the end the family buying bread pays,\" he said, asking not to be named.\n\n" +
			"The railway operator said more wagons would arrive next month."},
		want: map[string]string{
			"We have never seen the yard this full":                                           "Dawit Alemu Bekele",
			"Every day the box waits, I pay storage. In the end the family buying bread pays": "unknown",
		},
	}})
}

// TestRound42uStampBeforeIndefinite: a live page's entry "<Time> — A
// <noun> in <Place> said his …. “…,” he told <Outlet>" — the dash after
// the stamp opens the entry's sentence as its start would, so the pronoun
// means the person the entry describes, not the official named in the
// entry above.
func TestRound42uStampBeforeIndefinite(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "farmer after a stamp below a governor",
		paras: []string{"LIVE: Typhoon crosses the northern provinces\n\n" +
			"4:10 PM — Nueva Vizcaya Gov. Ma. Lourdes Dumlao said 9,000 residents were in shelters. \"The river is still rising. Stay where you are,\" the governor said in a radio interview.\n\n" +
			"3:05 PM — A rice farmer in Bayombong said his whole field was flattened. \"Nothing is left standing. We were going to harvest next week,\" he told reporters.\n\n" +
			"2:30 PM — Classes remain suspended in the province."},
		want: map[string]string{
			"Nothing is left standing. We were going to harvest next week": "unknown",
		},
	}})
}

// TestRound42uTimeBeforeIndefinite: "Last <week> a <noun> at <Place>
// put it to me …. “…,” he said" — a time fronted with no comma leaves
// the indefinite the sentence's subject, so the pronoun after it means the
// person the column describes and never names, not the minister quoted
// above.
func TestRound42uTimeBeforeIndefinite(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "last week a bus operator",
		paras: []string{"A new runway is not a tourism plan\n\n" +
			"The Minister of Tourism, Calvin Baptiste-Rowe, told the gathering: \"By 2028, we will double the number of visitors to the islands.\"\n\n" +
			"The minister is an energetic man. But a route is not a strategy.\n\n" +
			"Last week a bus operator at Kingstown put it to me more plainly than any report could. \"The plane land, the people leave, and we stay here,\" he said.\n\n" +
			"That is arithmetic, not politics."},
		want: map[string]string{
			"By 2028, we will double the number of visitors to the islands.": "Calvin Baptiste-Rowe",
			"The plane land, the people leave, and we stay here":             "unknown",
		},
	}})
}

// TestRound42uRegnalNumeralAfterRoleOfPlace: "The <Title> of <Place>
// <Unit>, <Given> <Stool name> III, said his … “…,” he said" — the title's
// "of <Capitals>" set off before the name is a person's description as a
// title alone is, so the numeral closes a person's name, not a body's
// initials, and the pronoun means that person, not the one named before.
func TestRound42uRegnalNumeralAfterRoleOfPlace(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "paramount chief of a chiefdom",
		paras: []string{"Chiefs move against riverside logging\n\n" +
			"KAMBIA — Loggers have been felling trees along the river for months, residents said.\n\n" +
			"The Member of Parliament for the area, Hon. Musa Kargbo Sesay, called on the Government to \"find work for the young men of the district\" rather than arrests alone.\n\n" +
			"\"You cannot arrest hunger away,\" Sesay told reporters.\n\n" +
			"The Paramount Chief of Tonko Chiefdom, PC Bai Kurr Sanka III, said his chiefdom would pass a bye-law against felling near the river. \"I have told my people. Anyone who cuts a tree by the water will answer to me,\" he said."},
		want: map[string]string{
			"You cannot arrest hunger away": "Musa Kargbo Sesay",
			"I have told my people. Anyone who cuts a tree by the water will answer to me": "Bai Kurr Sanka III",
		},
	}, {
		name: "chief of a town, lower-case title",
		paras: []string{"Town bans night fishing\n\n" +
			"The district officer, Mr Abu Bakarr Turay, said the ban would be enforced from Monday. \"Nobody goes out after dark,\" Turay said.\n\n" +
			"The chief of Rokupr, Alimamy Sorie Kamara II, said his elders had agreed to the ban. \"We lost four boys last season,\" he said."},
		want: map[string]string{
			"We lost four boys last season": "Alimamy Sorie Kamara II",
		},
	}})
}

// TestRound42uFrontedItAfterLowerHead: "The <head>, to be fair, has ….
// In its <document>, it said …" — a subject "it" after a fronted phrase
// goes on with the body the sentence before opens on, called back by its
// head word in lower case, not with a body named in passing between.
func TestRound42uFrontedItAfterLowerHead(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "the agency, then in its press release, it said",
		paras: []string{"The crew welfare plan nobody on the quay has read\n\n" +
			"Last month, the Maritime Agency unveiled its third \"Crew Welfare Plan\" in six years. Like the two before it, it is a thick document.\n\n" +
			"I spent two weeks in Keelung talking to the crews the plan is supposed to protect. Almost none of them had heard of it, the Ministry of Labor's own figures suggest.\n\n" +
			"The agency, to be fair, has a case. In its press release, it said the new plan would \"bring every vessel under the same labor standards as workers on land.\"\n\n" +
			"The crews I met were not convinced."},
		want: map[string]string{
			"bring every vessel under the same labor standards as workers on land.": "Maritime Agency",
		},
	}})
}

// TestRound42uDescribedSubjectOverObject: "The <Team> coach praised
// <Name>, …" then "“…,” he said" — the pronoun goes on with the
// sentence's subject, a title that means the coach named before, not the
// player the verb's object names.
func TestRound42uDescribedSubjectOverObject(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "team coach praises a player",
		paras: []string{"Hawks down Lions as injury sours win\n\n" +
			"Hawthorn beat Brisbane by 41 points at the MCG on Saturday.\n\n" +
			"But coach Daniel Morrow conceded the victory had been soured by a hamstring injury to midfielder Tom Pearce.\n\n" +
			"\"It's a good win, but you don't feel great when Tom goes down like that,\" Morrow said.\n\n" +
			"The Hawks coach praised Callum Reyne, who kicked five goals, as the best forward in the league.\n\n" +
			"\"He's worked so hard on his marking over summer. Today he was taking them over two blokes,\" he said.\n\n" +
			"Reyne, 23, was modest after the match."},
		want: map[string]string{
			"He's worked so hard on his marking over summer. Today he was taking them over two blokes": "Daniel Morrow",
		},
	}})
}
