package ingest_test

import "testing"

// TestRound30CastKeys guards what a curator sees of the readings the
// cast's one map of keys serves (round 30's speed slice moved them from a
// map each into it): a lone <Surname> after "<Given> <Surname>" is that
// person, before and after a namesake of the family is named in full (the
// surname key: the case fails without it); a body named again by the
// words its name ends in ("the <Head>") is the body; a person whose name
// is set family name first is named again by that word.
func TestRound30CastKeys(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a lone surname keeps its first meaning", paras: []string{
			"Orchard keeper wins the valley's pruning prize",
			"Marguerite Tolvanen, who has kept the Hollin orchard for forty years, won the valley's pruning prize on Saturday.",
			"\"The old trees were never meant to be this tall,\" Tolvanen said of the orchard.",
			"Anselm Tolvanen, a nephew who works the press, drove the cart to the show.",
			"\"I prune in the frost, when the sap sleeps,\" Tolvanen said.",
		}, want: map[string]string{
			"The old trees were never meant to be this tall": "Marguerite Tolvanen",
			"I prune in the frost, when the sap sleeps":      "Marguerite Tolvanen",
		}},
		{name: "a body named again by its head", paras: []string{
			"Fishing quotas cut for the estuary",
			"The Brenmoor Estuary Fisheries Commission cut next year's eel quota by a third on Tuesday, after a survey found fewer elvers than in any year since counts began.",
			"\"We cannot fish a stock that is not coming back,\" the Commission said in a statement.",
		}, want: map[string]string{"We cannot fish a stock that is not coming back": "Brenmoor Estuary Fisheries Commission"}},
		{name: "a name family name first, named again by that word", paras: []string{
			"Ferry line to reopen in spring",
			"Harbour director Quan Minh Lo said on Friday that the island ferry would run again from April.",
			"\"The new pier will take two boats at once,\" Quan said.",
		}, want: map[string]string{"The new pier will take two boats at once": "Quan Minh Lo"}},
	})
}
