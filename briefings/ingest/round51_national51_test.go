package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound51National51 covers which country a national body belongs to,
// and a country standing in for one of its bodies: "Irish" is a
// nationality (the story of a paper that only names its own country by
// the adjective); a title's country word inside a registry body's name
// ("<Country> Coast Guard detains …") names the body, not where the story
// is; "what it called" after a title-case dateline is the body the
// sentence opens with, not the dateline's place, and the body's own
// acronym in brackets is no other body named between; "the <Nationality>
// <field> ministry" is that state's ministry as the convention names it.
func TestRound51National51(t *testing.T) {
	health := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Department of Health of Ireland", Kind: "organisation", Role: "Ministry"},
		{Name: "Department of Health of South Africa", Kind: "organisation", Role: "Ministry", Aliases: []string{"National Department of Health"}},
		{Name: "Brona Keaveney", Kind: "person", Role: "Nurses' union leader"},
	}}
	sea := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Japan", Kind: "place", Role: "Country", Aliases: []string{"Tokyo"}},
		{Name: "Taiwan", Kind: "place", Role: "Country", Aliases: []string{"Taipei"}},
		{Name: "Japan Coast Guard", Kind: "organisation", Role: "Coast guard"},
		{Name: "Ministry of Foreign Affairs of Taiwan", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Economic Affairs of Taiwan", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Land, Infrastructure, Transport and Tourism of Japan", Kind: "organisation", Role: "Ministry"},
	}}
	bank := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Vessa"}},
		{Name: "Central Bank of Norland", Kind: "organisation", Role: "Central bank", Aliases: []string{"CBN"}},
	}}
	trade := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Indonesia", Kind: "place", Role: "Country", Aliases: []string{"Jakarta"}},
		{Name: "Ministry of Finance of Indonesia", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Defence of Chile", Kind: "organisation", Role: "Ministry"},
		{Name: "Ministry of Health of Chile", Kind: "organisation", Role: "Ministry"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "an Irish story that names its country only by the adjective",
			reg:  health,
			paras: []string{
				"Trolley numbers at Kilbrack hospital hit a new high",
				"Kilbrack General Hospital had 97 patients on trolleys on Monday, the highest figure since the Irish Nurses Union began its daily count.",
				"Union leader Brona Keaveney said the numbers were \"a scandal in plain sight\".",
				"A Department of Health spokesperson said the Government had provided \"unprecedented funding\" for emergency care.",
			},
			want: map[string]string{
				"a scandal in plain sight": "Brona Keaveney",
				"unprecedented funding":    "Department of Health of Ireland",
			},
		},
		{
			name: "a title's country inside a registry body's name",
			reg:  sea,
			paras: []string{
				"Japan Coast Guard holds trawler off Haruma Island",
				"A Taiwanese trawler from Penglai harbour and its six crew were held by the Japan Coast Guard early on Monday in waters both sides claim.",
				"The Fisheries Agency said the trawler had been fishing for squid when two patrol vessels ordered it to stop.",
				"\"Our fishermen have the right to operate in these waters,\" the Fisheries Agency said in a statement.",
			},
			want: map[string]string{
				"Our fishermen have the right to operate in these waters": "Fisheries Agency of Taiwan",
			},
		},
		{
			name: "what it called after a title-case dateline and the body's acronym",
			reg:  bank,
			paras: []string{
				"CBN holds rates for a second meeting",
				"Vessa – The Central Bank of Norland (CBN) decided on Thursday to keep its deposit rate at 12%, citing what it called \"upside risks\" from dearer fuel.",
				"Most analysts had expected a hold.",
			},
			want: map[string]string{
				"upside risks": "Central Bank of Norland",
			},
		},
		{
			name: "the nationality's field ministry in lower case",
			reg:  trade,
			paras: []string{
				"Western growers deliver a record wheat crop",
				"Growers in the west delivered a record 20 million tonnes this season, the grain handler said.",
				"Jakarta has signalled it will keep its import rules unchanged, with the Indonesian trade ministry saying in a statement that supply \"remains a priority for food security\".",
			},
			want: map[string]string{
				"remains a priority for food security": "Ministry of Trade of Indonesia",
			},
		},
	})
}
