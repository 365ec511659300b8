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
		name: "last week a minibus operator",
		paras: []string{"A bypass is not a bus service\n\n" +
			"The Minister of Works, Desmond Okafor-Lyle, told the road conference: \"Within five years every village on the coast road will have a bus each hour.\"\n\n" +
			"Nobody doubts the minister's energy. But tarmac is not a timetable.\n\n" +
			"Last week a minibus operator at Soufriere put it to me more sharply than the latest report does. \"Road get wide, bus still don't come, so people call me,\" he said.\n\n" +
			"That is the whole transport policy in one line."},
		want: map[string]string{
			"Within five years every village on the coast road will have a bus each hour.": "Desmond Okafor-Lyle",
			"Road get wide, bus still don't come, so people call me":                       "unknown",
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
		paras: []string{"Elders act against beach sand digging\n\n" +
			"BONTHE — Trucks have carted sand off the beaches after dark since the rains ended, fishermen said.\n\n" +
			"The Member of Parliament for the constituency, Hon. Ibrahim Conteh Mansaray, urged the Government to \"give the diggers another trade\" instead of fines.\n\n" +
			"\"A hungry man digs where he can,\" Mansaray told journalists.\n\n" +
			"The Paramount Chief of Sittia Chiefdom, PC Sama Kpana Yumkella III, said his council had banned digging below the tide line. \"Every family has heard it from me. Whoever loads sand from the shore pays the fine at my court,\" he said."},
		want: map[string]string{
			"A hungry man digs where he can": "Ibrahim Conteh Mansaray",
			"Every family has heard it from me. Whoever loads sand from the shore pays the fine at my court": "Sama Kpana Yumkella III",
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
		name: "the authority, then in its press release, it said",
		paras: []string{"The repair plan no tenant on the estate has seen\n\n" +
			"In March, the Housing Authority launched its fourth \"Tenant Repair Plan\" in eight years. As with its predecessors, it runs to hundreds of pages.\n\n" +
			"I spent a fortnight on the Hollin Vale estate knocking on the doors of tenants the plan is meant to help. Hardly any had seen a copy, and the Ministry of Finance's own survey finds the same.\n\n" +
			"The authority, to be fair, has a point. In its press release, it said the plan would \"fix every leaking roof within thirty days of a tenant's complaint.\"\n\n" +
			"The tenants I spoke to were sceptical."},
		want: map[string]string{
			"fix every leaking roof within thirty days of a tenant's complaint.": "Housing Authority",
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
		paras: []string{"Kestrels edge Harriers but lose their captain\n\n" +
			"Westbury beat Ashford by 12 points at Fenner Park on Sunday.\n\n" +
			"But coach Gareth Lindqvist admitted the win had come at a price after captain Sam Okoye limped off with an ankle injury.\n\n" +
			"\"We'll take the points, but losing Sam like that takes the shine off it,\" Lindqvist said.\n\n" +
			"The Kestrels coach praised Jamie Tolland, who scored three tries, as the most improved winger in the division.\n\n" +
			"\"He spent the whole off-season on his footwork. This afternoon he was stepping round defenders for fun,\" he said.\n\n" +
			"Tolland, 21, played down his display."},
		want: map[string]string{
			"He spent the whole off-season on his footwork. This afternoon he was stepping round defenders for fun": "Gareth Lindqvist",
		},
	}})
}
