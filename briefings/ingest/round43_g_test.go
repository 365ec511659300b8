package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound43gSmallCapitals: the capital of a small state or a territory
// ("<Capital> said", "<Capital> has called …") is a place that speaks for
// its government, never a person's one-word name; nor is a territory
// named in copy.
func TestRound43gSmallCapitals(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a Pacific capital speaks",
		paras: []string{"Fisheries talks stall over observer coverage\n\n" +
			"Negotiators from the island states left the regional meeting without a deal on how many tuna boats must carry an observer.\n\n" +
			"Honiara said the proposed quota of observers was \"far beyond what our small fleet can pay for\" and asked for a year's delay.\n\n" +
			"The next round is due in March."},
		want: map[string]string{
			"far beyond what our small fleet can pay for": "Honiara",
		},
	}, {
		name: "a West African capital speaks",
		paras: []string{"Border crossing reopens after week of closures\n\n" +
			"Traders queued from dawn as the crossing reopened on Monday after seven days shut.\n\n" +
			"\"Goods and people must move freely again between our two countries,\" Nouakchott said in a short note to neighbouring governments.\n\n" +
			"Customs officers said the backlog would take days to clear."},
		want: map[string]string{
			"Goods and people must move freely again between our two countries": "Nouakchott",
		},
	}, {
		name: "a territory speaks",
		paras: []string{"Island territory rejects new shipping levy\n\n" +
			"The proposed levy on container traffic drew objections from several overseas territories this week.\n\n" +
			"\"Our importers would carry the whole cost of this charge,\" Bermuda said in its submission to the consultation.\n\n" +
			"A decision is expected before the summer."},
		want: map[string]string{
			"Our importers would carry the whole cost of this charge": "Bermuda",
		},
	}})
}

// TestRound43gCapitalGivesHome: a small state's capital named in copy
// ("the <Capital> <Body>", "the people of <Capital>") gives the story its
// home country, so "the <Title>'s Office" is the registry's "Office of
// the <Title> of <Country>".
func TestRound43gCapitalGivesHome(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a prosecutor's office in a small capital",
		reg: &briefings.Registry{Speakers: []*briefings.Speaker{
			{Name: "Office of the Public Prosecutor of Papua New Guinea", Role: "Papua New Guinea's prosecuting authority", Kind: "organisation"},
		}},
		paras: []string{"Former harbour clerk jailed over missing berth fees\n\n" +
			"A former clerk at the Port Moresby Harbour Board was jailed for eighteen months on Thursday for taking berth fees paid in cash by fishing boat owners.\n\n" +
			"Counsel Ana Veikune-Ross, for the Public Prosecutor's Office, told the court the thefts were \"deliberate and repeated over many seasons\" and asked for a custodial term.\n\n" +
			"The defence said the clerk had repaid part of the money.\n\n" +
			"Boat owners in Port Moresby said they welcomed the sentence."},
		want: map[string]string{
			"deliberate and repeated over many seasons": "Office of the Public Prosecutor of Papua New Guinea",
		},
	}})
}
