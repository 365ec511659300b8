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
		paras: []string{"Peru and Ecuador to vaccinate border herds together\n\n" +
			"Peru and Ecuador agreed on Monday to run a single vaccination drive against foot-and-mouth disease in the cattle districts along their border, according to a joint statement published once their agriculture ministers had met in Tumbes.\n\n" +
			"\"Both Governments will share the results of every laboratory test on a suspected case within 48 hours,\" the statement said.\n\n" +
			"The two countries also pledged to \"train two hundred veterinarians for the border posts\" by the middle of next year.\n\n" +
			"Ranchers in Zarumilla were relieved. \"One outbreak on the other side and our herds are finished,\" said Rosalía Carhuamaca-Ortiz, who keeps 300 head near the river."},
		want: map[string]string{
			"Both Governments will share the results of every laboratory test on a suspected case within 48 hours": "Peru",
			"train two hundred veterinarians for the border posts":                                                 "Peru",
			"One outbreak on the other side and our herds are finished":                                            "Rosalía Carhuamaca-Ortiz",
		},
	}, {
		name: "joint statement reads, with the pair before it",
		paras: []string{"Senegal and Mauritania plan night patrols against trawlers\n\n" +
			"Senegal and Mauritania will send joint night patrols after illegal trawlers off Saint-Louis from April, according to a joint statement released when talks between their fisheries ministers in Nouakchott ended.\n\n" +
			"\"Patrol boats of either navy may board a vessel found fishing without a licence in the shared zone and take it to the nearest port,\" reads the joint statement.\n\n" +
			"Fishermen in Guet Ndar say foreign trawlers have stripped the inshore grounds."},
		want: map[string]string{
			"Patrol boats of either navy may board a vessel found fishing without a licence in the shared zone and take it to the nearest port": "Senegal",
		},
	}, {
		name: "title names the joint statement and its pair",
		paras: []string{"Joint Statement on the Second Arctic Dialogue between Norway and Iceland\n\n" +
			"Ministers from Norway and Iceland met in Tromsø on 9 and 10 May for a second round of talks on fisheries, research stations and search and rescue.\n\n" +
			"They agreed to count seabird colonies on both coasts every summer. \"Both sides note that puffin numbers on their coasts have halved in a decade and that the cause is not yet understood,\" the joint statement said.\n\n" +
			"A third round is planned for Reykjavík in 2028."},
		want: map[string]string{
			"Both sides note that puffin numbers on their coasts have halved in a decade and that the cause is not yet understood": "Norway",
		},
	}})
}

// TestRound41jPairOverHostBody: the sentence that names a joint document
// opens with its two parties, registry bodies ("<Group> from <Body A>
// and from <Body B> met on the sidelines of the <Assembly>
// and adopted a joint statement"): a meeting body that sentence names
// after the pair is not the adopter, so the document speaks for the
// first-named party.
func TestRound41jPairOverHostBody(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "African Union", Kind: "organisation", Aliases: []string{"AU"}},
		{Name: "Pacific Islands Forum", Kind: "organisation", Aliases: []string{"PIF"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "pair of bodies, host assembly named after them",
		reg:  reg,
		paras: []string{"AU and Pacific ministers back pause on deep-sea mining\n\n" +
			"Trade ministers from AU countries and from the Pacific Islands Forum met on Friday on the sidelines of the UN Ocean Conference in Nice and adopted a Joint Statement on Seabed Minerals.\n\n" +
			"The Joint Statement said both sides would \"press for a pause on commercial licences until the science on seabed habitats is settled\".\n\n" +
			"Mining companies said they would keep lobbying in Kingston."},
		want: map[string]string{
			"press for a pause on commercial licences until the science on seabed habitats is settled": "African Union",
		},
	}})
}
