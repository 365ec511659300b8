package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound42sJointStatementIssuedByTwoOwnedBodies: "according to a joint
// statement issued by <Country>'s <Body> and <Country2>'s <Body2>" — the
// first-named issuer speaks for the statement, read up to the second
// owner's possessive, and "The statement, signed by <Title> <Name> and
// <Country2>'s <Title>, <Name>, said" is the statement's, however long
// the signers' aside runs.
func TestRound42sJointStatementIssuedByTwoOwnedBodies(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "issued by two countries' ministries",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Chile", Role: "Country", Kind: "place"},
			{Name: "Peru", Role: "Country", Kind: "place"},
			{Name: "Ministry of Mining of Chile", Role: "Chile's mining ministry", Kind: "organisation"},
			{Name: "Ministry of Foreign Affairs of Chile", Role: "Chile's foreign ministry", Kind: "organisation"},
			{Name: "Ministry of Foreign Affairs of Peru", Role: "Peru's foreign ministry", Kind: "organisation"},
		}},
		paras: []string{"Chile and Peru to share lithium brine survey\n\n" +
			"SANTIAGO, 3 March 2026 — Peru and Chile will pool their survey data on the brine flats along their border, according to a joint statement issued by Chile's Ministry of Mining and Peru's Ministry of Energy and Mines after a day of talks on Monday.\n\n" +
			"The statement, signed by Mining Minister Rosa Elvira Quintanilla and Peru's Minister of Energy and Mines, Julio Cesar Paucar, said the two governments \"see the basin as one system, not two.\"\n\n" +
			"\"A joint technical group will publish its first map within a year,\" the statement read.\n\n" +
			"Paucar said the survey would start in April."},
		want: map[string]string{
			"see the basin as one system, not two.":                            "Ministry of Mining of Chile",
			"A joint technical group will publish its first map within a year": "Ministry of Mining of Chile",
		},
	}})
}

// TestRound42sHeadlinePairJointStatement: a title "<A>, <B> agree … – joint
// statement", the comma standing for "and", and copy that says only "the
// two sides adopted a joint statement" — the statement's words go to the
// title's first-named party, not to a ministry quoted before them.
func TestRound42sHeadlinePairJointStatement(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "comma pair in the title",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Moldova", Role: "Country", Kind: "place"},
			{Name: "Romania", Role: "Country", Kind: "place"},
			{Name: "Ministry of Foreign Affairs of Moldova", Role: "Moldova's foreign ministry", Kind: "organisation"},
		}},
		paras: []string{"Moldova, Romania agree to link river ports by barge service – joint statement\n\n" +
			"A weekly barge service will run between Moldovan and Romanian ports on the Prut from the summer.\n\n" +
			"The Moldovan Foreign Ministry said once the delegations had met in Chisinau that the meeting had been \"open and constructive,\" in a post on its website.\n\n" +
			"When the day's meetings ended, the two sides adopted a joint statement.\n\n" +
			"\"The parties will dredge the channel at Giurgiulesti before June and license the first barge operator by July,\" the joint statement reads.\n\n" +
			"Grain exporters said the service would cut their costs."},
		want: map[string]string{
			"The parties will dredge the channel at Giurgiulesti before June and license the first barge operator by July": "Moldova",
		},
	}})
}

// TestRound42sJointStatementPairWithFieldAnd: "In a joint statement, the
// <Body> of <Field> and <Field2> and <Body2> said" — the "and" that joins
// the two parties is the one after which the rest is a body the registry
// knows; the first party, its name read with its own "of" and "and", is
// the speaker, not the two read as one name.
func TestRound42sJointStatementPairWithFieldAnd(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "first party's name has of and and",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Environment and Climate Change Canada", Role: "Canada's environment department", Kind: "organisation"},
		}},
		paras: []string{"Border lake gets a shared algae warning system\n\n" +
			"Beach closures on the lake will be announced from one website on both sides of the border from next summer.\n\n" +
			"In a joint statement, the Vermont Department of Health and Safety and Environment and Climate Change Canada said: \"One lake needs one warning, whichever shore a family swims from.\"\n\n" +
			"Local mayors welcomed the plan."},
		want: map[string]string{
			"One lake needs one warning, whichever shore a family swims from.": "Vermont Department of Health and Safety",
		},
	}})
}
