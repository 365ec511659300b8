package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound41jJointParty: a joint statement no meeting body adopted
// speaks for its first-named party, the first of the pair the sentence
// that names the document opens with ("<Country> and <Country2> agreed …,
// according to a joint statement"), or the title's ("Joint Statement …
// between <Country> and <Country2>"): the statement itself, "the two
// countries", "both Governments" after it.
func TestRound41jJointParty(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "pair opens the sentence naming the joint statement",
		paras: []string{"Chile and Bolivia agree to reopen rail link to Arica\n\n" +
			"Chile and Bolivia agreed on Thursday to reopen the Arica–La Paz railway to freight by March, according to a joint statement released after talks between their transport ministers in Santiago.\n\n" +
			"\"Both Governments undertake to complete the repair of the line within eighteen months and to share its maintenance costs equally,\" the statement said.\n\n" +
			"The two countries also agreed to \"publish a common timetable for freight and passenger services\" before the end of the year.\n\n" +
			"Exporters in Oruro welcomed the news. \"We lose a week on every shipment by road,\" said Hernán Quispe-Valdivia, who runs a tin smelter there."},
		want: map[string]string{
			"Both Governments undertake to complete the repair of the line within eighteen months and to share its maintenance costs equally": "Chile",
			"publish a common timetable for freight and passenger services":                                                                   "Chile",
			"We lose a week on every shipment by road":                                                                                        "Hernán Quispe-Valdivia",
		},
	}, {
		name: "joint statement reads, with the pair before it",
		paras: []string{"Ghana, Togo to open joint border post at Aflao\n\n" +
			"Ghana and Togo have agreed to open a joint border post at Aflao from January, according to a joint statement issued after a meeting of officials in Lomé.\n\n" +
			"\"The two delegations agreed that customs officers of both countries shall work from one building and clear goods once,\" reads the joint statement.\n\n" +
			"Traders at the crossing said queues often ran to two days."},
		want: map[string]string{
			"The two delegations agreed that customs officers of both countries shall work from one building and clear goods once": "Ghana",
		},
	}, {
		name: "title names the joint statement and its pair",
		paras: []string{"Joint Statement on the Third Consultation between Kenya and Tanzania\n\n" +
			"The Government of Kenya and the Government of Tanzania held their third consultation in Arusha on 3 and 4 March, co-chaired by their foreign ministers.\n\n" +
			"The Governments also agreed to a common fishing season on Lake Victoria. \"Both sides recognise that the lake's fish stocks are a shared resource that neither country can protect alone,\" the joint statement said.\n\n" +
			"The fourth consultation will be held in Kenya next year."},
		want: map[string]string{
			"Both sides recognise that the lake's fish stocks are a shared resource that neither country can protect alone": "Kenya",
		},
	}})
}

// TestRound41jPairOverHostBody: the sentence that names a joint document
// opens with its two parties, registry bodies ("The Ministers of <Body A>
// and the Member States of <Body B> met on the sidelines of the <Assembly>
// and adopted a joint statement"): a meeting body that sentence names
// after the pair is not the adopter, so the document speaks for the
// first-named party.
func TestRound41jPairOverHostBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Caribbean Community", Kind: "organisation", Aliases: []string{"CARICOM"}},
		{Name: "Gulf Cooperation Council", Kind: "organisation", Aliases: []string{"GCC"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "pair of bodies, host assembly named after them",
		reg:  reg,
		paras: []string{"CARICOM and GCC ministers adopt joint statement on renewable energy\n\n" +
			"The Foreign Ministers of CARICOM Member States and the Member States of the Gulf Cooperation Council met on Tuesday on the sidelines of the World Health Assembly in Geneva and adopted a Joint Statement on Renewable Energy.\n\n" +
			"The Joint Statement further noted that both sides would \"develop a shared pipeline of solar and storage projects for small island states\".\n\n" +
			"Officials said a follow-up meeting would be held in Bridgetown next year."},
		want: map[string]string{
			"develop a shared pipeline of solar and storage projects for small island states": "Caribbean Community",
		},
	}})
}
