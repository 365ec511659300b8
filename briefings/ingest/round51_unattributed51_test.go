package ingest_test

import "testing"

// TestRound51LocalArmFirms covers a firm whose registered name brackets
// the territory of a group's local arm before its legal form ("<Name>
// (HK) Limited"): the bracket is a word of the name, so the firm, named
// in apposition after a description of it, speaks its reply.
func TestRound51LocalArmFirms(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a local arm named after a description of it",
			paras: []string{
				"Heaters recalled after tests",
				"The Norland Consumer Board on Tuesday said that six of the 20 heaters it tested overheated.",
				"The supplier of one of the models that overheated, Brightwarm (HK) Limited, said in its reply to the Board that it had \"stopped selling the faulty batch\" and would offer refunds.",
			},
			want: map[string]string{"stopped selling the faulty batch": "Brightwarm (HK) Limited"},
		},
		{
			name: "a local arm as the subject",
			paras: []string{
				"Kettles pulled from shelves",
				"The Norland Consumer Board on Tuesday said that two kettles it tested leaked.",
				"Steamline (UK) Ltd said it had \"withdrawn the model from sale\" pending checks.",
			},
			want: map[string]string{"withdrawn the model from sale": "Steamline (UK) Ltd"},
		},
	})
}

// TestRound51JointPairAcronym covers two bodies that say something in a
// joint statement, the first with its acronym in brackets ("<Body>
// (<ACR>) and <Body2> said in a joint statement"): the statement is the
// first-named party's, as when the document is fronted, and so is "the
// statement" quoted next.
func TestRound51JointPairAcronym(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "a bracketed acronym after the first of the pair",
			paras: []string{
				"Growers say response to blight too slow",
				"The blight has spread to three more orchards in the valley.",
				"Orchard Growers Services (OGS) and the Norland Farmers Union said in a joint statement that the national response was \"too slow and too thin\", and called for a spraying campaign.",
				"\"Every week of delay costs the industry export markets,\" the statement said.",
			},
			want: map[string]string{
				"too slow and too thin":                                 "Orchard Growers Services",
				"Every week of delay costs the industry export markets": "Orchard Growers Services",
			},
		},
	})
}

// TestRound51OrderRequires covers an order quoted through what it
// requires its object to do ("The order requires <Firm> to “…”"): the
// words are the order's, so the body that issued it speaks them, not
// the firm the story is about.
func TestRound51OrderRequires(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "an order from a ministry requires the airline to act",
			paras: []string{
				"Airline handed safety order",
				"OSLO, May 3, 2026 - Fjordair (FJA) today received a business improvement order from the Ministry of Transport of Norland (MTN) following a series of safety events at Vell Airport.",
				"The order requires FJA to \"find the causes of the events and stop them happening again,\" and to submit a plan to MTN by June 3, 2026.",
				"Fjordair takes this order with the utmost seriousness.",
			},
			want: map[string]string{"find the causes of the events and stop them happening again": "Ministry of Transport of Norland"},
		},
	})
}
